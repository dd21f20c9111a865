package extract

import (
	"strings"
	"testing"
)

// TestResultMatches: a match described by its score, its result and the
// other side ("the 3-1 defeat against X", "Sunday's 2-0 win over X in
// Lisbon", "Rovers' 1-1 draw with X", "a 6-3 6-4 win over X") is an
// Event named by the description; both sides took part, the ground the
// text names hosted it, and a player the sentence puts in it took part.
// A result wanted or denied, a result with no side after it, a quotation,
// a coach and a player who missed the match give nothing. Every text is
// invented.
func TestResultMatches(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the league season.\n\n"
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"a possessor and the other side", intro + "Harbour Rovers' 3-1 defeat to Kingsport Athletic left them fourth.",
			[]string{"Harbour Rovers participatedIn Event:Harbour Rovers' 3-1 defeat to Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:Harbour Rovers' 3-1 defeat to Kingsport Athletic"}, nil},
		{"a date and a city", intro + "Jon Reid scored in Sunday's 2-0 win over Kingsport Athletic in Lisbon.",
			[]string{"Kingsport Athletic participatedIn Event:Sunday's 2-0 win over Kingsport Athletic in Lisbon",
				"Lisbon hosted Event:Sunday's 2-0 win over Kingsport Athletic in Lisbon",
				"Jon Reid participatedIn Event:Sunday's 2-0 win over Kingsport Athletic in Lisbon"}, nil},
		{"the subject's result", intro + "Harbour Rovers finished the month with a 2-1 victory against Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:2-1 victory against Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:2-1 victory against Kingsport Athletic"}, nil},
		{"the other side's ground", intro + "Harbour Rovers' 1-0 win at Kingsport Athletic lifted them to second.",
			[]string{"Kingsport Athletic hosted Event:Harbour Rovers' 1-0 win at Kingsport Athletic"}, nil},
		{"at home to", intro + "Harbour Rovers suffered a 0-2 defeat at home to Kingsport Athletic.",
			[]string{"Harbour Rovers hosted Event:0-2 defeat at home to Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:0-2 defeat at home to Kingsport Athletic"}, nil},
		{"a replacement in the match", intro + "Jon Reid was a second-half replacement in Harbour Rovers' 1-1 draw with Kingsport Athletic.",
			[]string{"Jon Reid participatedIn Event:Harbour Rovers' 1-1 draw with Kingsport Athletic"}, nil},
		{"a replacement in a dated match", intro + "Jon Reid was a second-half replacement in last Saturday's 24-18 defeat to Kingsport Athletic.",
			[]string{"Jon Reid participatedIn Event:last Saturday's 24-18 defeat to Kingsport Athletic"}, nil},
		{"a score in the match", intro + "Jon Reid's late penalty in Harbour Rovers' 2-2 draw with Kingsport Athletic was disputed.",
			[]string{"Jon Reid participatedIn Event:Harbour Rovers' 2-2 draw with Kingsport Athletic"}, nil},
		{"the owner of a display in it", intro + "Harbour Rovers boss Tom Hale said their display in the 3-1 defeat against Kingsport Athletic was poor.",
			[]string{"Harbour Rovers participatedIn Event:3-1 defeat against Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:3-1 defeat against Kingsport Athletic"},
			[]string{"Tom Hale participatedIn Event:3-1 defeat against Kingsport Athletic"}},
		{"a word in quotation marks before it", intro + "Tom Hale said he was \"livid\" after his side lost a player in Sunday's 1-2 loss to Kingsport Athletic.",
			[]string{"Kingsport Athletic participatedIn Event:Sunday's 1-2 loss to Kingsport Athletic"}, nil},
		{"a rugby score above it", intro + "Harbour Rovers were denied two tries in Sunday's 10-13 loss to Kingsport Athletic.",
			[]string{"Kingsport Athletic participatedIn Event:Sunday's 10-13 loss to Kingsport Athletic"}, nil},
		{"the coach's side", intro + "Harbour Rovers manager Tom Hale said his side were denied two tries in Sunday's 10-13 loss to Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:Sunday's 10-13 loss to Kingsport Athletic"},
			[]string{"Tom Hale participatedIn Event:Sunday's 10-13 loss to Kingsport Athletic"}},
		{"the coach's players", intro + "Harbour Rovers manager Tom Hale praised his players' display in the 1-0 win at Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:1-0 win at Kingsport Athletic", "Kingsport Athletic hosted Event:1-0 win at Kingsport Athletic"}, nil},
		{"the coach's side's result", intro + "Harbour Rovers manager Tom Hale was pleased after his side's 2-1 win over Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:his side's 2-1 win over Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:his side's 2-1 win over Kingsport Athletic"},
			[]string{"Tom Hale participatedIn Event:his side's 2-1 win over Kingsport Athletic"}},
		{"the coach's team's result", intro + "Harbour Rovers boss Tom Hale praised his team's 3-0 league win over Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:his team's 3-0 league win over Kingsport Athletic",
				"Kingsport Athletic participatedIn Event:his team's 3-0 league win over Kingsport Athletic"}, nil},
		{"a player's side's result", intro + "Harbour Rovers striker Jon Reid hailed his side's 2-1 win over Kingsport Athletic.",
			[]string{"Harbour Rovers participatedIn Event:his side's 2-1 win over Kingsport Athletic"}, nil},
		{"a tennis match", "Tennis news\n\nThe second seed Tom Hale reached the semi-final of the tournament with a 6-3 6-4 win over Max Ruiz.\n",
			[]string{"Max Ruiz participatedIn Event:6-3 6-4 win over Max Ruiz",
				"Tom Hale participatedIn Event:6-3 6-4 win over Max Ruiz"}, nil},
		{"a missed match", intro + "Jon Reid missed Harbour Rovers' 3-1 defeat to Kingsport Athletic with a knee injury.",
			[]string{"Kingsport Athletic participatedIn Event:Harbour Rovers' 3-1 defeat to Kingsport Athletic"},
			[]string{"Jon Reid participatedIn Event:Harbour Rovers' 3-1 defeat to Kingsport Athletic"}},
		{"a coach", intro + "Rovers manager Tom Hale praised his players in the 2-1 win over Kingsport Athletic.",
			[]string{"Kingsport Athletic participatedIn Event:2-1 win over Kingsport Athletic"},
			[]string{"Tom Hale participatedIn Event:2-1 win over Kingsport Athletic"}},
	})
}

