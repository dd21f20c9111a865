package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Memberships implied by other facts (GOLD.md): a party's leader is a
// member of it, and "X joined Y" makes X a member of Y unless the text
// has X leave again. Read once every rule has run, from the facts
// themselves, so each construction that finds a leader or a joining gives
// the membership without a rule of its own.
const (
	ruleImpliedJoined = "implied:joined" // "Graham Stuart joined Norwich" -> memberOf Norwich
	ruleImpliedLeader = "implied:party-leader"
)

func (r *relState) impliedMemberships() {
	r.pronounPosts()
	// The joinings and leavings of relative clauses (relativeJoins) came
	// after politics() dropped the memberships given up: "Conservative
	// lawmaker X crossed the floor" is read again with them.
	r.membershipsLeft()
	facts := r.a.doc.Facts
	left := make(map[[2]int]bool)
	lead := make(map[int]int) // subject -> 1 + the first sentence telling it joined something
	for _, f := range facts {
		switch f.Predicate {
		case Left, PlansToLeave:
			left[[2]int{f.Subject, f.Object}] = true
		case Joined:
			if l := lead[f.Subject]; l == 0 || f.Sentence+1 < l {
				lead[f.Subject] = f.Sentence + 1
			}
		}
	}
	// Two joinings in that sentence ("moved to Arsenal and later switched
	// to Chelsea") leave the present club unsaid.
	inLead := make(map[int]int)
	for _, f := range facts {
		if f.Predicate == Joined && f.Sentence+1 == lead[f.Subject] {
			inLead[f.Subject]++
		}
	}
	n := len(facts) // facts added below are not read again
	for i := 0; i < n; i++ {
		f := r.a.doc.Facts[i]
		switch {
		case f.Predicate == Joined:
			// A career told as a string of moves ("joined Everton, then
			// Sheffield United, then Charlton") leaves the player only at
			// the club of the story's lead, which news tells first.
			if left[[2]int{f.Subject, f.Object}] || f.Sentence+1 != lead[f.Subject] || inLead[f.Subject] > 1 {
				continue
			}
			// GOLD.md: the head of a company or the manager of a team leads
			// it and is no member ("Parry joined Liverpool as chief
			// executive", "Wolves appoint Hoddle as manager").
			if r.seen[relFactKey{f.Subject, LeaderOf, f.Object}] || r.joinedAsHead(f.Sentence, f.Subject) {
				continue
			}
			// "unless X has since left": a sentence about X that tells of a
			// departure, a death or a former post is taken to undo the
			// membership, for no rule reads every way a career ends.
			if r.departureTold(f.Subject, r.defectionSentence(f)) {
				continue
			}
			r.add(f.Subject, MemberOf, f.Object, f.Sentence, ruleImpliedJoined, f.Confidence-0.05)
		case f.Predicate == LeaderOf && r.typeOf(f.Subject) == Person && r.a.isParty(f.Object):
			r.add(f.Subject, MemberOf, f.Object, f.Sentence, ruleImpliedLeader, f.Confidence-0.05)
		}
	}
}

// joinedAsHead reports a sentence naming the post taken as a head's:
// "as" and, within four words, a leader's or a manager's role ("joined
// Liverpool as chief executive"), or such a role just before a mention of
// the person ("appointing coach John Smith").
func (r *relState) joinedAsHead(sent, person int) bool {
	if sent < 0 || sent >= len(r.a.sentTokens) {
		return false
	}
	sp := r.a.sentTokens[sent]
	toks := r.a.tokens[sp.Start:sp.End]
	head := func(j int) bool {
		w := toks[j].Lower()
		return (lexicon.LeaderRoles[w] || w == "manager" || w == "coach" || w == "caretaker" || w == "caretaker-boss") &&
			(j == 0 || !lexicon.FunctionalModifiers[toks[j-1].Lower()])
	}
	for i, t := range toks {
		if t.Lower() != "as" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if head(j) {
				return true
			}
		}
	}
	for _, m := range r.a.mentionsIn(sent) {
		if m.Entity != person {
			continue
		}
		if first, _ := relTokRange(toks, m.Start, m.End); first > 0 && head(first-1) {
			return true
		}
	}
	return false
}

// departureWords tell that a person's tie to a body may be over.
var departureWords = lexicon.WordSet(`resign resigned resigns resignation retire retired
	retirement quit quits sacked sacking fired dismissed left leaves leaving
	died dies death former ex departure departed`)

// departureTold reports a sentence mentioning entity e with a word of
// departure. In sentence defection (-1: none), which tells e left one
// body to join another, the leaving and a bare former post are the old
// body's and say nothing of the new one ("Former MP X, who quit the
// party to join the Greens"); its other departure words still count.
func (r *relState) departureTold(e, defection int) bool {
	for i := range r.a.doc.Sentences {
		if i >= len(r.a.sentTokens) {
			break
		}
		mentioned := false
		for _, m := range r.a.mentionsIn(i) {
			mentioned = mentioned || m.Entity == e
		}
		if !mentioned {
			continue
		}
		sp := r.a.sentTokens[i]
		for k := sp.Start; k < sp.End; k++ {
			w := r.a.tokens[k].Lower()
			if !departureWords[w] {
				continue
			}
			if i == defection && r.oldBodysDeparture(i, k, sp.End, e) {
				continue
			}
			// "former" and "ex" qualify the name they stand before:
			// "replace former Rangers midfielder Mikel Arteta" tells of
			// Arteta's past, not of the subject's.
			if (w == "former" || w == "ex") && r.nextNamed(i, k+1, sp.End) != e {
				continue
			}
			// "Solbakken resigned ... and will be replaced by
			// Rasmussen": the verb's subject, named just before it,
			// is someone else, whose departure undoes nothing of e's.
			if departureVerbs[w] {
				if subj := r.departureSubject(i, k, sp.Start); subj >= 0 && subj != e {
					continue
				}
			}
			return true
		}
	}
	return false
}

