package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Title constructions (former holders, coaches, party appositions): helpers that titles.go calls. Each one
// reads a recurring news construction; the tests are in
// titles_holders_test.go.

// skipAux steps over an auxiliary or adverb between a subject and its
// verb ("X has replaced A as ...", "X recently succeeded A as ...").
func skipAux(a *analysis, v, hi int) int {
	for n := 0; n < 2 && v < hi; n++ {
		switch a.tokens[v].Lower() {
		case "has", "had", "recently", "formally", "officially":
			v++
		default:
			return v
		}
	}
	return v
}

// rivalWords before a title make its holder someone who lost or
// challenges the post ("presidential candidate and Prime Minister X",
// "defeated Prime Minister X"), not its holder.
var rivalWords = lexicon.WordSet(`candidate candidates rival rivals opponent challenger
	defeated beat beaten ousted toppled overthrew overthrown unseated`)

// descriptorEnd returns the end of a descriptor of lower-case words
// before an owner's name ("giant chip maker Intel"); a demonym
// ("European defence and aerospace group EADS") and "and" between
// words may be part of it. It stops at clause and preposition words.
func descriptorEnd(a *analysis, starts map[int]int, k, q int) int {
	toks := a.tokens
	d := k
	for d < q && d-k < 6 {
		t := toks[d]
		w := t.Lower()
		if t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0 {
			if d != k {
				break
			}
			if j, ok := starts[d]; ok {
				if a.ments[j].kind != MentionDemonym {
					break
				}
				d = a.ments[j].t1
				continue
			}
			if !adjectiveShape(w) || t.Flags&textseg.TUpper != 0 {
				break
			}
			d++ // "European", a demonym the entity stage leaves alone
			continue
		}
		if w == "and" {
			if d == k || d+1 >= q || toks[d+1].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0 {
				break
			}
			d++
			continue
		}
		if clauseWords[w] || travelWords[w] || w == "of" {
			break
		}
		d++
	}
	return d
}

// adjectiveShape: a capitalised word shaped like a demonym ("European",
// "Scottish", "Japanese").
func adjectiveShape(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese")
}

// apposVerbs may follow an apposition whose closing comma the writer
// left out ("X, the German co-head of EADS will also step down").
var apposVerbs = lexicon.WordSet(`will would has had is was says said could may
	might must can who which`)

// noHeadOfState are countries whose president or prime minister is
// another country's: Britain's prime minister is not England's.
var noHeadOfState = map[string]bool{"England": true, "Scotland": true, "Wales": true, "Northern Ireland": true}

// inCountryList reports whether mention k is one of a list of countries
// ("Iran, Iraq and China"): the story's topic, not a title holder's own
// country.
func (a *analysis) inCountryList(k int) bool {
	m := a.ments[k]
	ents := a.doc.Entities
	isCountry := func(j int) bool {
		if j < 0 || j >= len(a.ments) {
			return false
		}
		o := a.ments[j]
		return o.sent == m.sent && o.entity >= 0 && !o.hidden && ents[o.entity].Type == Country
	}
	joiner := func(t int) bool {
		w := a.tokens[t].Lower()
		return w == "," || w == "and" || w == "or"
	}
	if isCountry(k-1) && a.ments[k-1].t1 == m.t0-1 && joiner(m.t0-1) {
		return true
	}
	return isCountry(k+1) && a.ments[k+1].t0 == m.t1+1 && joiner(m.t1)
}

// regionModifiers before a leader role make it a regional post ("European
// boss of X", "the firm's regional director").
var regionModifiers = lexicon.WordSet(`european europe regional international
	asian american african`)

// formerWords mark a role its holder no longer has.
var formerWords = lexicon.WordSet(`former ex ex- late erstwhile`)

