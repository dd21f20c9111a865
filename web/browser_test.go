package web

// Real-browser tests: Debian's chromium, headless, driven by chromedp
// against the real server over a real bolt store filled by the real
// extractor. They skip when chromium or the built UI is missing.

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/graph"
)

// chromium finds the browser: $NEWSGRAPH_CHROMIUM, then Debian's names.
func chromium(t testing.TB) string {
	if p := os.Getenv("NEWSGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("browser tests need chromium: apt-get install -y chromium (or set NEWSGRAPH_CHROMIUM)")
	return ""
}

// artifactDir is where screenshots go: $NEWSGRAPH_ARTIFACTS or a temp dir.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("NEWSGRAPH_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// browser is one headless chromium tab that records dialogs and page
// errors.
type browser struct {
	ctx     context.Context
	mu      sync.Mutex
	dialogs []string
	errors  []string
}

func newBrowser(t testing.TB) *browser {
	t.Helper()
	bin := chromium(t)
	if !UIBuilt() {
		t.Skipf("browser tests need the built UI in this test binary: run %q first", "make -C web")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA() })
	b := &browser{ctx: ctx}
	// The first action starts the browser; it must run on a context
	// without a deadline of its own (chromedp.Run's rule).
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium %s: %v", bin, err)
	}
	// Record Content-Security-Policy violations: the UI must need none of
	// what the policy forbids.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
	}); err != nil {
		t.Fatalf("install the CSP listener: %v", err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, string(ev.Type)+": "+ev.Message)
			b.mu.Unlock()
			// An open dialog blocks the page: dismiss it so the test goes on.
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			msg := "exception"
			if d := ev.ExceptionDetails; d != nil {
				msg = d.Text
				if d.Exception != nil {
					msg += " " + d.Exception.Description
				}
			}
			b.mu.Lock()
			b.errors = append(b.errors, msg)
			b.mu.Unlock()
		}
	}()
	return b
}

// do runs steps with a deadline, failing the test on error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// get runs one action that returns a value.
func get[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	png := get(t, b, "screenshot", chromedp.FullScreenshot(100))
	p := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

func (b *browser) check(t *testing.T) {
	t.Helper()
	if v := get(t, b, "read CSP violations", chromedp.Evaluate[[]string](`window.__csp || []`)); len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		t.Errorf("the page opened dialogs: %q", b.dialogs)
	}
	if len(b.errors) > 0 {
		t.Errorf("uncaught exceptions in the page: %q", b.errors)
	}
}

// waitGraph waits until the graph has at least min nodes and its layout
// has stopped, and returns the node count.
func (b *browser) waitGraph(t *testing.T, min int) int {
	t.Helper()
	b.do(t, fmt.Sprintf("wait for a graph of %d+ nodes", min),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`Number(document.querySelector('#graph').dataset.nodes) >= %d && document.querySelector('#graph').dataset.layout === 'done'`, min),
			chromedp.WithPollingTimeout(60*time.Second)))
	return get(t, b, "count nodes", chromedp.Evaluate[int](`Number(document.querySelector('#graph').dataset.nodes)`))
}

// serveForBrowser serves a fresh bolt store holding the given articles,
// ingested by the real extractor.
func serveForBrowser(t *testing.T, write bool, articles ...string) (*graph.Store, *httptest.Server, IngestFunc) {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ingest := realIngest(t, st)
	for _, a := range articles {
		text, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest(context.Background(), a, text); err != nil {
			t.Fatalf("ingest %s: %v", a, err)
		}
	}
	var serverIngest IngestFunc
	if write {
		serverIngest = ingest
	}
	_, srv := serveStore(t, st, write, serverIngest, nil)
	return st, srv, ingest
}

