//go:build nomtrace

package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPronounBindingTrace writes to $PRONOUN_BIND_TRACE every "he" or
// "she" bound to a person in a sentence that names two or more persons
// before it: file, sentence, pronoun offset, word, entity bound, the
// persons named before it in the sentence, sentence text. A measuring
// aid for pickPronoun's same-sentence choice (coref_pronoun_subjects.go).
//
//	PRONOUN_BIND_TRACE=/tmp/bind.tsv go test -tags nomtrace -run TestPronounBindingTrace ./extract
func TestPronounBindingTrace(t *testing.T) {
	f := traceFile(t, "PRONOUN_BIND_TRACE")
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		subjectPronounsOfPersons(doc, func(m Mention, w string) {
			var before []string
			seen := map[int]bool{}
			for _, o := range doc.Mentions {
				if o.Sentence != m.Sentence || o.Start >= m.Start || o.Kind == MentionPronoun || doc.Entities[o.Entity].Type != Person || seen[o.Entity] {
					continue
				}
				seen[o.Entity] = true
				before = append(before, doc.Entities[o.Entity].Name)
			}
			if len(before) < 2 {
				return
			}
			fmt.Fprintf(f, "%s\t%d\t%d\t%s\t%s\t%s\t%s\n", name, m.Sentence, m.Start, w,
				doc.Entities[m.Entity].Name, strings.Join(before, "|"), sentenceText(doc, m.Sentence))
		})
	})
}
