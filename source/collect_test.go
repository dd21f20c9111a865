package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var refTime = time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)

func loadAll(t *testing.T, ins []Input) ([]*Article, []error) {
	t.Helper()
	var arts []*Article
	var errs []error
	for _, in := range ins {
		a, err := in.Load(context.Background())
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func TestCollectFeedFiles(t *testing.T) {
	opt := Options{Now: func() time.Time { return refTime }}
	tests := []struct {
		file       string
		sources    []string
		published  []string
		authors    []string // of the first item
		site       string
		wantInText string // in the first article
	}{
		{"rss-full.xml",
			[]string{"https://balticwire.example/news/riga-council", "https://balticwire.example/news/ferry-resumes"},
			[]string{"2025-03-04T09:15:00Z", "2025-03-05T16:40:00Z"},
			[]string{"Jaan Tamm"}, "Baltic Wire", "switched off their transponders"},
		{"feed.json",
			[]string{"https://nordic-wire.example/energy/finland-estonia-cable"},
			[]string{"2025-05-15T04:40:00Z"},
			[]string{"Mikael Virtanen", "Liis Saar"}, "Nordic Wire", "every six months"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			ins, errs := Collect(context.Background(), []string{filepath.Join("testdata", "feeds", tc.file)}, nil, opt)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			arts, errs := loadAll(t, ins)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if len(arts) != len(tc.sources) {
				t.Fatalf("%d articles, want %d (the repeated item once)", len(arts), len(tc.sources))
			}
			for i, a := range arts {
				if a.Source != tc.sources[i] {
					t.Errorf("item %d source %q, want %q", i, a.Source, tc.sources[i])
				}
				if got := a.Meta.Published.UTC().Format(time.RFC3339); got != tc.published[i] {
					t.Errorf("item %d published %s, want %s", i, got, tc.published[i])
				}
				if a.Meta.Site != tc.site {
					t.Errorf("item %d site %q, want %q", i, a.Meta.Site, tc.site)
				}
				if !strings.HasPrefix(string(a.Raw), a.Meta.Title+"\n\n") {
					t.Errorf("item %d text does not start with its title %q", i, a.Meta.Title)
				}
			}
			if strings.Join(arts[0].Meta.Authors, "|") != strings.Join(tc.authors, "|") {
				t.Errorf("authors %q, want %q", arts[0].Meta.Authors, tc.authors)
			}
			if !strings.Contains(string(arts[0].Raw), tc.wantInText) {
				t.Errorf("text lacks %q:\n%s", tc.wantInText, arts[0].Raw)
			}
			if strings.Contains(string(arts[0].Raw), "The port of Riga") {
				t.Error("a figure caption was kept")
			}
		})
	}
}

func TestCollectBadInputs(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		arg     string
		wantErr string
	}{
		{filepath.Join("testdata", "feeds", "malformed.xml"), "not a readable RSS, Atom or JSON feed"},
		{filepath.Join(dir, "missing.html"), "no such file"},
		{empty, "directory holds no *.txt, *.md, *.html"},
		{"ftp://x.example/feed", "no such file"}, // not a URL we fetch: a path, and missing
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.arg), func(t *testing.T) {
			ins, errs := Collect(context.Background(), []string{tc.arg}, nil, Options{})
			if len(ins) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), tc.wantErr) || !strings.Contains(errs[0].Error(), tc.arg) {
				t.Errorf("inputs %d, errors %v; want one error naming %s with %q", len(ins), errs, tc.arg, tc.wantErr)
			}
		})
	}
}

