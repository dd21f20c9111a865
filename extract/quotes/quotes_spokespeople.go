package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Named spokespeople. GOLD.md gives a quotation made through a spokesman to
// the body spoken for, and the wire-news annotators applied that to named
// spokespeople too ("Jeff Rathke, the State Department Spokesperson, said"
// → the State Department). A person is a spokesperson when the text says so
// once, in an apposition right after the name ("X, a representative for
// the LA Sheriff's office,") or as a title right before it ("State
// Department spokesperson X"); from then on every quotation attributed to
// that person, by whatever rule, goes to the body: a later "Whitmore told
// LA Weekly" still speaks for the Sheriff's office.

// spokesHeads are the words that make a named person the voice of a body.
// "official", "source" or "aide" are left out: a named official speaks in
// their own name.
var spokesHeads = qWordSet(`spokesman spokeswoman spokesperson representative`)

// qMaxApposTokens bounds the apposition read after a name.
const qMaxApposTokens = 14

// spokesBody returns the body that person e speaks for, or -1. The map is
// built on first use from every mention of a named person.
func (q *quoter) spokesBody(e int) int {
	if q.spokesFor == nil {
		q.spokesFor = map[int]int{}
		ms := q.doc.Mentions
		for i := range ms {
			m := ms[i]
			if m.Kind != model.MentionName || !q.isPerson(m.Entity) {
				continue
			}
			if _, done := q.spokesFor[m.Entity]; done {
				continue
			}
			if b := q.spokesApposition(m); b >= 0 {
				q.spokesFor[m.Entity] = b
			} else if b := q.spokesTitle(m); b >= 0 {
				q.spokesFor[m.Entity] = b
			} else if b := q.pressTitle(m); b >= 0 {
				q.spokesFor[m.Entity] = b
			}
		}
	}
	if b, ok := q.spokesFor[e]; ok {
		return b
	}
	return -1
}

// sentenceSpan returns the bounds of the sentence holding mention m.
func (q *quoter) sentenceSpan(m model.Mention) (int, int) {
	ss := q.doc.Sentences
	if m.Sentence >= 0 && m.Sentence < len(ss) {
		return ss[m.Sentence].Start, ss[m.Sentence].End
	}
	return m.Start, m.End
}

// spokesApposition reads "NAME, (a|the) [BODY] spokesperson [for BODY],"
// and returns the body, or -1.
func (q *quoter) spokesApposition(m model.Mention) int {
	_, hi := q.sentenceSpan(m)
	if m.End >= hi {
		return -1
	}
	ts := qTokenize(q.text, m.End, hi, q.getBuf())
	defer q.putBuf(ts)
	if len(ts) < 3 || q.text[ts[0].s:ts[0].e] != "," {
		return -1
	}
	// The apposition runs to the next comma, dash or parenthesis; one that
	// does not close within a few words is a clause, not an apposition.
	c := -1
	for k := 1; k < len(ts) && k <= qMaxApposTokens; k++ {
		if ts[k].kind == qkPunct {
			c = k
			break
		}
		if ts[k].kind == qkDouble {
			return -1
		}
	}
	if c < 2 {
		return -1
	}
	app := ts[1:c]
	if !q.spokesHead(app) {
		return -1
	}
	return q.soleBody(app)
}

// soleBody returns the one organisation or country named in ts, or -1
// when none or several are: "the State Department Spokesperson", "a
// representative for the LA Sheriff's office". A mention may cover the
// role word itself, so the mentions are read rather than their order
// around it.
func (q *quoter) soleBody(ts []qtok) int {
	b := -1
	for k, t := range ts {
		if t.kind != qkWord {
			continue
		}
		e := -1
		if mi := q.mentionAt(t.s); mi >= 0 {
			// a demonym ("the Indonesian military") names a country,
			// not the body
			m := q.doc.Mentions[mi]
			if m.Kind != model.MentionDemonym {
				e = m.Entity
			}
			if q.orgType(e) && q.nounAfter(ts[k:], m.End) {
				// "the Bush-Cheney campaign": the body is the
				// campaign, which no entity stands for
				return -1
			}
		} else if spokesHeads[strings.ToLower(q.text[t.s:t.e])] {
			e = q.bodyNamedBefore(ts[:k])
		}
		if !q.orgType(e) {
			continue
		}
		if b >= 0 && b != e {
			return -1
		}
		b = e
	}
	return b
}

