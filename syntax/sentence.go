// Package syntax holds newsgraph's trained syntax layer: a part-of-speech
// tagger, a lemmatiser and a transition-based dependency parser, all trained
// from the Universal Dependencies English treebanks in ../shared/ud and
// embedded in the binary. It knows nothing of entities or relations; the
// extract stages read its output.
package syntax

import "strings"

// Sentence is one tokenised sentence and, once analysed, its syntax.
// Slices are indexed by token position 0..n-1; Head uses CoNLL-U numbering
// (0 is the root, i+1 is token i), so Head[i]-1 is the head's index.
type Sentence struct {
	Words  []string // surface forms, as tokenised (input)
	Starts []int    // optional byte offset of each word in its document
	Ends   []int    // optional byte end offset of each word

	XPOS   []string // Penn Treebank tags
	UPOS   []string // Universal POS tags
	Lemmas []string
	Head   []int    // CoNLL-U head: 0 = root, k = token k-1
	Deprel []string // UD basic relation, with subtype ("nsubj:pass", "obl:tmod")

	ID      string // sent_id from a treebank, if any
	Comment []string
	Misc    []string // a treebank's MISC column, when read from CoNLL-U
}

// Len is the number of tokens.
func (s *Sentence) Len() int { return len(s.Words) }

// LowerLemma returns word k's lemma in lower case, or its lower-cased
// form when the lemmatiser left none, and "" outside the sentence.
func (s *Sentence) LowerLemma(k int) string {
	if k < 0 || k >= len(s.Words) {
		return ""
	}
	if k < len(s.Lemmas) && s.Lemmas[k] != "" {
		return strings.ToLower(s.Lemmas[k])
	}
	return strings.ToLower(s.Words[k])
}

// CaseOf returns the index of the case marker (the preposition) of
// nominal h, or -1.
func (s *Sentence) CaseOf(h int) int {
	for k := 0; k < h; k++ {
		if s.Head[k]-1 == h && s.Deprel[k] == "case" {
			return k
		}
	}
	return -1
}
