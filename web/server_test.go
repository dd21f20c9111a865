package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/graph"

	"github.com/newsgraph/newsgraph/internal/memtest"
)

func TestIndexIsStrictOrSaysHowToBuild(t *testing.T) {
	f := newFixture(t, false, nil)
	res, body := f.do(t, "GET", "/", nil)
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP = %q: want script-src 'self' and nothing inline", csp)
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("no nosniff header")
	}
	if !UIBuilt() {
		if res.StatusCode != http.StatusServiceUnavailable || !bytes.Contains(body, []byte(BuildCommand)) {
			t.Fatalf("unbuilt UI: status %d, body %s; want 503 naming %q", res.StatusCode, body, BuildCommand)
		}
		return
	}
	if res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`<script src="app.js"`)) {
		t.Fatalf("GET /: status %d: %.200s", res.StatusCode, body)
	}
	// No inline script and no inline event handlers: the CSP would block
	// them, and their absence is what lets the CSP be strict.
	if regexp.MustCompile(`<script(\s[^>]*)?>\s*[^<\s]`).Match(body) {
		t.Errorf("index.html has an inline script")
	}
	if m := regexp.MustCompile(`(?i)\son[a-z]+\s*=`).Find(body); m != nil {
		t.Errorf("index.html has an inline event handler: %s", m)
	}
	res, body = f.do(t, "GET", "/app.js", nil)
	if res.StatusCode != http.StatusOK || len(body) < 10000 || !strings.Contains(res.Header.Get("Content-Type"), "javascript") {
		t.Errorf("GET /app.js: status %d, %d bytes, type %q", res.StatusCode, len(body), res.Header.Get("Content-Type"))
	}
}

// A binary built without `make -C web` says how to build the UI; the API
// still works.
func TestUnbuiltUISaysHowToBuild(t *testing.T) {
	f := newFixture(t, false, func(o *Options) { o.UI = fstest.MapFS{"NOT-BUILT.txt": {Data: []byte("x")}} })
	res, body := f.do(t, "GET", "/", nil)
	if res.StatusCode != http.StatusServiceUnavailable || !bytes.Contains(body, []byte(BuildCommand)) {
		t.Errorf("GET / without UI: %d %s; want 503 naming %q", res.StatusCode, body, BuildCommand)
	}
	if bytes.Contains(body, []byte("<script")) {
		t.Errorf("the help page has a script")
	}
	f.getJSON(t, "/api/documents", 200, nil)
}

