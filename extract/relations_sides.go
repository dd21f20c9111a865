package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The players of a team-news story. A preview or an injury report is
// written about one side: the one side whose manager or coach the story
// names ("Gunners boss Arsene Wenger said"), named in its headline or
// lead, and the players it tells of as injured, suspended, recalled,
// partnered or on the bench are that side's, though no sentence names
// the side beside them: "Thierry Henry is ruled out with an Achilles
// tendon injury", "Freddie Ljungberg is likely to be used in an
// emergency striking role and will be partnered by either Arturo Lupoli,
// Quincy Owusu-Abeyie or Jeremie Aliadiere".
//
// An opponent named in the story must not become a member, so a story
// whose coaches run two sides, a match report (its "Subs not used"
// sheets name both sides' players) and a story whose headline names
// another side and not this one ("Bryan twins keep US hopes alive") have
// no one side; and a player the text ties to another body, any player of
// a sentence that names another team, organisation or place ("sent off
// at Southampton", "Chelsea's Arjen Robben is injured"), the side's staff
// ("team physiotherapist Mark Davies"), a player a side would sign, one
// dropped (no longer of the squad) and a side named after a modal (a
// selection to come: "you could get a Henson, D'Arcy, O'Driscoll
// combination in the Lions midfield") are left alone.

// ruleStorySide names the facts of storySidePlayers.
const ruleStorySide = "memberOf/story-side-team-news"

// teamNewsWords tell of a player's place in a side's selection: out,
// doubtful, back or picked.
var teamNewsWords = lexicon.WordSet(`suspended suspension banned ban injured
	injury injuries ruled doubt doubtful fitness recalled recall bench
	sidelined hamstring ankle knee groin calf thigh partnered selected
	unavailable misses fit return returns returning debut replaces replacing
	replaced start starts starting`)

// sideDropWords put a player or a manager out of the side: "Harinordoquy
// had been axed", "Laporte, who has dropped Patrick Tabacco", "to succeed
// Dave Jones, who was sacked".
var sideDropWords = lexicon.WordSet(`dropped axed omitted sacked succeed
	succeeds succeeded`)

// storySidePlayers adds memberOf of the story's one side for the players
// its team-news sentences name.
func (r *relState) storySidePlayers(lx *lineupIndex) {
	a := r.a
	side := r.storySide()
	if side < 0 {
		return
	}
	staff := r.nonPlayers()
	for e, info := range a.ents {
		for _, w := range info.roles {
			if sideStaffRoles[w] {
				staff[e] = true
			}
		}
	}
	targets := r.personsBeside(transferWords)
	dropped := r.personsBeside(sideDropWords)
	for _, m := range a.ments {
		if m.entity >= 0 && m.kind == MentionName && m.t0 > 0 && sideStaffRoles[a.tokens[m.t0-1].Lower()] {
			staff[m.entity] = true // "team physiotherapist Mark Davies"
		}
	}
	teams := map[int][]int{}
	clubs := map[int]bool{} // the clubs the story's players are members of
	for _, f := range a.doc.Facts {
		if (f.Predicate == MemberOf || f.Predicate == LeaderOf) && r.typeOf(f.Subject) == Person {
			teams[f.Subject] = append(teams[f.Subject], f.Object)
			if f.Predicate == MemberOf && !r.countrySide(f.Object) {
				clubs[f.Object] = true
			}
		}
	}
	national := r.countrySide(side)
	for si, st := range a.sentTokens {
		if si == 0 {
			continue // the headline
		}
		cue := false
		for k := st.Start; k < st.End && !cue; k++ {
			cue = teamNewsWords[a.tokens[k].Lower()] && !(k > st.Start && a.tokens[k].Lower() == "doubt" && doubtIdioms[a.tokens[k-1].Lower()])
		}
		if !cue {
			continue
		}
		var players []int
		other, namedSide, hedged := false, false, false
		for k := st.Start; k < st.End && !hedged; k++ {
			hedged = sideModals[a.tokens[k].Lower()]
		}
		for _, m := range a.mentionsInSentence(si) {
			if m.entity < 0 || m.hidden {
				continue
			}
			switch t := lx.typeOf(m.entity); {
			case t == Person && m.kind == MentionName:
				if m.t0 > st.Start && (a.tokens[m.t0-1].Lower() == "at" || a.tokens[m.t0-1].Lower() == "in") {
					other = true // "a start at Stade de France": a ground the entity stage took for a person
					continue
				}
				players = append(players, m.entity)
			case m.entity == side:
				namedSide = true
			case national && clubs[m.entity]:
				// A national side's news names its players' clubs: "takes
				// over from his injured Dragons colleague X".
			case t != Person && m.t0 > st.Start && matchPlaceWords[a.tokens[m.t0-1].Lower()] && !opponentOwned(a, m):
				// The ground or the opponent of a match the player missed
				// or was hurt in: "sent off at Southampton", "injured
				// against Chelsea".
			case t != Person:
				other = true
			}
		}
		if other || namedSide && hedged {
			continue // "you could get a Henson, D'Arcy combination in the Lions midfield"
		}
		for _, p := range players {
			if staff[p] || targets[p] || dropped[p] || r.tiedToOtherSide(teams[p], side, national) {
				continue
			}
			r.add(p, MemberOf, side, si, ruleStorySide, 0.6)
		}
	}
}

