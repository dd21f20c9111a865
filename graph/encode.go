package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
)

// DocHash is the content hash of doc: doc.Hash, or the SHA-256 of its text
// when the extractor left it empty.
func DocHash(doc *extract.Document) string {
	if doc.Hash != "" {
		return doc.Hash
	}
	sum := sha256.Sum256([]byte(doc.Text))
	return hex.EncodeToString(sum[:])
}

// Encode turns a document into quads under base. It is pure: the same
// document always gives the same quads (the ingest time is added by the
// store, not here).
//
// Labels: every fact, said edge, quote and sentence quad carries the IRI of
// its sentence; the document node's own quads carry the document IRI.
// Entity descriptions (rdf:type, schema:name, schema:alternateName, ns:nameKey) carry
// no label, so the same entity described by two documents is one set of
// quads rather than one per document; which documents still use an entity
// is recorded by labelled "<sentence> ns:mentions <entity>" quads, and
// which documents used an alias by "<entity> ns:alias "alias" <document>".
// The result holds no duplicate quads, and every literal is valid UTF-8:
// the source by source.NameOf, other text with U+FFFD for invalid bytes (the
// extractor decodes text, so this is a last guard), so that one document's
// metadata can never fail the transaction it shares with others.
func Encode(doc *extract.Document, base string) []quad.Quad {
	v := NewVocab(base)
	// Sized for the document up front: grown from empty, the set was
	// rehashed a dozen times per article (a third of Encode's time). The
	// sentences' quads, unique by construction, stay out of the set.
	n := 16 + 6*(len(doc.Sentences)+len(doc.Entities)+len(doc.Quotes)+len(doc.Facts)+len(doc.OpenFacts))
	e := encoder{v: v, seen: make(map[quad.Quad]struct{}, n-5*len(doc.Sentences)), out: make([]quad.Quad, 0, n),
		terms: make(map[string]quad.Value, 32)}
	d := v.Document(DocHash(doc))
	e.docIRI = d
	// Values are put in interfaces once each (d, typ, the sentences,
	// entities and terms below): a string put in a quad.Value is copied
	// to the heap every time, and the same sentence or entity IRI goes
	// into many quads (a fifth of Encode's time went on those copies).
	dv := quad.Value(d)
	e.doc = dv
	typ := quad.Value(quad.IRI(RDFType))
	e.typ = typ

	e.add(dv, typ, e.term(TypeDocument), dv)
	if doc.Title != "" {
		e.add(dv, e.term(PredTitle), quad.String(boundTitle(validText(doc.Title))), dv)
	}
	e.add(dv, e.term(PredSource), quad.String(source.NameOf(doc.Source)), dv)
	e.add(dv, e.term(PredHash), quad.String(DocHash(doc)), dv)
	e.add(dv, e.term(PredWords), Integer(int64(doc.Words)), dv)
	e.encodeMeta(dv, doc.Meta)

	// A sentence's own quads are the only ones with its IRI as subject
	// and each sentence has its own IRI, so they cannot repeat: they skip
	// the duplicate set (they are about half of a document's quads).
	e.sents = make([]quad.Value, len(doc.Sentences))
	for i, s := range doc.Sentences {
		si := quad.Value(v.Sentence(d, i))
		e.sents[i] = si
		e.addNew(si, typ, e.term(TypeSentence), si)
		e.addNew(si, e.term(PredText), quad.String(validText(slice(doc.Text, s.Span))), si)
		e.addNew(si, e.term(PredStart), Integer(int64(s.Start)), si)
		e.addNew(si, e.term(PredEnd), Integer(int64(s.End)), si)
		e.addNew(si, e.term(PredInDocument), dv, si)
	}

	ents := make([]quad.Value, len(doc.Entities))
	schemaName, altName := quad.Value(quad.IRI(SchemaName)), quad.Value(quad.IRI(SchemaAltName))
	for i, ent := range doc.Entities {
		ents[i] = v.Entity(ent.Key)
		e.add(ents[i], typ, e.term(string(ent.Type)), nil)
		e.add(ents[i], schemaName, quad.String(validText(ent.Name)), nil)
		for _, k := range NameKeys(append([]string{ent.Name}, ent.Aliases...)...) {
			e.add(ents[i], e.term(PredNameKey), quad.String(validText(k)), nil)
		}
		for _, a := range ent.Aliases {
			if a != ent.Name {
				av := quad.Value(quad.String(validText(a)))
				e.add(ents[i], altName, av, nil)
				// Which document used the alias, so that forgetting the
				// document drops aliases no other document uses.
				e.add(ents[i], e.term(PredAlias), av, dv)
			}
		}
	}

	// Every entity is mentioned by at least one labelled quad of this
	// document, so forget can tell whether any document still uses it.
	mentioned := make([]bool, len(doc.Entities))
	mention := func(sent, ent int) {
		if ent < 0 || ent >= len(ents) {
			return
		}
		mentioned[ent] = true
		s := e.sentence(sent)
		e.add(s, e.term(PredMentions), ents[ent], s)
	}
	for _, m := range doc.Mentions {
		mention(m.Sentence, m.Entity)
	}

	for i, q := range doc.Quotes {
		qi := quad.Value(v.Quote(d, i))
		s := e.sentence(q.Sentence)
		e.add(qi, typ, e.term(TypeQuote), s)
		e.add(qi, e.term(PredText), quad.String(validText(q.Text)), s)
		if s != dv {
			e.add(qi, e.term(PredInSentence), s, s)
		}
		if q.Rule != "" {
			e.add(qi, e.term(PredRule), quad.String(validText(q.Rule)), s)
		}
		if q.Speaker >= 0 && q.Speaker < len(ents) {
			e.add(ents[q.Speaker], e.term(PredSaid), qi, s)
			mention(q.Sentence, q.Speaker)
		}
	}

	for _, f := range doc.Facts {
		if f.Subject < 0 || f.Subject >= len(ents) || f.Object < 0 || f.Object >= len(ents) || f.Predicate == "" {
			continue
		}
		s := e.sentence(f.Sentence)
		e.add(ents[f.Subject], e.term(f.Predicate), ents[f.Object], s)
		mention(f.Sentence, f.Subject)
		mention(f.Sentence, f.Object)
	}

	e.encodeOpenFacts(doc, ents)

	for i, ok := range mentioned {
		if !ok {
			e.add(dv, e.term(PredMentions), ents[i], dv)
		}
	}
	return e.out
}

