package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

func init() { register(newExtractCmd) }

func newExtractCmd(app *App) *cobra.Command {
	var explain bool
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR|- ...",
		Short: "Print the quads of articles as N-Quads (the store is untouched)",
		Long: `Extract articles and print their quads as N-Quads on stdout, exactly as
ingest would store them (without the ingest time). --explain prints each
fact and quotation instead, with the rule that found it and its sentence.`,
		Args: atLeastOne("FILE, DIR or - (stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := app.Context()
			inputs, errs := graph.CollectInputs(args, app.Stdin)
			for _, err := range errs {
				fmt.Fprintln(app.Err, "newsgraph: error:", err)
			}
			x, err := app.Extractor()
			if err != nil {
				return err
			}
			bw := bufio.NewWriter(app.Out)
			defer bw.Flush()
			enc := nquads.NewWriter(bw)
			bad := len(errs)
			for _, in := range inputs {
				if ctx.Err() != nil {
					return interrupted(ctx, "")
				}
				doc, err := graph.ExtractInput(ctx, x, in)
				if err != nil {
					fmt.Fprintln(app.Err, "newsgraph: error:", err)
					bad++
					continue
				}
				for _, w := range doc.Warnings {
					fmt.Fprintf(app.Err, "newsgraph: warning: %s: %s\n", doc.Source, strings.TrimPrefix(w, doc.Source+": "))
				}
				if explain {
					explainDoc(bw, doc)
					continue
				}
				for _, q := range graph.Encode(doc, app.V.GetString("graph.base")) {
					if err := enc.WriteQuad(graph.Strict(q)); err != nil {
						return fmt.Errorf("extract %s: write quad: %w", doc.Source, err)
					}
				}
				// nquads' Close only flushes its buffer; the writer stays usable.
				if err := enc.Close(); err != nil {
					return fmt.Errorf("extract %s: %w", doc.Source, err)
				}
			}
			if bad > 0 {
				bw.Flush()
				return &exitError{Code: 1, Msg: fmt.Sprintf("%d input(s) failed (listed above)", bad)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "print facts and quotations with rule and sentence instead of N-Quads")
	return cmd
}

// explainDoc prints every fact and quotation with the rule that found it
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
	fmt.Fprintf(w, "# %s: %d entities, %d quotes, %d facts\n", doc.Source, len(doc.Entities), len(doc.Quotes), len(doc.Facts))
	for _, f := range doc.Facts {
		fmt.Fprintf(w, "%s %s %s\n    rule: %s (confidence %.2f)\n    sentence %d: %s\n",
			name(f.Subject), f.Predicate, name(f.Object), f.Rule, f.Confidence, f.Sentence, sentence(f.Sentence))
	}
	for _, q := range doc.Quotes {
		speaker := "(unattributed)"
		if q.Speaker >= 0 {
			speaker = name(q.Speaker)
		}
		fmt.Fprintf(w, "%s said \u201c%s\u201d\n    rule: %s\n    sentence %d: %s\n", speaker, q.Text, q.Rule, q.Sentence, sentence(q.Sentence))
	}
}
