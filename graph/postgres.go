package graph

// The postgres backend: Cayley's own SQL QuadStore (stock `--db postgres`),
// reads untouched, with writes routed through the bulk writer in pgbulk.go.

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
)

// PGQuadStore is Cayley's postgres QuadStore with batched writes: it
// embeds the concrete *csql.QuadStore, keeping every method stock Cayley
// has, and replaces ApplyDeltas and NewQuadWriter with the bulk writer,
// one SQL transaction per ApplyDeltas call.
//
// For queries hand Cayley Handle(), not the PGQuadStore itself: Cayley's
// SQL query shapes build iterators only on its own *sql.QuadStore, and
// Cayley unwraps a *graph.Handle (not other wrappers) to find it.
type PGQuadStore struct {
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

var _ cgraph.QuadStore = (*PGQuadStore)(nil)

// PGWriter is the graph.QuadWriter of a postgres Handle: Cayley's own
// single writer over the bulk path.
type PGWriter struct {
	cgraph.QuadWriter
	qs *PGQuadStore
}

// Store is the bulk-writing store behind the writer.
func (w *PGWriter) Store() *PGQuadStore { return w.qs }

// Close closes the bulk writer's pool; the Handle closes Cayley's store.
func (w *PGWriter) Close() error { return w.qs.db.Close() }

// Handle is the store as Cayley's query engine wants it: reads through
// Cayley's *sql.QuadStore, writes (QuadWriter, and ApplyDeltas on the
// PGWriter's Store) through the bulk path. Closing the Handle closes all.
// Writes through the Handle's QuadWriter are strict like Cayley's default
// writer: a stored quad added or a missing one removed fails the call.
func (qs *PGQuadStore) Handle() *cgraph.Handle {
	single, _ := writer.NewSingle(qs, cgraph.IgnoreOpts{}) // never fails
	return &cgraph.Handle{QuadStore: qs.QuadStore, QuadWriter: &PGWriter{QuadWriter: single, qs: qs}}
}

// pgStoreOf finds the bulk-writing store behind qs, as Open returns it.
func pgStoreOf(qs cgraph.QuadStore) (*PGQuadStore, bool) {
	switch v := qs.(type) {
	case *PGQuadStore:
		return v, true
	case *cgraph.Handle:
		if w, ok := v.QuadWriter.(*PGWriter); ok {
			return w.qs, true
		}
	}
	return nil, false
}

func init() {
	RegisterBackend("postgres", Backend{Open: openPostgresBackend, Apply: applyPostgresBackend})
}

// openPostgresBackend opens cfg.Address for Store; a read-only store never
// creates the schema.
func openPostgresBackend(ctx context.Context, cfg Config) (cgraph.QuadStore, error) {
	if cfg.Address == "" {
		return nil, fmt.Errorf("open postgres store: no address (set store.address to postgres://user@host:5432/db)")
	}
	pqs, err := openPostgres(ctx, cfg.Address, nil, !cfg.ReadOnly)
	if err != nil {
		return nil, err
	}
	return pqs.Handle(), nil
}

// applyPostgresBackend is Store's write path on postgres: one bulk SQL
// transaction. It is lenient: an add of a stored quad or a delete of a
// missing one is skipped, and reference counts follow only the rows really
// inserted or deleted, so — unlike Cayley's kv stores — nothing is
// corrupted by them and callers need not look quads up before writing.
func applyPostgresBackend(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) error {
	pqs, ok := pgStoreOf(qs)
	if !ok {
		return qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{})
	}
	_, err := pqs.ApplyDeltasContext(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	return err
}

// OpenPostgres opens the Cayley postgres database at addr (a DSN such as
// postgres://user@host:5432/db?sslmode=disable), creating Cayley's schema
// first if the database has none. opts are Cayley's SQL store options
// (e.g. maxopenconnections); nil is fine.
func OpenPostgres(ctx context.Context, addr string, opts cgraph.Options) (*PGQuadStore, error) {
	return openPostgres(ctx, addr, opts, true)
}

// openPostgres opens addr; without create, a database lacking Cayley's
// schema is an error rather than initialised.
func openPostgres(ctx context.Context, addr string, opts cgraph.Options, create bool) (*PGQuadStore, error) {
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
		if err := cgraph.InitQuadStore("postgres", addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
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
	return &PGQuadStore{QuadStore: inner, db: db}, nil
}

// WrapPostgres gives an already opened Cayley postgres QuadStore the bulk
// write path; addr must be the address it was opened with.
func WrapPostgres(ctx context.Context, qs cgraph.QuadStore, addr string) (*PGQuadStore, error) {
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
	return &PGQuadStore{QuadStore: inner, db: db}, nil
}

// ApplyDeltas implements graph.QuadWriter's backend call with the bulk
// writer: all deltas in one SQL transaction, same errors as stock Cayley.
func (qs *PGQuadStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	_, err := qs.ApplyDeltasContext(context.Background(), in, opts)
	return err
}

// ApplyDeltasContext is ApplyDeltas with a context and a count of what
// changed.
func (qs *PGQuadStore) ApplyDeltasContext(ctx context.Context, in []cgraph.Delta, opts cgraph.IgnoreOpts) (PGResult, error) {
	return qs.applyDeltas(ctx, in, opts, false)
}

// applyDeltas is ApplyDeltasContext; labelledNew as in pgApply.
func (qs *PGQuadStore) applyDeltas(ctx context.Context, in []cgraph.Delta, opts cgraph.IgnoreOpts, labelledNew bool) (PGResult, error) {
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
func (qs *PGQuadStore) NewQuadWriter() (quad.WriteCloser, error) {
	return &pgQuadWriter{qs: qs}, nil
}

// DB is the connection pool the bulk writer uses (for tests and stats).
func (qs *PGQuadStore) DB() *sql.DB { return qs.db }

// Close closes Cayley's store and the bulk writer's pool.
func (qs *PGQuadStore) Close() error {
	err1 := qs.QuadStore.Close()
	err2 := qs.db.Close()
	return errors.Join(err1, err2)
}

type pgQuadWriter struct {
	qs     *PGQuadStore
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

// CayleyHandle is qs (a Store's QuadStore) as Cayley's HTTP API and query
// engine want it: Cayley's own QuadStore for reads — so on postgres its SQL
// optimiser still applies; wrapping the Store's Handle in another Handle
// would hide it — and, when write, a QuadWriter with opts that goes through
// the store's write path (on postgres the bulk writer, whose exact
// reference counts make IgnoreDup and IgnoreMissing safe).
func CayleyHandle(qs cgraph.QuadStore, write bool, opts cgraph.IgnoreOpts) *cgraph.Handle {
	h := &cgraph.Handle{QuadStore: cgraph.Unwrap(qs)}
	if !write {
		return h
	}
	target := qs
	if pqs, ok := pgStoreOf(qs); ok {
		target = pqs
	}
	h.QuadWriter, _ = writer.NewSingle(target, opts) // never fails
	return h
}
