package web

// Tests of how the UI's files are served (compressed, with validators) and
// of what the landing page fetches, plus the page-weight benchmark; and the
// network log of a browser tab they use.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/graph"
)

// netLog records the requests of a browser tab and the bytes each took
// over the wire.
type netLog struct {
	mu      sync.Mutex
	urls    map[network.RequestID]string
	wire    map[network.RequestID]float64
	pending map[network.RequestID]bool
	enc     map[network.RequestID]string // Content-Encoding of the response
	order   []network.RequestID
}

// recordNetwork enables the Network domain on ctx's tab, with the cache
// off (every load counts its bytes), and logs what follows.
func recordNetwork(t testing.TB, ctx context.Context) *netLog {
	t.Helper()
	l := &netLog{urls: map[network.RequestID]string{}, wire: map[network.RequestID]float64{}, pending: map[network.RequestID]bool{}, enc: map[network.RequestID]string{}}
	if err := chromedp.Listen(ctx, func(ev any) {
		l.mu.Lock()
		defer l.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if _, seen := l.urls[e.RequestID]; !seen {
				l.order = append(l.order, e.RequestID)
			}
			l.urls[e.RequestID] = e.Request.URL
			l.pending[e.RequestID] = true
		case *network.EventResponseReceived:
			for k, v := range e.Response.Headers {
				if strings.EqualFold(k, "Content-Encoding") {
					l.enc[e.RequestID] = fmt.Sprint(v)
				}
			}
		case *network.EventLoadingFinished:
			l.wire[e.RequestID] = e.EncodedDataLength
			delete(l.pending, e.RequestID)
		case *network.EventLoadingFailed:
			delete(l.pending, e.RequestID)
		}
	}); err != nil {
		t.Fatalf("listen to the network: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("enable the network domain: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		t.Fatalf("disable the cache: %v", err)
	}
	return l
}

// reset forgets what was logged so far.
func (l *netLog) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	clear(l.urls)
	clear(l.wire)
	clear(l.pending)
	clear(l.enc)
	l.order = nil
}

// settled waits until the page has made requests and every one has
// finished or failed, and stays so for a moment (a view fetches its data
// after the script runs).
func (l *netLog) settled(ctx context.Context) error {
	quiet := 0
	for quiet < 5 {
		select {
		case <-ctx.Done():
			return fmt.Errorf("requests still running: %v", l.pendingPaths())
		case <-time.After(50 * time.Millisecond):
		}
		l.mu.Lock()
		idle := len(l.pending) == 0 && len(l.order) > 0
		l.mu.Unlock()
		if idle {
			quiet++
		} else {
			quiet = 0
		}
	}
	return nil
}

func (l *netLog) pendingPaths() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for id := range l.pending {
		out = append(out, l.urls[id])
	}
	return out
}

// paths are the paths (with queries) requested, in order, without origin.
func (l *netLog) paths(origin string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, id := range l.order {
		out = append(out, strings.TrimPrefix(l.urls[id], origin))
	}
	return out
}

// encodings maps each path requested to its response's Content-Encoding.
func (l *netLog) encodings(origin string) map[string]string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string]string{}
	for _, id := range l.order {
		out[strings.TrimPrefix(l.urls[id], origin)] = l.enc[id]
	}
	return out
}

// weight is the total over the wire (headers and bodies as received) and
// each request's share, largest first.
func (l *netLog) weight(origin string) (float64, []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	type row struct {
		path string
		n    float64
	}
	var rows []row
	var total float64
	for _, id := range l.order {
		total += l.wire[id]
		rows = append(rows, row{strings.TrimPrefix(l.urls[id], origin), l.wire[id]})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n })
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprintf("%s %.0f", r.path, r.n))
	}
	return total, out
}

