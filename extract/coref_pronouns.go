package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of a sentence-opening "It" with the organisation or place
// the previous sentence was about: "Nato held a summit in Riga. It
// includes Poland and Hungary." News carries a body's facts across
// sentences this way, and the relation rules (surface and dependency)
// read a resolved pronoun mention like a name.
//
// Only the clearest construction is taken: "It" opening the sentence,
// followed by a full verb, and a previous sentence whose subject (its
// first mention, at the start of the sentence) is an organisation,
// country, city or place. An expletive "It is ...", "It seems ..." and
// a previous sentence about a person or an event bind nothing.

// itNonReferential are the words after a sentence-opening "It" that make
// it expletive or leave its referent to the reader ("It is thought that",
// "It emerged that", "It was a ...", "It would be ..."), and the speech
// verbs, whose quotes the attribution stage resolves on its own terms
// ("It said: ..."), and "too", which likens "it" to something just
// named other than that subject ("Sony faces the DS. It too allows ...").
var itNonReferential = lexicon.WordSet(`too is was 's ’s isn't wasn't seems seemed
	appears appeared remains remained looks looked means meant takes took
	makes made emerged emerges happens happened feels felt sounds sounded
	would could might may must should can will shall has had does did
	follows followed comes came goes went gets got
	said says told added warned insisted argued explained admitted stressed
	noted urged claimed replied`)

// itAdverbs may stand between "It" and its verb.
var itAdverbs = lexicon.WordSet(`also then now still already later subsequently
	recently currently previously once first since eventually finally`)

// itAntecedentTypes are the entity types "It" can stand for.
var itAntecedentTypes = map[EntityType]bool{Organization: true, Country: true, City: true, Place: true}

// resolveItPronouns adds a pronoun mention for each sentence-opening "It",
// or subject "it" after a fronted connective or time phrase ("But it",
// "Last month, it"), whose referent is the subject of the sentence before, keeping a.ments
// sorted by Start (and the indexes into it that mentions hold).
func (x *Extractor) resolveItPronouns(a *analysis) {
	for s := 2; s < len(a.sentTokens); s++ { // sentence 0 is the headline
		r := a.sentTokens[s]
		if r.End-r.Start < 3 {
			continue
		}
		it := r.Start
		if a.tokens[it].Text != "It" {
			if it = a.frontedIt(s); it < 0 { // "But it", "Last month, it" (coref_it_openers.go)
				continue
			}
		}
		v := it + 1
		for v+1 < r.End && itAdverbs[a.tokens[v].Lower()] {
			v++ // "It then took ...", "It also owns ..."
		}
		next := a.tokens[v]
		if next.Flags&textseg.TAlpha == 0 || next.Flags&(textseg.TCap|textseg.TUpper) != 0 || itNonReferential[next.Lower()] {
			continue
		}
		e := a.sentenceSubject(s - 1)
		if e < 0 || !itAntecedentTypes[a.doc.Entities[e].Type] || !a.wellAttested(e) || a.coordinatedSubject(s-1) {
			continue
		}
		a.insertMention(itMention(a, s, it, e))
	}
	x.resolveClauseIt(a)
}

// itMention is a pronoun mention of token t in sentence s, resolved to e.
func itMention(a *analysis, s, t, e int) mention {
	m := mention{sent: s, t0: t, t1: t + 1, kind: MentionPronoun, typ: a.doc.Entities[e].Type}
	m.Start, m.End = a.tokens[t].Start, a.tokens[t].End
	m.surface = a.tokens[t].Text
	m.entity, m.acrOf, m.titleAttr, m.owner = e, -1, -1, -1
	return m
}

// resolveClauseIt handles "it" opening a coordinate clause of a sentence
// about a body or place: "Nato was founded in 1949 and it includes 12
// countries". The same guards hold as for a sentence-opening "It", and
// the subject is this sentence's own.
func (x *Extractor) resolveClauseIt(a *analysis) {
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start + 2; i+1 < r.End; i++ {
			if a.tokens[i].Text != "it" || !clauseJoiners[a.tokens[i-1].Lower()] {
				continue
			}
			v := i + 1
			for v+1 < r.End && itAdverbs[a.tokens[v].Lower()] {
				v++
			}
			next := a.tokens[v]
			if next.Flags&textseg.TAlpha == 0 || next.Flags&(textseg.TCap|textseg.TUpper) != 0 || itNonReferential[next.Lower()] {
				continue
			}
			e := a.sentenceSubject(s)
			if e < 0 || !itAntecedentTypes[a.doc.Entities[e].Type] || !a.wellAttested(e) || a.tokMentionBefore(s, i) {
				continue
			}
			a.insertMention(itMention(a, s, i, e))
		}
	}
}

// coordinatedSubject reports whether the subject opening sentence s is
// one of a pair or list ("Kessler Motors and Orbis Media have forecast a
// loss"): a following "it" is neither of them alone.
func (a *analysis) coordinatedSubject(s int) bool {
	ms := a.mentionsInSentence(s)
	for i := range ms {
		m := &ms[i]
		if m.hidden {
			continue
		}
		k := m.t1
		if k >= a.sentTokens[s].End || !subjectCoordinators[a.tokens[k].Lower()] {
			return false
		}
		for _, o := range ms[i+1:] {
			if !o.hidden && o.entity >= 0 && o.t0 > k && o.t0 <= k+2 {
				return true // "and Orbis", "and the Orbis group"
			}
		}
		return false
	}
	return false
}

