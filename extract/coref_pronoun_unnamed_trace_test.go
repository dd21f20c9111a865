//go:build nomtrace

package extract

import (
	"fmt"
	"regexp"
	"testing"
)

// TestPronounAfterUnnamedTrace writes to $PRONOUN_UNNAMED_TRACE every
// "he" or "she" bound to a person whose latest name mention comes before
// an unnamed person description ("the referee", "a spokesman") that
// stands between it and the pronoun, in the pronoun's sentence or the
// one before: file, sentence, pronoun, entity bound, description,
// previous sentence, pronoun's sentence. A measuring aid for the
// pronoun's choice of a named person over a nearer unnamed one.
//
//	PRONOUN_UNNAMED_TRACE=/tmp/unnamed.tsv go test -tags nomtrace -run TestPronounAfterUnnamedTrace ./extract
func TestPronounAfterUnnamedTrace(t *testing.T) {
	f := traceFile(t, "PRONOUN_UNNAMED_TRACE")
	desc := regexp.MustCompile(`\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(man|woman|boy|girl|referee|spokesman|spokeswoman|officer|policeman|victim|driver|teenager|pensioner|mother|father|suspect|witness|doctor|judge|pilot|soldier|child|student|teacher|worker|official|source|player|singer|actor|actress|star)\b`)
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		subjectPronounsOfPersons(doc, func(m Mention, w string) {
			last := -1
			for _, o := range doc.Mentions {
				if o.Entity == m.Entity && o.Start < m.Start && o.Kind != MentionPronoun {
					last = o.End
				}
			}
			if last < 0 || m.Sentence == 0 {
				return
			}
			lo := max(last, doc.Sentences[m.Sentence-1].Span.Start)
			if lo >= m.Start {
				return
			}
			gap := doc.Text[lo:m.Start]
			d := desc.FindString(gap)
			if d == "" {
				return
			}
			fmt.Fprintf(f, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n", name, m.Sentence, w, doc.Entities[m.Entity].Name, d,
				sentenceText(doc, m.Sentence-1), sentenceText(doc, m.Sentence))
		})
	})
}
