package web

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The timeline and the reader in a real browser: an entity's facts and
// quotes come oldest first with their dates, the date filter narrows
// them, the source link goes to the document's schema:url, and the
// reader shows the article as text with the entity's mentions marked
// and the evidence sentence outlined (markup in the text stays text).
func TestBrowserTimelineAndReader(t *testing.T) {
	b := newBrowser(t)
	st, base := timelineServer(t)
	voc := st.Vocab()
	varga := string(voc.Entity("person/elena-varga"))
	eval := func(t *testing.T, what, js string) string { return get(t, b, what, chromedp.Evaluate[string](js)) }
	wait := func(t *testing.T, what, js string) {
		t.Helper()
		b.do(t, what, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(20*time.Second)))
	}
	open := func(t *testing.T, query string) {
		t.Helper()
		b.do(t, "open the timeline", chromedp.Navigate(base+"/?view=timeline&id="+url.QueryEscape(varga)+query))
		wait(t, "timeline loaded", `/item|Nothing/.test(document.querySelector('#timeline-status').textContent)`)
	}
	dates := `[...document.querySelectorAll('#timeline-items .tl-date')].map(e => e.getAttribute('datetime').slice(0, 10)).join(',')`

	tests := []struct {
		name     string
		query    string
		wantDays []string // the distinct days, in order
	}{
		{"all", "", []string{"2024-05-14", "2025-06-02"}},
		{"from 2025", "&from=2025-01-01", []string{"2025-06-02"}},
		{"nothing", "&from=2020-01-01&to=2020-02-01", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			open(t, tc.query)
			var days []string
			for _, d := range strings.Split(eval(t, "dates", dates), ",") {
				if d != "" && (len(days) == 0 || days[len(days)-1] != d) {
					days = append(days, d)
				}
			}
			if strings.Join(days, ",") != strings.Join(tc.wantDays, ",") {
				t.Errorf("days = %v, want %v", days, tc.wantDays)
			}
			if v := eval(t, "tab", `document.querySelector('#tab-timeline').getAttribute('aria-selected')`); v != "true" {
				t.Errorf("timeline tab selected = %s", v)
			}
		})
	}

	t.Run("date filter form narrows the list", func(t *testing.T) {
		open(t, "")
		b.do(t, "set from", chromedp.SetValue(chromedp.CSS("#timeline-from"), "2025-01-01"),
			chromedp.Click(chromedp.CSS("#timeline-form button[type=submit]")))
		wait(t, "filtered", `location.search.includes('from=2025-01-01') && !document.querySelector('#timeline-status').textContent.startsWith('Loading')`)
		wait(t, "only 2025", `[...document.querySelectorAll('#timeline-items .tl-date')].every(e => e.getAttribute('datetime').startsWith('2025'))`)
	})

	t.Run("source link goes to schema:url", func(t *testing.T) {
		open(t, "")
		hrefs := eval(t, "source links", `[...document.querySelectorAll('#timeline-items a.source-url')].map(a => a.href).join(' ')`)
		if !strings.Contains(hrefs, "https://wire.example/ruritania-quits") {
			t.Errorf("source links %q, want the wire story's URL", hrefs)
		}
		quotes := eval(t, "quotes", `[...document.querySelectorAll('#timeline-items .tl-quote q')].map(q => q.textContent).join('|')`)
		if !strings.Contains(quotes, "I will serve everyone") || !strings.Contains(quotes, "We chose our own road.") {
			t.Errorf("quotes = %q, want both stories' quotes", quotes)
		}
		b.screenshot(t, "timeline.png")
	})

	t.Run("reader shows the article with mentions and evidence", func(t *testing.T) {
		open(t, "")
		// The first item is the 2024 story's; its reader link opens the article.
		b.do(t, "open the reader", chromedp.Click(chromedp.CSS("#timeline-items li:first-child a.read")))
		wait(t, "reader loaded", `document.querySelector('#view-reader') && !document.querySelector('#view-reader').hidden && document.querySelectorAll('#reader-text .sent').length > 0`)
		if title := eval(t, "title", `document.querySelector('#reader-title').textContent`); title != "Varga sworn in" {
			t.Errorf("reader title %q", title)
		}
		if n := eval(t, "headline in the body", `String(document.querySelector('#reader-text').textContent.split('Varga sworn in').length - 1)`); n != "0" {
			t.Errorf("the headline is repeated %s times in the body", n)
		}
		text := eval(t, "text", `document.querySelector('#reader-text').textContent`)
		if !strings.Contains(text, "Elena Varga was sworn in as president of Ruritania in Strelsau.") || !strings.Contains(text, "<b>reporters</b>") {
			t.Errorf("reader text %q, want the article with its markup shown as text", text)
		}
		if n := eval(t, "injected", `String(document.querySelectorAll('#reader-text b').length)`); n != "0" {
			t.Errorf("%s <b> elements in the reader: text became HTML", n)
		}
		focus := eval(t, "focus marks", `[...document.querySelectorAll('#reader-text mark.focus')].map(m => m.textContent).join('|')`)
		if !strings.Contains(focus, "Elena Varga") {
			t.Errorf("focus marks %q, want Elena Varga", focus)
		}
		others := eval(t, "mention marks", `[...document.querySelectorAll('#reader-text mark.mention')].map(m => m.textContent).join('|')`)
		if !strings.Contains(others, "Ruritania") || !strings.Contains(others, "Strelsau") {
			t.Errorf("mention marks %q, want Ruritania and Strelsau", others)
		}
		ev := eval(t, "evidence", `(document.querySelector('#reader-text .sent.evidence') || {textContent: ''}).textContent`)
		if !strings.Contains(ev, "sworn in as president") {
			t.Errorf("evidence sentence %q, want the fact's sentence", ev)
		}
		b.screenshot(t, "reader.png")
	})

	t.Run("a quotation of two sentences is outlined whole in the reader", func(t *testing.T) {
		open(t, "")
		b.do(t, "open the quote's article", chromedp.Click(chromedp.CSS("#timeline-items li.tl-quote a.read")))
		wait(t, "reader loaded", `!document.querySelector('#view-reader').hidden && document.querySelectorAll('#reader-text .sent.evidence').length > 0`)
		ev := eval(t, "evidence", `[...document.querySelectorAll('#reader-text .sent.evidence')].map(s => s.textContent).join(' ')`)
		if !strings.HasPrefix(ev, "\"I will serve everyone.") || !strings.Contains(ev, "Nobody is left out,\" Varga told") {
			t.Errorf("evidence %q, want the quotation from its first sentence to its attribution", ev)
		}
		b.screenshot(t, "timeline-quote-reader.png")
	})
	b.check(t)
}
