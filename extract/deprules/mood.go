package deprules

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

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
	if r.Timeless {
		return r.Predicate, true
	}
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
		ambition offer invitation referendum talk talks negotiation negotiations
		application process criteria timetable date deal
		confident hopeful determined eager keen favourite favorite chance
		chances target`)
	futureHeads = words(`be set due go poised scheduled slated expected
		likely ready`)
	negHeads = words(`refuse decline reject fail deny avoid oppose resist
		stop cease block veto prevent forbid cancel postpone delay scrap
		abandon suspend miss refusal rejection opposition failure postponement
		cancellation halt drop`)
	// doneHeads pass the event's own tense through ("managed to join",
	// "began its withdrawal").
	doneHeads = words(`manage begin start continue complete finish force remain
		compel oblige help celebrate mark welcome confirm finalise finalize
		follow precede name appoint elect become choose`)
	// notDoneAdj make a nominal trigger a plan: "the planned withdrawal".
	notDoneAdj = words(`planned proposed possible potential future eventual
		upcoming forthcoming expected scheduled prospective intended
		likely imminent`)
	// beliefVerbs report what someone thinks, not what happened.
	beliefVerbs = words(`believe think claim allege suspect rumour rumor fear
		speculate suggest assume imagine doubt dream expect hope wish`)
	// claimVerbs tell of an accusation: "accused Gazprom of taking part
	// in the auction" asserts no taking part.
	claimVerbs = words(`accuse charge allege suspect blame`)
	// formerAdj say a role or state is over: "a former member".
	formerAdj = words(`former ex erstwhile one-time onetime`)
	// beforeCases put a nominal trigger ahead of its clause's time: "ahead
	// of his visit to Paris" tells of a visit to come.
	beforeCases = []string{"ahead", "before", "prior"}
)

// before reports a nominal trigger introduced by "ahead of", "prior to"
// or "before", however the parser attached "ahead".
func (t *tree) before(trig int) bool {
	if anyIn(t.caseWords(trig), beforeCases) || t.head(trig) >= 0 && anyIn([]string{t.lemma[t.head(trig)]}, beforeCases) {
		return true
	}
	for _, c := range t.kids[trig] {
		if t.s.Deprel[c] == "case" && c > 0 && anyIn([]string{strings.ToLower(t.s.Words[c-1])}, beforeCases) {
			return true
		}
	}
	return false
}

// past reports a verb told in the past: a past tense or a past auxiliary.
func (t *tree) past(v int) bool {
	if t.s.XPOS[v] == "VBD" {
		return true
	}
	if t.s.XPOS[v] == "VBN" && t.child(v, "aux") < 0 && t.child(v, "aux:pass") < 0 && t.child(v, "nsubj") >= 0 {
		// A participle with a subject and no auxiliary is a past tense the
		// tagger took for a participle ("The departure of X surprised").
		return true
	}
	for _, c := range t.kids[v] {
		switch r := t.s.Deprel[c]; {
		case (r == "aux" || r == "aux:pass" || r == "cop") && t.s.XPOS[c] == "VBD":
			return true
		}
	}
	return false
}

// classify says what the head of a control chain does to the event
// below it; a head the lists do not know asserts nothing ("asked to
// leave", "free to join").
func (t *tree) classify(head string) mood {
	switch {
	case negHeads[head]:
		return moodNeg
	case intendHeads[head]:
		return moodIntend
	case futureHeads[head]:
		return moodFuture
	case doneHeads[head]:
		return moodDone
	}
	return moodHedge
}

var (
	condList = []string{"if", "unless"}
	// pastMarks put a participle before its clause's time.
	pastMarks = []string{"after", "since", "following", "upon"}
	// thoughtMarks introduce a participle that tells of an event only
	// thought of.
	thoughtMarks = []string{"about", "without", "for", "instead", "than"}
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
	if t.s.UPOS[trig] == "NOUN" && t.before(trig) {
		worse(moodFuture) // "ahead of his visit"
	}
	if t.s.XPOS[trig] == "VB" && t.rel(trig) != "xcomp" && t.child(trig, "aux") < 0 && !t.hasChildLemma(trig, "mark", "to") {
		worse(moodPresent) // a bare verb with no auxiliary is a present the tagger took for VB
	}
	if (t.hasChildLemma(trig, "cop", "be") || t.hasChildLemma(trig, "aux", "be")) && t.hasChildLemma(trig, "mark", "to") {
		worse(moodFuture) // "X is to host", "the Games are to be held in Baku"
	}
	if t.s.UPOS[trig] == "VERB" && (t.hasChildLemma(trig, "case", "due") || t.hasChildLemma(trig, "mark", "due")) {
		// "is due to address the conference" with "due to" read as one
		// preposition; before a noun it is "because of" ("due to
		// Georgia's withdrawal").
		worse(moodFuture)
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
			case "aux:pass":
				if lem == "be" && n == trig && t.s.XPOS[c] == "VBG" {
					worse(moodProgressive) // "is being recruited by"
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
			case "advcl":
				// "will leave Anfield if the Reds fail": a condition on
				// the clause.
				if anyIn(t.caseWords(c), condList) {
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
		if n != trig && (t.hasChildLemma(n, "cop", "be") || t.hasChildLemma(n, "aux", "be")) && t.hasChildLemma(n, "mark", "to") {
			worse(moodFuture) // "X is to begin talks"
		}
		h := t.head(n)
		if h < 0 {
			if t.hasChildLemma(n, "mark", "to") {
				worse(moodFuture) // a headline's infinitive: "Mutu to hold talks with Juventus"
			}
			break
		}
		hl := t.lemma[h]
		rel := t.rel(n)
		verbal := t.s.UPOS[n] == "VERB" || t.s.UPOS[n] == "AUX"
		own := t.child(n, "nsubj") >= 0 || t.child(n, "nsubj:pass") >= 0
		to := t.hasChildLemma(n, "mark", "to")
		switch {
		case rel == "conj":
			// Coordinated verbs share auxiliaries: "will meet X and visit Y".
		case t.hearsayHead(n, h):
			// "reports that X held talks with Y", "it is rumoured that X
			// will quit": only the report is told (lexicon.HearsayNouns).
			worse(moodHedge)
			return m
		case rel == "xcomp" && !to && t.s.XPOS[n] == "VBG" && t.child(h, "aux:pass") >= 0 && t.classify(hl) == moodHedge:
			// A participle beside a passive that no list knows tells
			// when it happened, in that clause's tense: "was injured
			// playing against Chelsea", "was sent off tackling X".
		case rel == "xcomp" || rel == "acl" && to ||
			verbal && !own && to && (rel == "advcl" || rel == "ccomp" || rel == "csubj"):
			// Control and purpose: "plans to leave", "refused to join",
			// "flew to Brussels to meet X".
			worse(t.classify(hl))
		case verbal && !own && (rel == "advcl" || rel == "acl"):
			// A participle keeps the tense of its clause ("joining the
			// company in 1990, he ..."), unless its preposition says the
			// event is only thought of ("nervous about meeting X",
			// "blamed for leaving").
			if anyIn(t.caseWords(n), thoughtMarks) || claimVerbs[hl] || t.rel(h) == "obj" && claimVerbs[t.lemma[t.head(h)]] {
				worse(moodHedge)
				return m
			}
			if t.s.UPOS[h] == "ADJ" && intendHeads[hl] {
				worse(moodIntend) // "confident of winning a medal"
				return m
			}
			if anyIn(t.caseWords(n), pastMarks) {
				return m // "after leaving Liverpool in May": done before its clause
			}
			if rel == "acl" {
				return m // "countries joining the EU"
			}
		case verbal && !own && (rel == "obj" || rel == "ccomp") && t.s.XPOS[n] == "VBG":
			// A gerund complement: "ruled out competing", "considered
			// joining", "denied meeting".
			worse(t.classify(hl))
		case rel == "ccomp" && (beliefVerbs[hl] || negHeads[hl]):
			// "believed he was talking to X", "denied meeting X".
			if negHeads[hl] {
				worse(moodNeg)
			} else {
				worse(moodHedge)
			}
			return m
		case t.s.UPOS[trig] == "NOUN" && n == trig &&
			(rel == "obj" || rel == "nmod" || rel == "obl" || rel == "nsubj" || rel == "nsubj:pass"):
			switch {
			case negHeads[hl]:
				worse(moodNeg)
			case intendHeads[hl]:
				worse(moodIntend)
			case doneHeads[hl], lightVerbs[hl]:
			case (rel == "nsubj" || rel == "nsubj:pass") && !t.past(h):
				// "Turkey's accession to the EU divides opinion": a subject
				// of a present verb is talked about, not told as done.
				worse(moodHedge)
			case rel == "obj":
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

// hearsayHead reports a clause n that completes a noun of report
// ("speculation that X met Y"), unless a verb confirms the report ("the
// bank confirmed reports that ..."), or that "it is reported/rumoured"
// at h passes on. The noun is found beside the clause's "that", not by
// the clause's attachment: the parser often hangs such a clause on the
// main verb ("There was speculation that X met Y") or reads it as a
// relative clause ("reports that X had held talks").
func (t *tree) hearsayHead(n, h int) bool {
	for _, c := range t.kids[n] {
		if c < 1 || strings.ToLower(t.s.Words[c]) != "that" {
			continue
		}
		k := c - 1
		if t.s.UPOS[k] != "NOUN" || !lexicon.HearsayNouns[t.lemma[k]] {
			continue
		}
		v := t.head(k)
		return !(t.rel(k) == "obj" && v >= 0 && lexicon.ConfirmingVerbs[t.lemma[v]])
	}
	// "it is rumoured that X met Y", its clause a ccomp or, misparsed,
	// an advcl with "that".
	clause := t.rel(n) == "ccomp" || t.rel(n) == "advcl" && t.hasChildLemma(n, "mark", "that")
	return clause && t.child(h, "aux:pass") >= 0 &&
		lexicon.HearsayParticiples[strings.ToLower(t.s.Words[h])]
}
