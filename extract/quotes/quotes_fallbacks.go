package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
)

// Fallback attribution rules: constructions of wire and politics copy that
// the first rules missed. Each is a fallback tried only where the older
// rules found no speaker, so it cannot change an attribution they made.

// qNamed reports whether m names its entity outright (a name or an
// acronym: "LNM", "EADS"), as opposed to a role phrase or a pronoun.
func qNamed(m model.Mention) bool {
	return m.Kind == model.MentionName || m.Kind == model.MentionAcronym
}

// sameSentence reports whether offsets a and b fall in one sentence.
func (q *quoter) sameSentence(a, b int) bool {
	sa := q.sentenceAt(a)
	return sa >= 0 && sa == q.sentenceAt(b)
}

// accordingTo resolves the source after "according to" at ts[i]: a name
// or role (objectAfter), else the body a statement or spokesman speaks for
// ("according to a statement from Acme", "according to an Acme spokesman").
func (q *quoter) accordingTo(ts []qtok, i int) (int, int) {
	if e, pos := q.objectAfter(ts, i); e >= 0 {
		return e, pos
	}
	if i >= len(ts) {
		return -1, 0
	}
	hi := min(len(ts), i+8)
	for j := i; j < hi; j++ {
		if ts[j].kind == qkPunct && q.text[ts[j].s:ts[j].e] != "&" {
			hi = j
			break
		}
	}
	return q.spokesOrg(ts[i:hi])
}

// appositionName returns the person when the apposition ts[lo+1:hi]
// (between its commas, dashes or brackets) is nothing but that person's
// name, perhaps after capitalised title words ("Labour MP Jo Bloggs").
func (q *quoter) appositionName(ts []qtok, lo, hi int) (int, int) {
	if hi-lo < 2 || lo == 0 {
		return -1, 0
	}
	j := lo + 1
	for n := 0; j < hi && n < 3; n++ {
		mi := q.mentionAt(ts[j].s)
		if mi >= 0 {
			m := q.doc.Mentions[mi]
			if qNamed(m) && q.isPerson(m.Entity) {
				// the name must fill the rest of the apposition
				if ts[hi-1].e <= m.End {
					return m.Entity, m.Start
				}
				return -1, 0
			}
			if m.Kind == model.MentionPronoun {
				return -1, 0
			}
			// a party or body as a title word: "Labour MP …"
			for j < hi && ts[j].s < m.End {
				j++
			}
			continue
		}
		if !q.capitalAt(ts[j]) {
			return -1, 0
		}
		j++
	}
	return -1, 0
}

// roleThenName resolves "said the committee chairman, MP Jo Bloggs" (a
// role phrase, a comma, then the name): the person named after the comma;
// the role may be a tie to someone ("said his wife, Sheila") and one of
// several ("said one of their lawyers, Jo Bloggs").
func (q *quoter) roleThenName(ts []qtok, i int) (int, int) {
	// "said one of their lawyers, Jo Bloggs": the one named
	if i+2 < len(ts) && q.text[ts[i].s:ts[i].e] == "one" && q.text[ts[i+1].s:ts[i+1].e] == "of" {
		i += 2
	}
	if i >= len(ts) || ts[i].kind != qkWord {
		return -1, 0
	}
	owner := -1
	if k := q.namedOwner(ts, i); k > i {
		// "said De Telegraaf's image editor, Jo Bloggs": a named owner
		// stands where the determiner would, and any post it gives is
		// the apposition of the name after the comma
		owner = q.doc.Mentions[q.mentionAt(ts[i].s)].Entity
		i = k
	} else {
		switch q.text[ts[i].s:ts[i].e] {
		case "the", "its", "their", "his", "her", "a", "an", "our":
		default:
			return -1, 0
		}
	}
	for j := i + 1; j < len(ts) && j < i+7; j++ {
		t := ts[j]
		if t.kind == qkPunct && q.text[t.s:t.e] == "," {
			w := strings.ToLower(q.text[ts[j-1].s:ts[j-1].e])
			if ts[j-1].kind != qkWord || j == i+1 {
				return -1, 0
			}
			if owner >= 0 {
				if qSpokesWords[w] {
					return owner, ts[i].s // "Acme's spokesman, Jo Bloggs" speaks for Acme (GOLD.md)
				}
				if e, pos := q.appositionName(ts, j, min(len(ts), j+6)); q.isPerson(e) {
					return e, pos
				}
				return -1, 0
			}
			if !qRoleOrKin(w) && !qRoleOrKin(strings.TrimSuffix(w, "s")) && !qSpokesWords[w] {
				return -1, 0
			}
			return q.appositionName(ts, j, min(len(ts), j+6))
		}
		if t.kind == qkPoss {
			continue
		}
		if t.kind != qkWord {
			return -1, 0
		}
		if mi := q.mentionAt(t.s); mi >= 0 && q.isPerson(q.doc.Mentions[mi].Entity) && q.doc.Mentions[mi].Kind != model.MentionRole {
			return -1, 0 // "said the minister Jo Bloggs": objectAfter's case
		}
		if w := q.text[t.s:t.e]; qPreps[w] || qVerbish(w) {
			return -1, 0
		}
	}
	return -1, 0
}

