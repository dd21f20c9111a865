package extract

import (
	"strings"

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
//     the guards of a sentence-opening "It" (sentenceSubject);
//   - "their" inside a sentence: as "its", when the subject is a sports
//     team or band by the nominal resolver's evidence ("Chelsea extended
//     their lead");
//   - "They"/"Their" opening a sentence: the previous sentence's subject
//     when it is a sports team or band by the nominal resolver's
//     evidence, and that sentence names no other organisation and no
//     person.
//
// Inside quotation marks "its" and "they" are the speaker's, and nothing
// is bound.

// resolvePossessives adds a pronoun mention for each "its", and each
// sentence-opening "They" or "Their", whose referent is clear.
func (x *Extractor) resolvePossessives(a *analysis) {
	var quoted []bool
	var classes []nomClass
	var added []mention
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start; i+1 < r.End; i++ {
			w := a.tokens[i].Text
			if w != "its" && w != "Its" && w != "their" && !(i == r.Start && (w == "They" || w == "Their")) {
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
			case w == "its":
				e = a.possessorInSentence(s, i)
			case w == "their":
				// "Chelsea extended their lead": a team or band subject
				if e = a.possessorInSentence(s, i); e >= 0 {
					if classes == nil {
						classes = x.entityClasses(a)
					}
					if a.doc.Entities[e].Type != Organization || classes[e]&(nomTeam|nomBand) == 0 || a.pluralBetween(s, i) {
						e = -1
					}
				}
			case w == "Its":
				e = a.sentenceSubject(s - 1)
				if e >= 0 && (!itAntecedentTypes[a.doc.Entities[e].Type] || !a.wellAttested(e)) {
					e = -1
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
		if a.namesModifier(&subjM) {
			return -1 // "UK banking icon Barclays ... its"
		}
	}
	if a.rivalAgent(s, subj) {
		return -1
	}
	return subj
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
	if e < 0 || a.doc.Entities[e].Type != Organization || e >= len(classes) || classes[e]&(nomTeam|nomBand) == 0 || !a.wellAttested(e) {
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
		if tag := a.tokens[k].Tag; tag == "NNS" || tag == "NNPS" {
			return true
		}
	}
	return false
}
