package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Rule names of the title facts, shown by --explain.
const (
	ruleTitle       = "title:attr-role-name"     // "Belarusian President Aleksandr Lukashenko"
	ruleApposBefore = "title:role-comma-name"    // "Ukraine's new president, Viktor Yushchenko"
	ruleApposAfter  = "title:name-comma-role"    // "Subir Raha, chairman of ONGC,"
	ruleBareTitle   = "title:bare-role-context"  // "President X said the US backed ..."
	ruleReplaced    = "title:replaced-as-role"   // "X replaced Y as chief executive of Z"
	ruleCounterpart = "title:leader-counterpart" // "Euronext chief X is to meet his LSE counterpart Y"
	confBareTitle   = 0.6                        // the country comes from the context
	ruleBareEarlier = "title:bare-role-earlier"  // the only country named earlier in the story
	confBareEarlier = 0.5
	maxTitleTokens  = 10  // longest role phrase considered
	confTitle       = 0.9 // a title directly before the name
	confAppos       = 0.8 // an apposition set off by commas
	confHolderQuit  = 0.75
)

// clauseWords may follow an apposition's closing comma and resume the
// sentence ("X, chief executive of Y, said ...").
var clauseWords = lexicon.WordSet(`said says told added has had is was will would
	who which and but also has have could should may might must can did
	does announced warned insisted argued explained admitted confirmed`)

// findTitleFacts adds leaderOf facts read from titles and appositions
// around person names: a leader role ("president", "prime minister",
// "chief executive", "boss", ...) together with the country, organisation
// or city it names. A role alone ("President Bush") or a demonym alone
// ("the Belarusian delegation") gives nothing, and a role that makes
// someone other than the head ("deputy", "former", "vice") blocks the fact.
func (x *Extractor) findTitleFacts(a *analysis) {
	ents := a.doc.Entities
	starts := titleStarts(a)
	seen := map[[2]int]bool{}
	add := func(person, org, sent int, rule string, conf float64) {
		k := [2]int{person, org}
		if !seen[k] && person != org && a.pastHolder(person, sent) && a.quitLeft(person, org, sent) {
			seen[k] = true // the holder has quit: the post's body is left (titles_past.go)
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: Left, Object: org,
				Sentence: sent, Rule: ruleHolderQuit, Confidence: confHolderQuit})
		}
		if seen[k] || person == org || a.pastHolder(person, sent) || a.futureHolder(person, sent) {
			return // a post the sentence tells as over (titles_past.go) or still to come (titles_future.go) leads nothing now
		}
		seen[k] = true
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: LeaderOf, Object: org,
			Sentence: sent, Rule: rule, Confidence: conf})
	}
	toks := a.tokens
	bareAppos := map[int]bool{} // "The new President, X": a role naming no country
	for mi, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		// The role ends before any honorific the mention left out:
		// "Manchester United manager Sir Alex Ferguson", "BP chief
		// executive Lord Browne".
		t0 := m.t0
		for t0-1 > lo {
			if _, ok := lexicon.Honorifics[toks[t0-1].Lower()]; !ok {
				break
			}
			t0--
		}
		// Title directly before the name (capitalised or not).
		best, from := -1, 0
		for p := t0 - 1; p >= max(lo, t0-maxTitleTokens); p-- {
			if org, ok := x.leaderRole(a, starts, p, t0); ok && org >= 0 {
				best, from = org, p
			}
		}
		if best >= 0 && from > lo && (lexicon.NotLeaderModifiers[toks[from-1].Lower()] || rivalWords[toks[from-1].Lower()]) {
			best = -1 // "former South African president Nelson Mandela"
		}
		if best >= 0 && tailOfTitle(a, from, lo) {
			best = -1 // "Passion of the Christ director Mel Gibson" directs a film
		}
		if best >= 0 {
			add(m.entity, best, m.sent, ruleTitle, confTitle)
			continue
		}
		if org := a.counterpartOwner(m, t0); org >= 0 {
			add(m.entity, org, m.sent, ruleCounterpart, confAppos)
			continue
		}
		// "X replaced A as chief executive of ORG": X leads ORG (A is
		// the former holder and gets nothing).
		if v := skipAux(a, m.t1, hi); v+2 < hi && (toks[v].Lower() == "replaced" || toks[v].Lower() == "succeeded") {
			if j, ok := starts[v+1]; ok && ents[a.ments[j].entity].Type == Person {
				if as := a.ments[j].t1; as+1 < hi && toks[as].Lower() == "as" {
					org := -1
					for r := as + 2; r <= min(hi, as+1+maxTitleTokens); r++ {
						if o, ok := x.leaderRole(a, starts, as+1, r); ok && o >= 0 {
							org = o
						}
					}
					if org >= 0 {
						add(m.entity, org, m.sent, ruleReplaced, confAppos)
						continue
					}
				}
			}
		}
		// "role, Name"
		if c := t0 - 1; c > lo && toks[c].Text == "," {
			for p := c - 1; p >= max(lo, c-maxTitleTokens); p-- {
				if org, ok := x.leaderRole(a, starts, p, c); ok && org >= 0 {
					best = org
				}
			}
			// "The head of the NHTCU, Acting Detective Chief
			// Superintendent, Mick Deats,": the holder's rank set off by
			// commas between the post and the name.
			if r := rankBefore(a, c, lo); best < 0 && r > lo {
				for p := r - 1; p >= max(lo, r-maxTitleTokens); p-- {
					if org, ok := x.leaderRole(a, starts, p, r); ok && org >= 0 {
						best = org
					}
				}
			}
			if best >= 0 {
				add(m.entity, best, m.sent, ruleApposBefore, confAppos)
				continue
			}
			if r := toks[c-1].Lower(); bareTitleRoles[r] || r == "minister" && c-2 > lo && toks[c-2].Lower() == "prime" {
				for p := c - 1; p >= max(lo, c-4); p-- {
					if _, ok := x.leaderRole(a, starts, p, c); ok && toks[p].Lower() == "the" && (p == lo || toks[p-1].Text == ",") {
						bareAppos[mi] = true
						break
					}
				}
			}
		}
		// "Name, role,"
		if c := m.t1; c+1 < hi && toks[c].Text == "," {
			q := c + 1
			open := false // "of the Centre of Indian Trade Unions (CITU),": the acronym stays in the role
			for q < hi && q-c <= maxTitleTokens+3 {
				t := toks[q].Text
				if t == ")" && open {
					open = false
					q++
					continue
				}
				if t == "," || t == "." || t == ";" || t == ")" || t == "–" || t == "—" ||
					t == "-" && toks[q].Start > toks[q-1].End {
					break // a spaced dash ends the apposition; "Brisbane-based" does not
				}
				if t == "(" {
					open = true
				} else if q-c > maxTitleTokens+1 && !open {
					break
				}
				q++
			}
			// "X, BT's managing director, broadband and internet
			// services": the role goes on after the comma and names a
			// department, not the company.
			goesOn := false
			if q+1 < hi && toks[q].Text == "," && toks[q+1].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0 && !clauseWords[toks[q+1].Lower()] {
				a.tagSentence(m.sent)
				tg := toks[q+1].Tag
				// A preposition resumes the sentence: "said X, general
				// secretary of Y, on Monday", "..., in a statement".
				goesOn = !strings.HasPrefix(tg, "VB") && tg != "MD" && tg != "RB" && tg != "WP" && tg != "WDT" && tg != "IN"
			}
			if org, ok := x.leaderRole(a, starts, c+1, q); ok && org >= 0 && !goesOn {
				add(m.entity, org, m.sent, ruleApposAfter, confAppos)
			} else {
				// "X, BT's chief executive told reporters": the
				// closing comma left out before the reporting verb.
				for r := c + 2; r < q; r++ {
					if speechVerbs[toks[r].Lower()] || apposVerbs[toks[r].Lower()] {
						if org, ok := x.leaderRole(a, starts, c+1, r); ok && org >= 0 {
							add(m.entity, org, m.sent, ruleApposAfter, confAppos)
						}
						break
					}
				}
			}
		}
	}
	x.roleThenNamed(a, starts, add)
	x.linkedRoles(a, starts, add, false)
	x.partyAppositions(a, starts)
	x.titleMemberships(a, starts)
	x.affiliations(a) // titles_affiliations.go: groups not known by name
	x.phraseMemberships(a, starts)
	x.bareCoachFacts(a, starts, add)
	x.rugbyDirectors(a, add) // titles_rugby.go
	x.bareTitleFacts(a, add, bareAppos)
	x.dropFormerHolders(a, starts)
	a.dropDatedPredecessors() // titles_past.go: "Prime Minister X" in a sentence dated before the story
}

