package quotes

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
)

// Who "he said" / "she said" is: the subject of the clause that governs
// the pronoun's, or of the sentence before, as a reader takes it. The
// coreference stage binds a pronoun to the nearest compatible person,
// which for a quotation is often the one spoken about: the rival in the
// object ("was third behind Hayley Yelling … "…," she said"), the player
// a manager talks about, a person named inside the quotation itself.
// The rules here prefer, in order:
//
//  1. the subject of an earlier main clause of the same sentence ("The
//     actor crossed a bridge, which he said was …");
//  2. the subject of the sentence before (the last of the paragraph
//     before when the quotation's sentence opens a paragraph): the
//     subject of a final clause opened by "but" ("…, but McIlroy is
//     unfazed"), else its opening noun phrase ("The 31-year-old was
//     third …", "Stallone's ex-wife Brigitte Nielsen nominated …"), else
//     the subject of a clause coordinated to it ("Fowler's strike helped
//     City … and Keegan sympathised with …");
//
// and never a person whose gender the pronoun rules out, nor one named
// inside the quotation being attributed (a speaker does not name herself
// in the third person; that check holds for every pronoun fallback).
// They run after the stronger cues of resolvePronoun (a speaker in the
// same or the previous sentence) and before coreference's antecedent;
// when they tell nothing (no subject, another gender, a name we do not
// know) the older rules decide as before. A description no mention
// covers ("The former Scotland international added …") is taken for the
// lead sentence's person only when that is also the latest speaker or
// nobody has spoken yet. Gender comes from first names (lexicon), whose
// lists have errors ("Claude" is listed female), so a mismatch only makes
// these rules stand back, never removes a candidate of the older ones.

// subjectRef is the subject of a clause: a person entity, or a definite
// description of a person no mention covers ("The 48-year-old actor").
type subjectRef struct {
	ent  int  // entity of the subject mention, or -1
	pron bool // the subject is a pronoun ("He was nominated")
	desc bool // an unresolved description of a person
	// unknown: a name no mention covers ("Attallah Shabazz, the
	// daughter of …, recalled"): the subject is someone we do not know
	unknown bool
	coord   bool // the subject of a coordinated clause, not the opening one
	but     bool // that clause opens with "but" ("… but McIlroy is unfazed")
	pos     int  // where the subject starts
}

var (
	firstNamesOnce sync.Once
	firstNames     lexicon.FirstNames
)

// genderOf returns 'm' or 'f' when the first name or a title of person
// e tells it ("Brigitte Nielsen", "Mrs Lee"), else 0.
func (q *quoter) genderOf(e int) byte {
	if e < 0 || e >= len(q.doc.Entities) || !q.isPerson(e) {
		return 0
	}
	if q.genders == nil {
		q.genders = make([]byte, len(q.doc.Entities))
		for i := range q.genders {
			q.genders[i] = 0xff
		}
	}
	if g := q.genders[e]; g != 0xff {
		return g
	}
	firstNamesOnce.Do(func() { firstNames = lexicon.LoadFirstNames() })
	ent := q.doc.Entities[e]
	var g byte
	for _, name := range append([]string{ent.Name}, ent.Aliases...) {
		f := strings.Fields(strings.ToLower(name))
		if len(f) == 1 && name == ent.Name && len(ent.Aliases) == 0 {
			// a person known by a first name alone ("Gloria", a child
			// in a court story): the name tells the gender
			if h := firstNames[f[0]]; h == 'm' || h == 'f' {
				g = h
			}
			continue
		}
		if len(f) < 2 {
			continue
		}
		if h, ok := lexicon.Honorifics[f[0]]; ok && h != 0 {
			g = h
			break
		}
		if h := firstNames[f[0]]; (h == 'm' || h == 'f') && name == ent.Name {
			g = h
		}
	}
	q.genders[e] = g
	return g
}

// pronounGender returns the gender the personal pronoun at pos requires
// ('m' for "he", 'f' for "she"), or 0 for anything else.
func (q *quoter) pronounGender(pos int) byte {
	if pos < 0 || pos >= len(q.text) {
		return 0
	}
	return lexicon.PronounGender[strings.ToLower(q.nextWord(pos, min(len(q.text), pos+4)))]
}

