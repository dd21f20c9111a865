package nertype

import (
	"math/rand"
	"sort"
)

// Example is one training mention: its features and its gold label.
type Example struct {
	Features []string
	Gold     Label
}

// Train fits an averaged perceptron to examples over iter passes, each in
// a fresh order drawn from seed. Averaging keeps the weights of early,
// noisy updates from dominating, which matters on a few thousand names.
func Train(examples []Example, iter int, seed int64) *Model {
	type acc struct {
		w, total [numLabels]float64
		stamp    [numLabels]int
	}
	feats := map[string]*acc{}
	step := 0
	upd := func(f string, l Label, d float64) {
		a := feats[f]
		if a == nil {
			a = &acc{}
			feats[f] = a
		}
		a.total[l] += float64(step-a.stamp[l]) * a.w[l]
		a.stamp[l] = step
		a.w[l] += d
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for range iter {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, k := range order {
			ex := examples[k]
			var sc Scores
			for _, f := range ex.Features {
				if a := feats[f]; a != nil {
					for l := range sc {
						sc[l] += a.w[l]
					}
				}
			}
			guess, _ := sc.Best()
			if guess != ex.Gold {
				for _, f := range ex.Features {
					upd(f, ex.Gold, 1)
					upd(f, guess, -1)
				}
			}
			step++
		}
	}
	m := &Model{weights: make(map[string]*[numLabels]float32, len(feats))}
	for f, a := range feats {
		ws := new([numLabels]float32)
		for l := range ws {
			total := a.total[l] + float64(step-a.stamp[l])*a.w[l]
			ws[l] = float32(total / float64(step))
		}
		m.weights[f] = ws
	}
	return m
}

// Accuracy is how a model fares on labelled examples, per gold label.
type Accuracy struct {
	Right, Total [numLabels]int
}

// Evaluate scores examples with m, counting only predictions whose margin
// reaches minMargin; it returns the accuracy of those and how many were
// decided.
func (m *Model) Evaluate(examples []Example, minMargin float64) (acc Accuracy, decided int) {
	for _, ex := range examples {
		var sc Scores
		for _, f := range ex.Features {
			if w, ok := m.weights[f]; ok {
				for l := range sc {
					sc[l] += float64(w[l])
				}
			}
		}
		l, margin := sc.Best()
		if margin < minMargin {
			continue
		}
		decided++
		acc.Total[ex.Gold]++
		if l == ex.Gold {
			acc.Right[ex.Gold]++
		}
	}
	return acc, decided
}

// Overall is the share of all counted examples labelled right.
func (a Accuracy) Overall() float64 {
	r, t := 0, 0
	for l := range a.Total {
		r += a.Right[l]
		t += a.Total[l]
	}
	if t == 0 {
		return 0
	}
	return float64(r) / float64(t)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
