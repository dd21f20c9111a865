package quotes

import (
	"sort"
	"strings"
)

// latestSpeaker attributes a quotation that stands alone as its sentence
// after a short stretch of narrative following the latest speaker's own
// quotation: "…," said Mr Hopkins. Many firms offer blogging services.
// "That is the essential difference." Features interleave paraphrase
// and quotation of one interviewee this way. The narrative between (at
// most two sentences besides the attribution's own) must name no other
// person, use no pronoun of the other gender, hold no verb of saying nor
// another quotation, and no quotation may have been emitted since the
// latest speaker's; the quotation must end its sentence, as a speaker
// named after it that we could not resolve would be someone else. The
// speaker may be a body whose statement is quoted on ("…," the firm's
// message read. "…").
func (q *quoter) latestSpeaker(g qgroup) qattr {
	first, last := &q.pieces[g.first], &q.pieces[g.last]
	e := q.lastSpk
	if e < 0 || q.lastEmitSpk != e || !q.speakerType(e) || first.single || first.para-q.lastSpkPara > 1 {
		return noAttr
	}
	lo, hi := q.lastEmitEnd, first.open
	if lo < 0 || lo >= hi {
		return noAttr
	}
	ss := q.doc.Sentences
	si, s0 := q.sentenceAt(first.open), q.sentenceAt(lo)
	if si <= 0 || s0 < 0 || si-s0 < 1 || si-s0 > 3 {
		return noAttr
	}
	if qTrimStart(q.text, ss[si].Start, ss[si].End) != first.open {
		return noAttr // the quotation does not open its sentence
	}
	if !q.endsSentence(last) {
		return noAttr
	}
	// no other quotation of more than a few words in the narrative
	for k := sort.Search(len(q.pieces), func(i int) bool { return q.pieces[i].open >= lo }); k < g.first; k++ {
		if w, _ := qWordShape(q.text[q.pieces[k].start:q.pieces[k].end]); w > 4 {
			return noAttr
		}
	}
	// nobody else named, no new voice
	ms := q.doc.Mentions
	for j := q.mentionFrom(lo); j < len(ms) && ms[j].Start < hi; j++ {
		if ms[j].Entity != e && q.isPerson(ms[j].Entity) && !q.inQuote(ms[j].Start) {
			return noAttr
		}
	}
	if !q.quietNarrative(lo, hi, e, func(_, lw string) bool { return qVoiceWords[lw] }) {
		return noAttr
	}
	return qattr{ent: e, rule: "latest-speaker", pos: first.start}
}

// qVoiceWords in a narrative stretch bring in a source other than the
// latest speaker ("according to analysts", "a spokesman confirmed").
var qVoiceWords = qWordSet(`according spokesman spokeswoman spokesperson
	statement interview analysts experts critics officials observers sources`)

// qKinNouns name people by their tie to someone ("his wife", "her agent").
var qKinNouns = qWordSet(`wife husband father mother son daughter brother
	sister partner girlfriend boyfriend family friend colleague agent lawyer
	doctor parents team-mate`)

// possessedAt reports whether a possessor stands before ts[i] within two
// words: a possessive determiner ("his new coach") or a clitic ("Vale's
// agent").
func (q *quoter) possessedAt(ts []qtok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if ts[j].kind == qkPoss {
			return true
		}
		if ts[j].kind != qkWord {
			return false
		}
		switch strings.ToLower(q.text[ts[j].s:ts[j].e]) {
		case "his", "her", "their", "its":
			return true
		}
	}
	return false
}

// endsSentence reports whether the quotation whose last piece is pc ends
// its sentence: nothing but closing punctuation follows it there, and its
// words do not end in a comma (which a reporting clause would follow).
func (q *quoter) endsSentence(pc *qpiece) bool {
	if r := qLastRune(q.text[pc.start:pc.end]); r == ',' || r == ':' {
		return false
	}
	end := q.paraEnd(pc.para)
	if si := q.sentenceAt(pc.end); si >= 0 && q.doc.Sentences[si].End < end {
		end = q.doc.Sentences[si].End
	}
	if pc.after >= end {
		return true
	}
	return strings.Trim(q.text[pc.after:end], " \t\n.?!\"”") == ""
}

// introducedSpeaker attributes a quotation in the first person that
// stands alone as its sentence right after a narrative sentence of the
// same paragraph whose subject is a named person: Graham Barlow, editor
// of Mac Format, has a partisan view. "It's just a Mac, but we should be
// excited." The narrative sentence must name no other person, hold no
// verb of saying nor a quotation beyond a scare-quoted term, and the
// quotation must end its sentence.
func (q *quoter) introducedSpeaker(g qgroup) qattr {
	first, last := &q.pieces[g.first], &q.pieces[g.last]
	if first.single {
		return noAttr
	}
	ss := q.doc.Sentences
	si := q.sentenceAt(first.open)
	if si <= 0 || ss[si-1].Paragraph != ss[si].Paragraph || qTrimStart(q.text, ss[si].Start, ss[si].End) != first.open {
		return noAttr
	}
	if !q.endsSentence(last) || !qFirstPerson(q.text[first.start:first.end]) {
		return noAttr
	}
	p := ss[si-1]
	for k := sort.Search(len(q.pieces), func(i int) bool { return q.pieces[i].after > p.Start }); k < len(q.pieces) && q.pieces[k].open < p.End; k++ {
		if w, _ := qWordShape(q.text[q.pieces[k].start:q.pieces[k].end]); w > 3 {
			return noAttr
		}
	}
	j := q.narrativeSubjectMention(p.Start, p.End)
	if j < 0 {
		return noAttr
	}
	ms := q.doc.Mentions
	m := ms[j]
	if !qNamed(m) || !q.isPerson(m.Entity) || q.possessiveAt(m.End) {
		return noAttr
	}
	for k := q.mentionFrom(p.Start); k < len(ms) && ms[k].Start < p.End; k++ {
		if ms[k].Entity != m.Entity && q.isPerson(ms[k].Entity) && !q.inQuote(ms[k].Start) {
			return noAttr
		}
	}
	toks := qTokenize(q.text, p.Start, p.End, q.getBuf())
	defer func() { q.putBuf(toks) }()
	contrast := false
	for _, t := range toks {
		if q.isSpeechVerb(t, false) && !q.inQuote(t.s) {
			return noAttr
		}
		contrast = contrast || qContrastWords[strings.ToLower(q.text[t.s:t.e])]
	}
	// Right after another person's quotation, a sentence about someone
	// else may only be an aside ("Ms Holm was fourth in Rome."); it hands
	// over the word when it sets a view against the speaker's ("Ruddock,
	// though, is keen to protect his players.").
	if q.lastEmitSpk >= 0 && q.lastEmitSpk != m.Entity && first.para-q.lastSpkPara <= 1 && !contrast {
		return noAttr
	}
	return qattr{ent: m.Entity, rule: "introduced-speaker", pos: m.Start}
}

// qContrastWords set a narrative sentence against what was said before.
var qContrastWords = qWordSet(`though however but although whereas`)

// qFirstPerson reports whether quoted text s speaks in the first person.
func qFirstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !qIsWordRune(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(strings.NewReplacer("’", "'").Replace(w)) {
		case "i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "we're", "we've", "we'll", "our", "us":
			return true
		}
	}
	return false
}
