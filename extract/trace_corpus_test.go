//go:build nomtrace || oietrace

package extract

import (
	"context"
	"os"
	"testing"
)

// traceFile creates the trace output named by the environment variable
// env, skipping the test when it is unset; the file closes with the test.
func traceFile(t *testing.T, env string) *os.File {
	out := os.Getenv(env)
	if out == "" {
		t.Skip(env + " names no output file")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// extractCorpus runs the extractor over the BBC corpus, setting *name to
// each article's name before extracting it, so a trace hook can say
// where a line comes from.
func extractCorpus(t *testing.T, name *string) {
	names, texts := bbcCorpus(t)
	x := testExtractor(t)
	for k, text := range texts {
		*name = names[k]
		if _, err := x.Extract(context.Background(), names[k], text); err != nil {
			t.Fatal(err)
		}
	}
}
