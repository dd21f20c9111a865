package extract

import "github.com/newsgraph/newsgraph/syntax"

// parseCache holds the dependency parses of one document's sentences,
// filled on demand: the dependency rules (deprel.go) and the open
// relations (package openfacts) read the same sentences, and parsing is the
// costliest step of extraction, so each sentence is parsed at most once.
type parseCache struct {
	an    *syntax.Analyzer
	anErr error
	tried bool
	sents map[int]*syntax.Sentence
	// peeked holds parses made for a look that must not count as parsed
	// (peekParse): openfacts reads which sentences are in sents as a
	// sign, so these stay apart until parsed asks for one, which then
	// takes it over instead of parsing the sentence a second time. The
	// parser is deterministic, so the parse is the same either way.
	peeked map[int]*syntax.Sentence
}

// parsed returns sentence i tagged, lemmatised and parsed by the syntax
// layer, with each word's byte offsets in the document (Starts, Ends), or
// nil when i is out of range or the embedded models cannot load. The
// result is shared: callers must not modify it.
func (a *analysis) parsed(i int) *syntax.Sentence {
	if i < 0 || i >= len(a.sentTokens) {
		return nil
	}
	c := &a.parses
	if s, ok := c.sents[i]; ok {
		return s
	}
	s, ok := c.peeked[i]
	if ok {
		delete(c.peeked, i)
	} else {
		s = a.parseSentence(i)
	}
	if s == nil {
		return nil
	}
	if c.sents == nil {
		c.sents = make(map[int]*syntax.Sentence)
	}
	c.sents[i] = s
	return s
}

// parseSentence parses sentence i (in range) without caching it, or
// returns nil when the embedded models cannot load.
func (a *analysis) parseSentence(i int) *syntax.Sentence {
	c := &a.parses
	if !c.tried {
		c.tried = true
		c.an, c.anErr = syntax.LoadAnalyzer()
	}
	if c.anErr != nil {
		return nil // the embedded models are checked by syntax's tests
	}
	sp := a.sentTokens[i]
	toks := a.tokens[sp.Start:sp.End]
	s := &syntax.Sentence{
		Words:  make([]string, len(toks)),
		Starts: make([]int, len(toks)),
		Ends:   make([]int, len(toks)),
	}
	for k, t := range toks {
		s.Words[k], s.Starts[k], s.Ends[k] = t.Text, t.Start, t.End
	}
	c.an.Analyze(s)
	return s
}
