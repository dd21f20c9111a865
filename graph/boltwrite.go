package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// boltBulk adds quads to a Cayley bolt store by writing Cayley's own
// layout (graph/kv in Cayley) straight into bolt, in one transaction per
// call:
//
//	meta/horizon, meta/size  last ID given out, live quads (int64 LE)
//	log/<id BE>             a node or quad primitive (protobuf)
//	v<h0><h1>/<hash>        node ID of a value (uvarint); hash = quad.HashOf
//	n<h0><h1>/<hash>        references to the node from quads (uvarint)
//	sp/<s,p BE>, ops/...    the quad indexes listed in meta/indexes: IDs of
//	                        the quads with those nodes (uvarints, ascending)
//
// Cayley's own writer does the same work quad by quad through a generic
// key-value layer (a bucket look-up for every key, bloom filters, a
// protobuf reflection per primitive); this resolves every value once,
// sorts the keys of each bucket and writes them in order. Stock Cayley
// reads the result as its own (TestBoltBulkIsCayleyLayout). Deletes stay
// with Cayley, whose value cache must see nodes go.
type boltBulk struct {
	db  *bolt.DB
	qs  graph.QuadStore // Cayley's view of db, for deletes
	voc Vocab
}

var (
	boltMeta = []byte("meta")
	boltLog  = []byte("log")
	// errNoBulk: the store lacks what the bulk path needs (an index list);
	// Cayley's writer does the work instead.
	errNoBulk = errors.New("bolt store without an index list")
)

// bulkNode is one distinct value of the quads being added.
type bulkNode struct {
	hash [quad.HashSize]byte
	val  quad.Value
	refs uint64 // references the added quads make
	id   uint64
	new  bool
	// lastQuad is 1 + the index in collectQuads' list of the last
	// distinct quad with this node as subject, or 0; subjectQuads counts
	// those quads, up to subjectChainMax (see collectQuads).
	lastQuad     int32
	subjectQuads int32
}

// nodeSet gives the values of a batch their bulkNode, one per hash.
// A batch names its values over and over (predicates, documents,
// sentences, entities: the BBC corpus has about eight value occurrences
// for each distinct value), and a hash is a SHA-1 of the value's N-Quads
// form, so values of the kinds Encode writes are first looked up as they
// are, and only a value not seen before is hashed. IRIs and plain strings,
// nearly all of them, are looked up by their text in a map of their own:
// a map keyed by strings hashes and compares the text directly, where one
// keyed by quad.Value goes through the interface's type first (building a
// BBC batch's node set took about a tenth less CPU).
type nodeSet struct {
	byHash map[[quad.HashSize]byte]*bulkNode
	iris   map[string]*bulkNode // quad.IRI values by their text
	strs   map[string]*bulkNode // quad.String values by their text
	byVal  map[quad.Value]*bulkNode
}

func newNodeSet(quads int) *nodeSet {
	return &nodeSet{
		byHash: make(map[[quad.HashSize]byte]*bulkNode, quads/2),
		iris:   make(map[string]*bulkNode, quads/4),
		strs:   make(map[string]*bulkNode, quads/4),
		byVal:  make(map[quad.Value]*bulkNode),
	}
}

func (s *nodeSet) node(v quad.Value) *bulkNode {
	// Only comparable kinds whose equality is the hash's: a value of
	// another kind (or a time, equal instants of which may differ as Go
	// values) is hashed every time.
	var byText map[string]*bulkNode
	var text string
	cached := false
	switch x := v.(type) {
	case quad.IRI:
		byText, text = s.iris, string(x)
	case quad.String:
		byText, text = s.strs, string(x)
	case quad.TypedString, quad.LangString, quad.BNode:
		cached = true
		if n := s.byVal[v]; n != nil {
			return n
		}
	}
	if byText != nil {
		if n := byText[text]; n != nil {
			return n
		}
	}
	var h [quad.HashSize]byte
	quad.HashTo(v, h[:])
	n := s.byHash[h]
	if n == nil {
		n = &bulkNode{hash: h, val: v}
		s.byHash[h] = n
	}
	switch {
	case byText != nil:
		byText[text] = n
	case cached:
		s.byVal[v] = n
	}
	return n
}

