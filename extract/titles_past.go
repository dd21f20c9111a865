package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Past holders. GOLD.md's leaderOf is who heads a body now: a post the
// text tells as over gives no fact ("former Worldcom boss Bernie Ebbers",
// "ousted long-serving leader Leonid Kuchma", "the US cyber security chief
// has resigned"), while a departure still to come leaves the holder in
// place ("X steps down on 16 January", "Y is set to replace Mr Camus").
// pastHolder reads the words around the holder's mention in the evidence
// sentence, whichever rule found the post, so the title stage and the
// relation rules (verbs, appositions, dependency rules) share one test.

// removalVerbs and removalNouns take the holder as their object: "ousted
// leader X", "replaced chief executive X", "the resignation of its
// chairman, X". Only done forms: "to replace" and "is set to succeed" tell
// of a holder still in post.
var (
	removalVerbs = lexicon.WordSet(`ousted sacked fired dismissed axed replaced succeeded
		toppled deposed overthrew overthrown unseated`)
	removalNouns = lexicon.WordSet(`resignation departure sacking dismissal ousting ouster
		removal exit death`)
	// quitVerbs after the holder end the post: "X resigned", "X has quit",
	// and the headline's present "Brightcode boss quits" (GOLD.md: a
	// holder who has gone has left, and leads no more).
	quitVerbs = lexicon.WordSet(`resigned resigns quit quits retired`)
	// pastLeadVerbs after "had" or before "until" tell of a post once held:
	// "X had led the party", "X ran the firm until 2001".
	pastLeadVerbs = lexicon.WordSet(`led run ran headed chaired managed coached presided`)
	// pastRoleNouns after "was": "X was chief executive until 2001", "who
	// was head of the bank when the scandal broke".
	pastRoleNouns = lexicon.RoleClass("past-post")
	// titleGlue are the lower-case words a role phrase before a name is
	// made of besides role nouns and names: "the firm's chief operating
	// officer", "its long-serving managing director".
	titleGlue = lexicon.WordSet(`the a an of its his her their 's ' & - executive officer
		managing general long-serving`)
)

// pastHolder reports whether sentence sent tells of person's post as one
// held in the past.
func (a *analysis) pastHolder(person, sent int) bool {
	return a.holderTold(person, sent, a.pastAround)
}

// rolePhraseEnd returns where the role phrase before name mention m
// ends: the name's first token, moved back over honorifics the mention
// left out ("Sir") and one comma ("the chairman of Y, X").
func (a *analysis) rolePhraseEnd(m mention) int {
	lo := a.sentTokens[m.sent].Start
	k := m.t0
	for k-1 > lo {
		if _, ok := lexicon.Honorifics[a.tokens[k-1].Lower()]; !ok {
			break
		}
		k--
	}
	if k-1 > lo && a.tokens[k-1].Text == "," {
		k--
	}
	return k
}

// holderTold reports whether some mention of person in sentence sent
// passes around, the reading of one mention that pastHolder and
// futureHolder (titles_future.go) each make.
func (a *analysis) holderTold(person, sent int, around func(mention) bool) bool {
	if person < 0 || sent < 0 || sent >= len(a.sentTokens) {
		return false
	}
	for _, m := range a.mentionsInSentence(sent) {
		if m.entity == person && around(m) {
			return true
		}
	}
	return false
}

