package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Entity constructions of party politics and wire copy: political parties written as adjectives
// before a title ("Labour MP Diane Abbott", "Tory MPs"), parties whose bare
// plural is ambiguous outside British politics ("Conservatives"), surnames
// that are common words opening a sentence ("Bush said"), and all-capital
// wire datelines.

// partyPrefix reports the length (1 or 2 tokens) and canonical name of a
// party adjective opening toks[i:j] ("Labour", "Tory", "Lib Dem",
// "Liberal Democrat"), or 0. Parties are the organisations the gazetteer
// lists demonyms for.
func (x *Extractor) partyPrefix(a *analysis, i, j int) (int, string) {
	toks := a.tokens
	if i+1 < j {
		if e, ok := x.gaz.DemonymEntry(toks[i].Text + " " + toks[i+1].Text); ok && e.Type == "Organization" {
			return 2, e.Name
		}
	}
	if e, ok := x.gaz.DemonymEntry(toks[i].Text); ok && e.Type == "Organization" {
		return 1, e.Name
	}
	return 0, ""
}

// deptRoles after "Labour" make it the department of labour, not the party
// ("Indian Labour Minister X").
var deptRoles = lexicon.WordSet(`minister ministry secretary department commissioner`)

// partyTitle reports whether the party adjective toks[i:i+n] qualifies the
// role word at i+n ("Labour MP", "Tory leader", "Democratic Senator"),
// rather than naming a department ("Labour Minister").
func partyTitle(a *analysis, i, n, j int) bool {
	if i+n >= j {
		return false
	}
	w := a.tokens[i+n].Lower()
	if !isRoleWord(w) && !pluralAcronym(a.tokens[i+n].Text) {
		return false
	}
	if a.tokens[i].Lower() == "labour" && (deptRoles[w] || lexicon.RoleModifiers[w]) {
		return false
	}
	return true
}

