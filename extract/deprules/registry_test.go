package deprules

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

func TestRegistryEveryRuleHasBothExamples(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Rules()) < 10 {
		t.Fatalf("only %d rules loaded", len(g.Rules()))
	}
	for _, r := range g.Rules() {
		if len(r.Positive) == 0 || len(r.Negative) == 0 {
			t.Errorf("%s (%s): %d positive and %d negative examples; want at least one of each",
				r.Name, r.File, len(r.Positive), len(r.Negative))
		}
		for _, s := range append(append([]string{}, r.Positive...), r.Negative...) {
			ex, err := ParseExample(s)
			if err != nil {
				t.Errorf("%s: %v", r.Name, err)
			} else if len(ex.Mentions) < 2 {
				t.Errorf("%s: example %q marks %d mentions; a fact needs two", r.Name, s, len(ex.Mentions))
			}
		}
	}
}

// TestRegistryExamples parses every example with the real analyser: a
// positive example must yield a fact carrying its rule's name, a negative
// one must not.
func TestRegistryExamples(t *testing.T) {
	an, err := syntax.LoadAnalyzer()
	if err != nil {
		t.Skipf("no syntax analyser: %v", err)
	}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range g.Rules() {
		for _, c := range []struct {
			sents []string
			want  bool
		}{{r.Positive, true}, {r.Negative, false}} {
			for _, s := range c.sents {
				ex, err := ParseExample(s)
				if err != nil {
					t.Fatal(err)
				}
				sent := &syntax.Sentence{Words: ex.Words}
				an.Analyze(sent)
				got := false
				var all []string
				for _, f := range g.Match(sent, ex.Mentions) {
					all = append(all, f.Rule+":"+f.Predicate)
					got = got || f.Rule == r.FactRule()
				}
				if got != c.want {
					t.Errorf("%s (%s): %q: fact of the rule = %v, want %v (facts: %v)\n%s",
						r.Name, r.File, s, got, c.want, all, conllu(sent))
				}
			}
		}
	}
}

func conllu(s *syntax.Sentence) string {
	var b strings.Builder
	syntax.WriteCoNLLU(&b, s)
	return b.String()
}
