package graph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"  // registers the "bolt" quad store
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers the "memstore" quad store
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
)

// Defaults for Config fields left zero.
const (
	DefaultBackend      = "bolt"
	DefaultPath         = "./newsgraph.db"
	DefaultQueryTimeout = 30 * time.Second
	DefaultLockTimeout  = 2 * time.Second
)

// ErrLocked is returned by Open when another process holds the store.
var ErrLocked = errors.New("store is in use by another process")

// ErrReadOnly is returned by writes on a store opened read-only.
var ErrReadOnly = errors.New("store is read-only")

// Config says which store to open and how to use it.
type Config struct {
	Backend      string        // "bolt" (default), "memory" or "postgres"
	Path         string        // bolt: directory of the database (default ./newsgraph.db)
	Address      string        // postgres: connection URL
	Base         string        // IRI base (default DefaultBase)
	QueryTimeout time.Duration // per Gizmo query (default 30s)
	LockTimeout  time.Duration // how long to wait for a bolt store held by another process (default 2s)
	ReadOnly     bool          // refuse writes
	Limits       QueryLimits   // memory and result bounds of one Gizmo query (query_limits.go)
}

func (c Config) withDefaults() Config {
	if c.Backend == "" {
		c.Backend = DefaultBackend
	}
	if c.Path == "" {
		c.Path = DefaultPath
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.LockTimeout <= 0 {
		c.LockTimeout = DefaultLockTimeout
	}
	c.Limits = c.Limits.withDefaults()
	return c
}

// Backend opens one kind of Cayley quad store.
type Backend struct {
	// Open returns the Cayley quad store, creating it on first use unless
	// cfg.ReadOnly.
	Open func(ctx context.Context, cfg Config) (graph.QuadStore, error)
	// Apply writes deltas in one transaction. Nil means qs.ApplyDeltas;
	// a backend may supply a faster bulk path that keeps the same schema.
	Apply func(ctx context.Context, qs graph.QuadStore, deltas []graph.Delta) error
	// Bulk, when set, gives the bulk writer (bulkwrite.go) of a store Open
	// returned, which then takes Store's document writes.
	Bulk func(qs graph.QuadStore, voc Vocab) BulkWriter
}

var (
	backendsMu sync.RWMutex
	backends   = map[string]Backend{
		"bolt":   {Open: openBolt, Bulk: newBoltBulk},
		"memory": {Open: openMemory},
	}
)

// RegisterBackend makes a backend available to Open under name. Call it
// from an init function (the PostgreSQL backend does).
func RegisterBackend(name string, b Backend) {
	backendsMu.Lock()
	defer backendsMu.Unlock()
	backends[name] = b
}

// Backends lists the registered backend names.
func Backends() []string {
	backendsMu.RLock()
	defer backendsMu.RUnlock()
	var names []string
	for n := range backends {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Store is a newsgraph graph in a Cayley quad store. It is safe for
// concurrent use; writes are serialised.
type Store struct {
	cfg   Config
	voc   Vocab
	qs    graph.QuadStore
	apply func(ctx context.Context, qs graph.QuadStore, deltas []graph.Delta) error
	bulk  BulkWriter  // the backend's, or nil
	wmu   sync.Mutex  // one writer at a time: writes read the store, then apply
	pool  sessionPool // idle Gizmo sessions for canned queries (query_pool.go)
}

// Open opens (creating on first use) the store cfg describes.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	backendsMu.RLock()
	b, ok := backends[cfg.Backend]
	backendsMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open store: unknown backend %q (known: %v)", cfg.Backend, Backends())
	}
	qs, err := b.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s := &Store{cfg: cfg, voc: NewVocab(cfg.Base), qs: qs, apply: b.Apply}
	if b.Bulk != nil {
		s.bulk = b.Bulk(qs, s.voc)
	}
	if s.apply == nil {
		s.apply = func(_ context.Context, qs graph.QuadStore, deltas []graph.Delta) error {
			return qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
		}
	}
	return s, nil
}

func openMemory(_ context.Context, _ Config) (graph.QuadStore, error) {
	return graph.NewQuadStore("memstore", "", nil)
}

// openBolt opens Cayley's bolt store at cfg.Path (a directory holding
// indexes.bolt, as stock `cayley -d bolt -a PATH` expects), creating it
// with Cayley's own Init on first use. The bolt file is opened here, not
// by Cayley, for two reasons: Cayley opens it without a lock timeout, so a
// store held by another process would block forever; and the bulk writer
// (boltwrite.go) writes into the same *bolt.DB. A read-only store is
// opened read-only (see openBoltReadOnly).
func openBolt(_ context.Context, cfg Config) (graph.QuadStore, error) {
	if fi, err := os.Stat(cfg.Path); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("open store %s: not a store: a bolt store is a directory, and this is a file", cfg.Path)
	}
	file := filepath.Join(cfg.Path, "indexes.bolt")
	if _, err := os.Stat(file); err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: %w", cfg.Path, pathErr(err))
		}
		if cfg.ReadOnly {
			return nil, fmt.Errorf("open store %s: no store there (ingest something first)", cfg.Path)
		}
		if err := graph.InitQuadStore("bolt", cfg.Path, nil); err != nil {
			return nil, fmt.Errorf("create store %s: %w", cfg.Path, pathErr(err))
		}
	} else if cfg.ReadOnly {
		return openBoltReadOnly(cfg, file)
	}
	db, err := bolt.Open(file, 0o644, boltWriteOptions(cfg.LockTimeout))
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: %w (is `newsgraph serve` or another ingest running?)", cfg.Path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, pathErr(err))
	}
	qs, err := kv.New(hbolt.New(db), cayleyBoltOptions)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, err)
	}
	boltFiles.Store(qs, db)
	return qs, nil
}

