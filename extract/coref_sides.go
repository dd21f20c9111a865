package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of a player's or manager's "his side": "Liverpool boss
// Rafael Benitez was satisfied after his team's 3-1 win over Bayer
// Leverkusen", "Ireland fly-half Ronan O'Gara hailed his side's 19-13
// victory over England". Sports news names a side through the person who
// plays for or runs it; once "his" is bound to the person
// (possessivePerson), the side is the one team the text has tied that
// person to: a team written before the name ("Liverpool boss", "Arsenal
// striker"), a title's leadership or a membership the title rules read.
// A resolved mention over the noun lets the relation rules read "his
// side's win over X" as the team's.
//
// A person tied to no team or to two (a player and his national side,
// "Gerrard ... England midfielder ... Liverpool"), a modifier ("his
// former side", "his club side") and a name after the noun ("his club AS
// Roma", which the apposition names) leave the noun unresolved; so does
// any story that is not about sport ("his team would be looking at
// prices" is his staff).

// personSideNouns name a person's team.
var personSideNouns = lexicon.WordSet(`side team squad club`)

// resolvePersonSides adds an organisation mention for the noun of each
// "his side" or "her team" whose person the text ties to one team.
func (x *Extractor) resolvePersonSides(a *analysis) {
	var teams map[int][]int
	var added []mention
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionPronoun || m.entity < 0 || m.hidden || lexicon.PossessiveGender[a.tokens[m.t0].Text] == 0 {
			continue
		}
		k := m.t1
		if k >= a.sentTokens[m.sent].End || !personSideNouns[a.tokens[k].Lower()] || a.mentionStartsIn(k, k+1) {
			continue
		}
		if !a.sportsStory() {
			return
		}
		if k+1 < a.sentTokens[m.sent].End {
			if n := a.tokens[k+1]; isCapWord(n) || n.Text == "," && k+2 < a.sentTokens[m.sent].End && isCapWord(a.tokens[k+2]) {
				continue // "his club AS Roma", "his club, Gloucester,": the name is there
			}
			a.tagSentence(m.sent)
			if n := a.tokens[k+1]; n.Text != "'s" && n.Text != "’s" && strings.HasPrefix(n.Tag, "NN") {
				continue // "his club side, Gloucester,": another side than his country's
			}
		}
		if teams == nil {
			teams = x.personTeams(a)
		}
		ts := teams[m.entity]
		if len(ts) != 1 {
			continue
		}
		r := mention{sent: m.sent, t0: k, t1: k + 1, kind: MentionRole, typ: Organization, roleHead: a.tokens[k].Lower()}
		r.Start, r.End = a.tokens[k].Start, a.tokens[k].End
		r.surface = a.tokens[k].Text
		r.entity, r.acrOf, r.titleAttr, r.owner = ts[0], -1, -1, -1
		added = append(added, r)
	}
	for _, m := range added {
		a.insertMention(m)
	}
}

// personTeams maps each person to the organisations the text ties them
// to as a player or a leader: the teams stated before the name and the
// memberships the title rules found (personAttributes), and the
// organisations the title rules made them leader of.
func (x *Extractor) personTeams(a *analysis) map[int][]int {
	out := make(map[int][]int)
	for e, pf := range x.personAttributes(a) {
		out[e] = append(out[e], pf.teams...)
	}
	for _, f := range a.doc.Facts {
		if f.Predicate != LeaderOf || a.doc.Entities[f.Subject].Type != Person || a.doc.Entities[f.Object].Type != Organization {
			continue
		}
		if !slices.Contains(out[f.Subject], f.Object) {
			out[f.Subject] = append(out[f.Subject], f.Object)
		}
	}
	return out
}
