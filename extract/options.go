package extract

// Options choose what Extract finds beyond entities, quotations and the
// fixed predicates. New returns an Extractor with DefaultOptions; With
// gives a copy with other options that shares the loaded models.
type Options struct {
	// OpenFacts turns on open relations (package openfacts): links stated in
	// the text's own words between two entities. Off, Document.OpenFacts
	// stays empty and extraction skips that stage; the fixed facts are the
	// same either way, since no open fact feeds them.
	OpenFacts bool
}

// DefaultOptions are the options New uses: open facts on.
func DefaultOptions() Options { return Options{OpenFacts: true} }

// With returns an extractor with options o. It shares the models and
// gazetteers with x (both stay safe for concurrent use).
func (x *Extractor) With(o Options) *Extractor {
	y := *x
	y.opts = o
	return &y
}

// Options reports the extractor's options.
func (x *Extractor) Options() Options { return x.opts }
