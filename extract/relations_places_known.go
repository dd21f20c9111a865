package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Knowledge the gazetteer holds, used only where the text names both ends:
//
//	"a U.S. Representative from Illinois"   Illinois in the U.S.
//	"... Bavaria ... Germany ..."            Bavaria in Germany
//
// GOLD.md asks for facts the text states or plainly implies, not world
// knowledge. A state or region the gazetteer files under a country, in a
// text that names that country, is read as plainly implied: the writer
// names both and expects any reader to know the one holds the other. A
// town is left out (the gazetteer's 23,000 towns have homonyms across
// countries, "Paris, Texas"), and so is a region the text placed
// elsewhere or typed as something else. The region must be named as a
// place at least once, after a preposition of place ("in Texas", "from
// Illinois"), or as what holds another place ("Detroit, Michigan"):
// "Hollywood", "Wall Street" and "the West End" stand mostly
// for an industry or a market, and a subject or modifier says nothing of
// a place.

// knownRegions adds locatedIn facts for the gazetteer's regions whose
// country the document names.
func (r *relState) knownRegions() {
	if r.gaz == nil {
		return
	}
	countries := map[string]int{} // gazetteer country name -> entity
	for e := range r.a.doc.Entities {
		if r.typeOf(e) != Country {
			continue
		}
		if en, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name); ok && en.Kind == gazetteer.Country {
			if _, dup := countries[en.Name]; !dup {
				countries[en.Name] = e
			}
		}
	}
	if len(countries) == 0 {
		return
	}
	placed, holds := map[int]bool{}, map[int]bool{}
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LocatedIn {
			placed[f.Subject] = true
			holds[f.Object] = true
		}
	}
	for i := range r.a.doc.Mentions {
		m := &r.a.doc.Mentions[i]
		e := m.Entity
		if m.Kind != MentionName || placed[e] || r.typeOf(e) != Place || !r.placeWordBefore(m) && !holds[e] {
			continue
		}
		en, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
		if !ok || en.Kind != gazetteer.Place || en.Country == "" || en.Ambiguous {
			continue
		}
		c, ok := countries[en.Country]
		if !ok {
			continue
		}
		placed[e] = true
		r.add(e, LocatedIn, c, m.Sentence, "locatedIn/known-region", 0.6)
	}
}

// regionOfName reports a name built as a region noun and "of" a name:
// "Metropolitan City of Bari", "Province of Alberta", "County of Kent".
// Only the last word may follow "of", so "City of London Corporation" is
// no region.
func regionOfName(f []string) bool {
	n := len(f)
	if n < 3 || n > 5 || !strings.EqualFold(f[n-2], "of") {
		return false
	}
	head := strings.ToLower(f[n-3])
	return regionHeads[head] || head == "city" && n == 4
}

// placeWordBefore reports a preposition of place right before mention m:
// "in", "from", "across", "throughout", "near", "outside".
func (r *relState) placeWordBefore(m *Mention) bool {
	switch r.docLow(r.docTok(m.Start) - 1) {
	case "in", "from", "across", "throughout", "near", "outside":
		return true
	}
	return false
}