// bulkQuad is one distinct quad being added: its nodes by direction and
// its position in the quads given.
type bulkQuad struct {
	nodes  [4]*bulkNode
	pos    int
	stored bool
	// sameSubject is 1 + the index in collectQuads' list of the distinct
	// quad before this one with the same subject, or 0.
	sameSubject int32
}

// subjectChainMax is how many distinct quads of one subject collectQuads
// compares a quad with before it looks that subject's quads up in a map.
const subjectChainMax = 32

// collectQuads gives the values of qs their nodes and lists the distinct
// quads of qs, each once, in the order of their first occurrence. A
// repeat has its subject's node (a quad with a subject is compared with
// the quads before it that share it, found through sameSubject: a few,
// and mostly adjacent, where a map of a batch's quads missed the cache on
// nearly every look-up); a quad without a subject, or of a subject with
// more than subjectChainMax quads, is looked up in a map of them.
func collectQuads(qs []quad.Quad) (*nodeSet, []bulkQuad) {
	set := newNodeSet(len(qs))
	var seen map[[4]*bulkNode]bool // the quads of many-quad subjects and of none
	quads := make([]bulkQuad, 0, len(qs))
	for pos, q := range qs {
		bq := bulkQuad{pos: pos}
		for i, dir := range quad.Directions {
			if v := q.Get(dir); v != nil {
				bq.nodes[i] = set.node(v)
			}
		}
		sn := bq.nodes[0]
		if sn != nil && sn.subjectQuads < subjectChainMax {
			dup := false
			for k := sn.lastQuad; k != 0; k = quads[k-1].sameSubject {
				if quads[k-1].nodes == bq.nodes {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			bq.sameSubject = sn.lastQuad
			quads = append(quads, bq)
			sn.lastQuad = int32(len(quads))
			sn.subjectQuads++
			if sn.subjectQuads == subjectChainMax {
				// From now on this subject's quads are looked up in the
				// map: it gets those listed so far.
				if seen == nil {
					seen = make(map[[4]*bulkNode]bool)
				}
				for k := sn.lastQuad; k != 0; k = quads[k-1].sameSubject {
					seen[quads[k-1].nodes] = true
				}
			}
			continue
		}
		if seen == nil {
			seen = make(map[[4]*bulkNode]bool)
		}
		if seen[bq.nodes] {
			continue
		}
		seen[bq.nodes] = true
		quads = append(quads, bq)
	}
	return set, quads
}

// indexFill is how full the bulk writer fills the pages of the quad
// indexes (sp, ops). Their keys start with a node ID, and a batch's new
// nodes have IDs above every stored one, so most of a batch's keys land
// at the index's end: bolt's default, half, leaves those pages half
// empty. Whole pages, like the log's, do not suit the keys of stored
// nodes, inserted anywhere: each splits a full page into a full one and
// a nearly empty one. On the BBC corpus 0.9 made 22% fewer index pages
// than 0.5 and 4-8% fewer page writes; 1.0 more than 0.5.
const indexFill = 0.9

// indexEntry is one quad's entry in one quad index: the node IDs the
// index's key holds, in its order (the rest zero), and whether one of
// them is new in this batch.
type indexEntry struct {
	key   [4]uint64
	id    uint64
	fresh bool
}

// addQuads writes qs in one transaction and returns the positions in qs,
// ascending, of those it found stored already, which it skips (as
// Cayley's IgnoreDup does); repeats within qs are written once. Only a
// quad whose values are all stored can be, so only those are looked up.
func (b *boltBulk) addQuads(ctx context.Context, qs []quad.Quad) ([]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	set, quads := collectQuads(qs)
	nodes := make([]*bulkNode, 0, len(set.byHash))
	for _, n := range set.byHash {
		nodes = append(nodes, n)
	}
	slices.SortFunc(nodes, func(a, b *bulkNode) int { return bytes.Compare(a.hash[:], b.hash[:]) })

	var stored []int
	err := b.update(ctx, func(tx *bolt.Tx) error {
		stored = stored[:0]
		for _, n := range nodes {
			n.refs, n.id, n.new = 0, 0, false
		}
		indexes, err := boltIndexes(tx)
		if err != nil {
			return err
		}
		meta, logB := tx.Bucket(boltMeta), tx.Bucket(boltLog)
		// The log only grows at its end (IDs ascend), so its pages are
		// filled whole: bolt's default, half, suits keys inserted
		// anywhere, and here would leave every log page half empty, twice
		// the pages to write and to read.
		logB.FillPercent = 1
		horizon, err := metaInt(meta, "horizon")
		if err != nil {
			return err
		}
		size, err := metaInt(meta, "size")
		if err != nil {
			return err
		}
		// Values handed to bolt must stay untouched until commit: they are
		// cut from chunks never written again, a new chunk started when one
		// is full (no copying, as growing one slice would do).
		var arena []byte
		reserve := func(n int) {
			if cap(arena)-len(arena) < n {
				arena = make([]byte, 0, max(n, 1<<20))
			}
		}
		uvarint := func(x uint64) []byte {
			reserve(binary.MaxVarintLen64)
			start := len(arena)
			arena = binary.AppendUvarint(arena, x)
			return arena[start:len(arena):len(arena)]
		}
		// A log key, cut from the arena too: one allocation fewer for
		// every node and quad written.
		logKeyOf := func(id uint64) []byte {
			reserve(8)
			start := len(arena)
			arena = binary.BigEndian.AppendUint64(arena, id)
			return arena[start:len(arena):len(arena)]
		}
		// The v and n buckets come in hash order, so consecutive nodes
		// mostly share one: keep the last.
		var cur *bolt.Bucket
		var curName [3]byte
		// noV marks the hash prefixes whose v bucket the first pass found
		// missing: their n bucket is most likely missing too (Cayley makes
		// both for a node), and creating a bucket is a look-up of its own,
		// so for those the create comes first and the look-up only if it
		// fails.
		var noV [1 << 16]bool
		bucket := func(prefix byte, h *[quad.HashSize]byte, create bool) (*bolt.Bucket, error) {
			name := [3]byte{prefix, h[0], h[1]}
			if cur != nil && name == curName {
				return cur, nil
			}
			var err error
			curName = name
			if create && noV[int(h[0])<<8|int(h[1])] {
				if cur, err = tx.CreateBucket(name[:]); !errors.Is(err, bolt.ErrBucketExists) {
					return cur, err
				}
			}
			cur = tx.Bucket(name[:]) // one look-up where CreateBucketIfNotExists makes two
			if cur == nil && create {
				cur, err = tx.CreateBucket(name[:])
			}
			return cur, err
		}
		for _, n := range nodes {
			vb, _ := bucket('v', &n.hash, false)
			if vb == nil {
				noV[int(n.hash[0])<<8|int(n.hash[1])] = true
				continue
			}
			if v := vb.Get(n.hash[:]); len(v) > 0 {
				n.id, _ = binary.Uvarint(v)
			}
		}
		// Skip stored quads; count the references of the others.
		for i := range quads {
			bq := &quads[i]
			var ids [4]uint64
			allOld := true
			for d, n := range bq.nodes {
				if n != nil {
					ids[d] = n.id
					allOld = allOld && n.id != 0
				}
			}
			if allOld {
				ok, err := boltHasQuad(tx, indexes, ids)
				if err != nil {
					return err
				}
				if ok {
					bq.stored = true
					stored = append(stored, bq.pos)
					continue
				}
			}
			for _, n := range bq.nodes {
				if n != nil {
					n.refs++
				}
			}
		}
		// New values get the next IDs, in hash order.
		var fresh []*bulkNode
		for _, n := range nodes {
			if n.id == 0 && n.refs > 0 {
				horizon++
				n.id, n.new = uint64(horizon), true
				fresh = append(fresh, n)
			}
		}
		// Reference counts ('n' buckets sort before 'v' in the root).
		cur = nil
		for _, n := range nodes {
			if n.refs == 0 {
				continue
			}
			nb, err := bucket('n', &n.hash, true)
			if err != nil {
				return err
			}
			refs := n.refs
			if !n.new {
				if v := nb.Get(n.hash[:]); len(v) > 0 {
					old, _ := binary.Uvarint(v)
					refs += old
				}
			}
			if err := nb.Put(n.hash[:], uvarint(refs)); err != nil {
				return err
			}
		}
		cur = nil
		for _, n := range fresh {
			vb, err := bucket('v', &n.hash, true)
			if err != nil {
				return err
			}
			if err := vb.Put(n.hash[:], uvarint(n.id)); err != nil {
				return err
			}
		}
		// Node primitives, in ID order: appends at the end of the log.
		now := time.Now().UnixNano()
		var val []byte
		for _, n := range fresh {
			if val, err = appendValue(val[:0], n.val); err != nil {
				return fmt.Errorf("encode %s: %w", quad.StringOf(n.val), err)
			}
			k := logKeyOf(n.id)
			reserve(6*binary.MaxVarintLen64 + len(val))
			start := len(arena)
			arena = appendPrimitive(arena, n.id, [4]uint64{}, now, val)
			if err := logB.Put(k, arena[start:len(arena):len(arena)]); err != nil {
				return err
			}
		}
		// Quad primitives, then the index entries of each quad.
		entries := make([][]indexEntry, len(indexes))
		for i := range entries {
			entries[i] = make([]indexEntry, 0, len(quads))
		}
		added := int64(0)
		for _, bq := range quads {
			if bq.stored {
				continue
			}
			var ids [4]uint64
			var fresh [4]bool
			for d, n := range bq.nodes {
				if n != nil {
					ids[d], fresh[d] = n.id, n.new
				}
			}
			horizon++
			added++
			id := uint64(horizon)
			k := logKeyOf(id)
			reserve(12 * binary.MaxVarintLen64)
			start := len(arena)
			arena = appendPrimitive(arena, id, ids, now, nil)
			if err := logB.Put(k, arena[start:len(arena):len(arena)]); err != nil {
				return err
			}
			for i, ind := range indexes {
				e := indexEntry{id: id}
				for j, d := range ind.Dirs {
					e.key[j] = ids[dirIndex(d)]
					e.fresh = e.fresh || fresh[dirIndex(d)]
				}
				entries[i] = append(entries[i], e)
			}
		}
		// Index lists: every key once, in key order, new IDs appended to
		// the stored ones (both ascending, so the list stays sorted).
		for i, ind := range indexes {
			ib, err := tx.CreateBucketIfNotExists(indexBucket(ind))
			if err != nil {
				return err
			}
			ib.FillPercent = indexFill
			es := entries[i]
			// Keys compare as their IDs do (big-endian); a key's quads
			// in ID order.
			slices.SortFunc(es, func(a, b indexEntry) int {
				for j := range a.key { // by hand: slices.Compare is a generic loop over slices
					if a.key[j] != b.key[j] {
						return cmp.Compare(a.key[j], b.key[j])
					}
				}
				return cmp.Compare(a.id, b.id)
			})
			// One cursor for the look-ups: Get makes a cursor, and a
			// cursor's first search allocates its stack, for every key.
			ic := ib.Cursor()
			for len(es) > 0 {
				run := 1
				for run < len(es) && es[run].key == es[0].key {
					run++
				}
				reserve(8 * len(ind.Dirs))
				start := len(arena)
				for _, x := range es[0].key[:len(ind.Dirs)] {
					arena = binary.BigEndian.AppendUint64(arena, x)
				}
				k := arena[start:len(arena):len(arena)]
				// A key naming a node new in this batch cannot be stored.
				var old []byte
				if !es[0].fresh {
					// A fresh Seek walks down from the bucket's root, so the
					// Puts since the last one do not stale it.
					if ck, cv := ic.Seek(k); bytes.Equal(ck, k) {
						old = cv
					}
				}
				reserve(len(old) + run*binary.MaxVarintLen64)
				start = len(arena)
				arena = append(arena, old...)
				for _, e := range es[:run] {
					arena = binary.AppendUvarint(arena, e.id)
				}
				if err := ib.Put(k, arena[start:len(arena):len(arena)]); err != nil {
					return err
				}
				es = es[run:]
			}
		}
		if err := putMetaInt(meta, "size", size+added); err != nil {
			return err
		}
		return putMetaInt(meta, "horizon", horizon)
	})
	if err != nil {
		return nil, err
	}
	return stored, nil
}

// update is bolt's DB.Update (fn's error or a panic rolls back), with
// the writer's CPU slot lent out while the transaction commits: the
// commit ends waiting on the disk (see lendWriterSlot).
func (b *boltBulk) update(ctx context.Context, fn func(*bolt.Tx) error) error {
	tx, err := b.db.Begin(true)
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			_ = tx.Rollback()
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	takeBack := lendWriterSlot(ctx)
	defer takeBack()
	committed = true // a failed Commit has rolled back already
	return tx.Commit()
}

// growingQuads is the quads the store holds when its commits cost more as
// it grows (bolt, see newBatchSizer), else 0; 0 too when the count cannot
// be read (the ingest then fails on its first write, with the reason).
func (s *Store) growingQuads() int {
	b, ok := s.bulk.(*boltBulk)
	if !ok {
		return 0
	}
	var n int64
	_ = b.db.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(boltMeta); meta != nil {
			n, _ = metaInt(meta, "size")
		}
		return nil
	})
	return int(n)
}

