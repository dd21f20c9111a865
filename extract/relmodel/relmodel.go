// Package relmodel holds the learned relation stage's models: one binary
// logistic regression per predicate over string features of an entity
// pair in one sentence (extract/relations_learned.go builds the features).
// The weights are trained by tools/trainrel on the gold of the development
// sets and embedded here as gzip JSON, together with each predicate's
// threshold and the precision and recall that leave-one-set-out
// cross-validation measured for the facts the model adds over the rules.
package relmodel

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the trained weights
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// Predicate is the model of one predicate.
type Predicate struct {
	// Threshold is the score from which a pair becomes a fact, chosen by
	// cross-validation so that the added facts keep their precision.
	Threshold float64 `json:"threshold"`
	// CVPrecision and CVRecall are the pooled leave-one-set-out figures of
	// the facts added over the rules at Threshold; CVAdded and CVCorrect
	// are the counts behind CVPrecision.
	CVPrecision float64            `json:"cv_precision"`
	CVRecall    float64            `json:"cv_recall"`
	CVAdded     int                `json:"cv_added"`
	CVCorrect   int                `json:"cv_correct"`
	Bias        float64            `json:"bias"`
	Weights     map[string]float64 `json:"weights"`
}

// Model maps a predicate name ("memberOf") to its model. Only predicates
// whose cross-validated precision reached the trainer's floor are present;
// CV reports every predicate tried, kept or not.
type Model struct {
	Predicates map[string]*Predicate `json:"predicates"`
	// Trained says what the model was trained on, for the reader of the file.
	Trained string  `json:"trained"`
	CV      []CVRow `json:"cv"`
}

// CVRow is the leave-one-set-out result of one predicate: the facts the
// model would add over the rules on each held-out set, pooled. Threshold
// is 0 and Kept false when no threshold reached Floor.
type CVRow struct {
	Predicate string  `json:"predicate"`
	Floor     float64 `json:"floor"`
	Kept      bool    `json:"kept"`
	Threshold float64 `json:"threshold"`
	// Candidates is the number of held-out pairs scored; Positives how
	// many of them are gold facts the rules missed; Missed the gold facts
	// of the predicate the rules missed (the recall denominator).
	Candidates int `json:"candidates"`
	Positives  int `json:"positives"`
	Missed     int `json:"missed"`
	// Added and Correct at Threshold; Best lists how many of the k
	// best-scored pairs are right, for k = 10, 20, 50, 100.
	Added     int            `json:"added"`
	Correct   int            `json:"correct"`
	Precision float64        `json:"precision"`
	Recall    float64        `json:"recall"`
	Best      map[string]int `json:"best"`
}

// Score is the probability the model gives a pair with features fs.
func (p *Predicate) Score(fs []string) float64 {
	z := p.Bias
	for _, f := range fs {
		z += p.Weights[f]
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 {
	if z < -30 {
		z = -30
	} else if z > 30 {
		z = 30
	}
	return 1 / (1 + math.Exp(-z))
}

//go:embed relmodel.json.gz
var embedded []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded model, decoded once per process.
func Default() (*Model, error) {
	defOnce.Do(func() {
		defModel, defErr = Read(bytes.NewReader(embedded))
		if defErr != nil {
			defErr = fmt.Errorf("relmodel: embedded model: %w", defErr)
		}
	})
	return defModel, defErr
}

// Read decodes a gzip JSON model.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("open gzip: %w", err)
	}
	defer zr.Close()
	var m Model
	if err := json.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("decode JSON: %w", err)
	}
	if m.Predicates == nil {
		m.Predicates = map[string]*Predicate{}
	}
	return &m, nil
}

// Write encodes m as gzip JSON. Weights are rounded to six decimals and
// keys come out sorted (encoding/json sorts map keys), so the same
// training gives the same bytes.
func (m *Model) Write(w io.Writer) error {
	for _, p := range m.Predicates {
		for k, v := range p.Weights {
			p.Weights[k] = math.Round(v*1e6) / 1e6
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip writer: %w", err)
	}
	enc := json.NewEncoder(zw)
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("close gzip: %w", err)
	}
	return nil
}

// Example is one training pair: its features and whether it is a fact.
type Example struct {
	Features []string
	Positive bool
}

// TrainOptions set the learner. The zero value is replaced by defaults.
type TrainOptions struct {
	Epochs int     // passes over the data (default 12)
	Rate   float64 // initial learning rate (default 0.2)
	L2     float64 // L2 penalty per update (default 1e-4)
	// MinCount drops features seen in fewer examples (default 2): a
	// feature seen once only memorises its sentence.
	MinCount int
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Rate == 0 {
		o.Rate = 0.2
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
}

// Train fits a logistic regression by stochastic gradient descent. It is
// deterministic: the examples are visited in a fixed interleaved order
// (no random shuffling), so the same data gives the same weights.
func Train(exs []Example, o TrainOptions) *Predicate {
	o.defaults()
	count := map[string]int{}
	for _, e := range exs {
		for _, f := range uniq(e.Features) {
			count[f]++
		}
	}
	// a fixed permutation: stride through the examples by a step
	// coprime with their number, which mixes documents without a seed
	order := make([]int, len(exs))
	step := 7919
	for len(exs) > 0 && gcd(step, len(exs)) != 1 {
		step++
	}
	for i := range order {
		order[i] = (i * step) % max(len(exs), 1)
	}
	w := map[string]float64{}
	bias := 0.0
	t := 0
	for ep := 0; ep < o.Epochs; ep++ {
		for _, i := range order {
			e := exs[i]
			fs := e.Features[:0:0]
			for _, f := range uniq(e.Features) {
				if count[f] >= o.MinCount {
					fs = append(fs, f)
				}
			}
			z := bias
			for _, f := range fs {
				z += w[f]
			}
			y := 0.0
			if e.Positive {
				y = 1
			}
			g := y - sigmoid(z)
			rate := o.Rate / (1 + float64(t)/float64(max(len(exs), 1)))
			t++
			bias += rate * g
			for _, f := range fs {
				w[f] += rate * (g - o.L2*w[f])
			}
		}
	}
	for k, v := range w {
		if math.Abs(v) < 1e-4 {
			delete(w, k)
		}
	}
	return &Predicate{Bias: bias, Weights: w}
}

func uniq(fs []string) []string {
	out := append([]string(nil), fs...)
	sort.Strings(out)
	k := 0
	for i, f := range out {
		if i == 0 || f != out[k-1] {
			out[k] = f
			k++
		}
	}
	return out[:k]
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
