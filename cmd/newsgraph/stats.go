package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func init() { register(newStatsCmd) }

func newStatsCmd(app *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count documents, quads, entities by type and facts by predicate",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.WithStore(true, func(ctx context.Context, store *graph.Store) error {
				st, err := store.Stats(ctx)
				if err != nil {
					return err
				}
				if asJSON {
					enc := json.NewEncoder(app.Out)
					enc.SetIndent("", "  ")
					return enc.Encode(st)
				}
				tw := tabwriter.NewWriter(app.Out, 0, 0, 2, ' ', 0)
				fmt.Fprintf(tw, "documents\t%d\n", st.Documents)
				fmt.Fprintf(tw, "sentences\t%d\n", st.Sentences)
				fmt.Fprintf(tw, "quotes\t%d\n", st.Quotes)
				fmt.Fprintf(tw, "quads\t%d\n", st.Quads)
				fmt.Fprintf(tw, "nodes\t%d\n", st.Nodes)
				fmt.Fprintf(tw, "entities\t%d\n", st.Entities)
				for _, c := range st.ByType {
					fmt.Fprintf(tw, "  %s\t%d\n", c.Name, c.Count)
				}
				fmt.Fprintln(tw, "facts by predicate")
				for _, c := range st.ByPred {
					fmt.Fprintf(tw, "  %s\t%d\n", c.Name, c.Count)
				}
				fmt.Fprintf(tw, "open facts\t%d\n", st.OpenFacts)
				return tw.Flush()
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}
