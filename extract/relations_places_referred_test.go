package extract

import "testing"

// TestReferredPlaces checks places referred back to by a demonym and a
// place noun, with invented sentences.
func TestReferredPlaces(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // "S locatedIn O" -> rule
		not  []string          // facts that must not appear, whatever the rule
	}{
		{text: "Bavaria's ruling party lost seats on Sunday. The result leaves the southern German state without a majority.",
			want: map[string]string{"Bavaria locatedIn Germany": referredPlaceRule}},
		{text: "Floods hit Kirkuk on Monday. Officials said the Iraqi town's main bridge had collapsed.",
			want: map[string]string{"Kirkuk locatedIn Iraq": referredPlaceRule}},
		// The latest town lies in another country: nothing.
		{text: "The band played in Leeds on Friday. Fans said the Spanish town was quiet.",
			not: []string{"Leeds locatedIn Spain"}},
		// A nation inside a state: the gazetteer files the town under
		// the state, so it cannot tell that it lies in that nation.
		{text: "Floods hit Bristol on Monday. The Welsh town was cut off for hours.",
			not: []string{"Bristol locatedIn Wales"}},
		{text: "Storms hit Leeds on Monday. The Scottish town was cut off for hours.",
			not: []string{"Leeds locatedIn Scotland"}},
		// The noun modifies another noun: the state as a government.
		{text: "Bavaria's ruling party lost seats. The German state press called it a defeat.",
			not: []string{"Bavaria locatedIn Germany"}},
		// "Of" and a name after the noun: another place, read elsewhere.
		{text: "Bavaria's ruling party lost seats. Voters in the German state of Hesse disagreed.",
			not: []string{"Bavaria locatedIn Germany"}},
		// Too far back: three sentences between.
		{text: "Floods hit Kirkuk on Monday. Rain fell. Roads closed. Schools shut. The Iraqi town was cut off.",
			not: []string{"Kirkuk locatedIn Iraq"}},
	}
	for _, tc := range tests {
		checkFactRules(t, tc.text, tc.want, tc.not)
	}
}
