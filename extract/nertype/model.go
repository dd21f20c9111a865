package nertype

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// Model holds one weight per feature and label.
type Model struct {
	weights map[string]*[numLabels]float32
}

// Score returns the label scores of the name spanning words [i, j) of s,
// which must be tagged and parsed (syntax.Analyzer.Analyze).
func (m *Model) Score(s *syntax.Sentence, i, j int) Scores {
	var sc Scores
	for _, f := range Features(s, i, j) {
		if w, ok := m.weights[f]; ok {
			for l := range sc {
				sc[l] += float64(w[l])
			}
		}
	}
	return sc
}

// Predict returns the best label of a single mention and its margin.
func (m *Model) Predict(s *syntax.Sentence, i, j int) (Label, float64) {
	return m.Score(s, i, j).Best()
}

// Len is the number of features with weights.
func (m *Model) Len() int { return len(m.weights) }

// modelHeader opens every model file, so a file of another kind fails
// loudly instead of loading as an empty model.
const modelHeader = "nertype 1"

// WriteModel writes m as gzipped text: a header line, then one line a
// feature with its tab-separated weights in Labels order. Weights are
// rounded to three decimals and features whose weights all round to zero
// are left out: they cannot change a decision.
func (m *Model) WriteModel(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, modelHeader)
	for _, f := range sortedKeys(m.weights) {
		ws := m.weights[f]
		var line strings.Builder
		keep := false
		for _, x := range ws {
			r := math.Round(float64(x)*1000) / 1000
			keep = keep || r != 0
			line.WriteByte('\t')
			line.WriteString(strconv.FormatFloat(r, 'f', -1, 32))
		}
		if keep {
			bw.WriteString(f)
			bw.WriteString(line.String())
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write nertype model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write nertype model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by WriteModel.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read nertype model: %w", err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	if !sc.Scan() || sc.Text() != modelHeader {
		return nil, fmt.Errorf("read nertype model: missing header %q", modelHeader)
	}
	m := &Model{weights: make(map[string]*[numLabels]float32, 1<<14)}
	line := 1
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != int(numLabels)+1 {
			return nil, fmt.Errorf("read nertype model: line %d: %d fields, want %d", line, len(f), numLabels+1)
		}
		ws := new([numLabels]float32)
		for l := range ws {
			x, err := strconv.ParseFloat(f[l+1], 32)
			if err != nil {
				return nil, fmt.Errorf("read nertype model: line %d: weight %q: %w", line, f[l+1], err)
			}
			ws[l] = float32(x)
		}
		m.weights[f[0]] = ws
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read nertype model: line %d: %w", line, err)
	}
	if len(m.weights) == 0 {
		return nil, fmt.Errorf("read nertype model: no weights")
	}
	return m, nil
}

// Prune drops the features whose weights are all below min in size: on
// news the context features are many and mostly seen once, and the rare
// ones hold weights too small to turn a decision. It returns how many
// features are left.
func (m *Model) Prune(min float32) int {
	for f, ws := range m.weights {
		keep := false
		for _, w := range ws {
			keep = keep || w >= min || w <= -min
		}
		if !keep {
			delete(m.weights, f)
		}
	}
	return len(m.weights)
}
