// Package web serves newsgraph's JSON API, Cayley's HTTP API v2 and the
// embedded single-page UI over one open graph store.
//
// Article text in the store is hostile input. The server's part of keeping
// it inert: a Content-Security-Policy that forbids inline script, JSON and
// N-Quads responses that browsers will not sniff as HTML, and refusal of
// requests from other origins that run queries or change the store (the UI
// itself only ever sets text, never HTML).
package web

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cayleygraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/graph"
)

// IngestFunc extracts and stores one article: the same function the
// `ingest` command uses, handed in by the caller so that web never
// imports the extractor.
type IngestFunc func(ctx context.Context, source string, text []byte) (graph.IngestResult, error)

// Options configure a Server.
type Options struct {
	Store *graph.Store
	// Write allows POST /api/ingest and writes through /api/v2/.
	Write bool
	// Ingest is required when Write is set.
	Ingest IngestFunc
	// QueryLimit caps the results of one query (default 10000).
	QueryLimit int
	// MaxQueries caps the Gizmo queries (POST /api/query, /api/v2/query)
	// running at once (default DefaultMaxQueries). Up to MaxQueued more
	// (default as many; negative: none) wait up to QueueWait (default
	// 10s) for a turn; past that a query is answered 503 with Retry-After.
	MaxQueries int
	MaxQueued  int
	QueueWait  time.Duration
	// NodeCap caps the nodes of one neighbourhood (default 300).
	NodeCap int
	// MaxBody caps request bodies of ingest and Cayley writes (default
	// 8 MiB); query and other JSON bodies are capped at MaxQueryBody
	// (default 256 KiB).
	MaxBody      int64
	MaxQueryBody int64
	// AllowedHosts are the Host header values accepted (host part only,
	// any port). Empty: any host. Serve fills it for loopback addresses so
	// that a DNS-rebinding page cannot talk to the server.
	AllowedHosts []string
	// Logf logs server errors (default log.Printf).
	Logf func(format string, args ...any)
	// UI replaces the embedded UI files (tests).
	UI fs.FS
}

// Server is the HTTP handler.
type Server struct {
	opt  Options
	mux  *http.ServeMux
	read *browse.Reader // the JSON API's answers, from opt.Store

	// ctx ends at Close and bounds the background index builds and the
	// requests, which bg counts, so that Close can wait for them before
	// the caller closes the store under them. bgMu orders bg.Add against
	// Close.
	ctx  context.Context
	stop context.CancelFunc
	bgMu sync.Mutex
	bg   sync.WaitGroup

	// The search and overview index: built in the background at start,
	// rebuilt after every write through this server (while it runs, the
	// bolt store cannot be written by anyone else).
	ixMu       sync.Mutex // guards ix
	ix         *browse.Index
	ixReady    chan struct{} // closed after the first build
	build      sync.Mutex    // one build at a time
	refreshing atomic.Bool   // a background refresh is under way

	gate *queryGate // bounds the Gizmo queries running at once
}

// DefaultMaxQueries is how many Gizmo queries a server runs at once by
// default. Each may hold its memory budget (graph.QueryLimits) at the same
// time, though in practice the budget watchdog stops the oldest first.
const DefaultMaxQueries = 8

// queryGate lets max queries run at once and queue more wait for a turn.
type queryGate struct {
	slots   chan struct{}
	waiting atomic.Int32
	queue   int32
}

func newQueryGate(running, queue int) *queryGate {
	return &queryGate{slots: make(chan struct{}, running), queue: int32(queue)}
}

// errBusy answers a query that found no turn.
type errBusy struct{ running, queue int }

func (e errBusy) Error() string {
	return fmt.Sprintf("the server is busy: %d queries are running and %d waiting, the most it takes; retry in a moment", e.running, e.queue)
}

// enter waits for a turn (up to wait, or until ctx ends) and returns the
// function that gives it back, or errBusy.
func (g *queryGate) enter(ctx context.Context, wait time.Duration) (func(), error) {
	release := func() { <-g.slots }
	select {
	case g.slots <- struct{}{}:
		return release, nil
	default:
	}
	busy := errBusy{running: cap(g.slots), queue: int(g.queue)}
	if g.waiting.Add(1) > g.queue {
		g.waiting.Add(-1)
		return nil, busy
	}
	defer g.waiting.Add(-1)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, busy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// gated runs h when the query gate gives it a turn, else answers 503 with
// Retry-After.
func (s *Server) gated(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		release, err := s.gate.enter(r.Context(), s.opt.QueueWait)
		if err != nil {
			if r.Context().Err() != nil {
				s.fail(w, r, err)
				return
			}
			w.Header().Set("Retry-After", "2")
			writeError(w, http.StatusServiceUnavailable, err)
			return
		}
		defer release()
		h(w, r)
	}
}

