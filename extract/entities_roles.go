package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of role phrases in politics and wire text: "Tony
// Blair, the prime minister," binds the role to the name beside it; "the
// prime minister" never resolves to a deputy or a finance minister; and an
// office held by one person ("the prime minister", "the chancellor") that
// no title in the story names refers to the one untitled person the
// story is about at that point.

// slicesDelete returns list without the elements equal to w (in place).
func slicesDelete(list []string, w string) []string {
	out := list[:0]
	for _, s := range list {
		if s != w {
			out = append(out, s)
		}
	}
	return out
}

// officeMods are role modifiers that tell one office from another: "the
// foreign minister" is not the finance minister, "the deputy leader" not
// the leader. Modifiers such as "chief", "party" or "national" say nothing
// a title would repeat, so they are not compared.
var officeMods = lexicon.WordSet(`prime foreign home deputy vice defence defense
	health trade culture education finance shadow acting interim attorney
	interior environment transport justice work pensions industry energy
	economy agriculture sports sport europe european former ex ex- outgoing
	opposition`)

// rankMods are title words that make a holder someone other than the
// plain office ("Deputy Prime Minister X" is not "the prime minister").
var rankMods = lexicon.WordSet(`deputy vice shadow former ex ex- acting interim
	outgoing junior assistant`)

// roleMention builds the role mention of toks[i:end] with head w.
func (x *Extractor) roleMention(s, i, end int, w, dem string, mods []string, hidden bool) mention {
	if w == "minister" && textseg.Contains(mods, "prime") {
		// "the prime minister" (rolePhrase reads "prime" as a
		// modifier): one office, matched as such.
		w, mods = "prime minister", slicesDelete(mods, "prime")
	}
	return mention{sent: s, t0: i, t1: end, kind: MentionRole, typ: Person, roleHead: w, roleAttr: dem, roleMods: mods, hidden: hidden}
}

// roleFits reports whether a person with these title words can be meant by
// the role mention m: the head must match, every office modifier of the
// phrase must be among the titles, and a rank the titles carry ("deputy")
// must be in the phrase too.
func roleFits(roles []string, m *mention) bool {
	if !roleMatches(roles, m.roleHead) {
		return false
	}
	for _, w := range m.roleMods {
		if officeMods[w] && !textseg.Contains(roles, w) {
			return false
		}
	}
	for _, r := range roles {
		if rankMods[r] && !textseg.Contains(m.roleMods, r) {
			return false
		}
	}
	return true
}

// roleWords are the title words a role mention teaches its holder, so
// that later mentions of the same office resolve by title.
func roleWords(m *mention) []string {
	var out []string
	for _, w := range m.roleMods {
		if officeMods[w] || rankMods[w] {
			out = append(out, w)
		}
	}
	for _, w := range words(m.roleHead) {
		if w != "of" {
			out = append(out, w)
		}
	}
	return out
}

// learnRole records role mention m's title words and attribute on e.
func (a *analysis) learnRole(e int, m *mention) {
	info := &a.ents[e]
	for _, w := range roleWords(m) {
		if !textseg.Contains(info.roles, w) && len(info.roles) < 16 {
			info.roles = append(info.roles, w)
		}
	}
	if m.roleAttr != "" && !textseg.Contains(info.attrs, m.roleAttr) && len(info.attrs) < 16 {
		info.attrs = append(info.attrs, m.roleAttr)
	}
}

