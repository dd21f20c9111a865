package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
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
			if _, err := app.queryLimits(); err != nil {
				return err
			}
			return app.WithStore(true, func(ctx context.Context, store *graph.Store) error {
				if err := app.withQueryLimits(store); err != nil {
					return err
				}
				limit := app.V.GetInt("query.limit")
				ask := limit // one more than printed, to tell a cut
				if limit > 0 {
					ask = limit + 1
				}
				var rows []any
				var err error
				switch {
				case name != "":
					rows, err = store.RunNamed(ctx, name, args, ask)
				case file != "":
					text, serr := store.Script(string(script), args)
					if serr != nil {
						return fmt.Errorf("query file %s: %w", file, serr)
					}
					rows, err = store.Query(ctx, text, ask)
				default:
					rows, err = store.Query(ctx, args[0], ask)
				}
				return printLimited(app.Out, app.Err, format, rows, limit, err)
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
	declareQueryLimits(app, cmd)
	return cmd
}

// Query limit keys (config.yaml documents them) and their defaults.
const (
	keyMemoryBudget   = "query.memory_budget"
	keyMaxResultRows  = "query.max_result_rows"
	keyMaxResultBytes = "query.max_result_bytes"
)

// declareQueryLimits declares the query limit keys; every command that
// runs Gizmo calls it from its constructor, and binds --memory-budget.
func declareQueryLimits(app *App, cmd *cobra.Command) {
	app.SetDefault(keyMemoryBudget, "128MiB")
	app.SetDefault(keyMaxResultRows, graph.DefaultMaxResultRows)
	app.SetDefault(keyMaxResultBytes, "64MiB")
	cmd.Flags().String("memory-budget", "128MiB", "heap one query may grow by before it is stopped; 0 = no budget ("+keyMemoryBudget+")")
	app.Bind(cmd, keyMemoryBudget, "memory-budget")
}

// queryLimits reads the query limit keys.
func (app *App) queryLimits() (graph.QueryLimits, error) {
	var l graph.QueryLimits
	var err error
	if l.Memory, err = parseSize(keyMemoryBudget, app.V.GetString(keyMemoryBudget)); err != nil {
		return l, err
	}
	if l.MaxResultBytes, err = parseSize(keyMaxResultBytes, app.V.GetString(keyMaxResultBytes)); err != nil {
		return l, err
	}
	l.MaxResultRows = app.V.GetInt(keyMaxResultRows)
	if l.MaxResultRows < 0 {
		return l, fmt.Errorf("%s %d: must be 0 (no limit) or more", keyMaxResultRows, l.MaxResultRows)
	}
	// In the configuration 0 means "no limit"; in graph.QueryLimits it
	// means "the default".
	for _, p := range []*int64{&l.Memory, &l.MaxResultBytes} {
		if *p == 0 {
			*p = -1
		}
	}
	if l.MaxResultRows == 0 {
		l.MaxResultRows = -1
	}
	return l, nil
}

// withQueryLimits applies the configured query limits to store.
func (app *App) withQueryLimits(store *graph.Store) error {
	l, err := app.queryLimits()
	if err != nil {
		return err
	}
	store.SetQueryLimits(l)
	return nil
}

// parseSize reads a byte size: a number with an optional unit, KiB, MiB
// or GiB (KB, MB, GB and K, M, G are read as the same powers of two); a
// bare number is MiB.
func parseSize(key, s string) (int64, error) {
	t := strings.TrimSpace(s)
	num := strings.TrimRightFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.ToLower(strings.TrimSpace(t[len(num):]))
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s %q: want a size such as 256MiB or 1GiB (0: no limit)", key, s)
	}
	shift := 0
	switch unit {
	case "", "m", "mb", "mib":
		shift = 20
	case "b":
	case "k", "kb", "kib":
		shift = 10
	case "g", "gb", "gib":
		shift = 30
	default:
		return 0, fmt.Errorf("%s %q: unknown unit %q (KiB, MiB or GiB)", key, s, unit)
	}
	if n > (1<<62)>>shift {
		return 0, fmt.Errorf("%s %q: too large", key, s)
	}
	return n << shift, nil
}