func TestCollectJSONL(t *testing.T) {
	path := filepath.Join("testdata", "jsonl", "articles.jsonl")
	ins, errs := Collect(context.Background(), []string{path}, nil, Options{Now: func() time.Time { return refTime }})
	wantErrs := []string{path + ":5: record has neither", path + ":6: not a JSON object", path + ":7: published \"next Tuesday\" is not a date"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d %q, want %q", i, errs[i], w)
		}
	}
	arts, lerrs := loadAll(t, ins)
	if len(lerrs) > 0 {
		t.Fatal(lerrs)
	}
	wantSources := []string{"https://wire.example/economy/grain-transit-agreement-162", "https://dailyharbour.example/news/port-data-register", path + ":8"}
	if len(arts) != len(wantSources) {
		t.Fatalf("%d articles, want %d", len(arts), len(wantSources))
	}
	for i, a := range arts {
		if a.Source != wantSources[i] {
			t.Errorf("record %d source %q, want %q", i, a.Source, wantSources[i])
		}
	}
	if got := arts[0].Meta.Published.UTC().Format(time.RFC3339); got != "2025-10-06T11:32:00Z" {
		t.Errorf("published %s", got)
	}
	if !strings.HasPrefix(string(arts[1].Raw), "Estonia and Latvia agree to share port data\n\nEstonian Prime Minister") ||
		strings.Contains(string(arts[1].Raw), "Advertisement") || !strings.Contains(string(arts[1].Raw), "in Riga in June") {
		t.Errorf("html record text:\n%s", arts[1].Raw)
	}
	if strings.Join(arts[1].Meta.Authors, "") != "Jaan Tamm" || arts[1].Meta.Site != "dailyharbour.example" {
		t.Errorf("html record meta %+v", arts[1].Meta)
	}
	// Skip: a record already stored is not collected again.
	ins, _ = Collect(context.Background(), []string{path}, nil, Options{Skip: func(s string) bool { return s == wantSources[0] }})
	for _, in := range ins {
		if in.Source == wantSources[0] {
			t.Errorf("skipped source %s collected", in.Source)
		}
	}
}

