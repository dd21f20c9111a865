package extract

// A name listed among firms is a firm: "ABN Amro, BNP Paribas, Calyon,
// JP Morgan Chase Bank, and Dresdner Kleinwort Wasserstein were not
// involved", "Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco and
// Liggett Group". A two-word name with no known first name looks like a
// person's ("Merrill Lynch", "Bayer Leverkusen"), but English lists
// things of one kind: beside two bodies typed by a cue of their own (the
// gazetteer, a head word, an acronym) and no person or place, it is a body
// too. A list with a person named as one ("Microsoft, Apple and Steve
// Jobs") or a place in it ("Intel, Dell and Ireland") mixes kinds and
// says nothing. coordinatedOrgs (entities_coordination.go) does the same
// for lone common words.

// firmsInList is how many cued bodies a list must hold besides the name
// before the name joins them: with one, a club and its player ("Chelsea
// and Didier Drogba") or a firm and its founder read the same.
const firmsInList = 2

// longList is how many other items make one body typed by the gazetteer
// or a head word enough: "ABN Amro, BNP Paribas, Calyon, JP Morgan Chase
// Bank, and Dresdner Kleinwort Wasserstein" lists banks. An acronym is
// not enough alone: rappers and bands go by them too ("LL Cool J, DMX,
// Ludacris, Ja Rule and Ashanti").
const longList = 3

// listedAmongFirms reports whether the person-shaped name m stands in a
// list of names whose other items hold firmsInList cued bodies, no
// person named as one and no place.
func (a *analysis) listedAmongFirms(m *mention) bool {
	if m.firstName || m.t1-m.t0 < 2 {
		return false
	}
	s := m.sent
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	firms, named, items := 0, 0, 0
	// item judges one neighbour in the list; it returns false when the
	// list is no list of bodies.
	item := func(o *mention) bool {
		items++
		switch {
		case o.typ == Organization && (o.strong || o.canon != ""):
			firms++
			named++
			return true
		case o.typ == Organization && o.kind == MentionAcronym && len(o.surface) >= 3:
			firms++
			return true
		case o.typ == Person && !o.firstName && o.personByShapeOnly() && o.t1-o.t0 >= 2:
			return true // another firm read as a person ("BNP Paribas")
		case o.typ == Organization || o.typ == "":
			return true // an unknown one-word name, not typed yet ("Calyon")
		}
		return false
	}
	// Leftwards: ", NAME" or "and NAME" or ", and NAME" before m.
	for p := m.t0 - 1; p > lo; {
		if !listJoint(a.tokens[p].Text) {
			break
		}
		if a.tokens[p].Text == "and" || a.tokens[p].Text == "or" {
			if p-1 > lo && a.tokens[p-1].Text == "," {
				p--
			}
		}
		o := a.listItemEndingAt(p - 1)
		if o == nil {
			break
		}
		if !item(o) {
			return false
		}
		p = o.t0 - 1
	}
	// Rightwards, the same.
	for n := m.t1; n < hi; {
		if !listJoint(a.tokens[n].Text) {
			break
		}
		if a.tokens[n].Text == "," && n+1 < hi && (a.tokens[n+1].Text == "and" || a.tokens[n+1].Text == "or") {
			n++
		}
		o := a.listItemStartingAt(n + 1)
		if o == nil {
			break
		}
		if !item(o) {
			return false
		}
		n = o.t1
	}
	return firms >= firmsInList || named >= 1 && items >= longList
}

// listItemEndingAt returns the published name or acronym mention ending
// at token t, with no possessive after it ("Opera and Apple's Safari"
// lists browsers), or nil.
func (a *analysis) listItemEndingAt(t int) *mention {
	for i := range a.ments {
		if o := &a.ments[i]; (o.kind == MentionName || o.kind == MentionAcronym) && !o.hidden && !o.alone && o.t1 == t+1 {
			return o
		}
	}
	return nil
}

// listItemStartingAt returns the published name or acronym mention
// opening at token t, with no possessive after it, or nil.
func (a *analysis) listItemStartingAt(t int) *mention {
	for i := range a.ments {
		if o := &a.ments[i]; (o.kind == MentionName || o.kind == MentionAcronym) && !o.hidden && !o.alone && o.t0 == t {
			if o.t1 < len(a.tokens) && isPossessive(a.tokens[o.t1].Text) {
				return nil
			}
			return o
		}
	}
	return nil
}
