package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "Holt himself said" in a story naming Mark and Anna Holt: the bare
// surname, bound by the recogniser to the latest Holt, speaks for the man
// of that name; "herself" for the woman; no reflexive, or a full name,
// leaves the recogniser's choice.
func TestReflexiveNamesake(t *testing.T) {
	mark := qtEnt{name: "Mark Holt", typ: model.Person, forms: []string{"Mark Holt"}}
	anna := qtEnt{name: "Anna Holt", typ: model.Person, forms: []string{"Anna Holt", "Holt"}}
	qtRun(t, []qtCase{
		{
			name: "himself after a surname bound to the wife",
			text: "TV\n\nSinger Mark Holt will end the show. His wife Anna Holt is a judge on another show.\n\nHolt himself was at a loss to explain its success: \"I suppose people like watching us argue every week.\"",
			ents: []qtEnt{mark, anna},
			want: []qtWant{{"I suppose people like", "Mark Holt", "colon"}},
		},
		{
			name: "herself keeps the wife",
			text: "TV\n\nSinger Mark Holt will end the show. His wife Anna Holt is a judge on another show.\n\nHolt herself was at a loss to explain its success: \"I suppose people like watching us argue every week.\"",
			ents: []qtEnt{mark, anna},
			want: []qtWant{{"I suppose people like", "Anna Holt", "colon"}},
		},
		{
			name: "no reflexive keeps the recogniser's choice",
			text: "TV\n\nSinger Mark Holt will end the show. His wife Anna Holt is a judge on another show.\n\nHolt was at a loss to explain its success: \"I suppose people like watching us argue every week.\"",
			ents: []qtEnt{mark, anna},
			want: []qtWant{{"I suppose people like", "Anna Holt", "colon"}},
		},
	})
}
