package main

import (
	"context"
	"fmt"
	"net"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/web"
)

func init() { register(newServeCmd) }

func newServeCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [--store PATH] [--addr 127.0.0.1:8080] [--write]",
		Short: "Serve the web UI and the JSON API (and Cayley's API v2) over the store",
		Long: `serve opens the store once and serves, until Ctrl-C or SIGTERM:
  /            the web UI (search, relation graph with provenance, Gizmo console)
  /api/...     the JSON API (see README "HTTP API")
  /api/v2/...  Cayley's HTTP API v2, for existing Cayley clients

It listens on 127.0.0.1 only unless --addr says otherwise, and is read-only
unless --write (which enables adding articles from the UI, POST /api/ingest,
and Cayley's write endpoints). While it runs, other newsgraph commands on the
same bolt store report that the store is in use.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runServe(app) },
	}
	f := cmd.Flags()
	f.String("addr", "127.0.0.1:8080", "address to listen on (serve.addr; env NEWSGRAPH_SERVE_ADDR)")
	f.Bool("write", false, "allow adding articles and Cayley writes (serve.write; env NEWSGRAPH_SERVE_WRITE)")
	app.Bind(cmd, "serve.addr", "addr")
	app.Bind(cmd, "serve.write", "write")
	f.Int("max-queries", web.DefaultMaxQueries, "Gizmo queries run at once; as many more wait, the rest get 503 (serve.max_queries)")
	app.SetDefault("serve.max_queries", web.DefaultMaxQueries)
	app.Bind(cmd, "serve.max_queries", "max-queries")
	declareQueryLimits(app, cmd)
	return cmd
}

func runServe(app *App) error {
	addr := app.V.GetString("serve.addr")
	write := app.V.GetBool("serve.write")
	if n := app.V.GetInt("serve.max_queries"); n <= 0 {
		return fmt.Errorf("serve.max_queries %d: must be 1 or more", n)
	}
	if _, err := app.queryLimits(); err != nil {
		return err
	}
	return app.WithStore(!write, func(ctx context.Context, store *graph.Store) error {
		if err := app.withQueryLimits(store); err != nil {
			return err
		}
		return serveStore(ctx, app, store, addr, write)
	})
}

// serveStore serves the open store until ctx ends (Ctrl-C or SIGTERM).
func serveStore(ctx context.Context, app *App, store *graph.Store, addr string, write bool) error {
	opt := web.Options{
		Store:      store,
		Write:      write,
		QueryLimit: app.V.GetInt("query.limit"),
		MaxQueries: app.V.GetInt("serve.max_queries"),
		Logf:       func(format string, args ...any) { fmt.Fprintf(app.Err, format+"\n", args...) },
	}
	if write {
		opt.Ingest = func(ctx context.Context, source string, text []byte) (graph.IngestResult, error) {
			x, err := app.Extractor()
			if err != nil {
				return graph.IngestResult{}, err
			}
			doc, err := x.Extract(ctx, source, text)
			if err != nil {
				return graph.IngestResult{}, err
			}
			return store.Ingest(ctx, doc)
		}
	}
	if web.IsLoopback(addr) {
		opt.AllowedHosts = web.LoopbackHosts()
	} else {
		may := "read the store"
		if write {
			may = "read the store and add articles"
		}
		fmt.Fprintf(app.Err, "newsgraph: warning: %s is not a loopback address: anyone who can reach it can %s\n", addr, may)
	}
	srv, err := web.New(opt)
	if err != nil {
		return err
	}
	// Before the store closes: stop the index build that may still read it.
	defer srv.Close()
	mode := "read-only"
	if write {
		mode = "read-write"
	}
	return web.Serve(ctx, addr, srv, func(a net.Addr) {
		// Said once the port is bound: a server that cannot listen fails
		// with its one error line and nothing about the UI.
		if !web.UIBuilt() {
			fmt.Fprintf(app.Err, "newsgraph: this binary has no web UI built in (the API works); build it with: %s\n", web.BuildCommand)
		}
		fmt.Fprintf(app.Out, "newsgraph: serving %s on http://%s/ (Ctrl-C stops)\n", mode, a)
	})
}
