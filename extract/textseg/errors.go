package textseg

import (
	"errors"
)

// Errors returned for input that cannot be an article.
var (
	ErrBinary = errors.New("binary file (contains NUL bytes)")
	ErrEmpty  = errors.New("empty file")
)