// bindAppositives resolves person role phrases set off after a name:
// "Tony Blair, the prime minister, said", "He met Jack Straw, the foreign
// secretary." The phrase must close at a comma or the sentence end; "Tom
// Kelly, the prime minister's spokesman," is someone else's role. The
// holder learns the role, so later "the prime minister" finds him by
// title. It runs before the walk of resolveReferences.
func (x *Extractor) bindAppositives(a *analysis) {
	ms := a.ments
	toks := a.tokens
	ents := a.doc.Entities
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionRole || m.typ != Person || m.cataphor || m.entity >= 0 {
			continue
		}
		if m.hidden {
			// "the chancellor, Gordon Brown, said", "Iran's president
			// Ali Reza": the name after the role holds it.
			at := m.t1
			if toks[at].Text == "," {
				at++
			}
			for k := i + 1; k < len(ms) && ms[k].t0 <= at; k++ {
				if p := &ms[k]; p.t0 == at && p.entity >= 0 && !p.hidden && p.kind == MentionName && ents[p.entity].Type == Person {
					a.learnRole(p.entity, m)
					break
				}
			}
			continue
		}
		if m.t0 < 3 || toks[m.t0-1].Text != "," && !possCountry(a, m) ||
			toks[m.t0].Lower() != "the" && !possCountry(a, m) {
			continue // "Will Young, Queen, Kate Bush": a list, not a role
		}
		p0 := m.t0 - 1
		if possCountry(a, m) {
			// "Palaniappan Chidambaram, India's finance minister,"
			for k := i - 1; k >= 0; k-- {
				if ms[k].t1 == m.t0-1 && ms[k].typ == Country {
					p0 = ms[k].t0 - 1
					break
				}
			}
			if p0 < 1 || toks[p0].Text != "," {
				continue
			}
		}
		end := a.sentTokens[m.sent].End
		if m.t1 < end {
			if n := toks[m.t1].Text; n != "," && n != "." && n != ";" {
				continue
			}
		}
		for k := i - 1; k >= 0 && ms[k].t1 >= p0-2; k-- {
			p := &ms[k]
			if p.t1 != p0 || p.entity < 0 || p.hidden || p.kind != MentionName || ents[p.entity].Type != Person {
				continue
			}
			m.entity = p.entity
			a.learnRole(p.entity, m)
			break
		}
	}
}

// uniqueOffice reports whether a role phrase names an office one person
// holds at a time, so that a story uses it for that one person: "the
// prime minister", "the chancellor", "the president", "the home
// secretary", "the finance minister". Plain "the minister" or "the
// secretary" could be any of several.
func uniqueOffice(m *mention) bool {
	if textseg.Contains(m.roleMods, "deputy") || textseg.Contains(m.roleMods, "vice") || textseg.Contains(m.roleMods, "shadow") ||
		textseg.Contains(m.roleMods, "former") || textseg.Contains(m.roleMods, "acting") {
		return false
	}
	switch m.roleHead {
	case "prime minister", "premier", "chancellor", "president", "taoiseach":
		return true
	case "minister", "secretary":
		for _, w := range m.roleMods {
			if officeMods[w] {
				return true
			}
		}
	}
	return false
}

// officeHolder resolves an office no recent title matched. A person whose
// titles (anywhere in the story, also later: "Prime Minister Tony Blair"
// in the last paragraph) fit it, if exactly one does; else the one
// untitled person of this or the previous two sentences that the story is
// about (named in its opening or more than once), if exactly one is: "Tony
// Blair has rejected the calls. The prime minister told MPs ...".
func (x *Extractor) officeHolder(a *analysis, persons []personRef, m *mention, named []int) int {
	if !uniqueOffice(m) || a.tokens[m.t0].Lower() != "the" && !possCountry(a, m) || !a.referential(m) {
		return -1
	}
	ents := a.doc.Entities
	found := -1
	for e := range ents {
		if ents[e].Type != Person || !roleFits(a.ents[e].roles, m) {
			continue
		}
		if m.roleAttr != "" && !textseg.Contains(a.ents[e].attrs, m.roleAttr) {
			continue
		}
		if found >= 0 {
			return -1 // two holders: a title had to tell them apart
		}
		found = e
	}
	if found >= 0 || m.roleAttr != "" {
		return found
	}
	for k := len(persons) - 1; k >= 0 && k >= len(persons)-lookBack && persons[k].sent >= m.sent-2; k-- {
		e := persons[k].ent
		if len(a.ents[e].roles) > 0 || named[e] < 2 && !a.inLead(e) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// inLead reports whether entity e is named in the headline or the first
// sentence of the body.
func (a *analysis) inLead(e int) bool {
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent > 1 {
			break
		}
		if m.entity == e && !m.hidden && m.kind == MentionName {
			return true
		}
	}
	return false
}

// nameCounts counts each entity's visible name mentions.
func (a *analysis) nameCounts() []int {
	n := make([]int, len(a.doc.Entities))
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity >= 0 && !m.hidden && m.kind == MentionName {
			n[m.entity]++
		}
	}
	return n
}

// predicative words before a role phrase make it say what someone is or
// becomes ("was the first president", "elected the president"), not refer.
var predicative = lexicon.WordSet(`is was be been being become became becomes as
	named appointed elected remains remained`)