// subjectCoordinators join a subject to another: "X and Y", "X or Y". A
// comma is left out: after a subject it mostly opens an apposition
// ("Titan, a California-based company, pleaded guilty").
var subjectCoordinators = lexicon.WordSet(`and or &`)

// clauseJoiners open a coordinate clause.
var clauseJoiners = lexicon.WordSet(`and but while`)

// tokMentionBefore reports whether another entity of the subject's kinds
// is named in sentence s between its subject and token t: "Nato and the
// EU met, and it ..." leaves "it" open.
func (a *analysis) tokMentionBefore(s, t int) bool {
	first := true
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent != s || m.hidden || m.entity < 0 || m.t0 >= t {
			continue
		}
		if first {
			first = false
			continue
		}
		if itAntecedentTypes[a.doc.Entities[m.entity].Type] {
			return true
		}
	}
	return false
}

// sentenceSubject returns the entity of the visible mention opening
// sentence s (after at most a few function words: "The alliance held",
// "But Nato said"), or -1.
func (a *analysis) sentenceSubject(s int) int {
	lo := a.sentTokens[s].Start
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= lo })
	for ; i < len(a.ments) && a.ments[i].sent == s; i++ {
		m := &a.ments[i]
		if m.hidden {
			continue
		}
		if m.entity < 0 || !a.subjectPosition(s, m.t0) || m.kind == MentionDemonym {
			return -1 // "Russian troops ...": the subject is not the country
		}
		if m.t1 < a.sentTokens[s].End {
			switch n := a.tokens[m.t1]; {
			case n.Text == "'s" || n.Text == "’s":
				return -1 // "The Russian government's argument ...": the head is the argument
			case isCapWord(n), n.Text == "-", strings.HasPrefix(n.Text, "-"):
				return -1 // a name modifying another word: "The Netherlands-based company"
			}
			if a.namesModifier(m) && !a.ownKindAfter(m) {
				return -1 // "UK banking icon Barclays", "United fans": the head is the noun
			}
		}
		if a.rivalAgent(s, m.entity) {
			return -1
		}
		if a.speechAfter(m.t1) {
			// "The company said the move was a step. It affects ...":
			// "It" may be anything in the reported clause.
			return -1
		}
		return m.entity
	}
	return -1
}

// rivalAgent reports whether sentence s names, as the agent of a passive
// ("a market which has been dominated by Nintendo"), another entity of
// subject e's type: "It" after such a sentence is as likely the agent.
func (a *analysis) rivalAgent(s, e int) bool {
	typ := a.doc.Entities[e].Type
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent != s || m.hidden || m.entity < 0 || m.entity == e || a.doc.Entities[m.entity].Type != typ {
			continue
		}
		if m.t0 > a.sentTokens[s].Start && a.tokens[m.t0-1].Lower() == "by" {
			return true
		}
	}
	return false
}

// wellAttested reports whether entity e is surely what its type says: the
// gazetteer or a head word typed one of its mentions, or it is named
// more than once. A capitalised word typed organisation by default
// ("Striker Novo secured victory") is not a body "It" can stand for.
func (a *analysis) wellAttested(e int) bool {
	n := 0
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity != e || m.hidden {
			continue
		}
		if m.strong || m.canon != "" || m.kind == MentionAcronym {
			return true
		}
		if m.kind == MentionName {
			n++
		}
	}
	return n > 1
}

// insertMention puts m into a.ments at its place by Start, shifting the
// mention indexes other mentions hold.
func (a *analysis) insertMention(m mention) {
	at := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start > m.Start })
	a.ments = append(a.ments, mention{})
	copy(a.ments[at+1:], a.ments[at:])
	a.ments[at] = m
	for i := range a.ments {
		if i == at {
			continue
		}
		p := &a.ments[i]
		if p.acrOf >= at {
			p.acrOf++
		}
		if p.titleAttr >= at {
			p.titleAttr++
		}
	}
}

// quotedTokens marks the tokens inside quotation marks, paragraph by
// paragraph (a quotation left open at a paragraph's end closes there).
// A straight mark that re-opens an open quotation after a finished
// sentence keeps it open: BBC copy whose paragraph breaks were lost
// reads `… manage it. "If five players …," he told`, where the speech
// goes on and only the last mark closes it; flipping the parity there
// would put the narrative after it inside quotation marks.
func (a *analysis) quotedTokens() []bool {
	q := make([]bool, len(a.tokens))
	open, para := false, -1
	for s, r := range a.sentTokens {
		if p := a.doc.Sentences[s].Paragraph; p != para {
			open, para = false, p
		}
		for k := r.Start; k < r.End; k++ {
			switch a.tokens[k].Text {
			case "“", "«":
				open = true
				continue
			case "”", "»":
				open = false
				continue
			case "\"":
				if !open || !a.reopensQuote(k) {
					open = !open
				}
				continue
			}
			q[k] = open
		}
	}
	return q
}