// pluralMembers reports whether toks[k:j] are only plural acronyms for
// members of a body ("MPs", "MEPs"): "Tory MPs", "Iranian MPs" name the
// party or country, not a person.
func pluralMembers(toks []textseg.Token) bool {
	for _, t := range toks {
		if !pluralAcronym(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// labourNouns follow "labour" the economic word ("Labour costs rose"),
// never the party, which takes a verb or a role noun.
var labourNouns = lexicon.WordSet(`market markets cost costs force forces shortage
	shortages law laws relations productivity rights supply standards
	mobility reforms reform unrest disputes dispute camp camps exchange
	exchanges share intensive`)

// companyTails end company names that are also surnames or common
// words, so they type a name only when no first name opens it ("Mittal
// Steel", "Nippon Steel", but "John Steel").
var companyTails = lexicon.WordSet(`steel foods chemicals pharmaceuticals pharma
	mining brewing breweries logistics shipping stores motors economics
	management securities capital research partners associates consulting
	consultants investments advisers advisors`)

// knownPrefix reports whether toks[i:k] is a name the gazetteer knows or
// a demonym: "New York DJs", "Ugandan NGOs" (but not "SRX SUVs").
func (x *Extractor) knownPrefix(a *analysis, i, k int) bool {
	sf := textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[k-1].End])
	if _, ok := x.gaz.Lookup(sf); ok {
		return true
	}
	_, ok := x.gaz.DemonymEntry(sf)
	return ok
}

// partyAlias reports whether a demonym mention of canon is a party's
// own short name ("Labour", "Tory"), which GOLD.md counts as an alias:
// parties, unlike countries, are named by their adjective.
func partyAlias(m *mention) bool {
	return m.kind == MentionDemonym && m.typ == Organization && m.canon != "" &&
		(strings.HasSuffix(m.canon, " Party") || strings.HasSuffix(m.canon, " Democrats"))
}

// ukPartyCues are words whose presence makes a bare "Conservatives" the
// British party rather than conservatives somewhere else ("Conservatives
// in parliament" of Iran).
var ukPartyCues = []string{"Labour", "Tory", "Tories", "Lib Dem", "Liberal Democrat",
	"Westminster", "Downing Street", "Commons", "Britain", "British", "UK", "MP"}

// ukPolitics reports whether the text has a British political cue. It
// scans the text, so callers ask only for the rare ambiguous surfaces.
func (a *analysis) ukPolitics() bool {
	for _, c := range ukPartyCues {
		if containsWord(a.doc.Text, c) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s between non-letters.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		end := k + len(w)
		if (k == 0 || !isLetterByte(s[k-1])) && (end >= len(s) || !isLetterByte(s[end])) {
			return true
		}
		off = k + 1
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ambiguousParty reports whether surface names a party only in British
// politics: the bare "Conservative(s)" is also said of conservatives in
// other countries' parliaments.
func ambiguousParty(surface string) bool {
	return surface == "Conservatives" || surface == "Conservative"
}

// knownSurname reports whether w, a capitalised common word opening a
// sentence ("Bush", "Brown", "Rice"), is the last word of a person's full
// name found earlier in the text: then it names that person.
func (a *analysis) knownSurname(w string) bool {
	for k := len(a.ments) - 1; k >= 0 && k >= len(a.ments)-lookBack; k-- {
		m := &a.ments[k]
		if m.typ != Person || m.kind != MentionName || m.t1-m.t0 < 2 ||
			!m.firstName && m.honor == "" && len(m.titleWords) == 0 {
			continue // only names plainly of a person ("Playstation Portable" is not)
		}
		if strings.HasSuffix(m.surface, " "+w) {
			return true
		}
	}
	return false
}

// sportsDescriptor reports whether the tokens from j are a lower-case
// sports descriptor ("100m champion", "relay gold medallists") ending right
// before a capitalised name: a run before it ending in "Olympic" or
// "Commonwealth" is an adjective of the descriptor, even when the
// gazetteer knows the word ("Commonwealth" the organisation). Unlike
// modifiesRole it ignores office titles, which a body does head
// ("Commonwealth secretary-general Don McKinnon").
func (x *Extractor) sportsDescriptor(a *analysis, s, j int) bool {
	toks := a.tokens
	hi := a.sentTokens[s].End
	for k := j; k < hi && k < j+9; k++ {
		t := toks[k]
		if isCapWord(t) {
			if k == j {
				return false
			}
			w := toks[k-1].Lower()
			b, _ := strings.CutSuffix(w, "s")
			return descriptorHeads[w] || descriptorHeads[b]
		}
		if t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 {
			return false
		}
	}
	return false
}

// Rule name of the leaderOf fact read from a story's lead-in role phrase.
const ruleLeadRole = "title:lead-role-then-name" // "X ..., its chief has said. Y met ..."

// possRolePhrase recognises a possessive role phrase used as the speaker
// of a story's lead-in, before the holder is named: "its chief has said",
// "its chief executive has said", "the firm's chief has told BBC News".
// It adds a role mention flagged cataphor and returns the index after the
// role words, or i. A speech verb must follow: elsewhere "its chief" is
// usually a plain noun phrase ("its chief rival").
func (x *Extractor) possRolePhrase(a *analysis, s, i int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	k := i + 1
	if lw := toks[i].Lower(); lw == "the" {
		if k+1 >= hi || !(lexicon.OrgRoleNouns[toks[k].Lower()] || companyNouns[toks[k].Lower()]) || !isPossessive(toks[k+1].Text) {
			return i
		}
		k += 2
	}
	r0 := k
	var words []string
	for k < hi && k-r0 < 4 && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && isRoleWord(toks[k].Lower()) {
		words = append(words, toks[k].Lower())
		k++
	}
	if len(words) == 0 || !lexicon.IsRoleHead(words[len(words)-1]) && !isLeaderTitle(words) {
		return i
	}
	v := k
	if v < hi && (toks[v].Lower() == "has" || toks[v].Lower() == "have") {
		v++
	}
	if v >= hi || !speechVerbs[toks[v].Lower()] && toks[v].Lower() != "says" {
		return x.possRoleBack(a, s, i, k, words)
	}
	a.addMention(mention{sent: s, t0: i, t1: k, kind: MentionRole, typ: Person, roleHead: words[len(words)-1],
		titleWords: words, cataphor: true})
	return k
}

// possRoleBack adds "the company's chief executive", "its chairman"
// (toks[i:k], role words words) as a role mention that refers back to the
// holder named earlier ("Vodafone chief executive Arun Sarin ... The
// company's chief executive visited India"), resolved like "the
// chairman" by the holder's title. A name right after the role words, or
// after a comma, is the holder itself (the name rules read it), so
// nothing is added then. It returns k, or i when nothing is added.
func (x *Extractor) possRoleBack(a *analysis, s, i, k int, words []string) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	if k < hi && isCapWord(toks[k]) || k+1 < hi && toks[k].Text == "," && isCapWord(toks[k+1]) {
		return i
	}
	head := words[len(words)-1]
	if !lexicon.PersonRoleNouns[head] && !lexicon.LeaderRoles[head] && head != "executive" {
		return i
	}
	a.tagSentence(s)
	if k < hi && (strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "POS") {
		return i // "its chief rival", "the firm's chief economist": the role word is a modifier
	}
	a.addMention(mention{sent: s, t0: i, t1: k, kind: MentionRole, typ: Person, roleHead: head,
		roleMods: words[:len(words)-1]})
	return k
}

// cataphoricRoles binds each lead-in role phrase ("its chief has said")
// to the person the next few sentences introduce by full name, when that
// person carries no title of their own ("Werner Seifert met ..."), and to
// the organisation whose role it is: the first one its sentence names
// before the phrase, else the latest before it. The binding is visible as
// a MentionRole in doc.Mentions (quotes can attribute to it); a leader
// role also gives the person leaderOf the organisation.
func (x *Extractor) cataphoricRoles(a *analysis) {
	ms := a.ments
	ents := a.doc.Entities
	for i := range ms {
		m := &ms[i]
		if !m.cataphor {
			continue
		}
		m.owner = -1
		for k := i - 1; k >= 0 && ms[k].sent >= m.sent-2; k-- {
			o := &ms[k]
			if o.entity < 0 || o.hidden || o.kind == MentionRole || o.kind == MentionPronoun || ents[o.entity].Type != Organization {
				continue
			}
			if o.sent == m.sent || m.owner < 0 {
				m.owner = o.entity // keeps the earliest of the sentence
			}
			if o.sent < m.sent && m.owner >= 0 {
				break
			}
		}
		seen := map[int]bool{}
		for k := 0; k < i; k++ {
			if ms[k].entity >= 0 {
				seen[ms[k].entity] = true
			}
		}
		for k := i + 1; k < len(ms) && ms[k].sent <= m.sent+3; k++ {
			p := &ms[k]
			if p.entity < 0 || p.hidden || p.kind != MentionName || ents[p.entity].Type != Person {
				continue
			}
			titled := len(p.titleWords) > 0 || p.t0 > a.sentTokens[p.sent].Start && isRoleWord(a.tokens[p.t0-1].Lower())
			if seen[p.entity] || p.t1-p.t0 < 2 || titled || p.honor != "" {
				seen[p.entity] = true
				continue
			}
			m.entity = p.entity
			break
		}
		if m.entity < 0 {
			continue
		}
		info := &a.ents[m.entity]
		for _, w := range m.titleWords {
			if !textseg.Contains(info.roles, w) && len(info.roles) < 16 {
				info.roles = append(info.roles, w)
			}
		}
		if m.owner >= 0 {
			if !textseg.Contains(info.attrs, ents[m.owner].Name) && len(info.attrs) < 16 {
				info.attrs = append(info.attrs, ents[m.owner].Name)
			}
			if isLeaderTitle(m.titleWords) && !a.hasFact(m.entity, LeaderOf, m.owner) {
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: LeaderOf, Object: m.owner,
					Sentence: m.sent, Rule: ruleLeadRole, Confidence: confAppos})
			}
		}
	}
}

