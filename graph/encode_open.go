package graph

import (
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// XSDDecimal is the datatype of confidences.
const XSDDecimal = XSD + "decimal"

// encodeOpenFacts adds a document's open facts: for each, the edge
// "<subject> ns:rel/<key> <object>" that queries and the UI walk like any
// fact, and, because one predicate IRI is shared by every "draft_in" in
// the store while the wording and confidence belong to one statement, a
// node <document>/o/<i> of type ns:OpenFact reifying it (ns:subject,
// ns:relation, ns:object, ns:label, ns:confidence, ns:rule,
// ns:inSentence). Every quad is labelled with the fact's sentence, so
// forget and replace drop them with the document, as they do fixed facts.
func (e *encoder) encodeOpenFacts(doc *extract.Document, ents []quad.Value) {
	v := e.v
	for i, f := range doc.OpenFacts {
		if f.Subject < 0 || f.Subject >= len(ents) || f.Object < 0 || f.Object >= len(ents) || f.Key == "" {
			continue
		}
		s := e.sentence(f.Sentence)
		rel := quad.Value(v.OpenRelation(f.Key))
		e.add(ents[f.Subject], rel, ents[f.Object], s)
		n := quad.Value(v.OpenFact(e.docIRI, i))
		e.add(n, e.typ, e.term(TypeOpenFact), s)
		e.add(n, e.term(PredSubject), ents[f.Subject], s)
		e.add(n, e.term(PredRelation), rel, s)
		e.add(n, e.term(PredObject), ents[f.Object], s)
		if f.Label != "" {
			e.add(n, e.term(PredLabel), quad.String(validText(f.Label)), s)
		}
		e.add(n, e.term(PredConfidence), Decimal(f.Confidence), s)
		if f.Rule != "" {
			e.add(n, e.term(PredRule), quad.String(validText(f.Rule)), s)
		}
		if s != e.doc {
			e.add(n, e.term(PredInSentence), s, s)
		}
		// both ends are mentioned in the sentence; say so even when the
		// mention list does not, so forget sees who uses them
		e.add(s, e.term(PredMentions), ents[f.Subject], s)
		e.add(s, e.term(PredMentions), ents[f.Object], s)
	}
}

// Decimal is an xsd:decimal literal with three places, the full datatype
// IRI written out.
func Decimal(x float64) quad.TypedString {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(x, 'f', 3, 64)), Type: XSDDecimal}
}
