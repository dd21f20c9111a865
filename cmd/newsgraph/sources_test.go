package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sourceFixtures = "../../source/testdata"

// TestIngestPagesFeedsAndRecords: ingest takes saved pages, feeds, JSON
// Lines and URLs, stores each article's date, URL, authors, publisher and
// language on its document node as schema.org quads that strict RDF
// tools read, stores a page not in English without extracting from it,
// and fails a bad URL alone with one line naming it.
func TestIngestPagesFeedsAndRecords(t *testing.T) {
	fastFetchEnv(t)
	page, err := os.ReadFile(filepath.Join(sourceFixtures, "pages", "wire-grain.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/grain":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	store := filepath.Join(t.TempDir(), "g.db")
	args := []string{"ingest", "--store", store, "--no-progress",
		filepath.Join(sourceFixtures, "pages", "daily-harbour.html"),
		filepath.Join(sourceFixtures, "pages", "russian-news.html"),
		filepath.Join(sourceFixtures, "feeds", "feed.json"),
		filepath.Join(sourceFixtures, "jsonl", "articles.jsonl"),
		srv.URL + "/grain?utm_source=x",
		srv.URL + "/report.pdf",
	}
	code, out, errs := run(t, "", args...)
	if code != 1 {
		t.Fatalf("ingest: exit %d, want 1 (bad records and the PDF)\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{srv.URL + "/report.pdf: content type application/pdf", "articles.jsonl:6: not a JSON object", "russian-news.html: not English"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	nq := strings.Join(exportOf(t, store), "\n")
	for _, want := range []string{
		// the page fetched by URL: its canonical link, JSON-LD date, author, publisher
		`<http://schema.org/url> <https://wire.example/economy/grain-transit-agreement-162>`,
		`<http://schema.org/datePublished> "2025-10-06T11:32:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>`,
		`<http://schema.org/author> "Olga Demidovich"`,
		`<http://schema.org/publisher> "BelTA"`,
		// the saved page: Open Graph date, meta author, declared language
		`<http://schema.org/datePublished> "2025-03-04T09:15:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>`,
		`<http://schema.org/inLanguage> "en-GB"`,
		// the JSON Feed item and its two authors
		`<http://schema.org/author> "Liis Saar"`,
		// the URL is stored in canonical form, tracking parameters dropped
		`ns#source> "` + srv.URL + `/grain"`,
	} {
		if !strings.Contains(nq, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if strings.Contains(nq, "utm_source") {
		t.Error("a tracking parameter was stored")
	}
	// The Russian page is stored, with no mentions or facts.
	var ruDoc string
	for _, l := range strings.Split(nq, "\n") {
		if strings.Contains(l, `ns#source> "`+filepath.Join(sourceFixtures, "pages", "russian-news.html")+`"`) {
			ruDoc = strings.Fields(l)[0]
		}
	}
	if ruDoc == "" {
		t.Fatal("the page not in English was not stored")
	}
	for _, l := range strings.Split(nq, "\n") {
		if strings.HasPrefix(l, strings.TrimSuffix(ruDoc, ">")+"/") && strings.Contains(l, "ns#mentions>") {
			t.Errorf("something was extracted from the page not in English: %s", l)
			break
		}
	}

	// Again: nothing new is stored, nothing is stored twice.
	code, out, _ = run(t, "", args...)
	if m := summaryRE.FindStringSubmatch(strings.TrimSpace(out)); code != 1 || m == nil || m[2] != "0" {
		t.Errorf("second ingest: exit %d, %q; want 0 documents", code, out)
	}
}

// TestExtractURL: extract prints the quads of a page fetched by URL,
// with its metadata, and touches no store.
func TestExtractURL(t *testing.T) {
	fastFetchEnv(t)
	page, err := os.ReadFile(filepath.Join(sourceFixtures, "pages", "amp-cable.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/amp/cable" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer srv.Close()
	code, out, errs := run(t, "", "extract", srv.URL+"/amp/cable")
	if code != 0 {
		t.Fatalf("extract: exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		`<http://schema.org/url> <https://nordic-wire.example/energy/finland-estonia-cable>`,
		`<http://schema.org/author> "Mikael Virtanen"`,
		`"Finnish energy regulator approves second undersea cable to Estonia"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %s", want)
		}
	}
}
