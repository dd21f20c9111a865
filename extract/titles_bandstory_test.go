package extract

import (
	"strings"
	"testing"
)

// TestStoryBandMembers: in a music story about one band, a person named
// after a member's part alone is its member; not in a story about two
// bands alike, nor a former member, a solo singer, someone of the same
// trade, or a player the sentence gives another band.
func TestStoryBandMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour after drummer Jed Marsh broke his arm. The band's new album sold well and the single reached the chart.", "Jed Marsh memberOf Razorbill"},
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour. The band's album sold well. Razorbill will play again after bass player Jed Marsh recovers.", "Jed Marsh memberOf Razorbill"},
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour. The band's album sold well. Razorbill will play again when his bandmate Jed Marsh recovers.", "Jed Marsh memberOf Razorbill"},
		// A former member, a solo singer, a fellow guitarist.
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour after former drummer Jed Marsh sued them. The band's album sold well and the single reached the chart.", ""},
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour with singer Jed Marsh. The band's album sold well and the single reached the chart.", ""},
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour with fellow guitarist Jed Marsh. The band's album sold well and the single reached the chart.", ""},
		// Another band before the part or after the name.
		{"Razorbill cancel tour dates\n\nRock band Razorbill have cancelled their tour. The band's album sold well. Drummer Jed Marsh of the Velvet Clocks will stand in at the gig.", ""},
		// Two bands named as often: whose drummer is not told.
		{"Razorbill and Kestrel cancel tour\n\nRock bands Razorbill and Kestrel have cancelled their tour. The band Kestrel and the band Razorbill sold albums. Drummer Jed Marsh broke his arm at the gig.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleStoryBand })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
