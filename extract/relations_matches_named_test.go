package extract

import (
	"strings"
	"testing"
)

// TestNamedMatches: a match described through its competition ("the
// Premier Cup tie against X", "Saturday's Premier Cup clash with X in
// Lisbon", "the Premier Cup win over X") is an Event named by the
// description. Played, its sides took part and its place hosted it; to
// come, its place will host it and nobody has taken part. Every text is
// invented.
func TestNamedMatches(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the Premier Cup season.\n\n"
	runFactCases(t, []string{ParticipatedIn, Hosted, WillHost}, []factCase{
		{"a played match and its place", intro + "Jon Reid scored twice in the Premier Cup match against Kingsport Athletic in Lisbon last weekend.",
			[]string{"Kingsport Athletic participatedIn Event:Premier Cup match against Kingsport Athletic in Lisbon",
				"Lisbon hosted Event:Premier Cup match against Kingsport Athletic in Lisbon",
				"Jon Reid participatedIn Event:Premier Cup match against Kingsport Athletic in Lisbon"}, nil},
		{"a match dated last", intro + "Jon Reid hurt his knee during last Saturday's Premier Cup clash with Kingsport Athletic.",
			[]string{"Kingsport Athletic participatedIn Event:last Saturday's Premier Cup clash with Kingsport Athletic"}, nil},
		{"a match to come", intro + "Jon Reid has been named in the squad for the Premier Cup tie against Kingsport Athletic in Lisbon on 3 May.",
			[]string{"Lisbon willHost Event:Premier Cup tie against Kingsport Athletic in Lisbon"},
			[]string{"Kingsport Athletic participatedIn Event:Premier Cup tie against Kingsport Athletic in Lisbon",
				"Jon Reid participatedIn Event:Premier Cup tie against Kingsport Athletic in Lisbon"}},
		{"a match next weekend", intro + "Jon Reid is a doubt for Harbour Rovers' Premier Cup opener against Kingsport Athletic in Lisbon next weekend.",
			[]string{"Lisbon willHost Event:Harbour Rovers' Premier Cup opener against Kingsport Athletic in Lisbon"},
			[]string{"Harbour Rovers participatedIn Event:Harbour Rovers' Premier Cup opener against Kingsport Athletic in Lisbon"}},
		{"a player in the match's competition", intro + "Tom Vale is sidelined by a hamstring problem sustained during the Premier Cup game against Kingsport Athletic last weekend.",
			[]string{"Tom Vale participatedIn Event:Premier Cup game against Kingsport Athletic",
				"Tom Vale participatedIn Event:Premier Cup"}, nil},
		{"a player in an earlier season's match", intro + "Tom Vale is sidelined by a hamstring problem sustained during the Premier Cup game against Kingsport Athletic two years ago.",
			nil, []string{"Tom Vale participatedIn Event:Premier Cup"}},
		{"a player in a match to come", intro + "Tom Vale is a doubt for the Premier Cup game against Kingsport Athletic next weekend.",
			nil, []string{"Tom Vale participatedIn Event:Premier Cup"}},
		{"a result with no score", intro + "Jon Reid scored in the Premier Cup win over Kingsport Athletic on Saturday.",
			[]string{"Kingsport Athletic participatedIn Event:Premier Cup win over Kingsport Athletic",
				"Jon Reid participatedIn Event:Premier Cup win over Kingsport Athletic"}, nil},
		{"a result at the other side's ground", intro + "Jon Reid limped off during the Premier Cup defeat at Kingsport Athletic.",
			[]string{"Kingsport Athletic hosted Event:Premier Cup defeat at Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:Premier Cup defeat at Kingsport Athletic",
				"Jon Reid participatedIn Event:Premier Cup defeat at Kingsport Athletic"}, nil},
		{"the subject's match", intro + "Harbour Rovers drew in their Premier Cup clash with Kingsport Athletic last weekend.",
			[]string{"Harbour Rovers participatedIn Event:their Premier Cup clash with Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:their Premier Cup clash with Kingsport Athletic"}, nil},
		{"a side named after its country", intro + "Jon Reid starred in the Premier Cup match against Portuguese side Kingsport Athletic last season.",
			[]string{"Kingsport Athletic participatedIn Event:Premier Cup match against Portuguese side Kingsport Athletic"}, nil},
		{"a final against a side", intro + "Fans criticised Jon Reid's display in the Premier Cup final against Kingsport Athletic in Lisbon.",
			[]string{"Kingsport Athletic participatedIn Event:Premier Cup final against Kingsport Athletic in Lisbon",
				"Lisbon hosted Event:Premier Cup final against Kingsport Athletic in Lisbon"}, nil},
	})
}