// cayleyBoltOptions turn off Cayley's bloom filters. Cayley fills them by
// reading the whole log when it opens a store (a cost that grows with the
// store, paid by every command), and on a store that was empty when
// opened it trusts them to say a value or an index key is absent, which
// would be wrong once the bulk writer, which Cayley does not see, has
// added some. Without them Cayley looks keys up in bolt, as it does for
// anything its filters cannot rule out.
var cayleyBoltOptions = graph.Options{kv.OptNoBloom: true}

// boltFiles maps a bolt quad store opened by openBolt to its bolt file,
// for the bulk writer.
var boltFiles sync.Map

// openBoltReadOnly opens the bolt file read-only, as Cayley's own bolt
// backend cannot: the commands that only read (stats, query, export, a
// read-only serve) then work on a store on a read-only path or mount, and
// share the file with each other while an ingest waits for all of them.
func openBoltReadOnly(cfg Config, file string) (graph.QuadStore, error) {
	db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: cfg.LockTimeout, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: %w (is an ingest running?)", cfg.Path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, pathErr(err))
	}
	qs, err := kv.New(hbolt.New(db), cayleyBoltOptions)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, err)
	}
	return qs, nil
}

// Cayley logs its errors (and some warnings) itself before returning them,
// which put two lines, one of them Cayley's, on the terminal for one
// failure. Every error reaches newsgraph's callers anyway, so Cayley's log
// is silenced; a fatal one still stops the process.
func init() { clog.SetLogger(quietLog{}) }

type quietLog struct{}

func (quietLog) Infof(string, ...any)    {}
func (quietLog) Warningf(string, ...any) {}
func (quietLog) Errorf(string, ...any)   {}
func (quietLog) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf("cayley: "+format, args...))
}
func (quietLog) V(int) bool { return false }
func (quietLog) SetV(int)   {}

// Close releases the store.
func (s *Store) Close() error {
	boltFiles.Delete(s.qs)
	return s.qs.Close()
}

// QuadStore is the underlying Cayley quad store, for Gizmo sessions and
// iterators.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Vocab is the vocabulary the store writes.
func (s *Store) Vocab() Vocab { return s.voc }

