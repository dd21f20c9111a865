package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
	"github.com/newsgraph/newsgraph/syntax"
)

func init() { register(newParseCmd) }

func newParseCmd(app *App) *cobra.Command {
	var eval bool
	cmd := &cobra.Command{
		Use:   "parse FILE|DIR|- ... | --eval FILE.conllu",
		Short: "Print articles' sentences as CoNLL-U with tags, lemmas and dependencies",
		Long: `Parse articles with the embedded tagger and dependency parser and print each
sentence as CoNLL-U (ten columns; byte offsets into the decoded article in
MISC as Start=|End=), segmented and tokenised exactly as extract does.

--eval FILE.conllu tags and parses the file's gold tokens instead and prints
UPOS and XPOS accuracy, UAS and LAS (punctuation excluded) and words/s,
ending with one line "UPOS .. XPOS .. UAS .. LAS .. words/s ..".`,
		Args: atLeastOne("FILE, DIR or - (stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := syntax.LoadAnalyzer()
			if err != nil {
				return err
			}
			if eval {
				if len(args) != 1 {
					return fmt.Errorf("parse --eval: give exactly one CoNLL-U file")
				}
				return evalParse(app, a, args[0])
			}
			return parseInputs(app, a, args)
		},
	}
	cmd.Flags().BoolVar(&eval, "eval", false, "score tagging and parsing against a gold CoNLL-U file")
	return cmd
}

// parseInputs prints every input's sentences as CoNLL-U.
func parseInputs(app *App, a *syntax.Analyzer, args []string) error {
	ctx := app.Context()
	inputs, errs := source.Collect(ctx, args, app.Stdin, source.Options{})
	for _, err := range errs {
		fmt.Fprintln(app.Err, "newsgraph: error:", err)
	}
	bw := bufio.NewWriter(app.Out)
	defer bw.Flush()
	bad := len(errs)
	for _, in := range inputs {
		if ctx.Err() != nil {
			return interrupted(ctx, "")
		}
		src := in.Source
		if src == source.StdinSource {
			src = "stdin"
		}
		art, err := in.Load(ctx)
		if err != nil {
			fmt.Fprintln(app.Err, "newsgraph: error:", err)
			bad++
			continue
		}
		raw := art.Raw
		text, sents, warnings, err := extract.Sentences(src, raw)
		for _, w := range warnings {
			fmt.Fprintf(app.Err, "newsgraph: warning: %s: %s\n", src, strings.TrimPrefix(w, src+": "))
		}
		if err != nil {
			fmt.Fprintln(app.Err, "newsgraph: error:", err)
			bad++
			continue
		}
		fmt.Fprintf(bw, "# newdoc id = %s\n", src)
		for i, ts := range sents {
			s := &syntax.Sentence{Words: ts.Words, Starts: ts.Starts, Ends: ts.Ends}
			if n := s.Len(); n > syntax.MaxSentenceLen {
				fmt.Fprintf(app.Err, "newsgraph: warning: %s: sentence %d has %d tokens; parsed in chunks of %d\n",
					src, i+1, n, syntax.MaxSentenceLen)
			}
			a.Analyze(s)
			s.Comment = []string{
				fmt.Sprintf("# sent_id = %s-%d", src, i+1),
				"# text = " + oneLine(text[ts.Start:ts.End]),
			}
			if err := syntax.WriteCoNLLU(bw, s); err != nil {
				return fmt.Errorf("parse %s: write: %w", src, err)
			}
		}
	}
	if bad > 0 {
		bw.Flush()
		return &exitError{Code: 1, Msg: fmt.Sprintf("%d input(s) failed (listed above)", bad)}
	}
	return nil
}

// oneLine folds a sentence's line breaks and tabs into spaces: a CoNLL-U
// comment is one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// evalParse scores the analyser on a gold CoNLL-U file.
func evalParse(app *App, a *syntax.Analyzer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	gold, err := syntax.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(gold) == 0 {
		return fmt.Errorf("%s: no sentences", path)
	}
	pred := make([]*syntax.Sentence, len(gold))
	for i, g := range gold {
		pred[i] = &syntax.Sentence{Words: g.Words}
	}
	start := time.Now()
	words := 0
	for _, s := range pred {
		a.Analyze(s)
		words += s.Len()
	}
	elapsed := time.Since(start)
	var sc syntax.Score
	for i, g := range gold {
		sc.Add(g, pred[i])
	}
	printScore(app.Out, path, len(gold), sc, float64(words)/elapsed.Seconds())
	return nil
}

func printScore(w io.Writer, path string, sents int, sc syntax.Score, wps float64) {
	fmt.Fprintf(w, "%s: %d sentences, %d words, %d scored for attachment (punctuation excluded)\n",
		path, sents, sc.Tokens, sc.Scored)
	fmt.Fprintf(w, "UPOS %.1f XPOS %.1f UAS %.1f LAS %.1f words/s %.0f\n",
		sc.UPOS(), sc.XPOS(), sc.UAS(), sc.LAS(), wps)
}
