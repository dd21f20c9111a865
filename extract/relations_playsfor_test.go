package extract

import "testing"

// TestPlayerRecords: a player whose play, tally or first the sentence
// counts for a side is its member; hopes, plans, negation, the bare past,
// a record followed by a move and a person who is no subject are not.
// Every text is invented.
func TestPlayerRecords(t *testing.T) {
	const lead = "Rovers 2-1 Athletic\n\nRovers beat Athletic in the league match at the weekend.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"who is now playing for", lead + "The winner came from Kirk Dawes, who is now playing for Athletic after a spell abroad.",
			[]string{"Kirk Dawes memberOf Organization:Athletic"}, nil},
		{"tally of goals", lead + "Ola Berg has grabbed nine goals for Rovers this season.",
			[]string{"Ola Berg memberOf Organization:Rovers"}, nil},
		{"debut", lead + "Ian Marsh made his debut for Athletic in the second half.",
			[]string{"Ian Marsh memberOf Organization:Athletic"}, nil},
		{"last played", lead + "Dan Voss last played for Rovers in March before his injury.",
			[]string{"Dan Voss memberOf Organization:Rovers"}, nil},
		{"ordinal cap", lead + "Rob Kent won his 20th cap for Rovers on the day.",
			[]string{"Rob Kent memberOf Organization:Rovers"}, nil},
		{"competition in the debut", lead + "Ian Marsh made his Premier Cup debut for Athletic in the second half.",
			[]string{"Ian Marsh memberOf Organization:Athletic"}, nil},
		{"former player's last game", lead + "Veteran former international Dan Voss, who last played for Rovers in 2001, may return.",
			nil, []string{"Dan Voss memberOf Organization:Rovers"}},
		{"wants to play", lead + "Tom Lane wants to play for Athletic next season.",
			nil, []string{"Tom Lane memberOf Organization:Athletic"}},
		{"could play again", lead + "Tom Lane could play for Athletic again in the spring.",
			nil, []string{"Tom Lane memberOf Organization:Athletic"}},
		{"negation", lead + "Tom Lane has not played for Athletic since the spring.",
			nil, []string{"Tom Lane memberOf Organization:Athletic"}},
		{"bare past", lead + "Tom Lane played for Athletic from 1994 to 1996.",
			nil, []string{"Tom Lane memberOf Organization:Athletic"}},
		{"record then move", lead + "Tom Lane made 110 appearances for Athletic before joining Rovers.",
			nil, []string{"Tom Lane memberOf Organization:Athletic"}},
		{"next cap", lead + "Rob Kent will win his next cap for Rovers in June.",
			nil, []string{"Rob Kent memberOf Organization:Rovers"}},
		{"creator of a score for a person", lead + "Sam Cole set up tries for Tom Lane and Ian Marsh.",
			nil, []string{"Sam Cole memberOf Person:Tom Lane"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
