package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// flakyFeed serves an RSS feed whose items grow over time and which fails
// with 503 on chosen requests, plus the pages of summary-only items.
type flakyFeed struct {
	*httptest.Server
	mu       sync.Mutex
	items    int            // items the feed holds now
	requests int            // feed requests so far
	failOn   map[int]bool   // feed request numbers answered 503
	growAt   map[int]int    // feed request number -> items from then on
	pageFail map[string]int // item page path -> requests answered 503 before it works
	pages    map[string]int
}

// itemText is an invented article, different for each n so that no two
// share a content hash.
func itemText(n int) string {
	places := []string{"Tallinn", "Riga", "Vilnius", "Helsinki", "Gdansk", "Klaipeda", "Turku"}
	p := places[n%len(places)]
	return fmt.Sprintf(`<p>The port authority of %s said on Monday that it had registered %d new cargo ships this month, the highest number since the register was opened in March.</p>
<p>"The register is working as we hoped, and the smaller ports are now joining it too," the authority's director, Kaisa Lind, told reporters in %s. She said item %d of the weekly bulletin would list every ship by its flag and its last port of call.</p>
<p>The Baltic Ports Council, which coordinates safety rules among the ports of the eastern Baltic, will review the register at its next session in June. Its chair, Latvian President Ilze Ozola, has said she wants every member of the council to take part before the end of the year, and Lithuania has said it is ready to discuss rejoining the council on those terms.</p>`, p, 10+n, p, n)
}

func newFlakyFeed(t *testing.T, items int, failOn ...int) *flakyFeed {
	f := &flakyFeed{items: items, failOn: map[int]bool{}, growAt: map[int]int{}, pageFail: map[string]int{}, pages: map[string]int{}}
	for _, n := range failOn {
		f.failOn[n] = true
	}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			f.requests++
			if n, ok := f.growAt[f.requests]; ok {
				f.items = n
			}
			if f.failOn[f.requests] {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			etag := fmt.Sprintf(`"items-%d"`, f.items)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Bulletin</title>`)
			for i := 1; i <= f.items; i++ {
				if i%3 == 0 {
					// Every third item holds only a teaser: its page is fetched.
					fmt.Fprintf(w, `<item><title>Bulletin item %d</title><link>%s/item/%d</link><pubDate>Tue, %02d Mar 2025 09:15:00 +0000</pubDate><description>Short teaser.</description></item>`, i, f.URL, i, i)
					continue
				}
				fmt.Fprintf(w, `<item><title>Bulletin item %d</title><link>%s/item/%d</link><pubDate>Tue, %02d Mar 2025 09:15:00 +0000</pubDate><content:encoded><![CDATA[%s]]></content:encoded></item>`, i, f.URL, i, i, itemText(i))
			}
			fmt.Fprint(w, `</channel></rss>`)
		case strings.HasPrefix(r.URL.Path, "/item/"):
			f.pages[r.URL.Path]++
			if f.pageFail[r.URL.Path] > 0 {
				f.pageFail[r.URL.Path]--
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			var n int
			fmt.Sscanf(r.URL.Path, "/item/%d", &n)
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html lang="en"><head><title>Bulletin item %d</title><meta property="article:published_time" content="2025-03-%02dT09:15:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Bulletin item %d</h1>%s</article><footer>Harbour Bulletin</footer></body></html>`, n, n, n, itemText(n))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *flakyFeed) set(items int) { f.mu.Lock(); f.items = items; f.mu.Unlock() }

var pollRE = regexp.MustCompile(`^poll (\d+) at \S+: (\d+) new, (\d+) unchanged, (\d+) already stored, (\d+) failed`)

// pollLines parses watch's output: new, already stored and failed per poll.
func pollLines(t *testing.T, out string) [][3]int {
	t.Helper()
	var res [][3]int
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		m := pollRE.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("not a poll line: %q", line)
		}
		var newN, seen, failed int
		fmt.Sscan(m[2], &newN)
		fmt.Sscan(m[4], &seen)
		fmt.Sscan(m[5], &failed)
		res = append(res, [3]int{newN, seen, failed})
	}
	return res
}

// storedSources counts the documents of each source in the store.
func storedSources(t *testing.T, store string) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, l := range exportOf(t, store) {
		if strings.Contains(l, "ns#source>") {
			m := regexp.MustCompile(`ns#source> "([^"]*)"`).FindStringSubmatch(l)
			if m != nil {
				got[m[1]]++
			}
		}
	}
	return got
}

