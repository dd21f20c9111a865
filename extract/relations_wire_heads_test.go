package extract

import "testing"

// TestWireWhoseHeads: a post named in a "whose" clause hanging on a body
// gives its holder's facts on that body (relations_wire_heads.go): a
// party's leader leads it and belongs to it, its officials belong to it;
// a firm's or an agency's head leads it only. Every sentence is invented;
// the negatives are a deputy's or a past post, a post that heads no firm,
// and a clause hanging on a person.
func TestWireWhoseHeads(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"The centrist Zorvat lost the election. The Zorvat Party, whose leader Mirela Vasic will become deputy mayor, had stayed out of the council since 2011.",
			[]string{"Mirela Vasic leaderOf Zorvat Party", "Mirela Vasic memberOf Zorvat Party"}, nil},
		{"The plan was attacked by the Zorvat Party, whose regional chairman, Mirela Vasic, called it a fraud on voters after the election.",
			[]string{"Mirela Vasic memberOf Zorvat Party"}, []string{"Mirela Vasic leaderOf Zorvat Party"}},
		{"Shares rose at Brightcode Capital, whose chairman, Tomas Hegedus, said profits would double.",
			[]string{"Tomas Hegedus leaderOf Brightcode Capital"}, []string{"Tomas Hegedus memberOf Brightcode Capital"}},
		{"Shares rose at Brightcode Capital, whose chief executive Tomas Hegedus said profits would double.",
			[]string{"Tomas Hegedus leaderOf Brightcode Capital"}, nil},
		{"Shares rose at Brightcode Capital, whose deputy chairman, Tomas Hegedus, said profits would double.",
			nil, []string{"Tomas Hegedus leaderOf Brightcode Capital"}},
		{"Shares rose at Brightcode Capital, whose former boss, Tomas Hegedus, is on trial.",
			nil, []string{"Tomas Hegedus leaderOf Brightcode Capital"}},
		{"Shares rose at Brightcode Capital, whose coordinator, Tomas Hegedus, said profits would double.",
			nil, []string{"Tomas Hegedus leaderOf Brightcode Capital"}},
		{"The deal was praised by Mirela Vasic, whose chairman, Tomas Hegedus, had opposed it.",
			nil, []string{"Tomas Hegedus leaderOf Mirela Vasic"}},
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
