// Command pgload loads an N-Quads file into a Cayley postgres database
// through newsgraph's bulk writer, in batches like `cayley load --batch`,
// so the two can be timed on the same quads. Each batch is one SQL
// transaction; -workers > 1 commits that many batches concurrently on
// separate connections. With -bulk (the default) the load runs in the
// store's bulk mode when it is large next to the stored quads: Cayley's
// unique and secondary indexes and foreign keys on quads are dropped
// first and rebuilt, identical, at the end (graph/pgstore/bulkmode.go), as
// `newsgraph ingest` does. It prints one line: quads read, quads added,
// seconds, quads/s.
//
//	go run ./bench/pgload -a 'postgres://user@host/db?sslmode=disable' -i quads.nq
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph/pgstore"
)

func main() {
	addr := flag.String("a", os.Getenv("NEWSGRAPH_TEST_PG"), "postgres DSN")
	in := flag.String("i", "", "N-Quads file to load")
	batch := flag.Int("batch", 10000, "quads per transaction")
	workers := flag.Int("workers", 1, "batches committed concurrently")
	bulk := flag.Bool("bulk", true, "drop and rebuild Cayley's quad indexes and foreign keys around a load at least as large as the stored quads")
	strict := flag.Bool("strict", false, "fail on a quad already stored (as newsgraph's Store writes) instead of skipping it (as `cayley load` does)")
	flag.Parse()
	if err := run(*addr, *in, *batch, *workers, *bulk, cgraph.IgnoreOpts{IgnoreDup: !*strict}); err != nil {
		fmt.Fprintln(os.Stderr, "pgload:", err)
		os.Exit(1)
	}
}

func run(addr, path string, batch, workers int, bulk bool, opts cgraph.IgnoreOpts) (retErr error) {
	if addr == "" || path == "" {
		return fmt.Errorf("need -a DSN and -i FILE")
	}
	if workers < 1 {
		workers = 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	qs, err := pgstore.Open(ctx, addr, nil)
	if err != nil {
		return err
	}
	defer qs.Close()
	var session *pgstore.Bulk
	if bulk {
		// The file's size says roughly how many quads it holds (N-Quads
		// lines of newsgraph's export average ~190 bytes).
		var est int
		if fi, err := f.Stat(); err == nil {
			est = int(fi.Size() / 200)
		}
		worth, err := qs.BulkWorthIt(ctx, est, 0)
		if err != nil {
			return err
		}
		if worth {
			if session, err = qs.BeginBulk(ctx); err != nil {
				return err
			}
			// On an early return, still rebuild (End is idempotent).
			defer func() {
				if err := session.End(context.WithoutCancel(ctx)); err != nil && retErr == nil {
					retErr = err
				}
			}()
		}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	batches := make(chan []cgraph.Delta, workers)
	var added atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				res, err := qs.ApplyDeltasContext(ctx, b, opts)
				added.Add(int64(res.Added))
				if err != nil {
					cancel(err)
					return
				}
			}
		}()
	}

	r := nquads.NewReader(f, false)
	read := 0
	deltas := make([]cgraph.Delta, 0, batch)
	var readErr error
	for ctx.Err() == nil {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			readErr = fmt.Errorf("read %s: %w", path, err)
			break
		}
		read++
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(deltas) == batch {
			select {
			case batches <- deltas:
			case <-ctx.Done():
			}
			deltas = make([]cgraph.Delta, 0, batch)
		}
	}
	if len(deltas) > 0 && ctx.Err() == nil && readErr == nil {
		batches <- deltas
	}
	close(batches)
	wg.Wait()
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	if readErr != nil {
		return readErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// The rebuild is part of the load's time.
	if err := session.End(ctx); err != nil {
		return err
	}
	sec := time.Since(start).Seconds()
	fmt.Printf("read %d quads, added %d, %.2f s, %.0f quads/s\n", read, added.Load(), sec, float64(read)/sec)
	return nil
}
