package extract

import (
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A description's nationality must agree with its organisation's: "the
// German group" is not the London Stock Exchange, "the US firm" not Fiat,
// "the Chinese firm" not Rover. Business news names the two sides of a
// deal one after the other and then tells them apart by country
// ("Deutsche Boerse met LSE chief executive Clara Furse amid rumours the
// German group may raise its bid"); the nearest firm is then as often the
// wrong one. A description whose pick the text ties to another country
// is left unresolved: the nearest firm of the right country is not
// always the one meant.
//
// An organisation's country is read from the text: a demonym or country
// written before its name, over a few common nouns ("Italian carmaker
// Fiat", "US car giant General Motors", "Germany's Siemens"), and a
// country or city inside its name ("London Stock Exchange", "Air
// France"). Two countries for one organisation, or none, leave it
// unknown, and any description may pick an unknown organisation.

// orgNationNouns is how many lower-case words may stand between a demonym
// and the name it qualifies ("US car giant General Motors").
const orgNationNouns = 3

// entityNations returns, for each organisation of the text, the country
// the text ties it to, or "" when it ties it to none or to two.
func (x *Extractor) entityNations(a *analysis) []string {
	ents := a.doc.Entities
	out := make([]string, len(ents))
	mixed := make([]bool, len(ents))
	note := func(e int, country string) {
		switch {
		case country == "" || mixed[e]:
		case out[e] == "":
			out[e] = country
		case out[e] != country:
			out[e], mixed[e] = "", true
		}
	}
	for e, ent := range ents {
		if ent.Type == Organization {
			note(e, x.nameNation(ent.Name))
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.hidden || ents[m.entity].Type != Organization || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		note(m.entity, x.nationBefore(a, m))
	}
	return out
}

// nameNation returns the country a country's or city's name inside an
// organisation's name places it in ("London Stock Exchange", "Air
// France"), or "".
func (x *Extractor) nameNation(name string) string {
	found := ""
	for _, w := range words(name) {
		g, ok := x.gaz.Lookup(w)
		if !ok || g.Ambiguous || g.CommonWord {
			continue
		}
		c := ""
		switch g.Type {
		case "Country":
			c = g.Name
		case "City":
			c = g.Country
		}
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// nationBefore returns the country of a demonym or country name written
// before name mention m, over at most orgNationNouns lower-case nouns and
// adjectives ("Italian carmaker Fiat", "US car giant General Motors"), or of a country's possessive right before it
// ("Germany's Siemens"); or "".
func (x *Extractor) nationBefore(a *analysis, m *mention) string {
	r := a.sentTokens[m.sent]
	k := m.t0 - 1
	if k-1 >= r.Start && (a.tokens[k].Text == "'s" || a.tokens[k].Text == "’s") {
		if g, ok := x.gaz.Lookup(a.tokens[k-1].Text); ok && g.Type == "Country" {
			return g.Name
		}
		return ""
	}
	a.tagSentence(m.sent)
	n := 0
	for k >= r.Start && n < orgNationNouns {
		t := a.tokens[k]
		if t.Flags&textseg.TAlpha == 0 || isCapWord(t) {
			break
		}
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" {
			return "" // "US to rule on Yukos": a clause, not a phrase qualifying the name
		}
		k--
		n++
	}
	if n == 0 || k < r.Start {
		return "" // "Fiat" alone, or a capital that only opens the sentence
	}
	return x.nationOf(a, k)
}

// nationOf returns the country named by the demonym or country name that
// ends at token k (one or two capitalised words: "US", "South African"),
// or "".
func (x *Extractor) nationOf(a *analysis, k int) string {
	for n := 2; n >= 1; n-- {
		lo := k - n + 1
		if lo < 0 {
			continue
		}
		ok := true
		for j := lo; j <= k; j++ {
			ok = ok && isCapWord(a.tokens[j])
		}
		if !ok {
			continue
		}
		surf := a.doc.Text[a.tokens[lo].Start:a.tokens[k].End]
		if g, ok := x.gaz.DemonymEntry(surf); ok && g.Type == "Country" {
			return g.Name
		}
		if g, ok := x.gaz.Lookup(surf); ok && g.Type == "Country" {
			return g.Name
		}
	}
	return ""
}

// descriptionNation returns the country of the demonym or country name
// among the modifiers of a description, tokens [lo, hi) ("the German
// group", "the South African firm", "the US investment bank"), or "".
func (x *Extractor) descriptionNation(a *analysis, lo, hi int) string {
	for k := hi - 1; k >= lo; k-- {
		if !isCapWord(a.tokens[k]) {
			continue
		}
		return x.nationOf(a, k)
	}
	return ""
}

// soleOfNation returns the one candidate of classes cls named in sentence
// s or the nominalWindow before it that the text ties to country nation,
// when the text ties every other such candidate to another country
// ("Fiat ... US car giant General Motors ... the Italian firm"); or -1.
// A candidate of unknown country could be the one meant, so any leaves
// the description unresolved.
func soleOfNation(refs map[int]*nominalRef, classes []nomClass, nations []string, cls nomClass, nation string, s int) int {
	one := -1
	for e, ref := range refs {
		if classes[e]&cls == 0 || ref.last < s-nominalWindow {
			continue
		}
		switch nations[e] {
		case nation:
			if one >= 0 {
				return -1
			}
			one = e
		case "":
			return -1
		}
	}
	return one
}
