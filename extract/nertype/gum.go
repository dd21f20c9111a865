package nertype

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/syntax"
)

// GoldName is a proper-name mention read from GUM: words [I, J) of its
// sentence and its label.
type GoldName struct {
	I, J  int
	Label Label
}

// GoldSentence is one GUM sentence, words only (the syntax layer parses
// it again, as it parses news), with its proper-name mentions.
type GoldSentence struct {
	Doc      string // GUM document id ("GUM_bio_byron")
	Sentence *syntax.Sentence
	Names    []GoldName
}

// gumLabels maps GUM's entity types to labels.
var gumLabels = map[string]Label{
	"person": Person, "organization": Organization, "place": Place, "event": Event,
	"object": Other, "abstract": Other, "substance": Other, "animal": Other,
	"plant": Other, "time": Other, "quantity": Other,
}

// ReadGUM reads a GUM CoNLL-U file and keeps the entity mentions that are
// proper names, as extract would find them: the capitalised words around
// a mention's PROPN head ("the University of Portsmouth" gives "University
// of Portsmouth"). Errors name the line.
func ReadGUM(r io.Reader) ([]GoldSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []GoldSentence
	type open struct {
		id    string
		label Label
		start int
	}
	var (
		words, upos []string
		heads       []int
		stack       []open
		spans       []struct {
			i, j  int
			label Label
		}
		line int
		doc  string
	)
	flush := func() {
		if len(words) > 0 {
			gs := GoldSentence{Doc: doc, Sentence: &syntax.Sentence{Words: words}}
			seen := map[[2]int]bool{}
			for _, sp := range spans {
				i, j, ok := nameSpan(words, upos, heads, sp.i, sp.j)
				if ok && !seen[[2]int{i, j}] {
					seen[[2]int{i, j}] = true
					gs.Names = append(gs.Names, GoldName{I: i, J: j, Label: sp.label})
				}
			}
			out = append(out, gs)
		}
		words, upos, heads, stack, spans = nil, nil, nil, nil, nil
	}
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "#") {
			if id, ok := strings.CutPrefix(t, "# newdoc id = "); ok {
				doc = id
			}
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("gum line %d: %d columns, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		k := len(words)
		var head int
		if _, err := fmt.Sscan(f[6], &head); err != nil {
			return nil, fmt.Errorf("gum line %d: bad head %q", line, f[6])
		}
		words, upos, heads = append(words, f[1]), append(upos, f[3]), append(heads, head)
		for _, m := range strings.Split(f[9], "|") {
			ent, ok := strings.CutPrefix(m, "Entity=")
			if !ok {
				continue
			}
			for ent != "" {
				if ent[0] == '(' {
					end := strings.IndexAny(ent[1:], "()")
					if end < 0 {
						end = len(ent) - 1
					}
					body := ent[1 : 1+end]
					ent = ent[1+end:]
					parts := strings.SplitN(body, "-", 3)
					if len(parts) < 2 {
						return nil, fmt.Errorf("gum line %d: bad entity %q", line, body)
					}
					label, known := gumLabels[parts[1]]
					if !known {
						return nil, fmt.Errorf("gum line %d: unknown entity type %q", line, parts[1])
					}
					if strings.HasPrefix(ent, ")") { // opens and closes here
						ent = ent[1:]
						spans = append(spans, struct {
							i, j  int
							label Label
						}{k, k + 1, label})
						continue
					}
					stack = append(stack, open{id: parts[0], label: label, start: k})
					continue
				}
				end := strings.IndexByte(ent, ')')
				if end < 0 {
					return nil, fmt.Errorf("gum line %d: bad entity close %q", line, ent)
				}
				id := ent[:end]
				ent = ent[end+1:]
				for s := len(stack) - 1; s >= 0; s-- {
					if stack[s].id == id {
						spans = append(spans, struct {
							i, j  int
							label Label
						}{stack[s].start, k + 1, stack[s].label})
						stack = append(stack[:s], stack[s+1:]...)
						break
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gum line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// nameSpan narrows a mention [i, j) to its proper name: the capitalised
// run around its head word, which must be a PROPN; ok is false otherwise.
// "of", "for", "and", "&", "de" join capitalised words inside the run.
func nameSpan(words, upos []string, heads []int, i, j int) (int, int, bool) {
	h := -1
	for k := i; k < j; k++ {
		if g := heads[k] - 1; g < i || g >= j {
			h = k
		}
	}
	if h < 0 || upos[h] != "PROPN" || !capital(words[h]) {
		return 0, 0, false
	}
	lo, hi := h, h+1
	for lo > i && capital(words[lo-1]) {
		lo--
	}
	// A capitalised article opening a sentence is not part of the name
	// extract sees ("The University of Portsmouth").
	for lo < h && (words[lo] == "The" || words[lo] == "A" || words[lo] == "An") {
		lo++
	}
	for hi < j {
		switch {
		case capital(words[hi]):
			hi++
			continue
		case joiner(words[hi]) && hi+1 < j && capital(words[hi+1]):
			hi += 2
			continue
		}
		break
	}
	return lo, hi, true
}

func capital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func joiner(w string) bool {
	switch w {
	case "of", "for", "and", "&", "de", "the":
		return true
	}
	return false
}

// HeldOutDoc reports whether a GUM document must stay out of training and
// tuning: the news documents are the texts of newsgraph's Wikinews
// development and blind sets (tools/gumtext), whose entity types we score.
func HeldOutDoc(doc string) bool { return strings.HasPrefix(doc, "GUM_news_") }

// Examples parses every sentence of gold with an (as extraction parses
// news) and returns one example per proper name, skipping held-out
// documents.
func Examples(an *syntax.Analyzer, gold []GoldSentence) []Example {
	var out []Example
	for _, gs := range gold {
		if HeldOutDoc(gs.Doc) || len(gs.Names) == 0 {
			continue
		}
		an.Analyze(gs.Sentence)
		for _, nm := range gs.Names {
			out = append(out, Example{Features: Features(gs.Sentence, nm.I, nm.J), Gold: nm.Label})
		}
	}
	return out
}
