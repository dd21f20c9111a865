// Package pgstore is newsgraph's PostgreSQL backend: Cayley's own SQL
// QuadStore (stock `cayley --db postgres`), reads untouched, with writes
// routed through a bulk writer (bulk.go), a bulk-load mode for large
// ingests (bulkmode.go) and graph.BulkWriter for Store's document writes
// (documents.go). Importing it registers the backend "postgres" with
// package graph.
package pgstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" (and lib/pq)
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Store is Cayley's postgres QuadStore with batched writes: it
// embeds the concrete *csql.QuadStore, keeping every method stock Cayley
// has, and replaces ApplyDeltas and NewQuadWriter with the bulk writer,
// one SQL transaction per ApplyDeltas call.
//
// For queries hand Cayley Handle(), not the Store itself: Cayley's
// SQL query shapes build iterators only on its own *sql.QuadStore, and
// Cayley unwraps a *graph.Handle (not other wrappers) to find it.
type Store struct {
	*csql.QuadStore
	db *sql.DB
	// dupsSeen: the last lenient batch held stored quads, so the next one
	// probes before writing rather than writing optimistically.
	dupsSeen atomic.Bool
	// bulk: a bulk session of this store is live (BeginBulk). Its
	// batches run one at a time (bulkMu): with the unique indexes dropped,
	// two concurrent batches could both probe a quad as new and store it
	// twice.
	bulk   atomic.Bool
	bulkMu sync.Mutex
	// seen: a bulk session that began on an empty quads table records
	// what it stored here (pgSeen); nil otherwise. Guarded by bulkMu.
	seen *pgSeen
}

var _ cgraph.QuadStore = (*Store)(nil)

// Writer is the graph.QuadWriter of a postgres Handle: Cayley's own
// single writer over the bulk path.
type Writer struct {
	cgraph.QuadWriter
	qs *Store
}

// Store is the bulk-writing store behind the writer.
func (w *Writer) Store() *Store { return w.qs }

// WriteTarget is the store writes through the Handle go to: the bulk
// writer (graph.CayleyHandle asks).
func (w *Writer) WriteTarget() cgraph.QuadStore { return w.qs }

// Close closes the bulk writer's pool; the Handle closes Cayley's store.
func (w *Writer) Close() error { return w.qs.db.Close() }

// Handle is the store as Cayley's query engine wants it: reads through
// Cayley's *sql.QuadStore, writes (QuadWriter, and ApplyDeltas on the
// Writer's Store) through the bulk path. Closing the Handle closes all.
// Writes through the Handle's QuadWriter are strict like Cayley's default
// writer: a stored quad added or a missing one removed fails the call.
func (qs *Store) Handle() *cgraph.Handle {
	single, _ := writer.NewSingle(qs, cgraph.IgnoreOpts{}) // never fails
	return &cgraph.Handle{QuadStore: qs.QuadStore, QuadWriter: &Writer{QuadWriter: single, qs: qs}}
}

// storeOf finds the bulk-writing store behind qs, as Open returns it.
func storeOf(qs cgraph.QuadStore) (*Store, bool) {
	switch v := qs.(type) {
	case *Store:
		return v, true
	case *cgraph.Handle:
		if w, ok := v.QuadWriter.(*Writer); ok {
			return w.qs, true
		}
	}
	return nil, false
}

func init() {
	graph.RegisterBackend("postgres", graph.Backend{Open: openBackend, Apply: applyBackend, Bulk: bulkWriter})
}

// openBackend opens cfg.Address for graph.Store; a read-only store never
// creates the schema.
func openBackend(ctx context.Context, cfg graph.Config) (cgraph.QuadStore, error) {
	if cfg.Address == "" {
		return nil, fmt.Errorf("open postgres store: no address (set store.address to postgres://user@host:5432/db)")
	}
	pqs, err := openPostgres(ctx, cfg.Address, nil, !cfg.ReadOnly)
	if err != nil {
		return nil, err
	}
	return pqs.Handle(), nil
}

// applyBackend is graph.Store's write path on postgres: one bulk SQL
// transaction. It is lenient: an add of a stored quad or a delete of a
// missing one is skipped, and reference counts follow only the rows really
// inserted or deleted, so — unlike Cayley's kv stores — nothing is
// corrupted by them and callers need not look quads up before writing.
func applyBackend(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) error {
	pqs, ok := storeOf(qs)
	if !ok {
		return qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{})
	}
	_, err := pqs.ApplyDeltasContext(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	return err
}

// Open opens the Cayley postgres database at addr (a DSN such as
// postgres://user@host:5432/db?sslmode=disable), creating Cayley's schema
// first if the database has none. opts are Cayley's SQL store options
// (e.g. maxopenconnections); nil is fine.
func Open(ctx context.Context, addr string, opts cgraph.Options) (*Store, error) {
	return openPostgres(ctx, addr, opts, true)
}

