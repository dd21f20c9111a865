package syntax

import "testing"

// TestLemmaFixes checks each hand-written exception under its tag, and
// that near misses keep their learned or regular lemmas.
func TestLemmaFixes(t *testing.T) {
	fixes, err := parseLemmaFixes(lemmaFixesText)
	if err != nil {
		t.Fatal(err)
	}
	l := loadLemmatizerT(t)
	for _, f := range fixes {
		if got := l.Lemma(f.key.form, f.key.tag, ""); got != f.lemma {
			t.Errorf("Lemma(%q, %s) = %q, want %q (%s)", f.key.form, f.key.tag, got, f.lemma, f.example)
		}
	}
	for _, c := range []struct{ word, xpos, want string }{
		{"drew", "VBD", "draw"},
		{"Drew", "NNP", "Drew"},    // the first name
		{"whales", "NNS", "whale"}, // a real plural nearby
		{"Nations", "NNPS", "Nation"},
	} {
		if got := l.Lemma(c.word, c.xpos, ""); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.xpos, got, c.want)
		}
	}
}