// hasFact reports whether doc.Facts already holds s p o.
func (a *analysis) hasFact(s int, p string, o int) bool {
	for _, f := range a.doc.Facts {
		if f.Subject == s && f.Predicate == p && f.Object == o {
			return true
		}
	}
	return false
}

// possessiveAsName reports whether some mention of a cluster whose every
// mention ends in "'s" stands where a noun phrase ends: before a verb,
// a preposition or punctuation ("McDonald's said", "at McDonald's."),
// which a possessive cannot. Otherwise "'s" is only the possessive
// ("BBC Radio 4's Today programme", "Motorola's chief").
func (a *analysis) possessiveAsName(mem []int) bool {
	for _, i := range mem {
		if a.ments[i].possName {
			return true // listed among bodies (orgsInClassLists)
		}
		t := a.ments[i].t1 + 1 // after the "'s"
		if t >= len(a.tokens) || a.ments[i].sent < len(a.sentTokens) && t >= a.sentTokens[a.ments[i].sent].End {
			return true
		}
		n := a.tokens[t]
		if n.Flags&textseg.TPunct != 0 && n.Text != "-" && n.Text != "&" || possNameFollowers[n.Lower()] {
			return true
		}
	}
	return false
}

// possNameFollowers are words after which "X's" must be a whole name.
var possNameFollowers = lexicon.WordSet(`said says has had have is was were will would
	could can may might should and or but in on at to for from with by as
	which who that also now`)

