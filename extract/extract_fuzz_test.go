package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// checkDocument asserts the invariants every Document must hold, whatever
// the input: valid UTF-8 in every string, spans inside the text and in
// order, indexes in range, mentions sorted by Start.
func checkDocument(t testing.TB, d *Document) {
	t.Helper()
	n := len(d.Text)
	span := func(what string, s textseg.Span) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("%s span %v outside text of %d bytes", what, s, n)
		}
	}
	str := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", what, s)
		}
	}
	str("Text", d.Text)
	str("Title", d.Title)
	for _, w := range d.Warnings {
		str("warning", w)
	}
	for i, p := range d.Paragraphs {
		span("paragraph", p)
		if i > 0 && p.Start < d.Paragraphs[i-1].End {
			t.Fatalf("paragraphs overlap at %d", i)
		}
	}
	for i, s := range d.Sentences {
		span("sentence", s.Span)
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) {
			t.Fatalf("sentence %d has paragraph %d of %d", i, s.Paragraph, len(d.Paragraphs))
		}
		if i > 0 && s.Start < d.Sentences[i-1].End {
			t.Fatalf("sentences overlap at %d", i)
		}
	}
	keys := map[string]bool{}
	for _, e := range d.Entities {
		str("entity name", e.Name)
		str("entity key", e.Key)
		if e.Name == "" || e.Key == "" || keys[e.Key] {
			t.Fatalf("bad or duplicate entity %+v", e)
		}
		keys[e.Key] = true
		for _, al := range e.Aliases {
			str("alias", al)
			if al == e.Name {
				t.Fatalf("alias repeats name %q", al)
			}
		}
	}
	for i, m := range d.Mentions {
		span("mention", m.Span)
		if m.Entity < 0 || m.Entity >= len(d.Entities) || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
			t.Fatalf("mention %+v out of range", m)
		}
		if i > 0 && m.Start < d.Mentions[i-1].Start {
			t.Fatalf("mentions not sorted at %d", i)
		}
	}
	for _, q := range d.Quotes {
		str("quote", q.Text)
		str("quote rule", q.Rule)
		for _, p := range q.Pieces {
			span("quote piece", p)
		}
		if q.Speaker < -1 || q.Speaker >= len(d.Entities) || q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
			t.Fatalf("quote %+v out of range", q)
		}
	}
	for _, f := range d.Facts {
		str("fact rule", f.Rule)
		if f.Subject < 0 || f.Subject >= len(d.Entities) || f.Object < 0 || f.Object >= len(d.Entities) ||
			f.Sentence < 0 || f.Sentence >= len(d.Sentences) || f.Predicate == "" || f.Rule == "" {
			t.Fatalf("fact %+v out of range", f)
		}
	}
}

func runExtract(t testing.TB, raw []byte) {
	t.Helper()
	d, err := testExtractor(t).Extract(context.Background(), "fuzz", raw)
	if err != nil {
		if errors.Is(err, textseg.ErrBinary) || errors.Is(err, textseg.ErrEmpty) {
			return
		}
		t.Fatalf("Extract: %v", err)
	}
	checkDocument(t, d)
}

// FuzzExtract runs the whole pipeline, quotes and relations included, on
// arbitrary bytes: it must not panic and must keep the Document invariants.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Belarusian President Aleksandr Lukashenko met delegations.\n\n    \u201cWe are ready,\u201d the Belarusian leader said.",
		"Mr. Jones, chief executive of Acme Holdings (AH), said: \"It's done.\" He left.",
		"The Collective Security Treaty Organization, or CSTO, met in Yerevan. Georgia\u2019s withdrawal from the CSTO followed.",
		"\u201cOne,\u201d he said, \u201ctwo.\n\n\u201cThree.\u201d",
		"U.S. A. B. C. ... -- \u2014 \u2018 \u2019 \u201c \u201d ( ) [ ] Mr Mrs Dr. The The the",
		"Jos&#233; Barroso & AT&T; O'Neill's don't Amazon.com Aberdeen-based 1,000.5",
		"\x93Quoted\x94 caf\xe9 in Windows-1252",
		"the 36thsession of the Nordic council of heads of security and special services",
		"\u00a0\u2028 \t\n\n\n  x",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		runExtract(t, raw)
	})
}

// TestExtractPathological feeds inputs built to trip quadratic behaviour:
// one 5 MB line, 10,000 quote marks, deep nesting, long name runs. The
// test's own deadline bounds their time; see BenchmarkExtract for speed.
func TestExtractPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line := strings.Repeat("Mr Smith of the Bank of England said \u201cno\u201d to Acme Holdings chief executive Ann Lee, ", 5<<20/90)
	inputs := map[string]string{
		"5MB line":           line,
		"10000 quote marks":  strings.Repeat("\u201c\"", 5000),
		"10000 mixed quotes": strings.Repeat("\u201cYes,\u201d he said \"no\" \u2018", 3400),
		"deep nesting":       strings.Repeat("(\u201c[", 20000) + "Lukashenko" + strings.Repeat("]\u201d)", 20000),
		"long name run":      strings.Repeat("Alpha Beta Gamma ", 100000),
		"long of chain":      strings.Repeat("Bank of ", 50000) + "England",
		"many pronouns":      strings.Repeat("He said she said. ", 50000),
		"no spaces":          strings.Repeat("x", 3<<20),
		"many paragraphs":    strings.Repeat("A.\n\n", 200000),
		"many named":         strings.Repeat("Ann Lee of Acme Holdings met Bo Chen in Paris. ", 40000),
		"many presidents":    strings.Repeat("President Ann Lee said Moldova and Acme Holdings agreed, and he left. ", 30000),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			runExtract(t, []byte(text))
		})
	}
}