// boltHasQuad reports whether a live quad with these node IDs is stored,
// from the index whose key holds the most of its directions.
func boltHasQuad(tx *bolt.Tx, indexes []kv.QuadIndex, ids [4]uint64) (bool, error) {
	best := indexes[0]
	for _, ind := range indexes[1:] {
		if len(ind.Dirs) > len(best.Dirs) {
			best = ind
		}
	}
	ib := tx.Bucket(indexBucket(best))
	if ib == nil {
		return false, nil
	}
	list := ib.Get(indexKey(best, ids))
	logB := tx.Bucket(boltLog)
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, fmt.Errorf("index %s: bad entry", indexBucket(best))
		}
		list = list[n:]
		p, err := decodePrimitive(logB.Get(logKey(id)))
		if err != nil {
			return false, fmt.Errorf("log entry %d: %w", id, err)
		}
		if !p.deleted && p.dirs == ids {
			return true, nil
		}
	}
	return false, nil
}

func indexBucket(ind kv.QuadIndex) []byte {
	name := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		name[i] = d.Prefix()
	}
	return name
}

func indexKey(ind kv.QuadIndex, ids [4]uint64) []byte {
	k := make([]byte, 0, 8*len(ind.Dirs))
	for _, d := range ind.Dirs {
		k = binary.BigEndian.AppendUint64(k, ids[dirIndex(d)])
	}
	return k
}

