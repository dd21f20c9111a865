package browse

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Index is an in-memory summary of a store for type-ahead search and the
// overview, built in one pass over every quad. Cayley's key-value stores
// (bolt) index quads by subject and by object only, so finding every
// schema:name, or every fact of one predicate, is a full scan each time;
// the index pays that scan once.
//
// An index follows its store (fresh.go): when the backend can say
// cheaply whether it changed (bolt, postgres), the methods check that at
// most every indexCheckEvery and, on a change another writer made, a new
// index is built in the background and swapped in; until it is ready the
// methods answer from the one before.
type Index struct {
	entries []*indexEntry
	byID    map[string]*indexEntry
	stats   graph.Stats
	facts   int64
	links   [][]link   // by entry number: facts and co-mentions, for paths
	text    *textIndex // sentences and quotations, for full-text search
	Built   time.Time
	Took    time.Duration
	keep    *indexKeeper // nil: the index does not follow its store
}

type indexEntry struct {
	sum      EntitySummary
	norms    []string   // normalised name, then aliases
	words    [][]string // folded words of the name, then of each alias
	initials []string   // acronyms of the name and aliases ("united kingdom" -> "uk")
	mentions int        // sentences mentioning it: prominence
	docs     int        // documents naming it: prominence
	degree   int        // distinct facts with other entities
	num      int32      // position in Index.entries
}

// BuildIndex reads the whole store once. The index then follows the
// store (see Index) for as long as ctx lives: a server passes a context
// that ends when it shuts down.
func (r *Reader) BuildIndex(ctx context.Context) (*Index, error) {
	// The generation is read before the scan, so a write committed during
	// the scan shows as a change at the next check.
	gen, follows, err := r.st.Generation(ctx)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	ix, err := r.scanIndex(ctx)
	if err != nil {
		return nil, err
	}
	if follows {
		ix.keep = newIndexKeeper(ctx, r, gen, ix)
	}
	return ix, nil
}

