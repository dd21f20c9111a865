package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// factiveReportVerbs make public a clause as a fact: what one confirms,
// reveals, announces or discloses is taken as true by the writer who
// passes it on ("Birmingham have confirmed Blackburn made a bid for
// Savage", "Eriksson has revealed Wright-Phillips will start against the
// Netherlands", "Fiorina announced that HP was working with Nokia"). The
// other saying verbs ("said", "claimed", "insisted", "believes") report
// a claim and stay out; so do the negated or doubted uses of these
// ("did not confirm", "refused to confirm", "may reveal").
var factiveReportVerbs = map[string]bool{
	"confirm": true, "reveal": true, "announce": true, "disclose": true,
}

// factiveReport reports whether tuple t, which openie marked as reported
// speech, is the content clause of a factive verb stated in a main
// clause of its own: the verb's clausal complement (or a clause joined
// to that by "and"), under no negation, no modal but "will" and no
// word of doubt. A parenthetical ("..., the firm confirmed") is not
// read: its clause is the writer's quotation of a claim as often as a
// fact, and quotations are dropped elsewhere.
func factiveReport(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if p < 0 || p >= len(s.Head) {
		return false
	}
	if t.Modality != "" && !futureModals[t.Modality] {
		// "announced X would sponsor Y": a "would" moved into the
		// past by the report is the speaker's own plan only
		// (reportedWill); of another party it stays a prospect
		return false
	}
	if s.Deprel[p] == "conj" {
		p = s.Head[p] - 1
	}
	if p < 0 || s.Deprel[p] != "ccomp" {
		return false
	}
	v := s.Head[p] - 1
	if v < 0 || v >= len(s.Head) || !factiveReportVerbs[strings.ToLower(s.Lemmas[v])] || s.UPOS[v] != "VERB" {
		return false
	}
	if !mainClause(s, v) || !plainMain(s, v) {
		return false
	}
	for k := range s.Head {
		// "did not confirm", "has yet to reveal", "confirmed reports
		// that": the clause is no fact the verb passes on
		if s.Head[k]-1 == v && (s.Deprel[k] == "advmod" && strings.EqualFold(s.Words[k], "yet") || s.Deprel[k] == "obj") {
			return false
		}
	}
	return true
}