// doubtIdioms before "doubt" make it a manner of speaking, no player's
// fitness: "Rovers were without doubt the better side", "there is no
// doubt".
var doubtIdioms = lexicon.WordSet(`without no little`)

// matchPlaceWords bring the ground or the opponent of a match, which
// ties no player of the story's side to another body: "was sent off at
// Southampton", "hurt his knee against Chelsea".
var matchPlaceWords = lexicon.WordSet(`at against v vs versus`)

// opponentOwned reports a body that owns a player after it ("against
// Chelsea's Arjen Robben"): the sentence is then also about the other
// side's men.
func opponentOwned(a *analysis, m mention) bool {
	return m.t1 < len(a.tokens) && (a.tokens[m.t1].Text == "'s" || a.tokens[m.t1].Text == "’s" || a.tokens[m.t1].Text == "'")
}

// sideStaffRoles are the roles of a side's staff, who play no part in its
// selection: "Wales' team physiotherapist Mark Davies".
var sideStaffRoles = lexicon.RoleClass("side-staff")

// transferWords tell of a move between clubs: a player a side bids for or
// would sign is not yet its own ("would consider signing Adrian Mutu",
// "making a bid for Andy Farrell").
var transferWords = lexicon.WordSet(`sign signing signed signs bid bids move
	transfer loan target targets interest interested swoop offer join joining
	joined approach`)

// personsBeside returns the persons named in a sentence with one of words:
// a move between clubs, a player dropped.
func (r *relState) personsBeside(words map[string]bool) map[int]bool {
	a := r.a
	out := map[int]bool{}
	for si, st := range a.sentTokens {
		move := false
		for k := st.Start; k < st.End && !move; k++ {
			move = words[a.tokens[k].Lower()]
		}
		if !move {
			continue
		}
		for _, m := range a.mentionsInSentence(si) {
			if m.entity >= 0 && r.typeOf(m.entity) == Person {
				out[m.entity] = true
			}
		}
	}
	return out
}

// countrySide reports a side named after a country ("Wales",
// "England"): a country's name the gazetteer knows, or a country the
// team stage did not retype.
func (r *relState) countrySide(e int) bool {
	if r.typeOf(e) == Country {
		return true
	}
	if r.gaz == nil {
		return false
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
	return ok && g.Type == "Country"
}

// tiedToOtherSide reports a body other than side among those a player is
// a member or leader of; for a national side, a club is no other side (a
// player plays for his club and his country).
func (r *relState) tiedToOtherSide(ts []int, side int, national bool) bool {
	for _, t := range ts {
		if t != side && (!national || r.countrySide(t) || r.typeOf(t) != Organization) {
			return true
		}
	}
	return false
}

// sideModals make a selection one that might be: a side named beside
// them is a future selection, not the player's side now.
var sideModals = lexicon.WordSet(`could would might may`)

// tiedElsewhere reports a body other than side among those a player is
// a member or leader of.
func tiedElsewhere(ts []int, side int) bool {
	for _, t := range ts {
		if t != side {
			return true
		}
	}
	return false
}

// sideLeaderRoles, in the sentence of a leadership, make it a side's:
// "Gunners boss Arsene Wenger", "France coach Bernard Laporte" (a "chief"
// runs an agency). After a fronted absence they open the clause that
// names the side's coach: "Without X, coach Eddie O'Sullivan".
var sideLeaderRoles = lexicon.RoleClass("side-leader")

// storySide returns the one team the story's coaches and managers run,
// when the headline or the lead names it and the story names no other
// body or place twice (a match report, a story of two sides); else -1.
func (r *relState) storySide() int {
	a := r.a
	side := -1
	for _, f := range a.doc.Facts {
		if f.Predicate != LeaderOf || r.typeOf(f.Subject) != Person || r.typeOf(f.Object) != Organization {
			continue
		}
		coach := false
		if f.Sentence >= 0 && f.Sentence < len(a.sentTokens) {
			st := a.sentTokens[f.Sentence]
			for k := st.Start; k < st.End && !coach; k++ {
				coach = sideLeaderRoles[a.tokens[k].Lower()]
			}
		}
		if !coach {
			continue // "WADA chief Dick Pound" runs no side
		}
		if side >= 0 && side != f.Object {
			return -1
		}
		side = f.Object
	}
	if side < 0 {
		return -1
	}
	if a.benchLabel() {
		return -1 // a match report's team sheets: both sides' players
	}
	inHeadline, otherInHeadline, inLead := false, false, false
	for s := 0; s < 2 && s < len(a.sentTokens); s++ {
		for _, m := range a.mentionsInSentence(s) {
			if m.entity < 0 || m.hidden {
				continue
			}
			switch {
			case m.entity == side:
				inLead = true
				inHeadline = inHeadline || s == 0
			case s == 0 && (r.typeOf(m.entity) == Organization || r.typeOf(m.entity) == Country || r.typeOf(m.entity) == City):
				otherInHeadline = true
			}
		}
	}
	if !inLead || otherInHeadline && !inHeadline {
		return -1 // "Bryan twins keep US hopes alive": the other side's story
	}
	return side
}

// benchLabel reports a match report's "Subs not used" label.
func (a *analysis) benchLabel() bool {
	for k := 0; k+2 < len(a.tokens); k++ {
		if a.tokens[k].Lower() == "subs" && a.tokens[k+1].Lower() == "not" && a.tokens[k+2].Lower() == "used" {
			return true
		}
	}
	return false
}