// dirIndex is d's position in quad.Directions.
func dirIndex(d quad.Direction) int {
	for i, x := range quad.Directions {
		if x == d {
			return i
		}
	}
	panic(fmt.Sprintf("direction %v", d))
}

func logKey(id uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id) }

func metaInt(meta *bolt.Bucket, key string) (int64, error) {
	v := meta.Get([]byte(key))
	switch len(v) {
	case 0:
		return 0, nil
	case 8:
		return int64(binary.LittleEndian.Uint64(v)), nil
	}
	return 0, fmt.Errorf("meta/%s: %d bytes, want 8", key, len(v))
}

func putMetaInt(meta *bolt.Bucket, key string, v int64) error {
	return meta.Put([]byte(key), binary.LittleEndian.AppendUint64(make([]byte, 0, 8), uint64(v)))
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Cayley's log holds graph/proto.Primitive messages. Written here by hand
// (proto3 wire format: fields in number order, zero values left out) to
// skip protobuf reflection; only the fields Cayley sets on a new node or
// quad: 1 ID, 2-5 subject, predicate, object, label, 7 timestamp, 8 value.
func appendPrimitive(b []byte, id uint64, dirs [4]uint64, ts int64, val []byte) []byte {
	b = appendVarintField(b, 1, id)
	for i, x := range dirs {
		b = appendVarintField(b, uint64(2+i), x)
	}
	b = appendVarintField(b, 7, uint64(ts))
	if len(val) > 0 {
		b = binary.AppendUvarint(b, 8<<3|2)
		b = binary.AppendUvarint(b, uint64(len(val)))
		b = append(b, val...)
	}
	return b
}

func appendVarintField(b []byte, field, x uint64) []byte {
	if x == 0 {
		return b
	}
	b = binary.AppendUvarint(b, field<<3)
	return binary.AppendUvarint(b, x)
}

// primitive is what boltHasQuad needs of a log entry.
type primitive struct {
	dirs    [4]uint64
	deleted bool
}

// decodePrimitive reads a log entry written by Cayley or appendPrimitive.
func decodePrimitive(b []byte) (primitive, error) {
	var p primitive
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return p, errors.New("bad tag")
		}
		b = b[n:]
		field, wire := tag>>3, tag&7
		switch wire {
		case 0:
			x, n := binary.Uvarint(b)
			if n <= 0 {
				return p, errors.New("bad varint")
			}
			b = b[n:]
			switch {
			case field >= 2 && field <= 5:
				p.dirs[field-2] = x
			case field == 9:
				p.deleted = x != 0
			}
		case 2:
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return p, errors.New("bad length")
			}
			b = b[n+int(l):]
		default:
			return p, fmt.Errorf("wire type %d", wire)
		}
	}
	return p, nil
}

