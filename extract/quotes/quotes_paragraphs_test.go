package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// One quotation per paragraph of speech: a speech that runs over several
// paragraphs, each re-opening the mark and the earlier one left unclosed,
// is one quote per paragraph, all by the same speaker, each pointing at a
// sentence of its own paragraph. A quotation closed in its paragraph and
// followed by a new quotation is not a carry and keeps its usual reading.
func TestQuotesOnePerParagraph(t *testing.T) {
	mara := qtEnt{name: "Mara Quist", typ: model.Person, forms: []string{"Mara Quist", "Ms Quist", "Quist"}}
	type want struct {
		starts, speaker, rule string
		para                  int // paragraph of the quote's sentence
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "three paragraphs of one speech: three quotes, one speaker",
			text: "Harbour plan\n\n" +
				"Mayor Mara Quist said: \"The new quay will open to ferries in the spring.\n\n" +
				"\"Fishing boats will keep their berths on the north side.\n\n" +
				"\"We expect the first cruise ships before the end of the summer.\"\n\n" +
				"The council meets again on Monday.",
			want: []want{
				{"The new quay will open to ferries in the spring.", "Mara Quist", "said-before", 1},
				{"Fishing boats will keep their berths on the north side.", "Mara Quist", "said-before", 2},
				{"We expect the first cruise ships before the end of the summer.", "Mara Quist", "said-before", 3},
			},
		},
		{
			name: "a closed quote, then a new quotation in the next paragraph: as before",
			text: "Harbour plan\n\n" +
				"\"The new quay will open to ferries in the spring,\" said Ms Quist.\n\n" +
				"\"Fishing boats will keep their berths on the north side.\"",
			want: []want{
				{"The new quay will open to ferries in the spring,", "Mara Quist", "said-after", 1},
				{"Fishing boats will keep their berths on the north side.", "Mara Quist", "continuation", 2},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := qtBuild(tc.text, []qtEnt{mara})
			Find(doc)
			if len(doc.Quotes) != len(tc.want) {
				t.Fatalf("%d quotes, want %d: %s", len(doc.Quotes), len(tc.want), qtDump(doc))
			}
			for i, w := range tc.want {
				q := doc.Quotes[i]
				if q.Text != w.starts {
					t.Errorf("quote %d: text %q, want %q", i, q.Text, w.starts)
				}
				if q.Speaker < 0 || doc.Entities[q.Speaker].Name != w.speaker || q.Rule != w.rule {
					t.Errorf("quote %d %q: speaker/rule %s, want %s %s", i, w.starts, qtDump(doc), w.speaker, w.rule)
				}
				if len(q.Pieces) != 1 || doc.Text[q.Pieces[0].Start:q.Pieces[0].End] != q.Text {
					t.Errorf("quote %d: pieces %v do not hold just its own text", i, q.Pieces)
				}
				if got := doc.Sentences[q.Sentence].Paragraph; got != w.para {
					t.Errorf("quote %d %q: sentence in paragraph %d, want %d", i, w.starts, got, w.para)
				}
				if s := doc.Sentences[q.Sentence].Span; i > 0 && !strings.Contains(doc.Text[s.Start:s.End], w.starts[:20]) {
					t.Errorf("quote %d: sentence %q does not hold its words", i, doc.Text[s.Start:s.End])
				}
			}
		})
	}
}
