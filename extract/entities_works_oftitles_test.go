package extract

import "testing"

// TestTitleOfShape: a title of common words, "of" and a name is no
// entity, where a body, a place, a role, a period or a person so built
// keeps its entity.
func TestTitleOfShape(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"film title with of the",
			"Fans in Dublin queued for Revenge of the Vorlax, the latest in the series.",
			[]string{"City:Dublin"},
			[]string{"Organization:Vorlax", "Person:Vorlax"}},
		{"title with of and no article",
			"He won praise for Curse of Gruffin last year, said Ann Bell.",
			[]string{"Person:Ann Bell"},
			[]string{"Organization:Gruffin", "Person:Gruffin"}},
		{"title opened by The",
			"The Return of the Gruffins opened on Friday in Leeds.",
			[]string{"City:Leeds"},
			[]string{"Organization:Gruffins", "Person:Gruffins"}},
		{"title with with the",
			"Critics in Leeds panned Dinner with the Boddletons on Friday.",
			[]string{"City:Leeds"},
			[]string{"Organization:Boddletons", "Person:Boddletons"}},
		// Negatives: a body's, a place's, a role's, a period's or a
		// person's name built the same way keeps its entity.
		{"a body's head",
			"He joined the Bank of Lemuria in 2001, said Mark Dolan.",
			[]string{"Organization:Bank of Lemuria"}, nil},
		{"a person then of",
			"The winger Jake Marrow of the Plovers scored twice on Sunday.",
			[]string{"Person:Jake Marrow"}, nil},
		{"a role then of",
			"He met the Prince of Wales in London on Monday.",
			[]string{"City:London"}, nil},
		{"a role word before a common word",
			"He spoke to Tom Vane, Director General of Morrowind, on Monday.",
			[]string{"Person:Tom Vane", "Organization:Morrowind"}, nil},
		{"a body's head after of",
			"A study in the Annals of the Zarovian Academy of Letters found a rise.",
			[]string{"Organization:Zarovian Academy of Letters"}, nil},
		{"a place's head after of",
			"Farmers on the Green Terraces of the Ostrava-Bel Valley lost their crops.",
			[]string{"Place:Ostrava-Bel Valley"}, nil},
		{"a period noun before of",
			"The gallery showed Northern Skies in the Age of Dvorsky last year.",
			[]string{"Organization:Dvorsky"}, nil}, // kept, as whatever type the name rules give
		{"an era after of: a band, and its list keeps its bands",
			"Other acts at the festival include Sons of the Bronze Age, The Larkspurs, Wexmoor and The Fells.",
			[]string{"Organization:Wexmoor"}, nil},
		{"a known place after of",
			"She went to see Gangs of New York with Ann Bell.",
			[]string{"City:New York", "Person:Ann Bell"}, nil},
		{"sentence-initial capital",
			"Members of the Zarovian Assembly voted on Monday.",
			[]string{"Organization:Zarovian Assembly"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
