package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Party memberships told by a post or a standing in a phrase beside a
// person's name, where the party is named after a noun of standing or
// is "the party" of the story (GOLD.md: "a role that implies membership
// gives both facts", and a party's named officials are its members):
//
//   - "Bessières, a 64-year-old veteran of the centre-right Republicans"
//   - "the party's new president, Councillor Amina Qureshi"
//   - "Simon Ashby, who chairs the party's policy board"
//   - "Sir Edmund, who succeeded Harriet Vane-Morton as leader": a party
//     leader's predecessor as leader was a member of that party.
//
// Every rule asks that the body be a party of the story (wireParties):
// the same phrases with a firm or an agency ("a veteran of Goldman
// Sachs", "the firm's new president, X", "succeeded Y as chief
// executive") give no membership (GOLD.md: a company's head leads it
// only, and the BBC gold gives employees no membership).
const (
	rulePartyStandingOf  = "wire:name-standing-of-party"     // "X, a veteran of the Republicans" -> memberOf
	rulePartyPostComma   = "wire:the-party-post-name"        // "the party's new president, X" -> memberOf (leaderOf for a head)
	rulePartyBoardWho    = "wire:name-who-chairs-party-body" // "X, who chairs the party's policy board" -> memberOf
	rulePartyNamePost    = "wire:name-the-party-post"        // "X, its general secretary," -> memberOf (leaderOf for a head)
	rulePartyPredecessor = "wire:party-leader-predecessor"   // "X, who succeeded Y as leader", X leads a party -> Y memberOf
)

// partyStandingNouns say what a person is within a body named after them
// with "of" or "in": "a veteran of", "a senior figure in", "a stalwart
// of". "Member" is the dependency rules' (member.txt); it is here too so
// that a party only the story describes ("the centre-right Republicans")
// counts.
var partyStandingNouns = lexicon.WordSet(`veteran stalwart loyalist grandee
	member figure heavyweight lawmaker legislator politician activist
	co-founder founder mp mep msp senator councillor backbencher`)

// partyStandingBlockers before the noun make the standing a past one or
// another's: "a former member of", "a one-time stalwart of", "a critic".
var partyStandingBlockers = lexicon.WordSet(`former ex ex- one-time onetime erstwhile late
	would-be prospective`)

// partyPostOpeners may stand between "the party's" and its post without
// changing the post: "the party's new president, X".
var partyPostOpeners = lexicon.WordSet(`new current`)

// partyBoardVerbs, in "who VERB the party's ...", give the person a seat
// or a chair in one of the party's own bodies: "who chairs the party's
// policy board", "who sits on the party's national executive".
var partyBoardVerbs = lexicon.WordSet(`chairs heads leads runs co-chairs`)

// partySeatVerbs take "on" before the party's body: "who sits on".
var partySeatVerbs = lexicon.WordSet(`sits serves`)

// successionVerbs name taking over a post from someone: the object held
// the post before the subject.
var successionVerbs = lexicon.WordSet(`succeeded succeeds replaced replaces`)

// partyPredecessorPosts are the posts "as ..." that make the succession a
// party leadership: "succeeded Y as leader", "as party leader".
var partyPredecessorPosts = lexicon.RoleClass("party-succession")

// partyPostMemberships runs the rules of this file; member adds the
// membership of a person in a party of the story that the person has
// not left.
func (r *relState) partyPostMemberships(parties map[int]bool, member func(p, party, sent int, rule string)) {
	a := r.a
	for _, m := range a.ments {
		if m.entity < 0 || m.kind != MentionName || m.hidden || r.typeOf(m.entity) != Person {
			continue
		}
		sp := a.sentTokens[m.sent]
		if o := a.standingOfParty(m.t1, sp.End); o >= 0 && parties[o] {
			member(m.entity, o, m.sent, rulePartyStandingOf)
		}
		if o, head := a.thePartyPostBefore(m.t0, sp.Start, parties); o >= 0 {
			member(m.entity, o, m.sent, rulePartyPostComma)
			if head {
				r.add(m.entity, LeaderOf, o, m.sent, rulePartyPostComma, confWireParty)
			}
		}
		if o, head := a.thePartyPostAfter(m.t1, sp.End, parties); o >= 0 {
			member(m.entity, o, m.sent, rulePartyNamePost)
			if head {
				r.add(m.entity, LeaderOf, o, m.sent, rulePartyNamePost, confWireParty)
			}
		}
		if t := a.whoSitsInThePartyBody(m.t1, sp.End); t >= 0 {
			if o := a.latestPartyBefore(a.tokens[t].Start, parties); o >= 0 {
				member(m.entity, o, m.sent, rulePartyBoardWho)
			}
		}
		if s := a.successorOf(m, sp.Start, sp.End); s >= 0 {
			for _, f := range a.doc.Facts {
				if f.Subject == s && f.Predicate == LeaderOf && parties[f.Object] {
					member(m.entity, f.Object, m.sent, rulePartyPredecessor)
				}
			}
		}
	}
}

