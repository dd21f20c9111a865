package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Gizmo sessions on a bolt store read it through prefixIndexed, which
// lets a hop use the leading part of a quad index.
//
// Cayley's kv store (bolt) keeps two quad indexes, (subject, predicate)
// and (object, predicate, subject), but its shape optimizer uses one only
// when the hop fixes every direction the index holds
// (kv.QuadStore.optimizeQuadsAction needs a value for each). A reverse hop
// such as g.V(org).In(memberOf) fixes object and predicate, two of the
// three, so Cayley falls back to scanning every quad whose object is the
// organisation — each sentence mentioning it included, each read from
// the quad log — and checking the predicate of each. On the 1M-quad
// benchmark store that made one In(memberOf) on a much-mentioned
// organisation cost ~240 µs; the (object, predicate) prefix of the index
// reads only the memberOf quads. Directions no index prefix covers (a
// label, from LabelContext) are checked on each quad the scan reads.
type prefixIndexed struct {
	*kv.QuadStore
	indexes []kv.QuadIndex
}

// newPrefixIndexed wraps a kv quad store, or returns nil for any other
// backend. The store's indexes are not exported, so they are found by
// asking Cayley's own optimizer which index serves each set of fixed
// directions.
func newPrefixIndexed(ctx context.Context, qs graph.QuadStore) *prefixIndexed {
	k, ok := qs.(*kv.QuadStore)
	if !ok {
		return nil
	}
	dirs := []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	var found []kv.QuadIndex
	for set := 1; set < 1<<len(dirs); set++ {
		probe := shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]refs.Ref{}}
		for i, d := range dirs {
			if set&(1<<i) != 0 {
				probe.Filter[d] = kv.Int64Value(1)
			}
		}
		s, ok := k.OptimizeShape(ctx, probe)
		if !ok {
			continue
		}
		nf, ok := s.(shape.NodesFrom)
		if !ok {
			continue
		}
		scan, ok := nf.Quads.(kv.IndexScan)
		if !ok {
			continue
		}
		if !hasIndex(found, scan.Index) {
			found = append(found, scan.Index)
		}
	}
	if len(found) == 0 {
		return nil
	}
	return &prefixIndexed{QuadStore: k, indexes: found}
}

func hasIndex(list []kv.QuadIndex, ind kv.QuadIndex) bool {
	for _, x := range list {
		if fmt.Sprint(x.Dirs) == fmt.Sprint(ind.Dirs) {
			return true
		}
	}
	return false
}

// OptimizeShape replaces a set of fixed-direction quad filters by a scan
// of the index with the longest prefix of those directions. Other shapes
// are left alone, as the kv store leaves them (it only rewrites
// QuadsAction); its own rewrite is not used, because the IndexScan it
// builds must be given the kv store itself, not this wrapper.
func (qs *prefixIndexed) OptimizeShape(_ context.Context, s shape.Shape) (shape.Shape, bool) {
	qa, ok := s.(shape.QuadsAction)
	if !ok || len(qa.Filter) == 0 {
		return s, false
	}
	var (
		best kv.QuadIndex
		n    int
	)
	for _, ind := range qs.indexes {
		k := 0
		for _, d := range ind.Dirs {
			if _, ok := qa.Filter[d]; !ok {
				break
			}
			k++
		}
		if k > n {
			best, n = ind, k
		}
	}
	if n == 0 {
		return s, false
	}
	scan := prefixScan{qs: qs.QuadStore, index: best}
	used := map[quad.Direction]bool{}
	for _, d := range best.Dirs[:n] {
		v, ok := qa.Filter[d].(kv.Int64Value)
		if !ok {
			return s, false
		}
		scan.values = append(scan.values, uint64(v))
		used[d] = true
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		if r, ok := qa.Filter[d]; ok && !used[d] {
			v, ok := r.(kv.Int64Value)
			if !ok {
				return s, false
			}
			scan.check = append(scan.check, dirValue{d, uint64(v)})
		}
	}
	return qa.SimplifyFrom(scan), true
}

type dirValue struct {
	dir quad.Direction
	val uint64
}

// prefixScan is the quads under one index prefix that also have the
// check values.
type prefixScan struct {
	qs     *kv.QuadStore
	index  kv.QuadIndex
	values []uint64
	check  []dirValue
}

func (s prefixScan) BuildIterator(graph.QuadStore) iterator.Shape {
	return &prefixScanIt{
		s:     s,
		inner: kv.IndexScan{Index: s.index, Values: s.values}.BuildIterator(s.qs),
	}
}

func (s prefixScan) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) {
	return s, false
}

// prefixScanIt iterates a prefixScan: the kv store's own iterator over
// the prefix, with the checked directions compared on each quad.
type prefixScanIt struct {
	s     prefixScan
	inner iterator.Shape
}

func (it *prefixScanIt) String() string {
	return fmt.Sprintf("PrefixScan(%v %v check %v)", it.s.index.Dirs, it.s.values, it.s.check)
}

func (it *prefixScanIt) Iterate() iterator.Scanner {
	return &prefixScanNext{Scanner: it.inner.Iterate(), check: it.s.check}
}

func (it *prefixScanIt) Lookup() iterator.Index {
	return &prefixScanContains{Index: it.inner.Lookup(), check: it.s.check}
}

func (it *prefixScanIt) Stats(ctx context.Context) (iterator.Costs, error) {
	c, err := it.inner.Stats(ctx)
	if len(it.s.check) > 0 {
		c.Size = refs.Size{Value: c.Size.Value/2 + 1, Exact: false}
	}
	return c, err
}

func (it *prefixScanIt) Optimize(context.Context) (iterator.Shape, bool) { return it, false }

func (it *prefixScanIt) SubIterators() []iterator.Shape { return nil }

// matches says whether the quad ref has every checked value.
func matches(ref refs.Ref, check []dirValue) bool {
	p, ok := ref.(interface{ GetDirection(quad.Direction) uint64 })
	if !ok {
		return false
	}
	for _, c := range check {
		if p.GetDirection(c.dir) != c.val {
			return false
		}
	}
	return true
}

type prefixScanNext struct {
	iterator.Scanner
	check []dirValue
}

func (it *prefixScanNext) Next(ctx context.Context) bool {
	for it.Scanner.Next(ctx) {
		if matches(it.Scanner.Result(), it.check) {
			return true
		}
	}
	return false
}

func (it *prefixScanNext) String() string { return "PrefixScanNext" }

type prefixScanContains struct {
	iterator.Index
	check []dirValue
}

func (it *prefixScanContains) Contains(ctx context.Context, v refs.Ref) bool {
	return matches(v, it.check) && it.Index.Contains(ctx, v)
}

func (it *prefixScanContains) String() string { return "PrefixScanContains" }
