package extract

// An event named with its venue ("the Jazz Awards at Bridgewater Hall")
// takes its tense from the clause it sits in. A conditional makes it a
// hypothesis, not a hosting:
//
//	"Clara Dunn would perform at the Jazz Awards at Bridgewater Hall if invited"
//	"the band could play the Folk Festival at Albert Hall"
//
// while "would" with no condition is the future seen from the past ("she
// said she would perform at the Jazz Awards at Bridgewater Hall"), a
// hosting still to come.

// venueClauseMood reads the modal of the clause around an event at a
// venue, from the clause's start to the event (first) and a condition up
// to a dozen words after the venue (last). hypothetical: nothing holds;
// ahead: "would" alone, a hosting to come.
func (s *relSent) venueClauseMood(first, last int) (hypothetical, ahead bool) {
	modal := ""
	for j := first - 1; j >= 0 && !s.clauseEdge(j); j-- {
		if s.modalAt(j) && s.low[j] != "if" && s.low[j] != "unless" && s.low[j] != "whether" {
			modal = s.low[j]
			break
		}
	}
	if modal == "" {
		return false, false
	}
	if modal != "would" && modal != "'d" || s.condAfter(last) {
		return true, false
	}
	return false, true
}
