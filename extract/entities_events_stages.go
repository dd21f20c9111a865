package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Stages of a named competition. Sports news tells of one match of a
// competition by the competition's name and its round: "the Davis Cup
// final", "the 2003 World Cup final", "the Heineken Cup quarter-final
// tie". The mention finder stops at the capitalised words, so the match
// was read as the competition itself ("2003 World Cup"), and the facts
// told of it ("he has not played since the 2003 World Cup final") went to
// the whole tournament. The dev sets' annotators list the stage as an
// Event of its own, named with its round ("Davis Cup final",
// "Confederation Cup final", "2003 World Cup final").
//
// The round word (and a contest noun after it: "quarter-final tie") gets
// an Event mention of its own, named with the competition's name before
// it, as "the Iraq war" is (entities_events_named.go): the competition
// keeps its mention, so the rules that give a story's players and sides
// to the competition still do, and the rules reading the round word's
// place in the sentence ("won the Israeli Cup final", "the Davis Cup
// final in Seville") reach the stage. A stage named with an indefinite article
// ("reached a Cup final") or counted ("his third FA Cup final") is a kind
// or one of many, not one match: left as it was. The competition stays
// an entity wherever the text names it alone.

// stageWords are the rounds of a knock-out competition that are one match
// (or one tie of two legs): a single named match. Plural rounds ("the
// World Cup finals", "the quarter-finals") are mostly the tournament's
// last part or a set of matches, and are not read.
var stageWords = lexicon.WordSet(`final semi-final quarter-final semifinal quarterfinal`)

// stageContestNouns may follow the round and belong to the stage's name:
// "the Heineken Cup quarter-final tie", "the Davis Cup final rubber".
var stageContestNouns = lexicon.WordSet(`tie match game clash encounter rubber`)

// stageCounters before the competition count its stages in a career or
// history ("his third FA Cup final", "another Cup final"): no one match.
var stageCounters = lexicon.WordSet(`a an another first second third fourth fifth
	sixth seventh eighth ninth tenth every each successive consecutive straight
	many several two three four five six`)

// findStageEvents adds the Event mention of every round word right after
// a named event's mention (see above).
func (a *analysis) findStageEvents() {
	var add []mention
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.typ != Event || m.hidden || m.t1 >= len(a.tokens) {
			continue
		}
		last := a.tokens[m.t1-1]
		if !isCapWord(last) && !isYear(last.Text) {
			continue // a described event ("the spring conference"), no competition's name
		}
		r := a.sentTokens[m.sent]
		st := a.tokens[m.t1]
		if st.Flags&(textseg.TCap|textseg.TUpper) != 0 || !stageWords[st.Lower()] {
			continue
		}
		if m.t0 > r.Start && stageCounters[a.tokens[m.t0-1].Lower()] {
			continue
		}
		if a.allSidesDemonym(m) {
			// "an all Ghanaian Confederation Cup final": the demonym
			// tells who meets in the final, not which competition; the
			// competition is named without it.
			m.t0++
			m.Start = a.tokens[m.t0].Start
			m.surface, m.canon = a.describedText(m.t0, m.t1), ""
		}
		name0 := m.t0
		end := m.t1 + 1
		if end < r.End && stageContestNouns[a.tokens[end].Lower()] {
			end++
		}
		if a.mentionStartsAt(m.t1, end) {
			continue // the round word already belongs to another mention
		}
		if end < r.End && namedMatchOpponentPreps[a.tokens[end].Lower()] && a.tokens[end].Lower() != "with" {
			// "the Carling Cup final against Chelsea": a match named by
			// its other side, which the match reader forms whole
			// (entities_matches_named.go).
			continue
		}
		add = append(add, mention{sent: m.sent, t0: m.t1, t1: end, kind: MentionName, typ: Event, strong: true,
			surface: a.describedText(name0, end), entity: -1, acrOf: -1, titleAttr: -1,
			Span: textseg.Span{Start: a.tokens[m.t1].Start, End: a.tokens[end-1].End}})
	}
	for _, m := range add {
		a.insertMention(m)
	}
}

// allSidesDemonym reports a competition's name opened by a demonym right
// after "all" ("all Ghanaian Confederation Cup"): both sides are of that
// nation, and the competition is named without it.
func (a *analysis) allSidesDemonym(m *mention) bool {
	if m.t0 == 0 || m.t1-m.t0 < 3 || a.tokens[m.t0-1].Lower() != "all" || a.x == nil || a.x.gaz == nil {
		return false
	}
	_, ok := a.x.gaz.Demonym(a.tokens[m.t0].Text)
	return ok
}

// mentionStartsAt reports whether some mention other than a pronoun
// holds a token of [t0, t1).
func (a *analysis) mentionStartsAt(t0, t1 int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.kind != MentionPronoun && m.t0 < t1 && t0 < m.t1 {
			return true
		}
	}
	return false
}

// stageOf reports whether event e is a stage of competition ev: its name
// is a name of ev followed by a round word ("Davis Cup final" of "Davis
// Cup", "Confederation Cup final" of "Ghanaian Confederation Cup"). The
// story-competition rules (relations_tournaments.go) take a sentence
// naming another event as telling of that event's matches; a stage of the
// story's own competition is no other event.
func (r *relState) stageOf(e, ev int) bool {
	ents := r.a.doc.Entities
	if e < 0 || ev < 0 || e >= len(ents) || ev >= len(ents) {
		return false
	}
	words := relFieldsLower(ents[e].Name)
	if n := len(words); n > 1 && stageContestNouns[words[n-1]] {
		words = words[:n-1]
	}
	n := len(words)
	if n < 2 || !stageWords[words[n-1]] {
		return false
	}
	return sameCompetition(strings.Join(words[:n-1], " "), ents[ev].Name)
}
