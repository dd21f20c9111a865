package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of a side named by a description in a match report: "Matt
// Holland had put the visitors ahead" under "Ipswich 1-2 Charlton",
// "Ferjani Sassi scored from the penalty spot, equalising for the African
// side" under "Tunisia 1 – 2 England". A report names the two sides of
// its match by their role in it or by where they come from; once the
// description is bound to its side the relation rules read it as they
// read the side's name ("put Charlton ahead", "equalising for Tunisia").
//
// The match is the one the sentence stands under: the last score-line
// heading above it (entities_matches.go) or else the headline's score
// line, home side first. "The visitors" and "the away side" are the
// second side, "the hosts" and "the home side" the first. A demonym or a
// continent's adjective before a side noun ("the Welsh side", "the
// African side") binds to the one side it fits, a national side of that
// country or of a country in that continent, and to none when both or
// neither fit. A report that turns to another match ("In the other Group
// B game") binds nothing after the turn; a story with no score line
// binds nothing, as "the visitors" there may be any of its sides; and a
// demonym before any other noun ("the Welsh winger") is a player's.

// describedSideNouns head a description of a side: "the home side", "the
// African team".
var describedSideNouns = lexicon.WordSet(`side team outfit xv eleven`)

// homeSideNouns, homeSideMods, awaySideNouns and awaySideMods name a
// side by its place in the fixture, alone ("the hosts", "the visitors")
// or before a side noun ("the home side", "the visiting team").
var (
	homeSideNouns = lexicon.WordSet(`hosts`)
	homeSideMods  = lexicon.WordSet(`home host`)
	awaySideNouns = lexicon.WordSet(`visitors tourists`)
	awaySideMods  = lexicon.WordSet(`away visiting`)
)

// continentCountryCodes lists the ISO 3166-1 codes of the countries in
// each continent a side is described by ("the African side"), keyed by
// the gazetteer's name of the continent its adjective names. The United
// Kingdom's home nations take its code through the gazetteer.
var continentCountryCodes = map[string]map[string]bool{
	"Africa": lexicon.WordSet(`dz ao bj bw bf bi cv cm cf td km cg cd ci dj eg
		gq er sz et ga gm gh gn gw ke ls lr ly mg mw ml mr mu ma mz na ne ng
		rw st sn sc sl so za ss sd tz tg tn ug zm zw`),
	"Europe": lexicon.WordSet(`al ad at by be ba bg hr cy cz dk ee fi fr de gr
		hu is ie it xk lv li lt lu mt md mc me nl mk no pl pt ro ru sm rs sk
		si es se ch ua gb va fo`),
	"Asia": lexicon.WordSet(`af am az bh bd bt bn kh cn ge in id ir iq il jp
		jo kz kw kg la lb my mv mn mm np kp kr om pk ps ph qa sa sg lk sy tw
		tj th tl tr tm ae uz vn ye hk mo`),
	"South America": lexicon.WordSet(`ar bo br cl co ec gy py pe sr uy ve`),
}

// resolveDescribedSides adds an organisation or country mention over
// each side description the match it stands under binds to one side.
func (x *Extractor) resolveDescribedSides(a *analysis) {
	if !a.sportsStory() {
		return
	}
	headings := a.matchHeadings()
	headline := a.headlineScoreSides()
	if len(headings) == 0 && headline == nil {
		return
	}
	var added []mention
	turned := false // the report has turned to another match
	for s, r := range a.sentTokens {
		if s == 0 {
			continue
		}
		home, away := -1, -1
		under := false
		for _, h := range headings {
			if lo, _ := a.tokenRange(a.doc.Paragraphs[h.para]); lo < r.Start {
				home, away = a.entityAt(h.home[0], h.home[1]), a.entityAt(h.away[0], h.away[1])
				under = true
			}
		}
		if !under {
			if turned {
				continue
			}
			if a.turnsToOtherMatch(s) {
				turned = true
				continue
			}
			if headline == nil {
				continue
			}
			home, away = a.entityAt(headline[0][0], headline[0][1]), a.entityAt(headline[1][0], headline[1][1])
		}
		if home < 0 || away < 0 || home == away {
			continue
		}
		for i := r.Start; i+1 < r.End; i++ {
			if a.tokens[i].Lower() != "the" {
				continue
			}
			side, head := x.describedSide(a, i+1, r.End, home, away)
			if side < 0 || a.mentionStartsIn(i+1, head+1) {
				continue
			}
			m := mention{sent: s, t0: i + 1, t1: head + 1, kind: MentionRole, typ: a.doc.Entities[side].Type, roleHead: a.tokens[head].Lower()}
			m.Start, m.End = a.tokens[i+1].Start, a.tokens[head].End
			m.surface = a.doc.Text[m.Start:m.End]
			m.entity, m.acrOf, m.titleAttr, m.owner = side, -1, -1, -1
			m.describedSide = true
			added = append(added, m)
		}
	}
	for _, m := range added {
		a.insertMention(m)
	}
}

