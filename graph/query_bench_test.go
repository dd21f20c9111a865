package graph

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// BenchmarkRunNamed times canned queries through RunNamed, as `newsgraph
// query --name` runs them. By default on a small store of the test
// stories; NEWSGRAPH_BENCH_STORE=DIR runs them on an existing bolt store
// (opened read-only), e.g. the 1M-quad store bench/run.sh builds from the
// BBC corpus, with arguments that name entities of that corpus.
func BenchmarkRunNamed(b *testing.B) {
	ctx := context.Background()
	type q struct{ name, arg string }
	qs := []q{
		{"neighbours", "Marta Kovalenko"},
		{"members-of", "Baltic Ports Union"},
		{"who-left", "Baltic Ports Union"},
		{"quotes-by", "Marta Kovalenko"},
		{"sources", "Marta Kovalenko"},
	}
	var s *Store
	if dir := os.Getenv("NEWSGRAPH_BENCH_STORE"); dir != "" {
		var err error
		s, err = Open(ctx, Config{Path: dir, ReadOnly: true, QueryTimeout: time.Minute})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		qs = []q{
			{"neighbours", "Tony Blair"},
			{"members-of", "European Union"},
			{"who-left", "Chelsea"},
			{"quotes-by", "Alex Ferguson"},
			{"sources", "Tony Blair"},
		}
	} else {
		s, _ = openTemp(b)
		mustIngest(b, s, testcorpus.DocA("a.txt"))
		mustIngest(b, s, testcorpus.DocB("b.txt"))
	}
	for _, q := range qs {
		b.Run(q.name, func(b *testing.B) {
			rows, err := s.RunNamed(ctx, q.name, []string{q.arg}, 0)
			if err != nil {
				b.Fatal(err)
			}
			// The test stories have no members; every other query
			// must find something, or it measures nothing.
			if len(rows) == 0 && q.name != "members-of" {
				b.Fatalf("%s %q: no rows", q.name, q.arg)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.RunNamed(ctx, q.name, []string{q.arg}, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
