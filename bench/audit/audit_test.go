package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// items invents n fact rows with distinct subjects.
func items(n int) []row {
	out := make([]row, n)
	for i := range out {
		out[i] = row{Kind: kindFact, Predicate: "leaderOf", Subject: fmt.Sprintf("Person:P%d", i), Object: "Country:X"}
	}
	return out
}

func subjects(rows []row) string {
	var b []string
	for _, r := range rows {
		b = append(b, r.Subject)
	}
	return strings.Join(b, ",")
}

func TestDrawDeterministic(t *testing.T) {
	pool := items(500)
	tests := []struct {
		name       string
		n          int
		seedA      uint64
		seedB      uint64
		wantSame   bool
		wantLength int
	}{
		{"same seed, same sample", 50, 1, 1, true, 50},
		{"another seed, another sample", 50, 1, 2, false, 50},
		{"more than the pool takes all", 900, 1, 2, true, 500},
		{"zero draws nothing", 0, 1, 1, true, 0},
	}
	for _, tc := range tests {
		a, b := draw(pool, tc.n, tc.seedA, 1), draw(pool, tc.n, tc.seedB, 1)
		if len(a) != tc.wantLength {
			t.Errorf("%s: drew %d, want %d", tc.name, len(a), tc.wantLength)
		}
		if same := subjects(a) == subjects(b); same != tc.wantSame {
			t.Errorf("%s: samples equal = %v, want %v", tc.name, same, tc.wantSame)
		}
		seen := map[string]bool{}
		last := -1
		for _, r := range a {
			if seen[r.Subject] {
				t.Errorf("%s: %s drawn twice", tc.name, r.Subject)
			}
			seen[r.Subject] = true
			var k int
			fmt.Sscanf(r.Subject, "Person:P%d", &k)
			if k < last {
				t.Errorf("%s: sample not in corpus order (%d after %d)", tc.name, k, last)
			}
			last = k
		}
	}
}

func TestSampleStreamsIndependent(t *testing.T) {
	facts, quotes := items(300), items(300)
	for i := range quotes {
		quotes[i].Kind = kindQuote
	}
	a := sample(facts, quotes, 20, 10, 7)
	b := sample(facts, quotes, 40, 10, 7)
	qa, qb := subjects(a[20:]), subjects(b[40:])
	if qa != qb {
		t.Errorf("quote sample changed with the fact count:\n%s\n%s", qa, qb)
	}
	if a[0].ID != "F001" || a[20].ID != "Q001" || a[29].ID != "Q010" {
		t.Errorf("ids %s %s %s, want F001 Q001 Q010", a[0].ID, a[20].ID, a[29].ID)
	}
}

// An invented judged sheet: four facts of two predicates and rules, two
// quotations, one row not judged.
const judgedSheet = "id\tkind\tpredicate\tsubject\tobject\trule\tsource\tspan\tsentence\tjudgement\tnote\n" +
	"F001\tfact\tleaderOf\tPerson:A\tCountry:B\ttitle:x\ts/1.txt\t0-10\tA leads B.\tcorrect\t\n" +
	"F002\tfact\tleaderOf\tPerson:C\tCity:D\ttitle:x\ts/1.txt\t11-20\tD coach C.\twrong\tteam, not city\n" +
	"F003\tfact\tvisited\tPerson:E\tPlace:F\tvisited/arrive\ts/2.txt\t0-9\tE went to F.\tCorrect\t\n" +
	"F004\tfact\tleaderOf\tPerson:G\tCountry:H\ttitle:y\ts/2.txt\t10-30\tG of H.\tunclear\t\n" +
	"F005\tfact\tjoined\tPerson:I\tOrganization:J\tjoined/join\ts/3.txt\t0-9\tI joined J.\t\t\n" +
	"Q001\tquote\tsaid\tPerson:A\tWe will win this one.\tsaid-after\ts/1.txt\t30-60\t\"We will win this one,\" said A.\tcorrect\t\n" +
	"Q002\tquote\tsaid\tPerson:C\tIt was a hard game today.\tpronoun-carry\ts/1.txt\t61-90\t\"It was ...\" he said.\twrong\the is E\n"

