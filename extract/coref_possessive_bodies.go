package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of a person's "her company", "his party", "his firm": once
// "his"/"her" is bound to a person (possessivePerson), the noun after it
// stands for the one organisation of its kind the text has tied that
// person to by a title ("Vietnam Airlines chief executive Nguyen Thi Hoa
// ... Her company is a member of the SkyTeam alliance", "Labour leader
// Alan Prescott ... his party fell behind Reform UK"). News names an
// executive's or politician's body once in the title and then as theirs;
// a resolved mention over the noun lets the relation rules read "her
// company" as the company's name.
//
// The ties are the leadership and membership facts the title rules found
// before coreference runs. A person tied to no body of the noun's kind, or
// to two ("his party" of a minister who left one for another), a
// modifier between ("his former party", "his new firm", which is often
// the other one) and a name or a noun after the noun ("his company
// Nordvik", "his party leader") leave the noun unresolved. A team's
// "his side", "his club" is coref_sides.go's.

// personBodyNouns are the nouns a person's possessive may put before a
// body, with the kinds of organisation each can be (the nominal
// resolver's classes).
var personBodyNouns = map[string]nomClass{
	"company":  nomCompany, // "her company"
	"firm":     nomCompany, // "his firm"
	"employer": nomCompany, // "his employer"
	"airline":  nomCompany, // "her airline"
	"bank":     nomBank,    // "his bank"
	"party":    nomParty,   // "his party"
	"band":     nomBand,    // "her band"
}

// resolvePersonBodies adds an organisation mention for the noun of each
// "her company" or "his party" whose person the text ties to one body of
// that kind.
func (x *Extractor) resolvePersonBodies(a *analysis) {
	var classes []nomClass
	var added []mention
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionPronoun || m.entity < 0 || m.hidden || lexicon.PossessiveGender[a.tokens[m.t0].Text] == 0 {
			continue
		}
		k, end := m.t1, a.sentTokens[m.sent].End
		cls, ok := personBodyNouns[a.tokens[k].Lower()]
		if k >= end || !ok || a.mentionStartsIn(k, k+1) {
			continue
		}
		if k+1 < end {
			if n := a.tokens[k+1]; isCapWord(n) || n.Text == "," && k+2 < end && isCapWord(a.tokens[k+2]) {
				continue // "his company Nordvik", "her party, the Greens,": the name is there
			}
			a.tagSentence(m.sent)
			if n := a.tokens[k+1]; n.Text != "'s" && n.Text != "’s" && (strings.HasPrefix(n.Tag, "NN") || n.Text == "-") {
				continue // "his party leader", "her company car": another thing
			}
		}
		if classes == nil {
			classes = x.entityClasses(a)
		}
		body := a.personBodyOf(m.entity, cls, classes)
		if body < 0 {
			continue
		}
		r := mention{sent: m.sent, t0: k, t1: k + 1, kind: MentionRole, typ: Organization, roleHead: a.tokens[k].Lower()}
		r.Start, r.End = a.tokens[k].Start, a.tokens[k].End
		r.surface = a.tokens[k].Text
		r.entity, r.acrOf, r.titleAttr, r.owner = body, -1, -1, -1
		added = append(added, r)
	}
	for _, m := range added {
		a.insertMention(m)
	}
}

// personBodyOf returns the one organisation of class cls that person p
// leads or belongs to by the facts found so far, or -1 when there is
// none or more than one.
func (a *analysis) personBodyOf(p int, cls nomClass, classes []nomClass) int {
	body := -1
	for _, f := range a.doc.Facts {
		if f.Subject != p || f.Predicate != LeaderOf && f.Predicate != MemberOf {
			continue
		}
		if o := f.Object; a.doc.Entities[o].Type == Organization && o < len(classes) && classes[o]&cls != 0 {
			if body >= 0 && body != o {
				return -1 // two bodies of the kind: which one is meant is open
			}
			body = o
		}
	}
	return body
}
