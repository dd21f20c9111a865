package web

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/browse"
)

// handleText answers GET /api/text?q=WORDS[&limit=N]: sentences and
// quotations holding the words, best first, each with its document and,
// for a quotation, its speaker. The index is the server's in-memory one,
// rebuilt after every write, so what was ingested or forgotten through
// this server is searchable (or gone) at once.
func (s *Server) handleText(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, errors.New(`missing parameter "q": the words to find`))
		return
	}
	limit := intParam(r, "limit", 20, 100)
	s.withIndex(w, r, func(_ context.Context, ix *browse.Index) (any, error) {
		return ix.TextSearch(q, limit), nil
	})
}