// bodyNamedBefore reads the capitalised words that end ts ("the State
// Department" before "Spokesperson") as a short form of a body the text
// names in full elsewhere ("the US State Department"), when no mention
// covers them here; the one organisation whose name or alias is, or ends
// with, those words, or -1.
func (q *quoter) bodyNamedBefore(ts []qtok) int {
	lo := len(ts)
	for lo > 0 && ts[lo-1].kind == qkWord && q.capitalAt(ts[lo-1]) && q.mentionAt(ts[lo-1].s) < 0 {
		lo--
	}
	if lo == len(ts) {
		return -1
	}
	run := q.text[ts[lo].s:ts[len(ts)-1].e]
	if strings.Count(run, " ") == 0 && len(run) < 4 {
		return -1 // one short word ("The") names nothing
	}
	b := -1
	for e, ent := range q.doc.Entities {
		if ent.Type != model.Organization {
			continue
		}
		match := false
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if n == run || strings.HasSuffix(n, " "+run) {
				match = true
				break
			}
		}
		if !match {
			continue
		}
		if b >= 0 {
			return -1
		}
		b = e
	}
	return b
}

// spokesTitle reads "BODY spokesperson NAME" (and "spokesperson for BODY
// NAME" is left alone: it is rarely written so) and returns the body, or -1.
func (q *quoter) spokesTitle(m model.Mention) int {
	return q.titleBefore(m, q.spokesTitleIn)
}

// spokesTitleIn is spokesTitle over ts, the tokens of m's sentence
// before m.
func (q *quoter) spokesTitleIn(ts []qtok, m model.Mention) int {
	n := len(ts)
	if n < 2 || ts[n-1].kind != qkWord || !spokesHeads[strings.ToLower(q.text[ts[n-1].s:ts[n-1].e])] {
		return -1
	}
	from := n - 6
	if from < 0 {
		from = 0
	}
	b, _ := q.spokesOrg(ts[from:])
	if q.orgType(b) {
		return b
	}
	// "William Hill spokesman Rupert Adams": a name typed as a person
	// right before the title is the one spoken for all the same, a firm
	// named like a person or a person's own spokesman (GOLD.md: "Mr
	// Blair's spokesman" speaks for Tony Blair).
	if mi := q.mentionAt(ts[n-2].s); mi >= 0 {
		o := q.doc.Mentions[mi]
		if o.Kind == model.MentionName && o.End == ts[n-2].e && q.isPerson(o.Entity) && o.Entity != m.Entity {
			return o.Entity
		}
	}
	return -1
}

// spokesHead reports whether ts holds one of spokesHeads and names no
// person ("X, a friend of spokesman Y," is not X's role).
func (q *quoter) spokesHead(ts []qtok) bool {
	found := false
	for _, t := range ts {
		if t.kind != qkWord {
			continue
		}
		if spokesHeads[strings.ToLower(q.text[t.s:t.e])] {
			found = true
		}
		if mi := q.mentionAt(t.s); mi >= 0 && q.isPerson(q.doc.Mentions[mi].Entity) {
			return false
		}
	}
	return found
}

// qNotNouns are lower-case words that may follow a body's name inside a
// spokesperson's apposition without making it a modifier of some other
// noun.
var qNotNouns = qWordSet(`which that who and or in of at for on to from with`)

// nounAfter reports whether the first word after offset end among ts is a
// lower-case noun that the name before it modifies ("Bush-Cheney
// campaign"), rather than the role word or a relative.
func (q *quoter) nounAfter(ts []qtok, end int) bool {
	for _, t := range ts {
		if t.s < end {
			continue
		}
		if t.kind != qkWord {
			return false
		}
		w := q.text[t.s:t.e]
		if q.capitalAt(t) || spokesHeads[strings.ToLower(w)] || qNotNouns[w] || qSpokesWords[strings.ToLower(w)] {
			return false
		}
		return true
	}
	return false
}

// qPressTitles are the titles, lower-cased and read before a name, of a
// body's appointed voice: a spokesman, or its press or communications
// officer ("Communications director Nick Davies said the IAAF would …",
// a named communications director speaking for his body as the bbc-dev4
// annotators read GOLD.md).
var qPressTitles = [][]string{
	{"spokesman"}, {"spokeswoman"}, {"spokesperson"},
	{"communications", "director"}, {"director", "of", "communications"},
	{"head", "of", "communications"}, {"press", "officer"}, {"press", "secretary"},
}

// pressTitle reads a press title right before person mention m and
// returns the body it speaks for, or -1: the organisation named right
// before the title ("Spanish Federation press officer X"), or, when the
// title names no body ("Spokesman X said", "…," spokesman X said),
// the body the story has just reported on (contextBody).
func (q *quoter) pressTitle(m model.Mention) int {
	return q.titleBefore(m, q.pressTitleIn)
}

