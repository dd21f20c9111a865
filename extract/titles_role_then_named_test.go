package extract

import (
	"strings"
	"testing"
)

// TestRoleThenNamedGuards: a lede giving a post by role and the next sentence
// opening with a name make that name the holder, unless the holder goes
// in the first sentence or the name is given another role. Every
// sentence is invented.
func TestRoleThenNamedGuards(t *testing.T) {
	const head = "Brightcode shake-up\n\n"
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The chief executive of Brightcode has taken direct control of its loss-making chip business. Paul Hendry has replaced Tom Hale as head of the unit.", "Paul Hendry leaderOf Brightcode"},
		{"The chief executive of Brightcode has taken direct control of its loss-making chip business. Paul Hendry, 52, has replaced Tom Hale as head of the unit.", "Paul Hendry leaderOf Brightcode"},
		// The holder goes.
		{"The chief executive of Brightcode has resigned after a row over bonuses. Paul Hendry said the board had failed.", ""},
		{"The chief executive of Brightcode is to step down after a row over bonuses. Paul Hendry said the board had failed.", ""},
		{"The chief executive of Brightcode was sacked after a row over bonuses. Paul Hendry said the board had failed.", ""},
		// The name is given another role.
		{"The chief executive of Brightcode has taken direct control of its loss-making chip business. Paul Hendry, a shareholder, said the board had failed.", ""},
		{"The chief executive of Brightcode has taken direct control of its loss-making chip business. Paul Hendry, an analyst at Garnet Bank, welcomed the move.", ""},
	} {
		d := extractText(t, head+tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleRoleThenNamed })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
