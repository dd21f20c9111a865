// Package graph turns extracted documents into quads, keeps them in a Cayley
// quad store (bolt, memory or PostgreSQL), runs Gizmo queries with a deadline
// and exports strict N-Quads.
package graph

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// DefaultBase is the IRI base used when the configuration names none.
const DefaultBase = "https://newsgraph.dev/"

// Standard vocabularies. Every IRI is absolute so that third-party RDF tools
// accept the export.
const (
	RDFType          = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	SchemaName       = "http://schema.org/name"
	SchemaAltName    = "http://schema.org/alternateName"
	XSD              = "http://www.w3.org/2001/XMLSchema#"
	XSDInteger       = XSD + "integer"
	XSDDateTime      = XSD + "dateTime"
	nsSuffix         = "ns#"
	entitySegment    = "entity/"
	documentSegment  = "doc/"
	sentenceSegment  = "/s/"
	quoteSegment     = "/q/"
	openFactSegment  = "/o/"
	openRelSegment   = "rel/"
	docHashIRILength = 16
)

// Local names in the project namespace (Vocab.NS + name). Fact predicates
// are the extract predicate constants (leaderOf, memberOf, …) in the same
// namespace.
const (
	// Node types besides the entity types (Person, Organization, …).
	TypeDocument = "Document"
	TypeSentence = "Sentence"
	TypeQuote    = "Quote"

	PredSaid       = "said"       // speaker -> quote node
	PredText       = "text"       // quote or sentence -> its text
	PredInSentence = "inSentence" // quote -> the sentence holding its attribution
	PredRule       = "rule"       // quote -> attribution rule name
	PredInDocument = "inDocument" // sentence -> document
	PredStart      = "start"      // sentence -> byte offset (xsd:integer)
	PredEnd        = "end"        // sentence -> byte offset past its end
	PredMentions   = "mentions"   // sentence (or document) -> entity it mentions
	PredAlias      = "alias"      // entity -> a surface form, labelled with the document that used it
	// PredNameKey: entity -> a lowercased lookup key, unlabelled like
	// schema:name: its whole name and aliases lowercased, and each word of
	// them ("lukashenko"), so canned queries find an entity by any word of
	// its names through the object index instead of scanning every node.
	PredNameKey    = "nameKey"
	PredTitle      = "title"      // document -> headline
	PredSource     = "source"     // document -> path or name given at ingest
	PredHash       = "hash"       // document -> hex SHA-256 of its text
	PredWords      = "words"      // document -> word count (xsd:integer)
	PredIngestedAt = "ingestedAt" // document -> time of ingest (xsd:dateTime)

	// Open facts (encode_open.go): an edge "<entity> ns:rel/<key> <entity>"
	// plus a node of type OpenFact describing it.
	TypeOpenFact   = "OpenFact"
	PredSubject    = "subject"    // open fact -> subject entity
	PredObject     = "object"     // open fact -> object entity
	PredRelation   = "relation"   // open fact -> its predicate IRI (ns:rel/<key>)
	PredLabel      = "label"      // open fact -> the relation phrase as written
	PredConfidence = "confidence" // open fact -> confidence in [0,1] (xsd:decimal)
)

// Vocab builds every IRI newsgraph writes, under one base.
//
//	entity    <base>entity/<Entity.Key>            e.g. https://newsgraph.dev/entity/person/aleksandr-lukashenko
//	document  <base>doc/<first 16 hex of Hash>
//	sentence  <document>/s/<index>
//	quote     <document>/q/<index>
//	open fact <document>/o/<index>
//	open rel  <base>ns#rel/<key>                    e.g. https://newsgraph.dev/ns#rel/draft_in
//	predicate <base>ns#<name>                       e.g. https://newsgraph.dev/ns#leaderOf
//	type      <base>ns#<Type>                       e.g. https://newsgraph.dev/ns#Person
type Vocab struct {
	Base string // ends with "/" or "#"
	NS   string // Base + "ns#"
}

