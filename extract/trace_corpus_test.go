//go:build nomtrace || oietrace

package extract

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// traceFile creates the trace output named by the environment variable
// env, skipping the test when it is unset; the file closes with the test.
func traceFile(t *testing.T, env string) *os.File {
	out := os.Getenv(env)
	if out == "" {
		t.Skip(env + " names no output file")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// extractCorpus runs the extractor over the BBC corpus, setting *name to
// each article's name before extracting it, so a trace hook can say
// where a line comes from, and handing each result to each (when not
// nil) for traces that read the finished document.
func extractCorpus(t *testing.T, name *string, each func(doc *Document)) {
	names, texts := bbcCorpus(t)
	x := testExtractor(t)
	for k, text := range texts {
		*name = names[k]
		doc, err := x.Extract(context.Background(), names[k], text)
		if err != nil {
			t.Fatal(err)
		}
		if each != nil {
			each(doc)
		}
	}
}

// subjectPronounsOfPersons calls each for every "he" or "she" of doc that
// coreference bound to a person, with the pronoun in lower case: the
// mentions the pronoun traces read.
func subjectPronounsOfPersons(doc *Document, each func(m Mention, w string)) {
	for _, m := range doc.Mentions {
		w := strings.ToLower(doc.Text[m.Start:m.End])
		if m.Kind != MentionPronoun || (w != "he" && w != "she") || doc.Entities[m.Entity].Type != Person {
			continue
		}
		each(m, w)
	}
}

// resolverTrace returns a resolver hook that writes each decision to f,
// one a line: outcome, phrase, entity bound (or -), file, sentence index,
// sentence.
func resolverTrace(f *os.File, name *string) func(doc *Document, i int, phrase string, e int, why string) {
	return func(doc *Document, i int, phrase string, e int, why string) {
		ent := "-"
		if e >= 0 {
			ent = doc.Entities[e].Name
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%d\t%s\n", why, phrase, ent, *name, i, sentenceText(doc, i))
	}
}

// sentenceText is sentence i of doc on one line.
func sentenceText(doc *Document, i int) string {
	sp := doc.Sentences[i].Span
	return strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
}
