package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// openingParticiples are the verbs whose participle, opening a sentence,
// tells the circumstance of the main clause's subject as a fact of its
// own: "Speaking to the House Budget Committee, Greenspan urged ...",
// "Born in Luton, Hailey was ...". Other opening participles ("After
// leaving X", "Hoping to beat Y") are as often plans, wishes or the act
// of someone the parse did not reach, and stay out.
var openingParticiples = map[string]bool{
	"speak": true, "talk": true, "bear": true, "born": true,
}

// openingParticiple reports whether tuple t borrows its subject from the
// main clause through a participle clause that opens the sentence, of a
// verb of openingParticiples, with no subordinating word ("Speaking to
// X, Y said"): the participle must be the sentence's first word, the
// main verb its head, and the subject that verb's own, standing after
// the clause. A main clause that is negated or hypothetical does not
// matter: the speaking or the birth happened all the same.
func openingParticiple(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if p != 0 || len(s.Head) == 0 || len(t.Args) == 0 || s.Deprel[p] != "advcl" {
		return false
	}
	if !openingParticiples[strings.ToLower(s.Lemmas[p])] && !openingParticiples[strings.ToLower(s.Words[p])] {
		return false
	}
	if x := s.XPOS[p]; x != "VBG" && x != "VBN" {
		return false
	}
	h, subj := s.Head[p]-1, t.Args[0].Head
	if h < 0 || subj < 0 || subj >= len(s.Head) || s.Head[subj]-1 != h || !strings.HasPrefix(s.Deprel[subj], "nsubj") || subj < p {
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 == p && s.Deprel[k] == "mark" {
			return false
		}
	}
	// the clause ends with a comma before the subject: a list or a
	// misparse does not
	for k := p + 1; k < subj; k++ {
		if s.Words[k] == "," {
			return !coordinated(s, subj)
		}
	}
	return false
}
