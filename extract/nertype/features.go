package nertype

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// lexicons are the word lists the features consult, loaded once.
type lexicons struct {
	gaz   *gazetteer.Gazetteer
	names lexicon.FirstNames
}

var (
	lexOnce sync.Once
	lex     lexicons
)

func loadLexicons() *lexicons {
	lexOnce.Do(func() {
		lex = lexicons{gaz: gazetteer.Default(), names: lexicon.LoadFirstNames()}
	})
	return &lex
}

// Features returns the feature strings of the name spanning words [i, j)
// of s. The parse fields of s (Lemmas, Head, Deprel) are read when filled;
// training and use must fill them the same way, with syntax.Analyzer.
func Features(s *syntax.Sentence, i, j int) []string {
	lx := loadLexicons()
	n := s.Len()
	if i < 0 || j > n || i >= j {
		return nil
	}
	fs := make([]string, 0, 48)
	add := func(parts ...string) { fs = append(fs, strings.Join(parts, "=")) }
	lower := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= n {
			return "</s>"
		}
		return strings.ToLower(s.Words[k])
	}
	fs = append(fs, "bias")
	// Form of the name.
	words := s.Words[i:j]
	first, last := strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
	size := "4+"
	if len(words) < 4 {
		size = string(rune('0' + len(words)))
	}
	add("len", size)
	add("first", first)
	add("last", last)
	if len(words) <= 4 {
		add("name", strings.ToLower(strings.Join(words, " ")))
	}
	common := 0
	for k, w := range words {
		lw := strings.ToLower(w)
		if k > 0 && k < len(words)-1 {
			add("mid", lw)
		}
		add("shape", shape(w))
		if lexicon.IsCommonWord(lw) {
			common++
		}
		if w == "&" || lw == "of" || lw == "for" || lw == "and" || lw == "the" {
			add("has", lw)
		}
	}
	add("shapes", shapeSeq(words))
	switch {
	case common == len(words):
		fs = append(fs, "common:all")
	case lexicon.IsCommonWord(first):
		fs = append(fs, "common:first")
	}
	for _, k := range []int{2, 3, 4} {
		if utf8.RuneCountInString(last) > k {
			add("suf"+string(rune('0'+k)), last[len(last)-k:])
		}
	}
	if g, ok := lx.names[first]; ok {
		add("firstname", string(g), size)
	}
	if len(words) > 1 {
		if _, ok := lx.names[last]; ok {
			fs = append(fs, "lastname:first")
		}
	}
	switch {
	case lexicon.OrgHeads[last]:
		fs = append(fs, "head:org")
	case lexicon.EventHeads[last]:
		fs = append(fs, "head:event")
	case lexicon.PlaceHeads[last]:
		fs = append(fs, "head:place")
	case lexicon.WorkHeads[last]:
		fs = append(fs, "head:work")
	}
	if e, ok := lx.gaz.Lookup(strings.Join(words, " ")); ok {
		add("gaz", e.Type)
	} else if len(words) > 1 {
		for _, w := range words {
			if e, ok := lx.gaz.Lookup(w); ok {
				add("gazword", e.Type)
			}
		}
	}
	if _, ok := lx.gaz.Demonym(words[0]); ok {
		fs = append(fs, "demonym:first")
	}
	// Words around the name.
	p1, p2, n1, n2 := lower(i-1), lower(i-2), lower(j), lower(j+1)
	add("p1", p1)
	add("p2p1", p2, p1)
	add("n1", n1)
	add("n1n2", n1, n2)
	add("p1n1", p1, n1)
	if i > 0 {
		add("p1shape", shape(s.Words[i-1]))
		if _, ok := lx.gaz.Demonym(s.Words[i-1]); ok {
			fs = append(fs, "demonym:before")
		}
	}
	// The parse: the name's head word, how it attaches and to what, and
	// the words that modify it from outside the name.
	if len(s.Head) != n || len(s.Deprel) != n {
		return fs
	}
	h := headOf(s, i, j)
	rel := s.Deprel[h]
	add("dep", rel)
	gov := s.Head[h] - 1
	if gov >= 0 {
		gl := s.LowerLemma(gov)
		add("gov", gl)
		add("depgov", rel, gl)
		if len(s.UPOS) == n {
			add("depgovpos", rel, s.UPOS[gov])
		}
		if rel == "appos" || rel == "compound" || rel == "flat" {
			// "the X tournament", "X, a striker": the noun beside it.
			add("nounof", gl)
		}
		if rel == "nsubj" || rel == "obj" || rel == "nsubj:pass" {
			add("argof", rel, gl)
		}
	}
	for k := 0; k < n; k++ {
		if k >= i && k < j || s.Head[k]-1 != h {
			continue
		}
		switch d := s.Deprel[k]; d {
		case "case":
			add("case", s.LowerLemma(k))
			if gov >= 0 {
				add("casegov", s.LowerLemma(k), s.LowerLemma(gov))
			}
		case "compound", "amod", "appos", "nmod:poss", "nummod":
			add("kid", d, s.LowerLemma(k))
		case "det":
			add("det", s.LowerLemma(k))
		}
	}
	return fs
}

// headOf returns the word of [i, j) whose head lies outside the span (the
// last one when several do).
func headOf(s *syntax.Sentence, i, j int) int {
	h := j - 1
	for k := i; k < j; k++ {
		if g := s.Head[k] - 1; g < i || g >= j {
			h = k
		}
	}
	return h
}

// shape maps a word to a coarse pattern: "Xx" for a capitalised word,
// "X" all capitals, "d" digits, "x" lower case, with "-" and "." kept.
func shape(w string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '-' || r == '.' || r == '\'' || r == '&':
		default:
			c = '?'
		}
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
		if b.Len() >= 6 {
			break
		}
	}
	return b.String()
}

func shapeSeq(words []string) string {
	parts := make([]string, 0, 4)
	for k, w := range words {
		if k == 4 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, shape(w))
	}
	return strings.Join(parts, "_")
}

// contextKinds are the feature kinds that say nothing of the name's own
// words: its length and capitalisation pattern, the words around it and
// how the parse attaches it. A model trained on names the extract rules
// typed by a cue in the name (a gazetteer hit, a head word such as "Corp"
// or "Cup") learns only the cue from the name's form features; from these
// it learns what the cue's context predicts ("shares in X", "X striker",
// "the final of the X"), which carries over to names without a cue.
var contextKinds = map[string]bool{
	"bias": true, "len": true, "shapes": true,
	"p1": true, "p2p1": true, "n1": true, "n1n2": true, "p1n1": true, "p1shape": true, "demonym:before": true,
	"dep": true, "gov": true, "depgov": true, "depgovpos": true, "nounof": true, "argof": true,
	"case": true, "casegov": true, "kid": true, "det": true,
}

// beforeKinds are the context kinds that read the word before the name,
// where a title or honorific cue stands ("Mr", "striker").
var beforeKinds = map[string]bool{"p1": true, "p2p1": true, "p1n1": true, "p1shape": true, "kid": true}

// ContextOnly keeps the context features of fs (from Features). With
// cueBefore, the features of the word before the name go too: a name
// typed by the title or honorific before it would teach only that cue,
// which a name the rules could not type never has.
func ContextOnly(fs []string, cueBefore bool) []string {
	out := fs[:0:0]
	for _, f := range fs {
		kind := f
		if k := strings.IndexByte(f, '='); k >= 0 {
			kind = f[:k]
		}
		if contextKinds[kind] && !(cueBefore && beforeKinds[kind]) {
			out = append(out, f)
		}
	}
	return out
}