// The Content-Security-Policy of every response: nothing inline, nothing
// from elsewhere.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// New returns the server for opt.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("web: no store")
	}
	if opt.Write && opt.Ingest == nil {
		return nil, errors.New("web: write mode needs an ingest function")
	}
	if opt.QueryLimit <= 0 {
		opt.QueryLimit = 10000
	}
	if opt.MaxQueries <= 0 {
		opt.MaxQueries = DefaultMaxQueries
	}
	if opt.MaxQueued == 0 {
		opt.MaxQueued = opt.MaxQueries
	}
	if opt.QueueWait <= 0 {
		opt.QueueWait = 10 * time.Second
	}
	if opt.NodeCap <= 0 {
		opt.NodeCap = 300
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = 8 << 20
	}
	if opt.MaxQueryBody <= 0 {
		opt.MaxQueryBody = 256 << 10
	}
	if opt.Logf == nil {
		opt.Logf = log.Printf
	}
	s := &Server{opt: opt, mux: http.NewServeMux(), read: browse.New(opt.Store), ixReady: make(chan struct{}), gate: newQueryGate(opt.MaxQueries, max(opt.MaxQueued, 0))}
	s.ctx, s.stop = context.WithCancel(context.Background())
	s.routes()
	s.background(func(ctx context.Context) {
		defer close(s.ixReady)
		s.rebuild(ctx)
	})
	return s, nil
}

// errShuttingDown answers requests that Close cut short or that came after it.
var errShuttingDown = errors.New("the server is shutting down")

// Close cancels the background index builds and the requests still
// running, and waits for them: call it before closing the store (a reader
// of a closed bolt file crashes the process). Serve lets requests finish
// first, for a while.
func (s *Server) Close() error {
	s.bgMu.Lock()
	s.stop()
	s.bgMu.Unlock()
	s.bg.Wait()
	return nil
}

// enter counts one more index build or request that Close must wait for
// (the caller calls s.bg.Done after it), or says false once Close has begun.
func (s *Server) enter() bool {
	s.bgMu.Lock()
	defer s.bgMu.Unlock()
	if s.ctx.Err() != nil {
		return false
	}
	s.bg.Add(1)
	return true
}

// background runs f in a goroutine that Close waits for, unless the
// server is closed already.
func (s *Server) background(f func(ctx context.Context)) bool {
	if !s.enter() {
		return false
	}
	go func() {
		defer s.bg.Done()
		f(s.ctx)
	}()
	return true
}

// rebuildAfterWrite rebuilds the index before the write's answer goes
// out, so that the client's next search sees what it wrote. It is bounded
// by the server's life, not the request's: a client that hangs up must not
// leave the index stale.
func (s *Server) rebuildAfterWrite() {
	if !s.enter() {
		return
	}
	defer s.bg.Done()
	s.rebuild(s.ctx)
}

// rebuild reads the store into a fresh index.
func (s *Server) rebuild(ctx context.Context) {
	s.build.Lock()
	defer s.build.Unlock()
	ix, err := s.read.BuildIndex(ctx)
	switch {
	case err != nil && ctx.Err() != nil:
		return // closing down: keep what there is
	case err != nil:
		// Keep the last index (or none: requests then scan the store).
		s.opt.Logf("web: index the store: %v", err)
		return
	case ix.Took > time.Second:
		s.opt.Logf("web: indexed %d entities in %.1fs", ix.Entities(), ix.Took.Seconds())
	}
	s.ixMu.Lock()
	s.ix = ix
	s.ixMu.Unlock()
}

// index waits for the first build and returns the current index, or nil
// when none could be built (callers then scan the store).
func (s *Server) index(ctx context.Context) *browse.Index {
	select {
	case <-s.ixReady:
	case <-ctx.Done():
		return nil
	}
	s.ixMu.Lock()
	defer s.ixMu.Unlock()
	if s.ix != nil && !s.ix.FollowsEverything() && time.Since(s.ix.Built) > indexMaxAge && s.refreshing.CompareAndSwap(false, true) {
		// Another process may write a shared backend (PostgreSQL) in ways
		// the index cannot see (a deletion): refresh now and then, in the
		// background. On bolt the index sees every write, so a full
		// rebuild a minute under requests would be wasted work.
		if !s.background(func(ctx context.Context) {
			defer s.refreshing.Store(false)
			s.rebuild(ctx)
		}) {
			s.refreshing.Store(false)
		}
	}
	return s.ix
}

