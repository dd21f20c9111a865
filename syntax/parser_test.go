package syntax

import (
	"bytes"
	"compress/gzip"
	"io"
	"reflect"
	"strings"
	"testing"
)

func loadParserT(tb testing.TB) *Parser {
	tb.Helper()
	p, err := LoadParser()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestProjectivise lifts crossing arcs until none is left and leaves
// projective trees alone.
func TestProjectivise(t *testing.T) {
	cases := []struct {
		name   string
		heads  []int32 // index 1..n; [0] unused
		lifted int
	}{
		{"projective chain", []int32{-1, 2, 0, 2, 3}, 0},
		// 4→2 passes over 3, which hangs from 1: 2 is lifted to 1.
		{"arc over a sibling's child", []int32{-1, 0, 4, 1, 1}, 1},
		// 3→1 passes over the root word 2; after lifting 1 to 2, 1→4
		// passes over 2 and 3 in turn.
		{"two crossings", []int32{-1, 3, 0, 2, 1}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := append([]int32(nil), c.heads...)
			got := projectivise(h)
			if got != c.lifted {
				t.Errorf("lifted %d arcs, want %d (heads %v)", got, c.lifted, h)
			}
			if !parseIsTree(h) {
				t.Fatalf("not a tree after lifting: %v", h)
			}
			if projectivise(append([]int32(nil), h...)) != 0 {
				t.Errorf("still non-projective: %v", h)
			}
		})
	}
}

// TestOracleFollowsGoldTree runs the zero-cost transitions on treebank
// sentences: they must rebuild the (projectivised) gold tree exactly.
func TestOracleFollowsGoldTree(t *testing.T) {
	gold := readUD(t, "en_ewt/dev.conllu")[:300]
	st := &parseState{}
	for _, g := range gold {
		n := g.Len()
		heads := make([]int32, n+2)
		heads[0], heads[n+1] = -1, -1
		for i, h := range g.Head {
			heads[i+1] = int32(h)
		}
		projectivise(heads[:n+1])
		st.load(g, 0, n)
		for !st.terminal() {
			next := -1
			for a := range numActions {
				if st.valid(a) && st.cost(a, heads) == 0 {
					next = a
					break
				}
			}
			if next < 0 {
				t.Fatalf("%s: no zero-cost transition", g.ID)
			}
			st.apply(next, 0)
		}
		for i := 1; i <= n; i++ {
			if st.head[i] != heads[i] {
				t.Fatalf("%s: token %d head %d, gold %d", g.ID, i, st.head[i], heads[i])
			}
		}
	}
}

// TestParserTreeShape checks the structural promises on odd inputs: one
// root, heads in range, no self-loops, a relation on every word, also for
// a sentence longer than MaxSentenceLen.
func TestParserTreeShape(t *testing.T) {
	p := loadParserT(t)
	long := strings.Repeat("word and ", 2*MaxSentenceLen/2+7)
	cases := []string{"Hello", "Yes .", "the the the the", "Paris , London , Rome and Berlin", long}
	for _, c := range cases {
		words := strings.Fields(c)
		s := &Sentence{Words: words, XPOS: make([]string, len(words)), UPOS: make([]string, len(words))}
		for i, w := range words {
			s.XPOS[i], s.UPOS[i] = "NN", "NOUN"
			if w == "," || w == "." {
				s.XPOS[i], s.UPOS[i] = w, "PUNCT"
			}
		}
		p.Parse(s)
		roots := 0
		for i, h := range s.Head {
			if h < 0 || h > len(words) || h == i+1 {
				t.Fatalf("%.30q: token %d has head %d", c, i+1, h)
			}
			if h == 0 {
				roots++
			}
			if s.Deprel[i] == "" {
				t.Errorf("%.30q: token %d has no relation", c, i+1)
			}
		}
		if roots != 1 {
			t.Errorf("%.30q: %d roots, want 1", c, roots)
		}
		if !parseIsTree(append([]int32{-1}, toInt32(s.Head)...)) {
			t.Errorf("%.30q: heads %v contain a cycle", c, s.Head)
		}
	}
}

