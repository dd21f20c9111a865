package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Coreference of the possessive "its" and of a team's or band's "they"
// and "their" with the organisation or country a sentence is about:
// "Vodafone said its profits rose", "The firm cut costs. Its chief
// executive, Arun Sarin, ...", "Chelsea beat Fulham. They lead the
// league by nine points." (British English makes a club or band plural).
// A resolved pronoun lets the relation rules and the open facts read
// "its purchase of Yugansk" as "Rosneft's purchase of Yugansk".
//
// The antecedent must be the clear subject:
//   - "its" inside a sentence: the sentence's subject (a name, or a
//     description the nominal resolver bound), an organisation, country,
//     city or place, with no other such entity named between it and
//     "its" ("Vodafone bought Ono for its network" stays open);
//   - "Its" opening a sentence: the previous sentence's subject, under
//     the guards of a sentence-opening "It" (sentenceSubject), or the
//     body of an "Its" opening that sentence, unless a body is named
//     right after it ("Its members include Iran. Its president ...");
//   - "their" inside a sentence: as "its", when the subject is a sports
//     team, band or party by the nominal resolver's evidence ("Chelsea
//     extended their lead");
//   - "They"/"Their" opening a sentence: the previous sentence's subject
//     when it is a sports team or band by the nominal resolver's
//     evidence, and that sentence names no other organisation and no
//     person; a party too ("The Tories launched their manifesto.
//     Their leader ...");
//   - "his"/"her" before a noun (possessivePerson): the person who is the
//     sentence's subject ("Federer made his Davis Cup debut", "He
//     ended his Chelsea career"), else, when the sentence names no
//     person before it, the previous sentence's subject person. The
//     relation rules then read "his Davis Cup debut" as Federer's.
//
// Inside quotation marks "its" and "they" are the speaker's, and nothing
// is bound.

// resolvePossessives adds a pronoun mention for each "its", and each
// sentence-opening "They" or "Their", whose referent is clear.
func (x *Extractor) resolvePossessives(a *analysis) {
	var quoted []bool
	var classes []nomClass
	var added []mention
	// The body an "Its" opening the previous sentence stood for: "Its
	// members include Iran. Its president, X, said ..." goes on about
	// the same body.
	prevIts, curIts := -1, -1
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		prevIts, curIts = curIts, -1
		for i := r.Start; i+1 < r.End; i++ {
			w := a.tokens[i].Text
			if w != "its" && w != "Its" && w != "their" && !(i == r.Start && (w == "They" || w == "Their")) && lexicon.PossessiveGender[w] == 0 {
				continue
			}
			if quoted == nil {
				quoted = a.quotedTokens()
			}
			if quoted[i] || a.mentionStartsIn(i, i+1) {
				continue
			}
			var e int
			switch {
			case lexicon.PossessiveGender[w] != 0:
				e = a.possessivePerson(s, i, lexicon.PossessiveGender[w])
			case w == "its":
				e = a.possessorInSentence(s, i)
			case w == "their":
				// "Chelsea extended their lead": a team or band subject
				if e = a.possessorInSentence(s, i); e >= 0 {
					if classes == nil {
						classes = x.entityClasses(a)
					}
					if !a.takesPlural(e, classes) || a.pluralBetween(s, i) {
						e = -1
					}
				} else {
					if classes == nil {
						classes = x.entityClasses(a)
					}
					e = a.coachedSide(s, i, classes) // coref_coached_sides.go: "Chelsea boss X ... their"
				}
			case w == "Its":
				e = a.sentenceSubject(s - 1)
				if e >= 0 && (!itAntecedentTypes[a.doc.Entities[e].Type] || !a.wellAttested(e)) {
					e = -1
				}
				if e < 0 && i == r.Start {
					e = prevIts
				}
				if e >= 0 && i == r.Start && !a.bodyNamedAfter(s, i) {
					curIts = e
				}
			default:
				if classes == nil {
					classes = x.entityClasses(a)
				}
				e = a.pluralBody(s, i, classes)
			}
			if tracePossessive != nil {
				tracePossessive(a.doc, s, w, e)
			}
			if e >= 0 {
				added = append(added, itMention(a, s, i, e))
			}
		}
	}
	for _, m := range added {
		a.insertMention(m)
	}
	a.possessiveLeaders(added)    // coref_possessive_titles.go: "Its chief executive X"
	x.kindNounLeaders(a)          // coref_kind_titles.go: "party leader X", "Union leader X"
	x.partyLeaderRoles(a)         // coref_party_leaders.go: "the Labour leader" bound to the prime minister
	x.resolvePersonSides(a)       // coref_sides.go: "his side" once "his" is bound
	x.resolveDescribedSides(a)    // coref_described_sides.go: "the visitors", "the African side"
	x.resolvePersonBodies(a)      // coref_possessive_bodies.go: "her company", "his party"
	a.rebindRelativeToDescribed() // coref_pronoun_relatives_described.go: "The 23-year-old ... Haas, the player he beat"
}

