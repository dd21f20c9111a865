package pgstore

import (
	"context"
	"fmt"
)

// Generation is the largest quad horizon stored: every quad Cayley's SQL
// schema stores takes the next number of the table's BIGSERIAL, so a
// committed write that adds quads (a new document, a changed one that
// replaces its quads) raises it, and it is read off the primary key's
// index in one probe, on a primary or a hot standby alike. The sequence
// itself would not do: it moves when a writer draws a number, before its
// transaction commits (and on a standby it runs ahead of the data), so an
// index rebuilt on its change could miss the commit it announced. A write
// that only deletes (forgetting a document) leaves it unchanged.
//
// Numbers follow commit order because newsgraph's writers hold the
// store's write lock (documentWriter.Lock) from their first read to their
// commit. A writer outside it (stock `cayley load` beside an ingest) could
// commit a lower number after a higher one was seen; a reader then sees
// its quads at the next write or the server's periodic full refresh.
func (qs *Store) Generation(ctx context.Context) (uint64, error) {
	var n int64
	if err := qs.db.QueryRowContext(ctx, `SELECT coalesce(max(horizon), 0) FROM quads`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres generation: %w", err)
	}
	return uint64(n), nil
}

// Generation is the generation of the writer's store: the Handle a
// graph.Store holds reaches it through its QuadWriter.
func (w *Writer) Generation(ctx context.Context) (uint64, error) { return w.qs.Generation(ctx) }
