package extract

import (
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Towns the text places in a region of a country through the region's
// adjective, as it places them in a country through the country's:
//
//	"the Californian town of Santa Maria"   a region's demonym, a town
//	"the Bavarian city of Nuremberg"        noun and "of" (or a comma)
//	"the Siberian cities of Tomsk and Omsk" before the name or a list
//
// The mention pass makes entities only of countries' demonyms, so the
// tokens are read here; the region becomes an entity (under its
// gazetteer name, GOLD.md's rule for a country named only by its
// demonym) when the text does not already name it. Only regions the
// gazetteer places inside one country: a wide region's demonym
// ("European city of culture") or a people's ("Kurdish", "Kashmiri":
// no country) is left to other rules or to none.

// regionTownNouns are the singular nouns for a town or unit after a
// region's demonym; the plurals are listPlaceNouns (relations_places.go).
var regionTownNouns = lexicon.WordSet(`town city village resort port capital
	suburb municipality district county`)

// regionDemonymRule names the facts of regionDemonymTowns.
const regionDemonymRule = "locatedIn/region-demonym-town"

// regionDemonymTowns adds the facts above for every region demonym of
// the text, and the demonyms' mentions of regions it made entities.
func (r *relState) regionDemonymTowns() {
	if r.gaz == nil {
		return
	}
	r.addTokenMentions(r.regionDemonymTown)
}

// regionDemonymTown reads the phrase at token k. It returns the mention
// of a region entity it created, or nil.
func (r *relState) regionDemonymTown(k int) *Mention {
	if r.docMentionAt(k) != nil {
		return nil // a name or a country's demonym
	}
	g, ok := r.gaz.DemonymEntry(r.a.tokens[k].Text)
	if !ok || g.Kind != gazetteer.Place || g.Country == "" || g.Ambiguous {
		return nil
	}
	if r.docLow(k-1) != "the" && r.docLow(k-1) != "a" {
		return nil // "Californian Ana Ruiz", "Texan oil towns": no phrase of place
	}
	sent := r.a.sentenceOfToken(k)
	n := k + 1
	for i := 0; i < 2 && listNounModifiers[r.docLow(n)] && r.docMentionAt(n) == nil; i++ {
		n++ // "the Bavarian market town of"
	}
	noun := r.docLow(n)
	var items []int
	switch {
	case regionTownNouns[noun]:
		j := n + 1
		if w := r.docLow(j); w == "of" || w == "," {
			j++
		}
		c := r.docMentionAt(j)
		if c == nil || c.Kind != MentionName || c.Sentence != sent || c.Start != r.a.tokens[j].Start || !r.isPart(c.Entity) {
			return nil
		}
		items = []int{c.Entity}
	case listPlaceNouns[noun]:
		if r.docLow(n+1) != "of" {
			return nil
		}
		var ok bool
		if items, ok = r.nameList(n+2, sent, r.isPart, false); !ok {
			if items, ok = r.subjectList(n+2, sent, r.isPart); !ok {
				return nil
			}
		}
	default:
		return nil
	}
	region := r.entityNamed(g.Name)
	if region >= 0 && r.typeOf(region) != Place {
		return nil // the text's "Texas" is a firm or a team
	}
	for _, e := range items {
		if e == region {
			return nil
		}
	}
	var made *Mention
	if region < 0 {
		region = len(r.a.doc.Entities)
		r.a.doc.Entities = append(r.a.doc.Entities, Entity{Key: "place/" + textseg.Slug(g.Name), Type: Place, Name: g.Name})
		if len(r.a.ents) == region {
			r.a.ents = append(r.a.ents, entInfo{})
		}
		made = &Mention{Span: textseg.Span{Start: r.a.tokens[k].Start, End: r.a.tokens[k].End}, Sentence: sent, Entity: region, Kind: MentionDemonym}
	}
	for _, e := range items {
		if r.unplaced(e) {
			r.a.doc.Entities[e].Type = regionNounType(noun)
		}
		r.add(e, LocatedIn, region, sent, regionDemonymRule, 0.8)
	}
	return made
}

// regionNounType is the type of a name after a region's demonym and
// noun w (singular or plural): a unit's name is a place, any other a
// town's.
func regionNounType(w string) EntityType {
	switch w {
	case "district", "county":
		return Place
	}
	if regionTownNouns[w] {
		return City
	}
	return listNounType(w)
}
