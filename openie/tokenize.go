package openie

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/syntax"
)

// Tokenize splits one sentence of text into Penn-Treebank-like words with
// their byte offsets, ready for the analyser. Text that is already
// tokenised (CaRB's sentences, words separated by single spaces) comes out
// unchanged: a run of punctuation (",", "“", "--") stays one word, and a
// word only loses punctuation at its edges ("(Reuters)," -> "(", "Reuters",
// ")", ","), a possessive or "n't" clitic, and a final full stop unless it
// ends an abbreviation or initial ("U.S.", "Mr.", "J.").
func Tokenize(line string) *syntax.Sentence {
	s := &syntax.Sentence{}
	add := func(i, j int) {
		s.Words = append(s.Words, line[i:j])
		s.Starts = append(s.Starts, i)
		s.Ends = append(s.Ends, j)
	}
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		splitWord(line, i, j, endsSentence(line[j:]), add)
		i = j
	}
	return s
}

// splitWord emits the pieces of the whitespace-delimited field line[i:j].
// A final full stop splits off only at the end of the line or before a
// capitalised word: inside a sentence, "Mass. ," and "Cos. for" are
// abbreviations.
func splitWord(line string, i, j int, last bool, add func(i, j int)) {
	w := line[i:j]
	if allPunct(w) || clitics[strings.ToLower(w)] {
		add(i, j)
		return
	}
	// leading punctuation, one rune at a time ("(", "``" kept whole)
	for i < j {
		if strings.HasPrefix(line[i:j], "``") {
			add(i, i+2)
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:j])
		if !isEdgePunct(r) || r == '$' && i+n < j && isDigitAt(line, i+n) || r == '.' && isDigitAt(line, i+n) {
			if r == '$' || r == '£' || r == '€' {
				add(i, i+n)
				i += n
			}
			break
		}
		add(i, i+n)
		i += n
	}
	// trailing punctuation, collected right to left
	var tail [][2]int
	for j > i {
		r, n := utf8.DecodeLastRuneInString(line[i:j])
		if r == '.' {
			if !last || keepsPeriod(line[i:j]) {
				break
			}
		} else if !isEdgePunct(r) || r == '$' {
			break
		}
		if strings.HasSuffix(line[i:j], "''") {
			n = 2
		}
		tail = append(tail, [2]int{j - n, j})
		j -= n
	}
	if j > i {
		lw := strings.ToLower(line[i:j])
		switch {
		case j-i > 3 && strings.HasSuffix(lw, "n't"):
			add(i, j-3)
			add(j-3, j)
		case j-i > 2 && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")):
			k := j - 2
			if strings.HasSuffix(lw, "’s") {
				k = j - len("’s")
			}
			add(i, k)
			add(k, j)
		default:
			add(i, j)
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
}

// clitics are the Penn Treebank's split-off word endings, words in their
// own right when the text is already tokenised.
var clitics = wordSet("'s 're 'll 'd 've 'm n't ’s ’re ’ll ’d ’ve ’m n’t")

// endsSentence reports whether the text after a field starts a new
// sentence: nothing but space, or a capital letter or opening quote.
func endsSentence(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || r == '"' || r == '“'
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func allPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isEdgePunct(r rune) bool {
	switch r {
	case '\'', '-', '&', '@', '#', '/':
		return r == '\''
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// keepsPeriod reports words whose final full stop is part of them:
// initials and dotted abbreviations ("U.S.", "J."), and the common titles.
func keepsPeriod(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if strings.Contains(core, ".") {
		return true // "U.S.", "a.m."
	}
	if utf8.RuneCountInString(core) == 1 && unicode.IsUpper([]rune(core)[0]) {
		return true
	}
	switch strings.ToLower(core) {
	case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "rev", "gov", "sen", "rep",
		"inc", "ltd", "co", "corp", "bros", "vs", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}
