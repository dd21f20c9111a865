package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// roleOfPreps join an apposed role to the body it serves: "X, an analyst
// at Y", "X, vice chairman of Y", "X, a spokeswoman for Y".
var roleOfPreps = map[string]bool{"of": true, "at": true, "with": true, "for": true, "from": true}

// maxDescWords bounds the lower-case words that may describe the body
// between the preposition and its name ("at analyst firm IDC", "of
// banking giant Citigroup").
const maxDescWords = 3

// roleOfLinks reads "B, (a|the) ROLE PREP (the) (DESC) A" in sentence i,
// an apposition that names B's post at A, as B ~be_ROLE_PREP~ A ("Dmitry
// Lukashov, an analyst at brokerage Aton"; "Stanley Fischer, vice
// chairman of banking giant Citigroup"). The parse reads such phrases
// poorly when a description stands before A (A hung on the role as an
// apposition of its own), so the words are read as roleLinks reads
// "A ROLE B": lower-case role words ending in a role noun, one "and"
// joining two roles ("founder and chairman of"). A must close the
// phrase: a possessive or a noun after it makes A the owner of a unit
// ("head of the Tate's digital programme", "a member of the BMW
// management board"), which is another relation.
func (a *analysis) roleOfLinks(i int, ms []model.Mention) []roleOfLink {
	var out []roleOfLink
	ents := a.Doc.Entities
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence: roleFact reads the tags
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		words := a.Tokens[t0:t1]
		if len(words) < 3 || words[0].Text != "," {
			return
		}
		words = words[1:]
		if d := words[0].Lower(); d == "a" || d == "an" || d == "the" {
			words = words[1:]
		}
		p := -1
		for k, w := range words {
			if roleOfPreps[w.Lower()] {
				p = k
				break
			}
		}
		if p < 1 {
			return
		}
		role, prep, label := words[:p], words[p].Lower(), words[p].Text
		if f := fieldEnd(words, p); f > p {
			// "head of distribution for Y", "vice president of
			// emerging technologies at Y": the post's field, then the
			// body, as throughNoun reads it from the parse
			prep = words[f].Lower()
			for _, w := range words[p+1 : f+1] {
				label += " " + w.Text
			}
			p = f
		}
		desc := words[p+1:]
		if len(desc) > 0 && desc[0].Lower() == "the" {
			desc = desc[1:]
		}
		if len(desc) > maxDescWords || !describes(desc) || !a.closesRole(m2, sp.End) {
			return
		}
		for _, role := range roleConjuncts(role) {
			if len(role) == 0 || len(role) > maxRoleWords {
				return
			}
			f, ok := a.roleFact(i, role, m1.Entity, m2.Entity, ents)
			if !ok || personalRoles[role[len(role)-1].Lower()] && ents[m2.Entity].Type != model.Person ||
				a.cutShort(i, m1.Entity, -1, nil, ms) || a.cutShort(i, m2.Entity, -1, nil, ms) {
				continue
			}
			// roleFact words the post "of" its owner; the text's own
			// preposition says how B serves A ("an analyst at")
			f.Key = strings.TrimSuffix(f.Key, "_of") + "_" + prep
			f.Label = strings.TrimSuffix(f.Label, " of") + " " + label
			f.Rule = "openie:roleof"
			out = append(out, roleOfLink{f, m2})
		}
	})
	return out
}

// roleOfLink is an apposed role's fact with the mention of the body it
// names.
type roleOfLink struct {
	fact model.OpenFact
	body model.Mention
}

