package nertype

import (
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
// of Portsmouth"). The columns are read by syntax.ReadCoNLLU; errors name
// the line or the sentence and token.
func ReadGUM(r io.Reader) ([]GoldSentence, error) {
	sents, err := syntax.ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("gum: %w", err)
	}
	var out []GoldSentence
	doc := ""
	for n, s := range sents {
		for _, c := range s.Comment {
			if id, ok := strings.CutPrefix(c, "# newdoc id = "); ok {
				doc = id
			}
		}
		spans, err := entitySpans(s.Misc)
		if err != nil {
			return nil, fmt.Errorf("gum sentence %d (%s): %w", n+1, s.ID, err)
		}
		gs := GoldSentence{Doc: doc, Sentence: &syntax.Sentence{Words: s.Words}}
		seen := map[[2]int]bool{}
		for _, sp := range spans {
			i, j, ok := nameSpan(s.Words, s.UPOS, s.Head, sp.i, sp.j)
			if ok && !seen[[2]int{i, j}] {
				seen[[2]int{i, j}] = true
				gs.Names = append(gs.Names, GoldName{I: i, J: j, Label: sp.label})
			}
		}
		out = append(out, gs)
	}
	return out, nil
}

// goldSpan is a mention's words [i, j) and its label.
type goldSpan struct {
	i, j  int
	label Label
}

// entitySpans reads the mentions of one sentence from the Entity= items of
// its MISC column: "(ID-TYPE-..." opens a mention at a word, "ID)" closes
// it, "(ID-TYPE-...)" is a one-word mention; mentions nest.
func entitySpans(misc []string) ([]goldSpan, error) {
	type open struct {
		id    string
		label Label
		start int
	}
	var stack []open
	var spans []goldSpan
	for k, col := range misc {
		for _, m := range strings.Split(col, "|") {
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
						return nil, fmt.Errorf("word %d: bad entity %q", k+1, body)
					}
					label, known := gumLabels[parts[1]]
					if !known {
						return nil, fmt.Errorf("word %d: unknown entity type %q", k+1, parts[1])
					}
					if strings.HasPrefix(ent, ")") { // opens and closes here
						ent = ent[1:]
						spans = append(spans, goldSpan{k, k + 1, label})
						continue
					}
					stack = append(stack, open{id: parts[0], label: label, start: k})
					continue
				}
				end := strings.IndexByte(ent, ')')
				if end < 0 {
					return nil, fmt.Errorf("word %d: bad entity close %q", k+1, ent)
				}
				id := ent[:end]
				ent = ent[end+1:]
				for s := len(stack) - 1; s >= 0; s-- {
					if stack[s].id == id {
						spans = append(spans, goldSpan{stack[s].start, k + 1, stack[s].label})
						stack = append(stack[:s], stack[s+1:]...)
						break
					}
				}
			}
		}
	}
	return spans, nil
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
