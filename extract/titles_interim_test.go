package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestInterimLeaders: an interim, acting or outgoing holder heads the
// body while in post ("Iraq's interim prime minister, X", "outgoing
// chairman X"); a deputy or former one does not.
func TestInterimLeaders(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no leaderOf fact
	}{
		{"Iraq's interim prime minister, Iyad Allamar, said the vote would go ahead.", "Iyad Allamar leaderOf Iraq"},
		{"Acting Opec secretary general Adnan Shihab-Eldar spoke in Vienna.", "Adnan Shihab-Eldar leaderOf Organization of the Petroleum Exporting Countries"},
		{"Leeds United's acting chairman Colin Whitby met the fans on Saturday.", "Colin Whitby leaderOf Leeds United"},
		{"On Monday outgoing Rovers chairman Tom Kerr said the sale would save the club.", "Tom Kerr leaderOf Rovers"},
		{"The outgoing prime minister of Poland, Anna Nowicka, said she would stay in parliament.", "Anna Nowicka leaderOf Poland"},
		// Negatives: deputies and former holders lead nothing.
		{"Iraq's deputy prime minister, Barham Salimar, said the vote would go ahead.", ""},
		{"Former Opec secretary general Alvaro Silvano spoke in Vienna.", ""},
	}
	for _, tc := range tests {
		var leads []string
		for _, f := range relFacts(extractText(t, "News\n\n"+tc.text+"\n")) {
			if strings.Contains(f, " leaderOf ") {
				leads = append(leads, f)
			}
		}
		if tc.want == "" && len(leads) > 0 || tc.want != "" && !slices.Contains(leads, tc.want) {
			t.Errorf("%s\n got %q\n want %q", tc.text, leads, tc.want)
		}
	}
}