// defectionSentence returns the sentence of joining f when the same
// sentence also tells that f's subject left another body ("Bellamy left
// Newcastle to join Celtic", "X quit the party to join the Greens"), or
// -1.
func (r *relState) defectionSentence(f Fact) int {
	for _, g := range r.a.doc.Facts {
		if g.Predicate == Left && g.Subject == f.Subject && g.Sentence == f.Sentence && g.Object != f.Object {
			return f.Sentence
		}
	}
	return -1
}

// defectionLeavings are the departure words that, in a sentence telling
// of a move from one body to another, tell of the leaving itself.
var defectionLeavings = lexicon.WordSet(`quit quits left leaves leaving departed`)

// oldBodysDeparture reports whether departure word k of defection
// sentence s tells of e's leaving the old body: the leaving verb, or a
// "former"/"ex" before a bare post and e's name ("Former MP X"); a former
// post naming a body ("former Arsenal striker X") may be the new one's.
func (r *relState) oldBodysDeparture(s, k, hi, e int) bool {
	w := r.a.tokens[k].Lower()
	if defectionLeavings[w] {
		return true
	}
	if w != "former" && w != "ex" || r.nextNamed(s, k+1, hi) != e {
		return false
	}
	for _, m := range r.a.mentionsIn(s) {
		if m.Start > r.a.tokens[k].Start && m.Entity != e && m.Kind == MentionName && m.Start < r.a.tokens[min(hi, k+5)-1].End &&
			r.typeOf(m.Entity) != Person {
			return false
		}
	}
	return true
}

// departureVerbs are the departureWords that are verbs, whose subject
// stands before them: the person who resigned, quit or died.
var departureVerbs = lexicon.WordSet(`resign resigned resigns retire retired quit
	quits left leaves died dies departed`)

// departureAuxiliaries may stand between a subject and its verb of
// departure ("Smith has resigned", "Smith, who had quit").
var departureAuxiliaries = lexicon.WordSet(`has had have is was were been will would
	who abruptly suddenly unexpectedly also then`)

// departureSubject returns the person whose name ends just before the
// verb of departure at token k, across auxiliaries, adverbs and ", who"
// ("Solbakken resigned", "Jones, who quit in May"), or -1 when no name
// stands there. Tokens before lo (the first of sentence sent) are not
// read.
func (r *relState) departureSubject(sent, k, lo int) int {
	a := r.a
	j := k - 1
	for j >= lo && departureAuxiliaries[a.tokens[j].Lower()] {
		j--
	}
	if j >= lo && a.tokens[j].Text == "," && j+1 < k && a.tokens[j+1].Lower() == "who" {
		j--
	}
	if j < lo {
		return -1
	}
	for _, m := range a.mentionsIn(sent) {
		if m.Kind == MentionName && m.End == a.tokens[j].End && m.Entity >= 0 && r.typeOf(m.Entity) == Person {
			return m.Entity
		}
	}
	return -1
}

// nextNamed returns the person of the first person's name mention of
// sentence sent that starts in tokens [t, min(hi, t+5)), or -1: the one a
// "former" phrase describes ("former Fiat engineer John Smith").
func (r *relState) nextNamed(sent, t, hi int) int {
	a := r.a
	end := min(hi, t+5)
	if t >= end {
		return -1
	}
	from, to := a.tokens[t].Start, a.tokens[end-1].End
	for _, m := range a.mentionsIn(sent) {
		if m.Kind == MentionName && m.Start >= from && m.Start < to && m.Entity >= 0 && r.typeOf(m.Entity) == Person {
			return m.Entity
		}
	}
	return -1
}

// Rule names of the posts told of a resolved pronoun.
const (
	rulePronounRole  = "title:pronoun-is-role"       // "He has been chief executive of Shell since 2019"
	rulePronounParty = "title:pronoun-is-party-role" // "She sits as a Labour MP for a seat in Leeds"
)

// pronounPosts reads the title stage's linked roles ("X is the chief
// executive of Y", "X is a Labour MP") with a pronoun subject, which only
// coreference, run after the title stage, resolves: "Ruth Donnelly was
// first elected in 2010. She sits as a Labour MP." Run before the implied
// memberships so that a pronoun's party leadership gives the membership.
func (r *relState) pronounPosts() {
	a := r.a
	starts, ends := titleStarts(a), titleEnds(a)
	add := func(person, org, sent int, _ string, conf float64) {
		r.add(person, LeaderOf, org, sent, rulePronounRole, conf-0.1)
	}
	// leaderRole and linkedRoles read only the analysis; the title stage
	// calls them on the extractor, which they do not use.
	var x Extractor
	x.linkedRoles(a, starts, add, true)
	for mi, m := range a.ments {
		if m.kind != MentionPronoun || m.entity < 0 || m.hidden || r.typeOf(m.entity) != Person {
			continue
		}
		if p := a.linkedPartyRole(mi, ends); p >= 0 && !r.seen[relFactKey{m.entity, LeaderOf, p}] {
			r.add(m.entity, MemberOf, p, m.sent, rulePronounParty, confBareTitle)
		}
	}
}
