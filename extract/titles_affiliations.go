package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Affiliation constructions of wire politics copy, where a person's party
// or group is given beside the name rather than in a title: "FTU's
// Alice Mak", "Wong Kwok-kin of the FTU", "Alvin Yeung from the Civic
// Party", "DAB councillor Ann Chiang", and a band's member named with
// "of" ("musician Nick Rhodes of Duran Duran"). titleMemberships reads
// only the parties it knows by name; here an organisation counts as a
// political group by its name's shape (a party word) or, for acronyms
// and one-word names, by the political words of a sentence that uses it
// so ("camp", "constituency", "councillors", "pro-Beijing"). Whether a
// company's or an agency's person is meant is told by the name too:
// "Sam Palmisano of IBM" leads or works for IBM, which GOLD.md counts as
// no membership. Tests: titles_affiliations_test.go.

// Rule names shown by --explain.
const (
	ruleGroupPoss  = "title:group-possessive-name"    // "FTU's Alice Mak"
	ruleGroupOf    = "title:name-of-group"            // "Wong Kwok-kin of the FTU"
	ruleGroupTitle = "title:group-role-name"          // "DAB councillor Ann Chiang"
	ruleBandOf     = "title:musician-of-band"         // "musician Nick Rhodes of Duran Duran"
	ruleFormerOf   = "title:former-member-of"         // "X, a former member of Y", "former members of Y, including X"
	ruleElectedTo  = "title:elected-in-body-election" // "X was re-elected" in a story on the Legislative Council election
)

// partyShapeWords in an organisation's name make it a political party
// whatever the sentence says ("Neo Democrats", "League of Social
// Democrats", "Party of the Regions").
var partyShapeWords = lexicon.WordSet(`party democrats republicans socialists
	communists liberals conservatives greens nationalists unionists`)

// politicalCues are words of party politics that describe the people
// and sides standing: in a sentence holding one, "X of ORG" and "ORG's X"
// name a member of a group standing in politics. Words of the topic
// alone ("election", "ballot") are left out: a reporter writes about
// elections too ("Ed Wong of the NYT has more on the boycott of the
// elections").
var politicalCues = lexicon.WordSet(`camp camps constituency constituencies
	councillor councillors councilor councilors candidate candidates
	politician politicians lawmaker lawmakers legislator legislators mp mps
	mep meps pan-democrat pan-democrats pan-democratic localist localists
	nonpartisan partisan caucus faction factions`)

// partyPossessors before "party" make it one's own political party ("her
// party will fight the coalition"): a celebration is "her birthday party",
// with its kind between.
var partyPossessors = lexicon.WordSet(`his her their our my`)

// politicalNameWords in a name make a group political even when its head
// is an institution's ("Proletariat Political Institute", "Workers'
// Union"), given a sentence about politics.
var politicalNameWords = lexicon.WordSet(`political democratic democracy socialist
	communist labour labor liberal conservative republican nationalist workers
	workers' proletariat`)

// nonGroupHeads end the names of bodies whose people are employees or
// officials, not members: firms, agencies, universities, the press.
var nonGroupHeads = lexicon.WordSet(`commission committee agency office department
	ministry bank authority service services university college school hospital
	court police foundation trust fund times post news newspaper journal
	television channel network institution museum gallery company corporation
	group airline airlines council board`)

// groupSeatRoles after a group's name make the holder its member ("DAB
// councillor Ann Chiang"); unlike partyMemberRoles they leave out the
// roles a firm has too ("Ladbrokes spokesman X", "Intel rival AMD").
var groupSeatRoles = lexicon.RoleClass("group-seat")

// musicianRoles before a name followed by "of BAND" make the person a
// member of the band.
var musicianRoles = lexicon.WordSet(`musician singer vocalist guitarist drummer
	bassist keyboardist frontman frontwoman rapper songwriter`)

