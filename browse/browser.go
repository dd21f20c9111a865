package browse

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// browser caches node descriptions for the duration of one request.
type browser struct {
	r     *Reader
	nodes map[string]*nodeInfo
	sents map[string]*SentenceRef
	docs  map[string]*DocumentRef
}

type nodeInfo struct {
	ref     NodeRef
	aliases []string
	quote   string // a quote node's full text
}

func (r *Reader) browser() *browser {
	return &browser{r: r, nodes: map[string]*nodeInfo{}, sents: map[string]*SentenceRef{}, docs: map[string]*DocumentRef{}}
}

// scan calls fn for every quad whose dir is v, stopping early when fn
// returns false.
func (b *browser) scan(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) bool) error {
	ref, err := b.r.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("look up %s: %w", v, err)
	}
	if ref == nil {
		return nil
	}
	it := b.r.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := b.r.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if !fn(q) {
			break
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// linked calls fn with the IRI at the other end of every quad whose dir
// is iri and whose predicate is pred (quads whose other end is a literal
// are passed over).
func (b *browser) linked(ctx context.Context, dir quad.Direction, iri, pred string, fn func(other string, q quad.Quad)) error {
	otherEnd := quad.Object
	if dir == quad.Object {
		otherEnd = quad.Subject
	}
	return b.scan(ctx, dir, quad.IRI(iri), func(q quad.Quad) bool {
		if p, _ := iriOf(q.Predicate); p == pred {
			if other, ok := iriOf(q.Get(otherEnd)); ok {
				fn(other, q)
			}
		}
		return true
	})
}

func iriOf(v quad.Value) (string, bool) {
	if i, ok := v.(quad.IRI); ok {
		return string(i.Full()), true
	}
	return "", false
}

func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	n := v.Native()
	if s, ok := n.(string); ok {
		return s
	}
	return fmt.Sprint(n)
}

// isFactPredicate reports whether p is a relation between entities shown
// as a graph edge: a term in the project namespace other than the
// bookkeeping ones.
func (r *Reader) isFactPredicate(p string) bool {
	local, ok := strings.CutPrefix(p, r.voc.NS)
	if !ok {
		return false
	}
	switch local {
	case graph.PredSaid, graph.PredText, graph.PredInSentence, graph.PredRule, graph.PredInDocument, graph.PredStart, graph.PredEnd,
		graph.PredMentions, graph.PredTitle, graph.PredSource, graph.PredHash, graph.PredWords, graph.PredIngestedAt, graph.PredAlias, graph.PredNameKey,
		graph.PredSubject, graph.PredObject, graph.PredRelation, graph.PredLabel, graph.PredConfidence: // open facts' reification (encode_open.go)
		return false
	}
	return true
}

