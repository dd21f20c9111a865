package web

// Real-browser tests of the Gizmo console's history, canned code, Cancel
// and downloads, and of the CSV and JSON downloads of the timeline, text
// search and paths views (issue 15, "keep and share the work").

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// hostileName is an entity name that is markup, a spreadsheet formula and
// CSV's delimiters at once: it must stay text everywhere.
const hostileName = `=HYPERLINK("http://x.test","a, b") <img src=x onerror="window.__pwned=1"> Ltd`

// hostileStory adds an entity with hostileName that met Putin.
func hostileStory() *extract.Document {
	putin := extract.Entity{Key: "person/vladimir-putin", Type: extract.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}}
	evil := extract.Entity{Key: "organization/hostile", Type: extract.Organization, Name: hostileName}
	return uiStory("wire/hostile.txt", []string{
		"A strange firm",
		hostileName + " met Vladimir Putin.",
	}, []extract.Entity{evil, putin}, []extract.Fact{{Subject: 0, Predicate: extract.MetWith, Object: 1, Sentence: 1}}, nil)
}

// queryWatch reports how the handler of an armed /api/query request ended.
type queryWatch struct {
	armed   atomic.Bool
	started chan struct{}
	ended   chan error // the request context's error when the handler returned
}

func (q *queryWatch) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/query" || !q.armed.Load() {
			h.ServeHTTP(w, r)
			return
		}
		q.started <- struct{}{}
		h.ServeHTTP(w, r)
		q.ended <- r.Context().Err()
	})
}

// downloads lets the browser save files into a fresh folder and returns
// a function that waits for one file there and reads it.
func downloads(t *testing.T, b *browser) func(t *testing.T, name string) []byte {
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatalf("allow downloads: %v", err)
	}
	return func(t *testing.T, name string) []byte {
		t.Helper()
		p := filepath.Join(dir, name)
		for range 200 {
			if data, err := os.ReadFile(p); err == nil && len(data) > 0 {
				os.Remove(p) // the next download of the same name is new
				return data
			}
			time.Sleep(50 * time.Millisecond)
		}
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("no download %s (folder holds %q)", name, names)
		return nil
	}
}

