package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/syntax"
)

// A body or country before a title and a person only qualifies the title
// ("met Bank of England governor Mervyn King", "met Russian President
// Vladimir Putin"); the parser may still head the phrase by the body, or
// hang the person off it, so the open fact went to the body ("Brown meet
// Bank of England"). The argument is the person.
// Tests: titles_test.go.

// titledPerson returns the person named right after a role phrase that
// follows the mention holding token h, or -1: one or more title words
// (lexicon.RoleHeads, with lexicon.RoleModifiers before them), at least
// one a role head, then a person's name.
func titledPerson(s *syntax.Sentence, h int, ms []model.Mention, ents []model.Entity) int {
	if h < 0 || h >= len(s.Starts) {
		return -1
	}
	end := -1
	for _, m := range ms {
		if m.Entity >= 0 && m.Start <= s.Starts[h] && s.Ends[h] <= m.End && (end < 0 || m.End < end) {
			end = m.End
		}
	}
	if end < 0 {
		return -1
	}
	k := h
	for k < len(s.Starts) && s.Starts[k] < end {
		k++
	}
	heads := 0
	for n := 0; k < len(s.Starts) && n < 4; k, n = k+1, n+1 {
		w := strings.ToLower(s.Words[k])
		if lexicon.RoleHeads[w] {
			heads++
		} else if !lexicon.RoleModifiers[w] || heads > 0 {
			break
		}
	}
	if heads == 0 || k >= len(s.Starts) {
		return -1
	}
	for _, m := range ms {
		if m.Entity >= 0 && m.Start == s.Starts[k] && ents[m.Entity].Type == model.Person {
			return m.Entity
		}
	}
	return -1
}
