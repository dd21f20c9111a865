package web

// Real-browser tests of the explore view on big neighbourhoods (issue 15,
// items 4 and 5): grouped quotes, notices when something is capped,
// re-fit after expanding, collapse, hide, expand along one relation, the
// layout choice, the view kept in the URL (reload, back and forward),
// and the exports (PNG, SVG, CSV, JSON). The store holds one
// hand-annotated story, so nothing depends on the extractor.

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// Names that would do harm if they were ever parsed as markup or run by
// a spreadsheet.
const (
	scriptName  = "Evil <script>alert(1)</script> Corp"
	formulaName = `=HYPERLINK("http://example.com") Ltd`
	vargaQuotes = 36
	metAgain    = 27 // with sentence 2: 28 sentences state Varga metWith Brandt
)

// summitStory: Elena Varga has four relations and 36 quotes (more than
// the 30 a neighbourhood carries); Karl Brandt, one of her neighbours,
// has relations of two kinds of his own.
func summitStory() *extract.Document {
	ents := []extract.Entity{
		{Key: "person/elena-varga", Type: extract.Person, Name: "Elena Varga", Aliases: []string{"Varga"}},
		{Key: "country/ruritania", Type: extract.Country, Name: "Ruritania"},
		{Key: "person/karl-brandt", Type: extract.Person, Name: "Karl Brandt", Aliases: []string{"Brandt"}},
		{Key: "organization/northern-alliance", Type: extract.Organization, Name: "Northern Alliance"},
		{Key: "city/strelsau", Type: extract.City, Name: "Strelsau"},
		{Key: "city/vienna", Type: extract.City, Name: "Vienna"},
		{Key: "organization/evil-corp", Type: extract.Organization, Name: scriptName},
		{Key: "organization/hyperlink-ltd", Type: extract.Organization, Name: formulaName},
	}
	sents := []string{
		"Varga and Brandt meet in Strelsau",
		"Elena Varga leads Ruritania.",
		"Elena Varga met Karl Brandt on Monday.",
		"Elena Varga is a member of the Northern Alliance.",
		"Karl Brandt visited Strelsau.",
		"Karl Brandt visited Vienna.",
		"Karl Brandt met " + scriptName + ".",
		"Elena Varga met " + formulaName + ".",
	}
	facts := []extract.Fact{
		{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 1},
		{Subject: 0, Predicate: extract.MetWith, Object: 2, Sentence: 2},
		{Subject: 0, Predicate: extract.MemberOf, Object: 3, Sentence: 3},
		{Subject: 2, Predicate: extract.Visited, Object: 4, Sentence: 4},
		{Subject: 2, Predicate: extract.Visited, Object: 5, Sentence: 5},
		{Subject: 2, Predicate: extract.MetWith, Object: 6, Sentence: 6},
		{Subject: 0, Predicate: extract.MetWith, Object: 7, Sentence: 7},
	}
	// Varga met Brandt in more sentences than the evidence lists.
	for i := range metAgain {
		facts = append(facts, extract.Fact{Subject: 0, Predicate: extract.MetWith, Object: 2, Sentence: len(sents)})
		sents = append(sents, fmt.Sprintf("Elena Varga met Karl Brandt again, for talk %d.", i+1))
	}
	var quotes []extract.Quote
	for i := range vargaQuotes {
		quotes = append(quotes, extract.Quote{Text: fmt.Sprintf("Point %d of our plan stands,", i+1), Speaker: 0, Sentence: len(sents)})
		sents = append(sents, fmt.Sprintf("\u201cPoint %d of our plan stands,\u201d Varga said.", i+1))
	}
	return uiStory("wire/summit.txt", sents, ents, facts, quotes)
}

// readCSV reads a downloaded CSV file (a UTF-8 byte order mark first,
// for spreadsheets).
func readCSV(data []byte) ([][]string, error) {
	return csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
}

