package graph

// The ingest write path on postgres without per-quad existence checks.
//
// Store.WritePrepared looks up every shared (unlabelled) entity quad
// before queuing it, because Cayley's kv stores count node references per
// delta and would corrupt the counts on a stored quad added again. On the
// BBC corpus that is ~80k small SQL statements per ingest, each a round
// trip. The postgres bulk writer needs none of it: it probes all of a
// batch's adds against the stored quads in one statement (or lets
// Cayley's unique indexes reject them), keeps reference counts exact, and
// reports which adds it skipped, so the per-document counts stay exact.
//
// This is WritePrepared with that one difference; keep the two in step.
// (A Backend flag in store.go would avoid the copy; store.go is not this
// file's owner's to change.)

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// writePreparedPG is WritePrepared on a postgres store: all documents in
// one transaction or, on error, none.
func (s *Store) writePreparedPG(ctx context.Context, pqs *PGQuadStore, ps []*Prepared) ([]IngestResult, error) {
	if s.cfg.ReadOnly {
		return nil, ErrReadOnly
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	w := s.newWrite()
	now := DateTime(time.Now().UTC().Format(time.RFC3339))
	results := make([]IngestResult, len(ps))
	spans := make([][2]int, len(ps)) // each document's adds in w.adds
	batchDocs := make(map[quad.IRI]bool)
	var storedDocs, knownSources map[csql.NodeHash]bool
	var err error
	var gone []quad.IRI // documents removed by this batch
	seen := pqs.sessionRecord()
	if seen != nil {
		// A bulk session that began on an empty store: what is stored is
		// what it stored (and its quads lack the indexes a read needs).
		storedDocs, knownSources = seen.docs, seen.sources
	} else if storedDocs, knownSources, err = s.pgLookAhead(ctx, pqs, ps); err != nil {
		return nil, err
	}
	sources := sourcesByDocument(ps)
	srcPred, seenPred := s.voc.Term(PredSource), s.voc.Term(PredSeenAt)
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := &results[i]
		*r = IngestResult{Source: p.Doc.Source, Document: string(p.IRI), Entities: len(p.Doc.Entities), Words: p.Doc.Words, Status: Added}
		if storedDocs[csql.HashOf(p.IRI)] || batchDocs[p.IRI] {
			r.Status = Unchanged
			if !batchDocs[p.IRI] {
				// Seen again at another path: record it as bolt does (a
				// path already recorded is a duplicate the COPY ignores).
				for _, src := range sources[p.IRI] {
					w.addUnchecked(quad.Quad{Subject: p.IRI, Predicate: seenPred, Object: quad.String(src), Label: p.IRI})
				}
				batchDocs[p.IRI] = true
			}
			continue
		}
		batchDocs[p.IRI] = true
		var old []quad.IRI
		if knownSources[csql.HashOf(quad.String(p.Doc.Source))] {
			if old, err = s.documentsFrom(ctx, p.Doc.Source); err != nil {
				return nil, err
			}
		}
		for _, o := range old {
			n, err := w.removeDocument(ctx, o)
			if err != nil {
				return nil, err
			}
			r.Removed += n
			r.Status = Replaced
			gone = append(gone, o)
		}
		spans[i][0] = len(w.adds)
		// As on bolt: ns#source is the smallest path the batch read this
		// content from, and every such path is an ns#seenAt.
		first := quad.String(sources[p.IRI][0])
		for _, q := range p.Quads {
			if q.Predicate == srcPred && q.Subject == p.IRI {
				q.Object = first
			}
			w.addUnchecked(q)
		}
		for _, src := range sources[p.IRI] {
			w.addUnchecked(quad.Quad{Subject: p.IRI, Predicate: seenPred, Object: quad.String(src), Label: p.IRI})
		}
		w.addUnchecked(quad.Quad{Subject: p.IRI, Predicate: s.voc.Term(PredIngestedAt), Object: now, Label: p.IRI})
		spans[i][1] = len(w.adds)
	}
	removed, err := w.dropUnusedEntities(ctx)
	if err != nil {
		return nil, err
	}
	if len(ps) > 0 {
		results[len(results)-1].Removed += removed
	}
	if len(w.adds) > 0 || len(w.dels) > 0 {
		deltas := make([]graph.Delta, 0, len(w.dels)+len(w.adds))
		for _, q := range w.dels {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
		}
		for _, q := range w.adds {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		// A new document's labelled quads are not stored (see write.add):
		// in bulk mode only the shared ones are probed.
		res, err := pqs.applyDeltas(ctx, deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}, true)
		if err != nil {
			return nil, fmt.Errorf("write %d documents: %w", len(ps), err)
		}
		if seen != nil {
			pqs.bulkMu.Lock()
			for _, o := range gone {
				delete(seen.docs, csql.HashOf(o))
			}
			for i, p := range ps {
				if results[i].Status != Unchanged {
					seen.docs[csql.HashOf(p.IRI)] = true
					seen.sources[csql.HashOf(quad.String(p.Doc.Source))] = true
				}
			}
			pqs.bulkMu.Unlock()
		}
		stored := make(map[pgQuadRow]bool, len(res.existing))
		for _, r := range res.existing {
			stored[r] = true
		}
		for i := range results {
			for _, q := range w.adds[spans[i][0]:spans[i][1]] {
				if len(stored) == 0 || q.Label != nil || !stored[pgRowOf(q)] {
					results[i].Added++
				}
			}
		}
	}
	return results, nil
}

