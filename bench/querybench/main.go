// Command querybench times the canned Gizmo queries (queries/*.js, run by
// name through graph.Store.RunNamed, as `newsgraph query --name` does) on
// an existing store and prints a Markdown table of latency percentiles.
// Arguments are real names from the store: speakers for quotes-by,
// entities with facts for neighbours and sources, organisations with
// members or leavers for members-of and who-left, predicates for facts.
//
//	querybench -store ./newsgraph.db -args 20 -rounds 5
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	_ "github.com/newsgraph/newsgraph/graph/pgstore" // the "postgres" backend
)

func main() {
	cfg := graph.Config{Backend: "bolt", ReadOnly: true, QueryTimeout: 2 * time.Minute}
	flag.StringVar(&cfg.Path, "store", graph.DefaultPath, "bolt store directory")
	flag.StringVar(&cfg.Backend, "backend", "bolt", "store backend")
	flag.StringVar(&cfg.Address, "address", "", "postgres URL for -backend postgres")
	nargs := flag.Int("args", 20, "arguments per query")
	rounds := flag.Int("rounds", 5, "timed runs per argument (after one warm-up run)")
	budget := flag.Duration("budget", 60*time.Second, "stop timing a query after this long")
	flag.Parse()
	if err := run(cfg, *nargs, *rounds, *budget); err != nil {
		fmt.Fprintln(os.Stderr, "querybench:", err)
		os.Exit(1)
	}
}

type query struct {
	name string
	args []string
	hops string
}

func run(cfg graph.Config, nargs, rounds int, budget time.Duration) error {
	ctx := context.Background()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.QuadStore().Stats(ctx, true)
	if err != nil {
		return err
	}
	voc := s.Vocab()
	facts := []string{extract.LeaderOf, extract.MemberOf, extract.Left, extract.PlansToLeave, extract.Joined,
		extract.Hosted, extract.WillHost, extract.MetWith, extract.LocatedIn, extract.ParticipatedIn, extract.Visited}
	// One pass over all quads (a bolt store has no predicate index):
	// subjects and objects of every predicate of interest.
	type ends2 struct{ subj, obj map[string]quad.Value }
	byPred := map[quad.Value]*ends2{}
	for _, p := range append(facts, graph.PredSaid) {
		byPred[voc.Term(p)] = &ends2{map[string]quad.Value{}, map[string]quad.Value{}}
	}
	qs := s.QuadStore()
	it := qs.QuadsAllIterator().Iterate()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			it.Close()
			return err
		}
		if e := byPred[q.Predicate]; e != nil {
			if k := quad.StringOf(q.Subject); !copyIRI.MatchString(k) {
				e.subj[k] = q.Subject
			}
			if k := quad.StringOf(q.Object); !copyIRI.MatchString(k) {
				e.obj[k] = q.Object
			}
		}
	}
	if err := it.Err(); err != nil {
		it.Close()
		return err
	}
	it.Close()
	// ends names up to nargs entities at dir of quads with the predicates,
	// spread evenly over their IRIs.
	ends := func(dir quad.Direction, preds ...string) ([]string, error) {
		seen := map[string]quad.Value{}
		for _, p := range preds {
			m := byPred[voc.Term(p)].subj
			if dir == quad.Object {
				m = byPred[voc.Term(p)].obj
			}
			for k, v := range m {
				seen[k] = v
			}
		}
		keys := make([]string, 0, len(seen))
		for k := range seen {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var out []string
		for _, k := range spread(keys, nargs) {
			if name, err := nameOf(ctx, s, seen[k]); err != nil {
				return nil, err
			} else if name != "" {
				out = append(out, name)
			}
		}
		return slices.Compact(out), nil
	}
	speakers, err := ends(quad.Subject, graph.PredSaid)
	if err != nil {
		return err
	}
	actors, err := ends(quad.Subject, facts...)
	if err != nil {
		return err
	}
	groups, err := ends(quad.Object, extract.MemberOf, extract.Joined)
	if err != nil {
		return err
	}
	left, err := ends(quad.Object, extract.Left, extract.PlansToLeave)
	if err != nil {
		return err
	}
	queries := []query{
		{"neighbours", actors, "one hop out and in"},
		{"members-of", groups, "one hop in"},
		{"who-left", left, "one hop in"},
		{"quotes-by", speakers, "two hops (quote, sentence)"},
		{"sources", actors, "fact sentences (label scans)"},
		{"facts", []string{extract.LeaderOf, extract.Left, extract.MetWith}, "whole graph, one predicate"},
	}

	fmt.Printf("Store: %d quads, %d nodes.\n\n", st.Quads.Value, st.Nodes.Value)
	fmt.Println("| query | shape | arguments | runs | p50 | p99 | max | rows/run |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|")
	for _, q := range queries {
		if len(q.args) == 0 {
			fmt.Printf("| %s | %s | 0 | 0 | – | – | – | – |\n", q.name, q.hops)
			continue
		}
		var times []time.Duration
		rows := 0
		start := time.Now()
	args:
		for _, a := range q.args {
			if _, err := s.RunNamed(ctx, q.name, []string{a}, 0); err != nil { // warm-up
				return fmt.Errorf("%s %q: %w", q.name, a, err)
			}
			for r := 0; r < rounds; r++ {
				t0 := time.Now()
				res, err := s.RunNamed(ctx, q.name, []string{a}, 0)
				times = append(times, time.Since(t0))
				if err != nil {
					return fmt.Errorf("%s %q: %w", q.name, a, err)
				}
				rows += len(res)
				if time.Since(start) > budget {
					break args
				}
			}
		}
		slices.Sort(times)
		fmt.Printf("| %s | %s | %d | %d | %s | %s | %s | %.1f |\n", q.name, q.hops, len(q.args), len(times),
			ms(pct(times, 50)), ms(pct(times, 99)), ms(times[len(times)-1]), float64(rows)/float64(len(times)))
	}
	return nil
}

// spread picks n items evenly from sorted xs, so the sample covers the
// alphabet rather than its start.
func spread(xs []string, n int) []string {
	if len(xs) <= n {
		return xs
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, xs[i*len(xs)/n])
	}
	return out
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i]
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000)
}

func quadsWith(ctx context.Context, s *graph.Store, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	qs := s.QuadStore()
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}

var copyIRI = regexp.MustCompile(`-v[0-9]+$`)

// nameOf is the schema:name of e; copies made by scalegen are skipped so
// arguments name original entities.
func nameOf(ctx context.Context, s *graph.Store, e quad.Value) (string, error) {
	qs, err := quadsWith(ctx, s, quad.Subject, e)
	if err != nil {
		return "", err
	}
	for _, q := range qs {
		if name, ok := q.Object.(quad.String); ok && q.Predicate == quad.IRI(graph.SchemaName) {
			if copyIRI.MatchString(quad.StringOf(e)) {
				return "", nil
			}
			return string(name), nil
		}
	}
	return "", nil
}
