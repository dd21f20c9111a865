package browse

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Time in the graph: every fact and quote is dated by the document it was
// read from, its schema:datePublished when the source gave one, else the
// time it was ingested. The timeline is the entity view (Entity) flattened
// to one item per statement and sorted by that date; the article is a
// document's text rebuilt from its stored sentences with the entities it
// mentions marked, for the reader.

// DocumentMeta is what dates and links a document.
type DocumentMeta struct {
	DocumentRef
	Published string `json:"published,omitempty"` // schema:datePublished, RFC 3339
	URL       string `json:"url,omitempty"`       // schema:url, the real link
	Date      string `json:"date"`                // Published, else IngestedAt
	Dated     string `json:"dated"`               // "published" or "ingested"
}

// TimelineItem is one fact or quote of an entity on the date of its
// document.
type TimelineItem struct {
	Date       string       `json:"date"`
	Dated      string       `json:"dated"`
	Kind       string       `json:"kind"`                // "fact" or "quote"
	Predicate  string       `json:"predicate,omitempty"` // a fact's local name, e.g. leaderOf
	Direction  string       `json:"direction,omitempty"` // "out": entity -p-> other; "in": other -p-> entity
	Other      *NodeRef     `json:"other,omitempty"`     // a fact's other end
	Text       string       `json:"text"`                // the quotation, or the sentence stating the fact
	URL        string       `json:"url,omitempty"`       // the document's schema:url
	Provenance Provenance   `json:"provenance"`
	Document   DocumentMeta `json:"document"`
}

// Timeline is an entity's facts and quotes by date, oldest first.
type Timeline struct {
	Entity EntitySummary  `json:"entity"`
	Items  []TimelineItem `json:"items"`
}

// Timeline returns the facts and quotes of the entity iri ordered by the
// date of their documents, keeping those dated within [from, to] (a zero
// bound is open).
func (r *Reader) Timeline(ctx context.Context, iri string, from, to time.Time) (Timeline, error) {
	var t Timeline
	v, err := r.Entity(ctx, iri)
	if err != nil {
		return t, err
	}
	t.Entity = v.Entity
	b := r.browser()
	metas := map[string]*DocumentMeta{}
	meta := func(doc string) (*DocumentMeta, error) {
		if m, ok := metas[doc]; ok {
			return m, nil
		}
		m, err := b.documentMeta(ctx, doc)
		if err != nil {
			return nil, err
		}
		metas[doc] = m
		return m, nil
	}
	add := func(it TimelineItem, p Provenance) error {
		m, err := meta(p.Document.ID)
		if err != nil {
			return err
		}
		if !inRange(m.Date, from, to) {
			return nil
		}
		it.Date, it.Dated, it.URL, it.Provenance, it.Document = m.Date, m.Dated, m.URL, p, *m
		if it.Text == "" && p.Sentence != nil {
			it.Text = p.Sentence.Text
		}
		t.Items = append(t.Items, it)
		return nil
	}
	for _, f := range v.Facts {
		other := f.Other
		for _, p := range f.Provenance {
			if err := add(TimelineItem{Kind: "fact", Predicate: f.Label, Direction: f.Direction, Other: &other}, p); err != nil {
				return t, err
			}
		}
	}
	for _, q := range v.Quotes {
		for _, p := range q.Provenance {
			if err := add(TimelineItem{Kind: "quote", Text: q.Text}, p); err != nil {
				return t, err
			}
		}
	}
	if t.Items == nil {
		t.Items = []TimelineItem{}
	}
	sort.SliceStable(t.Items, func(i, j int) bool {
		a, c := t.Items[i], t.Items[j]
		if a.Date != c.Date {
			return dateKey(a.Date).Before(dateKey(c.Date))
		}
		if a.Document.ID != c.Document.ID {
			return a.Document.ID < c.Document.ID
		}
		return start(a.Provenance) < start(c.Provenance)
	})
	return t, nil
}

func start(p Provenance) int {
	if p.Sentence == nil {
		return -1
	}
	return p.Sentence.Start
}

// dateKey parses an RFC 3339 date; an unparsable one sorts first.
func dateKey(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func inRange(date string, from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	d, err := time.Parse(time.RFC3339, date)
	if err != nil {
		return false // undated cannot be said to fall in a range
	}
	return (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to))
}