// pgLookAhead answers, for the whole batch in two statements, what
// WritePrepared asks per document through Cayley (two queries each, ~3,500
// round trips on the BBC corpus): which documents are stored (hasDocument:
// the exact quad doc rdf:type Document, labelled doc) and which sources
// have a document (some quad ? source "path"). A known source still lists
// its documents through documentsFrom; only re-ingests take that path.
func (s *Store) pgLookAhead(ctx context.Context, pqs *PGQuadStore, ps []*Prepared) (docs, sources map[csql.NodeHash]bool, err error) {
	docHashes := make(pq.ByteaArray, 0, len(ps))
	srcHashes := make(pq.ByteaArray, 0, len(ps))
	for _, p := range ps {
		docHashes = append(docHashes, csql.HashOf(p.IRI).SQLValue().([]byte))
		srcHashes = append(srcHashes, csql.HashOf(quad.String(p.Doc.Source)).SQLValue().([]byte))
	}
	hash := func(v quad.Value) []byte { return csql.HashOf(v).SQLValue().([]byte) }
	collect := func(what, query string, args ...any) (map[csql.NodeHash]bool, error) {
		rows, err := pqs.db.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", what, err)
		}
		defer rows.Close()
		out := make(map[csql.NodeHash]bool)
		for rows.Next() {
			var h []byte
			if err := rows.Scan(&h); err != nil {
				return nil, fmt.Errorf("look up %s: %w", what, err)
			}
			var nh csql.NodeHash
			copy(nh.ValueHash[:], h)
			out[nh] = true
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up %s: %w", what, err)
		}
		return out, nil
	}
	docs, err = collect("stored documents", `
SELECT subject_hash FROM quads
WHERE subject_hash = ANY($1) AND predicate_hash = $2 AND object_hash = $3 AND label_hash = subject_hash`,
		docHashes, hash(quad.IRI(RDFType)), hash(s.voc.Term(TypeDocument)))
	if err != nil {
		return nil, nil, err
	}
	sources, err = collect("sources", `
SELECT DISTINCT object_hash FROM quads WHERE object_hash = ANY($1) AND predicate_hash = $2`,
		srcHashes, hash(s.voc.Term(PredSource)))
	if err != nil {
		return nil, nil, err
	}
	return docs, sources, nil
}

// sessionRecord is the live bulk session's record when it began on an
// empty store, else nil.
func (qs *PGQuadStore) sessionRecord() *pgSeen {
	qs.bulkMu.Lock()
	defer qs.bulkMu.Unlock()
	return qs.seen
}

// addUnchecked is write.add without the store look-up: the quad is queued
// unless queued already; one removed earlier in this transaction stays.
func (w *write) addUnchecked(q quad.Quad) {
	if q.Label != nil {
		// A new document's quad: neither stored, queued nor being deleted
		// (see write.add).
		w.adds = append(w.adds, q)
		return
	}
	k := key(q)
	if w.added[k] {
		return
	}
	w.added[k] = true
	if w.deleted[k] {
		delete(w.deleted, k)
		for i, d := range w.dels {
			if key(d) == k {
				w.dels = append(w.dels[:i], w.dels[i+1:]...)
				break
			}
		}
		return
	}
	w.adds = append(w.adds, q)
}

// pgRowOf is q's hashes as the bulk writer keys it.
func pgRowOf(q quad.Quad) pgQuadRow {
	var r pgQuadRow
	for i, dir := range quad.Directions {
		if v := q.Get(dir); v != nil {
			r[i] = csql.HashOf(v)
		}
	}
	return r
}