func TestBrowserExploreBigNeighbourhoods(t *testing.T) {
	b := newBrowser(t)
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Ingest(ctx, summitStory()); err != nil {
		t.Fatal(err)
	}
	_, srv := serveStore(t, st, false, nil, nil)
	voc := st.Vocab()
	iri := func(key string) string { return string(voc.Entity(key)) }
	varga, brandt := iri("person/elena-varga"), iri("person/karl-brandt")
	eval := func(t *testing.T, what, js string) string {
		t.Helper()
		return get(t, b, what, chromedp.Evaluate[string](js))
	}
	wait := func(t *testing.T, what, js string) {
		t.Helper()
		b.do(t, what, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(20*time.Second)))
	}
	js := func(s string) string { j, _ := json.Marshal(s); return string(j) }
	// settled: the layout has stopped and nothing is loading.
	const settled = `document.querySelector('#graph').dataset.layout === 'done' && document.querySelector('#graph').getAttribute('aria-busy') !== 'true'`
	nodeIDs := func(t *testing.T) string {
		return eval(t, "visible nodes", `window.__newsgraph.cy.nodes().filter(n => n.visible()).map(n => n.id()).sort().join('\n')`)
	}
	// clickNode clicks a node with the mouse, at its centre on screen.
	clickNode := func(t *testing.T, id string) {
		t.Helper()
		p := get(t, b, "node position", chromedp.Evaluate[[2]float64](`(() => {
			const n = window.__newsgraph.cy.getElementById(`+js(id)+`), box = document.querySelector('#graph').getBoundingClientRect();
			const p = n.renderedPosition(); return [box.left + p.x, box.top + p.y]; })()`))
		b.do(t, "click node", chromedp.MouseClickXY(p[0], p[1]))
	}
	// clickApart moves a node away from the others (whose long labels
	// could lie over it and take the click), centres the view on it and
	// clicks it.
	clickApart := func(t *testing.T, id string) {
		t.Helper()
		eval(t, "move node apart", `(() => { const cy = window.__newsgraph.cy, n = cy.getElementById(`+js(id)+`);
			const bb = cy.elements().not(n).boundingBox({includeLabels: true}); n.position({x: bb.x2 + 400, y: bb.y2 + 400});
			cy.zoom(1.5); cy.center(n); window.__taps = []; cy.on('tap', (e) => window.__taps.push(e.target === cy ? 'core' : e.target.id())); return ''; })()`)
		clickNode(t, id)
	}
	// allInView: every visible node lies inside the graph's box.
	allInView := `window.__newsgraph.cy.nodes().filter(n => n.visible()).every(n => { const b = n.renderedBoundingBox({includeLabels: false}), cy = window.__newsgraph.cy;
		return b.x1 >= -2 && b.y1 >= -2 && b.x2 <= cy.width() + 2 && b.y2 <= cy.height() + 2; })`
	openVarga := func(t *testing.T, query string) {
		t.Helper()
		b.do(t, "open Varga", chromedp.Navigate(srv.URL+"/?id="+url.QueryEscape(varga)+query))
		b.waitGraph(t, 5)
		wait(t, "side panel and layout", `document.querySelector('#side-entity h2') !== null && `+settled)
	}
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatalf("allow downloads: %v", err)
	}
	// download clicks a button and returns the file it saved, whose name
	// ends with suffix.
	download := func(t *testing.T, sel, suffix string) []byte {
		t.Helper()
		old, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range old {
			os.Remove(f)
		}
		b.do(t, "click "+sel, chromedp.Click(chromedp.CSS(sel)))
		for range 100 {
			files, _ := filepath.Glob(filepath.Join(dir, "*"+suffix))
			if len(files) == 1 {
				if data, err := os.ReadFile(files[0]); err == nil && len(data) > 0 {
					return data
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("%s saved no *%s file", sel, suffix)
		return nil
	}

	t.Run("quotes grouped in one node, opened with a notice of the cap", func(t *testing.T) {
		openVarga(t, "")
		group := eval(t, "group node", `window.__newsgraph.cy.nodes('[group = 1]').map(n => n.data('name')).join('|') + ' / ' + window.__newsgraph.cy.nodes('[type = "Quote"][group != 1]').length`)
		if group != fmt.Sprintf("%d quotes / 0", vargaQuotes) {
			t.Fatalf("quote nodes = %q, want one node saying %d quotes and no single quote", group, vargaQuotes)
		}
		before := get(t, b, "nodes", chromedp.Evaluate[int](`Number(document.querySelector('#graph').dataset.nodes)`))
		clickApart(t, "qg:"+varga)
		wait(t, "quotes opened", `window.__newsgraph.cy.nodes('[type = "Quote"]').length >= 30 && `+settled)
		if n := get(t, b, "nodes", chromedp.Evaluate[int](`Number(document.querySelector('#graph').dataset.nodes)`)); n != before-1+30 {
			t.Errorf("%d nodes after opening the quotes, want %d (the group replaced by 30 quotes)", n, before-1+30)
		}
		notice := eval(t, "notices", `document.querySelector('#notices').hidden ? '' : document.querySelector('#notices').innerText`)
		if !strings.Contains(notice, fmt.Sprintf("30 of %d quotes", vargaQuotes)) {
			t.Errorf("notices = %q, want one saying 30 of %d quotes are shown", notice, vargaQuotes)
		}
		if ok := get(t, b, "in view", chromedp.Evaluate[bool](allInView)); !ok {
			t.Errorf("after opening the quotes some nodes lie outside the view")
		}
		if loc := get(t, b, "location", chromedp.Location()); !strings.Contains(loc, "x=q+"+url.QueryEscape(varga)) {
			t.Errorf("location %s does not hold the opened quotes", loc)
		}
		b.screenshot(t, "explore-quotes-opened.png")
		// Grouping them again, from the speaker's panel, undoes it.
		clickNode(t, varga)
		b.do(t, "group quotes", chromedp.WaitVisible(chromedp.CSS("#node-quotes")), chromedp.Click(chromedp.CSS("#node-quotes")))
		wait(t, "quotes grouped", `window.__newsgraph.cy.nodes('[type = "Quote"]').length === 1 && `+settled)
		if notice := eval(t, "notices", `document.querySelector('#notices').innerText`); strings.Contains(notice, "quotes") {
			t.Errorf("the quotes notice stays after grouping: %q", notice)
		}
	})

	t.Run("evidence says how many sentences it leaves out", func(t *testing.T) {
		openVarga(t, "")
		b.do(t, "click metWith Brandt", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('#side-entity .facts li')].find(li => li.textContent.includes('metWith') && li.textContent.includes('Karl Brandt')).click()`),
			chromedp.WaitVisible(chromedp.CSS("#side-evidence .sentence-text")))
		got := eval(t, "evidence", `document.querySelectorAll('#side-evidence .sentence').length + ' ' + (document.querySelector('#side-evidence .capped') || {textContent: ''}).textContent`)
		var listed int
		fmt.Sscan(got, &listed)
		if want := fmt.Sprintf("%d Showing %d of %d sentences", listed, listed, metAgain+1); listed == 0 || listed > metAgain || got != want {
			t.Errorf("evidence = %q, want some sentences and a notice like %q", got, want)
		}
	})

	// Also: a document's long title wraps the toolbar and moves the graph
	// down after it is drawn; clicks must still land on the nodes.
	t.Run("a document's quotes: all of them, grouped by speaker", func(t *testing.T) {
		doc := string(voc.Document(docHash(t, st, "wire/summit.txt")))
		b.do(t, "open the document", chromedp.Navigate(srv.URL+"/?doc="+url.QueryEscape(doc)))
		b.waitGraph(t, 5)
		wait(t, "settled", settled)
		if g := eval(t, "group", `window.__newsgraph.cy.nodes('[group = 1]').map(n => n.data('name')).join('|')`); g != fmt.Sprintf("%d quotes", vargaQuotes) {
			t.Errorf("group node %q, want %d quotes (the document's every quote)", g, vargaQuotes)
		}
		clickApart(t, "qg:"+varga)
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`window.__newsgraph.cy.nodes('[type = "Quote"]').length > 1 && `+settled, chromedp.WithPollingTimeout(15*time.Second)))
		cancel()
		if err != nil {
			t.Fatalf("quotes not opened: %v; %s", err, eval(t, "state", `(() => { const cy = window.__newsgraph.cy, g = cy.getElementById(`+js("qg:"+varga)+`);
				return JSON.stringify({url: location.search, ds: document.querySelector('#graph').dataset, busy: document.querySelector('#graph').getAttribute('aria-busy'),
					banner: document.querySelector('#banner').textContent, group: g.nonempty() && g.renderedPosition(), zoom: cy.zoom(), quotes: cy.nodes('[type = "Quote"]').length, taps: window.__taps}); })()`))
		}
		if n := get(t, b, "quotes", chromedp.Evaluate[int](`window.__newsgraph.cy.nodes('[type = "Quote"]').length`)); n != vargaQuotes {
			t.Errorf("%d quote nodes, want %d", n, vargaQuotes)
		}
	})

	t.Run("expanding re-fits; collapse takes it back", func(t *testing.T) {
		openVarga(t, "")
		before := nodeIDs(t)
		// Zoom in on Brandt at the window's edge: without a re-fit the new
		// nodes would land off-screen.
		eval(t, "zoom in", `(() => { const cy = window.__newsgraph.cy; cy.zoom(2.5); const n = cy.getElementById(`+js(brandt)+`);
			cy.pan({x: cy.width() - 40 - n.position('x') * 2.5, y: cy.height() / 2 - n.position('y') * 2.5}); return ''; })()`)
		clickNode(t, brandt)
		wait(t, "expanded", `location.search.includes('x=n+') && window.__newsgraph.cy.getElementById(`+js(iri("city/vienna"))+`).nonempty() && `+settled)
		if ok := get(t, b, "in view", chromedp.Evaluate[bool](allInView)); !ok {
			t.Errorf("after expanding Brandt some nodes lie outside the view")
		}
		b.screenshot(t, "explore-expanded.png")
		b.do(t, "collapse", chromedp.WaitVisible(chromedp.CSS("#node-collapse")), chromedp.Click(chromedp.CSS("#node-collapse")))
		wait(t, "collapsed", `!location.search.includes('x=')`)
		if after := nodeIDs(t); after != before {
			t.Errorf("after collapse the graph holds\n%s\nwant\n%s", after, before)
		}
	})

	t.Run("expand along one relation", func(t *testing.T) {
		openVarga(t, "")
		clickNode(t, brandt)
		b.do(t, "collapse", chromedp.WaitVisible(chromedp.CSS("#node-collapse")), chromedp.Click(chromedp.CSS("#node-collapse")))
		wait(t, "collapsed", `!location.search.includes('x=') && document.querySelector('#expand-relation') !== null`)
		value := eval(t, "visited option", `[...document.querySelectorAll('#expand-relation option')].find(o => o.textContent.startsWith('visited')).value`)
		b.do(t, "choose visited", chromedp.SetValue(chromedp.CSS("#expand-relation"), value), chromedp.Click(chromedp.CSS("#expand-relation-run")))
		wait(t, "expanded along visited", `location.search.includes('x=r+') && `+settled)
		has := func(key string) bool {
			return get(t, b, "has "+key, chromedp.Evaluate[bool](`window.__newsgraph.cy.getElementById(`+js(iri(key))+`).nonempty()`))
		}
		if !has("city/strelsau") || !has("city/vienna") {
			t.Errorf("expanding along visited did not add both cities")
		}
		if has("organization/evil-corp") {
			t.Errorf("expanding along visited added a metWith neighbour")
		}
	})

	t.Run("hide a node; show all", func(t *testing.T) {
		openVarga(t, "")
		clickNode(t, brandt)
		b.do(t, "hide", chromedp.WaitVisible(chromedp.CSS("#node-hide")), chromedp.Click(chromedp.CSS("#node-hide")))
		wait(t, "hidden", `location.search.includes('h=') && !window.__newsgraph.cy.getElementById(`+js(brandt)+`).visible()`)
		if notice := eval(t, "notice", `document.querySelector('#notices').innerText`); !strings.Contains(notice, "1 node hidden") {
			t.Errorf("notices = %q, want one saying a node is hidden", notice)
		}
		b.do(t, "show all", chromedp.Click(chromedp.CSS("#show-hidden")))
		wait(t, "shown", `!location.search.includes('h=') && window.__newsgraph.cy.getElementById(`+js(brandt)+`).visible()`)
	})

	t.Run("layout choice", func(t *testing.T) {
		openVarga(t, "")
		b.do(t, "tree layout", chromedp.SetValue(chromedp.CSS("#layout-choice"), "breadthfirst"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('#layout-choice').dispatchEvent(new Event('change'))`))
		wait(t, "tree", `location.search.includes('layout=breadthfirst') && `+settled)
		// A tree rooted at the centre: the centre is on the top row.
		if top := get(t, b, "centre on top", chromedp.Evaluate[bool](`(() => { const cy = window.__newsgraph.cy, c = cy.getElementById(`+js(varga)+`);
			return cy.nodes().not(c).every(n => n.position('y') > c.position('y') + 1); })()`)); !top {
			t.Errorf("in the tree layout the centre is not above every other node")
		}
		b.do(t, "concentric layout", chromedp.SetValue(chromedp.CSS("#layout-choice"), "concentric"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('#layout-choice').dispatchEvent(new Event('change'))`))
		wait(t, "concentric", `location.search.includes('layout=concentric') && `+settled)
		// Concentric: the centre in the middle, the rest on rings about it.
		if mid := get(t, b, "centre in the middle", chromedp.Evaluate[bool](`(() => { const cy = window.__newsgraph.cy, c = cy.getElementById(`+js(varga)+`).position();
			const d = cy.nodes().not(cy.getElementById(`+js(varga)+`)).map(n => Math.hypot(n.position('x') - c.x, n.position('y') - c.y));
			return d.length > 3 && Math.min(...d) > 30; })()`)); !mid {
			t.Errorf("in the concentric layout the centre is not alone in the middle")
		}
	})

	t.Run("the view is kept in the URL: reload, back and forward", func(t *testing.T) {
		openVarga(t, "")
		clickNode(t, brandt)
		wait(t, "expanded", `location.search.includes('x=n+') && `+settled)
		// A filter (no cities), the layout and a selected edge.
		b.do(t, "open filters", chromedp.Click(chromedp.CSS("#filters summary")))
		b.do(t, "filter out cities", chromedp.Click(chromedp.CSS(`#filter-types input[value=City]`)))
		b.do(t, "close filters", chromedp.Click(chromedp.CSS("#filters summary")))
		b.do(t, "concentric", chromedp.SetValue(chromedp.CSS("#layout-choice"), "concentric"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('#layout-choice').dispatchEvent(new Event('change'))`))
		wait(t, "concentric", `location.search.includes('layout=concentric') && `+settled)
		b.do(t, "select a fact", chromedp.Click(chromedp.CSS("#side-entity .facts li")), chromedp.WaitVisible(chromedp.CSS("#side-evidence .sentence-text")))
		wait(t, "edge in URL", `location.search.includes('e=')`)
		loc := get(t, b, "location", chromedp.Location())
		nodes := nodeIDs(t)
		evidence := eval(t, "evidence", `document.querySelector('#side-evidence .sentence-text').textContent`)
		if strings.Contains(nodes, iri("city/vienna")) {
			t.Errorf("the City filter left Vienna visible")
		}
		// A fresh page on that URL draws the same view.
		b.do(t, "reload", chromedp.Navigate("about:blank"), chromedp.Navigate(loc))
		b.waitGraph(t, 5)
		wait(t, "restored", `!document.querySelector('#side-evidence').hidden && document.querySelector('#side-evidence .sentence-text') !== null && `+settled)
		if got := nodeIDs(t); got != nodes {
			t.Errorf("restored view holds\n%s\nwant\n%s", got, nodes)
		}
		if got := eval(t, "evidence", `document.querySelector('#side-evidence .sentence-text').textContent`); got != evidence {
			t.Errorf("restored evidence %q, want %q", got, evidence)
		}
		if got := eval(t, "layout", `document.querySelector('#layout-choice').value + ' ' + document.querySelector('#filter-count').textContent`); got != "concentric 1" {
			t.Errorf("restored layout and filter count = %q, want concentric 1", got)
		}
		// Hide a node (a new history entry), then back and forward.
		clickNode(t, iri("country/ruritania"))
		b.do(t, "hide", chromedp.WaitVisible(chromedp.CSS("#node-hide")), chromedp.Click(chromedp.CSS("#node-hide")))
		wait(t, "hidden", `location.search.includes('h=')`)
		b.do(t, "back", chromedp.NavigateBack())
		wait(t, "back", `!location.search.includes('h=') && window.__newsgraph.cy.getElementById(`+js(iri("country/ruritania"))+`).visible() && `+settled)
		if got := nodeIDs(t); got != nodes {
			t.Errorf("after back the view holds\n%s\nwant\n%s", got, nodes)
		}
		b.do(t, "forward", chromedp.NavigateForward())
		wait(t, "forward", `location.search.includes('h=') && !window.__newsgraph.cy.getElementById(`+js(iri("country/ruritania"))+`).visible()`)
		// Back past the edge, the filter and the expansion, to the plain view.
		b.do(t, "back to the start", chromedp.Navigate(srv.URL+"/?id="+url.QueryEscape(varga)))
		b.waitGraph(t, 5)
		clickNode(t, brandt)
		wait(t, "expanded", `location.search.includes('x=n+') && `+settled)
		b.do(t, "back", chromedp.NavigateBack())
		wait(t, "collapsed by back", `!location.search.includes('x=') && window.__newsgraph.cy.getElementById(`+js(iri("city/vienna"))+`).empty()`)
	})

	t.Run("exports: SVG, PNG, CSV and JSON", func(t *testing.T) {
		openVarga(t, "")
		clickNode(t, brandt)
		wait(t, "expanded", `location.search.includes('x=n+') && `+settled)
		svg := string(download(t, "#export-svg", ".svg"))
		visible := get(t, b, "visible", chromedp.Evaluate[int](`window.__newsgraph.cy.nodes().filter(n => n.visible()).length`))
		// The file parses as SVG; one shape group per node on screen; the
		// script in a name is text, never an element.
		parsed := eval(t, "parse svg", `(() => { const d = new DOMParser().parseFromString(`+js(svg)+`, 'image/svg+xml');
			if (d.querySelector('parsererror')) return 'parse error';
			return d.querySelectorAll('g.node').length + ' ' + d.querySelectorAll('g.edge').length + ' ' + d.querySelectorAll('script').length + ' ' +
				[...d.querySelectorAll('g.node title')].some(t => t.textContent === `+js(scriptName)+`); })()`)
		edges := get(t, b, "edges", chromedp.Evaluate[int](`window.__newsgraph.cy.edges().filter(e => e.visible()).length`))
		if want := fmt.Sprintf("%d %d 0 true", visible, edges); parsed != want {
			t.Errorf("SVG holds (nodes edges scripts evil-name-as-text) %q, want %q", parsed, want)
		}
		png := download(t, "#export-png", ".png")
		if len(png) < 1000 || string(png[1:4]) != "PNG" {
			t.Errorf("PNG export: %d bytes starting %q", len(png), png[:min(8, len(png))])
		}
		// Tables of the side panel (Brandt's, after the click).
		facts := get(t, b, "facts", chromedp.Evaluate[int](`document.querySelectorAll('#side-entity ul.facts')[0].children.length`))
		rows, err := readCSV(download(t, `[data-table=facts] [data-format=csv]`, ".csv"))
		if err != nil {
			t.Fatalf("facts CSV: %v", err)
		}
		if len(rows) != facts+1 || rows[0][0] != "subject" {
			t.Fatalf("facts CSV has %d rows (header %v), want a header and %d facts", len(rows), rows[0], facts)
		}
		var all string
		for _, r := range rows {
			all += strings.Join(r, "|") + "\n"
		}
		if !strings.Contains(all, scriptName) {
			t.Errorf("facts CSV lacks %q:\n%s", scriptName, all)
		}
		var list []map[string]any
		if err := json.Unmarshal(download(t, `[data-table=facts] [data-format=json]`, ".json"), &list); err != nil {
			t.Fatalf("facts JSON: %v", err)
		}
		if len(list) != facts || list[0]["relation"] == "" {
			t.Errorf("facts JSON has %d rows, want %d with relations", len(list), facts)
		}
		// Varga's facts include the formula-named company: its cell is
		// defused for spreadsheets.
		openVarga(t, "")
		rows, err = readCSV(download(t, `[data-table=facts] [data-format=csv]`, ".csv"))
		if err != nil {
			t.Fatalf("Varga's facts CSV: %v", err)
		}
		defused := false
		for _, r := range rows {
			for _, c := range r {
				if strings.HasPrefix(c, "=") {
					t.Errorf("CSV cell %q would run as a formula", c)
				}
				defused = defused || c == "'"+formulaName
			}
		}
		if !defused {
			t.Errorf("the formula-named company is missing from the CSV:\n%v", rows)
		}
		quotes, err := readCSV(download(t, `[data-table=quotes] [data-format=csv]`, ".csv"))
		if err != nil || len(quotes) != vargaQuotes+1 {
			t.Errorf("quotes CSV: %d rows (%v), want %d quotes and a header", len(quotes), err, vargaQuotes)
		}
	})

	t.Run("two screen sizes", func(t *testing.T) {
		for _, size := range [][2]int64{{1400, 900}, {390, 844}} {
			b.do(t, "resize", chromedp.EmulateViewport(size[0], size[1]))
			openVarga(t, "&x="+url.QueryEscape("q "+varga))
			wait(t, "quotes open", `window.__newsgraph.cy.nodes('[type = "Quote"]').length >= 30 && `+settled)
			// The notice of the cap holds for a view opened from its URL too.
			wait(t, "quotes notice", `!document.querySelector('#notices').hidden && document.querySelector('#notices').innerText.includes('30 of `+fmt.Sprint(vargaQuotes)+` quotes')`)
			clickNode(t, varga)
			b.do(t, "panel", chromedp.WaitVisible(chromedp.CSS("#node-quotes")))
			b.screenshot(t, fmt.Sprintf("explore-%dx%d.png", size[0], size[1]))
			// Every control of the view is on the page, none pushes it
			// sideways, and the graph is drawn inside its box.
			out := eval(t, "controls", `(() => { const w = document.documentElement.clientWidth; const bad = [];
				for (const s of ['#layout-choice', '#export-png', '#export-svg', '#download-view', '#fit', '#node-quotes', '#expand-relation', '[data-table=facts] [data-format=csv]']) {
					const e = document.querySelector(s); if (!e) { bad.push(s + ' missing'); continue; }
					const r = e.getBoundingClientRect(); if (r.width === 0 || r.left < 0 || r.right > w) bad.push(s + ' at ' + Math.round(r.left) + '-' + Math.round(r.right)); }
				if (document.documentElement.scrollWidth > w) bad.push('page ' + document.documentElement.scrollWidth + ' wide');
				return bad.join('; '); })()`)
			if out != "" {
				t.Errorf("at %dx%d: %s", size[0], size[1], out)
			}
			if ok := get(t, b, "in view", chromedp.Evaluate[bool](allInView)); !ok {
				t.Errorf("at %dx%d some nodes lie outside the graph", size[0], size[1])
			}
		}
		b.do(t, "reset", chromedp.EmulateViewport(1440, 900))
	})

	if n := get(t, b, "injected", chromedp.Evaluate[int](`document.querySelectorAll('script').length - 1 + document.querySelectorAll('img, iframe').length`)); n != 0 {
		t.Errorf("%d injected elements", n)
	}
	b.check(t)
}