// BenchmarkLandingWeight loads the landing page ("/", the overview) in
// real chromium with the cache off and reports the bytes it took over the
// wire (landing-bytes) and its request count. On the store named by
// $NEWSGRAPH_CORPUS_STORE (a bolt store, opened read-only), else on the
// hand-annotated test stories:
//
//	NEWSGRAPH_CORPUS_STORE=/path/to/bbc.db go test ./web -run XXX -bench LandingWeight -benchtime 3x
func BenchmarkLandingWeight(b *testing.B) {
	ctx := context.Background()
	var st *graph.Store
	var err error
	if dir := os.Getenv("NEWSGRAPH_CORPUS_STORE"); dir != "" {
		st, err = graph.Open(ctx, graph.Config{Backend: "bolt", Path: dir, ReadOnly: true, QueryTimeout: 30 * time.Second})
	} else {
		st, err = graph.Open(ctx, graph.Config{Backend: "bolt", Path: b.TempDir() + "/db", QueryTimeout: 30 * time.Second})
		if err == nil {
			for _, d := range uiStories() {
				if _, err = st.Ingest(ctx, d); err != nil {
					break
				}
			}
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	br := newBrowser(b).ctx
	s, err := New(Options{Store: st, AllowedHosts: LoopbackHosts(), Logf: b.Logf})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	hs := httptest.NewServer(s)
	defer hs.Close()
	log := recordNetwork(b, br)
	load := func() (float64, []string) {
		log.reset()
		wctx, cancel := context.WithTimeout(br, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(wctx, chromedp.Navigate(hs.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#overview-cards .card"))); err != nil {
			b.Fatalf("load the landing page: %v", err)
		}
		if err := log.settled(wctx); err != nil {
			b.Fatal(err)
		}
		return log.weight(hs.URL)
	}
	load() // the server's index is built on the first request
	var total float64
	var rows []string
	b.ResetTimer()
	for range b.N {
		var n float64
		n, rows = load()
		total += n
	}
	b.ReportMetric(total/float64(b.N), "landing-bytes")
	b.ReportMetric(float64(len(rows)), "requests")
	b.Logf("landing page over the wire: %.0f bytes:\n  %s", total/float64(b.N), strings.Join(rows, "\n  "))
}

// gunzip decodes body, failing the test when it is not gzip.
func gunzip(t *testing.T, body []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("broken gzip: %v", err)
	}
	return out
}

// The UI's files go compressed as the client accepts: the build's brotli
// file when there is one, else gzip (made once here when the build left
// none), else the plain bytes; each representation has its own ETag, which
// a revalidation answers 304; Vary names Accept-Encoding on every answer
// of a compressible file.
func TestAssetsServedCompressed(t *testing.T) {
	script := []byte(strings.Repeat("console.log('newsgraph <b>text</b>');\n", 200))
	brotli := []byte("stand-in for the build's brotli bytes")
	ui := fstest.MapFS{
		"index.html":  {Data: []byte("<!doctype html><title>t</title>" + strings.Repeat("<p>newsgraph</p>", 100))},
		"app.js":      {Data: script},
		"app.js.br":   {Data: brotli},
		"tiny.css":    {Data: []byte("body{margin:0}")},
		"favicon.svg": {Data: []byte("<svg xmlns='http://www.w3.org/2000/svg'></svg>")},
	}
	f := newFixture(t, false, func(o *Options) { o.UI = ui })
	cases := []struct {
		path, accept string
		wantEnc      string // Content-Encoding
		wantVary     bool
		wantBody     []byte // after decoding
		wantType     string
	}{
		{"/app.js", "br, gzip", "br", true, brotli, "javascript"},
		{"/app.js", "gzip, deflate, br;q=0", "gzip", true, script, "javascript"},
		{"/app.js", "GZIP;q=0.5", "gzip", true, script, "javascript"},
		{"/app.js", "*", "br", true, brotli, "javascript"},
		{"/app.js", "identity", "", true, script, "javascript"},
		{"/app.js", "gzip;q=0, br;q=0", "", true, script, "javascript"},
		{"/app.js", "", "", true, script, "javascript"},
		{"/", "br, gzip", "gzip", true, ui["index.html"].Data, "text/html"},
		{"/index.html", "gzip", "gzip", true, ui["index.html"].Data, "text/html"},
		{"/tiny.css", "gzip", "", false, ui["tiny.css"].Data, "text/css"},
		{"/favicon.svg", "gzip", "", false, ui["favicon.svg"].Data, "image/svg+xml"},
	}
	etags := map[string]string{}
	for _, c := range cases {
		t.Run(c.path+" "+c.accept, func(t *testing.T) {
			res, body := f.do(t, "GET", c.path, nil, "Accept-Encoding", c.accept)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, body)
			}
			if enc := res.Header.Get("Content-Encoding"); enc != c.wantEnc {
				t.Fatalf("Content-Encoding %q, want %q", enc, c.wantEnc)
			}
			if c.wantEnc == "gzip" {
				if len(body) >= len(c.wantBody) {
					t.Errorf("gzip body of %d bytes is no smaller than the file's %d", len(body), len(c.wantBody))
				}
				body = gunzip(t, body)
			}
			if !bytes.Equal(body, c.wantBody) {
				t.Errorf("body (%d bytes) is not the file's %s representation", len(body), c.wantEnc)
			}
			if vary := res.Header.Get("Vary"); (vary == "Accept-Encoding") != c.wantVary {
				t.Errorf("Vary %q, want Accept-Encoding: %v", vary, c.wantVary)
			}
			if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, c.wantType) {
				t.Errorf("Content-Type %q, want %s", ct, c.wantType)
			}
			if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("Cache-Control %q: a file whose name has no content hash must be revalidated", cc)
			}
			etag := res.Header.Get("ETag")
			if etag == "" {
				t.Fatal("no ETag")
			}
			key := strings.TrimPrefix(c.path, "/") + " " + c.wantEnc
			if prev, ok := etags[key]; ok && prev != etag {
				t.Errorf("ETag %s, was %s for the same representation", etag, prev)
			}
			for k, v := range etags {
				if v == etag && k != key && strings.HasPrefix(k, strings.TrimPrefix(c.path, "/")+" ") {
					t.Errorf("ETag %s is shared by the %q and %q representations", etag, k, key)
				}
			}
			etags[key] = etag
			res, body = f.do(t, "GET", c.path, nil, "Accept-Encoding", c.accept, "If-None-Match", etag)
			if res.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Errorf("revalidation with its ETag: status %d, %d bytes; want 304, empty", res.StatusCode, len(body))
			}
		})
	}
	for _, p := range []string{"/app.js.br", "/nothing.js", "/app.js.gz"} {
		if res, _ := f.do(t, "GET", p, nil, "Accept-Encoding", "gzip"); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", p, res.StatusCode)
		}
	}
}