// node describes an IRI: name, type and aliases (empty when unknown).
func (b *browser) node(ctx context.Context, iri string) (*nodeInfo, error) {
	if n, ok := b.nodes[iri]; ok {
		return n, nil
	}
	n := &nodeInfo{ref: NodeRef{ID: iri}}
	text := string(b.r.voc.Term(graph.PredText))
	var said string
	err := b.scan(ctx, quad.Subject, quad.IRI(iri), func(q quad.Quad) bool {
		p, _ := iriOf(q.Predicate)
		switch p {
		case graph.RDFType:
			if t, ok := iriOf(q.Object); ok && (n.ref.Type == "" || strings.HasPrefix(t, b.r.voc.NS)) {
				n.ref.Type = graph.LocalName(t)
			}
		case graph.SchemaName:
			n.ref.Name = literal(q.Object)
		case graph.SchemaAltName:
			n.aliases = append(n.aliases, literal(q.Object))
		case text:
			said = literal(q.Object)
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("describe %s: %w", iri, err)
	}
	if n.ref.Name == "" && n.ref.Type == graph.TypeQuote {
		n.ref.Name = "\u201c" + excerpt(said, 48) + "\u201d"
		n.quote = said
	}
	if n.ref.Name == "" {
		n.ref.Name = graph.LocalName(iri)
	}
	sort.Strings(n.aliases)
	b.nodes[iri] = n
	return n, nil
}

// document describes a document IRI.
func (b *browser) document(ctx context.Context, iri string) (*DocumentRef, error) {
	if d, ok := b.docs[iri]; ok {
		return d, nil
	}
	d := &DocumentRef{ID: iri}
	title, source, ingested := string(b.r.voc.Term(graph.PredTitle)), string(b.r.voc.Term(graph.PredSource)), string(b.r.voc.Term(graph.PredIngestedAt))
	err := b.scan(ctx, quad.Subject, quad.IRI(iri), func(q quad.Quad) bool {
		switch p, _ := iriOf(q.Predicate); p {
		case title:
			d.Title = literal(q.Object)
		case source:
			d.Source = literal(q.Object)
		case ingested:
			d.IngestedAt = literal(q.Object)
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("describe document %s: %w", iri, err)
	}
	b.docs[iri] = d
	return d, nil
}

// sentence describes a sentence IRI (nil when label is not a sentence).
func (b *browser) sentence(ctx context.Context, iri string) (*SentenceRef, error) {
	if s, ok := b.sents[iri]; ok {
		return s, nil
	}
	if b.r.voc.IsDocument(quad.IRI(iri)) {
		b.sents[iri] = nil
		return nil, nil
	}
	s := &SentenceRef{ID: iri}
	text, start, end := string(b.r.voc.Term(graph.PredText)), string(b.r.voc.Term(graph.PredStart)), string(b.r.voc.Term(graph.PredEnd))
	found := false
	err := b.scan(ctx, quad.Subject, quad.IRI(iri), func(q quad.Quad) bool {
		switch p, _ := iriOf(q.Predicate); p {
		case text:
			s.Text, found = literal(q.Object), true
		case start:
			s.Start, _ = strconv.Atoi(literal(q.Object))
		case end:
			s.End, _ = strconv.Atoi(literal(q.Object))
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("describe sentence %s: %w", iri, err)
	}
	if !found {
		s = nil
	}
	b.sents[iri] = s
	return s, nil
}

// provenance builds the provenance of a label, highlighting the names of
// subject and object (either may be nil).
func (b *browser) provenance(ctx context.Context, label string, subj, obj *nodeInfo) (Provenance, error) {
	var p Provenance
	sent, err := b.sentence(ctx, label)
	if err != nil {
		return p, err
	}
	doc, err := b.document(ctx, b.r.voc.DocumentOf(label))
	if err != nil {
		return p, err
	}
	if sent != nil {
		for _, n := range []*nodeInfo{subj, obj} {
			if n != nil && n.quote != "" {
				if sent, err = b.quoteSpan(ctx, sent, n.quote); err != nil {
					return p, err
				}
			}
		}
	}
	p.Sentence, p.Document = sent, *doc
	if sent != nil {
		p.Segments = Highlight(sent.Text, names(subj), names(obj))
	}
	return p, nil
}

// maxQuoteSentences bounds how far back a quotation is followed.
const maxQuoteSentences = 8

// quoteSpan widens sent, the sentence a quotation was attributed in, back
// to the sentence where the quotation starts: a quote of several sentences
// is attributed in its last one ('..." he said'), and shown alone that
// sentence would start mid-quote. The result spans from the first
// sentence's start to sent's end, with the sentences' texts joined.
func (b *browser) quoteSpan(ctx context.Context, sent *SentenceRef, quote string) (*SentenceRef, error) {
	head := strings.Join(strings.Fields(quote), " ")
	if len(head) > 40 {
		head = excerpt(head, 40)
		head = strings.TrimSuffix(head, "\u2026")
	}
	covers := func(text string) bool { return strings.Contains(strings.Join(strings.Fields(text), " "), head) }
	if head == "" || covers(sent.Text) {
		return sent, nil
	}
	doc, n, ok := b.r.voc.SentenceNumber(sent.ID)
	if !ok {
		return sent, nil
	}
	texts := []string{sent.Text}
	start := sent.Start
	for k := n - 1; k >= 0 && k >= n-maxQuoteSentences; k-- {
		prev, err := b.sentence(ctx, string(b.r.voc.Sentence(doc, k)))
		if err != nil {
			return nil, err
		}
		if prev == nil {
			break
		}
		texts = append([]string{prev.Text}, texts...)
		start = prev.Start
		if covers(strings.Join(texts, " ")) {
			return &SentenceRef{ID: sent.ID, Text: strings.Join(texts, " "), Start: start, End: sent.End}, nil
		}
	}
	return sent, nil // the start was not found: the attribution sentence alone
}

// excerpt shortens s to about max bytes at a word boundary.
func excerpt(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndex(s[:max], " ")
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "\u2026"
}

// names are the strings to highlight for n: its name and aliases, or for
// a quote the quoted words themselves.
func names(n *nodeInfo) []string {
	if n == nil {
		return nil
	}
	if n.ref.Type == graph.TypeQuote {
		return []string{n.quote}
	}
	return append([]string{n.ref.Name}, n.aliases...)
}

// Highlight splits text into segments, marking every occurrence of the
// subject's and object's names (case-insensitive, on word boundaries;
// where names overlap, the longer wins).
func Highlight(text string, subject, object []string) []Segment {
	type cand struct {
		name, role string
	}
	var cands []cand
	for _, n := range subject {
		if strings.TrimSpace(n) != "" {
			cands = append(cands, cand{n, "subject"})
		}
	}
	for _, n := range object {
		if strings.TrimSpace(n) != "" {
			cands = append(cands, cand{n, "object"})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].name) > len(cands[j].name) })
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		// Lower-casing changed byte lengths (rare scripts): match exactly.
		lower = text
	}
	type span struct {
		start, end int
		role       string
	}
	var spans []span
	taken := func(s, e int) bool {
		for _, x := range spans {
			if s < x.end && e > x.start {
				return true
			}
		}
		return false
	}
	for _, c := range cands {
		needle := strings.ToLower(c.name)
		if lower == text {
			needle = c.name
		}
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], needle)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(needle)
			if boundary(text, s, e) && !taken(s, e) {
				spans = append(spans, span{s, e, c.role})
			}
			from = e
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []Segment
	at := 0
	for _, sp := range spans {
		if sp.start > at {
			out = append(out, Segment{Text: text[at:sp.start]})
		}
		out = append(out, Segment{Text: text[sp.start:sp.end], Role: sp.role})
		at = sp.end
	}
	if at < len(text) {
		out = append(out, Segment{Text: text[at:]})
	}
	return out
}

func boundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (n *nodeInfo) summary() EntitySummary {
	a := n.aliases
	if a == nil {
		a = []string{}
	}
	return EntitySummary{ID: n.ref.ID, Name: n.ref.Name, Type: n.ref.Type, Aliases: a}
}
