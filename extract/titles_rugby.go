package extract

import "strings"

// A rugby club's director of rugby runs its team as a football club's
// manager does, and GOLD.md has a team's coach or manager lead it: "Sale
// Sharks director of rugby Philippe Saint-Andre", "Wasps rugby director
// Warren Gatland", "Bath's director of rugby Jack Rowell". The title
// rules read "director" after a sport as one function's head ("football
// director", "technical director"), so the role is read here. Tests:
// titles_rugby_test.go.

// ruleRugbyDirector names the facts of rugbyDirectors.
const ruleRugbyDirector = "title:club-director-of-rugby"

// rugbyDirectors adds leaderOf for "CLUB('s) director of rugby PERSON"
// and "CLUB('s) rugby director PERSON" in a sports story, when the club
// is an organisation, or a town the story names one club after: a town's
// name the story never makes a team stays a place, and a place leads
// nothing here (GOLD.md).
func (x *Extractor) rugbyDirectors(a *analysis, add func(person, org, sent int, rule string, conf float64)) {
	if !a.sportsStory() {
		return
	}
	toks := a.tokens
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden {
			continue
		}
		club := m.entity
		switch a.doc.Entities[club].Type {
		case Organization:
		case City:
			// "Newcastle director of rugby Rob Andrew" in a story that
			// names the club in full ("Newcastle Falcons").
			if club = a.clubOfTown(club); club < 0 {
				continue
			}
		default:
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		if pastRugbyDirector(a, m.t0, lo) {
			continue
		}
		k := m.t1
		if k < hi && isPossessive(toks[k].Text) {
			k++
		}
		n := 0
		switch {
		case k+2 < hi && toks[k].Lower() == "director" && toks[k+1].Lower() == "of" && toks[k+2].Lower() == "rugby":
			n = 3
		case k+1 < hi && toks[k].Lower() == "rugby" && toks[k+1].Lower() == "director":
			n = 2
		default:
			continue
		}
		p := a.mentionStartingAt(k+n, hi)
		if p < 0 || a.doc.Entities[a.ments[p].entity].Type != Person {
			continue
		}
		add(a.ments[p].entity, club, m.sent, ruleRugbyDirector, confTitle)
	}
}

// pastRugbyDirector reports a "former" or "ex-" before the club's name
// at token t0, which makes the post one its holder no longer has:
// "Former Leicester director of rugby Tom Hale", "the ex-Bath director
// of rugby", "Leicester's former director of rugby" (the last never
// parses as the role and needs no check).
func pastRugbyDirector(a *analysis, t0, lo int) bool {
	if w := a.tokens[t0].Lower(); strings.HasPrefix(w, "ex-") {
		return true // "ex-Bath director of rugby" read as one token
	}
	p := t0 - 1
	if p > lo && a.tokens[p].Text == "-" {
		p-- // "ex - Bath", split at the hyphen
	}
	return p >= lo && formerWords[a.tokens[p].Lower()]
}

// clubOfTown returns the one organisation the story names after town e
// and a further word ("Newcastle Falcons" for "Newcastle"), or -1.
func (a *analysis) clubOfTown(e int) int {
	prefix := a.doc.Entities[e].Name + " "
	club := -1
	for o, ent := range a.doc.Entities {
		if ent.Type != Organization || !strings.HasPrefix(ent.Name, prefix) {
			continue
		}
		if club >= 0 {
			return -1
		}
		club = o
	}
	return club
}
