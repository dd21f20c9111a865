package extract

// Events placed in a capital named by apposition: "this year's meeting in
// the Angolan capital Luanda", "a concert in the Cuban capital, Havana".
// The city stands after the demonym and "capital", so the plain reading
// of "in" + name (placeAfter) misses it; the description's name runs to
// the city, as GOLD.md names a description whole.

// capitalPlaceAfter returns the city's mention after "in the <demonym>
// capital" at preposition p ("in the Angolan capital Luanda", with or
// without a comma before the city), or false. The demonym must be read
// as one (a mention of a nation's people or adjective) and the city
// typed a City: "in the Angolan capital region" or "in the capital of
// Angola" are not read here.
func (a *analysis) capitalPlaceAfter(p, hi int, nameStart map[int]int) (int, bool) {
	if p+4 >= hi || a.tokens[p].Text != "in" || a.tokens[p+1].Lower() != "the" {
		return -1, false
	}
	dm, ok := nameStart[p+2]
	if !ok || a.ments[dm].kind != MentionDemonym {
		return -1, false
	}
	k := a.ments[dm].t1
	if k+1 >= hi || a.tokens[k].Lower() != "capital" {
		return -1, false
	}
	k++
	if a.tokens[k].Text == "," && k+1 < hi {
		k++
	}
	m, ok := nameStart[k]
	if !ok || a.ments[m].typ != City {
		return -1, false
	}
	return m, true
}
