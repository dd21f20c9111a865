package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of person descriptions by age and nationality: "Chelsea
// have signed Jiri Jarosik. The 26-year-old joined from CSKA Moscow.",
// "Hewitt beat Roddick. The Australian next faces Safin.", "the
// Frenchman", "the 22-year-old striker". Sports and entertainment news
// names a person once and then describes them; a resolved mention lets
// every relation rule and the open facts read the description as the
// name.
//
// A description binds by what the text said of each person and by
// recency and salience:
//   - agreement: a person the text gave an age ("Jarosik, 26,", "the
//     26-year-old Jarosik") or a nationality ("Australian Lleyton
//     Hewitt", "Scotland's Andy Murray") answers only a description
//     with the same one; a "-man" demonym is male;
//   - one agreeing person named in the window is taken;
//   - otherwise the nearest sentence naming a person decides, as for
//     organisation descriptions: one person there is taken unless the
//     story's dominant person is another; several are settled only by
//     the dominant person being among them.
//
// Anything else, and a description inside quotation marks, after "is" or
// "as" (it says what someone is) or followed by a noun or a name ("the
// Australian Open", "the American government"), stays unresolved.

// personDescWindow is how many sentences back a person counts as recent.
const personDescWindow = 3

// personDesc is a parsed person description.
type personDesc struct {
	t0, t1 int    // tokens [t0, t1)
	age    string // "26" from "the 26-year-old", or ""
	rank   string // "one" from "the world number one", or ""
	nation string // canonical country of its demonym, or ""
	male   bool   // a "-man" demonym ("Frenchman")
	head   string // role noun, demonym or age word that heads it
	team   int    // entity of the team named inside ("the England defender"), or -1
	role   int    // index of the role mention the mention stage read there, or -1
}

// personFacts is what the text says of a person: age and nationality.
type personFacts struct {
	age, nation string
	rank        string   // world ranking stated before the name ("world number one Roger Federer")
	teams       []int    // teams named before the person's name ("Arsenal striker X")
	playedFor   []int    // sides named after "for" in the name's clause ("X scored for Spain"): they only refuse
	roles       []string // role nouns right before the person's name ("striker", "singer")
	count       int      // name mentions so far, as a sentence's subject counting twice
	last        int      // sentence of the latest name mention
	names       int      // name mentions so far
	speaks      bool     // a speech verb follows the latest name mention
	possessor   bool     // the latest name mention is a possessive ("Finnan's cross")
}

// resolvePersonDescriptions adds a role mention for each age or
// nationality description of a person that the text's persons settle.
func (x *Extractor) resolvePersonDescriptions(a *analysis) {
	if !a.hasAgeOrDemonymWord() {
		return
	}
	facts := x.personAttributes(a)
	quoted := a.quotedTokens()
	refs := make(map[int]*personFacts)
	var added []mention
	mi := 0
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start; i+1 < r.End; i++ {
			for ; mi < len(a.ments) && a.ments[mi].t0 < i; mi++ {
				a.countPerson(refs, facts, &a.ments[mi], quoted)
			}
			if a.tokens[i].Lower() != "the" || quoted[i] {
				continue
			}
			d, ok := x.personDescAt(a, s, i)
			if !ok {
				continue
			}
			e, why := pickDescribed(a, refs, d, s)
			if tracePersonDesc != nil {
				tracePersonDesc(a.doc, s, a.doc.Text[a.tokens[d.t0].Start:a.tokens[d.t1-1].End], e, why)
			}
			if e < 0 {
				continue
			}
			if d.team >= 0 && !a.hasFact(e, MemberOf, d.team) {
				// "The England defender lashed home ...": the person
				// the description stands for plays for its team.
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: e, Predicate: MemberOf, Object: d.team, Sentence: s,
					Rule: "memberOf/team-role-coref", Confidence: 0.6})
			}
			if d.role >= 0 {
				a.ments[d.role].entity = e
				i = d.t1 - 1
				continue
			}
			m := mention{sent: s, t0: d.t0, t1: d.t1, kind: MentionRole, typ: Person, roleHead: d.head}
			m.Start, m.End = a.tokens[d.t0].Start, a.tokens[d.t1-1].End
			m.surface = a.doc.Text[m.Start:m.End]
			m.entity, m.acrOf, m.titleAttr, m.owner = e, -1, -1, -1
			added = append(added, m)
			i = d.t1 - 1
		}
		for ; mi < len(a.ments) && a.ments[mi].sent <= s; mi++ {
			a.countPerson(refs, facts, &a.ments[mi], quoted)
		}
	}
	for _, m := range added {
		a.hideMentionsIn(m.t0, m.t1)
		a.insertMention(m)
	}
}

