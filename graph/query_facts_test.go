package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// TestFactsCannedQuery: `facts PREDICATE` lists that predicate's facts,
// and a predicate that does not exist is an error naming it, not an empty
// answer that reads as "no such facts".
func TestFactsCannedQuery(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	ctx := context.Background()
	all, err := s.RunNamed(ctx, "facts", nil, 0)
	if err != nil || len(all) == 0 {
		t.Fatalf("facts: %d rows, %v", len(all), err)
	}
	pred := all[0].(map[string]any)["predicate"].(string)
	some, err := s.RunNamed(ctx, "facts", []string{pred}, 0)
	if err != nil || len(some) == 0 {
		t.Fatalf("facts %s: %d rows, %v", pred, len(some), err)
	}
	for _, r := range some {
		if p := r.(map[string]any)["predicate"]; p != pred {
			t.Errorf("facts %s returned a %v fact", pred, p)
		}
	}
	for _, bad := range []string{"leaderof", "stolen"} {
		_, err := s.RunNamed(ctx, "facts", []string{bad}, 0)
		if err == nil || !strings.Contains(err.Error(), "unknown predicate") || !strings.Contains(err.Error(), bad) {
			t.Errorf("facts %s: err = %v, want an unknown-predicate error naming it", bad, err)
		}
	}
}
