package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// lemmaMagic is the first line of a serialised lemmatiser.
const lemmaMagic = "newsgraph-lemmatizer-1"

// WriteTo writes the lemmatiser as gzip-compressed text, one entry a line,
// sorted so that the same training gives the same bytes:
//
//	R <tab> family|ending <tab> repair
//	E <tab> form <tab> xpos <tab> lemma
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	cw := &tagCountWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, lemmaMagic)
	ends := make([]string, 0, len(l.endings))
	for k := range l.endings {
		ends = append(ends, k)
	}
	sort.Strings(ends)
	for _, k := range ends {
		fmt.Fprintf(bw, "R\t%s\t%d\n", k, l.endings[k])
	}
	keys := make([]lemmaKey, 0, len(l.exceptions))
	for k := range l.exceptions {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].form != keys[j].form {
			return keys[i].form < keys[j].form
		}
		return keys[i].tag < keys[j].tag
	})
	for _, k := range keys {
		fmt.Fprintf(bw, "E\t%s\t%s\t%s\n", k.form, k.tag, l.exceptions[k])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

// ReadLemmatizer reads a lemmatiser written by WriteTo.
func ReadLemmatizer(r io.Reader) (*Lemmatizer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lemmatizer model: %w", err)
	}
	sc := bufio.NewScanner(zr)
	l := &Lemmatizer{exceptions: map[lemmaKey]string{}, endings: map[string]lemmaRepair{}}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if line == 1 {
			if t != lemmaMagic {
				return nil, fmt.Errorf("lemmatizer model: not a newsgraph lemmatizer (first line %.40q)", t)
			}
			continue
		}
		f := strings.Split(t, "\t")
		switch {
		case f[0] == "R" && len(f) == 3:
			n, err := strconv.Atoi(f[2])
			if err != nil || n < 0 || n >= int(repairCount) {
				return nil, fmt.Errorf("lemmatizer model line %d: bad repair %q", line, f[2])
			}
			l.endings[f[1]] = lemmaRepair(n)
		case f[0] == "E" && len(f) == 4:
			l.exceptions[lemmaKey{f[1], f[2]}] = f[3]
		default:
			return nil, fmt.Errorf("lemmatizer model line %d: malformed entry %.60q", line, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lemmatizer model line %d: %w", line, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("lemmatizer model: empty")
	}
	return l, nil
}
