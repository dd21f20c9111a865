package browse

import (
	"math"
	"sort"
	"strings"
)

// Full-text search over what was written and said: every sentence and
// every quotation, in an inverted index held in memory beside the entity
// index (Index), built in the same pass over the store and rebuilt with it
// after each write, so ingest and forget are reflected by the next build.
// Ranking is BM25 over folded, lightly stemmed words; a text holding every
// query word outranks one holding fewer, and a quotation outranks the
// sentence it was attributed in.

// TextHit is one sentence or quotation matching a full-text query.
type TextHit struct {
	Sentence TextRef     `json:"sentence"`
	Document DocumentRef `json:"document"`
	Quote    *TextRef    `json:"quote,omitempty"`   // set when the words were said
	Speaker  *NodeRef    `json:"speaker,omitempty"` // who said the quote, when known
	Score    float64     `json:"score"`
}

// TextRef is a sentence or a quotation: its IRI and text.
type TextRef struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type textDoc struct {
	id, text string
	sentence string // the sentence (for a quote, where it was attributed)
	speaker  string // a quote's speaker IRI
	quote    bool
	length   int // words
}

type posting struct {
	doc int32
	tf  int32
}

type textIndex struct {
	docs     []textDoc
	postings map[string][]posting
	avgLen   float64
	titles   map[string]string
	sentText map[string]string
	docOf    func(label string) string
}

// textBuilder gathers texts, titles and speakers during the index scan.
type textBuilder struct {
	r        *Reader
	sents    map[string]string // sentence IRI -> text
	quotes   map[string][2]string
	speakers map[string]string
	titles   map[string]string
}

func newTextBuilder(r *Reader) *textBuilder {
	return &textBuilder{r: r, sents: map[string]string{}, quotes: map[string][2]string{}, speakers: map[string]string{}, titles: map[string]string{}}
}

// text records the text of a sentence or a quote (label: the quote's
// attribution sentence).
func (tb *textBuilder) text(id, text, label string) {
	switch {
	case tb.r.voc.IsQuote(id):
		tb.quotes[id] = [2]string{text, label}
	case tb.r.voc.IsSentence(id):
		tb.sents[id] = text
	}
}

func (tb *textBuilder) speaker(quote, speaker string) { tb.speakers[quote] = speaker }
func (tb *textBuilder) title(doc, title string)       { tb.titles[doc] = title }

func (tb *textBuilder) build() *textIndex {
	ti := &textIndex{postings: map[string][]posting{}, titles: tb.titles, docOf: tb.r.voc.DocumentOf}
	ids := make([]string, 0, len(tb.sents)+len(tb.quotes))
	for id := range tb.sents {
		ids = append(ids, id)
	}
	for id := range tb.quotes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	total := 0
	for _, id := range ids {
		d := textDoc{id: id, sentence: id}
		if q, ok := tb.quotes[id]; ok {
			d.text, d.sentence, d.quote, d.speaker = q[0], q[1], true, tb.speakers[id]
		} else {
			d.text = tb.sents[id]
		}
		terms := textTerms(d.text)
		d.length = len(terms)
		total += d.length
		n := int32(len(ti.docs))
		tf := map[string]int32{}
		for _, t := range terms {
			tf[t]++
		}
		for t, c := range tf {
			ti.postings[t] = append(ti.postings[t], posting{n, c})
		}
		ti.docs = append(ti.docs, d)
	}
	if len(ti.docs) > 0 {
		ti.avgLen = float64(total) / float64(len(ti.docs))
	}
	// Sentences are needed by quote hits even when no quote matched them.
	ti.sentText = tb.sents
	return ti
}

// textTerms are the indexed forms of the words of s: folded (lower case,
// no diacritics) and stripped of a plural ending, so "sanction" finds
// "sanctions".
func textTerms(s string) []string {
	words := foldWords(s)
	for i, w := range words {
		words[i] = stem(w)
	}
	return words
}

func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// TextSearch finds sentences and quotations holding the words of q, best
// first, at most limit.
func (ix *Index) TextSearch(q string, limit int) []TextHit {
	ix = ix.fresh()
	out := []TextHit{}
	ti := ix.text
	if ti == nil || len(ti.docs) == 0 {
		return out
	}
	if limit <= 0 {
		limit = 20
	}
	var terms []string
	for _, t := range textTerms(q) {
		if !containsString(terms, t) {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return out
	}
	const k1, b = 1.2, 0.75
	type acc struct {
		score   float64
		matched int
	}
	scores := map[int32]*acc{}
	n := float64(len(ti.docs))
	for _, t := range terms {
		ps := ti.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := math.Log(1 + (n-float64(len(ps))+0.5)/(float64(len(ps))+0.5))
		for _, p := range ps {
			d := &ti.docs[p.doc]
			tf := float64(p.tf)
			s := idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(d.length)/ti.avgLen))
			a := scores[p.doc]
			if a == nil {
				a = &acc{}
				scores[p.doc] = a
			}
			a.score += s
			a.matched++
		}
	}
	type cand struct {
		doc int32
		acc
	}
	cands := make([]cand, 0, len(scores))
	for d, a := range scores {
		if ti.docs[d].quote {
			a.score *= 1.2 // what was said is what "who said X" asks for
		}
		cands = append(cands, cand{d, *a})
	}
	sort.Slice(cands, func(i, j int) bool {
		a, c := cands[i], cands[j]
		if a.matched != c.matched {
			return a.matched > c.matched
		}
		// What was said before what was written: "who said X" is the
		// question this search is for.
		if qa, qc := ti.docs[a.doc].quote, ti.docs[c.doc].quote; qa != qc {
			return qa
		}
		if a.score != c.score {
			return a.score > c.score
		}
		return ti.docs[a.doc].id < ti.docs[c.doc].id
	})
	shown := map[string]bool{}      // one hit per sentence: its quote, else itself
	saidIn := map[string][]string{} // document -> quotes listed, folded
	for _, c := range cands {
		if len(out) >= limit {
			break
		}
		d := ti.docs[c.doc]
		if shown[d.sentence] {
			continue
		}
		doc := ti.docOf(d.sentence)
		if !d.quote && insideQuote(saidIn[doc], d.text) {
			continue // a sentence of a quotation already listed
		}
		shown[d.sentence] = true
		if d.quote {
			saidIn[doc] = append(saidIn[doc], strings.Join(foldWords(d.text), " "))
		}
		h := TextHit{
			Sentence: TextRef{ID: d.sentence, Text: ti.sentText[d.sentence]},
			Document: DocumentRef{ID: doc, Title: ti.titles[doc]},
			Score:    math.Round(c.score*1000) / 1000,
		}
		if d.quote {
			h.Quote = &TextRef{ID: d.id, Text: d.text}
			if e, ok := ix.byID[d.speaker]; ok && e.sum.Type != "" {
				h.Speaker = &NodeRef{ID: e.sum.ID, Name: e.sum.Name, Type: e.sum.Type}
			}
		}
		out = append(out, h)
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// insideQuote reports whether a sentence's words all lie inside one of
// the quotations listed (a quote of several sentences is indexed as the
// quote and as each of its sentences).
func insideQuote(quotes []string, sentence string) bool {
	w := strings.Join(foldWords(sentence), " ")
	if w == "" {
		return false
	}
	for _, q := range quotes {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}
