package syntax

import (
	"slices"
	"strings"
	"testing"
)

func loadAnalyzerT(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := LoadAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// analyze tokenises on spaces and runs the analyser.
func analyze(t *testing.T, text string) *Sentence {
	t.Helper()
	s := &Sentence{Words: strings.Fields(text)}
	loadAnalyzerT(t).Analyze(s)
	return s
}

// TestAnalyzeConstructions checks, on invented sentences, the relations
// the relation rules will read: each case names a dependent, its head and
// the relations accepted.
func TestAnalyzeConstructions(t *testing.T) {
	cases := []struct {
		name, text, dep, head string
		rels                  []string
	}{
		{"passive agent", "The forum was founded by five states in 1992 .", "states", "founded", []string{"obl:agent", "obl"}},
		{"passive subject", "The forum was founded by five states in 1992 .", "forum", "founded", []string{"nsubj:pass"}},
		{"apposition", "Ann Smith , a lawyer from Leeds , spoke to reporters .", "lawyer", "Ann", []string{"appos"}},
		{"relative clause", "She met the minister who visited Nairobi last week .", "visited", "minister", []string{"acl:relcl"}},
		{"non-restrictive relative clause", "The firm , which makes cars , said profits fell .", "makes", "firm", []string{"acl:relcl"}},
		{"coordination", "She held talks with Albania and Greece on Monday .", "Greece", "Albania", []string{"conj"}},
		{"control", "The company agreed to join the alliance .", "join", "agreed", []string{"xcomp"}},
		{"predicative", "John Smith is a Labour MP .", "John", "MP", []string{"nsubj"}},
		{"fronted adjunct", "On the second day of her tour , the minister met the president .", "day", "met", []string{"obl"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(t, c.text)
			d, h := slices.Index(s.Words, c.dep), slices.Index(s.Words, c.head)
			if d < 0 || h < 0 {
				t.Fatalf("test words %q, %q not in the sentence", c.dep, c.head)
			}
			if s.Head[d] != h+1 || !slices.Contains(c.rels, s.Deprel[d]) {
				got := "root"
				if s.Head[d] > 0 {
					got = s.Words[s.Head[d]-1]
				}
				t.Errorf("%s → %s (%s), want %s → %s %v", c.dep, got, s.Deprel[d], c.dep, c.head, c.rels)
			}
		})
	}
}

// TestAnalyzeConcurrent analyses the same sentences from several
// goroutines: the shared models give every goroutine the sequential result.
func TestAnalyzeConcurrent(t *testing.T) {
	a := loadAnalyzerT(t)
	texts := []string{
		"The forum was founded by five states in 1992 .",
		"Ann Smith , a lawyer from Leeds , spoke to reporters .",
		"The company agreed to join the alliance after talks in Brussels .",
		"Prices rose 3 % in March , the statistics office said .",
	}
	checkConcurrent(t, texts, a.Analyze, func(s *Sentence) any {
		return struct {
			XPOS, Deprel []string
			Head         []int
		}{s.XPOS, s.Deprel, s.Head}
	})
}

// TestAnalyzerEWTDev is the accuracy floor with predicted tags on EWT dev,
// a little below the measured figures (BENCHMARKS.md).
func TestAnalyzerEWTDev(t *testing.T) {
	gold := readUD(t, "en_ewt/dev.conllu")
	a := loadAnalyzerT(t)
	var sc Score
	for _, g := range gold {
		s := &Sentence{Words: g.Words}
		a.Analyze(s)
		sc.Add(g, s)
	}
	t.Logf("EWT dev, predicted tags: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f", sc.UPOS(), sc.XPOS(), sc.UAS(), sc.LAS())
	if sc.UAS() < 84 || sc.LAS() < 80 {
		t.Errorf("UAS %.2f LAS %.2f, want ≥ 84 / 80", sc.UAS(), sc.LAS())
	}
}

// BenchmarkAnalyze reports tagging plus parsing speed on EWT dev, one
// goroutine, in words/s.
func BenchmarkAnalyze(b *testing.B) {
	a := loadAnalyzerT(b)
	benchEWTDev(b, func(s, g *Sentence) {
		s.Words = g.Words
		a.Analyze(s)
	})
}
