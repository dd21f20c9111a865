package web

// Real-browser tests of the analyst UI (issue 15): each check below would
// have caught one of the bugs found by trying the UI as a new user, or
// holds a feature to its promise. One browser and one server for all of
// them, on a bolt store of hand-annotated stories (so nothing depends on
// the extractor's quality) plus the real extractor for the add form.

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// uiStory builds a hand-annotated document: every entity is mentioned in
// each sentence naming it.
func uiStory(source string, sents []string, ents []extract.Entity, facts []extract.Fact, quotes []extract.Quote) *extract.Document {
	d := &extract.Document{Source: source, Title: sents[0], Entities: ents, Facts: facts, Quotes: quotes}
	var text strings.Builder
	for i, s := range sents {
		if i > 0 {
			text.WriteString(" ")
		}
		start := text.Len()
		text.WriteString(s)
		d.Sentences = append(d.Sentences, extract.Sentence{Span: extract.Span{Start: start, End: text.Len()}})
		for k, e := range ents {
			if strings.Contains(s, e.Name) || (len(e.Aliases) > 0 && strings.Contains(s, e.Aliases[0])) {
				d.Mentions = append(d.Mentions, extract.Mention{Sentence: i, Entity: k})
			}
		}
	}
	d.Text = text.String()
	d.Words = len(strings.Fields(d.Text))
	return d
}

// The long key has no hyphen or other break opportunity.
var longKey = "organization/" + strings.Repeat("abcdefghij", 16)

func uiStories() []*extract.Document {
	luk := extract.Entity{Key: "person/aleksandr-lukashenko", Type: extract.Person, Name: "Aleksandr Lukashenko", Aliases: []string{"Lukashenko"}}
	putin := extract.Entity{Key: "person/vladimir-putin", Type: extract.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}}
	belarus := extract.Entity{Key: "country/belarus", Type: extract.Country, Name: "Belarus"}
	russia := extract.Entity{Key: "country/russia", Type: extract.Country, Name: "Russia"}
	// Scraped text with HTML character references left in it.
	rene := extract.Entity{Key: "person/rene-dupont", Type: extract.Person, Name: "Ren&#233; Dupont"}
	long := extract.Entity{Key: longKey, Type: extract.Organization, Name: "Abcdefghij Holdings"}
	return []*extract.Document{
		uiStory("wire/belarus.txt", []string{
			"Belarus and Russia sign a union treaty",
			"Aleksandr Lukashenko met Vladimir Putin in Moscow.",
			"Lukashenko leads Belarus, and Putin leads Russia.",
			"\u201cWe are brothers.",
			"Nothing will divide us,\u201d Lukashenko said.",
			"Ren&#233; Dupont of Abcdefghij Holdings met Lukashenko.",
		}, []extract.Entity{luk, putin, belarus, russia, rene, long},
			[]extract.Fact{
				{Subject: 0, Predicate: extract.MetWith, Object: 1, Sentence: 1},
				{Subject: 0, Predicate: extract.LeaderOf, Object: 2, Sentence: 2},
				{Subject: 1, Predicate: extract.LeaderOf, Object: 3, Sentence: 2},
				{Subject: 4, Predicate: extract.MetWith, Object: 0, Sentence: 5},
				{Subject: 4, Predicate: extract.MemberOf, Object: 5, Sentence: 5},
			},
			// A quotation of two sentences, attributed in its last.
			[]extract.Quote{{Text: "We are brothers. Nothing will divide us,", Speaker: 0, Sentence: 4}}),
		uiStory("wire/relay.txt", []string{
			"Caf&#233; talks &lt;b&gt;tonight&lt;/b&gt;",
			"Dmitry Lukashov ran for Belarus.",
		}, []extract.Entity{{Key: "person/dmitry-lukashov", Type: extract.Person, Name: "Dmitry Lukashov"}, belarus}, nil, nil),
	}
}

