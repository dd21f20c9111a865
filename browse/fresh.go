package browse

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// indexCheckEvery is how often, at most, an index asks its store whether
// it changed: only when a method is called, so an idle server asks
// nothing. On postgres the question is one index probe; on bolt a read of
// the meta page.
const indexCheckEvery = 500 * time.Millisecond

// indexKeeper keeps an Index in step with a store that other writers
// change: another `ingest` process on postgres (a hot standby's serve
// sees every primary's writer so), or, on bolt, a writer in the same
// process (a watch, a bulk load) that does not go through the server.
// Every index it builds points back at it, so whichever the caller holds,
// the methods answer from the newest.
//
// Readers never wait for it: a check and a rebuild run in a goroutine of
// their own, one at a time, and the new index replaces the old one in one
// atomic store once it is complete. A rebuild is a full scan, so after one
// the next check waits as long as the rebuild took (at least
// indexCheckEvery): a store written without pause costs the server at most
// about half a core, not all of it.
type indexKeeper struct {
	ctx   context.Context // refreshes end with it (the server's life)
	r     *Reader
	every time.Duration

	cur  atomic.Pointer[Index]
	next atomic.Int64 // UnixNano before which no check starts
	busy atomic.Bool  // a check (and maybe a rebuild) is under way
	gen  uint64       // the generation cur was built from; touched only while busy

	checks, rebuilds atomic.Int64
	lastErr          atomic.Pointer[error]
	running          sync.WaitGroup
}

func newIndexKeeper(ctx context.Context, r *Reader, gen uint64, ix *Index) *indexKeeper {
	k := &indexKeeper{ctx: ctx, r: r, every: indexCheckEvery, gen: gen}
	k.cur.Store(ix)
	k.next.Store(time.Now().Add(k.every).UnixNano())
	return k
}

// fresh is the newest index built for ix's store (ix itself when it does
// not follow its store), starting a check in the background when one is
// due.
func (ix *Index) fresh() *Index {
	if ix.keep == nil {
		return ix
	}
	return ix.keep.current()
}

// Follows says whether the index follows its store: whether its backend
// can tell cheaply that another writer changed it (bolt and postgres can,
// the memory backend cannot). A server need not rebuild an index that
// follows its store on a timer.
func (ix *Index) Follows() bool { return ix.keep != nil }

// FollowsEverything says whether the index also sees every deletion by
// another writer (bolt), so that a server needs no timed full refresh at
// all; on postgres it does not, and a server refreshes now and then.
func (ix *Index) FollowsEverything() bool {
	return ix.keep != nil && ix.keep.r.st.GenerationSeesEverything()
}

func (k *indexKeeper) current() *Index {
	if time.Now().UnixNano() >= k.next.Load() && k.ctx.Err() == nil && k.busy.CompareAndSwap(false, true) {
		k.running.Add(1)
		go k.refresh()
	}
	return k.cur.Load()
}

// refresh rebuilds the index if the store's generation moved. A failed
// check or build keeps the index there is and is tried again at the next
// check.
func (k *indexKeeper) refresh() {
	defer k.running.Done()
	defer k.busy.Store(false)
	wait := k.every
	// Deferred after busy's reset, so it runs before it: no check can
	// start before next is set.
	defer func() { k.next.Store(time.Now().Add(wait).UnixNano()) }()
	k.checks.Add(1)
	gen, _, err := k.r.st.Generation(k.ctx)
	if err != nil {
		k.lastErr.Store(&err)
		return
	}
	if gen == k.gen {
		return
	}
	ix, err := k.r.scanIndex(k.ctx)
	if err != nil {
		k.lastErr.Store(&err)
		return
	}
	ix.keep = k
	k.gen = gen
	k.cur.Store(ix)
	k.rebuilds.Add(1)
	wait = max(k.every, ix.Took)
}