// openPostgres opens addr; without create, a database lacking Cayley's
// schema is an error rather than initialised.
func openPostgres(ctx context.Context, addr string, opts cgraph.Options, create bool) (*Store, error) {
	if opts == nil {
		opts = cgraph.Options{}
	}
	db, err := sql.Open("postgres", addr)
	if err == nil {
		err = db.PingContext(ctx)
	}
	if err != nil {
		if db != nil {
			db.Close()
		}
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
	}
	// Cayley's Init creates both tables and all indexes in one transaction
	// (and logs an error when they exist, so look first).
	var has bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('nodes') IS NOT NULL AND to_regclass('quads') IS NOT NULL`).Scan(&has); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
	}
	if !has && !create {
		db.Close()
		return nil, fmt.Errorf("open postgres store %s: no newsgraph store there (ingest something first)", redactDSN(addr))
	}
	if !has {
		if err := initSchema(ctx, db, addr, opts); err != nil {
			db.Close()
			return nil, fmt.Errorf("postgres store %s: create Cayley schema: %w", redactDSN(addr), err)
		}
	} else if create {
		// A bulk ingest that died before its rebuild left Cayley's
		// indexes and foreign keys dropped: put them back.
		if err := pgRepairOnOpen(ctx, db); err != nil {
			db.Close()
			return nil, fmt.Errorf("%w (%s)", err, redactDSN(addr))
		}
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, opts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
	}
	inner, ok := qs.(*csql.QuadStore)
	if !ok {
		qs.Close()
		db.Close()
		return nil, fmt.Errorf("postgres store: cayley returned %T, want *sql.QuadStore", qs)
	}
	return &Store{QuadStore: inner, db: db}, nil
}

// schemaLockKey is the advisory lock ("ngschema") under which a store
// creates Cayley's schema.
const schemaLockKey = 0x6e67736368656d61

// initSchema creates Cayley's schema unless another process did while we
// waited: two ingests starting at once on an empty database would both
// find no tables and both create them, and the loser's CREATE fails on
// PostgreSQL's catalog (duplicate key in pg_type).
func initSchema(ctx context.Context, db *sql.DB, addr string, opts cgraph.Options) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(schemaLockKey)); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(schemaLockKey))
	var has bool
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('nodes') IS NOT NULL AND to_regclass('quads') IS NOT NULL`).Scan(&has); err != nil || has {
		return err
	}
	if err := cgraph.InitQuadStore("postgres", addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return err
	}
	return nil
}

// Wrap gives an already opened Cayley postgres QuadStore the bulk
// write path; addr must be the address it was opened with.
func Wrap(ctx context.Context, qs cgraph.QuadStore, addr string) (*Store, error) {
	inner, ok := qs.(*csql.QuadStore)
	if !ok {
		return nil, fmt.Errorf("wrap postgres: %T is not Cayley's SQL store", qs)
	}
	db, err := sql.Open("postgres", addr)
	if err == nil {
		err = db.PingContext(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
	}
	return &Store{QuadStore: inner, db: db}, nil
}

// ApplyDeltas implements graph.QuadWriter's backend call with the bulk
// writer: all deltas in one SQL transaction, same errors as stock Cayley.
func (qs *Store) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	_, err := qs.ApplyDeltasContext(context.Background(), in, opts)
	return err
}

// ApplyDeltasContext is ApplyDeltas with a context and a count of what
// changed.
func (qs *Store) ApplyDeltasContext(ctx context.Context, in []cgraph.Delta, opts cgraph.IgnoreOpts) (Result, error) {
	return qs.applyDeltas(ctx, in, opts, false)
}

// applyDeltas is ApplyDeltasContext; labelledNew as in pgApply.
func (qs *Store) applyDeltas(ctx context.Context, in []cgraph.Delta, opts cgraph.IgnoreOpts, labelledNew bool) (Result, error) {
	bulk := qs.bulk.Load()
	if bulk {
		qs.bulkMu.Lock()
		defer qs.bulkMu.Unlock()
	}
	res, err := pgApply(ctx, qs.db, in, opts, &qs.dupsSeen, bulk, labelledNew, qs.seen)
	if err == nil && (res.Added > 0 || res.Deleted > 0) {
		// Cayley caches exact node/quad counts and drops them only inside
		// its own ApplyDeltas; an empty call is how we reach that.
		err = qs.QuadStore.ApplyDeltas(nil, opts)
		if err != nil {
			err = fmt.Errorf("postgres store: refresh counts: %w", err)
		}
	}
	return res, err
}

// NewQuadWriter returns a writer whose WriteQuads sends each slice as one
// bulk transaction, ignoring quads already stored (like stock Cayley's).
func (qs *Store) NewQuadWriter() (quad.WriteCloser, error) {
	return &pgQuadWriter{qs: qs}, nil
}

// DB is the connection pool the bulk writer uses (for tests and stats).
func (qs *Store) DB() *sql.DB { return qs.db }

// Close closes Cayley's store and the bulk writer's pool.
func (qs *Store) Close() error {
	err1 := qs.QuadStore.Close()
	err2 := qs.db.Close()
	return errors.Join(err1, err2)
}

type pgQuadWriter struct {
	qs     *Store
	deltas []cgraph.Delta
}

func (w *pgQuadWriter) WriteQuad(q quad.Quad) error {
	_, err := w.WriteQuads([]quad.Quad{q})
	return err
}

func (w *pgQuadWriter) WriteQuads(buf []quad.Quad) (int, error) {
	w.deltas = w.deltas[:0]
	for _, q := range buf {
		w.deltas = append(w.deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := w.qs.ApplyDeltas(w.deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return 0, err
	}
	return len(buf), nil
}

func (w *pgQuadWriter) Close() error { w.deltas = nil; return nil }

// redactDSN hides a password in a postgres URL for error messages.
func redactDSN(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			return u.Redacted()
		}
	}
	return addr
}
