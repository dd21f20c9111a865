package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/syntax"
)

// readTreebank reads one CoNLL-U file, naming it in errors.
func readTreebank(path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read treebank: %w", err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read treebank %s: %w", path, err)
	}
	return sents, nil
}

// readSplit reads EWT's and GUM's files of one split ("train", "dev").
func readSplit(ud, split string) ([]*syntax.Sentence, error) {
	var all []*syntax.Sentence
	for _, tb := range []string{"en_ewt", "gum"} {
		s, err := readTreebank(filepath.Join(ud, tb, split+".conllu"))
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

// trainParser trains the parser on train (whose tags the caller has
// already replaced by predicted ones, if it wants) and writes the model.
func trainParser(train, dev []*syntax.Sentence, seed uint64, iters int, out string, log io.Writer) error {
	opt := parserOpt
	opt.Seed, opt.Iterations, opt.Dev, opt.Log = seed, iters, dev, log
	p, err := syntax.TrainParser(train, opt)
	if err != nil {
		return err
	}
	sc := syntax.EvaluateParser(p, dev)
	fmt.Fprintf(log, "parser: dev UAS %.2f LAS %.2f\n", sc.UAS(), sc.LAS())
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("write parser model: %w", err)
	}
	if err := p.WriteModel(f); err != nil {
		f.Close()
		return fmt.Errorf("write parser model %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write parser model %s: %w", out, err)
	}
	fi, _ := os.Stat(out)
	fmt.Fprintf(log, "parser: wrote %s (%.1f MB)\n", out, float64(fi.Size())/1e6)
	return nil
}

// writeTreebank writes sentences as CoNLL-U.
func writeTreebank(path string, sents []*syntax.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write treebank: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, s := range sents {
		if err := syntax.WriteCoNLLU(w, s); err != nil {
			f.Close()
			return fmt.Errorf("write treebank %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write treebank %s: %w", path, err)
	}
	return f.Close()
}

// tagged returns copies of sentences with the tags and lemmas of the
// tagger model at path and the lemmatiser beside it (the ones the parser
// ships with), gold trees kept.
func tagged(sents []*syntax.Sentence, path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tag dev: %w", err)
	}
	defer f.Close()
	a, err := syntax.ReadTagger(f)
	if err != nil {
		return nil, fmt.Errorf("tag dev: %s: %w", path, err)
	}
	lpath := filepath.Join(filepath.Dir(path), "lemma.txt.gz")
	lf, err := os.Open(lpath)
	if err != nil {
		return nil, fmt.Errorf("lemmatise dev: %w", err)
	}
	defer lf.Close()
	lem, err := syntax.ReadLemmatizer(lf)
	if err != nil {
		return nil, fmt.Errorf("lemmatise dev: %s: %w", lpath, err)
	}
	out := make([]*syntax.Sentence, len(sents))
	for i, s := range sents {
		c := *s
		c.XPOS, c.UPOS = nil, nil
		a.Tag(&c)
		lem.Lemmatize(&c)
		out[i] = &c
	}
	return out, nil
}
