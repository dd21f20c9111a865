package hugetable

import "testing"

// TestFillOrder: every key comes once, regions ascend, and keys of one
// region keep their own order.
func TestFillOrder(t *testing.T) {
	keys := []uint64{0x3f, 0x01, 0x22, 0x10, 0x31, 0x02, 0x20}
	const mask, shift = 0x3f, 4 // 64 slots, regions of 16
	order := FillOrder(len(keys), func(k int) uint64 { return keys[k] }, mask, shift)
	want := []int32{1, 5, 3, 2, 6, 0, 4} // regions 0: 0x01 0x02; 1: 0x10; 2: 0x22 0x20; 3: 0x3f 0x31
	if len(order) != len(want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order %v, want %v", order, want)
		}
	}
}