// placeRun reports whether toks[i:j] is a country or city the gazetteer
// knows: "UK's Office of Fair Trading" is the UK's office, not one name.
func (x *Extractor) placeRun(a *analysis, i, j int) bool {
	e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[j-1].End]))
	return ok && (e.Type == "Country" || e.Type == "City")
}

// pluralVerbs after a singular name make it a team in British usage
// ("Norwich have signed", "Leeds are bottom").
var pluralVerbs = lexicon.WordSet(`have are were`)

// cityTeams retypes a city as the club named after it when the text uses
// it as the subject of a plural verb opening a sentence ("Norwich have
// signed Charlton midfielder ..."): British news writes clubs so, never
// towns. All mentions of that city in the text follow, since a sports
// story that does so means the club throughout.
func (a *analysis) cityTeams() {
	ms := a.ments
	var teams []string
	for i := range ms {
		m := &ms[i]
		if m.typ != City || m.kind != MentionName || m.canon == "" || m.t1 >= len(a.tokens) || m.t1 >= a.sentTokens[m.sent].End {
			continue
		}
		if pluralVerbs[a.tokens[m.t1].Text] && a.subjectPosition(m.sent, m.t0) && !textseg.Contains(teams, m.canon) {
			teams = append(teams, m.canon)
		}
	}
	if len(teams) == 0 {
		return
	}
	for i := range ms {
		if ms[i].typ == City && textseg.Contains(teams, ms[i].canon) {
			ms[i].typ = Organization
		}
	}
}

// letterCompound reports words like "U-turn", "X-ray", "T-shirt": a
// capital letter, a hyphen and a lower-case word, which are common nouns.
func letterCompound(w string) bool {
	return len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-' && w[2] >= 'a' && w[2] <= 'z'
}

// undot writes dotted initials without their dots ("U.N. Security
// Council" -> "UN Security Council"), the form the gazetteer lists for
// names longer than the initials alone.
func undot(s string) string {
	ws := strings.Fields(s)
	for k, w := range ws {
		if len(w) >= 4 && len(w)%2 == 0 && dottedInitials(w) {
			ws[k] = strings.ReplaceAll(w, ".", "")
		}
	}
	return strings.Join(ws, " ")
}

