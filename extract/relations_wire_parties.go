package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Party memberships as wire copy and long politics stories tell them,
// beside a person's name rather than in a clause of its own: "Beata
// Szymańska of PiS", "ODM leader Grace Achieng", "Marine Aubert's
// National Rally", "France Unbowed, whose coordinator, Manon Ribeiro,
// ...", "Its general secretary, Kavita Menon, said ...". GOLD.md: a
// party's leader or chairman is leaderOf and memberOf it, and its named
// officials are memberOf it; the same phrases with a company or an agency
// give no membership, so every rule here asks that the body be a party.
// Foreign parties seldom end in "Party" ("Civic Coalition", "Komeito"),
// so a party is also a body the story calls one or describes as one
// (wireParty).
const (
	ruleWirePartyOf       = "wire:person-of-party"     // "Beata Szymańska of PiS" -> memberOf
	ruleWirePartyRole     = "wire:party-role-name"     // "Komeito leader Tetsuo Yamaguchi-Hara" -> memberOf (and leaderOf)
	ruleWirePartyOwner    = "wire:person-party"        // "Marine Aubert's National Rally", "Brenner, whose CDU governs" -> memberOf
	ruleWirePartyOfficial = "wire:party-official"      // "France Unbowed, whose coordinator, Manon Ribeiro" -> memberOf
	ruleWireLeaderMember  = "wire:party-leader-member" // leaderOf a party the story describes -> memberOf
	confWireParty         = 0.75
)

// wirePartyRoles are the lower-case words of a party post standing
// between the party and the name ("leader", "first secretary", "national
// chairman", "MP"); a post made only of them is a party post.
var wirePartyRoles = lexicon.RoleClass("party-post-word")

// wirePartyHeads are the posts that lead the party itself, when no word
// before them narrows the post ("deputy leader", "regional chairman").
var wirePartyHeads = lexicon.RoleClass("party-head")

// wirePartyNarrowers make a post a deputy's or a branch's.
var wirePartyNarrowers = lexicon.WordSet(`deputy vice regional state parliamentary general`)

// wirePoliticalAdjectives describe a party just before its name: "Poland's
// centrist Civic Coalition", "the centre-right Republicans".
var wirePoliticalAdjectives = lexicon.WordSet(`centrist centre-right centre-left
	center-right center-left conservative nationalist left-wing right-wing
	far-right far-left hard-right hard-left populist agrarian socialist
	communist christian-democratic social-democratic pro-european eurosceptic
	ruling governing opposition`)

// wirePoliticsWords mark a politics story: a body described by a word such
// as "ruling" or followed by "party" is taken for a party only in one, for
// a business story's "Vanity Fair party" is a celebration.
var wirePoliticsWords = lexicon.WordSet(`election elections parliament parliamentary
	coalition mps lawmakers legislators deputies caucus manifesto voters
	constituency opposition cabinet`)

// wireMemberBlockers before a name tell of a past post.
var wireMemberBlockers = lexicon.WordSet(`former ex late`)

