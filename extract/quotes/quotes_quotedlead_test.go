package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A quotation of several sentences closed by "he said": who speaks is
// told by the sentence before the quotation opens, not by the
// quotation's own first sentence; and a description there after an
// expert's quotation about the story's subject is that subject.
func TestQuotationOpeningSubject(t *testing.T) {
	webb := qtEnt{name: "Martin Webb", typ: model.Person, forms: []string{"Martin Webb", "Martin", "Webb"}}
	reid := qtEnt{name: "Tom Reid", typ: model.Person, forms: []string{"Tom Reid"}}
	pike := qtEnt{name: "Oliver Pike", typ: model.Person, forms: []string{"Oliver Pike", "Mr Pike"}}
	rowe := qtEnt{name: "Mary Rowe", typ: model.Person, forms: []string{"Mary Rowe", "Rowe"}}
	qtRun(t, []qtCase{
		{
			name: "a description before a quotation of three sentences",
			text: "Novelist dies\n\nMartin Webb, the novelist, has died aged 80. The film of his best book starred Tom Reid. The writer was known for his research. \"I never write quickly. I am never satisfied,\" he once said.",
			ents: []qtEnt{webb, reid},
			want: []qtWant{{"I never write quickly", "Martin Webb", "pronoun-carry"}},
		},
		{
			name: "the doctor spoke about the lead person",
			text: "Webb injury\n\nMartin Webb is unlikely to finish his novel this year. \"Martin's hand injury is serious,\" said Mr Pike, his doctor. The Englishman is still hopeful he can finish. \"I will try. It may take time,\" he said.",
			ents: []qtEnt{webb, pike},
			want: []qtWant{{"Martin's hand injury", "Oliver Pike", "said-after"}, {"I will try", "Martin Webb", "pronoun-carry"}},
		},
		{
			name: "the doctor's quotation does not name the lead person",
			text: "Webb injury\n\nMartin Webb is unlikely to finish his novel this year. \"The hand injury is serious,\" said Mr Pike, his doctor. The Englishman is still hopeful he can finish. \"I will try. It may take time,\" he said.",
			ents: []qtEnt{webb, pike},
			want: []qtWant{{"The hand injury", "Oliver Pike", "said-after"}, {"I will try", "Oliver Pike", "pronoun-carry"}},
		},
		{
			name: "a woman opens the sentence before a quotation closed by he",
			text: "Novelist dies\n\nMartin Webb, the novelist, has died aged 80. Mary Rowe praised his research. \"I never write quickly. I am never satisfied,\" he once said.",
			ents: []qtEnt{webb, rowe},
			want: []qtWant{{"I never write quickly", "Martin Webb", "pronoun-carry"}},
		},
	})
}
