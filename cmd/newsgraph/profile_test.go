package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readProfile checks that raw is what runtime/pprof writes, a gzipped
// profile.proto, and returns its size unzipped.
func readProfile(t *testing.T, name string, raw []byte) int {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: not a gzipped profile: %v", name, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return len(body)
}

// --cpu-profile writes a profile the Go tools (and -pgo) read, and leaves
// the command's output as it is without the flag.
func TestCPUProfileFlag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "note.txt")
	text := "Mayor Ilse Brandt of Kellerby opened the new tram depot on Tuesday.\n" +
		"\"It is a good day for the town,\" Brandt said.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	prof := filepath.Join(dir, "cpu.pgo")
	code, withFlag, errs := run(t, "", "extract", "--cpu-profile", prof, in)
	if code != 0 {
		t.Fatalf("extract --cpu-profile: exit %d: %s", code, errs)
	}
	code, without, errs := run(t, "", "extract", in)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	if withFlag != without {
		t.Errorf("output differs with --cpu-profile:\n%s\nwithout:\n%s", withFlag, without)
	}
	raw, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if n := readProfile(t, prof, raw); n == 0 {
		t.Errorf("%s: empty profile", prof)
	}
}

// A profile path that cannot be created fails the command before it runs.
func TestCPUProfileFlagBadPath(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.pgo")
	code, _, errs := run(t, "", "extract", "--cpu-profile", bad, "-")
	if code == 0 || !strings.Contains(errs, "--cpu-profile") {
		t.Errorf("exit %d, stderr %q: want a failure naming --cpu-profile", code, errs)
	}
}
