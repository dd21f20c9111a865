package extract

import (
	"strings"
	"testing"
)

// TestRegionDemonymTowns runs the whole extractor on invented sentences:
// a region's demonym before a town noun and a name places the town in
// the region, which becomes an entity when the text does not name it.
func TestRegionDemonymTowns(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // facts of regionDemonymRule
		not    []string
		entity string // an entity the text must have, "" for none
	}{
		{
			text:   "Floods cut off the Bavarian town of Passau on Monday.",
			want:   []string{"Passau locatedIn Bavaria"},
			entity: "Bavaria",
		},
		{
			text: "Fires reached the Californian city of Santa Rosa. California has had no rain for months.",
			want: []string{"Santa Rosa locatedIn California"},
		},
		{
			text: "The Siberian cities of Irkutsk and Norilsk were hit by power cuts.",
			want: []string{"Irkutsk locatedIn Siberia", "Norilsk locatedIn Siberia"},
		},
		{
			text: "Workers in the Texan capital, Austin, went on strike.",
			want: []string{"Austin locatedIn Texas"},
		},
		// A demonym of a person, of a people without one country, or
		// before a noun that is no place gives nothing.
		{
			text: "Texan billionaire Ross Dallas bought the team.",
			not:  []string{"Ross Dallas locatedIn Texas"},
		},
		{
			text: "The Kurdish city of Irbil was calm on Friday.",
			not:  []string{"Irbil locatedIn Kurdistan"},
		},
		{
			text: "The Bavarian brewer Paulaner raised its prices.",
			not:  []string{"Paulaner locatedIn Bavaria"},
		},
		{
			text: "The Californian team of Sacramento Kings lost again.",
			not:  []string{"Sacramento Kings locatedIn California"},
		},
	}
	for _, tc := range tests {
		d, got := factRules(t, "Title\n\n"+tc.text)
		for _, w := range tc.want {
			if got[w] != regionDemonymRule {
				t.Errorf("%q: want %q from %s, got rule %q (facts %v)", tc.text, w, regionDemonymRule, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
		if tc.entity != "" {
			found := false
			for _, e := range d.Entities {
				if strings.EqualFold(e.Name, tc.entity) && e.Type == Place {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no place %s", tc.text, tc.entity)
			}
		}
	}
}