// wirePartyMemberships runs the rules of this file. It runs after the
// implied memberships, whose party test is the narrower isParty, so that
// a leadership of a party only this file recognises gives the membership
// too.
func (r *relState) wirePartyMemberships() {
	a := r.a
	parties := a.wireParties()
	left := make(map[[2]int]bool)
	for _, f := range a.doc.Facts {
		if f.Predicate == Left || f.Predicate == PlansToLeave {
			left[[2]int{f.Subject, f.Object}] = true
		}
	}
	member := func(p, party, sent int, rule string) {
		if r.typeOf(p) == Person && parties[party] && !left[[2]int{p, party}] {
			r.add(p, MemberOf, party, sent, rule, confWireParty)
		}
	}
	toks := a.tokens
	for _, m := range a.ments {
		if m.entity < 0 || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		if m.hidden && r.typeOf(m.entity) != Organization {
			continue // a party in a role phrase: "ODM leader Grace Achieng"
		}
		sp := a.sentTokens[m.sent]
		switch r.typeOf(m.entity) {
		case Person:
			if a.wirePastBefore(m.t0, sp.Start) {
				continue
			}
			k := m.t1
			// "ODM leader Grace Achieng": a party's initials the entity
			// stage read as no name.
			if o, j := a.wireInitialsBefore(m.t0, sp.Start, parties); o >= 0 {
				if _, head, ok := a.wirePostThenName(j+1, sp.End, false); ok {
					member(m.entity, o, m.sent, ruleWirePartyRole)
					if head {
						r.add(m.entity, LeaderOf, o, m.sent, ruleWirePartyRole, confWireParty)
					}
				}
			}
			// "Beata Szymańska of PiS", "Peter Grigg, of the Liberal Party".
			if k < sp.End && toks[k].Text == "," {
				k++
			}
			if k < sp.End && toks[k].Lower() == "of" {
				if o := a.entityAtToken(a.wireSkipArticle(k+1, sp.End)); o >= 0 {
					member(m.entity, o, m.sent, ruleWirePartyOf)
					// "Lucia Ferraz of Amnesty International": a
					// union's or campaign's official (relations_member_bodies.go).
					if !parties[o] && r.typeOf(m.entity) == Person && a.membershipBody(o) {
						r.add(m.entity, MemberOf, o, m.sent, ruleWireBodyOf, confMemberBody)
					}
				}
				// "Kwok Ka-ki and Andrew Wan of respectively Civic Party
				// and the Democratic Party": the names and the parties
				// paired in order.
				for _, pr := range a.respectivelyPairs(m, k, sp.Start, sp.End) {
					member(pr[0], pr[1], m.sent, ruleWirePartyOf)
				}
			}
			// "Marine Aubert's National Rally"; not "Schroeder's Social
			// Democrat-Green Party administration", a government.
			if k = m.t1; k < sp.End && isPossessive(toks[k].Text) {
				if o := a.entityAtToken(k + 1); o >= 0 && !a.wireGovernmentAfter(o, k+1, sp.End) {
					member(m.entity, o, m.sent, ruleWirePartyOwner)
				}
			}
			// "Brenner, whose Christian Democratic Union governs ...".
			if k = m.t1; k+2 < sp.End && toks[k].Text == "," && toks[k+1].Lower() == "whose" {
				if o := a.entityAtToken(a.wireSkipArticle(k+2, sp.End)); o >= 0 {
					member(m.entity, o, m.sent, ruleWirePartyOwner)
				}
			}
		case Organization:
			if !parties[m.entity] {
				r.wireBodyWhoseHead(m, sp.End) // relations_wire_heads.go
				continue
			}
			// "Komeito leader Tetsuo Yamaguchi-Hara", "Labour's deputy
			// leader X".
			k := m.t1
			if k < sp.End && isPossessive(toks[k].Text) {
				k++
			}
			if p, head, ok := a.wirePostThenName(k, sp.End, false); ok && r.typeOf(p) == Person && !a.wirePastBefore(m.t0, sp.Start) {
				member(p, m.entity, m.sent, ruleWirePartyRole)
				if head {
					r.add(p, LeaderOf, m.entity, m.sent, ruleWirePartyRole, confWireParty)
				}
			}
			// "France Unbowed, whose coordinator, Manon Ribeiro, ...",
			// "The Greens, whose leader Katrin Vogel will ...".
			if p, head, ok := a.wireWhosePost(m, sp.End); ok {
				member(p, m.entity, m.sent, ruleWirePartyOfficial)
				if head {
					r.add(p, LeaderOf, m.entity, m.sent, ruleWirePartyOfficial, confWireParty)
				}
			}
		}
	}
	// "Its general secretary, Kavita Menon, said ...": a sentence opening
	// on "Its" and a post names an official of the body told of last.
	for s, sp := range a.sentTokens {
		if sp.End-sp.Start < 4 || toks[sp.Start].Lower() != "its" {
			continue
		}
		p, head, ok := a.wirePostThenName(sp.Start+1, sp.End, true)
		if !ok || r.typeOf(p) != Person {
			continue
		}
		if o := a.latestOrgBefore(toks[sp.Start].Start); o >= 0 && parties[o] {
			member(p, o, s, ruleWirePartyOfficial)
			if head {
				r.add(p, LeaderOf, o, s, ruleWirePartyOfficial, confWireParty)
			}
		}
	}
	// Posts and standings beside a name (relations_party_posts.go).
	r.partyPostMemberships(parties, member)
	// A leader of a party the story describes is a member of it.
	n := len(a.doc.Facts)
	for i := 0; i < n; i++ {
		f := a.doc.Facts[i]
		if f.Predicate == LeaderOf && parties[f.Object] {
			member(f.Subject, f.Object, f.Sentence, ruleWireLeaderMember)
		}
	}
}

