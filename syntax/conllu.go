package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Multiword-token
// ranges ("3-4") and empty nodes ("8.1") are skipped: the tagger and parser
// work on syntactic words, which is what HEAD numbers. Errors name the line.
func ReadCoNLLU(r io.Reader) ([]*Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []*Sentence
	cur := &Sentence{}
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = &Sentence{}
	}
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "#") {
			if id, ok := strings.CutPrefix(t, "# sent_id = "); ok {
				cur.ID = id
			}
			cur.Comment = append(cur.Comment, t)
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu line %d: %d columns, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("conllu line %d: token id %q out of sequence", line, f[0])
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return nil, fmt.Errorf("conllu line %d: bad head %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, f[1])
		cur.Lemmas = append(cur.Lemmas, f[2])
		cur.UPOS = append(cur.UPOS, f[3])
		cur.XPOS = append(cur.XPOS, f[4])
		cur.Head = append(cur.Head, head)
		cur.Deprel = append(cur.Deprel, f[7])
		cur.Misc = append(cur.Misc, f[9])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// WriteCoNLLU writes s in CoNLL-U's ten columns. Missing analyses print
// "_"; byte offsets, when known, go in MISC as "Start=..|End=..".
func WriteCoNLLU(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comment {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	col := func(xs []string, i int) string {
		if i < len(xs) && xs[i] != "" {
			return xs[i]
		}
		return "_"
	}
	for i, word := range s.Words {
		head := "_"
		if i < len(s.Head) && s.Head[i] >= 0 {
			head = strconv.Itoa(s.Head[i])
		}
		misc := "_"
		if i < len(s.Starts) && i < len(s.Ends) {
			misc = "Start=" + strconv.Itoa(s.Starts[i]) + "|End=" + strconv.Itoa(s.Ends[i])
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n",
			i+1, conlluField(word), conlluField(col(s.Lemmas, i)), col(s.UPOS, i), col(s.XPOS, i),
			head, col(s.Deprel, i), misc)
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// conlluField keeps a form to one field: CoNLL-U forbids tabs and newlines
// inside a column, and an empty form would read back as a missing value.
func conlluField(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
