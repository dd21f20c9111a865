package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestTourPlaces: a tour to or of a country or city is hosted there when
// the text dates it behind the story, and to be hosted there when it
// speaks of it as to come; an undated tour gives nothing, and a past
// tour's owning side took part in it. Every sentence is invented.
func TestTourPlaces(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the facts of the tour rules, sorted
	}{
		{"dated by a year",
			"Rugby news\n\nJohn Smith scored twice on the 1993 Fiji tour to Argentina.",
			[]string{"Argentina hosted Fiji tour to Argentina", "Fiji participatedIn Fiji tour to Argentina"}},
		{"dated by last and an of-phrase",
			"Rugby news\n\nThe Pumas lost on their ill-fated 1986 tour of Japan.",
			[]string{"Japan hosted their ill-fated 1986 tour of Japan"}},
		{"this summer's",
			"Rugby news\n\nJones hopes for a place on this summer's Lions tour to Argentina.",
			[]string{"Argentina willHost this summer's Lions tour to Argentina"}},
		{"undated",
			"Rugby news\n\nJones dismissed reports linking him to the Lions tour to Argentina.",
			nil},
		{"conditional",
			"Rugby news\n\nJones said he would be fit if the 1999 Lions tour to Argentina went ahead.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if strings.HasSuffix(f.Rule, "tour-of-place") || strings.HasSuffix(f.Rule, "tour-owner") {
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
