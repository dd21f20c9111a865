package pgstore

// Bulk writes into Cayley's SQL store, PostgreSQL flavour.
//
// Why: stock Cayley (graph/sql/postgres RunTx) sends one INSERT per distinct
// node and one INSERT per quad, each a round trip to the server, so a load
// is bound by round-trip latency (≈150 µs a statement here: ~5k quads/s).
// This writer sends a whole batch in a handful of statements, one SQL
// transaction: the quads are COPYed into a temporary table and probed
// against Cayley's unique index in one statement (only when stored quads
// may be among them), the new nodes are COPYed and moved with one
// INSERT … SELECT … ON CONFLICT DO NOTHING, the new quads are COPYed
// straight into Cayley's quads table (COPY's multi-row inserts), and the
// stored nodes' reference counts are raised by one UPDATE.
//
// Compatibility: rows are exactly what Cayley itself writes — node hashes
// from Cayley's refs.HashOf, value columns from csql.NodeValues (the same
// function stock Cayley calls), quads with the four hashes and ts = now() —
// so stock `cayley dump --db postgres` and Gizmo through Cayley read the
// database unchanged. One deliberate difference: nodes.refs counts only the
// quads really inserted, whereas stock Cayley also counts duplicates it
// skipped; exact counts are what lets deletes drop unused nodes.

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/graph"
)

// pgNodeColumns are the value columns of Cayley's nodes table, in the order
// the temporary table holds them.
var pgNodeColumns = []string{
	"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time",
}

// Per-connection scratch tables, emptied at every commit; IF NOT EXISTS
// keeps the catalog untouched after a connection's first batch.
const pgTempTables = `
CREATE TEMP TABLE IF NOT EXISTS ng_nodes (
	hash BYTEA NOT NULL,
	refs INT NOT NULL,
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
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ng_fresh (hash BYTEA NOT NULL) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ng_upd (h BYTEA NOT NULL, n INT NOT NULL) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ng_probe (i INT NOT NULL, s BYTEA NOT NULL, p BYTEA NOT NULL, o BYTEA NOT NULL, l BYTEA) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ng_del (s BYTEA NOT NULL, p BYTEA NOT NULL, o BYTEA NOT NULL, l BYTEA) ON COMMIT DELETE ROWS;`

// Nodes first: quads reference them by foreign key. A node that did not
// exist can only be in this batch's new quads, so the client's count is its
// exact reference count; it is inserted with it and remembered as fresh.
// Stored nodes get their increments at the very end (pgApplyUpd), so
// concurrent writers hold those hot rows (predicates, types) only until
// commit. Sorted by hash so writers wait on one another in one order
// rather than deadlock.
const pgInsertNewNodes = `
WITH ins AS (
	INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
	SELECT hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
	FROM ng_nodes ORDER BY hash
	ON CONFLICT (hash) DO NOTHING
	RETURNING hash
)
INSERT INTO ng_fresh SELECT hash FROM ins`

// pgUpsertNodes is pgInsertNewNodes and the reference counts in one
// statement, for bulk sessions: there a batch runs alone (bulkMu and the
// bulk lock), so holding the stored nodes' rows from the start of the
// transaction delays no other writer, and one pass over ng_nodes replaces
// three statements (insert, find the stored ones, update them).
const pgUpsertNodes = `
INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
SELECT hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
FROM ng_nodes ORDER BY hash
ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`

// After the quads went in: every one was new, so stored nodes gain the
// client's counts.
const pgUpd = `
INSERT INTO ng_upd
SELECT hash, refs FROM ng_nodes g WHERE NOT EXISTS (SELECT 1 FROM ng_fresh f WHERE f.hash = g.hash)`

// Which probed quads are stored already: one index probe each. LATERAL …
// LIMIT 1 keeps the planner on a nested loop over the index; a plain
// EXISTS let it sort the whole quads table for a merge join.
const pgProbe = `
SELECT a.i FROM ng_probe a CROSS JOIN LATERAL (
	SELECT 1 FROM quads q
	WHERE q.subject_hash = a.s AND q.predicate_hash = a.p AND q.object_hash = a.o
	AND (q.label_hash = a.l OR (q.label_hash IS NULL AND a.l IS NULL))
	LIMIT 1
) x`

// In hash order (a nested loop over the sorted increments), so concurrent
// writers lock shared nodes in one order; a deadlock, should the planner
// choose otherwise, is retried by ApplyDeltas.
const pgApplyUpd = `
UPDATE nodes SET refs = nodes.refs + u.n
FROM (SELECT h, n FROM ng_upd ORDER BY h) u
WHERE nodes.hash = u.h`

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

