package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A sports sentence opened by a side's coach or captain talks about the
// side through the person: "Leeds manager Tom Hale said their display in
// the 2-0 defeat to Hull was poor", "Georgia coach Levan Beridze was
// angry after their loss to Spain". The subject is the person, who takes
// "his", so "their" is the side named in the title, which the title rules
// tied the person to. Binding it lets the relation rules read "their
// defeat to Hull" as the side's.
//
// The side must take a plural pronoun (a team, or a country in a sports
// story: coref_national_sides.go); a plural noun ("praised his players
// for their patience") or another organisation or country named between
// the title and "their" ("... warned the Lions ahead of their tour"),
// or another person ("wants Silva and the rest of his team to hone their
// skills"), leaves it open.

// sideTitleWords are the titles between a side and its holder's name
// that make the holder speak for the side.
var sideTitleWords = lexicon.RoleClass("side-speaker")

// coachedSide returns the side "their" at token t of sentence s stands
// for when the sentence opens with a side's coach or captain
// ("Chelsea boss Jose Mourinho ... their"), else -1.
func (a *analysis) coachedSide(s, t int, classes []nomClass) int {
	if !a.sportsStory() {
		return -1
	}
	p := a.titledSubjectPerson(s)
	if p < 0 {
		return -1
	}
	side, name := -1, -1
	for _, m := range a.mentionsInSentence(s) {
		if m.hidden || m.kind == MentionDemonym || m.t0 >= t || m.entity < 0 && (side < 0 || m.kind != MentionName) {
			continue
		}
		switch {
		case m.entity < 0:
			return -1 // an unresolved name may be the other side: "warned Hull ahead of their tie"
		case side < 0:
			side = m.entity
			if m.t1 >= a.sentTokens[s].End || !a.titleWordsBefore(m.t1, s) {
				return -1
			}
		case name < 0:
			if m.entity != p {
				return -1
			}
			name = m.t1
		case m.entity != side && m.entity != p:
			// "... warned the Lions ahead of their tour"; "wants Silva and
			// the rest of his team to hone their skills": the players
			return -1
		}
	}
	if side < 0 || name < 0 || !a.takesPlural(side, classes) || !a.wellAttested(side) {
		return -1
	}
	a.tagSentence(s)
	for k := name; k < t; k++ {
		if tag := a.tokens[k].Tag; tag == "NNS" || tag == "NNPS" {
			return -1 // "acclaimed his players for their patience"
		}
	}
	return side
}

// titleWordsBefore reports whether the lower-case title words from token
// k of sentence s up to the next capitalised word end in a side title
// ("manager", "head coach", "director of rugby" does not).
func (a *analysis) titleWordsBefore(k, s int) bool {
	end := a.sentTokens[s].End
	j := k
	for j < end && j-k < titleWordsMax && !isCapWord(a.tokens[j]) {
		j++
	}
	return j > k && j < end && isCapWord(a.tokens[j]) && sideTitleWords[a.tokens[j-1].Lower()]
}