// fitsSpeaker reports whether person e may be the one a pronoun of
// gender g (0: any) names as the speaker of the quotation being
// attributed: the genders agree and e is not named inside it.
func (q *quoter) fitsSpeaker(e int, g byte) bool {
	if g != 0 {
		if eg := q.genderOf(e); eg != 0 && eg != g {
			return false
		}
	}
	return !q.namedInQuote(e)
}

// namedInQuote reports whether person e is named (by name) inside the
// quotation being attributed.
func (q *quoter) namedInQuote(e int) bool {
	if q.curHi <= q.curLo || !q.isPerson(e) {
		return false
	}
	ms := q.doc.Mentions
	for j, n := q.mentionFrom(q.curLo), 0; j < len(ms) && ms[j].Start < q.curHi && n < 200; j, n = j+1, n+1 {
		if ms[j].Entity == e && ms[j].Kind == model.MentionName && q.inQuote(ms[j].Start) {
			return true
		}
	}
	return false
}

// pronounSubject resolves the "he" or "she" at pos, the subject of a verb
// of saying in sentence si, by the subjects of the clauses before it
// (rules 1 and 2 above), or returns -1 when they tell nothing. A subject
// that is a name we do not know tells nothing: the pronoun may as well be
// the person it spoke to ("Producer No ID encouraged West to sample old
// records. "…," he said.").
func (q *quoter) pronounSubject(si, pos int, depth int) int {
	g := q.pronounGender(pos)
	if g == 0 || si < 0 {
		return -1
	}
	ss := q.doc.Sentences
	// 1. an earlier main clause of the same sentence, with no quotation
	// between ("Mr Sullivan "made accounting decisions," he told the
	// court": the partial quote's subject is not the speaker)
	subs := q.clauseSubjects(si, pos)
	for k := len(subs) - 1; k >= 0; k-- {
		s := subs[k]
		if strings.ContainsAny(q.text[s.pos:pos], qMarkChars) {
			break
		}
		if s.unknown {
			return -1
		}
		if e := q.subjectPerson(s, si, g, depth); e >= 0 {
			return e
		}
	}
	// 2. the sentence before, in this paragraph or ending the one before
	// (BBC copy often opens a paragraph with the quotation)
	if si == 0 || ss[si-1].Paragraph != ss[si].Paragraph && (ss[si-1].Paragraph != ss[si].Paragraph-1 || ss[si-1].Paragraph == 0) {
		return -1
	}
	subs = q.clauseSubjects(si-1, ss[si-1].End)
	// "Bogdanov won last week and claimed …, but McIlroy is unfazed.
	// He admitted: …": a clause opened by "but" turns to its subject.
	for k := len(subs) - 1; k > 0; k-- {
		if subs[k].but {
			if e := q.subjectPerson(subs[k], si-1, g, depth); e >= 0 {
				return e
			}
			break
		}
	}
	for _, s := range subs {
		if s.unknown {
			return -1
		}
		if e := q.subjectPerson(s, si-1, g, depth); e >= 0 {
			return e
		}
		if s.desc && !s.coord {
			// "Juninho told the Record: "…" The attacking midfielder
			// also claims he lacks the backing of boss Martin O'Neill.
			// "…," he continued.": the description is the one who just
			// spoke, not the person its sentence names after it.
			return q.recentDescribed(si, g)
		}
		if !s.coord {
			// an opening subject that is not the speaker (another
			// gender, named in the quotation, a pronoun or description
			// left unresolved): a coordinated clause's subject is no
			// likelier than what the older rules find
			return -1
		}
	}
	return -1
}

// subjectPerson returns the person subject s of sentence si stands for
// when it may be a speaker of gender g, else -1.
func (q *quoter) subjectPerson(s subjectRef, si int, g byte, depth int) int {
	switch {
	case s.desc:
		return q.describedPerson(g)
	case s.pron:
		// "But he has had a rethink. He said: …": the pronoun's own
		// antecedent, found the same way, at most two sentences back
		if depth >= 2 || q.pronounGender(s.pos) != g {
			return -1
		}
		return max(q.pronounSubject(si, s.pos, depth+1), -1)
	case s.ent >= 0 && q.isPerson(s.ent) && q.fitsSpeaker(s.ent, g):
		return s.ent
	}
	return -1
}

