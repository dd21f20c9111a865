package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/syntax"
)

// App is what every subcommand shares. A command file adds itself with
//
//	func init() { register(newFooCmd) }
//	func newFooCmd(app *App) *cobra.Command { … }
//
// so new commands (serve.go) need no edit here. Inside RunE use:
//
//	app.V               the merged configuration (viper): config file,
//	                    NEWSGRAPH_* environment, flags bound with app.Bind
//	app.Bind(cmd, key, flag)  make a command flag override config key
//	app.SetDefault(key, v)    declare a new key (also read from NEWSGRAPH_KEY)
//	app.StoreConfig()   graph.Config built from store.*, graph.*, query.*
//	app.WithStore(readOnly, func(ctx, store) error)  run f with the open store
//	app.Extractor()     the extractor, loaded once per process
//	app.Context()       a context cancelled by Ctrl-C or SIGTERM (the first)
//	app.Stdin, app.Out, app.Err   streams (tests substitute them)
type App struct {
	V     *viper.Viper
	Stdin io.Reader
	Out   io.Writer
	Err   io.Writer

	ctx      context.Context
	bindings map[*cobra.Command][][2]string
	// extraDefaults are keys declared by commands through SetDefault.
	extraDefaults map[string]any
	xOnce         sync.Once
	x             *extract.Extractor
	xErr          error
	cfgFile       string
	// stopProfile ends the CPU profile --cpu-profile started (profile.go).
	stopProfile func() error
}

// subcommands holds each command file's constructor, appended from init.
var subcommands []func(*App) *cobra.Command

func register(f func(*App) *cobra.Command) { subcommands = append(subcommands, f) }

// exitError carries a specific exit code; its message is already printed
// when Msg is empty.
type exitError struct {
	Code int
	Msg  string
}

func (e *exitError) Error() string { return e.Msg }

// Config keys with their defaults; config.yaml documents the same.
var defaults = map[string]any{
	"store.backend":         graph.DefaultBackend,
	"store.path":            graph.DefaultPath,
	"store.address":         "",
	"store.lock_timeout":    graph.DefaultLockTimeout,
	"graph.base":            graph.DefaultBase,
	"query.timeout":         graph.DefaultQueryTimeout,
	"query.limit":           0,
	"query.format":          "table",
	"ingest.workers":        0,
	"ingest.batch_quads":    graph.DefaultBatchQuads,
	"ingest.bulk_min_quads": graph.DefaultBulkMinQuads,
	"ingest.max_input":      "4MiB",
	"extract.open_facts":    true,
}

// Run executes the command line and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := interruptContext(context.Background())
	defer stop()
	app := &App{V: viper.New(), Stdin: stdin, Out: stdout, Err: stderr, ctx: ctx}
	root := newRoot(app)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if app.stopProfile != nil {
		if perr := app.stopProfile(); perr != nil && err == nil {
			err = perr
		}
	}
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.Msg != "" {
			fmt.Fprintln(stderr, "newsgraph:", ee.Msg)
		}
		return ee.Code
	}
	fmt.Fprintln(stderr, "newsgraph:", err)
	return 1
}

