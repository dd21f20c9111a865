package openfacts

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/postag"
)

// TestSubstitutionLinks checks the line-up reading of adjacentLinks on
// invented sentences: "A (B N)" with a minute gives B ~replace~ A; an
// age after a comma, a year, no number, or a club or country in the
// brackets gives no substitution.
func TestSubstitutionLinks(t *testing.T) {
	tagger, err := postag.Load()
	if err != nil {
		t.Fatal(err)
	}
	person, org, country := model.Person, model.Organization, model.Country
	type name struct {
		text string
		typ  model.EntityType
	}
	cases := []struct {
		sentence string
		names    []name
		want     []string // "subject key object"
	}{
		{"Kestrel Town: Dawson, Pritchard, Okafor (Lindqvist 63), Marlowe (Brennan 81), Tate.",
			[]name{{"Kestrel Town", org}, {"Dawson", person}, {"Pritchard", person}, {"Okafor", person}, {"Lindqvist", person}, {"Marlowe", person}, {"Brennan", person}, {"Tate", person}},
			[]string{"Lindqvist replace Okafor", "Brennan replace Marlowe"}},
		{"Harbury Athletic: Quell, Fenwick (Jon Salter 118), Ruddock.",
			[]name{{"Harbury Athletic", org}, {"Quell", person}, {"Fenwick", person}, {"Jon Salter", person}, {"Ruddock", person}},
			[]string{"Jon Salter replace Fenwick"}},
		// not a substitution
		{"The singer Tom Bellamy (Jane Corr, 34) arrived late.",
			[]name{{"Tom Bellamy", person}, {"Jane Corr", person}}, nil},
		{"The detective Harriet Vane (Peter Wimsey) stars in the sequel.",
			[]name{{"Harriet Vane", person}, {"Peter Wimsey", person}}, nil},
		{"The painter Okafor (Lindqvist 2004) is on show in the gallery.",
			[]name{{"Okafor", person}, {"Lindqvist", person}}, nil},
		{"Okafor (Kestrel Town 63) was booked.",
			[]name{{"Okafor", person}, {"Kestrel Town", org}}, nil},
		{"Seeds: 1 Tom Bellamy (Croatia 45), 2 Jane Corr.",
			[]name{{"Tom Bellamy", person}, {"Croatia", country}, {"Jane Corr", person}}, nil},
	}
	for _, c := range cases {
		texts := make([]string, len(c.names))
		for k, n := range c.names {
			texts[k] = n.text
		}
		a := sentenceAnalysis(t, tagger, c.sentence, texts)
		for k, n := range c.names {
			a.Doc.Entities[k].Type = n.typ
		}
		var got []string
		for _, f := range a.adjacentLinks(0, a.Doc.Mentions) {
			if f.Key == "replace" {
				got = append(got, a.Doc.Entities[f.Subject].Name+" "+f.Key+" "+a.Doc.Entities[f.Object].Name)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: replace links %q, want %q", c.sentence, got, c.want)
		}
	}
}