// The founding article: /?q=Lukashenko opens his graph; clicking an edge
// shows the sentence it came from.
func TestBrowserFoundingArticleGraphAndEvidence(t *testing.T) {
	path := sharedFile(t, filepath.Join("corpus", "lukashenko-cis.txt"))
	b := newBrowser(t)
	_, srv, _ := serveForBrowser(t, false, path)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	b.do(t, "open /?q=Lukashenko", chromedp.Navigate(srv.URL+"/?q=Lukashenko"))
	n := b.waitGraph(t, 5)
	title := get(t, b, "read title", chromedp.Text(chromedp.CSS("#view-title")))
	if !strings.Contains(title, "Lukashenko") {
		t.Errorf("view title = %q, want Lukashenko", title)
	}
	edges := get(t, b, "count edges", chromedp.Evaluate[int](`Number(document.querySelector('#graph').dataset.edges)`))
	t.Logf("rendered %d nodes, %d edges", n, edges)
	if edges < 1 {
		t.Fatalf("no edges rendered")
	}

	// Click the middle of each edge (a real mouse click on the canvas)
	// until one opens its evidence; labels or nodes may cover some.
	points := get(t, b, "edge midpoints", chromedp.Evaluate[[][2]float64](`(() => {
		const cy = window.__newsgraph.cy, box = document.querySelector('#graph').getBoundingClientRect();
		// Facts between entities first: their sentences name both ends.
		const edges = cy.edges().sort((a, b) => (a.data('label') === 'said') - (b.data('label') === 'said'));
		return edges.map(e => { const p = e.renderedMidpoint(); return [box.left + p.x, box.top + p.y]; });
	})()`))
	opened := false
	var sentence string
	for _, p := range points {
		b.do(t, "click edge", chromedp.MouseClickXY(p[0], p[1]))
		ctx, cancel := context.WithTimeout(b.ctx, 3*time.Second)
		err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`!document.querySelector('#side-evidence').hidden && document.querySelector('#side-evidence .sentence-text') !== null`,
			chromedp.WithPollingTimeout(1500*time.Millisecond)))
		cancel()
		if err == nil {
			sentence = get(t, b, "read evidence", chromedp.Text(chromedp.CSS("#side-evidence .sentence-text")))
			opened = true
			break
		}
	}
	if !opened {
		t.Fatalf("clicking %d edge midpoints opened no evidence", len(points))
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if len(sentence) < 20 || !strings.Contains(norm(string(text)), norm(sentence)) {
		t.Errorf("evidence %q is not a sentence of the article", sentence)
	}
	marks := get(t, b, "count highlights", chromedp.Evaluate[int](`document.querySelectorAll('#side-evidence mark').length`))
	if marks == 0 {
		t.Errorf("evidence sentence has no highlighted mention")
	}
	b.screenshot(t, "lukashenko.png")

	// The Gizmo console prints a bare count.
	b.do(t, "gizmo count",
		chromedp.Navigate(srv.URL+"/?view=query"),
		chromedp.WaitVisible(chromedp.CSS("#query-text")),
		chromedp.SetValue(chromedp.CSS("#query-text"), "g.V().Count()"),
		chromedp.Click(chromedp.CSS("#query-run")),
		chromedp.WaitVisible(chromedp.CSS("#query-table .scalar")))
	count := get(t, b, "read count", chromedp.Text(chromedp.CSS("#query-table .scalar")))
	if count == "" || strings.Trim(count, "0123456789,") != "" {
		t.Errorf("g.V().Count() shows %q, want a number", count)
	}
	b.screenshot(t, "gizmo.png")
	b.check(t)
}

