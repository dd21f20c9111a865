package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// speakerStaffNouns are the staff who speak for a body: the name after "for"
// is whom they speak for ("a spokeswoman for Hanover Re").
var speakerStaffNouns = lexicon.WordSet(`spokesman spokeswoman spokesperson spokesmen spokeswomen`)

// orgsInSpeakerSlots retypes a name typed Person only from its shape as
// an organisation when it stands where the body a spokesman speaks for
// stands: "a spokeswoman for Hanover Re", "said Malte Pollmann,
// spokesman for Lycos Europe". A person has spokesmen too ("a spokesman
// for Michael Jackson", "a spokesman for Mr Smith"), so the evidence for
// a person outweighs the slot: a name opening with a known first name
// stays a person, as does a one-word name ("a spokesman for Blair"), and
// so does one the story writes elsewhere with an honorific or a title, or
// with a speech verb after it (usedAsPerson). Every bare mention of the
// name follows.
//
// The name closing a described body after its head's post ("founder and
// chairman of P2P network Red Swoosh", describedBodyOfHead) is a body
// even with a first name: the noun right before it says what it is.
//
// The slot before the noun ("Acme spokesman Tom Kelly") is read by
// staffEmployer already; with a first name it is a person's as often as
// a firm's ("Tony Blair spokesman Tom Kelly", "William Hill spokesman
// Rupert Adams"), which the words of one story rarely settle.
func (a *analysis) orgsInSpeakerSlots() {
	ms := a.ments
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() || m.t1-m.t0 < 2 {
			continue
		}
		// A described body's noun right before the name outweighs a first
		// name ("network Red Swoosh"); a spokesman's "for" does not.
		if (m.firstName || !a.spokesFor(m)) && !a.describedBodyOfHead(m) {
			continue
		}
		if a.usedAsPerson(k, true) {
			continue
		}
		a.retypeNameAsOrganization(m.surface)
	}
}

// spokesFor reports whether m follows a spokes-noun and "for", in lower
// case: "a spokesman for Lycos Europe".
func (a *analysis) spokesFor(m *mention) bool {
	s, i := m.sent, m.t0
	return a.lowerAt(s, i-1) && a.tokens[i-1].Text == "for" && a.lowerAt(s, i-2) && speakerStaffNouns[a.tokens[i-2].Lower()]
}

// bodyHeadPosts name the one who founded, owns or heads a whole body; the
// capitalised words after "of" name that body: "president of Exhibitor
// Relations", "founder of Digital Lifestyles". Posts that head a part of
// a body are left out, as their "of" names a department written in
// capitals as often ("head of Global Markets", "director of Public
// Affairs", "vice-president of Sales").
var bodyHeadPosts = lexicon.RoleClass("body-head-of")

// bodyHeadOf reports whether the run of common words starting at token i
// follows a lower-case body-head post and "of" ("chairman of Exhibitor
// Relations", "the chief executive of Digital Lifestyles"). classify
// drops such runs as headings or emphasis; this slot makes them a body.
func bodyHeadOf(toks []textseg.Token, lower func(int) bool, i int) bool {
	if !lower(i-1) || toks[i-1].Text != "of" || !lower(i-2) {
		return false
	}
	w := toks[i-2].Lower()
	return bodyHeadPosts[w] || w == "executive" && lower(i-3) && toks[i-3].Lower() == "chief"
}

// describedBodyOfHead reports whether m closes a short description of a
// body after a body-head post and "of": "chairman of P2P network Red
// Swoosh", "president of the film studio Lions Gate". Between "of" and
// the name stand only "the" and one to three lower-case words or
// acronyms ending in a lower-case noun, so a possessive ("chairman of
// Blair's party") or a comma breaks the slot. "owner" is left out: an
// owner has horses and houses ("owner of racehorse Best Mate").
func (a *analysis) describedBodyOfHead(m *mention) bool {
	s := m.sent
	lo := a.sentTokens[s].Start
	k := m.t0 - 1
	if !a.lowerAt(s, k) {
		return false
	}
	n := 0
	for ; k >= lo && n < 3; k-- {
		t := a.tokens[k]
		if t.Text == "of" || t.Text == "the" {
			break
		}
		if isPossessive(t.Text) || t.Flags&textseg.TPunct != 0 || t.Flags&textseg.TCap != 0 && strings.ToUpper(t.Text) != t.Text {
			return false
		}
		n++
	}
	if n == 0 || k < lo+1 {
		return false
	}
	if a.tokens[k].Text == "the" {
		k--
	}
	if k < lo+1 || a.tokens[k].Text != "of" || !a.lowerAt(s, k-1) {
		return false
	}
	w := a.tokens[k-1].Lower()
	if w == "owner" {
		return false
	}
	return bodyHeadPosts[w] || w == "executive" && a.lowerAt(s, k-2) && a.tokens[k-2].Lower() == "chief"
}

// heldEventPhrases, right after a name and before "in", "at" or "on",
// schedule it as an event: "Asia Aid will be held in Bangkok". Only the
// future and "take place" are read: a person "was held in" a prison or
// a country.
var heldEventPhrases = []string{"will be held", "is to be held", "is due to be held",
	"will take place", "takes place", "took place", "is taking place"}

// eventsHeldSomewhere retypes as an event a name typed Person only from
// its shape (a first name: "Asia Aid") whose last word is a common word
// when it is scheduled somewhere (heldEventPhrases): "MTV's Asia Aid will
// be held in Bangkok on 3 February". A person is detained, never "will be
// held in" a city by itself, and takes no place; one whose surname is a
// common word ("Tom Smith") and whom the story marks as a person
// (usedAsPerson) keeps the type. Every bare mention of the name follows.
func (a *analysis) eventsHeldSomewhere() {
	ms := a.ments
	retyped := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() || m.t1-m.t0 < 2 || !lexicon.IsCommonWord(a.tokens[m.t1-1].Lower()) {
			continue
		}
		if !a.heldAfter(m) || a.usedAsPerson(k, true) {
			continue
		}
		retyped[m.surface] = true
	}
	a.retypeShapePersons(retyped, Event)
}

// heldAfter reports whether a phrase of heldEventPhrases and then "in",
// "at" or "on" follow m in its sentence.
func (a *analysis) heldAfter(m *mention) bool {
	hi := a.sentTokens[m.sent].End
	for _, p := range heldEventPhrases {
		ws := strings.Fields(p)
		k := m.t1
		ok := k+len(ws) < hi
		for n := 0; ok && n < len(ws); n++ {
			ok = a.tokens[k+n].Text == ws[n]
		}
		if ok {
			switch a.tokens[k+len(ws)].Text {
			case "in", "at", "on":
				return true
			}
		}
	}
	return false
}
