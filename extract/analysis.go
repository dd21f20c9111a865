package extract

import (
	"github.com/newsgraph/newsgraph/extract/postag"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// analysis is the working state handed from one extraction stage to the
// next: the Document being filled plus what the stages share but users do
// not need (tokens).
type analysis struct {
	x   *Extractor
	doc *Document
	// tokens of the whole text, in order.
	tokens []textseg.Token
	// sentTokens[i] is the half-open range of indexes into tokens that
	// belong to doc.Sentences[i].
	sentTokens []textseg.Span
	// tagged[i] reports whether sentence i's tokens carry POS tags yet.
	tagged []bool
	// tagWords, tagOut and tagScratch are scratch space for the tagger.
	tagWords, tagOut []string
	tagScratch       postag.Scratch
	// ments are the detailed mentions behind doc.Mentions (same entities,
	// plus what the rules learned: title words, attribute mentions, hidden
	// mentions nested in role phrases). Sorted by Start.
	ments []mention
	// ents holds per-entity facts learnt while resolving (gender, the role
	// words seen with a person), parallel to doc.Entities.
	ents []entInfo
	// midStart and midSolo hold words seen capitalised away from a
	// sentence start, opening a longer run ("Time" in "... Time Warner")
	// or standing alone: document-level hints that a sentence-initial
	// capital is a name.
	midStart map[string]bool
	midSolo  map[string]int // how often, for lone capitalised common words
	// story caches the whole-story word tests (sportsStory, musicStory,
	// teamSportStory; story_memo.go). Rules ask them per candidate pair,
	// and a scan of the whole text each time made extraction quadratic in
	// the number of sentences.
	story storyMemo
	// political caches politicalSentence per sentence: 0 not yet asked,
	// 1 no, 2 yes.
	political []int8
	// tokMention[i] is 1 + the index into ments of a visible name mention
	// starting at token i, or 0.
	tokMention []int32
	// parses holds the dependency parses of sentences, parsed once on
	// demand (parse_cache.go).
	parses parseCache
	// described lists the described-event mentions (entities_events.go).
	described []describedName
	// describedParties holds the names of the organisations the text
	// calls a political party, found once on the first question
	// (titles_memberships.go); nil until then.
	describedParties map[string]bool
	// describedMemberBodies holds the organisations the text calls a
	// union or a campaign group ("union Unite", "the Amicus union"),
	// found on the first question (relations_member_bodies.go).
	describedMemberBodies map[int]bool
}

// sentenceTokens returns the tokens of sentence i, POS-tagged.
func (a *analysis) sentenceTokens(i int) []textseg.Token {
	a.tagSentence(i)
	r := a.sentTokens[i]
	return a.tokens[r.Start:r.End]
}

// mentionsIn returns the mentions of sentence i, in text order.
func (a *analysis) mentionsIn(i int) []Mention { return a.doc.MentionsIn(i) }

// entityOfMention returns the entity index of the mention starting at
// token index ti, or -1.
func (a *analysis) entityAtToken(ti int) int {
	if ti < 0 || ti >= len(a.tokMention) || a.tokMention[ti] == 0 {
		return -1
	}
	return a.ments[a.tokMention[ti]-1].entity
}
