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
	// rehashed a dozen times per article (a third of Encode's time).
	n := 16 + 6*(len(doc.Sentences)+len(doc.Entities)+len(doc.Quotes)+len(doc.Facts)+len(doc.OpenFacts))
	e := encoder{v: v, seen: make(map[quad.Quad]struct{}, n), out: make([]quad.Quad, 0, n)}
	d := v.Document(DocHash(doc))
	e.docIRI = d

	typ := quad.IRI(RDFType)
	e.add(d, typ, v.Term(TypeDocument), d)
	if doc.Title != "" {
		e.add(d, v.Term(PredTitle), quad.String(boundTitle(validText(doc.Title))), d)
	}
	e.add(d, v.Term(PredSource), quad.String(source.NameOf(doc.Source)), d)
	e.add(d, v.Term(PredHash), quad.String(DocHash(doc)), d)
	e.add(d, v.Term(PredWords), Integer(int64(doc.Words)), d)
	e.encodeMeta(d, doc.Meta)

	for i, s := range doc.Sentences {
		si := v.Sentence(d, i)
		e.add(si, typ, v.Term(TypeSentence), si)
		e.add(si, v.Term(PredText), quad.String(validText(slice(doc.Text, s.Span))), si)
		e.add(si, v.Term(PredStart), Integer(int64(s.Start)), si)
		e.add(si, v.Term(PredEnd), Integer(int64(s.End)), si)
		e.add(si, v.Term(PredInDocument), d, si)
	}

	ents := make([]quad.IRI, len(doc.Entities))
	for i, ent := range doc.Entities {
		ents[i] = v.Entity(ent.Key)
		e.add(ents[i], typ, v.Term(string(ent.Type)), nil)
		e.add(ents[i], quad.IRI(SchemaName), quad.String(validText(ent.Name)), nil)
		for _, k := range NameKeys(append([]string{ent.Name}, ent.Aliases...)...) {
			e.add(ents[i], v.Term(PredNameKey), quad.String(validText(k)), nil)
		}
		for _, a := range ent.Aliases {
			if a != ent.Name {
				a = validText(a)
				e.add(ents[i], quad.IRI(SchemaAltName), quad.String(a), nil)
				// Which document used the alias, so that forgetting the
				// document drops aliases no other document uses.
				e.add(ents[i], v.Term(PredAlias), quad.String(a), d)
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
		s := e.sentence(doc, sent)
		e.add(s, v.Term(PredMentions), ents[ent], s)
	}
	for _, m := range doc.Mentions {
		mention(m.Sentence, m.Entity)
	}

	for i, q := range doc.Quotes {
		qi := v.Quote(d, i)
		s := e.sentence(doc, q.Sentence)
		e.add(qi, typ, v.Term(TypeQuote), s)
		e.add(qi, v.Term(PredText), quad.String(validText(q.Text)), s)
		if s != d {
			e.add(qi, v.Term(PredInSentence), s, s)
		}
		if q.Rule != "" {
			e.add(qi, v.Term(PredRule), quad.String(validText(q.Rule)), s)
		}
		if q.Speaker >= 0 && q.Speaker < len(ents) {
			e.add(ents[q.Speaker], v.Term(PredSaid), qi, s)
			mention(q.Sentence, q.Speaker)
		}
	}

	for _, f := range doc.Facts {
		if f.Subject < 0 || f.Subject >= len(ents) || f.Object < 0 || f.Object >= len(ents) || f.Predicate == "" {
			continue
		}
		s := e.sentence(doc, f.Sentence)
		e.add(ents[f.Subject], v.Term(f.Predicate), ents[f.Object], s)
		mention(f.Sentence, f.Subject)
		mention(f.Sentence, f.Object)
	}

	e.encodeOpenFacts(doc, ents)

	for i, ok := range mentioned {
		if !ok {
			e.add(d, v.Term(PredMentions), ents[i], d)
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
	out    []quad.Quad
	seen   map[quad.Quad]struct{}
}

func (e *encoder) add(s, p, o quad.Value, label quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
	if _, dup := e.seen[q]; dup {
		return
	}
	e.seen[q] = struct{}{}
	e.out = append(e.out, q)
}

// sentence is the IRI of sentence i, or the document's when i does not
// index a sentence (an extractor that found no sentences).
func (e *encoder) sentence(doc *extract.Document, i int) quad.IRI {
	if i < 0 || i >= len(doc.Sentences) {
		return e.docIRI
	}
	return e.v.Sentence(e.docIRI, i)
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