// pastAround reads one mention of a holder: the role phrase before it,
// an apposition after it, and the verb group of the clause it opens.
func (a *analysis) pastAround(m mention) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	low := func(i int) string { return toks[i].Lower() }
	if m.kind != MentionName {
		// "the former chairman", "the ex-boss": a role mention carries its
		// own modifiers.
		for k := m.t0; k < m.t1; k++ {
			if a.pastTitleMod(k, lo) {
				return true
			}
		}
	}
	// Before: "former Fiat chief executive X", "the then chairman of Y,
	// X", "ousted leader X", "the resignation of its chairman, X". Not
	// when the name is given a new post right after it ("elected former
	// defence minister X as its leader"): the past is the earlier post's.
	k := a.rolePhraseEnd(m)
	if m.t1+1 < hi && low(m.t1) == "as" && (low(m.t1+1) == "its" || low(m.t1+1) == "their") {
		k = lo
	}
	for p := k - 1; p >= lo && p >= k-maxTitleTokens; p-- {
		w := low(p)
		if removalVerbs[w] {
			return true
		}
		if w == "of" && p-1 >= lo && removalNouns[low(p-1)] {
			return true
		}
		if a.pastTitleMod(p, lo) {
			return true
		}
		if !a.titleWord(p) {
			break // "McCall would have been sacked if Wednesday manager X ...": the clause, not the title
		}
	}
	v := m.t1
	if v >= hi {
		return false
	}
	// After: "X, a former chief executive of Y,", "X, then head of Y,".
	if toks[v].Text == "," {
		// The apposition must name a leader's post: "X, a former rugby
		// international, leads ..." was a player, and leads now.
		past := false
		for p := v + 1; p < hi && p <= v+maxTitleTokens; p++ {
			w := low(p)
			if w == "," || w == "." || w == ";" {
				break
			}
			if p <= v+3 && a.pastTitleMod(p, lo) {
				past = true
			}
			if past && (lexicon.LeaderRoles[w] || pastRoleNouns[w]) {
				return true
			}
		}
		switch {
		case v+1 < hi && low(v+1) == "who":
			v += 2 // "X, who had led the party, ..."
		case v+1 < hi && (quitVerbs[low(v+1)] || low(v+1) == "has" || low(v+1) == "had" || low(v+1) == "was"):
			v++ // "Its chairman, X, resigned."
		default:
			// "X, chief executive of Y, resigned.": the verb after the
			// apposition's closing comma.
			for p := v + 1; p < hi && p <= v+maxTitleTokens+1; p++ {
				if w := toks[p].Text; w == "." || w == ";" {
					break
				}
				if toks[p].Text == "," {
					v = p + 1
					break
				}
			}
		}
	} else if low(v) == "and" {
		// "X and two other executives were fired": step over a short
		// coordinated phrase to the shared verb.
		for p := v + 1; p < hi && p <= v+5; p++ {
			if w := low(p); w == "was" || w == "were" || w == "have" || w == "has" || quitVerbs[w] {
				v = p
				break
			}
			if toks[p].Flags&textseg.TPunct != 0 {
				break
			}
		}
	}
	if v >= hi {
		return false
	}
	next := func(i int) string {
		if i < hi {
			return low(i)
		}
		return ""
	}
	switch w := low(v); {
	case quitVerbs[w] || w == "stepped" && (next(v+1) == "down" || next(v+1) == "aside"):
		return true
	case w == "had":
		// "had led the firm", "had been chairman", "had been sacked"
		// ("had been told of the plan" says nothing of the post).
		if n := next(v + 1); n != "been" {
			return pastLeadVerbs[n]
		}
		n := next(v + 2)
		if n == "the" || n == "a" {
			n = next(v + 3)
		}
		return removalVerbs[n] || pastRoleNouns[n]
	case w == "has" || w == "have":
		n := next(v + 1)
		return quitVerbs[n] || n == "stepped" && next(v+2) == "down" || n == "been" && removalVerbs[next(v+2)]
	case w == "was" || w == "were":
		n := next(v + 1)
		if removalVerbs[n] {
			return true // "were fired", "was ousted"
		}
		if n == "the" || n == "a" {
			n = next(v + 2)
		}
		return pastRoleNouns[n] // "was chief executive until 2001"
	case w == "until":
		// "run by X until last year": the passive's agent held the post.
		for p := m.t0 - 1; p >= lo && p >= m.t0-4; p-- {
			if x := low(p); x == "was" || x == "were" {
				return true
			}
		}
	case w == "ran" || w == "led" || w == "headed" || w == "chaired":
		// "X ran the firm until 2001", "who led it between 1990 and
		// 1995", "headed the bank in the 1980s" (titles_past_periods.go).
		return a.periodPast(v, hi)
	case a.onceLed(v, hi):
		return true // "who once led the party"
	}
	return false
}

// pastTitleMod reports a word at p that makes a role a past one:
// "former", "ex-", "ex-Yukos", "then-president", "the then chairman",
// "the late president".
func (a *analysis) pastTitleMod(p, lo int) bool {
	w := a.tokens[p].Lower()
	if lexicon.PastTitleMods[w] || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "former-") || strings.HasPrefix(w, "then-") {
		return true
	}
	if w != "then" && w != "late" || p == lo {
		return false
	}
	// "the then chairman", "the late president": after "the" only, so
	// that "he then met" and "late on Friday" stay out.
	return a.tokens[p-1].Lower() == "the"
}

// titleWord reports a token that can belong to a role phrase before a
// name: a capitalised word (an organisation's or country's name), a role
// noun or its modifier, a determiner, "of" or a hyphenated word. A walk
// back from the name stops at the first other word.
func (a *analysis) titleWord(p int) bool {
	t := a.tokens[p]
	if t.Flags&textseg.TCap != 0 {
		return true
	}
	w := t.Lower()
	return titleGlue[w] || lexicon.LeaderRoles[w] || lexicon.PersonRoleNouns[w] ||
		lexicon.FunctionalModifiers[w] || strings.Contains(w, "-") && t.Flags&textseg.TAlpha != 0
}

// soleTitles are posts a country has one holder of at a time.
var soleTitles = lexicon.RoleClass("sole")

