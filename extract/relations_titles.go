package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Leader titles the title stage (titles.go) leaves open: a company title
// with no company in it ("chief executive James Skinner said"), and an
// apposition whose organisation is a longer phrase than one name ("X,
// director of the IMF's European Department", "X, chairman of the Mozilla
// foundation"). Both are written as relation rules so that they see the
// sentence's mentions and the sentences before it.

// relCorpTitle are the last words of a company title that names the head
// of the company when it stands bare before a name. "President" is left
// out: bare, it names a head of state (titles.go reads those).
var relCorpTitle = lexicon.RoleClass("corp-bare")

// relNamePrefix are honorifics between a title and a name.
var relNamePrefix = relWords(`mr mrs ms dr sir lord lady dame`)

// relOrgTail are common nouns that may close an organisation's name
// without belonging to the mention ("the Mozilla foundation").
var relOrgTail = relWords(`foundation group company corporation bank firm
	organisation organization association institute council board union
	federation committee`)

// bareCorpTitle: "chief executive James Skinner said ...", "The trio are
// chief executive Willie Walsh, ...": a company title with no company
// named in the title leads the company the text is about at that point,
// i.e. the only organisation of the nearest sentence (this one or up to
// three before) that names any.
func (s *relSent) bareCorpTitle(m *relMention) {
	if m.kind != MentionName || s.r.typeOf(m.entity) != Person {
		return
	}
	k := m.first - 1
	if s.is(k, relNamePrefix) {
		k--
	}
	if !s.is(k, relCorpTitle) || s.ment[k] >= 0 {
		return
	}
	last := s.low[k]
	switch last {
	case "officer":
		// "chief executive officer John Woodward": the American form
		// of the same title.
		if !s.word(k-1, "executive") || !s.word(k-2, "chief") {
			return
		}
		last = "executive"
		k -= 3
	case "executive":
		if !s.word(k-1, "chief") {
			return
		}
		k -= 2
	case "director":
		if !s.word(k-1, "managing") {
			return
		}
		k -= 2
	default:
		k--
	}
	// "president and chief executive", "chairman and chief executive"
	if s.word(k, "and") && (s.word(k-1, "president") || s.word(k-1, "chairman")) {
		k -= 2
	}
	// Whatever stands before the title must not own or qualify it: a
	// name ("BP chief executive" is the title stage's), a possessive, a
	// blocking or functional modifier ("former", "deputy", "finance").
	if k >= 0 {
		w := s.low[k]
		if s.ment[k] >= 0 || s.tag(k) == "NNP" || s.tag(k) == "NNPS" || relCapitalised(s.toks[k].Text) || w == "'s" || w == "'" ||
			w == "its" || w == "their" || w == "his" || w == "her" || lexicon.NotLeaderModifiers[w] ||
			lexicon.FunctionalModifiers[w] || w == "late" || strings.HasPrefix(w, "ex-") || w == "then" || w == "new" || w == "-" {
			return
		}
		if k > 0 && (lexicon.NotLeaderModifiers[s.low[k-1]] || s.word(k-1, "late")) {
			return
		}
		if k > 0 && s.ment[k-1] >= 0 && (s.tag(k) == "NN" || s.tag(k) == "NNS") {
			return // "ISM survey chairman X": the title belongs to the named thing's part
		}
		// "former record label boss X": a past post, read past the
		// nouns and adjectives that say of what (titles_past.go's words)
		for j := k; j >= 0 && j > k-4; j-- {
			if lexicon.PastTitleMods[s.low[j]] || strings.HasPrefix(s.low[j], "ex-") {
				return
			}
			if t := s.tag(j); t != "NN" && t != "NNS" && t != "JJ" {
				break
			}
		}
	}
	if s.r.hasLeaderFact(m.entity) {
		return
	}
	// The nearest organisation must also be the one the article is
	// about: in a story about two clubs or firms the title is as often
	// the other one's.
	org := s.r.contextOrg(s.idx, m.entity)
	if main := s.r.mainOrg(); org < 0 || org != main {
		// "... restore confidence in the company," said chief executive
		// X: a quotation closing a story about one firm, with a product,
		// unit or partner named nearer. When the story names one firm
		// far more than any other, a bare company title is that firm's.
		// Only the firm-wide titles ("Boss X" also heads a factory),
		// and not a title of a part ("committee chairman X").
		if main < 0 || !s.r.dominantOrg() || last != "executive" && last != "chairman" && last != "chairwoman" && last != "ceo" ||
			k >= 0 && (s.tag(k) == "NN" || s.tag(k) == "NNS") {
			return
		}
		if org < 0 || !nameOverlaps(s.r.a.doc.Entities[org].Name, s.r.a.doc.Entities[main].Name) {
			org = main // else the nearer is the fuller name of the same firm ("Independent News & Media")
		}
	}
	s.r.add(m.entity, LeaderOf, org, s.idx, "leaderOf/bare-company-title", 0.6)
}

// dominantOrg reports whether the document's main organisation is named
// at least three times and at least twice as often as any other: a story
// about one firm, where another firm's head would be named with his firm.
func (r *relState) dominantOrg() bool {
	main := r.mainOrg()
	if main < 0 {
		return false
	}
	count := map[int]int{}
	for _, m := range r.a.doc.Mentions {
		if (m.Kind == MentionName || m.Kind == MentionAcronym) && r.typeOf(m.Entity) == Organization && !r.eventLike(m.Entity) {
			count[m.Entity]++
		}
	}
	for e, c := range count {
		if e != main && 2*c > count[main] {
			return false
		}
	}
	return count[main] >= 3
}