// JSON answers of the API go gzipped to a client that accepts it, and
// plain to one that does not; N-Quads downloads and Cayley's API pass as
// they are.
func TestAPIAnswersCompressed(t *testing.T) {
	f := newFixture(t, false, nil)
	cases := []struct {
		method, path, accept string
		body                 any
		wantEnc              string
	}{
		{"GET", "/api/overview", "gzip, br", nil, "gzip"},
		{"GET", "/api/overview", "br", nil, ""},
		{"GET", "/api/overview", "", nil, ""},
		{"GET", "/api/search?q=varga", "gzip", nil, "gzip"},
		{"GET", "/api/entity", "gzip", nil, "gzip"}, // a 400 in JSON
		{"POST", "/api/query", "gzip", map[string]any{"query": "g.V().Count()"}, "gzip"},
		{"GET", "/api/export.nq", "gzip", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.method+" "+c.path+" "+c.accept, func(t *testing.T) {
			res, body := f.do(t, c.method, c.path, c.body, "Accept-Encoding", c.accept)
			if enc := res.Header.Get("Content-Encoding"); enc != c.wantEnc {
				t.Fatalf("status %d, Content-Encoding %q, want %q", res.StatusCode, enc, c.wantEnc)
			}
			if c.wantEnc == "gzip" {
				if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
					t.Errorf("Vary %q lacks Accept-Encoding", res.Header.Get("Vary"))
				}
				body = gunzip(t, body)
			}
			if strings.HasSuffix(c.path, ".nq") {
				if !bytes.Contains(body, []byte("Elena Varga")) {
					t.Errorf("export: %.200s", body)
				}
				return
			}
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Errorf("answer is not JSON after decoding: %v: %.200s", err, body)
			}
		})
	}
}

