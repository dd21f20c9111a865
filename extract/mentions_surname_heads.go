package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// headSurnames are head words of place, body and event names
// (lexicon.PlaceHeads, OrgHeads, EventHeads) that are also common
// surnames: "actress Doris Day", "keeper Chris Day", "actor Nathan Lane",
// "singer Charlotte Church", "left-back Wayne Bridge", "writer Lee Hall",
// "tennis great Margaret Court", "director Michael Bay", "singer Tina
// Arena", "comedian Roy Castle", "actress Shirley Temple". The head
// alone would make the name a day, a street, a church or a bridge.
var headSurnames = lexicon.WordSet(`day lane church bridge hall court park
	castle temple bay lake arena masters`)

// occupationMarksPerson reports whether the lower-case word w right
// before the name toks[i:j] (last word last) is an occupation that marks
// the name a person: a role noun before a name with no head word
// ("striker Kezman", "psychologist Dave Collins"), or a role noun or one
// of surnameHeadOccupations before a first name and a head surname
// ("actress Doris Day", "keeper Chris Day"). Nouns also said of firms
// (companyLike) mark nothing.
func (x *Extractor) occupationMarksPerson(a *analysis, w string, i, j int, last string) bool {
	head := lexicon.OrgHeads[last] || lexicon.EventHeads[last] || lexicon.PlaceHeads[last]
	if lexicon.IsRoleHead(w) && !companyLike[w] {
		return !head || x.occupationSurnameHead(i, j, a, last)
	}
	return head && surnameHeadOccupations[w] && x.occupationSurnameHead(i, j, a, last)
}

// occupationSurnameHead reports whether the name toks[i:j], which an
// occupation noun stands right before, is a person's first name and a
// surname that is also a head word: known first names (givenNamesBefore),
// the last word among headSurnames. An occupation before a name marks a
// person, but the head words are otherwise kept out of that rule
// ("manager Villa Park" is no one); with a first name in front the head
// is the surname ("keeper Chris Day"), while a venue or a day named after
// a person takes a preposition or an article, not an occupation ("at
// the Albert Hall", "on Boxing Day").
func (x *Extractor) occupationSurnameHead(i, j int, a *analysis, last string) bool {
	return headSurnames[last] && x.givenNamesBefore(a, i, j)
}

// givenNamesBefore reports whether the name toks[i:j] is two or three
// words whose all but the last are known first names: "Chris Day",
// "Thomas Hayden Church". A middle word that is no first name makes a
// building's or a body's name ("Peter Guildford Hall").
func (x *Extractor) givenNamesBefore(a *analysis, i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i; k < j-1; k++ {
		if x.names[a.tokens[k].Lower()] == 0 {
			return false
		}
	}
	return true
}

// surnameHeadOccupations are lower-case nouns of people's jobs and
// playing positions that the role lists (lexicon.RoleHeads, WeakRoles)
// leave out and that stand right before a person's name in news: "QPR
// keeper Chris Day", "Chelsea left-back Wayne Bridge". They count before
// a name with a head surname only (occupationSurnameHead); team and
// crowd nouns ("side", "fans") are not among them. Agents who speak for
// a client ("Kidman's publicist Wendy Day", "her lawyer") are left out:
// GOLD.md gives their quotations to the client, which the quote stage
// does only while the agent is no person.
var surnameHeadOccupations = lexicon.RoleClass("surname-position")

// workHeadSurnames are head words of laws and plans (lexicon.WorkHeads,
// whose names are no entities: "Hartz Law", "Marshall Plan") that are
// also surnames: "Jude Law", "Denis Law". After a known first name the
// word is the surname; "Plan", "Act" and "Bill" are left out, since a
// plan or an act is often named after a person with a first name's
// shape ("the Marshall Plan").
var workHeadSurnames = lexicon.WordSet(`law`)

// workHeadSurname reports whether the name toks[i:j] ending in a work
// head is a person's: two words, a known first name and a surname among
// workHeadSurnames. A possessive law ("Sarah's Law") has its "'s" between
// the two words and is no such name.
func (x *Extractor) workHeadSurname(a *analysis, i, j int, last string) bool {
	return j-i == 2 && workHeadSurnames[last] && x.names[a.tokens[i].Lower()] != 0
}

// bareSurnameHeads are the headSurnames that make a person after a known
// first name even with no occupation in front: "Chelsea's John Terry and
// Wayne Bridge are out", "Mike Lake, a spokesman for the firm, said",
// "adapted from Lee Hall's script", "the list features Charlotte Church".
// Venues named after a person with a first name's shape ("Victoria Park",
// "Stanley Park", "Earls Court", "Sheffield Arena") take heads left out
// here, which are rarer as surnames than as the names of grounds and
// courts; the kept heads are as often surnames as the end of a street,
// a hall or a lake in news. "Day" is left out too: days are named after
// people ("Victoria Day"), and a day-headed name listed with people is
// an act (entities_bands.go: "sets by Anna Price and Velvet Day").
var bareSurnameHeads = lexicon.WordSet(`lane church bridge hall lake`)

// venueLeaders are words that, right before a name, make it a venue, a
// street or a day rather than a person: an article ("the Albert Hall"),
// a preposition of place or time ("at Lewis Hall", "on Victoria Day", "of
// Joy Church").
var venueLeaders = lexicon.WordSet(`the a an this that at in on near outside inside
	from to into onto of across over under beneath beside behind past towards toward
	along around through via`)

// bareSurnameHead reports whether the name toks[i:j] is a person's first
// name (and a middle name that is a first name too) and a surname among
// bareSurnameHeads, with nothing before it
// that makes it a place: no article, preposition or possessive ("the
// University's Reid Hall") right before it, nor a singular noun or an
// adjective that describes it.
func (x *Extractor) bareSurnameHead(a *analysis, s, i, j int, last string) bool {
	toks := a.tokens
	if !bareSurnameHeads[last] || !x.givenNamesBefore(a, i, j) {
		return false
	}
	p := i - 1
	if p < a.sentTokens[s].Start {
		return true
	}
	if venueLeaders[toks[p].Lower()] || isPossessive(toks[p].Text) {
		return false
	}
	// A singular noun right before the name describes it (the tagger
	// reads some job nouns as adjectives, "publicist"), and
	// occupationMarksPerson has judged it: an agent who speaks for a
	// client ("Kidman's publicist Wendy Day") stays no person there, so
	// the quote stage can give the quotation to the client.
	if toks[p].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 {
		a.tagSentence(s)
		if t := toks[p].Tag; t == "NN" || t == "JJ" {
			return false
		}
	}
	return true
}
