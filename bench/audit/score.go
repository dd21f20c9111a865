package main

import (
	"fmt"
	"io"
	"sort"
)

// tally counts judgements of one group of rows.
type tally struct {
	correct, wrong, unclear int
}

func (t *tally) add(j string) {
	switch j {
	case judgeCorrect:
		t.correct++
	case judgeWrong:
		t.wrong++
	case judgeUnclear:
		t.unclear++
	}
}

func (t tally) judged() int { return t.correct + t.wrong + t.unclear }

// pct is the share judged correct; an unclear row counts against it, so
// the figure never flatters the extractor.
func (t tally) pct() float64 {
	if t.judged() == 0 {
		return 0
	}
	return 100 * float64(t.correct) / float64(t.judged())
}

// scores are the figures of a judged sheet.
type scores struct {
	facts, quotes       tally
	byPredicate, byRule map[string]*tally
	quoteRule           map[string]*tally
	unjudged            int
}

func score(rows []row) scores {
	s := scores{byPredicate: map[string]*tally{}, byRule: map[string]*tally{}, quoteRule: map[string]*tally{}}
	bump := func(m map[string]*tally, k, j string) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].add(j)
	}
	for _, r := range rows {
		if r.Judgement == "" {
			s.unjudged++
			continue
		}
		rule := r.Rule
		if rule == "" {
			rule = "(none)"
		}
		if r.Kind == kindQuote {
			s.quotes.add(r.Judgement)
			bump(s.quoteRule, rule, r.Judgement)
			continue
		}
		s.facts.add(r.Judgement)
		bump(s.byPredicate, r.Predicate, r.Judgement)
		bump(s.byRule, rule, r.Judgement)
	}
	return s
}

// report prints the figures as Markdown tables.
func (s scores) report(w io.Writer) {
	fmt.Fprintf(w, "facts correct: %.1f%% (%d of %d judged; %d wrong, %d unclear)\n",
		s.facts.pct(), s.facts.correct, s.facts.judged(), s.facts.wrong, s.facts.unclear)
	fmt.Fprintf(w, "quote speakers correct: %.1f%% (%d of %d judged; %d wrong, %d unclear)\n",
		s.quotes.pct(), s.quotes.correct, s.quotes.judged(), s.quotes.wrong, s.quotes.unclear)
	if s.unjudged > 0 {
		fmt.Fprintf(w, "not yet judged: %d rows\n", s.unjudged)
	}
	table(w, "predicate", s.byPredicate)
	table(w, "fact rule", s.byRule)
	table(w, "quote rule", s.quoteRule)
}

// table prints one breakdown, largest group first.
func table(w io.Writer, what string, m map[string]*tally) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := m[keys[i]], m[keys[j]]
		if a.judged() != b.judged() {
			return a.judged() > b.judged()
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "\n| %s | judged | correct | wrong | unclear | %% correct |\n|---|---|---|---|---|---|\n", what)
	for _, k := range keys {
		t := m[k]
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %.0f%% |\n", k, t.judged(), t.correct, t.wrong, t.unclear, t.pct())
	}
}
