package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

func init() { register(newOpenIECmd) }

// maxOpenIELine bounds one input sentence. CaRB's longest sentence is
// under 1 KB; a line past this is not a sentence (a file without line
// breaks, a data dump) and is refused before it reaches the parser.
const maxOpenIELine = 64 << 10

func newOpenIECmd(app *App) *cobra.Command {
	var conllu bool
	cmd := &cobra.Command{
		Use:   "openie FILE|-",
		Short: "Print open relation tuples of sentences (one a line) in CaRB's tabbed format",
		Long: `Read sentences, one a line, parse each and print every open relation
tuple found in it as one line of CaRB's format:

  sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...

Empty lines are skipped. A line longer than 64 KB is refused (named on
stderr) and the run exits 1. --conllu reads parsed sentences in CoNLL-U
instead (a treebank's gold trees) and extracts from their trees as given.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, r, closeIn, err := openIEInput(args[0], app.Stdin)
			if err != nil {
				return err
			}
			defer closeIn()
			bw := bufio.NewWriter(app.Out)
			defer bw.Flush()
			if conllu {
				return openIECoNLLU(app.Context(), name, r, bw)
			}
			an, err := syntax.LoadAnalyzer()
			if err != nil {
				return fmt.Errorf("openie: %w", err)
			}
			bad, err := openIELines(app.Context(), name, r, bw, app.Err, an.Analyze)
			if err != nil {
				return err
			}
			if bad > 0 {
				bw.Flush()
				return &exitError{Code: 1, Msg: fmt.Sprintf("%d line(s) of %s refused (listed above)", bad, name)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&conllu, "conllu", false, "input is CoNLL-U with parses (extract from the given trees)")
	return cmd
}

// openIEInput opens FILE, or standard input for "-".
func openIEInput(arg string, stdin io.Reader) (string, io.Reader, func(), error) {
	if arg == "-" {
		return "stdin", stdin, func() {}, nil
	}
	f, err := os.Open(arg)
	if err != nil {
		return "", nil, nil, fmt.Errorf("openie: %w", err)
	}
	return arg, f, func() { f.Close() }, nil
}

// openIELines parses and extracts each line of r. A line with a NUL byte
// means binary input and stops the run with extract's error; an overlong
// line is reported, skipped without being buffered whole, and counted.
func openIELines(ctx context.Context, name string, r io.Reader, w io.Writer, errw io.Writer, analyze func(*syntax.Sentence)) (bad int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	warned := false
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return bad, interrupted(ctx, "")
		}
		var long int
		var nul bool
		line, long, nul, err = readBoundedLine(br, line[:0], maxOpenIELine)
		if err == io.EOF && len(line) == 0 && long == 0 {
			return bad, nil
		}
		if err != nil && err != io.EOF {
			return bad, fmt.Errorf("%s line %d: %w", name, lineNo, err)
		}
		if nul {
			return bad, fmt.Errorf("%s: %w", name, extract.ErrBinary)
		}
		if long > 0 {
			fmt.Fprintf(errw, "newsgraph: error: %s line %d: line of %d bytes is longer than the %d-byte limit of one sentence\n", name, lineNo, long, maxOpenIELine)
			bad++
			if err == io.EOF {
				return bad, nil
			}
			continue
		}
		if !utf8.Valid(line) {
			// as extract does: older news files are Windows-1252
			if !warned {
				fmt.Fprintf(errw, "newsgraph: warning: %s: not UTF-8, decoded as Windows-1252\n", name)
				warned = true
			}
			if dec, derr := charmap.Windows1252.NewDecoder().Bytes(line); derr == nil {
				line = dec
			}
		}
		text := strings.TrimSpace(strings.ToValidUTF8(string(line), "\uFFFD"))
		if text != "" {
			s := openie.Tokenize(text)
			analyze(s)
			for _, t := range openie.Extract(s) {
				fmt.Fprintln(w, t.CaRB(text))
			}
		}
		if err == io.EOF {
			return bad, nil
		}
	}
}

// readBoundedLine appends the next line (without its line ending) to buf.
// A line longer than limit is read through without being kept: buf comes
// back empty and long holds the line's length. nul reports a NUL byte
// anywhere in the line, kept or not.
func readBoundedLine(br *bufio.Reader, buf []byte, limit int) (line []byte, long int, nul bool, err error) {
	total := 0
	for {
		chunk, err := br.ReadSlice('\n')
		total += len(chunk)
		nul = nul || bytes.IndexByte(chunk, 0) >= 0
		if total <= limit+1 {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if total > limit+1 {
			if n := len(chunk); n > 0 && chunk[n-1] == '\n' {
				total--
			}
			return buf[:0], total, nul, err
		}
		return bytes.TrimRight(buf, "\r\n"), 0, nul, err
	}
}

// openIECoNLLU extracts from the trees of a CoNLL-U stream; the sentence
// printed is the words joined by spaces, as CaRB's tokenised sentences are.
func openIECoNLLU(ctx context.Context, name string, r io.Reader, w io.Writer) error {
	sents, err := syntax.ReadCoNLLU(r)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, s := range sents {
		if ctx.Err() != nil {
			return interrupted(ctx, "")
		}
		text := strings.Join(s.Words, " ")
		for _, t := range openie.Extract(s) {
			fmt.Fprintln(w, t.CaRB(text))
		}
	}
	return nil
}