// uiStoryStore is a bolt store holding the hand-annotated uiStories, closed
// when the test ends: the browser tests read it, so what they check does
// not depend on the extractor.
func uiStoryStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range uiStories() {
		if _, err := st.Ingest(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestBrowserAnalystUI(t *testing.T) {
	b := newBrowser(t)
	st := uiStoryStore(t)
	// A node cap of 6: the Belarus story's graph (7 nodes with its quote)
	// is cut, so "Show more" has something to show.
	_, srv := serveStore(t, st, true, realIngest(t, st), func(o *Options) { o.NodeCap = 6 })
	voc := st.Vocab()
	entity := func(key string) string { return srv.URL + "/?id=" + url.QueryEscape(string(voc.Entity(key))) }
	eval := func(t *testing.T, what, js string) string { return get(t, b, what, chromedp.Evaluate[string](js)) }
	wait := func(t *testing.T, what, js string) {
		t.Helper()
		b.do(t, what, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(20*time.Second)))
	}
	openLukashenko := func(t *testing.T) {
		b.do(t, "open Lukashenko", chromedp.Navigate(entity("person/aleksandr-lukashenko")))
		b.waitGraph(t, 4)
		wait(t, "side panel", `document.querySelector('#side-entity h2') !== null`)
	}

	t.Run("quote of two sentences shown from its start", func(t *testing.T) {
		openLukashenko(t)
		b.do(t, "click the quote", chromedp.Click(chromedp.CSS("#side-entity .quotes li")),
			chromedp.WaitVisible(chromedp.CSS("#side-evidence .sentence-text")))
		ev := eval(t, "evidence", `document.querySelector('#side-evidence .sentence-text').textContent`)
		if !strings.HasPrefix(ev, "\u201cWe are brothers.") || !strings.Contains(ev, "Lukashenko said") {
			t.Errorf("quote evidence = %q, want it from the quote's start to the attribution", ev)
		}
		// Esc closes the filters first, then the evidence panel.
		b.do(t, "open the filters", chromedp.Click(chromedp.CSS("#filters summary")))
		wait(t, "filters open", `document.querySelector('#filters').open`)
		b.do(t, "press Esc", chromedp.KeyEvent(kb.Escape))
		wait(t, "filters closed", `!document.querySelector('#filters').open`)
		if ev := eval(t, "evidence", `String(document.querySelector('#side-evidence').hidden)`); ev != "false" {
			t.Errorf("one Esc closed the evidence as well as the filters")
		}
		b.do(t, "press Esc", chromedp.KeyEvent(kb.Escape))
		wait(t, "evidence closed", `document.querySelector('#side-evidence').hidden`)
	})

	t.Run("HTML character references shown decoded, as text", func(t *testing.T) {
		openLukashenko(t)
		side := eval(t, "side text", `document.querySelector('#side').innerText`)
		if !strings.Contains(side, "René Dupont") || strings.Contains(side, "&#233;") {
			t.Errorf("side panel shows %q, want René Dupont decoded", side)
		}
		if label := eval(t, "graph label", `window.__newsgraph.cy.nodes().map(n => n.data('name')).join('|')`); !strings.Contains(label, "René Dupont") {
			t.Errorf("graph labels %q, want René Dupont", label)
		}
		b.do(t, "open the relay story", chromedp.Navigate(srv.URL+"/?view=overview"),
			chromedp.WaitVisible(chromedp.CSS("#overview-documents a")))
		docs := eval(t, "documents", `document.querySelector('#overview-documents').innerText`)
		if !strings.Contains(docs, "Café talks <b>tonight</b>") {
			t.Errorf("document list %q, want the title decoded to text", docs)
		}
		if n := eval(t, "injected", `String(document.querySelectorAll('#overview-documents b').length)`); n != "0" {
			t.Errorf("%s <b> elements made from decoded text", n)
		}
	})

	t.Run("long IRI wraps in the side panel", func(t *testing.T) {
		b.do(t, "open the long-named entity", chromedp.Navigate(entity(longKey)))
		b.waitGraph(t, 1)
		wait(t, "side panel", `document.querySelector('#side-entity code') !== null`)
		over := eval(t, "overflow", `(() => { const s = document.querySelector('#side'); return s.scrollWidth + ' ' + s.clientWidth; })()`)
		var sw, cw int
		fmt.Sscan(over, &sw, &cw)
		if sw > cw+1 {
			t.Errorf("side panel is %d px wide inside %d: it scrolls sideways", sw, cw)
		}
	})

	t.Run("Download view keeps the quotes on screen", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
			t.Fatalf("allow downloads: %v", err)
		}
		openLukashenko(t)
		if n := eval(t, "quotes on screen", `String(window.__newsgraph.cy.nodes('[type = "Quote"]').length)`); n == "0" {
			t.Fatalf("no quote on screen")
		}
		b.do(t, "download view", chromedp.Click(chromedp.CSS("#download-view")))
		file := filepath.Join(dir, "newsgraph-view.nq")
		var data []byte
		var err error
		for i := 0; i < 100; i++ {
			if data, err = os.ReadFile(file); err == nil && len(data) > 0 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !strings.Contains(string(data), "We are brothers") || !strings.Contains(string(data), "#said>") {
			t.Errorf("the downloaded view lacks the quote:\n%s", data)
		}
	})

	t.Run("Show more on a document shows more", func(t *testing.T) {
		doc := string(voc.Document(docHash(t, st, "wire/belarus.txt")))
		b.do(t, "open the document", chromedp.Navigate(srv.URL+"/?doc="+url.QueryEscape(doc)))
		before := b.waitGraph(t, 2)
		wait(t, "show more offered", `!document.querySelector('#show-more').hidden`)
		b.do(t, "show more", chromedp.Click(chromedp.CSS("#show-more")))
		wait(t, "more nodes", fmt.Sprintf(`Number(document.querySelector('#graph').dataset.nodes) > %d && document.querySelector('#graph').dataset.layout === 'done'`, before))
		b.screenshot(t, "document-show-more.png")
	})

	t.Run("a failed search clears the last graph", func(t *testing.T) {
		openLukashenko(t)
		b.do(t, "search for nothing", chromedp.Focus(chromedp.CSS("#search")),
			chromedp.SendKeys(chromedp.CSS("#search"), "qqzzxxvv"), chromedp.Sleep(50*time.Millisecond), chromedp.KeyEvent(kb.Enter))
		wait(t, "graph emptied", `document.querySelector('#graph').dataset.nodes === '0'`)
		if side := eval(t, "side", `document.querySelector('#side-entity').innerText.trim()`); side != "" {
			t.Errorf("after a failed search the side panel still shows %q", side)
		}
		if title := eval(t, "title", `document.querySelector('#view-title').textContent`); !strings.Contains(title, "No entity matches") {
			t.Errorf("title %q", title)
		}
	})

	t.Run("a query error replaces the last results", func(t *testing.T) {
		b.do(t, "good query", chromedp.Navigate(srv.URL+"/?view=query"), chromedp.WaitVisible(chromedp.CSS("#query-text")),
			chromedp.SetValue(chromedp.CSS("#query-text"), "g.V().Count()"), chromedp.Click(chromedp.CSS("#query-run")),
			chromedp.WaitVisible(chromedp.CSS("#query-table .scalar")))
		b.do(t, "bad query", chromedp.SetValue(chromedp.CSS("#query-text"), "g.V(.Count("), chromedp.Click(chromedp.CSS("#query-run")),
			chromedp.WaitVisible(chromedp.CSS("#query-error")))
		if n := eval(t, "old results", `String(document.querySelector('#query-table').childElementCount)`); n != "0" {
			t.Errorf("the last query's results stay below the new error (%s elements)", n)
		}
	})

	t.Run("type-ahead ranks the prominent entity first and finds variants", func(t *testing.T) {
		b.do(t, "type Lukash", chromedp.Navigate(srv.URL+"/?view=overview"), chromedp.WaitVisible(chromedp.CSS("#search")),
			chromedp.SendKeys(chromedp.CSS("#search"), "Lukash"))
		wait(t, "suggestions", `document.querySelectorAll('#search-results li[role=option]').length >= 2`)
		first := eval(t, "first", `document.querySelector('#search-results li[role=option]').textContent`)
		if !strings.Contains(first, "Aleksandr Lukashenko") {
			t.Errorf("first suggestion for Lukash = %q", first)
		}
		if exp := eval(t, "aria", `document.querySelector('#search').getAttribute('aria-expanded') + ' ' + document.querySelector('#search').getAttribute('aria-activedescendant')`); !strings.HasPrefix(exp, "true cb") {
			t.Errorf("combobox state = %q, want expanded with an active option", exp)
		}
		b.screenshot(t, "typeahead.png")
		b.do(t, "open ?q=Lukashenka", chromedp.Navigate(srv.URL+"/?q=Lukashenka"))
		b.waitGraph(t, 2)
		if title := eval(t, "title", `document.querySelector('#view-title').textContent`); !strings.Contains(title, "Aleksandr Lukashenko") {
			t.Errorf("?q=Lukashenka opened %q", title)
		}
	})

	t.Run("paths between two entities, each step with its sentence", func(t *testing.T) {
		b.do(t, "open Connect", chromedp.Navigate(srv.URL+"/?view=paths"), chromedp.WaitVisible(chromedp.CSS("#path-from")),
			chromedp.SendKeys(chromedp.CSS("#path-from"), "Dupont"))
		wait(t, "from suggestions", `!document.querySelector('#path-from-results').hidden && document.querySelector('#path-from-results li[role=option]') !== null`)
		b.do(t, "pick from", chromedp.KeyEvent(kb.Enter), chromedp.SendKeys(chromedp.CSS("#path-to"), "Russia"))
		wait(t, "to suggestions", `!document.querySelector('#path-to-results').hidden && document.querySelector('#path-to-results li[role=option]') !== null`)
		b.do(t, "pick to", chromedp.KeyEvent(kb.Enter), chromedp.Click(chromedp.CSS("#path-run")))
		wait(t, "paths", `document.querySelectorAll('#path-results .path').length > 0`)
		if v := eval(t, "picked", `document.querySelector('#path-from').value + ' | ' + document.querySelector('#path-status').textContent`); strings.Contains(v, "&#") {
			t.Errorf("the path form shows %q: references not decoded", v)
		}
		chain := eval(t, "chain", `document.querySelector('#path-results .path .chain').textContent`)
		if !strings.HasPrefix(strings.TrimSpace(chain), "Person René Dupont") || !strings.HasSuffix(strings.TrimSpace(chain), "Russia") {
			t.Errorf("first path = %q, want from René Dupont to Russia", chain)
		}
		counts := eval(t, "steps", `(() => { const p = document.querySelector('#path-results .path'); return p.querySelectorAll('.steps > li').length + ' ' + p.querySelectorAll('.steps .sentence-text').length + ' ' + p.querySelectorAll('.steps mark').length; })()`)
		var steps, sents, marks int
		fmt.Sscan(counts, &steps, &sents, &marks)
		if steps < 2 || sents != steps || marks < steps {
			t.Errorf("%d steps, %d sentences, %d marks: want a sentence with marked names for every step", steps, sents, marks)
		}
		b.screenshot(t, "paths.png")
	})

	t.Run("full-text search finds who said it", func(t *testing.T) {
		b.do(t, "search said", chromedp.Navigate(srv.URL+"/?view=text"), chromedp.WaitVisible(chromedp.CSS("#text-q")),
			chromedp.SendKeys(chromedp.CSS("#text-q"), "brothers"), chromedp.KeyEvent(kb.Enter))
		wait(t, "hits", `document.querySelectorAll('#text-results .hit').length > 0`)
		hit := eval(t, "first hit", `document.querySelector('#text-results .hit').innerText`)
		if !strings.Contains(hit, "We are brothers") || !strings.Contains(hit, "Aleksandr Lukashenko") {
			t.Errorf("first hit = %q, want the quote and its speaker", hit)
		}
		if loc := get(t, b, "location", chromedp.Location()); !strings.Contains(loc, "view=text") || !strings.Contains(loc, "q=brothers") {
			t.Errorf("location %s: the search is not in the URL", loc)
		}
		b.screenshot(t, "said.png")
	})

	t.Run("the add form's result is shown after it closes", func(t *testing.T) {
		b.do(t, "add an article", chromedp.Navigate(srv.URL+"/?view=add"), chromedp.WaitVisible(chromedp.CSS("#add-text")),
			chromedp.SetValue(chromedp.CSS("#add-source"), "wire/harbour.txt"),
			chromedp.SetValue(chromedp.CSS("#add-text"), "Harbour reopens\n\nThe mayor of Strelsau, Karl Brandt, reopened the harbour on Friday.\n"),
			chromedp.Click(chromedp.CSS("#add-run")))
		wait(t, "document opened", `location.search.includes('doc=')`)
		wait(t, "banner", `!document.querySelector('#banner').hidden`)
		if msg := eval(t, "banner", `document.querySelector('#banner').textContent`); !strings.Contains(msg, "Stored") {
			t.Errorf("banner = %q, want what was stored", msg)
		}
	})

	t.Run("accessibility: contrast, focus ring, ARIA tabs", func(t *testing.T) {
		openLukashenko(t)
		worst := eval(t, "badge contrast", contrastJS)
		var ratio float64
		var which string
		fmt.Sscan(worst, &ratio, &which)
		if ratio < 4.5 {
			t.Errorf("badge %s has contrast %.2f:1, under WCAG AA 4.5:1", which, ratio)
		}
		// A headless page is never the focused window: emulate one, so
		// :focus applies as it would for a user.
		if _, err := chromedp.Call(b.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			t.Fatalf("emulate focus: %v", err)
		}
		b.do(t, "focus search", chromedp.Focus(chromedp.CSS("#search")))
		if o := eval(t, "focus ring", `document.activeElement.id + ' ' + document.querySelector('#search').matches(':focus') + ' ' + getComputedStyle(document.querySelector('#search')).outlineStyle`); strings.HasSuffix(o, "none") {
			t.Errorf("the focused search box has no outline: %s", o)
		}
		if sel := eval(t, "tabs", `[...document.querySelectorAll('.tab[aria-selected=true]')].map(t => t.dataset.view).join(',')`); sel != "explore" {
			t.Errorf("selected tabs = %q, want explore", sel)
		}
	})

	t.Run("three screen sizes", func(t *testing.T) {
		for _, size := range [][2]int64{{1400, 900}, {800, 900}, {390, 844}} {
			b.do(t, "resize", chromedp.EmulateViewport(size[0], size[1]))
			openLukashenko(t)
			b.screenshot(t, fmt.Sprintf("lukashenko-%dx%d.png", size[0], size[1]))
			dims := eval(t, "layout", `(() => { const s = document.querySelector('#search').getBoundingClientRect(); const g = document.querySelector('.tab[data-view=query]').getBoundingClientRect(); const tabs = document.querySelector('.tabs').getBoundingClientRect(); return Math.round(s.width) + ' ' + Math.round(g.right) + ' ' + Math.round(tabs.right) + ' ' + document.documentElement.scrollWidth; })()`)
			var search, gizmoRight, tabsRight, pageWidth int
			fmt.Sscan(dims, &search, &gizmoRight, &tabsRight, &pageWidth)
			if search < 200 {
				t.Errorf("at %d px the search box is %d px wide", size[0], search)
			}
			if pageWidth > int(size[0]) {
				t.Errorf("at %d px the page is %d px wide: it scrolls sideways", size[0], pageWidth)
			}
			if gizmoRight > int(size[0]) && tabsRight > int(size[0]) {
				t.Errorf("at %d px the Gizmo tab (right edge %d) is off-screen and the tabs do not scroll", size[0], gizmoRight)
			}
		}
		b.do(t, "reset", chromedp.EmulateViewport(1440, 900))
	})
	b.check(t)
}

// contrastJS answers the lowest contrast ratio of a type badge's text on
// its background, and which badge.
const contrastJS = `(() => {
  const lum = (c) => { const m = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]; };
  let worst = 99, which = 'none';
  for (const b of document.querySelectorAll('.badge')) {
    const s = getComputedStyle(b); const a = lum(s.color), c = lum(s.backgroundColor);
    const r = (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05);
    if (r < worst) { worst = r; which = b.className.replace(/\s+/g, '.'); }
  }
  return worst.toFixed(2) + ' ' + which;
})()`

// docHash is the content hash of the stored document with the given
// source, read through the document list.
func docHash(t *testing.T, st *graph.Store, source string) string {
	t.Helper()
	docs, err := browse.New(st).Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.Source == source {
			i := strings.LastIndex(d.ID, "/")
			return d.ID[i+1:]
		}
	}
	t.Fatalf("no document %s", source)
	return ""
}
