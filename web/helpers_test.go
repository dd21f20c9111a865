package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// wireStory is an invented news story, annotated by hand as the extractor
// would, so that API tests do not depend on extraction quality.
func wireStory() *extract.Document {
	text := "Ruritania quits the Northern Alliance\n\n" +
		"Ruritanian President Elena Varga said on Monday that Ruritania had left the Northern Alliance. " +
		"Varga, who met Karl Brandt in Strelsau, said: \"We chose our own road.\""
	at := func(s string) int { return strings.Index(text, s) }
	s1, s2 := at("Ruritanian President"), at("Varga, who met")
	return &extract.Document{
		Source: "wire/ruritania.txt",
		Title:  "Ruritania quits the Northern Alliance",
		Text:   text,
		Words:  38,
		Sentences: []extract.Sentence{
			{Span: extract.Span{Start: s1, End: s2 - 1}, Paragraph: 1},
			{Span: extract.Span{Start: s2, End: len(text)}, Paragraph: 1},
		},
		Entities: []extract.Entity{
			{Key: "person/elena-varga", Type: extract.Person, Name: "Elena Varga", Aliases: []string{"Varga"}},
			{Key: "country/ruritania", Type: extract.Country, Name: "Ruritania"},
			{Key: "organization/northern-alliance", Type: extract.Organization, Name: "Northern Alliance"},
			{Key: "person/karl-brandt", Type: extract.Person, Name: "Karl Brandt"},
			{Key: "city/strelsau", Type: extract.City, Name: "Strelsau"},
		},
		Quotes: []extract.Quote{{Text: "We chose our own road.", Speaker: 0, Sentence: 1, Rule: "said-colon"}},
		Facts: []extract.Fact{
			{Subject: 1, Predicate: extract.Left, Object: 2, Sentence: 0},
			{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 0},
			{Subject: 0, Predicate: extract.MetWith, Object: 3, Sentence: 1},
			{Subject: 3, Predicate: extract.Visited, Object: 4, Sentence: 1},
		},
	}
}

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// realIngest is the ingest the CLI does: the real extractor, then
// Store.Ingest.
func realIngest(t testing.TB, st *graph.Store) IngestFunc {
	extractorOnce.Do(func() { extractor, extractorErr = extract.New() })
	if extractorErr != nil {
		t.Fatalf("load extractor: %v", extractorErr)
	}
	return func(ctx context.Context, source string, text []byte) (graph.IngestResult, error) {
		doc, err := extractor.Extract(ctx, source, text)
		if err != nil {
			return graph.IngestResult{}, err
		}
		return st.Ingest(ctx, doc)
	}
}

type fixture struct {
	store *graph.Store
	web   *Server
	srv   *httptest.Server
	voc   graph.Vocab
}

// newFixture opens a bolt store in a temp dir holding the wire story and
// serves it. tweak adjusts the options before the server is built.
func newFixture(t *testing.T, write bool, tweak func(*Options)) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Ingest(ctx, wireStory()); err != nil {
		t.Fatal(err)
	}
	var ingest IngestFunc
	if write {
		ingest = realIngest(t, st)
	}
	s, srv := serveStore(t, st, write, ingest, tweak)
	return &fixture{store: st, web: s, srv: srv, voc: st.Vocab()}
}

// serveStore serves st for the test's life. Cleanups run in reverse: the
// HTTP server stops, then the index builds, then the store (opened, with
// its cleanup, before this is called) closes.
func serveStore(t *testing.T, st *graph.Store, write bool, ingest IngestFunc, tweak func(*Options)) (*Server, *httptest.Server) {
	t.Helper()
	opt := Options{Store: st, Write: write, Ingest: ingest, AllowedHosts: LoopbackHosts(), Logf: t.Logf}
	if tweak != nil {
		tweak(&opt)
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv
}

// do sends a request; body may be nil, a string or a value to encode as
// JSON (either sent as application/json unless the header pairs that
// follow set another Content-Type).
func (f *fixture) do(t *testing.T, method, path string, body any, header ...string) (*http.Response, []byte) {
	t.Helper()
	var rd io.Reader
	ct := ""
	switch b := body.(type) {
	case nil:
	case string:
		rd, ct = strings.NewReader(b), "application/json"
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd, ct = strings.NewReader(string(j)), "application/json"
	}
	req, err := http.NewRequest(method, f.srv.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if strings.EqualFold(header[i], "Host") {
			req.Host = header[i+1]
		} else {
			req.Header.Set(header[i], header[i+1])
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, data
}

// getJSON fetches path, expects status and decodes into v.
func (f *fixture) getJSON(t *testing.T, path string, status int, v any) {
	t.Helper()
	res, data := f.do(t, "GET", path, nil)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d: %s", path, res.StatusCode, status, data)
	}
	if v != nil {
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, data)
		}
	}
}

// repoRoot is the repository root, from this file's location.
func repoRoot(t testing.TB) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller information")
	}
	return filepath.Dir(filepath.Dir(file))
}

// sharedFile is a file of ../shared beside the repository, or a skip.
func sharedFile(t testing.TB, rel string) string {
	p := filepath.Join(repoRoot(t), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared corpus lives beside the repository): %v", p, err)
	}
	return p
}