// rankBefore reads a rank set off by commas just before the comma at c,
// "Acting Detective Chief Superintendent,": capitalised words ending in a
// role head, none of them a name. It returns the index of the comma that
// opens the rank, or -1.
func rankBefore(a *analysis, c, lo int) int {
	toks := a.tokens
	if c-1 <= lo || !lexicon.IsRoleHead(toks[c-1].Lower()) {
		return -1
	}
	for k := c - 1; k > lo && k >= c-5; k-- {
		t := toks[k]
		if t.Text == "," {
			if k == c-1 {
				return -1
			}
			return k
		}
		if t.Flags&textseg.TCap == 0 || t.Flags&textseg.TUpper != 0 || a.mentionEndingAt(k, lo) >= 0 {
			return -1
		}
	}
	return -1
}

// counterpartOwner reads "his LSE counterpart Clara Furse", "Wenger's
// Bayern counterpart Felix Magath": the name after "ORG counterpart"
// holds in ORG the post of a leader named before it in the sentence, so
// it leads ORG. The ORG is an organisation written by name ("his German
// counterpart" is a minister's peer, and a country's counterpart can be
// any minister); with no leader named before, the post is unknown. t0 is
// where the name starts, honorifics included; returns -1 when the
// construction or its conditions are absent.
func (a *analysis) counterpartOwner(m mention, t0 int) int {
	lo := a.sentTokens[m.sent].Start
	if t0-2 < lo || a.tokens[t0-1].Lower() != "counterpart" {
		return -1
	}
	ents := a.doc.Entities
	in := a.mentionsInSentence(m.sent)
	org, orgStart := -1, -1
	for _, o := range in {
		if o.t1 == t0-1 && o.entity >= 0 && !o.hidden && (o.kind == MentionName || o.kind == MentionAcronym) && ents[o.entity].Type == Organization {
			org, orgStart = o.entity, o.t0
		}
	}
	if org < 0 {
		return -1
	}
	for _, o := range in {
		if o.t1 > orgStart {
			break
		}
		if o.entity < 0 || ents[o.entity].Type != Person {
			continue
		}
		for _, f := range a.doc.Facts {
			if f.Subject == o.entity && f.Predicate == LeaderOf && f.Object != org {
				return org
			}
		}
	}
	return -1
}

