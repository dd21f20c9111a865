package extract

import "testing"

// TestTitleExecutiveSecretary covers "executive secretary", the head of a
// regional bloc's or a commission's secretariat, read like "general
// secretary": it heads a named bloc or association, never a country or a
// party, and a former or deputy holder leads nothing. Every sentence is
// invented.
func TestTitleExecutiveSecretary(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Harbour States Union executive secretary Rosa Quispe said exports had grown.", "Rosa Quispe leaderOf Harbour States Union"},
		{"ATC Executive Secretary Rosa Quispe said exports had grown.", "Rosa Quispe leaderOf ATC"},
		{"Former ATC executive secretary Rosa Quispe said exports had grown.", ""},
		{"ATC deputy executive secretary Rosa Quispe said exports had grown.", ""},
		{"Labour Party executive secretary Ann Lee said the campaign was ready.", ""},
		{"The Peruvian executive secretary Rosa Quispe spoke first.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
