package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Documents lists every stored document, newest ingest first.
func (s *Store) Documents(ctx context.Context) ([]DocumentRef, error) {
	b := s.browser()
	var ids []string
	err := b.scan(ctx, quad.Object, s.voc.Term(TypeDocument), func(q quad.Quad) bool {
		if p, _ := iriOf(q.Predicate); p == RDFType {
			if id, ok := iriOf(q.Subject); ok {
				ids = append(ids, id)
			}
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	out := make([]DocumentRef, 0, len(ids))
	for _, id := range ids {
		d, err := b.document(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].IngestedAt != out[j].IngestedAt {
			return out[i].IngestedAt > out[j].IngestedAt
		}
		return out[i].Title < out[j].Title
	})
	return out, nil
}

// MostConnected returns the n entities with the most distinct facts
// (a predicate and another entity, in either direction).
func (s *Store) MostConnected(ctx context.Context, n int) ([]Connected, error) {
	b := s.browser()
	seen := map[[3]string]bool{}
	deg := map[string]int{}
	for _, p := range FactPredicates {
		if p == PredSaid {
			continue
		}
		err := b.scan(ctx, quad.Predicate, s.voc.Term(p), func(q quad.Quad) bool {
			sub, ok1 := iriOf(q.Subject)
			obj, ok2 := iriOf(q.Object)
			if !ok1 || !ok2 || !s.isEntity(sub) || !s.isEntity(obj) {
				return true
			}
			k := [3]string{sub, p, obj}
			if !seen[k] {
				seen[k] = true
				deg[sub]++
				deg[obj]++
			}
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("most connected: %w", err)
		}
	}
	ids := make([]string, 0, len(deg))
	for id := range deg {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if deg[ids[i]] != deg[ids[j]] {
			return deg[ids[i]] > deg[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	out := make([]Connected, 0, len(ids))
	for _, id := range ids {
		nd, err := b.node(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, Connected{NodeRef: nd.ref, Degree: deg[id]})
	}
	return out, nil
}

// Overview gathers the store's counts, the top most connected entities
// and up to docLimit documents.
func (s *Store) Overview(ctx context.Context, top, docLimit int) (Overview, error) {
	var o Overview
	st, err := s.Stats(ctx)
	if err != nil {
		return o, err
	}
	o.Stats = st
	for _, c := range st.ByPred {
		if c.Name != PredSaid {
			o.Facts += c.Count
		}
	}
	if o.Top, err = s.MostConnected(ctx, top); err != nil {
		return o, err
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		return o, err
	}
	if docLimit > 0 && len(docs) > docLimit {
		docs, o.DocumentsTruncated = docs[:docLimit], true
	}
	o.DocumentList = docs
	return o, nil
}

// ExportNodes writes, as strict N-Quads, the description of the given
// entities, the facts among them and the sentences and documents those
// facts came from: the graph a user has on screen. It returns the number
// of quads written.
func (s *Store) ExportNodes(ctx context.Context, w io.Writer, ids []string) (int, error) {
	b := s.browser()
	set := map[string]bool{}
	for _, id := range ids {
		set[id] = true
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := nquads.NewWriter(bw)
	n := 0
	var werr error
	write := func(q quad.Quad) bool {
		if werr = enc.WriteQuad(Strict(q)); werr != nil {
			return false
		}
		n++
		return true
	}
	labels := map[string]bool{}
	var labelOrder []string
	for _, id := range ids {
		if !s.isEntity(id) {
			continue
		}
		err := b.scan(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			obj, isIRI := iriOf(q.Object)
			switch {
			case q.Label == nil && (p == RDFType || p == SchemaName || p == SchemaAltName):
			case isIRI && set[obj] && s.isFactPredicate(p):
				if l, ok := iriOf(q.Label); ok && !labels[l] {
					labels[l] = true
					labelOrder = append(labelOrder, l)
				}
			default:
				return true
			}
			return write(q)
		})
		if werr != nil {
			return n, fmt.Errorf("export view: %w", werr)
		}
		if err != nil {
			return n, fmt.Errorf("export view: %w", err)
		}
	}
	docs := map[string]bool{}
	var docOrder []string
	for _, l := range labelOrder {
		if d := s.documentOf(l); !docs[d] {
			docs[d] = true
			docOrder = append(docOrder, d)
		}
	}
	for _, l := range append(labelOrder, docOrder...) {
		if docs[l] && s.documentOf(l) != l {
			continue
		}
		err := b.scan(ctx, quad.Subject, quad.IRI(l), func(q quad.Quad) bool {
			lbl, _ := iriOf(q.Label)
			if p, _ := iriOf(q.Predicate); lbl != l || p == string(s.voc.Term(PredMentions)) {
				return true // mentions of entities not on screen
			}
			return write(q)
		})
		if werr != nil {
			return n, fmt.Errorf("export view: %w", werr)
		}
		if err != nil {
			return n, fmt.Errorf("export view: %w", err)
		}
	}
	if err := enc.Close(); err != nil {
		return n, fmt.Errorf("export view: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("export view: %w", err)
	}
	return n, nil
}
