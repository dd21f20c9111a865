package extract

// Tours and the places they go to: "the 1997 Lions tour to South Africa",
// "their ill-fated 1988 tour of New Zealand", "next summer's tour to New
// Zealand". GOLD.md counts the places a tour plays as its hosts ("The
// tour begins in San Diego": San Diego willHost the tour). News speaks of
// a tour to come as often as of a past one, and a bare "the Lions tour
// to New Zealand" says neither: hosted needs a year or "last" dating the
// tour behind the story, willHost a word of the future; an undated tour
// gives nothing.

const (
	ruleTourHosted   = "hosted/tour-of-place"
	ruleTourWillHost = "willHost/tour-of-place"
	ruleTourOwner    = "participatedIn/tour-owner"
)

// tourHeads end a tour's name or description.
var tourHeads = relWords(`tour tours`)

// tourPastWords date a tour behind the story: "the last Lions tour of
// Australia", "the previous tour".
var tourPastWords = relWords(`last previous`)

// tourSeasons follow "this" or "next" to date a tour ahead: "this
// summer's Lions tour", "the tour to New Zealand this summer".
var tourSeasons = relWords(`summer winter spring autumn`)

// tourPlaces adds hosted or willHost for the country or city right after
// "tour to" or "tour of" in sentence s.
func (s *relSent) tourPlaces() {
	for _, m := range s.ms {
		if m.entity < 0 || m.kind != MentionName || !s.r.isEvent(m.entity) || !s.is(m.last, tourHeads) {
			continue
		}
		k := m.last + 1
		if !s.word(k, "to") && !s.word(k, "of") {
			continue
		}
		if k++; s.word(k, "the") {
			k++
		}
		c := s.mentionAt(k)
		if c == nil || c.first != k || c.entity == m.entity {
			continue
		}
		if t := s.r.typeOf(c.entity); t != Country && t != City {
			continue
		}
		if s.negBefore(m.first, 4) || s.condBefore(m.first) {
			continue
		}
		switch {
		case s.tourDatedPast(m.last, c.last):
			s.r.add(c.entity, Hosted, m.entity, s.idx, ruleTourHosted, 0.7)
			if o := s.tourOwner(m); o >= 0 && o != c.entity {
				s.r.add(o, ParticipatedIn, m.entity, s.idx, ruleTourOwner, 0.7)
			}
		case s.clauseFuture(m.first, c.last) || s.tourSeasonAhead(m.first, c.last):
			s.r.add(c.entity, WillHost, m.entity, s.idx, ruleTourWillHost, 0.7)
		}
	}
}

// tourDatedPast reports a tour (its noun at token head, its place ending
// at last) dated behind the story: a year or "last" among the words that
// open its description ("the 1997 Lions tour", "their ill-fated 1988
// tour"), or a year or "last year" right after its place ("of New Zealand
// in 1921", "to New Zealand last year").
func (s *relSent) tourDatedPast(head, last int) bool {
	for j := head - 1; j >= 0 && j >= head-4; j-- {
		if isYear(s.low[j]) || s.is(j, tourPastWords) {
			return true
		}
		if s.tag(j) == "DT" || s.tag(j) == "PRP$" || s.clauseEdge(j) {
			break
		}
	}
	if s.word(last+1, "in") && last+2 < len(s.low) && isYear(s.low[last+2]) {
		return true
	}
	return s.word(last+1, "last") && (s.word(last+2, "year") || s.is(last+2, tourSeasons))
}

// tourSeasonAhead reports "this summer's" (or "next") before a tour or
// "this summer" after its place.
func (s *relSent) tourSeasonAhead(first, last int) bool {
	for j := first - 1; j >= 1 && j >= first-5; j-- {
		if s.is(j, tourSeasons) && (s.word(j-1, "this") || s.word(j-1, "next")) {
			return true
		}
		if s.clauseEdge(j) {
			break
		}
	}
	return (s.word(last+1, "this") || s.word(last+1, "next")) && s.is(last+2, tourSeasons)
}

// tourOwner returns the side, country or band that owns the described
// tour m by a modifier or a possessive ("the Lions tour", "the band's
// tour"), or -1.
func (s *relSent) tourOwner(m relMention) int {
	a := s.r.a
	t0 := a.sentTokens[s.idx].Start + m.first
	for _, d := range a.described {
		if d.t0 != t0 || d.owner < 0 || d.ownerHow == 'o' {
			continue
		}
		if o := a.entityAtToken(d.owner); o >= 0 {
			if t := s.r.typeOf(o); t == Country || t == Organization {
				return o
			}
		}
	}
	return -1
}
