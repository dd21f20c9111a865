package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A stand-alone quotation after a short narrative stretch that follows
// the latest speaker's quotation is that speaker's (latest-speaker), on
// invented feature copy; a narrative that names someone else, brings in
// another voice, or a quotation left hanging on a comma stays
// unattributed.
func TestQuoteLatestSpeaker(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Mr Vale"}}
	kerr := qtEnt{name: "Ann Kerr", typ: model.Person, forms: []string{"Ann Kerr"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods"}}
	qtRun(t, []qtCase{
		{
			name: "one narrative sentence between",
			text: "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. Many firms now rent the machines by the month. \"That is the real difference for a small shop.\"",
			ents: []qtEnt{vale},
			want: []qtWant{{"Shops like ours", "Tom Vale", "said-after"}, {"That is the real difference", "Tom Vale", "latest-speaker"}},
		},
		{
			name: "two narrative sentences in the next paragraph, a body named",
			text: "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale.\n\nAcme Foods sells the machines. They cost less each year. \"We expect every shop in the town to have one by the summer.\"",
			ents: []qtEnt{vale, acme},
			want: []qtWant{{"Shops like ours", "Tom Vale", "said-after"}, {"We expect every shop", "Tom Vale", "latest-speaker"}},
		},
		{
			name: "a verb of saying in the narrative whose speaker is the latest one",
			text: "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale.\n\nMr Vale said that renting was cheaper. Since 1990, the price of a till has doubled. \"We expect every shop in the town to rent one by the summer.\"",
			ents: []qtEnt{vale},
			want: []qtWant{{"Shops like ours", "Tom Vale", "said-after"}, {"We expect every shop", "Tom Vale", "latest-speaker"}},
		},
		{
			name:         "another person named in the narrative",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. Rival grocer Ann Kerr rents hers by the month. \"That is the real difference for a small shop.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 1,
		},
		{
			name:         "a new voice in the narrative",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. Analysts said the rental market would grow. \"That is the real difference for a small shop.\"",
			ents:         []qtEnt{vale},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 1,
		},
		{
			name:         "someone of the speaker's in the narrative",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. His brother runs the shop next door. \"That is the real difference for a small shop.\"",
			ents:         []qtEnt{vale},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 1,
		},
		{
			name:         "a pronoun of the other gender in the narrative",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Mr Vale. She rents hers by the month. \"That is the real difference for a small shop.\"",
			ents:         []qtEnt{vale},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 1,
		},
		{
			name:         "an unattributed quotation since the latest speaker's",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. \"Nobody will buy a till this year,\" one trader said. Prices fell in May. \"That is the real difference for a small shop.\"",
			ents:         []qtEnt{vale},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 2,
		},
		{
			name:         "the quotation ends on a comma: a speaker we do not know follows",
			text:         "Tech\n\n\"Shops like ours cannot afford the old tills any more,\" said Tom Vale. Many firms now rent the machines. \"That is the real difference for a small shop,\" smiles one grocer.",
			ents:         []qtEnt{vale},
			want:         []qtWant{{"Shops like ours", "Tom Vale", ""}},
			unattributed: 1,
		},
	})
}
