package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// minQuoteWords is the shortest quotation sampled: GOLD.md annotates and
// scores only quotations of five words or more.
const minQuoteWords = 5

// pool is what a corpus offers to sample, each in corpus order.
type pool struct {
	facts  []row // fixed-predicate facts
	quotes []row // attributed quotations of minQuoteWords or more
	open   []row // open facts (Document.OpenFacts)
}

// collect extracts every article (*.txt) under corpus, in path order, and
// returns one row per fact, per open fact and per attributed quotation of
// minQuoteWords or more, in corpus order. Sources are given relative to
// corpus. It reads files itself rather than through the graph package so
// that the audit needs only the extractor.
func collect(ctx context.Context, corpus string, warn io.Writer) (pool, error) {
	var out pool
	var paths []string
	werr := filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	if werr != nil {
		return out, fmt.Errorf("corpus %s: %w", corpus, werr)
	}
	if len(paths) == 0 {
		return out, fmt.Errorf("corpus %s: no *.txt articles", corpus)
	}
	sort.Strings(paths)
	x, err := extract.New()
	if err != nil {
		return out, err
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return out, fmt.Errorf("corpus: %w", err)
		}
		doc, err := x.Extract(ctx, p, raw)
		if errors.Is(err, extract.ErrEmpty) {
			fmt.Fprintf(warn, "audit: warning: %s: empty, skipped\n", p)
			continue
		}
		if err != nil {
			return out, err // the extractor names the file
		}
		src := p
		if rel, err := filepath.Rel(corpus, p); err == nil {
			src = filepath.ToSlash(rel)
		}
		for _, w := range doc.Warnings {
			fmt.Fprintf(warn, "audit: warning: %s\n", w)
		}
		f, q, o := docRows(doc, src)
		out.facts = append(out.facts, f...)
		out.quotes = append(out.quotes, q...)
		out.open = append(out.open, o...)
	}
	return out, nil
}

// docRows turns one document's facts, attributed quotations and open
// facts into rows. An open fact's predicate is its graph predicate's tail
// ("rel/draft_in") and its rule the clause type with the relation as
// written ("openie:SVO “has drafted in”"), as on the judged sheets.
func docRows(doc *extract.Document, src string) (facts, quotes, open []row) {
	ent := func(i int) string {
		if i < 0 || i >= len(doc.Entities) {
			return "?"
		}
		return string(doc.Entities[i].Type) + ":" + doc.Entities[i].Name
	}
	sentence := func(i int) (span, text string) {
		if i < 0 || i >= len(doc.Sentences) {
			return "", ""
		}
		s := doc.Sentences[i].Span
		return fmt.Sprintf("%d-%d", s.Start, s.End), doc.Text[s.Start:s.End]
	}
	for _, f := range doc.Facts {
		span, text := sentence(f.Sentence)
		facts = append(facts, row{Kind: kindFact, Predicate: f.Predicate, Subject: ent(f.Subject),
			Object: ent(f.Object), Rule: f.Rule, Source: src, Span: span, Sentence: text})
	}
	for _, q := range doc.Quotes {
		if q.Speaker < 0 || len(strings.Fields(q.Text)) < minQuoteWords {
			continue
		}
		span, text := sentence(q.Sentence)
		quotes = append(quotes, row{Kind: kindQuote, Predicate: "said", Subject: ent(q.Speaker),
			Object: q.Text, Rule: q.Rule, Source: src, Span: span, Sentence: text})
	}
	for _, f := range doc.OpenFacts {
		span, text := sentence(f.Sentence)
		open = append(open, row{Kind: kindFact, Predicate: "rel/" + f.Key, Subject: ent(f.Subject),
			Object: ent(f.Object), Rule: f.Rule + " “" + f.Label + "”", Source: src, Span: span, Sentence: text})
	}
	return facts, quotes, open
}

// draw picks n of items at random, seeded, without replacement, and
// returns them in their original (corpus) order, so that a judge reads
// one article's rows together. Facts and quotations draw from separate
// streams (stream 1 and 2) so that changing one count keeps the other
// sample.
func draw(items []row, n int, seed, stream uint64) []row {
	if n > len(items) {
		n = len(items)
	}
	if n <= 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, stream))
	picked := rng.Perm(len(items))[:n]
	slices.Sort(picked)
	out := make([]row, n)
	for i, k := range picked {
		out[i] = items[k]
	}
	return out
}

// sampleOpen draws n open facts from stream 1, as sample draws facts,
// and numbers them O001….
func sampleOpen(open []row, n int, seed uint64) []row {
	o := draw(open, n, seed, 1)
	for i := range o {
		o[i].ID = fmt.Sprintf("O%03d", i+1)
	}
	return o
}

// sample draws nf facts and nq quotations and numbers them F001…, Q001….
func sample(facts, quotes []row, nf, nq int, seed uint64) []row {
	f := draw(facts, nf, seed, 1)
	q := draw(quotes, nq, seed, 2)
	for i := range f {
		f[i].ID = fmt.Sprintf("F%03d", i+1)
	}
	for i := range q {
		q[i].ID = fmt.Sprintf("Q%03d", i+1)
	}
	return append(f, q...)
}
