package syntax

import "testing"

// TestLowerLemma: the lemma in lower case, the word when the lemmatiser
// left none, and nothing outside the sentence.
func TestLowerLemma(t *testing.T) {
	s := &Sentence{
		Words:  []string{"Reid", "Defeated", "Cole"},
		Lemmas: []string{"Reid", "Defeat", ""},
	}
	for _, c := range []struct {
		k    int
		want string
	}{{0, "reid"}, {1, "defeat"}, {2, "cole"}, {-1, ""}, {3, ""}} {
		if got := s.LowerLemma(c.k); got != c.want {
			t.Errorf("LowerLemma(%d) = %q, want %q", c.k, got, c.want)
		}
	}
	short := &Sentence{Words: []string{"Ran"}}
	if got := short.LowerLemma(0); got != "ran" {
		t.Errorf("no lemmas: LowerLemma(0) = %q, want %q", got, "ran")
	}
}
