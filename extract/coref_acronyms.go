package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Document-first acronyms. A story that spells a body out once ("the
// International Cricket Council's annual conference") and later writes
// its initials ("ICC chairman Jagdish Rao") means that body by the
// initials, whatever else the letters stand for in the gazetteer (the
// International Criminal Court). So an acronym is matched first against
// the names the same document gives in full, and only when none of them
// fits does the gazetteer's expansion stand. The same pass ties an
// acronym the gazetteer does not know to the one name it spells when
// the entity stage's plain initials miss it: a connector that counts
// ("BOA" for Bank of America), an ampersand ("S&P" for Standard &
// Poor's), a name found only inside a longer mention ("the International
// Cricket Council's annual conference", "Past Congressional Budget
// Office"), or a city ("LA" for Los Angeles).
//
// It is deliberately conservative: letters that fit two different names
// of the story change nothing, a gazetteer acronym is relinked only
// when it has three letters or more and the story never names the
// gazetteer's own expansion, and persons are never expansions ("JK" is
// no Jason King).

// maxAcronymRun bounds the tokens of a name inside a longer mention: six
// letters with a connector or mark between each pair, which also keeps
// a pathological run of capitalised words linear.
const maxAcronymRun = 12

// acronymLinkConnectors are the small words a name's acronym may take a
// letter from or skip ("Bank of America" is BOA or BA).
var acronymLinkConnectors = lexicon.WordSet(`of for and the on in at de du des la le to`)

// acronymExpansion is one run of a name mention's tokens that an acronym
// may stand for: the whole mention, or a name inside it.
type acronymExpansion struct {
	ment   int    // index into a.ments of the mention holding the run
	t0, t1 int    // token range of the run
	key    string // what makes two runs one name (canon or folded words)
	whole  bool   // the run is the whole mention
}

// linkDocumentAcronyms runs before entities are built: each acronym
// mention that the document's own names explain gets acrOf (a whole
// mention) or its canonical name (a name inside a longer mention), and
// loses a gazetteer expansion the document does not use.
func (a *analysis) linkDocumentAcronyms() {
	var acrs []int
	for i := range a.ments {
		if a.acronymMention(i) {
			acrs = append(acrs, i)
		}
	}
	if len(acrs) == 0 {
		return
	}
	exps := a.acronymExpansions()
	if len(exps) == 0 {
		return
	}
	// An acronym opens with its name's first letter: index the runs by
	// it, so a story with many acronyms and names stays fast.
	// A year or ordinal before the name gives no letter ("2005 Consumer
	// Electronics Show"): the first word that can give one indexes it,
	// and so does the first word itself when it may ("the", "of").
	byFirst := map[byte][]acronymExpansion{}
	for _, e := range exps {
		first := upperByte(a.tokens[e.t0].Text[0])
		byFirst[first] = append(byFirst[first], e)
		for k := e.t0; k < e.t1; k++ {
			if t := a.tokens[k]; acronymLetterWord(t) {
				if c := t.Text[0]; c != first {
					byFirst[c] = append(byFirst[c], e)
				}
				break
			}
		}
	}
	named := map[string]bool{} // gazetteer names a mention of two words or more gives
	for i := range a.ments {
		if m := &a.ments[i]; m.canon != "" && m.t1-m.t0 >= 2 && !m.hidden {
			named[m.canon] = true
		}
	}
	// Decide once per spelling: every "ICC" of the story is one body.
	type choice struct {
		exp       acronymExpansion
		ok        bool
		ambiguous bool // the letters fit two whole names of the story
	}
	decided := map[string]choice{}
	for i := range a.ments {
		// A spelling the story defines in brackets is settled there.
		if m := &a.ments[i]; m.kind == MentionAcronym && m.acrOf >= 0 {
			decided[m.surface] = choice{}
		}
	}
	for _, i := range acrs {
		m := &a.ments[i]
		c, seen := decided[m.surface]
		if !seen {
			c.exp, c.ok, c.ambiguous = a.documentExpansion(i, byFirst[m.surface[0]], named)
			decided[m.surface] = c
		}
		if c.ambiguous && m.canon == "" && m.kind == MentionAcronym {
			// Neither name may claim it (the entity stage's plain
			// initials would give it to the later one): the acronym
			// stands for itself.
			m.canon = m.surface
			continue
		}
		if !c.ok {
			continue
		}
		m.contextual = nil
		if m.typ == "" {
			m.typ = Organization
		}
		if c.exp.whole {
			// The acronym keeps its own type and weight: the entity
			// stage joins it to its expansion, whose gazetteer name if
			// any names the whole, as for a defined acronym.
			m.acrOf, m.canon = c.exp.ment, ""
			continue
		}
		// A name inside a longer mention has no mention of its own to
		// join; the acronym's entity takes the spelt-out name instead.
		m.canon = textseg.Clean(a.doc.Text[a.tokens[c.exp.t0].Start:a.tokens[c.exp.t1-1].End])
	}
}

// acronymMention reports whether mention i is an acronym of two to six
// capitals (an ampersand may stand between them, "S&P") that no
// definition in brackets has tied yet.
func (a *analysis) acronymMention(i int) bool {
	m := &a.ments[i]
	if m.hidden || m.acrOf >= 0 || m.t1-m.t0 != 1 || m.kind != MentionAcronym && m.kind != MentionName || m.typ == Person {
		return false
	}
	s := m.surface
	if len(s) < 2 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] < 'A' || s[len(s)-1] > 'Z' {
		return false
	}
	for k := 0; k < len(s); k++ {
		if (s[k] < 'A' || s[k] > 'Z') && s[k] != '&' {
			return false
		}
	}
	// A word set in capitals inside a run of capitals is a shouted
	// headline or a dateline ("THE HAGUE"), not an acronym.
	t := m.t0
	r := a.sentTokens[m.sent]
	if t > r.Start && acronymWord(a.tokens[t-1]) || t+1 < r.End && acronymWord(a.tokens[t+1]) {
		return false
	}
	return true
}