// dropFormerHolders removes the title facts of a person the story also
// calls a former holder of the same post ("Charlie Bell, the former
// head of fast-food giant McDonald's" under the headline "McDonald's
// boss Bell dies"): the headline's title is then a past one.
func (x *Extractor) dropFormerHolders(a *analysis, starts map[int]int) {
	toks := a.tokens
	ents := a.doc.Entities
	var former map[[2]int]bool
	mark := func(person, p, q int) {
		if org, ok := x.leaderRole(a, starts, p, q); ok && org >= 0 {
			if former == nil {
				former = map[[2]int]bool{}
			}
			former[[2]int{person, org}] = true
		}
	}
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		// "former Fiat chief executive Giuseppe Morchio"
		for p := m.t0 - 1; p > lo && p >= m.t0-maxTitleTokens; p-- {
			if formerWords[toks[p-1].Lower()] {
				mark(m.entity, p, m.t0)
				break
			}
		}
		// "Charlie Bell, the straight-talking former head of X, ..."
		if c := m.t1; c+2 < hi && toks[c].Text == "," {
			for f := c + 1; f < hi && f <= c+4; f++ {
				if t := toks[f].Text; t == "," || t == "." {
					break
				}
				if !formerWords[toks[f].Lower()] {
					continue
				}
				for q := f + 2; q <= hi && q <= f+1+maxTitleTokens; q++ {
					if q == hi || toks[q].Text == "," || toks[q].Text == "." || apposVerbs[toks[q].Lower()] {
						mark(m.entity, f+1, q)
						break
					}
				}
				break
			}
		}
	}
	if former == nil {
		return
	}
	out := a.doc.Facts[:0]
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf && strings.HasPrefix(f.Rule, "title:") && former[[2]int{f.Subject, f.Object}] {
			continue
		}
		out = append(out, f)
	}
	a.doc.Facts = out
}

// Rule names of the bare coach titles.
const (
	ruleCoachPoss = "title:coach-possessive-team" // "Coach X's Lions squad"
	ruleCoachLede = "title:coach-story-team"      // "Coach X and his squad" in a story about one team
)

// teamNouns follow a team's name in "Coach X's Lions squad".
var teamNouns = lexicon.WordSet(`squad side team men women players`)

// bareCoachFacts reads a manager's or coach's title that names no team:
// "Coach Clive Woodward's Lions squad" (the team follows the possessive),
// and "Coach Stuart Baxter and his squad ..." at the start of a sentence
// in a story whose opening sentence begins with a team ("Top seeds South
// Africa return ..."): the story's team.
func (x *Extractor) bareCoachFacts(a *analysis, starts map[int]int, add func(person, org, sent int, rule string, conf float64)) {
	toks := a.tokens
	ents := a.doc.Entities
	lede := -1
	for _, m := range a.ments {
		if m.sent == 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		if m.sent == 1 && m.entity >= 0 && (m.kind == MentionName || m.kind == MentionAcronym) {
			// The first name of the opening sentence, as its subject
			// (nothing but lower-case words before it).
			ok := true
			for k := a.sentTokens[1].Start; k < m.t0; k++ {
				ok = ok && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0 || k == a.sentTokens[1].Start
			}
			// Only a national side: a club opening the story is as
			// often the coach's opponent or a player's club.
			if ok && (ents[m.entity].Type == Country || a.nationalSide(m.entity)) && a.isSportsTeam(m.entity) {
				lede = m.entity
			}
		}
		break
	}
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person || m.titleAttr >= 0 {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		p := m.t0 - 1
		if p < lo || !teamLeaderRoles[toks[p].Lower()] && toks[p].Lower() != "boss" {
			continue
		}
		if p > lo && (toks[p-1].Flags&(textseg.TCap|textseg.TUpper) != 0 || isPossessive(toks[p-1].Text) || lexicon.NotLeaderModifiers[toks[p-1].Lower()] ||
			lexicon.FunctionalModifiers[toks[p-1].Lower()] || toks[p-1].Lower() == "assistant" || toks[p-1].Lower() == "his" || toks[p-1].Lower() == "their") {
			continue // "Arsenal manager X" is the title stage's; "former coach X", "assistant coach X"
		}
		// "Coach X's Lions squad"
		if e := m.t1; e+2 < hi && isPossessive(toks[e].Text) {
			// Only a club or a side the story already names as a team:
			// a country's name here ("Coach X's Germany squad") would
			// make the coach its leader, and a national side is an
			// organisation apart from the country (GOLD.md).
			if j, ok := starts[e+1]; ok && teamNouns[toks[a.ments[j].t1].Lower()] && a.isSportsTeam(a.ments[j].entity) && a.ments[j].entity != m.entity &&
				ents[a.ments[j].entity].Type == Organization {
				add(m.entity, a.ments[j].entity, m.sent, ruleCoachPoss, confAppos)
				continue
			}
		}
		// "Coach X and his squad": sentence-initial, the story's team.
		if p == lo && lede >= 0 && toks[p].Flags&textseg.TCap != 0 {
			add(m.entity, lede, m.sent, ruleCoachLede, confBareTitle)
		}
	}
}

