package extract

import "testing"

// TestNameOpeners: a run opening with a possessive is a title, no entity;
// one opening with a foreign article is no person unless the article is
// a surname's particle or a first name.
func TestNameOpeners(t *testing.T) {
	tests := []struct {
		text      string
		want      []string // "Type:Name", each must be present
		notPerson []string // names that must not be Person entities
		notAny    []string // names that must not be entities at all
	}{
		{"Fans of My Winter Garden queued for the premiere in Leeds.",
			nil, nil, []string{"My Winter Garden"}},
		{"The band played Our Broken Radio twice at the show.",
			nil, nil, []string{"Our Broken Radio"}},
		{"The tenor sang at La Scala before the summer season.",
			nil, []string{"La Scala"}, nil},
		{"The daily Le Soir reported the deal on Monday.",
			nil, []string{"Le Soir"}, nil},
		{"Reporters from Der Kurier asked about the merger.",
			nil, []string{"Der Kurier"}, nil},
		// A capitalised function word inside: a title in title case,
		// and a person's name before a title.
		{"The band closed with Harbour Lights Of The Moon at the festival.",
			nil, nil, []string{"Harbour Lights Of The Moon"}},
		{"Fans sang Jenny On The Balcony as the curtain fell.",
			nil, nil, []string{"Jenny On The Balcony"}},
		{"The prize went to Martin Hollis For Quiet Hours, the jury said.",
			[]string{"Person:Martin Hollis"}, nil, []string{"Martin Hollis For Quiet Hours"}},
		// Negatives: a surname's particle after a first name, a first
		// name spelled like an article, an initial, a firm with "And".
		{"Moroccan Karim El Mansouri won the race. El Mansouri said he was tired.",
			[]string{"Person:Karim El Mansouri"}, nil, []string{"El Mansouri"}},
		{"Les Ferrand scored twice for the visitors.",
			[]string{"Person:Les Ferrand"}, nil, nil},
		{"Walter A Brisket said the plan would fail.",
			[]string{"Person:Walter A Brisket"}, nil, nil},
	}
	for _, tc := range tests {
		checkEntityTypes(t, tc.text, tc.want, tc.notPerson, tc.notAny)
	}
}