// referential reports whether role mention m refers to someone: not
// predicative, not ranked ("the first president", "the next chancellor"),
// and not a modifier of a noun after it ("the premier league").
func (a *analysis) referential(m *mention) bool {
	toks := a.tokens
	if m.t0 > a.sentTokens[m.sent].Start && predicative[toks[m.t0-1].Lower()] {
		return false
	}
	for _, w := range m.roleMods {
		if isOrdinal(w) || w == "next" || w == "last" || w == "future" {
			return false
		}
	}
	if m.t1 < a.sentTokens[m.sent].End {
		a.tagSentence(m.sent)
		if t := toks[m.t1]; t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(t.Tag, "NN") {
			return false
		}
	}
	return true
}

// countryOffice recognises an office named by a country's possessive at
// token i (the "'s"): "India's finance minister said", "Russia's
// president has defended". It adds a role mention whose attribute is the
// country and returns the index after the phrase, or i. Before a name
// ("Iran's president, Mohammad Khatami," or "... minister Ali Reza") the
// mention is hidden: the name is the mention and learns the role.
func (x *Extractor) countryOffice(a *analysis, s, i int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	n := len(a.ments)
	if n == 0 || a.ments[n-1].t1 != i || a.ments[n-1].sent != s || a.ments[n-1].typ != Country {
		return i
	}
	ctry := a.ments[n-1].canon
	if ctry == "" {
		ctry = a.ments[n-1].surface
	}
	k := i + 1
	var mods []string
	for k < hi && k-i <= 3 && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && lexicon.RoleModifiers[toks[k].Lower()] && !lexicon.PersonRoleNouns[toks[k].Lower()] {
		mods = append(mods, toks[k].Lower())
		k++
	}
	if k >= hi || toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 || !lexicon.PersonRoleNouns[toks[k].Lower()] || !lexicon.IsRoleHead(toks[k].Lower()) {
		return i
	}
	w := toks[k].Lower()
	end := k + 1
	if end < hi && toks[end].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && toks[end].Flags&textseg.TAlpha != 0 {
		a.tagSentence(s)
		if strings.HasPrefix(toks[end].Tag, "NN") {
			return i // "Japan's president candidate", "France's minister list"
		}
	}
	for _, md := range mods {
		if md == "former" || md == "ex" || md == "outgoing" {
			return i // someone other than the holder
		}
	}
	m := x.roleMention(s, i+1, end, w, ctry, slicesDelete(mods, "new"), false)
	if end < hi && (isCapWord(toks[end]) || toks[end].Text == "," && end+1 < hi && isCapWord(toks[end+1])) {
		m.hidden = true
	}
	a.addMention(m)
	return end
}

// possCountry reports whether role mention m follows a country's
// possessive ("India's finance minister").
func possCountry(a *analysis, m *mention) bool {
	return m.roleAttr != "" && m.t0 >= 2 && isPossessive(a.tokens[m.t0-1].Text)
}

// partyRoleRun handles a run that is a party's adjective and role words
// with no name after them: "Ken Clarke, a Tory MP,", "the Labour MP for
// Leeds", "A Lib Dem MP, Sarah Teather,". The party is named (as in
// "Labour MP Diane Abbott"); the role words are left to the title rules.
func (x *Extractor) partyRoleRun(a *analysis, s, i, j int) bool {
	n, canon := x.partyPrefix(a, i, j)
	if n == 0 || i+n >= j || !partyTitle(a, i, n, j) {
		return false
	}
	toks := a.tokens
	for k := i + n; k < j; k++ {
		if !isRoleWord(toks[k].Lower()) && !pluralAcronym(toks[k].Text) {
			return false
		}
	}
	a.addMention(mention{sent: s, t0: i, t1: i + n, kind: MentionName, typ: Organization, strong: true, canon: canon})
	return true
}

// compassWords open or close region and constituency names.
var compassWords = lexicon.WordSet(`north south east west`)

