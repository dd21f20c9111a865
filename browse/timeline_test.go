package browse

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// timelineStore holds docA published on 2025-03-04 and docB published
// earlier, 2024-11-20, ingested in the opposite order so that a timeline
// sorted by ingest time would come out wrong.
func timelineStore(t *testing.T) *graph.Store {
	t.Helper()
	s, _ := openTemp(t)
	a := testcorpus.DocA("wire/kovalenko.html")
	a.Meta.Published = time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC)
	a.Meta.URL = "https://wire.example/ports/kovalenko-re-elected"
	b := testcorpus.DocB("wire/talks.html")
	b.Meta.Published = time.Date(2024, 11, 20, 16, 0, 0, 0, time.UTC)
	mustIngest(t, s, a)
	mustIngest(t, s, b)
	return s
}

func TestTimelineOrdersByPublicationDateAndFilters(t *testing.T) {
	ctx := context.Background()
	s := timelineStore(t)
	kov := string(s.Vocab().Entity("person/marta-kovalenko"))
	tests := []struct {
		name      string
		from, to  string
		wantDates []string // distinct dates, in order
		wantKinds map[string]bool
		wantURL   bool // an item links to the real URL
	}{
		{"all", "", "", []string{"2024-11-20T16:00:00Z", "2025-03-04T09:30:00Z"}, map[string]bool{"fact": true, "quote": true}, true},
		{"from a day", "2025-01-01", "", []string{"2025-03-04T09:30:00Z"}, map[string]bool{"fact": true, "quote": true}, true},
		{"to a day, inclusive", "", "2024-11-20", []string{"2024-11-20T16:00:00Z"}, map[string]bool{"fact": true}, false},
		{"empty range", "2023-01-01", "2023-12-31", nil, map[string]bool{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, err := ParseDateBound(tc.from, false)
			if err != nil {
				t.Fatal(err)
			}
			to, err := ParseDateBound(tc.to, true)
			if err != nil {
				t.Fatal(err)
			}
			tl, err := New(s).Timeline(ctx, kov, from, to)
			if err != nil {
				t.Fatal(err)
			}
			if tl.Entity.Name != "Marta Kovalenko" {
				t.Errorf("entity = %q", tl.Entity.Name)
			}
			var dates []string
			kinds := map[string]bool{}
			url := false
			for i, it := range tl.Items {
				if len(dates) == 0 || dates[len(dates)-1] != it.Date {
					dates = append(dates, it.Date)
				}
				if i > 0 && it.Date < tl.Items[i-1].Date {
					t.Errorf("item %d dated %s after %s", i, it.Date, tl.Items[i-1].Date)
				}
				if it.Dated != "published" {
					t.Errorf("item %d dated by %q, want published", i, it.Dated)
				}
				kinds[it.Kind] = true
				if it.URL != "" {
					url = true
					if it.URL != "https://wire.example/ports/kovalenko-re-elected" {
						t.Errorf("url = %q", it.URL)
					}
				}
				if it.Kind == "fact" && (it.Other == nil || it.Predicate == "" || it.Provenance.Sentence == nil) {
					t.Errorf("fact item %d lacks other end, predicate or sentence: %+v", i, it)
				}
				if it.Kind == "quote" && !strings.Contains(it.Text, "harbours open") {
					t.Errorf("quote item %d text %q", i, it.Text)
				}
			}
			if strings.Join(dates, ",") != strings.Join(tc.wantDates, ",") {
				t.Errorf("dates = %v, want %v", dates, tc.wantDates)
			}
			for k := range tc.wantKinds {
				if !kinds[k] {
					t.Errorf("no %s item", k)
				}
			}
			if url != tc.wantURL {
				t.Errorf("url present = %v, want %v", url, tc.wantURL)
			}
		})
	}
}

func TestTimelineFallsBackToIngestTime(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("plain.txt")) // no publication date
	tl, err := New(s).Timeline(context.Background(), string(s.Vocab().Entity("person/marta-kovalenko")), time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Items) == 0 {
		t.Fatal("no items")
	}
	for _, it := range tl.Items {
		if it.Dated != "ingested" || dateKey(it.Date).IsZero() {
			t.Errorf("item dated %q by %q, want the ingest time", it.Date, it.Dated)
		}
	}
}

