package browse

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// ErrNotFound is returned (wrapped) for an IRI the store knows nothing about.
var ErrNotFound = errors.New("not found")

// maxProvenance caps the sentences listed for one fact or quote.
const maxProvenance = 25

type factKey struct {
	pred, other string
	out         bool
}

// Entity returns an entity with its facts (both directions, grouped by
// predicate and other end, each with the sentences stating it), its
// quotes and the documents mentioning it.
func (r *Reader) Entity(ctx context.Context, iri string) (EntityView, error) {
	b := r.browser()
	var v EntityView
	me, err := b.node(ctx, iri)
	if err != nil {
		return v, err
	}
	if me.ref.Type == "" {
		return v, fmt.Errorf("entity %s: %w", iri, ErrNotFound)
	}
	v.Entity = me.summary()
	facts := map[factKey][]string{}
	var quoteIDs []string
	quoteLabels := map[string][]string{}
	said := string(r.voc.Term(graph.PredSaid))
	mentions := string(r.voc.Term(graph.PredMentions))
	docs := map[string]bool{}
	add := func(k factKey, label quad.Value) {
		l, _ := iriOf(label)
		facts[k] = append(facts[k], l)
		if l != "" {
			docs[r.voc.DocumentOf(l)] = true
		}
	}
	err = b.scan(ctx, quad.Subject, quad.IRI(iri), func(q quad.Quad) bool {
		p, _ := iriOf(q.Predicate)
		o, ok := iriOf(q.Object)
		if !ok {
			return true
		}
		switch {
		case p == said:
			if _, seen := quoteLabels[o]; !seen {
				quoteIDs = append(quoteIDs, o)
			}
			l, _ := iriOf(q.Label)
			quoteLabels[o] = append(quoteLabels[o], l)
		case r.isFactPredicate(p) && r.voc.IsEntity(o):
			add(factKey{p, o, true}, q.Label)
		}
		return true
	})
	if err != nil {
		return v, fmt.Errorf("entity %s: %w", iri, err)
	}
	err = b.scan(ctx, quad.Object, quad.IRI(iri), func(q quad.Quad) bool {
		p, _ := iriOf(q.Predicate)
		sub, ok := iriOf(q.Subject)
		if !ok {
			return true
		}
		switch {
		case p == mentions:
			if l, ok := iriOf(q.Label); ok {
				docs[r.voc.DocumentOf(l)] = true
			}
		case r.isFactPredicate(p) && r.voc.IsEntity(sub):
			add(factKey{p, sub, false}, q.Label)
		}
		return true
	})
	if err != nil {
		return v, fmt.Errorf("entity %s: %w", iri, err)
	}

	keys := make([]factKey, 0, len(facts))
	for k := range facts {
		keys = append(keys, k)
	}
	v.Facts = []FactView{}
	for _, k := range keys {
		other, err := b.node(ctx, k.other)
		if err != nil {
			return v, err
		}
		f := FactView{Predicate: k.pred, Label: graph.LocalName(k.pred), Direction: "in", Other: other.ref}
		subj, obj := other, me
		if k.out {
			f.Direction = "out"
			subj, obj = me, other
		}
		if f.Provenance, err = b.provenances(ctx, facts[k], subj, obj); err != nil {
			return v, err
		}
		v.Facts = append(v.Facts, f)
	}
	sort.Slice(v.Facts, func(i, j int) bool {
		a, c := v.Facts[i], v.Facts[j]
		if a.Label != c.Label {
			return a.Label < c.Label
		}
		if a.Direction != c.Direction {
			return a.Direction > c.Direction // out before in
		}
		return a.Other.Name < c.Other.Name
	})

	v.Quotes = []QuoteView{}
	text := string(r.voc.Term(graph.PredText))
	for _, id := range quoteIDs {
		qv := QuoteView{ID: id}
		err := b.scan(ctx, quad.Subject, quad.IRI(id), func(q quad.Quad) bool {
			if p, _ := iriOf(q.Predicate); p == text {
				qv.Text = literal(q.Object)
				return false
			}
			return true
		})
		if err != nil {
			return v, fmt.Errorf("quote %s: %w", id, err)
		}
		qn, err := b.node(ctx, id)
		if err != nil {
			return v, err
		}
		if qv.Provenance, err = b.provenances(ctx, quoteLabels[id], me, qn); err != nil {
			return v, err
		}
		for _, p := range qv.Provenance {
			docs[p.Document.ID] = true
		}
		v.Quotes = append(v.Quotes, qv)
	}

	v.Documents = []DocumentRef{}
	for d := range docs {
		if !r.voc.IsDocument(quad.IRI(d)) {
			continue
		}
		ref, err := b.document(ctx, d)
		if err != nil {
			return v, err
		}
		v.Documents = append(v.Documents, *ref)
	}
	sort.Slice(v.Documents, func(i, j int) bool { return v.Documents[i].Title < v.Documents[j].Title })
	return v, nil
}

// provenances describes each distinct label, at most maxProvenance.
func (b *browser) provenances(ctx context.Context, labels []string, subj, obj *nodeInfo) ([]Provenance, error) {
	out := []Provenance{}
	seen := map[string]bool{}
	for _, l := range labels {
		if l == "" || seen[l] || len(out) >= maxProvenance {
			continue
		}
		seen[l] = true
		p, err := b.provenance(ctx, l, subj, obj)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Document.ID != out[j].Document.ID {
			return out[i].Document.Title < out[j].Document.Title
		}
		if out[i].Sentence == nil || out[j].Sentence == nil {
			return out[j].Sentence == nil && out[i].Sentence != nil
		}
		return out[i].Sentence.Start < out[j].Sentence.Start
	})
	return out, nil
}

// Fact returns the provenance of one relation subject -predicate-> object;
// predicate may be a full IRI or a local name in the project namespace.
func (r *Reader) Fact(ctx context.Context, subject, predicate, object string) (FactDetail, error) {
	b := r.browser()
	if !strings.Contains(predicate, "/") {
		predicate = string(r.voc.Term(predicate)) // a local name: leaderOf, said
	}
	var d FactDetail
	var labels []string
	err := b.scan(ctx, quad.Subject, quad.IRI(subject), func(q quad.Quad) bool {
		p, _ := iriOf(q.Predicate)
		o, _ := iriOf(q.Object)
		if p == predicate && o == object {
			l, _ := iriOf(q.Label)
			labels = append(labels, l)
		}
		return true
	})
	if err != nil {
		return d, fmt.Errorf("fact %s %s %s: %w", subject, predicate, object, err)
	}
	if len(labels) == 0 {
		return d, fmt.Errorf("fact %s %s %s: %w", subject, graph.LocalName(predicate), object, ErrNotFound)
	}
	subj, err := b.node(ctx, subject)
	if err != nil {
		return d, err
	}
	obj, err := b.node(ctx, object)
	if err != nil {
		return d, err
	}
	d = FactDetail{Subject: subj.ref, Predicate: predicate, Label: graph.LocalName(predicate), Object: obj.ref}
	d.Provenance, err = b.provenances(ctx, labels, subj, obj)
	return d, err
}

// Nodes names the given IRIs (unknown ones get their local name and an
// empty type), for drawing query results.
func (r *Reader) Nodes(ctx context.Context, iris []string) ([]NodeRef, error) {
	b := r.browser()
	out := make([]NodeRef, 0, len(iris))
	for _, id := range iris {
		n, err := b.node(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, n.ref)
	}
	return out, nil
}
