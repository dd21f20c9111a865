package extract

import "testing"

// TestPastPeriods: a simple-past leading verb followed by a period that is
// over ("in the 1980s", "from 1990", "for a decade") or preceded by
// "once" gives no leaderOf; the perfect, a period still open ("since
// 2019") and a plain past with no period keep it. Every sentence is
// invented.
func TestPastPeriods(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Rolf Maier headed the Velmora Bank in the 1980s.", ""},
		{"Rolf Maier headed the Velmora Bank in the late 1990s.", ""},
		{"Rolf Maier chaired the Velmora Bank during the mid-1990s.", ""},
		{"Rolf Maier ran the Velmora Bank from 1990 to 1997.", ""},
		{"Rolf Maier ran the Velmora Bank for ten years.", ""},
		{"Rolf Maier ran the Velmora Bank for more than a decade.", ""},
		{"Rolf Maier, who once ran the Velmora Bank, is now a consultant.", ""},
		// Near misses: the post is still held or nothing says it ended.
		{"Rolf Maier has run the Velmora Bank for ten years.", "Rolf Maier leaderOf Velmora Bank"},
		{"Rolf Maier has chaired the Velmora Bank since 2019.", "Rolf Maier leaderOf Velmora Bank"},
		{"Rolf Maier heads the Velmora Bank, which was founded in the 1980s.", "Rolf Maier leaderOf Velmora Bank"},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDecadeAndDuration: the word shapes periodPast reads.
func TestDecadeAndDuration(t *testing.T) {
	words := func(ws ...string) func(int) string {
		return func(i int) string {
			if i < len(ws) {
				return ws[i]
			}
			return ""
		}
	}
	for _, tc := range []struct {
		ws     []string
		decade bool
		dur    bool
	}{
		{[]string{"1980s"}, true, false},
		{[]string{"late", "1990s"}, true, false},
		{[]string{"'80s"}, true, false},
		{[]string{"mid-1990s"}, true, false},
		{[]string{"1985s"}, false, false},
		{[]string{"ten", "years"}, false, true},
		{[]string{"a", "decade"}, false, true},
		{[]string{"years"}, false, false},
		{[]string{"the", "fans"}, false, false},
	} {
		if got := decadeAt(words(tc.ws...), 0); got != tc.decade {
			t.Errorf("decadeAt(%q) = %v", tc.ws, got)
		}
		if got := durationAt(words(tc.ws...), 0); got != tc.dur {
			t.Errorf("durationAt(%q) = %v", tc.ws, got)
		}
	}
}