// indexMaxAge is how old the index may get before a request refreshes it.
const indexMaxAge = time.Minute

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/info", s.handleInfo)
	m.HandleFunc("GET /api/search", s.reader(s.search))
	m.HandleFunc("GET /api/entity", s.reader(s.entity, "id"))
	m.HandleFunc("GET /api/neighbourhood", s.reader(s.neighbourhood, "id"))
	m.HandleFunc("GET /api/document", s.reader(s.document, "id"))
	m.HandleFunc("GET /api/documents", s.reader(s.documents))
	m.HandleFunc("GET /api/fact", s.reader(s.fact, "s", "p", "o"))
	m.HandleFunc("GET /api/overview", s.reader(s.overview))
	m.HandleFunc("POST /api/nodes", s.handleNodes)
	m.HandleFunc("GET /api/queries", s.handleQueries)
	m.HandleFunc("POST /api/query", s.gated(s.handleQuery))
	m.HandleFunc("GET /api/export.nq", s.handleExport)
	m.HandleFunc("POST /api/export.nq", s.handleExportView)
	m.HandleFunc("POST /api/ingest", s.handleIngest)
	m.HandleFunc("GET /api/path", s.handlePath)                 // api_paths.go
	m.HandleFunc("GET /api/text", s.handleText)                 // api_text.go
	m.HandleFunc("GET /api/timeline", s.handleTimeline)         // api_timeline.go
	m.HandleFunc("GET /api/article", s.reader(s.article, "id")) // api_timeline.go
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no API endpoint %s %s", r.Method, r.URL.Path))
	})
	cayley := s.cayleyAPI()
	m.Handle("/api/v2/", cayley)
	m.HandleFunc("/api/v2/query", s.gated(s.handleV2Query(cayley)))
	ui := s.opt.UI
	if ui == nil {
		ui = embeddedUI()
	}
	m.Handle("/", uiHandler(ui))
}

// cayleyAPI is Cayley's own HTTP API v2, for existing Cayley clients:
// read-only unless Write, with the configured timeout and result limit.
func (s *Server) cayleyAPI() http.Handler {
	// CayleyHandle unwraps our store so Cayley's own query plans (SQL on
	// postgres) apply, and on postgres sends writes through the bulk writer.
	h := graph.CayleyHandle(s.opt.Store.QuadStore(), s.opt.Write,
		cayleygraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	api := cayleyhttp.NewAPIv2(h)
	api.SetReadOnly(!s.opt.Write)
	api.SetQueryTimeout(s.opt.Store.Config().QueryTimeout)
	api.SetQueryLimit(s.opt.QueryLimit)
	if !s.opt.Write {
		return api
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		api.ServeHTTP(w, r)
		if r.Method == http.MethodPost && r.URL.Path != "/api/v2/query" && r.URL.Path != "/api/v2/read" {
			s.rebuildAfterWrite() // the store may have changed under the index
		}
	})
}

// ServeHTTP applies the guards every request passes, then routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")

	// A request is a user of the store like an index build: Close cancels
	// it and waits for it, so the store is never closed under a handler
	// (http.Server.Shutdown waits only so long, then leaves them running).
	if !s.enter() {
		writeError(w, http.StatusServiceUnavailable, errShuttingDown)
		return
	}
	defer s.bg.Done()
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	defer context.AfterFunc(s.ctx, cancel)()
	r = r.WithContext(ctx)

	if !s.hostAllowed(r.Host) {
		writeError(w, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not served here: use http://127.0.0.1 or http://localhost", r.Host))
		return
	}
	if guarded(r) {
		if err := sameOrigin(r); err != nil {
			writeError(w, http.StatusForbidden, err)
			return
		}
	}
	if r.Body != nil && r.Method != http.MethodGet && r.Method != http.MethodHead {
		limit := s.opt.MaxQueryBody
		if r.URL.Path == "/api/ingest" || strings.HasPrefix(r.URL.Path, "/api/v2/") && r.URL.Path != "/api/v2/query" {
			limit = s.opt.MaxBody
		}
		if r.ContentLength > limit {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body of %d bytes is over the limit of %d", r.ContentLength, limit))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") && !strings.HasPrefix(r.URL.Path, "/api/v2/") && pickEncoding(r.Header.Get("Accept-Encoding"), false) == "gzip" {
		cw := &compressWriter{ResponseWriter: w}
		defer cw.close()
		w = cw
	}
	s.mux.ServeHTTP(w, r)
}

// compressWriter gzips a JSON answer of the API (the overview, a
// neighbourhood, query results: repetitive text that shrinks five- to
// tenfold) for a client that accepts gzip. Other answers (N-Quads
// downloads, errors written as plain text) pass through as they are.
type compressWriter struct {
	http.ResponseWriter
	decided bool
	zw      *gzip.Writer
}

var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return zw
}}