// compassPlace types two-word runs made of a compass word and a place:
// "West Yorkshire", "North London", "South Wales" (a known place after the
// compass word; "West Ham" is not one), and constituencies such as
// "Ealing North" after "MP for" or "in" in a story on British politics
// ("Kanye West" has no such context). It adds a Place mention and reports
// whether it did.
func (x *Extractor) compassPlace(a *analysis, s, i, j int) bool {
	if j-i != 2 {
		return false
	}
	toks := a.tokens
	w0, w1 := toks[i].Lower(), toks[j-1].Lower()
	switch {
	case compassWords[w0]:
		e, ok := x.gaz.Lookup(toks[j-1].Text)
		if !ok || e.Ambiguous || e.Type != "Place" && e.Type != "Country" && e.Type != "City" {
			return false
		}
	case compassWords[w1] || w1 == "central":
		if x.names[w0] != 0 || lexicon.IsCommonWord(w0) || i == 0 || !a.ukPolitics() {
			return false
		}
		if p := toks[i-1].Lower(); p != "for" && p != "in" && p != "of" {
			return false
		}
	default:
		return false
	}
	a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Place, strong: true})
	return true
}

// townBeforeRegion reports whether the one-word name toks[i:j], which
// nothing else types, stands after a place preposition and before "in" and
// a region ("of Normanton in West Yorkshire", "from Dartford in Kent"):
// a town. A country after "in" says less ("Liffe in London", "Microsoft
// in Britain" are firms), so only regions and counties count.
func (x *Extractor) townBeforeRegion(a *analysis, s, i, j int) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i == lo || j+1 >= hi || toks[j].Text != "in" || !isCapWord(toks[j+1]) {
		return false
	}
	switch toks[i-1].Lower() {
	case "of", "in", "from", "near", "to", "at":
	default:
		return false
	}
	k := j + 1
	if compassWords[toks[k].Lower()] && k+1 < hi && isCapWord(toks[k+1]) {
		k++
	}
	if k+1 < hi && isCapWord(toks[k+1]) {
		return false // a longer name: not read here
	}
	e, ok := x.gaz.Lookup(toks[k].Text)
	return ok && e.Type == "Place" && !e.Ambiguous
}

// locativePreps put a place after them ("jobs at Heathrow", "flights
// from Heathrow").
var locativePreps = lexicon.WordSet(`at in from near outside around via`)

// placeLikeOrgs marks organisations typed only by default (weak: one
// unknown word) whose every mention follows a place preposition: more
// likely an airport, a town or a site than a firm, so "the company" and
// the story's main organisation are never they.
func (a *analysis) placeLikeOrgs(weak []bool) []bool {
	out := make([]bool, len(a.doc.Entities))
	seen := make([]bool, len(a.doc.Entities))
	for i := range weak {
		out[i] = weak[i]
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.hidden || !out[m.entity] || m.kind != MentionName {
			continue
		}
		seen[m.entity] = true
		if m.t0 == a.sentTokens[m.sent].Start || !locativePreps[a.tokens[m.t0-1].Lower()] {
			out[m.entity] = false
		}
	}
	for i := range out {
		out[i] = out[i] && seen[i]
	}
	return out
}

