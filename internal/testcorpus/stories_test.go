package testcorpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The stories must be distinct files (a repeated text would be skipped as
// unchanged by ingest) that share their people across files.
func TestWriteStoriesDistinctAndShared(t *testing.T) {
	dir := t.TempDir()
	WriteStories(t, dir, 12)
	files, err := filepath.Glob(filepath.Join(dir, "story-*.txt"))
	if err != nil || len(files) != 12 {
		t.Fatalf("%d files, %v; want 12", len(files), err)
	}
	seen := map[string]bool{}
	marta := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if seen[string(b)] {
			t.Errorf("%s repeats another story", f)
		}
		seen[string(b)] = true
		if strings.Contains(string(b), "Marta Kovalenko") {
			marta++
		}
	}
	if marta < 2 {
		t.Errorf("Marta Kovalenko in %d stories, want several", marta)
	}
}
