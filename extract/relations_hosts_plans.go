package extract

import "strings"

// Hosting told in the present progressive with a time still to come is a
// plan, not an event under way:
//
//	two magazines are hosting a gadget show in Leeds this weekend
//	the city is staging a jazz festival next month
//	On Saturday, the club is hosting a charity match at its ground
//
// English uses "is/are hosting" both for what is happening now ("the town
// is hosting the games this week") and for an arrangement, and only the
// time phrase tells them apart. A time that is surely ahead of the story
// ("this weekend", "next week", "tomorrow", "on Saturday", "later this
// month", a coming date) makes the host willHost. "This week", "today"
// and "now" are as often under way, so they leave the tense hosted; so
// does a past progressive ("was hosting a show last weekend").

// hostPresentBe are the present forms of "be" that open a progressive.
var hostPresentBe = relWords(`is are 's 're am`)

// hostAheadNouns follow "next" or "this" in a time surely ahead when told
// in the present progressive: "this weekend", "next week". "This week",
// "this morning" and "this evening" are left out: a story written on the
// day or week may tell them as under way.
var hostAheadNouns = relWords(`weekend week month year summer autumn winter spring season`)

// hostingAhead reports the host verb at token t told in the present
// progressive with a time ahead, looked for just after the objects (end),
// after a place that follows them ("in Leeds this weekend"), or fronted at
// the start of the sentence ("On Saturday, ...").
func (s *relSent) hostingAhead(t, end int) bool {
	if s.tag(t) != "VBG" || !s.presentBeBefore(t) {
		return false
	}
	if s.timeAheadAt(end) || s.timeAheadAt(0) && (s.word(s.timeAheadEnd(0), ",") || s.word(s.timeAheadEnd(0)+1, ",")) {
		return true
	}
	if s.word(end, "in") || s.word(end, "at") {
		if _, cend := s.objectsAt(end + 1); cend > end+1 && s.timeAheadAt(cend) {
			return true
		}
	}
	return false
}

// presentBeBefore reports a present form of "be" opening the verb group
// that ends at token t, over adverbs ("are also hosting").
func (s *relSent) presentBeBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if hostPresentBe[s.low[j]] && s.tag(j) != "POS" {
			return true
		}
		if tg := s.tag(j); tg != "RB" && !relAdverb[s.low[j]] {
			return false
		}
	}
	return false
}

// timeAheadAt reports a time phrase surely ahead of the story at token k.
func (s *relSent) timeAheadAt(k int) bool {
	return s.timeAheadEnd(k) > k
}

// timeAheadEnd returns the token after a time phrase ahead at token k
// ("this weekend", "next month", "tomorrow", "on Saturday", "later this
// year", "on 2 April"), or k when none stands there.
func (s *relSent) timeAheadEnd(k int) int {
	if k < 0 || k >= len(s.low) {
		return k
	}
	switch {
	case s.word(k, "tomorrow"):
		return k + 1
	case (s.word(k, "this") || s.word(k, "next")) && s.is(k+1, hostAheadNouns):
		if s.word(k, "this") && s.word(k+1, "week") {
			return k // "this week": as often under way
		}
		return k + 2
	case s.word(k, "later") && s.word(k+1, "this") && s.is(k+2, hostAheadNouns):
		return k + 3
	case (s.word(k, "on") || s.word(k, "this") || s.word(k, "next")) && s.is(k+1, relWeekdays):
		return k + 2
	case s.futureTimeAfter(k):
		return k + 2
	}
	return k
}

// hostingPlanBefore reports an event phrase from token first to a place
// ending at last that is the object of a host verb in the present
// progressive, with a time ahead after the place: "are hosting a gadget
// show in London this weekend". Rules that read the event and its place
// without the verb take the plan's tense from it.
func (s *relSent) hostingPlanBefore(first, last int) bool {
	if !s.timeAheadAt(last + 1) {
		return false
	}
	for j := first - 1; j >= 0 && j >= first-4 && !s.clauseEdge(j); j-- {
		if t := s.tag(j); strings.HasPrefix(t, "VB") || t == "MD" {
			return t == "VBG" && (s.is(j, relHost) || s.is(j, relStage)) && s.presentBeBefore(j)
		}
	}
	return false
}
