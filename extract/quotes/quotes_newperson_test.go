package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "he told" after a sentence whose subject is a woman and which introduces
// a man goes to that man, not to the man who spoke before; a man named only
// inside a quotation, one talked about, a woman for "he", or a man known
// from earlier in the story leave the earlier speaker.
func TestNewlyNamedPronounSpeaker(t *testing.T) {
	pike := qtEnt{name: "Oliver Pike", typ: model.Person, forms: []string{"Oliver Pike", "Mr Pike"}}
	rowe := qtEnt{name: "Mary Rowe", typ: model.Person, forms: []string{"Mary Rowe", "Rowe"}}
	webb := qtEnt{name: "Martin Webb", typ: model.Person, forms: []string{"Martin Webb"}}
	hale := qtEnt{name: "Susan Hale", typ: model.Person, forms: []string{"Susan Hale"}}
	opening := "Prize\n\n\"I expect the novel to win,\" said Mr Pike. \"It is the best book in years.\" "
	qtRun(t, []qtCase{
		{
			name: "a woman's sentence introduces a man",
			text: opening + "Rowe is also the favourite of Martin Webb, a critic at the Gazette. But while he liked the novel, he doubted it would win. \"The judges may surprise us all,\" he told reporters.",
			ents: []qtEnt{pike, rowe, webb},
			want: []qtWant{{"I expect the novel", "Oliver Pike", "said-after"}, {"It is the best", "Oliver Pike", "continuation"}, {"The judges may", "Martin Webb", "pronoun-carry"}},
		},
		{
			name:         "the man is named only inside a quotation",
			text:         opening + "Rowe added: \"Martin Webb would be pleased.\" \"The judges may surprise us all,\" he told reporters.",
			ents:         []qtEnt{pike, rowe, webb},
			want:         []qtWant{{"I expect the novel", "Oliver Pike", "said-after"}, {"It is the best", "Oliver Pike", "continuation"}, {"Martin Webb would", "Mary Rowe", ""}, {"The judges may", "", ""}},
			unattributed: 1,
		},
		{
			name:         "the man is the one talked about",
			text:         opening + "Rowe has often complained about Martin Webb in her columns. \"The judges may surprise us all,\" he told reporters.",
			ents:         []qtEnt{pike, rowe, webb},
			want:         []qtWant{{"I expect the novel", "Oliver Pike", "said-after"}, {"It is the best", "Oliver Pike", "continuation"}, {"The judges may", "", ""}},
			unattributed: 1,
		},
		{
			name: "the newly named person is a woman",
			text: opening + "Rowe is also the favourite of Susan Hale, a critic at the Gazette. \"The judges may surprise us all,\" he told reporters.",
			ents: []qtEnt{pike, rowe, hale},
			want: []qtWant{{"I expect the novel", "Oliver Pike", "said-after"}, {"It is the best", "Oliver Pike", "continuation"}, {"The judges may", "Oliver Pike", "pronoun-carry"}},
		},
		{
			name: "a man's sentence praising another man keeps its subject",
			text: "Prize\n\nThe novelist Tom Reid praised Martin Webb at the dinner. \"He was a generous critic,\" he said.",
			ents: []qtEnt{{name: "Tom Reid", typ: model.Person, forms: []string{"Tom Reid"}}, webb},
			want: []qtWant{{"He was a generous", "Tom Reid", ""}},
		},
	})
}
