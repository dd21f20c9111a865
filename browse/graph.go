package browse

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// edgeSet collects fact quads into aggregated graph edges.
type edgeSet struct {
	r     *Reader
	quads map[[4]string]bool
	edges map[[3]string]*GraphEdge
	docs  map[[3]string]map[string]bool
	order [][3]string
}

func newEdgeSet(r *Reader) *edgeSet {
	return &edgeSet{r: r, quads: map[[4]string]bool{}, edges: map[[3]string]*GraphEdge{}, docs: map[[3]string]map[string]bool{}}
}

func (es *edgeSet) add(sub, pred, obj string, label quad.Value) {
	l, _ := iriOf(label)
	if es.quads[[4]string{sub, pred, obj, l}] {
		return // the same quad seen from its other end
	}
	es.quads[[4]string{sub, pred, obj, l}] = true
	k := [3]string{sub, pred, obj}
	e, ok := es.edges[k]
	if !ok {
		e = &GraphEdge{Source: sub, Target: obj, Predicate: pred, Label: graph.LocalName(pred), Documents: []string{}}
		es.edges[k] = e
		es.docs[k] = map[string]bool{}
		es.order = append(es.order, k)
	}
	e.Count++
	if l, ok := iriOf(label); ok {
		if d := es.r.voc.DocumentOf(l); !es.docs[k][d] {
			es.docs[k][d] = true
			e.Documents = append(e.Documents, d)
		}
	}
}

// list returns the edges whose both ends are in keep.
func (es *edgeSet) list(keep map[string]bool) []GraphEdge {
	out := []GraphEdge{}
	for _, k := range es.order {
		if keep[k[0]] && keep[k[2]] {
			out = append(out, *es.edges[k])
		}
	}
	return out
}

// Quote nodes and the minimum size below which a neighbourhood reaches a
// second step.
const (
	maxQuoteNodes    = 30
	minNeighbourhood = 10
)

// Neighbourhood returns an entity, the entities it has facts with, the
// quotes it said, and the facts among them, at most limit nodes (the
// centre included): the neighbours backed by the most sentences are kept,
// then quotes. When that makes fewer than ten nodes, the neighbours'
// own neighbours are added too, so that a sparse entity still shows its
// context.
func (r *Reader) Neighbourhood(ctx context.Context, iri string, limit int) (Subgraph, error) {
	if limit <= 1 {
		limit = 300
	}
	b := r.browser()
	g := Subgraph{Center: iri}
	center, err := b.node(ctx, iri)
	if err != nil {
		return g, err
	}
	if center.ref.Type == "" {
		return g, fmt.Errorf("neighbourhood of %s: %w", iri, ErrNotFound)
	}
	es := newEdgeSet(r)
	said := string(r.voc.Term(graph.PredSaid))
	// facts adds the fact edges of node; weight counts, per other entity,
	// the sentences linking it.
	facts := func(node string, weight map[string]int, quotes *[]string) error {
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			err := b.scan(ctx, dir, quad.IRI(node), func(q quad.Quad) bool {
				p, _ := iriOf(q.Predicate)
				sub, ok1 := iriOf(q.Subject)
				obj, ok2 := iriOf(q.Object)
				if !ok1 || !ok2 {
					return true
				}
				if p == said && quotes != nil && dir == quad.Subject {
					if _, seen := es.edges[[3]string{sub, p, obj}]; !seen {
						*quotes = append(*quotes, obj)
					}
					es.add(sub, p, obj, q.Label)
					return true
				}
				if !r.isFactPredicate(p) || !r.voc.IsEntity(sub) || !r.voc.IsEntity(obj) {
					return true
				}
				es.add(sub, p, obj, q.Label)
				other := obj
				if dir == quad.Object {
					other = sub
				}
				if other != node {
					weight[other]++
				}
				return true
			})
			if err != nil {
				return fmt.Errorf("neighbourhood of %s: %w", iri, err)
			}
		}
		return nil
	}
	weight := map[string]int{}
	var quotes []string
	if err := facts(iri, weight, &quotes); err != nil {
		return g, err
	}
	if len(quotes) > maxQuoteNodes {
		quotes = quotes[:maxQuoteNodes]
	}
	others := byWeight(weight, nil)
	var further []string
	if 1+len(others)+len(quotes) < minNeighbourhood {
		second := map[string]int{}
		for _, o := range others {
			if err := facts(o, second, nil); err != nil {
				return g, err
			}
		}
		delete(second, iri)
		further = byWeight(second, weight)
	}
	g.Total = 1 + len(others) + len(quotes) + len(further)
	// Room goes to the direct neighbours, then the entity's own quotes,
	// then the neighbours' neighbours that only fill out a small view.
	room := limit - 1
	if len(others) > room {
		others = others[:room]
	}
	room -= len(others)
	if len(quotes) > room {
		quotes = quotes[:room]
	}
	room -= len(quotes)
	if len(further) > room {
		further = further[:room]
	}
	others = append(others, further...)
	g.Truncated = 1+len(others)+len(quotes) < g.Total
	keep := map[string]bool{iri: true}
	for _, o := range others {
		keep[o] = true
	}
	for _, q := range quotes {
		keep[q] = true
	}
	// Facts among the neighbours: every such fact is an outgoing quad of
	// one of them.
	for _, o := range others {
		err := b.scan(ctx, quad.Subject, quad.IRI(o), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			obj, ok := iriOf(q.Object)
			if ok && obj != iri && keep[obj] && r.isFactPredicate(p) {
				es.add(o, p, obj, q.Label)
			}
			return true
		})
		if err != nil {
			return g, fmt.Errorf("neighbourhood of %s: %w", iri, err)
		}
	}
	g.Edges = es.list(keep)
	ids := append(append([]string{iri}, others...), quotes...)
	g.Nodes, err = b.graphNodes(ctx, ids, g.Edges)
	return g, err
}

