package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A "he"/"she" that is the subject of a relative clause on a person is
// not that person. News describes an opponent, a colleague or a rival
// by what the story's subject did to them, in a relative clause whose
// own subject is a pronoun:
//
//	Safin opens against Tommy Haas, the player he beat in 2002.   (he: Safin)
//	Agassi will play Rainer Schuettler - the man he beat in the final.
//	Campese defended coach Andy Robinson, who he believes was the only choice.
//	Jauzion is reunited with Damien Traille, with whom he forged a partnership.
//
// pickPronoun takes the latest fitting person of the sentence, which
// here is the person the clause describes; but a clause cannot describe
// someone by what that same someone did as "he" (that would be "the
// player who beat ..."). The person meant is the sentence's subject.
//
// The construction is read from the words, not the parse: the parser
// hangs such an apposition and its clause from the wrong word as often
// as not ("the player" as an apposition of the verb, "with whom he
// forged" as a second main clause). After the person's name come a
// comma or dash, then "who"/"whom"/"that", a preposition and "whom", or
// a short noun phrase opened by an article or "whose" ("the player",
// "the man", "whose genius"), then the pronoun and a verb. The pronoun goes to the person whose name
// opens the sentence when that person fits it; otherwise today's choice
// stays, the construction saying only who "he" is not.

// relativeWords open a relative clause whose subject follows them.
var relativeWords = lexicon.WordSet(`who whom that`)

// appositionBreaks stand between a name and a phrase in apposition to it.
var appositionBreaks = lexicon.WordSet(`, - – —`)

// appositionArticles open the noun phrase of an apposition: "the player",
// "a man".
var appositionArticles = lexicon.WordSet(`the a an`)

// subjectOverRelativeHead returns the sentence's subject person, who
// "he"/"she" (m) stands for when m is the subject of a relative clause on
// persons[k], the latest fitting person of m's sentence; or -1 to keep
// persons[k]. fits says whether an entity fits m's gender.
func (a *analysis) subjectOverRelativeHead(persons []personRef, m *mention, k int, fits func(int) bool) int {
	c := persons[k]
	cm := a.mentionAt(m.sent, c.tok, c.ent)
	if cm == nil {
		return -1
	}
	t := cm.t1
	if cm.kind == MentionRole && a.namedBefore(cm) {
		t = cm.t0 - 1 // "Haas, the player he beat": the apposition was bound to Haas
	}
	if !a.relativeOnName(t, m.t0) {
		return -1
	}
	for j := k - 1; j >= 0 && persons[j].sent == m.sent; j-- {
		e := persons[j].ent
		if e == c.ent || !fits(e) || a.doc.Entities[e].Type != Person {
			continue
		}
		if a.opensSentence(m.sent, persons[j].tok, e) {
			return e
		}
	}
	return -1
}

// relativeOnName reports whether tokens [t, p) between a person's name
// (ending before t) and a pronoun at p open a relative clause on the
// name whose subject is the pronoun: ", who", ", whom", ", with whom",
// ", the player", "- the man who", ", whose work", with a verb after the
// pronoun.
func (a *analysis) relativeOnName(t, p int) bool {
	if p-t < 2 || p-t > 5 || p+1 >= a.sentTokens[a.sentOf(p)].End {
		return false
	}
	if !appositionBreaks[a.tokens[t].Text] {
		return false
	}
	w := func(i int) string { return a.tokens[i].Lower() }
	if !relativeWords[w(p-1)] && !appositionArticles[w(t+1)] && w(t+1) != "whose" {
		return false // cheap words first: the tags are read only now
	}
	a.tagSentence(a.sentOf(p))
	if !verbTag(a.tokens[p+1].Tag) {
		return false
	}
	switch {
	case p-t == 2: // ", who he"
		return relativeWords[w(t+1)]
	case p-t == 3 && w(t+2) == "whom": // ", with whom he"
		return a.tokens[t+1].Tag == "IN"
	}
	// ", the player he", ", the man who he", ", the 23-year-old he",
	// ", whose genius he"
	if !appositionArticles[w(t+1)] && w(t+1) != "whose" {
		return false
	}
	end := p
	if relativeWords[w(p-1)] {
		end = p - 1
	}
	for i := t + 2; i < end; i++ {
		if !nounTag(a.tokens[i].Tag) && !strings.HasPrefix(a.tokens[i].Tag, "JJ") {
			return false
		}
	}
	return end > t+2 && nounTag(a.tokens[end-1].Tag)
}

// opensSentence reports whether sentence s opens with a visible mention
// of person e starting at token t, after at most a few function words and
// an honorific ("But Dr Greenspan said ...").
func (a *analysis) opensSentence(s, t, e int) bool {
	sm := a.mentionAt(s, t, e)
	if sm == nil {
		return false
	}
	if sm.honor != "" && t > a.sentTokens[s].Start && a.subjectPosition(s, t-1) {
		return true // the mention starts after its honorific
	}
	return a.subjectPosition(s, t)
}

// namedBefore reports whether role mention r is in apposition to a name
// of the same entity written right before it: "Tommy Haas, the player".
func (a *analysis) namedBefore(r *mention) bool {
	if r.t0 < 2 || !appositionBreaks[a.tokens[r.t0-1].Text] {
		return false
	}
	for _, o := range a.mentionsInSentence(r.sent) {
		if o.t1 == r.t0-1 && o.entity == r.entity && !o.hidden && o.kind == MentionName {
			return true
		}
	}
	return false
}

// verbTag reports whether a tag is a verb's or a modal's.
func verbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// nounTag reports whether a tag is a common or proper noun's.
func nounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }
