// Package browse is the read model of the web UI: search, an entity with
// its facts and their provenance, neighbourhood and document subgraphs,
// paths, timelines, full-text search and overview counts, as the JSON
// types the web API sends. It reads a graph.Store and never writes it.
//
// It walks Cayley's quad indexes directly (subject, object, label) rather
// than running Gizmo, so that every answer can carry the quad label (the
// sentence a fact came from), which Gizmo paths do not expose. Index
// holds what type-ahead search, paths and the overview need in memory.
package browse

import (
	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
)

// Reader answers the web UI's questions from one store. It holds no
// state of its own beyond the store, so one Reader serves every request.
type Reader struct {
	st  *graph.Store
	qs  cgraph.QuadStore
	voc graph.Vocab
}

// New is the read model of st.
func New(st *graph.Store) *Reader {
	return &Reader{st: st, qs: st.QuadStore(), voc: st.Vocab()}
}
