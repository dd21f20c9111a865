package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// lemmaModel is the trained lemmatiser, written by `go run
// ./tools/train-tagger` from the UD English EWT and GUM training files (see
// ATTRIBUTION.md).
//
//go:embed models/lemma.txt.gz
var lemmaModel []byte

var (
	lemmaOnce   sync.Once
	sharedLemma *Lemmatizer
	lemmaErr    error
)

// LoadLemmatizer returns the embedded lemmatiser, decoded on first use and
// shared by every caller in the process.
func LoadLemmatizer() (*Lemmatizer, error) {
	lemmaOnce.Do(func() {
		sharedLemma, lemmaErr = ReadLemmatizer(bytes.NewReader(lemmaModel))
		if lemmaErr == nil {
			lemmaErr = addLemmaFixes(sharedLemma) // hand-written exceptions, lemma_fixes.txt
		}
		if lemmaErr != nil {
			lemmaErr = fmt.Errorf("embedded lemmatizer model: %w", lemmaErr)
		}
	})
	return sharedLemma, lemmaErr
}

// LemmaScore counts lemmas equal to the gold ones.
type LemmaScore struct{ Tokens, Correct int }

// Acc is the percentage of correct lemmas.
func (s LemmaScore) Acc() float64 { return pct(s.Correct, s.Tokens) }

// EvalLemmatizer lemmatises copies of the gold sentences, with the gold
// tags when tagger is nil and with the tagger's tags otherwise, and counts
// exact matches with the gold lemmas.
func EvalLemmatizer(l *Lemmatizer, tagger *Tagger, gold []*Sentence) LemmaScore {
	var sc LemmaScore
	for _, g := range gold {
		s := &Sentence{Words: g.Words, XPOS: g.XPOS, UPOS: g.UPOS}
		if tagger != nil {
			tagger.Tag(s)
		}
		l.Lemmatize(s)
		for i := range g.Words {
			sc.Tokens++
			if s.Lemmas[i] == g.Lemmas[i] {
				sc.Correct++
			}
		}
	}
	return sc
}