func toInt32(xs []int) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = int32(x)
	}
	return out
}

// smallParser trains a parser with tiny tables on a few treebank
// sentences: enough to exercise training and model I/O quickly.
func smallParser(t *testing.T, seed uint64) (*Parser, []*Sentence) {
	t.Helper()
	train := readUD(t, "en_ewt/dev.conllu")[:300]
	p, err := TrainParser(train, ParserOptions{Iterations: 2, Seed: seed, ActBits: 14, LabBits: 10})
	if err != nil {
		t.Fatal(err)
	}
	return p, train
}

// TestParserModelRoundTrip writes and rereads a model: the copy parses
// exactly as the original. Training twice with one seed gives the same
// model, byte for byte.
func TestParserModelRoundTrip(t *testing.T) {
	p, sents := smallParser(t, 7)
	var buf bytes.Buffer
	if err := p.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := ReadParser(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sents[:100] {
		a := &Sentence{Words: g.Words, XPOS: g.XPOS, UPOS: g.UPOS}
		b := &Sentence{Words: g.Words, XPOS: g.XPOS, UPOS: g.UPOS}
		p.Parse(a)
		q.Parse(b)
		if !reflect.DeepEqual(a.Head, b.Head) || !reflect.DeepEqual(a.Deprel, b.Deprel) {
			t.Fatalf("%s: reread model parses differently", g.ID)
		}
	}
	again, _ := smallParser(t, 7)
	var buf2 bytes.Buffer
	if err := again.WriteModel(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("two trainings with seed 7 gave different models")
	}
}

// TestParserModelKeepsFileFormat: what the parser reads of the embedded
// model (packed action rows, the label table's non-zero weights) it
// writes back, byte for byte once inflated.
func TestParserModelKeepsFileFormat(t *testing.T) {
	var buf bytes.Buffer
	if err := loadParserT(t).WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	inflate := func(b []byte) []byte {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	if got, want := inflate(buf.Bytes()), inflate(parserModel); !bytes.Equal(got, want) {
		t.Errorf("embedded parser written back: %d bytes inflated, differs from the %d of the embedded model", len(got), len(want))
	}
}

// TestReadParserRejectsBadInput: a truncated or foreign file is an error.
func TestReadParserRejectsBadInput(t *testing.T) {
	p, _ := smallParser(t, 1)
	var buf bytes.Buffer
	if err := p.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("NGPARSE1 but plain"),
		"truncated": buf.Bytes()[:buf.Len()/2],
	}
	for name, b := range cases {
		if _, err := ReadParser(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestParserGoldTagsEWTDev is a floor on EWT dev with gold tags, well
// below the measured figures (see BENCHMARKS.md).
func TestParserGoldTagsEWTDev(t *testing.T) {
	gold := readUD(t, "en_ewt/dev.conllu")
	sc := EvaluateParser(loadParserT(t), gold)
	t.Logf("EWT dev, gold tags: UAS %.2f LAS %.2f", sc.UAS(), sc.LAS())
	if sc.UAS() < 86 || sc.LAS() < 83 {
		t.Errorf("EWT dev gold tags: UAS %.2f LAS %.2f, want ≥ 86 / 83", sc.UAS(), sc.LAS())
	}
}

// BenchmarkParse reports parsing speed with gold tags, one goroutine.
func BenchmarkParse(b *testing.B) {
	p := loadParserT(b)
	benchEWTDev(b, func(s, g *Sentence) {
		s.Words, s.XPOS, s.UPOS = g.Words, g.XPOS, g.UPOS
		p.Parse(s)
	})
}

// BenchmarkReadParser times decoding the embedded parser model, which the
// first sentence of a process waits for.
func BenchmarkReadParser(b *testing.B) {
	for b.Loop() {
		if _, err := ReadParser(bytes.NewReader(parserModel)); err != nil {
			b.Fatal(err)
		}
	}
}
