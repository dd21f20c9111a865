package lexicon

import "testing"

func TestIsCommonWord(t *testing.T) {
	for _, w := range []string{"a", "smaller", "government", "time", "zoo"} {
		if !IsCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "putin", "lukashenko", "blair", "zzzz", "aaaaa"} {
		if IsCommonWord(w) {
			t.Errorf("isCommonWord(%q) = true, want false", w)
		}
	}
}
