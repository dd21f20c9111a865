package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestPartyLeaderRoles: "the Labour leader" bound to the prime minister
// the story titled makes him the party's leader and member; a party's MP
// the phrase was bound to, a party leader named otherwise, a rank before
// the role, or a membership of another party gives no leader. Every sentence is invented.
func TestPartyLeaderRoles(t *testing.T) {
	const opening = "Prime Minister Tom Harwick reshuffled his cabinet on Monday. Labour MP Ann Lyle called it a mistake. "
	for _, tc := range []struct {
		name, text string
		want       string // Tom Harwick's and Ann Lyle's leaderOf and memberOf the Labour Party, sorted, "; "-joined
	}{
		{"a party's MP is not its leader",
			opening + "The move follows a week in which the Labour leader lost two ministers.",
			"Ann Lyle memberOf Labour Party"},
		{"the party's leader is the prime minister",
			"Prime Minister Tom Harwick reshuffled his cabinet on Monday. The move follows a week in which the Labour leader lost two ministers. " +
				"Labour MP Ann Lyle called it a mistake.",
			"Ann Lyle memberOf Labour Party; Tom Harwick leaderOf Labour Party; Tom Harwick memberOf Labour Party"},
		{"another person leads the party",
			"Prime Minister Tom Harwick reshuffled his cabinet on Monday. Labour leader Ken Ames called it a mistake. " +
				"The move follows a week in which the Labour leader lost two ministers.",
			""},
		{"a former leader is someone else",
			opening + "The move follows a week in which the former Labour leader lost two ministers.",
			"Ann Lyle memberOf Labour Party"},
		{"a deputy leader is someone else",
			opening + "The move follows a week in which the deputy Labour leader lost two ministers.",
			"Ann Lyle memberOf Labour Party"},
		{"a member of another party leads no Labour",
			"Prime Minister Tom Harwick, a Conservative MP, reshuffled his cabinet on Monday. Labour MP Ann Lyle called it a mistake. " +
				"The move follows a week in which the Labour leader lost two ministers.",
			"Ann Lyle memberOf Labour Party"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if n := d.Entities[f.Subject].Name; (n == "Tom Harwick" || n == "Ann Lyle") && d.Entities[f.Object].Name == "Labour Party" &&
					(f.Predicate == LeaderOf || f.Predicate == MemberOf) {
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
