package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

func (s *Server) handleInfo(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"write":      s.opt.Write,
		"nodeCap":    s.opt.NodeCap,
		"queryLimit": s.opt.QueryLimit,
		"base":       s.opt.Store.Vocab().Base,
	})
}

// intParam reads a positive integer parameter, clamped to max.
func intParam(r *http.Request, name string, def, max int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || n <= 0 {
		n = def
	}
	if n > max {
		n = max
	}
	return n
}

// required reads a non-empty query parameter.
func required(w http.ResponseWriter, r *http.Request, name string) (string, bool) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		writeError(w, http.StatusBadRequest, fmt.Errorf("missing parameter %q", name))
		return "", false
	}
	return v, true
}

// bounded is the request's context with the query timeout: browsing
// reads are bounded like queries.
func (s *Server) bounded(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opt.Store.Config().QueryTimeout)
}

// fail maps store errors to HTTP statuses.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, graph.ErrNotFound):
		writeError(w, http.StatusNotFound, err)
	case errors.Is(err, graph.ErrTimeout):
		writeError(w, http.StatusGatewayTimeout, err)
	case errors.Is(err, context.DeadlineExceeded) && r.Context().Err() == nil:
		writeError(w, http.StatusGatewayTimeout, fmt.Errorf("%w (raise query.timeout to allow longer reads)", err))
	case errors.Is(err, graph.ErrReadOnly):
		writeError(w, http.StatusForbidden, err)
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
	default:
		s.opt.Logf("web: %s %s: %v", r.Method, r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, err)
	}
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, limit := r.URL.Query().Get("q"), intParam(r, "limit", 20, 100)
	if ix := s.index(r.Context()); ix != nil {
		writeJSON(w, http.StatusOK, ix.Search(q, limit))
		return
	}
	res, err := s.opt.Store.Search(r.Context(), q, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	id, ok := required(w, r, "id")
	if !ok {
		return
	}
	v, err := s.opt.Store.Entity(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) handleNeighbourhood(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	id, ok := required(w, r, "id")
	if !ok {
		return
	}
	g, err := s.opt.Store.Neighbourhood(ctx, id, intParam(r, "limit", s.opt.NodeCap, 10*s.opt.NodeCap))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	id, ok := required(w, r, "id")
	if !ok {
		return
	}
	g, err := s.opt.Store.DocumentGraph(ctx, id, intParam(r, "limit", s.opt.NodeCap, 10*s.opt.NodeCap))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	docs, err := s.opt.Store.Documents(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, docs)
}

func (s *Server) handleFact(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	sub, ok := required(w, r, "s")
	if !ok {
		return
	}
	pred, ok := required(w, r, "p")
	if !ok {
		return
	}
	obj, ok := required(w, r, "o")
	if !ok {
		return
	}
	f, err := s.opt.Store.Fact(ctx, sub, pred, obj)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, f)
}

func (s *Server) handleOverview(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	var o graph.Overview
	var err error
	if ix := s.index(ctx); ix != nil {
		o, err = ix.Overview(ctx, s.opt.Store, 15, 200)
	} else {
		o, err = s.opt.Store.Overview(ctx, 15, 200)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

// readJSON decodes a JSON request body into v, answering errors itself.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "application/json" {
		// A form post cannot set this type without a CORS preflight.
		writeError(w, http.StatusUnsupportedMediaType, errors.New("send the request body as application/json"))
		return false
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is over the limit of %d bytes", tooBig.Limit))
			return false
		}
		writeError(w, http.StatusBadRequest, fmt.Errorf("bad request body: %w", err))
		return false
	}
	return true
}

func (s *Server) handleNodes(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.bounded(r)
	defer cancel()
	var req struct {
		IDs []string `json:"ids"`
	}
	if !readJSON(w, r, &req) {
		return
	}
	if len(req.IDs) > 10*s.opt.NodeCap {
		writeError(w, http.StatusBadRequest, fmt.Errorf("at most %d ids", 10*s.opt.NodeCap))
		return
	}
	nodes, err := s.opt.Store.Nodes(ctx, req.IDs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, nodes)
}

// queryRequest runs Gizmo text, or a canned query by name with arguments.
type queryRequest struct {
	Query string   `json:"query"`
	Name  string   `json:"name"`
	Args  []string `json:"args"`
	Limit int      `json:"limit"`
}

type queryResponse struct {
	Results   []any  `json:"results"`
	Count     int    `json:"count"`
	Truncated bool   `json:"truncated"`
	ElapsedMS int64  `json:"elapsedMs"`
	Error     string `json:"error,omitempty"`
}