// wirePostThenName reads a party post from token k ("leader", "first
// secretary", "regional chairman") and the person's name just after it,
// after a comma when comma is set ("whose coordinator, Manon Ribeiro").
// A place's name may qualify the post ("Its Saxony leader, X"). It
// returns the named entity and whether the post heads the party.
func (a *analysis) wirePostThenName(k, end int, comma bool) (int, bool, bool) {
	toks := a.tokens
	start := k
	narrowed, firstSecretary := false, false
	last := ""
	for k < end && k-start < 4 {
		if e := a.entityAtToken(k); e >= 0 {
			if t := a.doc.Entities[e].Type; t == Place || t == City || t == Country {
				narrowed = true // a branch's post: "Its Saxony leader"
				k = a.ments[a.tokMention[k]-1].t1
				continue
			}
			break
		}
		w := toks[k].Lower()
		if !wirePartyRoles[w] || toks[k].Flags&textseg.TCap != 0 && w != "mp" && w != "mep" && w != "msp" {
			break
		}
		if wirePartyNarrowers[w] && !(w == "general" && last == "secretary") {
			narrowed = true
		}
		// "first secretary" heads the French Socialists.
		firstSecretary = w == "secretary" && last == "first"
		last = w
		k++
	}
	if last == "" || wireMemberBlockers[last] {
		return -1, false, false
	}
	if comma {
		if k >= end || toks[k].Text != "," {
			return -1, false, false
		}
		k++
	}
	p := a.entityAtToken(k)
	if p < 0 {
		return -1, false, false
	}
	return p, (wirePartyHeads[last] || firstSecretary) && !narrowed, true
}

// wireInitialsBefore finds, before the post words ending at token t,
// an upper-case word that names no entity and spells the initials of
// one party of the story ("ODM" for "Orange Democratic Movement"). It
// returns the party and the word's token, or -1.
func (a *analysis) wireInitialsBefore(t, lo int, parties map[int]bool) (int, int) {
	toks := a.tokens
	j := t - 1
	for j >= lo && j > t-5 && wirePartyRoles[toks[j].Lower()] && toks[j].Flags&textseg.TCap == 0 {
		j--
	}
	if j == t-1 || j < lo || toks[j].Flags&textseg.TUpper == 0 || len(toks[j].Text) < 2 || a.entityAtToken(j) >= 0 {
		return -1, -1
	}
	for e := range parties {
		if initials(a.doc.Entities[e].Name) == toks[j].Text {
			return e, j
		}
	}
	return -1, -1
}

// wireGovernments are nouns a party's name may qualify: the phrase then
// names a government, which may be a coalition of several parties.
var wireGovernments = lexicon.WordSet(`administration government coalition cabinet alliance`)

// wireGovernmentAfter reports the mention of entity e starting at token k
// followed by a noun of wireGovernments.
func (a *analysis) wireGovernmentAfter(e, k, end int) bool {
	if k >= len(a.tokMention) || a.tokMention[k] == 0 {
		return false
	}
	t1 := a.ments[a.tokMention[k]-1].t1
	return t1 < end && wireGovernments[a.tokens[t1].Lower()]
}

// wireSkipArticle skips "the" and political adjectives from token k:
// "of the centre-right Republicans".
func (a *analysis) wireSkipArticle(k, end int) int {
	for k < end && (a.tokens[k].Lower() == "the" || wirePoliticalAdjectives[a.tokens[k].Lower()]) {
		k++
	}
	return k
}

// wirePastBefore reports "former", "ex" or "late" in the three tokens
// before token t of a sentence starting at token lo.
func (a *analysis) wirePastBefore(t, lo int) bool {
	for k := max(lo, t-3); k < t; k++ {
		if wireMemberBlockers[a.tokens[k].Lower()] {
			return true
		}
	}
	return false
}

