package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/model"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Attribution: who said a quotation. The rules, tried in this order:
//
//	said-between   “…,” he said, “…”           (interrupted quote)
//	said-after     “…,” X said / said X / X told reporters / Said X: “…”
//	according-to   “…,” according to X
//	said-before    X said: “…” / X told the BBC: “…”
//	said-partial   X said the plan was “a huge mistake”
//	colon          X urged calm: “…” (the sentence's subject)
//	continuation   a quote right after another quote and its attribution
//	prev-sentence  a quote whose previous sentence says who is speaking
//
// and, from quotes_fallbacks.go: said-final (…"…" talks, its chief has said),
// said-inserted (The remarks, said X of Y, were "…"), office-of (the
// prime minister's office said), next-sentence ("…" That was the pledge
// from X), narrative-subject (a stand-alone quote after a sentence about
// the latest speaker).
//
// The speaker phrase is resolved through the document's mentions (names,
// acronyms, roles), taking the first speaker-like noun phrase of the
// clause (skipping possessors, objects of prepositions, introductory
// clauses and appositions; "BA chairman Martin Broughton" is Broughton).
// Fallbacks, each marked in the rule name: pronoun-carry (a pronoun → the
// previous sentence's speaker, the subject of the governing clause or of
// the previous sentence (quotes_subjects.go), coreference's antecedent,
// the latest speaker or person named nearby), role-carry ("the minister
// said" with no mention → the latest speaker of that kind),
// spokesman-for ("a Tesco spokesman said", "a spokesman for Tesco", "the
// spokesman" after one was introduced → Tesco). A phrase naming someone
// the mentions do not cover ("said Jo Bloggs" with no mention for Jo
// Bloggs) gives no speaker rather than a wrong one, and stops the search
// in other sentences.

// qtok is a token of the look-around windows: a word, a possessive
// clitic, a punctuation mark or a quote mark.
type qtok struct {
	s, e int
	kind byte
}

const (
	qkWord   = 'w'
	qkPoss   = 's' // 's / ’s / plural-possessive apostrophe
	qkPunct  = 'p'
	qkDouble = 'Q' // double quote mark
	qkSingle = 'q' // single quote mark (not an apostrophe)
)

// qTokenize appends the tokens of text[lo:hi] to out.
func qTokenize(text string, lo, hi int, out []qtok) []qtok {
	i := lo
	for i < hi {
		r, w := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '`' && strings.HasPrefix(text[i:hi], "``"):
			// a typed TeX opening pair (``…'') is one double mark
			out = append(out, qtok{i, i + 2, qkDouble})
			i += 2
		case qIsDoubleMarkRune(r):
			out = append(out, qtok{i, i + w, qkDouble})
			i += w
		case r == '\'' || r == '’':
			// possessive: Nations' / BA's
			if i+w < hi && (text[i+w] == 's' || text[i+w] == 'S') && !qWordAt(text, i+w+1, hi) && i > lo && qWordBefore(text, lo, i) {
				out = append(out, qtok{i, i + w + 1, qkPoss})
				i += w + 1
				continue
			}
			if i > lo && qWordBefore(text, lo, i) && !qWordAt(text, i+w, hi) {
				out = append(out, qtok{i, i + w, qkPoss})
				i += w
				continue
			}
			out = append(out, qtok{i, i + w, qkSingle})
			i += w
		case qIsWordRune(r):
			j := i + w
			for j < hi {
				r2, w2 := utf8.DecodeRuneInString(text[j:hi])
				if qIsWordRune(r2) {
					j += w2
					continue
				}
				if (r2 == '-' || r2 == '.' || r2 == '&') && qWordAt(text, j+w2, hi) {
					j += w2
					continue
				}
				if (r2 == '\'' || r2 == '’') && qWordAt(text, j+w2, hi) {
					// don't, O'Brien; but not the possessive 's
					if k := j + w2; k < hi && (text[k] == 's' || text[k] == 'S') && !qWordAt(text, k+1, hi) {
						break
					}
					j += w2
					continue
				}
				break
			}
			out = append(out, qtok{i, j, qkWord})
			i = j
		default:
			out = append(out, qtok{i, i + w, qkPunct})
			i += w
		}
	}
	return out
}

func qWordAt(text string, i, hi int) bool {
	if i >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return qIsWordRune(r)
}

func qWordBefore(text string, lo, i int) bool {
	if i <= lo {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return qIsWordRune(r)
}

// Word lists. Verbs of saying are matched on the exact (lower-case) form.
var (
	qSpeechVerbs = qWordSet(`said says say told tells added adds noted notes
	stressed stresses urged urges warned warns insisted insists explained
	explains argued argues claimed claims declared declares announced
	announces continued continues concluded concludes acknowledged
	acknowledges admitted admits asked asks replied replies wrote writes
	commented comments remarked remarks observed observes emphasised
	emphasized emphasises emphasizes suggested suggests conceded concedes
	recalled recalls predicted predicts maintained maintains confirmed
	confirms stated responded responds joked jokes believes agreed agrees
	reckons reckoned complained complains cautioned cautions vowed vows
	pledged promised countered counters revealed reveals boasted lamented
	quipped reported pointed points forecast saying adding telling arguing warning
	explaining insisting noting stressing urging claiming declaring
	admitting asking replying writing underlined underlines underscored
	highlighted exclaimed shouted cried answered demanded mused protested
	retorted stating reads asserted asserts asserting affirmed affirms assured assures reiterated reiterates repeated confessed
	recounted testified alleged alleges contended contends hinted hints
	opined elaborated clarified reflected reflects grumbled enthused
	enthuses intimated described describes acknowledging conceding announcing recalling
	tweeted tweets tweeting posted`)
	qPronouns  = map[string]byte{"he": 'p', "she": 'p', "He": 'p', "She": 'p', "it": 'o', "It": 'o', "they": 'o', "They": 'o'}
	qPreps     = qWordSet(`of at for in from with by on to about against over under into between among than like via`)
	qSkipWords = qWordSet(`has had have also later then further previously again recently once who which that`)
	// Capitalised words that may stand between a verb of saying and the
	// speaker's name without being part of an unknown name.
	qTitleWords = qWordSet(`Mr Mrs Ms Miss Dr Sir Dame Lord Lady Judge President Prime
	Minister Chancellor Senator Sen Ambassador Professor Prof General Gen
	Secretary Governor Chief Vice Deputy Foreign Finance Trade Home
	Commissioner Director Chairman Treasury Under-Secretary Rev King Queen
	Prince Princess Captain Coach Manager Mayor Economy Energy Health
	Defence Defense Interior Justice Labour Agriculture Transport Education
	Culture State Attorney Communications Development Planning Executive
	Treasurer Economist Analyst Spokesman Spokeswoman Officer Senior Managing
	Gov Rep Lt Col Capt Sgt Supt Insp Det Adm Maj Cmdr
	The A An Its His Her Their Our`)
	qSpokesWords = qWordSet(`spokesman spokeswoman spokesperson spokesmen
	spokeswomen spokespeople spokeman representative representatives source
	sources official officials statement aide aides insider insiders
	members staff executives bosses`)
	// Agents who speak for a client named as their possessor only ("Mr
	// Tanzi's lawyers", "her publicist"): unlike a spokesman, "a lawyer
	// said" alone speaks for no body, so these stay out of qSpokesWords.
	qAgentWords = qWordSet(`lawyer lawyers attorney attorneys solicitor
	solicitors publicist publicists`)
	// Role nouns after "the" that refer back to a person or to a body.
	qPersonRoles = lexicon.RoleClass("quote-person-ref")
	qOrgRoles    = qWordSet(`company firm group club team side bank airline
	carrier retailer giant organisation organization party union agency
	body alliance network broadcaster maker manufacturer operator insurer
	lender supermarket chain watchdog regulator council commission committee
	ministry government department court board association federation
	station channel newspaper paper magazine website publisher studio label
	corporation`)
)

// isSpeechVerb reports whether t is a verb of saying.
func (q *quoter) isSpeechVerb(t qtok, loose bool) bool {
	if t.kind != qkWord {
		return false
	}
	w := q.text[t.s:t.e]
	if loose && qFramingVerbs[w] {
		return true // "…," Mr Weingarten pressed. / "…," laughs Conti.
	}
	if w == "read" {
		return q.readsStatement(t) // "a BBC statement read", not "read out"
	}
	if !qSpeechVerbs[w] {
		if qBaseSpeechVerbs[w] && q.afterEmphaticDo(t.s) {
			return true // "He did, however, admit that …"
		}
		// sentence-initial "Said X: …", "Added Y: …"
		if w != "Said" && w != "Added" && w != "Says" && w != "Adds" {
			return false
		}
		w = strings.ToLower(w)
	}
	if (w == "pointed" || w == "points") && !q.nextWordIs(t.e, "out") {
		return false
	}
	if w == "posted" && !q.nextWordIs(t.e, "on ") {
		return false // "posted a loss" is no speech; "posted on Twitter" is
	}
	// Forms that are also plural nouns count only where the context
	// makes them verbs: right after a quotation ("…," he notes).
	return loose || !qNounForms[w]
}

// qBaseSpeechVerbs are verbs of saying in the bare form that follows an
// auxiliary "did"/"does" ("He did, however, admit that …"). Alone the bare
// form is an infinitive or a command ("to admit", "Admit it"), so these
// count only after the auxiliary (afterEmphaticDo).
var qBaseSpeechVerbs = qWordSet(`admit insist concede acknowledge warn add
	agree claim stress note confirm predict argue suggest`)

// qDoInserts are the words an emphatic "did" may be parted from its verb
// by: "did, however, admit", "does also insist".
var qDoInserts = qWordSet(`however though also nevertheless nonetheless
	still at least`)

// afterEmphaticDo reports whether the word before pos, past commas and
// the words of qDoInserts, is an affirmative "did", "does" or "do"
// within the same sentence: "did not admit" denies the words, and a
// capital "Did" opens a question.
func (q *quoter) afterEmphaticDo(pos int) bool {
	lo := max(0, pos-60)
	for range 6 {
		w, ws := q.prevWord(lo, pos)
		switch {
		case w == "did" || w == "does" || w == "do":
			return true
		case w == "" && ws > lo && q.text[ws-1] == ',':
			// prevWord stops at punctuation: step over the comma
			pos = ws - 1
		case qDoInserts[w]:
			pos = ws
		default:
			return false
		}
	}
	return false
}

// qFramingVerbs say how words were spoken only where they frame a
// quotation right after it; in narrative they are no speech ("he
// laughed off the claim", "she pressed ahead").
var qFramingVerbs = qWordSet(`pressed laughs laughed smiles smiled beams
	beamed grins grinned sighs sighed shrugged`)

var qNounForms = qWordSet(`notes claims comments remarks reports promises
	counters vows replies concludes states observes continues maintains
	confirms reveals recalls predicts concedes cautions complains agrees
	jokes hints tweets`)

func (q *quoter) nextWordIs(i int, w string) bool {
	j := qTrimStart(q.text, i, len(q.text))
	return strings.HasPrefix(q.text[j:], w)
}

// mentionAt returns the index of the mention covering pos, or -1.
func (q *quoter) mentionAt(pos int) int {
	ms := q.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > pos })
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if ms[j].Start <= pos && pos < ms[j].End {
			return j
		}
	}
	return -1
}

