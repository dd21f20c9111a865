package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// carbLines splits openie's output into its tab-separated fields,
// checking each line has a sentence, a confidence in (0,1), a relation
// and at least one argument.
func carbLines(t *testing.T, out string) [][]string {
	t.Helper()
	var lines [][]string
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 4 {
			t.Fatalf("line %q: %d fields, want sentence, confidence, relation, args", l, len(f))
		}
		if c, err := strconv.ParseFloat(f[1], 64); err != nil || c <= 0 || c >= 1 {
			t.Fatalf("line %q: confidence %q", l, f[1])
		}
		lines = append(lines, f)
	}
	return lines
}

func hasCaRBTuple(lines [][]string, rel string, args ...string) bool {
	for _, f := range lines {
		if f[2] == rel && len(f) >= 3+len(args) && strings.Join(f[3:3+len(args)], "|") == strings.Join(args, "|") {
			return true
		}
	}
	return false
}

func TestOpenIECoNLLU(t *testing.T) {
	tree := strings.Join([]string{
		"1\tGlazer\tGlazer\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
		"2\tbought\tbuy\tVERB\tVBD\t_\t0\troot\t_\t_",
		"3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_",
		"4\tstake\tstake\tNOUN\tNN\t_\t2\tobj\t_\t_",
		"5\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_",
		"6\tManchester\tManchester\tPROPN\tNNP\t_\t7\tcompound\t_\t_",
		"7\tUnited\tUnited\tPROPN\tNNP\t_\t4\tnmod\t_\t_",
		"8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
	}, "\n") + "\n\n"
	code, out, errs := run(t, tree, "openie", "--conllu", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := carbLines(t, out)
	if !hasCaRBTuple(lines, "bought a stake in", "Glazer", "Manchester United") {
		t.Errorf("no light-verb tuple in %q", out)
	}
	if lines[0][0] != "Glazer bought a stake in Manchester United ." {
		t.Errorf("sentence field %q", lines[0][0])
	}

	code, _, errs = run(t, "1\tx\n", "openie", "--conllu", "-")
	if code == 0 || !strings.Contains(errs, "conllu line 1") {
		t.Errorf("bad CoNLL-U: exit %d, stderr %q; want the line named", code, errs)
	}
}

func TestOpenIEBadInput(t *testing.T) {
	if _, err := syntax.LoadAnalyzer(); err != nil {
		t.Skipf("no analyser: %v", err)
	}
	huge := strings.Repeat("a", 5<<20)
	tests := []struct {
		name     string
		stdin    string
		code     int
		stderr   string // substring of the one error line, "" for none
		wantRows bool
	}{
		{"empty lines are skipped", "\n  \n\n", 0, "", false},
		{"binary input", "Sony sued Apple .\x00\x01\x02\n", 1, "stdin: binary file (contains NUL bytes)", false},
		{"Windows-1252 input", "Sony sued Apple \x96 and Dell .\n", 0, "stdin: not UTF-8, decoded as Windows-1252", true},
		{"5 MB line refused, next line read", huge + "\nSony sued Apple .\n", 1, "stdin line 1: line of 5242880 bytes is longer than the 65536-byte limit", true},
		{"5 MB last line without newline", "Sony sued Apple .\n" + huge, 1, "stdin line 2: line of 5242880 bytes", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.stdin, "openie", "-")
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, errs)
			}
			if tc.stderr != "" && !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr %q, want it to contain %q", errs, tc.stderr)
			}
			if tc.code == 0 && strings.Contains(errs, "error") {
				t.Errorf("error on a good run: %q", errs)
			}
			if tc.stderr == "" && errs != "" {
				t.Errorf("unexpected stderr %q", errs)
			}
			for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
				if len(l) > 300 {
					t.Errorf("error line of %d bytes; want one short line", len(l))
				}
			}
			if rows := strings.TrimSpace(out) != ""; rows != tc.wantRows {
				t.Errorf("output %q; want rows %v", out, tc.wantRows)
			}
		})
	}
	code, _, errs := run(t, "", "openie", "/nonexistent/sentences.txt")
	if code == 0 || !strings.Contains(errs, "/nonexistent/sentences.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

// TestOpenIEWithAnalyser runs the real tagger and parser on raw lines: a
// plain transitive sentence and a passive should come out as tuples.
func TestOpenIEWithAnalyser(t *testing.T) {
	if _, err := syntax.LoadAnalyzer(); err != nil {
		t.Skipf("no analyser: %v", err)
	}
	in := "Vodafone has hired William Morrow.\nThe company was founded by Sony in 1946 .\n"
	code, out, errs := run(t, in, "openie", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := carbLines(t, out)
	if !hasCaRBTuple(lines, "has hired", "Vodafone", "William Morrow") {
		t.Errorf("no SVO tuple in %q", out)
	}
	if !hasCaRBTuple(lines, "was founded by", "The company", "Sony") {
		t.Errorf("no passive tuple in %q", out)
	}
}
