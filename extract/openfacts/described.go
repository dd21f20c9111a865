package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// nameDescribed is the entity of the name at token m, or, when m is a
// common noun that describes a name in apposition right after it ("a
// deal with pharmaceutical company GlaxoSmithKline", "formed a company
// with her friend Lynda Obst", "a spokesman for anti-virus firm
// Finjan"), the entity of that name; -1 when there is none. openie ends
// the noun's phrase before the apposition, so a preposition's object
// would otherwise read as no name at all. The name must follow the noun
// directly, or after one comma, so that a name further on is not taken
// for it. The noun is no description when a capitalised word before it
// is no name of its own ("Top of the Pops presenter X", "the annual E3
// games Expo"): the phrase is then a title or a name cut short. Nor is
// it one when the name opens a clause ("after bass player Mike Mills
// was taken to hospital"): the preposition leads to the clause, not to
// the name.
func nameDescribed(s *syntax.Sentence, m int, ms []model.Mention) int {
	if e := entityOfToken(s, m, ms); e >= 0 || m < 0 || m >= len(s.Head) || s.UPOS[m] != "NOUN" || s.XPOS[m] == "NNS" {
		// a plural ("holders Manchester United", "bookmakers VC
		// Bet") was right in three of six on the BBC corpus: the
		// name is one of a kind the phrase is about, often not the
		// party
		return e
	}
	if w := textseg.Lower(s.Words[m]); lexicon.WorkNounsBefore[w] || lexicon.GenreNouns[w] {
		// "his own play, Purlie Victorious": a title, no party
		return -1
	}
	for j := m - 1; j > 0 && s.Head[j]-1 > j && s.Head[j]-1 <= m; j-- {
		if capitalised(s.Words[j]) && s.UPOS[j] != "ADJ" && entityOfToken(s, j, ms) < 0 {
			return -1
		}
	}
	first := m + 1
	if first < len(s.Head) && s.Words[first] == "," {
		first++
	}
	for k := first; k < len(s.Head) && s.UPOS[k] == "PROPN"; k++ {
		if s.Head[k]-1 != m || s.Deprel[k] != "appos" && !flatDescribed(s, m, k) {
			// a word of the name before its head ("Orbis" of "Orbis
			// Media"), or the name is hung elsewhere
			if h := s.Head[k] - 1; h > k {
				continue
			}
			return -1
		}
		end := k + 1
		for end < len(s.Head) && s.Head[end]-1 >= k && s.Head[end]-1 < end && s.Deprel[end] == "flat" {
			end++
		}
		if end < len(s.Head) && (s.UPOS[end] == "AUX" || s.UPOS[end] == "VERB") {
			return -1
		}
		return entityOfToken(s, k, ms)
	}
	return -1
}

// flatDescribed reports a name the parse hung on the describing noun m
// as the last word of one flat name ("an association with coach Brad
// Gilbert", "Gilbert" flat on "coach"): the noun still describes it.
// After "to" the noun is more often a verb the tagger missed ("brought
// X on to partner Gudjohnsen").
func flatDescribed(s *syntax.Sentence, m, k int) bool {
	return s.Deprel[k] == "flat" && (m == 0 || !strings.EqualFold(s.Words[m-1], "to"))
}

// describedCase reports whether the preposition at token c may lead to
// the name that noun m describes: not "such as" ("hopefuls such as
// co-star X"), a list of examples whose first word alone would key the
// link. A name at m itself keeps its links as before.
func describedCase(s *syntax.Sentence, c, m int, ms []model.Mention) bool {
	return entityOfToken(s, m, ms) >= 0 || !strings.EqualFold(s.Words[c], "such")
}
