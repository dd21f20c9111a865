// Package openfacts is the open-relation stage of extraction: every link
// the text states between two entities that no fixed predicate holds
// ("Vodafone has drafted in William Morrow", "Sony sued X"), read from the
// dependency parse by package openie and from noun phrases the parse
// leaves flat, and kept as Document.OpenFacts.
//
// It runs last, after every fixed-predicate stage and the pruning of
// entities named only by demonym, so its entity indexes are final and it
// can leave out every pair a fixed fact already links. What it needs of
// the earlier stages is Input; what it gives is Document.OpenFacts.
package openfacts

import (
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// Input is what the stage reads: the document as the earlier stages left
// it and the parts of their analysis users of a Document never see.
type Input struct {
	Doc *model.Document
	// Tokens are the tokens of the whole text; SentTokens[i] is the range
	// of sentence i's tokens in them.
	Tokens     []textseg.Token
	SentTokens []textseg.Span
	// Mentions are the detailed mentions, sorted by first token: the
	// visible ones of Doc.Mentions and the hidden ones nested in role
	// phrases, which a pronoun rule must step over.
	Mentions []Mention
	// Gazetteer types the demonyms and known names of noun phrases.
	Gazetteer *gazetteer.Gazetteer
	// HeadlineAlone: sentence 0 stands alone in its paragraph, as a
	// headline does. TitleCase: that headline capitalises nearly every
	// word, so its capitals say nothing about names.
	HeadlineAlone, TitleCase bool
	// Earlier answers what the earlier stages compute on demand.
	Earlier Earlier
}

// Mention is one detailed mention: its entity (or -1), its sentence, its
// tokens [T0, T1) and whether it is hidden inside a longer phrase.
type Mention struct {
	Entity, Sent, T0, T1 int
	Hidden               bool
}

// Earlier is what the stage asks of the stages before it. Parses and tags
// are made on demand and shared, since parsing is the costliest step of
// extraction; the coreference answers need the resolver's own state.
type Earlier interface {
	// SentenceTokens returns sentence i's tokens, POS-tagged.
	SentenceTokens(i int) []textseg.Token
	// Parsed returns sentence i's dependency parse, parsing it on the
	// first call, or nil when the models cannot load.
	Parsed(i int) *syntax.Sentence
	// ParsedAlready reports whether an earlier stage has parsed sentence
	// i, so that reading its parse costs nothing.
	ParsedAlready(i int) bool
	// SentenceSubject returns the entity of the name that opens sentence
	// i as its subject, or -1.
	SentenceSubject(i int) int
	// WellAttested reports whether entity e is surely of its type: the
	// gazetteer or a head word typed it, or the text names it more than
	// once.
	WellAttested(e int) bool
}

// analysis is the stage's view of one document while it runs; the rules
// are its methods.
type analysis struct{ Input }

// Find fills in.Doc.OpenFacts.
func Find(in Input) {
	a := &analysis{in}
	a.findOpenFacts()
}