// boltWriteMmap is how much of the file bolt maps at once when a store is
// opened for writing. Bolt otherwise maps twice what the file holds and,
// each time the file outgrows that, maps it again, first copying every
// page the open transaction has touched out of the old mapping: in a
// batch that grows the file that is all the batch has written so far, and
// readers (the workers' content look-ups) wait meanwhile. Mapping is
// address space, not memory; the file keeps its size, except on Windows,
// where bolt grows the file to what it maps (a 1 GB file for a small
// store): Windows and 32-bit builds, whose address space is scarce, keep
// bolt's default.
const boltWriteMmap = 1 << 30

// boltWriteOptions are the bolt options of a store opened for writing.
func boltWriteOptions(timeout time.Duration) *bolt.Options {
	o := &bolt.Options{Timeout: timeout}
	if strconv.IntSize == 64 && runtime.GOOS != "windows" {
		o.InitialMmapSize = boltWriteMmap
	}
	return o
}

// newBoltBulk is the bolt backend's BulkWriter for a store openBolt
// opened for writing; nil for a read-only one.
func newBoltBulk(qs graph.QuadStore, voc Vocab) BulkWriter {
	db, ok := boltFiles.Load(qs)
	if !ok {
		return nil
	}
	return &boltBulk{db: db.(*bolt.DB), qs: qs, voc: voc}
}

