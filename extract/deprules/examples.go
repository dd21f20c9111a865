package deprules

import (
	"fmt"
	"strings"
)

// Example is a rule's example sentence, tokenised, with its mentions.
type Example struct {
	Words    []string
	Mentions []Mention
}

// ParseExample reads an example sentence whose mentions are marked
// "[text|Type]" ("[Georgia|Country] withdrew from [the CIS|Organization].")
// and splits it into words as the extractor's tokeniser does: punctuation
// apart, "'s" and "n't" apart.
func ParseExample(s string) (Example, error) {
	var ex Example
	for s != "" {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			ex.Words = append(ex.Words, splitWords(s)...)
			break
		}
		ex.Words = append(ex.Words, splitWords(s[:open])...)
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			return ex, fmt.Errorf("example %q: unclosed [", s)
		}
		inner := s[open+1 : open+end]
		text, typ, ok := strings.Cut(inner, "|")
		if !ok || typ == "" {
			return ex, fmt.Errorf("example %q: mention %q has no |Type", s, inner)
		}
		ws := splitWords(text)
		if len(ws) == 0 {
			return ex, fmt.Errorf("example %q: empty mention", s)
		}
		ex.Mentions = append(ex.Mentions, Mention{First: len(ex.Words), Last: len(ex.Words) + len(ws) - 1, Types: []string{typ}})
		ex.Words = append(ex.Words, ws...)
		s = s[open+end+1:]
	}
	return ex, nil
}

func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		var tail []string
		for f != "" && strings.ContainsRune(",.;:!?\")", rune(f[len(f)-1])) {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		for f != "" && (f[0] == '"' || f[0] == '(') {
			out = append(out, f[:1])
			f = f[1:]
		}
		switch {
		case strings.HasSuffix(f, "'s") && len(f) > 2:
			out = append(out, f[:len(f)-2], "'s")
		case strings.HasSuffix(f, "n't") && len(f) > 3:
			out = append(out, f[:len(f)-3], "n't")
		case f == "'s":
			out = append(out, f)
		case f != "":
			out = append(out, f)
		}
		out = append(out, tail...)
	}
	return out
}
