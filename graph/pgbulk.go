package graph

// Bulk writes into Cayley's SQL store, PostgreSQL flavour.
//
// Why: stock Cayley (graph/sql/postgres RunTx) sends one INSERT per distinct
// node and one INSERT per quad, each a round trip to the server, so a load
// is bound by round-trip latency (≈150 µs a statement here: ~5k quads/s).
// This writer sends a whole batch in a handful of statements: the batch's
// nodes and quads are streamed with COPY into temporary tables, then moved
// into Cayley's own tables with INSERT … SELECT … ON CONFLICT DO NOTHING.
//
// Compatibility: rows are exactly what Cayley itself writes — node hashes
// from Cayley's refs.HashOf, value columns from csql.NodeValues (the same
// function stock Cayley calls), quads with the four hashes and ts = now() —
// so stock `cayley dump --db postgres` and Gizmo through Cayley read the
// database unchanged. One deliberate difference: nodes.refs counts only the
// quads really inserted, whereas stock Cayley also counts duplicates it
// skipped; exact counts are what lets deletes drop unused nodes.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgNodeColumns are the value columns of Cayley's nodes table, in the order
// the temporary table holds them.
var pgNodeColumns = []string{
	"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time",
}

const pgTempTables = `
CREATE TEMP TABLE ng_nodes (
	hash BYTEA NOT NULL,
	value BYTEA,
	value_string TEXT,
	datatype TEXT,
	language TEXT,
	iri BOOLEAN,
	bnode BOOLEAN,
	value_int BIGINT,
	value_bool BOOLEAN,
	value_float DOUBLE PRECISION,
	value_time TIMESTAMP WITH TIME ZONE
) ON COMMIT DROP;
CREATE TEMP TABLE ng_add (s BYTEA NOT NULL, p BYTEA NOT NULL, o BYTEA NOT NULL, l BYTEA) ON COMMIT DROP;
CREATE TEMP TABLE ng_del (s BYTEA NOT NULL, p BYTEA NOT NULL, o BYTEA NOT NULL, l BYTEA) ON COMMIT DROP;`

// Nodes first (quads reference them by foreign key), with refs 0; the quad
// statement below adds the references it really inserted.
const pgInsertNodes = `
INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
SELECT hash, 0, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
FROM ng_nodes
ON CONFLICT (hash) DO NOTHING`

// Without a conflict target, DO NOTHING honours both of Cayley's partial
// unique indexes (with and without label).
const pgInsertQuads = `
WITH ins AS (
	INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
	SELECT DISTINCT s, p, o, l, now() FROM ng_add
	ON CONFLICT DO NOTHING
	RETURNING subject_hash, predicate_hash, object_hash, label_hash
), used AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM ins
		UNION ALL SELECT predicate_hash FROM ins
		UNION ALL SELECT object_hash FROM ins
		UNION ALL SELECT label_hash FROM ins WHERE label_hash IS NOT NULL
	) x GROUP BY h
), upd AS (
	UPDATE nodes SET refs = nodes.refs + used.n FROM used WHERE nodes.hash = used.h
	RETURNING 1
)
SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM upd)`

// Two DELETEs because "label IS NOT DISTINCT FROM" cannot use an index.
const pgDeleteQuads = `
WITH d AS (
	SELECT DISTINCT s, p, o, l FROM ng_del
), del1 AS (
	DELETE FROM quads q USING d
	WHERE d.l IS NOT NULL AND q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o AND q.label_hash = d.l
	RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
), del2 AS (
	DELETE FROM quads q USING d
	WHERE d.l IS NULL AND q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o AND q.label_hash IS NULL
	RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
), del AS (
	SELECT * FROM del1 UNION ALL SELECT * FROM del2
), used AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM del
		UNION ALL SELECT predicate_hash FROM del
		UNION ALL SELECT object_hash FROM del
		UNION ALL SELECT label_hash FROM del WHERE label_hash IS NOT NULL
	) x GROUP BY h
), upd AS (
	UPDATE nodes SET refs = nodes.refs - used.n FROM used WHERE nodes.hash = used.h
	RETURNING 1
)
SELECT (SELECT count(*) FROM del), (SELECT count(*) FROM upd)`

// Stock Cayley runs "DELETE FROM nodes WHERE refs <= 0" over the whole
// table; only the nodes this batch touched can have dropped to zero.
const pgDeleteUnused = `
DELETE FROM nodes n USING (
	SELECT s AS h FROM ng_del UNION SELECT p FROM ng_del UNION SELECT o FROM ng_del
	UNION SELECT l FROM ng_del WHERE l IS NOT NULL
) t
WHERE n.hash = t.h AND n.refs <= 0`

// PGResult says what one bulk write changed.
type PGResult struct {
	Added   int // quads inserted (duplicates of stored quads not counted)
	Deleted int // quads deleted (quads that were not stored not counted)
}

// PGApplyDeltas applies deltas to a Cayley postgres database in one SQL
// transaction: all of them or, on error, none. Adds run before deletes, as
// in stock Cayley's SQL store. With opts.IgnoreDup false an add of a stored
// quad fails the whole batch with graph.ErrQuadExists, and with
// opts.IgnoreMissing false a delete of a missing quad fails it with
// graph.ErrQuadNotExist, both wrapped in *graph.DeltaError as Cayley does.
// Deadlocks and serialization failures with concurrent writers are retried.
func PGApplyDeltas(ctx context.Context, db *sql.DB, in []cgraph.Delta, opts cgraph.IgnoreOpts) (PGResult, error) {
	if len(in) == 0 {
		return PGResult{}, nil
	}
	var (
		res PGResult
		err error
	)
	for attempt := 0; ; attempt++ {
		res, err = pgApplyOnce(ctx, db, in, opts)
		var pe *pq.Error
		if err == nil || attempt >= 4 || !errors.As(err, &pe) ||
			(pe.Code != "40P01" && pe.Code != "40001") {
			return res, err
		}
	}
}

