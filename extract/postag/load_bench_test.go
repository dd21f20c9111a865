package postag

import "testing"

// BenchmarkLoad times building the tagger from prose's embedded model,
// which a process's first tagged sentence waits for.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