// mentionFrom returns the index of the first mention starting at or after pos.
func (q *quoter) mentionFrom(pos int) int {
	ms := q.doc.Mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// speakerType reports whether entity e can speak: a person, an
// organisation or a country ("Russia said").
func (q *quoter) speakerType(e int) bool {
	if e < 0 || e >= len(q.doc.Entities) {
		return false
	}
	switch q.doc.Entities[e].Type {
	case model.Person, model.Organization, model.Country:
		// an award's name typed as a person or body does not speak
		// (quotes_awardnames.go)
		return !q.awardName(e)
	}
	return false
}

func (q *quoter) isPerson(e int) bool {
	return e >= 0 && e < len(q.doc.Entities) && q.doc.Entities[e].Type == model.Person
}

// possessiveAt reports whether a possessive clitic starts at i ("BA's").
func (q *quoter) possessiveAt(i int) bool {
	t := q.text
	if i >= len(t) {
		return false
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if r != '\'' && r != '’' {
		return false
	}
	j := i + w
	if j < len(t) && (t[j] == 's' || t[j] == 'S') {
		j++
	}
	return !qWordAt(t, j, len(t))
}

// prevWord returns the word ending just before pos (skipping spaces), or
// "" when punctuation comes first.
func (q *quoter) prevWord(lo, pos int) (string, int) {
	e := qTrimEnd(q.text, lo, pos)
	s := e
	for s > lo {
		r, w := utf8.DecodeLastRuneInString(q.text[lo:s])
		if !qIsWordRune(r) && r != '-' {
			break
		}
		s -= w
	}
	return q.text[s:e], s
}

// afterPreposition reports whether the mention starting at pos is the
// object of a preposition ("head of Gazprom", "economist at UBS"), which
// makes it not the subject — except "on behalf of X".
func (q *quoter) afterPreposition(lo, pos int) bool {
	w, s := q.prevWord(lo, pos)
	if w == "the" || w == "a" || w == "an" {
		w, s = q.prevWord(lo, s)
	}
	if !qPreps[w] {
		return false
	}
	if w == "of" {
		if p, _ := q.prevWord(lo, s); p == "behalf" {
			return false
		}
	}
	return true
}

// getBuf and putBuf recycle token buffers; attribution can recurse
// (pronoun → earlier sentence's speaker), so one shared buffer would not do.
func (q *quoter) getBuf() []qtok {
	if n := len(q.bufs); n > 0 {
		b := q.bufs[n-1]
		q.bufs = q.bufs[:n-1]
		return b[:0]
	}
	return make([]qtok, 0, 64)
}

func (q *quoter) putBuf(b []qtok) { q.bufs = append(q.bufs, b) }

// isSentenceEnd reports whether toks[i] ends a sentence.
func (q *quoter) isSentenceEnd(toks []qtok, i int) bool {
	t := toks[i]
	if t.kind != qkPunct {
		return false
	}
	switch q.text[t.s:t.e] {
	case "?", "!", ";":
		return true
	case ".":
		if i > 0 && toks[i-1].kind == qkWord && toks[i-1].e == t.s {
			w := q.text[toks[i-1].s:toks[i-1].e]
			if qAbbrev[w] || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
				return false
			}
		}
		return true
	}
	return false
}

var qAbbrev = qWordSet(`Mr Mrs Ms Dr St Gen Sen Rep Gov Prof Jr Sr Inc Ltd Co Corp No vs Lt Col Capt Rev`)

// attribute finds the speaker of quotation g. prevEnd/prevSpk describe the
// previous emitted quotation (end of its attribution, speaker).
func (q *quoter) attribute(g qgroup, prevEnd, prevSpk int) qattr {
	q.curLo, q.curHi = q.pieces[g.first].start, q.pieces[g.last].end
	if g.gap > 0 {
		if at := q.after(&q.pieces[g.gap-1], q.pieces[g.gap].open); at.ent >= 0 {
			at.rule = "said-between"
			return at
		}
	}
	last := &q.pieces[g.last]
	if last.clauseVerb > 0 {
		// "…, the organisation said in its report. (closing mark lost)
		toks := qTokenize(q.text, last.clauseLo, last.clauseVerb, q.getBuf())
		at := q.subject(toks, last.clauseVerb)
		q.putBuf(toks)
		if at.ent >= 0 {
			if at.rule == "" {
				at.rule = "said-after"
			}
			at.direct, at.end = true, last.after
			return at
		}
	}
	if last.closed {
		hi := len(q.text)
		if g.last+1 < len(q.pieces) {
			hi = q.pieces[g.last+1].open
		}
		at := q.after(last, hi)
		if at.ent >= 0 {
			return at
		}
		if at.rule == "verb" {
			// "…," said Jo Bloggs (unknown): the speaker is in this
			// sentence; only a subject before the quote may name them.
			head := q.headAttr(g, -1, -1, true)
			if head.ent < 0 && q.newVoiceFrame(last.after, hi) {
				q.markUnknownVoice(last.start)
			}
			return head
		}
	}
	return q.headAttr(g, prevEnd, prevSpk, false)
}

// headAttr attributes a quotation from what precedes it: its own
// sentence, the quote before it, the previous sentence.
// With ownOnly, only the quotation's own sentence counts.
func (q *quoter) headAttr(g qgroup, prevEnd, prevSpk int, ownOnly bool) qattr {
	q.curLo, q.curHi = q.pieces[g.first].start, q.pieces[g.last].end
	prevSpkIn := prevSpk
	first := &q.pieces[g.first]
	lo := q.paraStart(first.para)
	if g.first > 0 {
		if p := &q.pieces[g.first-1]; p.para == first.para && p.after > lo && p.after <= first.open {
			lo = p.after
		}
	}
	fromPiece := g.first > 0 && lo == q.pieces[g.first-1].after
	if !fromPiece {
		prevSpk = -1
	}
	at := q.before(first, lo, prevSpk)
	if at.ent < 0 && at.rule != "verb" && fromPiece && strings.HasSuffix(strings.TrimSpace(q.text[lo:first.open]), ":") {
		// "Sunak defended the record whilst promising a "formal update"
		// …: "…"": a colon opening the quotation after a quoted fragment
		// still takes the sentence's subject.
		if si := q.sentenceAt(first.open); si >= 0 && q.doc.Sentences[si].Start < lo {
			if sat := q.before(first, q.doc.Sentences[si].Start, -1); sat.rule == "colon" {
				at = sat
			}
		}
	}
	if at.ent >= 0 {
		return at
	}
	if at.rule != "verb" && !ownOnly {
		// Bosses held "friendly" talks with the exchange, its chief has said.
		if fc := q.finalClause(g); fc.ent >= 0 {
			return fc
		}
	}
	if at.rule == "verb" || ownOnly {
		// Its own sentence has a verb of saying whose subject we could
		// not resolve: that is the speaker, not the one before.
		return noAttr
	}
	if prevSpk = prevSpkIn; prevSpk >= 0 && prevEnd >= 0 && prevEnd <= first.open && strings.TrimSpace(q.text[prevEnd:first.open]) == "" {
		return qattr{ent: prevSpk, rule: "continuation", pos: first.start}
	}
	ss := q.doc.Sentences
	if fromPiece && q.framedEarlier(g.first) {
		// "Acme said KFB was a "…" and represented a "…"": the sentence's
		// own verb of saying frames this fragment too; when it gives no
		// speaker, no earlier sentence does.
		if e := q.sentSpeaker(q.sentenceAt(first.open)); e >= 0 {
			return qattr{ent: e, rule: "said-partial", pos: first.start}
		}
		return noAttr
	}
	if si := q.sentenceAt(first.open); si > 0 && ss[si-1].Paragraph == ss[si].Paragraph {
		if e := q.sentSpeaker(si - 1); e >= 0 {
			return qattr{ent: e, rule: "prev-sentence", pos: ss[si-1].Start}
		}
	}
	if at := q.prevParagraph(g); at.ent >= 0 {
		return at
	}
	if at := q.nextSentence(g); at.ent >= 0 {
		return at
	}
	if at := q.narrativeSubject(g); at.ent >= 0 {
		return at
	}
	if at := q.latestSpeaker(g); at.ent >= 0 {
		return at
	}
	return q.introducedSpeaker(g)
}

// framedEarlier reports whether a verb of saying stands, outside quote
// marks, before the first quoted piece of the sentence that holds piece
// i, when an earlier piece shares that sentence.
func (q *quoter) framedEarlier(i int) bool {
	si := q.sentenceAt(q.pieces[i].open)
	if si < 0 {
		return false
	}
	lo := q.doc.Sentences[si].Start
	k := i
	for k > 0 && q.pieces[k-1].open >= lo && q.pieces[k-1].para == q.pieces[i].para {
		k--
	}
	if k == i || q.pieces[k].open-lo > 400 {
		return false
	}
	toks := qTokenize(q.text, lo, q.pieces[k].open, q.getBuf())
	defer func() { q.putBuf(toks) }()
	return q.hasSpeechVerb(toks)
}

// opensQuoteAt reports whether a quotation opens where the attribution
// scan of after stopped: at toks[end], or at hi, the next quotation's
// opening mark, when the tokens ran out first.
func (q *quoter) opensQuoteAt(toks []qtok, end, hi int) bool {
	if end < len(toks) {
		return toks[end].kind == qkDouble
	}
	rest := q.text[hi:]
	return qOpensWithMark(rest)
}

// after looks for the attribution right after piece pc, up to hi:
// “…,” X said / said X / according to X.
func (q *quoter) after(pc *qpiece, hi int) qattr {
	pe := q.paraEnd(pc.para)
	if hi > pe {
		hi = pe
	}
	if hi > pc.after+300 {
		hi = pc.after + 300
	}
	if hi <= pc.after {
		return noAttr
	}
	toks := qTokenize(q.text, pc.after, hi, q.getBuf())
	defer func() { q.putBuf(toks) }()
	end := len(toks)
	for i := range toks {
		if toks[i].kind == qkDouble || q.isSentenceEnd(toks, i) {
			end = i
			break
		}
	}
	clauseEnd := end // index of the token ending the attribution clause
	ts := toks[:end]
	if len(ts) == 0 {
		return noAttr
	}
	if q.text[ts[len(ts)-1].s:ts[len(ts)-1].e] == ":" {
		return noAttr // "Collins said: “…”" introduces the next quotation
	}
	lastRune := qLastRune(q.text[pc.start:pc.end])
	i := 0
	framed := strings.ContainsRune(",?!.-–—…:", lastRune)
	if ts[0].kind == qkPunct && q.text[ts[0].s:ts[0].e] == "," {
		i, framed = 1, true
	}
	if i >= len(ts) {
		return noAttr
	}
	first := q.text[ts[i].s:ts[i].e]
	if !framed && !q.isSpeechVerb(ts[i], true) && first != "according" {
		return noAttr
	}
	if first == "thinks" && framed && i+1 < len(ts) && len(strings.Fields(q.text[pc.start:pc.end])) >= 4 {
		// "…," thinks Curry: an opinion verb frames the quotation only
		// when inverted right after it, so it is read here alone; a
		// quoted phrase ("more "added value content", thinks Jo") is
		// the writer's term, not the statement of the one who thinks
		if e, pos := q.objectAfter(ts, i+1); e >= 0 {
			return qattr{ent: e, rule: "said-after", pos: pos, end: hi, direct: true}
		}
	}
	if strings.ContainsRune(".?!", lastRune) && i == 0 && ts[len(ts)-1].kind == qkWord &&
		q.opensQuoteAt(toks, end, hi) && !q.sameSentence(pc.start, ts[0].s) && q.sameSentence(ts[0].s, ts[len(ts)-1].s) {
		// The quoted sentence ended inside the marks and the next
		// sentence quotes words of its own inside its clause ("…
		// pressures.” But the body said it was “very surprised”): that
		// sentence is its speaker's own reported statement, not the
		// attribution of the quotation before it.
		return noAttr
	}
	if strings.ContainsRune(".?!", lastRune) && i == 0 {
		// The quoted sentence ended inside the marks: only a short
		// attribution clause ("he said.") belongs to it.
		words := 0
		for _, t := range ts {
			if t.kind == qkWord {
				words++
			}
		}
		// A clause the sentence splitter kept with the quote ("…?" said
		// Jo Bloggs, secretary general of the Acme Association) is its
		// attribution however long its apposition.
		if words > 8 && !q.sameSentence(pc.start, ts[0].s) {
			return noAttr
		}
	}
	attrEnd := hi
	if clauseEnd < len(toks) {
		attrEnd = toks[clauseEnd].e
	}
	if first == "according" && i+1 < len(ts) && q.text[ts[i+1].s:ts[i+1].e] == "to" {
		if e, pos := q.accordingTo(ts, i+2); e >= 0 {
			return qattr{ent: e, rule: "according-to", pos: pos, end: attrEnd, direct: true}
		}
		return noAttr
	}
	if q.isSpeechVerb(ts[i], true) {
		// said X
		if e, pos := q.objectAfter(ts, i+1); e >= 0 {
			return qattr{ent: e, rule: "said-after", pos: pos, end: attrEnd, direct: true}
		}
		if e, pos := q.spokesOrg(ts[i+1:]); e >= 0 {
			return qattr{ent: e, rule: "spokesman-for", pos: pos, end: attrEnd, direct: true}
		}
		if e := q.spokesLookback(ts[i+1:], ts[i].s); e >= 0 {
			return qattr{ent: e, rule: "spokesman-for", pos: ts[i].s, end: attrEnd, direct: true}
		}
		return qattr{ent: -1, rule: "verb"}
	}
	if qSubordinators[first] || qCoordinators[first] {
		// "…?' If they say 'quick', the referee …", "…", but he
		// believes …: a new clause, not the attribution
		return noAttr
	}
	// X said: the verb within a short subject phrase, or a longer one
	// the sentence splitter kept with the quotation ("…," Jo Bloggs, from
	// Acme's laboratories, one of the pioneers of the disc, told the BBC).
	for v := i + 1; v < len(ts) && (v < i+14 || v < i+24 && q.sameSentence(pc.start, ts[v].s)); v++ {
		t := ts[v]
		if t.kind == qkDouble || t.kind == qkSingle {
			break
		}
		if !q.isSpeechVerb(t, true) || q.passiveAt(ts, v) {
			continue // "Four films have been announced": no one speaks
		}
		at := q.subject(ts[i:v], t.s)
		if at.ent >= 0 {
			at.end, at.direct = attrEnd, true
			if at.rule == "" {
				at.rule = "said-after"
			}
			return at
		}
		if lastRune == '.' && !q.sameSentence(pc.start, ts[i].s) {
			// A quotation closed by a full stop, then a new sentence
			// whose subject is no speaker we know: narrative, not the
			// attribution, so it must not stop a continuation.
			return noAttr
		}
		return qattr{ent: -1, rule: "verb"}
	}
	if lastRune == ',' && clauseEnd < len(toks) && q.text[toks[clauseEnd].s:toks[clauseEnd].e] == "." {
		// "…," Mr Champion. (the verb of saying dropped by the copy)
		if e, pos := q.bareNameClause(ts[i:]); e >= 0 {
			return qattr{ent: e, rule: "name-after", pos: pos, end: attrEnd, direct: true}
		}
	}
	return noAttr
}

// bareNameClause returns the person when ts, a whole clause after a
// quotation ending in a comma and closed by a full stop, is only that
// person's name, perhaps after title words or a capitalised possessor
// ("Mr Bootle", "AG Edwards' Thayer"): an attribution whose verb the copy
// dropped.
func (q *quoter) bareNameClause(ts []qtok) (int, int) {
	if len(ts) == 0 || len(ts) > 5 {
		return -1, 0
	}
	mi := q.mentionAt(ts[len(ts)-1].s)
	if mi < 0 {
		return -1, 0
	}
	m := q.doc.Mentions[mi]
	if !qNamed(m) || !q.isPerson(m.Entity) || m.End != ts[len(ts)-1].e {
		return -1, 0
	}
	for _, t := range ts {
		if t.s >= m.Start {
			break
		}
		if t.kind != qkPoss && !q.capitalAt(t) {
			return -1, 0
		}
	}
	return m.Entity, m.Start
}

// commaAfter returns the index of the first comma at or after ts[i], or -1.
func (q *quoter) commaAfter(ts []qtok, i int) int {
	for ; i < len(ts); i++ {
		if ts[i].kind == qkPunct && q.text[ts[i].s:ts[i].e] == "," {
			return i
		}
	}
	return -1
}

// qSubordinators open a subordinate clause, which no attribution does.
var qSubordinators = qWordSet(`If When Whenever Unless Because Although Though
	While Once Since Until Whether if when whenever unless because although
	though while once since until whether`)

// passiveAgent resolves the agent of the passive verb of saying ts[v]
// ("described by Jobs as"): a person or body named right after "by".
func (q *quoter) passiveAgent(ts []qtok, v int) (int, int) {
	if v+2 >= len(ts) || q.text[ts[v+1].s:ts[v+1].e] != "by" {
		return -1, 0
	}
	mi := q.mentionAt(ts[v+2].s)
	if mi < 0 {
		return -1, 0
	}
	m := q.doc.Mentions[mi]
	if m.Kind == model.MentionPronoun || !q.speakerType(m.Entity) || q.possessiveAt(m.End) {
		return -1, 0
	}
	return m.Entity, m.Start
}

// passiveAt reports whether the verb ts[v] is a passive participle ("was
// told", "have been announced"): its grammatical subject is not the one
// who speaks.
func (q *quoter) passiveAt(ts []qtok, v int) bool {
	if w := q.text[ts[v].s:ts[v].e]; strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		if ts[j].kind != qkWord {
			return false
		}
		switch q.text[ts[j].s:ts[j].e] {
		case "is", "was", "were", "are", "be", "been", "being":
			return true
		case "already", "also", "not", "never", "widely", "often", "previously", "recently", "later":
			continue
		}
		return false
	}
	return false
}

// qLastRune returns the last rune of quoted text s, looking through the
// closing mark of a quotation nested at its end ("They ask: 'Will it
// work?'" ends in "?").
func qLastRune(s string) rune {
	r, w := utf8.DecodeLastRuneInString(s)
	if (r == '\'' || r == '’') && len(s) > w && (strings.Contains(s, " '") || strings.Contains(s, "‘")) {
		if p, _ := utf8.DecodeLastRuneInString(s[:len(s)-w]); strings.ContainsRune(",?!.", p) {
			return p
		}
	}
	return r
}

