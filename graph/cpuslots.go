package graph

import "context"

// cpuSlots shares the cores between IngestAll's extraction workers and its
// writer: each holds a slot while it computes, and there are as many slots
// as cores. Left to the Go scheduler, the one writer and the workers (as
// many as cores) share the cores evenly, so on two cores the writer had
// two thirds of one: it fell behind, and once the workers were done, the
// batches waiting for it were written on one core while the other idled.
// Holding a slot while it builds a batch in memory, the writer has a core
// of its own, and the workers share the rest.
type cpuSlots chan struct{}

func newCPUSlots(n int) cpuSlots { return make(cpuSlots, max(n, 1)) }

// take waits for a free slot; a nil cpuSlots has room for everyone.
func (c cpuSlots) take() {
	if c != nil {
		c <- struct{}{}
	}
}

// give frees a slot taken.
func (c cpuSlots) give() {
	if c != nil {
		<-c
	}
}

type beforeCommitKey struct{}

// withBeforeCommit returns ctx carrying f, which a bolt write calls once,
// when its work in memory is done and before its commit writes the pages
// and waits on the disk (an fdatasync of some tens of milliseconds), so
// that the writer's slot works meanwhile.
func withBeforeCommit(ctx context.Context, f func()) context.Context {
	return context.WithValue(ctx, beforeCommitKey{}, f)
}

// beforeCommit calls the function withBeforeCommit put in ctx, if any.
func beforeCommit(ctx context.Context) {
	if f, ok := ctx.Value(beforeCommitKey{}).(func()); ok {
		f()
	}
}
