package hugetable

import (
	"runtime"
	"testing"
	"unsafe"
)

func TestMake(t *testing.T) {
	type slot struct {
		key uint64
		val uint32
	}
	for _, n := range []int{0, 1, 1000, hugePage / 16, hugePage/16 + 1, 3 * hugePage / 16, 5*hugePage/16 + 7} {
		s := Make[slot](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d): len %d cap %d", n, len(s), cap(s))
		}
		for i := range s {
			if s[i] != (slot{}) {
				t.Fatalf("Make(%d)[%d] = %v, want zero", n, i, s[i])
			}
			s[i] = slot{uint64(i), uint32(i)}
		}
		for i := range s {
			if s[i].key != uint64(i) {
				t.Fatalf("Make(%d)[%d] overwritten", n, i)
			}
		}
	}
	bytes := Make[int8](3*hugePage + 5)
	if len(bytes) != 3*hugePage+5 {
		t.Fatalf("len %d", len(bytes))
	}
	if a := uintptr(unsafe.Pointer(unsafe.SliceData(bytes))); runtime.GOOS == "linux" && a%hugePage != 0 {
		t.Errorf("a table of three huge pages starts at %#x, not on a huge-page boundary", a)
	}
}