// before looks for the attribution in the same sentence before the first
// piece: X said: “…” / X said the plan was “…” / according to X, “…”.
//
// prevSpk is the speaker of the quotation just before, when the window
// starts right after it: "…" and warned that "…" continues its subject.
// A verb of saying with no resolvable subject yields rule "verb".
func (q *quoter) before(first *qpiece, lo, prevSpk int) qattr {
	if first.open-400 > lo {
		lo = first.open - 400
	}
	if lo >= first.open {
		return noAttr
	}
	toks := qTokenize(q.text, lo, first.open, q.getBuf())
	defer func() { q.putBuf(toks) }()
	start := 0
	for i := range toks {
		// a semicolon right before the mark introduces it like a colon
		if q.isSentenceEnd(toks, i) && !(i == len(toks)-1 && q.text[toks[i].s:toks[i].e] == ";") {
			start = i + 1
		}
	}
	ts := toks[start:]
	if len(ts) == 0 {
		return noAttr
	}
	for i := 0; i+1 < len(ts); i++ {
		if w := q.text[ts[i].s:ts[i].e]; (w == "according" || w == "According") && q.text[ts[i+1].s:ts[i+1].e] == "to" {
			if e, pos := q.accordingTo(ts, i+2); e >= 0 {
				// "According to the FT, chief operating officer Jo Bloggs
				// said that …": the one the source reports speaks.
				if c := q.commaAfter(ts, i+2); c > 0 {
					for v := len(ts) - 1; v > c+1; v-- {
						if q.isSpeechVerb(ts[v], false) && !q.passiveAt(ts, v) {
							if at := q.firstSpeaker(ts, c+1, v, -1, -1); q.isPerson(at.ent) && at.rule == "" {
								at.rule = "said-partial"
								return at
							}
							break
						}
					}
				}
				return qattr{ent: e, rule: "according-to", pos: pos, direct: true}
			}
		}
	}
	// "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"": the
	// one whose words they are, the name in an apposition before a role.
	for i := 1; i+2 < len(ts); i++ {
		if q.text[ts[i].s:ts[i].e] != "words" || q.text[ts[i+1].s:ts[i+1].e] != "of" || q.text[ts[i-1].s:ts[i-1].e] != "the" {
			continue
		}
		hi := min(len(ts), i+12)
		at := q.firstSpeaker(ts, i+2, hi, -1, -1)
		if !q.isPerson(at.ent) {
			// "the Crown prosecutor, Mark Tedeschi": the person named
			// after the role, not the body the role belongs to
			for j := i + 2; j < hi && ts[j].kind != qkDouble; j++ {
				if mi := q.mentionAt(ts[j].s); mi >= 0 && qNamed(q.doc.Mentions[mi]) && q.isPerson(q.doc.Mentions[mi].Entity) {
					at = qattr{ent: q.doc.Mentions[mi].Entity, pos: q.doc.Mentions[mi].Start}
					break
				}
			}
		}
		if at.ent >= 0 && at.rule == "" {
			at.rule, at.direct = "words-of", true
			return at
		}
		break
	}
	v, judged := -1, false
	for i := len(ts) - 1; i >= 0; i-- {
		if q.isSpeechVerb(ts[i], q.framesAsVerb(ts, i)) {
			v = i
			break
		}
		if q.judgesQuote(ts, i) {
			v, judged = i, true
			break
		}
	}
	if v >= 0 && q.passiveAt(ts, v) {
		// "was described by Jobs as the "…"": the agent speaks; with no
		// agent ("has been described as "…"") nobody we know does.
		if e, pos := q.passiveAgent(ts, v); e >= 0 {
			return qattr{ent: e, rule: "said-partial", pos: pos}
		}
		return qattr{ent: -1, rule: "verb"}
	}
	lastTok := q.text[ts[len(ts)-1].s:ts[len(ts)-1].e]
	if lastTok == ";" {
		lastTok = ":"
	}
	if v >= 0 {
		tail := ts[v+1:]
		words := 0
		for _, t := range tail {
			if t.kind == qkWord {
				words++
			}
		}
		direct := len(tail) == 0 || (lastTok == ":" || lastTok == ",") && words <= 8 ||
			len(tail) == 1 && lastTok == "that"
		if q.genericVoice(ts, v) {
			// "people would say "…"": nobody named (quotes_genericvoice.go)
			return qattr{ent: -1, rule: "verb"}
		}
		at := q.subject(ts[:v], ts[v].s)
		if at.ent < 0 && v == 0 && q.capitalAt(ts[v]) {
			// "Said Wales coach Scott Johnson: …"
			if e, pos := q.objectAfter(ts, v+1); e >= 0 {
				at = qattr{ent: e, pos: pos}
			}
		}
		if at.ent < 0 && prevSpk >= 0 && start == 0 && q.onlyLinks(ts[:v]) {
			at = qattr{ent: prevSpk, pos: ts[v].s}
		}
		if at.ent < 0 && start == 0 && len(ts[:v]) > 0 && q.onlyLinks(ts[:v]) {
			// "Cooper said her party backed the idea "for months", and
			// said it was "…"": a verb coordinated after a quoted
			// fragment too short to keep shares the sentence's speaker.
			if si := q.sentenceAt(ts[v].s); si >= 0 && q.doc.Sentences[si].Start < lo {
				if e := q.sentSpeaker(si); e >= 0 {
					at = qattr{ent: e, pos: ts[v].s}
				}
			}
		}
		if at.ent < 0 && start == 0 {
			// X said there was "hostility", adding: "…"
			// (quotes_participles.go)
			if e := q.participleSpeaker(ts, v, lo); e >= 0 {
				at = qattr{ent: e, rule: "participle", pos: ts[v].s}
			}
		}
		if at.ent < 0 && v+1 < len(ts) {
			// said a spokesman for X: "…"
			if e, pos := q.spokesOrg(ts[v+1:]); e >= 0 && direct {
				at = qattr{ent: e, rule: "spokesman-for", pos: pos}
			}
		}
		if at.ent < 0 {
			// The comments, said Jo Bloggs of Acme, were "…"
			at = q.insertedSaid(ts, v)
		}
		if q.isPerson(at.ent) && q.text[ts[v].s:ts[v].e] == "reads" {
			// a letter or sign reads "…"; a person who reads "…" reads
			// a title
			return qattr{ent: -1, rule: "verb"}
		}
		if at.ent >= 0 {
			at.direct = direct
			if at.rule == "" {
				at.rule = "said-partial"
				if judged {
					at.rule = "judged-partial"
				} else if direct {
					at.rule = "said-before"
				}
			}
			return at
		}
		return qattr{ent: -1, rule: "verb"}
	}
	if prevSpk >= 0 && start > 0 && q.text[toks[start-1].s:toks[start-1].e] == ";" && q.onlyLinksLater(ts) {
		// "…", it added; and, later, "…": a clause of links after a
		// semicolon goes on with the speaker just named.
		return qattr{ent: prevSpk, rule: "continuation", pos: ts[0].s}
	}
	if prevSpk >= 0 && start == 0 && !q.namesSpeaker(ts) {
		// another fragment of the same sentence's reported speech: X
		// said it was "a big step" and they were "going as far as we can"
		return qattr{ent: prevSpk, rule: "said-partial", pos: ts[0].s}
	}
	if lastTok == ":" {
		// The sentence's subject before the colon, within its first
		// words; its noun phrase may run on to the colon ("- Man City
		// boss Kevin Keegan: "…"").
		// An opening adverbial ("During Prime Minister's Questions
		// Wednesday, Sunak defended the record …: "…"") comes before the
		// subject, not in its place.
		lo := 0
		if qIntroWords[q.text[ts[0].s:ts[0].e]] {
			for i, t := range ts {
				if q.text[t.s:t.e] == "," {
					lo = i + 1
					break
				}
			}
		}
		at := q.firstSpeakerNP(ts, lo, min(lo+4, len(ts)), len(ts), -1, -1)
		if at.ent >= 0 {
			at.rule, at.direct = "colon", true
			return at
		}
		// "His answer: "…"" (quotes_answernouns.go)
		if e, pos := q.answerOwner(ts[lo:]); e >= 0 {
			return qattr{ent: e, rule: "colon", pos: pos, direct: true}
		}
	}
	return noAttr
}

// qJudgeVerbs judge or call for something in the words quoted after
// them ("hailed it as "…"", "called for "…"", "blamed "…""). Unlike
// verbs of saying they frame a quotation only as its near object.
var qJudgeVerbs = qWordSet(`called calls calling hailed hails hailing
	blamed blames blaming branded branding labelled
	criticised criticises criticized criticizes condemned condemns praised
	praises thanked credited questioned welcomed welcomes accused accuses
	citing cited criticise criticize condemn praise hail blame thank accuse`)

// qDescriptionNouns head a description that a story uses for the person
// it is about rather than an office that others may hold ("the
// 21-year-old", "the prop", "the Waterford man").
var qDescriptionNouns = qWordSet(`man woman youngster teenager veteran
	defender midfielder striker winger goalkeeper forward prop flanker
	hooker lock fly-half scrum-half full-back centre skipper star singer
	rapper actor actress player athlete sprinter runner boxer golfer`)

// conjoinedDescription resolves the subject of a clause of its own
// after a conjunction when it is a spokesperson or a description rather
// than a name ("They have until Friday and an IAAF spokesman said",
// "Talks have begun and the defender said"): the clause before, with
// its own subject, does not speak.
func (q *quoter) conjoinedDescription(ts []qtok, start, k, verbPos int) qattr {
	for c := k - 1; c > start; c-- {
		w := q.text[ts[c].s:ts[c].e]
		if w != "and" && w != "but" {
			continue
		}
		if c+1 >= k {
			break
		}
		switch q.text[ts[c+1].s:ts[c+1].e] {
		case "a", "an":
			if e, pos := q.spokesOrg(ts[c+1 : k+1]); e >= 0 {
				return qattr{ent: e, rule: "spokesman-for", pos: pos}
			}
		case "the":
			if at := q.subject(ts[c+1:], verbPos); at.rule == "description" {
				return at
			}
		}
		break
	}
	return noAttr
}

// describedOwner resolves "the NOUN's" right before pos, NOUN a person
// description ("the rapper's spokesman"), to the only person named
// before it with NOUN as title, or else the only one without another
// title, with the position of "the"; or -1.
func (q *quoter) describedOwner(pos int) (int, int) {
	head := strings.TrimRight(q.text[max(0, pos-40):pos], " ")
	var ok bool
	if head, ok = strings.CutSuffix(head, "'s"); !ok {
		if head, ok = strings.CutSuffix(head, "’s"); !ok {
			return -1, 0
		}
	}
	f := strings.Fields(head)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-2], "the") {
		return -1, 0
	}
	w := f[len(f)-1]
	if w != strings.ToLower(w) || !qDescriptionNouns[w] && !lexicon.PersonRoleNouns[w] && !qPersonRoles[w] {
		return -1, 0
	}
	at := strings.LastIndex(q.text[:pos], f[len(f)-2]+" "+w)
	if at < 0 {
		return -1, 0
	}
	// "US rapper Snoop Dogg … The rapper's": the one named with that
	// title, else the one with no title at all
	if e := q.titledPerson(w, at); e >= 0 {
		return e, at
	}
	if e := q.soleUntitledPerson(at, w); e >= 0 {
		return e, at
	}
	return -1, 0
}

// agedHead reports whether the modifiers ts of a head noun give an age
// ("the 41-year-old chart-topper"), which only a person has.
func (q *quoter) agedHead(ts []qtok) bool {
	for _, t := range ts {
		if strings.HasSuffix(q.text[t.s:t.e], "-year-old") {
			return true
		}
	}
	return false
}

// soleUntitledPerson resolves a description such as "the 21-year-old" to
// the one person it can describe: the only person named before pos
// (outside quotations, not one spoken to) whose name carries no title
// other than the description's head w. "City boss Kevin Keegan" is no
// defender; a story about one player names him before calling him "the
// defender". With two such persons, or none, it gives -1. An empty w
// (a past role: "the former diplomat") tests no title.
func (q *quoter) soleUntitledPerson(pos int, w string) int {
	ms := q.doc.Mentions
	cand := -1
	for j := 0; j < len(ms) && ms[j].Start < pos; j++ {
		m := ms[j]
		if m.Kind != model.MentionName || !q.isPerson(m.Entity) || m.Entity == cand || q.inQuote(m.Start) || q.addressee(m.Start) {
			continue
		}
		if w != "" && q.otherTitle(m.Entity, w) {
			continue
		}
		if cand >= 0 {
			return -1
		}
		cand = m.Entity
	}
	return cand
}

// theNounRelative reports whether ts opens "the NOUN - whose" (or
// ", who", ", which"): a lower-case head noun and a relative clause set
// off after it.
func (q *quoter) theNounRelative(ts []qtok) bool {
	if len(ts) < 4 || ts[1].kind != qkWord {
		return false
	}
	det, noun := q.text[ts[0].s:ts[0].e], q.text[ts[1].s:ts[1].e]
	if det != "The" && det != "the" || noun != strings.ToLower(noun) {
		return false
	}
	switch q.text[ts[2].s:ts[2].e] {
	case "-", "\u2013", "\u2014", ",":
	default:
		return false
	}
	switch q.text[ts[3].s:ts[3].e] {
	case "whose", "who", "which":
		return true
	}
	return false
}

// judgesQuote reports whether ts[i] is a verb of judging whose object or
// complement is the quotation that follows ts: at most a few words
// ("it as", "Gary Neville for") and no clause break stand between them.
// "called off" and the like are phrasal verbs, not judgements; nouns
// spelt like these verbs ("thanks to", "its brands") are left out.
func (q *quoter) judgesQuote(ts []qtok, i int) bool {
	if ts[i].kind != qkWord || !qJudgeVerbs[q.text[ts[i].s:ts[i].e]] {
		return false
	}
	tail := ts[i+1:]
	if len(tail) > 8 {
		return false
	}
	if w := q.text[ts[i].s:ts[i].e]; len(tail) == 0 && strings.HasPrefix(w, "call") {
		// what it calls "Office in a Pocket", calling 'on the move': a
		// name or a phone call, not a judgement
		return false
	}
	for k, t := range tail {
		w := q.text[t.s:t.e]
		if t.kind != qkWord || k == 0 && qJudgeParticles[w] {
			return false
		}
	}
	return true
}

var qJudgeParticles = qWordSet(`off up out back in into`)

// namesSpeaker reports whether ts names someone who could speak.
func (q *quoter) namesSpeaker(ts []qtok) bool {
	ms := q.doc.Mentions
	end := ts[len(ts)-1].e
	for j := q.mentionFrom(ts[0].s); j < len(ms) && ms[j].Start < end; j++ {
		if q.speakerType(ms[j].Entity) {
			return true
		}
	}
	return false
}

// onlyLinksLater is onlyLinks that also lets time adverbs through ("and,
// later,").
func (q *quoter) onlyLinksLater(ts []qtok) bool {
	for _, t := range ts {
		switch q.text[t.s:t.e] {
		case "later", "afterwards", "then", "again":
		default:
			if !q.onlyLinks([]qtok{t}) {
				return false
			}
		}
	}
	return len(ts) > 0
}

// onlyLinks reports whether ts holds nothing but conjunctions and commas.
func (q *quoter) onlyLinks(ts []qtok) bool {
	for _, t := range ts {
		switch q.text[t.s:t.e] {
		case ",", "and", "but", "while", "then", "also":
		default:
			return false
		}
	}
	return true
}

