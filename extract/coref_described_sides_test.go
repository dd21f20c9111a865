package extract

import "testing"

// TestDescribedSides: under a score line "the visitors" is the second
// side and "the hosts" the first; a demonym or continent word before a
// side noun binds to the one side it fits. Both or neither fitting, no
// score line, a turn to another match and a demonym before a player's
// noun bind nothing. Every sentence is invented.
func TestDescribedSides(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		referent         string // "" for none
	}{
		{"visitors of a headline", "Barnsley 1-2 Walsall\n\nTom Orde had put the visitors ahead after ten minutes at Oakwell. Sam Hale scored later in the match.",
			"visitors", "Walsall"},
		{"hosts of a headline", "Barnsley 1-2 Walsall\n\nThe match at Oakwell was tight. Sam Hale equalised for the hosts after the break.",
			"hosts", "Barnsley"},
		{"home side", "Barnsley 1-2 Walsall\n\nThe match at Oakwell was tight. The home side led at the break.",
			"home side", "Barnsley"},
		{"continent under a heading", "Cup round-up\n\nThree matches were played on Monday in the cup.\n\nGroup C — Ghana 1 – 1 Portugal\n\nGhana faced Portugal in Lisbon. Kofi Mensah scored late, equalising for the African side.",
			"African side", "Ghana"},
		{"demonym side", "Wales 10-20 Scotland\n\nThe match in Cardiff was won by the Scottish side in the end.",
			"Scottish side", "Scotland"},
		{"both sides fit", "Cup round-up\n\nThree matches were played on Monday in the cup.\n\nGroup C — Ghana 1 – 1 Nigeria\n\nGhana faced Nigeria in Accra. Kofi Mensah scored late, equalising for the African side.",
			"African side", ""},
		{"no score line", "Walsall win at Oakwell\n\nTom Orde had put the visitors ahead after ten minutes as Walsall beat Barnsley in the league.",
			"visitors", ""},
		{"other match", "Barnsley 1-2 Walsall\n\nWalsall won the match at Oakwell. In the other game of the round, Bury beat Hull and Sam Hale put the visitors ahead.",
			"visitors", ""},
		{"demonym before a player", "Wales 10-20 Scotland\n\nThe match in Cardiff was won when the Scottish winger scored in the end.",
			"Scottish winger", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := sideReferent(d, tc.word); got != tc.referent {
				t.Errorf("%s -> %q, want %q", tc.word, got, tc.referent)
			}
		})
	}
}

// TestDescribedSideCredits: the relation rules read a bound description
// as the side's name: the scorer who puts "the visitors" ahead or
// equalises "for the African side" is its member; an unbound description
// credits nobody. Every text is invented.
func TestDescribedSideCredits(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"put the visitors ahead", "Barnsley 1-2 Walsall\n\nTom Orde had put the visitors ahead after ten minutes at Oakwell.",
			[]string{"Tom Orde memberOf Organization:Walsall"}, []string{"Tom Orde memberOf Organization:Barnsley"}},
		{"equalising for the continent's side", "Cup round-up\n\nThree matches were played on Monday in the cup.\n\nGroup C — Ghana 1 – 1 Portugal\n\nGhana faced Portugal in Lisbon. The keeper slipped, and Kofi Mensah scored from close range, equalising for the African side.",
			[]string{"Kofi Mensah memberOf Organization:Ghana"}, nil},
		{"both sides African", "Cup round-up\n\nThree matches were played on Monday in the cup.\n\nGroup C — Ghana 1 – 1 Nigeria\n\nGhana faced Nigeria in Accra. The keeper slipped, and Kofi Mensah scored from close range, equalising for the African side.",
			nil, []string{"Kofi Mensah memberOf Organization:Ghana", "Kofi Mensah memberOf Organization:Nigeria"}},
		{"no score line", "Walsall win at Oakwell\n\nTom Orde had put the visitors ahead after ten minutes as Walsall beat Barnsley in the league.",
			nil, []string{"Tom Orde memberOf Organization:Walsall", "Tom Orde memberOf Organization:Barnsley"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
