package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/model"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Quotation finding, in three passes over each document:
//
//  1. qScanMarks (quotes_scan.go) finds the quoted pieces of every
//     paragraph with a linear state machine over the quote marks;
//  2. pieces are grouped into quotations: a piece that re-opens a quotation
//     left open (BBC style, one paragraph per stretch of speech) joins it,
//     and so does the second half of a quote interrupted by its attribution
//     (“…,” he said, “…”);
//  3. each quotation is attributed by the rules in quotes_attrib.go, and
//     scare quotes and titles are dropped;
//  4. a quotation still without a speaker in a story that quotes one
//     person only may be that person's (quotes_voice.go).
//
// Every look-around is bounded (a few hundred bytes, a few dozen tokens,
// a few sentences), so the whole stage is linear in the text.

// quoter is the working state of findQuotes for one document.
type quoter struct {
	doc    *model.Document
	text   string
	pieces []qpiece
	toks   []qtok   // scratch token buffer
	bufs   [][]qtok // recycled token buffers
	// sentSpk caches the speaker of each sentence's first speech verb:
	// qUnknown until computed, qBusy while being computed.
	sentSpk []int32
	// quoteSpk records, per sentence, the speaker of a quote attributed
	// there, for pronoun fallback.
	quoteSpk map[int]int
	// surnames maps the last word of each person's name to the person,
	// or -1 when two share it; built on first use.
	surnames map[string]int
	// lastSpk is the speaker of the latest attributed quotation (or -1)
	// and lastSpkPara the paragraph it ended in.
	lastSpk, lastSpkPara int
	// lastEmitSpk is the speaker of the latest quotation emitted (-1 when
	// it had none) and lastEmitEnd where it or its attribution ended:
	// narrative after it may lead to a quotation of the same speaker.
	lastEmitSpk, lastEmitEnd int
	// officeSpk records sentences whose speaker was a person's office
	// ("the prime minister's office said"): a following "It added"
	// refers back to it.
	officeSpk map[int]int
	// curLo and curHi span the quotation being attributed: a person
	// named inside it is not the one a pronoun makes its speaker.
	curLo, curHi int
	// genders caches genderOf per entity (0xff: not yet known).
	genders []byte
	// spokesFor maps a person the text calls a spokesperson to the body
	// spoken for; built on first use (quotes_spokespeople.go).
	spokesFor map[int]int
	// modOnly caches modifierOnly per person (quotes_attributive.go).
	modOnly map[int]bool
	// unknownVoice marks sentences whose quotation is framed by a verb
	// of saying with a speaker we could not resolve
	// (quotes_unknownvoice.go).
	unknownVoice map[int]bool
}

const (
	qUnknown int32 = -2
	qBusy    int32 = -3
)

func newQuoter(doc *model.Document) *quoter {
	q := &quoter{doc: doc, text: doc.Text, lastSpk: -1, lastEmitSpk: -1, lastEmitEnd: -1}
	q.sentSpk = make([]int32, len(doc.Sentences))
	for i := range q.sentSpk {
		q.sentSpk[i] = qUnknown
	}
	return q
}

// qgroup is one quotation: pieces[first:last+1].
type qgroup struct {
	first, last int
	// gap is the piece index after an interrupting attribution (“…,” he
	// said, “…”), or 0 when the quotation is not interrupted.
	gap int
}

// qattr is the result of an attribution rule.
type qattr struct {
	ent    int    // speaker entity, or -1
	rule   string // rule name
	pos    int    // offset of the attribution (for its sentence)
	end    int    // offset where the attribution clause ends
	direct bool   // the attribution frames the quote directly ("…," he said)
}

var noAttr = qattr{ent: -1}

