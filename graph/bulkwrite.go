package graph

// The optional bulk-writer interface of the backend registry, and the parts
// of Store's write path that use it.
//
// Store.WritePrepared looks every shared (unlabelled) entity quad up before
// queuing it, because Cayley's kv stores count node references per delta
// and would corrupt the counts on a stored quad added again. A backend
// whose writer keeps reference counts exact by itself and skips stored
// quads in bulk (postgres: graph/pgstore) needs none of those look-ups,
// each a round trip to its server: it offers a BulkWriter, and
// WritePrepared then asks what is stored for the whole batch at once,
// queues adds unchecked and lets the writer report which were stored.

import (
	"context"
	"net/url"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// BulkWriter is a backend's write path for whole documents. A Backend
// offers one through its Bulk field; every method may be called from one
// Store at a time (Store serialises its writes).
type BulkWriter interface {
	// Lock makes the store's writes exclusive across processes from the
	// first read of a write to its commit: two ingests into one database
	// would otherwise both find a document new, or one drop an entity
	// another is linking to. unlock releases it.
	Lock(ctx context.Context) (unlock func(), err error)
	// Known answers, for a batch at once, which of docs are stored (the
	// quad doc rdf:type ns:Document, labelled doc) and which of sources
	// are the ns#source of some stored document. A source it reports
	// need not have one still: Store then lists its documents itself.
	Known(ctx context.Context, docs []quad.IRI, sources []string) (stored map[quad.IRI]bool, known map[string]bool, err error)
	// WriteDocuments applies deltas (deletes, then adds) in one
	// transaction, all or none. It is lenient: an add of a stored quad or
	// a delete of a missing one is skipped, reference counts following
	// only the rows really written. Labelled adds belong to documents
	// Known reported new, so they are not stored; the unlabelled adds
	// found stored are returned.
	WriteDocuments(ctx context.Context, deltas []graph.Delta) (stored []quad.Quad, err error)
	// BeginBulk starts a bulk load for an ingest of about quads quads when
	// the backend finds it worth it (min as IngestOptions.BulkMinQuads);
	// a nil session and no error mean normal writes.
	BeginBulk(ctx context.Context, quads, min int) (BulkSession, error)
	// AnswersDuringIngest reports whether the store may be asked, input
	// by input, whether it holds a content hash while an ingest runs
	// through this writer, so that an unchanged input skips the
	// extractor. It is false where a bulk load may set the store's
	// indexes aside (postgres): there every input is extracted.
	AnswersDuringIngest() bool
}

// BulkSession is a live bulk load; End finishes it (rebuilding what it
// set aside) and must run even after an error or a cancelled ingest.
type BulkSession interface {
	End(ctx context.Context) error
}

// DefaultBulkMinQuads: below this many quads, a bulk load (on postgres:
// dropping and rebuilding the quads table's indexes) is not worth its
// table locks.
const DefaultBulkMinQuads = 50000

// lockWrites serialises Store's writes: in this process, and across
// processes when the backend has a BulkWriter.
func (s *Store) lockWrites(ctx context.Context) (func(), error) {
	s.wmu.Lock()
	if s.bulk == nil {
		return s.wmu.Unlock, nil
	}
	unlock, err := s.bulk.Lock(ctx)
	if err != nil {
		s.wmu.Unlock()
		return nil, err
	}
	return func() { unlock(); s.wmu.Unlock() }, nil
}

// storedAhead is the bulk writer's answer for a batch: which of its
// documents are stored and which of its sources may have documents.
// A nil *storedAhead asks the store document by document.
type storedAhead struct {
	docs    map[quad.IRI]bool
	sources map[string]bool
}

// lookAhead asks the bulk writer, if any, about every document and source
// of the batch at once.
func (s *Store) lookAhead(ctx context.Context, sources map[quad.IRI][]string) (*storedAhead, error) {
	if s.bulk == nil {
		return nil, nil
	}
	docs := make([]quad.IRI, 0, len(sources))
	srcs := make([]string, 0, len(sources))
	for doc, list := range sources {
		docs = append(docs, doc)
		srcs = append(srcs, list...)
	}
	stored, known, err := s.bulk.Known(ctx, docs, srcs)
	if err != nil {
		return nil, err
	}
	return &storedAhead{docs: stored, sources: known}, nil
}

// hasDocument is Store.HasDocument, answered from the look-ahead when
// there is one.
func (a *storedAhead) hasDocument(ctx context.Context, s *Store, doc quad.IRI) (bool, error) {
	if a == nil {
		return s.HasDocument(ctx, doc)
	}
	return a.docs[doc], nil
}

// documentsFrom is Store.documentsFrom, skipping the read for a source
// the look-ahead knows has no document.
func (a *storedAhead) documentsFrom(ctx context.Context, s *Store, source string) ([]quad.IRI, error) {
	if a != nil && !a.sources[source] {
		return nil, nil
	}
	return s.documentsFrom(ctx, source)
}

// commitBulk writes the transaction through the bulk writer and returns
// the positions in w.adds, ascending, of the adds that were stored
// already. The bolt writer takes the adds and deletes as they are and
// answers in positions; another is handed a delta list, and its stored
// quads are found in w.adds by their N-Quads keys (only unlabelled adds
// can be stored).
func (w *write) commitBulk(ctx context.Context) ([]int, error) {
	if len(w.adds) == 0 && len(w.dels) == 0 {
		return nil, nil
	}
	if b, ok := w.s.bulk.(*boltBulk); ok {
		return b.write(ctx, w.dels, w.adds)
	}
	deltas := make([]graph.Delta, 0, len(w.dels)+len(w.adds))
	for _, q := range w.dels {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
	}
	for _, q := range w.adds {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	stored, err := w.s.bulk.WriteDocuments(ctx, deltas)
	if err != nil || len(stored) == 0 {
		return nil, err
	}
	keys := make(map[string]bool, len(stored))
	for _, q := range stored {
		keys[key(q)] = true
	}
	var pos []int
	for i, q := range w.adds {
		if q.Label == nil && keys[key(q)] {
			pos = append(pos, i)
		}
	}
	return pos, nil
}

// storeName names the store in messages, without a password.
func storeName(cfg Config) string {
	if cfg.Address == "" {
		return cfg.Path
	}
	if u, err := url.Parse(cfg.Address); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			return u.Redacted()
		}
	}
	return cfg.Address
}