// namedOwner returns the index of the possessive clitic after a person or
// body named from ts[i] on ("Acme's", "De Telegraaf's"), or -1.
func (q *quoter) namedOwner(ts []qtok, i int) int {
	mi := q.mentionAt(ts[i].s)
	if mi < 0 {
		return -1
	}
	m := q.doc.Mentions[mi]
	if !qNamed(m) || m.Start != ts[i].s || !q.speakerType(m.Entity) {
		return -1
	}
	for k := i + 1; k < len(ts) && k < i+8; k++ {
		if ts[k].s >= m.End {
			if ts[k].kind == qkPoss && ts[k].s == m.End {
				return k
			}
			return -1
		}
	}
	return -1
}

// qRoleOrKin reports whether w names a person by a post ("chairman") or
// by a tie to someone ("his wife", "their lawyer").
func qRoleOrKin(w string) bool {
	return qPersonRoles[w] || qKinNouns[w]
}

// insertedSaid resolves an attribution inserted into the reported clause
// between commas, "The comments, said Jo Bloggs of Acme, were …": ts[v] is
// the verb, right after a comma, and the speaker after it is a person.
func (q *quoter) insertedSaid(ts []qtok, v int) qattr {
	if v < 2 || v+1 >= len(ts) || q.text[ts[v-1].s:ts[v-1].e] != "," || q.text[ts[v].s:ts[v].e] != "said" {
		return noAttr
	}
	// a closing comma must follow the speaker phrase
	closed := false
	for j := v + 2; j < len(ts) && j < v+14; j++ {
		if q.text[ts[j].s:ts[j].e] == "," {
			closed = true
			break
		}
	}
	if !closed {
		return noAttr
	}
	e, pos := q.objectAfter(ts, v+1)
	if !q.isPerson(e) {
		return noAttr
	}
	return qattr{ent: e, rule: "said-inserted", pos: pos}
}

