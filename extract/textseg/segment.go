package textseg

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Paragraphs splits text on blank lines. Each span is trimmed of the
// leading indentation and trailing space that news files carry, so that the
// first byte of a paragraph is its first character.
func Paragraphs(text string) []Span {
	var out []Span
	start := -1 // start of the current paragraph, or -1 between paragraphs
	lastEnd := 0
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		var line string
		next := len(text) + 1
		if j < 0 {
			line = text[i:]
		} else {
			line = text[i : i+j]
			next = i + j + 1
		}
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, Span{start, lastEnd})
				start = -1
			}
		} else {
			if start < 0 {
				start = i + (len(line) - len(strings.TrimLeft(line, " \t\u00a0\ufeff")))
			}
			lastEnd = i + len(strings.TrimRight(line, " \t\u00a0\r"))
		}
		i = next
	}
	if start >= 0 {
		out = append(out, Span{start, lastEnd})
	}
	return out
}

// closers may follow a sentence-final mark and still belong to the sentence.
func isCloser(t string) bool {
	switch t {
	case "”", "’", ")", "]", "'", "\"", "»":
		return true
	}
	return false
}

// opensSentence reports whether a token can begin a new sentence.
func opensSentence(t Token) bool {
	if t.Flags&(TCap|TDigit) != 0 {
		return true
	}
	switch t.Text {
	case "“", "‘", "\"", "'", "(", "[", "«", "-", "–", "—":
		return true
	}
	return false
}

// sentenceEnders close a dotted abbreviation at the end of a sentence when
// the next word is one of these ("... in the U.S. The firm ...").
var sentenceOpeners = lexicon.WordSet(`The He She It They We I But And This That
	These Those There In On At A An However Meanwhile Mr Mrs Ms`)

// maxSentenceTokens caps a sentence's length. Real sentences stay far
// below it; a longer run is garbage (a table, a 5 MB line) and is cut, at
// the last comma or semicolon when there is one, so that work done per
// sentence in later stages stays bounded.
const maxSentenceTokens = 250

// SplitSentences appends sentence token ranges of one paragraph's tokens
// (toks[lo:hi] of the whole token slice) to out.
func SplitSentences(toks []Token, lo, hi int, out []Span) []Span {
	n0 := len(out)
	out = splitSentencesRaw(toks, lo, hi, out)
	// Cut over-long sentences.
	var long bool
	for _, s := range out[n0:] {
		if s.End-s.Start > maxSentenceTokens {
			long = true
			break
		}
	}
	if !long {
		return out
	}
	cut := append([]Span(nil), out[n0:]...)
	out = out[:n0]
	for _, s := range cut {
		for s.End-s.Start > maxSentenceTokens {
			end := s.Start + maxSentenceTokens
			for k := end - 1; k > s.Start+maxSentenceTokens/2; k-- {
				if t := toks[k].Text; t == "," || t == ";" || t == ":" {
					end = k + 1
					break
				}
			}
			out = append(out, Span{s.Start, end})
			s.Start = end
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

func splitSentencesRaw(toks []Token, lo, hi int, out []Span) []Span {
	start := lo
	for i := lo; i < hi; i++ {
		t := toks[i]
		end := false
		switch t.Text {
		case ".", "!", "?", "...", "…", "?!", "!!":
			end = true
		default:
			// A dotted abbreviation ends a sentence only when a clear
			// sentence opener follows.
			if n := len(t.Text); n > 2 && t.Text[n-1] == '.' && strings.Count(t.Text, ".") >= 2 &&
				i+1 < hi && sentenceOpeners[toks[i+1].Text] {
				end = true
			}
		}
		if !end {
			continue
		}
		j := i + 1
		// Closing quotes and brackets directly after the mark belong here.
		for j < hi && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		// ”. — a full stop after the closing quote.
		for j < hi && (toks[j].Text == "." || toks[j].Text == "!" || toks[j].Text == "?") && toks[j].Start == toks[j-1].End {
			j++
		}
		if j < hi && !opensSentence(toks[j]) {
			i = j - 1
			continue
		}
		out = append(out, Span{start, j})
		start = j
		i = j - 1
	}
	if start < hi {
		out = append(out, Span{start, hi})
	}
	return out
}
