package extract

import "strings"

// Round-3 title constructions: helpers that titles.go calls. Each one
// reads a recurring news construction; the tests are in
// titles_r3_test.go.

// skipAux steps over an auxiliary or adverb between a subject and its
// verb ("X has replaced A as ...", "X recently succeeded A as ...").
func skipAux(a *analysis, v, hi int) int {
	for n := 0; n < 2 && v < hi; n++ {
		switch a.tokens[v].lc() {
		case "has", "had", "recently", "formally", "officially":
			v++
		default:
			return v
		}
	}
	return v
}

// rivalWords before a title make its holder someone who lost or
// challenges the post ("presidential candidate and Prime Minister X",
// "defeated Prime Minister X"), not its holder.
var rivalWords = wordSet(`candidate candidates rival rivals opponent challenger
	defeated beat beaten ousted toppled overthrew overthrown unseated`)

// descriptorEnd returns the end of a descriptor of lower-case words
// before an owner's name ("giant chip maker Intel"); a demonym
// ("European defence and aerospace group EADS") and "and" between
// words may be part of it. It stops at clause and preposition words.
func descriptorEnd(a *analysis, starts map[int]int, k, q int) int {
	toks := a.tokens
	d := k
	for d < q && d-k < 6 {
		t := toks[d]
		w := t.lc()
		if t.flags&(tCap|tUpper|tPunct|tDigit) != 0 {
			if d != k {
				break
			}
			if j, ok := starts[d]; ok {
				if a.ments[j].kind != MentionDemonym {
					break
				}
				d = a.ments[j].t1
				continue
			}
			if !adjectiveShape(w) || t.flags&tUpper != 0 {
				break
			}
			d++ // "European", a demonym the entity stage leaves alone
			continue
		}
		if w == "and" {
			if d == k || d+1 >= q || toks[d+1].flags&(tCap|tUpper|tPunct|tDigit) != 0 {
				break
			}
			d++
			continue
		}
		if clauseWords[w] || travelWords[w] || w == "of" {
			break
		}
		d++
	}
	return d
}

// adjectiveShape: a capitalised word shaped like a demonym ("European",
// "Scottish", "Japanese").
func adjectiveShape(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese")
}

// apposVerbs may follow an apposition whose closing comma the writer
// left out ("X, the German co-head of EADS will also step down").
var apposVerbs = wordSet(`will would has had is was says said could may
	might must can who which`)

// noHeadOfState are countries whose president or prime minister is
// another country's: Britain's prime minister is not England's.
var noHeadOfState = map[string]bool{"England": true, "Scotland": true, "Wales": true, "Northern Ireland": true}

// inCountryList reports whether mention k is one of a list of countries
// ("Iran, Iraq and China"): the story's topic, not a title holder's own
// country.
func (a *analysis) inCountryList(k int) bool {
	m := a.ments[k]
	ents := a.doc.Entities
	isCountry := func(j int) bool {
		if j < 0 || j >= len(a.ments) {
			return false
		}
		o := a.ments[j]
		return o.sent == m.sent && o.entity >= 0 && !o.hidden && ents[o.entity].Type == Country
	}
	joiner := func(t int) bool {
		w := a.tokens[t].lc()
		return w == "," || w == "and" || w == "or"
	}
	if isCountry(k-1) && a.ments[k-1].t1 == m.t0-1 && joiner(m.t0-1) {
		return true
	}
	return isCountry(k+1) && a.ments[k+1].t0 == m.t1+1 && joiner(m.t1)
}

// regionModifiers before a leader role make it a regional post ("European
// boss of X", "the firm's regional director").
var regionModifiers = wordSet(`european europe regional international
	asian american african`)