// finalClause attributes a quotation inside a sentence that ends in a
// reporting clause after a comma: Bosses have held "friendly" talks
// with the exchange, its chief has said. / …, the firm said on Monday.
// The clause is a short subject, a verb of saying and at most an
// adverbial (or, after "told", its object); no other quotation may
// follow in the sentence. The subject may restate a body's name as a
// bracketed acronym ("the Ruritanian Monetary Fund (RMF) has said"), and
// an inverted clause may end in an apposition after the person ("said Jo
// Bloggs, economist at Acme.").
func (q *quoter) finalClause(g qgroup) qattr {
	last := &q.pieces[g.last]
	if !last.closed {
		return noAttr
	}
	// the sentence the quotation ends in: one of several quoted sentences
	// may be followed by the clause ("…in 2004. But the upturn is not
	// strong enough" to boost jobs, Mr Weise added.)
	si := q.sentenceAt(max(last.start, last.end-1))
	if si < 0 {
		return noAttr
	}
	end := q.doc.Sentences[si].End
	if pe := q.paraEnd(last.para); end > pe {
		end = pe
	}
	// the clause follows the sentence's last quoted piece: X said the
	// plan "…" would not turn the market into "…", he said.
	for k := g.last + 1; k < len(q.pieces) && q.pieces[k].open < end; k++ {
		last = &q.pieces[k]
		if !last.closed {
			return noAttr
		}
	}
	if end > last.after+300 || end <= last.after {
		return noAttr
	}
	toks := qTokenize(q.text, last.after, end, q.getBuf())
	defer func() { q.putBuf(toks) }()
	n := len(toks)
	for n > 0 && toks[n-1].kind == qkPunct {
		n--
	}
	c := -1
	var cl []qtok // the clause, without a bracketed acronym
	for i := n - 1; i >= 0; i-- {
		if toks[i].kind == qkPunct && q.text[toks[i].s:toks[i].e] == "," {
			if e, pos := q.invertedAppositive(toks[:n], i); e >= 0 {
				// "…" in 2005, said Jo Bloggs, economist at Acme. Not in
				// a headline, whose quotation the story quotes again.
				if last.para == 0 {
					return noAttr
				}
				return qattr{ent: e, rule: "said-final", pos: pos, end: end}
			}
			c = i
			break
		}
		if q.bracketedAcronymEnds(toks, i) {
			// "the Ruritanian Monetary Fund (RMF) has said": the
			// acronym restates the name before it
			i -= 2
			continue
		}
		if toks[i].kind != qkWord && toks[i].kind != qkPoss {
			return noAttr
		}
		cl = append(cl, toks[i])
	}
	if c < 0 || c+2 > n {
		return noAttr
	}
	slices.Reverse(cl)
	if len(cl) >= 2 && q.isSpeechVerb(cl[0], false) && !qParticipleAt(q.text, cl[0].s) {
		// inverted: "…" with its product range, said Flight
		// International's Mr Learmount.
		if e, pos := q.objectAfter(cl, 1); e >= 0 {
			return qattr{ent: e, rule: "said-final", pos: pos, end: end}
		}
		return noAttr
	}
	v := -1
	for i := 1; i < len(cl) && i <= 6; i++ {
		if q.isSpeechVerb(cl[i], false) {
			v = i
			break
		}
		if w := q.text[cl[i].s:cl[i].e]; w == "that" || w == "which" || w == "who" || qPreps[w] {
			return noAttr
		}
	}
	if v < 0 {
		return noAttr
	}
	verb := q.text[cl[v].s:cl[v].e]
	if tail := cl[v+1:]; len(tail) > 0 {
		if len(tail) > 8 {
			return noAttr
		}
		if verb != "told" && verb != "tells" {
			w := q.text[tail[0].s:tail[0].e]
			if !qPreps[w] && !qTimeWords[w] {
				return noAttr
			}
		}
		for _, t := range tail {
			if w := q.text[t.s:t.e]; t.kind == qkWord && (qVerbs[w] || w == "that") {
				return noAttr
			}
		}
	}
	at := q.subject(cl[:v], cl[v].s)
	if at.ent < 0 {
		return noAttr
	}
	if at.rule == "" {
		at.rule = "said-final"
	}
	at.end = end
	return at
}

// bracketedAcronymEnds reports whether toks[i] closes a bracketed
// acronym, "( RMF )", right after a word.
func (q *quoter) bracketedAcronymEnds(toks []qtok, i int) bool {
	if i < 3 || q.text[toks[i].s:toks[i].e] != ")" || q.text[toks[i-2].s:toks[i-2].e] != "(" || toks[i-3].kind != qkWord {
		return false
	}
	w := q.text[toks[i-1].s:toks[i-1].e]
	return toks[i-1].kind == qkWord && len(w) >= 2 && strings.ToUpper(w) == w
}

