package extract

import "strings"

// A person named in passing inside a fronted adjunct is not the subject
// pronoun of the clause the adjunct opens:
//
//	At a conference hosted by finance minister Gordon Brown, he said ...
//	After losing to Federer in the final, he told reporters ...
//	Speaking to Smith on Monday, she said ...
//
// The pronoun is the main clause's subject; the person is a
// preposition's object ("by", "to", "with") somewhere inside a
// prepositional phrase or adverbial clause that stands before the
// pronoun, set off by a comma. Whoever hosted, beat or heard is spoken
// about; the pronoun goes on with the person the text was already
// following. pickPronoun skips such a person, so an earlier person of
// the sentence (the adjunct's own subject: "When Blair spoke to Brown,
// he said" stays Blair) or, failing one, the previous sentence's
// subject or speaker is taken. A possessor ("In Brown's speech, he
// said") is left alone: it is as often the one who goes on.

// frontedAdjunctRels are the relations by which an opening phrase or
// clause hangs from the main verb.
var frontedAdjunctRels = map[string]bool{"obl": true, "advcl": true}

// inFrontedAdjunct reports whether person c, named before subject
// pronoun m in m's sentence, is a preposition's object inside an adjunct
// fronted before m's clause.
func (a *analysis) inFrontedAdjunct(m *mention, c personRef) bool {
	cm := a.mentionAt(m.sent, c.tok, c.ent)
	if cm == nil || cm.t1 > m.t0 || a.possessiveAfter(cm) || m.t0 == 0 || a.tokens[m.t0-1].Text != "," {
		return false // no sign of the construction: spare the parse
	}
	p := a.peekParse(m.sent)
	base := a.sentTokens[m.sent].Start
	if p == nil || len(p.Head) != a.sentTokens[m.sent].End-base {
		return false
	}
	pw := m.t0 - base
	if pw < 1 || p.Deprel[pw] != "nsubj" || p.Words[pw-1] != "," {
		return false
	}
	v := p.Head[pw] - 1
	ch := nameHead(p, cm.t0-base, cm.t1-base)
	// "by UK finance minister Gordon Brown": the name stands in
	// apposition to its title, which is the preposition's object
	for ch >= 0 && (p.Deprel[ch] == "appos" || p.Deprel[ch] == "flat") && p.Head[ch]-1 < ch {
		ch = p.Head[ch] - 1
	}
	if v < 0 || ch < 0 || !obliqueWord(p, ch, false) {
		return false
	}
	// climb from the name to the dependent of the pronoun's verb that
	// holds it
	d := ch
	for d >= 0 && p.Head[d]-1 != v {
		d = p.Head[d] - 1
	}
	if d < 0 || d > pw {
		return false
	}
	rel, _, _ := strings.Cut(p.Deprel[d], ":")
	if !frontedAdjunctRels[rel] {
		return false
	}
	// the whole adjunct stands before the pronoun
	for i := range p.Head {
		if i >= pw && dominates(p, d, i) {
			return false
		}
	}
	return true
}
