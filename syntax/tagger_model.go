package syntax

import (
	_ "embed"
	"fmt"
	"sync"
)

// taggerModel is the trained tagger, written by `go run ./tools/train-tagger`
// from the UD English EWT and GUM training files (see ATTRIBUTION.md).
//
//go:embed models/tagger.bin.gz
var taggerModel []byte

var (
	taggerOnce   sync.Once
	sharedTagger *Tagger
	taggerErr    error
)

// LoadTagger returns the embedded tagger, decoded on first use and shared
// by every caller in the process (Tag is safe for concurrent use).
func LoadTagger() (*Tagger, error) {
	taggerOnce.Do(func() {
		sharedTagger, taggerErr = readTagger(taggerModel)
		if taggerErr != nil {
			taggerErr = fmt.Errorf("embedded tagger model: %w", taggerErr)
		}
	})
	return sharedTagger, taggerErr
}