func TestParseDateBoundRejectsBadDates(t *testing.T) {
	for _, in := range []string{"yesterday", "2025-13-01", "04/03/2025"} {
		if _, err := ParseDateBound(in, false); err == nil || !strings.Contains(err.Error(), in) {
			t.Errorf("%q: err = %v, want one naming the input", in, err)
		}
	}
}

func TestArticleMarksMentionsAndFocus(t *testing.T) {
	ctx := context.Background()
	s := timelineStore(t)
	kov := string(s.Vocab().Entity("person/marta-kovalenko"))
	doc := string(s.Vocab().Document(graph.DocHash(testcorpus.DocA("wire/kovalenko.html"))))
	a, err := New(s).Article(ctx, doc, kov)
	if err != nil {
		t.Fatal(err)
	}
	if a.Document.URL == "" || a.Document.Published != "2025-03-04T09:30:00Z" {
		t.Errorf("document meta = %+v", a.Document)
	}
	if !strings.Contains(a.Text, "Norland left the union last year.") || !strings.Contains(a.Text, "harbours open") {
		t.Errorf("text = %q", a.Text)
	}
	roles := map[string]map[string]bool{}
	var rebuilt []string
	for _, sn := range a.Sentences {
		var b strings.Builder
		for _, sg := range sn.Segments {
			b.WriteString(sg.Text)
			if sg.Role != "" {
				if roles[sg.Role] == nil {
					roles[sg.Role] = map[string]bool{}
				}
				roles[sg.Role][sg.Text] = true
			}
		}
		rebuilt = append(rebuilt, b.String())
	}
	if !strings.Contains(a.Text, strings.Join(rebuilt[len(rebuilt)-2:], " ")) {
		t.Errorf("segments do not rebuild the text: %q", rebuilt)
	}
	if !roles["focus"]["Marta Kovalenko"] {
		t.Errorf("focus mentions = %v, want Marta Kovalenko", roles["focus"])
	}
	if !roles["mention"]["Estravia"] || !roles["mention"]["Norland"] {
		t.Errorf("mentions = %v, want Estravia and Norland", roles["mention"])
	}
	if _, err := New(s).Article(ctx, kov, ""); err == nil {
		t.Error("an entity graph.IRI read as an article")
	}
}

func TestTimelineCannedQuery(t *testing.T) {
	ctx := context.Background()
	s := timelineStore(t)
	tests := []struct {
		name      string
		args      []string
		wantErr   string
		wantFirst string // date of the first row
		wantQuote bool
	}{
		{"full name", []string{"Marta Kovalenko"}, "", "2024-11-20T16:00:00Z", true},
		{"surname", []string{"kovalenko"}, "", "2024-11-20T16:00:00Z", true},
		{"unknown", []string{"Nobody Atall"}, "no entity named", "", false},
		{"missing", nil, "missing argument NAME", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := s.RunNamed(ctx, "timeline", tc.args, 0)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) < 4 {
				t.Fatalf("%d rows, want the facts of both documents and the quote: %v", len(rows), rows)
			}
			prev, quote, url := "", false, false
			for i, r := range rows {
				m, ok := r.(map[string]any)
				if !ok {
					t.Fatalf("row %d = %T", i, r)
				}
				d, _ := m["date"].(string)
				if i == 0 && d != tc.wantFirst {
					t.Errorf("first date = %q, want %q", d, tc.wantFirst)
				}
				if d < prev {
					t.Errorf("row %d dated %s after %s", i, d, prev)
				}
				prev = d
				if m["sentence"] == nil || m["source"] == nil {
					t.Errorf("row %d lacks sentence or source: %v", i, m)
				}
				if m["kind"] == "quote" {
					quote = true
				}
				if u, _ := m["url"].(string); u == "https://wire.example/ports/kovalenko-re-elected" {
					url = true
				}
			}
			if quote != tc.wantQuote || !url {
				t.Errorf("quote = %v, url = %v; rows %v", quote, url, rows)
			}
		})
	}
}
