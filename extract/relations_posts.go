package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Relation constructions around posts and decisions.

// fromPossPost reads "his Treasury position", "her Fiat board seat"
// after "resigned from" / "stepped down from": a possessive determiner,
// an organisation name, then a post noun. The organisation is what the
// person leaves.
func (s *relSent) fromPossPost(k int) (int, bool) {
	if !s.is(k, relPossDet) || s.word(k, "the") {
		return -1, false
	}
	m := s.mentionAt(k + 1)
	if m == nil || m.first != k+1 || m.kind != MentionName || s.r.typeOf(m.entity) != Organization {
		return -1, false
	}
	e := m.last + 1
	if s.word(e, "board") || s.word(e, "cabinet") {
		e++
	}
	if !s.is(e, relPost) && !s.word(e, "seat") && !s.word(e, "post") {
		return -1, false
	}
	return m.entity, true
}

// deciderBefore finds "X's decision to ..." before token j: the person
// who decided is the one doing what the phrase after it says ("Brown's
// decision to announce the date while on a trip to China"). Only a
// person, only "decision", which reports a choice already made.
func (s *relSent) deciderBefore(j int) []int {
	for k := 0; k+3 < j; k++ {
		m := s.mentionAt(k)
		if m == nil || m.first != k || m.kind != MentionName || s.r.typeOf(m.entity) != Person {
			continue
		}
		if (s.word(m.last+1, "'s") || s.word(m.last+1, "'")) && s.word(m.last+2, "decision") && s.word(m.last+3, "to") {
			return []int{m.entity}
		}
		k = m.last
	}
	return nil
}

// ruleBodyChoseHead names the leadership a body gives by its own vote or
// choice: "The LDP elected former defence minister Haruka Morimoto as its
// leader", "Brightcode has named Tom Hale as its new chief executive".
// The dependency rule leaderOf/elected-by-body reads the same sentence
// when the parser finds the person as the verb's object; a title before
// the name ("former defence minister X") makes the parser hang the name
// from the title, so this rule reads the tokens.
const ruleBodyChoseHead = "posts:body-chose-head"

// choiceVerbs are the past forms of a body's choosing someone for a post.
var choiceVerbs = lexicon.WordSet(`elected appointed named chose picked selected
	installed confirmed`)

// choiceAuxiliaries may stand between the body and its verb: "has named",
// "unanimously elected", "on Saturday elected". A modal, "to" or a
// negation is none of them, so a plan or a refusal is never read.
var choiceAuxiliaries = lexicon.WordSet(`has have had formally unanimously
	narrowly finally officially today yesterday`)

// choiceRoleOpeners may follow "its" before the role words: "as its new
// leader", "as their first chairwoman".
var choiceRoleOpeners = lexicon.WordSet(`new next first permanent`)

// bodiesChoseHeads adds leaderOf for "ORG [has] VERB [title] PERSON as
// its|their [new] ROLE" where ROLE is a leader's title (isLeaderTitle:
// not "deputy leader", "finance director"). The title before the name is
// the person's earlier post and is skipped: capitalised or lower-case
// words, no comma, no other name. A party's leader is a member of it too
// (impliedMemberships).
func (r *relState) bodiesChoseHeads() {
	a := r.a
	toks := a.tokens
	for _, m := range a.ments {
		if !r.isPersonName(m) {
			continue
		}
		sp := a.sentTokens[m.sent]
		k := m.t1
		if k+2 >= sp.End || toks[k].Lower() != "as" || toks[k+1].Lower() != "its" && toks[k+1].Lower() != "their" {
			continue
		}
		k += 2
		for k < sp.End && choiceRoleOpeners[toks[k].Lower()] {
			k++
		}
		var words []string
		for k < sp.End && isRoleWord(toks[k].Lower()) {
			words = append(words, toks[k].Lower())
			k++
		}
		if !isLeaderTitle(words) {
			continue
		}
		// Back from the name over the earlier post to the verb.
		v := m.t0 - 1
		for v > sp.Start && v >= m.t0-6 && !choiceVerbs[toks[v].Lower()] {
			if t := toks[v].Text; t == "," || t == "and" || t == "to" || a.entityAtToken(v) >= 0 && r.typeOf(a.entityAtToken(v)) == Person {
				v = sp.Start
				break
			}
			v--
		}
		if v <= sp.Start || !choiceVerbs[toks[v].Lower()] {
			continue
		}
		b := v - 1
		for b > sp.Start && choiceAuxiliaries[toks[b].Lower()] {
			b--
		}
		// The body's name ends just before: "Japan's ruling Liberal
		// Democratic Party elected ...".
		for _, body := range a.mentionsInSentence(m.sent) {
			if body.t1 == b+1 && !body.hidden && body.entity >= 0 && body.kind != MentionPronoun && r.typeOf(body.entity) == Organization {
				r.add(m.entity, LeaderOf, body.entity, m.sent, ruleBodyChoseHead, 0.75)
			}
		}
	}
}

