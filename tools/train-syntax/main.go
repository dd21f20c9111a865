// Command train-syntax trains the syntax package's models from the
// Universal Dependencies treebanks in ../shared/ud and writes them to
// syntax/models, where go:embed picks them up. Same seed, same models.
//
//	go run ./tools/train-syntax [-seed N] [-what tagger|parser|all] [-ud ../shared/ud]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/syntax"
)

// parserOpt holds the parser flags; run fills in seed, passes and logging.
var parserOpt syntax.ParserOptions

func main() {
	seed := flag.Uint64("seed", 1, "random seed for shuffling and exploration")
	what := flag.String("what", "all", "which models to train: tagger, parser or all")
	ud := flag.String("ud", "../shared/ud", "directory holding en_ewt/ and gum/")
	models := flag.String("models", "syntax/models", "directory the models are written to")
	iters := flag.Int("parser-iters", 12, "parser training passes (dev accuracy is flat after about 9)")
	goldTags := flag.Bool("gold-tags", false, "train the parser on gold tags instead of jackknifed predicted ones")
	trainFile := flag.String("parser-train", "", "train the parser on this CoNLL-U file (e.g. a saved jackknife) instead")
	devFile := flag.String("parser-dev", "", "score the parser on this already-tagged CoNLL-U file instead of tagging EWT dev")
	saveTrain := flag.String("save-jackknife", "", "also write the jackknife-tagged training set to this file")
	explore := flag.Float64("explore", 0.9, "parser: probability of following a wrong prediction after the first pass")
	actBits := flag.Int("act-bits", 20, "parser: log2 rows of the action weight table")
	labBits := flag.Int("lab-bits", 17, "parser: log2 rows of the relation weight table")
	flag.Parse()
	parserOpt = syntax.ParserOptions{Explore: *explore, ActBits: *actBits, LabBits: *labBits}
	start := time.Now()
	if err := run(*what, *ud, *models, *seed, *iters, *goldTags, *trainFile, *saveTrain, *devFile); err != nil {
		fmt.Fprintln(os.Stderr, "train-syntax:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "train-syntax: done in %s\n", time.Since(start).Round(time.Second))
}

// run trains the requested models.
func run(what, ud, models string, seed uint64, iters int, goldTags bool, trainFile, saveTrain, devFile string) error {
	switch what {
	case "tagger", "parser", "all":
	default:
		return fmt.Errorf("-what %q: want tagger, parser or all", what)
	}
	train, err := readSplit(ud, "train")
	if err != nil {
		return err
	}
	dev, err := readTreebank(filepath.Join(ud, "en_ewt", "dev.conllu"))
	if err != nil {
		return err
	}
	if what == "tagger" || what == "all" {
		if err := trainTagger(train, dev, seed, models, os.Stderr); err != nil {
			return err
		}
	}
	if what == "parser" || what == "all" {
		t := time.Now()
		ptrain := train
		if trainFile != "" {
			if ptrain, err = readTreebank(trainFile); err != nil {
				return err
			}
		} else if !goldTags {
			ptrain = jackknifeTags(train, 4, int64(seed), os.Stderr)
			if saveTrain != "" {
				if err := writeTreebank(saveTrain, ptrain); err != nil {
					return err
				}
			}
		}
		if devFile != "" {
			if dev, err = readTreebank(devFile); err != nil {
				return err
			}
		} else if !goldTags {
			// Score dev as at run time: with the shipped tagger's tags.
			if dev, err = tagged(dev, filepath.Join(models, "tagger.bin.gz")); err != nil {
				return err
			}
		}
		if err := trainParser(ptrain, dev, seed, iters, filepath.Join(models, "parser.bin.gz"), os.Stderr); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "parser: trained in %s\n", time.Since(t).Round(time.Second))
	}
	return nil
}
