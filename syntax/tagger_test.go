package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func loadTaggerT(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := LoadTagger()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// readUD reads a treebank file of ../shared/ud, skipping the test when the
// shared data is not beside the repository.
func readUD(tb testing.TB, rel string) []*Sentence {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "ud", rel)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		tb.Skipf("%s absent: the UD treebanks live in ../shared beside the repository", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestTagAmbiguousWords checks words whose tag depends on context: each
// case names one token and the tags it must get.
func TestTagAmbiguousWords(t *testing.T) {
	tg := loadTaggerT(t)
	cases := []struct {
		sent       string
		word       int
		xpos, upos string
	}{
		{"She will book a flight to Riga .", 2, "VB", "VERB"},
		{"I read the book yesterday .", 3, "NN", "NOUN"},
		{"They book rooms every summer .", 1, "VBP", "VERB"},
		{"He has visited Tallinn twice .", 1, "VBZ", "AUX"},
		{"He has a car .", 1, "VBZ", "VERB"},
		{"She left before the meeting .", 2, "IN", "ADP"},
		{"She left before he arrived .", 2, "IN", "SCONJ"},
		{"I know that he lied .", 2, "IN", "SCONJ"},
		{"I want that car .", 2, "DT", "DET"},
		{"The ministers met in Vilnius on Tuesday .", 1, "NNS", "NOUN"},
		{"The minister meets the ambassadors .", 2, "VBZ", "VERB"},
		{"She picked it up at noon .", 3, "RP", "ADP"},
		{"He did not sign the treaty .", 2, "RB", "PART"},
		{"The flurbish grobbles were zarnding happily .", 3, "VBD", "AUX"},
		{"The flurbish grobbles were zarnding happily .", 4, "VBG", "VERB"},
		{"The flurbish grobbles were zarnding happily .", 2, "NNS", "NOUN"},
		{"Mr. Okonkwo-Bell resigned on Friday .", 1, "NNP", "PROPN"},
		{"Profits rose 12 % in 2019 .", 2, "CD", "NUM"},
		{"It was the biggest deal ever .", 3, "JJS", "ADJ"},
	}
	for _, c := range cases {
		s := &Sentence{Words: strings.Fields(c.sent)}
		tg.Tag(s)
		if s.XPOS[c.word] != c.xpos || s.UPOS[c.word] != c.upos {
			t.Errorf("%q: %q tagged %s/%s, want %s/%s (all: %v)", c.sent, s.Words[c.word],
				s.XPOS[c.word], s.UPOS[c.word], c.xpos, c.upos, s.XPOS)
		}
	}
}

func TestTagEmptyAndOddTokens(t *testing.T) {
	tg := loadTaggerT(t)
	for _, words := range [][]string{nil, {""}, {"日本", "は", "—"}, {strings.Repeat("x", 500)}} {
		s := &Sentence{Words: words}
		tg.Tag(s)
		if len(s.XPOS) != len(words) || len(s.UPOS) != len(words) {
			t.Errorf("%q: %d XPOS, %d UPOS for %d words", words, len(s.XPOS), len(s.UPOS), len(words))
		}
		for i := range words {
			if s.XPOS[i] == "" || s.UPOS[i] == "" {
				t.Errorf("%q: token %d left untagged", words, i)
			}
		}
	}
}

// TestTaggerAccuracyEWTDev holds the embedded model above a floor a little
// below its measured accuracy on EWT dev (see the README's syntax table).
func TestTaggerAccuracyEWTDev(t *testing.T) {
	gold := readUD(t, "en_ewt/dev.conllu")
	sc := EvalTagger(loadTaggerT(t), gold)
	t.Logf("EWT dev: %d tokens, XPOS %.2f, UPOS %.2f", sc.Tokens, sc.XPOSAcc(), sc.UPOSAcc())
	if sc.XPOSAcc() < 93 || sc.UPOSAcc() < 93 {
		t.Errorf("EWT dev XPOS %.2f, UPOS %.2f: below the 93%% floor", sc.XPOSAcc(), sc.UPOSAcc())
	}
}

// TestTagConcurrent tags the same sentences from many goroutines with one
// shared model; every result must equal the serial one.
func TestTagConcurrent(t *testing.T) {
	tg := loadTaggerT(t)
	sents := []string{
		"She will book a flight to Riga .",
		"The forum was founded by five states : Albania , Greece , Turkey , Bulgaria and Romania .",
		"On the second day of her tour of Asia , the minister met her counterpart .",
		"Kenya , where she met ministers in Nairobi , signed the accord .",
	}
	checkConcurrent(t, sents, tg.Tag, func(x *Sentence) any {
		return append(append([]string(nil), x.XPOS...), x.UPOS...)
	})
}

// TestTaggerRoundTrip writes the model and reads it back: the tags, the
// dictionary and the weights must survive (writing twice gives the same
// bytes, since quantised weights quantise to themselves).
func TestTaggerRoundTrip(t *testing.T) {
	tg := loadTaggerT(t)
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTagger(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := back.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("model changed in a write/read/write round trip: %d then %d bytes", a.Len(), b.Len())
	}
	// What the embedded model holds is read whole: written back, it
	// inflates to the same bytes (the compression level may differ).
	got, err := inflate(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := inflate(taggerModel); !bytes.Equal(got, want) {
		t.Errorf("embedded model written back inflates to %d bytes, differing from its own %d", len(got), len(want))
	}
	s1 := &Sentence{Words: strings.Fields("The blorfing committee will book rooms in Tartu .")}
	s2 := &Sentence{Words: s1.Words}
	tg.Tag(s1)
	back.Tag(s2)
	if !reflect.DeepEqual(s1.XPOS, s2.XPOS) || !reflect.DeepEqual(s1.UPOS, s2.UPOS) {
		t.Errorf("round-tripped model tags %v, original %v", s2.XPOS, s1.XPOS)
	}
}

// TestReadTaggerLayout: the tables read from the model are the ones
// training lays out from the same features (setFlatFeatures), slot for
// slot.
func TestReadTaggerLayout(t *testing.T) {
	tg := loadTaggerT(t)
	for name, w := range map[string]*tagWeights{"first": &tg.first, "second": &tg.second} {
		var ends []int
		var cls []uint8
		var q []int16
		for _, off := range w.offs {
			n := w.data[off]
			for _, x := range w.data[off+1 : off+1+n] {
				cls = append(cls, uint8(x))
				q = append(q, int16(int32(x)>>8))
			}
			ends = append(ends, len(cls))
		}
		var laid tagWeights
		laid.setFlatFeatures(slices.Clone(w.keys), ends, cls, q, w.scale)
		if !slices.Equal(laid.slots, w.slots) || !slices.Equal(laid.data, w.data) || laid.mask != w.mask {
			t.Errorf("%s pass: tables read differ from those laid out in training", name)
		}
	}
}

func TestReadTaggerRejectsBadInput(t *testing.T) {
	var good bytes.Buffer
	if _, err := loadTaggerT(t).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"not gzip":  []byte("hello"),
		"truncated": good.Bytes()[:good.Len()/2],
		"empty":     nil,
	}
	for name, data := range cases {
		if _, err := ReadTagger(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: ReadTagger accepted it", name)
		}
	}
}

// BenchmarkTag reports tagging speed on EWT dev in words/s, one goroutine.
func BenchmarkTag(b *testing.B) {
	tg := loadTaggerT(b)
	benchEWTDev(b, func(s, g *Sentence) {
		s.Words = g.Words
		tg.Tag(s)
	})
}

// TestTrainTaggerDeterministic trains small taggers on the start of EWT
// train: the same seed must give byte-identical models, another seed a
// different one, and even this small model must tag dev sensibly.
func TestTrainTaggerDeterministic(t *testing.T) {
	train := readUD(t, "en_ewt/train.conllu")
	if len(train) > 1500 {
		train = train[:1500]
	}
	encode := func(tg *Tagger) []byte {
		var buf bytes.Buffer
		if _, err := tg.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a := TrainTagger(train, TaggerOptions{Iterations: 2, Seed: 7})
	b := TrainTagger(train, TaggerOptions{Iterations: 2, Seed: 7})
	c := TrainTagger(train, TaggerOptions{Iterations: 2, Seed: 8, SinglePass: true})
	if !bytes.Equal(encode(a), encode(b)) {
		t.Error("two trainings with seed 7 gave different models")
	}
	if bytes.Equal(encode(a), encode(c)) {
		t.Error("seed 8 single-pass training gave the same model as seed 7 two-pass")
	}
	dev := readUD(t, "en_ewt/dev.conllu")
	for name, tg := range map[string]*Tagger{"two-pass": a, "single-pass": c} {
		if sc := EvalTagger(tg, dev[:500]); sc.XPOSAcc() < 80 {
			t.Errorf("%s tagger trained on 1500 sentences: XPOS %.2f on dev, want at least 80", name, sc.XPOSAcc())
		}
	}
}

// BenchmarkReadTagger times decoding the embedded tagger model, which the
// first sentence of a process waits for.
func BenchmarkReadTagger(b *testing.B) {
	for b.Loop() {
		if _, err := ReadTagger(bytes.NewReader(taggerModel)); err != nil {
			b.Fatal(err)
		}
	}
}
