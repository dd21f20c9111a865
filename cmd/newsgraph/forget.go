package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func init() { register(newForgetCmd) }

func newForgetCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "forget SOURCE|DOC-IRI ...",
		Short: "Remove documents (by ingest path or document IRI); shared entities stay",
		Long: `Remove the documents ingested from each SOURCE (the path as given to ingest)
or with that document IRI: their sentences, quotations and facts, and the
entities and aliases no remaining document uses.`,
		Args: atLeastOne("SOURCE (the path given to ingest) or document IRI"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return app.WithStore(false, func(ctx context.Context, store *graph.Store) error {
				bad := 0
				for _, src := range args {
					res, err := store.Forget(ctx, src)
					if err != nil {
						fmt.Fprintln(app.Err, "newsgraph: error:", err)
						bad++
						continue
					}
					fmt.Fprintf(app.Out, "forgot %s: %d document(s), %d quads\n", src, len(res.Documents), res.Quads)
				}
				if bad > 0 {
					return &exitError{Code: 1, Msg: fmt.Sprintf("%d source(s) not forgotten", bad)}
				}
				return nil
			})
		},
	}
}