// affiliations adds memberOf facts for persons named with the political
// group or band they belong to.
func (x *Extractor) affiliations(a *analysis) {
	ends := titleEnds(a)
	begins := map[int]int{}
	for i, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun || m.kind == MentionDemonym {
			continue
		}
		if j, ok := begins[m.t0]; !ok || a.ments[j].t1 < m.t1 {
			begins[m.t0] = i
		}
	}
	a.formerMembers(ends, begins)
	a.electedMembers(begins)
	a.seatedMembers(begins) // titles_seats.go
	cands := a.affiliationCandidates(ends, begins)
	// A group is political for the whole story once one sentence says
	// so: the caption "Ann Chiang of DAB" holds no political word, the
	// sentences about DAB do. A title does not say so alone, as its role
	// word is the cue ("Somali-Dutch politician X").
	political := map[int]bool{}
	shaped := map[int]bool{} // isParty asked once per organisation
	for _, c := range cands {
		if political[c.org] {
			continue
		}
		p, seen := shaped[c.org]
		if !seen {
			p = a.isParty(c.org)
			shaped[c.org] = p
		}
		if p || c.rule != ruleBandOf && c.rule != ruleGroupTitle && c.cue && x.groupName(a, c.org) {
			political[c.org] = true
		}
	}
	// held indexes the facts so far (person, object) for the membership,
	// leadership and leaving ones: a story listing many members stays
	// linear.
	type pair struct{ s, o int }
	held := map[pair]bool{}
	for _, f := range a.doc.Facts {
		if f.Predicate == MemberOf || f.Predicate == LeaderOf || f.Predicate == Left {
			held[pair{f.Subject, f.Object}] = true
		}
	}
	for _, c := range cands {
		switch {
		case c.rule == ruleBandOf:
			name := a.doc.Entities[c.org].Name
			if firmOrPaperName(name) || genreLike(name) {
				continue
			}
		case !political[c.org]:
			continue
		}
		if c.person == c.org || held[pair{c.person, c.org}] {
			continue
		}
		held[pair{c.person, c.org}] = true
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: c.person, Predicate: MemberOf, Object: c.org,
			Sentence: c.sent, Rule: c.rule, Confidence: confBareTitle})
	}
}

// affiliation is a person named beside an organisation in one of the
// constructions read here.
type affiliation struct {
	person, org, sent int
	rule              string
	cue               bool // the sentence has a political word
}

// affiliationCandidates lists every person name with an organisation
// before it as a possessive or a title, or after it with "of"/"from".
func (a *analysis) affiliationCandidates(ends, begins map[int]int) []affiliation {
	toks := a.tokens
	ents := a.doc.Entities
	var out []affiliation
	cues := map[int]bool{}
	for s := range a.sentTokens {
		cues[s] = a.politicalSentence(s)
	}
	prevOrg := -1 // the group of the last name read, for "ORG's X and Y"
	prevEnd := -1
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		add := func(org int, rule string) {
			out = append(out, affiliation{person: m.entity, org: org, sent: m.sent, rule: rule, cue: cues[m.sent]})
		}
		k := m.t0 - 1
		org := -1
		switch {
		case k > lo && isPossessive(toks[k].Text):
			// "FTU's Alice Mak": the organisation ends at the "'s".
			if j, ok := ends[k]; ok && a.orgMention(j, lo) {
				org = a.ments[j].entity
				add(org, ruleGroupPoss)
			}
		case k > lo && toks[k].Lower() == "and" && prevEnd == k && prevOrg >= 0:
			// "DAB's Starry Lee and Holden Chow": the possessive covers
			// both names.
			org = prevOrg
			add(org, ruleGroupPoss)
		case k >= lo && groupSeatRoles[toks[k].Lower()]:
			// "DAB councillor Ann Chiang", "FTU lawmaker X".
			if j, ok := ends[k]; ok && a.orgMention(j, lo) {
				add(a.ments[j].entity, ruleGroupTitle)
			}
		}
		prevOrg, prevEnd = org, m.t1
		// "Wong Kwok-kin of the FTU", "Alvin Yeung from the Civic
		// Party", "musician Nick Rhodes of Duran Duran".
		p := m.t1
		if p+1 >= hi || toks[p].Lower() != "of" && toks[p].Lower() != "from" {
			continue
		}
		q := p + 1
		if toks[q].Lower() == "the" {
			q++
		}
		j, ok := begins[q]
		if !ok || !a.orgMention(j, lo) || a.ments[j].t1 < hi && isPossessive(toks[a.ments[j].t1].Text) {
			continue // "X of the Labour Party's left": the name goes on
		}
		if k >= lo && musicianRoles[toks[k].Lower()] && toks[p].Lower() == "of" {
			add(a.ments[j].entity, ruleBandOf)
			continue
		}
		add(a.ments[j].entity, ruleGroupOf)
	}
	return out
}

// orgMention reports whether mention j is an organisation's name within
// the sentence opening at token lo, with no "former" before it.
func (a *analysis) orgMention(j, lo int) bool {
	m := a.ments[j]
	return m.t0 >= lo && m.entity >= 0 && a.doc.Entities[m.entity].Type == Organization && !blockedBefore(a, m.t0, lo)
}