// invertedAppositive resolves the final clause of a sentence whose last
// comma, at toks[c], opens an apposition after an inverted verb of
// saying: "…" in 2005, said Jo Bloggs, economist at Acme. The comma
// before the apposition must be preceded by "said NAME" with the name a
// person right after the verb, and a comma before the verb, so that the
// clause is the sentence's reporting clause and not its narrative.
func (q *quoter) invertedAppositive(toks []qtok, c int) (int, int) {
	if c+1 >= len(toks) || toks[c+1].kind != qkWord {
		return -1, 0
	}
	for v := c - 1; v > 0 && v >= c-5; v-- {
		if toks[v].kind != qkWord {
			return -1, 0
		}
		if !q.isSpeechVerb(toks[v], false) {
			continue
		}
		if q.text[toks[v-1].s:toks[v-1].e] != "," || qParticipleAt(q.text, toks[v].s) {
			return -1, 0
		}
		mi := q.mentionAt(toks[v+1].s)
		if mi < 0 {
			return -1, 0
		}
		m := q.doc.Mentions[mi]
		if !qNamed(m) || !q.isPerson(m.Entity) || m.End != toks[c-1].e {
			return -1, 0 // the name must fill the words up to the comma
		}
		return m.Entity, m.Start
	}
	return -1, 0
}

var qTimeWords = qWordSet(`yesterday today tonight last this earlier later
	recently previously separately`)

// narrativeSubject attributes a quotation that stands alone as its
// sentence, right after a narrative sentence about the person who spoke
// the story's latest quotation: Collins was sixth in Athens. "This will
// be a big year for me." The previous sentence must open with that
// person as its subject and name no other person; the latest quotation
// must be at most two paragraphs back.
func (q *quoter) narrativeSubject(g qgroup) qattr {
	first := &q.pieces[g.first]
	if q.lastSpk < 0 || !q.isPerson(q.lastSpk) || first.para-q.lastSpkPara > 2 || first.single {
		return noAttr
	}
	si := q.sentenceAt(first.open)
	if si <= 0 {
		return noAttr
	}
	ss := q.doc.Sentences
	if qTrimStart(q.text, ss[si].Start, ss[si].End) != first.open {
		return noAttr // the quotation does not open its sentence
	}
	p := ss[si-1]
	if p.Paragraph != ss[si].Paragraph && p.Paragraph != ss[si].Paragraph-1 {
		return noAttr
	}
	// a narrative sentence: no quotation in it beyond a scare-quoted term
	for k := sort.Search(len(q.pieces), func(i int) bool { return q.pieces[i].after > p.Start }); k < len(q.pieces) && q.pieces[k].open < p.End; k++ {
		if w, _ := qWordShape(q.text[q.pieces[k].start:q.pieces[k].end]); w > 3 {
			return noAttr
		}
	}
	// its subject: a person mention within its first three words, or
	// right after a fronted phrase closed by a comma ("After three wins
	// in a fortnight, Brandt is brimming with confidence.")
	ms := q.doc.Mentions
	j := q.narrativeSubjectMention(p.Start, p.End)
	if j < 0 {
		return noAttr
	}
	m := ms[j]
	if m.Entity != q.lastSpk || q.possessiveAt(m.End) {
		return noAttr
	}
	for k, n := j+1, 0; k < len(ms) && ms[k].Start < p.End && n < 30; k, n = k+1, n+1 {
		if q.isPerson(ms[k].Entity) && ms[k].Entity != m.Entity && !q.inQuote(ms[k].Start) {
			return noAttr
		}
	}
	return qattr{ent: m.Entity, rule: "narrative-subject", pos: m.Start}
}

