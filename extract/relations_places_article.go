package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An encyclopaedia article about a place (articlePlace) names the towns
// around it by the units it has just placed it in, without repeating
// them:
//
//	"Zabiele is a village in ... Gmina Wielbark, within Szczytno County,
//	Warmian-Masurian Voivodeship ... It lies approximately north-east of
//	Wielbark, south of Szczytno, and south-east of the regional capital
//	Olsztyn."
//
//	"the regional capital Olsztyn"    the capital of the article's
//	"the provincial capital of Lahore" first-level region (the unit it
//	                                   lies in that lies in no other)
//	"Wielbark" beside "Gmina Wielbark", "Szczytno" beside "Szczytno
//	County"                            a town that gives its name to a
//	                                   unit the article's place lies in
//	                                   is that unit's seat, and lies in
//	                                   it
//
// Both run only in an article about a place, where these units were
// just named; a news story's "the provincial capital" has no region the
// text fixes. Their facts are closed transitively with the rest.

// capitalAdjectives name the unit a capital heads: "the regional
// capital", "the provincial capital", "the state capital".
var capitalAdjectives = lexicon.WordSet(`regional provincial state`)

// seatUnitHeads end the name of a unit named after its seat: "Szczytno
// County", "Karviná District". "Gmina" opens one: "Gmina Wielbark".
var seatUnitHeads = lexicon.WordSet(`county district municipality`)

// articleUnits adds the facts above and closes them; it reports whether
// it added any.
func (r *relState) articleUnits() bool {
	s, holds, country, ok := r.articleHoldings() // relations_places.go
	if !ok {
		return false
	}
	if country < 0 {
		return false
	}
	added := r.regionalCapitals(s, r.topRegion(holds, country))
	for _, o := range slices.Sorted(maps.Keys(holds)) { // in order: the facts come out the same each run
		if r.typeOf(o) == Place && r.seatOf(o, s, holds, r.a.doc.Entities[country].Name) {
			added = true
		}
	}
	return added
}

// topRegion returns the one unit among holds that lies in country and in
// no other unit of holds, or -1.
func (r *relState) topRegion(holds map[int]bool, country int) int {
	top := -1
	for o := range holds {
		if o == country || r.typeOf(o) != Place || !r.hasFact(o, LocatedIn, country) {
			continue
		}
		inner := false
		for p := range holds {
			if p != country && p != o && r.hasFact(o, LocatedIn, p) {
				inner = true
				break
			}
		}
		if inner {
			continue
		}
		if top >= 0 {
			return -1 // two first-level regions: which capital is unclear
		}
		top = o
	}
	return top
}

// hasFact reports the fact s p o.
func (r *relState) hasFact(s int, p string, o int) bool {
	for _, f := range r.a.doc.Facts {
		if f.Subject == s && f.Predicate == p && f.Object == o {
			return true
		}
	}
	return false
}

// regionalCapitals places the towns named "the regional|provincial|state
// capital (of) X" or "X, the regional capital" in region reg.
func (r *relState) regionalCapitals(s, reg int) bool {
	if reg < 0 {
		return false
	}
	added := false
	for k := 1; k < len(r.a.tokens); k++ {
		if r.docLow(k) != "capital" || !capitalAdjectives[r.docLow(k-1)] {
			continue
		}
		j := k + 1
		if w := r.docLow(j); w == "," || w == "of" {
			j++
		}
		m := r.docMentionAt(j)
		if m == nil || m.Kind != MentionName || m.Start != r.a.tokens[j].Start {
			m = nil
			// "Olsztyn, the regional capital": the name before.
			if b := k - 2; r.docLow(b) == "the" && r.docLow(b-1) == "," {
				if p := r.docMentionAt(b - 2); p != nil && p.Kind == MentionName && r.docTok(p.End) == b-1 {
					m = p
				}
			}
		}
		if m == nil || m.Entity == s || m.Entity == reg || !r.townLike(m.Entity) {
			continue
		}
		if r.add(m.Entity, LocatedIn, reg, m.Sentence, "locatedIn/regional-capital", 0.7) {
			added = true
		}
	}
	return added
}

