package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/model"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// checkQuotes asserts the invariants every Quote must keep, whatever the
// input: pieces in bounds and in order, Text made of the pieces, valid
// UTF-8, speaker and sentence indexes in range.
func checkQuotes(t testing.TB, doc *model.Document) {
	t.Helper()
	validText := utf8.ValidString(doc.Text)
	for qi, q := range doc.Quotes {
		if len(q.Pieces) == 0 {
			t.Fatalf("quote %d has no pieces", qi)
		}
		var parts []string
		prevEnd := -1
		for _, p := range q.Pieces {
			if p.Start < 0 || p.End > len(doc.Text) || p.Start >= p.End || p.Start < prevEnd {
				t.Fatalf("quote %d: bad piece %v (text %d bytes)", qi, p, len(doc.Text))
			}
			prevEnd = p.End
			parts = append(parts, doc.Text[p.Start:p.End])
		}
		if want := strings.Join(parts, " "); q.Text != want {
			t.Fatalf("quote %d: Text %q is not its pieces %q", qi, q.Text, want)
		}
		if validText && !utf8.ValidString(q.Text) {
			t.Fatalf("quote %d: invalid UTF-8 %q", qi, q.Text)
		}
		if q.Speaker < -1 || q.Speaker >= len(doc.Entities) {
			t.Fatalf("quote %d: speaker %d of %d entities", qi, q.Speaker, len(doc.Entities))
		}
		if (q.Speaker >= 0) != (q.Rule != "") {
			t.Fatalf("quote %d: speaker %d with rule %q", qi, q.Speaker, q.Rule)
		}
		if len(doc.Sentences) > 0 && (q.Sentence < 0 || q.Sentence >= len(doc.Sentences)) {
			t.Fatalf("quote %d: sentence %d of %d", qi, q.Sentence, len(doc.Sentences))
		}
	}
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		`"We are," Ms Kovac said, "very pleased."`,
		"Mr Lind said: \"One.\n\n\"Two.\"",
		`“Curly,” he said. ‘Single,’ she said. Georgia’s don't analysts' '90s`,
		`"""" " "" a"b"c ''' ‘’‘’ ““”” ” “`,
		`According to Acme Foods, "the deal is off". A spokesman for Acme Foods said: "No."`,
		"\"unclosed\n\nnext \"para",
	} {
		f.Add(s)
	}
	ents := []qtEnt{
		{name: "Anna Kovac", typ: model.Person, forms: []string{"Ms Kovac", "Kovac"}},
		{name: "Boris Lind", typ: model.Person, forms: []string{"Mr Lind"}},
		{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods"}},
		{name: "Boris Lind", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun},
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		doc := qtBuild(text, ents)
		Find(doc)
		checkQuotes(t, doc)
	})
}

// pathological inputs for the quote stage: many marks, one huge line,
// unbalanced marks, deep nesting.
func pathologicalTexts() map[string]string {
	return map[string]string{
		"10k straight marks": strings.Repeat(`a "b `, 10000),
		"10k curly marks":    strings.Repeat(`“b ”, he said. `, 5000),
		"10k openers":        strings.Repeat(`“`, 10000),
		"5MB line":           strings.Repeat(`Mr Lind said the plan was "very bold indeed" and added: "We go on." `, 5<<20/68),
		"nesting":            strings.Repeat(`"‘“`, 3000) + strings.Repeat(`”’"`, 3000),
		"apostrophes":        strings.Repeat(`Georgia's 'don't' analysts' `, 20000),
	}
}

// A hand-built Document of a pathological text: paragraphs and sentences
// as the core would give them, a mention every few hundred bytes.
func pathologicalDoc(text string) *model.Document {
	doc := &model.Document{Text: text, Paragraphs: []textseg.Span{{Start: 0, End: len(text)}}}
	for s := 0; s < len(text); s += 4096 {
		e := min(s+4096, len(text))
		doc.Sentences = append(doc.Sentences, model.Sentence{Span: textseg.Span{Start: s, End: e}})
	}
	doc.Entities = []model.Entity{{Name: "Boris Lind", Type: model.Person}}
	for off := 0; ; {
		i := strings.Index(text[off:], "Mr Lind")
		if i < 0 {
			break
		}
		s := off + i
		doc.Mentions = append(doc.Mentions, model.Mention{Span: textseg.Span{Start: s, End: s + 7}, Sentence: s / 4096})
		off = s + 7
	}
	return doc
}

func TestQuotesPathological(t *testing.T) {
	for name, text := range pathologicalTexts() {
		t.Run(name, func(t *testing.T) {
			doc := pathologicalDoc(text)
			Find(doc)
			checkQuotes(t, doc)
			if n, marks := len(doc.Quotes), strings.Count(text, `"`)+strings.Count(text, "“"); n > marks {
				t.Errorf("%d quotes from %d opening marks", n, marks)
			}
		})
	}
	// The long line's quotes are found and attributed.
	doc := pathologicalDoc(pathologicalTexts()["5MB line"])
	Find(doc)
	said := 0
	for _, q := range doc.Quotes {
		if q.Speaker == 0 && strings.HasPrefix(q.Text, "We go on.") {
			said++
		}
	}
	if said < 1000 {
		t.Errorf("only %d attributed quotes in the 5MB line", said)
	}
}

func BenchmarkFindQuotesPathological(b *testing.B) {
	for name, text := range pathologicalTexts() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			base := pathologicalDoc(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for n := 0; n < b.N; n++ {
				doc := *base
				doc.Quotes = nil
				Find(&doc)
			}
		})
	}
}
