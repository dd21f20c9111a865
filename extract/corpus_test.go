package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns ../shared beside the repository, skipping when absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "corpus")); err != nil {
		t.Skipf("shared corpus not found at %s (../shared beside the repository)", dir)
	}
	return dir
}

// TestCorpusInvariants extracts every BBC article and checks the Document
// invariants on real text, including the one Windows-1252 file.
func TestCorpusInvariants(t *testing.T) {
	sharedDir(t)
	names, texts := bbcCorpus(t)
	x := testExtractor(t)
	warned := 0
	for i, raw := range texts {
		d, err := x.Extract(context.Background(), names[i], raw)
		if err != nil {
			t.Fatalf("%s: %v", names[i], err)
		}
		checkDocument(t, d)
		if len(d.Warnings) > 0 {
			warned++
		}
		if d.Title == "" || len(d.Sentences) == 0 {
			t.Errorf("%s: no title or sentences", names[i])
		}
	}
	if warned != 1 {
		t.Errorf("%d articles decoded with a warning, want exactly 1 (sport/199.txt)", warned)
	}
}

// scorerNorm is the scorer's name normalisation (../shared/eval/score.py).
func scorerNorm(s string) string {
	r := strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u00a0", " ")
	s = strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
	s = strings.TrimPrefix(s, "the ")
	return strings.Trim(s, " .,;:\"'")
}

// TestFoundingArticleEntities scores the entities of the founding article
// the way ../shared/eval/score.py does and requires F1 >= 0.95, no
// duplicates, and the leaderOf fact from its title.
func TestFoundingArticleEntities(t *testing.T) {
	dir := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "corpus", "lukashenko-cis.txt"))
	if err != nil {
		t.Skip("founding article absent")
	}
	gb, err := os.ReadFile(filepath.Join(dir, "corpus", "lukashenko-cis.gold.json"))
	if err != nil {
		t.Skip("founding gold absent")
	}
	var gold struct {
		Entities []struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	alias := map[string]string{}
	for _, e := range gold.Entities {
		alias[scorerNorm(e.Name)] = e.Name
		for _, a := range e.Aliases {
			alias[scorerNorm(a)] = e.Name
		}
	}
	d := extractText(t, string(raw))
	found := map[string]bool{}
	tp, fp, dup := 0, 0, 0
	for _, e := range d.Entities {
		hit := ""
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if g, ok := alias[scorerNorm(n)]; ok {
				hit = g
				break
			}
		}
		switch {
		case hit == "":
			fp++
			t.Logf("extra entity %s:%s", e.Type, e.Name)
		case found[hit]:
			dup++
			fp++
		default:
			found[hit] = true
			tp++
		}
	}
	fn := len(gold.Entities) - tp
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	if f1 < 0.95 || dup > 0 {
		t.Errorf("entities P=%.2f R=%.2f F1=%.2f dup=%d, want F1 >= 0.95 and no duplicates", p, r, f1, dup)
	}
	ok := false
	for _, f := range d.Facts {
		if f.Predicate == LeaderOf && d.Entities[f.Subject].Name == "Aleksandr Lukashenko" && d.Entities[f.Object].Name == "Belarus" {
			ok = true
		}
	}
	if !ok {
		t.Error("no Aleksandr Lukashenko leaderOf Belarus")
	}
}