// townLike reports an entity typed a town, or unplaced (a person or
// organisation the gazetteer does not know), which a town is taken for
// when the typer has no cue; it is typed a town.
func (r *relState) townLike(e int) bool {
	if r.typeOf(e) == City {
		return true
	}
	if !r.unplaced(e) || len(strings.Fields(r.a.doc.Entities[e].Name)) > 2 {
		return false
	}
	r.a.doc.Entities[e].Type = City
	return true
}

// seatOf places the town a unit of holds is named after ("Szczytno" for
// "Szczytno County", "Wielbark" for "Gmina Wielbark") in that unit, when
// the article names the town apart from the unit. A town the text
// places in a unit outside holds, or the gazetteer outside the article's
// country cname, is left out.
func (r *relState) seatOf(unit, s int, holds map[int]bool, cname string) bool {
	f := strings.Fields(r.a.doc.Entities[unit].Name)
	if len(f) < 2 {
		return false
	}
	var town string
	switch {
	case strings.EqualFold(f[0], "gmina"):
		town = strings.Join(f[1:], " ")
	case seatUnitHeads[strings.ToLower(f[len(f)-1])]:
		town = strings.Join(f[:len(f)-1], " ")
	default:
		return false
	}
	t := -1
	for i, e := range r.a.doc.Entities {
		if e.Name == town {
			t = i
			break
		}
	}
	if t < 0 || t == s || holds[t] || !r.namedApart(t) || !r.mayLieIn(t, cname) {
		return false
	}
	for _, fc := range r.a.doc.Facts {
		if fc.Predicate == LocatedIn && fc.Subject == t && !holds[fc.Object] && r.typeOf(fc.Object) != Country {
			return false
		}
	}
	if !r.townLike(t) {
		return false
	}
	return r.add(t, LocatedIn, unit, r.firstSentence(t), "locatedIn/unit-seat", 0.65)
}

// namedApart reports an entity with a name mention of its own.
func (r *relState) namedApart(e int) bool {
	for _, m := range r.a.doc.Mentions {
		if m.Entity == e && m.Kind == MentionName {
			return true
		}
	}
	return false
}

// The opening sentence of an article about a place says where it lies
// even when the parse loses its subject behind an apposition or a
// bracket ("Mola di Bari, commonly referred to simply as Mola (Barese:),
// is a town and comune of the Metropolitan City of Bari, in the region of
// Apulia"): the first place after "is a <place noun> (and <noun>)
// in|of|on|within" is where the article's place lies. The rest of the
// address is read by the chain rules and the closure.

// articleLead adds the fact above for the article's place.
func (r *relState) articleLead() {
	s, sent := r.articlePlace()
	if s < 0 {
		return
	}
	for _, m := range r.a.doc.Mentions {
		if m.Entity != s || m.Sentence != sent || m.Kind != MentionName {
			continue
		}
		if o := r.leadPlace(r.docTok(m.End), sent); o >= 0 && o != s {
			r.add(s, LocatedIn, o, sent, "locatedIn/article-lead", 0.75)
		}
		return
	}
}

// leadHeads head a lead's noun phrase besides the town and region nouns:
// "a planned community", "a census-designated place".
var leadHeads = lexicon.WordSet(`community place`)

// leadPlace returns the place named after "is|was a (adjectives) <place
// noun> (and (a) <noun>) in|of|on|within (the) (<region noun> of)" in
// sentence sent after token k, or -1.
func (r *relState) leadPlace(k, sent int) int {
	j := k
	for ; j < k+25 && j < len(r.a.tokens); j++ {
		if w := r.docLow(j); w == "is" || w == "was" {
			break
		}
		if w := r.docLow(j); w == "." || w == ";" {
			return -1
		}
		if m := r.docMentionAt(j); m != nil && m.Sentence != sent {
			return -1
		}
	}
	if w := r.docLow(j + 1); w == "in" || w == "within" {
		return r.leadObject(j+2, sent) // "Coron is in the province of Palawan"
	}
	if w := r.docLow(j + 1); w != "a" && w != "an" {
		return -1
	}
	j = r.skipAdjectives(j+2, 3, townNounsPred, regionNounsPred, leadHeads)
	if w := r.docLow(j); !townNounsPred[w] && !regionNounsPred[w] && w != "community" && !(w == "place" && r.docLow(j-1) == "census-designated") {
		return -1
	}
	j++
	if r.docLow(j) == "(" && r.docLow(j+2) == ")" {
		j += 3 // "a census-designated place (CDP) in"
	}
	if r.docLow(j) == "and" { // "a town and comune of"
		j++
		if w := r.docLow(j); w == "a" || w == "an" {
			j++
		}
		if !r.lowerWord(j) {
			return -1
		}
		j++
	}
	switch r.docLow(j) {
	case "in", "of", "on", "within":
	default:
		return -1
	}
	return r.leadObject(j+1, sent)
}