// Rule name of membership read from a party role in an apposition.
const rulePartyAppos = "title:name-comma-party-role" // "X, the Labour MP for Y,"

// partyRoles are seats and ranks held as a member of a party or body.
var partyRoles = lexicon.RoleClass("party-seat")

// partyAppositions: "Stephen Pound, the Labour MP for Ealing North,",
// "X, Conservative MEP for London," — the person is a member of the
// party the role names. "former" blocks it; a constituency after "for"
// may follow.
func (x *Extractor) partyAppositions(a *analysis, starts map[int]int) {
	toks := a.tokens
	ents := a.doc.Entities
	ends := titleEnds(a)
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person {
			continue
		}
		hi := a.sentTokens[m.sent].End
		k := m.t1
		if k+2 >= hi || toks[k].Text != "," {
			continue
		}
		k++
		// "X, Labour's candidate in Leeds,", "X, the party's deputy
		// leader,": any party role partyRoleBefore reads.
		if o := a.partyRoleAt(k, hi, ends); o >= 0 {
			if !a.hasFact(m.entity, MemberOf, o) && !a.hasFact(m.entity, LeaderOf, o) {
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: MemberOf, Object: o,
					Sentence: m.sent, Rule: rulePartyAppos, Confidence: confAppos})
			}
			continue
		}
		switch toks[k].Lower() {
		case "the", "a", "an":
			k++
		}
		org := -1
		if j, ok := starts[k]; ok {
			if ents[a.ments[j].entity].Type != Organization {
				continue
			}
			org, k = a.ments[j].entity, a.ments[j].t1
		} else if o, e := a.partyNamedAt(k, hi); o >= 0 {
			org, k = o, e // "the Labour MP": a party the story names elsewhere
		} else {
			continue
		}
		if k < hi && isPossessive(toks[k].Text) {
			k++
		}
		if k >= hi || !partyRoles[toks[k].Lower()] {
			continue
		}
		k++
		// "for Ealing North": a constituency or region.
		if k < hi && toks[k].Lower() == "for" {
			k++
			if c, ok := starts[k]; ok {
				k = a.ments[c].t1
			} else {
				for k < hi && toks[k].Flags&textseg.TCap != 0 {
					k++ // a constituency the entity stage left out
				}
			}
		}
		if k < hi && toks[k].Text != "," && toks[k].Text != "." && !apposVerbs[toks[k].Lower()] && !speechVerbs[toks[k].Lower()] && !apposTimeWords[toks[k].Lower()] {
			continue // "X, the Labour MP who ..." is fine; "X, the Labour MP group" is not a role
		}
		if !a.hasFact(m.entity, MemberOf, org) {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: MemberOf, Object: org,
				Sentence: m.sent, Rule: rulePartyAppos, Confidence: confAppos})
		}
	}
}

// apposTimeWords may follow a party role in an apposition and date it
// ("X, a Labour MP since 2010,", "X, a Tory councillor until May,").
var apposTimeWords = lexicon.WordSet(`since until from between in for`)

