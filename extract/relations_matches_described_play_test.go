package extract

import "testing"

// TestResultMatchNextPlayers: the sentence after a described match
// credits its players with the play, and they took part in it; one that
// can be about another match, tells an earlier season, hedges the play or
// names a coach credits no one. Every text is invented.
func TestResultMatchNextPlayers(t *testing.T) {
	const intro = "Baird keeps faith with squad\n\nScotland coach Ewan Baird has named an unchanged rugby side to face Wales in Cardiff on Saturday. " +
		"Scotland wasted a ten-point lead in their 24-23 defeat to Italy in Rome last week. "
	const match = "Event:their 24-23 defeat to Italy in Rome"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a missed kick", intro + "Fly-half Tomas Brell missed four penalty attempts. The side meet again on Friday.",
			[]string{"Tomas Brell participatedIn " + match}, nil},
		{"a role noun before the names", intro + "Goal-kickers Tomas Brell and Ian Moray missed four penalty attempts between them.",
			[]string{"Tomas Brell participatedIn " + match, "Ian Moray participatedIn " + match}, nil},
		{"a possessed try", intro + "Tomas Brell's try was the only score of the second half.",
			[]string{"Tomas Brell participatedIn " + match}, nil},
		{"an earlier season", intro + "Last season Tomas Brell missed four penalty attempts in Dublin.",
			nil, []string{"Tomas Brell participatedIn " + match}},
		{"another team named", intro + "Tomas Brell missed four penalty attempts against Ireland.",
			nil, []string{"Tomas Brell participatedIn " + match}},
		{"a hedged play", intro + "Tomas Brell may have missed the chance to play.",
			nil, []string{"Tomas Brell participatedIn " + match}},
		{"two sentences on", intro + "The side meet again on Friday. Tomas Brell missed four penalty attempts.",
			nil, []string{"Tomas Brell participatedIn " + match}},
	})
}

// TestEventPlayers: "PLAYER's EVENT triumph" puts the player in the
// competition; a debut still to come does not.
func TestEventPlayers(t *testing.T) {
	const intro = "Tennis awards\n\nReaders voted for the best tennis moments of the season. "
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a triumph", intro + "Ana Ruiz's Qatar Open triumph topped the poll ahead of the Davis Cup final.",
			[]string{"Ana Ruiz participatedIn Event:Qatar Open"}, nil},
		{"a debut to come", intro + "Ana Ruiz's Qatar Open debut will come against a qualifier next week.",
			nil, []string{"Ana Ruiz participatedIn Event:Qatar Open"}},
	})
}