// addRoleOf appends to the document the apposed role links of a
// sentence that nothing else there links: no fixed fact, no role link
// read before the parse, and no tuple of the parse (paired, nil when the
// sentence was not parsed) between the holder and a name overlapping
// the body's ("editor of PC Pro Magazine", which the parse linked as "PC
// Pro"). The parse's own reading keeps its label where it has one.
func (a *analysis) addRoleOf(links []roleOfLink, paired map[[2]int]bool, ms []model.Mention, fixed map[[3]int]bool,
	works map[int]bool, roled map[[2]int]bool, seen map[openKey]bool) {
	for _, l := range links {
		f := l.fact
		if fixed[[3]int{f.Sentence, f.Subject, f.Object}] || works[f.Subject] || works[f.Object] || roled[[2]int{f.Subject, f.Object}] {
			continue
		}
		linked := false
		for _, m := range ms {
			if m.Entity >= 0 && m.Start < l.body.End && l.body.Start < m.End && paired[[2]int{f.Subject, m.Entity}] {
				linked = true
				break
			}
		}
		k := openKey{f.Subject, f.Key, f.Object}
		if linked || seen[k] {
			continue
		}
		seen[k] = true
		a.Doc.OpenFacts = append(a.Doc.OpenFacts, f)
	}
}

// fieldPrepsAfter lead from a post's field to the body: "head of
// distribution for Y", "director of products at Y".
var fieldPrepsAfter = map[string]bool{"at": true, "for": true, "with": true}

// maxFieldWords bounds a post's field ("emerging technologies",
// "economics and demography").
const maxFieldWords = 3

// fieldEnd is the index of the preposition after a post's field that
// "of" or "for" at words[p] opens, or -1: one to three lower-case words,
// one "and" among them, then "at", "for" or "with".
func fieldEnd(words []textseg.Token, p int) int {
	if w := words[p].Lower(); w != "of" && w != "for" {
		return -1
	}
	ands := 0
	for k := p + 1; k < len(words) && k <= p+maxFieldWords+1; k++ {
		w := words[k]
		switch {
		case fieldPrepsAfter[w.Lower()]:
			if k == p+1 || ands > 0 && words[k-1].Lower() == "and" {
				return -1
			}
			return k
		case w.Lower() == "and" && k > p+1 && ands == 0:
			ands++
		case w.Flags&textseg.TCap != 0 || !isWordish(w.Text) ||
			!strings.HasPrefix(w.Tag, "NN") && !strings.HasPrefix(w.Tag, "JJ") && !strings.HasPrefix(w.Tag, "VBG"):
			return -1
		}
	}
	return -1
}

// roleConjuncts splits role words at one "and" ("founder and
// chairman"); each part must then be a role of its own.
func roleConjuncts(words []textseg.Token) [][]textseg.Token {
	for k, w := range words {
		if w.Lower() == "and" {
			return [][]textseg.Token{words[:k], words[k+1:]}
		}
	}
	return [][]textseg.Token{words}
}

// describes reports whether the words before a body's name are a plain
// description of it: lower-case nouns, adjectives and participles
// ("analyst firm", "banking giant", "listed firm"), no name or function
// word.
func describes(desc []textseg.Token) bool {
	for _, w := range desc {
		if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) || !strings.HasPrefix(w.Tag, "NN") &&
			!strings.HasPrefix(w.Tag, "JJ") && w.Tag != "VBG" && w.Tag != "VBN" {
			return false
		}
	}
	return true
}

// roleCloses are the words that may follow the body's name and leave it
// the whole party: punctuation, a coordination, a place ("at Finans
// Investment in Istanbul") or the verb of the quote.
var roleCloses = map[string]bool{
	",": true, ".": true, ";": true, ":": true, ")": true, "-": true, "and": true, "in": true,
	"said": true, "says": true, "told": true, "added": true,
}

// closesRole reports whether mention m ends the role phrase: the
// sentence ends after it or a word of roleCloses follows, directly or
// after the outlet noun the name is ("editor of Empire magazine", "the
// Reuters news agency").
func (a *analysis) closesRole(m model.Mention, end int) bool {
	k := a.tokenAt(m.End)
	for j := k; j < end && j <= k+2; j++ {
		w := a.Tokens[j]
		if outletNouns[w.Lower()] {
			k = j + 1
			break
		}
		if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) {
			break
		}
	}
	return k >= end || roleCloses[a.Tokens[k].Lower()]
}
