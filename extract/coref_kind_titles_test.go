package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestKindNounLeaders: a bare "party" or "union" before a holder's role
// stands for the one body of its kind the text has named, moving a title
// fact that read a capitalised "Union" as a body of its own; two bodies
// of the kind, a name before the noun, a past post and the European
// Union bind nothing. Every sentence is invented.
func TestKindNounLeaders(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the kind-noun facts, sorted, "; "-joined
	}{
		{"a union's leader, the noun capitalised",
			"The Velmora union called a strike on Monday. Union leader Anna Keller told a rally that pay had fallen.",
			"Anna Keller leaderOf Velmora"},
		{"a party's leader is its member",
			"The Green Party met in Leeds on Friday. The mood lifted around party leader Tom Hale after the vote.",
			"Tom Hale leaderOf Green Party; Tom Hale memberOf Green Party"},
		{"a party's spokesman is its member only",
			"The Green Party met in Leeds on Friday. Party spokesman Tom Hale said the mood was good.",
			"Tom Hale memberOf Green Party"},
		{"two parties named: which is open",
			"The Green Party and the Labour Party met in Leeds on Friday. The mood lifted around party leader Tom Hale after the vote.",
			""},
		{"a second union the text names only by its word",
			"The Velmora union and the Kestrel union called a strike on Monday. Union leader Anna Keller told a rally that pay had fallen.",
			""},
		{"a former leader leads nothing now",
			"The Green Party met in Leeds on Friday. The mood lifted around former party leader Tom Hale after the vote.",
			""},
		{"a rival's leader is another party's",
			"The Green Party met in Leeds on Friday. Rival party leader Tom Hale said the mood was poor.",
			""},
		{"the European Union is no trade union",
			"The European Union met in Brussels on Monday. Union leader Anna Keller told a rally that pay had fallen.",
			""},
		{"a union's spokesman is no member by the noun",
			"The Velmora union called a strike on Monday. Union spokesman Anna Keller said pay had fallen.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if f.Rule == ruleLeaderKindNoun || f.Rule == ruleMemberKindNoun {
					got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
				}
			}
			sort.Strings(got)
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("facts %q, want %q", g, tc.want)
			}
		})
	}
}
