//go:build oietrace

package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// TestParseYield writes every BBC sentence the extractor parses to
// $PARSE_YIELD, one a line: file, sentence index, words, whether the open
// relations' own gate (closePair) asks for its parse or only the
// dependency rules' does, which pass parsed it first (the dependency
// rules, "dep", run before the open relations, "open": only the parses
// the open relations make could a gate of theirs save), the
// dependency-rule facts and the open facts read from the parse the
// document keeps from it, and the sentence. Its log sums the parsed
// words by what they yield: parsing is most of extraction's CPU, so the
// words that yield nothing are what a gate on parsing could save. Built
// only with -tags oietrace:
//
//	PARSE_YIELD=/tmp/yield.tsv go test -tags oietrace -run TestParseYield ./extract
func TestParseYield(t *testing.T) {
	f := traceFile(t, "PARSE_YIELD")
	type parse struct {
		sentence, words int
		close, open     bool
	}
	var parses []parse
	traceParse = func(a *analysis, i int, s *syntax.Sentence) {
		parses = append(parses, parse{i, s.Len(), a.closePair(i, a.openMentions(i)), inOpenFacts()})
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
			if strings.HasPrefix(o.Rule, "openie:") && !parseFree[o.Rule] {
				open[o.Sentence]++
			}
		}
		for _, p := range parses {
			gate := "dep-only"
			if p.close {
				gate = "close-pair"
			}
			pass := "dep"
			if p.open {
				pass = "open"
			}
			yield := "nothing"
			if dep[p.sentence]+open[p.sentence] > 0 {
				yield = "facts"
			}
			class := pass + " " + gate + " " + yield
			n := sums[class]
			sums[class] = [2]int{n[0] + 1, n[1] + p.words}
			fmt.Fprintf(f, "%s\t%d\t%d\t%s\t%s\t%d\t%d\t%s\n", name, p.sentence, p.words, gate, pass, dep[p.sentence], open[p.sentence], sentenceText(doc, p.sentence))
		}
		parses = parses[:0]
	})
	for _, pass := range []string{"dep", "open"} {
		for _, k := range []string{"close-pair facts", "close-pair nothing", "dep-only facts", "dep-only nothing"} {
			k = pass + " " + k
			t.Logf("%-23s %6d sentences %7d words", k, sums[k][0], sums[k][1])
		}
	}
}

// parseFree are the open-fact rules that read the words without a parse
// (role nouns, "P-based", adjacent names, headlines): a gate on parsing
// cannot lose them.
var parseFree = map[string]bool{
	"openie:role": true, "openie:based": true, "openie:owned": true, "openie:born": true,
	"openie:adjacent": true, "openie:headline": true,
}

// inOpenFacts reports whether the open relations' pass (findOpenFacts) is
// on the stack: the parse it asks for is one the dependency rules did not.
func inOpenFacts() bool {
	pc := make([]uintptr, 32)
	frames := runtime.CallersFrames(pc[:runtime.Callers(2, pc)])
	for {
		fr, more := frames.Next()
		if strings.HasSuffix(fr.Function, ".findOpenFacts") {
			return true
		}
		if !more {
			return false
		}
	}
}
