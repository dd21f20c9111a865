package textseg

// Token is one word or punctuation mark with its part-of-speech tag
// (Penn Treebank tags, from prose). Tags are filled lazily, per sentence:
// read tokens through sentenceTokens (or call tagSentence) when you need
// Tag; a.tokens read directly may have an empty Tag.
type Token struct {
	Span
	Text  string
	Tag   string
	Flags uint8  // tCap, tUpper, ... (tokenize.go)
	Low   string // Text in lower case, computed once
}

// Lower returns the token's text in lower case.
func (t Token) Lower() string {
	if t.Low == "" {
		return Lower(t.Text)
	}
	return t.Low
}