// dottedInitials reports whether w is capital letters each followed by a
// dot ("U.S.", "E.U.").
func dottedInitials(w string) bool {
	for k := 0; k+1 < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// subjectFollowers after a lone name make it the subject of a clause,
// where a first name is read as the person ("David will lead").
var subjectFollowers = lexicon.WordSet(`said says told added will would has had is was
	can could should must may might insisted admitted believes believed`)

// firstNameTown reports whether the lone gazetteer town m ("David", a
// town in Panama) is rather the first name of a person the text names in
// full ("David Collins ... I believe David will lead"): not after a
// locative preposition, and not itself anyone's surname.
func (a *analysis) firstNameTown(e gazetteer.Entry, m *mention, byFirst map[string][]int) bool {
	if e.Type != "City" && e.Type != "Place" {
		return false
	}
	f := textseg.Lower(m.surface)
	if full, ok := lexicon.Nicknames[f]; ok {
		f = full
	}
	if len(byFirst[f]) == 0 {
		return false
	}
	if m.t0 > 0 && lexicon.LocPreps[a.tokens[m.t0-1].Lower()] || m.t1 >= len(a.tokens) || !subjectFollowers[a.tokens[m.t1].Lower()] {
		return false // "flew to Paris", "loved Sydney"
	}
	// Kept only if it joins the person: with two Davids it names no
	// town either.
	m.alone = true
	return true
}

// joinShortEvents joins a shorter event name to the one longer event name
// it abbreviates: its words in order within the longer name's, with the
// same head ("2011 World Cup", "World Cup" ~ "2011 Rugby World Cup").
// Longer names go first, so that once "2011 World Cup" has joined, a
// bare "World Cup" sees a single candidate; two different candidates
// ("2002 World Cup" too) leave it alone.
func joinShortEvents(ms []mention, uf unionFind) {
	var ev []int
	for i := range ms {
		if ms[i].typ == Event && ms[i].kind == MentionName && !ms[i].hidden {
			ev = append(ev, i)
			if len(ev) > 200 {
				return // linear-time guard; news has a handful
			}
		}
	}
	if len(ev) < 2 {
		return
	}
	ws := make(map[int][]string, len(ev))
	for _, i := range ev {
		ws[i] = strings.Fields(textseg.Lower(ms[i].surface))
	}
	sort.SliceStable(ev, func(a, b int) bool { return len(ws[ev[a]]) > len(ws[ev[b]]) })
	for _, i := range ev {
		if ms[i].canon != "" || len(ws[i]) < 2 {
			continue
		}
		target := -1
		ok := true
		for _, j := range ev {
			if len(ws[j]) <= len(ws[i]) {
				break
			}
			if uf.find(j) == uf.find(i) || !subsequence(ws[i], ws[j]) {
				continue
			}
			if target >= 0 && uf.find(target) != uf.find(j) {
				ok = false
				break
			}
			target = j
		}
		if ok && target >= 0 {
			uf.union(i, target)
		}
	}
}

// subsequence reports whether short's words appear in long in order, the
// last words equal.
func subsequence(short, long []string) bool {
	if short[len(short)-1] != long[len(long)-1] {
		return false
	}
	k := 0
	for _, w := range long {
		if k < len(short) && w == short[k] {
			k++
		} else if eventDiscriminators[w] {
			return false // "World Championships" is not the indoor one
		}
	}
	return k == len(short)
}

// eventDiscriminators name a different competition when dropped
// ("World Indoor Championships", "World Junior Championship").
var eventDiscriminators = lexicon.WordSet(`indoor outdoor junior juniors youth women's
	women men's men under-21 under-20 under-19 under-18 under-17 u21 u20
	winter summer paralympic paralympics olympic olympics european world
	commonwealth asian african amateur veterans masters indoors schools
	previous`)

// workNouns introduce the title of a work or product right after them
// ("the album Nevermind", "his film Tarnation", "the painkiller Vioxx").
var workNouns = lexicon.WordSet(`album single film movie song track book novel
	programme show series musical play game drug painkiller vaccine
	browser console handset`)

// malwareNouns follow the name of a computer virus ("the Netsky worm").
var malwareNouns = lexicon.WordSet(`virus viruses worm worms trojan`)

// namedWork reports whether the unknown name toks[i:j] is the title of a
// work or product, not an entity of a scored type: after "the album",
// "his film" and the like, before "virus" or "worm", a bare model code
// ("the A380"), or a city's people ("Londoners").
func (a *analysis) namedWork(s, i, j int) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i-2 >= lo && workNouns[toks[i-1].Text] {
		switch toks[i-2].Lower() {
		case "the", "his", "her", "its", "their", "new", "latest", "debut", "hit":
			return true
		}
	}
	if j < hi && malwareNouns[toks[j].Text] {
		return true
	}
	if j-i == 1 {
		w := toks[i].Text
		if modelCode(w) && len(strings.TrimRight(strings.TrimLeft(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "s")) >= 3 {
			return true // "the A380", "A300s"; not "O2", "G8", "VH1"
		}
		if b, ok := strings.CutSuffix(w, "ers"); ok && len(b) > 3 {
			if e, ok := a.x.gaz.Lookup(b); ok && e.Type == "City" && !e.CommonWord && (e.Capital || e.Population >= 500000) {
				return true // "Londoners", "Dubliners"; not "Forster"
			}
		}
	}
	return false
}

// teamRoleNouns are lower-case roles in a sports team that follow the
// team's name ("Wallabies captain", "Canaries boss").
var teamRoleNouns = lexicon.RoleClass("nickname-team-role")

// nicknameTeam reports whether the lone capitalised plural common word at
// i names a team by its nickname: a lower-case team role and a
// capitalised name follow ("Wallabies captain George Gregan"). Plural
// nouns only: "Wallabies", "Canaries", "Gunners"; a singular common word
// there is an ordinary adjective or noun.
func (x *Extractor) nicknameTeam(a *analysis, s, i int) bool {
	toks := a.tokens
	hi := a.sentTokens[s].End
	w := toks[i].Text
	if i+2 >= hi || toks[i].Flags&textseg.TCap == 0 || toks[i].Flags&textseg.TUpper != 0 || len(w) < 5 || w[len(w)-1] != 's' {
		return false
	}
	lw := toks[i].Lower()
	if !lexicon.IsCommonWord(lw) || lexicon.SentenceStarters[lw] || !teamRoleNouns[toks[i+1].Text] || !isCapWord(toks[i+2]) {
		return false
	}
	if _, ok := x.gaz.Lookup(w); ok {
		return false
	}
	return true
}

// adjectiveOwner adds the place or nationality opening a sports adjective
// run ("Sydney" in "Sydney Olympic 100m champion"): the Games' city is
// named even though the run is no name. It drops the adjective words
// ("Olympic", "Commonwealth") and connectors from the end.
func (x *Extractor) adjectiveOwner(a *analysis, s, i, j int) {
	toks := a.tokens
	k := j
	for k > i && (adjectiveTails[toks[k-1].Lower()] || toks[k-1].Text == "and") {
		k--
	}
	if k > i {
		x.processRun(a, s, i, k)
	}
}

// camelTail reports words with lower-case letters that end in a capital
// ("VoIP", "DivX"): product and technology names, never people's names
// ("DiCaprio", "McDonald" end in lower case).
func camelTail(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] < 'A' || w[n-1] > 'Z' {
		return false
	}
	for k := 1; k < n-1; k++ {
		if w[k] >= 'a' && w[k] <= 'z' {
			return true
		}
	}
	return false
}

