package textseg

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}