func (q *quoter) run() {
	doc := q.doc
	paras := doc.Paragraphs
	if len(paras) == 0 && len(q.text) > 0 {
		paras = []textseg.Span{{Start: 0, End: len(q.text)}}
	}
	// Pass 1: pieces.
	for p, ps := range paras {
		n := len(q.pieces)
		q.pieces = qScanMarks(q.text, ps.Start, ps.End, p, q.pieces)
		// A paragraph that opens with a quote mark continues the previous
		// paragraph's quotation when that one was left open.
		if len(q.pieces) > n && n > 0 {
			prev, cur := &q.pieces[n-1], &q.pieces[n]
			if !prev.closed && !prev.single && !cur.single && prev.para == p-1 &&
				cur.open == qTrimStart(q.text, ps.Start, ps.End) {
				cur.carry = true
			}
		}
	}
	// Pass 2: groups.
	var groups []qgroup
	for i := range q.pieces {
		pc := &q.pieces[i]
		if len(groups) > 0 && !pc.single {
			g := &groups[len(groups)-1]
			prev := &q.pieces[g.last]
			if pc.carry && !prev.closed && !prev.single && !(pc.inline && q.reportingClause(prev)) {
				g.last = i
				continue
			}
			if g.gap == 0 && q.interrupted(prev, pc) {
				g.last, g.gap = i, i
				continue
			}
		}
		groups = append(groups, qgroup{first: i, last: i})
	}
	// Pass 3: attribution and filtering.
	prevEnd, prevSpk := -1, -1
	for _, g := range groups {
		last := &q.pieces[g.last]
		at := q.attribute(g, prevEnd, prevSpk)
		// A carried quotation whose later piece is framed by another
		// speaker was really two quotations with a lost closing mark.
		if at.ent >= 0 && g.last > g.first && last.inline && g.gap == 0 {
			if head := q.headAttr(g, prevEnd, prevSpk, false); head.ent >= 0 && head.ent != at.ent {
				split := g.last
				q.emit(qgroup{first: g.first, last: split - 1}, head)
				q.emit(qgroup{first: split, last: split}, at)
				q.lastSpk, q.lastSpkPara = at.ent, last.para
				prevEnd, prevSpk = at.end, at.ent
				q.lastEmitSpk, q.lastEmitEnd = at.ent, max(at.end, last.after)
				continue
			}
		}
		if q.emit(g, at) {
			if at.ent >= 0 {
				q.lastSpk, q.lastSpkPara = at.ent, last.para
			}
			prevEnd, prevSpk = at.end, at.ent
			if at.end < last.after {
				prevEnd = last.after
			}
			q.lastEmitSpk, q.lastEmitEnd = at.ent, prevEnd
		} else {
			prevEnd, prevSpk = -1, -1
		}
	}
	// Pass 4: quotations left without a speaker in a story of one voice
	// (quotes_voice.go).
	q.storyVoice()
}

