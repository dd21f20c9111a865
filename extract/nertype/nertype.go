// Package nertype is a trained contextual typer for proper-name mentions:
// given a parsed sentence and the span of a name in it, it says whether the
// name is a person, an organisation, a place, an event or none of these
// (a work, a product, an idea). It reads the name's form (words, shape,
// suffixes, the first-name list, the gazetteer) and its context (the words
// around it, its governor and relation in the dependency parse, the nouns
// that modify it), with an averaged perceptron (tools/train-nertype). The
// embedded model learnt from licensed text only: the names the extract
// rules type with strong evidence in EWT's train documents (CC BY-SA 4.0)
// and GUM's non-news train documents (CC BY / CC BY-SA), with GUM's gold
// names of those documents, described by context features only
// (ContextOnly) of the sentence's words, not parsed, so that it holds no
// weight for a name's own words and types a name by what is said around
// it. (The BBC corpus's terms allow research use, not shipping what is
// learnt from it: BBC texts only score the model.) The extract rules stay
// in charge where they have strong evidence; this model may decide where
// they guess (extract/entities_typer.go, switched off: on news it was not
// sure enough).
package nertype

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// Label is a type the typer can assign.
type Label uint8

// The labels, mapped from GUM's entity types: person, organization,
// place and event keep their meaning; every other GUM type (object,
// abstract, substance, animal, plant, time, quantity) is Other, "not an
// entity of ours".
const (
	Person Label = iota
	Organization
	Place
	Event
	Other
	numLabels
)

var labelNames = [numLabels]string{"Person", "Organization", "Place", "Event", "Other"}

// String returns the label's name.
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// Labels lists every label in order.
func Labels() []Label { return []Label{Person, Organization, Place, Event, Other} }

// Scores are one score per label; higher is likelier. Scores of several
// mentions of one entity add up, which is how a document votes.
type Scores [numLabels]float64

// Best returns the top label and its margin over the runner-up.
func (s Scores) Best() (Label, float64) {
	best, second := Label(0), Label(1)
	if s[second] > s[best] {
		best, second = second, best
	}
	for l := Label(2); l < numLabels; l++ {
		switch {
		case s[l] > s[best]:
			best, second = l, best
		case s[l] > s[second]:
			second = l
		}
	}
	return best, s[best] - s[second]
}

// Add adds o to s.
func (s *Scores) Add(o Scores) {
	for i := range s {
		s[i] += o[i]
	}
}

// model is the trained typer, written by `go run ./tools/train-nertype`
// from the silver and gold names of EWT's and GUM's licensed train
// documents.
//
//go:embed models/nertype.txt.gz
var model []byte

var (
	loadOnce sync.Once
	shared   *Model
	loadErr  error
)

// Load returns the embedded model, decoded on first use and shared by
// every caller (Score is safe for concurrent use).
func Load() (*Model, error) {
	loadOnce.Do(func() {
		shared, loadErr = ReadModel(bytes.NewReader(model))
		if loadErr != nil {
			loadErr = fmt.Errorf("embedded nertype model: %w", loadErr)
		}
	})
	return shared, loadErr
}
