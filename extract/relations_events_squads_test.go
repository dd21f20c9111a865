package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestSquadSides: the side that owns a squad, team or camp for a named
// competition takes part in it; a person's squad, a squad of another
// grade, a squad for a qualifier and an event named after the side itself
// give nothing. Every sentence is invented.
func TestSquadSides(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the facts of squadSides, sorted
	}{
		{"possessive before the competition",
			"Rugby news\n\nThe prop Ned Vale is the only new cap in Portugal's Six Nations squad.",
			[]string{"Portugal participatedIn Six Nations"}},
		{"possessive, squad for the match",
			"Rugby news\n\nThe lock Ned Vale was dropped from Georgia's squad for the European Nations Cup match with Spain.",
			[]string{"Georgia participatedIn European Nations Cup"}},
		{"name as modifier, ahead of a dated match",
			"Rugby news\n\nNed Vale has been named in the Romania training squad ahead of Sunday's European Nations Cup clash against Russia.",
			[]string{"Romania participatedIn European Nations Cup"}},
		{"training camp",
			"Rugby news\n\nFour players are away on Portugal's Six Nations training camp this week.",
			[]string{"Portugal participatedIn Six Nations"}},
		{"a person's squad",
			"Rugby news\n\nNed Vale could be one of Tom Hart's surprises in the Six Nations squad.",
			nil},
		{"another grade",
			"Rugby news\n\nNed Vale is one of three new caps in Portugal's under-21 Six Nations squad.",
			nil},
		{"a qualifier",
			"Football news\n\nNed Vale was left out of Portugal's squad for the World Cup qualifier against Latvia.",
			nil},
		{"the side's own event",
			"Rugby news\n\nNed Vale could be a surprise when the 40-man Barbarians tour squad is named.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if f.Rule == ruleSquadSide {
					got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
