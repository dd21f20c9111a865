package extract

import "testing"

// TestScoreGifts: a player whose score gave the side after the verb a
// result is that side's member; a manager giving hope, a referee's
// penalty, an own goal, a hoped-for gain and a compound headline object
// are not. Every text is invented.
func TestScoreGifts(t *testing.T) {
	const lead = "Rovers 2-1 Athletic\n\nRovers beat Athletic in the league match at the weekend.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"name gave side a victory", lead + "Tom Hale gave Rovers a scrappy victory with a header in the 80th minute.",
			[]string{"Tom Hale memberOf Organization:Rovers"}, []string{"Tom Hale memberOf Organization:Athletic"}},
		{"possessive goal gives side hope", lead + "Dan Voss's late goal gives Athletic hope for the second leg.",
			[]string{"Dan Voss memberOf Organization:Athletic"}, nil},
		{"earned a draw", lead + "Earlier in the season, Sam Kerr earned Athletic a battling draw at Rovers.",
			[]string{"Sam Kerr memberOf Organization:Athletic"}, nil},
		{"manager gives hope", lead + "Rovers boss Ian Pike gave Athletic hope by resting his strikers.",
			nil, []string{"Ian Pike memberOf Organization:Athletic"}},
		{"referee gave a penalty", lead + "Referee Mark Dean gave Rovers a penalty in the 12th minute.",
			nil, []string{"Mark Dean memberOf Organization:Rovers"}},
		{"own goal", lead + "Dan Voss's own goal gave Rovers a deserved win.",
			nil, []string{"Dan Voss memberOf Organization:Rovers"}},
		{"hoped-for gain", lead + "Tom Hale could give Athletic victory in the replay.",
			nil, []string{"Tom Hale memberOf Organization:Athletic"}},
		{"compound object after seal", lead + "Later Tom Hale sealed Leeds victory in the cup.",
			nil, []string{"Tom Hale memberOf Organization:Leeds"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
