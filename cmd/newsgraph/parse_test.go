package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// TestParseCommandCoNLLU parses a small article and reads the output back:
// ten columns, one root per sentence, heads in range, and MISC offsets
// that cut each word out of the article's text.
func TestParseCommandCoNLLU(t *testing.T) {
	text := "The forum was founded by five states in 1992.\n\n" +
		"Ann Smith, a lawyer from Leeds, agreed to join the board on Monday. Café owners welcomed it."
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "parse", path)
	if code != 0 {
		t.Fatalf("parse: exit %d: %s", code, errs)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3:\n%s", len(sents), out)
	}
	for _, s := range sents {
		roots := 0
		for i, h := range s.Head {
			if h < 0 || h > s.Len() || h == i+1 {
				t.Errorf("%s: token %d head %d out of range", s.ID, i+1, h)
			}
			if h == 0 {
				roots++
			}
			if s.Deprel[i] == "_" || s.UPOS[i] == "_" || s.XPOS[i] == "_" {
				t.Errorf("%s: token %d lacks an analysis", s.ID, i+1)
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", s.ID, roots)
		}
		if !strings.HasPrefix(s.ID, path+"-") {
			t.Errorf("sent_id %q does not name the file", s.ID)
		}
	}
	misc := regexp.MustCompile(`^Start=(\d+)\|End=(\d+)$`)
	tokens := 0
	for line := range strings.SplitSeq(out, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			if rest, ok := strings.CutPrefix(line, "# text = "); ok && !strings.Contains(text, rest) {
				t.Errorf("# text %q is not in the article", rest)
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("%d columns: %q", len(f), line)
		}
		m := misc.FindStringSubmatch(f[9])
		if m == nil {
			t.Fatalf("MISC %q lacks offsets", f[9])
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a >= b || b > len(text) || text[a:b] != f[1] {
			t.Errorf("offsets %d-%d do not cut %q from the text", a, b, f[1])
		}
		tokens++
	}
	if tokens < 25 {
		t.Errorf("only %d tokens", tokens)
	}
}

// TestParseCommandBadInput: the same one-line errors and warnings as
// extract.
func TestParseCommandBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	latin := filepath.Join(dir, "latin.txt")
	os.WriteFile(bin, []byte("abc\x00def"), 0o644)
	os.WriteFile(latin, []byte("The caf\xe9 opened in Leeds."), 0o644)
	cases := []struct {
		name     string
		args     []string
		code     int
		stderr   string
		wantWord string
	}{
		{"missing file", []string{"parse", filepath.Join(dir, "nope.txt")}, 1, "nope.txt", ""},
		{"binary", []string{"parse", bin}, 1, "binary", ""},
		{"windows-1252", []string{"parse", latin}, 0, "not UTF-8", "café"},
		{"eval of a non-CoNLL-U file", []string{"parse", "--eval", latin}, 1, "latin.txt", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := run(t, "", c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errs)
			}
			if !strings.Contains(errs, c.stderr) {
				t.Errorf("stderr %q lacks %q", errs, c.stderr)
			}
			for line := range strings.SplitSeq(strings.TrimSpace(errs), "\n") {
				if line != "" && !strings.HasPrefix(line, "newsgraph: ") {
					t.Errorf("stderr line %q is not a newsgraph message", line)
				}
			}
			if c.wantWord != "" && !strings.Contains(out, "\t"+c.wantWord+"\t") {
				t.Errorf("output lacks the token %q:\n%s", c.wantWord, out)
			}
		})
	}
}

// TestParseEvalEWTDev runs --eval on EWT dev: the last line has the fixed
// form and the scores stay above floors well below the measured figures.
func TestParseEvalEWTDev(t *testing.T) {
	path := filepath.Join(repoRoot, "..", "shared", "ud", "en_ewt", "dev.conllu")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent: the UD treebanks live in ../shared beside the repository", path)
	}
	code, out, errs := run(t, "", "parse", "--eval", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	m := regexp.MustCompile(`^UPOS (\d+\.\d) XPOS (\d+\.\d) UAS (\d+\.\d) LAS (\d+\.\d) words/s (\d+)$`).FindStringSubmatch(last)
	if m == nil {
		t.Fatalf("last line %q does not have the fixed form", last)
	}
	floors := []float64{94, 93, 83, 79} // UPOS XPOS UAS LAS
	names := []string{"UPOS", "XPOS", "UAS", "LAS"}
	for i, f := range floors {
		v, _ := strconv.ParseFloat(m[i+1], 64)
		if v < f {
			t.Errorf("%s %.1f below the floor %.1f", names[i], v, f)
		}
	}
	t.Log(last)
}

// TestParseCommandLongSentence: 10,000 tokens without punctuation come out
// as bounded sentences, each a well-formed tree, and stderr says when the
// parser had to split one.
func TestParseCommandLongSentence(t *testing.T) {
	text := strings.Repeat("officials met ministers and ", 2500)
	code, out, errs := run(t, text, "parse", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	words, longest := 0, 0
	for _, s := range sents {
		words += s.Len()
		longest = max(longest, s.Len())
		roots := 0
		for _, h := range s.Head {
			if h == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", s.ID, roots)
		}
	}
	if words != 10000 {
		t.Errorf("%d words out, want 10000", words)
	}
	if longest > syntax.MaxSentenceLen && !strings.Contains(errs, "parsed in chunks") {
		t.Errorf("a %d-token sentence was parsed without a warning; stderr %q", longest, errs)
	}
}