// dropDatedPredecessors reads two holders given the same sole title of
// the same country in one story ("Prime Minister Rishi Sunak's effort",
// "rejected by Prime Minister Boris Johnson in September 2021"): the
// country has one prime minister, and the one whose sentence is dated to
// a year before the story's latest is the predecessor, who leads nothing
// now. A president and a prime minister of one country both lead it, so
// only the same title word counts; without an earlier year in exactly
// one of the two sentences nothing is dropped.
func (a *analysis) dropDatedPredecessors() {
	ents := a.doc.Entities
	latest := 0
	for _, t := range a.tokens {
		if isYear(t.Text) {
			latest = max(latest, atoiYear(t.Text))
		}
	}
	if latest == 0 {
		return
	}
	type holder struct {
		fact  int
		title string
		dated bool // the sentence names a year before the story's latest
	}
	byCountry := map[int][]holder{}
	for i, f := range a.doc.Facts {
		if f.Predicate != LeaderOf || !strings.HasPrefix(f.Rule, "title:") || ents[f.Object].Type != Country {
			continue
		}
		title := a.titleBefore(f.Subject, f.Sentence)
		if !soleTitles[title] {
			continue
		}
		dated := false
		for k := a.sentTokens[f.Sentence].Start; k < a.sentTokens[f.Sentence].End; k++ {
			if t := a.tokens[k].Text; isYear(t) && atoiYear(t) < latest {
				dated = true
			}
		}
		byCountry[f.Object] = append(byCountry[f.Object], holder{i, title, dated})
	}
	drop := map[int]bool{}
	for _, hs := range byCountry {
		for _, h := range hs {
			for _, o := range hs {
				if h.dated && !o.dated && h.title == o.title && a.doc.Facts[h.fact].Subject != a.doc.Facts[o.fact].Subject {
					drop[h.fact] = true
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	out := a.doc.Facts[:0]
	for i, f := range a.doc.Facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	a.doc.Facts = out
}

// titleBefore returns the lower-cased word just before person's name in
// sentence sent, honorifics skipped ("minister" in "Prime Minister Sir
// X"), or "" when no name mention of person is in the sentence.
func (a *analysis) titleBefore(person, sent int) string {
	lo := a.sentTokens[sent].Start
	for _, m := range a.mentionsInSentence(sent) {
		if m.entity != person || m.kind != MentionName {
			continue
		}
		k := m.t0
		for k-1 > lo {
			if _, ok := lexicon.Honorifics[a.tokens[k-1].Lower()]; !ok {
				break
			}
			k--
		}
		if k-1 >= lo {
			return a.tokens[k-1].Lower()
		}
	}
	return ""
}

// atoiYear reads a four-digit year isYear accepted.
func atoiYear(w string) int {
	n := 0
	for _, c := range w[:4] {
		n = n*10 + int(c-'0')
	}
	return n
}

// ruleHolderQuit names the leaving read from a holder who quits: the
// post the title stage withholds as over is a body the holder has left.
const ruleHolderQuit = "title:holder-quit" // "Tottenham manager Jacques Santini has resigned" -> left

// quitLeft reports whether the leaderOf that sentence sent withholds
// from person as a post over is, for org, a leaving told as done: the
// holder's name is followed by "resigned", "has quit", "stepped down"
// ("Tottenham manager Jacques Santini has resigned", "May's chairman and
// chief executive Gene Kahn resigned in January"; the fifth BBC set's
// annotators: a coach who resigned left the club). Only an organisation
// that is no party: a party leader who resigns gives up the post, not
// the membership (GOLD.md). "Resigned as chairman" may leave one post of
// several and is the resignation rules' to read.
func (a *analysis) quitLeft(person, org, sent int) bool {
	if org < 0 || org >= len(a.doc.Entities) || a.doc.Entities[org].Type != Organization || a.isParty(org) {
		return false
	}
	return a.holderTold(person, sent, a.quitAfterName)
}

// quitAfterName reads the verb group right after a holder's name: an
// optional "has", "have" or "had", then a quitting verb or "stepped
// down", not followed by "as".
func (a *analysis) quitAfterName(m mention) bool {
	if m.kind != MentionName {
		return false
	}
	toks := a.tokens
	hi := a.sentTokens[m.sent].End
	v := m.t1
	if v < hi && quitAuxiliaries[toks[v].Lower()] {
		v++
	}
	if v >= hi {
		return false
	}
	end := v + 1
	switch w := toks[v].Lower(); {
	case quitVerbs[w]:
	case w == "stepped" && end < hi && toks[end].Lower() == "down":
		end++
	default:
		return false
	}
	return end >= hi || toks[end].Lower() != "as"
}

// quitAuxiliaries may stand between the holder's name and the quitting
// verb.
var quitAuxiliaries = lexicon.WordSet(`has have had`)
