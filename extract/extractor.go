package extract

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/extract/postag"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Extractor holds the models and gazetteers, loaded once per process.
// It is safe for concurrent use.
type Extractor struct {
	tagger *postag.Tagger
	gaz    *gazetteer.Gazetteer
	names  lexicon.FirstNames
	opts   Options // options.go
}

// New loads the models and gazetteers.
func New() (*Extractor, error) {
	tg, err := postag.Load()
	if err != nil {
		return nil, fmt.Errorf("load POS tagger: %w", err)
	}
	return &Extractor{tagger: tg, gaz: gazetteer.Default(), names: lexicon.LoadFirstNames(), opts: DefaultOptions()}, nil
}

// Extract decodes raw (UTF-8, else Windows-1252 with a warning; ErrBinary
// for NUL bytes; ErrEmpty for blank text) and extracts its Document.
// The pipeline: decode → segment → tokens → mentions → entities/coreference
// → quotes → relations.
func (x *Extractor) Extract(ctx context.Context, source string, raw []byte) (*Document, error) {
	text, warnings, err := textseg.Decode(source, raw)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", source, err)
	}
	doc := &Document{Source: source, Text: text, Warnings: warnings,
		Hash: textseg.TextHash(text), Words: textseg.CountWords(text)}
	a := &analysis{x: x, doc: doc}
	a.segment()
	if len(doc.Paragraphs) > 0 {
		p := doc.Paragraphs[0]
		doc.Title = textseg.Clean(text[p.Start:p.End])
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.findMentions(a)
	x.findDescribedEvents(a) // entities_events.go
	a.linkDocumentAcronyms() // coref_acronyms.go: an acronym means first a name the story spells out
	x.resolveEntities(a)     // includes title facts, which role resolution reads
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.findQuotes(a)
	a.unbindQuotedSelf() // coref_quoted_self.go: a quoted "he" is not its own speaker
	x.findRelations(a)
	a.dropWartimeMemberships() // relations_wiki_service.go: a wartime service ends the serve rule's membership
	a.settleDescribedEvents()  // entities_events.go: an event described but in no fact is dropped below
	a.pruneDemonymOnly()
	if x.opts.OpenFacts {
		x.findOpenFacts(a) // after pruning: open facts keep no entity alive
	}
	a.keyByFinalType() // entities.go: relations may have retyped entities
	return doc, ctx.Err()
}

// pruneDemonymOnly drops entities the text names only by demonym
// ("Israeli officials") unless a fact or quotation needs them ("our
// Azerbaijani friends who will host" gives Azerbaijan a fact): GOLD.md
// counts entities the article mentions by name, and a demonym alone is
// not a name. Indexes in mentions, facts and quotes are remapped.
func (a *analysis) pruneDemonymOnly() {
	doc := a.doc
	named := make([]bool, len(doc.Entities))
	for _, m := range a.ments {
		if m.entity >= 0 && m.kind != MentionDemonym {
			named[m.entity] = true
		}
	}
	for _, f := range doc.Facts {
		named[f.Subject], named[f.Object] = true, true
	}
	for _, q := range doc.Quotes {
		if q.Speaker >= 0 {
			named[q.Speaker] = true
		}
	}
	remap := make([]int, len(doc.Entities))
	kept := doc.Entities[:0]
	infos := a.ents[:0]
	for i, e := range doc.Entities {
		if !named[i] {
			remap[i] = -1
			continue
		}
		remap[i] = len(kept)
		kept = append(kept, e)
		if i < len(a.ents) {
			infos = append(infos, a.ents[i])
		}
	}
	if len(kept) == len(remap) {
		return
	}
	doc.Entities, a.ents = kept, infos
	ms := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		if m.Entity = remap[m.Entity]; m.Entity >= 0 {
			ms = append(ms, m)
		}
	}
	doc.Mentions = ms
	for i := range a.ments {
		if e := a.ments[i].entity; e >= 0 {
			a.ments[i].entity = remap[e]
		}
	}
	for i := range doc.Facts {
		doc.Facts[i].Subject = remap[doc.Facts[i].Subject]
		doc.Facts[i].Object = remap[doc.Facts[i].Object]
	}
	for i := range doc.Quotes {
		if q := doc.Quotes[i].Speaker; q >= 0 {
			doc.Quotes[i].Speaker = remap[q]
		}
	}
}

// segment fills paragraphs, tokens and sentences.
func (a *analysis) segment() {
	doc := a.doc
	doc.Paragraphs = textseg.Paragraphs(doc.Text)
	a.tokens = make([]textseg.Token, 0, len(doc.Text)/5+8)
	for pi, p := range doc.Paragraphs {
		lo := len(a.tokens)
		a.tokens = textseg.Tokenize(doc.Text, p.Start, p.End, a.tokens)
		n0 := len(a.sentTokens)
		a.sentTokens = textseg.SplitSentences(a.tokens, lo, len(a.tokens), a.sentTokens)
		for _, st := range a.sentTokens[n0:] {
			doc.Sentences = append(doc.Sentences, Sentence{
				Span:      textseg.Span{Start: a.tokens[st.Start].Start, End: a.tokens[st.End-1].End},
				Paragraph: pi,
			})
		}
	}
	a.tagged = make([]bool, len(a.sentTokens))
}
