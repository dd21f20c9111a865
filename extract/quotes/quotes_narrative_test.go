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
			name: "a body's statement quoted on after a narrative sentence",
			text: "Tech\n\n\"Prices will fall in the spring,\" Acme Foods said on Monday. Shops have waited a year for the cut. \"The new tills will cost half as much as the old ones.\"",
			ents: []qtEnt{acme},
			want: []qtWant{{"Prices will fall", "Acme Foods", "said-after"}, {"The new tills will cost", "Acme Foods", "latest-speaker"}},
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

// A first-person quotation right after a narrative sentence whose subject
// is a named person is that person's (introduced-speaker); a quotation
// not in the first person, or a narrative naming a second person, stays
// unattributed.
func TestQuoteIntroducedSpeaker(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	kerr := qtEnt{name: "Ann Kerr", typ: model.Person, forms: []string{"Ann Kerr"}}
	qtRun(t, []qtCase{
		{
			name: "the subject of the sentence before",
			text: "Tech\n\nSales of the new tills doubled in May. Tom Vale, who runs a corner shop, is less impressed. \"I will keep my old till until it breaks down.\"",
			ents: []qtEnt{vale},
			want: []qtWant{{"I will keep my old till", "Tom Vale", "introduced-speaker"}},
		},
		{
			name: "a view set against the latest speaker's",
			text: "Tech\n\n\"Every shop will want one by the summer,\" said Ann Kerr. Tom Vale, though, is less impressed. \"I will keep my old till until it breaks down.\"",
			ents: []qtEnt{vale, kerr},
			want: []qtWant{{"Every shop will want", "Ann Kerr", "said-after"}, {"I will keep my old till", "Tom Vale", "introduced-speaker"}},
		},
		{
			name:         "an aside about someone else after the latest speaker's quotation",
			text:         "Tech\n\n\"Every shop will want one by the summer,\" said Ann Kerr. Tom Vale runs the shop next door. \"I will keep my old till until it breaks down.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"Every shop will want", "Ann Kerr", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "not in the first person",
			text:         "Tech\n\nSales of the new tills doubled in May. Tom Vale, who runs a corner shop, is less impressed. \"The old tills will be sold off until they break down.\"",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
		{
			name:         "a second person in the narrative sentence",
			text:         "Tech\n\nSales of the new tills doubled in May. Tom Vale, who works for Ann Kerr, is less impressed. \"I will keep my old till until it breaks down.\"",
			ents:         []qtEnt{vale, kerr},
			unattributed: 1,
		},
	})
}