// Config is the configuration the store was opened with, defaults filled in.
func (s *Store) Config() Config { return s.cfg }

// IngestStatus says what an ingest did with one document.
type IngestStatus string

// Ingest outcomes.
const (
	Added     IngestStatus = "added"     // new content
	Replaced  IngestStatus = "replaced"  // new content at a source that held other content
	Unchanged IngestStatus = "unchanged" // the same content was already stored
	// Stale: a Known document that was no longer stored when written
	// (another input of the same run replaced it); nothing was written,
	// and the caller must extract the input after all.
	Stale IngestStatus = "stale"
)

// PredSeenAt links a document to every source its content was seen at
// (ns#seenAt, labelled with the document). ns#source holds one of them,
// the lexically smallest, so that which of two identical files names the
// document does not depend on the order they were read in.
const PredSeenAt = "seenAt"

// IngestResult reports one document's ingest.
type IngestResult struct {
	Source   string
	Document string // document IRI
	Status   IngestStatus
	Added    int // quads added
	Removed  int // quads removed (replaced content, entities no longer used)
	Entities int // entities in the document
	Words    int
}

// Prepared is a document encoded for writing; Prepare is pure and may run
// in parallel, WritePrepared then only touches the store.
type Prepared struct {
	Doc   *extract.Document
	IRI   quad.IRI
	Quads []quad.Quad
	// Known marks a document found stored before extraction (Doc holds
	// only Source and Hash, Quads is empty): writing it records its
	// source and nothing else.
	Known bool
}

// PrepareKnown is the Prepared of an input whose content hash is stored
// already: no extraction, only the source to record.
func (s *Store) PrepareKnown(src, hash string) *Prepared {
	src = source.NameOf(src)
	return &Prepared{Doc: &extract.Document{Source: src, Hash: hash}, IRI: s.voc.Document(hash), Known: true}
}

// HasContent reports whether a document with this content hash is stored.
func (s *Store) HasContent(ctx context.Context, hash string) (bool, error) {
	return s.HasDocument(ctx, s.voc.Document(hash))
}

// Prepare encodes doc in the store's vocabulary. It sets doc.Source to
// its source.NameOf, the form stored and looked up when content replaces
// content from the same source.
func (s *Store) Prepare(doc *extract.Document) *Prepared {
	doc.Source = source.NameOf(doc.Source)
	return &Prepared{Doc: doc, IRI: s.voc.Document(DocHash(doc)), Quads: Encode(doc, s.voc.Base)}
}

// Ingest writes one document in one transaction. The same content again
// is a no-op; new content at a source that held other content replaces
// that content's quads.
func (s *Store) Ingest(ctx context.Context, doc *extract.Document) (IngestResult, error) {
	res, err := s.WriteBatch(ctx, []*extract.Document{doc})
	if err != nil {
		return IngestResult{}, err
	}
	return res[0], nil
}

// WriteBatch writes several whole documents in one transaction.
func (s *Store) WriteBatch(ctx context.Context, docs []*extract.Document) ([]IngestResult, error) {
	ps := make([]*Prepared, len(docs))
	for i, d := range docs {
		ps[i] = s.Prepare(d)
	}
	return s.WritePrepared(ctx, ps)
}