// subject resolves the subject phrase ts of a verb of saying at verbPos.
// The subject is the first speaker-like noun phrase of the clause, after
// any introductory phrase ("Speaking on Monday, …") and outside a final
// apposition ("X, head of Y, said"; "X - adviser to Y - told"). The rule
// is left empty for a plain mention; fallbacks name themselves.
func (q *quoter) subject(ts []qtok, verbPos int) qattr {
	if len(ts) == 0 {
		return noAttr
	}
	start := 0
	// a name ending in -ing ("Groening", "Reading") opens no participle
	if w := q.text[ts[0].s:ts[0].e]; qIntroWords[w] || strings.HasSuffix(w, "ing") && ts[0].kind == qkWord && q.mentionAt(ts[0].s) < 0 {
		for i, t := range ts {
			if q.text[t.s:t.e] == "," {
				start = i + 1
				break
			}
		}
	}
	// "The band - whose LP was the year's best seller - thanked": a
	// relative clause right after a common-noun subject describes it; a
	// name inside it is not the subject.
	if n := start + 3; n < len(ts) && q.theNounRelative(ts[start:n+1]) {
		return q.subject(ts[:start+2], verbPos)
	}
	// "Arab News quoted Prince Saud as saying": the one quoted.
	if n := len(ts); n >= 3 && q.text[ts[n-1].s:ts[n-1].e] == "as" {
		for i := n - 2; i >= start; i-- {
			if w := q.text[ts[i].s:ts[i].e]; w == "quoted" || w == "quotes" || w == "quoting" {
				if at := q.firstSpeaker(ts[:n-1], i+1, n-1, -1, -1); at.ent >= 0 {
					return at
				}
				// "Walsh was quoted as saying": the passive's subject is
				// the one quoted
				if b := i - 1; i == n-2 && b > start && qBeForms[q.text[ts[b].s:ts[b].e]] {
					return q.firstSpeaker(ts, start, b, -1, -1)
				}
				return noAttr
			}
		}
	}
	// The word right before the verb (skipping auxiliaries and adverbs).
	k := len(ts) - 1
	for k >= start && ts[k].kind == qkWord && qSkipWords[q.text[ts[k].s:ts[k].e]] {
		if w := q.text[ts[k].s:ts[k].e]; w == "who" || w == "which" {
			// "…, the producer Quincy Jones, who described him as "…"":
			// the relative pronoun's antecedent speaks, unless the
			// sentence's own verb of saying came first ("Weitz said he
			// had visited Pullman, who had told him …" is Weitz's report).
			if e, pos := q.relativeAntecedent(ts, k, start, w == "who"); e >= 0 && !q.hasSpeechVerb(ts[start:k]) {
				return qattr{ent: e, pos: pos}
			}
		}
		k--
	}
	// "…, with Boswell stating: "…"": an absolute clause whose
	// participle's subject is the name right before it, though "with"
	// makes that name look like a preposition's object.
	if k > start && qParticipleAt(q.text, verbPos) {
		if mi := q.mentionAt(ts[k].s); mi >= 0 {
			m := q.doc.Mentions[mi]
			if (m.Kind == model.MentionName || m.Kind == model.MentionAcronym) && m.End == ts[k].e && q.speakerType(m.Entity) {
				if w, _ := q.prevWord(ts[start].s, m.Start); w == "with" {
					return qattr{ent: m.Entity, pos: m.Start}
				}
			}
		}
	}
	// "Henry is ruled out but Cole said:": a clause of its own after a
	// conjunction; its subject, right before the verb, speaks rather than
	// the subject of the clause before.
	if e, pos := q.conjoinedSubject(ts, start, k); e >= 0 {
		return qattr{ent: e, pos: pos}
	}
	if e, pos := q.reportedSubject(ts, start, k); e >= 0 {
		return qattr{ent: e, pos: pos}
	}
	if at := q.conjoinedDescription(ts, start, k, verbPos); at.ent >= 0 {
		return at
	}
	// "Brown said:" where no mention covers the bare surname.
	if k >= start && ts[k].kind == qkWord && q.mentionAt(ts[k].s) < 0 && (k == start || !q.capitalAt(ts[k-1]) || qTitleWords[q.text[ts[k-1].s:ts[k-1].e]]) {
		if e := q.surname(q.text[ts[k].s:ts[k].e]); e >= 0 {
			return qattr{ent: e, pos: ts[k].s}
		}
	}
	// A final apposition, closed right before the verb.
	appLo, appHi := -1, -1
	if k > start && ts[k].kind == qkPunct {
		closer := q.text[ts[k].s:ts[k].e]
		opener := closer
		if closer == ")" {
			opener = "("
		}
		if closer == "," || closer == ")" || closer == "-" || closer == "–" || closer == "—" {
			for j := k - 1; j > start; j-- {
				if q.text[ts[j].s:ts[j].e] == opener {
					appLo, appHi = j, k
					break
				}
			}
		}
	}
	// "EU ambassador to the WTO, Carlo Trojan, said": an apposition that
	// is only a name names the speaker the words before it describe.
	if appLo >= 0 {
		if e, pos := q.appositionName(ts, appLo, appHi); e >= 0 {
			return qattr{ent: e, pos: pos}
		}
	}
	// "…, Mr Hadi points out": a reporting clause after the last comma.
	at := noAttr
	for j := k; j > start; j-- {
		if q.text[ts[j].s:ts[j].e] == "," {
			if j < k && j > start && q.unclosedApposition(ts, start, j) {
				// "Hans Becker, a Lufthansa spokesman told": an
				// apposition whose closing comma the writer left out;
				// the person before it speaks, not the body inside it.
				at = q.firstSpeaker(ts, start, j, -1, -1)
			} else if j < k && q.predicateAfter(ts, j+1, k) {
				// "… but his lawyer, Jo Bloggs, told the BBC it was
				// laughable and added": the predicate's subject is the
				// name nearest before the comma
				at = q.subjectBefore(ts, start, j)
			} else if j < k {
				at = q.firstSpeaker(ts, j+1, len(ts), -1, -1)
			}
			break
		}
	}
	if at.ent < 0 && at.rule != "stop" {
		at = q.firstSpeaker(ts, start, len(ts), appLo, appHi)
		// "EU ambassador to the WTO, Carlo Trojan, said": the person
		// named in the apposition rather than the body before it.
		if at.ent >= 0 && !q.isPerson(at.ent) && appLo >= 0 {
			if in := q.firstSpeaker(ts, appLo, appHi, -1, -1); q.isPerson(in.ent) {
				at = in
			}
		}
		if at.ent >= 0 && at.rule == "" && q.objectOfVerb(ts, start, at.pos) {
			// "The two clubs met the Spanish FA on Monday and …
			// added": the first name is a verb's object, not the
			// subject, which we do not know
			return noAttr
		}
	}
	if at.ent < 0 && appLo >= 0 && at.rule != "stop" {
		at = q.firstSpeaker(ts, appLo, appHi, -1, -1)
	}
	if at.rule == "stop" {
		return noAttr
	}
	if at.ent >= 0 {
		// A capitalised word before the verb that no mention covers is a
		// name we do not know ("chief executive Jo Bloggs said"). "It"
		// and "They" pass (the organisation pronouns resolve through the
		// previous subject); a "He" coreference left without a mention
		// stays unresolved, since a wrong person costs more than none.
		if k >= start && ts[k].kind == qkWord && ts[k].s >= at.pos && q.mentionAt(ts[k].s) < 0 {
			r, _ := utf8.DecodeRuneInString(q.text[ts[k].s:])
			if w := q.text[ts[k].s:ts[k].e]; unicode.IsUpper(r) && !qTitleWords[w] && qPronouns[w] != 'o' {
				return noAttr
			}
		}
		if at.rule == "" && !q.isPerson(at.ent) {
			if e, pos := q.spokesOrg(ts); e == at.ent {
				return qattr{ent: e, rule: "spokesman-for", pos: pos}
			}
		}
		return at
	}
	if e, pos := q.spokesOrg(ts); e >= 0 {
		return qattr{ent: e, rule: "spokesman-for", pos: pos}
	}
	if hasSpokes(q, ts) {
		if e := q.spokesLookback(ts, ts[0].s); e >= 0 {
			return qattr{ent: e, rule: "spokesman-for", pos: ts[0].s}
		}
		return noAttr
	}
	// "the Belarusian leader said" with no role mention: the most recent
	// speaker of that kind.
	if k > start && q.text[ts[k].s:ts[k].e] == "," {
		// "The Oscar-nominated actor, whose films include X, Y and Z,
		// said": a relative clause between the subject's first comma and
		// the verb describes the head noun before it, which speaks
		for j := start + 1; j+1 < k; j++ {
			if q.text[ts[j].s:ts[j].e] != "," {
				continue
			}
			if ts[j+1].kind == qkWord && qRelativeWords[q.text[ts[j+1].s:ts[j+1].e]] {
				k = j - 1
			}
			break
		}
	}
	if k >= start && ts[k].kind == qkWord && k-start < 8 {
		// the head noun: the last word before any "of" ("the president
		// of the society"); no name may be involved
		h := k
		for j := start; j <= k; j++ {
			if mi := q.mentionAt(ts[j].s); mi >= 0 {
				// a body, place or event as a modifier ("the Wimbledon
				// champion") leaves the head noun to speak; a person or a
				// pronoun is the subject itself. A name inside a compound
				// word is a modifier whatever it names ("the
				// Oscar-nominated actor", "the Glasgow-born singer").
				if m := q.doc.Mentions[mi]; m.End < ts[j].e && j < k {
					continue
				}
				if m := q.doc.Mentions[mi]; j == k || m.Kind == model.MentionPronoun || q.isPerson(m.Entity) || q.speakerType(m.Entity) {
					h = -1
					break
				}
				continue
			}
			if j > start && j < k && q.unknownCapital(ts[j]) && q.unknownCapital(ts[j+1]) {
				// "the China Daily newspaper": a name we do not know
				// ("the British actor" is only an adjective)
				h = -1
				break
			}
			if w := q.text[ts[j].s:ts[j].e]; qPreps[w] && j > start {
				h = j - 1
				break
			}
		}
		w := ""
		if h >= start {
			w = strings.ToLower(q.text[ts[h].s:ts[h].e])
		}
		det := strings.ToLower(q.text[ts[start].s:ts[start].e])
		if (det == "the" || det == "both") && qPluralOrgs[w] {
			// "the companies said in a joint statement": the first of a
			// pair of organisations named together just before.
			if e := q.orgPair(ts[start].s); e >= 0 {
				return qattr{ent: e, rule: "pair-first", pos: ts[start].s}
			}
			return noAttr
		}
		if det == "the" || det == "this" || det == "our" {
			kind := byte(0)
			switch {
			case qPersonRoles[w] || strings.HasSuffix(w, "-year-old"):
				kind = 'p'
			case qOrgRoles[w]:
				kind = 'o'
			}
			if kind == 'p' {
				// "the prime minister said": the one person introduced
				// with that title; not a latest speaker who holds another
				if e := q.roleHolder(ts[start+1:h+1], ts[start].s); e != -1 {
					if e >= 0 {
						return qattr{ent: e, rule: "role-carry", pos: ts[start].s}
					}
					return noAttr
				}
			}
			if kind != 0 {
				if e := q.resolvePronoun(kind, ts[start].s); e >= 0 && (kind != 'p' || !q.otherTitle(e, w)) {
					return qattr{ent: e, rule: "role-carry", pos: ts[start].s}
				}
			}
			if kind == 'o' && det == "the" {
				if e := q.roleNamedOrg(w, ts[start].s); e >= 0 {
					return qattr{ent: e, rule: "role-named", pos: ts[start].s}
				}
			}
			if det == "the" && (strings.HasSuffix(w, "-year-old") || qDescriptionNouns[w] || h > start && q.agedHead(ts[start+1:h])) {
				// "the 61-year-old former diplomat": a past role says
				// nothing against the title the person now holds
				// ("party leader Sir Jo Bloggs"), so only the one
				// person named before counts.
				title := w
				if h-1 > start && lexicon.PastTitleMods[strings.ToLower(q.text[ts[h-1].s:ts[h-1].e])] {
					title = ""
				}
				if e := q.soleUntitledPerson(ts[start].s, title); e >= 0 {
					return qattr{ent: e, rule: "description", pos: ts[start].s}
				}
			}
		}
	}
	if k >= start {
		// "The prime minister's office said": the office holder.
		return q.officeOf(ts[start : k+1])
	}
	return noAttr
}

// qRelativeWords open a relative clause.
var qRelativeWords = qWordSet(`who whose which`)

// conjoinedSubject returns the speaker named right before the verb
// (ts[k], after auxiliaries) when a clause conjunction comes before that
// name and its role words ("…, but Gunners boss Arsene Wenger said"), or
// -1. The name must be the subject of the last clause: a mention ending
// at ts[k]. "and" between two names joins subjects ("Smith and Jones
// said"), not clauses, so it counts only after a word that is no name.
func (q *quoter) conjoinedSubject(ts []qtok, start, k int) (int, int) {
	if k <= start || ts[k].kind != qkWord {
		return -1, 0
	}
	mi := q.mentionAt(ts[k].s)
	if mi < 0 {
		// a bare surname no mention covers
		if !q.capitalAt(ts[k]) || k-1 <= start || q.capitalAt(ts[k-1]) {
			return -1, 0
		}
		if !qClauseLinks[q.text[ts[k-1].s:ts[k-1].e]] {
			return -1, 0
		}
		e := q.surname(q.text[ts[k].s:ts[k].e])
		if e < 0 || !q.conjoinedAfter(ts, start, k-1) {
			return -1, 0
		}
		return e, ts[k].s
	}
	m := q.doc.Mentions[mi]
	if m.End != ts[k].e || !qNamed(m) || !q.speakerType(m.Entity) {
		return -1, 0
	}
	j := k
	for j > start && ts[j-1].s >= m.Start {
		j--
	}
	// role words and title words before the name: "Gunners boss"; a
	// spokesperson's title may name the body in lower-case words and an
	// acronym in brackets ("Dutch football federation (KNVB) spokesman
	// Frank Huizinga", quotes_spokeschain.go)
	spokesTitle, body := j-1 > start && spokesHeads[q.text[ts[j-1].s:ts[j-1].e]], 0
	for n := 0; j-1 > start && n < 4; n++ {
		t := ts[j-1]
		w := q.text[t.s:t.e]
		if spokesTitle && body < qBodyWordLimit && q.bodyTitleWord(ts, j-1) {
			// the body's words in the title count apart
			n--
			body++
			j--
			continue
		}
		if t.kind != qkWord || qClauseLinks[w] {
			break
		}
		if mj := q.mentionAt(t.s); mj >= 0 {
			if q.isPerson(q.doc.Mentions[mj].Entity) {
				return -1, 0
			}
		} else if !qRoleNoun(w) && !qTitleWords[w] && !q.capitalAt(t) {
			return -1, 0
		}
		j--
	}
	if j-1 <= start || !qClauseLinks[q.text[ts[j-1].s:ts[j-1].e]] {
		return -1, 0
	}
	if !q.conjoinedAfter(ts, start, j-1) {
		return -1, 0
	}
	return m.Entity, m.Start
}

// reportedSubject returns the person named right before the verb of
// saying when that clause is what another source reports: "The News of
// the World reports that Anelka told a French magazine: …" — the one the
// report quotes speaks, not the paper. Or -1.
func (q *quoter) reportedSubject(ts []qtok, start, k int) (int, int) {
	if k-2 <= start || ts[k].kind != qkWord {
		return -1, 0
	}
	mi := q.mentionAt(ts[k].s)
	if mi < 0 {
		return -1, 0
	}
	m := q.doc.Mentions[mi]
	if m.End != ts[k].e || !qNamed(m) || !q.isPerson(m.Entity) {
		return -1, 0
	}
	j := k
	for j > start && ts[j-1].s >= m.Start {
		j--
	}
	if j-2 < start || q.text[ts[j-1].s:ts[j-1].e] != "that" {
		return -1, 0
	}
	// "reports" is no verb of saying elsewhere (a noun as often)
	if v := ts[j-2]; !q.isSpeechVerb(v, true) && q.text[v.s:v.e] != "reports" {
		return -1, 0
	}
	return m.Entity, m.Start
}

// qTimeNames are capitalised words that name no one: "… on Monday and
// Cole said".
var qTimeNames = qWordSet(`Monday Tuesday Wednesday Thursday Friday Saturday
	Sunday January February March April May June July August September
	October November December`)

// objectOfVerb reports whether a finite verb of the clause stands
// between ts[start] and the mention at pos, with no comma between it and
// the mention (a comma may open a new clause with its own subject).
func (q *quoter) objectOfVerb(ts []qtok, start, pos int) bool {
	verb := false
	for i := start; i < len(ts) && ts[i].s < pos; i++ {
		t := ts[i]
		if t.kind != qkWord {
			if q.text[t.s:t.e] == "," {
				verb = false
			}
			continue
		}
		if w := q.text[t.s:t.e]; qFiniteVerbs[w] {
			verb = true
		}
	}
	return verb
}

// qFiniteVerbs are verb forms that mark a clause's predicate as begun.
var qFiniteVerbs = qWordSet(`is was are were has have had will would can could
	may might must shall should met meets meet made makes took takes gave gives
	got gets went goes saw sees does did do beat beats played plays signed
	signs wants wanted trying tried`)

// conjoinedAfter reports whether the conjunction ts[c] links clauses: a
// verb (a regular or an irregular past, quotes_pastverbs.go) stands
// between start and it, and "and" does not follow a name.
func (q *quoter) conjoinedAfter(ts []qtok, start, c int) bool {
	if q.text[ts[c].s:ts[c].e] == "and" {
		// "Smith and Jones said" joins subjects; "training in Holland
		// and Ferguson said" joins clauses (a preposition's object)
		p := ts[c-1]
		if p.kind != qkWord {
			return false
		}
		if mi := q.mentionAt(p.s); mi >= 0 {
			if !q.afterPreposition(ts[start].s, q.doc.Mentions[mi].Start) {
				return false
			}
		} else if q.capitalAt(p) && !qTimeNames[q.text[p.s:p.e]] {
			return false
		}
	}
	for i := start; i < c; i++ {
		if w := q.text[ts[i].s:ts[i].e]; ts[i].kind == qkWord && (qVerbish(w) || qIrregularPast[w]) {
			return true
		}
	}
	return false
}

var qBeForms = qWordSet(`is was were are been`)