// partyNamedAt matches the one or two capitalised words at toks[k:]
// against the organisations the story names ("Labour" -> Labour Party,
// "Liberal Democrat" -> Liberal Democrats): the entity stage does not
// always make a mention of a party word used as an adjective. It returns
// the entity and the index after the words, or -1.
func (a *analysis) partyNamedAt(k, hi int) (int, int) {
	toks := a.tokens
	for n := 2; n >= 1; n-- {
		if k+n > hi {
			continue
		}
		words := make([]string, 0, n)
		for t := k; t < k+n; t++ {
			if toks[t].Flags&textseg.TCap == 0 {
				words = nil
				break
			}
			words = append(words, toks[t].Lower())
		}
		if len(words) != n {
			continue
		}
		w := strings.Join(words, " ")
		for e, ent := range a.doc.Entities {
			if ent.Type != Organization {
				continue
			}
			for _, name := range append([]string{ent.Name}, ent.Aliases...) {
				if l := textseg.Lower(name); l == w || l == w+" party" || l == w+"s" {
					return e, k + n
				}
			}
		}
	}
	return -1, k
}

// Rule name of a sentence-opening role whose holder the next sentence names.
const ruleRoleThenNamed = "title:role-then-named" // "The chief executive of X has ... . Y has ..."

// roleThenNamed: "The chief executive of the Fiat conglomerate has taken
// control of ... . Sergio Marchionne has replaced ...": a sentence that
// opens with a leader role of a named organisation and names no person,
// followed by a sentence that opens with a person's full name, untitled.
// The news lede introduces the holder by role, then by name.
func (x *Extractor) roleThenNamed(a *analysis, starts map[int]int, add func(person, org, sent int, rule string, conf float64)) {
	toks := a.tokens
	ents := a.doc.Entities
	for s := 1; s+1 < len(a.sentTokens); s++ {
		lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
		if hi-lo < 6 || toks[lo].Lower() != "the" {
			continue
		}
		// The role phrase ends before the verb: try the longest parse
		// that is followed by an auxiliary or verb.
		org := -1
		for q := min(hi, lo+maxTitleTokens); q > lo+2; q-- {
			if w := toks[q].Lower(); w != "has" && w != "is" && w != "was" && w != "will" && w != "had" && w != "says" && w != "said" {
				continue
			}
			if o, ok := x.leaderRole(a, starts, lo, q); ok && o >= 0 && !roleHolderGoes(a, q, hi) {
				org = o
			}
			break
		}
		if org < 0 || ents[org].Type != Organization {
			continue
		}
		named := false
		var next *mention
		for i := range a.ments {
			m := &a.ments[i]
			if m.sent == s && m.kind == MentionName && m.entity >= 0 && ents[m.entity].Type == Person {
				named = true
			}
			if m.sent == s+1 && m.t0 == a.sentTokens[s+1].Start && next == nil {
				next = m
			}
		}
		if named || next == nil || next.kind != MentionName || next.entity < 0 || ents[next.entity].Type != Person ||
			next.t1-next.t0 < 2 || len(next.titleWords) > 0 || next.honor != "" || otherRoleAppos(a, next.t1, a.sentTokens[s+1].End) {
			continue
		}
		add(next.entity, org, s, ruleRoleThenNamed, confBareTitle)
	}
}

// chancellorStates are the countries whose chancellor heads the
// government ("Chancellor Gerhard Schroeder said Germany ...").
var chancellorStates = map[string]bool{"Germany": true, "Austria": true}

// topicNouns after a country make it a topic ("the Iraq war", "the
// Darfur crisis"), not the title holder's own country.
var topicNouns = lexicon.WordSet(`war wars conflict invasion crisis inquiry dossier
	occupation campaign issue question debate policy`)

// pastWords before a bare title place its holder in the past ("then
// president Ronald Reagan", "under President Clinton").
var pastWords = lexicon.WordSet(`then under late`)

