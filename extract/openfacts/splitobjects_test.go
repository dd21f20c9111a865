package openfacts

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// TestSplitObjectGuards checks splitObject on hand-made parses: the name
// is read for a verb of acts, for "play" only after a team noun, and
// not under a demonym subject.
func TestSplitObjectGuards(t *testing.T) {
	cases := []struct {
		subj, verb, lemma, desc, noun string
		want                          int
	}{
		{"Bellamy", "married", "marry", "young", "actress", 1},
		{"Rovers", "play", "play", "Dutch", "side", 1},
		{"Bellamy", "played", "play", "undercover", "cop", -1},  // a character
		{"Spaniard", "ousted", "oust", "sixth", "seed", -1},     // a demonym subject
		{"Bellamy", "married", "marry", "young", "Actress", -1}, // a capitalised head is a name
	}
	for _, c := range cases {
		s, tp, ms := splitParse(c.subj, c.verb, c.lemma, c.desc, c.noun)
		if got := splitObject(s, tp, ms); got != c.want {
			t.Errorf("%s %s %s %s Jack Corran: splitObject = %d, want %d", c.subj, c.verb, c.desc, c.noun, got, c.want)
		}
	}
}

// splitParse is "SUBJ VERB DESC NOUN Jack Corran" parsed the way the
// split is: the noun the verb's object, the name a bare oblique after it.
func splitParse(subj, verb, lemma, desc, noun string) (*syntax.Sentence, openie.Tuple, []model.Mention) {
	words := []string{subj, verb, desc, noun, "Jack", "Corran"}
	s := &syntax.Sentence{
		Words:  words,
		UPOS:   []string{"PROPN", "VERB", "ADJ", "NOUN", "PROPN", "PROPN"},
		Lemmas: []string{subj, lemma, desc, noun, "Jack", "Corran"},
		Head:   []int{2, 0, 4, 2, 6, 2},
		Deprel: []string{"nsubj", "root", "amod", "obj", "flat", "obl"},
	}
	off := 0
	for _, w := range words {
		s.Starts = append(s.Starts, off)
		s.Ends = append(s.Ends, off+len(w))
		off += len(w) + 1
	}
	text := strings.Join(words, " ")
	ms := []model.Mention{
		{Span: textseg.Span{Start: 0, End: len(subj)}, Entity: 0, Kind: model.MentionName},
		{Span: textseg.Span{Start: strings.Index(text, "Jack"), End: len(text)}, Entity: 1, Kind: model.MentionName},
	}
	if subj == "Spaniard" {
		ms[0].Kind = model.MentionDemonym
	}
	tp := openie.Tuple{
		Clause: openie.SVOA, Predicate: 1, RelTokens: []int{1},
		Args: []openie.Arg{
			{Span: openie.Span{Start: 0, End: 1}, Head: 0, Role: "subj"},
			{Span: openie.Span{Start: 2, End: 4}, Head: 3, Role: "obj"},
			{Span: openie.Span{Start: 4, End: 6}, Head: 5, Role: "obl"},
		},
	}
	return s, tp, ms
}
