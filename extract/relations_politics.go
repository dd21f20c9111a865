package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Relative clauses of politics copy that name a body's leader or a
// person's party through "whose": "The Greens, whose leader Katrin Vogel
// ...", "Prime Minister Viktor Orban, whose Fidesz party has governed
// since 2010, ...". The parser attaches a "whose" clause's noun and the
// name after it erratically (the name as an apposition of the role, the
// party as the clause's subject), so the rule reads the tokens: the
// antecedent is the name just before ", whose".
const (
	rulePartyPostLeft = "politics:party-post-left" // "stepped down as chairman of the Conservative Party" -> memberOf
	ruleWhoseLeader   = "politics:whose-leader"    // "the Greens, whose leader Katrin Vogel" -> leaderOf
	ruleWhoseParty    = "politics:whose-party"     // "Viktor Orban, whose Fidesz party" -> memberOf
	ruleWhosePost     = "politics:whose-post"      // "the AfD, whose regional chairman, X" -> memberOf
	ruleWhosePartHead = "politics:whose-part-head" // "the European Commission, whose competition chief, X" -> memberOf
)

// whoseSkips may stand between "whose" and the role or the party without
// changing whose post or party it is ("whose new leader", "whose party
// leader", "whose own Renaissance party").
var whoseSkips = lexicon.WordSet(`new current party own`)

// whoseClauses adds leaderOf for "ORG, whose leader PERSON" (also "whose
// general secretary, PERSON": the role is read as the title rules read
// one), memberOf for a party's lesser post ("the AfD, whose regional
// chairman, PERSON") and memberOf for "PERSON, whose ORG party" or
// "PERSON, whose Christian Democratic Union governs". A past post
// ("whose former leader") gives nothing.
func (r *relState) whoseClauses() {
	a := r.a
	toks := a.tokens
	byStart := make(map[int]int, len(a.ments)) // first token -> index into a.ments
	byEnd := make(map[int]int, len(a.ments))   // token after the last -> index into a.ments
	for i, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		byStart[m.t0] = i
		byEnd[m.t1] = i
	}
	// The parties the story describes as such ("the far-right X"), not
	// only those named so: a "whose" clause of wire copy often names a
	// movement whose name says nothing of a party.
	var parties map[int]bool
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower() != "whose" || toks[k-1].Text != "," {
			continue
		}
		ai, ok := byEnd[k-1]
		if !ok {
			continue
		}
		ante := a.ments[ai]
		j := k + 1
		for j < len(toks) && j < k+3 && whoseSkips[toks[j].Lower()] {
			j++
		}
		switch r.typeOf(ante.entity) {
		case Organization:
			if parties == nil {
				parties = a.wireParties()
			}
			// The role: the lower-case words up to the name, at most
			// three ("whose chief executive", "whose regional chairman").
			n := j
			var words []string
			for n < len(toks) && n < j+3 && toks[n].Text == toks[n].Lower() && isLetterByte(toks[n].Text[0]) {
				words = append(words, toks[n].Lower())
				n++
			}
			if n < len(toks) && toks[n].Text == "," {
				n++
			}
			pi, ok := byStart[n]
			if !ok || len(words) == 0 || a.ments[pi].sent != ante.sent || r.typeOf(a.ments[pi].entity) != Person {
				continue
			}
			person := a.ments[pi].entity
			last := words[len(words)-1]
			// A chief, head or director of something ("whose competition
			// chief", "whose research head") runs one part of the body.
			partHead := len(words) > 1 && (last == "chief" || last == "head" || last == "director")
			switch {
			case isLeaderTitle(words) && !partHead && (!generalSecretary(words) || a.generalSecretaryLeads(ante.entity)):
				r.add(person, LeaderOf, ante.entity, ante.sent, ruleWhoseLeader, 0.8)
			case parties[ante.entity] && !formerWords[words[0]] &&
				(lexicon.LeaderRoles[last] || partyOfficialRoles[last] || generalSecretary(words)):
				r.add(person, MemberOf, ante.entity, ante.sent, ruleWhosePost, 0.75)
			case partHead && !formerWords[words[0]] && publicBody(r.a.doc.Entities[ante.entity].Name):
				// "the European Commission, whose competition chief, X":
				// the head of one part of a public body is its member
				// (GOLD.md); a firm's ("whose research head") is staff,
				// which the gold leaves out.
				r.add(person, MemberOf, ante.entity, ante.sent, ruleWhosePartHead, 0.7)
			}
		case Person:
			oi, ok := byStart[j]
			if !ok || a.ments[oi].sent != ante.sent {
				continue
			}
			o := a.ments[oi]
			if r.typeOf(o.entity) != Organization {
				continue
			}
			if o.t1 < len(toks) && toks[o.t1].Lower() == "party" || a.isParty(o.entity) {
				r.add(ante.entity, MemberOf, o.entity, ante.sent, ruleWhoseParty, 0.8)
			}
		}
	}
}