// Lock does nothing: bolt's file lock, held from Open to Close, keeps
// every other process out already.
func (b *boltBulk) Lock(context.Context) (func(), error) { return func() {}, nil }

// BeginBulk: bolt needs no bulk mode; every write is a bulk write.
func (b *boltBulk) BeginBulk(context.Context, int, int) (BulkSession, error) { return nil, nil }

// AnswersDuringIngest: with no bulk mode, bolt's indexes are whole at
// every commit, so a look-up is always answered.
func (b *boltBulk) AnswersDuringIngest() bool { return true }

// Known reads, in one transaction, which docs are stored and which
// sources are stored values at all (a superset of the ns#source ones).
func (b *boltBulk) Known(ctx context.Context, docs []quad.IRI, sources []string) (map[quad.IRI]bool, map[string]bool, error) {
	stored, known := make(map[quad.IRI]bool), make(map[string]bool)
	err := b.db.View(func(tx *bolt.Tx) error {
		indexes, err := boltIndexes(tx)
		if err != nil {
			return err
		}
		typ, docType := boltNodeID(tx, quad.IRI(RDFType)), boltNodeID(tx, b.voc.Term(TypeDocument))
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			id := boltNodeID(tx, d)
			if id == 0 || typ == 0 || docType == 0 {
				continue
			}
			ok, err := boltHasQuad(tx, indexes, [4]uint64{id, typ, docType, id})
			if err != nil {
				return err
			}
			stored[d] = ok
		}
		for _, src := range sources {
			known[src] = boltNodeID(tx, quad.String(src)) != 0
		}
		return nil
	})
	return stored, known, err
}

