package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A club the text introduces by its kind noun before its name ("German
// football club Borussia Dortmund", "struggling club Grimsvale Town")
// whose name the entity stage did not read as an organisation is the
// club every later "the club" means; with no node of its own, the
// nominal resolver would bind "the club" to whatever organisation was
// named last (a magazine quoted, a fund that owns the stadium). Such a
// story's "the club" stays unbound: a missing binding loses a fact, a
// wrong one makes a false one.

// clubNouns are the kind nouns that introduce a club by name.
var clubNouns = lexicon.WordSet(`club`)

// otherClubMods before the noun make the club named another than the one
// the story is about: "his former club Southampton", "rival club Leeds".
var otherClubMods = lexicon.WordSet(`former previous old new rival other parent sister
	boyhood first last home`)

// clubUnnamed reports whether the text writes a club noun right before a
// capitalised name that opens no organisation mention ("football club
// Borussia Dortmund" when Borussia Dortmund is no organisation).
func (a *analysis) clubUnnamed() bool {
	orgAt := make(map[int]bool)
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity >= 0 && !m.hidden && a.doc.Entities[m.entity].Type == Organization {
			orgAt[m.t0] = true
		}
	}
	for s := range a.sentTokens {
		r := a.sentTokens[s]
		for k := r.Start; k+1 < r.End; k++ {
			t := a.tokens[k]
			if !clubNouns[t.Lower()] || isCapWord(t) || !isCapWord(a.tokens[k+1]) || orgAt[k+1] {
				continue
			}
			if k > r.Start && otherClubMods[a.tokens[k-1].Lower()] {
				continue // "former club Southampton": another club
			}
			return true
		}
	}
	return false
}
