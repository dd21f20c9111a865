//go:build nomtrace

package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestQuotedSelfTrace writes to $QUOTED_SELF_TRACE every "he"/"she"/
// "him"/"her" inside a quotation that the resolver bound to the person
// the quotation is attributed to: file, sentence, word, entity, sentence
// text. A speaker says "I" of himself, so each line is a likely wrong
// binding (or a wrong attribution).
//
//	QUOTED_SELF_TRACE=/tmp/self.tsv go test -tags nomtrace -run TestQuotedSelfTrace ./extract
func TestQuotedSelfTrace(t *testing.T) {
	f := traceFile(t, "QUOTED_SELF_TRACE")
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		for _, m := range doc.Mentions {
			if m.Kind != MentionPronoun {
				continue
			}
			for _, q := range doc.Quotes {
				if q.Speaker != m.Entity {
					continue
				}
				for _, p := range q.Pieces {
					if p.Start <= m.Start && m.End <= p.End {
						fmt.Fprintf(f, "%s\t%d\t%s\t%s\t%s\n", name, m.Sentence,
							doc.Text[m.Start:m.End], doc.Entities[m.Entity].Name, sentenceText(doc, m.Sentence))
					}
				}
			}
		}
	})
}

// TestPersonPronounTypeTrace writes to $PRONOUN_TYPE_TRACE every "he" or
// "she" bound to an entity that is not a person: file, sentence, word,
// entity, its type, sentence text.
//
//	PRONOUN_TYPE_TRACE=/tmp/types.tsv go test -tags nomtrace -run TestPersonPronounTypeTrace ./extract
func TestPersonPronounTypeTrace(t *testing.T) {
	f := traceFile(t, "PRONOUN_TYPE_TRACE")
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		for _, m := range doc.Mentions {
			w := doc.Text[m.Start:m.End]
			if m.Kind != MentionPronoun || doc.Entities[m.Entity].Type == Person || !personPronouns[strings.ToLower(w)] {
				continue
			}
			fmt.Fprintf(f, "%s\t%d\t%s\t%s\t%s\t%s\n", name, m.Sentence, w,
				doc.Entities[m.Entity].Name, doc.Entities[m.Entity].Type, sentenceText(doc, m.Sentence))
		}
	})
}