// politics runs this file's passes; before the implied memberships, so
// that a leadership found here gives a party leader's membership.
func (r *relState) politics() {
	r.partyPostsLeft()
	r.seatsForParties()
	r.membershipsLeft()
	r.whoseClauses()
	r.accompaniedVisits()
	r.unformedParties()  // relations_politics_unformed.go
	r.bodiesChoseHeads() // relations_posts.go
	r.chosenToHead()     // relations_posts.go
	r.speakersLead()
}

// membershipsLeft drops a membership the text tells was given up: "Labour
// peer Lord Lester has quit the party" makes him a former member (GOLD.md:
// memberOf "unless X has since left"). The title stage reads the role
// before the name without the verb after it.
func (r *relState) membershipsLeft() {
	a := r.a
	left := make(map[[2]int]bool)
	for _, f := range a.doc.Facts {
		if f.Predicate == Left {
			left[[2]int{f.Subject, f.Object}] = true
		}
	}
	if len(left) == 0 {
		return
	}
	kept := a.doc.Facts[:0]
	for _, f := range a.doc.Facts {
		if f.Predicate == MemberOf && left[[2]int{f.Subject, f.Object}] {
			continue
		}
		kept = append(kept, f)
	}
	a.doc.Facts = kept
}

// partyPostsLeft turns the leaving of a party's post into membership:
// "X stepped down as chairman of the Conservative Party" leaves the
// chair, not the party (GOLD.md: a party's leader or chairman is a member
// of it, and left is withdrawing from the body). A company's or a club's
// post is its holder's tie to the body and stays a leaving. The post is
// read from the sentence: "as" and, within three words, a leader's or an
// official's role, then the party within four more words.
func (r *relState) partyPostsLeft() {
	a := r.a
	facts := a.doc.Facts
	kept := facts[:0]
	for _, f := range facts {
		if (f.Predicate == Left || f.Predicate == PlansToLeave) && r.typeOf(f.Subject) == Person &&
			a.isParty(f.Object) && r.postOfParty(f.Sentence, f.Object) {
			delete(r.seen, relFactKey{f.Subject, f.Predicate, f.Object})
			if r.seen[relFactKey{f.Subject, MemberOf, f.Object}] {
				continue
			}
			r.seen[relFactKey{f.Subject, MemberOf, f.Object}] = true
			f.Predicate, f.Rule = MemberOf, rulePartyPostLeft
		}
		kept = append(kept, f)
	}
	a.doc.Facts = kept
}

// postOfParty reports "as ROLE [of] [the] PARTY" in sentence sent, the
// party being entity party: "as chairman of the Conservative Party", "as
// party chairman of the Tories", "as Labour leader".
func (r *relState) postOfParty(sent, party int) bool {
	a := r.a
	if sent < 0 || sent >= len(a.sentTokens) {
		return false
	}
	sp := a.sentTokens[sent]
	toks := a.tokens
	for _, m := range a.ments {
		if m.sent != sent || m.entity != party {
			continue
		}
		for k := max(sp.Start, m.t0-8); k < m.t0; k++ {
			if toks[k].Lower() != "as" {
				continue
			}
			for j := k + 1; j < min(sp.End, k+4); j++ {
				w := toks[j].Lower()
				role := lexicon.LeaderRoles[w] || partyOfficialRoles[w]
				if role && (j < m.t0 && m.t0-j <= 4 || j == m.t1) {
					return true
				}
			}
		}
	}
	return false
}

// ruleAccompanied names the visits of a visitor's companions.
const ruleAccompanied = "politics:accompanied" // "Varma ... was accompanied by Minister Sunil Rao" -> visited

// accompaniedVisits gives a visitor's named companions the visitor's
// visits told so far: "Prime Minister Rajesh Varma arrived in Washington
// ... Varma was accompanied by External Affairs Minister Sunil Rao" (wire
// copy names a delegation this way). The visitor is the first person
// named or referred to before "accompanied by" in the sentence; the
// companions are the persons named after it. A companion to come ("will
// be accompanied by") gives nothing, nor do visits only planned.
func (r *relState) accompaniedVisits() {
	a := r.a
	toks := a.tokens
	for i, sp := range a.sentTokens {
		k := -1
		for t := sp.Start; t+1 < sp.End; t++ {
			if toks[t].Lower() == "accompanied" && toks[t+1].Lower() == "by" {
				k = t
				break
			}
		}
		if k < 0 || r.planned(sp.Start, k) {
			continue
		}
		visitor := -1
		var companions []int
		for _, m := range a.mentionsInSentence(i) {
			if m.entity < 0 || m.hidden || r.typeOf(m.entity) != Person {
				continue
			}
			switch {
			case m.t1 <= k && visitor < 0 && (m.kind == MentionName || m.kind == MentionPronoun):
				visitor = m.entity
			case m.t0 > k+1 && m.kind == MentionName && m.entity != visitor:
				companions = append(companions, m.entity)
			}
		}
		if visitor < 0 || len(companions) == 0 {
			continue
		}
		for _, f := range a.doc.Facts {
			if f.Predicate != Visited || f.Subject != visitor || f.Sentence > i {
				continue
			}
			for _, c := range companions {
				r.add(c, Visited, f.Object, i, ruleAccompanied, f.Confidence-0.1)
			}
		}
	}
}

