package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// A player hurt in a match took part in it (GOLD.md: took part), even
// when no verb of play is told: "Reid is sidelined by a hamstring problem
// sustained during the Cup game against X", "his shoulder injury
// sustained in the 2-1 win", "was ruled out with a knock suffered in the
// defeat". The match hangs from a participle that modifies the injury;
// the injured is the injury's possessor or the subject of the clause the
// injury stands in ("is sidelined by", "was ruled out with", "is out
// with"). A clause that denies or doubts ("is not sidelined by", "may be
// out with") gives nobody.

// injuryNouns name a hurt a player carries from a match.
var injuryNouns = lexicon.WordSet(`injury injuries problem knock strain tear
	fracture cut blow gash concussion`)

// injuryVerbs are the participles that tie a hurt to the match it came
// from: "sustained in", "suffered during", "picked up in", "received
// in".
var injuryVerbs = lexicon.WordSet(`sustained suffered picked received`)

// injuryHolders returns the heads of the persons who carry the injury
// that participle v modifies ("a problem sustained during the match"),
// or nil when v is no such participle. The participle is read over the
// words, not the parse: the parser often tags "sustained" after a noun
// an adjective and hangs it on a later word ("a problem sustained during
// the game against Italy last weekend"), yet the noun is right before it.
func injuryHolders(p *syntax.Sentence, v int) []int {
	if v < 1 {
		return nil
	}
	w := strings.ToLower(p.Words[v])
	if w == "up" && strings.EqualFold(p.Words[v-1], "picked") {
		v-- // "a knock picked up in"
		w = "picked"
	}
	n := v - 1
	if n < 0 || !injuryVerbs[w] || !injuryNouns[strings.ToLower(p.Words[n])] {
		return nil
	}
	// An injury suffers nothing: with the injury as its subject the word
	// is still the participle ("Reid's ankle injury suffered in the game
	// has healed", parsed with "suffered" as the main verb); with another
	// subject it is a finite verb, and the existing play-verb rule reads
	// it.
	misparsed := false
	for k := range p.Words {
		if p.Head[k]-1 == v && strings.HasPrefix(p.Deprel[k], "nsubj") {
			if k != n {
				return nil
			}
			misparsed = true
		}
	}
	if p.Deprel[v] == "root" && !misparsed {
		return nil
	}
	for k := range p.Words {
		if p.Head[k]-1 == n && p.Deprel[k] == "nmod:poss" {
			return withConjuncts(p, []int{k}) // "his shoulder injury sustained in"
		}
	}
	if misparsed {
		return nil // the injury is the clause's subject: no other holder
	}
	// The clause the injury stands in: "Reid is sidelined by a problem",
	// "Reid was ruled out with an injury".
	switch p.Deprel[n] {
	case "obl", "obl:agent", "nmod":
	default:
		return nil
	}
	x := p.Head[n] - 1
	if x < 0 || !strings.HasPrefix(p.XPOS[x], "VB") && !strings.HasPrefix(p.XPOS[x], "JJ") && !strings.HasPrefix(p.XPOS[x], "RB") {
		return nil
	}
	if !clauseFree(p, x, func(k int, w string) bool { return matchModals[w] || matchNegators[w] || resultWanted[w] }) {
		return nil
	}
	for k := range p.Words {
		if p.Head[k]-1 == x && (p.Deprel[k] == "nsubj" || p.Deprel[k] == "nsubj:pass") {
			if tag := p.XPOS[k]; tag == "WP" || tag == "WDT" {
				return nil
			}
			return withConjuncts(p, []int{k})
		}
	}
	return nil
}