// WritePrepared writes prepared documents in one transaction: all of them
// or, on error, none.
func (s *Store) WritePrepared(ctx context.Context, ps []*Prepared) ([]IngestResult, error) {
	if s.cfg.ReadOnly {
		return nil, ErrReadOnly
	}
	unlock, err := s.lockWrites(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	w := s.newWrite()
	now := DateTime(time.Now().UTC().Format(time.RFC3339))
	results := make([]IngestResult, len(ps))
	batchDocs := make(map[quad.IRI]bool)
	// Every source each content is seen at in this batch, sorted: the
	// document's ns#source is the smallest of them and the stored one.
	seen := sourcesByDocument(ps)
	// With a bulk writer, what is stored is asked for the whole batch at
	// once and adds are queued unchecked (bulkwrite.go).
	ahead, err := s.lookAhead(ctx, seen)
	if err != nil {
		return nil, err
	}
	w.unchecked = ahead != nil
	// Sized once for every document's quads, its seenAt and ingestedAt
	// quads: grown by appends, the adds of a 100,000-quad batch (6 MB)
	// were reallocated some twenty times, garbage the collector scans.
	n := 0
	for _, p := range ps {
		n += len(p.Quads) + len(seen[p.IRI]) + 1
	}
	w.adds = make([]quad.Quad, 0, n)
	spans := make([][2]int, len(ps)) // each document's adds in w.adds
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := &results[i]
		*r = IngestResult{Source: p.Doc.Source, Document: string(p.IRI), Entities: len(p.Doc.Entities), Words: p.Doc.Words, Status: Added}
		if batchDocs[p.IRI] {
			r.Status = Unchanged
			continue
		}
		exists, err := ahead.hasDocument(ctx, s, p.IRI)
		if err != nil {
			return nil, err
		}
		if exists && w.removed[p.IRI] {
			exists = false // an earlier document of this batch replaced it
			if p.Known {
				r.Status = Stale
				continue
			}
		}
		if exists {
			r.Status = Unchanged
			batchDocs[p.IRI] = true
			// The sources it adds count as this input's quads: had the
			// input come in the same batch as the stored document, they
			// would have been counted with it, so the run's total would
			// hang on where a batch ends.
			if r.Added, err = w.recordSources(ctx, p.IRI, seen[p.IRI]); err != nil {
				return nil, err
			}
			continue
		}
		if p.Known {
			r.Status = Stale
			continue
		}
		batchDocs[p.IRI] = true
		for _, src := range seen[p.IRI] {
			old, err := ahead.documentsFrom(ctx, s, src)
			if err != nil {
				return nil, err
			}
			for _, o := range old {
				if w.removed[o] {
					continue
				}
				n, err := w.removeDocument(ctx, o)
				if err != nil {
					return nil, err
				}
				r.Removed += n
				r.Status = Replaced
			}
		}
		spans[i][0] = len(w.adds)
		srcPred, first := s.voc.Term(PredSource), quad.String(seen[p.IRI][0])
		for _, q := range p.Quads {
			if q.Predicate == srcPred && q.Subject == p.IRI {
				q.Object = first
			}
			if err := w.add(ctx, q); err != nil {
				return nil, err
			}
		}
		for _, src := range seen[p.IRI] {
			w.adds = append(w.adds, quad.Quad{Subject: p.IRI, Predicate: s.voc.Term(PredSeenAt), Object: quad.String(src), Label: p.IRI})
		}
		if err := w.add(ctx, quad.Quad{Subject: p.IRI, Predicate: s.voc.Term(PredIngestedAt), Object: now, Label: p.IRI}); err != nil {
			return nil, err
		}
		spans[i][1] = len(w.adds)
		r.Added = spans[i][1] - spans[i][0]
	}
	removed, err := w.dropUnusedEntities(ctx)
	if err != nil {
		return nil, err
	}
	if len(ps) > 0 {
		results[len(results)-1].Removed += removed
	}
	if s.bulk == nil {
		err = w.commit(ctx)
	} else {
		// Unchecked adds the writer found stored were not added.
		var stored []int
		if stored, err = w.commitBulk(ctx); len(stored) > 0 {
			for i, sp := range spans {
				results[i].Added -= sort.SearchInts(stored, sp[1]) - sort.SearchInts(stored, sp[0])
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("write %d documents: %w", len(ps), err)
	}
	return results, nil
}

// ForgetResult reports what Forget removed.
type ForgetResult struct {
	Documents []string // document IRIs removed
	Quads     int
}

// Forget removes the documents ingested from src (a path as given at
// ingest, or a document IRI) with their sentences, quotes and facts, and
// the entities no other document mentions.
func (s *Store) Forget(ctx context.Context, src string) (ForgetResult, error) {
	if s.cfg.ReadOnly {
		return ForgetResult{}, ErrReadOnly
	}
	unlock, err := s.lockWrites(ctx)
	if err != nil {
		return ForgetResult{}, err
	}
	defer unlock()
	src = source.NameOf(src) // a path given as raw bytes, as ingest stored it
	docs, err := s.documentsFrom(ctx, src)
	if err != nil {
		return ForgetResult{}, err
	}
	if clean := filepath.Clean(src); len(docs) == 0 && clean != src {
		// Ingest cleans file paths: "./a.txt" was stored as "a.txt".
		if docs, err = s.documentsFrom(ctx, clean); err != nil {
			return ForgetResult{}, err
		}
	}
	if iri := quad.IRI(src); s.voc.IsDocument(iri) {
		ok, err := s.HasDocument(ctx, iri)
		if err != nil {
			return ForgetResult{}, err
		}
		if ok {
			docs = append(docs, iri)
		}
	}
	var res ForgetResult
	if len(docs) == 0 {
		return res, fmt.Errorf("forget %s: no document from that source in the store", src)
	}
	w := s.newWrite()
	for _, d := range docs {
		n, err := w.removeDocument(ctx, d)
		if err != nil {
			return res, err
		}
		res.Quads += n
		res.Documents = append(res.Documents, string(d))
	}
	n, err := w.dropUnusedEntities(ctx)
	if err != nil {
		return res, err
	}
	res.Quads += n
	if err := w.commit(ctx); err != nil {
		return ForgetResult{}, fmt.Errorf("forget %s: %w", src, err)
	}
	return res, nil
}

// HasDocument reports whether the document doc is stored. It reads the
// document node's own quads (a dozen or so) rather
// than asking hasQuad, which sizes the object index of ns:Document, one
// entry per stored document: a re-ingest asks this for every input.
func (s *Store) HasDocument(ctx context.Context, doc quad.IRI) (bool, error) {
	want := quad.Quad{Subject: doc, Predicate: quad.IRI(RDFType), Object: s.voc.Term(TypeDocument), Label: doc}
	qs, err := s.quadsWith(ctx, quad.Subject, doc)
	if err != nil {
		return false, err
	}
	for _, q := range qs {
		if sameQuad(q, want) {
			return true, nil
		}
	}
	return false, nil
}

// documentsFrom lists the documents whose source is source.
func (s *Store) documentsFrom(ctx context.Context, source string) ([]quad.IRI, error) {
	qs, err := s.quadsWith(ctx, quad.Object, quad.String(source))
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	pred := s.voc.Term(PredSource)
	for _, q := range qs {
		if q.Predicate == pred {
			if iri, ok := q.Subject.(quad.IRI); ok {
				out = append(out, iri)
			}
		}
	}
	return out, nil
}

// quadsWith returns every stored quad whose dir is v.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// size is the number of stored quads whose dir is v.
func (s *Store) size(ctx context.Context, dir quad.Direction, v quad.Value) (int64, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return 0, err
	}
	sz, err := s.qs.QuadIteratorSize(ctx, dir, ref)
	if err != nil {
		return 0, err
	}
	if sz.Exact {
		return sz.Value, nil
	}
	qs, err := s.quadsWith(ctx, dir, v)
	return int64(len(qs)), err
}

// hasQuad reports whether q is stored. With a label it scans the
// smaller of the subject and object indexes. Without one (entity
// descriptions) it asks whether the triple is stored in any graph, which
// Cayley's bolt store answers from its object-predicate-subject index
// however many quads the entity or the type has; newsgraph never writes
// those triples with a label.
func (s *Store) hasQuad(ctx context.Context, q quad.Quad) (bool, error) {
	if q.Label == nil {
		return s.hasTriple(ctx, q)
	}
	dir := quad.Subject
	ns, err := s.size(ctx, quad.Subject, q.Subject)
	if err != nil || ns == 0 {
		return false, err
	}
	no, err := s.size(ctx, quad.Object, q.Object)
	if err != nil || no == 0 {
		return false, err
	}
	if no < ns {
		dir = quad.Object
	}
	qs, err := s.quadsWith(ctx, dir, q.Get(dir))
	if err != nil {
		return false, err
	}
	for _, sq := range qs {
		if sameQuad(sq, q) {
			return true, nil
		}
	}
	return false, nil
}

func (s *Store) hasTriple(ctx context.Context, q quad.Quad) (bool, error) {
	act := shape.QuadsAction{Result: quad.Subject}
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
		ref, err := s.qs.ValueOf(q.Get(d))
		if err != nil || ref == nil {
			return false, err
		}
		act.SetFilter(d, ref)
	}
	it := shape.BuildIterator(ctx, s.qs, act).Iterate()
	defer it.Close()
	found := it.Next(ctx)
	return found, it.Err()
}

