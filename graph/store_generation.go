package graph

import (
	"context"
	"fmt"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
)

// Generationer is implemented by a backend's QuadStore (or by the
// QuadWriter of its Handle) that can tell cheaply, without reading the
// graph, whether it has changed: Generation returns a number that changes
// whenever a write another process (or another Store) made is committed
// and visible to this one. Store.Generation reads it.
type Generationer interface {
	Generation(ctx context.Context) (uint64, error)
}

// Generation is the store's change number now, and whether the backend
// has one at all (the memory backend does not: nothing but this process
// writes it). The web read model (package browse) compares it to decide
// whether to rebuild its index.
//
// On bolt it is the number of the last committed write transaction: one
// read of bolt's meta page. A bolt store opened read-only holds a shared
// file lock that keeps every writer out while it is open, so it cannot
// change under us: its generation is constant.
func (s *Store) Generation(ctx context.Context) (uint64, bool, error) {
	if s.cfg.Backend == "bolt" && s.cfg.ReadOnly {
		return 0, true, nil
	}
	if v, ok := boltFiles.Load(s.qs); ok {
		db := v.(*bolt.DB)
		var id int
		if err := db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil }); err != nil {
			return 0, true, fmt.Errorf("store generation of %s: %w", s.cfg.Path, err)
		}
		return uint64(id), true, nil
	}
	g, ok := generationerOf(s.qs)
	if !ok {
		return 0, false, nil
	}
	n, err := g.Generation(ctx)
	if err != nil {
		return 0, true, fmt.Errorf("store generation (%s backend): %w", s.cfg.Backend, err)
	}
	return n, true, nil
}

// generationerOf finds a Generationer in qs, or in the writer or store of
// the Handle qs is (postgres opens as a Handle).
func generationerOf(qs cgraph.QuadStore) (Generationer, bool) {
	if g, ok := qs.(Generationer); ok {
		return g, true
	}
	if h, ok := qs.(*cgraph.Handle); ok {
		if g, ok := h.QuadWriter.(Generationer); ok {
			return g, true
		}
		if g, ok := h.QuadStore.(Generationer); ok {
			return g, true
		}
	}
	return nil, false
}

// GenerationSeesEverything reports whether the generation moves on every
// write, deletions included. Bolt's transaction number does (and a
// read-only bolt store cannot change at all); postgres's largest quad id
// does not move when documents are only deleted, so a server on postgres
// still needs an occasional full refresh to see another process's forget.
func (s *Store) GenerationSeesEverything() bool {
	if s.cfg.Backend == "bolt" && s.cfg.ReadOnly {
		return true
	}
	_, ok := boltFiles.Load(s.qs)
	return ok
}
