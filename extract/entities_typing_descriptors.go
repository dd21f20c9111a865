package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Nouns before a name that say a firm bears it only in a certain shape,
// unlike the firm nouns proper (lexicon.FirmNouns), which say so alone:
//
//	oil giant Verra Petrol, software giants Orvex   a trade, then "giant"
//	analysts Quorum Insight, said analysts Tallis Data   the plural "analysts"
//
// "giant" alone is said of people as well ("a giant of jazz", "the giant
// Kowalski"), but an industry noun before it makes it a firm's epithet:
// news writes "technology giant", "mortgage giant", "retail giant" of
// companies. A person's job stands in the singular before his name
// ("analyst Bill Thompson"); the plural before one name is a firm of
// analysts. A name opening with a known first name stays a person after
// either ("jazz giant Miles Davis", "analysts Tom Hall and Ann Lee").

// firmEpithets are the nouns that, after an industry word, describe a
// firm by its size.
var firmEpithets = lexicon.WordSet(`giant giants`)

// firmOfManyNouns are plural job nouns that, right before a single name,
// make it a firm of such workers.
var firmOfManyNouns = lexicon.WordSet(`analysts`)

// firmDescribedBefore reports whether m, a name with no known first name,
// follows an industry word and "giant", or the plural "analysts".
func (a *analysis) firmDescribedBefore(m *mention) bool {
	if m.firstName {
		return false
	}
	s, p := m.sent, m.t0-1
	if !a.lowerAt(s, p) {
		return false
	}
	w := a.tokens[p].Text
	if firmOfManyNouns[w] {
		return true
	}
	if !firmEpithets[w] || !a.lowerAt(s, p-1) {
		return false
	}
	// "the giant US deficit", "some giant robots": a determiner says
	// nothing of what trade the giant is in.
	return !groupDeterminers[a.tokens[p-1].Lower()]
}