// describedPerson resolves a definite description of a person that no
// mention covers ("The former Scotland international added that …"): in
// news copy it names the one the story is about. That is trusted only
// when the person the lead sentence opens with is also the latest
// speaker, or nobody has spoken yet; a story about one person quoting another ("The 14-year-old
// said …" after an actress spoke) is left to the older rules.
func (q *quoter) describedPerson(g byte) int {
	if lead := q.leadSubject(); lead >= 0 && (lead == q.lastSpk || q.lastSpk < 0) && q.fitsSpeaker(lead, g) {
		return lead
	}
	return -1
}

// recentDescribed resolves a description of a person opening the
// sentence before si, whose pronoun of gender g speaks in si. When the
// sentence before the description opens with a named person ("Jo Bell is
// out of the side. The veteran striker also claims …"), it is that one.
// Otherwise it is the latest speaker, if that one spoke in the
// description's own paragraph (a story goes on about the one it quotes)
// and that sentence names no other person outside quotations, save as
// an owner or a preposition's object ("…," he said in response to
// Souness' remarks."). Another gender, an older speaker or another
// person named give -1.
func (q *quoter) recentDescribed(si int, g byte) int {
	ss := q.doc.Sentences
	if si < 2 {
		return -1
	}
	prev := si - 2
	if ss[prev].Paragraph == ss[si-1].Paragraph {
		if subs := q.clauseSubjects(prev, ss[prev].End); len(subs) > 0 && !subs[0].coord {
			switch s := subs[0]; {
			case s.unknown:
				return -1
			case !s.pron && !s.desc && s.ent >= 0:
				if q.isPerson(s.ent) && q.fitsSpeaker(s.ent, g) {
					return s.ent
				}
				return -1
			}
		}
		ms := q.doc.Mentions
		for j := q.mentionFrom(ss[prev].Start); j < len(ms) && ms[j].Start < ss[prev].End; j++ {
			m := ms[j]
			if m.Kind == model.MentionName && m.Entity != q.lastSpk && q.isPerson(m.Entity) && !q.inQuote(m.Start) &&
				!q.possessiveAt(m.End) && !q.afterPreposition(ss[prev].Start, m.Start) {
				return -1
			}
		}
	}
	// "…Mark's injury is different," said the doctor. The Australian
	// hopes … (quotes_quotedlead.go)
	if e := q.quotedLead(si, g); e >= 0 {
		return e
	}
	if q.isPerson(q.lastSpk) && q.lastSpkPara == ss[si-1].Paragraph && q.fitsSpeaker(q.lastSpk, g) {
		return q.lastSpk
	}
	return -1
}

// leadSubject returns the person the article's lead sentence (the first
// after the headline) opens with as its subject, or -1.
func (q *quoter) leadSubject() int {
	ss := q.doc.Sentences
	for si := range ss {
		if ss[si].Paragraph == 0 {
			continue // the headline
		}
		for _, s := range q.clauseSubjects(si, ss[si].End) {
			if !s.pron && !s.desc && q.isPerson(s.ent) {
				return s.ent
			}
			break
		}
		return -1
	}
	return -1
}

// qClauseOpeners may open a clause before its subject ("But he …",
// "However, Jo …").
var qClauseOpeners = qWordSet(`But And However Yet So Now Meanwhile Then Still
	Indeed Instead Later Earlier Also but and however yet so now then still
	indeed also later earlier`)

// qPersonNoun reports whether w heads a definite description of a person ("The
// 31-year-old", "the former Scotland international").
func qPersonNoun(w string) bool {
	return qPersonRoles[w] || lexicon.PersonRoleNouns[w] || lexicon.WeakRoles[w] ||
		strings.HasSuffix(w, "-year-old") || qNationals[w]
}

// qNationals are nouns for a person by nation, as sports copy uses them
// for the one the story is about ("The Scot", "the former Scotland
// international").
var qNationals = qWordSet(`international scot briton englishman welshman
	irishman frenchman dutchman spaniard swede dane finn norwegian`)

