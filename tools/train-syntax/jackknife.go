package main

import (
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/syntax"
)

// jackknifeTags replaces the training sentences' tags by ones predicted
// by taggers that never saw them: the sentences are dealt into k folds and
// each fold is tagged by a tagger trained on the others. The parser then
// learns from tags as wrong as the ones it gets at run time. Gold heads,
// relations and lemmas are kept; the input is not modified.
func jackknifeTags(train []*syntax.Sentence, k int, seed int64, log io.Writer) []*syntax.Sentence {
	out := make([]*syntax.Sentence, len(train))
	for fold := range k {
		start := time.Now()
		var rest []*syntax.Sentence
		for i, s := range train {
			if i%k != fold {
				rest = append(rest, s)
			}
		}
		tg := syntax.TrainTagger(rest, syntax.TaggerOptions{Seed: seed + int64(fold)})
		var sc syntax.Score
		for i, s := range train {
			if i%k != fold {
				continue
			}
			c := *s
			c.XPOS, c.UPOS = nil, nil
			tg.Tag(&c)
			sc.Add(s, &c)
			out[i] = &c
		}
		fmt.Fprintf(log, "jackknife: fold %d/%d tagged, XPOS %.2f UPOS %.2f (%s)\n",
			fold+1, k, sc.XPOS(), sc.UPOS(), time.Since(start).Round(time.Second))
	}
	return out
}