// relativeAntecedent resolves the relative pronoun ts[k] ("who",
// "which") opening the clause of a verb of saying: the person (for "who")
// or organisation (for "which") named right before the comma that opens
// the clause, or -1.
func (q *quoter) relativeAntecedent(ts []qtok, k, start int, person bool) (int, int) {
	if k-2 < start || q.text[ts[k-1].s:ts[k-1].e] != "," {
		return -1, 0
	}
	mi := q.mentionAt(ts[k-2].s)
	if mi < 0 {
		return -1, 0
	}
	m := q.doc.Mentions[mi]
	if m.End != ts[k-2].e || m.Kind == model.MentionPronoun {
		return -1, 0
	}
	if person && !q.isPerson(m.Entity) || !person && !q.orgType(m.Entity) {
		return -1, 0
	}
	// "students Ryan Crabbe and Gordon Rennie, who observed": the pair
	// speaks; the first named stands for it, as for a pair of bodies.
	if w, ws := q.prevWord(max(0, m.Start-40), m.Start); w == "and" {
		if pm := q.mentionAt(qTrimEnd(q.text, 0, ws) - 1); pm >= 0 && q.doc.Mentions[pm].Kind != model.MentionPronoun && q.doc.Mentions[pm].Entity != m.Entity {
			if p := q.doc.Mentions[pm]; person == q.isPerson(p.Entity) && (person || q.orgType(p.Entity)) {
				return p.Entity, p.Start
			}
		}
	}
	return m.Entity, m.Start
}

// hasSpeechVerb reports whether ts holds a verb of saying.
func (q *quoter) hasSpeechVerb(ts []qtok) bool {
	for _, t := range ts {
		if q.isSpeechVerb(t, false) {
			return true
		}
	}
	return false
}

// predicateAfter reports whether ts[lo:hi] opens with a verb (after
// adverbs such as "also"): the words after the comma continue the
// predicate of the subject before it ("Clapton, alongside BB King, also
// introduced Buddy Guy and recalled"), so a name in them is an object.
func (q *quoter) predicateAfter(ts []qtok, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		t := ts[i]
		if t.kind != qkWord {
			return false
		}
		w := q.text[t.s:t.e]
		if qSkipWords[w] && w != "who" && w != "which" && w != "that" || strings.HasSuffix(w, "ly") {
			continue
		}
		return !q.capitalAt(t) && qVerbish(w)
	}
	return false
}

// subjectBefore returns the speaker named nearest before ts[j] within its
// clause (back to start or a conjunction), skipping names that follow a
// preposition ("alongside BB King") or own something, or noAttr.
func (q *quoter) subjectBefore(ts []qtok, start, j int) qattr {
	for i := j - 1; i >= start; i-- {
		t := ts[i]
		if t.kind == qkWord && qClauseLinks[q.text[t.s:t.e]] {
			break
		}
		mi := q.mentionAt(t.s)
		if mi < 0 {
			continue
		}
		m := q.doc.Mentions[mi]
		for i > start && ts[i-1].s >= m.Start {
			i--
		}
		if m.Kind == model.MentionPronoun || !q.speakerType(m.Entity) || q.possessiveAt(m.End) {
			continue
		}
		if w, _ := q.prevWord(ts[start].s, m.Start); qPreps[w] || qAccompany[w] {
			continue
		}
		return qattr{ent: m.Entity, pos: m.Start}
	}
	return noAttr
}

// qClauseLinks join clauses: a subject is not looked for across them.
var qClauseLinks = qWordSet(`but and while whereas although though because`)

// qAccompany are prepositions of company that qPreps leaves out.
var qAccompany = qWordSet(`alongside beside besides including`)

// unclosedApposition reports whether ts[start:comma] is exactly one person
// mention and the words after the comma open an indefinite descriptor
// ("Hans Becker, a Lufthansa spokesman"), i.e. an apposition to that person.
func (q *quoter) unclosedApposition(ts []qtok, start, comma int) bool {
	if comma+1 >= len(ts) {
		return false
	}
	if w := q.text[ts[comma+1].s:ts[comma+1].e]; w != "a" && w != "an" && !q.bareRolePhrase(ts[comma+1:]) {
		return false
	}
	mi := q.mentionAt(ts[start].s)
	if mi < 0 {
		return false
	}
	m := q.doc.Mentions[mi]
	return m.Kind != model.MentionPronoun && q.isPerson(m.Entity) && m.End >= ts[comma-1].e
}

// bareRolePhrase reports whether ts, the rest of a subject before its
// verb, is a short title with no article: capitalised words or a body's
// name, then a role noun ("OFHEO director", "Acme chief executive"),
// perhaps coordinated with another ("PTC president and conservative
// activist") or placed at a body ("economist at Global Insight").
func (q *quoter) bareRolePhrase(ts []qtok) bool {
	if len(ts) < 2 || len(ts) > 7 {
		return false
	}
	roles := 0
	for i, t := range ts {
		if t.kind != qkWord {
			return false
		}
		w := q.text[t.s:t.e]
		switch {
		case qRoleNoun(w) || qPersonRoles[w]:
			roles++
		case q.capitalAt(t):
		case (w == "at" || w == "of" || w == "for") && roles > 0:
			// the body the role is at: its name to the end
			for _, b := range ts[i+1:] {
				if !q.capitalAt(b) {
					return false
				}
			}
			return i+1 < len(ts)
		case w == "and" && roles > 0:
		case i > 0 && q.text[ts[i-1].s:ts[i-1].e] == "and":
			// an adjective opening the second role ("and conservative activist")
		default:
			return false
		}
	}
	last := q.text[ts[len(ts)-1].s:ts[len(ts)-1].e]
	return qRoleNoun(last) || qPersonRoles[last]
}

// qPluralOrgs are plural heads for a pair of organisations speaking together.
var qPluralOrgs = qWordSet(`companies firms groups banks carmakers airlines
	carriers clubs teams retailers operators partners rivals`)

var qIntroWords = qWordSet(`After At In On When While Although Though As Asked
	Since Following Despite During If Earlier Later Before Unlike Like Under
	Speaking Writing Talking Explaining Announcing Commenting Referring Having`)

// firstSpeaker returns the first speaker-like noun phrase in ts[lo:hi]
// (skipping ts[skipLo:skipHi+1]): a mention of a person, organisation or
// country that is not a possessor or the object of a preposition, or a
// pronoun. rule "stop" means an unknown name was met.
func (q *quoter) firstSpeaker(ts []qtok, lo, hi, skipLo, skipHi int) qattr {
	return q.firstSpeakerNP(ts, lo, hi, hi, skipLo, skipHi)
}

// firstSpeakerNP is firstSpeaker whose noun phrase, once started before
// hi, may run on up to npHi ("BA chairman Martin Broughton").
func (q *quoter) firstSpeakerNP(ts []qtok, lo, hi, npHi, skipLo, skipHi int) qattr {
	ms := q.doc.Mentions
	for i := lo; i < hi; i++ {
		if i >= skipLo && i <= skipHi && skipLo >= 0 {
			continue
		}
		t := ts[i]
		if mi := q.mentionAt(t.s); mi >= 0 && ms[mi].Kind != model.MentionPronoun && t.e <= ms[mi].End {
			m := ms[mi]
			next := i
			for next+1 < hi && ts[next+1].s < m.End {
				next++
			}
			if q.demonymNoun(ts[:hi], next, m) {
				// "the American said": a person, not the country
				if e := q.demonymPerson(m.Start); e >= 0 {
					return qattr{ent: e, rule: "role-carry", pos: m.Start}
				}
				return qattr{ent: -1, rule: "stop"}
			}
			if !q.speakerType(m.Entity) || q.possessiveAt(m.End) || q.afterPreposition(ts[lo].s, m.Start) ||
				m.Kind == model.MentionRole && q.spokesRole(m) {
				i = q.skipRestatedAcronym(ts, next, hi, m.Entity)
				continue
			}
			e, pos := q.npHead(ts[:max(hi, npHi)], next+1, m)
			if e < 0 {
				return qattr{ent: -1, rule: "stop"}
			}
			return qattr{ent: e, pos: pos}
		}
		if t.kind != qkWord {
			continue
		}
		w := q.text[t.s:t.e]
		if kind, ok := qPronouns[w]; ok {
			if kind == 'o' && (w == "it" || w == "It") && i+1 < hi && q.text[ts[i+1].s:ts[i+1].e] == "was" {
				continue // "it was …"
			}
			if e := q.resolvePronoun(kind, t.s); e >= 0 {
				return qattr{ent: e, rule: "pronoun-carry", pos: t.s}
			}
			return qattr{ent: -1, rule: "stop"}
		}
	}
	return noAttr
}

// skipRestatedAcronym returns the index of the last token of the
// mention of entity e ending at ts[i] together with a bracketed acronym
// right after it that names e again ("from the Consumer Electronics
// Association (CEA)"): the acronym belongs to the same skipped phrase, a
// preposition's object, and is no new subject. Otherwise it returns i.
func (q *quoter) skipRestatedAcronym(ts []qtok, i, hi, e int) int {
	if i+3 >= hi || q.text[ts[i+1].s:ts[i+1].e] != "(" {
		return i
	}
	mi := q.mentionAt(ts[i+2].s)
	if mi < 0 || q.doc.Mentions[mi].Entity != e || q.doc.Mentions[mi].End != ts[i+2].e || q.text[ts[i+3].s:ts[i+3].e] != ")" {
		return i
	}
	return i + 3
}

// npHead: m is a mention of a speaker ending before ts[j]. When role words
// and then a person follow in the same noun phrase ("BA chairman Martin
// Broughton", "JRFU secretary Koji Tokumasu") the person is the speaker;
// when an unknown capitalised name follows, nobody is.
func (q *quoter) npHead(ts []qtok, j int, m model.Mention) (int, int) {
	if q.isPerson(m.Entity) {
		// "Former Manfred Mann singer Paul Jones": a name used as a
		// modifier (a band named like a person), a role noun, then the
		// person who holds the role.
		if e, pos := q.roleThenPerson(ts, j); e >= 0 {
			return e, pos
		}
		return m.Entity, m.Start
	}
	ms := q.doc.Mentions
	unknown := false  // a capitalised word no mention covers
	lastRole := false // the phrase ends in a person's role ("boss")
	roleLo := j       // where the words after the last body begin
	body := m.Entity  // the last body of the phrase ("Factory Records" of "the Factory Records founder")
	for n := 0; j < len(ts) && n < 8; j, n = j+1, n+1 {
		t := ts[j]
		if mi := q.mentionAt(t.s); mi >= 0 {
			if q.isPerson(ms[mi].Entity) && n > 0 {
				return ms[mi].Entity, ms[mi].Start
			}
			if q.isPerson(ms[mi].Entity) {
				break
			}
			body = ms[mi].Entity
			// another body in the same phrase: "Ernst and Young's Sanjay
			// Mehta", "Acme's US unit chief Jo Bloggs"
			for j+1 < len(ts) && ts[j+1].s < ms[mi].End {
				j++
			}
			if j+1 < len(ts) && ts[j+1].kind == qkPoss {
				j++
			}
			roleLo = j + 1
			continue
		}
		if t.kind == qkPoss && q.commonNounBefore(ts, j) {
			// "Empire magazine's reviews editor Jo Bloggs": the body's
			// own noun owns the role; the person may still follow
			// (quotes_bodynountitle.go)
			roleLo = j + 1
			continue
		}
		if t.kind != qkWord {
			if lastRole && !unknown {
				// "EEF chief economist, Steve Radley"
				if e, pos := q.apposedName(ts, j); e >= 0 {
					return e, pos
				}
			}
			break
		}
		w := q.text[t.s:t.e]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if !qTitleWords[w] && !qModifier(w) {
				unknown = true
			}
			continue
		}
		if (w == "and" || w == "of" || w == "for") && j+1 < len(ts) && q.capitalAt(ts[j+1]) {
			continue // "Economic and Fiscal Policy Minister …"
		}
		if w == "of" && j+2 < len(ts) && q.text[ts[j+1].s:ts[j+1].e] == "the" && q.capitalAt(ts[j+2]) {
			j++ // "UK Chancellor of the Exchequer Gordon Brown": a title
			continue
		}
		if w == "and" && lastRole && j+1 < len(ts) && ts[j+1].kind == qkWord && qRoleNoun(q.text[ts[j+1].s:ts[j+1].e]) {
			continue // "Nortel president and chief executive …"
		}
		if qPreps[w] || qVerbish(w) || w == "and" || w == "or" || w == "who" || w == "which" || w == "that" {
			if lastRole && w == "of" {
				// "BA director of commercial planning, Robert Boyle"
				if e, pos := q.apposedName(ts, j); e >= 0 {
					return e, pos
				}
			}
			break
		}
		lastRole = (qPersonRoles[w] || qPositions[w]) && !qSpokesWords[w]
	}
	if unknown {
		return -1, 0
	}
	if lastRole {
		// "The Man Utd boss continued": a person known by a role at the
		// body. After "the" it is someone already in the story: the one
		// the story introduced with that role ("the Spurs sporting
		// director" is "Tottenham sporting director Frank Arnesen", not
		// the coach named since), else the latest person of that kind.
		if d, _ := q.prevWord(0, m.Start); d == "the" || d == "The" {
			if roleLo < j {
				if e := q.roleHolder(ts[roleLo:j], m.Start); e >= 0 {
					return e, m.Start
				}
				if e := q.roleHolder(ts[j-1:j], m.Start); e >= 0 {
					return e, m.Start
				}
			}
			return q.bodyRoleHolder(body, q.resolvePronoun('p', m.Start), m.Start), m.Start
		}
		return -1, 0
	}
	return m.Entity, m.Start
}

// apposedName returns the person named in apposition after a role
// phrase, from ts[j] (a comma, or "of" and a short complement before
// one): ", Robert Boyle" ending the clause. Or -1.
func (q *quoter) apposedName(ts []qtok, j int) (int, int) {
	for n := j; n < len(ts) && n < j+6; n++ {
		t := ts[n]
		if t.kind == qkPunct && q.text[t.s:t.e] == "," {
			if n+1 >= len(ts) {
				return -1, 0
			}
			mi := q.mentionAt(ts[n+1].s)
			if mi < 0 {
				return -1, 0
			}
			m := q.doc.Mentions[mi]
			if !qNamed(m) || !q.isPerson(m.Entity) {
				return -1, 0
			}
			k := n + 1
			for k+1 < len(ts) && ts[k+1].s < m.End {
				k++
			}
			if k+1 < len(ts) && ts[k+1].kind != qkPunct {
				return -1, 0
			}
			return m.Entity, m.Start
		}
		if t.kind != qkWord || n == j && q.text[t.s:t.e] != "of" {
			if n == j {
				continue
			}
			return -1, 0
		}
		if w := q.text[t.s:t.e]; n > j && (qVerbish(w) || qPreps[w] || w == "who" || w == "which" || w == "that" || q.mentionAt(t.s) >= 0) {
			return -1, 0
		}
	}
	return -1, 0
}

// roleThenPerson returns the person named after one or two role nouns
// starting at ts[j] ("singer Paul Jones"), or -1.
func (q *quoter) roleThenPerson(ts []qtok, j int) (int, int) {
	roles, mods := 0, 0
	for ; j < len(ts) && roles <= 2; j++ {
		t := ts[j]
		if mi := q.mentionAt(t.s); mi >= 0 {
			if m := q.doc.Mentions[mi]; roles > 0 && m.Kind != model.MentionPronoun && q.isPerson(m.Entity) {
				return m.Entity, m.Start
			}
			return -1, 0
		}
		// a capitalised post counts too: "Icelandic Fisheries Minister
		// Gudrun Olafsdottir", where a name was cut before the post
		if t.kind == qkWord && !qRoleNoun(strings.ToLower(q.text[t.s:t.e])) && !qAgentNoun(q.text[t.s:t.e]) && q.titleModifier(t) && mods < 3 {
			// "ABN Amro chief Asian strategist Eddie Wong": a rank or
			// region inside the title, not a role of its own
			mods++
			continue
		}
		if t.kind != qkWord || !qRoleNoun(strings.ToLower(q.text[t.s:t.e])) && !qAgentNoun(q.text[t.s:t.e]) {
			return -1, 0
		}
		roles++
	}
	return -1, 0
}

