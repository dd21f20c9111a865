package extract

import "testing"

// TestNationalSides: in a sports story a country that is its sentence's
// subject is its national side, and "their" (or a sentence-opening "They"
// after it) stands for it, as for a club; a relative clause set off after
// the subject does not make its nouns rivals. A country outside a sports
// story, a plural noun or another side named before the pronoun, and a
// person's possessive leave it open. Every sentence is invented.
func TestNationalSides(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		want             string // the referent, "" for none
		fact             string // a fact that must be extracted, if any
	}{
		{"country subject in a sports story",
			"Rugby\n\nPortugal claimed their first win of the Six Nations with a 21-15 win over Georgia in Lisbon. The fly-half kicked four penalties and the scrum-half scored a try.",
			"their", "Portugal", ""},
		{"relative clause after the subject",
			"Rugby\n\nPortugal, who have lost four Six Nations matches in a row, threw away a 12-3 half-time lead in their 20-17 defeat to Romania. The fly-half missed two penalties and the scrum-half was sin-binned.",
			"their", "Portugal", "Portugal participatedIn their 20-17 defeat to Romania"},
		{"They after a sentence about the side",
			"Rugby\n\nRomania beat Georgia 20-17 in Bucharest on Saturday. They face Portugal in the Six Nations next week. The fly-half kicked four penalties and the scrum-half scored a try.",
			"They", "", ""}, // Georgia, another side, is named in the sentence before
		{"They after a sentence about one side",
			"Rugby\n\nRomania scored four tries in Bucharest on Saturday. They face Portugal in the Six Nations next week. The fly-half kicked four penalties and the scrum-half scored a try.",
			"They", "Romania", ""},
		{"a country outside a sports story",
			"Talks\n\nPortugal said their troops would stay in the region until the end of the year.",
			"their", "", ""},
		{"a plural noun before their",
			"Rugby\n\nPortugal praised the fans for their support after a 21-15 win over Georgia. The fly-half kicked four penalties and the scrum-half scored a try.",
			"their", "", ""},
		{"a country modifying a coach",
			"Tennis\n\nPortugal coach Rui Tavares wants Silva and the rest of his team to hone their skills on clay. The rally lasted a set and the tie-break went to the seed.",
			"their", "", ""},
		{"another side named before their",
			"Rugby\n\nPortugal were beaten 20-17 by Romania in their Six Nations opener. The fly-half kicked four penalties and the scrum-half scored a try.",
			"their", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, tc.word, 1); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.word, got, tc.want)
			}
			if tc.fact != "" && !hasFactString(d, tc.fact) {
				t.Errorf("missing fact %s; have %v", tc.fact, d.Facts)
			}
		})
	}
}