// mainOrg returns the organisation named most often in the document,
// by name or acronym, when it is named at least twice and more often than
// any other; else -1.
func (r *relState) mainOrg() int {
	if r.main != 0 {
		return r.main - 1
	}
	count := map[int]int{}
	for _, m := range r.a.doc.Mentions {
		if (m.Kind == MentionName || m.Kind == MentionAcronym) && r.typeOf(m.Entity) == Organization && !r.eventLike(m.Entity) {
			count[m.Entity]++
		}
	}
	best, n := mostCounted(count)
	if n < 2 {
		best = -1
	}
	r.main = best + 1
	return best
}

// hasLeaderFact reports whether person e already leads something.
func (r *relState) hasLeaderFact(e int) bool {
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LeaderOf && f.Subject == e {
			return true
		}
	}
	return false
}

// contextOrg returns the only organisation (not named like a gathering)
// of sentence i, else of the nearest of the three sentences before that
// names any; -1 when that sentence names two or none is found.
func (r *relState) contextOrg(i, not int) int {
	for d := 0; d <= 3 && i-d >= 0; d++ {
		org := -1
		for _, m := range r.a.mentionsIn(i - d) {
			e := m.Entity
			if e < 0 || e == not || m.Kind == MentionPronoun || m.Kind == MentionRole ||
				r.typeOf(e) != Organization || r.eventLike(e) {
				continue
			}
			if org >= 0 && org != e {
				return -1
			}
			org = e
		}
		if org >= 0 {
			return org
		}
	}
	return -1
}

// apposTitleOf: "Michael Deppler, director of the IMF's European
// Department", "Mitchell Kapor, chairman of the Mozilla foundation".
func (s *relSent) apposTitleOf(m *relMention) {
	if m.kind != MentionName || s.r.typeOf(m.entity) != Person || !s.word(m.last+1, ",") {
		return
	}
	k := m.last + 2
	if s.word(k, "a") || s.word(k, "an") {
		return // "Tim Osborne, a director of Group Menatep": one of several
	}
	if s.word(k, "the") {
		k++
	}
	var words []string
	for k < len(s.low) && len(words) < 5 && s.ment[k] < 0 && (isRoleWord(s.low[k]) || s.word(k, "new") || s.word(k, "current") ||
		s.word(k, "and") && len(words) > 0 && k+1 < len(s.low) && isRoleWord(s.low[k+1])) {
		// "chairman and chief executive of EMI Music"
		words = append(words, s.low[k])
		k++
	}
	if len(words) == 0 || !s.word(k, "of") || !isLeaderTitle(words) {
		return
	}
	switch words[len(words)-1] {
	case "minister", "secretary", "spokesman", "spokeswoman", "captain", "founder":
		return
	}
	p := k + 1
	if b := s.basedDescriptorEnd(p); b > p {
		p = b // "head of Brisbane-based game developer Krome Studios"
	}
	org, end := s.headRight(p)
	if org < 0 {
		// "the Mozilla foundation": a name and a common noun for a body.
		q := p
		if s.word(q, "the") {
			q++
		}
		if c := s.mentionAt(q); c != nil && c.first == q && s.is(c.last+1, relOrgTail) {
			org, end = c.entity, c.last+2
		}
	}
	if org < 0 || s.mentionAt(end-1) == nil && !s.is(end-1, relOrgTail) {
		return // "chair of the Indian firm": no name closes the phrase
	}
	if t := s.r.typeOf(org); t != Organization && t != Country && t != City || t.IsPlace() && !isPlaceLeaderTitle(words) {
		return // "X, director of Hong Kong ...": a job in a place leads nothing
	}
	// "X, director of the Institute for Labour Studies at Bonn
	// University,": the body's host after "at" closes the apposition.
	end = s.atHostEnd(end)
	// The apposition ends there: "X, chairman of Y, said" or the sentence end.
	if end < len(s.low) && !(s.word(end, ",") || s.word(end, ".") || s.word(end, ";") || s.word(end, ")") || s.quoteMark(end)) {
		return
	}
	s.r.add(m.entity, LeaderOf, org, s.idx, "leaderOf/appos-title-of", 0.75)
}

// relCapitalised reports an upper-case first letter ("Canaries boss X":
// a name the entity stage missed still owns the title).
func relCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// nameOverlaps reports whether one name opens the other, word for word
// ("Independent" and "Independent News & Media").
func nameOverlaps(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && (b == a || strings.HasPrefix(b, a+" "))
}

// sideLedOnPitch reports a leaderOf read from the verb "lead" whose object
// is a team of a sports story: "Robinson leads England against
// Australia", "has led the team during their opening three defeats",
// "he also led England to a Grand Slam". On the pitch the one who leads
// a side is its captain, a member (GOLD.md: "Wallabies captain George
// Gregan" is memberOf); its coach or manager leads it, and the title
// rules read those ("England coach Andy Robinson"). "Heads", "chairs" and
// "runs" still give the club's chairman or owner ("who chairs the Rugby
// Football Union").
func (r *relState) sideLedOnPitch(o, sent int, rule string) bool {
	if rule != "leaderOf/leads" && rule != "dep:leaderOf/verb" && rule != "dep:leaderOf/led-to-victory" || r.typeOf(o) != Organization || !r.a.sportsStory() {
		return false
	}
	sp := r.a.sentTokens[sent]
	for _, t := range r.a.tokens[sp.Start:sp.End] {
		switch t.Lower() {
		case "lead", "leads", "led", "leading":
			return true
		}
	}
	return false
}
