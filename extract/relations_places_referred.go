package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A place referred back to by a place noun under a country's demonym,
// after the text has named it:
//
//	"Saxony's conservatives agreed ... to form the eastern German
//	 state's next government"                  Saxony lies in Germany
//	"Floods hit Kinsale on Monday. The Irish port ..."
//
// The phrase stands alone (no name, "of" or comma-and-name after it:
// those are appositions the other place rules read) and refers to the
// latest town or region of its noun's kind named in its sentence or the
// two before. The gazetteer must place that town or region in the
// demonym's country, so that a phrase about another place ("Leeds
// voted. The Welsh town ...") gives nothing. "The Spanish city" and "the
// Czech capital" are read by the place role phrases (coref_roles.go).
// A region's name before the noun ("the Utah capital", "the Nebraska
// town") is left out: the gazetteer knows each town's country, not its
// region, so it could not tell the town meant from another one.

// referredTownNouns refer back to a town, referredRegionNouns to a region.
var (
	referredTownNouns   = lexicon.WordSet(`town village port resort suburb`)
	referredRegionNouns = lexicon.WordSet(`state province region county territory canton`)
)

// referredPlaceRule names the facts of referredPlaces.
const referredPlaceRule = "locatedIn/referred-place-noun"

// referredPlaceWindow is how many sentences back the place may be named.
const referredPlaceWindow = 2

// referredPlaces adds the facts above.
func (r *relState) referredPlaces() {
	if r.gaz == nil {
		return
	}
	ms := r.a.doc.Mentions
	for i := range ms {
		d := ms[i]
		country, ok := r.referringModifier(d)
		if !ok {
			continue
		}
		start := r.docTok(d.Start)
		if !r.referredOpening(start) {
			continue
		}
		want, ok := r.referredNounAfter(r.docTok(d.End))
		if !ok {
			continue
		}
		e := r.referredPlace(d, want)
		if e < 0 || e == d.Entity {
			continue
		}
		g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
		if !ok || g.Ambiguous || g.Kind != gazetteer.City && g.Kind != gazetteer.Place || !r.namesCountryOf(country, g.Country) {
			continue
		}
		r.add(e, LocatedIn, d.Entity, d.Sentence, referredPlaceRule, 0.7)
	}
}

// namesCountryOf reports a country name that is the gazetteer's country
// gaz itself or another name of it ("Britain" for the United Kingdom).
// A nation inside a state is not the state: the gazetteer files Leeds and
// Cardiff alike under the United Kingdom, so "the Welsh town" cannot
// tell which of them is in Wales (sameCountry, which takes a place's
// own country as a match, would say both).
func (r *relState) namesCountryOf(country, gaz string) bool {
	if strings.EqualFold(country, gaz) {
		return true
	}
	e, ok := r.gaz.Lookup(country)
	return ok && strings.EqualFold(e.Name, gaz)
}

// referringModifier reports whether mention d is a country's demonym,
// which may modify a place noun that refers back. It returns the
// country's name.
func (r *relState) referringModifier(d Mention) (string, bool) {
	if d.Kind == MentionDemonym && r.typeOf(d.Entity) == Country {
		return r.a.doc.Entities[d.Entity].Name, true
	}
	return "", false
}

// referredOpening reports "the" before token k, with at most two
// lower-case words between ("the eastern", "the small coastal"), and no
// comma before it: "Saxony, the eastern German state," is an apposition
// (relations_places_apposed.go).
func (r *relState) referredOpening(k int) bool {
	j := k - 1
	for n := 0; n < 2 && r.lowerWord(j) && r.docLow(j) != "the" && r.docMentionAt(j) == nil; n++ {
		j--
	}
	return r.docLow(j) == "the" && r.docLow(j-1) != ","
}

// referredNounAfter reads the place noun at token k and reports the type
// of place it refers back to. The noun must end its phrase: a name after
// it is the place itself ("the Irish port Kinsale"), and "of",
// a comma and a name, or another noun make it something else ("the
// German state of Saxony", "the Chinese state press").
func (r *relState) referredNounAfter(k int) (EntityType, bool) {
	w := r.docLow(k)
	var t EntityType
	switch {
	case referredTownNouns[w]:
		t = City
	case referredRegionNouns[w]:
		t = Place
	default:
		return "", false
	}
	if k+1 >= len(r.a.tokens) {
		return t, true
	}
	next := r.a.tokens[k+1]
	switch {
	case r.docMentionAt(k+1) != nil, isCapWord(next) && r.a.sentenceOfToken(k+1) == r.a.sentenceOfToken(k):
		return "", false
	case next.Text == "of", next.Text == "-":
		return "", false
	case next.Text == "," && isCapWord(r.a.tokens[min(k+2, len(r.a.tokens)-1)]):
		return "", false
	case r.lowerWord(k+1) && (next.Tag == "NN" || next.Tag == "NNS" || next.Tag == "JJ"):
		return "", false
	}
	return t, true
}

// referredPlace returns the latest town or region (want) named before
// the phrase at mention d, in its sentence or the referredPlaceWindow
// sentences before; or -1.
func (r *relState) referredPlace(d Mention, want EntityType) int {
	ms := r.a.doc.Mentions
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Start >= d.Start {
			continue
		}
		if m.Sentence < d.Sentence-referredPlaceWindow {
			break
		}
		if m.Kind != MentionName || m.Entity == d.Entity || r.typeOf(m.Entity) != want {
			continue
		}
		return m.Entity
	}
	return -1
}
