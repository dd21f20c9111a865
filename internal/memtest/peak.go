// Package memtest measures a test process's peak resident memory, so tests
// that bound memory (a hostile query, a huge input) assert a measured peak
// rather than a guess.
package memtest

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// PeakRSS resets the process's peak resident size (VmHWM) to its current
// size and returns a reader of the peak since, in bytes. Resetting needs
// Linux >= 4.0 (/proc/self/clear_refs); where /proc cannot tell, the test
// is skipped, because a bound that is not measured proves nothing.
func PeakRSS(t testing.TB) func() int64 {
	t.Helper()
	read := func() int64 {
		b, err := os.ReadFile("/proc/self/status")
		if err != nil {
			t.Skipf("no /proc/self/status to measure memory: %v", err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				if err != nil {
					t.Fatalf("VmHWM %q: %v", v, err)
				}
				return kb << 10
			}
		}
		t.Skip("no VmHWM in /proc/self/status")
		return 0
	}
	read()
	// Collect first so the peak measured is the work's, not garbage left
	// by earlier tests.
	runtime.GC()
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	return read
}