func newRoot(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph and query it with Gizmo",
		Long: `newsgraph extracts entities, quotations and facts from English news articles
into a Cayley graph (bolt by default, at ./newsgraph.db), where every fact
carries the sentence it came from. Query it with Gizmo, export N-Quads.

Configuration: flags > NEWSGRAPH_* environment > --config FILE (or
./config.yaml) > defaults. See config.yaml for every key.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			stop, err := startCPUProfile(cmd)
			if err != nil {
				return err
			}
			app.stopProfile = stop
			return app.loadConfig(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&app.cfgFile, "config", "", "configuration file (default ./config.yaml when present; env NEWSGRAPH_CONFIG)")
	pf.String("store", graph.DefaultPath, "bolt store directory (store.path; env NEWSGRAPH_STORE)")
	pf.String("backend", graph.DefaultBackend, "store backend: bolt, memory or postgres (store.backend; env NEWSGRAPH_BACKEND)")
	pf.String("address", "", "postgres connection URL for --backend postgres (store.address; env NEWSGRAPH_ADDRESS)")
	pf.String(cpuProfileFlag, "", "write a CPU profile of the command to this file (see profile.go)")
	_ = pf.MarkHidden(cpuProfileFlag)
	_ = app.V.BindPFlag("store.path", pf.Lookup("store"))
	_ = app.V.BindPFlag("store.backend", pf.Lookup("backend"))
	_ = app.V.BindPFlag("store.address", pf.Lookup("address"))
	for _, f := range subcommands {
		root.AddCommand(f(app))
	}
	return root
}

// loadConfig reads defaults, the config file and the environment, and
// binds the running command's flags, which win over both.
func (app *App) loadConfig(cmd *cobra.Command) error {
	v := app.V
	for _, b := range app.bindings[cmd] {
		if err := v.BindPFlag(b[0], cmd.Flags().Lookup(b[1])); err != nil {
			return fmt.Errorf("bind %s to --%s: %w", b[0], b[1], err)
		}
	}
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	for k, d := range app.extraDefaults {
		v.SetDefault(k, d)
	}
	// Every key by its explicit name (store.path: NEWSGRAPH_STORE_PATH).
	// Not AutomaticEnv: NEWSGRAPH_STORE would then be the value of the
	// key "store" and hide store.path, store.backend, … altogether.
	for _, k := range v.AllKeys() {
		_ = v.BindEnv(k, envName(k))
	}
	// Short forms users reach for first.
	_ = v.BindEnv("store.path", "NEWSGRAPH_STORE_PATH", "NEWSGRAPH_STORE")
	_ = v.BindEnv("store.backend", "NEWSGRAPH_STORE_BACKEND", "NEWSGRAPH_BACKEND")
	_ = v.BindEnv("store.address", "NEWSGRAPH_STORE_ADDRESS", "NEWSGRAPH_ADDRESS")
	file := app.cfgFile
	if file == "" {
		file = os.Getenv("NEWSGRAPH_CONFIG")
	}
	if file == "" {
		if _, err := os.Stat("config.yaml"); err == nil {
			file = "config.yaml"
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("config %s: %w", file, err)
		}
	}
	return nil
}

// envName is the environment variable of a configuration key.
func envName(key string) string {
	return "NEWSGRAPH_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// SetDefault declares a configuration key of another command (e.g.
// serve.addr) with its default, so that it is read from NEWSGRAPH_SERVE_ADDR
// too. Call it from the command's constructor.
func (app *App) SetDefault(key string, value any) {
	if app.extraDefaults == nil {
		app.extraDefaults = map[string]any{}
	}
	app.extraDefaults[key] = value
}

// Bind lets the command's flag override configuration key when that
// command runs. (Bound at run time: several commands share keys such as
// query.format, and viper keeps one flag per key.)
func (app *App) Bind(cmd *cobra.Command, key, flag string) {
	if app.bindings == nil {
		app.bindings = map[*cobra.Command][][2]string{}
	}
	app.bindings[cmd] = append(app.bindings[cmd], [2]string{key, flag})
}

// StoreConfig is the graph.Config the configuration describes.
func (app *App) StoreConfig() graph.Config {
	v := app.V
	return graph.Config{
		Backend:      v.GetString("store.backend"),
		Path:         v.GetString("store.path"),
		Address:      v.GetString("store.address"),
		Base:         v.GetString("graph.base"),
		QueryTimeout: v.GetDuration("query.timeout"),
		LockTimeout:  v.GetDuration("store.lock_timeout"),
	}
}

// WithStore opens the configured store (readOnly refuses writes and does
// not create a missing bolt store), runs f with it under the command's
// context, and closes it, reporting a failed close when f succeeded (a
// write may not be on disk then).
func (app *App) WithStore(readOnly bool, f func(ctx context.Context, store *graph.Store) error) (err error) {
	ctx := app.Context()
	cfg := app.StoreConfig()
	cfg.ReadOnly = readOnly
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := store.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close store %s: %w", cfg.Path, cerr)
		}
	}()
	return f(ctx, store)
}

// preloadExtractor starts loading the extractor and the parser's models
// in the background, for a command about to extract: they then load while
// the command lists its inputs and opens the store instead of after. Every
// extraction worker's first sentence waits for the parser's models (a
// fifth of a second of one core), and on two cores the other core had
// nothing to do meanwhile. Errors come back from the command's own
// Extractor call, and the first sentence's parse (the loads are made once
// per process).
func (app *App) preloadExtractor() {
	go func() { _, _ = app.Extractor() }()
	go func() { _, _ = syntax.LoadAnalyzer() }()
}

// Extractor loads the extractor once per process, with the options of the
// configuration (extract.open_facts), read when it is first needed: after
// the running command's flags are bound.
func (app *App) Extractor() (*extract.Extractor, error) {
	app.xOnce.Do(func() {
		app.x, app.xErr = extract.New()
		if app.xErr == nil {
			opt := app.x.Options()
			opt.OpenFacts = app.V.GetBool("extract.open_facts")
			app.x = app.x.With(opt)
		}
	})
	if app.xErr != nil {
		return nil, fmt.Errorf("load extractor: %w", app.xErr)
	}
	return app.x, nil
}

// Context is cancelled by the first Ctrl-C or SIGTERM; a second one kills
// the process.
func (app *App) Context() context.Context { return app.ctx }

// atLeastOne is cobra.MinimumNArgs(1) with a message that says what to
// give instead of counting arguments.
func atLeastOne(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return fmt.Errorf("%s: give at least one %s (see --help)", cmd.Name(), what)
		}
		return nil
	}
}

// noArgs is noArgs with a message that does not take a stray
// argument for an unknown subcommand.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("%s takes no arguments, got %q (see --help)", cmd.Name(), args)
	}
	return nil
}