// acronymExpansions lists the runs of the document's name mentions that
// could be spelt out acronyms: whole mentions of two words or more of a
// body, event, city, country or place (no person), and the names inside
// longer mentions, cut at a possessive or taken as a capitalised stretch.
func (a *analysis) acronymExpansions() []acronymExpansion {
	var out []acronymExpansion
	for i := range a.ments {
		m := &a.ments[i]
		if m.hidden || m.kind != MentionName || m.t1-m.t0 < 2 || m.typ == Person {
			continue
		}
		key := m.canon
		if key == "" {
			key = m.surface
		}
		out = append(out, acronymExpansion{ment: i, t0: m.t0, t1: m.t1, key: acronymNameKey(key), whole: true})
		// Names inside: every stretch of at least two capitalised words
		// (connectors allowed between them) that is not the whole.
		for p := m.t0; p < m.t1; p++ {
			if !acronymLetterWord(a.tokens[p]) {
				continue
			}
			for q := p + 2; q <= m.t1 && q-p <= maxAcronymRun; q++ {
				if q-p == m.t1-m.t0 {
					continue
				}
				if !acronymLetterWord(a.tokens[q-1]) || !a.acronymStretch(p, q) {
					continue
				}
				sf := textseg.Clean(a.doc.Text[a.tokens[p].Start:a.tokens[q-1].End])
				out = append(out, acronymExpansion{ment: i, t0: p, t1: q, key: acronymNameKey(sf)})
			}
		}
	}
	return out
}

// acronymStretch reports whether tokens [p, q) are capitalised words and
// connectors only.
func (a *analysis) acronymStretch(p, q int) bool {
	for k := p; k < q; k++ {
		t := a.tokens[k]
		if !acronymLetterWord(t) && !acronymLinkConnectors[t.Text] && t.Text != "&" {
			return false
		}
	}
	return true
}