// reopensQuote reports whether the straight quotation mark at token k
// opens (a space before it, the next word joined to it) right after a
// sentence's final stop.
func (a *analysis) reopensQuote(k int) bool {
	if k == 0 || k+1 >= len(a.tokens) {
		return false
	}
	t, prev, next := a.tokens[k], a.tokens[k-1], a.tokens[k+1]
	if prev.End >= t.Start || t.End != next.Start {
		return false
	}
	switch prev.Text {
	case ".", "?", "!":
		return true
	}
	return false
}

// unquotedPersons drops the persons named inside quotation marks when the
// pronoun stands outside them; it returns persons itself when nothing is
// dropped.
func unquotedPersons(persons []personRef, inQuote bool) []personRef {
	if inQuote {
		return persons
	}
	n := 0
	for _, p := range persons {
		if p.quoted {
			n++
		}
	}
	if n == 0 {
		return persons
	}
	out := make([]personRef, 0, len(persons)-n)
	for _, p := range persons {
		if !p.quoted {
			out = append(out, p)
		}
	}
	return out
}

// notQuoteSpeakers drops, for a pronoun m inside quotation marks, the
// persons who speak in its paragraph ("..., said Ferguson", "Grant said:
// ..."): a speaker says "I" of himself, so a quoted "he" or "she" is
// someone else ("Ferguson said: \"He ran at me\"" is Wenger). It returns
// persons itself when nothing is dropped.
func (a *analysis) notQuoteSpeakers(persons []personRef, m *mention, inQuote bool) []personRef {
	if !inQuote || len(persons) == 0 || !a.surelyQuoted(m.sent, m.t0) {
		return persons
	}
	para := a.doc.Sentences[m.sent].Paragraph
	speakers := map[int]bool{}
	for s := m.sent; s >= 0 && a.doc.Sentences[s].Paragraph == para; s-- {
		a.collectSpeakers(s, speakers)
	}
	for s := m.sent + 1; s < len(a.sentTokens) && a.doc.Sentences[s].Paragraph == para; s++ {
		a.collectSpeakers(s, speakers)
	}
	if len(speakers) == 0 {
		return persons
	}
	out := make([]personRef, 0, len(persons))
	for _, p := range persons {
		if !speakers[p.ent] {
			out = append(out, p)
		}
	}
	return out
}

// collectSpeakers adds to speakers the person entities of sentence s's
// name mentions next to a speech verb: "X said", "said X".
func (a *analysis) collectSpeakers(s int, speakers map[int]bool) {
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.entity < 0 || m.kind != MentionName || a.doc.Entities[m.entity].Type != Person {
			continue
		}
		if a.speechAfter(m.t1) || m.t0 > a.sentTokens[s].Start && speechVerbs[a.tokens[m.t0-1].Lower()] {
			speakers[m.entity] = true
		}
	}
}

// surelyQuoted reports whether token t of sentence s, which the quote
// marks' parity puts inside a quotation, surely is: the nearest quotation
// mark before it in its paragraph opens a quotation (a curly "“", or a
// straight one joined to the word after it). A quotation that runs on
// into the next paragraph leaves no closing mark, and the parity of the
// paragraph's later marks is then upside down ("...," he said).
func (a *analysis) surelyQuoted(s, t int) bool {
	para := a.doc.Sentences[s].Paragraph
	for ; s >= 0 && a.doc.Sentences[s].Paragraph == para; s-- {
		r := a.sentTokens[s]
		for k := min(t, r.End) - 1; k >= r.Start; k-- {
			switch a.tokens[k].Text {
			case "“":
				return true
			case "”":
				return false
			case "\"":
				return k+1 < len(a.tokens) && a.tokens[k].End == a.tokens[k+1].Start &&
					(k == 0 || a.tokens[k-1].End < a.tokens[k].Start)
			}
		}
	}
	return false
}

// ownKindNouns name what an organisation is, so that "the Congress party",
// "the Tata group" or "the Fiat company" is the organisation itself, not
// a thing of it ("United fans", "the Google team" are others). Sports
// nouns are left out: "the Arsenal side of 2004" is one of its teams.
var ownKindNouns = lexicon.WordSet(`party group company firm corporation bank`)

// ownKindAfter reports whether organisation mention m is followed by the
// noun of its own kind, which ends the phrase: "The Congress party,
// the largest member of the bloc, ...".
func (a *analysis) ownKindAfter(m *mention) bool {
	k, end := m.t1, a.sentTokens[m.sent].End
	if k >= end || m.entity < 0 || a.doc.Entities[m.entity].Type != Organization || !ownKindNouns[a.tokens[k].Text] {
		return false
	}
	if k+1 < end {
		a.tagSentence(m.sent)
		if n := a.tokens[k+1]; n.Text == "'s" || n.Text == "’s" || strings.HasPrefix(n.Tag, "NN") {
			return false // "the Tata group's chairman", "the Labour party leader"
		}
	}
	return true
}