func TestScoreSheet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "judged.tsv")
	if err := os.WriteFile(path, []byte(judgedSheet), 0o644); err != nil {
		t.Fatal(err)
	}
	rows, err := readSheet(path)
	if err != nil {
		t.Fatal(err)
	}
	s := score(rows)
	tests := []struct {
		name            string
		got             tally
		correct, judged int
		wantPct         float64
	}{
		{"facts", s.facts, 2, 4, 50},
		{"leaderOf", *s.byPredicate["leaderOf"], 1, 3, 100.0 / 3},
		{"visited", *s.byPredicate["visited"], 1, 1, 100},
		{"rule title:x", *s.byRule["title:x"], 1, 2, 50},
		{"quotes", s.quotes, 1, 2, 50},
		{"quote rule pronoun-carry", *s.quoteRule["pronoun-carry"], 0, 1, 0},
	}
	for _, tc := range tests {
		if tc.got.correct != tc.correct || tc.got.judged() != tc.judged || tc.got.pct() != tc.wantPct {
			t.Errorf("%s: %d of %d (%.1f%%), want %d of %d (%.1f%%)", tc.name,
				tc.got.correct, tc.got.judged(), tc.got.pct(), tc.correct, tc.judged, tc.wantPct)
		}
	}
	if s.unjudged != 1 {
		t.Errorf("unjudged = %d, want 1", s.unjudged)
	}
	var out bytes.Buffer
	s.report(&out)
	for _, want := range []string{"facts correct: 50.0% (2 of 4 judged; 1 wrong, 1 unclear)", "quote speakers correct: 50.0%", "| title:x | 2 | 1 | 1 | 0 | 50% |"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestReadSheetRejects(t *testing.T) {
	head := "id\tkind\tpredicate\tjudgement\n"
	tests := []struct {
		name, sheet, wantErr string
	}{
		{"empty file", "", "empty sheet"},
		{"no judgement column", "id\tkind\tpredicate\n", `no "judgement" column`},
		{"bad judgement", head + "F1\tfact\tleaderOf\tmaybe\n", `judgement "maybe"`},
		{"bad kind", head + "F1\tedge\tleaderOf\tcorrect\n", `kind "edge"`},
	}
	for _, tc := range tests {
		path := filepath.Join(t.TempDir(), "s.tsv")
		if err := os.WriteFile(path, []byte(tc.sheet), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readSheet(path)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err = %v, want one naming %s and containing %q", tc.name, err, path, tc.wantErr)
		}
	}
}

func TestRedactKeepsJudgementsAndCutsText(t *testing.T) {
	long := strings.Repeat("word ", 40)
	rows := []row{
		{ID: "F001", Kind: kindFact, Sentence: long, Judgement: judgeWrong, Note: "why", Source: "a.txt", Span: "1-2"},
		{ID: "Q001", Kind: kindQuote, Object: long, Sentence: "Short one.", Judgement: judgeCorrect},
	}
	got := redact(rows)
	if n := len(strings.Fields(got[0].Sentence)); n != excerptWords+1 {
		t.Errorf("redacted sentence has %d words, want %d and an ellipsis", n, excerptWords)
	}
	if got[1].Sentence != "Short one." || len(strings.Fields(got[1].Object)) != excerptWords/2+1 {
		t.Errorf("quote row redacted to %q / %q", got[1].Sentence, got[1].Object)
	}
	if got[0].Judgement != judgeWrong || got[0].Note != "why" || got[0].Span != "1-2" || rows[0].Sentence != long {
		t.Errorf("redact changed judgement, note or span, or its input: %+v", got[0])
	}
}

// collectArticles writes the articles (path → text) into a fresh corpus
// folder and collects it as the sampler would.
func collectArticles(t *testing.T, arts map[string]string) pool {
	t.Helper()
	dir := t.TempDir()
	for name, text := range arts {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := collect(context.Background(), dir, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCollectInventedCorpus runs the real extractor over two invented
// articles and checks that facts and long attributed quotations become
// rows with sources relative to the corpus.
func TestCollectInventedCorpus(t *testing.T) {
	p := collectArticles(t, map[string]string{
		"politics/001.txt": "Minister visits\n\nPrime Minister Aleksandr Lukashenko of Belarus opened the session in Minsk. \"We have done a great deal of work together,\" Lukashenko said.\n",
		"politics/002.txt": "Short\n\n\"Yes,\" she said.\n",
	})
	facts, quotes := p.facts, p.quotes
	if len(quotes) != 1 || !strings.Contains(quotes[0].Subject, "Lukashenko") || quotes[0].Source != "politics/001.txt" {
		t.Errorf("quotes = %+v, want the one long quotation by Lukashenko from politics/001.txt", quotes)
	}
	found := false
	for _, f := range facts {
		if f.Predicate == "leaderOf" && strings.Contains(f.Subject, "Lukashenko") && f.Object == "Country:Belarus" && f.Rule != "" && f.Span != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("facts = %+v, want Lukashenko leaderOf Belarus with rule and span", facts)
	}
	if _, err := collect(context.Background(), t.TempDir(), &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "no *.txt") {
		t.Errorf("empty corpus: err = %v, want no *.txt articles", err)
	}
}

// TestOpenFactsSampled: an invented article's open facts become rows with
// the graph predicate's tail and the relation as written, and --open's
// draw is seeded, numbered O001… and in corpus order.
func TestOpenFactsSampled(t *testing.T) {
	p := collectArticles(t, map[string]string{
		"a.txt": "Vodafone hires\n\nVodafone has drafted in William Morrow to run its Japanese unit.\n",
		"b.txt": "Glazer\n\nMalcolm Glazer bought a stake in Manchester United last year.\n",
	})
	want := map[string]string{"rel/draft_in": "a.txt", "rel/buy_stake_in": "b.txt"}
	for _, r := range p.open {
		if src, ok := want[r.Predicate]; ok && r.Source == src && strings.HasPrefix(r.Rule, "openie:") && strings.Contains(r.Rule, "“") && r.Span != "" {
			delete(want, r.Predicate)
		}
	}
	if len(want) > 0 {
		t.Errorf("open rows %+v lack %v", p.open, want)
	}
	many := make([]row, 30)
	for i := range many {
		many[i] = row{Kind: kindFact, Predicate: fmt.Sprintf("rel/k%02d", i)}
	}
	for _, tc := range []struct {
		n    int
		seed uint64
	}{{10, 5}, {30, 5}, {50, 1}} {
		a, b := sampleOpen(many, tc.n, tc.seed), sampleOpen(many, tc.n, tc.seed)
		if len(a) != min(tc.n, len(many)) {
			t.Errorf("n=%d: drew %d", tc.n, len(a))
		}
		for i := range a {
			if a[i] != b[i] || a[i].ID != fmt.Sprintf("O%03d", i+1) || i > 0 && a[i].Predicate <= a[i-1].Predicate {
				t.Errorf("n=%d seed=%d: row %d %+v (again %+v): want the same draw, numbered, in corpus order", tc.n, tc.seed, i, a[i], b[i])
			}
		}
	}
	if x, y := sampleOpen(many, 10, 5), sampleOpen(many, 10, 6); slices.Equal(x, y) {
		t.Error("seeds 5 and 6 drew the same rows")
	}
}
