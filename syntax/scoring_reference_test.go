package syntax

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The parser and tagger order their table loads for speed (sweeps of
// loads before the sums; see Parser.label and tagWeights.score). These
// tests score the same configurations the plain way, one feature after
// another, and require the same decisions and scores.

// referenceSentences are a few hand sentences, plus EWT dev when the
// shared treebanks are beside the repository.
func referenceSentences(t *testing.T) [][]string {
	t.Helper()
	var out [][]string
	for _, s := range []string{
		"The chairman of BP , John Browne , said on Monday that profits rose .",
		"She told reporters she would not stand again .",
		"Shares in the firm , which was founded in 1999 by two students , fell 5 % .",
		"`` We are delighted , '' he said .",
		"a",
		strings.Repeat("and more words ", 90) + ".", // longer than MaxSentenceLen
	} {
		out = append(out, strings.Fields(s))
	}
	if testing.Short() {
		return out
	}
	for _, g := range readUDMaybe(t, "en_ewt/dev.conllu") {
		out = append(out, g.Words)
	}
	return out
}

// readUDMaybe is readUD without skipping: nil when the file is absent.
func readUDMaybe(t *testing.T, rel string) []*Sentence {
	if _, err := os.Stat(filepath.Join("..", "..", "shared", "ud", rel)); err != nil {
		return nil
	}
	return readUD(t, rel)
}

// parsePlain is Parse (one chunk) scored the plain way.
func parsePlain(p *Parser, s *Sentence) (heads []int32, labels []int32) {
	st := &parseState{}
	st.load(s, 0, s.Len())
	nl := len(p.labels)
	for !st.terminal() {
		var valid []int
		for a := range numActions {
			if st.valid(a) {
				valid = append(valid, a)
			}
		}
		best := valid[0]
		if len(valid) > 1 {
			var sc [numActions]int32
			for _, f := range st.actionFeatures() {
				for a := range numActions {
					sc[a] += int32(p.act[(f&p.actMask)*actRow+uint64(a)])
				}
			}
			best = -1
			for _, a := range valid {
				if best < 0 || sc[a] > sc[best] {
					best = a
				}
			}
		}
		lbl := int32(0)
		if best != actShift {
			h, d := st.arc(best)
			right := best == actRight
			cands, ok := p.cands[st.arcKey(h, d, right)]
			sc := make([]int32, nl)
			for _, f := range st.labelFeatures(h, d) {
				for k := range nl {
					col := k
					if right {
						col += nl
					}
					sc[k] += int32(p.lab[(f&p.labMask)*uint64(2*nl)+uint64(col)])
				}
			}
			// The first best in the candidates' own order (the order
			// they were met in training), or in class order.
			order := cands
			if !ok {
				for k := range nl {
					order = append(order, uint8(k))
				}
			}
			lbl = -1
			for _, k := range order {
				if lbl < 0 || sc[k] > sc[lbl] {
					lbl = int32(k)
				}
			}
		}
		st.apply(best, lbl)
	}
	return slices.Clone(st.head[1 : st.n+1]), slices.Clone(st.label[1 : st.n+1])
}

func TestParserMatchesPlainScoring(t *testing.T) {
	a := loadAnalyzerT(t)
	n := 0
	for _, words := range referenceSentences(t) {
		s := &Sentence{Words: words}
		// the parser's own inputs: Analyze goes on to repair tags after
		// parsing (past_base_forms.go), which the plain scoring must not see
		a.tagger.Tag(s)
		a.lemmas.Lemmatize(s)
		a.parser.Parse(s)
		if s.Len() > MaxSentenceLen {
			// Parse chunks it; the plain parse of the first chunk must
			// match the first chunk's words that do not hang elsewhere.
			s.Words, s.XPOS, s.UPOS, s.Lemmas = s.Words[:MaxSentenceLen], s.XPOS[:MaxSentenceLen], s.UPOS[:MaxSentenceLen], s.Lemmas[:MaxSentenceLen]
			a.parser.Parse(s)
		}
		heads, labels := parsePlain(a.parser, s)
		for i := range heads {
			if int(heads[i]) != s.Head[i] || a.parser.labels[labels[i]] != s.Deprel[i] {
				t.Fatalf("%q word %d: Parse gives %d %s, plain scoring %d %s",
					strings.Join(words, " "), i+1, s.Head[i], s.Deprel[i], heads[i], a.parser.labels[labels[i]])
			}
		}
		n++
	}
	t.Logf("%d sentences parsed the same", n)
}

func TestTaggerMatchesPlainScoring(t *testing.T) {
	tg := loadTaggerT(t)
	sc := tg.scratch()
	got := make([]int32, len(tg.xpos))
	for _, words := range referenceSentences(t) {
		sc.prepare(tg, words)
		classes := sc.classes(len(words))
		tg.pass(sc, &tg.first, classes, nil)
		right := sc.rightClasses(classes)
		for _, pass := range []struct {
			w     *tagWeights
			right []uint8
		}{{&tg.first, nil}, {&tg.second, right}} {
			for i := range words {
				feats := sc.features(i, classes, pass.right)
				clear(got)
				pass.w.score(feats, sc.offs[:0], got)
				want := make([]int32, len(got))
				for _, h := range feats {
					for j := h & pass.w.mask; pass.w.slots[j] != 0; j = (j + 1) & pass.w.mask {
						if pass.w.slots[j]>>32 == h>>(tagKeyBits-32) {
							off := uint32(pass.w.slots[j])
							for _, e := range pass.w.data[off+1 : off+1+pass.w.data[off]] {
								want[uint8(e)] += int32(e) >> 8
							}
							break
						}
					}
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%q word %d: scores differ from plain scoring", strings.Join(words, " "), i)
				}
			}
		}
	}
}
