// Command train-tagger trains the part-of-speech tagger and the lemmatiser
// from the Universal Dependencies English treebanks and writes the models
// that package syntax embeds. It stands in until tools/train-syntax, which
// trains the parser as well, calls the same code.
//
//	go run ./tools/train-tagger [-ud ../shared/ud] [-out syntax/models] [-iter 10] [-seed 1]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "folder with en_ewt/ and gum/ CoNLL-U files")
	out := flag.String("out", "syntax/models", "folder to write tagger.bin.gz into")
	iter := flag.Int("iter", 10, "training iterations")
	seed := flag.Int64("seed", 1, "shuffle seed")
	test := flag.Bool("test", false, "also score the test files (measuring only)")
	score := flag.String("score", "", "only score this tagger model file, do not train")
	flag.Parse()
	var err error
	if *score != "" {
		err = scoreModel(*ud, *score, *test)
	} else {
		err = run(*ud, *out, *iter, *seed, *test)
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

func run(ud, out string, iter int, seed int64, test bool) error {
	start := time.Now()
	var train []*syntax.Sentence
	for _, tb := range []string{"en_ewt", "gum"} {
		s, err := readSents(filepath.Join(ud, tb, "train.conllu"))
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	t := syntax.TrainTagger(train, syntax.TaggerOptions{Iterations: iter, Seed: seed, Progress: os.Stderr})
	path := filepath.Join(out, "tagger.bin.gz")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	n, err := t.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	fmt.Printf("wrote %s: %d bytes\n", path, n)
	// Score the model as written, quantisation included.
	if err := scoreModel(ud, path, test); err != nil {
		return err
	}
	fmt.Printf("took %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

func scoreModel(ud, path string, test bool) error {
	rf, err := os.Open(path)
	if err != nil {
		return err
	}
	t, err := syntax.ReadTagger(rf)
	rf.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
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
		sc := syntax.EvalTagger(t, gold)
		fmt.Printf("%-12s tokens %6d  XPOS %.2f  UPOS %.2f\n", set, sc.Tokens, sc.XPOSAcc(), sc.UPOSAcc())
	}
	return nil
}
