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
// beside one that allocates, the older ones therefore reach their budget
// first (longest-running first), and a short query started in the middle
// of it is charged only for what came after its start. Garbage counts
// until a collection frees it, so before stopping a query whose charge is
// only a little over its budget the watchdog forces a collection and
// judges again on what is live.

// ErrMemoryBudget is matched (errors.Is) by the error of a query stopped
// for exceeding its memory budget.
var ErrMemoryBudget = errors.New("memory budget exceeded")

// budgetError is the cause of a query stopped by the watchdog.
type budgetError struct{ budget int64 }

func (e budgetError) Error() string {
	return fmt.Sprintf("query stopped: memory budget of %d MiB exceeded (query.memory_budget)", e.budget>>20)
}

func (e budgetError) Is(target error) bool { return target == ErrMemoryBudget }

// DefaultQueryMemory is the default memory budget of one query.
const DefaultQueryMemory int64 = 256 << 20

// sampleEvery is the watchdog's sampling period. At the 360 MB/s one
// allocating query reaches, 5 ms is under 2 MB of overshoot per query.
const sampleEvery = 5 * time.Millisecond

// minForcedGCGap spaces the collections the watchdog forces, so that a
// large legitimate heap full of garbage costs at most a collection every
// so often rather than one every sample.
const minForcedGCGap = 50 * time.Millisecond

// memWatchdog is the process's one watchdog (the heap is per process).
type memWatchdog struct {
	mu       sync.Mutex
	queries  map[*watchedQuery]struct{}
	sampling bool // the sampling goroutine runs
	lastGC   time.Time
	stopped  int // queries stopped so far, for tests
}

type watchedQuery struct {
	base   uint64 // heap bytes when the query started
	budget int64
	cancel context.CancelCauseFunc
}

var watchdog memWatchdog

// heapNow returns the bytes of heap objects, live or garbage not yet
// swept. Garbage already there when a query starts is in its base, so
// it is never charged; garbage made since is, until a collection.
func heapNow() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// watch registers a query with budget bytes (<= 0: no budget) and returns
// its context, which the watchdog cancels with a budgetError cause, and
// the function to call when the query ends.
func (w *memWatchdog) watch(ctx context.Context, budget int64) (context.Context, func()) {
	if budget <= 0 {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	q := &watchedQuery{base: heapNow(), budget: budget, cancel: cancel}
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
	heap := heapNow()
	over := false
	for q := range w.queries {
		over = over || int64(heap)-int64(q.base) > q.budget
	}
	if !over {
		return true
	}
	// Perhaps only garbage: collect and judge on what is live. (Marking
	// is cheap where it matters: strings hold no pointers to scan.)
	if time.Since(w.lastGC) < minForcedGCGap {
		return true
	}
	w.mu.Unlock()
	runtime.GC()
	w.mu.Lock()
	w.lastGC = time.Now()
	heap = heapNow()
	for q := range w.queries {
		if int64(heap)-int64(q.base) > q.budget {
			q.cancel(budgetError{budget: q.budget})
			delete(w.queries, q)
			w.stopped++
		}
	}
	return true
}

// budgetCause is the budget error that stopped ctx, or nil.
func budgetCause(ctx context.Context) error {
	if err := context.Cause(ctx); errors.Is(err, ErrMemoryBudget) {
		return err
	}
	return nil
}