// scanIndex builds an index in one pass over every quad.
func (r *Reader) scanIndex(ctx context.Context) (*Index, error) {
	start := time.Now()
	ix := &Index{byID: map[string]*indexEntry{}}
	entry := func(id string) *indexEntry {
		e, ok := ix.byID[id]
		if !ok {
			e = &indexEntry{sum: EntitySummary{ID: id, Aliases: []string{}}}
			ix.byID[id] = e
		}
		return e
	}
	typeDoc, typeSent, typeQuote := string(r.voc.Term(graph.TypeDocument)), string(r.voc.Term(graph.TypeSentence)), string(r.voc.Term(graph.TypeQuote))
	mentions, said := string(r.voc.Term(graph.PredMentions)), string(r.voc.Term(graph.PredSaid))
	byType := map[string]int64{}
	byPred := map[string]int64{}
	seenFact := map[[3]string]string{} // fact -> the first sentence stating it
	sentEnts := map[string][]string{}  // sentence -> entities it mentions
	tb := newTextBuilder(r)
	textPred, titlePred := string(r.voc.Term(graph.PredText)), string(r.voc.Term(graph.PredTitle))
	inDoc := map[[2]string]bool{} // (entity, document) seen
	countDoc := func(ent string, label quad.Value) {
		l, ok := iriOf(label)
		if !ok {
			return
		}
		k := [2]string{ent, r.voc.DocumentOf(l)}
		if !inDoc[k] {
			inDoc[k] = true
			entry(ent).docs++
		}
	}
	err := r.st.EachQuad(ctx, func(q quad.Quad) error {
		ix.stats.Quads++
		p, _ := iriOf(q.Predicate)
		sub, _ := iriOf(q.Subject)
		obj, objIRI := iriOf(q.Object)
		if q.Label != nil {
			if r.voc.IsEntity(sub) {
				countDoc(sub, q.Label)
			}
			if objIRI && r.voc.IsEntity(obj) {
				countDoc(obj, q.Label)
			}
		}
		switch {
		case p == graph.RDFType && objIRI:
			switch obj {
			case typeDoc:
				ix.stats.Documents++
			case typeSent:
				ix.stats.Sentences++
			case typeQuote:
				ix.stats.Quotes++
			default:
				if r.voc.IsEntity(sub) && strings.HasPrefix(obj, r.voc.NS) {
					e := entry(sub)
					if e.sum.Type == "" {
						e.sum.Type = graph.LocalName(obj)
						byType[e.sum.Type]++
					}
				}
			}
		case p == graph.SchemaName && r.voc.IsEntity(sub):
			entry(sub).sum.Name = literal(q.Object)
		case p == graph.SchemaAltName && r.voc.IsEntity(sub):
			e := entry(sub)
			if a := literal(q.Object); !slices.Contains(e.sum.Aliases, a) {
				e.sum.Aliases = append(e.sum.Aliases, a)
			}
		case p == mentions && r.voc.IsEntity(obj):
			entry(obj).mentions++
			if r.voc.DocumentOf(sub) != sub {
				sentEnts[sub] = append(sentEnts[sub], obj)
			}
		case p == said:
			byPred[graph.PredSaid]++
			tb.speaker(obj, sub)
		case p == textPred:
			lbl, _ := iriOf(q.Label)
			tb.text(sub, literal(q.Object), lbl)
		case p == titlePred:
			tb.title(sub, literal(q.Object))
		case objIRI && r.isFactPredicate(p) && r.voc.IsEntity(sub) && r.voc.IsEntity(obj):
			byPred[graph.LocalName(p)]++
			ix.facts++
			if k := [3]string{sub, p, obj}; seenFact[k] == "" {
				lbl, _ := iriOf(q.Label)
				if lbl == "" {
					lbl = "-"
				}
				seenFact[k] = lbl
				entry(sub).degree++
				entry(obj).degree++
			}
		}
		return nil
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	if gs, err := r.qs.Stats(ctx, false); err == nil {
		ix.stats.Nodes = gs.Nodes.Value
	}
	for _, e := range ix.byID {
		if e.sum.Type == "" {
			continue // a node named but untyped: not an entity
		}
		if e.sum.Name == "" {
			e.sum.Name = graph.LocalName(e.sum.ID)
		}
		sort.Strings(e.sum.Aliases)
		for _, n := range append([]string{e.sum.Name}, e.sum.Aliases...) {
			e.norms = append(e.norms, normName(n))
			e.words = append(e.words, foldWords(n))
			if a := acronym(n); a != "" && !slices.Contains(e.initials, a) {
				e.initials = append(e.initials, a)
			}
		}
		ix.entries = append(ix.entries, e)
		ix.stats.Entities++
	}
	sort.Slice(ix.entries, func(i, j int) bool { return ix.entries[i].sum.ID < ix.entries[j].sum.ID })
	for i, e := range ix.entries {
		e.num = int32(i)
	}
	ix.links = ix.buildLinks(seenFact, sentEnts)
	ix.text = tb.build()
	types := make([]string, len(graph.EntityTypes))
	for i, t := range graph.EntityTypes {
		types[i] = string(t)
	}
	ix.stats.ByType = sortedCounts(byType, types)
	ix.stats.ByPred = sortedCounts(byPred, graph.FactPredicates)
	ix.Built, ix.Took = time.Now(), time.Since(start)
	return ix, nil
}

// sortedCounts orders counts as Stats does: largest first, ties in the
// order of known (then by name).
func sortedCounts(m map[string]int64, known []string) []graph.Count {
	rank := map[string]int{}
	for i, k := range known {
		rank[k] = i + 1
	}
	out := make([]graph.Count, 0, len(m))
	for k, n := range m {
		out = append(out, graph.Count{Name: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		ra, rb := rank[a.Name], rank[b.Name]
		if ra == 0 {
			ra = len(known) + 1
		}
		if rb == 0 {
			rb = len(known) + 1
		}
		if ra != rb {
			return ra < rb
		}
		return a.Name < b.Name
	})
	return out
}

// MostConnected returns the n entities with the most distinct facts.
func (ix *Index) MostConnected(n int) []Connected {
	return ix.fresh().mostConnected(n)
}

func (ix *Index) mostConnected(n int) []Connected {
	var list []*indexEntry
	for _, e := range ix.entries {
		if e.degree > 0 {
			list = append(list, e)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].degree != list[j].degree {
			return list[i].degree > list[j].degree
		}
		return list[i].sum.ID < list[j].sum.ID
	})
	out := []Connected{}
	for i := 0; i < len(list) && i < n; i++ {
		e := list[i].sum
		out = append(out, Connected{NodeRef: NodeRef{ID: e.ID, Name: e.Name, Type: e.Type}, Degree: list[i].degree})
	}
	return out
}

// Overview is Reader.Overview from the index: counts and most connected
// from memory, documents read from the store.
func (ix *Index) Overview(ctx context.Context, r *Reader, top, docLimit int) (Overview, error) {
	ix = ix.fresh()
	o := Overview{Stats: ix.stats, Facts: ix.facts, Top: ix.mostConnected(top)}
	docs, err := r.Documents(ctx)
	if err != nil {
		return o, err
	}
	if docLimit > 0 && len(docs) > docLimit {
		docs, o.DocumentsTruncated = docs[:docLimit], true
	}
	o.DocumentList = docs
	return o, nil
}

// Entities is the number of entities indexed.
func (ix *Index) Entities() int { return len(ix.fresh().entries) }

// countRefs counts the quads whose dir is v without reading them: exact,
// where QuadIteratorSize on a key-value store only estimates.
func (r *Reader) countRefs(ctx context.Context, dir quad.Direction, v quad.Value) int64 {
	ref, err := r.qs.ValueOf(v)
	if err != nil || ref == nil {
		return 0
	}
	it := r.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var n int64
	for it.Next(ctx) {
		n++
	}
	return n
}
