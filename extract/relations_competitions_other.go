package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A match said to be of another competition than the story's. A report
// of one tournament also tells of its sides' other matches by a common
// noun, not a name: "Scotland lost 20-13 to England in the league", "the
// sides drew in a pre-season friendly", "Hearts beat Hibs in the cup
// last month". Such a match is no round of the story's competition, so
// its sides take no part in it from that sentence. The noun is the
// story's own competition when its name holds it: in a report of the
// Premier League "in the league" is that league, in one of the FA Cup
// "in the cup" that cup.

// otherCompetitionNouns are common nouns for a competition or a match
// outside one.
var otherCompetitionNouns = lexicon.WordSet(`league cup friendly friendlies
	warm-up exhibition testimonial`)

// otherCompetitionMatchNouns, after such a noun, make it a match's kind:
// "a league match", "their cup tie", "a friendly game".
var otherCompetitionMatchNouns = lexicon.WordSet(`match matches game games tie
	ties clash fixture fixtures win wins defeat defeats victory victories
	loss losses draw encounter outing meeting`)

// otherCompetitionIn reports sentence i placing a match in another
// competition than ev by a common noun: after "in" within three words
// ("in the league", "in a pre-season friendly") or before a match noun
// ("a league match"). A capitalised word is part of a name ("League
// Cup"), which otherEventIn reads, and a noun in ev's own name is ev.
func (r *relState) otherCompetitionIn(i, ev int) bool {
	a := r.a
	own := map[string]bool{}
	for _, w := range relFieldsLower(a.doc.Entities[ev].Name) {
		own[w] = true
	}
	sp := a.sentTokens[i]
	for k := sp.Start; k < sp.End; k++ {
		tok := a.tokens[k]
		w := tok.Lower()
		if !otherCompetitionNouns[w] || own[w] || tok.Text != w {
			continue
		}
		if k+1 < sp.End && otherCompetitionMatchNouns[a.tokens[k+1].Lower()] {
			return true
		}
		for j := k - 1; j >= sp.Start && j >= k-3; j-- {
			if a.tokens[j].Lower() == "in" {
				return true
			}
		}
	}
	return false
}