// plain is the text of a string literal, or the value's N-Quads form.
func plain(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return quad.StringOf(v)
}

func sameQuad(a, b quad.Quad) bool {
	return quad.StringOf(a.Subject) == quad.StringOf(b.Subject) &&
		quad.StringOf(a.Predicate) == quad.StringOf(b.Predicate) &&
		quad.StringOf(a.Object) == quad.StringOf(b.Object) &&
		quad.StringOf(a.Label) == quad.StringOf(b.Label)
}

// write collects the deltas of one transaction. Cayley counts node
// references per delta, so adding a quad that exists (even with
// IgnoreDup) or deleting one that does not would corrupt the counts and
// leave orphan nodes; write therefore adds only absent quads and deletes
// only present ones, each once.
type write struct {
	s       *Store
	adds    []quad.Quad
	added   map[string]bool
	dels    []quad.Quad
	deleted map[string]bool
	// entities mentioned by removed documents: dropped at the end unless
	// still mentioned.
	candidates map[string]quad.Value
	removed    map[quad.IRI]bool // documents removed in this transaction
	// unchecked: adds are not looked up; the bulk writer skips stored ones
	// and reports them (bulkwrite.go).
	unchecked bool
}

func (s *Store) newWrite() *write {
	return &write{s: s, added: map[string]bool{}, deleted: map[string]bool{}, candidates: map[string]quad.Value{}, removed: map[quad.IRI]bool{}}
}