// acronymLetterWord reports whether t gives a name a letter: a
// capitalised word (not a possessive mark or punctuation).
func acronymLetterWord(t textseg.Token) bool {
	return isCapWord(t) && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// acronymNameKey folds a name for comparing expansions: lower case, no
// article or possessive, "&" as "and", British and American -isation
// spellings as one ("Securities & Exchange Commission" is the gazetteer's
// Securities and Exchange Commission).
func acronymNameKey(s string) string {
	s = strings.TrimPrefix(baseLetters(s), "the ")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	s = strings.ReplaceAll(s, " & ", " and ")
	return strings.ReplaceAll(s, "isation", "ization")
}

// documentExpansion picks the one name of the document that acronym
// mention i spells, when there is exactly one and the rules above allow
// it to override what the mention stands for now.
func (a *analysis) documentExpansion(i int, exps []acronymExpansion, named map[string]bool) (e acronymExpansion, ok, ambiguous bool) {
	m := &a.ments[i]
	acr := m.surface
	var cands []acronymExpansion
	wholeFits := map[int]bool{}
	for _, e := range exps {
		em := &a.ments[e.ment]
		if !e.whole && em.t0 <= m.t0 && m.t0 < em.t1 {
			continue // the acronym inside its own longer name ("ICC Awards")
		}
		if e.whole && (em.typ == City || em.typ == Country || em.typ == Place) && m.canon != "" {
			continue // a place fits only an acronym the gazetteer does not know
		}
		if e.t1-e.t0 <= 2*len(acr)+2 && acronymSpells(acr, a.tokens[e.t0:e.t1]) {
			cands = append(cands, e)
			wholeFits[e.ment] = wholeFits[e.ment] || e.whole
		}
	}
	// One name per key, a whole mention before a name inside another;
	// a mention the acronym fits whole offers no names inside it.
	var fit []acronymExpansion
	at := map[string]int{}
	for _, e := range cands {
		if !e.whole && wholeFits[e.ment] {
			continue
		}
		if k, ok := at[e.key]; !ok {
			at[e.key] = len(fit)
			fit = append(fit, e)
		} else if e.whole && !fit[k].whole {
			fit[k] = e
		}
	}
	if len(fit) != 1 {
		wholes := 0
		for _, f := range fit {
			if f.whole {
				wholes++
			}
		}
		return e, false, wholes >= 2 // none, or the letters fit two names
	}
	e = fit[0]
	if m.canon != "" {
		if len(strings.ReplaceAll(acr, "&", "")) < 3 {
			return e, false, false // two letters stand for too much to overrule the gazetteer
		}
		if e.key == acronymNameKey(m.canon) {
			return e, false, false // the document names the gazetteer's own expansion
		}
		if named[m.canon] {
			return e, false, false // both expansions are in the story: leave it
		}
	}
	if !e.whole && (lexicon.IsCommonWord(textseg.Lower(acr)) || m.canon != "" && !a.capitalWords(e)) {
		return e, false, false // a word in capitals ("WHO", "AIM") needs the name itself
	}
	return e, true, false
}

// capitalWords reports whether the expansion's letters all come from
// capitalised words, as a body's name has them.
func (a *analysis) capitalWords(e acronymExpansion) bool {
	for k := e.t0; k < e.t1; k++ {
		if t := a.tokens[k]; !acronymLetterWord(t) && !acronymLinkConnectors[t.Text] && t.Text != "&" {
			return false
		}
	}
	return true
}

// acronymSpells reports whether acr (capitals, maybe an ampersand) is
// the initials of the words toks: every capitalised word gives its first
// letter (an all-capitals word may give all of its letters, "UK
// Athletics" for UKA; a hyphened word one letter a part, "Hi-Tech"),
// and connectors give theirs or nothing ("of" in BOA; "and" or "&" as
// "&" in S&N, S&P). A possessive mark gives nothing.
func acronymSpells(acr string, toks []textseg.Token) bool {
	// reach[k] holds the acronym positions reachable after k tokens.
	cur := map[int]bool{0: true}
	for _, t := range toks {
		next := map[int]bool{}
		w := t.Text
		for p := range cur {
			switch {
			case isPossessive(w) || w == "'" || w == "’" || t.Flags&textseg.TDigit != 0:
				next[p] = true // "'s", a year or an ordinal gives no letter
			case acronymLinkConnectors[w] || w == "&":
				next[p] = true // skipped
				if p < len(acr) && (w == "&" || w == "and") && acr[p] == '&' {
					next[p+1] = true
				}
				if w != "&" && p < len(acr) && acr[p] == upperByte(w[0]) {
					next[p+1] = true
				}
			case acronymLetterWord(t):
				if p < len(acr) && acr[p] == w[0] {
					next[p+1] = true
				}
				if t.Flags&textseg.TUpper != 0 && strings.HasPrefix(acr[p:], w) {
					next[p+len(w)] = true
				}
				if strings.Contains(w, "-") {
					q := p
					for _, part := range strings.Split(w, "-") {
						if part == "" || q >= len(acr) || acr[q] != upperByte(part[0]) {
							q = -1
							break
						}
						q++
					}
					if q > 0 {
						next[q] = true
					}
				}
			default:
				// A word that gives no letter (a digit, a lower-case
				// noun) breaks the name.
			}
		}
		if len(next) == 0 {
			return false
		}
		cur = next
	}
	return cur[len(acr)]
}

func upperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
