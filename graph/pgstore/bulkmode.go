package pgstore

// Bulk-load mode for the postgres store, after "Populating a Database" in
// PostgreSQL's manual: for a load that is large next to the quads already
// stored, drop the quads table's secondary indexes and foreign keys, load,
// and rebuild them once at the end. Measured on the BBC corpus (285k
// quads), Cayley's two unique indexes, its pos/osp indexes and its four
// foreign keys cost more than half of the COPY into quads; rebuilding them
// from scratch takes about a second.
//
// What stays: the spo and ops indexes (Cayley's reads during an ingest —
// does this document or shared quad exist, which documents came from this
// source — and the writer's duplicate probe need them), both primary keys
// (nodes' is what ON CONFLICT uses) and the nodes table untouched. A
// session that begins on an empty quads table drops spo and ops too: it
// stored everything there is, so it answers those questions from its own
// record (pgSeen in bulk.go) without reading.
//
// Safety:
//   - The definitions are read from the catalog (pg_get_indexdef,
//     pg_get_constraintdef) before dropping and stored in a table,
//     newsgraph_bulk, in the same transaction as the drops; the rebuild
//     runs exactly those statements and drops the table in one
//     transaction. So the schema after a bulk load is the one before it,
//     names and definitions identical (whatever fill factor Cayley was
//     initialised with), and a run that died in between is repaired by the
//     next writable open, which finds newsgraph_bulk.
//   - Without unique indexes nothing rejects a duplicate quad, so in bulk
//     mode every batch probes its adds against the stored quads (through
//     spo_index) and writes only new ones; strict batches fail on any
//     stored or repeated add as before. Each batch is still one
//     transaction: a document's facts are all-or-nothing.
//   - A session-level advisory lock (pgBulkLockKey) held on its own
//     connection marks the live session: every other newsgraph writer takes
//     the same lock shared for its transaction, so it waits until the
//     indexes are back rather than write where no unique index guards, and
//     the repair on open only runs when it can take the lock (no session is
//     live). Stock Cayley writers do not know the lock: do not run
//     `cayley load` into a database during a newsgraph bulk ingest.

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/graph"
)

// pgBulkLockKey is the advisory lock of a bulk session ("ngbulk").
const pgBulkLockKey = 0x6e6762756c6b

// pgBulkDropped are the schema objects on quads a bulk session drops:
// Cayley's names (graph/sql/database.go quadIndexes).
var (
	pgBulkDropIndexes     = []string{"spo_unique", "spol_unique", "pos_index", "osp_index"}
	pgBulkDropConstraints = []string{"subject_hash_fk", "predicate_hash_fk", "object_hash_fk", "label_hash_fk"}
	// pgBulkDropIfEmpty: dropped too when the session starts on an empty
	// quads table (see BeginBulk).
	pgBulkDropIfEmpty = []string{"spo_index", "ops_index"}
)

// pgBulkTable records the dropped objects' definitions while a session is
// live (and after it died, until repaired).
const pgBulkTable = "newsgraph_bulk"

// Bulk is a live bulk-load session on a Store; End rebuilds.
type Bulk struct {
	qs   *Store
	conn *sql.Conn // holds the session advisory lock
}

