package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock stands in for time in the fetcher: Sleep records the wait and
// moves the clock, so tests see how long the fetcher would have waited
// without waiting.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}
func (c *fakeClock) Sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

func testFetcher(clock *fakeClock) *Fetcher {
	f := NewFetcher(nil)
	f.Now, f.Sleep = clock.Now, clock.Sleep
	f.Timeout = 5 * time.Second
	return f
}

const articleHTML = `<html><head><title>T</title></head><body><article><p>The minister said on Monday that the agreement would let farmers reach buyers in the north of Europe.</p></article></body></html>`

// hits counts the requests a test server got, by path.
type hits struct {
	mu sync.Mutex
	n  map[string]int
	ua []string
}

func (h *hits) add(r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.n == nil {
		h.n = make(map[string]int)
	}
	h.n[r.URL.Path]++
	h.ua = append(h.ua, r.UserAgent())
}

func (h *hits) get(path string) int { h.mu.Lock(); defer h.mu.Unlock(); return h.n[path] }

func TestFetcherGet(t *testing.T) {
	var h hits
	var flaky sync.Map // path -> failures left
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		p := r.URL.Path
		switch {
		case p == "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articleHTML)
		case strings.HasPrefix(p, "/hop/"):
			var n int
			fmt.Sscanf(p, "/hop/%d", &n)
			if n == 0 {
				http.Redirect(w, r, "/page", http.StatusFound)
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
		case p == "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case p == "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusFound)
		case p == "/to-private":
			http.Redirect(w, r, "/private/x", http.StatusFound)
		case p == "/huge":
			// 50 MB streamed with no Content-Length.
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("<p>lorem ipsum dolor sit amet</p>\n", 1000))
			for sent := 0; sent < 50<<20; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case p == "/huge-declared":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", fmt.Sprint(50<<20))
			w.WriteHeader(http.StatusOK)
		case p == "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4 ...")
		case p == "/photo":
			w.Header().Set("Content-Type", "image/png")
			fmt.Fprint(w, "\x89PNG....")
		case p == "/sniffed-png":
			w.Header()["Content-Type"] = nil // no type: the fetcher sniffs
			fmt.Fprint(w, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		case p == "/missing":
			http.NotFound(w, r)
		case p == "/broken":
			http.Error(w, "boom", http.StatusInternalServerError)
		case strings.HasPrefix(p, "/busy"):
			left, _ := flaky.LoadOrStore(p, 2)
			if left.(int) > 0 {
				flaky.Store(p, left.(int)-1)
				if p == "/busy-after" {
					w.Header().Set("Retry-After", "7")
				}
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, articleHTML)
		case p == "/down":
			http.Error(w, "down", http.StatusServiceUnavailable)
		case p == "/hang":
			<-r.Context().Done()
		case p == "/private/x":
			fmt.Fprint(w, articleHTML)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name     string
		path     string
		setup    func(f *Fetcher)
		wantErr  string // substring; "" means success
		wantURL  string // final path on success
		wantHits map[string]int
		sleeps   int // waits the fetcher asked for (backoff)
	}{
		{name: "page", path: "/page", wantURL: "/page", wantHits: map[string]int{"/page": 1}},
		{name: "redirects within the bound", path: "/hop/3", wantURL: "/page"},
		{name: "too many redirects", path: "/hop/9", setup: func(f *Fetcher) { f.MaxRedirects = 3 }, wantErr: "more than 3 redirects"},
		{name: "redirect loop", path: "/loop-a", wantErr: "redirect loop"},
		{name: "50 MB page streamed", path: "/huge", setup: func(f *Fetcher) { f.MaxBytes = 1 << 20 }, wantErr: "over the 1048576-byte limit"},
		{name: "50 MB page declared", path: "/huge-declared", setup: func(f *Fetcher) { f.MaxBytes = 1 << 20 }, wantErr: "over the 1048576-byte limit"},
		{name: "PDF refused", path: "/report.pdf", wantErr: "content type application/pdf is not a web page or feed"},
		{name: "image refused", path: "/photo", wantErr: "content type image/png"},
		{name: "untyped image sniffed and refused", path: "/sniffed-png", wantErr: "sniffed as image/png"},
		{name: "404 not retried", path: "/missing", wantErr: "HTTP 404", wantHits: map[string]int{"/missing": 1}},
		{name: "500 not retried", path: "/broken", wantErr: "HTTP 500", wantHits: map[string]int{"/broken": 1}},
		{name: "503 retried with backoff", path: "/busy", wantURL: "/busy", wantHits: map[string]int{"/busy": 3}, sleeps: 2},
		{name: "503 for ever: gives up", path: "/down", setup: func(f *Fetcher) { f.Retries = 2 }, wantErr: "gave up after 3 attempts", wantHits: map[string]int{"/down": 3}, sleeps: 2},
		{name: "server that never answers", path: "/hang", setup: func(f *Fetcher) { f.Timeout = 200 * time.Millisecond }, wantErr: "no complete answer within 200ms"},
		{name: "robots.txt disallows", path: "/private/x", wantErr: "disallowed by robots.txt", wantHits: map[string]int{"/private/x": 0}},
		{name: "redirect into a disallowed path", path: "/to-private", wantErr: "disallowed by robots.txt", wantHits: map[string]int{"/private/x": 0}},
		{name: "robots ignored on request", path: "/private/x", setup: func(f *Fetcher) { f.IgnoreRobots = true }, wantURL: "/private/x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			flaky.Delete("/busy")
			before := map[string]int{}
			for p := range tc.wantHits {
				before[p] = h.get(p)
			}
			clock := &fakeClock{now: time.Unix(1e9, 0)}
			f := testFetcher(clock)
			f.HostInterval = 0 // backoff waits only
			if tc.setup != nil {
				tc.setup(f)
			}
			resp, err := f.Get(context.Background(), srv.URL+tc.path)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), srv.URL+tc.path) {
					t.Errorf("error %q does not name the URL", err)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q is more than one line", err)
				}
			} else {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				if resp.URL != srv.URL+tc.wantURL {
					t.Errorf("final URL %s, want %s", resp.URL, srv.URL+tc.wantURL)
				}
				if len(resp.Body) == 0 {
					t.Error("empty body")
				}
			}
			for p, n := range tc.wantHits {
				if got := h.get(p) - before[p]; got != n {
					t.Errorf("server got %d requests for %s, want %d", got, p, n)
				}
			}
			if got := clock.Sleeps(); len(got) != tc.sleeps {
				t.Errorf("waits %v, want %d", got, tc.sleeps)
			} else {
				for i := 1; i < len(got); i++ {
					if got[i] <= got[i-1] {
						t.Errorf("backoff not growing: %v", got)
					}
				}
			}
		})
	}
	h.mu.Lock()
	for _, ua := range h.ua {
		if ua != DefaultUserAgent {
			t.Errorf("User-Agent %q, want %q", ua, DefaultUserAgent)
		}
	}
	h.mu.Unlock()
}

