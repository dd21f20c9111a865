package extract

import (
	"slices"
	"testing"
)

// TestDisasterEvents: a natural disaster told of by its kind with "the"
// ("the tsunami", "the Pacific tsunami disaster", "the quake") is one
// Event named by its longest form, the other forms its aliases; an
// indefinite, modified or future mention, or the noun modifying another,
// gives none. Every sentence is invented.
func TestDisasterEvents(t *testing.T) {
	for _, tc := range []struct {
		text    string
		want    string   // the Event's name, "" for none
		aliases []string // aliases it must have
	}{
		{"Harbour news\n\nFishing fleets were wrecked by the tsunami. Repairs after the tsunami disaster will take a year.",
			"tsunami disaster", []string{"tsunami"}},
		{"Harbour news\n\nInsurers paid out $2bn after the Pacific tsunami. The tsunami also closed two ports.",
			"Pacific tsunami", []string{"tsunami"}},
		{"Quake news\n\nSchools reopened a month after the earthquake. The quake destroyed the old bridge.",
			"earthquake", []string{"quake"}},
		{"Storm news\n\nOil output fell after the hurricane struck the Gulf coast.",
			"hurricane", nil},
		// Near misses: indefinite, a kind, a future one, a modifier.
		{"Harbour news\n\nA tsunami could hit the coast at any time, experts warned.", "", nil},
		{"Quake news\n\nEngineers fear the next earthquake will be worse.", "", nil},
		{"Harbour news\n\nThe tsunami victims were flown home on Monday.", "", nil},
		{"Quake news\n\nAid reached the earthquake zone by road.", "", nil},
		{"Quake news\n\nThe massive earthquake shook the region.", "", nil},
	} {
		d := extractText(t, tc.text)
		var got []string
		for _, e := range d.Entities {
			if e.Type != Event {
				continue
			}
			got = append(got, e.Name)
			if e.Name == tc.want {
				for _, al := range tc.aliases {
					if !slices.Contains(e.Aliases, al) {
						t.Errorf("%q: Event %q lacks alias %q (has %v)", tc.text, e.Name, al, e.Aliases)
					}
				}
			}
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q: want no Event, got %v", tc.text, got)
		case tc.want != "" && !slices.Contains(got, tc.want):
			t.Errorf("%q: want Event %q, got %v", tc.text, tc.want, got)
		}
	}
}
