package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/graph"
)

// BenchmarkBrowserGraph30 measures, in real chromium, the time from
// navigation to a laid-out graph of 30 nodes (the server's node cap set
// to 30), on the store named by $NEWSGRAPH_CORPUS_STORE (a bolt store of
// the BBC corpus, opened read-only) and the first document with 30
// entities and quotes.
// Reported as ms-to-graph; the transfer size of the page as page-bytes.
func BenchmarkBrowserGraph30(b *testing.B) {
	dir := os.Getenv("NEWSGRAPH_CORPUS_STORE")
	if dir == "" {
		b.Skip("set NEWSGRAPH_CORPUS_STORE to a bolt store of the BBC corpus")
	}
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: dir, ReadOnly: true, QueryTimeout: 30 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	br := newBrowser(b).ctx
	s, err := New(Options{Store: st, AllowedHosts: LoopbackHosts(), NodeCap: 30, Logf: b.Logf})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	hs := httptest.NewServer(s)
	defer hs.Close()
	srv := hs.URL
	// The first document whose graph fills 30 nodes.
	read := browse.New(st)
	docs, err := read.Documents(ctx)
	if err != nil {
		b.Fatalf("documents: %v", err)
	}
	id := ""
	for _, d := range docs {
		if g, err := read.DocumentGraph(ctx, d.ID, 30); err == nil && len(g.Nodes) >= 30 {
			id = d.ID
			break
		}
	}
	if id == "" {
		b.Skip("no document has a graph of 30 nodes")
	}
	page := srv + "/?doc=" + url.QueryEscape(id)
	// Warm the server's index and the browser's cache once.
	if err := chromedp.Do(br, chromedp.Navigate(page), waitDrawn(30)); err != nil {
		state, _ := chromedp.Run(br, chromedp.Evaluate[string](`JSON.stringify(document.querySelector('#graph').dataset) + ' ' + document.querySelector('#view-title').textContent + ' ' + document.querySelector('#banner').textContent`))
		b.Fatalf("%s: %v (%s)", page, err, state)
	}
	// The UI's performance marks split the time: the script starts
	// running (ng:script), the graph's data is in (ng:data), the layout
	// runs (ng:layout to ng:layoutstop).
	// The server indexes the store for search in the background once it
	// starts: wait for that, so the timed loads measure the steady state,
	// not a page competing with the index build for the CPU.
	if res, err := http.Get(srv + "/api/search?q=a&limit=1"); err != nil {
		b.Fatalf("wait for the search index: %v", err)
	} else {
		res.Body.Close()
	}
	var total, script, data, lay float64
	b.ResetTimer()
	for range b.N {
		if err := chromedp.Do(br, chromedp.Navigate("about:blank"), chromedp.Navigate(page), waitDrawn(30)); err != nil {
			b.Fatal(err)
		}
		ms, err := chromedp.Run(br, chromedp.Evaluate[[]float64](`(() => { const m = (n) => { const e = performance.getEntriesByName(n); return e.length ? e[e.length - 1].startTime : 0; };
			return [Number(document.querySelector('#graph').dataset.drawnMs), m('ng:script'), m('ng:data'), m('ng:layoutstop') - m('ng:layout')]; })()`))
		if err != nil {
			b.Fatal(err)
		}
		total += ms[0]
		script += ms[1]
		data += ms[2]
		lay += ms[3]
	}
	n := float64(b.N)
	b.ReportMetric(total/n, "ms-to-graph")
	b.ReportMetric(script/n, "ms-to-script")
	b.ReportMetric(data/n, "ms-to-data")
	b.ReportMetric(lay/n, "ms-layout")
	bytes, err := chromedp.Run(br, chromedp.Evaluate[float64](`performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).reduce((s, e) => s + (e.transferSize || 0), 0)`))
	if err == nil {
		b.ReportMetric(bytes, "page-bytes")
	}
}

func waitDrawn(n int) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](`Number(document.querySelector('#graph').dataset.nodes) >= `+strconv.Itoa(n)+` && document.querySelector('#graph').dataset.layout === 'done' && document.querySelector('#graph').dataset.drawnMs`,
		chromedp.WithPollingTimeout(60*time.Second))
}
