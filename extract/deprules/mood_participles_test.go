package deprules

import (
	"slices"
	"testing"
)

// TestMoodParticipleBesidePassive checks the mood of a gerund-participle
// attached as xcomp: beside a passive that no list knows it keeps the
// clause's past ("was injured playing against X"); after a head that
// plans, refuses or begins, the head still decides.
func TestMoodParticipleBesidePassive(t *testing.T) {
	for _, c := range []struct {
		name, rows, trig string
		want             mood
	}{
		{"injured while playing", `
Lee Lee PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
hurt hurt VERB VBN 0 root
racing race VERB VBG 3 xcomp
in in ADP IN 7 case
the the DET DT 7 det
Rally Rally PROPN NNP 4 obl`, "racing", moodDone},
		{"booked while tackling", `
Kerr Kerr PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
cautioned caution VERB VBN 0 root
fouling foul VERB VBG 3 xcomp
the the DET DT 6 det
keeper keeper NOUN NN 4 obj`, "fouling", moodDone},
		// Near misses: an active head no list knows asserts nothing; a
		// passive head that the lists know keeps its meaning; a future
		// auxiliary still makes the clause a plan.
		{"active unknown head", `
Lee Lee PROPN NNP 2 nsubj
risked risk VERB VBD 0 root
racing race VERB VBG 2 xcomp
in in ADP IN 6 case
the the DET DT 6 det
Rally Rally PROPN NNP 3 obl`, "racing", moodHedge},
		{"passive head of refusal", `
Lee Lee PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
stopped stop VERB VBN 0 root
racing race VERB VBG 3 xcomp
in in ADP IN 7 case
the the DET DT 7 det
Rally Rally PROPN NNP 4 obl`, "racing", moodNeg},
		{"future passive", `
Lee Lee PROPN NNP 4 nsubj:pass
will will AUX MD 4 aux
be be AUX VB 4 aux:pass
seen see VERB VBN 0 root
racing race VERB VBG 4 xcomp
in in ADP IN 8 case
the the DET DT 8 det
Rally Rally PROPN NNP 5 obl`, "racing", moodFuture},
	} {
		s := handTree(t, c.rows)
		trig := slices.Index(s.Words, c.trig)
		if got := newTree(s, nil).mood(trig); got != c.want {
			t.Errorf("%s: mood %d, want %d", c.name, got, c.want)
		}
	}
}