func TestCollectTextAndStdin(t *testing.T) {
	dir := t.TempDir()
	txt := "Belarus and Kazakhstan sign grain deal\n\nMINSK, 6 October (BelTA) \u2013 Belarus and Kazakhstan have signed an agreement on the transit of grain.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join("testdata", "pages", "wire-grain.html"))
	if err := os.WriteFile(filepath.Join(dir, "b.html"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "skip.xml"), []byte("<x/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := Options{Now: func() time.Time { return refTime }}
	ins, errs := Collect(context.Background(), []string{dir, "-"}, strings.NewReader(string(raw)), opt)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	wantKinds := []Kind{KindText, KindHTML, KindHTML}
	if len(ins) != len(wantKinds) {
		t.Fatalf("%d inputs, want %d (a.txt, b.html, stdin; skip.xml not walked)", len(ins), len(wantKinds))
	}
	for i, in := range ins {
		if in.Kind != wantKinds[i] {
			t.Errorf("input %d (%s) kind %s, want %s", i, in.Source, in.Kind, wantKinds[i])
		}
	}
	arts, lerrs := loadAll(t, ins)
	if len(lerrs) > 0 {
		t.Fatal(lerrs)
	}
	if string(arts[0].Raw) != txt {
		t.Error("a text file's bytes were changed")
	}
	if got := arts[0].Meta.Published.Format("2006-01-02"); got != "2025-10-06" {
		t.Errorf("text dateline date %s, want 2025-10-06", got)
	}
	if arts[2].Source != StdinSource || arts[2].Meta.Site != "BelTA" {
		t.Errorf("stdin HTML: source %q, site %q", arts[2].Source, arts[2].Meta.Site)
	}
}

// newsSite serves a feed, the pages its items link to, and counts the
// requests for each path.
type newsSite struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	items int // items in /big.xml
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{hits: make(map[string]int), items: 1000}
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "daily-harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	atom, err := os.ReadFile(filepath.Join("testdata", "feeds", "atom-summary.xml"))
	if err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join("testdata", "pages", "section-index.html"))
	if err != nil {
		t.Fatal(err)
	}
	malformed, err := os.ReadFile(filepath.Join("testdata", "feeds", "malformed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/atom.xml":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprint(w, strings.ReplaceAll(string(atom), "{{BASE}}", s.URL))
		case "/news/port-data-register":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/big.xml":
			const etag = `"big-v1"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/xml") // generic: sniffed as a feed
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
			for i := 0; i < s.items; i++ {
				fmt.Fprintf(w, `<item><title>Item %d</title><link>%s/item/%d</link><pubDate>Tue, 04 Mar 2025 09:15:00 +0000</pubDate><description>Short teaser %d.</description></item>`, i, s.URL, i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
		case "/economy/":
			w.Header().Set("Content-Type", "text/html")
			w.Write(index)
		case "/broken.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(malformed)
		case "/page.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF")
		case "/data.json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"not": "a feed"}`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) get(path string) int { s.mu.Lock(); defer s.mu.Unlock(); return s.hits[path] }

func fastFetcher() *Fetcher {
	f := NewFetcher(nil)
	f.HostInterval = 0
	f.Backoff = time.Millisecond
	f.Timeout = 5 * time.Second
	return f
}

// TestCollectFeedURL: a feed of summaries fetches each item's page on
// Load; an item whose page is missing fails alone, naming its URL.
func TestCollectFeedURL(t *testing.T) {
	s := newNewsSite(t)
	opt := Options{Fetcher: fastFetcher(), Now: func() time.Time { return refTime }}
	ins, errs := Collect(context.Background(), []string{s.URL + "/atom.xml"}, nil, opt)
	if len(errs) > 0 || len(ins) != 2 {
		t.Fatalf("inputs %d, errors %v; want 2, none", len(ins), errs)
	}
	arts, lerrs := loadAll(t, ins)
	if len(arts) != 1 || len(lerrs) != 1 {
		t.Fatalf("%d articles, errors %v; want 1 and 1", len(arts), lerrs)
	}
	if !strings.Contains(lerrs[0].Error(), s.URL+"/missing-page") || !strings.Contains(lerrs[0].Error(), "HTTP 404") {
		t.Errorf("error %q, want the missing page's URL and its status", lerrs[0])
	}
	a := arts[0]
	if s.get("/news/port-data-register") != 1 {
		t.Errorf("item page fetched %d times, want 1", s.get("/news/port-data-register"))
	}
	if !strings.Contains(string(a.Raw), "switched off their tracking transponders") {
		t.Errorf("item text is not the page's article:\n%s", a.Raw)
	}
	// The page's own date wins over the feed's (09:15 on the page, 09:00 in the feed).
	if got := a.Meta.Published.UTC().Format(time.RFC3339); got != "2025-03-04T09:15:00Z" {
		t.Errorf("published %s", got)
	}
	if a.Source != s.URL+"/news/port-data-register" {
		t.Errorf("source %s", a.Source)
	}
}

// TestCollectBigFeedRepolled: a feed of 1,000 items; polled again, it is
// asked for conditionally and gives nothing; with its items stored
// (Skip) but its ETag forgotten, nothing is fetched or loaded either.
func TestCollectBigFeedRepolled(t *testing.T) {
	s := newNewsSite(t)
	f := fastFetcher()
	stored := make(map[string]bool)
	opt := Options{Fetcher: f, Skip: func(src string) bool { return stored[src] }}
	ins, errs := Collect(context.Background(), []string{s.URL + "/big.xml"}, nil, opt)
	if len(errs) > 0 || len(ins) != 1000 {
		t.Fatalf("inputs %d, errors %v; want 1000", len(ins), errs)
	}
	for _, in := range ins {
		stored[in.Source] = true
	}
	ins, errs = Collect(context.Background(), []string{s.URL + "/big.xml"}, nil, opt)
	if len(errs) > 0 || len(ins) != 0 {
		t.Errorf("re-poll: inputs %d, errors %v; want none (304)", len(ins), errs)
	}
	f.Forget(s.URL + "/big.xml")
	ins, errs = Collect(context.Background(), []string{s.URL + "/big.xml"}, nil, opt)
	if len(errs) > 0 || len(ins) != 0 {
		t.Errorf("unconditional re-poll: inputs %d, errors %v; want none (all stored)", len(ins), errs)
	}
	if n := s.get("/big.xml"); n != 3 {
		t.Errorf("feed fetched %d times, want 3", n)
	}
	for i := 0; i < 3; i++ {
		if n := s.get(fmt.Sprintf("/item/%d", i)); n != 0 {
			t.Errorf("item page %d fetched %d times, want 0", i, n)
		}
	}
}

func TestCollectURLRefusals(t *testing.T) {
	s := newNewsSite(t)
	opt := Options{Fetcher: fastFetcher()}
	tests := []struct{ path, wantErr string }{
		{"/page.pdf", "content type application/pdf"},
		{"/data.json", "application/json that is not a feed"},
		{"/nothing-here", "HTTP 404"},
		{"/private/story", "disallowed by robots.txt"},
		{"/broken.rss", "not a readable RSS, Atom or JSON feed"},
	}
	for _, tc := range tests {
		ins, errs := Collect(context.Background(), []string{s.URL + tc.path}, nil, opt)
		if len(ins) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), tc.wantErr) || !strings.Contains(errs[0].Error(), s.URL+tc.path) {
			t.Errorf("%s: inputs %d, errors %v; want one naming the URL with %q", tc.path, len(ins), errs, tc.wantErr)
		}
	}
	if n := s.get("/private/story"); n != 0 {
		t.Errorf("disallowed page requested %d times", n)
	}
	// A page with no article text: collected, refused on Load.
	ins, errs := Collect(context.Background(), []string{s.URL + "/economy/"}, nil, opt)
	if len(errs) != 0 || len(ins) != 1 {
		t.Fatalf("index page: inputs %d, errors %v", len(ins), errs)
	}
	if _, err := ins[0].Load(context.Background()); !errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), s.URL+"/economy/") {
		t.Errorf("index page: %v, want ErrNoArticle naming the URL", err)
	}
}

