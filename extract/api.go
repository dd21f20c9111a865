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
//
// Contract (implemented in the rest of the package):
//
//	func New() (*Extractor, error)
//	func (x *Extractor) Extract(ctx context.Context, source string, raw []byte) (*Document, error)
//
// Extract decodes raw (UTF-8, else Windows-1252 with a warning; ErrBinary
// for NUL bytes; ErrEmpty for blank text) and returns the Document.
var _ = context.Background
