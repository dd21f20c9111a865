package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Winners of the story's ceremony. An awards report names its ceremony in
// the headline or the first sentences ("Surprise win at People's Choice
// Awards", "the Brit Awards in London") and then lists its winners in
// sentences that no longer name it: "Julia Roberts won her tenth crown as
// favourite actress", "Joss Stone picked up best British female", "Johnny
// Depp was favourite male movie star". A person who won at the ceremony
// took part in it. The sentence must speak of the ceremony the story is
// about: once another ceremony is named ("the day before the Oscars"),
// winners count again only after the story's own is named again (by name
// or by a description bound to it: "at the ceremony"). A single prize's
// name ("won the Peter Sellers Award") and the ceremony told by its noun
// but left unbound ("at the Cannes ceremony") are no other ceremony: the
// story is still on its own, and so is a ceremony named only to date
// something ("in the run-up to February's Oscars"). A win of another
// year, a nomination and a win still hoped for give nothing.

// ruleCeremonyWinner names the facts of ceremonyWinners.
const ruleCeremonyWinner = "participatedIn/ceremony-winner"

// ceremonyWords end the names of award ceremonies: "Brit Awards",
// "Oscars", "Golden Globes".
var ceremonyWords = lexicon.WordSet(`awards oscars baftas brits grammys emmys
	globes`)

// winVerbs tell of a prize won, with the prize after them: "won best
// actor", "picked up the award for", "scooped two prizes".
var winVerbs = lexicon.WordSet(`won wins picked scooped took collected
	claimed received landed bagged got`)

// namedVerbs make their subject a winner with the category after "best"
// or "favourite": "was named best newcomer", "was voted favourite actor".
var namedVerbs = lexicon.WordSet(`named voted crowned`)

// prizeWords show what follows a win verb is a prize: "won best actor",
// "took the award", "scooped two gongs".
var prizeWords = lexicon.WordSet(`best favourite favorite award awards prize
	prizes trophy trophies honour honours gong gongs statuette crown title
	category`)

// ceremonyDoubt make a sentence's win one of another year, still wished
// or only a nomination.
var ceremonyDoubt = lexicon.WordSet(`will would could should may might hope
	hopes hoping tipped favourite-to nominated nomination nominations
	shortlisted if last previous previously ago before`)

// ceremonyWinners adds participatedIn of the story's ceremony for the
// people each later sentence has winning a prize.
func (r *relState) ceremonyWinners() {
	a := r.a
	ev := r.storyCeremony()
	if ev < 0 {
		return
	}
	current := true // the story's ceremony is the one last named
	// A music ceremony's winners are acts as often as people; the
	// organisations a film or television ceremony names winning are most
	// often its films and shows.
	acts := a.sentenceHasWord(0, ceremonyMusicWords) || len(a.sentTokens) > 1 && a.sentenceHasWord(1, ceremonyMusicWords)
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		ms := a.mentionsInSentence(i)
		named, other := false, false
		for _, m := range ms {
			if m.entity < 0 || m.hidden || !r.isEvent(m.entity) || titleAfter(a.doc.Text[m.End:]) || a.ceremonyLandmark(m) {
				continue
			}
			switch {
			case m.entity == ev:
				named = true
			case !r.otherCeremony(m.entity):
				// "at the Cannes ceremony", "won the Peter Sellers
				// Award": the story's own ceremony, or a prize given at it
			default:
				other = true
			}
		}
		if other {
			current = false
			continue
		}
		current = current || named
		if !current {
			continue
		}
		sp := a.sentTokens[i]
		doubt := false
		for _, t := range a.tokens[sp.Start:sp.End] {
			w := t.Lower()
			if ceremonyDoubt[w] || textseg.YearWord(w) || r.inQuotation(t.Start) {
				doubt = true
				break
			}
		}
		if doubt {
			continue
		}
		for _, m := range ms {
			if m.entity >= 0 && !m.hidden && m.kind == MentionName && r.ceremonyWinnerType(m, acts, sp.Start) &&
				(a.wonAfter(m.sent, m.t1, sp.End) || a.prizeWentTo(m.t0, sp.Start)) {
				r.add(m.entity, ParticipatedIn, ev, i, ruleCeremonyWinner, 0.7)
			}
		}
	}
}

// wonAfter reports a win told right after a name ending before token k:
// "won best actor", "picked up the award", "was named best newcomer",
// "was favourite male movie star", ", who was voted best urban act",
// "also won" (two adverbs at most). s is the sentence holding k.
func (a *analysis) wonAfter(s, k, hi int) bool {
	w := func(j int) string {
		if j >= hi {
			return ""
		}
		return a.tokens[j].Lower()
	}
	if w(k) == "," && w(k+1) == "who" {
		k += 2 // "Joss Stone, who was voted best urban act"
	}
	a.tagSentence(s)
	for j := k; j < hi && j < k+2 && a.tokens[j].Tag == "RB"; j++ {
		k = j + 1 // "also jointly won"
	}
	switch {
	case winVerbs[w(k)]:
		j := k + 1
		if w(j) == "up" || w(j) == "home" {
			j++ // "picked up", "took home"
		}
		for end := j + 4; j < end; j++ { // "won her 10th consecutive crown"
			if prizeWords[w(j)] {
				return true
			}
			// "took Michael Moore's place": a name first. A pronoun is
			// the winner's own ("won her 10th consecutive crown").
			if k := a.tokMention[j]; k != 0 && a.ments[k-1].kind != MentionPronoun {
				return false
			}
		}
	case w(k) == "was" || w(k) == "is":
		j := k + 1
		if namedVerbs[w(j)] {
			j++
		}
		return w(j) == "best" || w(j) == "favourite" || w(j) == "favorite"
	}
	return false
}

