package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// "bounded on the west by the McConachie neighbourhood", "the Darfur
// region", "south by the Brintnell and Hollick-Kenyon neighbourhoods": a
// name between "the" and a place noun that ends the noun phrase is a
// place. A noun after the place noun makes it a modifier of a body or a
// post ("the Manhattan district attorney", "the Kent county council"),
// and the name is left as it was.

// placeNounsAfter are the place nouns read after a name, singular and
// plural. Town nouns are left out: "the Microsoft town hall". A
// department is a French one ("the Somme department"); a ministry's is
// written with a capital ("the Justice Department") and joins the name.
var placeNounsAfter = lexicon.WordSet(`neighbourhood neighbourhoods
	neighborhood neighborhoods suburb suburbs district districts region
	regions province provinces department departments`)

// placeNounEnds are the words that may follow the place noun and end its
// noun phrase.
var placeNounEnds = lexicon.WordSet(`in of on near and or , . ; : ) was is
	were are has had where which that`)

// namedBeforePlaceNoun reports a name mention m written "the (future) M
// neighbourhood", or as a member of "the A and M neighbourhoods" or "the
// A, B and M neighbourhoods"; the other members are returned too.
func (r *relState) namedBeforePlaceNoun(m *Mention) []*Mention {
	k := r.docTok(m.End)
	noun := r.docLow(k)
	if !placeNounsAfter[noun] || !r.lowerWord(k) {
		return nil
	}
	if n := r.docLow(k + 1); n != "" && !placeNounEnds[n] {
		return nil
	}
	list := []*Mention{m}
	j := r.docTok(m.Start) - 1
	for r.docLow(j) == "and" || r.docLow(j) == "," {
		if !pluralPlaceNoun(noun) {
			return nil // "Leeds and the Kent region": one name per noun
		}
		p := r.docMentionAt(j - 1)
		if p == nil || p.Kind != MentionName || r.docTok(p.End) != j || p.Sentence != m.Sentence {
			return nil
		}
		list = append(list, p)
		j = r.docTok(p.Start) - 1
	}
	// "the future Gorman neighbourhood": a word or two may describe it.
	for n := 0; n < 2 && r.lowerWord(j) && r.docLow(j) != "the" && r.docMentionAt(j) == nil; n++ {
		j--
	}
	if r.docLow(j) != "the" {
		return nil
	}
	return list
}

// pluralPlaceNoun reports a plural of placeNounsAfter.
func pluralPlaceNoun(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's'
}

// streetHeads open the names of streets and squares in the languages
// that put the noun first: "Piazza XX Settembre", "Via Nino Bixio", "Rue
// de Rivoli", "Calle Mayor". "Plaza" and "Place" are left out: they open
// the names of hotels and firms ("the Plaza Hotel", "Place Group").
var streetHeads = lexicon.WordSet(`via piazza viale corso rue calle avenida
	paseo praça strada`)

// streetName reports a name of two or more words opened by a street
// noun.
func streetName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && streetHeads[strings.ToLower(f[0])]
}