// planned reports a modal of the future or of a plan in tokens [lo, k):
// "will be accompanied by", "is to be accompanied by".
func (r *relState) planned(lo, k int) bool {
	for t := max(lo, k-3); t < k; t++ {
		if monthMayAt(r.a.tokens, t) {
			continue
		}
		switch r.a.tokens[t].Lower() {
		case "will", "would", "to", "may", "might", "could", "should":
			return true
		}
	}
	return false
}

// ruleSeatForParty reads the party a lawmaker's seat is held for: "Laura
// Dubois, a member of parliament for the Liberal Party", "Anna Berg, who
// sits for the Greens". "MP for Leeds" names a constituency, so the body
// after "for" must be a party (isParty).
const ruleSeatForParty = "politics:seat-for-party"

// seatWords are the one-word seats whose holder sits for a party.
var seatWords = lexicon.RoleClass("seat-for")

// seatsForParties adds memberOf for "PERSON, a|an [two words] SEAT for
// [the] PARTY" (SEAT: seatWords or "member of parliament") and for
// "PERSON[, who] sits for|with [the] PARTY". The past ("sat for") and
// the former ("a former MP for") give nothing.
func (r *relState) seatsForParties() {
	a := r.a
	toks := a.tokens
	for _, m := range a.ments {
		if !r.isPersonName(m) {
			continue
		}
		end := a.sentTokens[m.sent].End
		low := func(i int) string {
			if i < end {
				return toks[i].Lower()
			}
			return ""
		}
		k := m.t1
		if low(k) == "," {
			k++
		}
		switch {
		case low(k) == "a" || low(k) == "an":
			k++
			for n := 0; n < 2 && k < end && toks[k].Text == low(k) && isLetterByte(toks[k].Text[0]) && !seatWords[low(k)] && low(k) != "member"; n++ {
				if formerWords[low(k)] {
					k = end // "a former MP for Labour"
				}
				k++
			}
			switch {
			case low(k) == "member" && low(k+1) == "of" && low(k+2) == "parliament":
				k += 3
			case seatWords[low(k)]:
				k++
			default:
				continue
			}
		case low(k) == "who" && low(k+1) == "sits":
			k += 2
		case low(k) == "sits":
			k++
		default:
			continue
		}
		if low(k) != "for" && !(low(k) == "with" && low(k-1) == "sits") {
			continue
		}
		if p := a.entityAtToken(a.wireSkipArticle(k+1, end)); p >= 0 && a.isParty(p) {
			r.add(m.entity, MemberOf, p, m.sent, ruleSeatForParty, 0.75)
		}
	}
}

// ruleSpeakerLeads reads the presiding officer of a legislature as its
// leader (GOLD.md: the head of a body, as a chair is): "Commons Speaker
// X", and "Speaker X" in a story that names one legislature only.
const ruleSpeakerLeads = "politics:speaker-leads"

// legislatureWords end the names of legislatures ("Verkhovna Rada",
// "House of Commons", "National Assembly").
var legislatureWords = lexicon.WordSet(`parliament assembly commons senate congress
	rada duma knesset bundestag diet representatives lords majlis sejm storting`)

// speakerBlockers before "Speaker" make the post another's or a past one.
var speakerBlockers = lexicon.WordSet(`former ex late then deputy vice keynote guest`)

// speakersLead adds leaderOf for a person named after "Speaker": of the
// legislature named just before the title, else of the story's only
// legislature, the capitalised title alone ("Speaker Ruslan Stepanenko";
// "a guest speaker" is lower case).
func (r *relState) speakersLead() {
	a := r.a
	toks := a.tokens
	only, count := -1, 0
	for e, ent := range a.doc.Entities {
		if ent.Type != Organization {
			continue
		}
		f := strings.Fields(textseg.Lower(ent.Name))
		if len(f) > 0 && legislatureWords[f[len(f)-1]] {
			only = e
			count++
		}
	}
	for _, m := range a.ments {
		if !r.isPersonName(m) {
			continue
		}
		lo := a.sentTokens[m.sent].Start
		s := m.t0 - 1
		if s < lo || toks[s].Lower() != "speaker" {
			continue
		}
		if s > lo && speakerBlockers[toks[s-1].Lower()] {
			continue
		}
		body := -1
		for _, o := range a.mentionsInSentence(m.sent) {
			if o.t1 == s && o.entity >= 0 && !o.hidden && o.kind != MentionPronoun {
				body = o.entity
			}
		}
		if body >= 0 {
			f := strings.Fields(textseg.Lower(a.doc.Entities[body].Name))
			if r.typeOf(body) != Organization || !legislatureWords[f[len(f)-1]] {
				continue // "BBC speaker X", "Vienna Speaker X"
			}
		} else if toks[s].Text == "Speaker" && count == 1 && (s == lo || toks[s-1].Flags&textseg.TCap == 0 || s-1 == lo) {
			body = only
		}
		if body >= 0 {
			r.add(m.entity, LeaderOf, body, m.sent, ruleSpeakerLeads, 0.7)
		}
	}
}
