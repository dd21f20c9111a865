package hugetable

import (
	"syscall"
	"unsafe"
)

// Make returns a zeroed slice of n Ts. A slice of at least one huge page
// starts on a huge-page boundary (the allocation is one huge page larger
// to leave room), and its whole huge pages are advised as such before
// anything touches them, so the first writes fault in huge pages. The
// slice lives on Go's heap like any other and is freed as usual; where
// the kernel declines the advice it is an ordinary slice.
func Make[T any](n int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if size == 0 || uintptr(n)*size < hugePage {
		return make([]T, n)
	}
	buf := make([]T, n+int((hugePage+size-1)/size))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	skip := int(((hugePage-start%hugePage)%hugePage + size - 1) / size)
	s := buf[skip : skip+n : skip+n]
	data := unsafe.Pointer(unsafe.SliceData(s))
	addr := uintptr(data)
	lo := (addr + hugePage - 1) &^ (hugePage - 1)
	hi := (addr + uintptr(n)*size) &^ (hugePage - 1)
	if hi > lo {
		pages := unsafe.Slice((*byte)(unsafe.Add(data, lo-addr)), hi-lo)
		// Only advice: refused (an old kernel, huge pages switched off),
		// the pages are small and the tables as fast as before.
		_ = syscall.Madvise(pages, syscall.MADV_HUGEPAGE)
	}
	return s
}