// handleQuery runs a query through graph.Store.Query, the code the REPL
// uses, so a bare g.V().Count() answers with its number here too.
func (s *Server) handleQuery(w http.ResponseWriter, r *http.Request) {
	var req queryRequest
	if !readJSON(w, r, &req) {
		return
	}
	limit := req.Limit
	if limit <= 0 || limit > s.opt.QueryLimit {
		limit = min(s.opt.QueryLimit, max(limit, 100))
	}
	start := time.Now()
	var rows []any
	var err error
	switch {
	case req.Name != "":
		rows, err = s.opt.Store.RunNamed(r.Context(), req.Name, req.Args, limit)
	case strings.TrimSpace(req.Query) != "":
		rows, err = s.opt.Store.Query(r.Context(), req.Query, limit)
	default:
		writeError(w, http.StatusBadRequest, errors.New("empty query: send \"query\" (Gizmo) or \"name\" (a canned query)"))
		return
	}
	if err != nil {
		if r.Context().Err() != nil {
			return
		}
		status := http.StatusBadRequest // the query's own fault: syntax, runtime error
		if errors.Is(err, graph.ErrTimeout) {
			status = http.StatusGatewayTimeout
		}
		writeJSON(w, status, queryResponse{Results: nonNil(rows), Count: len(rows), Error: err.Error(), ElapsedMS: time.Since(start).Milliseconds()})
		return
	}
	writeJSON(w, http.StatusOK, queryResponse{Results: nonNil(rows), Count: len(rows), Truncated: len(rows) >= limit, ElapsedMS: time.Since(start).Milliseconds()})
}

func nonNil(rows []any) []any {
	if rows == nil {
		return []any{}
	}
	return rows
}

// Canned describes a query from queries/.
type Canned struct {
	Name        string   `json:"name"`
	Params      []string `json:"params"`
	Description string   `json:"description"`
	Source      string   `json:"source"`
}

// usage matches a canned query's first line: "// name ARG [OPT]: what it does".
var usage = regexp.MustCompile(`^//\s*([\w-]+)((?:\s+\[?[A-Z][A-Z0-9_]*\]?)*)\s*:\s*(.*)$`)

func describeCanned(name, src string) Canned {
	c := Canned{Name: name, Params: []string{}, Source: src}
	first, _, _ := strings.Cut(src, "\n")
	if m := usage.FindStringSubmatch(strings.TrimSpace(first)); m != nil && m[1] == name {
		c.Params = append(c.Params, strings.Fields(m[2])...)
		c.Description = m[3]
	} else if strings.HasPrefix(first, "//") {
		c.Description = strings.TrimSpace(strings.TrimPrefix(first, "//"))
	}
	return c
}

func (s *Server) handleQueries(w http.ResponseWriter, _ *http.Request) {
	out := []Canned{}
	for _, n := range queries.Names() {
		src, err := queries.Get(n)
		if err != nil {
			continue
		}
		out = append(out, describeCanned(n, src))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/n-quads; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="newsgraph.nq"`)
	if _, err := s.opt.Store.Export(r.Context(), w); err != nil {
		// Headers are gone; all that can be done is cut the stream short.
		s.opt.Logf("web: export: %v", err)
	}
}

func (s *Server) handleExportView(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Nodes []string `json:"nodes"`
	}
	if !readJSON(w, r, &req) {
		return
	}
	if len(req.Nodes) == 0 {
		writeError(w, http.StatusBadRequest, errors.New("no nodes to export"))
		return
	}
	w.Header().Set("Content-Type", "application/n-quads; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="newsgraph-view.nq"`)
	if _, err := s.opt.Store.ExportNodes(r.Context(), w, req.Nodes); err != nil {
		s.opt.Logf("web: export view: %v", err)
	}
}

// ingestResponse is what POST /api/ingest answers.
type ingestResponse struct {
	Document graph.DocumentRef `json:"document"`
	Status   string            `json:"status"` // added, replaced or unchanged
	Added    bool              `json:"added"`
	Quads    int               `json:"quads"`
	Entities int               `json:"entities"`
	Words    int               `json:"words"`
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if !s.opt.Write {
		writeError(w, http.StatusForbidden, errors.New("the server is read-only: restart it with `newsgraph serve --write` to add articles"))
		return
	}
	var req struct {
		Source string `json:"source"`
		Text   string `json:"text"`
	}
	if !readJSON(w, r, &req) {
		return
	}
	req.Source = strings.TrimSpace(req.Source)
	if req.Source == "" {
		req.Source = "web-upload"
	}
	if strings.TrimSpace(req.Text) == "" {
		writeError(w, http.StatusBadRequest, errors.New("the article text is empty"))
		return
	}
	if !utf8.ValidString(req.Text) || strings.ContainsRune(req.Text, 0) {
		writeError(w, http.StatusBadRequest, errors.New("the article text is not plain UTF-8 text"))
		return
	}
	res, err := s.opt.Ingest(r.Context(), req.Source, []byte(req.Text))
	if err != nil {
		if errors.Is(err, graph.ErrReadOnly) || r.Context().Err() != nil {
			s.fail(w, r, err)
			return
		}
		writeError(w, http.StatusUnprocessableEntity, fmt.Errorf("ingest %s: %w", req.Source, err))
		return
	}
	if res.Status != graph.Unchanged {
		s.rebuild(r.Context())
	}
	out := ingestResponse{
		Document: graph.DocumentRef{ID: res.Document, Source: res.Source},
		Status:   string(res.Status), Added: res.Status != graph.Unchanged,
		Quads: res.Added, Entities: res.Entities, Words: res.Words,
	}
	if g, err := s.opt.Store.DocumentGraph(r.Context(), res.Document, 1); err == nil && g.Document != nil {
		out.Document = *g.Document
	}
	writeJSON(w, http.StatusOK, out)
}