// countryOfAfter returns the country in "NAME of COUNTRY" right after
// person mention mi ("President Nestor Kirchner of Argentina"), or -1.
func (a *analysis) countryOfAfter(mi int) int {
	m := a.ments[mi]
	if m.t1+1 >= a.sentTokens[m.sent].End || a.tokens[m.t1].Text != "of" {
		return -1
	}
	for j := mi + 1; j < len(a.ments) && a.ments[j].t0 <= m.t1+1; j++ {
		o := a.ments[j]
		if o.t0 == m.t1+1 && o.entity >= 0 && !o.hidden && o.kind != MentionDemonym && a.doc.Entities[o.entity].Type == Country {
			return o.entity
		}
	}
	return -1
}

// Rule names of a leader role stated by a linking or appointing verb,
// or after "as".
const (
	ruleCopularRole = "title:name-is-role"        // "X is the chief executive of Y", "X took over as chairman of Y"
	ruleAsRoleNoun  = "title:appointment-as-role" // "X's appointment as chairman of Y", "the election of X as mayor of Y"
)

// linkAdverbs may stand between a subject, its verb and the role
// ("X is now chief executive of Y", "X has also been named ...").
var linkAdverbs = lexicon.WordSet(`now currently also still already formally
	officially recently since subsequently eventually later duly`)

// linkVerbs state the role itself: "X is/was/became/remains ROLE".
var linkVerbs = lexicon.WordSet(`is was became becomes remains remained`)

// pastLinks state a post held in the past and no more: "X, who was also
// Bombardier's president, left the company", "X served as chairman".
// News uses them for former holders (GOLD.md leaderOf is the head), so
// only the taking of a post ("became", "was appointed") is read in the
// past.
var pastLinks = lexicon.WordSet(`was remained served`)

// appointVerbs, as participles after a linking verb, make the subject the
// role's holder: "X was appointed/named/elected chief executive of Y".
var appointVerbs = lexicon.WordSet(`appointed named elected re-elected reelected
	installed confirmed chosen picked reappointed re-appointed made
	promoted unveiled selected`)

// asVerbs take the role after "as": "X took over as chairman of Y",
// "X stays on as", "X served as", "X was sworn in as".
var asVerbs = lexicon.WordSet(`took takes taken serves served serving stays stayed
	continues continued returned returns`)

// asNouns name an appointment, whose holder comes before ("X's
// appointment as") or after ("the election of X as") and whose role
// comes after "as".
var asNouns = lexicon.WordSet(`appointment election nomination installation
	confirmation reappointment re-election promotion elevation selection
	inauguration`)

// roleEndWords may follow a role phrase "ROLE of ORG" and close it: a
// clause goes on or the post's time is given ("since 2019", "in June").
var roleEndWords = lexicon.WordSet(`, . ; : ) and since until from for when who
	which after before last this next earlier in on -- – —`)

