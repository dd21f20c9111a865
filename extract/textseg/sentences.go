package textseg

import "fmt"

// TokenizedSentence is one sentence as the extractor segments and
// tokenises it, with each word's byte offsets in the decoded text.
type TokenizedSentence struct {
	Span
	Words  []string
	Starts []int
	Ends   []int
}

// Sentences decodes raw exactly as Extract does (UTF-8, else Windows-1252
// with a warning; ErrBinary, ErrEmpty) and returns the text with its
// sentences, so that tools which show the pipeline's view of an article
// (newsgraph parse) see the same sentences and tokens the rules see.
func Sentences(source string, raw []byte) (text string, sents []TokenizedSentence, warnings []string, err error) {
	text, warnings, err = Decode(source, raw)
	if err != nil {
		return "", nil, warnings, fmt.Errorf("%s: %w", source, err)
	}
	var toks []Token
	var spans []Span
	for _, p := range Paragraphs(text) {
		lo := len(toks)
		toks = Tokenize(text, p.Start, p.End, toks)
		spans = SplitSentences(toks, lo, len(toks), spans)
	}
	sents = make([]TokenizedSentence, 0, len(spans))
	for _, sp := range spans {
		ts := TokenizedSentence{Span: Span{toks[sp.Start].Start, toks[sp.End-1].End}}
		for _, t := range toks[sp.Start:sp.End] {
			ts.Words = append(ts.Words, t.Text)
			ts.Starts = append(ts.Starts, t.Start)
			ts.Ends = append(ts.Ends, t.End)
		}
		sents = append(sents, ts)
	}
	return text, sents, warnings, nil
}
