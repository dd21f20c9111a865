package syntax

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func loadLemmatizerT(tb testing.TB) *Lemmatizer {
	tb.Helper()
	l, err := LoadLemmatizer()
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// TestLemmaInventedWords shows the rules and the learned stem repairs
// generalise: none of these forms occurs in the treebanks.
func TestLemmaInventedWords(t *testing.T) {
	l := loadLemmatizerT(t)
	cases := []struct{ word, xpos, want string }{
		{"blorfed", "VBD", "blorf"},
		{"blorfs", "VBZ", "blorf"},
		{"blorfing", "VBG", "blorf"},
		{"zarnding", "VBG", "zarnd"},
		{"glimmed", "VBD", "glim"},  // doubled consonant undone
		{"glimming", "VBG", "glim"}, //
		{"snaped", "VBN", "snape"},  // silent e restored
		{"florbating", "VBG", "florbate"},
		{"flurbied", "VBD", "flurby"}, // -ied -> -y
		{"flurbies", "NNS", "flurby"},
		{"grobbles", "NNS", "grobble"},
		{"blixes", "NNS", "blix"},
		{"wuzzes", "VBZ", "wuzz"},
		{"plonkers", "NNS", "plonker"},
		{"Plonkers", "NNS", "plonker"},    // common nouns are lowered
		{"Glorbians", "NNPS", "Glorbian"}, // proper nouns keep their case
		{"Zarnd", "NNP", "Zarnd"},
		{"snazzier", "JJR", "snazzy"},
		{"blonkest", "JJS", "blonk"},
		{"grimmer", "JJR", "grim"},
		{"Blorf", "NN", "blorf"},
		{"glass", "NN", "glass"},
		{"status", "NNS", "status"}, // looks plural, is not
	}
	for _, c := range cases {
		if got := l.Lemma(c.word, c.xpos, ""); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.xpos, got, c.want)
		}
	}
}

// TestLemmaIrregulars checks the exception table learned from the
// treebanks: the rules alone would get all of these wrong.
func TestLemmaIrregulars(t *testing.T) {
	l := loadLemmatizerT(t)
	cases := []struct{ word, xpos, want string }{
		{"went", "VBD", "go"},
		{"was", "VBD", "be"},
		{"Is", "VBZ", "be"},
		{"children", "NNS", "child"},
		{"better", "JJR", "good"},
		{"me", "PRP", "I"},
		{"taken", "VBN", "take"},
		{"n't", "RB", "not"},
		{"feet", "NNS", "foot"},
	}
	for _, c := range cases {
		if got := l.Lemma(c.word, c.xpos, ""); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.xpos, got, c.want)
		}
	}
}

// TestLemmatizeSentenceWithTagger runs tagger and lemmatiser together: the
// same form gets different lemmas under the tags the tagger chooses.
func TestLemmatizeSentenceWithTagger(t *testing.T) {
	l := loadLemmatizerT(t)
	tg := loadTaggerT(t)
	cases := []struct {
		sent string
		word int
		want string
	}{
		{"She saw the saws in the shed .", 1, "see"},
		{"She saw the saws in the shed .", 3, "saw"},
		{"Their meetings ended early .", 1, "meeting"},
		{"She is meeting him at noon .", 2, "meet"},
		{"Ministers were meeting in Brussels .", 0, "minister"},
		{"Ministers were meeting in Brussels .", 1, "be"},
		{"Ministers were meeting in Brussels .", 4, "Brussels"},
	}
	for _, c := range cases {
		s := &Sentence{Words: strings.Fields(c.sent)}
		tg.Tag(s)
		l.Lemmatize(s)
		if s.Lemmas[c.word] != c.want {
			t.Errorf("%q: lemma of %q (%s) = %q, want %q", c.sent, s.Words[c.word], s.XPOS[c.word], s.Lemmas[c.word], c.want)
		}
	}
}

// TestLemmaAccuracyEWTDev holds lemma accuracy on EWT dev above floors a
// little below the measured figures, with gold and with predicted tags.
func TestLemmaAccuracyEWTDev(t *testing.T) {
	gold := readUD(t, "en_ewt/dev.conllu")
	l := loadLemmatizerT(t)
	g := EvalLemmatizer(l, nil, gold)
	p := EvalLemmatizer(l, loadTaggerT(t), gold)
	t.Logf("EWT dev lemma accuracy: gold tags %.2f, predicted tags %.2f", g.Acc(), p.Acc())
	if g.Acc() < 97.5 {
		t.Errorf("lemma accuracy with gold tags %.2f, below the 97.5%% floor", g.Acc())
	}
	if p.Acc() < 95.5 {
		t.Errorf("lemma accuracy with predicted tags %.2f, below the 95.5%% floor", p.Acc())
	}
}

func TestLemmatizerRoundTrip(t *testing.T) {
	l := loadLemmatizerT(t)
	var a, b bytes.Buffer
	if _, err := l.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLemmatizer(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := back.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("lemmatizer changed in a write/read/write round trip")
	}
	for _, bad := range [][]byte{nil, []byte("plain text"), gzipped(t, "newsgraph-lemmatizer-1\nQ\tx\n"), gzipped(t, "other-model\n")} {
		if _, err := ReadLemmatizer(bytes.NewReader(bad)); err == nil {
			t.Errorf("ReadLemmatizer accepted %q", bad)
		}
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

// BenchmarkLemmatize reports lemmatising speed on EWT dev (gold tags) in
// words/s, one goroutine.
func BenchmarkLemmatize(b *testing.B) {
	gold := readUD(b, "en_ewt/dev.conllu")
	l := loadLemmatizerT(b)
	words := 0
	for _, g := range gold {
		words += len(g.Words)
	}
	s := &Sentence{}
	for b.Loop() {
		for _, g := range gold {
			s.Words, s.XPOS, s.UPOS = g.Words, g.XPOS, g.UPOS
			l.Lemmatize(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