func key(q quad.Quad) string { return q.NQuad() }

// add queues q unless it is stored or queued. Labelled quads belong to a
// document that is new (its IRI derives from its content hash), so only
// unlabelled (shared entity) quads need a look-up.
func (w *write) add(ctx context.Context, q quad.Quad) error {
	if q.Label != nil {
		// Its document is new (WritePrepared skips stored and repeated
		// ones) and Encode gives no duplicates, so the quad is neither
		// stored, queued nor being deleted: no key to build or look up.
		w.adds = append(w.adds, q)
		return nil
	}
	k := key(q)
	if w.added[k] {
		return nil
	}
	if w.deleted[k] {
		// Removed earlier in this transaction and wanted again: keep it.
		delete(w.deleted, k)
		for i, d := range w.dels {
			if key(d) == k {
				w.dels = append(w.dels[:i], w.dels[i+1:]...)
				break
			}
		}
		w.added[k] = true
		return nil
	}
	if !w.unchecked {
		ok, err := w.s.hasQuad(ctx, q)
		if err != nil {
			return err
		}
		if ok {
			w.added[k] = true
			return nil
		}
	}
	w.added[k] = true
	w.adds = append(w.adds, q)
	return nil
}

func (w *write) del(q quad.Quad) {
	k := key(q)
	if w.deleted[k] {
		return
	}
	w.deleted[k] = true
	w.dels = append(w.dels, q)
}