// Result says what one bulk write changed.
type Result struct {
	Added   int // quads inserted (duplicates of stored quads not counted)
	Deleted int // quads deleted (quads that were not stored not counted)
	// existing: the distinct adds skipped because they were stored.
	existing []quad.Quad
}

// ApplyDeltas applies deltas to a Cayley postgres database in one SQL
// transaction: all of them or, on error, none. Adds run before deletes, as
// in stock Cayley's SQL store. With opts.IgnoreDup false an add of a stored
// quad fails the whole batch with graph.ErrQuadExists, and with
// opts.IgnoreMissing false a delete of a missing quad fails it with
// graph.ErrQuadNotExist, both wrapped in *graph.DeltaError as Cayley does.
// Deadlocks and serialization failures with concurrent writers are retried.
func ApplyDeltas(ctx context.Context, db *sql.DB, in []cgraph.Delta, opts cgraph.IgnoreOpts) (Result, error) {
	return pgApply(ctx, db, in, opts, nil, false, false, nil)
}

// pgApply is ApplyDeltas. dupsSeen, when not nil, remembers whether the
// last lenient batch held stored quads: if it did not, the next one is
// first written optimistically, without probing (see pgApplyOnce). bulk:
// the caller holds a bulk session (bulkmode.go), so no unique index
// guards quads and every batch probes. labelledNew: the caller vouches
// that no labelled add is stored (a new document's facts), so in bulk mode
// only unlabelled adds are probed; should it be wrong, the rebuild at the
// session's end removes the duplicates (pgDedupeQuads).
//
// seen, when not nil, is the bulk session's record of what it stored
// (pgSeen): it answers the duplicate probe instead of the server.
func pgApply(ctx context.Context, db *sql.DB, in []cgraph.Delta, opts cgraph.IgnoreOpts, dupsSeen *atomic.Bool, bulk, labelledNew bool, seen *pgSeen) (Result, error) {
	if len(in) == 0 {
		return Result{}, nil
	}
	var (
		res Result
		err error
	)
	b, err := newPGBatch(in, !opts.IgnoreDup)
	if err != nil {
		return res, err
	}
	b.labelledNew = labelledNew && opts.IgnoreDup
	if bulk {
		b.seen = seen
	}
	optimistic := dupsSeen != nil && !dupsSeen.Load() && !bulk
	for attempt := 0; ; attempt++ {
		var dups bool
		res, dups, err = pgApplyOnce(ctx, db, b, opts, optimistic, bulk)
		if dupsSeen != nil && err == nil {
			dupsSeen.Store(dups)
		}
		var pe *pq.Error
		retry := errors.Is(err, errPGRace) ||
			(errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001"))
		if err == nil || !retry || attempt >= 4 {
			return res, err
		}
		// Back off a little so the writer that won commits first.
		select {
		case <-time.After(time.Duration(attempt+1) * 20 * time.Millisecond):
		case <-ctx.Done():
			return res, ctx.Err()
		}
	}
}

// errPGRace: a quad probed as new was stored by a concurrent writer before
// this batch's COPY; the batch is rolled back and retried.
var errPGRace = errors.New("postgres bulk write: a concurrent writer stored the same quad")

func isUniqueViolation(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "23505"
}

// pgApplyOnce runs one attempt of a batch in one transaction. A lenient
// batch either probes its quads first and writes the new ones, or, when
// optimistic, writes them all inside a savepoint and probes only if a
// unique index rejects one (then the savepoint is rolled back). It reports
// whether stored quads were among the adds.
//
// Outside a bulk session it first takes the bulk lock shared, so it waits
// while another process's bulk session has the unique indexes dropped.
// In bulk mode strict batches probe too: a stored or repeated add fails
// them, as the unique indexes would.
func pgApplyOnce(ctx context.Context, db *sql.DB, b *pgBatch, opts cgraph.IgnoreOpts, optimistic, bulk bool) (res Result, dups bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return res, false, fmt.Errorf("postgres bulk write: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	setup := pgTempTables
	if !bulk {
		// One round trip with the temp tables (no arguments: simple query).
		setup = fmt.Sprintf("SELECT pg_advisory_xact_lock_shared(%d);%s", int64(pgBulkLockKey), pgTempTables)
	}
	if _, err = tx.ExecContext(ctx, setup); err != nil {
		return res, false, fmt.Errorf("postgres bulk write: temp tables: %w", err)
	}

	written := false
	if len(b.adds) > 0 && opts.IgnoreDup && optimistic {
		if err = pgExec(ctx, tx, "savepoint", "SAVEPOINT ng_try"); err != nil {
			return res, false, err
		}
		err = pgWriteAdds(ctx, tx, b.adds, false)
		switch {
		case err == nil:
			written = true
		case isUniqueViolation(err):
			dups = true
			if err = pgExec(ctx, tx, "rollback to savepoint", "ROLLBACK TO SAVEPOINT ng_try"); err != nil {
				return res, dups, err
			}
		default:
			return res, false, err
		}
	}
	var added []pgQuad
	if !written && len(b.adds) > 0 {
		adds := b.adds
		if opts.IgnoreDup || bulk {
			if b.seen.covers(b.labelledNew) {
				adds, res.existing = b.seen.split(b.adds, b.labelledNew)
			} else if adds, res.existing, err = b.newAdds(ctx, tx, bulk && b.labelledNew); err != nil {
				return res, dups, err
			}
			dups = dups || len(adds) < len(b.adds)
			if !opts.IgnoreDup && (dups || b.repeated) {
				err = &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
				return res, dups, err
			}
		}
		if err = pgWriteAdds(ctx, tx, adds, bulk); err != nil {
			if isUniqueViolation(err) {
				if opts.IgnoreDup {
					err = errPGRace
				} else {
					err = &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
				}
			}
			return res, dups, err
		}
		res.Added = len(adds)
		added = adds
	} else if written {
		res.Added = len(b.adds)
		added = b.adds
	}
	if len(b.dels) > 0 {
		if err = pgCopyRows(ctx, tx, pq.CopyIn("ng_del", "s", "p", "o", "l"), b.dels, time.Time{}); err != nil {
			return res, dups, err
		}
		// Fresh statistics so the planner joins by index, not by scanning quads.
		if _, err = tx.ExecContext(ctx, `ANALYZE ng_del`); err != nil {
			return res, dups, fmt.Errorf("postgres bulk write: analyze: %w", err)
		}
		var upd int
		if err = tx.QueryRowContext(ctx, pgDeleteQuads).Scan(&res.Deleted, &upd); err != nil {
			return res, dups, fmt.Errorf("postgres bulk write: delete quads: %w", err)
		}
		if !opts.IgnoreMissing && res.Deleted != b.nDel {
			err = &cgraph.DeltaError{Err: cgraph.ErrQuadNotExist}
			return res, dups, err
		}
		if _, err = tx.ExecContext(ctx, pgDeleteUnused); err != nil {
			return res, dups, fmt.Errorf("postgres bulk write: delete unused nodes: %w", err)
		}
	}
	if err = tx.Commit(); err != nil {
		return res, dups, fmt.Errorf("postgres bulk write: commit: %w", err)
	}
	b.seen.record(added, b.dels, b.labelledNew)
	return res, dups, nil
}

// pgWriteAdds writes quads known (or hoped) to be new: their nodes, the
// quads straight into Cayley's table, then the stored nodes' reference
// counts. upsert (bulk sessions): the counts go with the insert.
func pgWriteAdds(ctx context.Context, tx *sql.Tx, adds []pgQuad, upsert bool) error {
	if err := pgCopyNodes(ctx, tx, pgCountNodes(adds)); err != nil {
		return err
	}
	insert := pgInsertNewNodes
	if upsert {
		insert = pgUpsertNodes
	}
	if err := pgExec(ctx, tx, "insert nodes", insert); err != nil {
		return err
	}
	// In subject order, kinder to the indexes. Cayley's unique indexes
	// reject a stored quad (23505): the error a strict batch wants, the
	// signal to probe for a lenient one.
	var now time.Time
	if err := tx.QueryRowContext(ctx, `SELECT now()::timestamp`).Scan(&now); err != nil {
		return fmt.Errorf("postgres bulk write: %w", err)
	}
	sort.Slice(adds, func(i, j int) bool {
		return bytes.Compare(adds[i].row[0].ValueHash[:], adds[j].row[0].ValueHash[:]) < 0
	})
	if err := pgCopyRows(ctx, tx, pq.CopyIn("quads", "subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"), adds, now); err != nil {
		return err
	}
	if upsert {
		return nil
	}
	if err := pgExec(ctx, tx, "count references", pgUpd); err != nil {
		return err
	}
	return pgExec(ctx, tx, "update references", pgApplyUpd)
}

func pgExec(ctx context.Context, tx *sql.Tx, what, stmt string) error {
	if _, err := tx.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("postgres bulk write: %s: %w", what, err)
	}
	return nil
}

// pgQuadRow is a quad as its four node hashes (label zero when absent).
type pgQuadRow [4]csql.NodeHash

// pgQuad is a quad with its hashes.
type pgQuad struct {
	row pgQuadRow
	q   quad.Quad
}

// pgBatch is a batch hashed on the client, before any SQL.
type pgBatch struct {
	adds     []pgQuad
	repeated bool // a strict batch adds some quad twice
	// labelledNew: see pgApply.
	labelledNew bool
	dels        []pgQuad
	nDel        int
	seen        *pgSeen // see pgApply
}

// pgSeen is what a bulk session that began on an empty quads table has
// stored: then a quad is stored exactly when the session stored it (the
// session is the only writer: bulkMu and the bulk lock), and the
// duplicate probe needs no server round trip, temporary table or index.
// Keys are 8-byte prefixes of each of the four SHA-1 hashes (pgSeenKey),
// about 50 bytes a quad. Batches whose caller vouches for their labelled
// quads (labelledNew) record only the unlabelled ones, to keep an
// ingest's memory small; from then on the record no longer covers
// labelled quads, and a batch that would need them probes the server.
type pgSeen struct {
	rows     map[pgSeenKey]struct{}
	labelled bool // rows holds labelled quads too
	// docs and sources: the documents newsgraph's ingest stored in the
	// session, and their sources (documents.go), so that it needs no reads.
	docs, sources map[csql.NodeHash]bool
}

type pgSeenKey [4][8]byte

func newPGSeen() *pgSeen {
	return &pgSeen{
		rows: make(map[pgSeenKey]struct{}), labelled: true,
		docs: make(map[csql.NodeHash]bool), sources: make(map[csql.NodeHash]bool),
	}
}

func seenKey(r pgQuadRow) (k pgSeenKey) {
	for i := range r {
		copy(k[i][:], r[i].ValueHash[:8])
	}
	return k
}

// covers says whether the record can answer for a batch.
func (s *pgSeen) covers(labelledNew bool) bool {
	return s != nil && (s.labelled || labelledNew)
}

// split is newAdds answered from the record.
func (s *pgSeen) split(adds []pgQuad, labelledNew bool) (fresh []pgQuad, existing []quad.Quad) {
	fresh = make([]pgQuad, 0, len(adds))
	for _, a := range adds {
		if !(labelledNew && a.row[3].Valid()) {
			if _, ok := s.rows[seenKey(a.row)]; ok {
				existing = append(existing, a.q)
				continue
			}
		}
		fresh = append(fresh, a)
	}
	return fresh, existing
}

// record notes a committed batch: adds stored, dels gone (a requested
// delete of a quad that was not stored removes nothing).
func (s *pgSeen) record(adds, dels []pgQuad, labelledNew bool) {
	if s == nil {
		return
	}
	// In the batch's order: adds first, then deletes.
	for _, a := range adds {
		if labelledNew && a.row[3].Valid() {
			s.labelled = false
			continue
		}
		s.rows[seenKey(a.row)] = struct{}{}
	}
	for _, d := range dels {
		delete(s.rows, seenKey(d.row))
		if d.row[0] == d.row[3] && d.row[1] == pgRDFType {
			// A document's type quad (doc rdf:type Document, labelled
			// doc), which says it is stored, is gone: whoever deleted it
			// (forget, during an ingest), the document is no longer known.
			delete(s.docs, d.row[0])
		}
	}
}

var pgRDFType = csql.HashOf(quad.IRI(graph.RDFType))

// newPGBatch hashes in. Strict batches keep every add (a duplicate must
// fail, as in Cayley); lenient ones keep each distinct add once.
func newPGBatch(in []cgraph.Delta, strict bool) (*pgBatch, error) {
	b := &pgBatch{}
	seenAdd := make(map[pgQuadRow]struct{}, len(in))
	seenDel := make(map[pgQuadRow]struct{})
	for _, d := range in {
		var r pgQuadRow
		for i, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				r[i] = csql.HashOf(v)
			}
		}
		switch d.Action {
		case cgraph.Add:
			if _, dup := seenAdd[r]; dup {
				b.repeated = true
				if !strict {
					continue
				}
			}
			seenAdd[r] = struct{}{}
			b.adds = append(b.adds, pgQuad{row: r, q: d.Quad})
		case cgraph.Delete:
			b.nDel++
			if _, dup := seenDel[r]; dup {
				continue
			}
			seenDel[r] = struct{}{}
			b.dels = append(b.dels, pgQuad{row: r, q: d.Quad})
		default:
			return nil, fmt.Errorf("postgres bulk write: unknown delta action %v", d.Action)
		}
	}
	return b, nil
}

