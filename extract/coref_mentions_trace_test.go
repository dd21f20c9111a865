//go:build nomtrace

package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestCorefTrace writes every resolved pronoun and description mention of
// the BBC corpus to $COREF_TRACE, one a line: file, sentence, kind, the
// words, the entity bound and the sentence. Two traces, before and after
// a resolver change, diff to the bindings it adds and drops, which are
// judged by hand (bench/audit/sheets/coref-bindings.tsv). Built only with
// -tags nomtrace:
//
//	COREF_TRACE=/tmp/coref.tsv go test -tags nomtrace -run TestCorefTrace ./extract
func TestCorefTrace(t *testing.T) {
	f := traceFile(t, "COREF_TRACE")
	names, texts := bbcCorpus(t)
	x := testExtractor(t)
	for k, text := range texts {
		doc, err := x.Extract(context.Background(), names[k], text)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range doc.Mentions {
			if m.Kind != MentionPronoun && m.Kind != MentionRole {
				continue
			}
			kind := "pronoun"
			if m.Kind == MentionRole {
				kind = "role"
			}
			sp := doc.Sentences[m.Sentence].Span
			sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
			fmt.Fprintf(f, "%s\t%d\t%d\t%s\t%s\t%s\t%s\n", names[k], m.Sentence, m.Start, kind,
				doc.Text[m.Start:m.End], doc.Entities[m.Entity].Name, sent)
		}
	}
}

// TestPersonDescTrace writes every person description the resolver tried
// on the BBC corpus to $PERSON_TRACE: outcome, phrase, entity, file,
// sentence.
//
//	PERSON_TRACE=/tmp/persons.tsv go test -tags nomtrace -run TestPersonDescTrace ./extract
func TestPersonDescTrace(t *testing.T) {
	f := traceFile(t, "PERSON_TRACE")
	var name string
	tracePersonDesc = func(doc *Document, i int, phrase string, e int, why string) {
		ent := "-"
		if e >= 0 {
			ent = doc.Entities[e].Name
		}
		sp := doc.Sentences[i].Span
		sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%d\t%s\n", why, phrase, ent, name, i, sent)
	}
	defer func() { tracePersonDesc = nil }()
	extractCorpus(t, &name)
}

// TestPossessiveTrace writes every "its", "They" and "Their" the
// possessive resolver tried on the BBC corpus to $POSS_TRACE: word,
// entity, file, sentence.
//
//	POSS_TRACE=/tmp/poss.tsv go test -tags nomtrace -run TestPossessiveTrace ./extract
func TestPossessiveTrace(t *testing.T) {
	f := traceFile(t, "POSS_TRACE")
	var name string
	tracePossessive = func(doc *Document, i int, word string, e int) {
		ent := "-"
		if e >= 0 {
			ent = doc.Entities[e].Name
		}
		sp := doc.Sentences[i].Span
		sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
		fmt.Fprintf(f, "%s\t%s\t%s\t%d\t%s\n", word, ent, name, i, sent)
	}
	defer func() { tracePossessive = nil }()
	extractCorpus(t, &name)
}
