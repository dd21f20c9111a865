package extract

import (
	"strings"
	"testing"
)

// TestUnformedParties: a party or a member the entity stage leaves
// unformed is made from election copy's constructions, only in a
// sentence of party politics and, for "X of PARTY", beside another
// person placed in a party the same way.
func TestUnformedParties(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"In the Eastfield constituency, candidates Tom Hale of the Labour Party and Jed Marsh of Future Voice were elected.", "Jed Marsh memberOf Future Voice"},
		// "Brothers of ..." is now formed by the entity stage
		// (lexicon.BodyOpeners); "Sons of ..." is still left unformed.
		{"In the Eastfield constituency, candidates Tom Hale of the Labour Party, Jed Marsh of Sons of Eastland and Ann Lee of the Green Party were elected.", "Jed Marsh memberOf Sons of Eastland"},
		{"Localist group Future Voice's Jed Marsh was defeated in this constituency.", "Jed Marsh memberOf Future Voice"},
		{"In the constituency, pro-Beijing FVP's Starry Lau and Tom Hale were elected.", "Starry Lau memberOf FVP; Tom Hale memberOf FVP"},
		// No other person placed in a party: a think tank may be meant.
		{"In the Eastfield constituency, Labour candidate Tom Hale said Jed Marsh of Future Voice backed him.", ""},
		// A noun going on after the run: a constituency, not a party.
		{"In the constituency, Tom Hale of the Labour Party and Jed Marsh of the Social Welfare constituency were elected.", ""},
		// A firm's name among the parties.
		{"In the constituency, candidates Tom Hale of the Labour Party and Jed Marsh of Green Valley Farms were elected.", ""},
		// No group noun before the possessive, or no word of politics.
		{"Future Voice's Jed Marsh was defeated in this constituency.", ""},
		{"Brightcode's Starry Lau and Tom Hale said sales rose.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool {
			return f.Rule == ruleUnformedPartyOf || f.Rule == ruleUnformedPartyPoss || f.Rule == ruleUnformedMember
		})
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
