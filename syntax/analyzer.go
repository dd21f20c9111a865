package syntax

import (
	"fmt"
	"sync"
)

// Analyzer runs the whole syntax layer on a tokenised sentence: tagging,
// lemmatising and parsing, with the embedded models loaded once per
// process. It is safe for concurrent use.
type Analyzer struct {
	tagger *Tagger
	lemmas *Lemmatizer
	parser *Parser
}

var (
	analyzerOnce sync.Once
	analyzer     *Analyzer
	analyzerErr  error
)

// LoadAnalyzer returns the process-wide analyser.
func LoadAnalyzer() (*Analyzer, error) {
	analyzerOnce.Do(func() {
		// The parser's model loads beside the tagger's: a process's first
		// sentence waits for both (a third of a second of one core), and
		// the ingest workers that block on it meanwhile leave the other
		// core idle.
		go LoadParser() // its error: from the call below
		a := &Analyzer{}
		if a.tagger, analyzerErr = LoadTagger(); analyzerErr != nil {
			analyzerErr = fmt.Errorf("load analyzer: %w", analyzerErr)
			return
		}
		if a.lemmas, analyzerErr = LoadLemmatizer(); analyzerErr != nil {
			analyzerErr = fmt.Errorf("load analyzer: %w", analyzerErr)
			return
		}
		if a.parser, analyzerErr = LoadParser(); analyzerErr != nil {
			analyzerErr = fmt.Errorf("load analyzer: %w", analyzerErr)
			return
		}
		analyzer = a
	})
	return analyzer, analyzerErr
}

// Analyze fills s's tags, lemmas, heads and relations from s.Words.
// Sentences longer than MaxSentenceLen are parsed in chunks (see Parse).
func (a *Analyzer) Analyze(s *Sentence) {
	a.tagger.Tag(s)
	a.lemmas.Lemmatize(s)
	a.parser.Parse(s)
	repairPastBaseForms(s) // agreement settles a bare past after "he", "it", "Federer"
}