func TestSearchEntityNeighbourhoodFact(t *testing.T) {
	f := newFixture(t, false, nil)
	var hits []browse.EntitySummary
	f.getJSON(t, "/api/search?q=varga", 200, &hits)
	if len(hits) == 0 || hits[0].Name != "Elena Varga" || hits[0].Type != "Person" {
		t.Fatalf("search varga = %+v", hits)
	}
	f.getJSON(t, "/api/search?q=", 200, &hits)
	if len(hits) != 0 {
		t.Errorf("empty search gave %+v", hits)
	}

	varga := hits0(t, f, "Elena Varga")
	var ent browse.EntityView
	f.getJSON(t, "/api/entity?id="+url.QueryEscape(varga), 200, &ent)
	if len(ent.Facts) != 2 || len(ent.Quotes) != 1 || len(ent.Documents) != 1 {
		t.Fatalf("entity = %d facts, %d quotes, %d documents; want 2, 1, 1", len(ent.Facts), len(ent.Quotes), len(ent.Documents))
	}
	p := ent.Facts[0].Provenance[0]
	if p.Sentence == nil || !strings.Contains(p.Sentence.Text, "had left the Northern Alliance") || p.Document.Source != "wire/ruritania.txt" {
		t.Errorf("provenance = %+v", p)
	}
	f.getJSON(t, "/api/entity?id="+url.QueryEscape("https://newsgraph.dev/entity/person/nobody"), 404, nil)
	f.getJSON(t, "/api/entity", 400, nil)

	var g browse.Subgraph
	f.getJSON(t, "/api/neighbourhood?id="+url.QueryEscape(varga), 200, &g)
	if len(g.Nodes) != 6 || len(g.Edges) != 5 || g.Truncated {
		// Varga, Ruritania, Brandt, the quote; so few that the second step
		// (the Alliance, Strelsau) is added.
		t.Errorf("neighbourhood = %d nodes, %d edges, truncated %v", len(g.Nodes), len(g.Edges), g.Truncated)
	}
	f.getJSON(t, "/api/neighbourhood?limit=2&id="+url.QueryEscape(varga), 200, &g)
	if len(g.Nodes) != 2 || !g.Truncated || g.Total != 6 {
		t.Errorf("capped neighbourhood = %d nodes of %d, truncated %v", len(g.Nodes), g.Total, g.Truncated)
	}

	brandt := hits0(t, f, "Karl Brandt")
	var fact browse.FactDetail
	f.getJSON(t, "/api/fact?"+url.Values{"s": {varga}, "p": {"metWith"}, "o": {brandt}}.Encode(), 200, &fact)
	if fact.Label != "metWith" || len(fact.Provenance) != 1 || !strings.Contains(fact.Provenance[0].Sentence.Text, "met Karl Brandt") {
		t.Errorf("fact = %+v", fact)
	}
	f.getJSON(t, "/api/fact?"+url.Values{"s": {brandt}, "p": {"metWith"}, "o": {varga}}.Encode(), 404, nil)
	var missing struct{ Error string }
	f.getJSON(t, "/api/fact?"+url.Values{"s": {varga}, "p": {"metWith"}, "o": {" "}}.Encode(), 400, &missing)
	if missing.Error != `missing parameter "o"` {
		t.Errorf("fact without an object: %q", missing.Error)
	}
}

// hits0 is the id of the first search hit for name.
func hits0(t *testing.T, f *fixture, name string) string {
	t.Helper()
	var hits []browse.EntitySummary
	f.getJSON(t, "/api/search?q="+url.QueryEscape(name), 200, &hits)
	if len(hits) == 0 || hits[0].Name != name {
		t.Fatalf("search %q = %+v", name, hits)
	}
	return hits[0].ID
}

func TestOverviewDocumentsAndNodes(t *testing.T) {
	f := newFixture(t, false, nil)
	var o browse.Overview
	f.getJSON(t, "/api/overview", 200, &o)
	if o.Documents != 1 || o.Facts != 4 || len(o.Top) != 5 || o.Top[0].Degree != 2 || o.Top[4].Degree != 1 {
		t.Errorf("overview = %+v", o)
	}
	var docs []browse.DocumentRef
	f.getJSON(t, "/api/documents", 200, &docs)
	if len(docs) != 1 || docs[0].Title != "Ruritania quits the Northern Alliance" {
		t.Fatalf("documents = %+v", docs)
	}
	var g browse.Subgraph
	f.getJSON(t, "/api/document?id="+url.QueryEscape(docs[0].ID), 200, &g)
	if len(g.Nodes) != 6 || len(g.Edges) != 5 {
		t.Errorf("document graph = %d nodes, %d edges; want 6, 5 (5 entities, 1 quote)", len(g.Nodes), len(g.Edges))
	}
	res, body := f.do(t, "POST", "/api/nodes", map[string]any{"ids": []string{string(f.voc.Entity("city/strelsau"))}})
	if res.StatusCode != 200 || !strings.Contains(string(body), `"name":"Strelsau","type":"City"`) {
		t.Errorf("nodes: %d %s", res.StatusCode, body)
	}
}

type queryResult struct {
	Results   []any  `json:"results"`
	Count     int    `json:"count"`
	Truncated bool   `json:"truncated"`
	Error     string `json:"error"`
}

func (f *fixture) query(t *testing.T, req map[string]any, header ...string) (int, queryResult) {
	t.Helper()
	res, body := f.do(t, "POST", "/api/query", req, header...)
	var out queryResult
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("query answer: %v: %s", err, body)
		}
	}
	return res.StatusCode, out
}