// leadObject returns the town, place or country named at token j of
// sentence sent, after "the", "<region noun> of" and a compass word, or
// -1.
func (r *relState) leadObject(j, sent int) int {
	if r.docLow(j) == "the" {
		j++
	}
	if stateNouns[r.docLow(j)] && r.lowerWord(j) && r.docLow(j+1) == "of" {
		j += 2 // "in the province of Bari"
	}
	if chainDirs[r.docLow(j)] && r.lowerWord(j) {
		j++ // "in northeast Edmonton"
	}
	m := r.docMentionAt(j)
	if m == nil || m.Kind != MentionName || m.Start != r.a.tokens[j].Start || m.Sentence != sent {
		return -1
	}
	if t := r.typeOf(m.Entity); t != City && t != Place && t != Country {
		return -1
	}
	return m.Entity
}

// An article about a neighbourhood or a suburb names the ones around it
// by the same noun: "Cy Becker is a neighbourhood in northeast Edmonton
// ... bounded on the west by the McConachie neighbourhood ... and south
// by the Brintnell and Hollick-Kenyon neighbourhoods". Those lie in the
// article's town too; a neighbourhood is a part of one town.

// subTownNouns are the lead nouns of a part of a town.
var subTownNouns = lexicon.WordSet(`neighbourhood neighborhood suburb`)

// articleNeighbours places the neighbourhoods an article about one names
// by its own lead noun ("the McConachie neighbourhood") in the one town
// the facts place the article's neighbourhood in. A name the text places
// in another town, there or elsewhere, is left out.
func (r *relState) articleNeighbours() {
	s, sent := r.articlePlace()
	if s < 0 {
		return
	}
	noun := ""
	for _, m := range r.a.doc.Mentions {
		if m.Entity == s && m.Sentence == sent && m.Kind == MentionName {
			noun = r.leadNoun(r.docTok(m.End), sent)
			break
		}
	}
	if !subTownNouns[noun] {
		return
	}
	town := -1
	elsewhere := map[int]bool{} // names the text places in a town
	for _, f := range r.a.doc.Facts {
		if f.Predicate != LocatedIn || r.typeOf(f.Object) != City {
			continue
		}
		if f.Subject == s {
			if town >= 0 && town != f.Object {
				return // two towns: no one town for the neighbours
			}
			town = f.Object
		}
		elsewhere[f.Subject] = true
	}
	if town < 0 {
		return
	}
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName || m.Entity == s || m.Entity == town {
			continue
		}
		k := r.docTok(m.End)
		if strings.TrimSuffix(r.docLow(k), "s") != noun {
			continue // "the Kent region" in an article about a suburb
		}
		if w := r.docLow(k + 1); w == "in" || w == "of" {
			if o := r.docMentionAt(k + 2); o != nil && o.Entity != town {
				continue // "the Tessard neighbourhood of Regina" places it itself
			}
		}
		for _, n := range r.namedBeforePlaceNoun(m) {
			if n.Entity != s && n.Entity != town && !elsewhere[n.Entity] {
				r.add(n.Entity, LocatedIn, town, m.Sentence, "locatedIn/article-neighbours", 0.6)
			}
		}
	}
}

// leadNoun returns the place noun of "is|was a (adjectives) <noun>" in
// sentence sent after token k, or "".
func (r *relState) leadNoun(k, sent int) string {
	for j := k; j < k+25 && j < len(r.a.tokens); j++ {
		if m := r.docMentionAt(j); m != nil && m.Sentence != sent {
			return ""
		}
		switch r.docLow(j) {
		case ".", ";":
			return ""
		case "is", "was":
			if w := r.docLow(j + 1); w != "a" && w != "an" {
				return ""
			}
			n := r.skipAdjectives(j+2, 3, townNounsPred, regionNounsPred, leadHeads)
			return r.docLow(n)
		}
	}
	return ""
}
