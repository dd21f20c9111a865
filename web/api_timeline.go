package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/browse"
)

// handleTimeline answers GET /api/timeline?id=IRI[&from=DATE&to=DATE]:
// the entity's facts and quotes, oldest first, each dated by its document
// (schema:datePublished, else the ingest time); from and to are days
// (YYYY-MM-DD, to inclusive) or RFC 3339 times. Bad bounds are refused
// before the store is read.
func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := browse.ParseDateBound(q.Get("from"), false)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter from: %w", err))
		return
	}
	to, err := browse.ParseDateBound(q.Get("to"), true)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter to: %w", err))
		return
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parameter to (%s) is before from (%s)", q.Get("to"), q.Get("from")))
		return
	}
	s.reader(func(ctx context.Context, _ *http.Request, p []string) (any, error) {
		return s.read.Timeline(ctx, p[0], from, to)
	}, "id")(w, r)
}

// article answers GET /api/article?id=DOC-IRI[&entity=IRI]: the
// document's text as its stored sentences, with the entities each
// mentions marked (those of entity as "focus"), its title, date and link.
func (s *Server) article(ctx context.Context, r *http.Request, p []string) (any, error) {
	return s.read.Article(ctx, p[0], strings.TrimSpace(r.URL.Query().Get("entity")))
}