// The landing page fetches what it shows and no more: the overview's
// data, not the document list (329 KB on the BBC store), which only the
// explore view's document filter needs, when it is opened. Its script and
// styles arrive compressed.
func TestBrowserLandingFetchesOnlyWhatItShows(t *testing.T) {
	b := newBrowser(t)
	st := uiStoryStore(t)
	_, srv := serveStore(t, st, false, nil, nil)
	log := recordNetwork(t, b.ctx)
	luk := url.QueryEscape(string(st.Vocab().Entity("person/aleksandr-lukashenko")))
	cases := []struct {
		name, path, ready string
		wantAPI           []string // API paths (no query) the page must fetch
		open              string   // a control to open afterwards, which may fetch more
		thenAPI           string   // what opening it fetches
	}{
		{"landing", "/", `document.querySelector('#overview-documents a') !== null`, []string{"/api/info", "/api/overview"}, "", ""},
		{"explore", "/?id=" + luk, `document.querySelector('#graph').dataset.layout === 'done' && document.querySelector('#side-entity h2') !== null`,
			[]string{"/api/info", "/api/neighbourhood", "/api/entity"}, "#filters summary", "/api/documents"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			log.reset()
			b.do(t, "open "+c.path, chromedp.Navigate(srv.URL+c.path), chromedp.Poll[chromedp.Void](c.ready, chromedp.WithPollingTimeout(30*time.Second)))
			wctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
			defer cancel()
			if err := log.settled(wctx); err != nil {
				t.Fatal(err)
			}
			api := map[string]bool{}
			for _, p := range log.paths(srv.URL) {
				if strings.HasPrefix(p, "/api/") {
					path, _, _ := strings.Cut(p, "?")
					api[path] = true
				}
			}
			for _, want := range c.wantAPI {
				if !api[want] {
					t.Errorf("%s did not fetch %s (fetched %v)", c.path, want, log.paths(srv.URL))
				}
				delete(api, want)
			}
			if len(api) > 0 {
				t.Errorf("%s fetched %v beside what it shows", c.path, api)
			}
			enc := log.encodings(srv.URL)
			for _, p := range []string{"/app.js", "/style.css"} {
				if e := enc[p]; e != "br" && e != "gzip" {
					t.Errorf("%s arrived with Content-Encoding %q, want br or gzip", p, e)
				}
			}
			if c.open == "" {
				return
			}
			log.reset()
			b.do(t, "open "+c.open, chromedp.Click(chromedp.CSS(c.open)))
			if err := log.settled(wctx); err != nil {
				t.Fatal(err)
			}
			if got := log.paths(srv.URL); !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, c.thenAPI) }) {
				t.Errorf("opening %s fetched %v, want %s", c.open, got, c.thenAPI)
			}
		})
	}
	b.check(t)
}

// The built UI in the binary carries its precompressed files (build.mjs)
// and none of the test tools: axe-core is injected by the tests only.
func TestBuiltUIPrecompressedWithoutTestTools(t *testing.T) {
	if !UIBuilt() {
		t.Skipf("the UI is not built into this test binary: run %q", "make -C web")
	}
	ui := embeddedUI()
	for _, name := range []string{"app.js", "style.css", "index.html"} {
		plain, err := fs.ReadFile(ui, name)
		if err != nil {
			t.Fatal(err)
		}
		gz, err := fs.ReadFile(ui, name+".gz")
		if err != nil {
			t.Errorf("%s has no precompressed .gz: %v", name, err)
			continue
		}
		if !bytes.Equal(gunzip(t, gz), plain) {
			t.Errorf("%s.gz is not %s", name, name)
		}
		if br, err := fs.ReadFile(ui, name+".br"); err != nil || len(br) == 0 || len(br) >= len(plain) {
			t.Errorf("%s.br missing or no smaller than the file (%d bytes, %v)", name, len(br), err)
		}
	}
	app, err := fs.ReadFile(ui, "app.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, marker := range []string{"axe-core", "Deque Systems"} {
		if bytes.Contains(app, []byte(marker)) {
			t.Errorf("the shipped bundle holds %q: a test tool went into app.js", marker)
		}
	}
}
