package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A quoted fragment inside a speaker's reported clause, followed by a
// clause opened by "but" or "and" with a verb of its own, stays the
// reported clause's subject's: the coordinated clause does not frame it.
// A real frame after the quote ("…," he said) still does.
func TestCoordinatedClauseAfterQuote(t *testing.T) {
	marta := qtEnt{name: "Marta Voss", typ: model.Person, forms: []string{"Marta Voss", "Voss"}}
	ivo := qtEnt{name: "Ivo Brand", typ: model.Person, forms: []string{"Ivo Brand", "Brand"}}
	// coreference bound "she" to the wrong woman: the rule must not use it
	sheIvo := qtEnt{name: "Ivo Brand", typ: model.Person, forms: []string{"she"}, kind: model.MentionPronoun}
	sheMarta := qtEnt{name: "Marta Voss", typ: model.Person, forms: []string{"she"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name: "but-clause after a fragment in a reported clause",
			text: "Budget\n\nIvo Brand had attacked the plan.\n\nVoss conceded on Monday that the new levy, which starts in May, \"could hurt small shops for several years\", but she believes the towns will gain.",
			ents: []qtEnt{marta, ivo, sheIvo},
			want: []qtWant{{"could hurt small shops", "Marta Voss", "said-partial"}},
		},
		{
			name: "and-clause after a fragment in a reported clause",
			text: "Budget\n\nIvo Brand had attacked the plan.\n\nVoss admitted that the new levy \"will cost every family a little more\", and she thinks Brand has a point.",
			ents: []qtEnt{marta, ivo, sheIvo},
			want: []qtWant{{"will cost every family", "Marta Voss", "said-partial"}},
		},
		{
			name: "negative: a plain frame after the quote still names the speaker",
			text: "Budget\n\nIvo Brand had attacked the plan.\n\nVoss spoke next. \"The levy will hurt small shops for several years,\" she said.",
			ents: []qtEnt{marta, ivo, sheMarta},
			want: []qtWant{{"The levy will hurt", "Marta Voss", "pronoun-carry"}},
		},
	})
}