// TestResultMatchNone: a result wanted, denied or conditional, one
// without a score or without a side after it, one inside a quotation and
// a run of matches make no described match. Every text is invented.
func TestResultMatchNone(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the league season.\n\n"
	for _, tc := range []struct{ name, text string }{
		{"a result wanted", "Harbour Rovers need a 2-0 win over Kingsport Athletic to stay up."},
		{"a result denied", "Harbour Rovers could not secure a 2-0 win over Kingsport Athletic."},
		{"a condition", "If Harbour Rovers earn a 2-0 win over Kingsport Athletic, they stay up."},
		{"no score", "Harbour Rovers celebrated a famous win over Kingsport Athletic."},
		{"no side", "Harbour Rovers celebrated a 2-0 win on Saturday in front of Kingsport Athletic fans."},
		{"a quotation", "Tom Hale said: \"We deserved our 2-1 win over Kingsport Athletic today.\""},
		{"a quotation going on", "Tom Hale said: \"We played well. \"We deserved our 2-1 win over Kingsport Athletic today.\""},
		{"a quotation closing", "\"We played well. We deserved our 2-1 win over Kingsport Athletic,\" said Tom Hale."},
		{"a run of matches", "Harbour Rovers have won their last five matches against Kingsport Athletic."},
		{"a side's result wanted", "Harbour Rovers manager Tom Hale wants his side's 2-0 win over Kingsport Athletic to count."},
		{"a side's result in a quotation", "Tom Hale said: \"I enjoyed my side's 2-0 win over Kingsport Athletic.\""},
		{"a result verb", "Harbour Rovers beat Kingsport Athletic 2-0 on Saturday."},
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

// TestResultMatchNames: the description without its article names the
// match; without its date and without its place are its other names, so
// that either form the text's reader would write is found.
func TestResultMatchNames(t *testing.T) {
	d := extractText(t, "Club football news\n\nThe striker is fit again for the league season.\n\n"+
		"Jon Reid scored in last Saturday's 24-18 Premier Cup loss to Kingsport Athletic in Lisbon.\n")
	for _, e := range d.Entities {
		if e.Type != Event || !strings.Contains(e.Name, "24-18") {
			continue
		}
		if e.Name != "last Saturday's 24-18 Premier Cup loss to Kingsport Athletic in Lisbon" {
			t.Errorf("name = %q", e.Name)
		}
		for _, want := range []string{"24-18 Premier Cup loss to Kingsport Athletic in Lisbon", "24-18 Premier Cup loss to Kingsport Athletic"} {
			found := false
			for _, al := range e.Aliases {
				found = found || al == want
			}
			if !found {
				t.Errorf("aliases %q lack %q", e.Aliases, want)
			}
		}
		return
	}
	t.Errorf("no described match among %v", d.Entities)
}
