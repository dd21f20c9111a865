package memtest

import "testing"

// A 64 MiB allocation touched page by page must raise the peak by about
// that much: a reader that never moved, or did not reset, would fail.
func TestPeakRSSSeesAllocation(t *testing.T) {
	peak := PeakRSS(t)
	before := peak()
	buf := make([]byte, 64<<20)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	after := peak()
	if got := after - before; got < 48<<20 {
		t.Errorf("peak rose by %d bytes after touching 64 MiB, want at least 48 MiB", got)
	}
	if buf[4096] != 1 {
		t.Fatal("buffer lost")
	}
}
