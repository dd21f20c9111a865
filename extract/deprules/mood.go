package deprules

import "strings"

// mood is what the words around a trigger say of the event: done, to
// come, intended, under way, denied or hedged.
type mood uint8

const (
	moodDone mood = iota
	moodPresent
	moodProgressive
	moodFuture
	moodIntend
	moodHedge // "could leave", "if it joins", "asked to join": nothing is asserted
	moodNeg   // "did not leave", "refused to join", "no visit"
)

func (r *Rule) predicateFor(m mood) (string, bool) {
	var p string
	switch m {
	case moodDone:
		p = r.Predicate
	case moodPresent:
		p = r.Present
	case moodProgressive:
		p = r.Progressive
	case moodFuture:
		p = r.Future
	case moodIntend:
		p = r.Intend
	}
	return p, p != ""
}

var (
	futureAux = words(`will shall 'll wo`)
	hedgeAux  = words(`would could might may should must can ca 'd ought`)
	negWords  = words(`not n't never no`)
	condMarks = words(`if unless whether`)
	// sayVerbs make "would" the future of reported speech ("said it would
	// withdraw").
	sayVerbs = words(`say tell announce state confirm declare insist warn
		indicate signal reveal add claim pledge promise`)
	// Heads of a control chain or of a nominal trigger, by what they do
	// to the event below them.
	intendHeads = words(`plan intend want hope seek aim vow pledge promise
		threaten decide agree prepare propose consider wish push campaign
		vote move try attempt bid look apply announce call urge negotiate
		discuss plans intention decision threat proposal desire effort
		ambition offer invitation referendum talks negotiations
		application process criteria timetable date deal`)
	futureHeads = words(`be set due go poised scheduled slated expected
		likely ready`)
	negHeads = words(`refuse decline reject fail deny avoid oppose resist
		stop cease block veto prevent forbid cancel postpone delay scrap
		abandon suspend refusal rejection opposition failure postponement
		cancellation halt drop`)
	// doneHeads pass the event's own tense through ("managed to join",
	// "began its withdrawal").
	doneHeads = words(`manage begin start continue complete finish force become remain
		compel oblige help celebrate mark welcome confirm finalise finalize
		follow precede`)
	// notDoneAdj make a nominal trigger a plan: "the planned withdrawal".
	notDoneAdj = words(`planned proposed possible potential future eventual
		upcoming forthcoming expected scheduled prospective intended
		likely imminent`)
	// formerAdj say a role or state is over: "a former member".
	formerAdj = words(`former ex erstwhile one-time onetime`)
	// beforeCases put a nominal trigger ahead of its clause's time: "ahead
	// of his visit to Paris" tells of a visit to come.
	beforeCases = []string{"ahead", "before", "prior"}
)

// mood reads auxiliaries, negation, conditions and the chain of control
// verbs and nouns above the trigger.
func (t *tree) mood(trig int) mood {
	m := moodDone
	worse := func(x mood) {
		if x > m {
			m = x
		}
	}
	n := trig
	switch t.s.XPOS[trig] {
	case "VBZ", "VBP":
		worse(moodPresent)
	}
	if t.s.UPOS[trig] == "NOUN" && (anyIn(t.caseWords(trig), beforeCases) ||
		t.head(trig) >= 0 && anyIn([]string{t.lemma[t.head(trig)]}, beforeCases)) {
		worse(moodFuture) // "ahead of his visit", parsed either way
	}
	if t.s.XPOS[trig] == "VB" && t.rel(trig) != "xcomp" && t.child(trig, "aux") < 0 && !t.hasChildLemma(trig, "mark", "to") {
		worse(moodPresent) // a bare verb with no auxiliary is a present the tagger took for VB
	}
	if t.hasChildLemma(trig, "cop", "be") && t.hasChildLemma(trig, "mark", "to") {
		worse(moodFuture) // "X is to host", parsed with "is" as a copula
	}
	for depth := 0; depth < 6 && n >= 0; depth++ {
		for _, c := range t.kids[n] {
			lem := t.lemma[c]
			switch t.s.Deprel[c] {
			case "aux":
				switch {
				case futureAux[lem]:
					worse(moodFuture)
				case lem == "would" && t.rel(n) == "ccomp" && sayVerbs[t.lemma[t.head(n)]]:
					worse(moodFuture)
				case hedgeAux[lem]:
					worse(moodHedge)
				case lem == "be" && n == trig && t.s.XPOS[trig] == "VBG":
					worse(moodProgressive)
				}
			case "advmod":
				if negWords[lem] {
					worse(moodNeg)
				}
			case "det":
				if lem == "no" {
					worse(moodNeg)
				}
			case "mark":
				if condMarks[lem] {
					worse(moodHedge)
				}
			case "amod":
				w := strings.ToLower(t.s.Words[c])
				if n == trig && (notDoneAdj[w] || notDoneAdj[lem]) {
					worse(moodIntend)
				}
				if n == trig && (formerAdj[w] || formerAdj[lem]) {
					worse(moodNeg)
				}
			}
		}
		h := t.head(n)
		if h < 0 {
			break
		}
		hl := t.lemma[h]
		switch t.rel(n) {
		case "xcomp", "acl":
			if t.rel(n) == "acl" && !t.hasChildLemma(n, "mark", "to") {
				return m // a participle ("countries joining the EU") keeps its own tense
			}
			switch {
			case negHeads[hl]:
				worse(moodNeg)
			case intendHeads[hl]:
				worse(moodIntend)
			case futureHeads[hl]:
				worse(moodFuture)
			case doneHeads[hl]:
			default:
				worse(moodHedge) // "asked to leave", "free to join": nothing done
			}
		case "conj":
			// Coordinated verbs share auxiliaries: "will meet X and visit Y".
		case "obj", "nmod", "obl", "nsubj", "nsubj:pass":
			if t.s.UPOS[trig] != "NOUN" || n != trig {
				return m
			}
			switch {
			case negHeads[hl]:
				worse(moodNeg)
			case intendHeads[hl]:
				worse(moodIntend)
			case doneHeads[hl], lightVerbs[hl]:
			case t.rel(n) == "obj":
				// "praised his visit", "backs Turkey's accession": the verb
				// says what it thinks of the event, not that it happened.
				worse(moodHedge)
			default:
				return m // "during his visit", "the date of the withdrawal"
			}
		default:
			return m
		}
		n = h
	}
	return m
}
