package extract

import "testing"

// A player's club does not stop a description of the national side from
// naming him: the side, typed as a team, is another kind than the club.
func TestNationalSideBesideClub(t *testing.T) {
	text := "Reed set to stay at Liverpool\n\nThe 24-year-old Liverpool skipper Tom Reed spoke out ahead of the match against Everton, which he will miss through suspension. " +
		"England beat Wales 2-0 in their World Cup qualifier last week, and Reed won his 20th cap in the squad. " +
		"He has been linked with a move away from Liverpool, with Chelsea the favourites to snap up the England midfielder."
	d := extractText(t, text)
	for _, want := range []expectedFact{
		{Subject: "Tom Reed", Predicate: MemberOf, Object: "England"},
		{Subject: "Tom Reed", Predicate: MemberOf, Object: "Liverpool"},
	} {
		if !factFound(d, want) {
			t.Errorf("no %v; facts %v", want, d.Facts)
		}
	}
}
