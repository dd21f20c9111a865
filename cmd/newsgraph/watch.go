package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/source"
)

func init() { register(newWatchCmd) }

// DefaultWatchEvery is how often watch polls: news feeds change every
// few minutes, and most ask readers not to poll more often than this.
const DefaultWatchEvery = 15 * time.Minute

// watchBatchQuads is the least a watch transaction holds: new articles
// come a few at a time, and each poll's are committed together.
const watchBatchQuads = 2000

func newWatchCmd(app *App) *cobra.Command {
	declareFetchKeys(app)
	app.SetDefault("watch.every", DefaultWatchEvery)
	var polls int
	cmd := &cobra.Command{
		Use:   "watch FEED|URL ...",
		Short: "Poll feeds and pages, storing each new article once (Ctrl-C stops)",
		Long: `Poll feeds (RSS, Atom, JSON Feed) and pages every --every, storing each
new article. A feed item is stored once: items already in the store are
not fetched or extracted again, so a restarted watch resumes where the
last one stopped. Feeds are asked for conditionally (ETag, Last-Modified),
so an unchanged feed costs one short request. A feed that fails is
reported and tried again next poll; the others go on. One line is printed
per poll. Ctrl-C or SIGTERM stops it after the article being stored.`,
		Args: atLeastOne("feed or page (URL or file)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			every := app.V.GetDuration("watch.every")
			if every <= 0 {
				return fmt.Errorf("--every %s: must be more than 0", every)
			}
			if polls < 0 {
				return fmt.Errorf("--polls %d: must be 0 (until stopped) or more", polls)
			}
			x, err := app.Extractor()
			if err != nil {
				return err
			}
			return app.WithStore(false, func(ctx context.Context, store *graph.Store) error {
				w := &watcher{store: store, x: x, fetcher: app.Fetcher(), args: args,
					out: app.Out, errw: app.Err, every: every, polls: polls}
				n, err := w.run(ctx)
				if err != nil {
					return err
				}
				if ctx.Err() != nil {
					fmt.Fprintf(app.Err, "newsgraph: watch %s after %d poll(s); the articles counted are stored\n", context.Cause(ctx), n)
				}
				return nil
			})
		},
	}
	cmd.Flags().Duration("every", DefaultWatchEvery, "time between polls (watch.every)")
	cmd.Flags().IntVar(&polls, "polls", 0, "stop after this many polls (0: until Ctrl-C or SIGTERM)")
	app.Bind(cmd, "watch.every", "every")
	return cmd
}

// watcher polls its arguments into the store.
type watcher struct {
	store   *graph.Store
	x       graph.Extractor
	fetcher *source.Fetcher
	args    []string
	out     io.Writer
	errw    io.Writer
	every   time.Duration
	polls   int // 0: until ctx ends
}

// pollCounts is what one poll did.
type pollCounts struct {
	stored, unchanged, seen, failed, notEnglish int
}

// run polls until ctx ends or w.polls polls are done, and returns how many
// polls ran. Only a failing store ends it early with an error: feeds and
// pages that fail are reported and tried again next time.
func (w *watcher) run(ctx context.Context) (int, error) {
	n := 0
	for {
		n++
		start := time.Now()
		c, err := w.poll(ctx)
		line := fmt.Sprintf("poll %d at %s: %d new, %d unchanged, %d already stored, %d failed",
			n, start.UTC().Format(time.RFC3339), c.stored, c.unchanged, c.seen, c.failed)
		if c.notEnglish > 0 {
			line += fmt.Sprintf(" (%d not in English, stored without extraction)", c.notEnglish)
		}
		if err != nil {
			fmt.Fprintln(w.out, line)
			return n, err
		}
		if ctx.Err() != nil {
			fmt.Fprintln(w.out, line+"; stopped")
			return n, nil
		}
		if w.polls > 0 && n >= w.polls {
			fmt.Fprintln(w.out, line)
			return n, nil
		}
		next := start.Add(w.every)
		fmt.Fprintf(w.out, "%s; next at %s\n", line, next.UTC().Format(time.RFC3339))
		t := time.NewTimer(time.Until(next))
		select {
		case <-ctx.Done():
			t.Stop()
			return n, nil
		case <-t.C:
		}
	}
}

// poll collects every argument once and stores what is new, extracting
// on all cores through the store's IngestAll. The error is the store's;
// everything else is counted and reported on w.errw.
func (w *watcher) poll(ctx context.Context) (pollCounts, error) {
	var c pollCounts
	opt := source.Options{
		Fetcher: w.fetcher,
		Skip: func(src string) bool {
			ok, err := storedSource(ctx, w.store, src)
			if err != nil {
				return false // the write will tell; fetching again loses nothing
			}
			if ok {
				c.seen++
			}
			return ok
		},
	}
	var inputs []source.Input
	for _, arg := range w.args {
		if ctx.Err() != nil {
			return c, nil
		}
		ins, errs := source.Collect(ctx, []string{arg}, nil, opt)
		for _, err := range errs {
			if ctx.Err() != nil {
				return c, nil
			}
			c.failed++
			fmt.Fprintln(w.errw, "newsgraph: warning:", err)
		}
		inputs = append(inputs, ins...)
	}
	if len(inputs) == 0 {
		return c, nil
	}
	sum, err := w.store.IngestAll(ctx, w.x, inputs, graph.IngestOptions{
		BatchQuads: watchBatchQuads,
		Warn: func(src, msg string) {
			if strings.HasPrefix(msg, "not English") {
				c.notEnglish++
			}
			fmt.Fprintf(w.errw, "newsgraph: warning: %s: %s\n", src, msg)
		},
	})
	c.stored += sum.Documents
	c.unchanged += sum.Unchanged
	c.failed += len(sum.Failed) + sum.Skipped
	for _, f := range sum.Failed {
		fmt.Fprintln(w.errw, "newsgraph: warning:", f.Err)
	}
	if err != nil {
		return c, fmt.Errorf("watch: %w", err)
	}
	return c, nil
}

// storedSource reports whether a document with this source is stored.
func storedSource(ctx context.Context, store *graph.Store, src string) (bool, error) {
	qs := store.QuadStore()
	ref, err := qs.ValueOf(quad.String(src))
	if err != nil || ref == nil {
		return false, err
	}
	pred := store.Vocab().Term(graph.PredSource)
	it := qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return false, err
		}
		if q.Predicate == pred {
			return true, nil
		}
	}
	return false, it.Err()
}