// BeginBulk drops the quads table's unique indexes, its pos and osp
// indexes and its foreign keys in one transaction, and puts qs's writes in
// bulk mode until End. It returns nil (and no error) without changing
// anything when another bulk session or a writer in mid-transaction holds
// the lock: the caller then simply writes the normal way.
func (qs *Store) BeginBulk(ctx context.Context) (*Bulk, error) {
	conn, err := qs.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres bulk mode: %w", err)
	}
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(pgBulkLockKey)).Scan(&got); err != nil {
		conn.Close()
		return nil, fmt.Errorf("postgres bulk mode: lock: %w", err)
	}
	if !got {
		conn.Close()
		return nil, nil
	}
	b := &Bulk{qs: qs, conn: conn}
	// A session that died left its table: put its objects back first, so
	// the definitions recorded below are the originals.
	if err := pgRepairBulk(ctx, conn); err != nil {
		b.release()
		return nil, err
	}
	var empty bool
	if err := conn.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM quads)`).Scan(&empty); err != nil {
		b.release()
		return nil, fmt.Errorf("postgres bulk mode: %w", err)
	}
	drop := pgBulkDropIndexes
	if empty {
		// Nothing stored before: the session knows every quad, document
		// and source there is (pgSeen), so nothing needs spo_index or
		// ops_index until the rebuild, and loading without them is
		// cheaper than maintaining them row by row.
		drop = append(append([]string{}, drop...), pgBulkDropIfEmpty...)
	}
	if err := pgDropForBulk(ctx, conn, drop); err != nil {
		b.release()
		return nil, err
	}
	qs.bulkMu.Lock()
	qs.seen = nil
	if empty {
		qs.seen = newPGSeen()
	}
	qs.bulkMu.Unlock()
	qs.bulk.Store(true)
	return b, nil
}

// End rebuilds what BeginBulk dropped, exactly as it was, in one
// transaction, and leaves bulk mode. On error the objects stay recorded
// and the next writable open (or BeginBulk) rebuilds them.
func (b *Bulk) End(ctx context.Context) error {
	if b == nil || b.conn == nil {
		return nil
	}
	defer b.release()
	b.qs.bulk.Store(false)
	b.qs.bulkMu.Lock()
	b.qs.seen = nil
	b.qs.bulkMu.Unlock()
	return pgRepairBulk(ctx, b.conn)
}

func (b *Bulk) release() {
	// Closing the connection would release the session lock too, but the
	// pool keeps connections open: unlock explicitly.
	_, _ = b.conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(pgBulkLockKey))
	b.conn.Close()
	b.conn = nil
}

// pgDropForBulk records the definitions of the objects it drops and drops
// them, all in one transaction.
func pgDropForBulk(ctx context.Context, conn *sql.Conn, indexes []string) (err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("postgres bulk mode: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if _, err = tx.ExecContext(ctx, `CREATE TABLE `+pgBulkTable+` (seq INT NOT NULL, name TEXT NOT NULL, ddl TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	// Rebuild order: indexes first (the unique ones checking that the
	// load added no duplicate), then foreign keys.
	if _, err = tx.ExecContext(ctx, `
INSERT INTO `+pgBulkTable+` (seq, name, ddl)
SELECT 1, c.relname, pg_get_indexdef(c.oid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = 'quads'::regclass AND c.relname = ANY($1)
UNION ALL
SELECT 2, conname, 'ALTER TABLE ' || conrelid::regclass::text || ' ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint
WHERE conrelid = 'quads'::regclass AND conname = ANY($2)`,
		pq.Array(indexes), pq.Array(pgBulkDropConstraints)); err != nil {
		return fmt.Errorf("postgres bulk mode: record schema: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, name FROM `+pgBulkTable)
	if err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	var drops []string
	for rows.Next() {
		var seq int
		var name string
		if err = rows.Scan(&seq, &name); err != nil {
			rows.Close()
			return fmt.Errorf("postgres bulk mode: %w", err)
		}
		if seq == 1 {
			drops = append(drops, `DROP INDEX `+pq.QuoteIdentifier(name))
		} else {
			drops = append(drops, `ALTER TABLE quads DROP CONSTRAINT `+pq.QuoteIdentifier(name))
		}
	}
	rows.Close()
	if err = rows.Err(); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	for _, d := range drops {
		if _, err = tx.ExecContext(ctx, d); err != nil {
			return fmt.Errorf("postgres bulk mode: %s: %w", d, err)
		}
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("postgres bulk mode: commit: %w", err)
	}
	return nil
}

// pgRepairBulk recreates the objects recorded in newsgraph_bulk that are
// missing and drops the table, in one transaction; without the table it
// does nothing. The caller holds the bulk lock.
func pgRepairBulk(ctx context.Context, conn *sql.Conn) (err error) {
	var has bool
	if err = conn.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, pgBulkTable).Scan(&has); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	if !has {
		return nil
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("postgres bulk mode: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	// Index builds sort the whole table: give them memory for it.
	if _, err = tx.ExecContext(ctx, `SET LOCAL maintenance_work_mem = '256MB'`); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `
SELECT b.ddl FROM `+pgBulkTable+` b
WHERE NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE b.seq = 1 AND i.indrelid = 'quads'::regclass AND c.relname = b.name)
AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE b.seq = 2 AND conrelid = 'quads'::regclass AND conname = b.name)
ORDER BY b.seq, b.name`)
	if err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	var ddls []string
	for rows.Next() {
		var d string
		if err = rows.Scan(&d); err != nil {
			rows.Close()
			return fmt.Errorf("postgres bulk mode: %w", err)
		}
		ddls = append(ddls, d)
	}
	rows.Close()
	if err = rows.Err(); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	deduped := false
	for _, d := range ddls {
		if _, err = tx.ExecContext(ctx, `SAVEPOINT ng_ddl`); err != nil {
			return fmt.Errorf("postgres bulk mode: %w", err)
		}
		_, err = tx.ExecContext(ctx, d)
		if isUniqueViolation(err) && !deduped {
			// A quad stored twice while the unique indexes were gone
			// (a caller that vouched wrongly for new quads, or a stock
			// Cayley writer during the session): keep the first copy.
			deduped = true
			if _, err = tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT ng_ddl`); err != nil {
				return fmt.Errorf("postgres bulk mode: %w", err)
			}
			if _, err = tx.ExecContext(ctx, pgDedupeQuads); err != nil {
				return fmt.Errorf("postgres bulk mode: remove duplicate quads: %w", err)
			}
			_, err = tx.ExecContext(ctx, d)
		}
		if err != nil {
			return fmt.Errorf("postgres bulk mode: rebuild (%s): %w", d, err)
		}
	}
	if _, err = tx.ExecContext(ctx, `DROP TABLE `+pgBulkTable); err != nil {
		return fmt.Errorf("postgres bulk mode: %w", err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("postgres bulk mode: rebuild: commit: %w", err)
	}
	return nil
}

// pgDedupeQuads deletes every copy of a quad but the first and lowers the
// nodes' reference counts by the copies deleted (the kept copy still
// references each node, so none becomes unused).
const pgDedupeQuads = `
WITH dup AS (
	SELECT horizon FROM (
		SELECT horizon, row_number() OVER (PARTITION BY subject_hash, predicate_hash, object_hash, label_hash ORDER BY horizon) AS rn
		FROM quads
	) x WHERE rn > 1
), del AS (
	DELETE FROM quads q USING dup WHERE q.horizon = dup.horizon
	RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
), used AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM del
		UNION ALL SELECT predicate_hash FROM del
		UNION ALL SELECT object_hash FROM del
		UNION ALL SELECT label_hash FROM del WHERE label_hash IS NOT NULL
	) x GROUP BY h
)
UPDATE nodes SET refs = nodes.refs - used.n FROM used WHERE nodes.hash = used.h`

// pgRepairOnOpen finishes a bulk session that died: when newsgraph_bulk
// exists and no session is live, it rebuilds the recorded objects.
func pgRepairOnOpen(ctx context.Context, db *sql.DB) error {
	var has bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, pgBulkTable).Scan(&has); err != nil {
		return fmt.Errorf("postgres store: %w", err)
	}
	if !has {
		return nil
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("postgres store: %w", err)
	}
	defer conn.Close()
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(pgBulkLockKey)).Scan(&got); err != nil {
		return fmt.Errorf("postgres store: %w", err)
	}
	if !got {
		return nil // a bulk session is live; it rebuilds when it ends
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(pgBulkLockKey))
	if err := pgRepairBulk(ctx, conn); err != nil {
		return fmt.Errorf("postgres store: finish an interrupted bulk load: %w", err)
	}
	return nil
}

// BulkWorthIt says whether a load of about adds quads should run in bulk
// mode: when it is at least min (graph.DefaultBulkMinQuads when 0; never when
// negative) and no smaller than the quads already stored (then rebuilding
// the indexes costs less than maintaining them row by row). It counts
// stored quads only up to adds.
func (qs *Store) BulkWorthIt(ctx context.Context, adds, min int) (bool, error) {
	if min == 0 {
		min = graph.DefaultBulkMinQuads
	}
	if min < 0 || adds < min {
		return false, nil
	}
	var n int
	if err := qs.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM quads LIMIT $1) x`, adds+1).Scan(&n); err != nil {
		return false, fmt.Errorf("postgres store: %w", err)
	}
	return n <= adds, nil
}
