package deprules

import "strings"

// irregularLemmas covers the function and trigger-chain words whose
// lemma spelling rules do not give, for sentences analysed without a
// lemmatiser.
var irregularLemmas = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'s": "be", "'re": "be",
	"has": "have", "had": "have", "'ve": "have", "did": "do", "does": "do", "done": "do",
	"went": "go", "gone": "go", "going": "go", "made": "make", "took": "take", "taken": "take",
	"paid": "pay", "held": "hold", "led": "lead", "met": "meet", "left": "leave", "began": "begin",
	"begun": "begin", "became": "become", "sought": "seek", "set": "set", "told": "tell", "said": "say",
	"wo": "will", "ca": "can", "n't": "not", "'ll": "will", "'d": "would",
}

// guessLemma gives a lemma for a word when the analyser gave none: the
// irregular table, else the word without its inflection when the bare
// stem is a word some list here knows.
func guessLemma(w string, known func(string) bool) string {
	w = strings.ToLower(w)
	if l, ok := irregularLemmas[w]; ok {
		return l
	}
	if known(w) {
		return w
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			if known(stem) {
				return stem
			}
			if known(stem + "e") {
				return stem + "e"
			}
			if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && known(stem[:n-1]) {
				return stem[:n-1]
			}
		}
	}
	return w
}

// knownLemma reports a word some list of the engine reads.
func knownLemma(w string) bool {
	return lightVerbs[w] || sayVerbs[w] || intendHeads[w] || futureHeads[w] || negHeads[w] || doneHeads[w]
}
