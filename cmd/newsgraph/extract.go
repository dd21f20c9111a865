package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/source"
)

func init() { register(newExtractCmd) }

func newExtractCmd(app *App) *cobra.Command {
	var explain bool
	var workers int
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR|URL|- ...",
		Short: "Print the quads of articles as N-Quads (the store is untouched)",
		Long: `Extract articles and print their quads as N-Quads on stdout, exactly as
ingest would store them (without the ingest time). --explain prints each
fact and quotation instead, with the rule that found it and its sentence.
Articles are extracted on all cores (--workers) and printed in input order.`,
		Args: atLeastOne("FILE, DIR, URL or - (stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if workers < 0 {
				return fmt.Errorf("--workers %d: must be 0 (all cores) or more", workers)
			}
			if workers == 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			app.preloadExtractor()
			ctx := app.Context()
			inputs, errs := source.Collect(ctx, args, app.Stdin, source.Options{Fetcher: app.Fetcher()})
			for _, err := range errs {
				fmt.Fprintln(app.Err, "newsgraph: error:", err)
			}
			x, err := app.Extractor()
			if err != nil {
				return err
			}
			base := app.V.GetString("graph.base")
			render := func(ctx context.Context, in source.Input) extracted {
				doc, err := graph.ExtractInput(ctx, x, in)
				if err != nil {
					return extracted{err: err}
				}
				var r extracted
				for _, w := range doc.Warnings {
					r.warnings = append(r.warnings, fmt.Sprintf("%s: %s", doc.Source, strings.TrimPrefix(w, doc.Source+": ")))
				}
				if explain {
					explainDoc(&r.out, doc)
					return r
				}
				enc := nquads.NewWriter(&r.out)
				for _, q := range graph.Encode(doc, base) {
					if err := enc.WriteQuad(graph.Strict(q)); err != nil {
						return extracted{err: fmt.Errorf("extract %s: write quad: %w", doc.Source, err)}
					}
				}
				if err := enc.Close(); err != nil {
					return extracted{err: fmt.Errorf("extract %s: %w", doc.Source, err)}
				}
				return r
			}
			bad := len(errs)
			err = extractOrdered(ctx, inputs, workers, render, func(r extracted) error {
				for _, w := range r.warnings {
					fmt.Fprintln(app.Err, "newsgraph: warning:", w)
				}
				if r.err != nil {
					fmt.Fprintln(app.Err, "newsgraph: error:", r.err)
					bad++
					return nil
				}
				out := r.out.Bytes()
				if explain { // article text, for a terminal: escapes made inert
					out = []byte(termSafe(string(out)))
				}
				if _, err := app.Out.Write(out); err != nil {
					return fmt.Errorf("extract: write output: %w", err)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if ctx.Err() != nil {
				return interrupted(ctx, "")
			}
			if bad > 0 {
				return &exitError{Code: 1, Msg: fmt.Sprintf("%d input(s) failed (listed above)", bad)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "print facts and quotations with rule and sentence instead of N-Quads")
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction goroutines (0: all cores)")
	cmd.Flags().Bool("open", true, "extract open facts, links in the text's own words (extract.open_facts); --open=false keeps the fixed predicates only")
	app.Bind(cmd, "extract.open_facts", "open")
	return cmd
}

// extracted is one article's rendered output, or why it failed.
type extracted struct {
	out      bytes.Buffer
	warnings []string
	err      error
}

// extractOrdered renders inputs on n workers and hands the results to emit
// in input order. At most 4n articles are in flight (rendered but not yet
// emitted), so memory stays bounded however long the input list is, and a
// slow first article holds back output without holding back the workers
// beyond that window. It stops early when ctx is cancelled or emit fails.
func extractOrdered(ctx context.Context, inputs []source.Input, n int, render func(context.Context, source.Input) extracted, emit func(extracted) error) error {
	ctx, cancel := context.WithCancel(ctx)
	window := 4 * n
	slots := make([]chan extracted, len(inputs))
	for i := range slots {
		slots[i] = make(chan extracted, 1)
	}
	// free limits the articles rendered ahead of the one being emitted.
	free := make(chan struct{}, window)
	for i := 0; i < window; i++ {
		free <- struct{}{}
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range inputs {
			select {
			case <-free:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				slots[i] <- render(ctx, inputs[i])
			}
		}()
	}
	// Cancel before waiting: the feeder may be blocked on a free slot that
	// an early return will never give back.
	defer func() { cancel(); wg.Wait() }()
	for i := range inputs {
		var r extracted
		select {
		case r = <-slots[i]:
		case <-ctx.Done():
			return nil
		}
		if err := emit(r); err != nil {
			return err
		}
		free <- struct{}{}
	}
	return nil
}

// explainDoc prints every fact, open fact (relation key between tildes) and quotation with the rule that found it
// and the sentence it came from.
func explainDoc(w io.Writer, doc *extract.Document) {
	sentence := func(i int) string {
		if i < 0 || i >= len(doc.Sentences) {
			return ""
		}
		s := doc.Sentences[i].Span
		return doc.Text[s.Start:s.End]
	}
	name := func(i int) string {
		if i < 0 || i >= len(doc.Entities) {
			return "?"
		}
		return doc.Entities[i].Name
	}
	fmt.Fprintf(w, "# %s: %d entities, %d quotes, %d facts, %d open facts\n", doc.Source, len(doc.Entities), len(doc.Quotes), len(doc.Facts), len(doc.OpenFacts))
	for _, f := range doc.Facts {
		fmt.Fprintf(w, "%s %s %s\n    rule: %s (confidence %.2f)\n    sentence %d: %s\n",
			name(f.Subject), f.Predicate, name(f.Object), f.Rule, f.Confidence, f.Sentence, sentence(f.Sentence))
	}
	for _, f := range doc.OpenFacts {
		fmt.Fprintf(w, "%s ~%s~ %s\n    rule: %s \u201c%s\u201d (confidence %.2f)\n    sentence %d: %s\n",
			name(f.Subject), f.Key, name(f.Object), f.Rule, f.Label, f.Confidence, f.Sentence, sentence(f.Sentence))
	}
	for _, q := range doc.Quotes {
		speaker := "(unattributed)"
		if q.Speaker >= 0 {
			speaker = name(q.Speaker)
		}
		fmt.Fprintf(w, "%s said \u201c%s\u201d\n    rule: %s\n    sentence %d: %s\n", speaker, q.Text, q.Rule, q.Sentence, sentence(q.Sentence))
	}
}
