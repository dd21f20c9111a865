package graph

// The postgres backend: Cayley's own SQL QuadStore (stock `--db postgres`),
// reads untouched, with writes routed through the bulk writer in pgbulk.go.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" (and lib/pq)
	"github.com/cayleygraph/quad"
)

// PGQuadStore is Cayley's postgres QuadStore with batched writes. Embedding
// the concrete *csql.QuadStore keeps every method stock Cayley has —
// including OptimizeShape, which pushes Gizmo paths down into SQL — and
// replaces only ApplyDeltas and NewQuadWriter. Use it anywhere a Cayley
// graph.QuadStore goes (cayley.Handle, writer.NewSingleReplication,
// graph.NewTransaction + ApplyTransaction): every write then takes the
// bulk path, one SQL transaction per ApplyDeltas call.
type PGQuadStore struct {
	*csql.QuadStore
	db *sql.DB
}

var _ cgraph.QuadStore = (*PGQuadStore)(nil)

func init() {
	RegisterBackend("postgres", Backend{Open: openPostgresBackend, Apply: applyPostgresBackend})
}

// openPostgresBackend opens cfg.Address for Store; a read-only store never
// creates the schema.
func openPostgresBackend(ctx context.Context, cfg Config) (cgraph.QuadStore, error) {
	if cfg.Address == "" {
		return nil, fmt.Errorf("open postgres store: no address (set store.address to postgres://user@host:5432/db)")
	}
	if cfg.ReadOnly {
		qs, err := cgraph.NewQuadStore("postgres", cfg.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("open postgres store %s: %w", redactDSN(cfg.Address), err)
		}
		return WrapPostgres(ctx, qs, cfg.Address)
	}
	return OpenPostgres(ctx, cfg.Address, nil)
}

// applyPostgresBackend is Store's write path on postgres: one bulk SQL
// transaction, strict like Cayley's default (an add of a stored quad or a
// delete of a missing one fails the batch).
func applyPostgresBackend(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) error {
	pq, ok := qs.(*PGQuadStore)
	if !ok {
		return qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{})
	}
	_, err := pq.ApplyDeltasContext(ctx, deltas, cgraph.IgnoreOpts{})
	return err
}

// OpenPostgres opens the Cayley postgres database at addr (a DSN such as
// postgres://user@host:5432/db?sslmode=disable), creating Cayley's schema
// first if the database has none. opts are Cayley's SQL store options
// (e.g. maxopenconnections); nil is fine.
func OpenPostgres(ctx context.Context, addr string, opts cgraph.Options) (*PGQuadStore, error) {
	if opts == nil {
		opts = cgraph.Options{}
	}
	// Cayley's Init creates both tables and all indexes in one transaction
	// and reports an existing schema as ErrDatabaseExists.
	if err := cgraph.InitQuadStore("postgres", addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("postgres store %s: init schema: %w", redactDSN(addr), err)
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, opts)
	if err != nil {
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
	}
	inner, ok := qs.(*csql.QuadStore)
	if !ok {
		qs.Close()
		return nil, fmt.Errorf("postgres store: cayley returned %T, want *sql.QuadStore", qs)
	}
	db, err := sql.Open("postgres", addr)
	if err == nil {
		err = db.PingContext(ctx)
	}
	if err != nil {
		inner.Close()
		return nil, fmt.Errorf("postgres store %s: %w", redactDSN(addr), err)
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
	res, err := PGApplyDeltas(ctx, qs.db, in, opts)
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