// removeDocument queues every quad labelled with the document or one of
// its sentences, and remembers the entities it mentioned.
func (w *write) removeDocument(ctx context.Context, doc quad.IRI) (int, error) {
	s := w.s
	w.removed[doc] = true
	labels := []quad.Value{doc}
	ins, err := s.quadsWith(ctx, quad.Object, doc)
	if err != nil {
		return 0, err
	}
	inDoc := s.voc.Term(PredInDocument)
	for _, q := range ins {
		if q.Predicate == inDoc {
			labels = append(labels, q.Subject)
		}
	}
	n := 0
	mentions := s.voc.Term(PredMentions)
	for _, l := range labels {
		qs, err := s.quadsWith(ctx, quad.Label, l)
		if err != nil {
			return 0, err
		}
		for _, q := range qs {
			if q.Predicate == mentions {
				w.candidates[quad.StringOf(q.Object)] = q.Object
			}
			w.del(q)
			n++
		}
	}
	return n, nil
}

// recordSources adds the sources of a stored document that are new to it
// as ns#seenAt, and makes its ns#source the smallest source it has been
// seen at (a store written before ns#seenAt existed has its one ns#source
// recorded as seen too). It returns the quads that adds to the store: the
// ns#seenAt quads, a changed ns#source replacing the old one.
func (w *write) recordSources(ctx context.Context, doc quad.IRI, srcs []string) (int, error) {
	s := w.s
	desc, err := s.quadsWith(ctx, quad.Subject, doc)
	if err != nil {
		return 0, err
	}
	srcPred, seenPred := s.voc.Term(PredSource), s.voc.Term(PredSeenAt)
	have := map[string]bool{}
	var primary []quad.Quad
	for _, q := range desc {
		switch {
		case q.Predicate == seenPred:
			have[plain(q.Object)] = true
		case q.Predicate == srcPred && q.Label != nil:
			primary = append(primary, q)
		}
	}
	all := slices.Clone(srcs)
	for _, q := range primary {
		all = append(all, plain(q.Object))
	}
	sort.Strings(all)
	all = slices.Compact(all)
	added := 0
	for _, src := range all {
		if !have[src] {
			w.adds = append(w.adds, quad.Quad{Subject: doc, Predicate: seenPred, Object: quad.String(src), Label: doc})
			added++
		}
	}
	kept := false
	for _, q := range primary {
		if !kept && plain(q.Object) == all[0] {
			kept = true
			continue
		}
		w.del(q)
		added--
	}
	if !kept {
		w.adds = append(w.adds, quad.Quad{Subject: doc, Predicate: srcPred, Object: quad.String(all[0]), Label: doc})
		added++
	}
	return max(added, 0), nil
}

