package extract

import (
	"github.com/newsgraph/newsgraph/extract/openfacts"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// findOpenFacts runs the open-relation stage (package openfacts) over a's
// document, handing it the analysis it reads and answering its questions
// of the earlier stages (openEarlier).
func (x *Extractor) findOpenFacts(a *analysis) {
	ms := make([]openfacts.Mention, len(a.ments))
	for i, m := range a.ments {
		ms[i] = openfacts.Mention{Entity: m.entity, Sent: m.sent, T0: m.t0, T1: m.t1, Hidden: m.hidden}
	}
	openfacts.Find(openfacts.Input{
		Doc:           a.doc,
		Tokens:        a.tokens,
		SentTokens:    a.sentTokens,
		Mentions:      ms,
		Gazetteer:     x.gaz,
		HeadlineAlone: a.headlineAlone(),
		TitleCase:     a.titleCase(),
		Earlier:       openEarlier{a},
	})
}

// openEarlier answers openfacts.Earlier from the analysis: the shared parse
// cache and tags, and the coreference resolver's subject tests.
type openEarlier struct{ a *analysis }

func (e openEarlier) SentenceTokens(i int) []textseg.Token { return e.a.sentenceTokens(i) }
func (e openEarlier) Parsed(i int) *syntax.Sentence        { return e.a.parsed(i) }
func (e openEarlier) SentenceSubject(i int) int            { return e.a.sentenceSubject(i) }
func (e openEarlier) WellAttested(ent int) bool            { return e.a.wellAttested(ent) }

func (e openEarlier) ParsedAlready(i int) bool {
	_, ok := e.a.parses.sents[i]
	return ok
}