// tailOfTitle reports a role phrase starting at token from whose owner
// ends a longer capitalised name the entity stage did not read whole: a
// capitalised word, then "of" or "of the", just before it ("The Lord of
// the Rings director X", "Passion of the Christ director X"). A
// lower-case word before "of" is a clause ("the resignation of BP boss
// X") and blocks nothing.
func tailOfTitle(a *analysis, from, lo int) bool {
	k := from - 1
	if k > lo && a.tokens[k].Lower() == "the" {
		k--
	}
	if k <= lo || a.tokens[k].Lower() != "of" {
		return false
	}
	return a.tokens[k-1].Flags&textseg.TCap != 0
}

// ownerNouns are common nouns for a kind of body whose own names carry
// the noun ("Berlin Film Festival", "Tate Museum"), so that "the
// festival" or "festival director" refers to the one the story named.
// Nouns that name many bodies in one story ("union", "bank", "committee")
// are left out.
var ownerNouns = lexicon.WordSet(`festival gallery museum orchestra theatre
	academy institute college university federation association league
	exchange`)

// commonWordAt reports whether token k is written as a common word:
// lower case, or capitalised only because it opens a sentence or a
// quotation.
func (a *analysis) commonWordAt(k int) bool {
	t := a.tokens[k]
	if t.Flags&textseg.TUpper != 0 {
		return false
	}
	if t.Flags&textseg.TCap == 0 {
		return true
	}
	if a.sentTokens[a.sentOf(k)].Start == k {
		return true
	}
	pr := a.tokens[k-1].Text
	return pr == "\"" || pr == "“"
}

// orgByNoun returns the one organisation or event named before byte
// offset off whose name holds noun (or its plural) as a word, or -1 when
// none or several do.
func (a *analysis) orgByNoun(off int, noun string) int {
	ents := a.doc.Entities
	plural := noun + "s"
	if strings.HasSuffix(noun, "y") {
		plural = noun[:len(noun)-1] + "ies"
	}
	found := -1
	for _, m := range a.ments {
		if m.Start >= off {
			break
		}
		if m.entity < 0 || m.entity == found || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		if t := ents[m.entity].Type; t != Organization && t != Event {
			continue
		}
		for _, w := range strings.Fields(textseg.Lower(ents[m.entity].Name)) {
			if w == noun || w == plural {
				if found >= 0 {
					return -1 // two festivals: which one is meant is a guess
				}
				found = m.entity
				break
			}
		}
	}
	return found
}

// titleStarts maps a token index to the longest resolved mention (no
// role or pronoun) starting there: the owners a role phrase can name.
func titleStarts(a *analysis) map[int]int {
	starts := map[int]int{}
	for i, m := range a.ments {
		if m.entity < 0 || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		if j, ok := starts[m.t0]; !ok || a.ments[j].t1 < m.t1 {
			starts[m.t0] = i
		}
	}
	return starts
}

// bareTitleRoles are the titles that name a country's leader even without
// the country ("President Putin"); "Chancellor" is left out since in
// British news it is the finance minister.
var bareTitleRoles = lexicon.RoleClass("bare-title")

// travelWords before a country make it the scene of an action ("visit
// to Germany", "in Iraq"), not the leader's own country.
var travelWords = lexicon.WordSet(`in to from at into on for against with visit
	visited visiting toward towards across between over near via by than`)