// movementWord reports a capitalised "-ist(s)" word ending a name
// ("Unionist", "Socialists", "Nationalist"): the name is a party or
// movement, not a person.
func movementWord(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > 5 && strings.HasSuffix(w, "ist") && w[0] >= 'A' && w[0] <= 'Z'
}

// stanceOpening steps over a political stance word opening the
// capitalised run toks[i:j] ("Pro-Beijing DAB", "Anti-EU UKIP"): it
// qualifies the name after it and is no part of it, nor a name alone. The
// stance must be toward a place or body the gazetteer knows: "Pro-Shift"
// is a product's name. It returns the index where the name starts (j
// when none is left).
func (x *Extractor) stanceOpening(toks []textseg.Token, i, j int) int {
	for i < j {
		w := toks[i].Lower()
		var target string
		n := 1
		switch {
		case (w == "pro" || w == "anti") && i+2 < j && toks[i+1].Text == "-" &&
			toks[i+1].Start == toks[i].End && toks[i+2].Start == toks[i+1].End:
			target, n = toks[i+2].Text, 3 // "Pro - Beijing" as three tokens
		case strings.HasPrefix(w, "pro-"):
			target = toks[i].Text[4:]
		case strings.HasPrefix(w, "anti-"):
			target = toks[i].Text[5:]
		default:
			return i
		}
		if _, ok := x.gaz.Lookup(target); !ok {
			return i
		}
		i += n
	}
	return j
}

// groupAcronym reports whether the lone capitalised word at i, which is
// also a common acronym ("DAB", digital radio), names a group here: its
// possessive owns a person's full name ("DAB's Ben Chan"), a member's
// seat and a full name follow it ("DAB lawmaker Ann Chiang"), a name
// defines it in brackets ("... Hong Kong (DAB)"), or it follows a
// person's name after "of" ("Ann Chiang of DAB"). A common acronym used
// so is a party's or an organisation's, not the thing.
func groupAcronym(toks []textseg.Token, lo, hi, i int) bool {
	if toks[i].Flags&textseg.TUpper == 0 || len(toks[i].Text) < 3 {
		return false
	}
	if i+3 < hi && isPossessive(toks[i+1].Text) && isCapWord(toks[i+2]) && isCapWord(toks[i+3]) {
		return true
	}
	// "DAB lawmaker Ann Chiang": a member's seat, then a full name.
	if i+3 < hi && partyMemberRoles[toks[i+1].Lower()] && isCapWord(toks[i+2]) && isCapWord(toks[i+3]) {
		return true
	}
	// "the Democratic Alliance ... (DAB)": the acronym a name defines.
	if i-2 >= lo && i+1 < hi && toks[i-1].Text == "(" && toks[i+1].Text == ")" && isCapWord(toks[i-2]) {
		return true
	}
	p := i - 1
	if p > lo && toks[p].Lower() == "the" {
		p--
	}
	return p-1 > lo && toks[p].Lower() == "of" && isCapWord(toks[p-1]) && isCapWord(toks[p-2]) && toks[p-1].Flags&textseg.TUpper == 0
}