// otherOpeningSubject returns the subject sentence si opens with when
// that is not entity e: a mention of another entity followed by its verb
// ("But Edu was highly critical …", Edu typed a body), or -1 for a
// description of a person ("The Brazilian confirmed …"). found is false
// when the sentence opens with e, a pronoun or no subject we can read.
func (q *quoter) otherOpeningSubject(si, e int) (ent int, found bool) {
	sp := q.doc.Sentences[si]
	if subs := q.clauseSubjects(si, sp.End); len(subs) > 0 && !subs[0].coord {
		switch s := subs[0]; {
		case s.desc:
			return -1, true
		case s.pron || s.unknown || s.ent == e:
			return -1, false
		}
		return subs[0].ent, subs[0].ent >= 0
	}
	toks := qTokenize(q.text, sp.Start, min(sp.End, sp.Start+600), q.getBuf())
	defer func() { q.putBuf(toks) }()
	i := 0
	for i < len(toks) && (toks[i].kind == qkPunct && q.text[toks[i].s:toks[i].e] == "," || toks[i].kind == qkWord && qClauseOpeners[q.text[toks[i].s:toks[i].e]]) {
		i++
	}
	if i >= len(toks) {
		return -1, false
	}
	mi := q.mentionAt(toks[i].s)
	if mi < 0 {
		return -1, false
	}
	m := q.doc.Mentions[mi]
	if m.Entity == e || m.Kind != model.MentionName || q.possessiveAt(m.End) || !q.speakerType(m.Entity) {
		return -1, false
	}
	next := i
	for next+1 < len(toks) && toks[next+1].s < m.End {
		next++
	}
	if !q.verbAfter(toks, next+1) {
		return -1, false
	}
	return m.Entity, true
}

// spokenAboutOnly reports whether person e is named in sentence si only
// as the object of a preposition, perhaps behind a title ("thrown at
// United boss Sir Alex Ferguson", "particularly on Jose Antonio Reyes"),
// or as a member of a list such an object opens ("from Bernal, Jamie
// Foxx and Jim Carrey"), never as an agent ("by").
func (q *quoter) spokenAboutOnly(e, si int) bool {
	sp := q.doc.Sentences[si]
	ms := q.doc.Mentions
	seen := false
	for j := q.mentionFrom(sp.Start); j >= 0 && j < len(ms) && ms[j].Start < sp.End; j++ {
		if ms[j].Entity != e || ms[j].Kind != model.MentionName || q.inQuote(ms[j].Start) {
			continue
		}
		w, s := q.prevWord(sp.Start, q.listStart(sp.Start, ms[j].Start))
		for n := 0; n < 4 && w != "" && (qTitleWord(w) || qRoleNoun(w) || qPersonRoles[w]); n++ {
			w, s = q.prevWord(sp.Start, s)
		}
		if w == "the" || w == "a" {
			w, _ = q.prevWord(sp.Start, s)
		}
		if w == "by" || !qPreps[w] {
			return false
		}
		seen = true
	}
	return seen
}

// listStart returns where the list holding the name at pos begins: a
// name after a comma, "and" or "or" that follows another name is a later
// member of a list ("competition from Bernal, Jamie Foxx and Jim
// Carrey"), and what governs the list governs it too. A name that is
// no list member starts at pos itself. lo bounds the search.
func (q *quoter) listStart(lo, pos int) int {
	for n := 0; n < 8; n++ {
		e := qTrimEnd(q.text, lo, pos)
		sep := e
		if e > lo && q.text[e-1] == ',' {
			sep = e - 1
		} else if w, s := q.prevWord(lo, pos); qListConjunctions[w] {
			sep = s
			if c := qTrimEnd(q.text, lo, sep); c > lo && q.text[c-1] == ',' {
				sep = c - 1 // the serial comma: "X, Y, and Z"
			}
		}
		if sep == e {
			return pos
		}
		prev := q.nameEndingAt(lo, qTrimEnd(q.text, lo, sep))
		if prev < 0 {
			return pos
		}
		pos = prev
	}
	return pos
}

// qListConjunctions join the last member of a list to the one before.
var qListConjunctions = qWordSet(`and or`)

// nameEndingAt returns the start of the name mention that ends at end
// (not before lo), or -1.
func (q *quoter) nameEndingAt(lo, end int) int {
	ms := q.doc.Mentions
	for j := q.mentionFrom(lo); j >= 0 && j < len(ms) && ms[j].Start < end; j++ {
		if ms[j].End == end && ms[j].Kind == model.MentionName {
			return ms[j].Start
		}
	}
	return -1
}

