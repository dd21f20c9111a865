// Command train-tagger trains the part-of-speech tagger and the lemmatiser
// from the Universal Dependencies English treebanks (EWT and GUM training
// files) and writes the models that package syntax embeds, then scores
// them on the dev files (and the test files with -test). It stands in
// until tools/train-syntax, which trains the parser as well, calls the
// same code.
//
//	go run ./tools/train-tagger [-ud ../shared/ud] [-out syntax/models] [-iter 10] [-seed 1] [-test]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jdkato/prose/v3/tag"

	"github.com/newsgraph/newsgraph/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "folder with en_ewt/ and gum/ CoNLL-U files")
	out := flag.String("out", "syntax/models", "folder to write tagger.bin.gz and lemma.txt.gz into")
	iter := flag.Int("iter", 10, "tagger training iterations")
	seed := flag.Int64("seed", 1, "shuffle seed")
	test := flag.Bool("test", false, "also score the test files (measuring only)")
	score := flag.Bool("score", false, "do not train: score the models already in -out")
	lemmaOnly := flag.Bool("lemma-only", false, "train only the lemmatiser; score it with the tagger already in -out")
	withProse := flag.Bool("prose", false, "with -score: also score prose's tagger (what extract uses) on the same tokens")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "train-tagger: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	err := run(*ud, *out, *iter, *seed, *test, *score, *lemmaOnly)
	if err == nil && *withProse {
		err = scoreProse(*ud, *test)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-tagger:", err)
		os.Exit(1)
	}
}

func readSents(path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// save writes a model through its WriteTo into path.
func save(path string, write func(*bytes.Buffer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", path, buf.Len())
	return nil
}

func run(ud, out string, iter int, seed int64, test, scoreOnly, lemmaOnly bool) error {
	start := time.Now()
	tagPath := filepath.Join(out, "tagger.bin.gz")
	lemmaPath := filepath.Join(out, "lemma.txt.gz")
	if !scoreOnly {
		var train []*syntax.Sentence
		for _, tb := range []string{"en_ewt", "gum"} {
			s, err := readSents(filepath.Join(ud, tb, "train.conllu"))
			if err != nil {
				return err
			}
			train = append(train, s...)
		}
		if !lemmaOnly {
			t := syntax.TrainTagger(train, syntax.TaggerOptions{Iterations: iter, Seed: seed, Progress: os.Stderr})
			if err := save(tagPath, func(b *bytes.Buffer) error { _, err := t.WriteTo(b); return err }); err != nil {
				return err
			}
		}
		lstart := time.Now()
		l := syntax.TrainLemmatizer(train)
		fmt.Printf("lemmatizer trained in %s\n", time.Since(lstart).Round(time.Millisecond))
		if err := save(lemmaPath, func(b *bytes.Buffer) error { _, err := l.WriteTo(b); return err }); err != nil {
			return err
		}
		fmt.Printf("training took %s\n", time.Since(start).Round(time.Millisecond))
	}
	// Score the models as written, quantisation included.
	return scoreModels(ud, tagPath, lemmaPath, test)
}

func scoreModels(ud, tagPath, lemmaPath string, test bool) error {
	tf, err := os.Open(tagPath)
	if err != nil {
		return err
	}
	t, err := syntax.ReadTagger(tf)
	tf.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", tagPath, err)
	}
	lf, err := os.Open(lemmaPath)
	if err != nil {
		return err
	}
	l, err := syntax.ReadLemmatizer(lf)
	lf.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", lemmaPath, err)
	}
	sets := []string{"en_ewt/dev", "gum/dev"}
	if test {
		sets = append(sets, "en_ewt/test", "gum/test")
	}
	fmt.Printf("%-12s %7s %6s %6s %12s %12s\n", "set", "tokens", "XPOS", "UPOS", "lemma(gold)", "lemma(pred)")
	for _, set := range sets {
		gold, err := readSents(filepath.Join(ud, set+".conllu"))
		if err != nil {
			return err
		}
		sc := syntax.EvalTagger(t, gold)
		lg := syntax.EvalLemmatizer(l, nil, gold)
		lp := syntax.EvalLemmatizer(l, t, gold)
		fmt.Printf("%-12s %7d %6.2f %6.2f %12.2f %12.2f\n", set, sc.Tokens, sc.XPOSAcc(), sc.UPOSAcc(), lg.Acc(), lp.Acc())
	}
	return nil
}

// scoreProse measures prose's tagger, the one extract uses, on the gold
// tokens, for comparison with ours.
func scoreProse(ud string, test bool) error {
	pt, err := tag.New()
	if err != nil {
		return fmt.Errorf("prose tagger: %w", err)
	}
	sets := []string{"en_ewt/dev", "gum/dev"}
	if test {
		sets = append(sets, "en_ewt/test", "gum/test")
	}
	for _, set := range sets {
		gold, err := readSents(filepath.Join(ud, set+".conllu"))
		if err != nil {
			return err
		}
		var n, ok int
		for _, g := range gold {
			for i, tok := range pt.Tag(g.Words) {
				n++
				if tok.Tag == g.XPOS[i] {
					ok++
				}
			}
		}
		fmt.Printf("%-12s %7d prose XPOS %.2f\n", set, n, 100*float64(ok)/float64(max(n, 1)))
	}
	return nil
}