// An article full of markup, added through the UI's own form, renders as
// text: no dialog, no injected element.
func TestBrowserHostileArticleRendersInert(t *testing.T) {
	b := newBrowser(t)
	_, srv, _ := serveForBrowser(t, true)
	dir := t.TempDir()
	article := "Minister hails <img src=x onerror=alert(1)> pact with <b>Hungary</b>\n\n" +
		"Finance Minister Anna Kovacs met Prime Minister Viktor Orban in Budapest on Tuesday, officials said. " +
		"Kovacs said: \"This is a good day <script>alert(2)</script> for Hungary <img src=y onerror=confirm(3)>.\"\n\n" +
		"Orban visited Vienna <svg onload=alert(4)> later in the week.\n"
	file := filepath.Join(dir, "hostile.txt")
	if err := os.WriteFile(file, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}

	b.do(t, "open the add form", chromedp.Navigate(srv.URL+"/?view=add"), chromedp.WaitVisible(chromedp.CSS("#add-text")))
	b.do(t, "upload and ingest",
		chromedp.SetUploadFiles(chromedp.CSS("#add-file"), []string{file}),
		chromedp.Poll[chromedp.Void](`document.querySelector('#add-text').value.length > 100`, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Click(chromedp.CSS("#add-run")))
	b.waitGraph(t, 2)
	loc := get(t, b, "location", chromedp.Location())
	title := get(t, b, "read title", chromedp.Text(chromedp.CSS("#view-title")))
	if !strings.Contains(loc, "doc=") {
		t.Errorf("after ingest the page is %s, want the document's graph", loc)
	}
	if !strings.Contains(title, "<img src=x onerror=alert(1)>") {
		t.Errorf("title %q does not show the markup as text", title)
	}
	injected := func() int {
		return get(t, b, "count injected elements", chromedp.Evaluate[int](
			`document.querySelectorAll('img, svg:not(.legend svg), b:not(.ev-title b):not(.doc b), iframe, object, embed').length + document.querySelectorAll('script').length - 1`))
	}
	if n := injected(); n != 0 {
		t.Errorf("%d injected elements in the document view", n)
	}
	b.screenshot(t, "hostile-document.png")
	// Open the quote's speaker: quotes and sentences carry the markup too.
	var hits []browse.EntitySummary
	f := &fixture{srv: srv}
	f.getJSON(t, "/api/search?q=Kovacs", 200, &hits)
	if len(hits) > 0 {
		b.do(t, "open Kovacs", chromedp.Navigate(srv.URL+"/?id="+url.QueryEscape(hits[0].ID)))
		b.waitGraph(t, 1)
		b.do(t, "click the quote",
			chromedp.WaitVisible(chromedp.CSS("#side-entity .quotes li")),
			chromedp.Click(chromedp.CSS("#side-entity .quotes li")),
			chromedp.WaitVisible(chromedp.CSS("#side-evidence .sentence-text")))
		side := get(t, b, "read side panel", chromedp.Text(chromedp.CSS("#side")))
		if !strings.Contains(side, "<script>alert(2)</script>") {
			t.Errorf("side panel does not show the quoted markup as text: %q", side)
		}
		if n := injected(); n != 0 {
			t.Errorf("%d injected elements in the entity view", n)
		}
	} else {
		t.Logf("the extractor found no Kovacs; checked the document view only")
	}
	// Query results in the Gizmo console are text too.
	b.do(t, "console",
		chromedp.Navigate(srv.URL+"/?view=query"),
		chromedp.WaitVisible(chromedp.CSS("#query-text")),
		chromedp.SetValue(chromedp.CSS("#query-text"), `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://newsgraph.dev/ns#Document>").Out("<https://newsgraph.dev/ns#title>").All()`),
		chromedp.Click(chromedp.CSS("#query-run")),
		chromedp.WaitVisible(chromedp.CSS("#query-table table")))
	if cell := get(t, b, "read results", chromedp.Text(chromedp.CSS("#query-table table"))); !strings.Contains(cell, "<img src=x onerror=alert(1)>") {
		t.Errorf("console results do not show the title's markup as text: %q", cell)
	}
	if n := injected(); n != 0 {
		t.Errorf("%d injected elements in the console", n)
	}
	// The search suggestions render names as text too.
	b.do(t, "type-ahead", chromedp.SendKeys(chromedp.CSS("#search"), "Orb"),
		chromedp.WaitVisible(chromedp.CSS("#search-results li")))
	b.screenshot(t, "hostile.png")
	if n := injected(); n != 0 {
		t.Errorf("%d injected elements after search", n)
	}
	// Give any injected handler a moment to fire before checking dialogs.
	b.do(t, "settle", chromedp.Sleep(300*time.Millisecond))
	b.check(t)
}
