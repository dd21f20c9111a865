package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// Same-sentence "he"/"she": the clause's subject over a person named in
// passing. pickPronoun takes the latest fitting person of the pronoun's
// sentence, which is right when that person is what the sentence is
// about, but news often names a second person as the object of a
// preposition or as a possessor before the pronoun returns to the
// subject:
//
//	Agassi was serving to Roddick when he decided to stop.   (he: Agassi)
//	Hantuchova, ranked above Dulko, looked nervous as she fell behind.
//	Holiff managed Cash's career, quitting when he thought it had peaked.
//
// The dependency parse says which is which. Walking up from the pronoun,
// the first clause with a subject other than the pronoun gives the
// subject person; when the latest person is only a prepositional object
// ("to/on/from/against/with/by/above X") or a possessor ("X's"), and the
// subject person fits the pronoun too, the subject wins. Today's choice
// stays when the parse gives no person subject, when that subject is the
// latest person itself ("Smith spoke to Jones, who said he ..." walks to
// "who", that is Jones), when the subject is a pair ("Lucas and Walliams"
// is not "he"), and when the pronoun sits in a reported clause while the
// latest person is named outside it ("Ferguson paid tribute to Keane,
// saying he was the best": who "he" is there is the speaker's to say,
// and it is as often the one praised).

// obliqueCases are the prepositions whose object is named in passing: a
// person after them is rarely whom the next clause is about when the
// clause has a person subject.
var obliqueCases = lexicon.WordSet(`on to from against with by above below
	alongside behind beside ahead over under for at after before than
	as towards toward into`)

// "of" is left out: "into the path of Crawford and he beat the keeper"
// names, after "of", the receiver the next clause is about.

// relativizers stand, as a relative clause's subject, for the noun the
// clause hangs from.
var relativizers = lexicon.WordSet(`who that which whom`)

// subjectOverOblique returns the person who, as the subject of the
// pronoun m's clause (or of a clause above it), refers to m in preference
// to persons[k], the latest fitting person of m's sentence, or -1 to keep
// persons[k]. fits says whether an entity fits m's gender.
func (a *analysis) subjectOverOblique(persons []personRef, m *mention, k int, fits func(int) bool) int {
	if e := a.subjectOverRelativeHead(persons, m, k, fits); e >= 0 {
		return e // coref_pronoun_relatives.go: "Haas, the player he beat"
	}
	c := persons[k]
	cm := a.mentionAt(m.sent, c.tok, c.ent)
	if cm == nil || !rivalBefore(persons, k, m.sent, fits) {
		return -1
	}
	oblique, coord := a.obliqueCue(cm), a.afterCoordinator(m)
	if !oblique && !coord {
		return -1 // no sign of the construction: spare the parse
	}
	p := a.peekParse(m.sent)
	base := a.sentTokens[m.sent].Start
	if p == nil || len(p.Head) != a.sentTokens[m.sent].End-base {
		return -1
	}
	ch := nameHead(p, cm.t0-base, cm.t1-base)
	if ch < 0 {
		return -1
	}
	if !oblique || !obliqueWord(p, ch, a.possessiveAfter(cm)) {
		if !coord || !objectOfFirstConjunct(p, ch, cm.t1-base, m.t0-base, a.possessiveAfter(cm)) {
			return -1
		}
	}
	s, complement := clauseSubject(p, m.t0-base)
	if s < 0 || hasDependent(p, s, "conj") {
		return -1
	}
	if complement >= 0 && !dominates(p, complement, ch) {
		return -1 // "X paid tribute to Y, saying he ...": Y is outside the reported clause
	}
	sm := a.mentionCovering(m.sent, base+s)
	if sm == nil || sm.entity < 0 || sm.entity == c.ent || a.doc.Entities[sm.entity].Type != Person || !fits(sm.entity) {
		return -1
	}
	for j := k - 1; j >= 0 && persons[j].sent == m.sent; j-- {
		if persons[j].ent == sm.entity {
			return sm.entity // a person the pronoun may refer to (not only quoted, not the quote's speaker)
		}
	}
	return -1
}

// obliqueCue reports whether the words around mention m look like a
// possessor or a preposition's object: "'s" after it, or one of
// obliqueCases at most three words before it ("to fellow American Andy
// Roddick"). Only then is the sentence parsed.
func (a *analysis) obliqueCue(m *mention) bool {
	if a.possessiveAfter(m) {
		return true
	}
	for t := m.t0 - 1; t >= a.sentTokens[m.sent].Start && t >= m.t0-3; t-- {
		if obliqueCases[a.tokens[t].Lower()] {
			return true
		}
	}
	return false
}

// rivalBefore reports whether sentence s names, before persons[k],
// another person who fits the pronoun.
func rivalBefore(persons []personRef, k, s int, fits func(int) bool) bool {
	for j := k - 1; j >= 0 && persons[j].sent == s; j-- {
		if persons[j].ent != persons[k].ent && fits(persons[j].ent) {
			return true
		}
	}
	return false
}