// A FIFO named *.txt below a directory is not an article, and a stdin
// that never ends gives up when the context does.
func TestCollectSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := mkfifo(filepath.Join(dir, "pipe.txt")); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	ins, errs := Collect(context.Background(), []string{dir}, nil, Options{})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Source != filepath.Join(dir, "a.txt") {
		t.Fatalf("inputs %+v, errors %v; want a.txt alone", ins, errs)
	}
	r, w, err := os.Pipe() // a stdin whose writer never closes
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	ins, errs = Collect(ctx, []string{"-"}, r, Options{})
	if len(ins) != 0 || len(errs) != 1 || !errors.Is(errs[0], context.DeadlineExceeded) {
		t.Errorf("blocked stdin: inputs %d, errors %v; want the context's error", len(ins), errs)
	}
}

// A directory gives its article files sorted, whatever the case of their
// extension; "-" gives stdin once; each bad argument is an error naming it.
func TestCollectWalksDirectoriesAndNamesBadArguments(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	for _, f := range []string{"a/one.txt", "a/b/two.md", "a/b/skip.pdf", "a/three.TXT"} {
		os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644)
	}
	os.MkdirAll(filepath.Join(dir, "empty"), 0o755)
	ins, errs := Collect(context.Background(), []string{filepath.Join(dir, "a"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, "empty"), "-", "-"}, strings.NewReader("stdin text"), Options{})
	var got []string
	for _, in := range ins {
		got = append(got, strings.TrimPrefix(in.Source, dir+"/"))
	}
	if strings.Join(got, ",") != "a/b/two.md,a/one.txt,a/three.TXT,-" {
		t.Errorf("inputs %v", got)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "missing.txt") || !strings.Contains(errs[1].Error(), "empty") {
		t.Errorf("errors %v", errs)
	}
	if len(ins) < 4 {
		t.FailNow()
	}
	a, err := ins[3].Load(context.Background())
	if err != nil || string(a.Raw) != "stdin text" {
		t.Errorf("stdin %+v %v", a, err)
	}
}
