package graph

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
