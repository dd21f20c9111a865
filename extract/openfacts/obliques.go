package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// laterPreps are the prepositions whose phrase, as a verb's later
// argument, names a party to what the verb's subject did: the agent of a
// passive ("was signed for £4.6m from AC Milan by Ruud Gullit"), the
// side one plays against or for, whom one takes over from or finishes
// behind. Places and times ("in", "at", "on") and "to" and "with" were
// measured too and are left out: the parse hangs a noun's phrase on the
// verb too often ("since winning gold in January's Norwich Union
// International"), 8 of 15 "to" and 6 of 10 "with" right on the BBC.
var laterPreps = map[string]bool{
	"by": true, "against": true, "from": true, "for": true, "behind": true, "over": true,
}

// laterObliques reads tuple t once more for each prepositional argument
// after its second whose head is a name, as if that phrase were the
// second: "Desailly was signed for £4.6m from AC Milan by Ruud Gullit"
// gives "was signed by Ruud Gullit", "Def Jam was founded in 1984 by
// Russell Simmons" gives "was founded by". openie puts only the first
// oblique's preposition into the relation; the later ones are dropped
// otherwise.
// The derived tuples pass through openLink like any other, so negated,
// reported and hypothetical clauses stay out.
func laterObliques(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) []openie.Tuple {
	switch t.Clause {
	case openie.SVA, openie.SVO, openie.SVOA, openie.SVOO, openie.SVOC, openie.SVC:
	default:
		return nil
	}
	if len(t.Args) < 3 {
		return nil
	}
	key, rel, ok := obliqueStem(s, t, ms)
	if !ok {
		return nil
	}
	var out []openie.Tuple
	for _, a := range t.Args[2:] {
		h := a.Head
		if a.Role != "obl" || h < 0 || h >= len(s.UPOS) || !namedParty(s, h, ms) {
			continue
		}
		c := s.CaseOf(h)
		if c < 0 || c != a.Span.Start && c != a.Span.Start-1 {
			// the preposition must open the phrase ("by Russell
			// Simmons"), which a later argument's words keep
			continue
		}
		if c > 0 && s.UPOS[c-1] == "PUNCT" {
			// "chose teacher Helen Carroll, from Portsmouth": after a
			// comma the phrase describes the name before it
			continue
		}
		prep := strings.ToLower(s.Words[c])
		if !laterPreps[prep] || (prep == "by" && !t.Passive) {
			// an active "by" is a margin or a means ("won by two
			// strokes"), not an agent
			continue
		}
		d := t
		d.Args = []openie.Arg{t.Args[0], a}
		d.Key = joinKey(key, prep)
		d.Relation = rel + " " + s.Words[c]
		d.Clause = openie.SVA
		out = append(out, d)
	}
	return out
}

// particles are the adverbs that complete a phrasal verb when the parse
// hangs them on it as its first argument: "takes over from", "came on
// for", "take on X in Y".
var particles = map[string]bool{"on": true, "over": true, "off": true, "out": true, "up": true, "down": true, "back": true, "in": true}

// obliqueStem is the key and relation words a later oblique's
// preposition is added to: the verb with its particle ("take_over"), or
// with its object's noun ("made his Davis Cup debut against Romania":
// make_debut), which the relation needs to say what links the names. A
// bare copula or "have" ("will be away to", "has odds of 25/1 at") says
// nothing of the link, nor does an adjective that governs a further verb
// ("is certain to come down hard on"): ok is false.
func obliqueStem(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) (key, rel string, ok bool) {
	key, rel = t.Key, t.Relation
	second := t.Args[1]
	h := second.Head
	if h < 0 || h >= len(s.UPOS) {
		return "", "", false
	}
	if p := strings.ToLower(second.Prep); p != "" && !phrasalPrep(s, t, ms) {
		// "was signed for £4.6m": the first oblique's preposition
		// is its own
		key = strings.TrimSuffix(key, "_"+strings.ReplaceAll(p, " ", "_"))
		rel = strings.TrimSuffix(rel, " "+second.Prep)
	}
	switch w := strings.ToLower(s.Words[h]); {
	case second.Role == "obl" && second.Span.Len() == 1 && particles[w] && (s.UPOS[h] == "ADV" || s.UPOS[h] == "ADP"):
		key, rel = joinKey(key, w), rel+" "+s.Words[h]
	case second.Role == "obj" && s.UPOS[h] == "NOUN" && entityOfToken(s, h, ms) < 0:
		noun := keyWord(s.Lemmas[h])
		if noun == "" {
			return "", "", false
		}
		words := []string{s.Words[h]}
		if second.Span.Start <= h && second.Span.End > h && h-second.Span.Start < maxNounPhrase && plainPhrase(s, openie.Span{Start: second.Span.Start, End: h + 1}, ms) {
			words = s.Words[second.Span.Start : h+1]
		}
		key, rel = joinKey(key, noun), strings.Join(append([]string{rel}, words...), " ")
	}
	parts := strings.Split(key, "_")
	switch {
	case parts[0] == "be" && len(parts) != 2, parts[0] == "have" && len(parts) == 1:
		return "", "", false
	}
	return key, rel, true
}

// phrasalPrep reports whether the preposition of t's second argument
// completes the verb, as in "takes on Roger Federer at the Qatar Open":
// a particle right after the verb, before a name.
func phrasalPrep(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) bool {
	h := t.Args[1].Head
	c := s.CaseOf(h)
	return c >= 0 && c == t.Predicate+1 && particles[strings.ToLower(s.Words[c])] && entityOfToken(s, h, ms) >= 0
}

// namedParty reports whether oblique head h is a name, or a common noun
// describing a name in apposition right after it ("was signed from
// Italian club Lazio"; described.go).
func namedParty(s *syntax.Sentence, h int, ms []model.Mention) bool {
	if s.UPOS[h] == "PROPN" {
		return entityOfToken(s, h, ms) >= 0
	}
	return s.UPOS[h] == "NOUN" && entityOfToken(s, h, ms) < 0 && nameDescribed(s, h, ms) >= 0
}
