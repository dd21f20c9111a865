package extract

import (
	"fmt"
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
	nation string // canonical country of its demonym, or ""
	male   bool   // a "-man" demonym ("Frenchman")
	head   string // role noun, demonym or age word that heads it
}

// personFacts is what the text says of a person: age and nationality.
type personFacts struct {
	age, nation string
	count       int  // name mentions so far, as a sentence's subject counting twice
	last        int  // sentence of the latest name mention
	names       int  // name mentions so far
	speaks      bool // a speech verb follows the latest name mention
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
// "-year-old" and no capitalised word after "the" to describe a person.
func (a *analysis) hasAgeOrDemonymWord() bool {
	for i := 0; i+1 < len(a.tokens); i++ {
		if a.tokens[i].Lower() == "the" && (isAgeWord(a.tokens[i+1].Text) || isCapWord(a.tokens[i+1])) {
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
	d := personDesc{t0: i}
	if i > r.Start && personDescPredicates[a.tokens[i-1].Lower()] {
		return d, false // "is the 22-year-old who ...", "as the American"
	}
	k := i + 1
	if k < r.End && isAgeWord(a.tokens[k].Text) {
		d.age, _ = strings.CutSuffix(a.tokens[k].Text, "-year-old")
		d.head = "year-old"
		k++
	}
	if k < r.End && a.tokens[k].Lower() == "former" {
		k++
	}
	if k < r.End && isCapWord(a.tokens[k]) && a.tokens[k].Flags&textseg.TUpper == 0 {
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
	if d.age == "" && d.nation == "" {
		return d, false
	}
	if k < r.End && personDescRoles[a.tokens[k].Lower()] {
		d.head = a.tokens[k].Lower()
		k++
	}
	d.t1 = k
	if k < r.End {
		n := a.tokens[k]
		switch {
		case isCapWord(n), n.Text == "of", n.Text == "-", n.Text == "who" && d.nation != "" && d.age == "":
			return d, false // "the American Express", "the Russian who ...": introduces, not refers
		case n.Text == "and" || n.Text == "or":
			return d, false // "the 22-year-old and his team-mate"
		}
		a.tagSentence(s)
		if t := a.tokens[k].Tag; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" {
			// "the American government", "the Russian state-owned
			// company": the demonym is an adjective
			return d, false
		}
	}
	if a.mentionStartsIn(i, k) {
		return d, false // a name, a title or a role phrase already read there
	}
	return d, true
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
	}
	for e := range clash {
		out[e].age, out[e].nation = "", ""
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
			ref.age, ref.nation = f.age, f.nation
		}
		refs[m.entity] = ref
	}
	ref.last, ref.speaks = m.sent, a.speechAfter(m.t1)
	ref.count++
	ref.names++
	if a.subjectPosition(m.sent, m.t0) {
		ref.count++
	}
}

// clauseJoinersPerson open a clause whose subject a description can be.
var clauseJoinersPerson = lexicon.WordSet(`and but while although though whereas before after when until as`)

// clauseSubjectAfter reports whether the description at token t opens a
// coordinate or adverbial clause ("..., but the Briton") of a sentence
// whose only person so far, one, is its subject and does not speak.
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
		if d.male && a.ents[e].gender == 'f' {
			return false, false
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
	if nAgree == 1 {
		return agreeing, "agrees"
	}
	if nAgree > 1 {
		return -1, "several agree"
	}
	if !a.clauseOpening(d.t0) {
		// "Hewitt went down to the American", "behind the Swede": an
		// object is most often another person than the one in view
		return -1, "object"
	}
	// The story's dominant person: named at least twice, and twice as
	// often as anyone else (a subject counting twice).
	topic, topN, second := leadingRef(refs, func(_ int, ref *personFacts) (int, bool) { return ref.count, true })
	if topic >= 0 && (refs[topic].names < 2 || topN < 2*second) {
		topic = -1
	}
	for dist := 0; dist <= personDescWindow && dist < s; dist++ {
		one, n, topicHere := -1, 0, false
		for e, ref := range refs {
			if ref.last != s-dist {
				continue
			}
			n++
			one = e
			if e == topic {
				topicHere = true
			}
		}
		switch {
		case n == 0:
			continue
		case dist == 0 && !a.clauseSubjectAfter(d.t0, one, refs):
			// "Wenger said the 22-year-old ...", "Sotherton finished
			// behind the Swede": a person named in the same sentence is
			// meant only when the description opens a new clause
			// about them ("Radcliffe led, but the Briton faded")
			return -1, "same sentence"
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
		case n == 1:
			return -1, "topic elsewhere"
		}
		return -1, "competing"
	}
	return -1, "no candidate"
}
