package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/syntax"
)

// taggerIterations is the tagger's number of training passes; dev accuracy
// stops rising around here.
const taggerIterations = 10

// trainTagger trains the part-of-speech tagger and the lemmatiser on the
// training sentences, writes tagger.bin.gz and lemma.txt.gz into models,
// and scores both as written (quantisation included) on dev.
func trainTagger(train, dev []*syntax.Sentence, seed uint64, models string, log io.Writer) error {
	start := time.Now()
	t := syntax.TrainTagger(train, syntax.TaggerOptions{Iterations: taggerIterations, Seed: int64(seed), Progress: log})
	tagPath := filepath.Join(models, "tagger.bin.gz")
	if err := writeModel(tagPath, t.WriteTo, log); err != nil {
		return err
	}
	l := syntax.TrainLemmatizer(train)
	lemmaPath := filepath.Join(models, "lemma.txt.gz")
	if err := writeModel(lemmaPath, l.WriteTo, log); err != nil {
		return err
	}
	fmt.Fprintf(log, "tagger and lemmatizer: trained in %s\n", time.Since(start).Round(time.Millisecond))

	f, err := os.Open(tagPath)
	if err != nil {
		return err
	}
	defer f.Close()
	if t, err = syntax.ReadTagger(f); err != nil {
		return fmt.Errorf("%s: %w", tagPath, err)
	}
	sc := syntax.EvalTagger(t, dev)
	lg := syntax.EvalLemmatizer(l, nil, dev)
	lp := syntax.EvalLemmatizer(l, t, dev)
	fmt.Fprintf(log, "tagger dev: XPOS %.2f UPOS %.2f; lemmas %.2f with gold tags, %.2f with predicted tags (%d tokens)\n",
		sc.XPOSAcc(), sc.UPOSAcc(), lg.Acc(), lp.Acc(), sc.Tokens)
	return nil
}

// writeModel writes one model file through its WriteTo method.
func writeModel(path string, write func(io.Writer) (int64, error), log io.Writer) error {
	var buf bytes.Buffer
	if _, err := write(&buf); err != nil {
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s: %d bytes\n", path, buf.Len())
	return nil
}