func TestQueryBareCountCannedAndLimit(t *testing.T) {
	f := newFixture(t, false, nil)
	st, _ := f.store.Stats(t.Context())
	code, r := f.query(t, map[string]any{"query": "g.V().Count()"})
	if code != 200 || len(r.Results) != 1 || r.Results[0] != float64(st.Nodes) {
		t.Errorf("bare count: %d %+v, want [%d]", code, r, st.Nodes)
	}
	code, r = f.query(t, map[string]any{"name": "quotes-by", "args": []string{"Varga"}})
	if code != 200 || !strings.Contains(mustJSON(r.Results), "We chose our own road.") {
		t.Errorf("quotes-by Varga: %d %+v", code, r)
	}
	code, r = f.query(t, map[string]any{"query": "g.V().All()", "limit": 3})
	if code != 200 || len(r.Results) != 3 || !r.Truncated {
		t.Errorf("limit 3: %d, %d results, truncated %v", code, len(r.Results), r.Truncated)
	}
	code, r = f.query(t, map[string]any{"query": "g.V(.oops"})
	if code != 400 || r.Error == "" {
		t.Errorf("syntax error: %d %+v", code, r)
	}
	code, _ = f.query(t, map[string]any{"query": ""})
	if code != 400 {
		t.Errorf("empty query: status %d, want 400", code)
	}
	var canned []Canned
	f.getJSON(t, "/api/queries", 200, &canned)
	found := false
	for _, c := range canned {
		if c.Name == "quotes-by" {
			found = len(c.Params) == 1 && c.Params[0] == "NAME" && c.Description != "" && c.Source != ""
		}
	}
	if !found {
		t.Errorf("queries = %+v: want quotes-by with param NAME", canned)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// A runaway query ends with a timeout error, and the server answers other
// requests while it runs.
func TestRunawayQueryTimesOutServerStaysResponsive(t *testing.T) {
	f := newFixture(t, false, nil)
	done := make(chan queryResult, 1)
	codes := make(chan int, 1)
	go func() {
		res, body := f.do(t, "POST", "/api/query", map[string]any{"query": "while(true){}"})
		var r queryResult
		json.Unmarshal(body, &r)
		codes <- res.StatusCode
		done <- r
	}()
	var hits []browse.EntitySummary
	f.getJSON(t, "/api/search?q=brandt", 200, &hits)
	select {
	case <-done:
		t.Fatal("the runaway query ended before a search could run beside it")
	default:
	}
	if len(hits) != 1 {
		t.Errorf("search beside a running query = %+v", hits)
	}
	code, r := <-codes, <-done
	if code != http.StatusGatewayTimeout || !strings.Contains(r.Error, "timed out") {
		t.Errorf("while(true): status %d, %+v; want 504 timed out", code, r)
	}
	// Same through Cayley's API v2, which has its own handler.
	req, _ := http.NewRequest("POST", f.srv.URL+"/api/v2/query?lang=gizmo", strings.NewReader("while(true){}"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var v2 struct{ Error string }
	json.NewDecoder(resp.Body).Decode(&v2)
	resp.Body.Close()
	if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(v2.Error, "timed out") {
		t.Errorf("v2 while(true): status %d, error %q; want 504 timed out, as /api/query", resp.StatusCode, v2.Error)
	}
}

func TestCrossOriginAndRebindingRefused(t *testing.T) {
	f := newFixture(t, true, nil)
	q := map[string]any{"query": "g.V().Count()"}
	host := strings.TrimPrefix(f.srv.URL, "http://")
	for _, c := range []struct {
		name   string
		header []string
		want   int
	}{
		{"same origin", []string{"Origin", f.srv.URL, "Sec-Fetch-Site", "same-origin"}, 200},
		{"no browser headers (curl)", nil, 200},
		{"foreign origin", []string{"Origin", "http://evil.example"}, 403},
		{"null origin", []string{"Origin", "null"}, 403},
		{"cross-site fetch", []string{"Sec-Fetch-Site", "cross-site"}, 403},
		{"same-site other port", []string{"Sec-Fetch-Site", "same-site", "Origin", "http://localhost:1"}, 403},
		{"rebound host name", []string{"Host", "evil.example:" + strings.Split(host, ":")[1]}, 421},
	} {
		code, _ := f.query(t, q, c.header...)
		if code != c.want {
			t.Errorf("%s: status %d, want %d", c.name, code, c.want)
		}
	}
	// Ingest from another origin changes nothing.
	res, _ := f.do(t, "POST", "/api/ingest", map[string]any{"source": "x", "text": "Paris is in France."}, "Origin", "http://evil.example")
	if res.StatusCode != 403 {
		t.Errorf("cross-origin ingest: status %d", res.StatusCode)
	}
	// Cayley's v2 runs queries on GET: refused cross-site too.
	res, _ = f.do(t, "GET", "/api/v2/query?lang=gizmo&qu=g.V().All()", nil, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != 403 {
		t.Errorf("cross-site v2 GET query: status %d", res.StatusCode)
	}
	// A form post (no JSON content type) is refused even without Origin.
	res, _ = f.do(t, "POST", "/api/query", `{"query":"g.V().Count()"}`, "Content-Type", "text/plain")
	if res.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain query: status %d, want 415", res.StatusCode)
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	f := newFixture(t, false, nil)
	before, _ := f.store.Stats(t.Context())
	res, body := f.do(t, "POST", "/api/ingest", map[string]any{"source": "x.txt", "text": "Paris is the capital of France."})
	if res.StatusCode != 403 || !strings.Contains(string(body), "--write") {
		t.Errorf("ingest without --write: %d %s", res.StatusCode, body)
	}
	res, _ = f.do(t, "POST", "/api/v2/write", "<http://a.example/x> <http://a.example/p> \"y\" .\n", "Content-Type", "application/n-quads")
	if res.StatusCode != 403 {
		t.Errorf("v2 write without --write: status %d", res.StatusCode)
	}
	after, _ := f.store.Stats(t.Context())
	if after.Quads != before.Quads {
		t.Errorf("store changed: %d -> %d quads", before.Quads, after.Quads)
	}
	// Reads through v2 work.
	res, body = f.do(t, "GET", "/api/v2/query?lang=gizmo&qu="+url.QueryEscape(`g.V().Has("<http://schema.org/name>", "Strelsau").All()`), nil)
	if res.StatusCode != 200 || !strings.Contains(string(body), "city/strelsau") {
		t.Errorf("v2 read query: %d %s", res.StatusCode, body)
	}
}

func TestBodyLimits(t *testing.T) {
	f := newFixture(t, true, func(o *Options) { o.MaxBody = 4 << 10; o.MaxQueryBody = 1 << 10 })
	code, _ := f.query(t, map[string]any{"query": "g.V().Count() // " + strings.Repeat("x", 2<<10)})
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize query: status %d, want 413", code)
	}
	res, _ := f.do(t, "POST", "/api/ingest", map[string]any{"source": "big.txt", "text": strings.Repeat("Paris is in France. ", 400)})
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize ingest: status %d, want 413", res.StatusCode)
	}
	// Without Content-Length (chunked), the limit still holds.
	req, _ := http.NewRequest("POST", f.srv.URL+"/api/query", struct{ *strings.Reader }{strings.NewReader(`{"query":"` + strings.Repeat("x", 4<<10) + `"}`)})
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked oversize query: status %d, want 413", resp.StatusCode)
	}
}

func TestExportWholeStoreAndView(t *testing.T) {
	f := newFixture(t, false, nil)
	st, _ := f.store.Stats(t.Context())
	res, body := f.do(t, "GET", "/api/export.nq", nil)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/n-quads") {
		t.Fatalf("export: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	all, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(body), false))
	if err != nil {
		t.Fatalf("export does not parse: %v", err)
	}
	if int64(len(all)) != st.Quads {
		t.Errorf("export has %d quads, store %d", len(all), st.Quads)
	}
	ids := []string{string(f.voc.Entity("person/elena-varga")), string(f.voc.Entity("country/ruritania"))}
	res, body = f.do(t, "POST", "/api/export.nq", map[string]any{"nodes": ids})
	view, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(body), false))
	if res.StatusCode != 200 || err != nil {
		t.Fatalf("view export: %d %v", res.StatusCode, err)
	}
	if len(view) == 0 || len(view) >= len(all) {
		t.Errorf("view export has %d quads of %d", len(view), len(all))
	}
	for _, q := range view {
		if p := graph.LocalName(q.Predicate.String()); p == "metWith" || p == "visited" {
			t.Errorf("view export holds a fact leaving the view: %v", q)
		}
	}
}

// Ingest with --write goes through the real extractor; hostile text comes
// back as data, escaped, never as markup.
func TestIngestWriteModeKeepsHostileTextInert(t *testing.T) {
	f := newFixture(t, true, nil)
	text := "Minister hails <img src=x onerror=alert(1)> deal\n\n" +
		"Finance Minister Anna Kovacs said on Tuesday in Budapest that the deal was fair. " +
		"\"It is a good day <script>alert(2)</script> for Hungary,\" Kovacs said.\n"
	res, body := f.do(t, "POST", "/api/ingest", map[string]any{"source": "xss.txt", "text": text})
	if res.StatusCode != 200 {
		t.Fatalf("ingest: %d %s", res.StatusCode, body)
	}
	var out ingestResponse
	json.Unmarshal(body, &out)
	if !out.Added || out.Quads == 0 || !strings.Contains(out.Document.Title, "<img src=x onerror=alert(1)>") {
		t.Errorf("ingest answer = %+v", out)
	}
	if bytes.Contains(body, []byte("<img")) {
		t.Errorf("JSON carries a raw '<': %s", body)
	}
	res, body = f.do(t, "POST", "/api/ingest", map[string]any{"source": "xss.txt", "text": text})
	json.Unmarshal(body, &out)
	if res.StatusCode != 200 || out.Added || out.Status != "unchanged" {
		t.Errorf("second ingest of the same text: %d %+v", res.StatusCode, out)
	}
	res, _ = f.do(t, "POST", "/api/ingest", map[string]any{"source": "empty.txt", "text": "   "})
	if res.StatusCode != 400 {
		t.Errorf("empty article: status %d, want 400", res.StatusCode)
	}
}

func TestUnknownAPIPathIsJSON404(t *testing.T) {
	f := newFixture(t, false, nil)
	res, body := f.do(t, "GET", "/api/nope", nil)
	if res.StatusCode != 404 || !strings.Contains(string(body), `"error"`) {
		t.Errorf("GET /api/nope: %d %s", res.StatusCode, body)
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:1": true, "[::1]:80": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.2:80": false, "nonsense": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// Close cuts running requests short and waits for them, so that the
// caller may close the store: a runaway query answers 503 at once instead
// of its timeout, and requests after Close are refused.
func TestCloseCutsRunningRequestsShort(t *testing.T) {
	f := newFixture(t, false, nil)
	codes := make(chan int, 1)
	go func() {
		res, _ := f.do(t, "POST", "/api/query", map[string]any{"query": "while(true){}"})
		codes <- res.StatusCode
	}()
	// Let the query start (if it has not, Close refuses it: 503 all the same).
	time.Sleep(300 * time.Millisecond)
	f.web.Close()
	if code := <-codes; code != http.StatusServiceUnavailable {
		t.Errorf("query running at Close: status %d, want 503", code)
	}
	var r struct{ Error string }
	f.getJSON(t, "/api/info", http.StatusServiceUnavailable, &r)
	if !strings.Contains(r.Error, "shutting down") {
		t.Errorf("request after Close: %q", r.Error)
	}
}

// hostileJS allocate without end: an array of big strings, and strings
// grown by concatenation.
var hostileJS = []string{
	`var a = []; while (true) { a.push("x".repeat(1 << 20)); }`,
	`var s = "ab"; var a = []; while (true) { s = s + s.slice(0, 1 << 18); a.push(s); }`,
}

// memBound is the resident size the server must stay under with 8 hostile
// queries running at once under the default 128 MiB budget.
const memBound = 1 << 30

// Eight queries that allocate without end, at once, through a real HTTP
// server on loopback: each is stopped with the budget error, the process
// stays under memBound, and a normal query keeps answering meanwhile. Both
// query endpoints.
func TestHostileQueriesStayWithinMemoryBudget(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Ingest(ctx, wireStory()); err != nil {
		t.Fatal(err)
	}
	_, srv := serveStore(t, st, false, nil, nil)
	post := func(path, ct, body string) (int, string) {
		res, err := http.Post(srv.URL+path, ct, strings.NewReader(body))
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	for _, c := range []struct {
		name string
		send func(js string) (int, string)
	}{
		{"api/query", func(js string) (int, string) {
			return post("/api/query", "application/json", mustJSON(map[string]any{"query": js}))
		}},
		{"api/v2/query", func(js string) (int, string) { return post("/api/v2/query?lang=gizmo", "text/plain", js) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			peak := memtest.PeakRSS(t)
			type answer struct {
				code int
				body string
			}
			answers := make(chan answer, 8)
			for i := range 8 {
				go func() {
					code, body := c.send(hostileJS[i%len(hostileJS)])
					answers <- answer{code, body}
				}()
			}
			// Normal queries, one after another, until the hostile ones
			// are all answered.
			var got []answer
			normal := 0
			for len(got) < 8 {
				select {
				case a := <-answers:
					got = append(got, a)
					continue
				default:
				}
				code, body := c.send(`g.V().Has("<http://schema.org/name>", "Strelsau").All()`)
				if code != 200 || !strings.Contains(body, "city/strelsau") {
					t.Errorf("normal query beside hostile ones: %d %.200s", code, body)
				}
				normal++
			}
			for _, a := range got {
				if a.code != http.StatusBadRequest || !strings.Contains(a.body, "query stopped: memory budget of 128 MiB exceeded") {
					t.Errorf("hostile query: %d %.200s; want 400 and the budget error", a.code, a.body)
				}
			}
			p := peak()
			t.Logf("%s: peak RSS %d MiB with 8 hostile queries; %d normal queries answered meanwhile", c.name, p>>20, normal)
			if p > memBound {
				t.Errorf("peak RSS %d MiB, over the bound of %d MiB", p>>20, memBound>>20)
			}
			if normal == 0 {
				t.Error("no normal query ran while the hostile ones did")
			}
		})
	}
}

// Past MaxQueries running and MaxQueued waiting, a query is answered 503
// with Retry-After at once; the queued one runs when a turn frees.
func TestQueryConcurrencyCap(t *testing.T) {
	f := newFixture(t, false, func(o *Options) { o.MaxQueries = 1; o.MaxQueued = -1 })
	started := make(chan int, 1)
	go func() {
		res, _ := f.do(t, "POST", "/api/query", map[string]any{"query": "while(true){}"})
		started <- res.StatusCode
	}()
	deadline := time.Now().Add(5 * time.Second)
	for len(f.web.gate.slots) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	for _, path := range []string{"/api/query", "/api/v2/query?lang=gizmo"} {
		body := any(map[string]any{"query": "g.V().Count()"})
		if strings.Contains(path, "v2") {
			body = "g.V().Count()"
		}
		res, data := f.do(t, "POST", path, body)
		if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" || !strings.Contains(string(data), "busy") {
			t.Errorf("%s past the cap: %d Retry-After %q %s", path, res.StatusCode, res.Header.Get("Retry-After"), data)
		}
	}
	if code := <-started; code != http.StatusGatewayTimeout {
		t.Errorf("the running query: status %d, want 504", code)
	}
	if code, r := f.query(t, map[string]any{"query": "g.V().Count()"}); code != 200 {
		t.Errorf("after the turn freed: %d %+v", code, r)
	}
}