func fastFetchEnv(t *testing.T) {
	t.Setenv("NEWSGRAPH_FETCH_HOST_INTERVAL", "0s")
	t.Setenv("NEWSGRAPH_FETCH_RETRIES", "0")
	t.Setenv("NEWSGRAPH_FETCH_TIMEOUT", "10s")
}

// TestWatchFlakyFeedResumes: a feed that fails on its second poll, a
// teaser whose page fails the first time, and a URL that is always
// missing; watch reports each failure and goes on, stores the teaser
// when its page comes back (nothing lost), stores each item once however
// often it is seen (no duplicates), and a restarted watch stores only
// what came since.
func TestWatchFlakyFeedResumes(t *testing.T) {
	fastFetchEnv(t)
	feed := newFlakyFeed(t, 3, 2)
	store := filepath.Join(t.TempDir(), "g.db")
	missing := feed.URL + "/gone.xml"

	// Poll 1: items 1-3, item 3's page answers 503. Poll 2: the feed
	// answers 503. Poll 3: items 1-5, item 3's page works.
	feed.growAt[2] = 5
	feed.pageFail["/item/3"] = 1
	code, stdout, stderr := run(t, "", "watch", "--store", store, "--every", "10ms", "--polls", "3", feed.URL+"/feed.xml", missing)
	if code != 0 {
		t.Fatalf("watch: exit %d\n%s", code, stderr)
	}
	got := pollLines(t, stdout)
	want := [][3]int{{2, 0, 2}, {0, 0, 2}, {3, 2, 1}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("polls (new, already stored, failed) %v, want %v\n%s", got, want, stdout)
	}
	for _, w := range []string{"HTTP 503", missing + ": HTTP 404"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	sources := storedSources(t, store)
	if len(sources) != 5 {
		t.Errorf("%d sources stored, want 5: %v", len(sources), sources)
	}
	for s, n := range sources {
		if n != 1 {
			t.Errorf("%s stored %d times", s, n)
		}
	}
	if feed.pages["/item/3"] != 2 {
		t.Errorf("teaser page fetched %d times, want 2 (failed, then stored)", feed.pages["/item/3"])
	}

	// A restart: items 1-6 on the feed; only item 6 is new, nothing else
	// is fetched or extracted.
	feed.set(6)
	code, stdout, stderr = run(t, "", "watch", "--store", store, "--polls", "1", feed.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("restarted watch: exit %d\n%s", code, stderr)
	}
	if got := pollLines(t, stdout); fmt.Sprint(got) != fmt.Sprint([][3]int{{1, 5, 0}}) {
		t.Errorf("restarted poll %v, want [[1 5 0]]\n%s", got, stdout)
	}
	if feed.pages["/item/3"] != 2 || feed.pages["/item/6"] != 1 {
		t.Errorf("pages fetched %v; want item 3 no more, item 6 once", feed.pages)
	}
	if n := len(storedSources(t, store)); n != 6 {
		t.Errorf("%d sources after the restart, want 6", n)
	}
}

// TestWatchStopsOnSIGTERM: a watch waiting for its next poll stops at
// once on SIGTERM, exits 0 and releases the store.
func TestWatchStopsOnSIGTERM(t *testing.T) {
	fastFetchEnv(t)
	feed := newFlakyFeed(t, 1)
	store := filepath.Join(t.TempDir(), "g.db")
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run([]string{"watch", "--store", store, "--every", "1h", feed.URL + "/feed.xml"}, strings.NewReader(""), &out, &errb)
	}()
	for deadline := time.Now().Add(60 * time.Second); !strings.Contains(out.String(), "poll 1 "); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no first poll: %s", errb.String())
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("watch after SIGTERM: exit %d: %s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("watch ignores SIGTERM")
	}
	if !strings.Contains(errb.String(), "stopped by SIGTERM after 1 poll(s)") {
		t.Errorf("stderr %q", errb.String())
	}
	if code, _, errs := run(t, "", "stats", "--store", store); code != 0 {
		t.Errorf("store not released after SIGTERM: %s", errs)
	}
}

func TestWatchBadArguments(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"watch"}, "give at least one feed or page"},
		{[]string{"watch", "--every", "0s", "http://127.0.0.1:1/feed"}, "--every 0s: must be more than 0"},
		{[]string{"watch", "--polls", "-1", "http://127.0.0.1:1/feed"}, "--polls -1"},
	} {
		code, _, stderr := run(t, "", append(tc.args, "--store", filepath.Join(t.TempDir(), "g.db"))...)
		if code == 0 || !strings.Contains(stderr, tc.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want one line with %q", tc.args, code, stderr, tc.want)
		}
	}
}
