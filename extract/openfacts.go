package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

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

// futureModals state what is planned, which a news report asserts as
// firmly as what happened ("Arsenal will face Chelsea"); every other modal
// makes the tuple hypothetical, and those are dropped.
var futureModals = map[string]bool{"will": true, "'ll": true, "shall": true}

// findOpenFacts fills doc.OpenFacts. It runs last, after the demonym-only
// entities are pruned, so its entity indexes are final and it can leave
// out every pair a fixed-predicate fact already links in the same sentence.
//
// What is kept: tuples asserted by the text. Negated tuples ("did not
// buy"), hypothetical ones ("could buy") and clauses reported as someone's
// speech or belief ("X said Y bought Z", or inside a quotation) are
// dropped: they state a claim, not a link, and the graph has quotes for
// claims. Each (subject, key, object) is kept once per document, from its
// first sentence, as fixed facts are.
func (x *Extractor) findOpenFacts(a *analysis) {
	doc := a.doc
	if len(doc.Entities) < 2 || len(a.sentTokens) == 0 {
		return
	}
	fixed := make(map[[3]int]bool, len(doc.Facts)) // {sentence, entity, entity}, both orders
	for _, f := range doc.Facts {
		fixed[[3]int{f.Sentence, f.Subject, f.Object}] = true
		fixed[[3]int{f.Sentence, f.Object, f.Subject}] = true
	}
	seen := make(map[openKey]bool)
	for i := range doc.Sentences {
		if i >= len(a.sentTokens) {
			break
		}
		ms := a.mentionsIn(i)
		if len(ms) < 2 || !twoEntities(ms) {
			continue
		}
		s := a.parsed(i)
		if s == nil {
			return
		}
		for _, t := range openie.Extract(s) {
			if t.Negated || t.Attribution != "" || len(t.Args) < 2 || t.Key == "" ||
				t.Modality != "" && !futureModals[t.Modality] {
				continue
			}
			sub := entityAt(s, t.Args[0], ms)
			if sub < 0 {
				continue
			}
			key, label := t.Key, t.Relation
			obj := entityAt(s, t.Args[1], ms)
			if obj >= 0 && t.Clause == openie.Appos {
				// an apposition names one entity twice; two different
				// entities there are a list or a misparse ("S Jones,
				// Clermont Auvergne")
				continue
			}
			if obj < 0 {
				// "X, an economist at Y": the relation runs through the
				// object's noun to the name it governs.
				var words []string
				var lemmas []string
				obj, words, lemmas = throughNoun(s, t.Args[1], ms)
				if obj < 0 {
					continue
				}
				label = strings.Join(append([]string{label}, words...), " ")
				key = strings.Join(append([]string{key}, lemmas...), "_")
			}
			if obj == sub || fixed[[3]int{i, sub, obj}] {
				continue
			}
			if len(t.RelTokens) > 0 && a.inQuote(s.Starts[t.RelTokens[0]]) {
				continue
			}
			k := openKey{sub, key, obj}
			if seen[k] {
				continue
			}
			seen[k] = true
			doc.OpenFacts = append(doc.OpenFacts, OpenFact{
				Subject: sub, Object: obj, Key: key, Label: label,
				Sentence: i, Rule: "openie:" + string(t.Clause), Confidence: t.Confidence,
			})
		}
	}
}

type openKey struct {
	s int
	k string
	o int
}

// entityAt is the entity whose mention holds the head word of arg, or
// -1. When mentions nest, the innermost wins. A common noun standing in
// apposition to a name ("Spain coach, Luis Aragones") is read as the name.
func entityAt(s *syntax.Sentence, arg openie.Arg, ms []Mention) int {
	e := entityOfToken(s, arg.Head, ms)
	if e >= 0 || arg.Head < 0 || arg.Head >= len(s.Head) || s.UPOS[arg.Head] != "NOUN" {
		return e
	}
	for k := range s.Head {
		if s.Head[k]-1 == arg.Head && s.Deprel[k] == "appos" {
			return entityOfToken(s, k, ms)
		}
	}
	return -1
}

// maxNounPhrase bounds the words between an object's first word and the
// preposition that leads to a name, so that a relation label stays a
// phrase ("is an economist at") and never a clause.
const maxNounPhrase = 4

// throughNoun reads an object whose head is a common noun modified by a
// prepositional phrase headed by a name ("an economist at AG Edwards",
// "the European home of Mickey Mouse", "a glimpse of ..."): it returns that
// name's entity, the object's words up to and with the preposition (to
// extend the relation label) and the noun's and preposition's lemmas (to
// extend the key). The noun phrase must be short and free of punctuation
// and names, so the label stays a phrase about the two entities.
func throughNoun(s *syntax.Sentence, arg openie.Arg, ms []Mention) (int, []string, []string) {
	h := arg.Head
	if h < 0 || h >= len(s.Head) || s.UPOS[h] != "NOUN" || arg.Span.Start > h || arg.Span.End <= h {
		return -1, nil, nil
	}
	if h-arg.Span.Start >= maxNounPhrase {
		return -1, nil, nil
	}
	for k := arg.Span.Start; k <= h; k++ {
		if s.UPOS[k] == "PUNCT" || s.UPOS[k] == "PROPN" || entityOfToken(s, k, ms) >= 0 {
			return -1, nil, nil
		}
	}
	// the first nominal modifier after the noun, and its preposition
	for m := h + 1; m < len(s.Head); m++ {
		if s.Head[m]-1 != h || s.Deprel[m] != "nmod" {
			continue
		}
		c := -1
		for k := h + 1; k < m; k++ {
			if s.Head[k]-1 == m && s.Deprel[k] == "case" {
				c = k
			}
		}
		// the preposition directly follows the noun: "economist at X",
		// not "economist with long experience at X"
		if c != h+1 {
			return -1, nil, nil
		}
		e := entityOfToken(s, m, ms)
		if e < 0 {
			return -1, nil, nil
		}
		words := append([]string(nil), s.Words[arg.Span.Start:c+1]...)
		lemmas := []string{keyWord(s.Lemmas[h]), keyWord(s.Lemmas[c])}
		if lemmas[0] == "" || lemmas[1] == "" {
			return -1, nil, nil
		}
		return e, words, lemmas
	}
	return -1, nil, nil
}

// keyWord keeps a lemma to lower-case letters and digits, as openie keeps
// its keys, so that a key still ends an IRI unescaped.
func keyWord(w string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, w)
}

// entityOfToken is the entity of the innermost mention holding token h.
func entityOfToken(s *syntax.Sentence, h int, ms []Mention) int {
	if h < 0 || h >= len(s.Starts) || h >= len(s.Ends) {
		return -1
	}
	start, end := s.Starts[h], s.Ends[h]
	best, bestLen := -1, 0
	for _, m := range ms {
		if m.Entity < 0 || start < m.Start || end > m.End {
			continue
		}
		if n := m.End - m.Start; best < 0 || n < bestLen {
			best, bestLen = m.Entity, n
		}
	}
	return best
}

// inQuote reports whether byte offset off lies inside a quotation piece.
func (a *analysis) inQuote(off int) bool {
	for _, q := range a.doc.Quotes {
		for _, p := range q.Pieces {
			if off >= p.Start && off < p.End {
				return true
			}
		}
	}
	return false
}