// subsidiaryHere reports whether org e, the candidate for role mention m
// ("the company"), is a unit of the story's main organisation main named
// in m's own sentence: "chief executive of Fiat Auto, with Mr Demel
// leaving the company" means Fiat Auto, not Fiat.
func (a *analysis) subsidiaryHere(m *mention, e, main int) bool {
	ents := a.doc.Entities
	if !strings.HasPrefix(ents[e].Name, ents[main].Name+" ") {
		return false
	}
	for i := range a.ments {
		o := &a.ments[i]
		if o.sent == m.sent && o.entity == e && o.t1 <= m.t0 && !o.hidden {
			// Not from inside a quotation ("“EMI Music's sales ...,” the
			// company added" is EMI speaking).
			for k := o.t1; k < m.t0; k++ {
				if isQuoteMark(a.tokens[k].Text) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// unitNouns are capitalised generic nouns that, after a company's name,
// name one of its units: "Fiat Auto", "Sony Music", "Vodafone Group".
var unitNouns = lexicon.WordSet(`auto autos music pictures entertainment records
	motor motors bank banking capital finance financial energy airlines
	telecom mobile networks software electronics europe asia america
	international holdings group games studios media television tv`)

// companyUnit adds an organisation for a run made of a known company and
// unit nouns ("Fiat Auto"), which both are common words and so were
// dropped; it reports whether it did. Countries after a company ("Vodafone
// UK") are split elsewhere.
func (x *Extractor) companyUnit(a *analysis, s, i, j int) bool {
	toks := a.tokens
	if j-i < 2 || j-i > 3 {
		return false
	}
	e, ok := x.gaz.Lookup(toks[i].Text)
	if !ok || e.Type != "Organization" || e.Ambiguous {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !unitNouns[toks[k].Lower()] {
			return false
		}
	}
	a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true})
	return true
}

// isQuoteMark reports whether a token is a quotation mark.
func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// regionNouns and townNouns, before "of" or right after a name, say what
// kind of place it is: "the province of Aceh", "Aceh province", "the town
// of Normanton".
var (
	regionNouns = lexicon.WordSet(`province region county district island territory`)
	townNouns   = lexicon.WordSet(`city town village`)
)

// placeNounAround returns Place or City when a region or town noun frames
// the name toks[i:j] ("province of X", "X province"), else "".
func (a *analysis) placeNounAround(s, i, j int) EntityType {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	kind := func(w string) EntityType {
		switch {
		case regionNouns[w]:
			return Place
		case townNouns[w]:
			return City
		}
		return ""
	}
	if i-2 >= lo && toks[i-1].Text == "of" && toks[i-2].Flags&(textseg.TCap|textseg.TUpper) == 0 {
		if t := kind(toks[i-2].Text); t != "" {
			return t
		}
	}
	if j < hi && j-i == 1 && toks[j].Flags&(textseg.TCap|textseg.TUpper) == 0 {
		if t := kind(toks[j].Text); t == Place {
			return t // "Aceh province" (not "the Celtic Warriors region")
		}
	}
	return ""
}

// stockIndexes name share indices, which are not entities. Exchanges
// that share the name of their index ("Nasdaq") are indices only when
// index words or market verbs follow (indexOnly false).
var stockIndexes = map[string]bool{
	"Dow": true, "Dow Jones": true, "FTSE": true, "FTSE 100": true, "Footsie": true,
	"Nikkei": true, "Nikkei 225": true, "Dax": true, "DAX": true, "Cac": true, "CAC": true,
	"Hang Seng": true, "Nasdaq": false, "NASDAQ": false,
}

// indexWords follow an index's name ("index", "rose", "closed").
var indexWords = lexicon.WordSet(`index indices indexes industrial industrials composite
	average share shares rose fell lost gained closed ended climbed slipped swung
	dropped jumped added slid rallied surged tumbled finished was`)

// stockIndex reports whether the run ending before token j with the given
// surface names a share index.
func (a *analysis) stockIndex(s int, surface string, j int) bool {
	always, ok := stockIndexes[surface]
	if !ok {
		return false
	}
	if always {
		return true
	}
	if j >= a.sentTokens[s].End {
		return false
	}
	t := a.tokens[j]
	return indexWords[t.Lower()] || t.Flags&textseg.TDigit != 0
}

// soleHolder reports whether persons[k] is the only person so far whose
// title fits role mention m: a country's role phrase ("the UK premier")
// binds to a holder whose title named no country only when no one else
// holds that office in the text.
func (x *Extractor) soleHolder(a *analysis, persons []personRef, k int, m *mention) bool {
	e := persons[k].ent
	for j := range persons {
		if o := persons[j].ent; o != e && roleFits(a.ents[o].roles, m) {
			return false
		}
	}
	return true
}

// staffOfRoles are the staff and leadership nouns whose "of" names the
// body a person leads or works for ("president of StreamCast Networks",
// "managing director of Ontrack Data Recovery").
var staffOfRoles = lexicon.RoleClass("staff-of")

// orgsAfterStaffRoles retypes a multi-word name guessed a person only
// from its shape as an organisation when it is the object of a staff
// role: a company named like a person ("Warner Home Video") or ending in
// a place ("Sony Computer Entertainment America") otherwise takes the
// Person type and loses the leadership fact. A name the article also
// treats as a person ("Mr Weiss", "Weiss said") keeps its type, and so
// does a possessive ("director of Steven Spielberg's film").
func (a *analysis) orgsAfterStaffRoles() {
	ms := a.ments
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() || m.t1-m.t0 < 2 {
			continue
		}
		if !a.roleOfObject(m) && !a.roleOwner(m) && !a.employerAfterAt(m) && !a.bodyNounAfter(m) {
			continue
		}
		if m.t1 < len(a.tokens) && isPossessive(a.tokens[m.t1].Text) {
			continue
		}
		if a.usedAsPerson(k, true) {
			continue
		}
		// Every bare mention of the name is the organisation ("Viotti,
		// director of La Fenice ... At La Fenice Viotti was ..."); one
		// name split over two types would make two entities.
		a.retypeNameAsOrganization(m.surface)
	}
}

// usedAsPerson reports whether the article marks the name of mention k
// as a person elsewhere: the name or its last word with an honorific or a
// title, or, when speech counts, followed by a speech verb (firms speak
// too, so a firm's noun before the name outweighs it).
func (a *analysis) usedAsPerson(k int, speech bool) bool {
	name := a.ments[k].surface
	w := words(name)
	last := w[len(w)-1]
	for i := range a.ments {
		o := &a.ments[i]
		if i == k || !isNameKind(o.kind) || o.surface != name && o.surface != last {
			continue
		}
		if o.honor != "" || len(o.titleWords) > 0 || speech && a.speechAfter(o.t1) {
			return true
		}
	}
	return false
}

// roleOfObject reports whether m follows a staff role and "of"
// ("president of StreamCast Networks").
func (a *analysis) roleOfObject(m *mention) bool {
	return m.t0 >= 2 && a.tokens[m.t0-1].Text == "of" && staffOfRoles[a.tokens[m.t0-2].Lower()]
}

// marketRoles are the staff of banks, brokers and research firms whom
// business news quotes with their employer after "at" or "with" ("chief
// economist at Fannie Mae", "an analyst with Bank Sal Oppenheim"). A
// person is never the place of such a job, so a first name does not
// keep the person here.
var marketRoles = lexicon.WordSet(`economist economists analyst analysts strategist
	strategists trader traders dealer dealers researcher officer`)

// employerAfterAt reports whether m follows a market role and "at" or
// "with" ("economist at Fannie Mae", "analyst at ASK-Raymond James").
func (a *analysis) employerAfterAt(m *mention) bool {
	if m.t0 < 2 {
		return false
	}
	p := a.tokens[m.t0-1].Text
	return (p == "at" || p == "with") && marketRoles[a.tokens[m.t0-2].Text]
}

// bodyNouns after a name make it a company or a title's publisher:
// "the Bisnis Indonesia newspaper", "its Alfa Romeo division", "a
// Buntes Fernsehen portal". A person's name is never followed so.
var bodyNouns = lexicon.WordSet(`newspaper newspapers division subsidiary portal daily`)

// bodyNounAfter reports whether a lower-case body noun follows m ("the
// Bisnis Indonesia newspaper", "its wholly-owned Alfa Romeo division").
func (a *analysis) bodyNounAfter(m *mention) bool {
	return m.t1 < len(a.tokens) && m.t1 < a.sentTokens[m.sent].End && bodyNouns[a.tokens[m.t1].Text]
}

// roleOwner reports whether m, not opening with a first name, stands
// before a lower-case staff role and a capitalised name ("Diageo North
// America president Ivan Menezes"); a first name keeps the person whose
// staff it is ("Tony Blair spokesman Tom Kelly").
func (a *analysis) roleOwner(m *mention) bool {
	r := m.t1
	if m.firstName || r+1 >= len(a.tokens) || a.tokens[r].Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return false
	}
	return (staffOfRoles[a.tokens[r].Text] || marketRoles[a.tokens[r].Text]) && isCapWord(a.tokens[r+1])
}

