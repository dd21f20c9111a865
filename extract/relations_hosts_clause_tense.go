package extract

import "strings"

// An event noun with its city ("a summit in Vienna") takes its tense from
// its own clause, not from any word of the sentence:
//
//	"Ministers will gather for a summit in Vienna"                   - to come
//	"Ministers gathered for a summit in Vienna last month, and said
//	 output would rise"                                              - held
//
// The clause ends at punctuation, at a conjunction that opens another
// verb ("and said", "but warned"), at a relative pronoun, or at a
// subordinator.

// eventClauseAheadWords put the event clause ahead or in the hypothetical.
var eventClauseAheadWords = relWords(`will 'll shall could would next upcoming
	forthcoming`)

// eventClauseStops end the event's clause when no punctuation does.
var eventClauseStops = relWords(`and but said says while whereas as
	because although though who which that where`)

// eventClauseTimeLinks open a clause of time, whose tense is that of the
// clause before it.
var eventClauseTimeLinks = relWords(`when once until till after before`)

// eventClauseAhead reports a word of the future or of what could be in
// the clause holding tokens [first, last].
func (s *relSent) eventClauseAhead(first, last int) bool {
	for j := first - 1; j >= 0; j-- {
		if s.is(j, eventClauseTimeLinks) {
			// "could be reached in December, when members gather for a
			// summit in X": a clause of time takes the tense of the
			// clause it hangs from.
			if s.word(j-1, ",") {
				j--
			}
			continue
		}
		if s.clauseEdge(j) || s.is(j, eventClauseStops) {
			break
		}
		if s.is(j, eventClauseAheadWords) || s.word(j, "to") && s.is(j-1, relBe) {
			return true // "will gather for", "are to meet for"
		}
	}
	for j := first; j < len(s.low) && (j <= last || !s.clauseEdge(j) && !s.is(j, eventClauseStops)); j++ {
		if s.is(j, eventClauseAheadWords) {
			return true // "a summit in Vienna next month"
		}
	}
	return false
}

// reportedWouldBefore reports an event phrase at first in a clause of
// reported speech whose verb is "would": "said the country would submit
// its application at a summit in Prague". A "would" after a reporting
// verb is the future of the time of saying, still ahead of the story;
// alone it may be a condition or a habit, and "would have" looks back.
func (s *relSent) reportedWouldBefore(first int) bool {
	w := -1
	for j := first - 1; j >= 0 && !s.clauseEdge(j); j-- {
		if s.word(j, "would") || s.word(j, "'d") {
			w = j
			break
		}
		if s.is(j, eventClauseStops) {
			return false // "the country said" ends the reported clause
		}
	}
	if w < 0 || s.word(w+1, "have") || s.word(w+1, "'ve") || s.word(w+1, "not") || s.word(w+1, "n't") {
		return false
	}
	// The reporting verb stands a short subject before "would":
	// "said (that) the country would", "announced it would".
	for k := w - 1; k >= 0 && k >= w-6 && !s.clauseEdge(k); k-- {
		if s.is(k, relReport) && strings.HasPrefix(s.tag(k), "VB") {
			return true
		}
	}
	return false
}
