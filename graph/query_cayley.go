package graph

import (
	"context"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// QueryCayley runs Gizmo text as Cayley's HTTP API v2 does — results in
// Cayley's JSON (or, with jsonld, JSON-LD) collation, one value per result
// the script sends, the script's final value as null — under the same
// bounds as Query: the query timeout, the memory budget, the string guards
// and the result limits. limit <= 0: no limit but the store's.
func (s *Store) QueryCayley(ctx context.Context, text string, jsonld bool, limit int) ([]any, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	ctx, done := watchdog.watch(ctx, s.cfg.Limits.Memory)
	defer done()
	// Cayley's own store, as Cayley's handler reads it: on postgres its
	// SQL optimiser then applies.
	ses := gizmo.NewSession(cgraph.Unwrap(s.qs))
	if _, _, clean, err := s.run(ctx, ses, guardScript(s.cfg.Limits), 0, nil); err != nil || !clean {
		if err == nil {
			err = s.queryError(ctx, ctx.Err())
		}
		return nil, err
	}
	opt := query.Options{Collation: query.JSON, Limit: limit}
	if jsonld {
		opt.Collation = query.JSONLD
	}
	if limit <= 0 {
		opt.Limit = -1
	}
	it, err := ses.Execute(ctx, text, opt)
	if err != nil {
		return nil, fmt.Errorf("query: %w", jsError{err})
	}
	defer it.Close()
	meter := &resultMeter{l: s.cfg.Limits}
	out := []any{}
	for it.Next(ctx) {
		r := it.Result()
		b, err := json.Marshal(r)
		if err != nil {
			return out, fmt.Errorf("query: result %v: %w", r, err)
		}
		if err := meter.add(len(b)); err != nil {
			return out, err
		}
		out = append(out, r)
	}
	if ctx.Err() != nil {
		return out, s.queryError(ctx, ctx.Err())
	}
	if err := it.Err(); err != nil {
		return out, s.queryError(ctx, err)
	}
	return out, nil
}
