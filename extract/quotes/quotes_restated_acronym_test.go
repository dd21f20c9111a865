package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A person set off by "from" a body whose acronym follows in brackets,
// with the apposition's closing comma left out ("…," Ada Kim, from the
// Pottery Guild (PG) told …): the acronym restates the preposition's
// object, so the person speaks, not the body. An acronym in brackets
// that is the subject itself still speaks. All sentences are invented.
func TestQuoteRestatedAcronym(t *testing.T) {
	kim := qtEnt{name: "Ada Kim", typ: model.Person, forms: []string{"Ada Kim"}}
	guild := qtEnt{name: "Pottery Guild", typ: model.Organization, forms: []string{"Pottery Guild", "PG"}}
	qtRun(t, []qtCase{
		{
			name: "acronym after the preposition's object: the person",
			text: "Pots\n\nSales rose.\n\n\"The story this year is all about glaze and colour,\" Ada Kim, from the Pottery Guild (PG) told the BBC.",
			ents: []qtEnt{kim, guild},
			want: []qtWant{{"The story this", "Ada Kim", "said-after"}},
		},
		{
			name: "no acronym: the person, as before",
			text: "Pots\n\nSales rose.\n\n\"The story this year is all about glaze and colour,\" Ada Kim, from the Pottery Guild told the BBC.",
			ents: []qtEnt{kim, guild},
			want: []qtWant{{"The story this", "Ada Kim", "said-after"}},
		},
		{
			name: "a body with its acronym as the subject: the body",
			text: "Pots\n\nSales rose.\n\n\"The story this year is all about glaze and colour,\" the Pottery Guild (PG) told the BBC.",
			ents: []qtEnt{guild},
			want: []qtWant{{"The story this", "Pottery Guild", "said-after"}},
		},
		{
			name: "acronym with the apposition closed: the person",
			text: "Pots\n\nSales rose.\n\n\"The story this year is all about glaze and colour,\" Ada Kim, from the Pottery Guild (PG), told the BBC.",
			ents: []qtEnt{kim, guild},
			want: []qtWant{{"The story this", "Ada Kim", "said-after"}},
		},
	})
}
