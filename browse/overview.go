package browse

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

// Documents lists every stored document, newest ingest first.
func (r *Reader) Documents(ctx context.Context) ([]DocumentRef, error) {
	b := r.browser()
	var ids []string
	err := b.linked(ctx, quad.Object, string(r.voc.Term(graph.TypeDocument)), graph.RDFType, func(id string, _ quad.Quad) {
		ids = append(ids, id)
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
// (a predicate and another entity, in either direction). It reads the
// whole store; a server keeps an Index instead.
func (r *Reader) MostConnected(ctx context.Context, n int) ([]Connected, error) {
	ix, err := r.BuildIndex(ctx)
	if err != nil {
		return nil, err
	}
	return ix.MostConnected(n), nil
}

// Overview gathers the store's counts, the top most connected entities
// and up to docLimit documents, in one pass over the store.
func (r *Reader) Overview(ctx context.Context, top, docLimit int) (Overview, error) {
	ix, err := r.BuildIndex(ctx)
	if err != nil {
		return Overview{}, err
	}
	return ix.Overview(ctx, r, top, docLimit)
}

// ExportNodes writes, as strict N-Quads, the description of the given
// entities, the facts among them and the sentences and documents those
// facts came from: the graph a user has on screen. It returns the number
// of quads written.
func (r *Reader) ExportNodes(ctx context.Context, w io.Writer, ids []string) (int, error) {
	b := r.browser()
	set := map[string]bool{}
	for _, id := range ids {
		set[id] = true
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := nquads.NewWriter(bw)
	n := 0
	var werr error
	write := func(q quad.Quad) bool {
		if werr = enc.WriteQuad(graph.Strict(q)); werr != nil {
			return false
		}
		n++
		return true
	}
	labels := map[string]bool{}
	var labelOrder []string
	addLabel := func(v quad.Value) {
		if l, ok := iriOf(v); ok && !labels[l] {
			labels[l] = true
			labelOrder = append(labelOrder, l)
		}
	}
	said := string(r.voc.Term(graph.PredSaid))
	for _, id := range ids {
		if r.voc.IsQuote(id) && set[id] {
			// A quote on screen: its text, rule and the sentence it was
			// attributed in.
			err := b.scan(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) bool {
				addLabel(q.Label)
				return write(q)
			})
			if werr != nil {
				return n, fmt.Errorf("export view: %w", werr)
			}
			if err != nil {
				return n, fmt.Errorf("export view: %w", err)
			}
			continue
		}
		if !r.voc.IsEntity(id) {
			continue
		}
		err := b.scan(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) bool {
			p, _ := iriOf(q.Predicate)
			obj, isIRI := iriOf(q.Object)
			switch {
			case q.Label == nil && (p == graph.RDFType || p == graph.SchemaName || p == graph.SchemaAltName):
			case isIRI && set[obj] && (r.isFactPredicate(p) || p == said):
				addLabel(q.Label)
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
		if d := r.voc.DocumentOf(l); !docs[d] {
			docs[d] = true
			docOrder = append(docOrder, d)
		}
	}
	for _, l := range append(labelOrder, docOrder...) {
		if docs[l] && r.voc.DocumentOf(l) != l {
			continue
		}
		err := b.scan(ctx, quad.Subject, quad.IRI(l), func(q quad.Quad) bool {
			lbl, _ := iriOf(q.Label)
			if p, _ := iriOf(q.Predicate); lbl != l || p == string(r.voc.Term(graph.PredMentions)) {
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
