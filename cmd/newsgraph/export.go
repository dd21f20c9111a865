package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func init() { register(newExportCmd) }

func newExportCmd(app *App) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export [-o FILE]",
		Short: "Write every quad as strict N-Quads (stdout by default)",
		Long: `Write the whole store as strict N-Quads: absolute IRIs, typed literals with
full XSD datatype IRIs. Stock "cayley load" and RDF tools (rapper) read it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := app.Context()
			store, err := app.OpenStore(ctx, true)
			if err != nil {
				return err
			}
			defer store.Close()
			var w io.Writer = app.Out
			var f *os.File
			if out != "" && out != "-" {
				f, err = os.Create(out)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				w = f
			}
			n, err := store.Export(ctx, w)
			if f != nil {
				if cerr := f.Close(); err == nil && cerr != nil {
					err = fmt.Errorf("export %s: %w", out, cerr)
				}
			}
			if err != nil {
				return err
			}
			if f != nil {
				fmt.Fprintf(app.Err, "exported %d quads to %s\n", n, out)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", `output file ("-" or none: stdout)`)
	return cmd
}
