package openfacts

import (
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// A name with a describing noun phrase before it ("married actress Jane
// Corr", "will play Premiership side Westbridge Rovers", "agreed to buy
// its former parent and phone pioneer Telvan") is one object; the parse
// often splits it, leaving the describing phrase as the verb's object and
// the name as a bare oblique or second object right after it. The verb
// then links its subject to the name.
// Tests: splitobjects_test.go.

// maxSplitDescriptor is the most words the describing phrase may hold:
// "his Harry Potter film co-star" is five.
const maxSplitDescriptor = 6

// splitObject is the entity named by the argument of tuple t that
// follows its direct object word for word, when the object is a
// describing noun phrase (a common noun head, no punctuation, verb or
// preposition, not a possessive) and that argument has no preposition of
// its own and opens with the name; else -1.
func splitObject(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) int {
	if t.Clause == openie.Appos || t.Clause == openie.Poss || len(t.Args) < 3 || demonymSubject(s, t, ms) {
		return -1
	}
	o := t.Args[1]
	h := o.Head
	if o.Role != "obj" || o.Span.Len() <= 0 || o.Span.Len() > maxSplitDescriptor || h < 0 || h >= len(s.UPOS) ||
		o.Span.End != h+1 || s.UPOS[h] != "NOUN" || capitalised(s.Words[h]) || possessor(s, h) {
		return -1
	}
	for _, k := range t.RelTokens {
		if k >= 0 && k < len(s.UPOS) && s.UPOS[k] == "ADJ" {
			return -1 // "was desperate to give": a wish, not an act
		}
	}
	if p := t.Predicate; p >= 0 && p < len(s.Lemmas) && actingVerbs[s.Lemmas[p]] && !playedSideNouns[s.Lemmas[h]] {
		return -1 // "played undercover cop Tommy Hanson": a character
	}
	for k := o.Span.Start; k < o.Span.End; k++ {
		switch s.UPOS[k] {
		case "PUNCT", "VERB", "ADP", "PART", "AUX", "SCONJ", "NUM":
			return -1
		}
	}
	for _, a := range t.Args[2:] {
		if a.Span.Start != o.Span.End || a.Prep != "" || a.Role != "obl" && a.Role != "obj" && a.Role != "iobj" ||
			s.CaseOf(a.Head) >= 0 || possessor(s, a.Head) {
			continue
		}
		e := entityAt(s, a, ms)
		if e < 0 {
			return -1
		}
		for _, m := range ms {
			if m.Entity == e && m.Start == s.Starts[a.Span.Start] {
				return e
			}
		}
		return -1
	}
	return -1
}

// actingVerbs take a character as well as an opponent: after them the
// name is linked only when the describing noun is a team's ("will play
// Premiership side Westbridge Rovers"), not a role ("plays director
// Roger Blane", a part in a show).
var actingVerbs = map[string]bool{"play": true, "portray": true}

// playedSideNouns describe a team that is played against.
var playedSideNouns = map[string]bool{"side": true, "team": true, "club": true, "squad": true, "champion": true, "opponent": true, "rival": true}

// demonymSubject reports a subject that is a demonym standing for a
// person ("after the Spaniard ousted ..."): its mention names the
// country, which did not act.
func demonymSubject(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) bool {
	h := t.Args[0].Head
	if h < 0 || h >= len(s.Starts) {
		return false
	}
	for _, m := range ms {
		if m.Kind == model.MentionDemonym && m.Start <= s.Starts[h] && s.Ends[h] <= m.End {
			return true
		}
	}
	return false
}
