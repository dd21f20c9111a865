package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestCapitalHost: an event placed "in the <demonym> capital" is hosted
// by the city named after it, or by the demonym's country when no city
// is named; a lower-case noun after "capital" is no place. Every
// sentence is invented.
func TestCapitalHost(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts of hosted/willHost event-in-city, sorted
	}{
		{"city after a comma",
			"Africa talks\n\nLeaders met at the African Union summit in the Ethiopian capital, Addis Ababa.",
			[]string{"Addis Ababa hosted African Union summit"}},
		{"city without a comma",
			"Trade talks\n\nDelegates met at the Asean summit in the Philippine capital Manila.",
			[]string{"Manila hosted Asean summit"}},
		{"no city: the country",
			"Africa talks\n\nLeaders met at the African Union summit in the Ethiopian capital on Monday.",
			[]string{"Ethiopia hosted African Union summit"}},
		{"to come",
			"Africa talks\n\nLeaders will meet at the African Union summit in the Ethiopian capital next month.",
			[]string{"Ethiopia willHost African Union summit"}},
		{"a country's capital, no city",
			"Summit news\n\nLeaders met at the Commonwealth summit in Malta's capital on Sunday.",
			[]string{"Malta hosted Commonwealth summit"}},
		{"a country's capital and its city",
			"Africa talks\n\nLeaders met at the African Union summit in Ethiopia's capital, Addis Ababa.",
			[]string{"Addis Ababa hosted African Union summit"}},
		{"a person's capital is no place",
			"Africa talks\n\nLeaders met at the African Union summit in Mr Obi's capital on Monday.",
			nil},
		{"a lower-case noun after capital",
			"Africa talks\n\nLeaders met at the African Union summit in the Ethiopian capital region.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eventInCityFacts(extractText(t, tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// eventInCityFacts lists a document's facts made by the event-in-city
// host rules as "Subject predicate Object", sorted.
func eventInCityFacts(d *Document) []string {
	var got []string
	for _, f := range d.Facts {
		if strings.HasSuffix(f.Rule, "/event-in-city") {
			got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
		}
	}
	sort.Strings(got)
	return got
}
