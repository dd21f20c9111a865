package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// parserModel is the trained parser, written by `go run ./tools/train-syntax
// -what parser` from the UD English EWT and GUM training files (see
// ATTRIBUTION.md).
//
//go:embed models/parser.bin.gz
var parserModel []byte

var (
	parserOnce   sync.Once
	sharedParser *Parser
	parserErr    error
)

// LoadParser returns the embedded parser, decoded on first use and shared
// by every caller in the process (Parse is safe for concurrent use).
func LoadParser() (*Parser, error) {
	parserOnce.Do(func() {
		sharedParser, parserErr = ReadParser(bytes.NewReader(parserModel))
		if parserErr != nil {
			parserErr = fmt.Errorf("embedded parser model: %w", parserErr)
		}
	})
	return sharedParser, parserErr
}
