package graph

import "context"

// cpuSlots shares the cores between IngestAll's extraction workers and its
// writer: each holds a slot while it computes, and there are as many slots
// as cores. Left to the Go scheduler, the one writer and the workers (as
// many as cores) share the cores evenly, so on two cores the writer had
// two thirds of one: it fell behind, and once the workers were done, the
// batches waiting for it were written on one core while the other idled.
// Holding a slot while it writes a batch, the writer has a core of its
// own, and the workers share the rest.
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

// A bolt commit ends waiting on the disk (two fdatasyncs: about 0.02 s
// for the first BBC batch, 0.16 s for the last, some 0.4 s over the
// corpus), and a writer holding its slot through that wait kept a worker
// out of a core that had nothing else to run. So the writer may lend its
// slot out while bolt commits (see boltBulk.update) and take it back
// after; IngestAll lends it only while the writer has caught up with
// the workers (see lendWhileCaughtUp): the commit's own work then shares
// the cores with them, which a writer that is behind cannot afford (on a
// loaded machine, lending at every commit left it 0.5 s further behind
// when the workers were done, as much as it gained).
type slotLenderKey struct{}

// withSlotLender gives ctx the function a writer calls to lend its slot
// out: lend frees the slot (or does nothing) and returns the function
// that takes it back.
func withSlotLender(ctx context.Context, lend func() (takeBack func())) context.Context {
	return context.WithValue(ctx, slotLenderKey{}, lend)
}

// lendWriterSlot lends the slot of the writer of ctx out, if its context
// has a lender, and returns the function that takes it back.
func lendWriterSlot(ctx context.Context) (takeBack func()) {
	lend, _ := ctx.Value(slotLenderKey{}).(func() func())
	if lend == nil {
		return func() {}
	}
	return lend()
}

// lendWhileCaughtUp is IngestAll's lender: the writer's slot goes out
// only while at most a quarter of the queue of extracted inputs (a
// quarter of a batch) waits for the writer, so a writer that is behind
// keeps its core.
func lendWhileCaughtUp[T any](slots cpuSlots, queue chan T) func() func() {
	return func() func() {
		if slots == nil || len(queue) > cap(queue)/4 {
			return func() {}
		}
		slots.give()
		return slots.take
	}
}
