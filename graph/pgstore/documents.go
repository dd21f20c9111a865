package pgstore

// graph.BulkWriter on postgres: graph.Store's document writes without its
// per-quad existence checks. On the BBC corpus those are ~80k small SQL
// statements per ingest, each a round trip; the bulk writer probes all of
// a batch's adds against the stored quads in one statement (or lets
// Cayley's unique indexes reject them), keeps reference counts exact and
// reports which adds it skipped. Store's own write loop (graph/store.go
// WritePrepared) does the rest, the same on every backend.

import (
	"context"
	"database/sql/driver"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/graph"
)

// writeLockKey is the advisory lock ("ngwrite") a Store holds from the
// first read of a write to its commit (documentWriter.Lock).
const writeLockKey = 0x6e677772697465

// documentWriter is the graph.BulkWriter of one Store on postgres.
type documentWriter struct {
	qs *Store
	// The vocabulary terms Known and the session record look for, and
	// their hashes: rdf:type, ns:Document and ns#source.
	rdfTypeIRI, docTypeIRI, srcPredIRI quad.IRI
	rdfType, docType, srcPred          csql.NodeHash
}

// bulkWriter is the postgres Backend's Bulk: the writer of a store
// openBackend returned.
func bulkWriter(qs cgraph.QuadStore, voc graph.Vocab) graph.BulkWriter {
	pqs, ok := storeOf(qs)
	if !ok {
		return nil
	}
	d := &documentWriter{
		qs:         pqs,
		rdfTypeIRI: quad.IRI(graph.RDFType),
		docTypeIRI: voc.Term(graph.TypeDocument),
		srcPredIRI: voc.Term(graph.PredSource),
	}
	d.rdfType, d.docType, d.srcPred = csql.HashOf(d.rdfTypeIRI), csql.HashOf(d.docTypeIRI), csql.HashOf(d.srcPredIRI)
	return d
}