// bareTitleFacts reads "President X" without a country in the title:
// when the sentence, else the sentences either side, name exactly one
// country (not as a destination or scene: "said the US backed"), X leads
// it. Weaker than a full title, hence the lower confidence.
func (x *Extractor) bareTitleFacts(a *analysis, add func(person, org, sent int, rule string, conf float64), bareAppos map[int]bool) {
	ents := a.doc.Entities
	led := map[int]bool{}
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf {
			led[f.Subject] = true
		}
	}
	countriesIn := func(sent int, dem, attrib bool) []int {
		if sent < 0 || sent >= len(a.sentTokens) {
			return nil
		}
		var out []int
		// a.ments is sorted by position, hence by sentence.
		lo := sort.Search(len(a.ments), func(k int) bool { return a.ments[k].sent >= sent })
		for k, m := range a.ments[lo:] {
			if m.sent != sent {
				break
			}
			if m.entity < 0 || m.hidden || (m.kind != MentionName && m.kind != MentionAcronym && m.kind != MentionDemonym) {
				continue
			}
			if ents[m.entity].Type != Country || a.sceneCountry(m.t0) {
				continue // "visit to Germany", "the tour of Australia", "because of the United States'"
			}
			if (m.kind == MentionDemonym) != dem {
				continue
			}
			if !attrib && m.t1 < a.sentTokens[sent].End && a.tokens[m.t1].Flags&(textseg.TCap|textseg.TUpper) == 0 {
				// "a US banker", "the US dollar", "in US dollars": the
				// country describes a thing of the noun's; a headline's
				// "Ukraine steel sell-off" still names the story's
				// country.
				if nx := a.tokens[m.t1].Lower(); nx == "dollar" || nx == "dollars" {
					continue
				}
				if pr := m.t0 - 1; pr >= a.sentTokens[sent].Start {
					if w := a.tokens[pr].Lower(); w == "a" || w == "an" || w == "the" {
						a.tagSentence(sent)
						if strings.HasPrefix(a.tokens[m.t1].Tag, "NN") {
							continue
						}
					}
				}
			}
			if dem && lo+k+1 < len(a.ments) && a.ments[lo+k+1].t0 == m.t1 && a.ments[lo+k+1].entity >= 0 && ents[a.ments[lo+k+1].entity].Type == Person {
				continue // "New Zealander Graham Henry": someone else's nationality
			}
			if a.inCountryList(lo+k) || noHeadOfState[ents[m.entity].Name] {
				// "how to deal with Iran, Iraq and China"; England has
				// no prime minister.
				continue
			}
			if m.t1 < len(a.tokens) && (a.tokens[m.t1].Text == "-" || topicNouns[a.tokens[m.t1].Lower()]) {
				// "Iraq-related costs", "the US-led invasion", "the Iraq war": a
				// country in a compound makes the context ambiguous but
				// is never the holder's country itself.
				out = append(out, -1)
				continue
			}
			if !containsInt(out, m.entity) {
				out = append(out, m.entity)
			}
		}
		return out
	}
	for mi, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person || led[m.entity] {
			continue
		}
		w := m.titleWords
		if len(w) == 1 && w[0] == "minister" && m.t0 >= 2 && a.tokens[m.t0-2].Lower() == "prime" {
			w = []string{"prime", "minister"} // lower case: "prime minister Tony Blair"
		}
		if bareAppos[mi] {
			// "The new President, X": the role word before the comma.
			w = []string{a.tokens[m.t0-2].Lower()}
			if w[0] == "minister" {
				w = []string{"prime", "minister"}
			}
		} else if len(w) == 0 || m.titleAttr >= 0 || !isLeaderTitle(w) {
			continue
		}
		last := w[len(w)-1]
		if !bareTitleRoles[last] && !(last == "minister" && textseg.Contains(w, "prime")) && last != "chancellor" {
			continue
		}
		// "former US president Bill Clinton", "vice president Jose
		// Alencar": a blocking modifier just before the title.
		blocked := false
		for k := max(a.sentTokens[m.sent].Start, m.t0-len(w)-3); k < m.t0; k++ {
			blocked = blocked || lexicon.NotLeaderModifiers[a.tokens[k].Lower()] || rivalWords[a.tokens[k].Lower()] || pastWords[a.tokens[k].Lower()]
		}
		if b := m.t0 - len(w) - 1; b >= a.sentTokens[m.sent].Start && subNationalWords[a.tokens[b].Lower()] {
			blocked = true // "State premier X" heads a state, not the country (titles_unread.go)
		}
		if blocked {
			continue
		}
		if b := m.t0 - len(w) - 1; b > a.sentTokens[m.sent].Start && !bareAppos[mi] &&
			(a.tokens[b].Flags&(textseg.TCap|textseg.TUpper) != 0 && !dateWords[a.tokens[b].Lower()] || isPossessive(a.tokens[b].Text) || lexicon.WeakRoles[a.tokens[b].Lower()]) {
			// "GM Europe president X": the title has an owner the title
			// stage did not read; "actress Queen Latifah": an occupation
			// before it makes the title part of a stage name.
			continue
		}
		if a.travelsAfter(m.t1, m.sent) {
			continue // "Prime Minister X arrived in Stockholm": a guest (titles_guests.go)
		}
		cs := countriesIn(m.sent, false, true)
		if c := a.countryOfAfter(mi); c >= 0 {
			cs = []int{c} // "President Nestor Kirchner of Argentina"
		}
		if len(cs) == 0 {
			// "President Putin ... other Russian energy firms": a
			// nationality in the sentence, when it names no country.
			cs = countriesIn(m.sent, true, true)
		}
		if len(cs) == 0 {
			for _, c := range append(countriesIn(m.sent-1, false, true), countriesIn(m.sent+1, false, true)...) {
				if !containsInt(cs, c) {
					cs = append(cs, c)
				}
			}
			if len(cs) == 1 && a.otherCountryNear(m.sent, cs[0], m.t0) {
				// "bribery in the West African state of Benin ... the
				// campaign of President X ... US anti-bribery laws":
				// another country named around the title, even as a
				// scene, makes a neighbour's country a guess.
				cs = []int{-1}
			}
		}
		rule, conf := ruleBareTitle, confBareTitle
		if len(cs) == 0 {
			// The story named its country earlier ("Ukraine's
			// parliament ... The new President, X"): only when one
			// country was named before and it can hold the title. A
			// country only describing a noun ("a US banker") is not
			// the story's country.
			for s := 0; s < m.sent-1; s++ {
				for _, c := range countriesIn(s, false, false) {
					if !containsInt(cs, c) {
						cs = append(cs, c)
					}
				}
			}
			rule, conf = ruleBareEarlier, confBareEarlier
			if e := m.t1; e < len(a.tokens) && (a.tokens[e].Text == "," || a.tokens[e].Lower() == "and") && a.inTitleList(m.t0-len(w), a.sentTokens[m.sent].Start) {
				continue // "President Forever", a game in a list of titles
			}
			// Only a president or prime minister whose title stands
			// alone: not "company president X", "Exhibitor Relations
			// President X", "Premier Rugby".
			if b := m.t0 - len(w) - 1; last != "president" && last != "minister" ||
				b >= a.sentTokens[m.sent].Start && !bareAppos[mi] &&
					(a.tokens[b].Flags&(textseg.TCap|textseg.TUpper) != 0 && b > a.sentTokens[m.sent].Start && !dateWords[a.tokens[b].Lower()] || lexicon.OrgRoleNouns[a.tokens[b].Lower()] || isPossessive(a.tokens[b].Text)) {
				continue
			}
			if len(cs) == 1 && cs[0] >= 0 && last == "president" && ents[cs[0]].Name == "United Kingdom" {
				cs = nil // Britain has no president: "President Bush" in a UK story
			}
			if len(cs) == 0 && last == "minister" {
				// "Prime Minister Tony Blair" in a story about British
				// party politics that names Britain only as a scene.
				if uk := a.ukPartyStory(); uk >= 0 {
					cs = []int{uk}
				}
			}
		}
		if len(cs) == 1 && cs[0] >= 0 && last == "chancellor" && !chancellorStates[ents[cs[0]].Name] {
			cs = nil // Britain's chancellor runs the Treasury
		}
		if len(cs) == 1 && cs[0] >= 0 {
			add(m.entity, cs[0], m.sent, rule, conf)
			led[m.entity] = true
		}
	}
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// leaderRole parses toks[p:q] as a role phrase — [the|a] [owner['s]]
// [modifiers] role words [of [the] owner] — and reports the entity the
// role is held in (-1 if none is named) and whether the phrase is a leader
// role that parses completely.
func (x *Extractor) leaderRole(a *analysis, starts map[int]int, p, q int) (int, bool) {
	toks := a.tokens
	ents := a.doc.Entities
	k := p
	owner := -1
	ownerKind := MentionName
	coRole := false
	// "the gallery's director": a common noun for an organisation named
	// just before, with a possessive.
	if k+2 < q && toks[k].Lower() == "the" && isPossessive(toks[k+2].Text) {
		if n := toks[k+1].Lower(); lexicon.OrgRoleNouns[n] || lexicon.OrgHeads[n] {
			if o := a.latestOrgNamed(toks[p].Start, n); o >= 0 {
				owner = o
				k += 3
			}
		}
	}
	indefinite := false
	// ownerTeam: the owner's own mention reads as an organisation, as
	// placeTeams retypes "England" in "England coach X" even when the
	// entity stays a country because the story also says "English rugby".
	ownerTeam := false
	if k < q && owner < 0 {
		switch toks[k].Lower() {
		case "a", "an":
			indefinite = true
			k++
		case "the":
			k++
		}
	}
	tryOwner := func() bool {
		if owner < 0 && k < q && toks[k].Lower() == "its" {
			// "Mohamed ElBaradei, its director general": the latest
			// organisation before the phrase.
			if o := a.latestOrgBefore(toks[p].Start); o >= 0 {
				owner = o
				k++
				return true
			}
		}
		if _, named := starts[k]; !named && owner < 0 && k+1 < q && ownerNouns[toks[k].Lower()] && a.commonWordAt(k) {
			// "Festival director Dieter Kosslick", "director of the
			// museum": a common noun for the one festival or museum
			// the story has named.
			if o := a.orgByNoun(toks[p].Start, toks[k].Lower()); o >= 0 {
				owner, ownerKind = o, MentionName
				k++
				if k < q && isPossessive(toks[k].Text) {
					k++
				}
				return true
			}
		}
		if k == q-1 && owner < 0 && ownerNouns[toks[k].Lower()] && a.commonWordAt(k) {
			// "director of the museum" closing the phrase.
			if o := a.orgByNoun(toks[p].Start, toks[k].Lower()); o >= 0 {
				owner, ownerKind = o, MentionName
				k++
				return true
			}
		}
		if owner < 0 {
			// "Standard Chartered chief executive X": a name the
			// entity stage left unread here (titles_unread.go).
			if o, e := a.unreadOwner(starts, k, q); o >= 0 {
				owner, ownerKind, k = o, MentionName, e
				if k < q && isPossessive(toks[k].Text) {
					k++
				}
				return true
			}
		}
		mi, ok := starts[k]
		if !ok || owner >= 0 {
			return false
		}
		m := a.ments[mi]
		if m.t1 > q {
			return false
		}
		switch ents[m.entity].Type {
		case Country, Organization, City:
		case Place:
			// "Utah Governor X", "New South Wales Premier X": a state
			// or province has a head of its own; which roles lead it
			// is checked once the role words are read (regionLeaderTitle).
		default:
			return false
		}
		owner, ownerKind = m.entity, m.kind
		ownerTeam = m.typ == Organization
		k = m.t1
		// "Hong Kong Rugby Football Union (HKRFU) chairman"
		if k+2 < q && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3
		}
		if k < q && isPossessive(toks[k].Text) {
			k++
		}
		return true
	}
	tryOwner()
	var words []string
	head := false
	for k < q {
		w := toks[k].Lower()
		if h, ok := strings.CutPrefix(w, "co-"); ok && lexicon.LeaderRoles[h] {
			w, coRole = h, true // "co-head of the bank" heads it jointly
		}
		// "chairman and chief executive", "president & CEO": two posts
		// of one holder read as one role.
		joinsRoles := (w == "and" || w == "&") && len(words) > 0 && lexicon.IsRoleHead(words[len(words)-1]) && k+1 < q && isRoleWord(toks[k+1].Lower())
		if isRoleWord(w) || joinsRoles || w == "new" || w == "current" || w == "incoming" || scopeModifiers[w] || teamLeaderRoles[w] || owner >= 0 && teamWords[w] && k+1 < q && teamLeaderRoles[toks[k+1].Lower()] {
			words = append(words, w)
			head = head || lexicon.IsRoleHead(w)
			k++
			continue
		}
		if tryOwner() {
			continue
		}
		if owner >= 0 && len(words) == 0 && a.ownerDescriptor(k, q) {
			k++ // "Vibe magazine president X" (titles_unread.go)
			continue
		}
		break
	}
	if !head {
		return -1, false
	}
	if k < q && toks[k].Text == "of" {
		k++
		if k < q && toks[k].Text == "the" {
			k++
		}
		if owner >= 0 && ownerKind == MentionDemonym && coRole {
			// "the German co-head of EADS": the demonym is the
			// holder's nationality; the role is held in EADS.
			owner, ownerKind = -1, MentionName
		}
		if !tryOwner() {
			// "the head of giant chip maker Intel": a few lower-case
			// descriptor words before the owner's name.
			d := descriptorEnd(a, starts, k, q)
			// The descriptor ends in a noun for an organisation
			// ("giant chip maker", "messaging firm"), never in a
			// department ("head of equity research at ...").
			if d == k || d == q || !lexicon.OrgRoleNouns[toks[d-1].Lower()] {
				return -1, false
			}
			k = d
			if !tryOwner() {
				return -1, false
			}
		}
		// "director general of the UK's Confederation of British
		// Industry", "founder of MIT's Media Lab": the name before the
		// possessive says where or whose the body is; the organisation
		// named after it holds the post.
		if owner >= 0 && k < q && isPossessive(toks[k-1].Text) {
			if j, ok := starts[k]; ok && a.ments[j].kind == MentionName && a.ments[j].t1 <= q && ents[a.ments[j].entity].Type == Organization {
				owner = -1
				tryOwner()
			}
		}
		// "the Fiat conglomerate", "the Acme group": the owner's name
		// followed by a common noun for it.
		if owner >= 0 && k+1 == q && ents[owner].Type == Organization && ownerKind != MentionDemonym && (lexicon.OrgRoleNouns[toks[k].Lower()] || publicationNouns[toks[k].Lower()] || toks[k].Lower() == "conglomerate") {
			k++
		}
	}
	if k != q || indefinite {
		// "Tim Osborne, a director of Group Menatep": one of several,
		// not the head.
		return -1, false
	}
	if bareDirector(words) && owner >= 0 && ents[owner].Type == Organization && (a.sportsStory() || a.speaksOfDirectors()) {
		// "Arsenal director Danny Fiszman" sits on a club's board; the
		// manager or chairman leads it. So does "current Disney director
		// John Bryson" in a story that speaks of the firm's "directors":
		// where a board of directors is in view, a director is one of
		// them, while a festival's or an agency's director is its head.
		return -1, false
	}
	if last := words[len(words)-1]; teamLeaderRoles[last] {
		// A club's manager or coach leads the club (dev-gold
		// convention), but only when the club is named: "sales
		// manager" alone leads nothing.
		// The team is an organisation: placeTeams has retyped a place
		// named as a team ("England coach X"), so a country or city
		// still here is the place, which a coach does not lead, unless
		// the owner's own mention was retyped and only the entity kept
		// the country's type (ownerTeam).
		// A football club's full name ("Manchester United manager X")
		// is a team whatever else the story speaks of.
		if owner < 0 || ownerKind == MentionDemonym || !(ents[owner].Type == Organization || ownerTeam && ents[owner].Type == Country) || !a.isSportsTeam(owner) && !(ents[owner].Type == Organization && clubNamed(ents[owner].Name)) {
			return -1, false // "HMV manager", "Agassi's Australian coach"
		}
		for _, w := range words[:len(words)-1] {
			if lexicon.NotLeaderModifiers[w] || lexicon.FunctionalModifiers[w] || w == "assistant" || w == "general" {
				return -1, false
			}
		}
		return owner, true
	}
	if editorTitle(words) {
		// "Tim Danton, editor of PC Pro", "NME editor X": the editor
		// heads the publication (titles_unread.go).
		if owner < 0 || ownerKind == MentionDemonym || ents[owner].Type != Organization {
			return -1, false
		}
		return owner, true
	}
	if !isLeaderTitle(words) || coRole && (owner < 0 || ents[owner].Type != Organization) {
		return -1, false // "Dutch co-chairman X" co-chairs a firm, not the Netherlands
	}
	if generalSecretary(words) && (owner < 0 || ents[owner].Type != Organization || !a.generalSecretaryLeads(owner)) {
		// A general secretary heads a named union or association, never
		// a country ("the Chinese general secretary") or a party office.
		return -1, false
	}
	if owner >= 0 && ents[owner].Type == Place && !regionLeaderTitle(words) {
		// "Asia president X" heads a firm's region, "Yorkshire leader
		// X" a party's branch: a region other than a state leads
		// nothing by these titles.
		return -1, false
	}
	if owner >= 0 && ents[owner].Type.IsPlace() && !isPlaceLeaderTitle(words) {
		// "British director Mike Leigh", "Newcastle boss X" outside a
		// sports story: a job with a nationality or a town leads
		// nothing; only a head of state, government or city does.
		return -1, false
	}
	if owner >= 0 && words[len(words)-1] == "chancellor" && ents[owner].Name == "United Kingdom" {
		// Britain's chancellor runs the Treasury, not the country.
		return -1, false
	}
	return owner, true
}

