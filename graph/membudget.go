package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// A Gizmo query is JavaScript: `while(true) a.push("x".repeat(1<<20))`
// takes the server's memory at hundreds of MB a second, and goja has no
// allocation limit of its own. The watchdog here bounds it. While any
// query runs, it samples the Go heap every few milliseconds and stops a
// query whose heap growth since it started exceeds its budget, by
// cancelling the query's context with a budgetError as cause (the Gizmo
// iterator then interrupts the goja runtime at its next instruction).
//
// The heap is shared, so growth cannot be told apart by query: a query is
// charged with all the growth since it started. Of several queries running
// beside one that allocates, the older ones reach their budget first
// (longest-running first), and a short query started in the middle of it
// is charged only for what came after its start.
//
// Growth includes garbage until a collection frees it, and a big traversal
// makes hundreds of MB of garbage a second while holding little. So a
// query over its budget is stopped when a collection completed since it
// went over still finds the live heap grown past the budget; the watchdog
// starts that collection itself, in the background (a forced collection
// took seconds on a loaded two-core machine, and the watchdog must keep
// sampling meanwhile). Growth past twice the budget stops the query at
// once, whatever is live.
//
// What is in flight when a query is stopped still completes: goja checks
// the interrupt between instructions, and one `s + s` on a 128 MB string
// is one instruction that allocates and copies 256 MB (during which a
// collection's stop-the-world can hold the watchdog off). A query that
// doubles a string can so add up to about four budgets to the heap before
// it stops; one that grows it in smaller steps, or fills an array, about
// twice its budget at most. The default budget is sized for that.

// ErrMemoryBudget is matched (errors.Is) by the error of a query stopped
// for exceeding its memory budget.
var ErrMemoryBudget = errors.New("memory budget exceeded")

// budgetError is the cause of a query stopped by the watchdog.
type budgetError struct{ budget int64 }

func (e budgetError) Error() string {
	return fmt.Sprintf("query stopped: memory budget of %d MiB exceeded (query.memory_budget)", e.budget>>20)
}

func (e budgetError) Is(target error) bool { return target == ErrMemoryBudget }

// DefaultQueryMemory is the default memory budget of one query: with the
// overshoot described above, a query that doubles a string stops within
// about 600 MB of heap growth, which keeps a server (about 300 MB with
// Cayley's bloom filters) under 1 GB.
const DefaultQueryMemory int64 = 128 << 20

// sampleEvery is the watchdog's sampling period. At the 360 MB/s one
// allocating query reaches, 5 ms is under 2 MB of overshoot per query.
const sampleEvery = 5 * time.Millisecond

// memWatchdog is the process's one watchdog (the heap is per process).
type memWatchdog struct {
	mu       sync.Mutex
	queries  map[*watchedQuery]struct{}
	sampling bool // the sampling goroutine runs
	// collected counts the collections the watchdog forced and saw end;
	// wanted is the count a query over budget waits for (each forced
	// collection starts after it was wanted, so the live heap it leaves
	// is measured after the growth the query is judged on).
	collected, wanted uint64
	collecting        bool // the collecting goroutine runs
}

type watchedQuery struct {
	base     int64 // heap bytes when the query started
	baseLive int64 // what of them was live, at most
	budget   int64
	// overAt is the forced collection (memWatchdog.collected) that must
	// have ended before the live heap may stop the query; 0 while the
	// query is under budget.
	overAt uint64
	cancel context.CancelCauseFunc
}

var watchdog memWatchdog

// heapStats is what the watchdog reads of the runtime.
type heapStats struct {
	objects int64 // heap objects, live or garbage not yet swept
	live    int64 // the live heap the last collection marked
}

func heapNow() heapStats {
	s := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(s)
	var h heapStats
	if s[0].Value.Kind() == metrics.KindUint64 {
		h.objects = int64(s[0].Value.Uint64())
	}
	h.live = h.objects
	if s[1].Value.Kind() == metrics.KindUint64 {
		h.live = int64(s[1].Value.Uint64())
	}
	return h
}

// watch registers a query with budget bytes (<= 0: no budget) and returns
// its context, which the watchdog cancels with a budgetError cause, and
// the function to call when the query ends.
func (w *memWatchdog) watch(ctx context.Context, budget int64) (context.Context, func()) {
	if budget <= 0 {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	h := heapNow()
	q := &watchedQuery{base: h.objects, baseLive: min(h.objects, h.live), budget: budget, cancel: cancel}
	w.mu.Lock()
	if w.queries == nil {
		w.queries = make(map[*watchedQuery]struct{})
	}
	w.queries[q] = struct{}{}
	if !w.sampling {
		w.sampling = true
		go w.sample()
	}
	w.mu.Unlock()
	return ctx, func() {
		w.mu.Lock()
		delete(w.queries, q)
		w.mu.Unlock()
		cancel(nil)
	}
}

// sample runs while queries are registered.
func (w *memWatchdog) sample() {
	t := time.NewTicker(sampleEvery)
	defer t.Stop()
	for range t.C {
		if !w.check() {
			return
		}
	}
}

// check stops the queries over budget; it says false (and the sampling
// ends) when no query is left.
func (w *memWatchdog) check() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.queries) == 0 {
		w.sampling = false
		return false
	}
	h := heapNow()
	for q := range w.queries {
		grown := h.objects - q.base
		switch {
		case grown <= q.budget:
			q.overAt = 0
			continue
		case grown > 2*q.budget:
		case q.overAt == 0:
			// Wait for a collection that starts from now: one running
			// already may have begun before the growth.
			q.overAt = w.collected + 1
			if w.collecting {
				q.overAt++
			}
			w.wanted = max(w.wanted, q.overAt)
			continue
		case w.collected < q.overAt:
			continue // the collection has not ended yet
		case h.live-q.baseLive <= q.budget:
			q.overAt = 0 // it was garbage
			continue
		}
		q.cancel(budgetError{budget: q.budget})
		delete(w.queries, q)
	}
	if w.wanted > w.collected && !w.collecting {
		w.collecting = true
		go w.collect()
	}
	return true
}

// collect forces collections until the ones wanted have ended.
func (w *memWatchdog) collect() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.collected < w.wanted {
		w.mu.Unlock()
		runtime.GC()
		w.mu.Lock()
		w.collected++
	}
	w.collecting = false
}

// budgetCause is the budget error that stopped ctx, or nil.
func budgetCause(ctx context.Context) error {
	if err := context.Cause(ctx); errors.Is(err, ErrMemoryBudget) {
		return err
	}
	return nil
}