// standingOfParty reads ", a [modifiers] NOUN of|in [the] PARTY" from
// token k, right after a person's name, and returns the entity after the
// preposition, or -1. The modifiers are lower-case words ("senior",
// "64-year-old"); a blocker among them ("former") ends the reading.
func (a *analysis) standingOfParty(k, end int) int {
	toks := a.tokens
	if k+3 >= end || toks[k].Text != "," {
		return -1
	}
	if w := toks[k+1].Lower(); w != "a" && w != "an" {
		return -1
	}
	for j := k + 2; j < end && j < k+7; j++ {
		w := toks[j].Lower()
		if partyStandingBlockers[w] || toks[j].Flags&textseg.TCap != 0 || !wordLike(toks[j].Text) {
			return -1
		}
		if !partyStandingNouns[w] {
			continue
		}
		if j+1 >= end || toks[j+1].Lower() != "of" && toks[j+1].Lower() != "in" {
			return -1
		}
		return a.entityAtToken(a.wireSkipArticle(j+2, end))
	}
	return -1
}

// wordLike reports a token of letters, digits and hyphens: a modifier
// inside a noun phrase, not punctuation.
func wordLike(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return s != ""
}

// thePartyPostBefore reads "the party's [new] POST, [honorific]" ending
// right before token t0, where POST is made of party post words
// ("president", "deputy leader", "campaign director"), and returns the
// party the story named last (when it is one of parties) and whether the
// post heads it. "Former" anywhere in the post blocks it.
func (a *analysis) thePartyPostBefore(t0, lo int, parties map[int]bool) (int, bool) {
	toks := a.tokens
	k := t0 - 1
	for k >= lo && (nameHonorifics[toks[k].Lower()] || toks[k].Lower() == "councillor" || toks[k].Lower() == "cllr") {
		k--
	}
	if k < lo || toks[k].Text != "," {
		return -1, false
	}
	k--
	last, narrowed, k := a.partyPostBack(k, lo)
	if last == "" {
		return -1, false
	}
	o := a.partyPossessiveEnding(k, lo, parties)
	if o < 0 {
		return -1, false
	}
	return o, wirePartyHeads[last] && !narrowed
}

// partyPostBack reads a party post ending at token k backwards: its words
// ("president", "deputy leader"), a region's name that narrows it to a
// branch ("Its Saxony leader"), then an opener ("new"). It returns the
// post's last word ("" when there is none), whether a word before it
// narrows it, and the token before the whole phrase.
func (a *analysis) partyPostBack(k, lo int) (string, bool, int) {
	toks := a.tokens
	last, narrowed := "", false
	for k >= lo {
		w := toks[k].Lower()
		if (wirePartyRoles[w] || partyOfficeWords[w]) && toks[k].Flags&textseg.TCap == 0 {
			if last == "" {
				last = w
			} else if wirePartyNarrowers[w] || partyOfficeWords[w] {
				narrowed = true
			}
			k--
			continue
		}
		if last != "" && !narrowed {
			if s := a.placeNameEndingAt(k); s >= lo {
				narrowed = true
				k = s - 1
				continue
			}
		}
		break
	}
	for k >= lo && partyPostOpeners[toks[k].Lower()] {
		k--
	}
	return last, narrowed, k
}

