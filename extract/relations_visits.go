package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Presence told by a where-clause: a place named, then a comma and
// "where" with a person doing something there:
//
//	"found dead in his hotel room in Florida, where he was making a film"
//	"taken to an office in California, where he was interrogated"
//	"at a hotel in Miami Beach, where the actor had been shooting a film"
//
// The clause says the person was at the place, so the person visited
// it (GOLD.md: facts the text states). Only a verb group that tells an
// act done or under way counts: "was/were VERB-ing", a passive "was
// VERB-ed", "had been ...", "is/are VERB-ing", or a simple past in -ed.
// A clause of residence or origin ("where he lived", "where she was
// born", "where he was working as a lawyer") says the person belongs
// there, not that they came; a plan ("where he will speak", "where they
// are to meet") is no visit; both give nothing.

// whereVisitRule names the facts of whereVisits.
const whereVisitRule = "visited/where-clause"

// whereStayVerbs are the verbs of a where-clause that tell residence,
// origin or a long stay rather than presence on a visit, in any form.
var whereStayVerbs = lexicon.WordSet(`live lives lived living born raised
	grew grown growing bred based buried educated study studies studied
	studying settle settled settling retire retired retiring reside
	resided residing work works worked working teach taught teaching
	serve served serving die died dying spend spent spending own owned
	owns owning run ran runs running employed stationed housed kept held
	jailed imprisoned detained`)

// whoPronouns may open a where-clause for a person.
var whoPronouns = lexicon.WordSet(`he she`)

// whereBeForms open a progressive or passive verb group in the clause.
var whereBeForms = lexicon.WordSet(`was were is are`)

// whereVisits adds a visit for each where-clause that places a person at
// the place named right before it.
func (r *relState) whereVisits() {
	toks := r.a.tokens
	for k := 2; k+2 < len(toks); k++ {
		if r.docLow(k) != "where" || r.docLow(k-1) != "," {
			continue
		}
		place := r.docMentionAt(k - 2)
		if place == nil || place.Kind != MentionName || r.docTok(place.End) != k-1 {
			continue
		}
		if t := r.typeOf(place.Entity); t != City && t != Country && t != Place {
			continue
		}
		who := r.docMentionAt(k + 1)
		verb := k + 2 // after the pronoun
		if who != nil && !whoPronouns[r.docLow(k+1)] {
			verb = r.docTok(who.End)
		}
		if whoPronouns[r.docLow(k+1)] {
			// A pronoun's antecedent is too often a person named nearer
			// ("Davis, married to Ruby Dee, was found in Florida, where
			// he was making a film"): it stands for the subject that
			// opens the sentence, or for nobody.
			who = r.openingSubject(place.Sentence)
		}
		if who == nil || who.Sentence != place.Sentence || r.typeOf(who.Entity) != Person {
			continue
		}
		if !r.presenceVerbs(verb) {
			continue
		}
		r.add(who.Entity, Visited, place.Entity, place.Sentence, whereVisitRule, 0.7)
	}
}

// presenceVerbs reports whether the verb group at token k tells an act
// done or under way at the place: "was making", "was interrogated",
// "had been shooting", "is filming", "signed".
func (r *relState) presenceVerbs(k int) bool {
	w := r.docLow(k)
	switch {
	case w == "had" && r.docLow(k+1) == "been":
		return r.presenceVerb(r.docLow(k+2), true)
	case whereBeForms[w]:
		v := r.docLow(k + 1)
		if w == "is" || w == "are" {
			// "where he is filming"; a present passive ("where it is
			// made") is a habit, not a visit.
			return r.presenceVerb(v, false)
		}
		return r.presenceVerb(v, true)
	}
	// A simple past: "where he signed the deal".
	return r.presenceVerb(w, true) && !strings.HasSuffix(w, "ing")
}

// presenceVerb reports a verb form of an act at a place: an -ing form,
// or an -ed form when ed allows it, that is not a verb of residence.
func (r *relState) presenceVerb(v string, ed bool) bool {
	if whereStayVerbs[v] {
		return false
	}
	if strings.HasSuffix(v, "ing") && len(v) > 4 {
		return true
	}
	return ed && strings.HasSuffix(v, "ed") && len(v) > 3
}

// openingSubject returns the mention that opens sentence sent ("Davis,
// who ...", "The actor ..."), or nil: the subject a later pronoun of the
// sentence most often stands for.
// Up to three lower-case or title words may stand before it ("The
// actor Tom Wendle", "Reporter Ana Colt"), no punctuation.
func (r *relState) openingSubject(sent int) *Mention {
	sp := r.a.sentTokens[sent]
	for k := sp.Start; k < sp.End && k < sp.Start+4; k++ {
		if m := r.docMentionAt(k); m != nil {
			if m.Sentence != sent || m.Kind == MentionPronoun {
				return nil
			}
			return m
		}
		if r.a.tokens[k].Flags&textseg.TPunct != 0 {
			return nil
		}
	}
	return nil
}
