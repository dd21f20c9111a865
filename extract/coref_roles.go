package extract

// Coreference of place role phrases: "the capital", "the capital city",
// "the Czech capital", "the Spanish city" refer back to the city the text
// has just named ("The European Political Community met in Granada. The
// Spanish city hosted the summit."). A resolved mention lets every
// relation rule read the phrase as the city's name.
//
// The phrase must stand alone: followed by a name ("the Czech capital
// Prague"), an apposition ("the French capital, Paris"), "of" ("the city
// of Pecs", "the capital of France") or a possessive it introduces or
// qualifies something else, and the title and relation rules read it. A
// demonym must agree with the city's country in the gazetteer, and the
// city must have been named in this sentence or the two before.

// placeRoleHeads are the nouns of a place role phrase, by the number of
// words they take.
var placeRoleHeads = map[string]bool{
	"capital":      true, // "the Czech capital"
	"capital city": true, // "the capital city"
	"city":         true, // "the Spanish city"
}

// placeRoleWindow is how many sentences back the city may be named.
const placeRoleWindow = 2

// resolvePlaceRoles adds a role mention for each place role phrase whose
// city is named just before.
func (x *Extractor) resolvePlaceRoles(a *analysis) {
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start; i+2 < r.End; i++ {
			if w := a.tokens[i].Lower(); w != "the" || i > r.Start && a.tokens[i-1].Text == "," {
				continue // "Prague, the Czech capital,": the apposition rules read it
			}
			k, dem := i+1, ""
			// "the Czech capital", "the South African city"
			for n := 2; n >= 1 && dem == "" && isCapWord(a.tokens[k]); n-- {
				if k+n >= r.End {
					continue
				}
				surf := a.tokens[k].Text
				if n == 2 {
					surf += " " + a.tokens[k+1].Text
				}
				if e, ok := x.gaz.DemonymEntry(surf); ok && e.Type == "Country" {
					dem, k = e.Name, k+n
				}
			}
			end, head := k, ""
			switch {
			case k+1 < r.End && a.tokens[k].Text == "capital" && a.tokens[k+1].Text == "city":
				end, head = k+2, "capital city"
			case k < r.End && placeRoleHeads[a.tokens[k].Text]:
				end, head = k+1, a.tokens[k].Text
			}
			if head == "" || head == "city" && dem == "" {
				continue // "the city" alone is too often the City of London or a team
			}
			if end < r.End {
				n := a.tokens[end]
				if isCapWord(n) || n.Text == "of" || n.Text == "'s" || n.Text == "’s" || n.Text == "-" ||
					n.Text == "," && end+1 < r.End && isCapWord(a.tokens[end+1]) {
					continue
				}
			}
			if a.mentionStartsIn(i, end) {
				continue // already a mention: a title, a name
			}
			e := x.recentCity(a, s, i, dem)
			if e < 0 {
				continue
			}
			a.hideMentionsIn(i, end)
			m := mention{sent: s, t0: i, t1: end, kind: MentionRole, typ: City, roleHead: head, roleAttr: dem}
			m.Start, m.End = a.tokens[i].Start, a.tokens[end-1].End
			m.surface = a.doc.Text[m.Start:m.End]
			m.entity, m.acrOf, m.titleAttr, m.owner = e, -1, -1, -1
			a.insertMention(m)
			a.demonymLocation(e, dem, s)
			i = end - 1
		}
	}
}

// demonymLocation records that city e lies in country dem, which a role
// phrase ("The Spanish city hosted ...") states, when the country is an
// entity of the text.
func (a *analysis) demonymLocation(e int, dem string, s int) {
	if dem == "" {
		return
	}
	for c, ent := range a.doc.Entities {
		if ent.Type == Country && ent.Name == dem {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: e, Predicate: LocatedIn, Object: c, Sentence: s,
				Rule: "locatedIn/demonym-city-role", Confidence: 0.8})
			return
		}
	}
}

// recentCity returns the latest city named (by a visible mention) before
// token t in sentence s or the placeRoleWindow sentences before it, that
// lies in country dem when dem is given; or -1.
func (x *Extractor) recentCity(a *analysis, s, t int, dem string) int {
	for i := len(a.ments) - 1; i >= 0; i-- {
		m := &a.ments[i]
		if m.t0 >= t {
			continue
		}
		if m.sent < s-placeRoleWindow {
			break
		}
		if m.hidden || m.entity < 0 || a.doc.Entities[m.entity].Type != City {
			continue
		}
		if dem != "" {
			g, ok := x.gaz.Lookup(a.doc.Entities[m.entity].Name)
			if !ok || g.Type != "City" || g.Country != dem {
				return -1 // the latest city is elsewhere: "the French capital" after Berlin
			}
		}
		return m.entity
	}
	return -1
}

// mentionStartsIn reports whether a visible mention other than a demonym
// starts in tokens [t0, t1).
func (a *analysis) mentionStartsIn(t0, t1 int) bool {
	for i := range a.ments {
		m := &a.ments[i]
		if m.t0 >= t0 && m.t0 < t1 && !m.hidden && m.kind != MentionDemonym {
			return true
		}
	}
	return false
}

// hideMentionsIn hides the demonym mentions inside a role phrase: the
// phrase, not its adjective, names the city.
func (a *analysis) hideMentionsIn(t0, t1 int) {
	for i := range a.ments {
		if m := &a.ments[i]; m.t0 >= t0 && m.t1 <= t1 && m.kind == MentionDemonym {
			m.hidden = true
		}
	}
}
