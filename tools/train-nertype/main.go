// Command train-nertype trains the contextual entity typer of package
// extract/nertype and writes the model it embeds.
//
// By default it learns from licensed text only: it rebuilds the raw
// documents of EWT's train file (CC BY-SA 4.0) and of GUM's train file
// (CC BY / CC BY-SA genres; every GUM_news_* document left out, as our
// Wikinews development and blind texts come from them), runs the extract
// rules over them, and takes as labels the names the rules type with
// strong evidence (extract.Extractor.TyperSilver), described by their
// context features only, so that what the cue's context predicts ("shares
// in X", "said X", "X (Cheshire)") carries over to names without a cue.
// GUM's gold names of the same documents join them (context only;
// -with-gum=false leaves them out).
//
// The BBC corpus is read only to score the model (-eval-bbc: the held-out
// fifth of its texts, evaluation sets left out by excluded-texts.txt): its
// terms allow research use, not shipping a model learnt from it. Never
// train on EWT's or GUM's dev or test files.
//
// With -gum-only it trains the earlier GUM model instead: every feature,
// on GUM's entity layer without its news documents; -test also scores
// GUM's test file, for a final figure only: never tune on it.
//
//	go run ./tools/train-nertype [-ewt ../shared/ud/en_ewt] [-gum ../shared/ud/gum] [-with-gum=true] [-eval-bbc ../shared/corpus/bbc] [-exclude tools/train-nertype/excluded-texts.txt] [-prune 1] [-out extract/nertype/models/nertype.txt.gz] [-iter 8] [-seed 1] [-gum-only [-test]]
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
	ewt := flag.String("ewt", "../shared/ud/en_ewt", "folder with EWT's train.conllu: its texts are training text (empty: none)")
	evalBBC := flag.String("eval-bbc", "../shared/corpus/bbc", "news corpus folder whose held-out fifth scores the model (never trained on); empty: skip")
	exclude := flag.String("exclude", "tools/train-nertype/excluded-texts.txt", "file listing texts under -eval-bbc to leave out of scoring (the texts of every evaluation set), one path a line")
	gumMix := flag.Bool("with-gum", true, "also train on GUM's gold names of its licensed train documents (context features only)")
	prune := flag.Float64("prune", 1, "drop features whose weights are all smaller than this")
	gumOnly := flag.Bool("gum-only", false, "train the earlier every-feature model on GUM's gold names alone")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "train-nertype: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	var err error
	if *gumOnly {
		err = run(*gum, *out, *iter, *seed, *test)
	} else {
		err = runSilver(*ewt, *gum, *evalBBC, *exclude, *gumMix, *out, *iter, *seed, *prune)
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
