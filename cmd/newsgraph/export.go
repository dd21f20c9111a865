package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func init() { register(newExportCmd) }

func newExportCmd(app *App) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export [-o FILE]",
		Short: "Write every quad as strict N-Quads (stdout by default)",
		Long: `Write the whole store as strict N-Quads: absolute IRIs, typed literals with
full XSD datatype IRIs. Stock "cayley load" and RDF tools (rapper) read it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.WithStore(true, func(ctx context.Context, store *graph.Store) error {
				if out == "" || out == "-" {
					_, err := store.Export(ctx, app.Out)
					return err
				}
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				n, err := store.Export(ctx, f)
				if cerr := f.Close(); err == nil && cerr != nil {
					err = fmt.Errorf("export %s: %w", out, cerr)
				}
				if err != nil {
					// A cut-short file would pass for a whole export.
					os.Remove(out)
					return err
				}
				fmt.Fprintf(app.Err, "exported %d quads to %s\n", n, out)
				return nil
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", `output file ("-" or none: stdout)`)
	return cmd
}
