package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestAppositiveHost(t *testing.T) {
	x := &Extractor{}
	cases := []struct {
		text string
		want []string // facts of the country-event-apposition rules
	}{
		// A country's described event, its name after the comma.
		{"Smith won at Chile's top music awards, the Pacific Music Awards, on Monday.", []string{"Chile hosted Pacific Music Awards"}},
		{"Chile's biggest festival, the Harbour Games, will return next year.", []string{"Chile willHost Harbour Games"}},
		// A city's possessive, no kind of event, or a denial: nothing.
		{"Chile's biggest festival, the Harbour Games, could be cancelled.", nil},
		{"Smith won at Lisbon's top music awards, the Pacific Music Awards.", nil},
		{"Smith joined Chile's top band, the Harbour Games.", nil},
		{"Smith never went to Chile's biggest festival, the Harbour Games.", nil},
	}
	for _, tc := range cases {
		a := relCase{text: tc.text, ents: hostWorld}.build(t)
		x.findRelations(a)
		var got []string
		for _, f := range a.doc.Facts {
			if strings.HasSuffix(f.Rule, "/country-event-apposition") {
				got = append(got, fmt.Sprintf("%s %s %s", a.doc.Entities[f.Subject].Name, f.Predicate, a.doc.Entities[f.Object].Name))
			}
		}
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
