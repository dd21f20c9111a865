package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// What happens to an appointment decides whether it made anyone a leader.
// "X's appointment as chairman of Y" gives X the post only when the
// appointment went through: "was blocked", "would be", "the proposed
// election of X as mayor", "shareholders rejected X's appointment as
// chief executive" tell of a post X does not hold. Tests:
// titles_appointments_test.go.

// appointmentUndoneAfter, read after the role phrase, make the
// appointment fail, wait or stay a plan: modals ("would be confirmed"),
// a negation, verbs that stop it ("was blocked", "has been rejected") or
// keep it pending ("is expected to", "is subject to approval").
var appointmentUndoneAfter = lexicon.WordSet(`would could might may will should must can
	not never
	blocked rejected vetoed overturned opposed challenged questioned contested
	delayed postponed withdrawn scrapped halted suspended cancelled canceled
	thwarted refused denied annulled revoked reversed stalled
	expected subject pending awaits awaiting depends requires needs faces`)

// appointmentUndoneBefore, read just before the appointment noun or the
// holder's possessive, say the same from the front: a plan ("the
// proposed election of X"), an opponent ("opposition to X's appointment",
// "blocked X's appointment", "voted against the election of X").
var appointmentUndoneBefore = lexicon.WordSet(`proposed planned possible potential
	mooted rumoured rumored expected prospective failed disputed controversial
	against oppose opposes opposed opposing block blocks blocked blocking
	reject rejects rejected rejecting veto vetoes vetoed vetoing challenge
	challenges challenged challenging overturn overturns overturned delay
	delays delayed halt halted stop stopped
	opposition objection objections rejection blocking
	if whether`)

// appointmentGlue may stand between an undoing word and the appointment:
// "opposition to X's appointment", "rejected the election of X".
var appointmentGlue = lexicon.WordSet(`the to of a an`)

// appointmentUndone reports whether an appointment phrase starting at
// token t0 (the holder's possessive name, or the noun before "of X") and
// whose role phrase ends at token end is said to have failed, to be
// pending or to be a plan, within sentence tokens lo..hi.
func appointmentUndone(a *analysis, t0, end, lo, hi int) bool {
	toks := a.tokens
	for k, n := t0-1, 0; k >= lo && n < 3; k, n = k-1, n+1 {
		w := toks[k].Lower()
		if appointmentUndoneBefore[w] {
			return true
		}
		if !appointmentGlue[w] {
			break
		}
	}
	if end < 0 {
		return false
	}
	for k := end; k < hi && k < end+6; k++ {
		w := toks[k].Lower()
		if w == "," || w == "." || w == ";" || w == ":" || isQuoteMark(w) {
			break
		}
		if appointmentUndoneAfter[w] || w == "n't" {
			return true
		}
	}
	return false
}
