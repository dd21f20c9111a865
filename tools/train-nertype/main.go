// Command train-nertype trains the contextual entity typer of package
// extract/nertype and writes the model it embeds.
//
// By default it learns from news: it runs the extract rules over the BBC
// corpus, leaving out every text of an evaluation set (excluded-texts.txt,
// blind sets included), and takes as labels the names the rules type with
// strong evidence (extract.Extractor.TyperSilver), described by their
// context features only, so that what the cue's context predicts ("shares
// in X", "said X", "X (Cheshire)") carries over to names without a cue.
// One text in five (by a hash of its path) is held out and scored, with
// GUM's dev names. -with-gum adds GUM's training names (context only):
// better on GUM, worse on held-out news.
//
// With -bbc "" it trains the earlier GUM model instead: every feature, on
// GUM's entity layer without its news documents (the texts of the
// Wikinews development and blind sets); -test also scores GUM's test file,
// for a final figure only: never tune on it.
//
//	go run ./tools/train-nertype [-bbc ../shared/corpus/bbc] [-exclude tools/train-nertype/excluded-texts.txt] [-with-gum] [-prune 1] [-gum ../shared/ud/gum] [-out extract/nertype/models/nertype.txt.gz] [-iter 8] [-seed 1] [-test]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract/nertype"
	"github.com/newsgraph/newsgraph/syntax"
)

func main() {
	gum := flag.String("gum", "../shared/ud/gum", "folder with GUM's train/dev/test .conllu files")
	out := flag.String("out", "extract/nertype/models/nertype.txt.gz", "model file to write")
	iter := flag.Int("iter", 8, "perceptron passes over the training names")
	seed := flag.Int64("seed", 1, "shuffle seed")
	test := flag.Bool("test", false, "also score GUM's test file (measuring only)")
	bbc := flag.String("bbc", "../shared/corpus/bbc", "news corpus folder: train on the names the extract rules type with strong evidence there (context features only); empty: train on GUM alone")
	exclude := flag.String("exclude", "tools/train-nertype/excluded-texts.txt", "file listing texts under -bbc to leave out (the texts of every evaluation set), one path a line")
	gumMix := flag.Bool("with-gum", false, "with -bbc, also train on GUM's names (context features only)")
	prune := flag.Float64("prune", 1, "with -bbc, drop features whose weights are all smaller than this")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "train-nertype: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	var err error
	if *bbc != "" {
		err = runSilver(*bbc, *exclude, *gum, *gumMix, *out, *iter, *seed, *prune)
	} else {
		err = run(*gum, *out, *iter, *seed, *test)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-nertype:", err)
		os.Exit(1)
	}
}

func examples(an *syntax.Analyzer, path string) ([]nertype.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gold, err := nertype.ReadGUM(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return nertype.Examples(an, gold), nil
}

func run(gum, out string, iter int, seed int64, test bool) error {
	an, err := syntax.LoadAnalyzer()
	if err != nil {
		return err
	}
	train, err := examples(an, filepath.Join(gum, "train.conllu"))
	if err != nil {
		return err
	}
	dev, err := examples(an, filepath.Join(gum, "dev.conllu"))
	if err != nil {
		return err
	}
	fmt.Printf("names: train %d, dev %d\n", len(train), len(dev))
	m, n, err := writeModel(nertype.Train(train, iter, seed), out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes, %d features\n", out, n, m.Len())
	report("dev", m, dev)
	if test {
		ts, err := examples(an, filepath.Join(gum, "test.conllu"))
		if err != nil {
			return err
		}
		report("test", m, ts)
	}
	return nil
}

// writeModel writes m to out and reads it back, so that what is scored
// is what extract will load; it returns the model read and its size.
func writeModel(m *nertype.Model, out string) (*nertype.Model, int, error) {
	var buf bytes.Buffer
	if err := m.WriteModel(&buf); err != nil {
		return nil, 0, err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return nil, 0, fmt.Errorf("write model %s: %w", out, err)
	}
	m, err := nertype.ReadModel(bytes.NewReader(buf.Bytes()))
	return m, buf.Len(), err
}

func report(name string, m *nertype.Model, ex []nertype.Example) {
	acc, _ := m.Evaluate(ex, 0)
	fmt.Printf("%s accuracy %.3f over %d names\n", name, acc.Overall(), len(ex))
	for _, l := range nertype.Labels() {
		if acc.Total[l] > 0 {
			fmt.Printf("  %-12s %.3f (%d/%d)\n", l, float64(acc.Right[l])/float64(acc.Total[l]), acc.Right[l], acc.Total[l])
		}
	}
	for _, t := range []float64{1, 2, 3, 5, 8, 12} {
		acc, decided := m.Evaluate(ex, t)
		fmt.Printf("  margin >= %-3g decides %.3f of names, accuracy %.3f\n", t, float64(decided)/float64(len(ex)), acc.Overall())
	}
}