// TestNamedMatchNone: a run of matches, a match that might be, one in a
// quotation, a final "with" a side, a ground with no side and a match
// with no competition's name give no described match through its
// competition. Every text is invented.
func TestNamedMatchNone(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the Premier Cup season.\n\n"
	for _, tc := range []struct{ name, text string }{
		{"a run of matches", "Harbour Rovers have lost their Premier Cup matches against Kingsport Athletic in Lisbon."},
		{"a match that might be", "Harbour Rovers could face a Premier Cup tie against Kingsport Athletic in Lisbon."},
		{"a condition", "If Harbour Rovers win, the Premier Cup tie against Kingsport Athletic in Lisbon goes ahead."},
		{"a quotation", "Tom Hale said: \"We loved the Premier Cup match against Kingsport Athletic in Lisbon.\""},
		{"a final with its side", "Tom Hale won the Premier Cup final with Kingsport Athletic in Lisbon."},
		{"a ground only", "Jon Reid scored in the Premier Cup clash at Kingsport Athletic last weekend."},
		{"another match", "Jon Reid scored in another Premier Cup match against Kingsport Athletic in Lisbon last weekend."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range extractText(t, intro+tc.text).Entities {
				if e.Type == Event && strings.Contains(e.Name, "Kingsport") {
					t.Errorf("unexpected event %q", e.Name)
				}
			}
		})
	}
}

// TestNamedMatchOwnSide: a described match with no owner is the match of
// the one side the sentence names as a person's or a squad's modifier,
// or else of the story's side (its coach's); that owner is in the
// competition the other side is in. A side that is an argument of
// another match, a player with no side, and an earlier season give
// neither. Every text is invented.
func TestNamedMatchOwnSide(t *testing.T) {
	const wales = "Morgan out for Wales\n\nWales coach Ian Pryce has made one change for Saturday's trip to Dublin.\n\n"
	const rugby = "\n\nHe missed rugby training with the squad on Monday."
	const coach = "\n\nPryce said the squad was strong."
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"the story's side, played", wales + "Winger Tom Morgan is ruled out by a knee injury sustained during the Six Nations game against Scotland last weekend." + coach,
			[]string{"Wales participatedIn Event:Six Nations game against Scotland", "Wales participatedIn Event:Six Nations"}, nil},
		{"the sentence's side, to come", "Harris passed fit\n\nScotland centre Rory Harris has been passed fit for Saturday's Six Nations clash with Ireland at Murrayfield." + rugby,
			[]string{"Scotland participatedIn Event:Six Nations"},
			[]string{"Scotland participatedIn Event:Saturday's Six Nations clash with Ireland at Murrayfield"}},
		{"a side of another match", wales + "Winger Tom Morgan was hurt during the Six Nations game against Scotland last weekend and missed the draw with Italy on Sunday." + coach,
			nil, []string{"Wales participatedIn Event:Six Nations game against Scotland", "Italy participatedIn Event:Six Nations game against Scotland"}},
		{"another match's side, no owner", "Hale to start\n\nKeeper Dan Hale will start Tuesday's Champions League tie against Porto and is likely to face Celtic on Sunday.\n\nHe missed football training with the squad on Monday.",
			nil, []string{"Celtic participatedIn Event:Champions League"}},
		{"an earlier season", "Harris looks back\n\nScotland centre Rory Harris recalled last year's Six Nations clash with Ireland at Murrayfield." + rugby,
			nil, []string{"Scotland participatedIn Event:Six Nations"}},
		{"an injured player, no side", "Morgan ruled out\n\nWinger Tom Morgan has been ruled out of Saturday's Six Nations clash with Ireland with a knee injury." + rugby,
			nil, []string{"Tom Morgan participatedIn Event:Six Nations"}},
	})
}
