// Package openie extracts open relation tuples (subject, relation phrase,
// arguments) from a dependency-parsed sentence, clause by clause in the
// manner of ClausIE: every verb and copular predicate with its subject,
// objects, complements and adverbials becomes a tuple whose relation phrase
// keeps auxiliaries, negation, particles and the preposition of its first
// oblique, as CaRB's annotators wrote them ("has drafted in", "was founded
// by"). It reads only syntax.Sentence, so it works on gold treebank trees
// and on the trained parser's output alike.
package openie

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// ClauseType is ClausIE's clause pattern of a tuple's predicate.
type ClauseType string

// Clause types (Quirk et al., as ClausIE uses them), plus the two derived
// non-verbal tuples this package adds.
const (
	SV   ClauseType = "SV"
	SVO  ClauseType = "SVO"
	SVC  ClauseType = "SVC"
	SVA  ClauseType = "SVA"
	SVOO ClauseType = "SVOO"
	SVOA ClauseType = "SVOA"
	SVOC ClauseType = "SVOC"
	// Appos is "X, Y," read as "X is Y".
	Appos ClauseType = "appos"
	// Poss is "X's Y" read as "X has Y".
	Poss ClauseType = "poss"
	// Place is "X in Y" (Y a name) read as "X is in Y".
	Place ClauseType = "place"
)

// Span is a half-open range of token indices [Start, End) in the sentence.
type Span struct{ Start, End int }

// Len is the number of tokens in the span.
func (s Span) Len() int { return s.End - s.Start }

// Arg is one argument of a tuple: a contiguous run of the sentence's
// tokens around its head word.
type Arg struct {
	Text string // the span's words joined by spaces, or a synthesised text
	Span Span   // tokens of the argument (its preposition excluded when Prep is in the relation)
	Head int    // index of the head word
	// Role is the dependency role the argument fills: "subj", "obj",
	// "iobj", "comp" (clausal or predicative complement), "obl", "appos".
	Role string
	// Prep is the argument's case marker ("in", "by") when the relation
	// phrase took it over; the marker then is not part of Text.
	Prep string
}

// Bytes is the argument's byte range in the document the sentence came
// from, through the sentence's Starts and Ends; ok is false when the
// sentence carries no offsets or the argument is synthesised.
func (a Arg) Bytes(s *syntax.Sentence) (start, end int, ok bool) {
	if a.Span.Len() <= 0 || a.Span.End > len(s.Starts) || a.Span.End > len(s.Ends) {
		return 0, 0, false
	}
	return s.Starts[a.Span.Start], s.Ends[a.Span.End-1], true
}

// Tuple is one extracted relation.
type Tuple struct {
	// Relation is the readable relation phrase in sentence word forms, with
	// auxiliaries, negation and prepositions: "has drafted in".
	Relation string
	// Key is the normalised relation: lemmas of the verb (or light verb and
	// its noun), particle and preposition joined by "_", without
	// auxiliaries or negation ("draft_in", "buy_stake_in", "be_in"). It is
	// what a graph predicate IRI should be built from.
	Key string
	// Predicate is the index of the verb (or copular predicate) token.
	Predicate int
	// RelTokens are the indices of the sentence words in Relation, in
	// order; a copula the text leaves out ("is"/"has" of an apposition or
	// possessive, "was" before a participle modifying a noun: "the organ
	// [was] built by X", "an armada [is] preparing to invade") has none.
	RelTokens []int
	// Args[0] is the subject; Args[1] the object or first complement;
	// the rest are further objects and adverbials in sentence order.
	Args     []Arg
	Clause   ClauseType
	Negated  bool   // "not", "never", "n't" on the predicate
	Modality string // modal auxiliary lemma ("could", "may"), "" when none
	Passive  bool
	// Attribution is the speaker's text when the tuple is reported speech
	// ("X said that ..."); such a tuple states a claim, not a fact.
	Attribution string
	// SubjectFrom says where the subject came from: "own" (the verb's
	// subject), or inherited through "conj", "xcomp" (control), "relcl"
	// (the noun a relative clause modifies), "acl", "advcl".
	SubjectFrom string
	// Confidence in [0,1]: a heuristic from the clause type, how the
	// subject was found and the arguments' shape.
	Confidence float64
}

// CaRB formats the tuple as one line of CaRB's tab-separated system
// output: sentence, confidence, relation, arg1, arg2, ...
func (t Tuple) CaRB(sentence string) string {
	var b strings.Builder
	b.WriteString(sentence)
	b.WriteByte('\t')
	b.WriteString(strconv.FormatFloat(t.Confidence, 'f', 3, 64))
	b.WriteByte('\t')
	b.WriteString(t.Relation)
	for _, a := range t.Args {
		b.WriteByte('\t')
		b.WriteString(a.Text)
	}
	return b.String()
}
