package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// conjoinedSubjects are the names joined by "and" to the name the
// subject of tuple t was read as, each doing what the verb says to the
// same object: "Kirchner and Chavez signed the deal in Buenos Aires",
// "the IMF and World Bank have urged Egypt". openie reads the list as one
// argument headed by its first name. As for objects, only names of the
// subject's own kind count, only "and" joins them, and only a clause's
// own subject is read (a borrowed or reported one is left as it is).
func conjoinedSubjects(s *syntax.Sentence, t openie.Tuple, sub, obj int, ms []model.Mention, ents []model.Entity) []int {
	switch t.Clause {
	case openie.Poss, openie.Appos, openie.Place, "nmod":
		// a noun phrase's own reading: "X and Y in Z" is a list
		return nil
	}
	if t.SubjectFrom != "own" || entityAt(s, t.Args[0], ms) != sub {
		return nil
	}
	// the list hangs on the subject's head: its name's own head word
	// or, when the parse headed the name by a title ("President Nestor
	// Kirchner and President Hugo Chavez"), the title
	top := t.Args[0].Head
	if top < 0 || top >= len(s.Head) || !strings.HasPrefix(s.Deprel[top], "nsubj") {
		return nil
	}
	conj := andList(s, top, func(c int) bool {
		h := s.Head[c] - 1
		return h == top || h >= t.Args[0].Span.Start && h < c && s.Head[h]-1 == top && entityOfToken(s, h, ms) == sub
	})
	var out []int
	for _, c := range conj {
		if s.UPOS[c] != "PROPN" || possessor(s, c) || c > t.Predicate || hasClause(s, c) {
			continue
		}
		// the conjunct or, when the parse headed it by a title or a
		// demonym ("Venezuelan President Hugo Chavez"), a name on it
		e := entityOfToken(s, c, ms)
		for k := c + 1; k < len(s.Head) && (e < 0 || listKind(ents, e) != listKind(ents, sub)) && s.Head[k]-1 == c && s.Deprel[k] == "flat"; k++ {
			e = entityOfToken(s, k, ms)
		}
		if e >= 0 && e != sub && e != obj && listKind(ents, e) == listKind(ents, sub) {
			out = append(out, e)
		}
	}
	return out
}

// hasClause reports whether name c has a clause or predicate of its own
// hung on it: then it is no second subject of the verb after the list.
func hasClause(s *syntax.Sentence, c int) bool {
	for k := range s.Head {
		if s.Head[k]-1 != c {
			continue
		}
		switch r := s.Deprel[k]; {
		case strings.HasPrefix(r, "nsubj"), strings.HasPrefix(r, "aux"), r == "cop",
			strings.HasPrefix(r, "acl"), r == "advcl", r == "obj", r == "ccomp", r == "xcomp":
			return true
		}
	}
	return false
}
