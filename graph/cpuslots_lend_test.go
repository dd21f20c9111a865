package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/boltdb/bolt"
)

// TestLendWhileCaughtUp: the writer's slot goes out for a commit only
// while little of the queue waits for it, and comes back after.
func TestLendWhileCaughtUp(t *testing.T) {
	slots := newCPUSlots(2)
	queue := make(chan int, 8)
	lend := lendWhileCaughtUp(slots, queue)
	slots.take() // the writer's
	queue <- 1   // a quarter of the queue: caught up
	queue <- 2
	back := lend()
	if len(slots) != 0 {
		t.Errorf("caught up: %d slots held during the commit, want 0 (lent out)", len(slots))
	}
	back()
	if len(slots) != 1 {
		t.Errorf("after the commit: %d slots held, want 1 (taken back)", len(slots))
	}
	queue <- 3 // more than a quarter waits: the writer is behind
	back = lend()
	if len(slots) != 1 {
		t.Errorf("behind: %d slots held during the commit, want 1 (kept)", len(slots))
	}
	back()
	if len(slots) != 1 {
		t.Errorf("behind, after the commit: %d slots held, want 1", len(slots))
	}
	lendWhileCaughtUp[int](nil, queue)()() // no slots: nothing to lend
	lendWriterSlot(context.Background())() // no lender: nothing to lend
}

// TestBoltUpdateLendsAndRollsBack: boltBulk.update commits what its
// function wrote, lending the slot for the commit only, and rolls back
// when the function fails.
func TestBoltUpdateLendsAndRollsBack(t *testing.T) {
	s, _ := openTemp(t)
	b, ok := s.bulk.(*boltBulk)
	if !ok {
		t.Skip("not a bolt store")
	}
	lent, lends := 0, 0
	ctx := withSlotLender(context.Background(), func() func() { lent++; lends++; return func() { lent-- } })
	put := func(key string, fail error) error {
		return b.update(ctx, func(tx *bolt.Tx) error {
			if lent != 0 {
				t.Errorf("slot lent before the commit")
			}
			if err := tx.Bucket(boltMeta).Put([]byte(key), []byte("x")); err != nil {
				return err
			}
			return fail
		})
	}
	if err := put("kept", nil); err != nil {
		t.Fatal(err)
	}
	failed := errors.New("refused")
	if err := put("dropped", failed); !errors.Is(err, failed) {
		t.Fatalf("update: %v, want %v", err, failed)
	}
	if lent != 0 || lends != 1 {
		t.Errorf("slot lent %d times, %d not taken back; want once (the one commit), all back", lends, lent)
	}
	_ = b.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(boltMeta)
		if meta.Get([]byte("kept")) == nil {
			t.Error("committed key missing")
		}
		if meta.Get([]byte("dropped")) != nil {
			t.Error("key of a failed update stored")
		}
		return nil
	})
}