// NewVocab returns the vocabulary under base (DefaultBase when empty).
func NewVocab(base string) Vocab {
	if base == "" {
		base = DefaultBase
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return Vocab{Base: base, NS: base + nsSuffix}
}

// Term is an IRI in the project namespace: a predicate or a type.
func (v Vocab) Term(local string) quad.IRI { return quad.IRI(v.NS + escapeSegment(local)) }

// Entity is the IRI of an entity with the given key ("person/aleksandr-lukashenko").
func (v Vocab) Entity(key string) quad.IRI {
	parts := strings.Split(key, "/")
	for i, p := range parts {
		parts[i] = escapeSegment(p)
	}
	return quad.IRI(v.Base + entitySegment + strings.Join(parts, "/"))
}

// Document is the IRI of the document with the given content hash.
func (v Vocab) Document(hash string) quad.IRI {
	if len(hash) > docHashIRILength {
		hash = hash[:docHashIRILength]
	}
	return quad.IRI(v.Base + documentSegment + escapeSegment(hash))
}

// Sentence is the IRI of sentence i of a document.
func (v Vocab) Sentence(doc quad.IRI, i int) quad.IRI {
	return quad.IRI(string(doc) + sentenceSegment + strconv.Itoa(i))
}

// Quote is the IRI of quote i of a document.
func (v Vocab) Quote(doc quad.IRI, i int) quad.IRI {
	return quad.IRI(string(doc) + quoteSegment + strconv.Itoa(i))
}

// OpenRelation is the predicate IRI of an open relation key ("draft_in"):
// <base>ns#rel/draft_in.
func (v Vocab) OpenRelation(key string) quad.IRI {
	return quad.IRI(v.NS + openRelSegment + escapeSegment(key))
}

// IsOpenRelation reports whether iri is an open relation predicate, and
// its key.
func (v Vocab) IsOpenRelation(iri string) (string, bool) {
	iri = strings.TrimSuffix(strings.TrimPrefix(iri, "<"), ">")
	return strings.CutPrefix(iri, v.NS+openRelSegment)
}

// OpenFact is the IRI of open fact i of a document.
func (v Vocab) OpenFact(doc quad.IRI, i int) quad.IRI {
	return quad.IRI(string(doc) + openFactSegment + strconv.Itoa(i))
}

// IsDocument reports whether iri names a document node (not a sentence or
// quote inside one).
func (v Vocab) IsDocument(iri quad.IRI) bool {
	rest, ok := strings.CutPrefix(string(iri), v.Base+documentSegment)
	return ok && !strings.Contains(rest, "/")
}

// IsEntity reports whether iri names an entity node.
func (v Vocab) IsEntity(iri string) bool { return strings.HasPrefix(iri, v.Base+entitySegment) }

// IsSentence reports whether iri names a sentence of a document.
func (v Vocab) IsSentence(iri string) bool { return v.inDocument(iri, sentenceSegment) }

// IsQuote reports whether iri names a quote of a document.
func (v Vocab) IsQuote(iri string) bool { return v.inDocument(iri, quoteSegment) }

func (v Vocab) inDocument(iri, segment string) bool {
	return strings.HasPrefix(iri, v.Base+documentSegment) && strings.Contains(iri, segment)
}

// DocumentOf is the document a label belongs to: a sentence's document,
// read from the IRI's shape (see Sentence); any other label (a document)
// is returned as it is.
func (v Vocab) DocumentOf(label string) string {
	if i := strings.Index(label, sentenceSegment); i >= 0 && strings.HasPrefix(label, v.Base+documentSegment) {
		return label[:i]
	}
	return label
}

// SentenceNumber splits a sentence IRI into its document and its index
// (see Sentence); ok is false for any other IRI.
func (v Vocab) SentenceNumber(iri string) (doc quad.IRI, i int, ok bool) {
	if !strings.HasPrefix(iri, v.Base+documentSegment) {
		return "", 0, false
	}
	at := strings.LastIndex(iri, sentenceSegment)
	if at < 0 {
		return "", 0, false
	}
	i, err := strconv.Atoi(iri[at+len(sentenceSegment):])
	if err != nil {
		return "", 0, false
	}
	return quad.IRI(iri[:at]), i, true
}

// Integer is an xsd:integer literal written with the full datatype IRI:
// Cayley's quad.Int prints the prefixed <xsd:integer>, which RDF tools read
// as an IRI with scheme "xsd".
func Integer(n int64) quad.TypedString {
	return quad.TypedString{Value: quad.String(strconv.FormatInt(n, 10)), Type: XSDInteger}
}

// DateTime is an xsd:dateTime literal with the full datatype IRI.
func DateTime(rfc3339 string) quad.TypedString {
	return quad.TypedString{Value: quad.String(rfc3339), Type: XSDDateTime}
}

// LocalName is the part of an IRI after its last '/', '#' or ':', the form
// in which predicates and types are shown and compared.
func LocalName(iri string) string {
	iri = strings.TrimSuffix(strings.TrimPrefix(iri, "<"), ">")
	if i := strings.LastIndexAny(iri, "/#:"); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// NameKeys are the nameKey values of an entity with the given names and
// aliases: each lowercased whole, and each word of it (split at spaces
// and hyphens, as a reader would split "Jean-Claude Juncker"), without
// duplicates, in first-seen order.
func NameKeys(names ...string) []string {
	var out []string
	seen := make(map[string]bool)
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, n := range names {
		n = strings.ToLower(strings.Join(strings.Fields(n), " "))
		add(n)
		for _, w := range strings.FieldsFunc(n, isNameSeparator) {
			add(w)
		}
	}
	return out
}

func isNameSeparator(r rune) bool { return r == ' ' || r == '-' || r == '\t' }

// escapeSegment percent-encodes what may not appear raw in an IRI path
// segment (spaces, quotes, angle brackets…), so keys from any extractor
// still give valid N-Quads.
func escapeSegment(s string) string { return url.PathEscape(s) }