func pgApplyOnce(ctx context.Context, db *sql.DB, in []cgraph.Delta, opts cgraph.IgnoreOpts) (res PGResult, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("postgres bulk write: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if _, err = tx.ExecContext(ctx, pgTempTables); err != nil {
		return res, fmt.Errorf("postgres bulk write: temp tables: %w", err)
	}

	var nAdd, nDel int
	for _, d := range in {
		switch d.Action {
		case cgraph.Add:
			nAdd++
		case cgraph.Delete:
			nDel++
		default:
			return res, fmt.Errorf("postgres bulk write: unknown delta action %v", d.Action)
		}
	}

	if nAdd > 0 {
		if err = pgCopyAdds(ctx, tx, in); err != nil {
			return res, err
		}
		if _, err = tx.ExecContext(ctx, pgInsertNodes); err != nil {
			return res, fmt.Errorf("postgres bulk write: insert nodes: %w", err)
		}
		var upd int
		if err = tx.QueryRowContext(ctx, pgInsertQuads).Scan(&res.Added, &upd); err != nil {
			return res, fmt.Errorf("postgres bulk write: insert quads: %w", err)
		}
		if !opts.IgnoreDup && res.Added != nAdd {
			err = &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
			return res, err
		}
	}
	if nDel > 0 {
		if err = pgCopyQuads(ctx, tx, "ng_del", in, cgraph.Delete); err != nil {
			return res, err
		}
		// Fresh statistics so the planner joins by index, not by scanning quads.
		if _, err = tx.ExecContext(ctx, `ANALYZE ng_del`); err != nil {
			return res, fmt.Errorf("postgres bulk write: analyze: %w", err)
		}
		var upd int
		if err = tx.QueryRowContext(ctx, pgDeleteQuads).Scan(&res.Deleted, &upd); err != nil {
			return res, fmt.Errorf("postgres bulk write: delete quads: %w", err)
		}
		if !opts.IgnoreMissing && res.Deleted != nDel {
			err = &cgraph.DeltaError{Err: cgraph.ErrQuadNotExist}
			return res, err
		}
		if _, err = tx.ExecContext(ctx, pgDeleteUnused); err != nil {
			return res, fmt.Errorf("postgres bulk write: delete unused nodes: %w", err)
		}
	}
	if err = tx.Commit(); err != nil {
		return res, fmt.Errorf("postgres bulk write: commit: %w", err)
	}
	return res, nil
}

// pgCopyAdds streams the distinct nodes of the added quads, then the quads.
func pgCopyAdds(ctx context.Context, tx *sql.Tx, in []cgraph.Delta) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("ng_nodes", append([]string{"hash"}, pgNodeColumns...)...))
	if err != nil {
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	seen := make(map[refs.ValueHash]struct{}, len(in))
	row := make([]any, 1+len(pgNodeColumns))
	for _, d := range in {
		if d.Action != cgraph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			v := d.Quad.Get(dir)
			if v == nil {
				continue
			}
			h := csql.HashOf(v)
			if _, ok := seen[h.ValueHash]; ok {
				continue
			}
			seen[h.ValueHash] = struct{}{}
			if err := pgNodeRow(row, h, v); err != nil {
				stmt.Close()
				return fmt.Errorf("postgres bulk write: node %v: %w", v, err)
			}
			if _, err := stmt.ExecContext(ctx, row...); err != nil {
				stmt.Close()
				return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
			}
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	return pgCopyQuads(ctx, tx, "ng_add", in, cgraph.Add)
}

// pgNodeRow fills row (hash + value columns) the way Cayley encodes v.
func pgNodeRow(row []any, h csql.NodeHash, v quad.Value) error {
	typ, vals, err := csql.NodeValues(h, v)
	if err != nil {
		return err
	}
	for i := range row {
		row[i] = nil
	}
	row[0] = vals[0] // hash
	for i, col := range typ.Columns() {
		row[1+pgNodeColumnIndex(col)] = vals[1+i]
	}
	return nil
}

func pgNodeColumnIndex(col string) int {
	for i, c := range pgNodeColumns {
		if c == col {
			return i
		}
	}
	panic("cayley node column not in pgNodeColumns: " + col) // a Cayley upgrade changed its schema
}

func pgCopyQuads(ctx context.Context, tx *sql.Tx, table string, in []cgraph.Delta, action cgraph.Procedure) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, "s", "p", "o", "l"))
	if err != nil {
		return fmt.Errorf("postgres bulk write: copy %s: %w", table, err)
	}
	row := make([]any, 4)
	for _, d := range in {
		if d.Action != action {
			continue
		}
		for i, dir := range quad.Directions {
			row[i] = csql.HashOf(d.Quad.Get(dir)).SQLValue() // nil for a missing label
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return fmt.Errorf("postgres bulk write: copy %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("postgres bulk write: copy %s: %w", table, err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("postgres bulk write: copy %s: %w", table, err)
	}
	return nil
}