// actNouns before a name make it a music act, an organisation ("the band
// Kaiser Chiefs", "quartet Il Divo"). "group" also names firms and
// pressure groups, so after it a name opening with a first name stays a
// person ("a group Anna Price founded"); "duo" often names two people
// ("duo Jayne Torvill and Christopher Dean") and is left out.
var actNouns = lexicon.WordSet(`band bands group trio quartet quintet outfit`)

// bandsByNoun retypes a name guessed a person only from its shape, or
// from a first name, as an organisation when an act noun or a firm's
// noun stands right before it in the same sentence ("band Keane",
// "mortgage company Fannie Mae"), when it follows "members of"
// ("members of the Bee Gees"), when it stands in a list of bands ("bands
// including Keane", entities_bands_lists.go), or when it opens a clause before a plural
// verb ("Keane were followed by", entities_bands.go). A possessive after the name keeps the
// person ("members of Tony Marsh's staff"), and so does a name the text
// marks as a person elsewhere (Mr, a title, a speech verb).
func (a *analysis) bandsByNoun() {
	ms := a.ments
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() {
			continue
		}
		firm := a.firmNounBefore(m)
		if !firm && !a.actNounBefore(m) && !a.membersOf(m) && !a.actListMember(m) && !(a.actSubject(m) && !a.partOfLongerName(m)) {
			continue
		}
		if m.t1 < len(a.tokens) && isPossessive(a.tokens[m.t1].Text) || a.usedAsPerson(k, !firm) {
			continue
		}
		// The name's last word alone is the body too ("drugs group Eli
		// Lilly ... Lilly said"); left a person, it would stand apart.
		w := words(m.surface)
		last := w[len(w)-1]
		for i := range ms {
			o := &ms[i]
			if o.kind != MentionName || o.typ != Person || o.canon != "" {
				continue
			}
			if o.surface == m.surface || len(w) >= 2 && o.surface == last && o.honor == "" && len(o.titleWords) == 0 {
				o.makeOrganization()
			}
		}
	}
}

