package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Places described right after their name, between commas, by a place
// noun under a country's demonym or a region's name:
//
//	"Kirkuk, the northern Iraqi city, ..."     a demonym before the noun
//	"Saxony, the eastern German state, ..."
//	"Salt Lake City, the Utah capital, ..."    a region's name
//	"Kinross, a small Scottish town."
//
// The phrase says where the place lies, as "the Iraqi city of Kirkuk"
// does in the other order (locatedIn/demonym-place-noun). The parse does
// not serve: it hangs the described noun from the verb as often as from
// the name. The noun must end its phrase (a comma, a full stop, a
// bracket, a dash or a relative word after it): "Gazprom, the Russian
// state gas firm" and "Leeds, a Yorkshire town council member" describe
// no place. A town before the noun is left out ("Camden, the London
// borough": both are towns to the typer), and so is a possessor
// ("Leeds, London's sister city"), which locatedIn/place-possessive reads.

// apposedPlaceNouns are the nouns that describe a place in such a phrase:
// "the Iraqi city", "the German state", "a Greek island". "State" and
// "republic" are taken here, where the described name is already typed a
// place: "Gazprom, the Russian state" is an organisation and gives nothing.
var apposedPlaceNouns = lexicon.WordSet(`town city village resort port capital
	suburb municipality district county state province region island territory
	republic enclave borough canton parish prefecture`)

// apposedPlaceEnds may follow the noun at the end of the phrase: "the
// Iraqi city, on Sunday", "a Scottish town where".
var apposedPlaceEnds = lexicon.WordSet(`, . ; : ) - -- – — which where that whose`)

// apposedPlaceRule names the facts of apposedPlaces.
const apposedPlaceRule = "locatedIn/apposed-place-noun"

// apposedPlaces adds the facts above.
func (r *relState) apposedPlaces() {
	for k := 1; k < len(r.a.tokens); k++ {
		if r.docLow(k) != "," {
			continue
		}
		m := r.docMentionAt(k - 1)
		if m == nil || m.Kind != MentionName || m.End != r.a.tokens[k-1].End {
			continue
		}
		if t := r.typeOf(m.Entity); t != City && t != Place {
			continue
		}
		o := r.apposedPlaceAt(k+1, m.Sentence)
		if o < 0 || o == m.Entity {
			continue
		}
		if r.isCountry(o) && !r.mayLieIn(m.Entity, r.a.doc.Entities[o].Name) {
			continue // a town the gazetteer places elsewhere: "Paris, the Texas town"
		}
		r.add(m.Entity, LocatedIn, o, m.Sentence, apposedPlaceRule, 0.75)
	}
}

// apposedPlaceAt reads "the (northern) Iraqi city," or "a town in
// (northern) Iraq," from token k, in sentence sent, and returns the
// country or region it names, or -1.
func (r *relState) apposedPlaceAt(k, sent int) int {
	if w := r.docLow(k); w != "the" && w != "a" && w != "an" {
		return -1
	}
	n := k + 1
	for i := 0; i < 3 && r.docMentionAt(n) == nil && r.lowerWord(n) && !apposedPlaceNouns[r.docLow(n)]; i++ {
		n++ // "the northern", "a small coastal"
	}
	if apposedPlaceNouns[r.docLow(n)] && r.docLow(n+1) == "in" {
		return r.apposedPlaceIn(n+2, sent)
	}
	d := r.docMentionAt(n)
	if d == nil || d.Sentence != sent || d.Start != r.a.tokens[n].Start {
		return -1
	}
	if t := r.typeOf(d.Entity); t != Country && t != Place {
		return -1
	}
	for n < len(r.a.tokens) && r.a.tokens[n].End <= d.End {
		n++ // past the name or demonym
	}
	if r.docMentionAt(n) != nil || !apposedPlaceNouns[r.docLow(n)] {
		return -1
	}
	if n+1 < len(r.a.tokens) && r.a.sentenceOfToken(n+1) == sent && !apposedPlaceEnds[r.docLow(n+1)] {
		return -1
	}
	return d.Entity
}

// apposedPlaceIn reads the country or region after "a town in" from
// token k: "(the) (northern) Iraq" closing the phrase. The dependency
// rule locatedIn/place-noun reads the phrase too, where the parse hangs
// it from the name ("Dresden, a city in Germany, voted"); after a
// preposition ("police in Dresden, a city in Germany,") it seldom does.
func (r *relState) apposedPlaceIn(k, sent int) int {
	if r.docLow(k) == "the" {
		k++
	}
	if r.lowerWord(k) && r.docMentionAt(k) == nil && compassAdjectives[r.docLow(k)] {
		k++ // "in eastern Germany"
	}
	d := r.docMentionAt(k)
	if d == nil || d.Kind != MentionName || d.Sentence != sent || d.Start != r.a.tokens[k].Start {
		return -1
	}
	if t := r.typeOf(d.Entity); t != Country && t != Place {
		return -1
	}
	n := r.docTok(d.End)
	if n < len(r.a.tokens) && r.a.sentenceOfToken(n) == sent && !apposedPlaceEnds[r.docLow(n)] {
		return -1
	}
	return d.Entity
}

// compassAdjectives may stand before the country or region of "a town in
// eastern Germany".
var compassAdjectives = lexicon.WordSet(`northern southern eastern western central
	north-eastern north-western south-eastern south-western northeastern
	northwestern southeastern southwestern`)
