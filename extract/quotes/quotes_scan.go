package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qpiece is one stretch of text between quote marks, found by qScanMarks.
type qpiece struct {
	open   int  // byte offset of the opening mark
	start  int  // content start (after the mark, spaces trimmed)
	end    int  // content end (before the closing mark, spaces trimmed)
	after  int  // offset just past the closing mark; == paragraph end when unclosed
	para   int  // paragraph index
	closed bool // a closing mark was found
	// carry: the piece re-opens a quotation that the previous piece left
	// open (a new paragraph of the same speech, BBC style).
	carry  bool
	inline bool // carry re-opened inside one paragraph (paragraph breaks lost)
	single bool // marked with single quotes
	// clauseLo/clauseVerb: for an unclosed piece whose closing mark was
	// lost before a reporting clause, the clause's subject span
	// [clauseLo, clauseVerb) (the verb starts at clauseVerb); else 0.
	clauseLo, clauseVerb int
}

// Quote-mark kinds as seen by the scanner.
const (
	qmNone = iota
	qmDoubleOpen
	qmDoubleClose
	qmDoubleStraight
	qmSingleOpen
	qmSingleClose
	qmSingleStraight
)

// qMarkAt reports the quote mark at text[i] and its width in bytes.
func qMarkAt(text string, i int) (kind, width int) {
	switch c := text[i]; c {
	case '"':
		return qmDoubleStraight, 1
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			// two apostrophes typed for a double mark (''A law firm
			// will…,'' said X), as some typewritten copy does
			return qmDoubleStraight, 2
		}
		return qmSingleStraight, 1
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C: // “
				return qmDoubleOpen, 3
			case 0x9D: // ”
				return qmDoubleClose, 3
			case 0x98: // ‘
				return qmSingleOpen, 3
			case 0x99: // ’
				return qmSingleClose, 3
			}
		}
	}
	// the other languages' and typesetters' marks (quotes_marks.go)
	return qExtraMarkAt(text, i)
}

// qMaxSingle bounds a single-quoted span: single marks are mostly
// apostrophes and scare quotes, so a long run between them is a misreading.
const qMaxSingle = 600

