package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/source"
)

func TestIngestAllBatchesAndStopsCleanly(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 40)
	x := newExtractor(t)
	ins := collectDir(t, dir)
	if len(ins) != 40 {
		t.Fatalf("%d inputs, want 40", len(ins))
	}

	// Whole run, in batches of at least 150 quads.
	s, _ := openTemp(t)
	sum, err := s.IngestAll(context.Background(), x, ins, IngestOptions{BatchQuads: 150, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 40 || len(sum.Failed) != 0 || sum.Interrupted || sum.Batches < 2 || sum.Batches >= 40 {
		t.Errorf("summary %+v", sum)
	}
	if !strings.HasPrefix(sum.String(), "ingested 40 documents, ") {
		t.Errorf("summary line %q", sum.String())
	}
	st, _ := s.Stats(context.Background())
	if st.Documents != 40 || int64(sum.Quads) != st.Quads {
		t.Errorf("stats %+v after summary %+v", st, sum)
	}

	// Cancelled after the third stored document: what was extracted is
	// committed whole, the rest is not started, the summary says so.
	s2, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := 0
	sum, err = s2.IngestAll(ctx, x, ins, IngestOptions{BatchQuads: 1, Workers: 2, Progress: func(source.Input, *IngestResult) {
		done++
		if done == 3 {
			cancel()
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || sum.Documents < 3 || sum.Documents >= 40 || len(sum.Failed) != 0 {
		t.Errorf("interrupted summary %+v", sum)
	}
	if !strings.HasPrefix(sum.String(), "interrupted: ingested ") {
		t.Errorf("summary line %q", sum.String())
	}
	st, _ = s2.Stats(context.Background())
	if st.Documents != int64(sum.Documents) || st.Quads != int64(sum.Quads) {
		t.Errorf("store holds %d documents, %d quads; summary says %d, %d", st.Documents, st.Quads, sum.Documents, sum.Quads)
	}
	// Every stored document is whole: each has its title and all its sentences.
	rows, err := s2.Query(context.Background(), `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://newsgraph.dev/ns#Document>").In("<https://newsgraph.dev/ns#inDocument>").Count()`, 0)
	if err != nil || len(rows) != 1 || rows[0].(int64) != st.Sentences {
		t.Errorf("sentences reachable from documents %v, stored %d", rows, st.Sentences)
	}
	assertNoOrphans(t, s2)
}