// partisanName splits a party member's noun off the name it opens:
// "fellow Democrat Sidney Yates", "Republican Mike Hope", "Tory Tim Yeo"
// are the party and a person, where a run of capitalised words would
// read as one name. Only the member nouns of partisanNouns (never a
// party's own name: "Labour Tony Blair" is rare, "Green Park Road" a
// street), a gazetteer party, and a known first name after it. It adds
// both mentions and reports whether it did.
func (x *Extractor) partisanName(a *analysis, s, i, j int) bool {
	if j-i < 3 || j-i > 4 || !partisanNouns[a.tokens[i].Lower()] || x.names[a.tokens[i+1].Lower()] == 0 {
		return false
	}
	n, canon := x.partyPrefix(a, i, j)
	if n != 1 {
		return false
	}
	a.addMention(mention{sent: s, t0: i, t1: i + 1, kind: MentionName, typ: Organization, strong: true, canon: canon})
	x.personName(a, s, i+1, j, nil, spanKey(i, i+1))
	return true
}

// partyOfPlaceEnd returns the end of "of [the] PLACE" after a party's
// head ("Conservative Party of Canada", "Communist Party of Vietnam"), or
// 0. toks[k] is the word after "of" (and "the"). Only a known place
// continues a party's name: "the Labour Party of Tony Blair" names the
// party and its leader. Two known places joined by "and" both belong to
// it ("Green Party of England and Wales"), unless the second owns what
// follows ("the Labour Party of Britain and France's Socialists"). The
// second may be a place whose name is also a word ("Wales"): after "of
// PLACE and" inside a party's name it can be nothing else.
func (x *Extractor) partyOfPlaceEnd(a *analysis, k, hi int) int {
	m := x.placeEnd(a, k, hi)
	if m == k || m < hi && isCapWord(a.tokens[m]) {
		return 0
	}
	if m+1 < hi && a.tokens[m].Text == "and" {
		if n := x.placeEndAny(a, m+1, hi); n > m+1 && (n >= hi || !isCapWord(a.tokens[n]) && !isPossessive(a.tokens[n].Text)) {
			return n
		}
	}
	return m
}

// placeEndAny is placeEnd that also takes a place named by an English
// word ("Wales", "Nice"), for a slot where only a place can stand.
func (x *Extractor) placeEndAny(a *analysis, k, hi int) int {
	toks := a.tokens
	for m := min(hi, k+x.gaz.MaxWords()); m > k; m-- {
		if !isCapWord(toks[m-1]) {
			continue
		}
		e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[k].Start:toks[m-1].End]))
		if ok && (e.Type == "Country" || e.Type == "City" || e.Type == "Place") {
			return m
		}
	}
	return k
}

// partyPlural returns the plural by which news names a party's members
// and the party itself, for a name "X Party [of PLACE]": "Greens" for
// the Green Party, "Liberals" for the Liberal Party of Canada,
// "Democrats" for the Democratic Party. It returns "" for other names.
// The plural stands for the party only in a story that names it so; a
// bare "Greens" elsewhere may be vegetables or a golf course's.
func partyPlural(w []string) string {
	if len(w) < 2 || textseg.Lower(w[1]) != "party" || len(w) > 2 && w[2] != "of" {
		return ""
	}
	f := w[0]
	if len(f) < 3 || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "" // "Workers' Party", "Law-and-Order Party"
	}
	if strings.HasSuffix(f, "ic") {
		return strings.TrimSuffix(f, "ic") + "s" // "Democratic" -> "Democrats"
	}
	return f + "s"
}