// qScanMarks appends the quoted pieces of paragraph [ps, pe) to out.
// It is one left-to-right pass: curly marks say their direction; a
// straight mark is read by its flanks (space before and a word after
// opens, a word before and space or punctuation after closes) and, when
// the flanks do not tell, by the current state. Single marks count only at
// word boundaries, so apostrophes (Georgia’s, don't, analysts') never open.
func qScanMarks(text string, ps, pe, para int, out []qpiece) []qpiece {
	inD := false
	var cur qpiece
	sOpen := -1 // offset of an open single mark, or -1
	sWidth := 0
	lowOpen := false // the open double quotation began with „
	for i := ps; i < pe; {
		c := text[i]
		if !qMayStartMark(c) {
			i++
			continue
		}
		kind, w := qMarkAt(text, i)
		if kind == qmNone {
			i += w
			continue
		}
		if kind == qmDoubleOpen && inD && lowOpen && text[i:i+w] == "“" {
			kind = qmDoubleClose // „…“: German closes with the English opener
		}
		prev, next := qRuneBefore(text, ps, i), qRuneAfter(text, i+w, pe)
		spaceBefore := qIsSpaceOrOpen(prev)
		spaceAfter := unicode.IsSpace(next) || next == 0
		openLike := spaceBefore && !spaceAfter
		closeLike := !spaceBefore && (spaceAfter || qIsClosePunct(next))
		switch kind {
		case qmDoubleOpen, qmDoubleClose, qmDoubleStraight:
			if !inD {
				if kind == qmDoubleClose || kind == qmDoubleStraight && closeLike && !openLike && !qGluedOpener(text, ps, pe, i) {
					break // a stray closing mark with nothing open
				}
				sOpen = -1 // a double mark ends any single-quoted span
				cur = qpiece{open: i, start: qTrimStart(text, i+w, pe), para: para}
				inD = true
				lowOpen = text[i:i+w] == qLowOpen
				break
			}
			reopen := kind == qmDoubleOpen || kind == qmDoubleStraight && openLike && !closeLike
			if !reopen {
				cur.end = qTrimEnd(text, cur.start, i)
				cur.after, cur.closed = i+w, true
				if cur.end > cur.start {
					out = append(out, cur)
				}
				inD = false
				break
			}
			if qTrimEnd(text, cur.start, i) <= cur.start {
				break // a doubled opening mark (""word): nothing quoted yet
			}
			if k := qSpeechIntro(text, cur.start, i); k > 0 && kind == qmDoubleStraight && openLike {
				// "…a bit crazy. Freddie is likely to start. Wenger
				// said: "Freddie is an option…": the closing mark was
				// lost; a sentence that introduces speech of its own is
				// narrative, so the open quotation stops before it and a
				// new one opens here. (Curly marks say their direction,
				// so one inside a quotation is nested, not lost.)
				cur.end, cur.after = qTrimEnd(text, cur.start, k), k
				out = append(out, cur)
				cur = qpiece{open: i, start: qTrimStart(text, i+w, pe), para: para}
				lowOpen = text[i:i+w] == qLowOpen
				break
			}
			if !qEndsSentence(text, cur.start, i) {
				if kind == qmDoubleOpen {
					break // a nested curly mark: keep it in the text
				}
				// a straight mark after a mid-sentence word: closing
				cur.end = qTrimEnd(text, cur.start, i)
				cur.after, cur.closed = i+w, true
				out = append(out, cur)
				inD = false
				break
			}
			if k := qReportedSpeech(text, cur.start, i); k > 0 {
				// "…start looking at having one. Mr Hopkins said that
				// the blogsphere … "Everyone does this," he said.": the
				// closing mark was lost before a sentence of reported
				// speech about a titled name, which the speaker would not
				// say of himself; the quotation stops before it and the
				// mark here opens a new one.
				cur.end, cur.after = qTrimEnd(text, cur.start, k), k
				out = append(out, cur)
				cur = qpiece{open: i, start: qTrimStart(text, i+w, pe), para: para}
				lowOpen = text[i:i+w] == qLowOpen
				break
			}
			// Re-opened after a finished sentence while still open: the
			// speech goes on in what was a new paragraph.
			cur.end, cur.after = qTrimEnd(text, cur.start, i), i
			out = append(out, cur)
			cur = qpiece{open: i, start: qTrimStart(text, i+w, pe), para: para, carry: true, inline: true}
			lowOpen = text[i:i+w] == qLowOpen
		case qmSingleOpen, qmSingleClose, qmSingleStraight:
			if inD {
				break // nested quotes stay part of the double-quoted text
			}
			if sOpen >= 0 && i-sOpen > qMaxSingle {
				sOpen = -1
			}
			letterBefore := qIsWordRune(prev)
			letterAfter := qIsWordRune(next)
			if sOpen < 0 {
				if kind != qmSingleClose && !letterBefore && letterAfter && (spaceBefore || prev == 0) {
					sOpen, sWidth = i, w
				}
				break
			}
			if kind != qmSingleOpen && !letterAfter && !unicode.IsSpace(prev) {
				s, e := qTrimStart(text, sOpen+sWidth, i), qTrimEnd(text, sOpen+sWidth, i)
				if e > s {
					out = append(out, qpiece{open: sOpen, start: s, end: e, after: i + w, para: para, closed: true, single: true})
				}
				sOpen = -1
			}
		}
		i += w
	}
	if inD {
		cur.end, cur.after = qTrimEnd(text, cur.start, pe), pe
		if cur.end > cur.start {
			out = append(out, cur)
		}
	}
	return out
}

// qSpeechIntro reports where the sentence that introduces the quote
// mark at i starts, when that sentence lies inside the open quotation
// begun at lo (not its first sentence) and ends right before the mark in
// a verb of saying and a colon or comma ("Wenger said:", "He added,"),
// or in a colon after a clause holding a verb of saying ("Wenger told
// reporters:"). It returns 0 otherwise. The look-back is bounded.
func qSpeechIntro(text string, lo, i int) int {
	e := qTrimEnd(text, lo, i)
	if e <= lo || text[e-1] != ':' && text[e-1] != ',' {
		return 0
	}
	colon := text[e-1] == ':'
	from := max(lo, e-250)
	// the start of the sentence: after the last . ? ! (and any closing
	// mark) followed by a space and a capital
	k := 0
	for j := e - 2; j > from; j-- {
		c := text[j]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		n := j + 1
		for n < e && (text[n] == '"' || text[n] == '\'') {
			n++
		}
		s := qTrimStart(text, n, e)
		if s == n || s >= e {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[s:e]); unicode.IsUpper(r) {
			k = s
			break
		}
	}
	if k <= lo {
		return 0
	}
	// its words: a verb of saying last (before a comma) or anywhere
	// (before a colon)
	last, found := "", false
	for p := k; p < e-1; {
		for p < e-1 && !qIsWordRune(rune(text[p])) {
			p++
		}
		q := p
		for q < e-1 && (qIsWordRune(rune(text[q])) || text[q] >= utf8.RuneSelf) {
			q++
		}
		if q > p {
			last = text[p:q]
			// case-folded: a sentence may open on its verb ("Added
			// Smith:")
			if qSpeechVerbs[strings.ToLower(last)] {
				found = true
			}
		}
		p = q
	}
	if colon && found || qSpeechVerbs[last] {
		return k
	}
	return 0
}

