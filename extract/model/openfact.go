package model

// OpenFact is a relation between two entities stated in a sentence in the
// text's own words rather than one of the fixed predicates: "Vodafone has
// drafted in William Morrow" gives Key "draft_in", Label "has drafted in".
// The open relation extractor (package openie) finds the clause; an
// OpenFact is kept only when the heads of its subject and object are
// mentions of two different entities.
type OpenFact struct {
	Subject    int     // index into Document.Entities
	Object     int     // index into Document.Entities
	Key        string  // normalised relation: lemmas joined by "_" ("draft_in"), safe to end an IRI
	Label      string  // the relation phrase as written ("has drafted in")
	Sentence   int     // index into Document.Sentences: the evidence
	Rule       string  // "openie:<clause type>" ("openie:SVO"), for --explain
	Confidence float64 // openie's confidence in [0,1]
}