// Lock takes the write lock on a connection of its own. Outside a bulk
// session of this process it first takes the bulk lock shared, waiting
// while another process's bulk session has the indexes set aside; in that
// order a writer never holds the write lock while it waits for a bulk
// session, whose own writes need the write lock to finish. A process that
// dies releases both with its connection.
func (d *documentWriter) Lock(ctx context.Context) (func(), error) {
	conn, err := d.qs.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres store: write lock: %w", err)
	}
	shared := !d.qs.bulk.Load()
	if shared {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock_shared($1)`, int64(pgBulkLockKey)); err != nil {
			conn.Close()
			return nil, fmt.Errorf("postgres store: wait for a bulk load: %w", err)
		}
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(writeLockKey)); err != nil {
		conn.Close() // the server releases a lock of a closed session
		return nil, fmt.Errorf("postgres store: write lock: %w", err)
	}
	return func() {
		// Unlocks must run even when the write's context ended.
		bg := context.Background()
		_, err := conn.ExecContext(bg, `SELECT pg_advisory_unlock($1)`, int64(writeLockKey))
		if err == nil && shared {
			_, err = conn.ExecContext(bg, `SELECT pg_advisory_unlock_shared($1)`, int64(pgBulkLockKey))
		}
		if err != nil {
			// A pooled connection must not keep a lock: drop it.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// Known answers, in two statements for the whole batch, what Store would
// ask through Cayley two queries per document: which documents are stored
// and which sources have a document. A bulk session that began on an
// empty store answers from its record, without reading.
func (d *documentWriter) Known(ctx context.Context, docs []quad.IRI, sources []string) (map[quad.IRI]bool, map[string]bool, error) {
	docByHash := make(map[csql.NodeHash]quad.IRI, len(docs))
	for _, doc := range docs {
		docByHash[csql.HashOf(doc)] = doc
	}
	srcByHash := make(map[csql.NodeHash]string, len(sources))
	for _, src := range sources {
		srcByHash[csql.HashOf(quad.String(src))] = src
	}
	stored := make(map[quad.IRI]bool)
	known := make(map[string]bool)
	if seen := d.qs.sessionRecord(); seen != nil {
		d.qs.bulkMu.Lock()
		defer d.qs.bulkMu.Unlock()
		for h, doc := range docByHash {
			if seen.docs[h] {
				stored[doc] = true
			}
		}
		for h, src := range srcByHash {
			if seen.sources[h] {
				known[src] = true
			}
		}
		return stored, known, nil
	}
	collect := func(what, query string, found func(csql.NodeHash), args ...any) error {
		rows, err := d.qs.db.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("postgres store: look up %s: %w", what, err)
		}
		defer rows.Close()
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				return fmt.Errorf("postgres store: look up %s: %w", what, err)
			}
			var h csql.NodeHash
			copy(h.ValueHash[:], b)
			found(h)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("postgres store: look up %s: %w", what, err)
		}
		return nil
	}
	err := collect("stored documents", `
SELECT subject_hash FROM quads
WHERE subject_hash = ANY($1) AND predicate_hash = $2 AND object_hash = $3 AND label_hash = subject_hash`,
		func(h csql.NodeHash) { stored[docByHash[h]] = true },
		hashArray(docByHash), d.rdfType.SQLValue(), d.docType.SQLValue())
	if err == nil {
		err = collect("sources", `
SELECT DISTINCT object_hash FROM quads WHERE object_hash = ANY($1) AND predicate_hash = $2`,
			func(h csql.NodeHash) { known[srcByHash[h]] = true },
			hashArray(srcByHash), d.srcPred.SQLValue())
	}
	if err != nil {
		return nil, nil, err
	}
	return stored, known, nil
}

func hashArray[V any](m map[csql.NodeHash]V) pq.ByteaArray {
	out := make(pq.ByteaArray, 0, len(m))
	for h := range m {
		out = append(out, h.SQLValue().([]byte))
	}
	return out
}

// WriteDocuments writes one transaction of Store's leniently; labelled
// adds are vouched new, so in bulk mode only the shared ones are probed.
// A bulk session that began on an empty store records the documents and
// sources written, for Known.
func (d *documentWriter) WriteDocuments(ctx context.Context, deltas []cgraph.Delta) ([]quad.Quad, error) {
	res, err := d.qs.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}, true)
	if err != nil {
		return nil, err
	}
	if seen := d.qs.sessionRecord(); seen != nil {
		d.qs.bulkMu.Lock()
		// A document's own quads are labelled with it (Store writes
		// them so); values compare as Go values, no hashing per quad.
		for _, dl := range deltas {
			q := dl.Quad
			if dl.Action != cgraph.Add || q.Label == nil || q.Label != q.Subject {
				continue
			}
			switch {
			case q.Predicate == d.rdfTypeIRI && q.Object == d.docTypeIRI:
				seen.docs[csql.HashOf(q.Subject)] = true
			case q.Predicate == d.srcPredIRI:
				seen.sources[csql.HashOf(q.Object)] = true
			}
		}
		d.qs.bulkMu.Unlock()
	}
	return res.existing, nil
}

// BeginBulk starts a bulk session when the load is worth it (BulkWorthIt).
func (d *documentWriter) BeginBulk(ctx context.Context, quads, min int) (graph.BulkSession, error) {
	worth, err := d.qs.BulkWorthIt(ctx, quads, min)
	if err != nil || !worth {
		return nil, err
	}
	b, err := d.qs.BeginBulk(ctx)
	if err != nil || b == nil {
		return nil, err // an untyped nil: no session
	}
	return b, nil
}

// AnswersDuringIngest is false: a bulk session (BeginBulk) drops the
// quads table's indexes, and a look-up per input would then scan it.
func (d *documentWriter) AnswersDuringIngest() bool { return false }

// sessionRecord is the live bulk session's record when it began on an
// empty store, else nil.
func (qs *Store) sessionRecord() *pgSeen {
	qs.bulkMu.Lock()
	defer qs.bulkMu.Unlock()
	return qs.seen
}
