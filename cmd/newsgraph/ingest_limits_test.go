package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestMaxInput: --max-input (ingest.max_input) sets the largest input
// extracted. An input over it fails alone with a line naming it, the other
// inputs are stored, and 0 lifts the limit; a malformed size is refused
// before anything is opened.
func TestIngestMaxInput(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	big := filepath.Join(dir, "big.txt")
	text, err := os.ReadFile(example(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(small, text, 0o644); err != nil {
		t.Fatal(err)
	}
	// About 1.5 MiB of distinct paragraphs, over a 1 MiB limit.
	var b strings.Builder
	for i := 0; b.Len() < 3<<19; i++ {
		b.WriteString(strings.Repeat("x", i%7))
		b.Write(text)
		b.WriteString("\n\n")
	}
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name     string
		args     []string
		env      string
		wantCode int
		wantErr  string // in stderr
		wantDocs string // in the summary
	}{
		{"flag below the big file", []string{"--max-input", "1MiB"}, "", 1, "big.txt: 1.5 MiB is over the 1 MiB", "ingested 1 documents"},
		{"config key through the environment", nil, "1MiB", 1, "big.txt: 1.5 MiB is over the 1 MiB", "ingested 1 documents"},
		{"0 lifts the limit", []string{"--max-input", "0"}, "", 0, "", "ingested 2 documents"},
		{"malformed size", []string{"--max-input", "lots"}, "", 1, `ingest.max_input "lots"`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.env != "" {
				t.Setenv("NEWSGRAPH_INGEST_MAX_INPUT", c.env)
			}
			store := filepath.Join(t.TempDir(), "g.db")
			args := append([]string{"ingest", "--no-progress", "--store", store}, c.args...)
			code, out, errs := run(t, "", append(args, small, big)...)
			if code != c.wantCode {
				t.Errorf("exit %d, want %d; stderr %q", code, c.wantCode, errs)
			}
			if c.wantErr != "" && !strings.Contains(errs, c.wantErr) {
				t.Errorf("stderr %q lacks %q", errs, c.wantErr)
			}
			if c.wantDocs != "" && !strings.Contains(out, c.wantDocs) {
				t.Errorf("summary %q lacks %q", out, c.wantDocs)
			}
			if c.wantDocs == "" && strings.Contains(out, "ingested") {
				t.Errorf("a malformed size still ingested: %q", out)
			}
		})
	}
}