// ruleChosenToHead names the leadership given by a choice with an
// infinitive of leading: "Neema Mushi was appointed to head the African
// Union Commission", "The congress elected Jan Vos to lead FIFA". The
// infinitive reads to the verb rules as a plan; here it is the post
// the choice, already made, gave.
const ruleChosenToHead = "posts:chosen-to-head"

// headVerbs are the infinitives of leading a body.
var headVerbs = lexicon.WordSet(`head lead run chair`)

// choiceParticiples are the passive forms of choosing someone for a post.
var choiceParticiples = lexicon.WordSet(`appointed elected named chosen picked
	selected installed hired tapped`)

// choiceBeforeVerb are the tokens of a passive's verb group before the
// participle ("was appointed", "has been named", "who was chosen"); a
// modal or "not" is none of them.
var choiceBeforeVerb = lexicon.WordSet(`was were is are has have had been who`)

// modalsBeforeChoice make an active choice a plan or a doubt: "will
// appoint", "could elect", "hopes to name", "did not choose".
var modalsBeforeChoice = lexicon.WordSet(`will would could may might should must
	shall can to not never n't`)

// chosenToHead adds leaderOf for "PERSON [, who] was|has been
// appointed|elected|... to head|lead|run|chair ORG" and for "... VERB
// [title] PERSON to head|lead|run|chair ORG" with the verb in the past and
// no modal or negation before it.
func (r *relState) chosenToHead() {
	a := r.a
	toks := a.tokens
	for _, m := range a.ments {
		if !r.isPersonName(m) {
			continue
		}
		sp := a.sentTokens[m.sent]
		chosen := false
		k := m.t1
		// The passive after the name.
		if k < sp.End && toks[k].Text == "," {
			k++
		}
		j := k
		for j < sp.End && j < k+3 && choiceBeforeVerb[toks[j].Lower()] {
			j++
		}
		if j > k && j < sp.End && choiceParticiples[toks[j].Lower()] && toks[j-1].Lower() != "who" {
			chosen, k = true, j+1
		} else {
			// The active before the name, over the person's title.
			k = m.t1
			v := m.t0 - 1
			for v > sp.Start && v >= m.t0-6 && !choiceVerbs[toks[v].Lower()] {
				if t := toks[v].Text; t == "," || t == "and" || t == "to" || a.entityAtToken(v) >= 0 && r.typeOf(a.entityAtToken(v)) == Person {
					v = sp.Start
					break
				}
				v--
			}
			chosen = v > sp.Start && choiceVerbs[toks[v].Lower()] && !modalsBeforeChoice[toks[v-1].Lower()]
		}
		if !chosen || k+2 >= sp.End || toks[k].Lower() != "to" || !headVerbs[toks[k+1].Lower()] {
			continue
		}
		o := k + 2
		if toks[o].Lower() == "the" {
			o++
		}
		body := a.entityAtToken(o)
		if body < 0 || body == m.entity {
			continue
		}
		switch r.typeOf(body) {
		case Organization, Country, City:
			r.add(m.entity, LeaderOf, body, m.sent, ruleChosenToHead, 0.75)
		}
	}
}

// isPersonName reports whether m names a person outright: a visible name
// mention bound to a Person entity. The post and seat rules read only
// such mentions, because a pronoun or role noun already carries its own
// facts through coreference.
func (r *relState) isPersonName(m mention) bool {
	return m.entity >= 0 && !m.hidden && m.kind == MentionName && r.typeOf(m.entity) == Person
}