// isLeaderTitle reports whether role words name the head of what they are
// held in: the last word is a leader role ("president", "boss") or the
// words end in a leader phrase ("prime minister", "chief executive"), and
// nothing makes the holder someone other than the head.
func isLeaderTitle(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	for _, w := range words {
		if lexicon.NotLeaderModifiers[w] {
			return false
		}
		if lexicon.FunctionalModifiers[w] && (last == "director" || last == "chief" || last == "head") {
			return false
		}
		if regionModifiers[w] && w != last {
			return false // "European boss of Workshare" runs one region
		}
		if p, _, ok := strings.Cut(w, "-"); ok && lexicon.NotLeaderModifiers[p] {
			return false
		}
	}
	for n := min(3, len(words)); n >= 2; n-- {
		if lexicon.LeaderRolePhrases[strings.Join(words[len(words)-n:], " ")] {
			return true
		}
	}
	if generalSecretary(words) {
		return true
	}
	if lexicon.LeaderRoles[last] {
		// "executive" in "chief executive" is handled above; "chief"
		// alone ("Treasury chief") is too vague.
		return true
	}
	// "chairman and founder": two posts of one holder, the last of which
	// leads nothing by itself; the first may still be the head's.
	for i, w := range words {
		if (w == "and" || w == "&") && i > 0 {
			return isLeaderTitle(words[:i])
		}
	}
	return false
}

