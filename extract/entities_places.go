package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// venueCues, lower-case right before "at"/"in", say that what follows the
// preposition is a place: a sports fixture is played at a ground ("the
// match at Murrayfield", "victory at Twickenham"), a site stands in a town
// ("the factory in Trollhaettan"), an event is held somewhere ("take place
// in Lucerne"). "town" and "village" are no cues: in "a market town in
// Shropshire" the region follows. Role nouns ("analyst at Nomura") and stakes ("shares in
// Jarvis") put a firm after the preposition, so they are never cues.
var venueCues = lexicon.WordSet(`match game tie clash victory win defeat draw
	final semis semi-final rubber derby fixture encounter triumph
	factory plant headquarters offices base centre center camp
	festival crowd conference held staged played place based born died
	training stadium ground venue arena`)

// venueHeadNouns, lower-case right after a name, say the name is a
// building, ground or site: "the Curzon Mayfair cinema", "Stockholm's
// Cirkus theatre", "the Olympic Dam mine", "the Lindisfarne cathedral".
// "hotel" is left out: a chain's brand stands before it ("the Hilton
// hotel in Paris"); so are "plant" and "factory", named for the firm
// that runs them ("the Nissan plant").
var venueHeadNouns = lexicon.WordSet(`cinema theatre theater arena stadium
	racecourse fairground nightclub casino mine oilfield cathedral museum
	gallery`)

// venueAfterPrep types a name that nothing else typed (one unknown word,
// or a guessed person without a first name) from the venue noun after it
// (venueHeadNouns) or from the words before it:
// "near X" is a town; a venue cue before "at X" makes a site or ground
// (Place), before "in X" a town (City); a country's side "at X" plays at
// a ground ("Scotland at Murrayfield"); a venue's name "at X" stands on
// a site ("the Emirates Stadium at Ashburton Grove"). It returns "" when no cue holds.
// Measured over the BBC corpus before it was kept: grounds and towns
// typed Organization or Person by default (bench/audit/sheets/
// typing-places-diff.tsv).
func (x *Extractor) venueAfterPrep(a *analysis, s, i, j int) EntityType {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if j < hi && venueHeadNouns[toks[j].Text] && venueNounEnds(a, j+1, hi) {
		return Place // "the Curzon Mayfair cinema in London"
	}
	if i-2 < lo {
		return ""
	}
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Flags&textseg.TDigit != 0) {
		return "" // "at Nasa's Ames centre", "in Chapter 11"
	}
	if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])); ok {
		return "" // the gazetteer's own rules type it
	}
	prev := toks[i-2]
	switch toks[i-1].Text {
	case "near":
		return City
	case "in":
		if venueCues[prev.Lower()] && prev.Flags&(textseg.TCap|textseg.TUpper) == 0 {
			return City
		}
	case "at":
		if venueCues[prev.Lower()] && prev.Flags&(textseg.TCap|textseg.TUpper) == 0 {
			return Place
		}
		if isCapWord(prev) && titledVenueHeads[prev.Lower()] {
			return Place // "the Emirates Stadium at Ashburton Grove": a ground's site
		}
		if isCapWord(prev) && (i-3 < lo || !isCapWord(toks[i-3])) {
			if e, ok := x.gaz.Lookup(prev.Text); ok && e.Type == "Country" && !e.Ambiguous {
				return Place
			}
		}
	}
	return ""
}

// venueAfterWords may follow a venue noun that ends its noun phrase:
// "the X cinema in London", "the X theatre, where".
var venueAfterWords = lexicon.WordSet(`in at on near outside inside to for of
	and or by with from was is were are has had have will would where which
	that who since until`)

// venueNounEnds reports that the venue noun before token k ends its noun
// phrase: the sentence ends, punctuation or a capitalised word follows,
// or a preposition, conjunction or verb of the clause. Another noun
// after it makes the venue noun a modifier: "the Odeon cinema chain" is
// a business.
func venueNounEnds(a *analysis, k, hi int) bool {
	if k >= hi {
		return true
	}
	t := a.tokens[k]
	return t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' || venueAfterWords[t.Text]
}

// townPartNouns, lower-case before "of", name a part of a town or the
// land around it: "the outskirts of Oxford", "the centre of Bath".
var townPartNouns = lexicon.WordSet(`outskirts suburbs suburb centre center heart
	edge streets north south east west`)

// partOfTown reports whether the name at token i follows a part of a
// town and "of" ("on the outskirts of Oxford"): only a place has
// outskirts, so a town that is also a common word ("oxford" is a shoe)
// is the town there.
func (a *analysis) partOfTown(i int) bool {
	return i >= 2 && a.tokens[i-1].Text == "of" && townPartNouns[a.tokens[i-2].Text]
}

// townSiteNouns, lower-case right after a town's name, make it the
// site's place: "the Oxford factory", "the Cowley plant".
var townSiteNouns = lexicon.WordSet(`factory plant site`)

// townBeforeSite reports whether the name toks[i:j] stands between "the"
// and a site noun that ends the phrase ("at the Oxford factory"): a town
// the gazetteer knows, which the site is in. "the Oxford factory
// workers" makes the site a modifier, and nothing is read.
func (a *analysis) townBeforeSite(i, j int) bool {
	if i < 1 || j >= len(a.tokens) || a.tokens[i-1].Lower() != "the" || !townSiteNouns[a.tokens[j].Text] {
		return false
	}
	hi := a.sentTokens[a.sentenceOfToken(i)].End
	return venueNounEnds(a, j+1, hi) || a.lowerHeadEnds(j+1, hi) // "at the Oxford factory this year"
}