// narrativeSubjectMention returns the index of the mention that opens the
// clause of the sentence text[lo:hi] as its subject, or -1: a name within
// its first three words ("Brandt was fourth", "However, Brandt was"), a subject
// pronoun coreference resolved ("He was fourth" — an object or possessive
// form is no subject), or either right after a fronted phrase of at most
// a dozen words closed by a comma ("Despite a cold, he ran"). A person
// named inside the fronted phrase other than the subject makes it -1.
func (q *quoter) narrativeSubjectMention(lo, hi int) int {
	ms := q.doc.Mentions
	j := q.mentionFrom(lo)
	if j >= len(ms) || ms[j].Start >= hi {
		return -1
	}
	subjectAt := func(k int) bool {
		m := ms[k]
		if m.Kind != model.MentionPronoun {
			return true
		}
		switch q.text[m.Start:m.End] {
		case "He", "he", "She", "she":
			return true
		}
		return false
	}
	if len(strings.Fields(q.text[lo:ms[j].Start])) <= 2 {
		if subjectAt(j) {
			return j
		}
		return -1
	}
	// a fronted phrase: the first comma, then the subject straight after
	c := strings.IndexByte(q.text[lo:min(hi, lo+160)], ',')
	if c < 0 || len(strings.Fields(q.text[lo:lo+c])) > 12 {
		return -1
	}
	c += lo
	k := j
	for k < len(ms) && ms[k].Start < c {
		k++
	}
	if k >= len(ms) || ms[k].Start >= hi || strings.TrimSpace(q.text[c+1:ms[k].Start]) != "" || !subjectAt(k) {
		return -1
	}
	for f := j; f < k; f++ {
		if q.isPerson(ms[f].Entity) && ms[f].Entity != ms[k].Entity {
			return -1
		}
	}
	return k
}

// glossBefore reports whether a gloss marker ends text[lo:pos] ("in
// other words," / "i.e." / "that is,"): what follows in quotes is a term
// being named, not speech.
func (q *quoter) glossBefore(lo, pos int) bool {
	e := qTrimEnd(q.text, lo, pos)
	if e-lo > 20 {
		lo = e - 20
	}
	s := strings.ToLower(q.text[lo:e])
	return strings.HasSuffix(s, "in other words,") || strings.HasSuffix(s, "i.e.") ||
		strings.HasSuffix(s, "i.e.,") || strings.HasSuffix(s, " that is,")
}

// officeOf resolves a subject phrase "the prime minister's office" or
// "Mr Inoni's office" to the office holder: the possessor when it is a
// person mention, else the one person the story introduces with that
// title ("Prime Minister Ephraim Inoni"). The sentence is remembered so
// that "It added …" after it refers back to the same speaker.
func (q *quoter) officeOf(ts []qtok) qattr {
	n := len(ts)
	// "The presidency said": the office named by a noun of its own
	// (lexicon.OfficeHolderTitles) speaks for its one titled holder.
	if n == 2 && ts[1].kind == qkWord {
		if d := q.text[ts[0].s:ts[0].e]; d == "the" || d == "The" {
			if role, ok := lexicon.OfficeHolderTitles[q.text[ts[1].s:ts[1].e]]; ok {
				return q.officeHolder(q.titledPerson(role, ts[0].s), ts[0].s)
			}
		}
	}
	if n < 3 || ts[n-1].kind != qkWord || q.text[ts[n-1].s:ts[n-1].e] != "office" || ts[n-2].kind != qkPoss {
		return noAttr
	}
	e, pos := -1, ts[0].s
	if mi := q.mentionAt(ts[n-3].s); mi >= 0 {
		if m := q.doc.Mentions[mi]; m.Kind != model.MentionPronoun && q.isPerson(m.Entity) {
			e, pos = m.Entity, m.Start
		}
	} else if d := q.text[ts[0].s:ts[0].e]; (d == "the" || d == "The") && n <= 6 {
		words := make([]string, 0, n-3)
		for _, t := range ts[1 : n-2] {
			if t.kind != qkWord {
				return noAttr
			}
			words = append(words, strings.ToLower(q.text[t.s:t.e]))
		}
		if len(words) == 0 || !qPersonRoles[words[len(words)-1]] {
			return noAttr
		}
		e = q.titledPerson(strings.Join(words, " "), ts[0].s)
	}
	return q.officeHolder(e, pos)
}

// officeHolder gives the office holder e (or no one when e < 0) as the
// speaker of the sentence at pos, remembering it for a following "It
// added …".
func (q *quoter) officeHolder(e, pos int) qattr {
	if e < 0 {
		return noAttr
	}
	if q.officeSpk == nil {
		q.officeSpk = map[int]int{}
	}
	q.officeSpk[q.sentenceAt(pos)] = e
	return qattr{ent: e, rule: "office-of", pos: pos}
}