// tracePersonDesc, when set (by a measuring test), sees every person
// description the resolver tried: its sentence, words, entity (-1 when
// refused) and why.
var tracePersonDesc func(doc *Document, sentence int, phrase string, e int, why string)

// hasAgeOrDemonymWord is a cheap first look: most texts have no
// "-year-old", no "world" (number one) and no capitalised word after
// "the" to describe a person.
func (a *analysis) hasAgeOrDemonymWord() bool {
	for i := 0; i+1 < len(a.tokens); i++ {
		if a.tokens[i].Lower() == "the" && (isAgeWord(a.tokens[i+1].Text) || isCapWord(a.tokens[i+1]) || a.tokens[i+1].Text == "world") {
			return true
		}
	}
	return false
}

// isAgeWord reports whether w is "26-year-old".
func isAgeWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && ageNumber(n)
}

// ageNumber reports whether n is an age: one to three digits.
func ageNumber(n string) bool {
	if len(n) == 0 || len(n) > 3 {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// personDescRoles may head a description after an age or a demonym ("the
// 22-year-old striker", "the Australian star").
var personDescRoles = lexicon.WordSet(`star singer actor actress veteran champion
	boxer player striker midfielder defender goalkeeper keeper winger
	skipper captain presenter rapper comedian musician frontman guitarist
	drummer forward full-back centre-back playmaker batsman bowler
	fly-half scrum-half prop lock flanker hooker sprinter runner athlete
	swimmer cyclist golfer driver rider jockey director writer author
	actor singer-songwriter songwriter model dancer host broadcaster
	novelist film-maker filmmaker youngster teenager`)

// collectiveDemonyms are demonyms that, after "the", name a people or a
// team rather than one person ("the Welsh", "the French", "the Swiss").
func collectiveDemonym(w string) bool {
	for _, suf := range []string{"sh", "ch", "ese", "ss", "s"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personDescAt parses a person description opening at "the" (token i):
// "the" [age] [former] [demonym] [role noun], with an age or a demonym,
// and no noun or name after it. A description with a role noun but no
// age or demonym is the role resolver's (pickPerson).
func (x *Extractor) personDescAt(a *analysis, s, i int) (personDesc, bool) {
	r := a.sentTokens[s]
	d := personDesc{t0: i, team: -1, role: -1}
	if i > r.Start && personDescPredicates[a.tokens[i-1].Lower()] {
		return d, false // "is the 22-year-old who ...", "as the American"
	}
	k := i + 1
	if k < r.End && isAgeWord(a.tokens[k].Text) {
		d.age, _ = strings.CutSuffix(a.tokens[k].Text, "-year-old")
		d.head = "year-old"
		k++
	}
	if rank, end := a.worldRankAt(k, r.End); rank != "" && d.age == "" {
		// "the world number one": a ranking names one player as
		// surely as an age
		d.rank, d.head = rank, "number"
		k = end
	}
	former := k < r.End && a.tokens[k].Lower() == "former"
	if former {
		k++
	}
	teamEnd := -1
	if t, e := a.teamNamedAt(k); e >= 0 {
		// "the England defender", "the Sale wing": a team and a
		// player's position; a former player is no member now.
		if former {
			return d, false
		}
		k = t
		if k < r.End && teamRoleModifiers[a.tokens[k].Lower()] {
			k++ // "the England international", "the Wales rugby captain"
		}
		if k >= r.End || !teamPositions[a.tokens[k].Lower()] {
			return d, false
		}
		d.team, d.head, teamEnd = e, a.tokens[k].Lower(), t
		k++
	} else if k < r.End && isCapWord(a.tokens[k]) && a.tokens[k].Flags&textseg.TUpper == 0 {
		w := a.tokens[k].Text
		if w == "Brit" || w == "Brits" {
			return d, false // the Brit awards
		}
		e, ok := x.gaz.DemonymEntry(w)
		if !ok || e.Type != "Country" {
			return d, false
		}
		d.nation = e.Name
		d.male = strings.HasSuffix(w, "man")
		d.head = textseg.Lower(w)
		k++
		if collectiveDemonym(w) && (k >= r.End || !personDescRoles[a.tokens[k].Lower()]) {
			return d, false // "the Welsh", "the Swiss": a people or a side
		}
	}
	if d.age == "" && d.nation == "" && d.team < 0 && d.rank == "" {
		return d, false
	}
	if d.team < 0 && k < r.End && personDescRoles[a.tokens[k].Lower()] {
		d.head = a.tokens[k].Lower()
		k++
	}
	d.t1 = k
	if k < r.End {
		n := a.tokens[k]
		switch {
		case isCapWord(n), n.Text == "of", n.Text == "-", n.Text == "who" && (d.nation != "" || d.team >= 0) && d.age == "":
			return d, false // "the American Express", "the Russian who ...": introduces, not refers
		case n.Text == "and" || n.Text == "or":
			return d, false // "the 22-year-old and his team-mate"
		}
		a.tagSentence(s)
		if t := a.tokens[k].Tag; (strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD") && !clauseVerb(n) && !a.adverbBeforeVerb(k, r.End) {
			// "the American government", "the Russian state-owned
			// company": the demonym is an adjective
			return d, false
		}
	}
	if teamEnd >= 0 {
		// The mention stage may have read the phrase as a role it
		// left unresolved; the team's name inside is a mention of its
		// own.
		if j := a.unresolvedRoleAt(i, k); j >= 0 {
			d.role = j
			return d, true
		}
		return d, !a.mentionStartsIn(i, i+1) && !a.mentionStartsIn(teamEnd, k)
	}
	if d.nation != "" && d.age == "" && d.rank == "" && backRefRoles[d.head] {
		// "the Swiss star", "the Portuguese winger": the mention stage
		// read a demonym and a role noun as a role phrase, which
		// pickPerson leaves unbound unless a title named the country;
		// the description is decided here, by agreement and recency.
		// Only the nouns that refer back to someone named (backRefRoles):
		// "the Spanish captain", "the Indian director" more often
		// bring in someone the story never names.
		if j := a.unresolvedRoleAt(i, k); j >= 0 {
			d.role = j
			return d, true
		}
	}
	if a.mentionStartsIn(i, k) {
		return d, false // a name, a title or a role phrase already read there
	}
	return d, true
}

// descAdverbs stand between a description and its verb ("The 23-year-old
// next meets Haas", "The Australian now faces Safin"); the tagger reads
// some of them as adjectives.
var descAdverbs = lexicon.WordSet(`next now then also still later eventually
	again already soon`)

// adverbBeforeVerb reports whether token k is such an adverb and the
// token after it (before end) is a verb: the description before k is
// then its clause's subject, not an adjective of a noun.
func (a *analysis) adverbBeforeVerb(k, end int) bool {
	if k+1 >= end || !descAdverbs[a.tokens[k].Lower()] {
		return false
	}
	n := a.tokens[k+1]
	return clauseVerb(n) || strings.HasPrefix(n.Tag, "VB") || n.Tag == "MD"
}

// pastVerbs are irregular past tenses news writes after a description
// of a person or body ("The 27-year-old left Roma", "The Australian won
// in Sydney", "The club met Glazer"), and present tenses of the verbs that
// carry its facts ("The Scot joins Celtic").
var pastVerbs = lexicon.WordSet(`left quit met won beat lost led ran held took made came
	went saw told said became began gave got kept fell hit set spent paid sent struck
	threw broke chose drew wrote rode fought felt found stood sat put cut shot
	joins leaves quits meets visits faces plays wins beats hosts`)

// clauseVerb reports whether token n, after a description ("the
// 26-year-old", "the Australian", "the club"), is its clause's verb,
// which the tagger, reading the description as an adjective, may tag as
// a noun or an adjective ("The 26-year-old joined/JJ Chelsea", "The
// Australian won/NN"): a past tense in -ed (a hyphenated word is a
// compound adjective: "state-owned") or a listed verb.
func clauseVerb(n textseg.Token) bool {
	w := n.Lower()
	if n.Flags&textseg.TAlpha == 0 || strings.Contains(w, "-") {
		return false
	}
	return pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// worldRankAt reads a world ranking opening at token k: "world number
// one", "world number 14", "world No 2". It returns the rank and the token
// after it, or "" when there is none.
func (a *analysis) worldRankAt(k, end int) (string, int) {
	if k+2 >= end || a.tokens[k].Lower() != "world" {
		return "", k
	}
	switch a.tokens[k+1].Lower() {
	case "number", "no", "no.":
	default:
		return "", k
	}
	n := a.tokens[k+2].Lower()
	if !ageNumber(n) && !rankWords[n] {
		return "", k
	}
	return n, k + 3
}

// rankWords spell out the rankings news writes in words.
var rankWords = lexicon.WordSet(`one two three four five six seven eight nine ten`)

// statedRank returns the world ranking written right before person name
// mention m ("world number one Roger Federer", "World number three
// Andy Roddick"), or "".
func (a *analysis) statedRank(m *mention) string {
	lo := a.sentTokens[m.sent].Start
	for k := m.t0 - 3; k >= lo && k >= m.t0-4; k-- {
		if rank, end := a.worldRankAt(k, m.t0+1); rank != "" && end == m.t0 {
			return rank
		}
	}
	return ""
}

// unresolvedRoleAt returns the index of a visible person role mention
// spanning exactly tokens [t0, t1) that no resolver bound, or -1.
func (a *analysis) unresolvedRoleAt(t0, t1 int) int {
	for j := range a.ments {
		m := &a.ments[j]
		if m.t0 == t0 && m.t1 == t1 && m.kind == MentionRole && m.typ == Person && !m.hidden && m.entity < 0 {
			return j
		}
	}
	return -1
}

// teamPositions are the player's roles a team description ends in: "the
// England defender", "the Sale wing", "the Wales captain". A coach, a
// manager or a boss runs a team rather than plays in it, and is as often
// someone the story has not named.
var teamPositions = lexicon.RoleClass("team-desc-position")

// teamNamedAt returns, when a visible name of a team opens at token t in
// a sports story (an organisation or a country, which a sports story's
// national side is), the token after it and its entity; else (t, -1).
func (a *analysis) teamNamedAt(t int) (int, int) {
	if t >= len(a.tokens) || !isCapWord(a.tokens[t]) || !a.sportsStory() {
		return t, -1
	}
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= t })
	for ; i < len(a.ments) && a.ments[i].t0 == t; i++ {
		m := &a.ments[i]
		if m.hidden || m.entity < 0 || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		ent := a.doc.Entities[m.entity]
		if ent.Type == Country || ent.Type == Organization && !publicBody(ent.Name) {
			// "the Irish League midfielder" plays in a league, for no
			// team the text names
			return m.t1, m.entity
		}
	}
	return t, -1
}

// statedTeam returns the team written before person name mention m:
// "England defender Sol Campbell", "Arsenal's Sol Campbell", "Pompey
// striker Ricardo Fuller".
func (a *analysis) statedTeam(m *mention) int {
	r := a.sentTokens[m.sent]
	k := m.t0 - 1
	if k >= r.Start && isPossessive(a.tokens[k].Text) {
		k--
	} else {
		n := 0
		for k >= r.Start && n < 2 && (teamPositions[a.tokens[k].Lower()] || teamRoleModifiers[a.tokens[k].Lower()]) {
			k--
			n++
		}
		if n == 0 {
			return -1
		}
	}
	for j := k; j >= r.Start && j >= k-3; j-- {
		if t, e := a.teamNamedAt(j); e >= 0 && t == k+1 {
			return e
		}
	}
	return -1
}

// personDescPredicates before "the" make a description say what someone
// is rather than refer back.
var personDescPredicates = lexicon.WordSet(`is was be been being become became becomes
	as named remains remained like than`)

// personAttributes reads, for each person, the age and nationality the
// text states beside a name mention: "Jarosik, 26,", "Jarosik (26)",
// "the 26-year-old Jarosik", "Australian Lleyton Hewitt", "Scotland's
// Andy Murray", "Australian tennis star Hewitt". A person given two
// different ones keeps neither.
func (x *Extractor) personAttributes(a *analysis) map[int]*personFacts {
	out := make(map[int]*personFacts)
	clash := make(map[int]bool)
	set := func(e int, age, nation string) {
		f := out[e]
		if f == nil {
			f = &personFacts{last: -1}
			out[e] = f
		}
		if age != "" {
			if f.age != "" && f.age != age {
				clash[e] = true
			}
			f.age = age
		}
		if nation != "" {
			if f.nation != "" && f.nation != nation {
				clash[e] = true
			}
			f.nation = nation
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.hidden || m.kind != MentionName || a.doc.Entities[m.entity].Type != Person {
			continue
		}
		age, nation := x.statedBeside(a, m)
		set(m.entity, age, nation)
		pf := out[m.entity]
		if r := a.statedRank(m); r != "" {
			if pf.rank != "" && pf.rank != r {
				clash[m.entity] = true
			}
			pf.rank = r
		}
		if t := a.statedTeam(m); t >= 0 && !slices.Contains(pf.teams, t) {
			pf.teams = append(pf.teams, t)
		}
		if r := a.statedRole(m); r != "" && !slices.Contains(pf.roles, r) {
			pf.roles = append(pf.roles, r)
		}
		if t := a.playedForAfter(m); t >= 0 && !slices.Contains(pf.playedFor, t) {
			pf.playedFor = append(pf.playedFor, t)
		}
	}
	// The teams the title rules found ("Arsenal's Campbell" or a
	// lineup read before) count as stated too.
	for _, f := range a.doc.Facts {
		if f.Predicate != MemberOf || a.doc.Entities[f.Subject].Type != Person {
			continue
		}
		if pf := out[f.Subject]; pf != nil && !slices.Contains(pf.teams, f.Object) {
			pf.teams = append(pf.teams, f.Object)
		}
	}
	for e := range clash {
		out[e].age, out[e].nation, out[e].rank = "", "", ""
	}
	return out
}

// statedBeside returns the age and nationality written beside person
// name mention m.
func (x *Extractor) statedBeside(a *analysis, m *mention) (age, nation string) {
	r := a.sentTokens[m.sent]
	// after: "Jarosik, 26," / "Jarosik (26)"
	if m.t1+2 < r.End {
		open, n, close := a.tokens[m.t1].Text, a.tokens[m.t1+1].Text, a.tokens[m.t1+2].Text
		if ageNumber(n) && (open == "," && (close == "," || close == "." || close == "-") || open == "(" && close == ")") {
			age = n
		}
	}
	// later in the sentence: "Davis ... died at the age of 87", "Jarosik,
	// aged 26,", with no other person named in between
	for k := m.t1; k+1 < r.End && age == ""; k++ {
		if k > m.t1 && a.tokMentionPerson(k) {
			break
		}
		switch {
		case a.tokens[k].Lower() == "aged" && ageNumber(a.tokens[k+1].Text):
			age = a.tokens[k+1].Text
		case k+2 < r.End && a.tokens[k].Lower() == "age" && a.tokens[k+1].Lower() == "of" && ageNumber(a.tokens[k+2].Text):
			age = a.tokens[k+2].Text
		}
	}
	// before: up to four words back, within the noun phrase
	for k := m.t0 - 1; k >= r.Start && k >= m.t0-4; k-- {
		t := a.tokens[k]
		if t.Flags&textseg.TPunct != 0 && t.Text != "'s" && t.Text != "’s" {
			break
		}
		if v, ok := strings.CutSuffix(t.Text, "-year-old"); ok && ageNumber(v) {
			age = v
			continue
		}
		if isCapWord(t) {
			if e, ok := x.gaz.DemonymEntry(t.Text); ok && e.Type == "Country" {
				nation = e.Name
				break
			}
			if k+1 < m.t0 && (a.tokens[k+1].Text == "'s" || a.tokens[k+1].Text == "’s") {
				if e, ok := x.gaz.Lookup(t.Text); ok && e.Type == "Country" {
					nation = e.Name // "Scotland's Andy Murray"
				}
				break
			}
			continue // "Chelsea striker Jarosik": a club between
		}
		if t.Flags&textseg.TAlpha == 0 || !personDescRoles[t.Lower()] && t.Lower() != "former" && t.Lower() != "tennis" && t.Lower() != "world" {
			break
		}
	}
	return age, nation
}

// tokMentionPerson reports whether a visible person name mention starts at
// token t.
func (a *analysis) tokMentionPerson(t int) bool {
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= t })
	for ; i < len(a.ments) && a.ments[i].t0 == t; i++ {
		if m := &a.ments[i]; !m.hidden && m.entity >= 0 && a.doc.Entities[m.entity].Type == Person {
			return true
		}
	}
	return false
}

// countPerson adds a visible, unquoted person name mention to the
// recency and salience tally.
func (a *analysis) countPerson(refs map[int]*personFacts, facts map[int]*personFacts, m *mention, quoted []bool) {
	if m.entity < 0 || m.hidden || m.kind != MentionName || quoted[m.t0] || a.doc.Entities[m.entity].Type != Person {
		return
	}
	ref := refs[m.entity]
	if ref == nil {
		ref = &personFacts{}
		if f := facts[m.entity]; f != nil {
			ref.age, ref.nation, ref.rank, ref.teams, ref.roles, ref.playedFor = f.age, f.nation, f.rank, f.teams, f.roles, f.playedFor
		}
		refs[m.entity] = ref
	}
	ref.last, ref.speaks = m.sent, a.speechAfter(m.t1)
	ref.count++
	ref.names++
	ref.possessor = m.t1 < len(a.tokens) && isPossessive(a.tokens[m.t1].Text)
	if a.subjectPosition(m.sent, m.t0) {
		ref.count++
	}
}

// clauseJoinersPerson open a clause whose subject a description can be.
var clauseJoinersPerson = lexicon.WordSet(`and but while although though whereas before after when until as`)

// clauseSubjectAfter reports whether the description at token t opens a
// coordinate or adverbial clause ("..., but the Briton") of a sentence
// whose subject is one, a person named so far who does not speak.
func (a *analysis) clauseSubjectAfter(t, one int, refs map[int]*personFacts) bool {
	if one < 0 || refs[one].speaks {
		return false
	}
	s := a.sentOf(t)
	if s >= len(a.sentTokens) || t == a.sentTokens[s].Start || !clauseJoinersPerson[a.tokens[t-1].Lower()] {
		return false
	}
	return a.sentenceSubjectPerson(s) == one
}

// namedSubjectHere returns the person named as the subject of sentence s
// when the walk has reached that sentence's name (refs records it there),
// or -1. Several persons may be named before a description ("Ferguson's
// striker Ruud van Nistelrooy is fit, but the Scot admitted …"): the
// clause the description opens is about the sentence's subject, whoever
// else was named.
func (a *analysis) namedSubjectHere(s int, refs map[int]*personFacts) int {
	e := a.sentenceSubjectPerson(s)
	if ref := refs[e]; e < 0 || ref == nil || ref.last != s {
		return -1
	}
	return e
}

// minEntity returns the smaller of two entity indices, -1 standing for
// none.
func minEntity(one, e int) int {
	if one < 0 || e >= 0 && e < one {
		return e
	}
	return one
}

// clauseOpening reports whether token t opens a clause: the sentence's
// first word (after an opening quotation mark or a sentence adverb), or a
// word after a clause joiner, a comma, or a speech verb ("said the
// 34-year-old").
func (a *analysis) clauseOpening(t int) bool {
	s := a.sentOf(t)
	if s >= len(a.sentTokens) || t < a.sentTokens[s].Start {
		return false
	}
	if a.subjectPosition(s, t) {
		return true
	}
	p := a.tokens[t-1]
	return clauseJoinersPerson[p.Lower()] || speechVerbs[p.Lower()] || p.Text == "," || p.Text == "“" || p.Text == "\""
}

// sentOf returns the sentence of token t.
func (a *analysis) sentOf(t int) int {
	return sort.Search(len(a.sentTokens), func(i int) bool { return a.sentTokens[i].End > t })
}

// sentenceSubjectPerson returns the person entity of the visible name
// mention opening sentence s, or -1.
func (a *analysis) sentenceSubjectPerson(s int) int {
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.entity < 0 {
			continue
		}
		if m.kind == MentionName && a.subjectPosition(s, m.t0) && a.doc.Entities[m.entity].Type == Person {
			return m.entity
		}
		return -1
	}
	return -1
}

// genericPositions name a player without saying where they play.
var genericPositions = lexicon.RoleClass("generic-position")

// samePositions are the positions news writes two ways.
var samePositions = map[string]string{"keeper": "goalkeeper", "winger": "wing", "fullback": "full-back"}

// positionFits reports whether a person stated with role nouns roles can
// be a team's player of position head: a role outside sport ("singer",
// "boss", "referee") cannot, and a stated position must be head's unless
// either is generic ("the England captain" is any position).
func positionFits(roles []string, head string) bool {
	norm := func(w string) string {
		if v, ok := samePositions[w]; ok {
			return v
		}
		return w
	}
	for _, r := range roles {
		switch {
		case !teamPositions[r]:
			return false
		case genericPositions[r] || genericPositions[head]:
		case norm(r) != norm(head):
			return false
		}
	}
	return true
}

// roleStated reports whether role noun head of a description ("the
// 60-year-old actor") is one the text wrote before a person's name
// ("Actor Michael Douglas"). A generic head ("star", "veteran") names no
// role of its own, and an age or a demonym heading the description is no
// role.
func roleStated(roles []string, head string) bool {
	if !personDescRoles[head] || genericDescRoles[head] {
		return false
	}
	norm := func(w string) string {
		if v, ok := samePositions[w]; ok {
			return v
		}
		return w
	}
	for _, r := range roles {
		if norm(r) == norm(head) {
			return true
		}
	}
	return false
}

// genericDescRoles head descriptions of anyone in the public eye.
var genericDescRoles = lexicon.WordSet(`star veteran champion player youngster teenager
	model host`)

// statedRole returns the role noun written right before person name
// mention m ("Pompey striker Ricardo Fuller", "R&B singer Mark
// Morrison", "Actor Michael Douglas" opening a sentence), or "".
func (a *analysis) statedRole(m *mention) string {
	k := m.t0 - 1
	if k < a.sentTokens[m.sent].Start {
		return ""
	}
	w := a.tokens[k].Lower()
	if isCapWord(a.tokens[k]) && !a.subjectPosition(m.sent, k) || !teamPositions[w] && !lexicon.PersonRoleNouns[w] && !personDescRoles[w] && !relHeadTitle[w] {
		return ""
	}
	return w
}

// teamFits reports whether a person with what ref says of them can play
// for team (fit) and whether the text said so (agree): a person named
// with another team of the same kind (a club for a club, a country or
// national side for a national side) or of another nationality than a
// national side plays for that one instead.
func (a *analysis) teamFits(ref *personFacts, team int) (fit, agree bool) {
	ents := a.doc.Entities
	for _, t := range ref.teams {
		if t == team {
			return true, true
		}
	}
	if a.playedForOther(ref, team) {
		// "Salvat doubled the lead for Spain ... the Morocco goalkeeper"
		return false, false
	}
	national := a.nationalSide(team)
	for _, t := range ref.teams {
		// A national side typed as a team is another kind than a club:
		// "the England midfielder" may play for Liverpool too.
		if ents[t].Type == ents[team].Type && a.nationalSide(t) == national {
			return false, false
		}
	}
	if (ents[team].Type == Country || national) && ref.nation != "" {
		if !sameNation(ref.nation, ents[team].Name) {
			return false, false
		}
		return true, true
	}
	return true, false
}

// sameNation reports whether a person of nationality have answers a
// description of nationality want: equal, or a home nation of the
// United Kingdom against the United Kingdom ("the Scot" is a Briton).
func sameNation(have, want string) bool {
	if have == want {
		return true
	}
	home := func(c string) bool {
		return c == "Scotland" || c == "England" || c == "Wales" || c == "Northern Ireland"
	}
	return have == "United Kingdom" && home(want) || want == "United Kingdom" && home(have)
}

// pickDescribed chooses the person description d in sentence s refers to,
// and says why, or returns -1.
func pickDescribed(a *analysis, refs map[int]*personFacts, d personDesc, s int) (int, string) {
	fits := func(e int, ref *personFacts) (fit, agree bool) {
		if d.age != "" && ref.age != "" {
			if ref.age != d.age {
				return false, false
			}
			agree = true
		}
		if d.nation != "" && ref.nation != "" {
			if !sameNation(ref.nation, d.nation) {
				return false, false
			}
			agree = true
		}
		if d.rank != "" && ref.rank != "" {
			if ref.rank != d.rank {
				return false, false
			}
			agree = true
		}
		if d.male && a.ents[e].gender == 'f' {
			return false, false
		}
		if d.team < 0 && roleStated(ref.roles, d.head) {
			// "Actor Michael Douglas ... the 60-year-old actor": the
			// role the text wrote before the name is as telling as an
			// age
			agree = true
		}
		if d.team >= 0 {
			if !positionFits(ref.roles, d.head) {
				return false, false // "Pompey striker Fuller" is not "the Pompey midfielder"
			}
			switch f, ok := a.teamFits(ref, d.team); {
			case !f:
				return false, false
			case ok:
				agree = true
			}
		}
		return true, agree
	}
	// Agreement: one person named in the window whose stated age or
	// nationality matches.
	agreeing, nAgree := -1, 0
	for e, ref := range refs {
		if s-ref.last > 2*personDescWindow {
			continue // agreement is evidence enough to reach further back
		}
		if fit, agree := fits(e, ref); fit && agree {
			agreeing = e
			nAgree++
		}
	}
	if nAgree == 1 && d.team >= 0 && refs[agreeing].last == s && !a.clauseSubjectAfter(d.t0, agreeing, refs) {
		// "Brian Moore believes the England captain should ...": a
		// team's role in the sentence naming a person is most often
		// someone else, or no one
		return -1, "agrees in same sentence"
	}
	if nAgree == 1 {
		return agreeing, "agrees"
	}
	if nAgree > 1 {
		return -1, "several agree"
	}
	if !a.clauseOpening(d.t0) && d.team < 0 {
		// "Hewitt went down to the American", "behind the Swede": an
		// object is most often another person than the one in view.
		// A team's player may be an object ("Chelsea want to snap up
		// the England midfielder"): the team narrows who is meant, and
		// the same-sentence rule below still keeps out the opponent
		// of a person just named ("Martyn denied the England striker").
		return -1, "object"
	}
	// The story's dominant person: named at least twice, and twice as
	// often as anyone else (a subject counting twice).
	topic, topN, second := leadingRef(refs, func(_ int, ref *personFacts) (int, bool) { return ref.count, true })
	if topic >= 0 && (refs[topic].names < 2 || topN < 2*second) {
		topic = -1
	}
	if topic >= 0 && d.team >= 0 {
		if fit, _ := fits(topic, refs[topic]); !fit {
			// "Henson ... Welsh legend ... The England centre": a
			// dominant person of another side is not the one meant.
			topic = -1
		}
	}
	for dist := 0; dist <= personDescWindow && dist < s; dist++ {
		one, n, topicHere := -1, 0, false
		for e, ref := range refs {
			if ref.last != s-dist {
				continue
			}
			n++
			// the smallest entity, not the last one the map yields:
			// map order is random, and the output must not be
			one = minEntity(one, e)
			if e == topic {
				topicHere = true
			}
		}
		switch {
		case n == 0:
			continue
		case dist == 0 && !a.clauseSubjectAfter(d.t0, a.namedSubjectHere(s, refs), refs):
			// "Wenger said the 22-year-old ...", "Sotherton finished
			// behind the Swede": a person named in the same sentence is
			// meant only when the description opens a new clause
			// about them ("Radcliffe led, but the Briton faded")
			return -1, "same sentence"
		case n == 1 && d.team >= 0 && refs[one].possessor:
			// "He opted to bring Steve Finnan's cross down. ...
			// said the Chelsea star": a possessor is named in passing,
			// while the sentence is about someone else
			return -1, "recent possessor"
		case n == 1 && (topic < 0 || topic == one):
			if fit, _ := fits(one, refs[one]); fit {
				return one, fmt.Sprintf("recent d%d", dist)
			}
			return -1, "recent disagrees"
		case topicHere:
			if fit, _ := fits(topic, refs[topic]); fit {
				return topic, fmt.Sprintf("recent topic d%d", dist)
			}
			return -1, "topic disagrees"
		case n == 1 && topic >= 0 && a.spokenOf(topic, one, s-dist, s, d):
			if fit, _ := fits(topic, refs[topic]); fit {
				return topic, fmt.Sprintf("topic spoken of d%d", dist)
			}
			return -1, "topic disagrees"
		case n == 1:
			return -1, "topic elsewhere"
		}
		return -1, "competing"
	}
	return -1, "no candidate"
}
