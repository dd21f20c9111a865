package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Subjects named by example. A gathering's attendance is often told as a
// plural noun and the names it includes: "Hollywood stars including A, B
// and Oscar nominee C have paid tribute to him at a funeral", "leaders
// such as A and B spoke at the summit". The subject of the verb is the
// plural noun, and every name listed after it did what the verb says; the
// slot reader stops at the first role words ("Oscar nominee") and gives
// only the last name.
//
// The list is read only when it is the whole subject: the plural noun
// opens the clause (nothing before it but its own modifiers), and between
// it and the verb stand only names, commas, "and" and a few role words
// per name. "He thanked stars including A and B at the funeral" has its
// verb before the list, and is no such subject.

// listOpeners bring in the names a plural noun includes.
var listOpeners = lexicon.WordSet(`including such`)

// listRoleWords is how many words of a role ("Oscar nominee", "former
// US president") may stand before one listed name.
const listRoleWords = 4

// exampleSubjects returns the entities of a subject list ending at token
// j ("stars including A, B and C" with j on the last token of C), or nil
// when the tokens up to j are no such list.
func (s *relSent) exampleSubjects(j int) []int {
	var out []int
	role := 0
	k := j
	for ; k >= 0; k-- {
		if m := s.mentionAt(k); m != nil {
			if t := s.r.typeOf(m.entity); t != Person && t != Organization && t != Country {
				return nil
			}
			out = append(out, m.entity)
			k, role = m.first, 0
			continue
		}
		w := s.low[k]
		if w == "," || w == "and" {
			if len(out) == 0 {
				return nil // the verb's subject ends in a name
			}
			role = 0 // the role words read belonged to the name after them
			continue
		}
		if listOpeners[w] {
			break
		}
		if w == "as" && s.word(k-1, "such") {
			continue
		}
		tg := s.tag(k)
		if len(out) == 0 || role >= listRoleWords || !(strings.HasPrefix(tg, "NN") || strings.HasPrefix(tg, "JJ")) {
			return nil // a verb, a preposition, an article: no list of names
		}
		role++
	}
	if k < 1 || len(out) < 2 {
		return nil
	}
	// The plural noun the list hangs from, and its modifiers back to the
	// clause's start: nothing there may be a verb or a clause edge.
	if tg := s.tag(k - 1); tg != "NNS" && tg != "NNPS" {
		return nil
	}
	for i := k - 1; i >= 0; i-- {
		if s.clauseEdge(i) || strings.HasPrefix(s.tag(i), "VB") || s.tag(i) == "MD" || s.tag(i) == "IN" {
			return nil
		}
	}
	return out
}
