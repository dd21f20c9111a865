package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Meetings told without a verb of meeting (metWith, symmetric):
//
//	"Argentine President Nestor Kirchner and Venezuelan President Hugo
//	Chavez signed the deal in Buenos Aires"
//	                           two persons, the joint subject of a
//	                           signing done, signed one agreement
//	                           together: they met
//	"Ana Ruiz signed the accord with Prime Minister Li Wen"
//	                           a person who signed an agreement with
//	                           another person met them
//	"Mr Duda was received with military honours by German President
//	Karl Weiss"                a person received, greeted or welcomed
//	                           by another met them
//
// Persons only, by name: two bodies or countries that sign a deal ("India
// and Russia signed a memorandum") or "welcome" a plan tell no meeting.
// Only acts done: "will sign", "are to be received" give nothing (the
// forms read are past ones). Plural documents ("signed new contracts")
// are each one's own, so only a singular agreement noun counts, and a
// player's contract is left out.

// jointDocNouns are the singular nouns of an agreement two parties sign
// together.
var jointDocNouns = lexicon.WordSet(`deal agreement accord treaty pact
	memorandum declaration protocol communique communiqué charter`)

// jointDocModifiers may stand between "signed" and the agreement noun:
// "signed the landmark gas deal", "signed a new trade agreement".
var jointDocModifiers = lexicon.WordSet(`the a an landmark historic new
	trade gas oil peace energy defence defense security border bilateral
	cooperation co-operation economic military nuclear joint final formal
	framework free-trade`)

// receptionVerbs are the past participles of receiving a visitor.
var receptionVerbs = lexicon.WordSet(`received greeted welcomed`)

// meetingRoleWords may stand between "by" or "and" and a person's name:
// a title, role or honorific ("German President", "Prime Minister",
// "his host", "Mr").
var meetingRoleWords = lexicon.WordSet(`president prime minister chancellor
	king queen prince princess premier leader foreign secretary his her
	their host counterpart the emir sheikh governor mayor pope mr mrs ms
	dr sir dame lord lady`)

const (
	coSignRule    = "metWith/co-signed"
	signWithRule  = "metWith/signed-with"
	receptionRule = "metWith/received-by"
)

// meetingsWithoutMeet adds the facts above.
func (r *relState) meetingsWithoutMeet() {
	for k := range r.a.tokens {
		switch w := r.docLow(k); {
		case w == "signed":
			r.coSigned(k)
		case receptionVerbs[w]:
			r.receivedBy(k)
		}
	}
}

// coSigned reads a signing at token k ("signed"): a joint subject of two
// persons, or a person and "with" a person after the agreement noun.
func (r *relState) coSigned(k int) {
	n := k + 1
	for i := 0; i < 4 && jointDocModifiers[r.docLow(n)]; i++ {
		n++
	}
	if !jointDocNouns[r.docLow(n)] || n == k+1 {
		return // "signed deals", "signed for Chelsea"
	}
	v := k
	if w := r.docLow(k - 1); w == "have" || w == "had" || w == "has" {
		v = k - 1 // "Mr Kowal and Mr Nowak have signed the pact"
	}
	second := r.personEndingAt(v - 1)
	if second == nil {
		return
	}
	sent := second.Sentence
	if j := r.skipRoleWords(r.docTok(second.Start)-1, false); r.docLow(j) == "and" {
		if first := r.personEndingAt(j - 1); first != nil && first.Sentence == sent && first.Entity != second.Entity {
			r.add(first.Entity, MetWith, second.Entity, sent, coSignRule, 0.7)
		}
		return
	}
	if r.docLow(n+1) != "with" {
		return
	}
	j := r.skipRoleWords(n+2, true)
	if other := r.personStartingAt(j); other != nil && other.Sentence == sent && other.Entity != second.Entity {
		r.add(second.Entity, MetWith, other.Entity, sent, signWithRule, 0.7)
	}
}

// receivedBy reads "X was received|greeted|welcomed ... by Y" at the
// participle k: X a person named right before the verb group, Y a person
// after "by" within the clause (no punctuation between).
func (r *relState) receivedBy(k int) {
	j := k - 1
	if r.docLow(j) == "warmly" || r.docLow(j) == "formally" || r.docLow(j) == "officially" {
		j--
	}
	if !lexicon.PastCopulas[r.docLow(j)] {
		return
	}
	guest := r.personEndingAt(j - 1)
	if guest == nil {
		return
	}
	for b := k + 1; b < k+12 && b < len(r.a.tokens); b++ {
		if r.a.tokens[b].Flags&textseg.TPunct != 0 || r.a.sentenceOfToken(b) != guest.Sentence {
			return
		}
		if r.docLow(b) != "by" {
			continue
		}
		if host := r.personStartingAt(r.skipRoleWords(b+1, true)); host != nil && host.Sentence == guest.Sentence && host.Entity != guest.Entity {
			r.add(guest.Entity, MetWith, host.Entity, guest.Sentence, receptionRule, 0.7)
		}
		return
	}
}

// personEndingAt returns the person's name mention whose last token is
// k, or nil.
func (r *relState) personEndingAt(k int) *Mention {
	m := r.docMentionAt(k)
	if m == nil || m.Kind != MentionName || r.docTok(m.End)-1 != k || r.typeOf(m.Entity) != Person {
		return nil
	}
	return m
}

// personStartingAt returns the person's name mention whose first token
// is k, or nil.
func (r *relState) personStartingAt(k int) *Mention {
	m := r.docMentionAt(k)
	if m == nil || m.Kind != MentionName || k >= len(r.a.tokens) || m.Start != r.a.tokens[k].Start || r.typeOf(m.Entity) != Person {
		return nil
	}
	return m
}

// skipRoleWords passes over up to four title or role words and
// countries' demonyms from token k, rightwards when right is set, else
// leftwards, and returns the token after them.
func (r *relState) skipRoleWords(k int, right bool) int {
	step := -1
	if right {
		step = 1
	}
	for i := 0; i < 4 && k >= 0 && k < len(r.a.tokens); i++ {
		if m := r.docMentionAt(k); m != nil {
			if m.Kind != MentionDemonym {
				return k
			}
		} else if !meetingRoleWords[r.docLow(k)] {
			return k
		}
		k += step
	}
	return k
}
