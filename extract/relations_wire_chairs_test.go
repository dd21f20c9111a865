package extract

import "testing"

// TestWireChairMembers: a country holding, taking or having held a
// bloc's chair is a member of the bloc (relations_wire_chairs.go). Every
// sentence is invented; the negatives are a person's presidency, a firm's
// chairman, a chair with no bloc, and "take" without "over".
func TestWireChairMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Trade will top the agenda of Norway's chairmanship of the Arctic Council next year.",
			[]string{"Norway memberOf Arctic Council"}, nil},
		{"Ministers met in Oslo before Norway's 2031 presidency of the Arctic Council.",
			[]string{"Norway memberOf Arctic Council"}, nil},
		{"Norway, which holds the rotating presidency of the Nordic Council, called the meeting.",
			[]string{"Norway memberOf Nordic Council"}, nil},
		{"Norway will take over the chairmanship of the Nordic Council in March.",
			[]string{"Norway memberOf Nordic Council"}, nil},
		{"Norwegian Prime Minister Rosa Ibarra, whose country will take over the presidency of the Nordic Council in March, urged calm.",
			[]string{"Norway memberOf Nordic Council"}, nil},
		{"Tomas Hegedus's presidency of the Nordic Council ended in scandal.",
			nil, []string{"Tomas Hegedus memberOf Nordic Council"}},
		{"Norway took the chair's seat at the Nordic Council talks.",
			nil, []string{"Norway memberOf Nordic Council"}},
		{"Norway criticised the presidency of the Nordic Council over the delay.",
			nil, []string{"Norway memberOf Nordic Council"}},
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