// parseCSV reads a download as CSV: a UTF-8 byte order mark (for
// spreadsheets), then a header and rows as maps.
func parseCSV(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Errorf("CSV lacks the UTF-8 byte order mark a spreadsheet needs")
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v\n%s", err, data)
	}
	if len(recs) < 2 {
		t.Fatalf("CSV has no rows:\n%s", data)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range recs[0] {
			m[c] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

func TestBrowserGizmoConsole(t *testing.T) {
	b := newBrowser(t)
	ctx := context.Background()
	// A long query timeout: a query that stops soon after Cancel stopped
	// because of the Cancel.
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range append(uiStories(), hostileStory()) {
		if _, err := st.Ingest(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := serveStore(t, st, false, nil, nil)
	watch := &queryWatch{started: make(chan struct{}, 1), ended: make(chan error, 1)}
	hs := httptest.NewServer(watch.wrap(s))
	t.Cleanup(hs.Close)
	eval := func(t *testing.T, what, js string) string { return get(t, b, what, chromedp.Evaluate[string](js)) }
	wait := func(t *testing.T, what, js string) {
		t.Helper()
		b.do(t, what, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(30*time.Second)))
	}
	download := downloads(t, b)
	openConsole := func(t *testing.T) {
		b.do(t, "open the console", chromedp.Navigate(hs.URL+"/?view=query"), chromedp.WaitVisible(chromedp.CSS("#query-text")))
		wait(t, "canned queries", `document.querySelector('#canned-list li .name') !== null`)
	}
	run := func(t *testing.T, query string) {
		t.Helper()
		b.do(t, "run "+query, chromedp.SetValue(chromedp.CSS("#query-text"), query), chromedp.Click(chromedp.CSS("#query-run")))
		wait(t, "results", `/result/.test(document.querySelector('#query-status').textContent)`)
	}

	t.Run("a canned query shows its code in the editor and runs by name", func(t *testing.T) {
		var canned []struct{ Name, Source string }
		res, err := http.Get(hs.URL + "/api/queries")
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(res.Body).Decode(&canned)
		res.Body.Close()
		i := slices.IndexFunc(canned, func(c struct{ Name, Source string }) bool { return c.Name == "quotes-by" })
		if i < 0 {
			t.Fatalf("no canned query quotes-by among %d", len(canned))
		}
		openConsole(t)
		li := `[...document.querySelectorAll('#canned-list li')].find(li => li.querySelector('.name').textContent === 'quotes-by')`
		b.do(t, "type the argument", chromedp.SetValue(chromedp.CSS(`#canned-list input[aria-label="quotes-by NAME"]`), "Lukashenko"))
		b.do(t, "run quotes-by", chromedp.Evaluate[chromedp.Void](li+`.querySelector('.args button').click()`))
		if code := eval(t, "editor", `document.querySelector('#query-text').value`); code != canned[i].Source {
			t.Errorf("the editor shows %.80q, want the canned query's code", code)
		}
		wait(t, "results", `/result/.test(document.querySelector('#query-status').textContent)`)
		if note := eval(t, "note", `document.querySelector('#query-canned').textContent`); !strings.Contains(note, "quotes-by") || !strings.Contains(note, "Lukashenko") {
			t.Errorf("the editor's note = %q, want the canned query and its argument", note)
		}
		if table := eval(t, "table", `document.querySelector('#query-table').innerText`); !strings.Contains(table, "We are brothers") {
			t.Errorf("quotes-by Lukashenko gave %q", table)
		}
		// Run from the editor runs the canned query again, by name; an
		// edit turns the text into a free query.
		b.do(t, "edit the code", chromedp.SetValue(chromedp.CSS("#query-text"), "g.V().Count()"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('#query-text').dispatchEvent(new Event('input'))`))
		if hidden := eval(t, "note", `String(document.querySelector('#query-canned').hidden)`); hidden != "true" {
			t.Errorf("the canned note stays after the code was edited")
		}
	})

	t.Run("history kept across a reload, newest first, walked with Alt-Up", func(t *testing.T) {
		openConsole(t)
		b.do(t, "clear history", chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
		openConsole(t)
		if vis := eval(t, "history", `String(document.querySelector('#query-history').hidden)`); vis != "true" {
			t.Errorf("an empty history is shown")
		}
		run(t, "g.V().Count()")
		b.do(t, "run quotes-by", chromedp.SetValue(chromedp.CSS(`#canned-list input[aria-label="quotes-by NAME"]`), "Lukashenko"),
			chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('#canned-list li')].find(li => li.querySelector('.name').textContent === 'quotes-by').querySelector('.args button').click()`))
		wait(t, "results", `/result/.test(document.querySelector('#query-status').textContent)`)
		run(t, "g.V().Limit(2).All()")
		b.do(t, "reload", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#query-text")))
		items := eval(t, "history", `[...document.querySelectorAll('#query-history-list button')].map(b => b.textContent).join('\n')`)
		got := strings.Split(items, "\n")
		if want := []string{"g.V().Limit(2).All()", `quotes-by("Lukashenko")`, "g.V().Count()"}; !slices.Equal(got, want) {
			t.Fatalf("history after reload = %q, want %q", got, want)
		}
		b.do(t, "walk back", chromedp.Evaluate[chromedp.Void](`document.querySelector('#query-text').value = ''`), chromedp.Focus(chromedp.CSS("#query-text")),
			chromedp.KeyEvent(kb.ArrowUp, chromedp.KeyModifiers(chromedp.ModifierAlt)), chromedp.KeyEvent(kb.ArrowUp, chromedp.KeyModifiers(chromedp.ModifierAlt)),
			chromedp.KeyEvent(kb.ArrowUp, chromedp.KeyModifiers(chromedp.ModifierAlt)))
		if v := eval(t, "editor", `document.querySelector('#query-text').value`); v != "g.V().Count()" {
			t.Errorf("three Alt-Up gave %q, want the oldest query", v)
		}
		b.do(t, "open the history", chromedp.Click(chromedp.CSS("#query-history summary")),
			chromedp.Click(chromedp.CSS("#query-history-list li:nth-child(2) button")))
		if v := eval(t, "editor", `document.querySelector('#query-text').value.includes('quotes-by') + ' ' + document.querySelector('#query-canned').textContent`); !strings.HasPrefix(v, "true canned query quotes-by") {
			t.Errorf("recalling the canned query from the history shows %q", v)
		}
		b.do(t, "run it again", chromedp.Click(chromedp.CSS("#query-run")))
		wait(t, "results", `/result/.test(document.querySelector('#query-status').textContent)`)
		if table := eval(t, "table", `document.querySelector('#query-table').innerText`); !strings.Contains(table, "We are brothers") {
			t.Errorf("the canned query from the history gave %q", table)
		}
		if n := eval(t, "history size", `String(document.querySelectorAll('#query-history-list li').length)`); n != "3" {
			t.Errorf("running a query from the history made %s entries, want 3 (no duplicate)", n)
		}
	})

	t.Run("Cancel stops the query in the browser and on the server", func(t *testing.T) {
		openConsole(t)
		run(t, "g.V().Count()")
		watch.armed.Store(true)
		defer watch.armed.Store(false)
		b.do(t, "run forever", chromedp.SetValue(chromedp.CSS("#query-text"), "while (true) {}"), chromedp.Click(chromedp.CSS("#query-run")))
		select {
		case <-watch.started:
		case <-time.After(30 * time.Second):
			t.Fatal("the query never reached the server")
		}
		wait(t, "Cancel offered", `!document.querySelector('#query-cancel').hidden && document.querySelector('#query-run').disabled`)
		b.do(t, "cancel", chromedp.Click(chromedp.CSS("#query-cancel")))
		wait(t, "cancelled", `/Cancelled/.test(document.querySelector('#query-status').textContent)`)
		select {
		case err := <-watch.ended:
			if err == nil {
				t.Errorf("the handler returned with its request still live: it finished rather than stopped")
			}
		case <-time.After(60 * time.Second):
			t.Fatal("the server still runs the cancelled query (its timeout is 2 minutes)")
		}
		state := eval(t, "state", `[document.querySelector('#query-run').disabled, document.querySelector('#query-cancel').hidden, document.querySelector('#query-error').hidden, document.querySelector('#query-table').childElementCount].join(' ')`)
		if state != "false true true 0" {
			t.Errorf("after Cancel (run disabled, cancel hidden, error hidden, table children) = %q, want false true true 0", state)
		}
		run(t, "g.V().Count()") // the console works on
	})

	t.Run("results as CSV and JSON, hostile text kept as text", func(t *testing.T) {
		openConsole(t)
		run(t, `g.V().Tag("entity").Out("<http://schema.org/name>").Tag("name").All()`)
		if n := eval(t, "injected", `String(document.querySelectorAll('#view-query img').length) + ' ' + String(window.__pwned)`); n != "0 undefined" {
			t.Fatalf("markup from a name became elements: %s", n)
		}
		b.do(t, "download CSV", chromedp.Click(chromedp.CSS(`#view-query .table-exports button[data-format=csv]`)))
		rows := parseCSV(t, download(t, "gizmo-query.csv"))
		found := false
		for _, r := range rows {
			if strings.Contains(r["name"], "<img src=x") {
				found = true
				if !strings.HasPrefix(r["name"], "'=") && !strings.HasPrefix(r["name"], `"`) {
					t.Errorf("the formula is not defused: %q", r["name"])
				}
				if !strings.Contains(r["name"], `"a, b"`) {
					t.Errorf("quotes and comma lost in %q", r["name"])
				}
			}
		}
		if !found {
			t.Errorf("the hostile name is missing from the CSV: %v", rows)
		}
		b.do(t, "download JSON", chromedp.Click(chromedp.CSS(`#view-query .table-exports button[data-format=json]`)))
		var results []map[string]any
		if err := json.Unmarshal(download(t, "gizmo-query.json"), &results); err != nil {
			t.Fatalf("JSON download: %v", err)
		}
		if len(results) != len(rows) {
			t.Errorf("JSON has %d results, CSV %d rows", len(results), len(rows))
		}
		b.do(t, "a failing query", chromedp.SetValue(chromedp.CSS("#query-text"), "g.V(("), chromedp.Click(chromedp.CSS("#query-run")),
			chromedp.WaitVisible(chromedp.CSS("#query-error")))
		if h := eval(t, "exports", `String(document.querySelector('#view-query .table-exports').hidden)`); h != "true" {
			t.Errorf("downloads still offered for the last query's results after an error")
		}
		b.screenshot(t, "gizmo-console.png")
	})

	t.Run("overview, timeline, text search and paths as CSV and JSON", func(t *testing.T) {
		voc := st.Vocab()
		luk := string(voc.Entity("person/aleksandr-lukashenko"))
		cases := []struct {
			view, open, file string
			check            func(t *testing.T, rows []map[string]string)
		}{
			{"timeline", "/?view=timeline&id=" + url.QueryEscape(luk), "timeline-aleksandr-lukashenko", func(t *testing.T, rows []map[string]string) {
				var quote, fact bool
				for _, r := range rows {
					quote = quote || r["kind"] == "quote" && strings.Contains(r["quote"], "We are brothers")
					fact = fact || r["predicate"] == "metWith" && r["subject"] == "Aleksandr Lukashenko" && r["object"] == "Vladimir Putin"
				}
				if !quote || !fact {
					t.Errorf("timeline rows lack the quote (%v) or the meeting with Putin (%v): %v", quote, fact, rows)
				}
			}},
			{"overview", "/?view=overview", "overview-documents", func(t *testing.T, rows []map[string]string) {
				titles := map[string]bool{}
				for _, r := range rows {
					titles[r["title"]] = true
				}
				// References decoded as on screen; the decoded markup stays text.
				if !titles["Belarus and Russia sign a union treaty"] || !titles["Café talks <b>tonight</b>"] {
					t.Errorf("document titles %v", titles)
				}
			}},
			{"text", "/?view=text&q=brothers", "said-brothers", func(t *testing.T, rows []map[string]string) {
				if rows[0]["speaker"] != "Aleksandr Lukashenko" || !strings.Contains(rows[0]["quote"], "We are brothers") {
					t.Errorf("first match = %v", rows[0])
				}
			}},
			{"paths", "/?view=paths&hops=4&from=" + url.QueryEscape(string(voc.Entity("person/rene-dupont"))) + "&to=" + url.QueryEscape(string(voc.Entity("country/russia"))), "paths-rene-dupont-russia", func(t *testing.T, rows []map[string]string) {
				if rows[0]["path"] != "1" || rows[0]["step"] != "1" || rows[0]["source"] != "René Dupont" || rows[0]["sentence"] == "" {
					t.Errorf("first step = %v, want from René Dupont (decoded) with its sentence", rows[0])
				}
				last := rows[0]
				for _, r := range rows {
					if r["path"] == "1" {
						last = r
					}
				}
				if last["target"] != "Russia" && last["source"] != "Russia" {
					t.Errorf("the first path ends at %v, want Russia", last)
				}
			}},
		}
		for _, c := range cases {
			t.Run(c.view, func(t *testing.T) {
				sel := "#view-" + c.view + " .table-exports"
				b.do(t, "open", chromedp.Navigate(hs.URL+c.open))
				wait(t, "downloads offered", `document.querySelector('`+sel+`') && !document.querySelector('`+sel+`').hidden`)
				b.do(t, "download CSV", chromedp.Click(chromedp.CSS(sel+" button[data-format=csv]")))
				rows := parseCSV(t, download(t, c.file+".csv"))
				c.check(t, rows)
				b.do(t, "download JSON", chromedp.Click(chromedp.CSS(sel+" button[data-format=json]")))
				var v any
				if err := json.Unmarshal(download(t, c.file+".json"), &v); err != nil {
					t.Errorf("JSON download: %v", err)
				}
			})
		}
	})
	b.check(t)
}
