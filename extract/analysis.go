package extract

// Token is one word or punctuation mark with its part-of-speech tag
// (Penn Treebank tags, from prose).
type Token struct {
	Span
	Text string
	Tag  string
}

// analysis is the working state handed from one extraction stage to the
// next: the Document being filled plus what the stages share but users do
// not need (tokens).
type analysis struct {
	doc *Document
	// tokens of the whole text, in order.
	tokens []Token
	// sentTokens[i] is the half-open range of indexes into tokens that
	// belong to doc.Sentences[i].
	sentTokens []Span
}

// sentenceTokens returns the tokens of sentence i.
func (a *analysis) sentenceTokens(i int) []Token {
	r := a.sentTokens[i]
	return a.tokens[r.Start:r.End]
}

// mentionsIn returns the mentions of sentence i, in text order.
// doc.Mentions is kept sorted by Start, so this is a contiguous run.
func (a *analysis) mentionsIn(i int) []Mention {
	ms := a.doc.Mentions
	lo, hi := 0, len(ms)
	for lo < hi && ms[lo].Sentence < i {
		lo++
	}
	end := lo
	for end < hi && ms[end].Sentence == i {
		end++
	}
	return ms[lo:end]
}