// politicalSentence reports whether sentence s has a word of party
// politics, a person's own party ("her party"), or a "pro-"/"anti-"
// stance word ("pro-Beijing", "anti-establishment").
func (a *analysis) politicalSentence(s int) bool {
	// asked for every sentence by two stages: answered once (a.political)
	if a.political == nil {
		a.political = make([]int8, len(a.sentTokens))
	}
	if a.political[s] == 0 {
		a.political[s] = 1
		if a.politicalScan(s) {
			a.political[s] = 2
		}
	}
	return a.political[s] == 2
}

// politicalSentence's scan of sentence s's words.
func (a *analysis) politicalScan(s int) bool {
	for t := a.sentTokens[s].Start; t < a.sentTokens[s].End; t++ {
		w := a.tokens[t].Lower()
		if politicalCues[w] {
			return true
		}
		if partyPossessors[w] && t+1 < a.sentTokens[s].End && a.tokens[t+1].Lower() == "party" {
			return true
		}
		for _, pre := range []string{"pro-", "anti-"} {
			if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) > 3 {
				return true
			}
		}
	}
	return false
}

// groupName reports whether organisation e may be a political group
// when a sentence's words say so: not a firm, a publication, an agency
// or another body whose people are its staff, and not an organisation
// the gazetteer knows (those are international bodies and companies).
func (x *Extractor) groupName(a *analysis, e int) bool {
	name := a.doc.Entities[e].Name
	fs := strings.Fields(name)
	for _, w := range fs {
		if politicalNameWords[strings.ToLower(w)] {
			return true // "Proletariat Political Institute"
		}
	}
	if firmOrPaperName(name) || governingSportBody(name) {
		return false
	}
	if nonGroupHeads[strings.ToLower(fs[len(fs)-1])] {
		return false
	}
	if g, ok := x.gaz.Lookup(name); ok && g.Type == "Organization" {
		return false
	}
	return true
}

// governingSportBody reports a sport's governing body ("FIFA",
// "Football Association"), whose people are officials.
func governingSportBody(name string) bool {
	switch strings.ToLower(name) {
	case "fifa", "uefa", "ioc", "iaaf", "fa", "icc", "wada":
		return true
	}
	return false
}

// formerMembers adds left facts for persons called former members of an
// organisation (GOLD.md: left = withdrew from an organisation): "X, a
// former member of Y", "X, who is a former member of Y", "X is a former
// member of Y", and the persons listed after "former members of Y,
// including". The dependency rules drop a "former" trigger as over, so
// the phrase is read here.
func (a *analysis) formerMembers(ends, begins map[int]int) {
	toks := a.tokens
	ents := a.doc.Entities
	person := func(j int) bool {
		m := a.ments[j]
		return m.entity >= 0 && m.kind == MentionName && ents[m.entity].Type == Person
	}
	for s := range a.sentTokens {
		lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
		for t := lo; t+3 < hi; t++ {
			if w := toks[t].Lower(); w != "former" && w != "ex" {
				continue
			}
			if n := toks[t+1].Lower(); n != "member" && n != "members" || toks[t+2].Lower() != "of" {
				continue
			}
			q := t + 3
			if q < hi && toks[q].Lower() == "the" {
				q++
			}
			oj, ok := begins[q]
			if !ok || !a.orgMention(oj, lo) {
				continue
			}
			org := a.ments[oj].entity
			if e := a.ments[oj].t1; e < hi && isPossessive(toks[e].Text) {
				continue // "a former member of Labour's staff"
			}
			var who []int
			// Before: "X, a former member", "X, who is a former member",
			// "X is a former member".
			p := t - 1
			if p >= lo && (toks[p].Lower() == "a" || toks[p].Lower() == "an") {
				p--
			}
			if p >= lo && (toks[p].Lower() == "is" || toks[p].Lower() == "was") {
				p--
				if p >= lo && toks[p].Lower() == "who" {
					p--
				}
			}
			if p >= lo && toks[p].Text == "," {
				p--
			}
			if p < t-1 {
				if j, ok := ends[p+1]; ok && a.ments[j].t0 >= lo && person(j) {
					who = append(who, a.ments[j].entity)
				}
			}
			// After: "former members of Y, including A and B".
			e := a.ments[oj].t1
			if toks[t+1].Lower() == "members" && e+1 < hi && toks[e].Text == "," && toks[e+1].Lower() == "including" {
				who = append(who, a.listedPersons(e+2, hi, begins, person)...)
			}
			for _, p := range who {
				if p != org && !a.hasFact(p, Left, org) {
					a.doc.Facts = append(a.doc.Facts, Fact{Subject: p, Predicate: Left, Object: org,
						Sentence: s, Rule: ruleFormerOf, Confidence: confBareTitle})
				}
			}
		}
	}
}

