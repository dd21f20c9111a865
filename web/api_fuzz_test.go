package web

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// postRoutes are the handlers that read a request body. The fuzzer picks
// one by index, so a corpus entry names its route.
var postRoutes = []string{"/api/nodes", "/api/query", "/api/export.nq", "/api/ingest", "/api/v2/query"}

// FuzzPostBodies sends arbitrary bytes as the JSON body of each POST
// handler of a writable server: a bad body is the client's error (4xx),
// never a 500 or a panic.
func FuzzPostBodies(f *testing.F) {
	seeds := []string{
		`{"ids":["wire/ruritania.txt"]}`,
		`{"query":"g.V().Limit(3).All()"}`,
		`{"name":"documents","args":["x"]}`,
		`{"nodes":["<https://newsgraph.example/entity/person/elena-varga>"]}`,
		`{"source":"fuzz.txt","text":"Elena Varga met Karl Brandt in Strelsau on Monday."}`,
		`{"query":`, `[]`, `null`, `{"ids":[1,2]}`, `{"args":{}}`, "\x00\xff",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(f.TempDir(), "db"), QueryTimeout: 2 * time.Second})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	if _, err := st.Ingest(ctx, wireStory()); err != nil {
		f.Fatal(err)
	}
	s, err := New(Options{Store: st, Write: true, Ingest: realIngest(f, st), AllowedHosts: LoopbackHosts(), Logf: func(string, ...any) {}})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	post := func(route string, body []byte) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, route, bytes.NewReader(body))
		req.Host = "127.0.0.1"
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		return rec
	}
	// The gate lets a well-formed request through, so the fuzzed bodies
	// reach the handlers rather than a host or origin check.
	if rec := post("/api/query", []byte(seeds[1])); rec.Code != http.StatusOK {
		f.Fatalf("a valid query answers %d: %s", rec.Code, rec.Body)
	}
	f.Fuzz(func(t *testing.T, route uint8, body []byte) {
		path := postRoutes[int(route)%len(postRoutes)]
		rec := post(path, body)
		if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable && rec.Code != http.StatusGatewayTimeout {
			t.Fatalf("POST %s %q: %d %s", path, body, rec.Code, rec.Body)
		}
	})
}
