package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "said Vale biographer Lena Carr": a noun for a doer between two
// persons' names makes the second the speaker; a comma or a word that
// only looks like a doer's noun leaves the first.
func TestAgentNounBetweenNames(t *testing.T) {
	tom := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	lena := qtEnt{name: "Lena Carr", typ: model.Person, forms: []string{"Lena Carr"}}
	qtRun(t, []qtCase{
		{
			name: "a biographer named after the subject of the book",
			text: "Books\n\nTom Vale died in 1994.\n\n\"He was never easy to know,\" said Vale biographer Lena Carr.",
			ents: []qtEnt{tom, lena},
			want: []qtWant{{"He was never easy", "Lena Carr", "said-after"}},
		},
		{
			name: "a historian named after the subject",
			text: "Books\n\nTom Vale died in 1994.\n\n\"He changed the game,\" said Vale historian Lena Carr.",
			ents: []qtEnt{tom, lena},
			want: []qtWant{{"He changed the game", "Lena Carr", "said-after"}},
		},
		{
			name: "a comma ends the speaker's phrase",
			text: "Books\n\nTom Vale wrote in 1994.\n\n\"It was never easy,\" said Tom Vale, whose biographer Lena Carr was there.",
			ents: []qtEnt{tom, lena},
			want: []qtWant{{"It was never easy", "Tom Vale", "said-after"}},
		},
	})
	for w, want := range map[string]bool{"biographer": true, "historian": true, "journalist": true, "editor": true,
		"never": false, "later": false, "poster": false, "number": false, "Editor": false, "fan": false} {
		if got := qAgentNoun(w); got != want {
			t.Errorf("qAgentNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