// reportingClause reports whether the text of an unclosed piece holds
// a reporting clause (", the organisation said in its report."): its
// closing mark was lost, and what follows it is narrative, not speech.
func (q *quoter) reportingClause(pc *qpiece) bool {
	pc.clauseLo, pc.clauseVerb = 0, 0
	toks := qTokenize(q.text, pc.start, pc.end, q.getBuf())
	defer func() { q.putBuf(toks) }()
	for i, t := range toks {
		if t.kind != qkPunct || q.text[t.s:t.e] != "," {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+7; j++ {
			tj := toks[j]
			if tj.kind != qkWord {
				break
			}
			w := q.text[tj.s:tj.e]
			if !qReportVerbs[w] {
				continue
			}
			// the verb must end the clause: "…, the firm said in a
			// statement." / "…, he added."
			if j+1 == len(toks) && j > i+1 {
				pc.clauseLo, pc.clauseVerb = t.e, tj.s
				return true
			}
			next := q.text[toks[j+1].s:toks[j+1].e]
			if next == "." || next == "," || next == "in" || next == "on" || next == "at" || next == "to" {
				// a subject must stand between the comma and the verb
				if j > i+1 {
					pc.clauseLo, pc.clauseVerb = t.e, tj.s
					return true
				}
			}
			break
		}
	}
	return false
}

// qReportVerbs are the past-tense verbs of a reporting clause.
var qReportVerbs = qWordSet(`said added noted told warned explained argued
	insisted stressed claimed admitted continued concluded`)

// interrupted reports whether pc continues prev's quotation after an
// attribution in between: “We are,” he said, “very pleased.”
func (q *quoter) interrupted(prev, pc *qpiece) bool {
	if !prev.closed || prev.single || pc.para != prev.para || pc.carry {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(q.text[prev.start:prev.end])
	if last != ',' && last != '-' && last != '\u2013' && last != '\u2014' && last != '…' {
		return false
	}
	between := q.text[prev.after:pc.open]
	if len(between) > 160 || strings.ContainsAny(between, ".?!;") {
		return false
	}
	b := strings.TrimSpace(between)
	if !strings.HasSuffix(b, ",") && !strings.HasSuffix(b, ":") {
		return false
	}
	q.toks = qTokenize(q.text, prev.after, pc.open, q.toks[:0])
	for _, t := range q.toks {
		if q.isSpeechVerb(t, true) {
			return true
		}
	}
	return false
}

// emit appends the quotation of g to the document when it is one, and
// reports whether it did.
func (q *quoter) emit(g qgroup, at qattr) bool {
	first, last := &q.pieces[g.first], &q.pieces[g.last]
	words, titleCase := 0, true
	for i := g.first; i <= g.last; i++ {
		w, tc := qWordShape(q.text[q.pieces[i].start:q.pieces[i].end])
		words += w
		titleCase = titleCase && tc
	}
	lastRune, _ := utf8.DecodeLastRuneInString(q.text[last.start:last.end])
	sentenceLike := strings.ContainsRune(".?!,", lastRune)
	labelled := q.labelled(first)
	if q.awardName(at.ent) {
		// whichever rule reached it, an award does not speak
		// (quotes_awardnames.go)
		at = noAttr
	}
	keep := false
	switch {
	case labelled:
	case first.single:
		keep = at.ent >= 0 && at.direct && words >= 3 && first.para > 0
	case at.ent >= 0 && at.direct:
		keep = words >= 3 || sentenceLike
	case at.ent >= 0:
		keep = words >= 3 && !(titleCase && !sentenceLike)
	default:
		// No speaker: a long quotation still counts, but not a phrase
		// used as a noun ("a "bad piece of work"").
		keep = words >= 4 && !(titleCase && !sentenceLike) && !q.afterDeterminer(first)
		at = noAttr
	}
	if !keep {
		return false
	}
	// voice is who utters the words, for the pronouns and role nouns of
	// later attributions ("…," he added; "the paper says"), even when
	// they are credited to the body he speaks for
	if q.isPerson(at.ent) {
		// "Osbourne himself said" (quotes_reflexive.go)
		at.ent = q.reflexiveNamesake(at.ent, at.pos)
	}
	voice := at.ent
	if q.isPerson(at.ent) {
		// A named spokesperson's words are the body's (GOLD.md).
		if b := q.spokesBody(at.ent); b >= 0 {
			at.ent, at.rule = b, "spokesperson-named"
		}
	}
	quote := model.Quote{Speaker: at.ent, Rule: at.rule}
	if at.ent < 0 {
		quote.Rule = ""
	}
	quote.Pieces = make([]textseg.Span, 0, g.last-g.first+1)
	for i := g.first; i <= g.last; i++ {
		quote.Pieces = append(quote.Pieces, textseg.Span{Start: q.pieces[i].start, End: q.pieces[i].end})
	}
	if len(quote.Pieces) == 1 {
		quote.Text = q.text[first.start:first.end] // shares the document text
	} else {
		var sb strings.Builder
		for i, p := range quote.Pieces {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(q.text[p.Start:p.End])
		}
		quote.Text = sb.String()
	}
	pos := first.start
	if at.ent >= 0 {
		pos = at.pos
	}
	quote.Sentence = q.sentenceAt(pos)
	if quote.Sentence < 0 {
		quote.Sentence = 0
	}
	q.doc.Quotes = append(q.doc.Quotes, quote)
	if at.ent >= 0 {
		if q.quoteSpk == nil {
			q.quoteSpk = map[int]int{}
		}
		q.quoteSpk[q.sentenceAt(first.start)] = voice
	}
	return true
}

// labelNouns before a quoted phrase make it a name or a label, not
// speech: the so-called "axis of evil", the film "Ray".
var labelNouns = qWordSet(`so-called dubbed called titled entitled nicknamed
	named film films movie album song single book novel show programme program
	series play musical opera headline headlines slogan motto term word words
	phrase label brand game track hit campaign codenamed code-named`)

func (q *quoter) labelled(first *qpiece) bool {
	ps := q.paraStart(first.para)
	w, ws := q.prevWord(ps, first.open)
	if labelNouns[strings.ToLower(w)] {
		return true // the film "…"
	}
	if w == "" && q.glossBefore(ps, first.open) {
		return true // in other words, "…"
	}
	if w == "" {
		// McDonald's "…": a possessive right before the mark
		e := qTrimEnd(q.text, ps, first.open)
		if strings.HasSuffix(q.text[ps:e], "'s") || strings.HasSuffix(q.text[ps:e], "’s") {
			return true
		}
	}
	// "known as", "billed as"
	if w == "as" {
		p, _ := q.prevWord(ps, ws)
		if p == "known" || p == "billed" {
			return true
		}
	}
	// "…" campaign, the "…" jibe
	if first.closed {
		nw := q.nextWord(first.after, q.paraEnd(first.para))
		if labelNouns[nw] || qLabelAfter[nw] {
			return true
		}
	}
	return false
}

// afterDeterminer reports whether a determiner comes right before the
// piece's opening mark.
func (q *quoter) afterDeterminer(pc *qpiece) bool {
	w, _ := q.prevWord(q.paraStart(pc.para), pc.open)
	return qDeterminers[strings.ToLower(w)]
}

var qDeterminers = qWordSet(`a an the its their his her this that these those our your my`)

var qLabelAfter = qWordSet(`jibe jibes remark remarks speech slogan
	campaign advertising advert ad ads tag label policy strategy scheme
	initiative doctrine era affair incident row claim claims comment comments
	tour logo motto catchphrase tagline mantra banner`)

// nextWord returns the word right after pos (skipping spaces), or "".
func (q *quoter) nextWord(pos, hi int) string {
	i := qTrimStart(q.text, pos, hi)
	j := i
	for j < hi {
		r, w := utf8.DecodeRuneInString(q.text[j:hi])
		if !qIsWordRune(r) && r != '-' {
			break
		}
		j += w
	}
	return q.text[i:j]
}

// qWordShape counts the words of s and reports whether every word that
// is not a small function word starts with a capital (a title).
func qWordShape(s string) (words int, titleCase bool) {
	titleCase = true
	inWord := false
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' {
			if !inWord {
				inWord = true
				words++
				if unicode.IsLower(r) {
					// allow small words inside titles
					j := i
					for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
						j++
					}
					if !qSmallWords[s[i:j]] || words == 1 {
						titleCase = false
					}
				}
			}
			continue
		}
		inWord = false
	}
	return words, titleCase
}

var qSmallWords = qWordSet(`a an the of and or in on at to for with from by`)

func (q *quoter) paraStart(p int) int {
	if p < len(q.doc.Paragraphs) {
		return q.doc.Paragraphs[p].Start
	}
	return 0
}

func (q *quoter) paraEnd(p int) int {
	if p < len(q.doc.Paragraphs) {
		return q.doc.Paragraphs[p].End
	}
	return len(q.text)
}

// sentenceAt returns the index of the sentence holding offset pos, or -1.
func (q *quoter) sentenceAt(pos int) int {
	ss := q.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if i < len(ss) && ss[i].Start <= pos {
		return i
	}
	if i > 0 && i <= len(ss) {
		return i - 1
	}
	if len(ss) > 0 {
		return 0
	}
	return -1
}

func qWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Find fills doc.Quotes. It runs after entities and mentions
// (including resolved role and pronoun mentions) are in doc.
func Find(doc *model.Document) {
	q := newQuoter(doc)
	q.run()
}