// titledPerson returns the one person named before pos right after the
// title role ("Prime Minister Jo Bloggs", case-insensitive), or -1 when
// none or several are.
func (q *quoter) titledPerson(role string, pos int) int {
	ms := q.doc.Mentions
	found := -1
	for j, n := q.mentionFrom(pos)-1, 0; j >= 0 && n < 200; j, n = j-1, n+1 {
		m := ms[j]
		if m.Kind != model.MentionName || !q.isPerson(m.Entity) || m.Entity == found {
			continue
		}
		lo := max(0, m.Start-len(role)-2)
		before := strings.ToLower(strings.TrimRight(q.text[lo:m.Start], " "))
		if !strings.HasSuffix(before, role) {
			continue
		}
		if b := len(before) - len(role); b > 0 && qIsWordRune(rune(before[b-1])) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.Entity
	}
	return found
}

// roleHolder resolves the role words ts ("prime minister") to the one
// person the story introduced with that title; -1 when nobody was
// (the caller falls back to the latest speaker), -2 when several were.
func (q *quoter) roleHolder(ts []qtok, pos int) int {
	if len(ts) == 0 || len(ts) > 4 {
		return -1
	}
	words := make([]string, 0, len(ts))
	for _, t := range ts {
		if t.kind != qkWord {
			return -1
		}
		words = append(words, strings.ToLower(q.text[t.s:t.e]))
	}
	role := strings.Join(words, " ")
	if e := q.titledPerson(role, pos); e >= 0 {
		return e
	}
	return -1
}

// otherTitle reports whether person e was introduced with a title that
// is not the role word w: "Home Secretary Charles Clarke" is not "the
// prime minister", whoever spoke last.
func (q *quoter) otherTitle(e int, w string) bool {
	ms := q.doc.Mentions
	for j := range ms {
		m := ms[j]
		if m.Entity != e || m.Kind != model.MentionName {
			continue
		}
		lo := max(0, m.Start-40)
		if ss := q.sentenceAt(m.Start); ss >= 0 && q.doc.Sentences[ss].Start > lo {
			lo = q.doc.Sentences[ss].Start
		}
		f := strings.Fields(q.text[lo:m.Start])
		if len(f) == 0 {
			return false
		}
		// the title words right before the name
		titled := false
		for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
			r := strings.ToLower(strings.Trim(f[k], ",'’"))
			if !qPersonRoles[r] && r != "secretary" && r != "minister" {
				if titled || !qTitleWords[f[k]] {
					break
				}
				continue
			}
			if r == w {
				return false
			}
			titled = true
		}
		return titled
	}
	return false
}

// nextSentence attributes a quotation that opens a paragraph as a whole
// sentence through the next sentence when it points back at it: "…" That
// was the pledge from Jo Bloggs on Sunday. / So said Jo Bloggs.
func (q *quoter) nextSentence(g qgroup) qattr {
	first, last := &q.pieces[g.first], &q.pieces[g.last]
	if first.single || !last.closed || qTrimStart(q.text, q.paraStart(first.para), first.open) != first.open {
		return noAttr
	}
	si := q.sentenceAt(last.start)
	ss := q.doc.Sentences
	if si < 0 || si+1 >= len(ss) || ss[si+1].Paragraph != ss[si].Paragraph {
		return noAttr
	}
	// the quotation is the whole sentence
	if last.after < ss[si].End && strings.Trim(q.text[last.after:ss[si].End], " .") != "" {
		return noAttr
	}
	n := ss[si+1]
	end := min(n.End, n.Start+200)
	toks := qTokenize(q.text, n.Start, end, q.getBuf())
	defer func() { q.putBuf(toks) }()
	if len(toks) < 3 {
		return noAttr
	}
	switch q.text[toks[0].s:toks[0].e] {
	case "That", "This", "Those", "These", "So", "Such":
	default:
		return noAttr
	}
	for i := 1; i < len(toks) && i < 10; i++ {
		w := q.text[toks[i].s:toks[i].e]
		if w != "from" && w != "by" && w != "said" && w != "says" {
			if toks[i].kind != qkWord {
				return noAttr
			}
			continue
		}
		if e, pos := q.objectAfter(toks, i+1); e >= 0 {
			return qattr{ent: e, rule: "next-sentence", pos: pos, direct: true}
		}
		return noAttr
	}
	return noAttr
}

