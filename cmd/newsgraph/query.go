package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"

	"github.com/newsgraph/newsgraph/queries"
)

func init() { register(newQueryCmd) }

func newQueryCmd(app *App) *cobra.Command {
	var file, name string
	cmd := &cobra.Command{
		Use:   "query 'GIZMO' | --file F.js | --name NAME [ARG...]",
		Short: "Run a Gizmo query (text, file or canned query by name)",
		Long: `Run a Gizmo query against the store and print its results.
Canned queries (--name): ` + strings.Join(queries.Names(), ", ") + `.
Their arguments reach JavaScript as a JSON array named args.
A bare g.V().Count() prints the number; every query ends after query.timeout.`,
		Example: `  newsgraph query --name quotes-by Lukashenko
  newsgraph query 'g.V().Has("<http://schema.org/name>", "Belarus").In().All()'
  newsgraph query --format json 'g.V().Count()'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format := app.V.GetString("query.format")
			if err := checkFormat(format); err != nil {
				return err
			}
			// Check the command line before waiting for the store.
			var script []byte
			switch {
			case name != "":
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return fmt.Errorf("query file: %w", err)
				}
				script = b
			case len(args) != 1:
				return errors.New("give one Gizmo query in quotes, --file F.js or --name NAME (see --help)")
			}
			return app.WithStore(true, func(ctx context.Context, store *graph.Store) error {
				limit := app.V.GetInt("query.limit")
				var rows []any
				var err error
				switch {
				case name != "":
					rows, err = store.RunNamed(ctx, name, args, limit)
				case file != "":
					text, serr := store.Script(string(script), args)
					if serr != nil {
						return fmt.Errorf("query file %s: %w", file, serr)
					}
					rows, err = store.Query(ctx, text, limit)
				default:
					rows, err = store.Query(ctx, args[0], limit)
				}
				return printResult(app.Out, format, rows, err)
			})
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "", "run the Gizmo file (arguments in args, prelude helpers available)")
	cmd.Flags().StringVarP(&name, "name", "n", "", "run the canned query NAME with the remaining arguments")
	cmd.Flags().String("format", "table", "output: table or json (one JSON value a line) (query.format)")
	cmd.Flags().Int("limit", 0, "print at most this many results, 0 = all (query.limit)")
	cmd.Flags().Duration("timeout", 0, "query deadline (query.timeout, default 30s)")
	app.Bind(cmd, "query.format", "format")
	app.Bind(cmd, "query.limit", "limit")
	app.Bind(cmd, "query.timeout", "timeout")
	return cmd
}
