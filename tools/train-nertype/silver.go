package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/nertype"
	"github.com/newsgraph/newsgraph/syntax"
)

// excludedTexts reads a list of text paths, one a line (the texts of the
// evaluation sets, blind ones included), as cleaned paths.
func excludedTexts(path string) (map[string]bool, error) {
	out := map[string]bool{}
	if path == "" {
		return out, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("excluded texts: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out[filepath.Clean(line)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("excluded texts %s: %w", path, err)
	}
	return out, nil
}

// heldOutText puts one text in five, chosen by a hash of its path, in the
// silver test split: a split by document, so that one story's names are
// never on both sides.
func heldOutText(path string) bool {
	h := fnv.New32a()
	h.Write([]byte(filepath.ToSlash(path)))
	return h.Sum32()%5 == 0
}

// licensedSilver runs the extract rules over every document of the
// licensed training texts (EWT's train file and GUM's train file without
// its news and non-commercial genres) and returns the names they type with
// strong evidence (extract.Extractor.TyperSilver).
func licensedSilver(ctx context.Context, x *extract.Extractor, ewt, gum string) ([]nertype.Example, int, error) {
	var docs []conlluDoc
	if ewt != "" {
		d, err := readConlluDocs(filepath.Join(ewt, "train.conllu"), nil)
		if err != nil {
			return nil, 0, err
		}
		docs = append(docs, d...)
	}
	if gum != "" {
		d, err := readConlluDocs(filepath.Join(gum, "train.conllu"), licensedGUMDoc)
		if err != nil {
			return nil, 0, err
		}
		docs = append(docs, d...)
	}
	var out []nertype.Example
	for _, d := range docs {
		ex, err := x.TyperSilver(ctx, d.ID, []byte(d.Text))
		if err != nil {
			return nil, 0, fmt.Errorf("silver names of %s: %w", d.ID, err)
		}
		out = append(out, ex...)
	}
	return out, len(docs), nil
}

// heldOutBBC runs the extract rules over the held-out fifth of the BBC
// texts (heldOutText) but the excluded ones and returns the names they
// type with strong evidence: an evaluation set only. The BBC texts'
// terms allow research use, not shipping what is learnt from them, so no
// BBC text is ever trained on.
func heldOutBBC(ctx context.Context, x *extract.Extractor, dir string, excluded map[string]bool) (test []nertype.Example, texts int, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") || excluded[filepath.Clean(path)] || !heldOutText(path) {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ex, err := x.TyperSilver(ctx, path, raw)
		if err != nil {
			// A binary or empty file is no story: nothing to score.
			fmt.Fprintf(os.Stderr, "train-nertype: skipping %s: %v\n", path, err)
			return nil
		}
		texts++
		test = append(test, ex...)
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("silver names from %s: %w", dir, err)
	}
	return test, texts, nil
}

// contextOnly keeps the context features of GUM's examples, so that the
// model holds no weight for a name's own words.
func contextOnly(ex []nertype.Example) []nertype.Example {
	out := make([]nertype.Example, len(ex))
	for i, e := range ex {
		out[i] = nertype.Example{Features: nertype.ContextOnly(e.Features, false), Gold: e.Gold}
	}
	return out
}

// runSilver trains the typer on the silver names of the licensed texts
// (and GUM's gold names of the same documents, with gumMix), writes it,
// and scores it on held-out BBC silver names (evalBBC, evaluation only)
// and on GUM's dev names.
func runSilver(ewt, gum, evalBBC, exclude string, gumMix bool, out string, iter int, seed int64, prune float64) error {
	ctx := context.Background()
	x, err := extract.New()
	if err != nil {
		return err
	}
	train, docs, err := licensedSilver(ctx, x, ewt, gum)
	if err != nil {
		return err
	}
	fmt.Printf("silver: %d licensed documents, %d training names\n", docs, len(train))
	counts := map[nertype.Label]int{}
	for _, e := range train {
		counts[e.Gold]++
	}
	for _, l := range nertype.Labels() {
		fmt.Printf("  train %-12s %d\n", l, counts[l])
	}
	an, err := syntax.LoadAnalyzer()
	if err != nil {
		return err
	}
	dev, err := examples(an, filepath.Join(gum, "dev.conllu"))
	if err != nil {
		return err
	}
	all := train
	if gumMix {
		gt, err := examples(an, filepath.Join(gum, "train.conllu"))
		if err != nil {
			return err
		}
		all = append(append([]nertype.Example(nil), train...), contextOnly(gt)...)
	}
	m := nertype.Train(all, iter, seed)
	if prune > 0 {
		m.Prune(float32(prune))
	}
	m, n, err := writeModel(m, out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes, %d features\n", out, n, m.Len())
	if evalBBC != "" {
		excluded, err := excludedTexts(exclude)
		if err != nil {
			return err
		}
		test, texts, err := heldOutBBC(ctx, x, evalBBC, excluded)
		if err != nil {
			return err
		}
		fmt.Printf("held-out BBC silver: %d texts\n", texts)
		report("held-out BBC silver", m, test)
	}
	report("GUM dev", m, dev)
	return nil
}
