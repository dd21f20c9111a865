// Package hugetable allocates the large, read-mostly weight tables of the
// tagging and parsing models so that the kernel can back them with huge
// pages.
//
// The models are read at random: each feature is a hashed index into a
// table of several megabytes, so nearly every lookup lands on a different
// 4 KiB page, and the processor's page-translation cache holds only a few
// hundred of those. With 2 MiB pages a table of 13 MB needs seven entries
// instead of 3,300, and tagging plus parsing spend less time walking page
// tables. Linux gives anonymous memory huge pages only where a program
// asks for them (transparent_hugepage set to "madvise", as on most
// distributions), and Go's heap never asks, so Make does.
package hugetable

// hugePage is the size of a transparent huge page on amd64 and arm64 with
// 4 KiB base pages.
const hugePage = 2 << 20
