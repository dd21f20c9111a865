package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Match headings: a wire sports report that covers several matches sets
// each one's result on a line of its own and tells the match under it:
//
//	Group G — Belgium 3 – 0 Panama
//
//	In the first game of Group G, Belgium faced Panama at the Fisht
//	Stadium in Sochi. ...
//
// The line names the match (an Event, named by its sides and score as
// GOLD.md names described events) and its two sides; the section under it
// says where it was played. The story's headline is read by matchHeadline
// (relations_lineups.go); these are the headings below it.

// matchHeading is one score line standing as a paragraph of its own.
type matchHeading struct {
	para       int    // index into doc.Paragraphs
	name       [2]int // tokens [name[0], name[1]) name the match: the sides and the score, no stage label
	home, away [2]int // the two sides' tokens
}

// matchHeadingMaxTokens bounds a heading: a stage label, two names of up
// to five words and the score.
const matchHeadingMaxTokens = 18

// matchHeadings returns the score lines below the headline.
func (a *analysis) matchHeadings() []matchHeading {
	var out []matchHeading
	for p := 1; p+1 < len(a.doc.Paragraphs); p++ {
		lo, hi := a.tokenRange(a.doc.Paragraphs[p])
		if hi-lo < 3 || hi-lo > matchHeadingMaxTokens {
			continue
		}
		if last := a.tokens[hi-1].Text; last == "." || last == "?" || last == "!" || last == "\"" || last == "”" {
			continue // a sentence, not a heading
		}
		if h, ok := a.matchHeadingAt(lo, hi); ok {
			h.para = p
			out = append(out, h)
		}
	}
	return out
}

// matchHeadingAt parses tokens [lo, hi) as "[label SEP] HOME n – m AWAY".
func (a *analysis) matchHeadingAt(lo, hi int) (matchHeading, bool) {
	var h matchHeading
	s0, s1 := a.scoreAt(lo+1, hi-1)
	if s0 < 0 {
		return h, false
	}
	if a.lineupName(s1, hi) != hi || s1 == hi {
		return h, false // the away side must run to the line's end
	}
	// The home side runs back from the score over capitalised words to
	// the line's start or a label's separator ("Group F —", "Final:").
	k := s0
	for k > lo && k > s0-5 && isCapWord(a.tokens[k-1]) {
		k--
	}
	if k == s0 {
		return h, false
	}
	if k > lo && !headingSeparator(a.tokens[k-1].Text) {
		return h, false
	}
	h.name = [2]int{k, hi}
	h.home = [2]int{k, s0}
	h.away = [2]int{s1, hi}
	return h, true
}

// headingSeparator reports a token that ends a heading's stage label.
func headingSeparator(t string) bool {
	switch t {
	case "—", "–", "-", "--", ":", "|":
		return true
	}
	return false
}

// scoreAt finds a score in tokens [lo, hi): "3 – 0", "3-0" (as one token
// or three), and returns its token range, or -1.
func (a *analysis) scoreAt(lo, hi int) (int, int) {
	for k := lo; k < hi; k++ {
		t := a.tokens[k]
		if scoreToken(t.Text) || scoreTokenDash(t.Text) {
			return k, k + 1
		}
		if smallNumber(t.Text) && k+2 < hi && scoreDash(a.tokens[k+1].Text) && smallNumber(a.tokens[k+2].Text) {
			return k, k + 3
		}
	}
	return -1, -1
}

// scoreDash reports the dash between a score's two numbers.
func scoreDash(t string) bool { return t == "-" || t == "–" || t == "—" }

// scoreTokenDash reports a score written as one token with an en dash:
// "3–0".
func scoreTokenDash(t string) bool {
	i := strings.Index(t, "–")
	return i > 0 && smallNumber(t[:i]) && smallNumber(t[i+len("–"):])
}

// smallNumber reports a score's number: one to three digits.
func smallNumber(t string) bool {
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// sideByWord finds, among the Country and Organization mentions of
// sentences [s0, s1), the one whose name shares a word with a heading's
// side: "Korea Republic" in the heading is "South Korea" in the text.
func (a *analysis) sideByWord(side string, s0, s1 int) int {
	words := map[string]bool{}
	for _, w := range strings.Fields(textseg.Lower(side)) {
		if len(w) >= 4 {
			words[w] = true
		}
	}
	found := -1
	for s := s0; s < s1 && s < len(a.sentTokens); s++ {
		for _, m := range a.mentionsInSentence(s) {
			if m.entity < 0 || m.kind != MentionName {
				continue
			}
			if t := a.doc.Entities[m.entity].Type; t != Country && t != Organization {
				continue
			}
			for _, w := range strings.Fields(textseg.Lower(a.doc.Entities[m.entity].Name)) {
				if words[w] {
					if found >= 0 && found != m.entity {
						return -1 // two candidates: no guess
					}
					found = m.entity
				}
			}
		}
	}
	return found
}
