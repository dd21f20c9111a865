package relmodel

import (
	"bytes"
	"testing"
)

// TestDefaultModel checks the committed model: it loads, every predicate
// it keeps carries the cross-validated precision the trainer measured,
// above a floor, and a threshold inside (0, 1); every kept predicate has
// its cross-validation row, and a row left out has no weights.
func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const floor = 0.80
	rows := map[string]CVRow{}
	for _, r := range m.CV {
		rows[r.Predicate] = r
		if !r.Kept && m.Predicates[r.Predicate] != nil {
			t.Errorf("%s: left out by cross-validation but has weights", r.Predicate)
		}
	}
	if len(rows) == 0 {
		t.Error("the model records no cross-validation")
	}
	for name, p := range m.Predicates {
		r, ok := rows[name]
		if !ok || !r.Kept {
			t.Errorf("%s: kept without a cross-validation row", name)
		}
		if p.CVPrecision < floor || p.CVPrecision != r.Precision {
			t.Errorf("%s: cross-validated precision %.3f (row %.3f), want >= %.2f", name, p.CVPrecision, r.Precision, floor)
		}
		if p.Threshold <= 0 || p.Threshold >= 1 {
			t.Errorf("%s: threshold %.3f outside (0, 1)", name, p.Threshold)
		}
		if len(p.Weights) == 0 {
			t.Errorf("%s: no weights", name)
		}
	}
}

// TestTrainSeparates trains on a tiny invented feature set and checks
// that a positive pattern outscores a negative one, and that the same
// data gives the same weights (training is deterministic).
func TestTrainSeparates(t *testing.T) {
	var exs []Example
	for i := 0; i < 6; i++ {
		exs = append(exs,
			Example{Features: []string{"PATH:nsubj^ [play] vobl", "T:Person>Organization"}, Positive: true},
			Example{Features: []string{"PATH:nsubj^ [watch] vobj", "T:Person>Organization"}, Positive: false},
			Example{Features: []string{"PATH:nmod:poss^ [report] vnmod", "T:Person>Organization"}, Positive: false})
	}
	p := Train(exs, TrainOptions{})
	pos := p.Score([]string{"PATH:nsubj^ [play] vobl", "T:Person>Organization"})
	neg := p.Score([]string{"PATH:nsubj^ [watch] vobj", "T:Person>Organization"})
	if pos <= 0.5 || neg >= 0.5 {
		t.Errorf("positive %.3f, negative %.3f: want them either side of 0.5", pos, neg)
	}
	q := Train(exs, TrainOptions{})
	for k, v := range p.Weights {
		if q.Weights[k] != v {
			t.Fatalf("weight %q differs between two trainings: %v, %v", k, v, q.Weights[k])
		}
	}
}

// TestWriteRead round-trips a model through its file format.
func TestWriteRead(t *testing.T) {
	m := &Model{Predicates: map[string]*Predicate{"memberOf": {Threshold: 0.7, CVPrecision: 0.9, Bias: -1,
		Weights: map[string]float64{"T:Person>Organization": 0.5}}}, Trained: "invented", CV: []CVRow{{Predicate: "memberOf", Kept: true}}}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	p := back.Predicates["memberOf"]
	if p == nil || p.Threshold != 0.7 || p.Weights["T:Person>Organization"] != 0.5 || back.Trained != "invented" || len(back.CV) != 1 {
		t.Errorf("round trip lost data: %+v", back)
	}
}

// TestCues reads the embedded cue lists and an invented one.
func TestCues(t *testing.T) {
	c := DefaultCues()
	for _, w := range []string{"not", "never"} {
		if !c.Negation[w] {
			t.Errorf("negation cue %q missing", w)
		}
	}
	if !c.Modal["will"] || !c.Plan["plan"] {
		t.Error("modal or plan cues missing")
	}
	d := ParseCues("# comment\nnegation: Nope # trailing\nother: x\nmodal: might\n")
	if !d.Negation["nope"] || !d.Modal["might"] || len(d.Plan) != 0 {
		t.Errorf("ParseCues: %+v", d)
	}
}