// actNounBefore reports whether an act noun stands right before m in its
// sentence ("band Keane"); after "group", m must not open with a first
// name unless a word saying what kind of group it is comes before
// "group" ("drugs group Eli Lilly", "Glasgow group Franz Ferdinand"):
// after a determiner the group may be one the person leads or founded
// ("a group Anna Price founded").
func (a *analysis) actNounBefore(m *mention) bool {
	p := m.t0 - 1
	if p < a.sentTokens[m.sent].Start || !actNouns[a.tokens[p].Text] {
		return false
	}
	return a.tokens[p].Text != "group" || !m.firstName || a.kindOfGroup(m.sent, p-1)
}

// groupDeterminers stand before "group" without saying what it does.
var groupDeterminers = lexicon.WordSet(`a an the this that his her its their our my your
	one another each every same new`)

// kindOfGroup reports whether token k of sentence s, right before
// "group", names the group's trade or home ("engineering group", "Glasgow
// group"): a word that is no determiner.
func (a *analysis) kindOfGroup(s, k int) bool {
	if k < a.sentTokens[s].Start || a.tokens[k].Flags&(textseg.TPunct|textseg.TDigit) != 0 {
		return false
	}
	return !groupDeterminers[a.tokens[k].Lower()]
}

// firmNounBefore reports whether a lower-case noun only firms bear
// stands right before m in its sentence ("mortgage company Fannie Mae"),
// or opens the sentence capitalised ("Bookmaker William Hill has ...").
func (a *analysis) firmNounBefore(m *mention) bool {
	p, lo := m.t0-1, a.sentTokens[m.sent].Start
	if p < lo {
		return false
	}
	w := a.tokens[p].Text
	if p == lo {
		w = a.tokens[p].Lower()
	}
	return lexicon.FirmNouns[w] && !(strings.HasSuffix(w, "s") && a.personListedAfter(m))
}

// personListedAfter reports whether "and" or a comma and a name opening
// with a first name follow m: after a plural trade noun the names are
// people listed by their trade ("accountants Gareth Pryce and Jane
// Moss"), where one name alone would be a firm ("accountants Ernst
// Kessler").
func (a *analysis) personListedAfter(m *mention) bool {
	k := m.t1
	if k+1 >= a.sentTokens[m.sent].End || a.tokens[k].Text != "and" && a.tokens[k].Text != "," {
		return false
	}
	n := a.nameStartingAt(k + 1)
	// The second name's own head may have typed it ("Tom Hall" a hall):
	// its first word still says a person.
	return n != nil && (n.firstName || n.t1-n.t0 >= 2 && a.x.names[a.tokens[n.t0].Lower()] != 0)
}

// membersOf reports whether m follows "members of" or "members of the".
func (a *analysis) membersOf(m *mention) bool {
	p := m.t0 - 1
	if p >= 0 && a.tokens[p].Text == "the" {
		p--
	}
	return p >= 1 && a.tokens[p].Text == "of" && (a.tokens[p-1].Text == "members" || a.tokens[p-1].Text == "member")
}
