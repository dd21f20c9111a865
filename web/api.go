package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/browse"
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

// reader serves a GET that reads the store: the named query parameters
// must be present (load gets their values in order), load runs under the
// query timeout (browsing reads are bounded like queries), and its result
// is the JSON answer, its error the status fail maps it to.
func (s *Server) reader(load func(ctx context.Context, r *http.Request, params []string) (any, error), names ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		params := make([]string, len(names))
		for i, name := range names {
			params[i] = strings.TrimSpace(r.URL.Query().Get(name))
			if params[i] == "" {
				writeError(w, http.StatusBadRequest, fmt.Errorf("missing parameter %q", name))
				return
			}
		}
		ctx, cancel := s.bounded(r)
		defer cancel()
		v, err := load(ctx, r, params)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

// bounded is the request's context with the query timeout.
func (s *Server) bounded(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opt.Store.Config().QueryTimeout)
}

// fail maps store errors to HTTP statuses.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case r.Context().Err() != nil && s.ctx.Err() != nil:
		writeError(w, http.StatusServiceUnavailable, errShuttingDown) // cut short by Close
	case errors.Is(err, browse.ErrNotFound):
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

// The readers behind the GET endpoints (see routes).

func (s *Server) search(ctx context.Context, r *http.Request, _ []string) (any, error) {
	q, limit := r.URL.Query().Get("q"), intParam(r, "limit", 20, 100)
	if ix := s.index(ctx); ix != nil {
		return ix.Search(q, limit), nil
	}
	return s.read.Search(ctx, q, limit)
}

func (s *Server) entity(ctx context.Context, _ *http.Request, p []string) (any, error) {
	return s.read.Entity(ctx, p[0])
}

func (s *Server) neighbourhood(ctx context.Context, r *http.Request, p []string) (any, error) {
	return s.read.Neighbourhood(ctx, p[0], s.graphLimit(r))
}

func (s *Server) document(ctx context.Context, r *http.Request, p []string) (any, error) {
	return s.read.DocumentGraph(ctx, p[0], s.graphLimit(r))
}

// graphLimit is a subgraph's node limit: the UI asks for more than the
// cap on "show more", up to ten times it.
func (s *Server) graphLimit(r *http.Request) int {
	return intParam(r, "limit", s.opt.NodeCap, 10*s.opt.NodeCap)
}

func (s *Server) documents(ctx context.Context, _ *http.Request, _ []string) (any, error) {
	return s.read.Documents(ctx)
}

func (s *Server) fact(ctx context.Context, _ *http.Request, p []string) (any, error) {
	return s.read.Fact(ctx, p[0], p[1], p[2])
}

func (s *Server) overview(ctx context.Context, _ *http.Request, _ []string) (any, error) {
	if ix := s.index(ctx); ix != nil {
		return ix.Overview(ctx, s.read, 15, 200)
	}
	return s.read.Overview(ctx, 15, 200)
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
	nodes, err := s.read.Nodes(ctx, req.IDs)
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
	limit := req.Limit // unset: 100; never above the server's QueryLimit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, s.opt.QueryLimit)
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
			s.fail(w, r, err) // shutting down, or nobody is listening
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
	nquadsDownload(w, "newsgraph.nq")
	if _, err := s.opt.Store.Export(r.Context(), w); err != nil && r.Context().Err() == nil {
		// Headers are gone; all that can be done is cut the stream short.
		s.opt.Logf("web: export: %v", err)
	}
}

// nquadsDownload sets the headers of an N-Quads file to save as name.
func nquadsDownload(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Type", "application/n-quads; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
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
	nquadsDownload(w, "newsgraph-view.nq")
	if _, err := s.read.ExportNodes(r.Context(), w, req.Nodes); err != nil && r.Context().Err() == nil {
		s.opt.Logf("web: export view: %v", err)
	}
}

// ingestResponse is what POST /api/ingest answers.
type ingestResponse struct {
	Document browse.DocumentRef `json:"document"`
	Status   string             `json:"status"` // added, replaced or unchanged
	Added    bool               `json:"added"`
	Quads    int                `json:"quads"`
	Entities int                `json:"entities"`
	Words    int                `json:"words"`
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
		s.rebuildAfterWrite()
	}
	out := ingestResponse{
		Document: browse.DocumentRef{ID: res.Document, Source: res.Source},
		Status:   string(res.Status), Added: res.Status != graph.Unchanged,
		Quads: res.Added, Entities: res.Entities, Words: res.Words,
	}
	if g, err := s.read.DocumentGraph(r.Context(), res.Document, 1); err == nil && g.Document != nil {
		out.Document = *g.Document
	}
	writeJSON(w, http.StatusOK, out)
}

// handleV2Query serves Cayley's API v2 query endpoint for Gizmo itself,
// speaking Cayley's protocol (lang and qu parameters or the body,
// {"result": [...]} or {"error": "..."}, JSON-LD on Accept) but running
// through graph.Store.QueryCayley, so a v2 query has the same memory
// budget, string guards, result limits and timeout answer (504) as
// /api/query. Other languages go to Cayley's handler.
func (s *Server) handleV2Query(cayley http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		lang := r.URL.Query().Get("lang")
		if lang != "gizmo" || (r.Method != http.MethodGet && r.Method != http.MethodPost) {
			cayley.ServeHTTP(w, r)
			return
		}
		text := r.URL.Query().Get("qu")
		if r.Method == http.MethodPost {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				var tooBig *http.MaxBytesError
				if errors.As(err, &tooBig) {
					writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is over the limit of %d bytes", tooBig.Limit))
					return
				}
				writeError(w, http.StatusBadRequest, fmt.Errorf("read query: %w", err))
				return
			}
			text = string(b)
		}
		if strings.TrimSpace(text) == "" {
			writeError(w, http.StatusBadRequest, errors.New("query is empty"))
			return
		}
		jsonld := strings.Contains(r.Header.Get("Accept"), "application/ld+json")
		rows, err := s.opt.Store.QueryCayley(r.Context(), text, jsonld, s.opt.QueryLimit)
		if err != nil {
			if r.Context().Err() != nil {
				s.fail(w, r, err)
				return
			}
			status := http.StatusBadRequest // the query's own fault
			if errors.Is(err, graph.ErrTimeout) {
				status = http.StatusGatewayTimeout
			}
			writeError(w, status, err)
			return
		}
		if jsonld {
			w.Header().Set("Content-Type", "application/ld+json")
		}
		writeResult(w, rows, jsonld)
	}
}

// writeResult writes Cayley's {"result": [...]} answer.
func writeResult(w http.ResponseWriter, rows []any, jsonld bool) {
	if !jsonld {
		writeJSON(w, http.StatusOK, map[string]any{"result": rows})
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(map[string]any{"result": rows})
}
