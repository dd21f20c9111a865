package web

// axe-core (Deque, MPL-2.0; an npm devDependency, never in the shipped
// bundle) run inside real chromium on each main view at a desktop and a
// phone size: no serious or critical WCAG 2.1 A/AA violation.

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core's browser build from web/node_modules (installed
// by `make -C web`, which runs npm ci with the devDependencies), or a skip.
func axeSource(t *testing.T) string {
	p := filepath.Join(repoRoot(t), "web", "node_modules", "axe-core", "axe.min.js")
	src, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("axe-core not installed (%v): run %q", err, "make -C web")
	}
	return string(src)
}

// axeViolation is the part of axe's answer a failure message needs.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// runAxe injects axe into the page (once per document; the DevTools
// protocol's evaluation is not bound by the page's CSP) and answers the
// violations of the WCAG 2.0/2.1 A and AA rules.
func runAxe(t *testing.T, b *browser, src string) []axeViolation {
	t.Helper()
	if loaded := get(t, b, "axe loaded?", chromedp.Evaluate[bool](`typeof window.axe === 'object'`)); !loaded {
		b.do(t, "inject axe", chromedp.Evaluate[chromedp.Void](src))
	}
	// axe adds a <style> of its own, which the CSP refuses: that refusal
	// is axe's, not the UI's, and is dropped from the page's record.
	raw := get(t, b, "run axe", chromedp.Evaluate[string](`(() => {
		const csp = (window.__csp || []).length;
		return axe.run(document, {
			runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
			resultTypes: ['violations'],
		}).then(r => { if (window.__csp) window.__csp.length = csp; return JSON.stringify(r.violations); });
	})()`, chromedp.EvalAwaitPromise))
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("axe's answer: %v", err)
	}
	return vs
}

func (v axeViolation) String() string {
	var targets []string
	for i, n := range v.Nodes {
		if i == 4 {
			targets = append(targets, fmt.Sprintf("… %d more", len(v.Nodes)-4))
			break
		}
		targets = append(targets, fmt.Sprint(n.Target...)+" "+strings.Join(strings.Fields(n.HTML), " "))
	}
	return fmt.Sprintf("%s (%s): %s\n      %s", v.ID, v.Impact, v.Help, strings.Join(targets, "\n      "))
}

func TestBrowserAccessibilityAxe(t *testing.T) {
	src := axeSource(t)
	b := newBrowser(t)
	st := uiStoryStore(t)
	// Write mode, so the add view is there to check.
	_, srv := serveStore(t, st, true, realIngest(t, st), nil)
	voc := st.Vocab()
	luk := url.QueryEscape(string(voc.Entity("person/aleksandr-lukashenko")))
	doc := url.QueryEscape(string(voc.Document(docHash(t, st, "wire/belarus.txt"))))
	views := []struct {
		name, path, ready string
		then              []chromedp.Action[chromedp.Void] // after ready, before axe
	}{
		{"explore", "/?id=" + luk, `document.querySelector('#graph').dataset.layout === 'done' && document.querySelector('#side-entity h2') !== null`, nil},
		{"overview", "/?view=overview", `document.querySelector('#overview-documents a') !== null`, nil},
		{"gizmo", "/?view=query", `document.querySelector('#canned-list li .name') !== null`,
			[]chromedp.Action[chromedp.Void]{chromedp.SetValue(chromedp.CSS("#query-text"), "g.V().Limit(4).All()"), chromedp.Click(chromedp.CSS("#query-run")),
				chromedp.Poll[chromedp.Void](`document.querySelector('#query-table table') !== null`, chromedp.WithPollingTimeout(20*time.Second))}},
		{"add", "/?view=add", `!document.querySelector('#view-add').hidden`, nil},
		{"reader", "/?view=reader&doc=" + doc + "&entity=" + luk, `document.querySelector('#reader-text mark') !== null`, nil},
		{"timeline", "/?view=timeline&id=" + luk, `document.querySelector('#timeline-items .tl-item') !== null`, nil},
		{"paths", "/?view=paths&from=" + url.QueryEscape(string(voc.Entity("person/rene-dupont"))) + "&to=" + url.QueryEscape(string(voc.Entity("country/russia"))),
			`document.querySelector('#path-results .path') !== null`, nil},
		{"said", "/?view=text&q=brothers", `document.querySelector('#text-results .hit') !== null`, nil},
	}
	for _, size := range [][2]int64{{1400, 900}, {390, 844}} {
		b.do(t, "resize", chromedp.EmulateViewport(size[0], size[1]))
		for _, v := range views {
			t.Run(fmt.Sprintf("%s %dx%d", v.name, size[0], size[1]), func(t *testing.T) {
				b.do(t, "open "+v.path, chromedp.Navigate(srv.URL+v.path),
					chromedp.Poll[chromedp.Void](v.ready, chromedp.WithPollingTimeout(30*time.Second)))
				b.do(t, "prepare", v.then...)
				var bad []string
				for _, vi := range runAxe(t, b, src) {
					if vi.Impact == "serious" || vi.Impact == "critical" {
						bad = append(bad, vi.String())
					} else {
						t.Logf("axe, %s: %s", vi.Impact, vi.ID)
					}
				}
				if len(bad) > 0 {
					t.Errorf("axe finds %d serious or critical violations:\n  %s", len(bad), strings.Join(bad, "\n  "))
				}
				b.screenshot(t, fmt.Sprintf("axe-%s-%dx%d.png", v.name, size[0], size[1]))
			})
		}
	}
	b.do(t, "reset", chromedp.EmulateViewport(1440, 900))
	b.check(t)
}
