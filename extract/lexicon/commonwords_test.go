package lexicon

import (
	"strings"
	"testing"
)

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

// TestCommonWordSetHoldsEveryLine: the set answers for exactly the
// embedded data's lines, which are sorted and unique as the generator
// writes them (so the set agrees with a search of the sorted text).
func TestCommonWordSetHoldsEveryLine(t *testing.T) {
	lines := strings.Split(strings.Trim(commonWordsData, "\n"), "\n")
	if got := len(commonWordSet()); got != len(lines) {
		t.Fatalf("set holds %d words, data has %d lines", got, len(lines))
	}
	for i, w := range lines {
		if !inDictionary(w) {
			t.Fatalf("line %d %q not in the set", i, w)
		}
		if i > 0 && lines[i-1] >= w {
			t.Fatalf("lines %q, %q out of order", lines[i-1], w)
		}
	}
}
