package extract

import (
	"slices"
	"testing"
)

// TestPlaceRoles: "the Czech capital", "the capital city", "the Spanish
// city" stand for the city just named when its country agrees, and carry
// the city's facts; a phrase before a name, an apposition, "the city"
// alone, a city of another country, or one named too long ago bind
// nothing. Every sentence is invented.
func TestPlaceRoles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosted and locatedIn facts, exactly
	}{
		{"demonym capital", "Games\n\nThousands of visitors came to Prague on Monday. The Czech capital hosted the European Games in 2010.",
			[]string{"Prague hosted Event:European Games", "Prague locatedIn Country:Czech Republic"}},
		{"demonym city", "Summit\n\nThe leaders met in Granada. The Spanish city hosted the summit on Thursday.",
			[]string{"Granada hosted Event:Summit", "Granada locatedIn Country:Spain"}},
		{"capital city", "Games\n\nThousands of visitors came to Prague on Monday. The capital city hosted the European Games in 2010.",
			[]string{"Prague hosted Event:European Games"}},
		{"wrong country", "Games\n\nThousands of visitors came to Prague on Monday. The French capital hosted the European Games in 2010.",
			nil},
		{"city alone", "Games\n\nThousands of visitors came to Prague on Monday. The city hosted the European Games in 2010.",
			nil},
		{"no city named", "Games\n\nThousands of visitors came on Monday. The Czech capital hosted the European Games in 2010.",
			nil},
		// Too far back to bind the hosting; "the Czech capital" still
		// places the capital the text names (demonymCapitals).
		{"too far back", "Games\n\nThousands of visitors came to Prague on Monday. Most stayed a week. Hotels were full. The Czech capital hosted the European Games in 2010.",
			[]string{"Prague locatedIn Country:Czech Republic"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			got := factsOf(d, Hosted, LocatedIn)
			if !slices.Equal(got, tc.want) {
				t.Errorf("facts %v, want %v", got, tc.want)
			}
		})
	}
}