// pluralBodies are the kinds of organisation British English makes
// plural, which "they" and "their" refer to: a sports team, a band, and a
// political party ("The Conservatives launched their manifesto. Their
// leader, Michael Howard, said ...").
const pluralBodies = nomTeam | nomBand | nomParty

// bodyNamedAfter reports whether an organisation, country, city or place
// is named in the possessive's own phrase at token t of sentence s, in
// the word after it or after its noun ("Its UK arm", "Its rival Shell",
// "Its unit, Ono,"): the sentence is then about that body, and a
// following "Its" may be its.
func (a *analysis) bodyNamedAfter(s, t int) bool {
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.entity < 0 || !itAntecedentTypes[a.doc.Entities[m.entity].Type] {
			continue
		}
		if m.t0 == t+1 || m.t0 == t+2 || m.t0 == t+3 && a.tokens[t+2].Text == "," {
			return true
		}
	}
	return false
}

// tracePossessive, when set (by a measuring test), sees every pronoun the
// possessive resolver tried: its sentence, word and entity (-1 when
// refused).
var tracePossessive func(doc *Document, sentence int, word string, e int)

// possessorInSentence returns the entity "its" at token t of sentence s
// stands for: the sentence's subject, when it is an organisation,
// country, city or place that is well attested and no other entity of
// those types is named before t; else -1.
func (a *analysis) possessorInSentence(s, t int) int {
	subj, subjEnd := -1, -1
	var subjM mention
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.t0 >= t {
			continue
		}
		if subj < 0 {
			if m.entity < 0 || !a.subjectPosition(s, m.t0) || m.kind == MentionDemonym {
				return -1 // "Russian troops ... its": the subject is no body
			}
			subj, subjEnd, subjM = m.entity, m.t1, m
			continue
		}
		if m.t0 >= subjEnd && m.t0 < a.relativeClauseEnd(subjEnd, t) {
			continue // "England, who lost three Six Nations games, ... their"
		}
		if m.entity >= 0 && m.entity != subj && a.doc.Entities[m.entity].Type != Person {
			return -1 // "Vodafone bought Ono for its network"
		}
	}
	if subj < 0 || !itAntecedentTypes[a.doc.Entities[subj].Type] || !a.wellAttested(subj) {
		return -1
	}
	if subjEnd < a.sentTokens[s].End {
		if n := a.tokens[subjEnd]; n.Text == "'s" || n.Text == "’s" || isCapWord(n) || strings.HasPrefix(n.Text, "-") {
			// "The Russian government's argument ... its", "The
			// Netherlands-based company ... its": the head is another noun
			return -1
		}
		if a.namesModifier(&subjM) && !a.ownKindAfter(&subjM) || a.countryModifies(&subjM) {
			return -1 // "UK banking icon Barclays ... its", "US coach X ... their"
		}
	}
	if a.rivalAgent(s, subj) {
		return -1
	}
	return subj
}