// qTitleModifiers are ranks and scopes written inside a title before its
// role noun ("chief Asian strategist", "senior economist", "deputy
// managing director").
var qTitleModifiers = qWordSet(`chief senior deputy principal global regional
	lead assistant acting managing`)

// titleModifier reports whether t is a rank word of a title or a
// capitalised region adjective no mention covers ("Asian", "European").
func (q *quoter) titleModifier(t qtok) bool {
	w := q.text[t.s:t.e]
	if qTitleModifiers[w] {
		return true
	}
	return q.capitalAt(t) && q.mentionAt(t.s) < 0 && strings.HasSuffix(w, "an") && len(w) > 4
}

// qPositions are playing positions that, after a team's name ("the Sale
// full-back"), make a role phrase for a player.
var qPositions = qWordSet(`full-back fly-half scrum-half flanker hooker prop
	lock centre number-eight forward keeper back-rower`)

// qRoleNoun reports whether the lower-case word w names a role or an
// occupation written before a name ("singer", "boss", "star").
func qRoleNoun(w string) bool {
	return qPersonRoles[w] || lexicon.WeakRoles[w] || lexicon.RoleHeads[w] && w != "chief" && w != "executive"
}

// unknownCapital reports whether t is a capitalised word that is no title
// word and no mention.
func (q *quoter) unknownCapital(t qtok) bool {
	return q.capitalAt(t) && !qTitleWords[q.text[t.s:t.e]] && q.mentionAt(t.s) < 0
}

// qModifier: a capitalised compound modifier such as "Moscow-based".
func qModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

func (q *quoter) capitalAt(t qtok) bool {
	if t.kind != qkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(q.text[t.s:t.e])
	return unicode.IsUpper(r)
}

// qVerbish: a lower-case word that is likely a verb, ending a noun phrase.
func qVerbish(w string) bool {
	return strings.HasSuffix(w, "ed") || qVerbs[w] || qSpeechVerbs[w]
}

var qVerbs = qWordSet(`is was are were has have had will would can could may
	might must shall should met told said says made took gave got went saw
	does did do be been being`)

// objectAfter resolves the speaker named after a verb of saying, starting
// at ts[i]: said Robert Smith, head of…; said the Belarusian leader; said
// chief executive Jo Bloggs; according to the BBC.
func (q *quoter) objectAfter(ts []qtok, i int) (int, int) {
	ms := q.doc.Mentions
	if e, pos := q.roleThenName(ts, i); e >= 0 {
		return e, pos
	}
	if e, pos := q.roleObject(ts, i); e >= 0 {
		return e, pos
	}
	for j := i; j < len(ts) && j < i+8; j++ {
		t := ts[j]
		if q.titleDot(ts, j) {
			continue // "said Gov. Rick Perry"
		}
		if mi := q.mentionAt(t.s); mi >= 0 && ms[mi].Kind != model.MentionPronoun && t.e <= ms[mi].End {
			m := ms[mi]
			next := j
			for next+1 < len(ts) && ts[next+1].s < m.End {
				next++
			}
			if k := q.compoundOwner(ts, next); k > next {
				// "added Ernst and Young's Sanjay Mehta": a firm named
				// "X and Y" owns the title; skip it
				j = k
				continue
			}
			if q.possessiveAt(m.End) {
				// "said Gartner's analyst Kobita Desai": skip the owner.
				j = next
				if j+1 < len(ts) && ts[j+1].kind == qkPoss {
					j++
				}
				continue
			}
			if m.Kind == model.MentionRole && q.spokesRole(m) {
				return -1, 0 // "said the spokesman": the spokesman rules
			}
			if q.demonymNoun(ts, next, m) {
				// "said the American": a person of that nation already in
				// the story, never the country
				return q.demonymPerson(m.Start), m.Start
			}
			if q.speakerType(m.Entity) {
				return q.npHead(ts, next+1, m)
			}
			// a place as a modifier: "said Ulster man David Humphreys"
			if next+1 < len(ts) && ts[next+1].kind == qkWord {
				j = next
				continue
			}
			return -1, 0
		}
		if t.kind != qkWord {
			return -1, 0
		}
		w := q.text[t.s:t.e]
		if kind, ok := qPronouns[w]; ok && kind == 'p' {
			return q.resolvePronoun(kind, t.s), t.s
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if qTitleWords[w] || qModifier(w) {
				continue
			}
			// "said Treasurer Peter Costello", "said Aviator star Alan
			// Alda": capitalised title words, or a capitalised modifier
			// and a role noun, right before a known person.
			for n := j + 1; n < len(ts) && n < j+5; n++ {
				if mi := q.mentionAt(ts[n].s); mi >= 0 {
					if q.isPerson(ms[mi].Entity) {
						return ms[mi].Entity, ms[mi].Start
					}
					break
				}
				if !q.capitalAt(ts[n]) && !(ts[n].kind == qkWord && qRoleNoun(q.text[ts[n].s:ts[n].e])) {
					break
				}
			}
			if e, pos := q.titledName(ts, j); e >= 0 {
				return e, pos
			}
			if j+1 == len(ts) || !q.capitalAt(ts[j+1]) {
				if e := q.surname(w); e >= 0 {
					return e, t.s // "said Brown"
				}
			}
			return -1, 0 // an unknown name
		}
		if qPreps[w] {
			return -1, 0
		}
		// "said the report", "said the company": the latest speaker of
		// that kind.
		if j+1 == len(ts) || ts[j+1].kind != qkWord {
			kind := byte(0)
			switch {
			case qPersonRoles[w]:
				kind = 'p'
			case qOrgRoles[w] || w == "report" || w == "statement":
				kind = 'o'
			}
			if kind != 0 {
				if e := q.resolvePronoun(kind, t.s); e >= 0 {
					return e, t.s
				}
			}
			// "says the Waterford man": the one person it can describe
			if (strings.HasSuffix(w, "-year-old") || qDescriptionNouns[w]) && j > i && q.text[ts[i].s:ts[i].e] == "the" {
				if e := q.soleUntitledPerson(t.s, w); e >= 0 {
					return e, t.s
				}
			}
			return -1, 0
		}
	}
	return -1, 0
}

// demonymNoun reports whether demonym mention m, whose last token is
// ts[last], is a noun for a person after "the" ("the American", "the
// Irishman"), perhaps with an age or standing between ("the 24-year-old
// Swiss", "the veteran Frenchman"), not an adjective before a noun ("the
// American firm").
func (q *quoter) demonymNoun(ts []qtok, last int, m model.Mention) bool {
	if m.Kind != model.MentionDemonym || !q.theBefore(m.Start) {
		return false
	}
	return last+1 >= len(ts) || ts[last+1].kind != qkWord || qSpeechVerbs[q.text[ts[last+1].s:ts[last+1].e]]
}

// theBefore reports whether "the" comes right before pos, or before at
// most three modifiers of a person by age or standing ("the 31-year-old
// Brazilian", "the former world number one"): words that describe a
// person, never a thing, so the noun after them is a person too.
func (q *quoter) theBefore(pos int) bool {
	for n := 0; n <= 3; n++ {
		d, s := q.prevWord(max(0, pos-24), pos)
		if d == "the" || d == "The" {
			return true
		}
		if !qPersonModifiers[d] && !strings.HasSuffix(d, "-year-old") {
			return false
		}
		pos = s
	}
	return false
}

// qPersonModifiers describe a person by age, career or standing between
// "the" and a nationality noun.
var qPersonModifiers = qWordSet(`veteran former young teenage experienced
	retired evergreen ex-world in-form out-of-form unseeded seeded
	diminutive towering flamboyant outspoken popular`)

// demonymPerson resolves "the American" at pos, a description of a
// person already in the story by nationality. The candidates are the
// persons named (outside quotations) earlier in its sentence and the
// person the sentence before opens with ("Groenefeld was the more
// powerful player. "…," said the German."); exactly one must stand. With
// none, the latest speaker is taken when the sentence before opens with
// "he" or "she" or names nobody, and that speaker spoke in this
// paragraph or the one before. Two candidates ("Reacting to a comment by
// Tim Phillips, the American said", after a lead about Lindsay
// Davenport) leave the quotation unattributed. Or -1.
func (q *quoter) demonymPerson(pos int) int {
	si := q.sentenceAt(pos)
	if si < 0 {
		return -1
	}
	ss := q.doc.Sentences
	ms := q.doc.Mentions
	cand, n := -1, 0
	add := func(e int) {
		// "chairman Tim Phillips" is no "the American" the story is
		// about: a person named with a title is someone else
		if e != cand && !q.otherTitle(e, "") {
			cand, n = e, n+1
		}
	}
	for j := q.mentionFrom(ss[si].Start); j < len(ms) && ms[j].Start < pos; j++ {
		if ms[j].Kind == model.MentionName && q.isPerson(ms[j].Entity) && !q.inQuote(ms[j].Start) && !q.addressee(ms[j].Start) {
			add(ms[j].Entity)
		}
	}
	prevOpensPronoun, prevNamesPerson := false, false
	if si > 0 && (ss[si-1].Paragraph == ss[si].Paragraph || ss[si-1].Paragraph == ss[si].Paragraph-1) {
		p := ss[si-1]
		if f := strings.Fields(q.text[p.Start:min(p.End, p.Start+40)]); len(f) > 0 {
			if f[0] == "He" || f[0] == "She" {
				prevOpensPronoun = true
			}
			// a bare surname no mention covers ("Groenefeld was …")
			if w := strings.TrimRight(f[0], ",'’"); q.mentionAt(p.Start) < 0 {
				if e := q.surname(w); e >= 0 {
					add(e)
					prevNamesPerson = true
				}
			}
		}
		for j := q.mentionFrom(p.Start); j < len(ms) && ms[j].Start < p.End; j++ {
			m := ms[j]
			if m.Kind != model.MentionName || !q.isPerson(m.Entity) || q.inQuote(m.Start) {
				continue
			}
			prevNamesPerson = true
			if j == q.mentionFrom(p.Start) && !q.possessiveAt(m.End) && len(strings.Fields(q.text[p.Start:m.Start])) <= 3 {
				add(m.Entity)
			}
		}
	}
	if n == 1 {
		return cand
	}
	if n == 0 && (prevOpensPronoun || !prevNamesPerson) && q.isPerson(q.lastSpk) && q.lastSpkPara >= ss[si].Paragraph-1 {
		return q.lastSpk
	}
	return -1
}

// addressee reports whether the name at pos is the one spoken to
// ("Speaking to Le Matin, …", "Talking to Jo Bloggs, …"), who is never
// the speaker described after it.
func (q *quoter) addressee(pos int) bool {
	w, s := q.prevWord(max(0, pos-12), pos)
	if w != "to" {
		return false
	}
	v, _ := q.prevWord(max(0, s-12), s)
	return qAddressVerbs[strings.ToLower(v)]
}

var qAddressVerbs = qWordSet(`speaking talking writing explaining`)

// compoundOwner reads a firm's name of the form "X and Y's" whose first
// part ends at ts[last] ("Ernst and Young's", "Marks and Spencer's"):
// it returns the index of the possessive, or last when there is none.
func (q *quoter) compoundOwner(ts []qtok, last int) int {
	if last+3 >= len(ts) || q.text[ts[last+1].s:ts[last+1].e] != "and" {
		return last
	}
	for k := last + 2; k < len(ts) && k <= last+4; k++ {
		if ts[k].kind == qkPoss {
			return k
		}
		if !q.capitalAt(ts[k]) {
			return last
		}
	}
	return last
}

// titleDot reports whether ts[j] is the full stop of an abbreviated title
// ("Gov.", "Dr.", "Sen."), written against it, in American style.
func (q *quoter) titleDot(ts []qtok, j int) bool {
	if j == 0 || ts[j].kind != qkPunct || q.text[ts[j].s:ts[j].e] != "." || ts[j-1].e != ts[j].s {
		return false
	}
	return qTitleAbbrev[q.text[ts[j-1].s:ts[j-1].e]]
}

var qTitleAbbrev = qWordSet(`Mr Mrs Ms Dr Gen Sen Rep Gov Prof Lt Col Capt Rev Sgt Supt Insp Det Adm Maj Cmdr Amb Pres Atty`)

// titledName reads a longer title phrase opening at the capitalised
// word ts[j] after a verb of saying, up to the known person it names:
// "Economic and Fiscal Policy Minister Heizo Takenaka", "Nortel president
// and chief executive Bill Owens", "The Libertine's executive producer
// Jo Bloggs" (an owner we do not know), "EEF chief economist, Jo Bloggs"
// (the name in apposition, ending the clause). Only capitalised words,
// role words, a possessive and "and"/"of"/"for" between them may come
// before the name; anything else (a verb, a preposition's object, a
// lower-case word) means the phrase is not a title, and nobody is named.
func (q *quoter) titledName(ts []qtok, j int) (int, int) {
	ms := q.doc.Mentions
	roles := 0
	for n := j + 1; n < len(ts) && n < j+10; n++ {
		t := ts[n]
		if mi := q.mentionAt(t.s); mi >= 0 {
			m := ms[mi]
			if m.Kind == model.MentionPronoun {
				return -1, 0
			}
			if q.isPerson(m.Entity) {
				// the name ends the clause or opens an apposition
				k := n
				for k+1 < len(ts) && ts[k+1].s < m.End {
					k++
				}
				if k+1 < len(ts) && ts[k+1].kind != qkPunct {
					return -1, 0
				}
				if n > j+1 && q.text[ts[n-1].s:ts[n-1].e] == "," && roles == 0 {
					return -1, 0 // "said Acme, Jo Bloggs …": no title before the comma
				}
				return m.Entity, m.Start
			}
			// a body inside the title: "BA director", "Acme's"
			for n+1 < len(ts) && ts[n+1].s < m.End {
				n++
			}
			continue
		}
		switch t.kind {
		case qkPoss:
			continue
		case qkPunct:
			// an apposition comma right before the name
			if q.text[t.s:t.e] == "," && n+1 < len(ts) && q.mentionAt(ts[n+1].s) >= 0 {
				continue
			}
			return -1, 0
		case qkWord:
		default:
			return -1, 0
		}
		w := q.text[t.s:t.e]
		switch {
		case q.capitalAt(t):
			if qPronouns[w] != 0 {
				return -1, 0
			}
		case qRoleNoun(w) || qPersonRoles[w]:
			roles++
		case w == "and" || w == "of" || w == "for":
			if n+1 >= len(ts) || ts[n+1].kind != qkWord {
				return -1, 0
			}
		default:
			return -1, 0
		}
	}
	return -1, 0
}

// roleObject resolves "the European cross-country champion" (a
// determiner, any modifiers, a role noun, no name) to the latest speaker
// of that kind.
func (q *quoter) roleObject(ts []qtok, i int) (int, int) {
	if i >= len(ts) {
		return -1, 0
	}
	if d := q.text[ts[i].s:ts[i].e]; d != "the" && d != "The" && d != "this" && d != "our" {
		return -1, 0
	}
	for j := i + 1; j < len(ts) && j < i+7; j++ {
		t := ts[j]
		if t.kind != qkWord || q.mentionAt(t.s) >= 0 && q.doc.Mentions[q.mentionAt(t.s)].Kind != model.MentionDemonym {
			return -1, 0
		}
		w := q.text[t.s:t.e]
		if qPreps[w] || qVerbish(w) {
			return -1, 0
		}
		end := j+1 == len(ts) || ts[j+1].kind != qkWord
		if !end {
			continue
		}
		kind := byte(0)
		switch {
		case qPersonRoles[w] || qPositions[w] || strings.HasSuffix(w, "-year-old"):
			kind = 'p'
		case qOrgRoles[w] || w == "report" || w == "statement":
			kind = 'o'
		}
		if kind == 0 {
			return -1, 0
		}
		return q.resolvePronoun(kind, ts[i].s), ts[i].s
	}
	return -1, 0
}

