package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/browse"
)

// errNoIndex answers the reads that need the in-memory index (paths,
// full-text search) when none could be built.
var errNoIndex = errors.New("the search index is not available: see the server log")

// handlePath answers GET /api/path?from=IRI&to=IRI[&hops=N][&limit=N]:
// the shortest chains of facts (and, weaker, shared sentences) joining two
// entities, shortest first, each step with the sentence it rests on.
func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, to := strings.TrimSpace(q.Get("from")), strings.TrimSpace(q.Get("to"))
	if from == "" || to == "" {
		writeError(w, http.StatusBadRequest, errors.New(`give both ends: /api/path?from=IRI&to=IRI`))
		return
	}
	hops := browse.MaxPathHops
	if h := q.Get("hops"); h != "" {
		n, err := strconv.Atoi(h)
		if err != nil || n < 1 || n > browse.MaxPathHops {
			writeError(w, http.StatusBadRequest, fmt.Errorf("hops=%q: want a whole number from 1 to %d", h, browse.MaxPathHops))
			return
		}
		hops = n
	}
	limit := intParam(r, "limit", 5, 20)
	s.withIndex(w, r, func(ctx context.Context, ix *browse.Index) (any, error) {
		return ix.Paths(ctx, s.read, from, to, hops, limit)
	})
}

// withIndex runs load on the current index under the query timeout and
// writes its answer.
func (s *Server) withIndex(w http.ResponseWriter, r *http.Request, load func(ctx context.Context, ix *browse.Index) (any, error)) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	ix := s.index(ctx)
	if ix == nil {
		if ctx.Err() != nil {
			s.fail(w, r, ctx.Err())
			return
		}
		writeError(w, http.StatusServiceUnavailable, errNoIndex)
		return
	}
	v, err := load(ctx, ix)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}