// headSecretaryMods are the words before "secretary" that make a
// secretary the head of a body rather than a clerk or a minister:
// "general secretary", the British word order of "secretary general"
// ("TUC general secretary Brendan Barber"), and "executive secretary",
// the head of a regional bloc's or a UN commission's secretariat ("CPLP
// Executive Secretary X", "the executive secretary of the UN climate
// body").
var headSecretaryMods = lexicon.WordSet(`general executive`)

// generalSecretary reports role words ending in a head secretary's post
// (headSecretaryMods). Such a secretary heads a union, bloc or
// association; a party's is its leader only in a communist party, and in
// most parties is the chief official (generalSecretaryLeads).
func generalSecretary(words []string) bool {
	n := len(words)
	return n >= 2 && headSecretaryMods[words[n-2]] && words[n-1] == "secretary"
}

// generalSecretaryLeads reports whether a general secretary heads org: a
// body other than a political party, or a communist party ("Communist
// Party general secretary Hu Jintao"). Labour's general secretary runs
// the party office under its leader and leads nothing (GOLD.md: a
// party's officials are its members).
func (a *analysis) generalSecretaryLeads(org int) bool {
	if org < 0 || !a.isParty(org) {
		return true
	}
	return strings.Contains(strings.ToLower(a.doc.Entities[org].Name), "communist")
}

