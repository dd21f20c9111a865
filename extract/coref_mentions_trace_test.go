//go:build nomtrace

package extract

import (
	"fmt"
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
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		for _, m := range doc.Mentions {
			if m.Kind != MentionPronoun && m.Kind != MentionRole {
				continue
			}
			kind := "pronoun"
			if m.Kind == MentionRole {
				kind = "role"
			}
			fmt.Fprintf(f, "%s\t%d\t%d\t%s\t%s\t%s\t%s\n", name, m.Sentence, m.Start, kind,
				doc.Text[m.Start:m.End], doc.Entities[m.Entity].Name, sentenceText(doc, m.Sentence))
		}
	})
}

// TestPersonDescTrace writes every person description the resolver tried
// on the BBC corpus to $PERSON_TRACE: outcome, phrase, entity, file,
// sentence.
//
//	PERSON_TRACE=/tmp/persons.tsv go test -tags nomtrace -run TestPersonDescTrace ./extract
func TestPersonDescTrace(t *testing.T) {
	f := traceFile(t, "PERSON_TRACE")
	var name string
	tracePersonDesc = resolverTrace(f, &name)
	defer func() { tracePersonDesc = nil }()
	extractCorpus(t, &name, nil)
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
		fmt.Fprintf(f, "%s\t%s\t%s\t%d\t%s\n", word, ent, name, i, sentenceText(doc, i))
	}
	defer func() { tracePossessive = nil }()
	extractCorpus(t, &name, nil)
}