// peekParse returns sentence i's parse from the document's cache, or a
// fresh one kept aside from it: which sentences are parsed already is
// read by the open relations as a sign (package openfacts), and
// coreference must not change it. The aside parse is reused by a later
// peek or parsed (parse_cache.go), so no sentence is parsed twice.
func (a *analysis) peekParse(i int) *syntax.Sentence {
	c := &a.parses
	if s, ok := c.sents[i]; ok {
		return s
	}
	if s, ok := c.peeked[i]; ok {
		return s
	}
	if i < 0 || i >= len(a.sentTokens) {
		return nil
	}
	s := a.parseSentence(i) // parse_cache.go
	if s != nil {
		if c.peeked == nil {
			c.peeked = make(map[int]*syntax.Sentence)
		}
		c.peeked[i] = s
	}
	return s
}

// clauseSubject walks up from word w (the pronoun) to the first clause
// whose subject is not w itself, and returns that subject's word (a
// relative clause's "who" gives the noun it stands for) or -1, and the
// highest clausal complement (ccomp) crossed on the way, or -1.
func clauseSubject(p *syntax.Sentence, w int) (subj, complement int) {
	complement = -1
	for cur := w; ; {
		h := p.Head[cur] - 1
		if h < 0 {
			return -1, complement
		}
		if p.Deprel[cur] == "ccomp" {
			complement = cur
		}
		s := subjectDependent(p, h)
		if s < 0 && p.Deprel[h] == "conj" && p.Head[h] > 0 {
			s = subjectDependent(p, p.Head[h]-1) // "X pleaded guilty and will be sentenced ..."
		}
		if s >= 0 && s != w && !dominates(p, s, w) { // the first subject other than the pronoun's own
			if relativizers[strings.ToLower(p.Words[s])] {
				s = relativized(p, s, h)
			}
			return s, complement
		}
		cur = h
	}
}

// relativized returns the word that relativizer r, the subject of
// clause h, stands for, or -1. "Marsh, who will work alongside Grant,
// ..." is read from the words, the comma after the name, since the
// parser often hangs such a clause from the wrong word; otherwise a
// relative clause (acl) gives the noun it hangs from.
func relativized(p *syntax.Sentence, r, h int) int {
	if r >= 2 && p.Words[r-1] == "," && p.UPOS[r-2] == "PROPN" {
		return r - 2
	}
	if strings.HasPrefix(p.Deprel[h], "acl") && p.Head[h] > 0 {
		return p.Head[h] - 1
	}
	return -1
}

// subjectDependent returns word h's nominal subject, or -1.
func subjectDependent(p *syntax.Sentence, h int) int {
	for i, hd := range p.Head {
		if hd-1 == h && (p.Deprel[i] == "nsubj" || p.Deprel[i] == "nsubj:pass") {
			return i
		}
	}
	return -1
}

// hasDependent reports whether word h has a dependent by relation rel.
func hasDependent(p *syntax.Sentence, h int, rel string) bool {
	for i, hd := range p.Head {
		if hd-1 == h && p.Deprel[i] == rel {
			return true
		}
	}
	return false
}

// dominates reports whether word d is word w or one of its ancestors.
func dominates(p *syntax.Sentence, d, w int) bool {
	for n := 0; w >= 0 && n <= len(p.Head); n++ {
		if w == d {
			return true
		}
		w = p.Head[w] - 1
	}
	return false
}

// nameHead returns the word of [t0, t1) whose head lies outside it (a
// name's "Andy" of "Andy Roddick", which heads the flat name), or -1.
func nameHead(p *syntax.Sentence, t0, t1 int) int {
	for i := t0; i < t1 && i < len(p.Head); i++ {
		if h := p.Head[i] - 1; h < t0 || h >= t1 {
			return i
		}
	}
	return -1
}

// obliqueWord reports whether word w is a possessor ("Cash's career",
// when the text marks it so: poss) or the object of one of obliqueCases
// before it ("to Roddick", "by Meldrum"). The parse alone is not trusted
// with possessors: it reads "if Jo Pavey had been" as one.
func obliqueWord(p *syntax.Sentence, w int, poss bool) bool {
	rel := p.Deprel[w]
	if rel == "nmod:poss" {
		return poss
	}
	if !strings.HasPrefix(rel, "obl") && !strings.HasPrefix(rel, "nmod") {
		return false
	}
	for i, hd := range p.Head {
		if hd-1 == w && i < w && p.Deprel[i] == "case" && obliqueCases[strings.ToLower(p.Words[i])] {
			return true
		}
	}
	return false
}

// mentionAt returns sentence s's visible mention of entity e starting at
// token t, or nil.
func (a *analysis) mentionAt(s, t, e int) *mention {
	ms := a.mentionsInSentence(s)
	for i := range ms {
		if ms[i].t0 == t && ms[i].entity == e && !ms[i].hidden {
			return &ms[i]
		}
	}
	return nil
}

// mentionCovering returns sentence s's visible resolved mention holding
// token t, or nil.
func (a *analysis) mentionCovering(s, t int) *mention {
	ms := a.mentionsInSentence(s)
	for i := range ms {
		if ms[i].t0 <= t && t < ms[i].t1 && ms[i].entity >= 0 && !ms[i].hidden {
			return &ms[i]
		}
	}
	return nil
}

// possessiveAfter reports whether mention m is marked as a possessor:
// "'s" after it, or an apostrophe closing a name in s ("Collins' advice").
func (a *analysis) possessiveAfter(m *mention) bool {
	if m.t1 >= a.sentTokens[m.sent].End {
		return false
	}
	switch a.tokens[m.t1].Text {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}