// qReportedSpeech returns the start of the first sentence after the first
// one in the open quotation text[lo:hi] that is reported speech about a
// titled name: a title, one to three capitalised words and a verb of
// saying ("Mr Hopkins said that …", "Dr Jo Bloggs told …"), or 0. The
// look-at is bounded to 600 bytes.
func qReportedSpeech(text string, lo, hi int) int {
	if hi-lo > 600 {
		return 0
	}
	for j := lo + 1; j+2 < hi; j++ {
		c := text[j]
		if (c != '.' && c != '?' && c != '!') || text[j+1] != ' ' {
			continue
		}
		k := qTrimStart(text, j+1, hi)
		ws := strings.Fields(text[k:min(hi, k+80)])
		if len(ws) < 3 || !qReportTitles[ws[0]] {
			continue
		}
		for n := 1; n <= 3 && n+1 < len(ws); n++ {
			r, _ := utf8.DecodeRuneInString(ws[n])
			if !unicode.IsUpper(r) {
				break
			}
			if qSpeechVerbs[ws[n+1]] {
				return k
			}
		}
	}
	return 0
}

// qReportTitles are the titles that open a narrative sentence about a
// person by name ("Mr Hopkins said"); a speaker names others so too, but
// rarely right after his own full stop inside his own quotation and then
// with a verb of saying.
var qReportTitles = qWordSet(`Mr Mrs Ms Miss Dr Prof Professor Sir`)

// qEndsSentence reports whether the last non-space character of
// text[lo:hi] ends a sentence.
func qEndsSentence(text string, lo, hi int) bool {
	e := qTrimEnd(text, lo, hi)
	if e <= lo {
		return false
	}
	switch text[e-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

func qRuneBefore(text string, lo, i int) rune {
	if i <= lo {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func qRuneAfter(text string, i, hi int) rune {
	if i >= hi {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// qIsSpaceOrOpen: a rune after which a quote mark opens.
func qIsSpaceOrOpen(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '-', '\u2013', '\u2014', '/', '"', '\'', '\u201c', '\u2018', '«', '„', '`':
		return true
	}
	return unicode.IsSpace(r)
}

// qIsClosePunct: punctuation that may follow a closing mark.
func qIsClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '?', '!', ')', ']', '}', '-', '\u2013', '\u2014', '\u2019', '\u201d', '\'', '"', '»':
		return true
	}
	return false
}

func qIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func qTrimStart(text string, lo, hi int) int {
	for lo < hi {
		r, w := utf8.DecodeRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		lo += w
	}
	return lo
}

func qTrimEnd(text string, lo, hi int) int {
	for hi > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= w
	}
	return hi
}

// qGluedOpener reports whether the straight mark at text[i], which looks
// like a closing one (a comma before it, a space after), opens a
// quotation typed against its reporting verb: `Wilkins said," [Warhol]
// liked …".` It does when a verb of saying and a comma or colon come
// right before it and another straight mark later in the paragraph can
// close it; a mark after any other word stays a stray closing one (its
// opening was lost, and what follows it is narrative).
func qGluedOpener(text string, ps, pe, i int) bool {
	if i <= ps || (text[i-1] != ',' && text[i-1] != ':') {
		return false
	}
	if i+1 >= pe || text[i+1] != ' ' || !strings.Contains(text[i+1:pe], `"`) {
		return false
	}
	j := i - 1
	k := j
	for k > ps && qIsWordRune(rune(text[k-1])) {
		k--
	}
	return k < j && qSpeechVerbs[text[k:j]]
}