// wirePoliticsStory reports a story using at least two different words
// of politics (wirePoliticsWords).
func (a *analysis) wirePoliticsStory() bool {
	seen := make(map[string]bool)
	for _, t := range a.tokens {
		if w := t.Lower(); wirePoliticsWords[w] {
			seen[w] = true
			if len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// wireParties returns the organisations of the story that are parties:
// those isParty knows, and those the story calls a party or describes as
// one at some mention — followed by "party" ("whose Renaissance party"),
// in apposition to a phrase ending in "party" or "coalition partner"
// ("National Rally, the largest single party in the assembly", "Komeito,
// the LDP's junior coalition partner"), or after a political adjective
// ("Poland's centrist Civic Coalition").
func (a *analysis) wireParties() map[int]bool {
	out := make(map[int]bool)
	toks := a.tokens
	politics := a.wirePoliticsStory()
	for _, m := range a.ments {
		if m.entity < 0 || a.doc.Entities[m.entity].Type != Organization || out[m.entity] {
			continue
		}
		// "BBB leader Marieke Oosterhuis told reporters after a meeting of
		// the party's executive": a body whose leader's own sentence goes
		// on to "the party" (relations_party_posts.go), also inside a role
		// phrase the entity stage hid.
		if politics && a.leaderThenThePartyAt(m) {
			out[m.entity] = true
			continue
		}
		if m.hidden {
			continue
		}
		if a.isParty(m.entity) {
			out[m.entity] = true
			continue
		}
		if !politics {
			continue
		}
		sp := a.sentTokens[m.sent]
		k := m.t1
		// Each cue stands alone: "the centrist Zorvat, ..." is described
		// by its adjective whatever follows the comma.
		switch {
		case k < sp.End && toks[k].Lower() == "party" && (k+1 >= sp.End || toks[k+1].Flags&textseg.TCap == 0):
			out[m.entity] = true
		case k+1 < sp.End && toks[k].Text == "," && a.wirePartyAppos(k+1, sp.End):
			out[m.entity] = true
		case m.t0 > sp.Start && wirePoliticalAdjectives[toks[m.t0-1].Lower()]:
			out[m.entity] = true
		}
	}
	return out
}

// wirePartyAppos reports an apposition from token k, "the ... party" or
// "a ... coalition partner", of at most eight words and no name before
// its noun other than a possessor's ("the LDP's junior coalition
// partner").
func (a *analysis) wirePartyAppos(k, end int) bool {
	toks := a.tokens
	if w := toks[k].Lower(); w != "the" && w != "a" && w != "an" {
		return false
	}
	for j := k + 1; j < end && j < k+9; j++ {
		w := toks[j].Lower()
		if w == "," || w == "." || w == "and" || w == "which" || w == "who" {
			return false
		}
		if w == "party" && (j+1 >= end || !isPossessive(toks[j+1].Text)) {
			return true // not "X, the party's host"
		}
		if w == "partner" && toks[j-1].Lower() == "coalition" {
			return true
		}
	}
	return false
}

// respectivelyPairs reads "A and B of respectively X and Y" around the
// person mention m, the last name of the list, whose "of" is token k: the
// persons before and the organisations after "respectively", paired in
// order when the two lists are as long. The pairs are (person, body).
func (a *analysis) respectivelyPairs(m mention, k, lo, end int) [][2]int {
	toks := a.tokens
	if k+1 >= end || !lexicon.RespectiveWords[toks[k+1].Lower()] {
		return nil
	}
	list := func(t int) bool { return toks[t].Text == "," || toks[t].Lower() == "and" }
	persons := []int{m.entity}
	for t := m.t0 - 1; t > lo && list(t); {
		for t > lo && list(t) {
			t--
		}
		p := a.mentionCovering(m.sent, t)
		if p == nil || a.doc.Entities[p.entity].Type != Person {
			break
		}
		persons = append([]int{p.entity}, persons...)
		t = p.t0 - 1
	}
	var bodies []int
	for t := k + 2; t < end; {
		if t = a.wireSkipArticle(t, end); t >= end {
			break
		}
		j := a.tokMention[t] - 1
		if j < 0 || a.ments[j].entity < 0 || a.doc.Entities[a.ments[j].entity].Type != Organization {
			break
		}
		bodies = append(bodies, a.ments[j].entity)
		t = a.ments[j].t1
		if t >= end || !list(t) {
			break
		}
		for t < end && list(t) {
			t++
		}
	}
	if len(persons) < 2 || len(persons) != len(bodies) {
		return nil
	}
	out := make([][2]int, len(persons))
	for i := range persons {
		out[i] = [2]int{persons[i], bodies[i]}
	}
	return out
}