// prizeNameWords are in the names of single prizes, which are given at a
// ceremony and are none: "the 2004 Peter Sellers Award For Comedy", "the
// Lifetime Achievement Award". A ceremony's own name is plural ("Brit
// Awards").
var prizeNameWords = lexicon.WordSet(`award`)

// ceremonyDescWords head the descriptions a story gives its one ceremony
// ("the Cannes ceremony", "Sunday's ceremony", "the Grammy ceremony in
// Los Angeles") when the event coreference leaves them an event of their
// own.
var ceremonyDescWords = lexicon.WordSet(`ceremony`)

// otherCeremony reports whether event e, named in a story scoped to one
// award ceremony, may be another event whose winners are not the
// story's: not when it is a prize (its name holds a singular prize word)
// or a ceremony told only by its common noun, and holds no word of a
// ceremony's or a contest's name (an "Oscars ceremony" is the Oscars').
func (r *relState) otherCeremony(e int) bool {
	ours, other := false, false
	for _, w := range relFieldsLower(r.a.doc.Entities[e].Name) {
		switch {
		case prizeNameWords[w] || ceremonyDescWords[w]:
			ours = true
		case ceremonyWords[w] || eventContestWords[w]:
			other = true // "the Oscars ceremony", "the opening ceremony of the Games"
		}
	}
	return other || !ours
}

// ceremonyLandmarkWords are the two words before a ceremony named only to
// date something ("in the run-up to February's Oscars", "held the day
// before the Oscars", "ahead of the Baftas"): the sentence tells of no
// win there, and the story is not about it. Entries are the two words
// joined by "_".
var ceremonyLandmarkWords = lexicon.WordSet(`run-up_to build-up_to ahead_of
	countdown_to day_before night_before week_before days_before`)

// ceremonyLandmark reports mention m preceded, past "the" and a date's
// possessive ("February's", "this year's"), by a ceremonyLandmarkWords
// pair.
func (a *analysis) ceremonyLandmark(m mention) bool {
	lo := a.sentTokens[m.sent].Start
	k := m.t0 - 1
	for ; k >= lo && k >= m.t0-4; k-- {
		w := a.tokens[k].Lower()
		if w != "the" && w != "'s" && w != "’s" && w != "this" && !lexicon.NotNames[w] && !eventThisEdition[w] {
			break
		}
	}
	return k-1 >= lo && ceremonyLandmarkWords[a.tokens[k-1].Lower()+"_"+a.tokens[k].Lower()]
}

// ceremonyMusicWords in the headline or the lead make the story's ceremony one
// of music: "the UK music industry's Brit Awards".
var ceremonyMusicWords = lexicon.WordSet(`music`)

// ceremonyWinnerType reports whether mention m, in the sentence starting
// at token lo, may be a winner: a person, or at a music ceremony (acts)
// an organisation that is not named as the maker of a winning work
// ("Vertigo by rock giants U2 won three trophies").
func (r *relState) ceremonyWinnerType(m mention, acts bool, lo int) bool {
	switch r.typeOf(m.entity) {
	case Person:
		return true
	case Organization:
		a := r.a
		for j := m.t0 - 1; j >= lo && j >= m.t0-4; j-- {
			if a.tokens[j].Lower() == "by" {
				return false
			}
		}
		return acts
	}
	return false
}

// prizeWentTo reports a prize given to the name starting at token k of
// the sentence starting at lo: "the director award went to Clint
// Eastwood", "the honours went to".
func (a *analysis) prizeWentTo(k, lo int) bool {
	if k-2 < lo || a.tokens[k-1].Lower() != "to" || a.tokens[k-2].Lower() != "went" {
		return false
	}
	for j := k - 3; j >= lo && j >= k-5; j-- {
		if prizeWords[a.tokens[j].Lower()] {
			return true
		}
	}
	return false
}

// storyCeremony returns the one award ceremony the headline and the first
// two sentences name, or -1 when they name none or two, or the headline
// or the lead names a festival.
func (r *relState) storyCeremony() int {
	a := r.a
	found := -1
	for s := 0; s < 3 && s < len(a.doc.Sentences); s++ {
		for _, m := range a.mentionsInSentence(s) {
			if m.entity < 0 || m.hidden || m.kind != MentionName || !r.isEvent(m.entity) || a.ceremonyLandmark(m) {
				continue
			}
			last := lastWord(textseg.Lower(a.doc.Entities[m.entity].Name))
			if last == "festival" && s < 2 {
				// "named best picture at the Bangkok International Film
				// Festival": a festival gives prizes of its own, and a
				// story led by one is about them, not about the ceremony
				// it names in passing.
				return -1
			}
			if !ceremonyWords[last] {
				continue
			}
			if found >= 0 && found != m.entity {
				return -1
			}
			found = m.entity
		}
	}
	return found
}