// MaxTitle bounds a stored title, in characters: a single-line 20 MB file
// has its whole text as title, which every document list would then carry.
const MaxTitle = 300

// boundTitle cuts a title longer than MaxTitle at the last space before
// the bound (or at the bound), ending it in "…".
func boundTitle(t string) string {
	if utf8.RuneCountInString(t) <= MaxTitle {
		return t
	}
	r := []rune(t)[:MaxTitle-1]
	if i := strings.LastIndex(string(r), " "); i > len(string(r))/2 {
		return strings.TrimRight(string(r)[:i], " ,;:") + "…"
	}
	return string(r) + "…"
}

type encoder struct {
	v      Vocab
	docIRI quad.IRI
	doc    quad.Value // docIRI
	typ    quad.Value // rdf:type
	sents  []quad.Value
	terms  map[string]quad.Value // Vocab.Term of each local name asked for
	out    []quad.Quad
	seen   map[quad.Quad]struct{}
}

// add appends the quad unless it is there already. One map operation
// for both the test and the insert: the set grows only for a new quad.
func (e *encoder) add(s, p, o quad.Value, label quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
	n := len(e.seen)
	e.seen[q] = struct{}{}
	if len(e.seen) == n {
		return
	}
	e.out = append(e.out, q)
}

// addNew appends a quad that no other add can give (see the sentences in
// Encode), without the duplicate set.
func (e *encoder) addNew(s, p, o quad.Value, label quad.Value) {
	e.out = append(e.out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
}

// term is v.Term(local) in an interface, made once per document.
func (e *encoder) term(local string) quad.Value {
	t, ok := e.terms[local]
	if !ok {
		t = e.v.Term(local)
		e.terms[local] = t
	}
	return t
}

// sentence is the IRI of sentence i, or the document's when i does not
// index a sentence (an extractor that found no sentences).
func (e *encoder) sentence(i int) quad.Value {
	if i < 0 || i >= len(e.sents) {
		return e.doc
	}
	return e.sents[i]
}

func slice(text string, s extract.Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// validText is s with any invalid UTF-8 replaced by U+FFFD: the last
// guard before a literal reaches the store, for text the extractor should
// already have decoded.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