// titleBefore tokenises person mention m's sentence up to m and returns
// what read makes of those tokens (a body, or -1); -1 when m opens its
// sentence.
func (q *quoter) titleBefore(m model.Mention, read func(ts []qtok, m model.Mention) int) int {
	lo, _ := q.sentenceSpan(m)
	if m.Start <= lo {
		return -1
	}
	ts := qTokenize(q.text, lo, m.Start, q.getBuf())
	defer q.putBuf(ts)
	return read(ts, m)
}

// pressTitleIn is pressTitle over ts, the tokens of m's sentence before m.
func (q *quoter) pressTitleIn(ts []qtok, m model.Mention) int {
	k := q.pressTitleAt(ts)
	if k < 0 {
		return -1
	}
	if k == 0 || ts[k-1].kind != qkWord || !q.capitalAt(ts[k-1]) {
		// a bare title: after the sentence's start, a quotation, a
		// comma or a lower-case word ("said spokeswoman X")
		if k > 0 && q.mentionAt(ts[k-1].s) >= 0 {
			return -1
		}
		return q.contextBody(m.Sentence)
	}
	if mi := q.mentionAt(ts[k-1].s); mi >= 0 {
		b := q.doc.Mentions[mi]
		if b.End == ts[k-1].e && qNamed(b) && q.orgType(b.Entity) {
			return b.Entity
		}
	}
	return -1
}

// pressTitleAt returns the index in ts of the first word of a press
// title that ends ts, or -1.
func (q *quoter) pressTitleAt(ts []qtok) int {
	for _, title := range qPressTitles {
		k := len(ts) - len(title)
		if k < 0 {
			continue
		}
		ok := true
		for i, w := range title {
			t := ts[k+i]
			if t.kind != qkWord || strings.ToLower(q.text[t.s:t.e]) != w {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// contextBody returns the body a spokesperson with a bare title in
// sentence si speaks for: the organisation that the sentence before, in
// the same paragraph, opens with as its subject ("But the IAAF said it
// was surprised. Spokesman Nick Davies said: …"; "The sport's ruling
// body, the IAAF, is taking …"), when it is the only organisation named
// there or this sentence names it again outside quotations; else -1.
// Another body in the sentence before ("Microsoft referred the issue to
// trade body Intellect. "…," said spokeswoman X") leaves it open.
func (q *quoter) contextBody(si int) int {
	ss := q.doc.Sentences
	if si <= 0 || si >= len(ss) || ss[si-1].Paragraph != ss[si].Paragraph {
		return -1
	}
	b := q.openingOrg(si - 1)
	if b < 0 {
		return -1
	}
	if q.soleOrgIn(si-1, b) {
		return b
	}
	ms := q.doc.Mentions
	for j := q.mentionFrom(ss[si].Start); j >= 0 && j < len(ms) && ms[j].Start < ss[si].End; j++ {
		if ms[j].Entity == b && qNamed(ms[j]) && !q.inQuote(ms[j].Start) {
			return b
		}
	}
	return -1
}

// openingOrg returns the organisation sentence s opens with as its
// subject: the one leadOrg finds, or a name set in apposition to a short
// opening description ("The sport's ruling body, the IAAF, is …").
func (q *quoter) openingOrg(s int) int {
	if b := q.leadOrg(s); b >= 0 {
		return b
	}
	sp := q.doc.Sentences[s]
	j := q.mentionFrom(sp.Start)
	if j < 0 || j >= len(q.doc.Mentions) {
		return -1
	}
	m := q.doc.Mentions[j]
	if m.Start >= sp.End || !qNamed(m) || q.doc.Entities[m.Entity].Type != model.Organization || q.inQuote(m.Start) {
		return -1
	}
	head := strings.TrimSpace(q.text[sp.Start:m.Start])
	head = strings.TrimSuffix(strings.TrimSuffix(head, " the"), ",")
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 6 || (words[0] != "The" && words[0] != "A") || strings.ContainsAny(head, ",;:"+qMarkChars) {
		return -1
	}
	if !strings.HasPrefix(strings.TrimSpace(q.text[m.End:sp.End]), ",") {
		return -1 // the apposition closes after the name
	}
	return m.Entity
}

// soleOrgIn reports whether b is the only organisation named in sentence
// s outside quotations.
func (q *quoter) soleOrgIn(s, b int) bool {
	sp := q.doc.Sentences[s]
	ms := q.doc.Mentions
	for j := q.mentionFrom(sp.Start); j >= 0 && j < len(ms) && ms[j].Start < sp.End; j++ {
		if ms[j].Entity != b && ms[j].Kind != model.MentionDemonym && q.orgType(ms[j].Entity) && !q.inQuote(ms[j].Start) {
			return false
		}
	}
	return true
}
