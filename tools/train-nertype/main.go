// Command train-nertype trains the contextual entity typer of package
// extract/nertype from the entity layer of GUM's training file and writes
// the model it embeds, then scores it on GUM's dev file (proper-name
// mentions only), per label and at several margin thresholds. GUM's news
// documents are left out of both: they are the texts of the Wikinews
// development and blind sets. -test also scores the test file, for a final
// figure only: never tune on it.
//
//	go run ./tools/train-nertype [-gum ../shared/ud/gum] [-out extract/nertype/models/nertype.txt.gz] [-iter 8] [-seed 1] [-test]
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
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "train-nertype: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	if err := run(*gum, *out, *iter, *seed, *test); err != nil {
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
	m := nertype.Train(train, iter, seed)
	var buf bytes.Buffer
	if err := m.WriteModel(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	// Score what was written, as extract will load it.
	if m, err = nertype.ReadModel(bytes.NewReader(buf.Bytes())); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes, %d features\n", out, buf.Len(), m.Len())
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