// listedPersons reads the persons a list starting at token t names: full
// names separated by commas and "and", each perhaps after lower-case
// descriptors ("musician Tiziano Lugli and actor Jason Beghe"). The list
// ends at any other word.
func (a *analysis) listedPersons(t, hi int, begins map[int]int, person func(int) bool) []int {
	toks := a.tokens
	var out []int
	for t < hi {
		k := t
		for k < hi && k-t < 3 && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && toks[k].Lower() != "and" {
			k++ // "musician", "actor"
		}
		j, ok := begins[k]
		if !ok || !person(j) {
			break
		}
		out = append(out, a.ments[j].entity)
		t = a.ments[j].t1
		if t < hi && toks[t].Text == "," {
			t++
		}
		if t < hi && toks[t].Lower() == "and" {
			t++
		}
	}
	return out
}

// legislatureHeads end the names of elected bodies.
var legislatureHeads = lexicon.WordSet(`council parliament assembly congress senate
	house duma knesset legislature diet chamber`)

// electedBody returns the one elected body a story is about: an
// organisation with a legislature's head word that the text names in
// "the B election(s)", "members of the B" or "B member(s)". With none, or
// two different ones, it returns -1: the persons elected are then not
// placed in any body.
func (a *analysis) electedBody(begins map[int]int) int {
	toks := a.tokens
	body := -1
	for _, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind != MentionName || a.doc.Entities[m.entity].Type != Organization {
			continue
		}
		fs := strings.Fields(a.doc.Entities[m.entity].Name)
		if !legislatureHeads[strings.ToLower(fs[len(fs)-1])] {
			continue
		}
		hi := a.sentTokens[m.sent].End
		after := ""
		if m.t1 < hi {
			after = toks[m.t1].Lower()
		}
		p := m.t0 - 1
		if p >= 0 && toks[p].Lower() == "the" {
			p--
		}
		named := after == "election" || after == "elections" || after == "member" || after == "members" ||
			p >= 1 && toks[p].Lower() == "of" && toks[p-1].Lower() == "members"
		if !named {
			continue
		}
		if body >= 0 && body != m.entity {
			return -1
		}
		body = m.entity
	}
	return body
}

// electedAux may stand between a subject and "elected": "was
// (successfully) re-elected".
var electedAux = lexicon.WordSet(`was were is are been`)

// electedAdverbs may stand between the auxiliary and "elected".
var electedAdverbs = lexicon.WordSet(`successfully narrowly comfortably easily also
	then duly directly`)

// electedMembers adds memberOf the elected body for each person the story
// reports elected to it (the Wikinews annotators and GOLD.md's "plainly
// implies": a candidate elected in a Legislative Council election sits
// in it): "X and Y were (successfully) (re-)elected", and the list after
// "candidates elected ... were". A negation, a modal or "failed to get"
// before "elected" gives nothing, nor does an election to a post
// ("elected leader", "elected as chairman").
func (a *analysis) electedMembers(begins map[int]int) {
	body := a.electedBody(begins)
	if body < 0 {
		return
	}
	toks := a.tokens
	ents := a.doc.Entities
	var first bool // the clause says the seat is new to them
	add := func(p, s int) {
		if p != body && !a.hasFact(p, MemberOf, body) {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: p, Predicate: MemberOf, Object: body,
				Sentence: s, Rule: ruleElectedTo, Confidence: confBareTitle})
		}
		if first && p != body && !a.hasFact(p, Joined, body) {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: p, Predicate: Joined, Object: body,
				Sentence: s, Rule: ruleElectedTo, Confidence: confBareTitle})
		}
	}
	for s := range a.sentTokens {
		lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
		for t := lo + 1; t < hi; t++ {
			w := toks[t].Lower()
			if w == "elects" && listVerb(toks, t+1, hi) == t+1 {
				w = "elected" // "the camp's elects were X and Y"
			}
			if w != "elected" && w != "re-elected" {
				continue
			}
			first = w == "elected" && firstSeat(toks, t+1, hi)
			next := ""
			if t+1 < hi {
				next = toks[t+1].Lower()
			}
			if next == "as" || next == "to" || t+1 < hi && isRoleWord(next) && next != "with" {
				continue // a post or another body: elect.txt's
			}
			if v := listVerb(toks, t+1, hi); v > 0 {
				// "Other candidates elected in this district were X,
				// Y and Z": the persons after the verb.
				for _, p := range a.personsIn(v+1, hi) {
					add(p, s)
				}
				continue
			}
			k := t - 1
			for k > lo && electedAdverbs[toks[k].Lower()] {
				k--
			}
			if !electedAux[toks[k].Lower()] || k > lo && (toks[k-1].Lower() == "not" || toks[k-1].Lower() == "never") {
				continue
			}
			if t+1 < hi && toks[t+1].Lower() == "in" && t+2 < hi && isCapWord(toks[t+2]) {
				// "was elected in Leeds" stays; only a body named in
				// the sentence is ruled out.
				if j, ok := begins[t+2]; ok && ents[a.ments[j].entity].Type == Organization && a.ments[j].entity != body {
					continue
				}
			}
			// The subject: persons before the auxiliary back to the
			// sentence's start or a clause boundary; after "and", the
			// subject of the verb before it ("X defeated his
			// opponents and was elected").
			subj := a.subjectPersons(lo, k)
			if len(subj) == 0 && k-1 > lo && toks[k-1].Lower() == "and" {
				if v := a.verbBefore(lo, k-1); v > lo {
					subj = a.subjectPersons(lo, v)
				}
			}
			for _, p := range subj {
				add(p, s)
			}
			// "..., as well as X and Y."
			for q := t + 1; q+2 < hi; q++ {
				if toks[q].Lower() == "as" && toks[q+1].Lower() == "well" && toks[q+2].Lower() == "as" {
					for _, p := range a.personsIn(q+3, hi) {
						add(p, s)
					}
					break
				}
			}
		}
	}
}