// WriteDocuments deletes through Cayley, whose value cache must see
// nodes go, then adds in a transaction of its own (see write).
func (b *boltBulk) WriteDocuments(ctx context.Context, deltas []graph.Delta) ([]quad.Quad, error) {
	var dels []quad.Quad
	adds := make([]quad.Quad, 0, len(deltas)) // a batch is mostly adds: grown, it was copied over and over
	for _, d := range deltas {
		if d.Action == graph.Delete {
			dels = append(dels, d.Quad)
		} else {
			adds = append(adds, d.Quad)
		}
	}
	pos, err := b.write(ctx, dels, adds)
	if err != nil || len(pos) == 0 {
		return nil, err
	}
	stored := make([]quad.Quad, len(pos))
	for i, p := range pos {
		stored[i] = adds[p]
	}
	return stored, nil
}

// write is WriteDocuments with the deletes and adds apart, as Store holds
// them (commitBulk calls it so, without a delta list a batch long), and
// the stored adds reported by their positions in adds, ascending. A crash
// between the deletes and the adds leaves the replaced content removed and
// the new one absent: whole documents either way, and a re-ingest
// completes it.
func (b *boltBulk) write(ctx context.Context, dels, adds []quad.Quad) ([]int, error) {
	if len(dels) > 0 {
		ds := make([]graph.Delta, len(dels))
		for i, q := range dels {
			ds[i] = graph.Delta{Quad: q, Action: graph.Delete}
		}
		if err := b.qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
			return nil, err
		}
	}
	if len(adds) == 0 {
		return nil, nil
	}
	stored, err := b.addQuads(ctx, adds)
	if errors.Is(err, errNoBulk) {
		// A store without Cayley's index list: Cayley's writer copes.
		ds := make([]graph.Delta, len(adds))
		for i, q := range adds {
			ds[i] = graph.Delta{Quad: q, Action: graph.Add}
		}
		return nil, b.qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true})
	}
	return stored, err
}

// boltIndexes reads the quad indexes Cayley's Init recorded.
func boltIndexes(tx *bolt.Tx) ([]kv.QuadIndex, error) {
	meta := tx.Bucket(boltMeta)
	if meta == nil || tx.Bucket(boltLog) == nil {
		return nil, errNoBulk
	}
	raw := meta.Get([]byte("indexes"))
	if raw == nil {
		return nil, errNoBulk
	}
	var indexes []kv.QuadIndex
	if err := json.Unmarshal(raw, &indexes); err != nil || len(indexes) == 0 {
		return nil, fmt.Errorf("%w: meta/indexes %q", errNoBulk, raw)
	}
	return indexes, nil
}

// boltNodeID is the node ID of v, 0 when v is not stored.
func boltNodeID(tx *bolt.Tx, v quad.Value) uint64 {
	var h [quad.HashSize]byte
	quad.HashTo(v, h[:])
	vb := tx.Bucket([]byte{'v', h[0], h[1]})
	if vb == nil {
		return 0
	}
	id, _ := binary.Uvarint(vb.Get(h[:]))
	return id
}