// surname returns the one person of the document whose name ends with
// the capitalised word w ("Brown" for Craig Brown), or -1 when none or
// several do. The index is built on first use.
func (q *quoter) surname(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || qTitleWords[w] {
		return -1
	}
	if q.surnames == nil {
		q.surnames = map[string]int{}
		for i, e := range q.doc.Entities {
			if e.Type != model.Person {
				continue
			}
			f := strings.Fields(e.Name)
			if len(f) < 2 {
				continue
			}
			last := f[len(f)-1]
			if prev, seen := q.surnames[last]; seen && prev != i {
				q.surnames[last] = -1
			} else {
				q.surnames[last] = i
			}
		}
	}
	if e, ok := q.surnames[w]; ok {
		return e
	}
	return -1
}

// spokesRole reports whether role mention m is a spokesperson phrase
// ("the spokesman"): it speaks for a body, which the spokesman rules find.
func (q *quoter) spokesRole(m model.Mention) bool {
	for _, w := range strings.Fields(q.text[m.Start:m.End]) {
		if qSpokesWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func hasSpokes(q *quoter, ts []qtok) bool {
	for _, t := range ts {
		if t.kind == qkWord && qSpokesWords[strings.ToLower(q.text[t.s:t.e])] {
			return true
		}
	}
	return false
}

// spokesOrg finds "a Tesco spokesman", "a spokesman for Tesco", "a source
// at the club" in ts and returns the body spoken for.
func (q *quoter) spokesOrg(ts []qtok) (int, int) {
	ms := q.doc.Mentions
	for k, t := range ts {
		if t.kind != qkWord {
			continue
		}
		lw := strings.ToLower(q.text[t.s:t.e])
		if qDocWords[lw] {
			// "Mr Kok's report noted", "the Halifax survey concluded",
			// "Her lawsuit … said": a document speaks for its author
			if e, pos := q.docAuthor(t); e >= 0 {
				return e, pos
			}
			// "the letter from Qwest said", "a study by Acme"
			if e, pos := q.docSender(ts, k); e >= 0 {
				return e, pos
			}
			continue
		}
		if !qSpokesWords[lw] {
			// "Mr Tanzi's lawyers", "her publicist": the client speaks
			// (GOLD.md: a quotation through someone acting for a person
			// goes to that person)
			if qAgentWords[lw] {
				if e, pos := q.possessor(t.s); e >= 0 {
					return e, pos
				}
			}
			continue
		}
		// before: "a Foreign Office spokeswoman", "Tesco's spokesman";
		// a person's own spokesman speaks for the person ("Mr Blair's
		// spokesman", GOLD.md), and so does his statement ("Mr Tanzi's
		// statement said")
		j := q.mentionFrom(t.s) - 1
		if j >= 0 && ms[j].End <= t.s && ms[j].Kind != model.MentionPronoun {
			gap := strings.TrimSpace(q.text[ms[j].End:t.s])
			poss := qPossessiveGap(gap)
			if (gap == "" || poss || spokesHeads[lw] && (qDeskGap(gap) || q.bracketedBody(ms[j], gap))) && q.orgType(ms[j].Entity) || poss && q.isPerson(ms[j].Entity) && (q.personalSpokes(t) || lw == "statement") {
				return ms[j].Entity, ms[j].Start
			}
		}
		if q.personalSpokes(t) {
			// "his spokesman said": the pronoun's person
			if e, pos := q.possessor(t.s); e >= 0 {
				return e, pos
			}
			// "The rapper's spokesman said": the one person the
			// description can stand for
			if e, pos := q.describedOwner(t.s); e >= 0 {
				return e, pos
			}
		}
		// after: "a spokesman for Tesco", "a source at the club", "a
		// spokesman for Mr Blair"
		if k+1 < len(ts) {
			w := q.text[ts[k+1].s:ts[k+1].e]
			if w == "for" || w == "of" || w == "at" || w == "from" || w == "to" {
				for n := k + 2; n < len(ts) && n < k+4; n++ {
					if mi := q.mentionAt(ts[n].s); mi >= 0 {
						m := ms[mi]
						if q.orgType(m.Entity) || w == "for" && m.Kind != model.MentionPronoun && q.isPerson(m.Entity) && q.personalSpokes(t) && !q.possessiveAt(m.End) {
							return m.Entity, m.Start
						}
						break
					}
				}
			}
		}
		// "a statement on her website", "a statement issued by Acme"
		if lw == "statement" {
			if e, pos := q.statementSource(ts, k); e >= 0 {
				return e, pos
			}
		}
	}
	return -1, 0
}

// qDocWords name documents whose words are their author's: a report,
// a survey, a lawsuit.
var qDocWords = qWordSet(`report reports survey lawsuit suit study
	submission filing letter message`)

// docSender returns the body or person named right after the document
// word ts[k] by "from" or "by" ("the letter from Qwest"), or -1. The
// author may be set off by a comma and take an article ("The report, by
// the State Audit Office, said"): the phrase still names who wrote it.
func (q *quoter) docSender(ts []qtok, k int) (int, int) {
	n := k + 1
	if n < len(ts) && ts[n].kind == qkPunct && q.text[ts[n].s:ts[n].e] == "," {
		n++
	}
	if n+1 >= len(ts) {
		return -1, 0
	}
	if w := q.text[ts[n].s:ts[n].e]; w != "from" && w != "by" {
		return -1, 0
	}
	n++
	if e, pos := q.authorNamedAt(ts[n].s); e >= 0 {
		return e, pos
	}
	if w := q.text[ts[n].s:ts[n].e]; w == "the" && n+1 < len(ts) {
		return q.authorNamedAt(ts[n+1].s)
	}
	return -1, 0
}

// authorNamedAt returns the entity and start of a named body or person
// whose mention opens at byte pos and is no possessor ("a letter from
// Acme", "a statement issued by Acme", not "by Acme's lawyers"), or -1.
func (q *quoter) authorNamedAt(pos int) (int, int) {
	mi := q.mentionAt(pos)
	if mi < 0 {
		return -1, 0
	}
	m := q.doc.Mentions[mi]
	if !qNamed(m) || !q.orgType(m.Entity) && !q.isPerson(m.Entity) || q.possessiveAt(m.End) {
		return -1, 0
	}
	return m.Entity, m.Start
}

// docAuthor returns the author of the document named at t: a body
// named right before it ("the Halifax survey", "the Bank's minutes"), a
// person or body owning it ("Mr Kok's report"), or the person or body
// a possessive pronoun stands for ("her lawsuit"); or -1.
func (q *quoter) docAuthor(t qtok) (int, int) {
	ms := q.doc.Mentions
	j := q.mentionFrom(t.s) - 1
	if j < 0 || ms[j].End > t.s {
		return -1, 0
	}
	m := ms[j]
	gap := strings.TrimSpace(q.text[m.End:t.s])
	if m.Kind == model.MentionPronoun {
		return q.possessor(t.s)
	}
	if poss := qPossessiveGap(gap); (gap == "" || poss) && q.orgType(m.Entity) || poss && q.isPerson(m.Entity) {
		return m.Entity, m.Start
	}
	return -1, 0
}

// qDeskGap reports whether gap, the text between a body's name and
// "spokesman", is one or two lower-case words naming the spokesman's
// field ("RICS housing spokesman", "Palm Beach police spokeswoman"): he
// still speaks for the body. A function word ("Acme and Kell Air
// spokesmen", "Acme or its spokesman") joins or parts the names instead.
func qDeskGap(gap string) bool {
	f := strings.Fields(gap)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if qNotNouns[w] || qDeterminers[w] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// qPossessiveGap reports whether gap, the text between a name and the
// noun after it, is a possessive clitic ("'s", or "'" after a final s:
// "Jones' lawyer").
func qPossessiveGap(gap string) bool {
	switch gap {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// possessor returns the person or body that owns the noun at pos, named
// right before it ("Mr Tanzi's", "Acme's") or as a possessive pronoun that
// coreference resolved ("her lawyers", with "her" a mention of the
// client), with the mention's start; or -1. A place or an event owns no
// speaker ("York's lawyers").
func (q *quoter) possessor(pos int) (int, int) {
	ms := q.doc.Mentions
	j := q.mentionFrom(pos) - 1
	if j < 0 || ms[j].End > pos || ms[j].Entity < 0 {
		return -1, 0
	}
	m := ms[j]
	gap := strings.TrimSpace(q.text[m.End:pos])
	if m.Kind == model.MentionPronoun {
		switch strings.ToLower(q.text[m.Start:m.End]) {
		case "his", "her":
			if gap == "" && q.isPerson(m.Entity) {
				return m.Entity, m.Start
			}
		case "its", "their":
			if gap == "" && q.orgType(m.Entity) {
				return m.Entity, m.Start
			}
		}
		return -1, 0
	}
	if qPossessiveGap(gap) && (q.isPerson(m.Entity) || q.orgType(m.Entity)) {
		return m.Entity, m.Start
	}
	return -1, 0
}

// personalSpokes reports whether t is a word for one who speaks on
// another's behalf (a spokesman, not a "source" or "official").
func (q *quoter) personalSpokes(t qtok) bool {
	switch strings.ToLower(q.text[t.s:t.e]) {
	case "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

func (q *quoter) orgType(e int) bool {
	if e < 0 || e >= len(q.doc.Entities) {
		return false
	}
	t := q.doc.Entities[e].Type
	return t == model.Organization || t == model.Country
}

// spokesLookback resolves a bare "a spokesman said" through the previous
// two sentences of the paragraph ("A Mittal Steel spokesman said …").
func (q *quoter) spokesLookback(ts []qtok, pos int) int {
	if !hasSpokes(q, ts) {
		return -1
	}
	// "…," added the spokesman (quotes_definitespokes.go)
	if e := q.definiteSpokesBody(ts, pos); e >= 0 {
		return e
	}
	ss := q.doc.Sentences
	si := q.sentenceAt(pos)
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		if ss[s].Paragraph != ss[si].Paragraph {
			break
		}
		end := ss[s].End
		if end > ss[s].Start+600 {
			end = ss[s].Start + 600
		}
		buf := qTokenize(q.text, ss[s].Start, end, q.getBuf())
		e, _ := q.spokesOrg(buf)
		q.putBuf(buf)
		if e >= 0 {
			return e
		}
		// "The Vestey Group said … But a spokesman added: …"
		if e := q.sentSpeaker(s); q.orgType(e) {
			return e
		}
	}
	// A spokesman opening a paragraph speaks for the one organisation the
	// paragraph before it named ("Shares in Acme fell. / "…," a spokesman
	// said."); with two or more candidates nobody is sure, so nobody speaks.
	if si >= 0 && (si == 0 || ss[si-1].Paragraph != ss[si].Paragraph) && ss[si].Paragraph > 0 && q.bareSpokesman(ts) {
		return q.soleOrg(q.paraStart(ss[si].Paragraph-1), ss[si].Start)
	}
	return -1
}

// bareSpokesman reports whether ts names a spokesperson ("a spokesman")
// and no one else: not "a statement" or "sources", and no possessor
// ("Mr Tanzi's statement") or name that would say whose it is.
func (q *quoter) bareSpokesman(ts []qtok) bool {
	found := false
	for _, t := range ts {
		if t.kind != qkWord {
			continue
		}
		switch strings.ToLower(q.text[t.s:t.e]) {
		case "spokesman", "spokeswoman", "spokesperson":
			found = true
		}
		if q.mentionAt(t.s) >= 0 || q.possessiveAt(t.e) {
			return false
		}
	}
	return found
}

// soleOrg returns the only organisation named (outside quotations, not as
// a possessor of another name) in text[lo:hi], or -1 when none or several.
func (q *quoter) soleOrg(lo, hi int) int {
	ms := q.doc.Mentions
	found := -1
	for j, n := q.mentionFrom(lo), 0; j < len(ms) && ms[j].Start < hi && n < 40; j, n = j+1, n+1 {
		m := ms[j]
		if !qNamed(m) || q.inQuote(m.Start) {
			continue
		}
		if t := q.doc.Entities[m.Entity].Type; t != model.Organization || q.attributive(m) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// attributive reports whether mention m modifies a noun after a
// determiner ("the Rajasthan area", "its Acme unit"): a name used so is
// not the body the story is about.
func (q *quoter) attributive(m model.Mention) bool {
	d, _ := q.prevWord(max(0, m.Start-12), m.Start)
	if !qDeterminers[strings.ToLower(d)] {
		return false
	}
	w := q.nextWord(m.End, min(len(q.text), m.End+30))
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return !qPreps[w] && !qVerbish(w) && w != "and" && w != "or" && w != "who" && w != "which" && w != "that"
}

// orgPair finds "A and B" (two organisations) in the sentence holding pos,
// before pos, or in the sentence before it in the same paragraph, and
// returns A.
func (q *quoter) orgPair(pos int) int {
	ss := q.doc.Sentences
	si := q.sentenceAt(pos)
	if si < 0 {
		return -1
	}
	ms := q.doc.Mentions
	for s := si; s >= 0 && s >= si-1; s-- {
		if ss[s].Paragraph != ss[si].Paragraph {
			break
		}
		hi := ss[s].End
		if s == si {
			hi = pos
		}
		for j, n := q.mentionFrom(ss[s].Start), 0; j+1 < len(ms) && ms[j+1].Start < hi && n < 40; j, n = j+1, n+1 {
			a, b := ms[j], ms[j+1]
			if !qNamed(a) || !qNamed(b) || a.Entity == b.Entity ||
				q.doc.Entities[a.Entity].Type != model.Organization || q.doc.Entities[b.Entity].Type != model.Organization ||
				q.inQuote(a.Start) {
				continue
			}
			if strings.TrimSpace(q.text[a.End:b.Start]) == "and" {
				return a.Entity
			}
		}
	}
	return -1
}

// resolvePronoun finds the entity a pronoun at pos refers to: its mention
// when coreference resolved it, else the most recent speaker of the right
// kind ('p' person, 'o' organisation or country) in this paragraph or the
// previous one, else the most recent person named in the paragraph.
func (q *quoter) resolvePronoun(kind byte, pos int) int {
	// "he" never names a person whose first name or title says she is a
	// woman, nor "she" a man, whichever cue below offers the candidate
	g := q.pronounGender(pos)
	// mismatched: a cue of this sentence or the one before offered a
	// person of the other gender, so the story has moved to someone we
	// may not know; the far fallbacks below (earlier sentences, the last
	// person named) then stand back rather than guess
	mismatched := false
	ok := func(e int) bool {
		if kind == 'p' {
			// a speaker does not name himself inside his quotation
			if q.isPerson(e) && !q.fitsSpeaker(e, g) && !q.namedInQuote(e) {
				mismatched = true
			}
			return q.isPerson(e) && q.fitsSpeaker(e, g) && !q.modifierOnly(e) && !q.awardName(e)
		}
		return q.orgType(e)
	}
	ss := q.doc.Sentences
	si := q.sentenceAt(pos)
	para := -1
	if e, found := q.officeSpk[si-1]; found && kind == 'o' && si > 0 && ss[si-1].Paragraph == ss[si].Paragraph {
		return e // "The prime minister's office said … It added …"
	}
	if si >= 0 {
		para = ss[si].Paragraph
		if e, found := q.quoteSpk[si]; found && ok(e) {
			return e
		}
	}
	// The previous sentence's speaker; then what coreference made of the
	// pronoun, if that entity is named (outside quotations) in this
	// sentence or the previous one — coreference prefers persons of the
	// same sentence, which for a quotation are often inside the quote.
	if si > 0 && ss[si-1].Paragraph == para {
		if e, found := q.quoteSpk[si-1]; found && ok(e) {
			return e
		}
		// "…," said a Fifa spokesman. "…," he added. (quotes_bodyvoice.go)
		if e := q.bodyVoiceBefore(si, pos, kind); e >= 0 {
			return e
		}
		// "A spokeswoman for the union said … "…," she said.": the
		// spokesperson speaks for the body.
		if kind == 'p' {
			if e := q.spokesBack(si-1, 0); e >= 0 {
				return e
			}
			// "A spokesman said … But he added: …" with no body we
			// know: he is the spokesman, not a person named earlier.
			if q.personalPronounAt(pos) && q.sentSpeaker(si-1) < 0 && q.spokesSubject(si-1) {
				return -1
			}
			// "…," said Jo Bloggs of Acme (no entity). "…," he
			// added.: he is that unknown speaker (quotes_unknownvoice.go).
			if q.personalPronounAt(pos) && q.unknownVoice[si-1] {
				return -1
			}
		}
		// "According to Mandaric, Redknapp vowed … "I said to Harry …,"
		// he said.": the source the previous sentence cites speaks.
		if e := q.citedSource(si - 1); kind == 'p' && e >= 0 {
			return e
		}
		if e := q.sentSpeaker(si - 1); e >= 0 && ok(e) {
			return e
		}
		// "The Commission welcomed the deal. It added that …": the
		// organisation that is the previous sentence's subject.
		if kind == 'o' {
			if e := q.leadOrg(si - 1); e >= 0 {
				return e
			}
		}
	}
	// "The 31-year-old was third behind Hayley Yelling. "…," she
	// said.": the subject of the governing clause or of the sentence
	// before, not the person coreference found nearest
	// (quotes_subjects.go).
	if kind == 'p' && si >= 0 {
		if e := q.pronounSubject(si, pos, 0); e >= 0 {
			return e
		}
		// a quotation of several sentences: the subjects before it
		// (quotes_quotedlead.go)
		if e := q.quoteOpeningSubject(si, pos); e >= 0 {
			return e
		}
	}
	if mi := q.mentionAt(pos); mi >= 0 && si >= 0 {
		if e := q.doc.Mentions[mi].Entity; ok(e) && q.namedNear(e, si, pos) {
			// Coreference takes the first person of the previous sentence
			// unless gender rules it out; when it took the one in an
			// introductory clause, the clause's subject is the better bet.
			if kind == 'p' {
				if fp := q.firstPerson(si-1, true); fp >= 0 && fp != e && (e == q.firstPerson(si-1, false) || q.onlyAfterPreposition(e, si-1)) {
					// Nor the person spoken about: "Edu was critical
					// of the challenges on Reyes. "…," he said." is Edu.
					return fp
				}
				// "The Brazilian confirmed … food was thrown at United
				// boss Sir Alex Ferguson. "…," he told …": the sentence
				// before opens with a subject of its own (a description,
				// or a name we did not type as a person) and names e only
				// as a preposition's object; e is spoken about, and the
				// speaker is that subject: the name opening it (typed a
				// body by mistake, or "he" would have bound to it), or
				// nobody when it is a description we cannot resolve.
				if q.spokenAboutOnly(e, si-1) {
					if o, found := q.otherOpeningSubject(si-1, e); found {
						return o
					}
				}
			}
			return e
		}
	}
	if mismatched {
		return -1
	}
	// speakers of earlier sentences: this paragraph first. spokenOf is
	// set when the search met a sentence whose first person is only
	// spoken about and whose own subject we cannot resolve: the speaker
	// is that subject, and, within the paragraph, no person named
	// farther back; in the paragraph before, the older fallbacks
	// (coreference's antecedent, the last person named) still decide.
	spokenOf := false
	recent := func(minPara int) int {
		for s := si - 1; s >= 0 && s >= si-8 && ss[s].Paragraph >= minPara; s-- {
			if e, found := q.quoteSpk[s]; found && ok(e) {
				return e
			}
			if e := q.sentSpeaker(s); e >= 0 && ok(e) {
				return e
			}
			if kind == 'p' {
				if e := q.firstPerson(s, true); e >= 0 && q.fitsSpeaker(e, g) {
					// "He has worked on the Star Wars DVD trilogy. "…,"
					// he told …": when the sentence opens with a pronoun
					// like this one as its subject, a name later in it is
					// not the subject; the speaker is the one coreference
					// gave that pronoun.
					if pe := q.pronounSubjectEntity(s, g, 0); pe >= 0 && pe != e && ok(pe) {
						return pe
					}
					// "DiCaprio faces competition from Bernal, Jamie
					// Foxx and Jim Carrey. … "…," he told …": a person
					// named only as a preposition's object, or in a
					// list it governs, is spoken about; the speaker is
					// the subject the sentence opens with.
					if q.spokenAboutOnly(e, s) {
						if o, found := q.otherOpeningSubject(s, e); found {
							spokenOf = o < 0
							return o
						}
					}
					return e
				}
				// "Staunton is also the choice of Steven Gaydos. … "…,"
				// he told …": a woman's sentence introducing a man
				// (quotes_newperson.go)
				if e := q.newlyNamedFitting(s, g); e >= 0 && ok(e) {
					return e
				}
			}
		}
		return -1
	}
	if si >= 0 {
		if e := recent(para); e >= 0 || spokenOf {
			return e
		}
	}
	// the last person named in this paragraph, outside quotations
	lastPerson := func(lo int) int {
		ms := q.doc.Mentions
		for j, n := q.mentionFrom(pos)-1, 0; j >= 0 && n < 50 && ms[j].Start >= lo; j, n = j-1, n+1 {
			if ms[j].Kind == model.MentionName && q.isPerson(ms[j].Entity) && !q.inQuote(ms[j].Start) && q.fitsSpeaker(ms[j].Entity, g) && !q.modifierOnly(ms[j].Entity) {
				return ms[j].Entity
			}
		}
		return -1
	}
	if kind == 'p' && si >= 0 {
		if e := lastPerson(q.paraStart(para)); e >= 0 {
			return e
		}
	}
	if si >= 0 {
		if e := recent(para - 1); e >= 0 {
			return e
		}
	}
	// what coreference made of it (it prefers persons of the same
	// sentence, which for a quotation are often inside the quote)
	if mi := q.mentionAt(pos); mi >= 0 {
		if e := q.doc.Mentions[mi].Entity; ok(e) {
			return e
		}
	}
	if si >= 0 && kind == 'p' && para > 0 {
		return lastPerson(q.paraStart(para - 1))
	}
	return -1
}

// personalPronounAt reports whether "he" or "she" stands at pos (not a
// role noun such as "the minister").
func (q *quoter) personalPronounAt(pos int) bool {
	if pos < 0 || pos >= len(q.text) {
		return false
	}
	w := q.nextWord(pos, min(len(q.text), pos+4))
	return lexicon.PronounGender[strings.ToLower(w)] != 0
}

// namedNear reports whether entity e is named, outside quotations, in
// the sentence before si but not in sentence si before pos: a pronoun's
// antecedent from coreference is trusted when it comes from the previous
// sentence, not when it is a person just named in the same sentence
// (often inside or beside the quote itself).
func (q *quoter) namedNear(e, si, pos int) bool {
	if si == 0 {
		return false
	}
	ss := q.doc.Sentences
	ms := q.doc.Mentions
	prev := false
	for j := q.mentionFrom(ss[si-1].Start); j < len(ms) && ms[j].Start < pos; j++ {
		if ms[j].Entity != e || ms[j].Kind == model.MentionPronoun || q.inQuote(ms[j].Start) {
			continue
		}
		if ms[j].Start >= ss[si].Start {
			return false
		}
		prev = true
	}
	return prev
}

// citedSource returns the person a sentence opens by citing ("According
// to Mandaric, ..."), or -1.
func (q *quoter) citedSource(s int) int {
	sp := q.doc.Sentences[s]
	lead := strings.TrimLeft(q.text[sp.Start:sp.End], qLeadMarks)
	if !strings.HasPrefix(lead, "According to ") {
		return -1
	}
	j := q.mentionFrom(sp.Start)
	if j < 0 || j >= len(q.doc.Mentions) {
		return -1
	}
	m := q.doc.Mentions[j]
	if m.Start >= sp.End || m.Kind != model.MentionName || !q.isPerson(m.Entity) || m.Start-sp.Start > len("According to ")+4 {
		return -1
	}
	return m.Entity
}

// onlyAfterPreposition reports whether every mention of e named in
// sentence s outside quotations is the object of a preposition ("critical
// of the challenges on Reyes"): someone spoken about, not the subject.
func (q *quoter) onlyAfterPreposition(e, s int) bool {
	sp := q.doc.Sentences[s]
	ms := q.doc.Mentions
	seen := false
	for j := q.mentionFrom(sp.Start); j >= 0 && j < len(ms) && ms[j].Start < sp.End; j++ {
		if ms[j].Entity != e || ms[j].Kind != model.MentionName || q.inQuote(ms[j].Start) {
			continue
		}
		if w, _ := q.prevWord(sp.Start, ms[j].Start); w == "by" || !q.afterPreposition(sp.Start, ms[j].Start) {
			return false // "echoed by Christine Rush": the agent speaks
		}
		seen = true
	}
	return seen
}

// pronounSubjectEntity returns the person that coreference gave the
// pronoun of gender g opening sentence s as its subject ("He has worked
// on …"), or -1. Coreference takes the nearest person, so when that one
// is named in the sentence before behind another such pronoun subject
// ("He is winding down his career alongside Frank Lebeouf. So he is
// full of admiration …"), the earlier pronoun's person is the one meant,
// and nobody is when that one is unknown.
func (q *quoter) pronounSubjectEntity(s int, g byte, depth int) int {
	e, ok := q.pronounSubjectRef(s, g)
	if !ok || e < 0 || !q.isPerson(e) {
		return -1
	}
	if s > 0 && q.namedInSentence(e, s-1) {
		if _, chained := q.pronounSubjectRef(s-1, g); chained {
			if depth >= 2 {
				return -1
			}
			if pe := q.pronounSubjectEntity(s-1, g, depth+1); pe != e {
				return pe
			}
		}
	}
	return e
}

// pronounSubjectRef reports whether sentence s opens with a pronoun of
// gender g as its subject, and the entity coreference gave it (-1 when
// none).
func (q *quoter) pronounSubjectRef(s int, g byte) (int, bool) {
	subs := q.clauseSubjects(s, q.doc.Sentences[s].End)
	if len(subs) == 0 || !subs[0].pron || subs[0].coord || q.pronounGender(subs[0].pos) != g {
		return -1, false
	}
	mi := q.mentionAt(subs[0].pos)
	if mi < 0 || q.doc.Mentions[mi].Kind != model.MentionPronoun {
		return -1, true
	}
	return q.doc.Mentions[mi].Entity, true
}

// namedInSentence reports whether person e is named in sentence s
// outside quotations.
func (q *quoter) namedInSentence(e, s int) bool {
	sp := q.doc.Sentences[s]
	ms := q.doc.Mentions
	for j := q.mentionFrom(sp.Start); j >= 0 && j < len(ms) && ms[j].Start < sp.End; j++ {
		if ms[j].Entity == e && ms[j].Kind == model.MentionName && !q.inQuote(ms[j].Start) {
			return true
		}
	}
	return false
}

// firstPerson returns the first person named in sentence s outside
// quotations (its likely subject), after any introductory clause when
// skipIntro, or -1.
func (q *quoter) firstPerson(s int, skipIntro bool) int {
	sp := q.doc.Sentences[s]
	ms := q.doc.Mentions
	start := sp.Start
	// skip an introductory clause: "Having worked with X, Mr Bell …"
	if w := q.nextWord(sp.Start, sp.End); skipIntro && (qIntroWords[w] || strings.HasSuffix(w, "ing") && q.mentionAt(qTrimStart(q.text, sp.Start, sp.End)) < 0) {
		if c := strings.IndexByte(q.text[sp.Start:sp.End], ','); c > 0 {
			start = sp.Start + c
		}
	}
	for j, n := q.mentionFrom(start), 0; j < len(ms) && ms[j].Start < sp.End && n < 30; j, n = j+1, n+1 {
		if ms[j].Kind == model.MentionName && q.isPerson(ms[j].Entity) && !q.inQuote(ms[j].Start) && !q.modifierOnly(ms[j].Entity) {
			return ms[j].Entity
		}
	}
	return -1
}

// leadOrg returns the organisation that opens sentence s as its subject:
// the sentence's first mention, a name of an organisation, not a possessor
// ("Acme's shares fell"), with no verb-like word of the clause before it
// beyond a determiner or descriptor ("The car maker Acme said").
func (q *quoter) leadOrg(s int) int {
	sp := q.doc.Sentences[s]
	j := q.mentionFrom(sp.Start)
	if j < 0 || j >= len(q.doc.Mentions) {
		return -1
	}
	m := q.doc.Mentions[j]
	if m.Start >= sp.End || !qNamed(m) || q.doc.Entities[m.Entity].Type != model.Organization ||
		q.possessiveAt(m.End) || q.inQuote(m.Start) {
		return -1
	}
	// at most a few lower-case words before it, no punctuation
	words := strings.Fields(q.text[sp.Start:m.Start])
	if len(words) > 3 {
		return -1
	}
	for _, w := range words {
		if strings.ContainsAny(w, ",;:"+qMarkChars) {
			return -1
		}
	}
	return m.Entity
}

// inQuote reports whether pos lies inside a quoted piece.
func (q *quoter) inQuote(pos int) bool {
	ps := q.pieces
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > pos })
	return i > 0 && pos < ps[i-1].end
}

// sentSpeaker returns the speaker of sentence s's first verb of saying
// (outside quote marks), or -1. Cached; guarded against cycles.
func (q *quoter) sentSpeaker(s int) int {
	if s < 0 || s >= len(q.sentSpk) {
		return -1
	}
	switch c := q.sentSpk[s]; c {
	case qUnknown:
	case qBusy:
		return -1
	default:
		return int(c)
	}
	q.sentSpk[s] = qBusy
	sp := q.doc.Sentences[s]
	end := sp.End
	if end > sp.Start+600 {
		end = sp.Start + 600
	}
	toks := qTokenize(q.text, sp.Start, end, q.getBuf())
	res := -1
	inQ, phraseStart := false, 0
	for i, t := range toks {
		if t.kind == qkDouble {
			inQ = !inQ
			phraseStart = i + 1
			continue
		}
		if inQ || !q.isSpeechVerb(t, false) {
			continue
		}
		if q.passiveAt(toks, i) {
			break // "was described as": its subject said nothing
		}
		ph := toks[phraseStart:i]
		if len(ph) == 0 || len(ph) == 1 && q.text[ph[0].s:ph[0].e] == "," {
			res, _ = q.objectAfter(toks, i+1)
		} else {
			res = q.subject(ph, t.s).ent
		}
		break
	}
	q.putBuf(toks)
	q.sentSpk[s] = int32(res)
	return res
}

// qParticipleAt reports whether the word starting at pos ends in "-ing"
// ("stating", "saying").
func qParticipleAt(text string, pos int) bool {
	e := pos
	for e < len(text) && e-pos < 20 && qIsWordRune(rune(text[e])) {
		e++
	}
	return e-pos > 4 && strings.HasSuffix(text[pos:e], "ing")
}

// framesAsVerb reports whether the noun-like form ts[i] ("notes",
// "observes") is a verb framing the quotation: a named speaker right
// before it and only a comma or colon between it and the quote mark
// ("The U.S. Department of Agriculture notes, "…"").
func (q *quoter) framesAsVerb(ts []qtok, i int) bool {
	if i == 0 || i < len(ts)-2 {
		return false
	}
	if i == len(ts)-2 {
		if p := q.text[ts[i+1].s:ts[i+1].e]; p != "," && p != ":" {
			return false
		}
	}
	mi := q.mentionAt(ts[i-1].s)
	return mi >= 0 && q.doc.Mentions[mi].End == ts[i-1].e && q.doc.Mentions[mi].Kind != model.MentionPronoun
}
