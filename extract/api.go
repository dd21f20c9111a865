package extract

import "github.com/newsgraph/newsgraph/extract/textseg"

// The text stage (extract/textseg) owns spans, sentences and the input
// errors; extract offers them under their old names so that its callers
// need import extract alone.
type (
	// Span is a half-open byte range [Start, End) into Document.Text.
	Span = textseg.Span
	// TokenizedSentence is one sentence as the extractor segments and
	// tokenises it, with each word's byte offsets in the decoded text.
	TokenizedSentence = textseg.TokenizedSentence
)

// Errors returned for input that cannot be an article.
var (
	ErrBinary = textseg.ErrBinary
	ErrEmpty  = textseg.ErrEmpty
)

// ContentHash is the hash Extract gives the document of raw (its
// Document.Hash), computed without extracting: ingest compares it with
// the stored documents to skip unchanged inputs before the costly part.
func ContentHash(raw []byte) (string, error) { return textseg.ContentHash(raw) }

// Sentences decodes raw exactly as Extract does and returns the text with
// its sentences, so that tools which show the pipeline's view of an
// article (newsgraph parse) see the same sentences and tokens the rules
// see. See textseg.Sentences.
func Sentences(source string, raw []byte) (text string, sents []TokenizedSentence, warnings []string, err error) {
	return textseg.Sentences(source, raw)
}
