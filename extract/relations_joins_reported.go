package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Joining and leaving reported by the member itself: "The RLJP said on
// Monday it had quit the ruling alliance", "the party announced that it
// would leave the coalition", "Ghana confirmed it has rejoined the
// bloc". The reported clause's "it" is the speaker; the dependency rules
// miss it because the parser takes "had quit" for "had" with an
// infinitive and the pronoun stays unresolved. A done move ("has",
// "had") gives joined or left; "would" or "will" before a leaving verb
// gives plansToLeave (and the member still belongs). A future joining
// is no fact.
const ruleReportedJoin = "joins:reported" // "X said it had quit Y" -> left

// reportVerbs introduce the member's own report.
var reportVerbs = lexicon.WordSet(`said says announced confirmed declared`)

// reportedFillers may stand between the report verb and "it": a day,
// "on", "that", "late", "last".
var reportedFillers = lexicon.WordSet(`on that late last early this monday tuesday
	wednesday thursday friday saturday sunday yesterday today night week`)

// reportedDone and reportedFuture are the auxiliaries before the verb.
var (
	reportedDone   = lexicon.WordSet(`had has`)
	reportedFuture = lexicon.WordSet(`would will`)
)

// reportedMoves maps the verb after the auxiliary to its predicate; a
// leaving verb's base form follows "would".
var reportedMoves = map[string]string{
	"joined": Joined, "rejoined": Joined,
	"quit": Left, "left": Left, "withdrawn": Left, "exited": Left,
	"leave": PlansToLeave,
}

// reportedBodyGlue are the words allowed between the verb and the body:
// "the ruling Future Alliance", "the governing coalition of".
var reportedBodyGlue = lexicon.WordSet(`the ruling governing`)

// reportedJoins adds the facts of a member's reported move.
func (r *relState) reportedJoins() {
	a := r.a
	toks := a.tokens
	for s, sp := range a.sentTokens {
		for k := sp.Start + 1; k+3 < sp.End; k++ {
			if !reportVerbs[toks[k].Lower()] {
				continue
			}
			mi := a.mentionEndingAt(reportedSpeakerEnd(toks, sp.Start, k), sp.Start)
			if mi < 0 {
				continue
			}
			member := a.ments[mi].entity
			if t := r.typeOf(member); t != Organization && t != Country {
				continue
			}
			j := k + 1
			for j < sp.End && reportedFillers[toks[j].Lower()] {
				j++
			}
			if j+2 >= sp.End || toks[j].Lower() != "it" {
				continue
			}
			aux := toks[j+1].Lower()
			verb := toks[j+2].Lower()
			pred := reportedMoves[verb]
			switch {
			case pred == "":
				continue
			case reportedDone[aux] && pred != PlansToLeave:
			case reportedFuture[aux] && (verb == "leave" || verb == "quit"):
				pred = PlansToLeave
			default:
				continue
			}
			o := j + 3
			for o < sp.End && o < j+6 && reportedBodyGlue[toks[o].Lower()] {
				o++
			}
			body := a.entityAtToken(o)
			if body < 0 || body == member || r.typeOf(body) != Organization {
				continue
			}
			r.add(member, pred, body, s, ruleReportedJoin, 0.7)
			if pred == PlansToLeave {
				r.add(member, MemberOf, body, s, ruleReportedJoin, 0.65)
			}
		}
	}
}

// reportedSpeakerEnd returns the last token of the speaker before report
// verb k: the word before it, or, past an apposition between commas ("The
// RLJP, a regional party with seven lawmakers, said"), the word before the
// apposition, past a short form in brackets ("The Farmers Party (FP),").
func reportedSpeakerEnd(toks []textseg.Token, lo, k int) int {
	e := k - 1
	if e <= lo || toks[e].Text != "," {
		return e
	}
	c := e - 1
	for c > lo && toks[c].Text != "," {
		c--
	}
	if c <= lo {
		return -1
	}
	e = c - 1
	if e > lo+2 && toks[e].Text == ")" && toks[e-2].Text == "(" {
		e -= 3
	}
	return e
}