// possessivePerson returns the person "his" or "her" at token t of
// sentence s stands for, or -1. The word must be a determiner ("her
// debut", not "beat her"). Its referent is the sentence's subject, a
// person of the pronoun's gender (or of none known) named, described or
// already resolved from "he"/"she", with no other person named between
// them ("Henman beat Federer to win his title" is open). When the
// sentence names no person before the pronoun ("His Chelsea career
// began in 2003"), it is the previous sentence's subject person, if that
// sentence names no other person and this one none but the same. A
// sentence opened by a title that names the holder's body ("Chelsea
// boss Jose Mourinho said his ...") has the holder for its subject
// (titledSubjectPerson).
func (a *analysis) possessivePerson(s, t int, gender byte) int {
	if !a.determinerAt(s, t) {
		return -1
	}
	fits := func(e int) bool {
		g := a.ents[e].gender
		return a.doc.Entities[e].Type == Person && (g == 0 || g == gender)
	}
	subj, first := -1, true
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.kind == MentionDemonym || m.t0 >= t {
			continue
		}
		if first {
			first = false
			if m.entity >= 0 && a.doc.Entities[m.entity].Type != Person {
				// "Green Party leader Ann Ruddle said her party ...":
				// the title's body opens the sentence, its holder is
				// the subject.
				if p := a.titledSubjectPerson(s); p >= 0 && fits(p) {
					subj = p
					continue
				}
			}
			if m.entity < 0 || !a.subjectPosition(s, m.t0) || !fits(m.entity) {
				return -1 // "Chelsea signed ... his", "On Monday Smith ...": no clear subject
			}
			if m.t1 < t {
				if n := a.tokens[m.t1]; n.Text == "'s" || n.Text == "’s" {
					return -1 // "Federer's coach said his ...": the head is the coach
				}
			}
			subj = m.entity
			continue
		}
		if m.entity >= 0 && m.entity != subj && a.doc.Entities[m.entity].Type == Person {
			return -1 // "Henman beat Federer to win his first title"
		}
	}
	if subj >= 0 {
		return subj
	}
	if !first || s < 2 {
		return -1 // a nameless subject before the pronoun; or the headline's
	}
	prev := a.sentenceSubjectPerson(s - 1)
	if prev < 0 {
		prev = a.titledSubjectPerson(s - 1)
	}
	if prev < 0 {
		for _, m := range a.mentionsInSentence(s - 1) {
			if m.hidden || m.kind == MentionDemonym {
				continue
			}
			if m.kind == MentionPronoun && m.entity >= 0 && a.subjectPosition(s-1, m.t0) {
				prev = m.entity // "He won in Doha. His Davis Cup debut ..."
			}
			break
		}
	}
	if prev < 0 || !fits(prev) {
		return -1
	}
	for _, k := range []int{s - 1, s} {
		for _, m := range a.mentionsInSentence(k) {
			if !m.hidden && m.entity >= 0 && m.entity != prev && a.doc.Entities[m.entity].Type == Person {
				return -1 // "Smith beat Jones. His ..."; "His coach, Roche, said ..."
			}
		}
	}
	return prev
}

// determinerAt reports whether the pronoun at token t of sentence s
// determines the noun phrase after it: a noun, adjective, number or name
// follows ("her season", "his third title", "her Wimbledon title"), not
// an adverb, preposition or punctuation ("cheered her loudly", "beat her
// in Rome"). The tagger alone reads many an object "her" as possessive.
func (a *analysis) determinerAt(s, t int) bool {
	if t+1 >= a.sentTokens[s].End {
		return false
	}
	a.tagSentence(s)
	n := a.tokens[t+1]
	if n.Flags&textseg.TAlpha == 0 && n.Flags&textseg.TDigit == 0 {
		return false
	}
	if isCapWord(n) {
		return true
	}
	tag := n.Tag
	return strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") || tag == "CD" || tag == "VBG"
}