// TestFetcherRetryAfter: a 503 with Retry-After waits what the server asked.
func TestFetcherRetryAfter(t *testing.T) {
	left := 1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if left > 0 {
			left--
			w.Header().Set("Retry-After", "7")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, articleHTML)
	}))
	defer srv.Close()
	clock := &fakeClock{now: time.Unix(1e9, 0)}
	f := testFetcher(clock)
	f.HostInterval = 0
	if _, err := f.Get(context.Background(), srv.URL+"/a"); err != nil {
		t.Fatal(err)
	}
	if got := clock.Sleeps(); len(got) != 1 || got[0] != 7*time.Second {
		t.Errorf("waits %v, want [7s]", got)
	}
}

// TestFetcherConditional: the second fetch of a resource sends its ETag
// and Last-Modified back, and a 304 comes back as NotModified.
func TestFetcherConditional(t *testing.T) {
	var got []string // If-None-Match / If-Modified-Since of each request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		got = append(got, r.Header.Get("If-None-Match")+"|"+r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 06 Oct 2025 11:32:00 GMT")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articleHTML)
	}))
	defer srv.Close()
	f := testFetcher(&fakeClock{now: time.Unix(1e9, 0)})
	first, err := f.Get(context.Background(), srv.URL+"/a")
	if err != nil || first.NotModified || len(first.Body) == 0 {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	second, err := f.Get(context.Background(), srv.URL+"/a")
	if err != nil || !second.NotModified || len(second.Body) != 0 {
		t.Fatalf("second fetch: %+v, %v; want 304", second, err)
	}
	want := []string{"|", `"v1"|Mon, 06 Oct 2025 11:32:00 GMT`}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("conditional headers %q, want %q", got, want)
	}
	f.Forget(srv.URL + "/a")
	third, err := f.Get(context.Background(), srv.URL+"/a")
	if err != nil || third.NotModified {
		t.Errorf("after Forget: %+v, %v; want a full fetch", third, err)
	}
}