// partyPossessiveEnding reads the possessive that opens a party post and
// ends at token k: "the party's", whose party is the one the story named
// last, or "its"/"their" bound by coreference to a party of the story
// ("The Congress party welcomed the move. Its general secretary, X,
// ..."). It returns the party or -1; "former" before it blocks it.
func (a *analysis) partyPossessiveEnding(k, lo int, parties map[int]bool) int {
	toks := a.tokens
	if k < lo {
		return -1
	}
	if w := toks[k].Lower(); w == "its" || w == "their" {
		e := a.pronounEntityAt(k)
		if e < 0 {
			// Coreference leaves an "its" inside an apposition to a
			// person unbound: the organisation named last stands for
			// it, when that is a party.
			e = a.latestOrgBefore(toks[k].Start) // titles.go
		}
		if e >= 0 && parties[e] && !blockedBefore(a, k, lo) {
			return e
		}
		return -1
	}
	if k-2 < lo || !isPossessive(toks[k].Text) || toks[k-1].Lower() != "party" || toks[k-2].Lower() != "the" || blockedBefore(a, k-2, lo) {
		return -1
	}
	return a.latestPartyBefore(toks[k-2].Start, parties)
}

// pronounEntityAt returns the entity coreference bound the pronoun at
// token k to, or -1. The mentions are sorted by start: a binary search
// keeps a rule asking for every name linear on a long text.
func (a *analysis) pronounEntityAt(k int) int {
	for i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= k }); i < len(a.ments) && a.ments[i].t0 == k; i++ {
		if m := a.ments[i]; m.kind == MentionPronoun && m.entity >= 0 && !m.hidden {
			return m.entity
		}
	}
	return -1
}

// placeNameEndingAt returns the first token of a country's, city's or
// region's name that ends at token k, or -1. Names are short: only the
// few mentions starting just before k are read.
func (a *analysis) placeNameEndingAt(k int) int {
	for i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 > k }) - 1; i >= 0 && a.ments[i].t0 > k-8; i-- {
		m := a.ments[i]
		if m.t1 != k+1 || m.kind != MentionName || m.entity < 0 || m.hidden {
			continue
		}
		if t := a.doc.Entities[m.entity].Type; t == Country || t == City || t == Place {
			return m.t0
		}
	}
	return -1
}

// partyPostEnds may follow a party post set after a name: "X, its general
// secretary, said", "X, the party's leader in Saxony".
var partyPostEnds = lexicon.WordSet(`, . ; : for in said says told who`)

// thePartyPostAfter reads ", the party's|its [new] POST" right after a
// person's name ending before token t1, closed by a clause boundary
// ("Kavita Menon, its general secretary, said ..."), and returns the
// party and whether the post heads it, as thePartyPostBefore does.
func (a *analysis) thePartyPostAfter(t1, end int, parties map[int]bool) (int, bool) {
	toks := a.tokens
	if t1+2 >= end || toks[t1].Text != "," {
		return -1, false
	}
	// The post's last word: the word before the boundary.
	e := t1 + 2
	for e < end && e < t1+8 && !partyPostEnds[toks[e].Lower()] {
		e++
	}
	if e < end && !partyPostEnds[toks[e].Lower()] {
		return -1, false
	}
	last, narrowed, k := a.partyPostBack(e-1, t1+1)
	if last == "" {
		return -1, false
	}
	// The possessive must open the apposition.
	o := -1
	switch {
	case k == t1+1:
		o = a.partyPossessiveEnding(k, t1+1, parties)
	case k == t1+3:
		o = a.partyPossessiveEnding(k, t1+1, parties)
	}
	if o < 0 {
		return -1, false
	}
	return o, wirePartyHeads[last] && !narrowed
}