// ParseDateBound reads a timeline bound: an RFC 3339 time or a day
// (2006-01-02); a day as the upper bound covers the whole day.
func ParseDateBound(s string, upper bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or an RFC 3339 time", s)
	}
	if upper {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// documentMeta reads a document's title, source, dates and link.
func (b *browser) documentMeta(ctx context.Context, iri string) (*DocumentMeta, error) {
	ref, err := b.document(ctx, iri)
	if err != nil {
		return nil, err
	}
	m := &DocumentMeta{DocumentRef: *ref}
	err = b.scan(ctx, quad.Subject, quad.IRI(iri), func(q quad.Quad) bool {
		switch p, _ := iriOf(q.Predicate); p {
		case graph.SchemaDatePublished:
			m.Published = literal(q.Object)
		case graph.SchemaURL:
			if u, ok := iriOf(q.Object); ok {
				m.URL = u
			} else {
				m.URL = literal(q.Object)
			}
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", iri, err)
	}
	m.Date, m.Dated = m.Published, "published"
	if m.Date == "" {
		m.Date, m.Dated = m.IngestedAt, "ingested"
	}
	return m, nil
}

// ArticleSegment is a piece of an article's text; Entity is set on a
// mention (Role "mention", or "focus" for the entity the reader came
// from).
type ArticleSegment struct {
	Text   string `json:"text"`
	Role   string `json:"role,omitempty"`
	Entity string `json:"entity,omitempty"`
}

// ArticleSentence is one stored sentence of an article, in segments.
type ArticleSentence struct {
	ID       string           `json:"id"`
	Start    int              `json:"start"`
	End      int              `json:"end"`
	Break    bool             `json:"break"` // a paragraph break precedes it
	Segments []ArticleSegment `json:"segments"`
}

// Article is a document for the reader: its text as its stored sentences,
// each cut into segments marking the entities it mentions.
type Article struct {
	Document  DocumentMeta      `json:"document"`
	Text      string            `json:"text"`
	Sentences []ArticleSentence `json:"sentences"`
	Entities  []NodeRef         `json:"entities"`
}

// Article returns the document doc for reading; mentions of focus (an
// entity IRI, may be empty) are marked "focus".
func (r *Reader) Article(ctx context.Context, doc, focus string) (Article, error) {
	var a Article
	if !r.voc.IsDocument(quad.IRI(doc)) {
		return a, fmt.Errorf("document %s: %w", doc, ErrNotFound)
	}
	b := r.browser()
	m, err := b.documentMeta(ctx, doc)
	if err != nil {
		return a, err
	}
	if m.Source == "" && m.Title == "" {
		return a, fmt.Errorf("document %s: %w", doc, ErrNotFound)
	}
	a.Document = *m
	var sents []*SentenceRef
	if err := b.linked(ctx, quad.Object, doc, string(r.voc.Term(graph.PredInDocument)), func(si string, _ quad.Quad) {
		sents = append(sents, &SentenceRef{ID: si})
	}); err != nil {
		return a, fmt.Errorf("sentences of %s: %w", doc, err)
	}
	for i, sr := range sents {
		full, err := b.sentence(ctx, sr.ID)
		if err != nil {
			return a, err
		}
		if full != nil {
			sents[i] = full
		}
	}
	sort.Slice(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start })
	mentions := string(r.voc.Term(graph.PredMentions))
	ents := map[string]bool{}
	a.Sentences = []ArticleSentence{}
	var text strings.Builder
	prevEnd := -1
	for _, sr := range sents {
		var mentioned []*nodeInfo
		if err := b.linked(ctx, quad.Subject, sr.ID, mentions, func(e string, _ quad.Quad) {
			if n, err := b.node(ctx, e); err == nil {
				mentioned = append(mentioned, n)
				ents[e] = true
			}
		}); err != nil {
			return a, fmt.Errorf("mentions of %s: %w", sr.ID, err)
		}
		// The gap between two stored sentences is whitespace the encoder
		// did not keep; two bytes or more is taken as a paragraph break.
		brk := prevEnd >= 0 && sr.Start-prevEnd >= 2
		if prevEnd >= 0 {
			if brk {
				text.WriteString("\n\n")
			} else {
				text.WriteString(" ")
			}
		}
		text.WriteString(sr.Text)
		prevEnd = sr.End
		a.Sentences = append(a.Sentences, ArticleSentence{ID: sr.ID, Start: sr.Start, End: sr.End, Break: brk,
			Segments: markMentions(sr.Text, mentioned, focus)})
	}
	a.Text = text.String()
	a.Entities = []NodeRef{}
	for e := range ents {
		a.Entities = append(a.Entities, b.nodes[e].ref)
	}
	sort.Slice(a.Entities, func(i, j int) bool { return a.Entities[i].Name < a.Entities[j].Name })
	return a, nil
}

// markMentions cuts text into segments marking every name of the
// mentioned entities (longest name first, on word boundaries, never
// overlapping), through Highlight one entity at a time.
func markMentions(text string, ents []*nodeInfo, focus string) []ArticleSegment {
	sort.SliceStable(ents, func(i, j int) bool { return longestName(ents[i]) > longestName(ents[j]) })
	segs := []ArticleSegment{{Text: text}}
	for _, e := range ents {
		role := "mention"
		if e.ref.ID == focus {
			role = "focus"
		}
		var next []ArticleSegment
		for _, sg := range segs {
			if sg.Role != "" {
				next = append(next, sg)
				continue
			}
			for _, h := range Highlight(sg.Text, names(e), nil) {
				if h.Role != "" {
					next = append(next, ArticleSegment{Text: h.Text, Role: role, Entity: e.ref.ID})
				} else {
					next = append(next, ArticleSegment{Text: h.Text})
				}
			}
		}
		segs = next
	}
	return segs
}

func longestName(n *nodeInfo) int {
	max := 0
	for _, s := range names(n) {
		if len(s) > max {
			max = len(s)
		}
	}
	return max
}
