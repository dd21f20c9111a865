package extract

import "testing"

// TestReportedJoins: a member that reports its own move ("said it had
// quit") joined or left the body named; "would leave" is a plan; a
// denied, a future joining and a body that is not the object of the move
// give nothing. Every sentence is invented.
func TestReportedJoins(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"The Farmers Party said on Monday it had quit the ruling National Alliance.",
			[]string{"Farmers Party left National Alliance"}, nil},
		{"The Farmers Party announced that it would leave the National Alliance.",
			[]string{"Farmers Party plansToLeave National Alliance", "Farmers Party memberOf National Alliance"}, nil},
		{"The Farmers Party said it has joined the National Alliance.",
			[]string{"Farmers Party joined National Alliance"}, nil},
		// The speaker before an apposition and a short form in brackets.
		{"The Farmers Party (FP), a regional party with six lawmakers, said on Monday it had quit the National Alliance.",
			[]string{"Farmers Party left National Alliance"}, nil},
		{"The Farmers Party said it would not leave the National Alliance.",
			nil, []string{"Farmers Party plansToLeave National Alliance"}},
		{"The Farmers Party said it would join the National Alliance.",
			nil, []string{"Farmers Party joined National Alliance"}},
		{"The Farmers Party said it had left the talks with the National Alliance.",
			nil, []string{"Farmers Party left National Alliance"}},
	} {
		_, got := factRules(t, tc.text)
		for _, w := range tc.want {
			if got[w] == "" {
				t.Errorf("%q: missing %q (facts %v)", tc.text, w, got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}