// personsIn returns the persons named in toks[lo:hi] by name, stopping
// at a word that opens a new clause ("while", "but", ";").
func (a *analysis) personsIn(lo, hi int) []int {
	for t := lo; t < hi; t++ {
		if w := a.tokens[t].Lower(); w == "while" || w == "but" || w == ";" || w == "whereas" || w == "who" || w == "which" {
			hi = t
			break
		}
	}
	return a.namedPersons(lo, hi)
}

// namedPersons returns the persons that visible name mentions lying wholly
// inside tokens [lo, hi) of one sentence refer to, in text order (a person
// named twice is listed twice).
func (a *analysis) namedPersons(lo, hi int) []int {
	if lo >= hi {
		return nil
	}
	var out []int
	for _, m := range a.mentionsInSentence(a.sentOf(lo)) {
		if m.t0 >= lo && m.t1 <= hi && m.entity >= 0 && !m.hidden && m.kind == MentionName && a.doc.Entities[m.entity].Type == Person {
			out = append(out, m.entity)
		}
	}
	return out
}

// subjectPersons returns the persons named before token k in a sentence
// opening at lo, back to the nearest word that ends another clause: a
// verb, "that", "said", a semicolon. An opening phrase set off by a comma
// ("In the East constituency, X was elected") holds no person, so it is
// harmless.
func (a *analysis) subjectPersons(lo, k int) []int {
	a.tagSentence(a.sentOf(lo))
	start := lo
	for t := k - 1; t >= lo; t-- {
		w := a.tokens[t].Lower()
		tag := a.tokens[t].Tag
		if w == ";" || w == "that" || w == "while" || w == "but" || w == "who" ||
			(strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG" && !isCapWord(a.tokens[t])) {
			start = t + 1
			break
		}
	}
	return a.personsIn(start, k)
}

// listVerb returns the index of "were"/"was" opening the list after
// "candidates elected": right after "elected" or after a short place
// phrase ("elected in this district were"); 0 when there is none.
func listVerb(toks []textseg.Token, t, hi int) int {
	if t < hi && toks[t].Lower() == "in" {
		for k := t + 1; k < hi && k < t+5; k++ {
			if w := toks[k].Lower(); w == "were" || w == "was" {
				return k
			}
			if toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 {
				return 0
			}
		}
		return 0
	}
	if t < hi && (toks[t].Lower() == "were" || toks[t].Lower() == "was") {
		return t
	}
	return 0
}

// firstSeat reports whether the words after "elected" say the seat is
// new to its winners: "elected newcomers", "elected for the first time".
func firstSeat(toks []textseg.Token, t, hi int) bool {
	if t < hi && (toks[t].Lower() == "newcomer" || toks[t].Lower() == "newcomers") {
		return true
	}
	return t+3 < hi && toks[t].Lower() == "for" && toks[t+1].Lower() == "the" && toks[t+2].Lower() == "first" && toks[t+3].Lower() == "time"
}

// verbBefore returns the finite verb nearest before token k in a sentence
// opening at lo, or -1.
func (a *analysis) verbBefore(lo, k int) int {
	for t := k - 1; t > lo; t-- {
		if tag := a.tokens[t].Tag; strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG" && !isCapWord(a.tokens[t]) {
			return t
		}
	}
	return -1
}
