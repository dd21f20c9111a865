// Command audit measures the extractor's precision at corpus scale: it
// extracts every article of a corpus, draws a seeded random sample of
// facts and quotations into a TSV sheet for a person to judge against
// ../shared/eval/GOLD.md, and scores a judged sheet.
//
//	go run ./bench/audit --seed 1 --facts 150 --quotes 60 --out /tmp/sheet.tsv
//	go run ./bench/audit --score bench/audit/sheets/baseline-seed1.tsv
//	go run ./bench/audit --redact /tmp/sheet.tsv > bench/audit/sheets/NAME.tsv
//	go run ./bench/audit --open 100 --seed 5 --out /tmp/open.tsv
//
// Sheets to be committed are redacted first: the corpus articles may not
// be copied into the repository, so sentences become excerpts.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "../shared/corpus/bbc", "directory of articles (*.txt) to sample from")
	seed := fs.Uint64("seed", 1, "random seed of the sample")
	nf := fs.Int("facts", 150, "facts to sample")
	nq := fs.Int("quotes", 60, "attributed quotations (five words or more) to sample")
	nopen := fs.Int("open", 0, "draw this many open facts (Document.OpenFacts) instead of facts and quotations")
	out := fs.String("out", "", "write the sheet here instead of stdout")
	scoreSheet := fs.String("score", "", "print the figures of this judged sheet instead of sampling")
	redactSheet := fs.String("redact", "", "print this sheet with sentences and quotations cut to excerpts, for committing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (flags only)", fs.Arg(0))
	}
	if *nf < 0 || *nq < 0 || *nopen < 0 {
		return errors.New("--facts, --quotes and --open must not be negative")
	}
	switch {
	case *scoreSheet != "":
		rows, err := readSheet(*scoreSheet)
		if err != nil {
			return err
		}
		score(rows).report(stdout)
		return nil
	case *redactSheet != "":
		rows, err := readSheet(*redactSheet)
		if err != nil {
			return err
		}
		return writeSheet(stdout, redact(rows))
	}
	if fi, err := os.Stat(*corpus); err != nil || !fi.IsDir() {
		return fmt.Errorf("corpus %s: not a directory", *corpus)
	}
	p, err := collect(ctx, *corpus, stderr)
	if err != nil {
		return err
	}
	var rows []row
	if *nopen > 0 {
		fmt.Fprintf(stderr, "audit: %s: %d open facts; drawing %d with seed %d\n",
			*corpus, len(p.open), min(*nopen, len(p.open)), *seed)
		rows = sampleOpen(p.open, *nopen, *seed)
	} else {
		fmt.Fprintf(stderr, "audit: %s: %d facts, %d attributed quotations of %d+ words; drawing %d and %d with seed %d\n",
			*corpus, len(p.facts), len(p.quotes), minQuoteWords, min(*nf, len(p.facts)), min(*nq, len(p.quotes)), *seed)
		rows = sample(p.facts, p.quotes, *nf, *nq, *seed)
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("sheet: %w", err)
		}
		defer f.Close()
		w = f
	}
	if err := writeSheet(w, rows); err != nil {
		return fmt.Errorf("write sheet: %w", err)
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		return f.Close()
	}
	return nil
}