// TestFetcherRateLimit: requests to one host are spaced by HostInterval
// (or the robots.txt Crawl-delay, when longer), requests to different
// hosts are not held back by each other, and one host's requests reach
// it one at a time even from several goroutines.
func TestFetcherRateLimit(t *testing.T) {
	var mu sync.Mutex
	var order []string
	inFlight, maxInFlight := 0, 0
	handler := func(name, robots string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				fmt.Fprint(w, robots)
				return
			}
			mu.Lock()
			order = append(order, name+r.URL.Path)
			inFlight++
			if inFlight > maxInFlight {
				maxInFlight = inFlight
			}
			mu.Unlock()
			time.Sleep(time.Millisecond) // hold the request open so overlap would show
			mu.Lock()
			inFlight--
			mu.Unlock()
			fmt.Fprint(w, articleHTML)
		}
	}
	a := httptest.NewServer(handler("A", "User-agent: *\nAllow: /\n"))
	defer a.Close()
	b := httptest.NewServer(handler("B", "User-agent: newsgraph\nCrawl-delay: 10\n"))
	defer b.Close()
	clock := &fakeClock{now: time.Unix(1e9, 0)}
	f := testFetcher(clock)
	f.HostInterval = 3 * time.Second
	ctx := context.Background()
	for _, u := range []string{a.URL + "/1", b.URL + "/1", a.URL + "/2", b.URL + "/2"} {
		if _, err := f.Get(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	// A/1 and B/1: first to their hosts, no wait. A/2: A was booked 3 s
	// ahead, nothing moved the clock, so a 3 s wait. B/2: B's Crawl-delay
	// of 10 s, 3 s of which passed while waiting for A.
	want := []time.Duration{3 * time.Second, 7 * time.Second}
	if got := clock.Sleeps(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", got, want)
	}
	if strings.Join(order, " ") != "A/1 B/1 A/2 B/2" {
		t.Errorf("order %v", order)
	}

	// Eight goroutines on one host: all served, never two at once.
	order = nil
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, err := f.Get(ctx, fmt.Sprintf("%s/c%d", a.URL, i)); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if len(order) != 8 || maxInFlight != 1 {
		t.Errorf("%d requests served, at most %d at once; want 8, one at a time", len(order), maxInFlight)
	}
	// The first of them finds A free (its slot passed while B was
	// waited for); each of the other seven waits for the one before.
	if n := len(clock.Sleeps()); n != 2+7 {
		t.Errorf("%d waits in all, want 9", n)
	}
}

func TestFetcherRobotsUnavailable(t *testing.T) {
	var pages int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		pages++
		fmt.Fprint(w, articleHTML)
	}))
	defer srv.Close()
	f := testFetcher(&fakeClock{now: time.Unix(1e9, 0)})
	_, err := f.Get(context.Background(), srv.URL+"/a")
	if err == nil || !strings.Contains(err.Error(), "robots.txt answered HTTP 503") || pages != 0 {
		t.Errorf("err %v, %d page requests; want a refusal and none", err, pages)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.Get(ctx, srv.URL+"/a"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

// TestFetcherRobotsRefreshed: robots.txt is asked for once per host, and
// again after a day.
func TestFetcherRobotsRefreshed(t *testing.T) {
	var robots int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robots++
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		fmt.Fprint(w, articleHTML)
	}))
	defer srv.Close()
	clock := &fakeClock{now: time.Unix(1e9, 0)}
	f := testFetcher(clock)
	for i := 0; i < 3; i++ {
		if _, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	if robots != 1 {
		t.Errorf("robots.txt fetched %d times for 3 pages, want 1", robots)
	}
	clock.Sleep(context.Background(), 25*time.Hour)
	if _, err := f.Get(context.Background(), srv.URL+"/next-day"); err != nil {
		t.Fatal(err)
	}
	if robots != 2 {
		t.Errorf("robots.txt fetched %d times after a day, want 2", robots)
	}
}
