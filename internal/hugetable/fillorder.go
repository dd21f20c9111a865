package hugetable

// FillOrder returns the indexes of n keys to insert into an
// open-addressing table of mask+1 slots, region by region of 1<<shift
// slots (the home slot's bits above shift), keeping the keys' own order
// within a region (a stable counting sort).
//
// Keys hashed into a table arrive in random order of slots: inserted in
// that order, each insert waits on a cache miss, which both models paid
// at load. Inserted region by region, each region stays in the cache
// while it fills. Linear probing finds a key whatever order the keys
// went in (without deletions, the slots between a key's home and its
// slot were taken when it went in and stay taken), so look-ups are
// unchanged; the stable order keeps which of two equal keys wins.
func FillOrder(n int, home func(k int) uint64, mask uint64, shift uint) []int32 {
	regions := int(mask>>shift) + 1
	start := make([]int32, regions+1)
	for k := 0; k < n; k++ {
		start[(home(k)&mask)>>shift+1]++
	}
	for r := 1; r <= regions; r++ {
		start[r] += start[r-1]
	}
	order := make([]int32, n)
	for k := 0; k < n; k++ {
		r := (home(k) & mask) >> shift
		order[start[r]] = int32(k)
		start[r]++
	}
	return order
}
