package quotes

import "github.com/newsgraph/newsgraph/extract/model"

// A pronoun speaker after the story has turned to someone new:
//
//	"I think Swank will win," said Mr French. Staunton is also the choice
//	of Steven Gaydos, editor of Variety. But while he tipped Swank, he
//	predicted a close contest. "…," he told the BBC.
//
// Walking back from "he told", the first sentence that names anyone has a
// woman as its subject, so the older rule passed over it to the last
// speaker (Mr French). The man it names is the one "he" means: a sentence
// whose subject is a person of the other gender and that introduces one
// person of the pronoun's gender (outside quotations, not the person
// talked about) hands the pronoun to that person rather than to a speaker
// of an earlier sentence.

// qAboutPreps are the prepositions whose object is a person spoken about,
// not a possible speaker ("She complained about Tom Reid").
var qAboutPreps = map[string]bool{
	"about":   true, // "she wrote about Tom Reid"
	"against": true, // "she won against Tom Reid"
	"over":    true, // "her row over Tom Reid"
	"to":      true, // "she lost to Tom Reid"
}

// newlyNamedFitting returns the person of gender g that sentence s
// introduces when its first person is of the other gender: the only
// person of gender g named there outside quotations, named for the first
// time in the story in s, and not the object of a preposition of
// spoken-about (qAboutPreps); else -1.
func (q *quoter) newlyNamedFitting(s int, g byte) int {
	if g == 0 || s < 0 || s >= len(q.doc.Sentences) {
		return -1
	}
	first := q.firstPerson(s, true)
	if first < 0 {
		return -1
	}
	if fg := q.genderOf(first); fg == 0 || fg == g {
		return -1
	}
	sp := q.doc.Sentences[s]
	ms := q.doc.Mentions
	found := -1
	for j, n := q.mentionFrom(sp.Start), 0; j >= 0 && j < len(ms) && ms[j].Start < sp.End && n < 40; j, n = j+1, n+1 {
		m := ms[j]
		if m.Kind != model.MentionName || !q.isPerson(m.Entity) || q.inQuote(m.Start) || q.genderOf(m.Entity) != g {
			continue
		}
		if w, _ := q.prevWord(sp.Start, m.Start); qAboutPreps[w] {
			return -1
		}
		if found >= 0 && found != m.Entity {
			return -1 // two candidates: no guess
		}
		found = m.Entity
	}
	if found < 0 || q.namedBefore(found, sp.Start) {
		return -1
	}
	return found
}

// namedBefore reports whether person e is named before pos (outside or
// inside quotations).
func (q *quoter) namedBefore(e, pos int) bool {
	for _, m := range q.doc.Mentions {
		if m.Start >= pos {
			return false
		}
		if m.Entity == e && m.Kind == model.MentionName {
			return true
		}
	}
	return false
}
