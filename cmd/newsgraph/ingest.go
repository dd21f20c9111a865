package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/source"
)

func init() { register(newIngestCmd) }

func newIngestCmd(app *App) *cobra.Command {
	var noProgress bool
	cmd := &cobra.Command{
		Use:   "ingest FILE|DIR|URL|- ...",
		Short: "Extract articles and store their graph (text, HTML, feeds, JSON Lines, URLs)",
		Long: `Extract entities, quotations and facts from each article and store them.
Extraction runs on all cores; one writer commits whole documents in
transactions of up to ingest.batch_quads quads (the first are a quarter
of that, so writing starts early, and so are the last when the writer keeps
up with extraction, so it ends soon after; a document is never split). The same content again
adds nothing; new content at the same path replaces the old. Ctrl-C (or
SIGTERM) stops after the current batch. Exit status is non-zero when any
input failed.

Inputs: plain text (.txt, .md, anything else), HTML pages (.html, .htm:
the article's main text), feeds (.xml, .rss, .atom, .json: each item), JSON
Lines (.jsonl: {"url","title","published","text"|"html"} a line), http(s)
URLs (a page, or a feed by its content type), and - for stdin. A directory
gives every .txt, .md, .html, .htm and .jsonl below it. Dates, authors,
site and URL are stored on the document (schema.org); a page not in
English is stored with a warning and nothing is extracted from it.`,
		Args: atLeastOne("FILE, DIR, URL or - (stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if n := app.V.GetInt("ingest.workers"); n < 0 {
				return fmt.Errorf("--workers %d: must be 0 (all cores) or more", n)
			}
			if n := app.V.GetInt("ingest.batch_quads"); n < 0 {
				return fmt.Errorf("--batch-quads %d: must be 0 (the default) or more", n)
			}
			app.preloadExtractor()
			for _, a := range args {
				if a == source.StdinSource && isTerminal(app.Stdin) {
					fmt.Fprintln(app.Err, "newsgraph: reading standard input (Ctrl-D to end)")
					break
				}
			}
			inputs, errs := source.Collect(app.Context(), args, app.Stdin, source.Options{Fetcher: app.Fetcher()})
			for _, err := range errs {
				fmt.Fprintln(app.Err, "newsgraph: error:", err)
			}
			if len(inputs) == 0 {
				// The summary line ends every ingest, this one too.
				var sum graph.IngestSummary
				for _, err := range errs {
					sum.Failed = append(sum.Failed, graph.FileError{Err: err})
				}
				fmt.Fprintln(app.Out, sum)
				if len(errs) > 0 {
					return &exitError{Code: 1, Msg: fmt.Sprintf("%d input(s) failed (listed above)", len(errs))}
				}
				return &exitError{Code: 1, Msg: "nothing to ingest"}
			}
			maxInput, err := parseSize("ingest.max_input", app.V.GetString("ingest.max_input"))
			if err != nil {
				return err
			}
			if maxInput == 0 {
				maxInput = -1 // IngestOptions reads 0 as the default and negative as none
			}
			x, err := app.Extractor()
			if err != nil {
				return err
			}
			return app.WithStore(false, func(ctx context.Context, store *graph.Store) error {
				var total int64
				for _, in := range inputs {
					total += in.Size
				}
				var bar *progressbar.ProgressBar
				opt := graph.IngestOptions{
					Workers:      app.V.GetInt("ingest.workers"),
					BatchQuads:   app.V.GetInt("ingest.batch_quads"),
					BulkMinQuads: app.V.GetInt("ingest.bulk_min_quads"),
					MaxBytes:     int(maxInput),
					Warn: func(src, msg string) {
						if bar != nil {
							_ = bar.Clear() // the warning gets a line of its own
						}
						fmt.Fprintf(app.Err, "newsgraph: warning: %s: %s\n", src, msg)
					},
				}
				if !noProgress && isTerminal(app.Err) && len(inputs) > 1 && total > 0 {
					bar = progressbar.NewOptions64(total,
						progressbar.OptionSetWriter(app.Err),
						progressbar.OptionSetDescription("ingest"),
						progressbar.OptionShowBytes(true),
						progressbar.OptionSetPredictTime(true),
						progressbar.OptionShowElapsedTimeOnFinish(),
						progressbar.OptionThrottle(100*time.Millisecond),
						progressbar.OptionClearOnFinish(),
					)
					opt.Progress = func(in source.Input, _ *graph.IngestResult) { _ = bar.Add64(in.Size) }
				}
				sum, err := store.IngestAll(ctx, x, inputs, opt)
				if bar != nil {
					_ = bar.Finish()
				}
				for _, f := range sum.Failed {
					fmt.Fprintln(app.Err, "newsgraph: error:", f.Err)
				}
				fmt.Fprintln(app.Out, sum)
				if err != nil {
					return err
				}
				bad := len(errs) + len(sum.Failed)
				switch {
				case sum.Interrupted:
					return interrupted(ctx, "the documents counted above are stored")
				case bad > 0:
					return &exitError{Code: 1, Msg: fmt.Sprintf("%d input(s) failed (listed above)", bad)}
				}
				return nil
			})
		},
	}
	cmd.Flags().Int("workers", 0, "extraction goroutines (ingest.workers; 0 = all cores)")
	cmd.Flags().Int("batch-quads", graph.DefaultBatchQuads, "quads per write transaction, whole documents (ingest.batch_quads)")
	cmd.Flags().String("max-input", "4MiB", "largest input extracted; a larger one fails alone (ingest.max_input; 0 = no limit)")
	cmd.Flags().BoolVar(&noProgress, "no-progress", false, "never draw the progress bar")
	cmd.Flags().Bool("open", true, "store open facts, links in the text's own words (extract.open_facts); --open=false keeps the fixed predicates only")
	app.Bind(cmd, "ingest.workers", "workers")
	app.Bind(cmd, "ingest.max_input", "max-input")
	app.Bind(cmd, "ingest.batch_quads", "batch-quads")
	app.Bind(cmd, "extract.open_facts", "open")
	return cmd
}

// isTerminal reports whether w is a terminal (the progress bar and the
// interactive REPL need one).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
