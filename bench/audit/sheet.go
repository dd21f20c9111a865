package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// columns are the sheet's columns, in order. A judge fills judgement
// (correct, wrong or unclear) and may explain in note; source and span
// locate the sentence in the corpus so that a redacted sheet (sentence
// cut to an excerpt) can still be checked against the text.
var columns = []string{"id", "kind", "predicate", "subject", "object", "rule", "source", "span", "sentence", "judgement", "note"}

// Row kinds.
const (
	kindFact  = "fact"
	kindQuote = "quote"
)

// Judgements a judge may write; an empty judgement is not yet judged.
const (
	judgeCorrect = "correct"
	judgeWrong   = "wrong"
	judgeUnclear = "unclear"
)

// row is one sampled fact or quotation. For a quotation, predicate is
// "said", subject the speaker and object the quoted text.
type row struct {
	ID, Kind, Predicate, Subject, Object, Rule, Source, Span, Sentence, Judgement, Note string
}

func (r row) fields() []string {
	return []string{r.ID, r.Kind, r.Predicate, r.Subject, r.Object, r.Rule, r.Source, r.Span, r.Sentence, r.Judgement, r.Note}
}

// tsvField flattens tabs and line breaks, which a TSV cell cannot hold.
func tsvField(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// writeSheet writes rows as TSV with a header line.
func writeSheet(w io.Writer, rows []row) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, strings.Join(columns, "\t"))
	for _, r := range rows {
		f := r.fields()
		for i := range f {
			f[i] = tsvField(f[i])
		}
		fmt.Fprintln(bw, strings.Join(f, "\t"))
	}
	return bw.Flush()
}

// readSheet reads a TSV sheet written by writeSheet (and then judged).
// Columns are found by their header names, so a judge may reorder them;
// id, kind and judgement are required.
func readSheet(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sheet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col := map[string]int{}
	var rows []row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			for i, h := range strings.Split(text, "\t") {
				col[strings.ToLower(strings.TrimSpace(h))] = i
			}
			for _, need := range []string{"id", "kind", "judgement"} {
				if _, ok := col[need]; !ok {
					return nil, fmt.Errorf("%s: header has no %q column (want %s)", path, need, strings.Join(columns, ", "))
				}
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		cells := strings.Split(text, "\t")
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(cells) {
				return ""
			}
			return strings.TrimSpace(cells[i])
		}
		r := row{ID: get("id"), Kind: get("kind"), Predicate: get("predicate"), Subject: get("subject"),
			Object: get("object"), Rule: get("rule"), Source: get("source"), Span: get("span"),
			Sentence: get("sentence"), Judgement: strings.ToLower(get("judgement")), Note: get("note")}
		switch r.Kind {
		case kindFact, kindQuote:
		default:
			return nil, fmt.Errorf("%s:%d: kind %q, want %s or %s", path, line, r.Kind, kindFact, kindQuote)
		}
		switch r.Judgement {
		case "", judgeCorrect, judgeWrong, judgeUnclear:
		default:
			return nil, fmt.Errorf("%s:%d: judgement %q, want %s, %s, %s or empty", path, line, r.Judgement, judgeCorrect, judgeWrong, judgeUnclear)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty sheet (no header)", path)
	}
	return rows, nil
}

// excerptWords is how many words of a sentence or quotation a redacted
// sheet keeps: the BBC articles may not be copied into the repository
// (../shared/corpus/bbc/SOURCE.md), so committed sheets carry excerpts
// like the gold files' evidence snippets, and source and span to find
// the whole sentence.
const excerptWords = 12

func excerpt(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:n], " ") + " \u2026"
}

// redact cuts each row's sentence, and a quotation's text, to an excerpt.
func redact(rows []row) []row {
	out := make([]row, len(rows))
	for i, r := range rows {
		r.Sentence = excerpt(r.Sentence, excerptWords)
		if r.Kind == kindQuote {
			r.Object = excerpt(r.Object, excerptWords/2)
		}
		out[i] = r
	}
	return out
}