// newAdds returns the adds not stored yet, and the stored ones' hashes,
// probing them all (or, with skipLabelled, the unlabelled ones) in one
// statement.
func (b *pgBatch) newAdds(ctx context.Context, tx *sql.Tx, skipLabelled bool) ([]pgQuad, []quad.Quad, error) {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("ng_probe", "i", "s", "p", "o", "l"))
	if err != nil {
		return nil, nil, fmt.Errorf("postgres bulk write: copy probe: %w", err)
	}
	row := make([]any, 5)
	for i, a := range b.adds {
		if skipLabelled && a.row[3].Valid() {
			continue
		}
		row[0] = i
		for j := range a.row {
			row[1+j] = a.row[j].SQLValue()
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return nil, nil, fmt.Errorf("postgres bulk write: copy probe: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return nil, nil, fmt.Errorf("postgres bulk write: copy probe: %w", err)
	}
	if err := stmt.Close(); err != nil {
		return nil, nil, fmt.Errorf("postgres bulk write: copy probe: %w", err)
	}
	rows, err := tx.QueryContext(ctx, pgProbe)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres bulk write: probe: %w", err)
	}
	defer rows.Close()
	stored := make([]bool, len(b.adds))
	for rows.Next() {
		var i int
		if err := rows.Scan(&i); err != nil {
			return nil, nil, fmt.Errorf("postgres bulk write: probe: %w", err)
		}
		stored[i] = true
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("postgres bulk write: probe: %w", err)
	}
	out := make([]pgQuad, 0, len(b.adds))
	var existing []quad.Quad
	for i, a := range b.adds {
		if stored[i] {
			existing = append(existing, a.q)
		} else {
			out = append(out, a)
		}
	}
	return out, existing, nil
}