// dropUnusedEntities queues the shared description quads of candidate
// entities that no remaining or added quad mentions, and the aliases of
// the entities that stay which no remaining document uses.
func (w *write) dropUnusedEntities(ctx context.Context) (int, error) {
	s := w.s
	mentions, alias := s.voc.Term(PredMentions), s.voc.Term(PredAlias)
	altName, schemaName := quad.IRI(SchemaAltName), quad.IRI(SchemaName)
	nameKey := s.voc.Term(PredNameKey)
	n := 0
	names := make([]string, 0, len(w.candidates))
	for k := range w.candidates {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		ent := w.candidates[name]
		qs, err := s.quadsWith(ctx, quad.Object, ent)
		if err != nil {
			return 0, err
		}
		used := false
		for _, q := range qs {
			if q.Predicate == mentions && !w.deleted[key(q)] {
				used = true
				break
			}
		}
		for _, q := range w.adds {
			if !used && q.Predicate == mentions && quad.StringOf(q.Object) == name {
				used = true
			}
		}
		desc, err := s.quadsWith(ctx, quad.Subject, ent)
		if err != nil {
			return 0, err
		}
		if !used {
			for _, q := range desc {
				if q.Label == nil {
					w.del(q)
					n++
				}
			}
			continue
		}
		// Still used: keep only the aliases some remaining or added
		// document used.
		supported := map[string]bool{}
		var keep []string // names and kept aliases, for the name keys
		for _, q := range desc {
			if q.Predicate == alias && !w.deleted[key(q)] {
				supported[quad.StringOf(q.Object)] = true
				keep = append(keep, plain(q.Object))
			}
		}
		for _, q := range w.adds {
			if q.Predicate == alias && quad.StringOf(q.Subject) == name {
				supported[quad.StringOf(q.Object)] = true
				keep = append(keep, plain(q.Object))
			}
		}
		for _, q := range desc {
			if q.Label == nil && q.Predicate == altName && !supported[quad.StringOf(q.Object)] {
				w.del(q)
				n++
			}
		}
		// Name keys derive from the names and the aliases that stay.
		for _, q := range desc {
			if q.Label == nil && q.Predicate == schemaName && !w.deleted[key(q)] {
				keep = append(keep, plain(q.Object))
			}
		}
		for _, q := range w.adds {
			if q.Predicate == schemaName && quad.StringOf(q.Subject) == name {
				keep = append(keep, plain(q.Object))
			}
		}
		keys := make(map[string]bool)
		for _, k := range NameKeys(keep...) {
			keys[k] = true
		}
		for _, q := range desc {
			if q.Label == nil && q.Predicate == nameKey && !keys[plain(q.Object)] {
				w.del(q)
				n++
			}
		}
	}
	return n, nil
}

func (w *write) commit(ctx context.Context) error {
	if len(w.adds) == 0 && len(w.dels) == 0 {
		return nil
	}
	toDeltas := func(qs []quad.Quad, a graph.Procedure) []graph.Delta {
		out := make([]graph.Delta, len(qs))
		for i, q := range qs {
			out[i] = graph.Delta{Quad: q, Action: a}
		}
		return out
	}
	if !netNegativeNodeAdded(w.adds, w.dels) {
		return w.s.apply(ctx, w.s.qs, append(toDeltas(w.dels, graph.Delete), toDeltas(w.adds, graph.Add)...))
	}
	// Cayley's kv store mis-writes an added quad whose node loses more
	// references than it gains in the same call (it resolves added quads
	// only among gaining nodes). Then delete first and add second: a crash
	// between the two leaves the old content removed and the new one
	// absent, which a re-ingest repairs; never a half document.
	if err := w.s.apply(ctx, w.s.qs, toDeltas(w.dels, graph.Delete)); err != nil {
		return err
	}
	return w.s.apply(ctx, w.s.qs, toDeltas(w.adds, graph.Add))
}

// netNegativeNodeAdded reports whether some node of an added quad is
// referenced by more deleted quads than added ones.
func netNegativeNodeAdded(adds, dels []quad.Quad) bool {
	if len(dels) == 0 || len(adds) == 0 {
		return false
	}
	net := make(map[string]int)
	count := func(qs []quad.Quad, d int) {
		for _, q := range qs {
			for _, dir := range quad.Directions {
				if v := q.Get(dir); v != nil {
					net[v.String()] += d
				}
			}
		}
	}
	count(adds, 1)
	count(dels, -1)
	for _, q := range adds {
		for _, dir := range quad.Directions {
			if v := q.Get(dir); v != nil && net[v.String()] < 0 {
				return true
			}
		}
	}
	return false
}

// sourcesByDocument lists, for each document of a batch, the sources its
// content was read from, sorted, so that the smallest becomes ns#source
// and all become ns#seenAt whichever backend writes them.
func sourcesByDocument(ps []*Prepared) map[quad.IRI][]string {
	seen := make(map[quad.IRI][]string)
	for _, p := range ps {
		if !slices.Contains(seen[p.IRI], p.Doc.Source) {
			seen[p.IRI] = append(seen[p.IRI], p.Doc.Source)
		}
	}
	for _, srcs := range seen {
		sort.Strings(srcs)
	}
	return seen
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err // the path is already in the message
	}
	return err
}
