package syntax

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

// lemmaFixesText holds hand-written lemma exceptions laid over the learned
// table (see the file's header for why each is there).
//
//go:embed lemma_fixes.txt
var lemmaFixesText string

// lemmaFix is one line of lemma_fixes.txt.
type lemmaFix struct {
	key            lemmaKey
	lemma, example string
}

func parseLemmaFixes(text string) ([]lemmaFix, error) {
	var out []lemmaFix
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("lemma_fixes.txt line %d: want form<TAB>tag<TAB>lemma<TAB>example", n)
		}
		out = append(out, lemmaFix{lemmaKey{f[0], f[1]}, f[2], f[3]})
	}
	return out, nil
}

// addLemmaFixes lays the hand-written exceptions over l's learned table.
func addLemmaFixes(l *Lemmatizer) error {
	fixes, err := parseLemmaFixes(lemmaFixesText)
	if err != nil {
		return fmt.Errorf("lemma fixes: %w", err)
	}
	for _, f := range fixes {
		l.exceptions[f.key] = f.lemma
	}
	return nil
}