// whoSitsInThePartyBody reads ", who chairs the party's ..." or ", who
// sits on the party's ..." from token k, right after a person's name,
// and returns the token of "the" before "party", or -1.
func (a *analysis) whoSitsInThePartyBody(k, end int) int {
	toks := a.tokens
	if k+5 >= end || toks[k].Text != "," || toks[k+1].Lower() != "who" {
		return -1
	}
	j := k + 2
	switch w := toks[j].Lower(); {
	case partyBoardVerbs[w]:
		j++
	case partySeatVerbs[w] && toks[j+1].Lower() == "on":
		j += 2
	default:
		return -1
	}
	if j+2 >= end || toks[j].Lower() != "the" || toks[j+1].Lower() != "party" || !isPossessive(toks[j+2].Text) {
		return -1
	}
	return j
}

// successorOf reads "SUCCESSOR[, who] succeeded|replaced NAME as [party]
// leader" around the person's mention m (NAME) and returns the
// successor, the nearest person named before the verb in the sentence,
// or -1.
func (a *analysis) successorOf(m mention, lo, end int) int {
	toks := a.tokens
	v := m.t0 - 1
	if v-1 < lo || !successionVerbs[toks[v].Lower()] {
		return -1
	}
	k := m.t1
	if k+1 >= end || toks[k].Lower() != "as" {
		return -1
	}
	k++
	if toks[k].Lower() == "party" && k+1 < end {
		k++
	}
	if !partyPredecessorPosts[toks[k].Lower()] {
		return -1
	}
	j := v - 1
	if toks[j].Lower() == "who" && j-1 >= lo && toks[j-1].Text == "," {
		j -= 2
	}
	if j < lo {
		return -1
	}
	if s := a.entityAtToken(j); s >= 0 && a.doc.Entities[s].Type == Person {
		return s
	}
	return -1
}

// latestPartyBefore returns the party "the party" at offset off refers
// to: the party mentioned last before it in its sentence or the three
// before, counting a party named inside a role phrase ("Liberal Democrat
// leader X", "the Tory leader"), which the entity stage hides; -1 when
// none is. parties are the story's parties; isParty adds those only ever
// named inside a role phrase.
func (a *analysis) latestPartyBefore(off int, parties map[int]bool) int {
	k := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= off })
	// The coreference stage may have bound "the party" itself.
	if k < len(a.ments) && a.ments[k].Start == off {
		if e := a.ments[k].entity; e >= 0 && (parties[e] || a.isParty(e)) {
			return e
		}
	}
	sent := -1
	for i := k - 1; i >= 0; i-- {
		m := a.ments[i]
		if sent < 0 {
			sent = m.sent
		}
		if sent-m.sent > 3 {
			break
		}
		if m.entity < 0 || m.kind == MentionPronoun || a.doc.Entities[m.entity].Type != Organization {
			continue
		}
		if parties[m.entity] || a.isParty(m.entity) {
			return m.entity
		}
	}
	return -1
}

// leaderThenThePartyAt reports "ORG['s] leader NAME ... his|her|the
// party" at the mention m of an organisation: its leader named after it,
// and later in the same sentence "the party" with no other organisation
// named between, so that the party is ORG ("Komeito leader X warned
// that his party could leave the coalition"). "Leader" is a party's or a
// movement's title, seldom a firm's ("chairman", "chief executive").
func (a *analysis) leaderThenThePartyAt(m mention) bool {
	toks := a.tokens
	end := a.sentTokens[m.sent].End
	k := m.t1
	if k < end && isPossessive(toks[k].Text) {
		k++
	}
	if k+1 >= end || toks[k].Lower() != "leader" && toks[k].Lower() != "co-leader" || toks[k].Flags&textseg.TCap != 0 {
		return false
	}
	k++
	for k < end && nameHonorifics[toks[k].Lower()] {
		k++
	}
	p := a.entityAtToken(k)
	if p < 0 || a.doc.Entities[p].Type != Person {
		return false
	}
	for k < end && a.entityAtToken(k) == p {
		k++
	}
	for j := k; j < end; j++ {
		if e := a.entityAtToken(j); e >= 0 && e != m.entity && a.doc.Entities[e].Type == Organization {
			return false
		}
		if toks[j].Lower() != "party" || j == 0 {
			continue
		}
		if w := toks[j-1].Lower(); (w == "his" || w == "her" || w == "the") && (j+1 >= end || toks[j+1].Flags&textseg.TCap == 0) {
			return true
		}
	}
	return false
}
