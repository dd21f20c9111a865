//go:build !linux

package hugetable

// Make returns a zeroed slice of n Ts; huge pages are only asked for on
// Linux.
func Make[T any](n int) []T { return make([]T, n) }
