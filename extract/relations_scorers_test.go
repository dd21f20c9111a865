package extract

import "testing"

// TestScorerCredits: a player who puts a side ahead, owns the shot that
// does, through whom a side scores, or who takes the side's shot ("by")
// is its member; an own goal, a name that is no subject of the put, a
// side that is the object of a preposition, and a name after a verb that
// follows the side's shot ("saved by") give nothing. Every text is
// invented.
func TestScorerCredits(t *testing.T) {
	const lead = "Rovers win\n\nThe league match on Saturday was a cup tie for the club. "
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"put the side ahead", lead + "Tom Hale put Arsenal ahead after ten minutes.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"headed the side into the lead", lead + "The keeper slipped before Tom Hale headed Arsenal into the lead.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"a score and up", lead + "Tom Hale then put Arsenal 2-0 up.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"gave the side the lead", lead + "Tom Hale gave Arsenal the lead on the half hour.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"the scorer's shot", lead + "Tom Hale's low curling free-kick put Arsenal back in front.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"scored through the player", lead + "Arsenal equalised on the hour thanks to Tom Hale.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"took the lead through a named shot", lead + "Arsenal took the lead through a Tom Hale header.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"an own goal shot", lead + "Tom Hale's own goal put Arsenal ahead.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"an own goal after through", lead + "Arsenal went ahead through an own goal by Tom Hale.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"a deflection off a defender", lead + "The shot took a deflection off Tom Hale to put Arsenal ahead.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side after a preposition", lead + "A win over Arsenal went through Tom Hale and his agent.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"a clause between", lead + "Arsenal scored, but it came through Tom Hale of Chelsea.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's shot by the player", lead + "Arsenal's attempt in the 54th minute, by Tom Hale, hit the bar.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"the side's goal from the player", lead + "Arsenal's second goal from Tom Hale came too late.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"the side's shot saved by the keeper", lead + "Arsenal's attempt was saved by Tom Hale.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's shot blocked by a defender", lead + "Arsenal's late effort, blocked by Tom Hale, went wide.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's own goal by an opponent", lead + "Arsenal's second goal, an own goal by Tom Hale, settled it.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's goal against another side", lead + "Arsenal's goal against Chelsea from Tom Hale was disallowed.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's defence", lead + "Arsenal's defence was breached by Tom Hale.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the side's shot praised by a pundit", lead + "Arsenal's late effort was praised by pundit Tom Hale.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"the borrowing side's goal by a loaned player", lead + "Arsenal's winning goal, from Tom Hale, on loan from Chelsea, came late.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, []string{"Tom Hale memberOf Organization:Chelsea"}},
		{"a national side's goal by a club's striker", lead + "England's second goal, from Chelsea striker Tom Hale, came late.",
			nil, []string{"Tom Hale memberOf Organization:England"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