// describedSide reads a side description from token t (after "the") and
// returns the side of the match (home, away) it binds to and the token
// of its head noun, or -1.
func (x *Extractor) describedSide(a *analysis, t, end, home, away int) (int, int) {
	w := a.tokens[t].Lower()
	noun := func(k int) bool { return k < end && describedSideNouns[a.tokens[k].Lower()] }
	switch {
	case homeSideNouns[w]:
		return home, t
	case awaySideNouns[w]:
		return away, t
	case homeSideMods[w] && noun(t+1):
		return home, t + 1
	case awaySideMods[w] && noun(t+1):
		return away, t + 1
	}
	// "the Welsh side", "the South African side", "the African team"
	for n := 1; n <= 2 && t+n < end; n++ {
		if !isCapWord(a.tokens[t+n-1]) || !noun(t+n) {
			continue
		}
		where := a.doc.Text[a.tokens[t].Start:a.tokens[t+n-1].End]
		fitsHome, fitsAway := x.sideFrom(a, home, where), x.sideFrom(a, away, where)
		switch {
		case fitsHome && !fitsAway:
			return home, t + n
		case fitsAway && !fitsHome:
			return away, t + n
		}
		return -1, -1
	}
	return -1, -1
}

// sideFrom reports whether side e is a national side the demonym or
// continent adjective adj describes: "Welsh" fits Wales, "African"
// Tunisia.
func (x *Extractor) sideFrom(a *analysis, e int, adj string) bool {
	ent := a.doc.Entities[e]
	if ent.Type != Country && ent.Type != Organization || x.gaz == nil {
		return false
	}
	// a national side may be typed a team: "Tunisia" under a score line
	g, ok := x.gaz.Lookup(ent.Name)
	if !ok || g.Type != "Country" {
		return false
	}
	d, ok := x.gaz.DemonymEntry(adj)
	if !ok {
		return false
	}
	if strings.EqualFold(d.Name, g.Name) {
		return true
	}
	codes := continentCountryCodes[d.Name]
	if codes == nil {
		return false
	}
	if g.Code == "" && g.Country != "" {
		// England, Wales: a home nation takes the United Kingdom's code
		if g, ok = x.gaz.Lookup(g.Country); !ok {
			return false
		}
	}
	return codes[strings.ToLower(g.Code)]
}

// sideMentionStartingAt is mentionStartingAt that also takes a side
// description ("put the visitors ahead").
func (a *analysis) sideMentionStartingAt(j, hi int) int {
	if mi := a.mentionStartingAt(j, hi); mi >= 0 {
		return mi
	}
	return a.mentionStartingWhere(j, hi, isDescribedSide)
}

// isDescribedSide accepts a side description's mention.
func isDescribedSide(m *mention) bool { return m.describedSide }

// sideMentionEndingAt is mentionEndingAt that also takes a side
// description ("the hosts equalised through").
func (a *analysis) sideMentionEndingAt(j, lo int) int {
	if mi := a.mentionEndingAt(j, lo); mi >= 0 {
		return mi
	}
	return a.mentionEndingWhere(j, lo, isDescribedSide)
}

// turnsToOtherMatch reports "other" before a match noun in sentence i:
// "In the other Group B game".
func (a *analysis) turnsToOtherMatch(i int) bool {
	sp := a.sentTokens[i]
	for k := sp.Start; k+1 < sp.End; k++ {
		if a.tokens[k].Lower() != "other" {
			continue
		}
		for j := k + 1; j < sp.End && j <= k+4; j++ {
			if otherMatchNouns[a.tokens[j].Lower()] {
				return true
			}
		}
	}
	return false
}
