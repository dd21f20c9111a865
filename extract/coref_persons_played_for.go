package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A side the text puts a player in after the name: "Salvat doubled the
// lead for Spain", "Kerr scored twice for Celtic", "Moss, 24, played
// for Wales". Sports reports name a player's side this way as often as
// before the name ("Spain striker Salvat"), and a role description
// naming another side ("the Morocco goalkeeper") then cannot stand for
// that player. The side read here only refuses a description of another
// side of the same kind (teamFits); it is no evidence for one naming the
// same side, since "for" after a name can also say whom a person played
// against or was signed by in ways this scan does not tell apart.

// playedForStops end the scan for "for <side>": another clause begins,
// whose subject may be someone else ("Salvat scored, and the Morocco
// keeper ... for Morocco", "Salvat, who scored against Morocco for...").
var playedForStops = lexicon.WordSet(`and but while although though whereas
	as after before when until who which that whose ; :`)

// playedForAfter returns the team named right after "for" in the clause
// that person name mention m opens ("Salvat doubled the lead for Spain
// before half-time"), or -1. Another person's name, a quotation mark or
// a clause boundary ends the scan.
func (a *analysis) playedForAfter(m *mention) int {
	r := a.sentTokens[m.sent]
	for k := m.t1; k+1 < r.End; k++ {
		w := a.tokens[k].Lower()
		if playedForStops[w] || isQuoteMark(a.tokens[k].Text) || k > m.t1 && a.tokMentionPerson(k) {
			return -1
		}
		if w != "for" {
			continue
		}
		if t, e := a.teamNamedAt(k + 1); e >= 0 && (t >= r.End || !isPossessive(a.tokens[t].Text)) {
			// "fined for Arsenal's second goal" names a moment, not a side
			return e
		}
	}
	return -1
}

// nationalKind reports whether team e is a national side: a country (a
// sports story's country is its side, whether or not the mention stage
// marked one of its mentions as a side) or a name marked as one.
func (a *analysis) nationalKind(e int) bool {
	return a.doc.Entities[e].Type == Country || a.nationalSide(e)
}

// playedForOther reports whether ref was put, by "for <side>", in a side
// of the same kind as team (a club for a club, a national side for a
// national side) other than team.
func (a *analysis) playedForOther(ref *personFacts, team int) bool {
	for _, t := range ref.playedFor {
		if t != team && a.nationalKind(t) == a.nationalKind(team) {
			return true
		}
	}
	return false
}