// pluralBody returns the team or band a sentence-opening "They" or
// "Their" (token t of sentence s) stands for: the previous sentence's
// subject when it is one and that sentence names no other organisation
// and no person; else -1.
func (a *analysis) pluralBody(s, t int, classes []nomClass) int {
	if t+1 >= a.sentTokens[s].End {
		return -1
	}
	if a.tokens[t].Text == "They" {
		// a verb must follow: "They have signed", "They also won"
		v := t + 1
		for v+1 < a.sentTokens[s].End && itAdverbs[a.tokens[v].Lower()] {
			v++
		}
		if n := a.tokens[v]; n.Flags&textseg.TAlpha == 0 || n.Flags&(textseg.TCap|textseg.TUpper) != 0 {
			return -1
		}
		a.tagSentence(s)
		if tag := a.tokens[v].Tag; tag == "" || tag[0] != 'V' && tag != "MD" {
			return -1
		}
	}
	e := a.sentenceSubject(s - 1)
	if e < 0 || !a.takesPlural(e, classes) || !a.wellAttested(e) {
		return -1
	}
	for _, m := range a.mentionsInSentence(s - 1) {
		if m.hidden || m.entity < 0 || m.entity == e || m.kind == MentionDemonym {
			continue
		}
		switch a.doc.Entities[m.entity].Type {
		case Organization, Person:
			return -1 // "Chelsea beat Fulham. They ...": either side
		}
	}
	return e
}

// namesModifier reports whether name mention m modifies the words after
// it ("UK banking group Barclays", "United fans", "US firm"): a lower-case
// noun, adjective or gerund follows.
func (a *analysis) namesModifier(m *mention) bool {
	if m.t1 >= a.sentTokens[m.sent].End {
		return false
	}
	n := a.tokens[m.t1]
	if n.Flags&textseg.TAlpha == 0 || n.Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return false
	}
	a.tagSentence(m.sent)
	t := a.tokens[m.t1].Tag
	return strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "VBG"
}

// pluralBetween reports whether a plural noun stands between sentence s's
// first mention and token t: "Entropia allows gamers to ... sell their
// wares", "the Hammers come through their replay": "their" is more likely
// theirs than the subject's.
func (a *analysis) pluralBetween(s, t int) bool {
	ms := a.mentionsInSentence(s)
	if len(ms) == 0 {
		return false
	}
	a.tagSentence(s)
	for k := ms[0].t1; k < t; k++ {
		if k == ms[0].t1 {
			// "England, who have lost three games in a row, wasted a
			// lead in their defeat": the nouns of a relative clause set
			// off after the subject are not its rivals
			k = a.relativeClauseEnd(k, t)
		}
		if tag := a.tokens[k].Tag; tag == "NNS" || tag == "NNPS" {
			return true
		}
	}
	return false
}

// titleWordsMax is how many words a title may have between its body and
// the name ("chief executive", "deputy foreign minister").
const titleWordsMax = 4

// lowerWordsIn reports whether tokens [lo, hi) are all lower-case words.
func (a *analysis) lowerWordsIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := a.tokens[k]; t.Flags&textseg.TAlpha == 0 || t.Flags&(textseg.TCap|textseg.TUpper) != 0 {
			return false
		}
	}
	return true
}

// titledSubjectPerson returns the person of a sentence opened by a title
// naming the person's body before the name ("Vietnam Airlines chief
// executive Nguyen Thi Hoa said ...", "Labour leader Alan Prescott
// ..."): the body's mention opens sentence s and the next visible
// mention is a person's name after a lower-case title, and the title
// rules made the person the body's leader or member. Else -1.
func (a *analysis) titledSubjectPerson(s int) int {
	lo := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].sent >= s })
	body := -1
	for i := lo; i < len(a.ments) && a.ments[i].sent == s; i++ {
		m := &a.ments[i]
		if m.hidden || m.entity < 0 {
			continue
		}
		if body < 0 {
			if !a.subjectPosition(s, m.t0) || a.doc.Entities[m.entity].Type == Person {
				return -1
			}
			body = i
			continue
		}
		b := a.ments[body]
		if m.kind == MentionName && a.doc.Entities[m.entity].Type == Person && m.t0 > b.t1 && m.t0-b.t1 <= titleWordsMax &&
			a.lowerWordsIn(b.t1, m.t0) && (a.hasFact(m.entity, LeaderOf, b.entity) || a.hasFact(m.entity, MemberOf, b.entity)) {
			return m.entity
		}
		return -1
	}
	return -1
}
