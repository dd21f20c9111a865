package graph

import (
	"slices"
	"testing"
)

// batchesOf runs a batchSizer over inputs of these quads, as IngestAll's
// writer does, and returns the quads of each commit. From input behind on,
// the writer has a backlog: some extracted input waits when it receives
// one (behind = len(docs): it keeps up to the end). The store holds stored
// quads before.
func batchesOf(batchQuads int, docs []int, behind, stored int) []int {
	b := newBatchSizer(batchQuads, len(docs), stored)
	var out []int
	n := 0
	for i, q := range docs {
		b.received(q)
		n += q
		waiting := 0
		if i >= behind && i < len(docs)-1 {
			waiting = 1
		}
		if b.full(n, waiting) {
			out = append(out, n)
			n = 0
			b.flushed()
		}
	}
	if n > 0 {
		out = append(out, n)
	}
	return out
}

func TestBatchSizer(t *testing.T) {
	even := func(n, q int) []int {
		d := make([]int, n)
		for i := range d {
			d[i] = q
		}
		return d
	}
	for _, tc := range []struct {
		name        string
		batch       int
		docs        []int
		behind      int // first input received with a backlog (0: no backlog)
		stored      int // quads in the store before
		first, last int // at most, in quads
		biggest     int // the largest commit holds at least this many
		commits     int // at most
	}{
		// The BBC corpus in shape: 1,725 articles of about 200 quads.
		{"corpus", 100000, even(1725, 200), 0, 0, 25000, 25000 + 200, 100000, 7},
		// Ten times the corpus: the middle runs at full batches.
		{"ten corpora", 100000, even(17250, 200), 0, 0, 25000, 25000 + 200, 100000, 38},
		// Fewer quads than a first batch: one commit.
		{"small", 100000, even(50, 200), 0, 0, 10000, 10000, 10000, 1},
		// Inputs that give nothing (unchanged, failed) count as inputs: the
		// estimate of what is left runs low, the batches stay smaller.
		{"half empty", 1000, append(even(200, 0), even(200, 20)...), 0, 0, 250 + 20, 250 + 20, 500, 10},
		// A writer behind the workers from the middle of the corpus on
		// makes no early commits: full batches, the rest at the end.
		{"corpus, writer behind", 100000, even(1725, 200), 1000, 0, 25000, 100000, 100000, 5},
		// Into a store holding a batch or more, where a commit costs about
		// the whole store's node table: whole batches from the first,
		// and none made early at the end.
		{"corpus into a grown store", 100000, even(1725, 200), 0, 300000, 100000, 100000, 100000, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			behind := tc.behind
			if behind == 0 {
				behind = len(tc.docs)
			}
			got := batchesOf(tc.batch, tc.docs, behind, tc.stored)
			total := 0
			for _, n := range got {
				total += n
			}
			want := 0
			for _, q := range tc.docs {
				want += q
			}
			if total != want {
				t.Fatalf("commits %v hold %d quads, the inputs %d", got, total, want)
			}
			if got[0] > tc.first {
				t.Errorf("first commit %d quads, want at most %d (%v)", got[0], tc.first, got)
			}
			if l := got[len(got)-1]; l > tc.last {
				t.Errorf("last commit %d quads, want at most %d (%v)", l, tc.last, got)
			}
			maxDoc := slices.Max(tc.docs)
			for _, n := range got {
				if n > tc.batch+maxDoc {
					t.Errorf("commit of %d quads over the batch size %d (%v)", n, tc.batch, got)
				}
			}
			if slices.Max(got) < tc.biggest {
				t.Errorf("largest commit %d quads, want at least %d (%v)", slices.Max(got), tc.biggest, got)
			}
			if len(got) > tc.commits {
				t.Errorf("%d commits, want at most %d (%v)", len(got), tc.commits, got)
			}
		})
	}
}