func (c *compressWriter) WriteHeader(code int) {
	if !c.decided {
		c.decided = true
		h := c.Header()
		if code != http.StatusNoContent && code != http.StatusNotModified &&
			strings.HasPrefix(h.Get("Content-Type"), "application/json") && h.Get("Content-Encoding") == "" {
			h.Set("Content-Encoding", "gzip")
			h.Add("Vary", "Accept-Encoding")
			h.Del("Content-Length")
			c.zw = gzipWriters.Get().(*gzip.Writer)
			c.zw.Reset(c.ResponseWriter)
		}
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *compressWriter) Write(p []byte) (int, error) {
	if !c.decided {
		c.WriteHeader(http.StatusOK)
	}
	if c.zw != nil {
		return c.zw.Write(p)
	}
	return c.ResponseWriter.Write(p)
}

// Flush sends what is compressed so far (http.ResponseController finds
// it through Unwrap otherwise).
func (c *compressWriter) Flush() {
	if c.zw != nil {
		c.zw.Flush()
	}
	http.NewResponseController(c.ResponseWriter).Flush()
}

func (c *compressWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// close ends the gzip stream and returns its writer to the pool.
func (c *compressWriter) close() {
	if c.zw == nil {
		return
	}
	c.zw.Close()
	c.zw.Reset(nil)
	gzipWriters.Put(c.zw)
	c.zw = nil
}

// guarded says whether r changes the store or runs a query: those must
// come from the UI's own origin.
func guarded(r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		// Cayley's API v2 runs queries on GET too.
		return strings.HasPrefix(r.URL.Path, "/api/v2/query")
	}
	return true
}

// sameOrigin refuses requests a browser marks as cross-site, and requests
// whose Origin is not this server. Clients that send neither header (curl,
// Cayley clients) are not browsers and pass.
func sameOrigin(r *http.Request) error {
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "", "same-origin", "none":
	default:
		return fmt.Errorf("cross-origin request refused (Sec-Fetch-Site: %s)", site)
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return nil
	}
	host := strings.TrimPrefix(strings.TrimPrefix(origin, "http://"), "https://")
	if origin == "null" || host == origin || !strings.EqualFold(host, r.Host) {
		return fmt.Errorf("cross-origin request refused (Origin: %s)", origin)
	}
	return nil
}

func (s *Server) hostAllowed(hostport string) bool {
	if len(s.opt.AllowedHosts) == 0 {
		return true
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	for _, a := range s.opt.AllowedHosts {
		if strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// LoopbackHosts are the Host names to accept when serving on a loopback
// address (a fresh slice each call: Options may be changed by its owner).
func LoopbackHosts() []string { return []string{"localhost", "127.0.0.1", "::1"} }

// IsLoopback reports whether addr (host:port) listens only on loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Serve listens on addr and serves h until ctx ends, then shuts down
// gracefully, letting running requests finish for up to shutdownGrace.
// With h a *Server, call its Close afterwards, before closing the store.
// ready, when not nil, receives the listening address.
func Serve(ctx context.Context, addr string, h http.Handler, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err) // names the address
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		srv.Close() // drop the connections; the handler's owner stops the handlers
		return fmt.Errorf("shut down: requests still running after %s were dropped: %w", shutdownGrace, err)
	}
	return nil
}

// shutdownGrace is how long Serve lets running requests finish.
const shutdownGrace = 10 * time.Second

// writeJSON writes v as JSON. HTML-significant characters are escaped
// (json's default), so even a response opened directly is inert.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("web: write response: %v", err)
	}
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}
