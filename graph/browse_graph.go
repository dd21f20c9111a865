package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// edgeSet collects fact quads into aggregated graph edges.
type edgeSet struct {
	s     *Store
	edges map[[3]string]*GraphEdge
	docs  map[[3]string]map[string]bool
	order [][3]string
}

func newEdgeSet(s *Store) *edgeSet {
	return &edgeSet{s: s, edges: map[[3]string]*GraphEdge{}, docs: map[[3]string]map[string]bool{}}
}

func (es *edgeSet) add(sub, pred, obj string, label quad.Value) {
	k := [3]string{sub, pred, obj}
	e, ok := es.edges[k]
	if !ok {
		e = &GraphEdge{Source: sub, Target: obj, Predicate: pred, Label: LocalName(pred), Documents: []string{}}
		es.edges[k] = e
		es.docs[k] = map[string]bool{}
		es.order = append(es.order, k)
	}
	e.Count++
	if l, ok := iriOf(label); ok {
		if d := es.s.documentOf(l); !es.docs[k][d] {
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

// Neighbourhood returns an entity, the entities it has facts with and the
// facts among them, at most limit nodes (the centre included): the
// neighbours backed by the most sentences are kept.
func (s *Store) Neighbourhood(ctx context.Context, iri string, limit int) (Subgraph, error) {
	if limit <= 1 {
		limit = 300
	}
	b := s.browser()
	g := Subgraph{Center: iri}
	center, err := b.node(ctx, iri)
	if err != nil {
		return g, err
	}
	if center.ref.Type == "" {
		return g, fmt.Errorf("neighbourhood of %s: %w", iri, ErrNotFound)
	}
	es := newEdgeSet(s)
	weight := map[string]int{}
	collect := func(dir quad.Direction) error {
		return b.scan(ctx, dir, quad.IRI(iri), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			sub, ok1 := iriOf(q.Subject)
			obj, ok2 := iriOf(q.Object)
			if !ok1 || !ok2 || !s.isFactPredicate(p) || !s.isEntity(sub) || !s.isEntity(obj) {
				return true
			}
			es.add(sub, p, obj, q.Label)
			other := obj
			if dir == quad.Object {
				other = sub
			}
			if other != iri {
				weight[other]++
			}
			return true
		})
	}
	if err := collect(quad.Subject); err != nil {
		return g, fmt.Errorf("neighbourhood of %s: %w", iri, err)
	}
	if err := collect(quad.Object); err != nil {
		return g, fmt.Errorf("neighbourhood of %s: %w", iri, err)
	}
	others := make([]string, 0, len(weight))
	for o := range weight {
		others = append(others, o)
	}
	sort.Slice(others, func(i, j int) bool {
		if weight[others[i]] != weight[others[j]] {
			return weight[others[i]] > weight[others[j]]
		}
		return others[i] < others[j]
	})
	g.Total = len(others) + 1
	if len(others) > limit-1 {
		others, g.Truncated = others[:limit-1], true
	}
	keep := map[string]bool{iri: true}
	for _, o := range others {
		keep[o] = true
	}
	// Facts among the neighbours: every such fact is an outgoing quad of
	// one of them.
	for _, o := range others {
		err := b.scan(ctx, quad.Subject, quad.IRI(o), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			obj, ok := iriOf(q.Object)
			if ok && obj != iri && keep[obj] && s.isFactPredicate(p) {
				es.add(o, p, obj, q.Label)
			}
			return true
		})
		if err != nil {
			return g, fmt.Errorf("neighbourhood of %s: %w", iri, err)
		}
	}
	g.Edges = es.list(keep)
	g.Nodes, err = b.graphNodes(ctx, append([]string{iri}, others...), g.Edges)
	return g, err
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

// DocumentGraph returns the entities one document mentions and the facts
// it states, at most limit nodes (the most connected kept).
func (s *Store) DocumentGraph(ctx context.Context, doc string, limit int) (Subgraph, error) {
	if limit <= 0 {
		limit = 300
	}
	b := s.browser()
	var g Subgraph
	if !s.voc.IsDocument(quad.IRI(doc)) {
		return g, fmt.Errorf("document %s: %w", doc, ErrNotFound)
	}
	ok, err := s.hasDocument(ctx, quad.IRI(doc))
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
	inDoc := string(s.voc.Term(PredInDocument))
	err = b.scan(ctx, quad.Object, quad.IRI(doc), func(q quad.Quad) bool {
		if p, _ := iriOf(q.Predicate); p == inDoc {
			if sub, ok := iriOf(q.Subject); ok {
				labels = append(labels, sub)
			}
		}
		return true
	})
	if err != nil {
		return g, fmt.Errorf("document %s: %w", doc, err)
	}
	es := newEdgeSet(s)
	mentions, said := string(s.voc.Term(PredMentions)), string(s.voc.Term(PredSaid))
	seen := map[string]bool{}
	var ents []string
	mention := func(id string) {
		if s.isEntity(id) && !seen[id] {
			seen[id] = true
			ents = append(ents, id)
		}
	}
	for _, l := range labels {
		err := b.scan(ctx, quad.Label, quad.IRI(l), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			sub, _ := iriOf(q.Subject)
			obj, ok := iriOf(q.Object)
			switch {
			case !ok:
			case p == mentions:
				mention(obj)
			case p == said:
				mention(sub)
			case s.isFactPredicate(p) && s.isEntity(sub) && s.isEntity(obj):
				es.add(sub, p, obj, q.Label)
				mention(sub)
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
	g.Total = len(ents)
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