type pgNode struct {
	hash refs.ValueHash
	val  quad.Value
	refs int
}

// pgCountNodes lists the nodes of adds, each with the number of references
// the adds make to it, in first-seen order.
func pgCountNodes(adds []pgQuad) []*pgNode {
	byHash := make(map[refs.ValueHash]*pgNode, len(adds))
	var out []*pgNode
	for _, a := range adds {
		for i, dir := range quad.Directions {
			h := a.row[i].ValueHash
			if !a.row[i].Valid() {
				continue
			}
			n := byHash[h]
			if n == nil {
				n = &pgNode{hash: h, val: a.q.Get(dir)}
				byHash[h] = n
				out = append(out, n)
			}
			n.refs++
		}
	}
	return out
}

// pgCopyNodes streams nodes, with their reference counts and value columns
// exactly as Cayley encodes them, into ng_nodes.
func pgCopyNodes(ctx context.Context, tx *sql.Tx, nodes []*pgNode) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("ng_nodes", append([]string{"hash", "refs"}, pgNodeColumns...)...))
	if err != nil {
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	row := make([]any, 2+len(pgNodeColumns))
	for _, n := range nodes {
		if err := pgNodeRow(row[1:], csql.NodeHash{ValueHash: n.hash}, n.val); err != nil {
			stmt.Close()
			return fmt.Errorf("postgres bulk write: node %v: %w", n.val, err)
		}
		row[0], row[1] = row[1], n.refs // hash first, then refs
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("postgres bulk write: copy nodes: %w", err)
	}
	return nil
}

// pgNodeRow fills row (hash, then the value columns) the way Cayley
// encodes v.
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

// pgCopyRows runs the COPY statement copy over rows; a non-zero ts is sent
// as a fifth column.
func pgCopyRows(ctx context.Context, tx *sql.Tx, copy string, rows []pgQuad, ts time.Time) error {
	stmt, err := tx.PrepareContext(ctx, copy)
	if err != nil {
		return fmt.Errorf("postgres bulk write: %s: %w", copy, err)
	}
	row := make([]any, 4, 5)
	if !ts.IsZero() {
		row = append(row, ts)
	}
	for _, r := range rows {
		for i := range r.row {
			row[i] = r.row[i].SQLValue() // nil for a missing label
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return fmt.Errorf("postgres bulk write: %s: %w", copy, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("postgres bulk write: %s: %w", copy, err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("postgres bulk write: %s: %w", copy, err)
	}
	return nil
}