// isPlaceLeaderTitle reports whether leader role words can lead a country
// or city: they end in a head of state's, government's or city's role
// ("prime minister", "president", "mayor") and hold no occupation
// ("Chicago actress Queen Latifah").
func isPlaceLeaderTitle(words []string) bool {
	for _, w := range words {
		if lexicon.WeakRoles[w] {
			return false
		}
	}
	for n := min(3, len(words)); n >= 2; n-- {
		if lexicon.PlaceLeaderPhrases[strings.Join(words[len(words)-n:], " ")] {
			return true
		}
	}
	return lexicon.PlaceLeaderRoles[words[len(words)-1]]
}

// regionLeaderRoles are the roles that head a state, province or other
// region with a government of its own ("Utah Governor X", "New South
// Wales Premier X"). "President" and "leader" are left out: before a
// continent or a region they name a firm's regional head ("Asia-Pacific
// president X") or a party's branch leader.
var regionLeaderRoles = lexicon.WordSet(`governor premier`)

// regionLeaderPhrases are the multiword roles that head a region.
var regionLeaderPhrases = lexicon.RoleClass("region-leader-phrase")

// regionLeaderTitle reports whether role words head a region typed as a
// place (regionLeaderRoles), with nothing that makes the holder someone
// other than the head ("deputy governor", "former premier").
func regionLeaderTitle(words []string) bool {
	for _, w := range words {
		if lexicon.NotLeaderModifiers[w] {
			return false
		}
	}
	if n := len(words); n >= 2 && regionLeaderPhrases[words[n-2]+" "+words[n-1]] {
		return true
	}
	return regionLeaderRoles[words[len(words)-1]]
}