// qTitleWord reports whether w, before a name, is a capitalised modifier
// of it: a title or a body's name ("Sir", "United" in "United boss Sir
// Alex Ferguson").
func qTitleWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// qPersonDemonym reports whether the demonym w, used as the head noun
// after "the", names one person: a nationality noun ("Scot",
// "Spaniard") or a singular adjective-noun in -an or -i ("Brazilian",
// "Kenyan", "Israeli"). Forms in -ese, -ish, -ch or a plural ("the
// Chinese", "the British", "the French", "the Americans") name a people
// or its government, never the one person the story is about.
func qPersonDemonym(w string) bool {
	lw := strings.ToLower(w)
	if qNationals[lw] {
		return true
	}
	return len(lw) > 3 && (strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "i"))
}

// clauseSubjects lists the subjects of the main clauses of sentence si
// that open before hi: the sentence's opening noun phrase (after
// connectives and an introductory clause) and the subject of each clause
// coordinated to it by "and" or "but". A subject that is no speaker-like
// mention (a thing: "Fowler's double strike") is left out; the opening
// one then leaves the list empty before the coordinated ones.
func (q *quoter) clauseSubjects(si, hi int) []subjectRef {
	sp := q.doc.Sentences[si]
	end := min(sp.End, hi, sp.Start+600)
	if end <= sp.Start {
		return nil
	}
	toks := qTokenize(q.text, sp.Start, end, q.getBuf())
	defer func() { q.putBuf(toks) }()
	var out []subjectRef
	start := 0
	if len(toks) > 0 {
		if w := q.text[toks[0].s:toks[0].e]; toks[0].kind == qkWord && (qIntroWords[w] && !qClauseOpeners[w] || strings.HasSuffix(w, "ing") && q.capitalAt(toks[0])) {
			// "On Friday, …", "Speaking after the match, …"
			start = -1
			for i, t := range toks {
				if t.kind == qkDouble || i > 14 {
					break
				}
				if q.text[t.s:t.e] == "," {
					start = i + 1
					break
				}
			}
		}
	}
	if start >= 0 {
		if s, ok := q.openingSubject(toks, start); ok {
			out = append(out, s)
		}
	}
	// coordinated clauses: "… and Keegan sympathised with …"
	for i := 1; i+1 < len(toks); i++ {
		w := q.text[toks[i].s:toks[i].e]
		if toks[i].kind != qkWord || w != "and" && w != "but" || q.inQuote(toks[i].s) {
			continue
		}
		if s, ok := q.coordSubject(toks, i+1); ok {
			s.coord, s.but = true, w == "but"
			out = append(out, s)
		}
	}
	return out
}

