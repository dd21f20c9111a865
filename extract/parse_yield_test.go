//go:build oietrace

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// TestParseYield writes every BBC sentence the extractor parses to
// $PARSE_YIELD, one a line: file, sentence index, words, whether the open
// relations' own gate (closePair) asks for its parse or only the
// dependency rules' does, the dependency-rule facts and the open facts
// (openie:*) the document keeps from it, and the sentence. Its log sums
// the parsed words by what they yield: parsing is most of extraction's
// CPU, so the words that yield nothing are what a gate on parsing could
// save. Built only with -tags oietrace:
//
//	PARSE_YIELD=/tmp/yield.tsv go test -tags oietrace -run TestParseYield ./extract
func TestParseYield(t *testing.T) {
	f := traceFile(t, "PARSE_YIELD")
	type parse struct {
		sentence, words int
		close           bool
	}
	var parses []parse
	traceParse = func(a *analysis, i int, s *syntax.Sentence) {
		parses = append(parses, parse{i, s.Len(), a.closePair(i, a.openMentions(i))})
	}
	defer func() { traceParse = nil }()
	var name string
	sums := map[string][2]int{} // class -> sentences, words
	extractCorpus(t, &name, func(doc *Document) {
		dep, open := map[int]int{}, map[int]int{}
		for _, fc := range doc.Facts {
			if strings.HasPrefix(fc.Rule, "dep:") {
				dep[fc.Sentence]++
			}
		}
		for _, o := range doc.OpenFacts {
			if strings.HasPrefix(o.Rule, "openie:") {
				open[o.Sentence]++
			}
		}
		for _, p := range parses {
			gate := "dep-only"
			if p.close {
				gate = "close-pair"
			}
			yield := "nothing"
			if dep[p.sentence]+open[p.sentence] > 0 {
				yield = "facts"
			}
			n := sums[gate+" "+yield]
			sums[gate+" "+yield] = [2]int{n[0] + 1, n[1] + p.words}
			fmt.Fprintf(f, "%s\t%d\t%d\t%s\t%d\t%d\t%s\n", name, p.sentence, p.words, gate, dep[p.sentence], open[p.sentence], sentenceText(doc, p.sentence))
		}
		parses = parses[:0]
	})
	for _, k := range []string{"close-pair facts", "close-pair nothing", "dep-only facts", "dep-only nothing"} {
		t.Logf("%-18s %6d sentences %7d words", k, sums[k][0], sums[k][1])
	}
}
