package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

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
// surname that is also a head word: two words, the first a known first
// name, the last among headSurnames. An occupation before a name marks a
// person, but the head words are otherwise kept out of that rule
// ("manager Villa Park" is no one); with a first name in front the head
// is the surname ("keeper Chris Day"), while a venue or a day named after
// a person takes a preposition or an article, not an occupation ("at
// the Albert Hall", "on Boxing Day").
func (x *Extractor) occupationSurnameHead(i, j int, a *analysis, last string) bool {
	return j-i == 2 && headSurnames[last] && x.names[a.tokens[i].Lower()] != 0
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
var surnameHeadOccupations = lexicon.WordSet(`keeper goalkeeper striker
	defender midfielder winger full-back left-back right-back centre-back
	centre-half forward`)

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
