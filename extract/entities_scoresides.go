package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Sides named with "of". A score-line headline ("Hearts of Oak 3-2
// Cotonsport") gives each side's whole name, so where the story repeats
// it ("Hearts of Oak set up an all-Ghanaian final") the words after "of"
// stay in the name instead of leaving "Hearts" and "Oak" as two bodies;
// the side is a team, an organisation, though its words are common ones;
// and the word before "of" alone ("the win for Hearts") is its short name.

// ofSides returns the token ranges of the headline's score-line sides
// that are names with "of", if the headline is a score line.
func (a *analysis) ofSides() [][2]int {
	sides, ok := a.scoreLine()
	if !ok {
		return nil
	}
	var out [][2]int
	for _, side := range sides {
		if side[1]-side[0] >= 3 && a.nameWithOf(side[0], side[1]) {
			out = append(out, side)
		}
	}
	return out
}

// scoreLine returns the token ranges before and after the score of a
// score-line headline ("Clyde 0-5 Celtic"), or false when the first
// paragraph is no short line with a score inside.
func (a *analysis) scoreLine() ([2][2]int, bool) {
	if len(a.doc.Paragraphs) == 0 {
		return [2][2]int{}, false
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo < 3 || hi-lo > matchHeadingMaxTokens {
		return [2][2]int{}, false
	}
	s0, s1 := a.scoreAt(lo+1, hi-1)
	if s0 < 0 {
		return [2][2]int{}, false
	}
	return [2][2]int{{lo, s0}, {s1, hi}}, true
}

// scoreSideEnd returns the token after the side that starts at token i,
// when tokens i onwards spell a headline side with "of" (in the headline
// itself or wherever the story repeats it); else -1.
func (a *analysis) scoreSideEnd(i int) int {
	for _, side := range a.ofSides() {
		n := side[1] - side[0]
		if i+n > len(a.tokens) {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = a.tokens[i+k].Text == a.tokens[side[0]+k].Text
		}
		if same {
			return i + n
		}
	}
	return -1
}

// nameWithOf reports whether tokens [t0, t1) are capitalised words with
// "of" (and "the" after it) inside: "Hearts of Oak", "Queen of the South".
func (a *analysis) nameWithOf(t0, t1 int) bool {
	if !isCapWord(a.tokens[t0]) || !isCapWord(a.tokens[t1-1]) {
		return false
	}
	of := false
	for k := t0 + 1; k < t1-1; k++ {
		switch w := a.tokens[k].Text; {
		case w == "of":
			of = true
		case w == "the" && a.tokens[k-1].Text == "of":
		case !isCapWord(a.tokens[k]):
			return false
		}
	}
	return of
}

// headlineScoreSides returns the token ranges of the two sides of a
// score-line headline ("Clyde 0-5 Celtic", "Hearts of Oak 3-2
// Cotonsport"): capitalised names, "of" allowed inside, on either side
// of the score; nil when the headline is no score line.
func (a *analysis) headlineScoreSides() [][2]int {
	if len(a.doc.Paragraphs) < 2 {
		return nil
	}
	line, ok := a.scoreLine()
	if !ok {
		return nil
	}
	sides := line[:]
	for _, side := range sides {
		if a.lineupName(side[0], side[1]) != side[1] && !(side[1]-side[0] >= 3 && a.nameWithOf(side[0], side[1])) {
			return nil
		}
	}
	return sides
}

// joinSideShortNames joins each lone mention of the words before "of" in
// a headline side ("Hearts") to the side's full name ("Hearts of Oak"),
// and types each side of a score-line headline a team: "Clyde" and
// "Dundee Utd" in "Clyde 0-5 Celtic", "Dundee Utd 4-1 Aberdeen" read as
// people's names, but a score stands between two sides. A side short for
// "United" joins the full name the story gives it ("Dundee United").
func (a *analysis) joinSideShortNames(ms []mention, uf unionFind) {
	for _, side := range a.headlineScoreSides() {
		name := ""
		for i := range ms {
			if ms[i].t0 == side[0] && ms[i].t1 == side[1] && ms[i].kind == MentionName {
				name = ms[i].surface
			}
		}
		long := ""
		if strings.HasSuffix(name, " Utd") {
			long = strings.TrimSuffix(name, "Utd") + "United" // "Dundee Utd" is "Dundee United"
		}
		at := -1
		for i := range ms {
			if name == "" || ms[i].kind != MentionName {
				continue
			}
			if ms[i].surface == name && ms[i].typ == Person {
				ms[i].typ = Organization // "Celtic brushed aside Clyde": the side again
			}
			if ms[i].surface == name && at < 0 {
				at = i
			}
		}
		for i := range ms {
			if at >= 0 && long != "" && ms[i].kind == MentionName && ms[i].surface == long {
				uf.union(i, at)
			}
		}
	}
	for _, side := range a.ofSides() {
		full := textseg.Clean(a.doc.Text[a.tokens[side[0]].Start:a.tokens[side[1]-1].End])
		short, _, _ := strings.Cut(full, " of ")
		at := -1
		for i := range ms {
			if ms[i].kind == MentionName && ms[i].surface == full {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		for i := range ms {
			if ms[i].kind == MentionName && ms[i].surface == short {
				ms[i].typ = Organization
				uf.union(i, at)
			}
		}
	}
}