// latestOrgBefore returns the entity of the last organisation, country
// or city named before byte offset off, within a few sentences, or -1:
// what "its" in a title refers to.
func (a *analysis) latestOrgBefore(off int) int {
	ents := a.doc.Entities
	k := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= off })
	sent := -1
	for i := k - 1; i >= 0 && i >= k-60; i-- {
		m := a.ments[i]
		if sent < 0 {
			sent = m.sent
		}
		if sent-m.sent > 2 {
			break
		}
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		switch ents[m.entity].Type {
		case Organization, Country, City:
			// "Kazakhstan has been dominated by its president X".
			if a.unreadNameBetween(i, k, off) {
				// "the Maoist group, Shining Path and its leader
				// X": "its" refers to a name the entity stage left
				// unread, not to the organisation before it.
				return -1
			}
			return m.entity
		case Person:
			if a.onlyJoinersBetween(m.t1, off) {
				// "Shining Path and its leader X" with the group
				// read as a person: "its" is never a person's, and
				// the organisation before is not the one meant.
				return -1
			}
		}
	}
	return -1
}

// onlyJoinersBetween reports whether the tokens from t up to byte offset
// off are "and" or "or", with commas at most: the name ending at t is
// coordinated with what follows. A comma alone is an apposition ("said
// Mark Stone, its chairman") and joins nothing.
func (a *analysis) onlyJoinersBetween(t, off int) bool {
	joined := false
	for ; t < len(a.tokens) && a.tokens[t].Start < off; t++ {
		switch a.tokens[t].Lower() {
		case "and", "or":
			joined = true
		case ",":
		default:
			return false
		}
	}
	return joined
}

// unreadNameBetween reports a capitalised word, not opening its sentence,
// no date and inside no mention, between the end of mention i and byte
// offset off (mentions i+1..k-1 are the ones in between), unless a later
// mention of the same entity ("the federation") comes after it.
func (a *analysis) unreadNameBetween(i, k, off int) bool {
	next, found := i+1, false
	for t := a.ments[i].t1; t < len(a.tokens) && a.tokens[t].Start < off; t++ {
		for next < k && a.ments[next].t1 <= t {
			next++
		}
		if next < k && a.ments[next].t0 <= t {
			if a.ments[next].entity == a.ments[i].entity {
				found = false
			}
			continue // inside a mention (a role, a pronoun, a name)
		}
		tk := a.tokens[t]
		if tk.Flags&textseg.TCap == 0 || tk.Text == "I" || dateWords[tk.Lower()] || a.sentTokens[a.sentOf(t)].Start == t {
			continue // a sentence's first word
		}
		if pr := a.tokens[t-1].Text; pr == "\"" || pr == "“" || pr == ":" || pr == "(" {
			continue // a quotation's first word
		}
		found = true
	}
	return found
}

// latestOrgNamed returns the last organisation before byte offset off
// whose name contains noun ("the gallery" -> National Gallery), else the
// last organisation, within a few sentences; -1 if none.
func (a *analysis) latestOrgNamed(off int, noun string) int {
	ents := a.doc.Entities
	k := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= off })
	sent, first := -1, -1
	for i := k - 1; i >= 0 && i >= k-60; i-- {
		m := a.ments[i]
		if sent < 0 {
			sent = m.sent
		}
		if sent-m.sent > 3 {
			break
		}
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun || ents[m.entity].Type != Organization {
			continue
		}
		if strings.Contains(textseg.Lower(ents[m.entity].Name), noun) {
			return m.entity
		}
		if first < 0 {
			first = m.entity
		}
	}
	return first
}

// speaksOfDirectors reports whether the text uses the plural "directors"
// (a board of them, "non-executive directors"): a bare "director" in it
// is then a board member, not the head of the organisation.
func (a *analysis) speaksOfDirectors() bool {
	for i := range a.tokens {
		if a.tokens[i].Lower() == "directors" {
			return true
		}
	}
	return false
}

// bareDirector reports role words that are "director" alone, or with a
// word of time only ("current director"): no "managing", "general" or
// field that would make the holder a head or a department's.
func bareDirector(words []string) bool {
	if len(words) == 0 || words[len(words)-1] != "director" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if w != "current" && w != "new" && w != "incoming" {
			return false
		}
	}
	return true
}
