package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"
)

// WriteTargeter is implemented by the QuadWriter of a backend whose Handle
// reads through Cayley's own QuadStore but writes through another one (on
// postgres, the bulk writer): WriteTarget is the one writes go to.
type WriteTargeter interface {
	WriteTarget() cgraph.QuadStore
}

// CayleyHandle is qs (a Store's QuadStore) as Cayley's HTTP API and query
// engine want it: Cayley's own QuadStore for reads — so on postgres its SQL
// optimiser still applies; wrapping the Store's Handle in another Handle
// would hide it — and, when write, a QuadWriter with opts that goes through
// the store's write path (on postgres the bulk writer, whose exact
// reference counts make IgnoreDup and IgnoreMissing safe).
func CayleyHandle(qs cgraph.QuadStore, write bool, opts cgraph.IgnoreOpts) *cgraph.Handle {
	h := &cgraph.Handle{QuadStore: cgraph.Unwrap(qs)}
	if !write {
		return h
	}
	target := qs
	if hq, ok := qs.(*cgraph.Handle); ok {
		if t, ok := hq.QuadWriter.(WriteTargeter); ok {
			target = t.WriteTarget()
		}
	}
	h.QuadWriter, _ = writer.NewSingle(target, opts) // never fails
	return h
}