// openingSubject reads the noun phrase opening a clause at toks[i]: a
// mention of a speaker-like entity (the head after any possessor and
// modifiers: "Sylvester Stallone's ex-wife Brigitte Nielsen", "Arsenal
// boss Arsene Wenger"), a pronoun, or a definite description of a
// person followed by its verb.
func (q *quoter) openingSubject(toks []qtok, i int) (subjectRef, bool) {
	for i < len(toks) && (toks[i].kind == qkPunct && q.text[toks[i].s:toks[i].e] == "," || toks[i].kind == qkWord && qClauseOpeners[q.text[toks[i].s:toks[i].e]]) {
		i++
	}
	ms := q.doc.Mentions
	det, unknown := -1, -1
	stop := func() (subjectRef, bool) {
		if unknown >= 0 {
			return subjectRef{ent: -1, unknown: true, pos: unknown}, true
		}
		return subjectRef{}, false
	}
	for n := 0; i < len(toks) && n < 8; n++ {
		t := toks[i]
		if t.kind == qkDouble || t.kind == qkSingle || q.inQuote(t.s) {
			return subjectRef{}, false
		}
		if mi := q.mentionAt(t.s); mi >= 0 {
			m := ms[mi]
			next := i
			for next+1 < len(toks) && toks[next+1].s < m.End {
				next++
			}
			if q.possessiveAt(m.End) {
				// "Stallone's ex-wife Brigitte Nielsen": the head follows
				i = next + 1
				if i < len(toks) && toks[i].kind == qkPoss {
					i++
				}
				continue
			}
			if m.Kind == model.MentionDemonym && det >= 0 && qPersonDemonym(q.text[m.Start:m.End]) && q.verbAfter(toks, next+1) {
				// "The Scot initially defended …", "The Brazilian
				// confirmed …": a person by nation
				return subjectRef{ent: -1, desc: true, pos: toks[det].s}, true
			}
			if !q.isPerson(m.Entity) && next+1 < len(toks) && toks[next+1].kind == qkWord && !qVerbish(q.text[toks[next+1].s:toks[next+1].e]) {
				// a body or place modifying the head: "Arsenal boss …"
				i = next + 1
				continue
			}
			if m.Kind == model.MentionPronoun {
				if !q.isPerson(m.Entity) {
					return subjectRef{}, false
				}
				return subjectRef{ent: m.Entity, pron: true, pos: m.Start}, true
			}
			if !q.isPerson(m.Entity) {
				return subjectRef{}, false // a body speaks for itself: no person subject
			}
			if e, pos := q.npHead(toks, next+1, m); e >= 0 {
				return subjectRef{ent: e, pos: pos}, true
			}
			return subjectRef{}, false
		}
		if t.kind != qkWord {
			return stop()
		}
		w := q.text[t.s:t.e]
		if q.unknownCapital(t) && i+1 < len(toks) && q.unknownCapital(toks[i+1]) && !qClauseOpeners[w] {
			// two capitalised words no mention covers: a name we do
			// not know, unless it only modifies the head ("Scissor
			// Sisters frontwoman Ana Matronic", "the Two Ronnies star")
			if unknown < 0 {
				unknown = t.s
			}
			for i+1 < len(toks) && q.unknownCapital(toks[i+1]) {
				i++
			}
			i++
			continue
		}
		if lexicon.PronounGender[strings.ToLower(w)] != 0 {
			// a pronoun coreference left unbound
			return subjectRef{ent: -1, pron: true, pos: t.s}, true
		}
		lw := strings.ToLower(w)
		if n == 0 && (lw == "the" || lw == "this") {
			det = i
			i++
			continue
		}
		// "seed" reads like a participle; after a determiner it is the
		// noun of a description ("The seventh seed")
		if qPreps[lw] || qVerbish(lw) && !(det >= 0 && qPersonNoun(lw)) || lw == "who" || lw == "which" {
			return stop()
		}
		if det >= 0 && qPersonNoun(lw) && i+1 < len(toks) && toks[i+1].kind == qkWord && q.verbAfter(toks, i+1) {
			return subjectRef{ent: -1, desc: true, pos: toks[det].s}, true
		}
		if det >= 0 && qPersonNoun(lw) && i+2 < len(toks) && q.text[toks[i+1].s:toks[i+1].e] == "," && q.text[toks[i+2].s:toks[i+2].e] == "who" {
			// "The seventh seed, who is lined up to meet Roddick, is
			// looking forward …": the description is the subject, and a
			// name inside its relative clause is not
			return subjectRef{ent: -1, desc: true, pos: toks[det].s}, true
		}
		i++
	}
	return stop()
}

// coordSubject reads the subject of a clause coordinated at toks[i]: a
// person mention (or pronoun) right there, followed by its verb ("and
// Keegan sympathised", "but he prefers").
func (q *quoter) coordSubject(toks []qtok, i int) (subjectRef, bool) {
	mi := q.mentionAt(toks[i].s)
	if mi < 0 {
		return subjectRef{}, false
	}
	m := q.doc.Mentions[mi]
	if m.Start != toks[i].s || !q.isPerson(m.Entity) || q.possessiveAt(m.End) {
		return subjectRef{}, false
	}
	next := i
	for next+1 < len(toks) && toks[next+1].s < m.End {
		next++
	}
	if !q.verbAfter(toks, next+1) {
		return subjectRef{}, false
	}
	return subjectRef{ent: m.Entity, pron: m.Kind == model.MentionPronoun, pos: m.Start}, true
}

// verbAfter reports whether toks[i] opens a predicate: a verb-like lower-case
// word, perhaps after an adverb ("initially defended", "has had").
func (q *quoter) verbAfter(toks []qtok, i int) bool {
	for n := 0; i < len(toks) && n < 3; i, n = i+1, n+1 {
		t := toks[i]
		if t.kind != qkWord || q.capitalAt(t) {
			return false
		}
		w := q.text[t.s:t.e]
		if qVerbish(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 0 {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "also" && w != "only" && w != "still" && w != "then" && w != "now" && w != "never" {
			return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		}
	}
	return false
}