// byWeight lists the keys of w, heaviest first, leaving out those in skip.
func byWeight(w map[string]int, skip map[string]int) []string {
	out := make([]string, 0, len(w))
	for k := range w {
		if _, ok := skip[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if w[out[i]] != w[out[j]] {
			return w[out[i]] > w[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// graphNodes describes ids, with their degree in edges.
func (b *browser) graphNodes(ctx context.Context, ids []string, edges []GraphEdge) ([]GraphNode, error) {
	deg := map[string]int{}
	for _, e := range edges {
		deg[e.Source]++
		deg[e.Target]++
	}
	out := make([]GraphNode, 0, len(ids))
	for _, id := range ids {
		n, err := b.node(ctx, id)
		if err != nil {
			return nil, err
		}
		t := n.ref.Type
		if t == "" {
			t = "Other"
		}
		out = append(out, GraphNode{ID: id, Name: n.ref.Name, Type: t, Degree: deg[id]})
	}
	return out, nil
}

// DocumentGraph returns the entities one document mentions, the facts
// it states and the quotes it attributes, at most limit nodes (the most
// connected entities kept, then quotes).
func (r *Reader) DocumentGraph(ctx context.Context, doc string, limit int) (Subgraph, error) {
	if limit <= 0 {
		limit = 300
	}
	b := r.browser()
	var g Subgraph
	if !r.voc.IsDocument(quad.IRI(doc)) {
		return g, fmt.Errorf("document %s: %w", doc, ErrNotFound)
	}
	ok, err := r.st.HasDocument(ctx, quad.IRI(doc))
	if err != nil {
		return g, fmt.Errorf("document %s: %w", doc, err)
	}
	if !ok {
		return g, fmt.Errorf("document %s: %w", doc, ErrNotFound)
	}
	ref, err := b.document(ctx, doc)
	if err != nil {
		return g, err
	}
	g.Document = ref
	labels := []string{doc}
	err = b.linked(ctx, quad.Object, doc, string(r.voc.Term(graph.PredInDocument)), func(sentence string, _ quad.Quad) {
		labels = append(labels, sentence)
	})
	if err != nil {
		return g, fmt.Errorf("document %s: %w", doc, err)
	}
	// Only subject and object scans: Cayley's key-value stores have no
	// label index, so a scan by label would read the whole store.
	es := newEdgeSet(r)
	mentions, said := string(r.voc.Term(graph.PredMentions)), string(r.voc.Term(graph.PredSaid))
	inSentence := string(r.voc.Term(graph.PredInSentence))
	seen := map[string]bool{}
	var ents, quotes []string
	mention := func(id string) {
		if r.voc.IsEntity(id) && !seen[id] {
			seen[id] = true
			ents = append(ents, id)
		}
	}
	var quoteIDs []string
	for _, l := range labels {
		// The sentence (or document) mentions entities…
		err := b.linked(ctx, quad.Subject, l, mentions, func(ent string, _ quad.Quad) { mention(ent) })
		if err == nil && l != doc {
			// …and holds the attribution of quotes.
			err = b.linked(ctx, quad.Object, l, inSentence, func(quote string, _ quad.Quad) {
				quoteIDs = append(quoteIDs, quote)
			})
		}
		if err != nil {
			return g, fmt.Errorf("document %s: %w", doc, err)
		}
	}
	// Every quote is listed, after the entities: the node limit cuts
	// them, and says so (Truncated), as it cuts entities.
	for _, qid := range quoteIDs {
		err := b.linked(ctx, quad.Object, qid, said, func(speaker string, q quad.Quad) {
			if !seen[qid] {
				mention(speaker)
				seen[qid] = true
				quotes = append(quotes, qid)
				es.add(speaker, said, qid, q.Label)
			}
		})
		if err != nil {
			return g, fmt.Errorf("document %s: %w", doc, err)
		}
	}
	// The facts this document states: outgoing facts of its entities whose
	// sentence belongs to it.
	for _, e := range append([]string(nil), ents...) {
		err := b.scan(ctx, quad.Subject, quad.IRI(e), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			obj, ok := iriOf(q.Object)
			l, _ := iriOf(q.Label)
			if ok && r.isFactPredicate(p) && r.voc.IsEntity(obj) && r.voc.DocumentOf(l) == doc {
				es.add(e, p, obj, q.Label)
				mention(obj)
			}
			return true
		})
		if err != nil {
			return g, fmt.Errorf("document %s: %w", doc, err)
		}
	}
	all := map[string]bool{}
	for _, e := range ents {
		all[e] = true
	}
	deg := map[string]int{}
	for _, e := range es.list(all) {
		deg[e.Source]++
		deg[e.Target]++
	}
	sort.SliceStable(ents, func(i, j int) bool { return deg[ents[i]] > deg[ents[j]] })
	g.Total = len(ents) + len(quotes)
	ents = append(ents, quotes...)
	if len(ents) > limit {
		ents, g.Truncated = ents[:limit], true
	}
	keep := map[string]bool{}
	for _, e := range ents {
		keep[e] = true
	}
	g.Edges = es.list(keep)
	if g.Nodes, err = b.graphNodes(ctx, ents, g.Edges); err != nil {
		return g, err
	}
	for i := range g.Nodes {
		g.Nodes[i].Documents = []string{doc}
	}
	return g, nil
}