// prevParagraph attributes a quotation that opens a paragraph with no
// attribution of its own to the speaker of the previous paragraph's last
// sentence, when that sentence is reported speech without quote marks:
// "He said if growth continued, rates may rise. ¶ "I think the key is
// what the Bank expects."" (BBC copy moves from indirect to direct speech
// across the break).
func (q *quoter) prevParagraph(g qgroup) qattr {
	first := &q.pieces[g.first]
	if first.carry || first.open != qTrimStart(q.text, q.paraStart(first.para), q.paraEnd(first.para)) {
		return noAttr
	}
	si := q.sentenceAt(first.open)
	ss := q.doc.Sentences
	if si <= 0 || ss[si-1].Paragraph != ss[si].Paragraph-1 || ss[si-1].Paragraph != first.para-1 {
		return noAttr
	}
	prev := ss[si-1]
	if g.first > 0 && q.pieces[g.first-1].after > prev.Start {
		return noAttr // the sentence holds a quotation: not plain reported speech
	}
	// nor may a verb of saying follow the quotation in its own sentence:
	// a speaker named there that we could not resolve is someone else
	last := &q.pieces[g.last]
	if end := min(ss[si].End, last.after+400); last.closed && end > last.after {
		toks := qTokenize(q.text, last.after, end, q.getBuf())
		framed := q.hasSpeechVerb(toks)
		q.putBuf(toks)
		if framed {
			return noAttr
		}
	}
	if e := q.sentSpeaker(si - 1); e >= 0 {
		return qattr{ent: e, rule: "prev-paragraph", pos: prev.Start}
	}
	return noAttr
}

// spokesOpening scans sentence s up to its first quotation mark or verb of
// saying and gives the token index of the first spokesperson word
// ("spokesman", "spokeswoman", "spokesperson") and of the first mention of a
// named person there, each -1 when absent.
func (q *quoter) spokesOpening(s int) (spokes, person int) {
	sp := q.doc.Sentences[s]
	toks := qTokenize(q.text, sp.Start, min(sp.End, sp.Start+300), q.getBuf())
	defer func() { q.putBuf(toks) }()
	spokes, person = -1, -1
	for i, t := range toks {
		if t.kind == qkDouble || q.isSpeechVerb(t, false) {
			break
		}
		if t.kind != qkWord {
			continue
		}
		if mi := q.mentionAt(t.s); mi >= 0 && q.isPerson(q.doc.Mentions[mi].Entity) {
			if person < 0 {
				person = i
			}
			continue
		}
		switch strings.ToLower(q.text[t.s:t.e]) {
		case "spokesman", "spokeswoman", "spokesperson":
			if spokes < 0 {
				spokes = i
			}
		}
	}
	return spokes, person
}

// spokesSubject reports whether a spokesperson, and no named person,
// stands before the first verb of saying of sentence s ("A spokesman
// said …").
func (q *quoter) spokesSubject(s int) bool {
	spokes, person := q.spokesOpening(s)
	return spokes >= 0 && person < 0
}

// spokesSpeaker returns the body a spokesperson spoke for in sentence s
// ("A spokeswoman for the union said …"), or -1: the speaker of s is an
// organisation and a spokesperson word stands before its first verb of
// saying, ahead of any named person ("Jo Bloggs, spokesman for Acme,
// said" is the named person's).
func (q *quoter) spokesSpeaker(s int) int {
	e, found := q.quoteSpk[s]
	if !found {
		e = q.sentSpeaker(s)
	}
	if !q.orgType(e) {
		return -1
	}
	spokes, person := q.spokesOpening(s)
	if spokes < 0 || (person >= 0 && person < spokes) {
		return -1
	}
	return e
}
