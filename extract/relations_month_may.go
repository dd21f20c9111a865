package extract

import (
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// The month "May" is spelt like the modal "may", and the tense checks
// read every "may" as a hedge: "was reported in May to have attended a
// meeting" then lost its fact while "in June" kept it. Capitalised, the
// word is the month when a date word leads into it or a number follows
// it; sentence-initial "May" with neither ("May I ask") stays the modal.

// mayMonthLeads are words after which a capitalised "May" is the month:
// "in May", "since May", "by May", "early May", "last May".
var mayMonthLeads = relWords(`in since by until till from before after
	during through throughout early late mid mid- last next this of
	between and or to on`)

// monthMayAt reports whether token j of toks is the month May rather
// than the modal verb.
func monthMayAt(toks []textseg.Token, j int) bool {
	if j < 0 || j >= len(toks) || toks[j].Text != "May" {
		return false
	}
	// "May 2005", "May 5", "May 5th": a year or day follows.
	if j+1 < len(toks) && startsWithDigit(toks[j+1].Text) {
		return true
	}
	if j == 0 {
		return false
	}
	prev := relFoldToken(toks[j-1])
	// "on 5 May", "the 12th of May": a day number before it.
	return mayMonthLeads[prev] || startsWithDigit(prev)
}

func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// modalAt reports a conditional or modal word at token i ("would",
// "could", "may", "if"), never the month May.
func (s *relSent) modalAt(i int) bool {
	return s.is(i, relCond) && !monthMayAt(s.toks, i)
}