// linkedRoles adds leaderOf for a person named as the subject of a
// linking or appointing verb whose complement is a leader role with the
// place or body it is held in ("Priya Natarajan is the chief executive
// of Unilever", "X became president of Slovakia", "X was appointed
// chairman of Opec", "X, who took over as chief executive of Shell in
// 2019,"), and for the holder of an appointment noun followed by "as
// ROLE" ("X's appointment as chairman of Opec", "the election of X as
// mayor of Milan"). A modal, "to", a negation or anything else between
// the subject and its verb breaks the chain ("X could become", "X is
// not", "X hopes to be named"), and so does a question; the role must
// parse completely up to a clause boundary (leaderRole), so "a
// director of Y", "former president of Y" and "head of Y's UK arm" give
// nothing.
//
// With pronouns, only resolved pronoun subjects are read ("He has been
// chief executive of Shell since 2019"): the relation stage calls it
// then, once coreference has run; the title stage reads names.
func (x *Extractor) linkedRoles(a *analysis, starts map[int]int, add func(person, org, sent int, rule string, conf float64), pronouns bool) {
	toks := a.tokens
	ents := a.doc.Entities
	for _, m := range a.ments {
		if m.entity < 0 || m.hidden || ents[m.entity].Type != Person || (m.kind == MentionPronoun) != pronouns || m.kind != MentionName && m.kind != MentionPronoun {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		if hi-1 >= lo && toks[hi-1].Text == "?" || hi-2 >= lo && toks[hi-1].Text != "?" && toks[hi-2].Text == "?" {
			continue // "Is X the chief executive of Y?"
		}
		if m.kind == MentionPronoun && m.t0 > lo && toks[m.t0-1].Text != "," && toks[m.t0-1].Lower() != "and" && toks[m.t0-1].Lower() != "but" {
			continue // a pronoun only as a clause's subject
		}
		// "X's appointment as ROLE"
		if m.kind == MentionName && m.t1+2 < hi && isPossessive(toks[m.t1].Text) && asNouns[toks[m.t1+1].Lower()] && toks[m.t1+2].Lower() == "as" {
			if org, end := x.roleAfterEnd(a, starts, m.t1+3, hi, m.sent); org >= 0 && !appointmentUndone(a, m.t0, end, lo, hi) {
				add(m.entity, org, m.sent, ruleAsRoleNoun, confAppos)
			}
			continue
		}
		// "the election of X as ROLE"
		if m.kind == MentionName && m.t0-2 >= lo && toks[m.t0-1].Lower() == "of" && asNouns[toks[m.t0-2].Lower()] && m.t1+1 < hi && toks[m.t1].Lower() == "as" {
			if org, end := x.roleAfterEnd(a, starts, m.t1+1, hi, m.sent); org >= 0 && !appointmentUndone(a, m.t0-2, end, lo, hi) {
				add(m.entity, org, m.sent, ruleAsRoleNoun, confAppos)
			}
			continue
		}
		if v := linkedRoleStart(a, m.t1, hi); v > m.t1 {
			if org := x.roleAfter(a, starts, v, hi, m.sent); org >= 0 {
				add(m.entity, org, m.sent, ruleCopularRole, confAppos)
			}
			continue
		}
		// "Sarah Lund, 54, is the chief executive of Vodafone", "X, a
		// banker who grew up in Leeds, became chairman of Y": the verb
		// after an apposition set off by commas.
		if c := apposEnd(a, m.t1, hi); c > 0 {
			if v := linkedRoleStart(a, c, hi); v > c && toks[c].Lower() != "who" {
				if org := x.roleAfter(a, starts, v, hi, m.sent); org >= 0 {
					add(m.entity, org, m.sent, ruleCopularRole, confAppos)
				}
				continue
			}
		}
		// "Dara Quinlan (1931-2004) was a politician in the Irish
		// province of Connacht, who served as mayor of Galway": a
		// relative clause at the end of the clause whose subject opens
		// the sentence, when no other person stands between.
		if m.kind == MentionName && m.t0 == lo {
			for c := m.t1; c+1 < min(hi, m.t1+30); c++ {
				if toks[c].Text != "," || toks[c+1].Lower() != "who" {
					continue
				}
				if a.personBetween(m.t1, c) {
					break
				}
				if v := linkedRoleStart(a, c, hi); v > c {
					if org := x.roleAfter(a, starts, v, hi, m.sent); org >= 0 {
						add(m.entity, org, m.sent, ruleCopularRole, confBareTitle)
					}
				}
				break
			}
		}
	}
}

// apposEnd returns the index after the comma that closes an apposition
// opening at token i (a comma right after the subject), or -1: at most
// 25 tokens, no quotation mark, colon or semicolon inside.
func apposEnd(a *analysis, i, hi int) int {
	toks := a.tokens
	if i >= hi || toks[i].Text != "," {
		return -1
	}
	for c := i + 1; c < min(hi, i+26); c++ {
		t := toks[c].Text
		if t == "," {
			if c == i+1 || c+1 >= hi {
				return -1 // empty, or closing the sentence: no verb follows
			}
			return c + 1
		}
		if t == ";" || t == ":" || isQuoteMark(t) || t == "(" || t == ")" {
			return -1
		}
	}
	return -1
}

// linkedRoleStart steps over "[, who] [adverbs] VERB-CHAIN [as]" from
// token i after a subject and returns where the role phrase starts, or
// i when the words there are no such chain. The chain is a linking verb
// ("is", "has been", "became") optionally followed by an appointing
// participle ("was named", "has been appointed"), or a verb taking "as"
// ("took over as", "was sworn in as").
func linkedRoleStart(a *analysis, i, hi int) int {
	toks := a.tokens
	w := func(k int) string {
		if k < hi {
			return toks[k].Lower()
		}
		return ""
	}
	k := i
	if w(k) == "," && w(k+1) == "who" {
		k += 2
	} else if w(k) == "who" {
		k++
	}
	for linkAdverbs[w(k)] {
		k++
	}
	linked, past := false, false
	switch {
	case linkVerbs[w(k)]:
		linked, past = true, pastLinks[w(k)]
		k++
	case (w(k) == "has" || w(k) == "had" || w(k) == "have") && (w(k+1) == "been" || w(k+1) == "become"):
		linked, past = true, w(k) == "had" && w(k+1) == "been"
		k += 2
	case (w(k) == "has" || w(k) == "had") && (asVerbs[w(k+1)] || appointVerbs[w(k+1)]):
		k++ // "has taken over as", "has served as"
	}
	for linkAdverbs[w(k)] {
		k++
	}
	switch {
	case appointVerbs[w(k)] && (linked || w(i) == ","):
		// "was appointed chief executive of Y"; ", appointed chairman of Y
		// in May," without a verb before it.
		k++
		if w(k) == "as" {
			k++
		}
		return k
	case asVerbs[w(k)] && !pastLinks[w(k)]:
		k++
		if w(k) == "over" || w(k) == "on" {
			k++ // "took over as", "stays on as"
		}
		if w(k) != "as" {
			return i
		}
		return k + 1
	case w(k) == "sworn" && w(k+1) == "in" && w(k+2) == "as" && linked:
		return k + 3
	case linked && !past && (w(k) == "the" || w(k) == "a" || w(k) == "an" || toks[k].Flags&(textseg.TCap|textseg.TUpper) != 0 || isRoleWord(w(k))):
		return k
	}
	return i
}

// roleAfter parses the longest leader role starting at token p that
// names where it is held and ends at a clause boundary ("chief executive
// of Unilever", "Unilever's chief executive", "president of Slovakia in
// June"), and returns that entity or -1.
func (x *Extractor) roleAfter(a *analysis, starts map[int]int, p, hi, sent int) int {
	org, _ := x.roleAfterEnd(a, starts, p, hi, sent)
	return org
}

// roleAfterEnd is roleAfter that also returns the token that ends the
// role phrase read (or -1), so that a caller can read what follows it.
func (x *Extractor) roleAfterEnd(a *analysis, starts map[int]int, p, hi, sent int) (int, int) {
	toks := a.tokens
	best, end := -1, -1
	tagged := false
	for q := p + 1; q <= min(hi, p+maxTitleTokens); q++ {
		if q < hi && !roleEndWords[toks[q].Lower()] && !isQuoteMark(toks[q].Text) {
			// The subject's verb after the phrase also closes it
			// ("the election of X as mayor of Milan surprised ...").
			if !tagged {
				a.tagSentence(sent)
				tagged = true
			}
			if tg := toks[q].Tag; !strings.HasPrefix(tg, "VB") && tg != "MD" || apposVerbs[toks[q-1].Lower()] {
				continue
			}
		}
		if org, ok := x.leaderRole(a, starts, p, q); ok && org >= 0 {
			best, end = org, q
		}
	}
	return best, end
}
