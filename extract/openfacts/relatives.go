package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// relativeName reads the subject of a relative clause set off by a comma
// right after a name: "Barclays, which owns the Woolwich", "Shares in
// MCI, which changed its name from Worldcom". The parse often hangs such
// a clause on a word before the name (the sentence's subject, a time
// phrase), which then reads as no entity; the relative pronoun comes
// right after the name's comma, and "who" stands for a person, "which"
// for anything else. The name's entity, or -1.
func relativeName(s *syntax.Sentence, t openie.Tuple, ms []model.Mention, ents []model.Entity) int {
	p := t.Predicate
	if p < 0 || p >= len(s.Head) || !strings.HasPrefix(s.Deprel[p], "acl") {
		return -1
	}
	r := -1
	for k := 0; k < p; k++ {
		if s.Head[k]-1 == p && strings.HasPrefix(s.Deprel[k], "nsubj") {
			r = k
		}
	}
	if r < 2 || s.Words[r-1] != "," {
		return -1
	}
	rel := strings.ToLower(s.Words[r])
	if rel != "which" && rel != "who" {
		return -1
	}
	e := mentionEndingAt(s, r-2, ms)
	if e < 0 || e >= len(ents) || (rel == "who") != (ents[e].Type == model.Person) {
		return -1
	}
	return e
}
