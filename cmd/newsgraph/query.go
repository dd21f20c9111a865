package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

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
			ctx := app.Context()
			store, err := app.OpenStore(ctx, true)
			if err != nil {
				return err
			}
			defer store.Close()
			limit := app.V.GetInt("query.limit")
			var rows []any
			switch {
			case name != "":
				rows, err = store.RunNamed(ctx, name, args, limit)
			case file != "":
				b, rerr := os.ReadFile(file)
				if rerr != nil {
					return fmt.Errorf("query file: %w", rerr)
				}
				text, serr := store.Script(string(b), args)
				if serr != nil {
					return serr
				}
				rows, err = store.Query(ctx, text, limit)
			case len(args) == 1:
				rows, err = store.Query(ctx, args[0], limit)
			default:
				return fmt.Errorf("give one Gizmo query in quotes, --file F.js or --name NAME (see --help)")
			}
			if err != nil && len(rows) == 0 {
				return err
			}
			if perr := printRows(app.Out, rows, app.V.GetString("query.format")); perr != nil {
				return perr
			}
			return err
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
