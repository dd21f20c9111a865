package openfacts

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// pronounBodies are the entity types a subject "it" or "they" left
// unresolved may stand for in an open fact: a body ("It bought Ambev",
// "They beat Celtic" of a club). A person is "he" or "she", which the
// coreference binds itself; an "it" after a country's sentence was as
// often the thing that sentence was about ("The US ... It is being
// assembled for X", of a computer).
var pronounBodies = map[string]map[model.EntityType]bool{
	"it":   {model.Organization: true},
	"they": {model.Organization: true},
}

// pronounSubject reads a subject "it" or "they" that no resolver reached
// (token h of sentence i) as the subject of the sentence before, when
// that subject is a single, well-attested entity of a kind the pronoun
// fits and no entity of that kind is named in sentence i before the
// pronoun: "Inbev makes Stella Artois. In August it bought Ambev". News
// carries a body's acts from sentence to sentence this way; the entity's
// index, or -1.
func (a *analysis) pronounSubject(i int, s *syntax.Sentence, h int, ms []model.Mention) int {
	if h < 0 || h >= len(s.Head) || s.UPOS[h] != "PRON" || !strings.HasPrefix(s.Deprel[h], "nsubj") {
		return -1
	}
	w, v := strings.ToLower(s.Words[h]), s.Head[h]-1
	fits := pronounBodies[w]
	if fits == nil || v < 0 || w == "it" && strings.EqualFold(s.Lemmas[v], "take") {
		// "It then took a tackle by X to deny Y": the "it" of "it
		// takes X to" stands for nothing
		return -1
	}
	if e, ok := mainSubject(s, h, ms, a.Doc.Entities, fits); ok {
		if w == "they" {
			// "they" in a time clause is as often a plural the main
			// clause names ("warned the trio after they were seen")
			return -1
		}
		return e
	}
	for _, m := range ms {
		if m.Start < s.Starts[h] && m.Entity >= 0 && fits[a.Doc.Entities[m.Entity].Type] {
			return -1 // "Nissan said that in Japan it ...": a nearer antecedent
		}
	}
	if i < 2 {
		return -1 // sentence 0 is the headline, which the next does not continue
	}
	e := a.Earlier.SentenceSubject(i - 1)
	if e < 0 || !fits[a.Doc.Entities[e].Type] || !a.Earlier.WellAttested(e) || a.pairedSubject(i-1) {
		return -1
	}
	return e
}

// pairedSubject reports whether the subject opening sentence i is one of
// two or more ("Nissan and Renault signed ..."): a pronoun after it
// stands for the pair, or for either.
func (a *analysis) pairedSubject(i int) bool {
	lo := a.SentTokens[i].Start
	for k := sort.Search(len(a.Mentions), func(k int) bool { return a.Mentions[k].T0 >= lo }); k < len(a.Mentions) && a.Mentions[k].Sent == i; k++ {
		m := &a.Mentions[k]
		if m.Hidden || m.Entity < 0 {
			continue
		}
		if m.T1 >= a.SentTokens[i].End {
			return false
		}
		switch a.Tokens[m.T1].Lower() {
		case "and", "or", ",", "&", "with":
			return true
		}
		return false
	}
	return false
}

// timeClauseMarks open a clause whose pronoun subject is, in news text,
// the main clause's subject: "China opened its banks when it joined the
// WTO", "Constellation became the biggest winemaker after it bought BRL
// Hardy".
var timeClauseMarks = map[string]bool{
	"when": true, "after": true, "before": true, "since": true, "as": true, "until": true, "once": true,
}

// mainSubject binds pronoun subject h of a time clause to the named
// subject of the main clause that clause hangs on, which comes first:
// the entity and true when the construction holds (-1 when its subject
// is no fitting entity, so nothing is read), false when h is not such a
// subject.
func mainSubject(s *syntax.Sentence, h int, ms []model.Mention, ents []model.Entity, fits map[model.EntityType]bool) (int, bool) {
	v := s.Head[h] - 1
	if v < 0 || s.Deprel[v] != "advcl" {
		return -1, false
	}
	mark := ""
	for k := range s.Head {
		if s.Head[k]-1 == v && (s.Deprel[k] == "mark" || s.Deprel[k] == "advmod" && k < h) {
			// the parse hangs "when" as an adverb, "after" as a marker
			mark = strings.ToLower(s.Words[k])
		}
	}
	if !timeClauseMarks[mark] {
		return -1, false
	}
	main := s.Head[v] - 1
	if main < 0 {
		return -1, true
	}
	for k := range s.Head {
		if s.Head[k]-1 != main || !strings.HasPrefix(s.Deprel[k], "nsubj") || k > h {
			continue
		}
		if coordinated(s, k) {
			return -1, true // "Nissan and Renault ..., when it": either, or both
		}
		e := entityAt(s, openie.Arg{Head: k, Span: openie.Span{Start: k, End: k + 1}}, ms)
		if e < 0 || !fits[ents[e].Type] {
			return -1, true
		}
		return e, true
	}
	return -1, true
}
