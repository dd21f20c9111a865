package quotes

import "strings"

// An award is never a speaker, whatever type the recogniser gave its
// name: "the Baftas" typed as a person must not take "he told
// reporters" or any other quotation. The names are matched whole (an
// award's short name alone, "Bafta", "the Oscars"), so people who bear
// such a word inside their name ("Oscar Wilde") are untouched; a name
// whose last word is an award head ("Turner Prize", "Brit Awards") is an
// award too.

// qAwardNames are the short names of awards used alone in news.
var qAwardNames = qWordSet(`Bafta Baftas BAFTA BAFTAs Oscar Oscars Emmy
	Emmys Grammy Grammys Brit Brits Bafta-winner Oscar-winner Golden-Globe`)

// qAwardHeads end the name of an award ("Turner Prize", "Ivor Novello
// Awards"); not "Globe", which ends newspapers' names too.
var qAwardHeads = qWordSet(`Award Awards Prize Prizes Trophy Medal`)

// awardName reports whether entity e is named as an award.
func (q *quoter) awardName(e int) bool {
	if e < 0 || e >= len(q.doc.Entities) {
		return false
	}
	name := strings.TrimPrefix(q.doc.Entities[e].Name, "The ")
	name = strings.TrimPrefix(name, "the ")
	if qAwardNames[name] {
		return true
	}
	words := strings.Fields(name)
	return len(words) > 1 && qAwardHeads[words[len(words)-1]]
}
