package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// The scanner reads the other languages' and typesetters' marks as it
// reads curly ones; all sentences are invented.
func TestExtraQuoteMarksPieces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the pieces' text, in order
	}{
		{"guillemets", `Olsen said: «The bridge will open in May next year.»`, []string{"The bridge will open in May next year."}},
		{"guillemets with inner spaces", `« The bridge will open in May next year », said Olsen.`, []string{"The bridge will open in May next year"}},
		{"German low-high", `„The bridge will open in May next year“, said Olsen.`, []string{"The bridge will open in May next year"}},
		{"Polish low-high", `Olsen said: „The bridge will open in May next year.”`, []string{"The bridge will open in May next year."}},
		{"TeX pairs", "``The bridge will open in May next year,'' said Olsen.", []string{"The bridge will open in May next year,"}},
		{"single guillemets", `Olsen called it ‹a bridge for the whole valley› on Monday.`, []string{"a bridge for the whole valley"}},
		// near misses: the marks must not change what English text gives
		{"an English “ after a curly opener still nests", `“We call it “the long bridge here, said Olsen.”`, []string{"We call it “the long bridge here, said Olsen."}},
		{"a closing guillemet with nothing open", `The score was 3» and the match went on into the night.`, nil},
		{"a lone backtick is no mark", "The file `bridge.txt was lost in the move, said Olsen.", nil},
		{"a German quotation inside a guillemet one", `«He said „no bridge“ twice in the meeting», said Olsen.`, []string{"He said „no bridge“ twice in the meeting"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := qScanMarks(tc.text, 0, len(tc.text), 0, nil)
			var got []string
			for _, p := range ps {
				got = append(got, tc.text[p.start:p.end])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("pieces %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("piece %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// Quotations in those marks get their speakers by the ordinary rules.
func TestExtraQuoteMarksSpeakers(t *testing.T) {
	olsen := qtEnt{name: "Kari Olsen", typ: model.Person, forms: []string{"Kari Olsen", "Olsen"}}
	berg := qtEnt{name: "Nils Berg", typ: model.Person, forms: []string{"Nils Berg", "Berg"}}
	qtRun(t, []qtCase{
		{
			name: "guillemets after a colon",
			text: "Bridge vote\n\nMayor Kari Olsen said: «The bridge will open in May next year.»",
			ents: []qtEnt{olsen},
			want: []qtWant{{"The bridge will open in May", "Kari Olsen", "said-before"}},
		},
		{
			name: "German marks before the verb",
			text: "Bridge vote\n\n„The bridge will open in May next year“, said Kari Olsen.",
			ents: []qtEnt{olsen},
			want: []qtWant{{"The bridge will open in May", "Kari Olsen", "said-after"}},
		},
		{
			name: "TeX pairs before the verb",
			text: "Bridge vote\n\n``The bridge will open in May next year,'' Nils Berg said.",
			ents: []qtEnt{berg},
			want: []qtWant{{"The bridge will open in May", "Nils Berg", "said-after"}},
		},
		{
			name: "a guillemet quotation carried into the next paragraph",
			text: "Bridge vote\n\nKari Olsen said: «The bridge will open in May next year.\n\n«The road to it will follow in the autumn.»",
			ents: []qtEnt{olsen},
			want: []qtWant{{"The bridge will open in May", "Kari Olsen", "said-before"}},
		},
	})
}
