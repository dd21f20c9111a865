package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/browse"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// earlierStory is a second invented story about Elena Varga, published a
// year before wireStory but ingested after it.
func earlierStory() *extract.Document {
	text := "Varga sworn in\n\n" +
		"Elena Varga was sworn in as president of Ruritania in Strelsau. " +
		"\"I will serve everyone. Nobody is left out,\" Varga told <b>reporters</b>."
	at := func(s string) int { return strings.Index(text, s) }
	s1, s2, s3 := at("Elena Varga was"), at("\"I will"), at("Nobody is")
	return &extract.Document{
		Source: "wire/sworn-in.txt",
		Title:  "Varga sworn in",
		Text:   text,
		Words:  18,
		Meta:   extract.Meta{Published: time.Date(2024, 5, 14, 8, 0, 0, 0, time.UTC)},
		Sentences: []extract.Sentence{
			{Span: extract.Span{Start: 0, End: at("\n\n")}, Paragraph: 0},
			{Span: extract.Span{Start: s1, End: s2 - 1}, Paragraph: 1},
			{Span: extract.Span{Start: s2, End: s3 - 1}, Paragraph: 1},
			{Span: extract.Span{Start: s3, End: len(text)}, Paragraph: 1},
		},
		Entities: []extract.Entity{
			{Key: "person/elena-varga", Type: extract.Person, Name: "Elena Varga", Aliases: []string{"Varga"}},
			{Key: "country/ruritania", Type: extract.Country, Name: "Ruritania"},
			{Key: "city/strelsau", Type: extract.City, Name: "Strelsau"},
		},
		Mentions: []extract.Mention{{Sentence: 1, Entity: 0}, {Sentence: 1, Entity: 1}, {Sentence: 1, Entity: 2}, {Sentence: 3, Entity: 0}},
		// A quotation of two sentences, attributed in the second.
		Quotes: []extract.Quote{{Text: "I will serve everyone. Nobody is left out,", Speaker: 0, Sentence: 3, Rule: "told"}},
		Facts:  []extract.Fact{{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 1}},
	}
}

// timelineServer serves a bolt store holding wireStory (published
// 2025-06-02, with a URL) and earlierStory (published 2024-05-14).
func timelineServer(t *testing.T) (*graph.Store, string) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), QueryTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := wireStory()
	w.Meta = extract.Meta{Published: time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC), URL: "https://wire.example/ruritania-quits"}
	for _, d := range []*extract.Document{w, earlierStory()} {
		if _, err := st.Ingest(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	_, srv := serveStore(t, st, false, nil, nil)
	return st, srv.URL
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decode: %v", u, err)
	}
	return res.StatusCode
}

func TestTimelineAPI(t *testing.T) {
	st, base := timelineServer(t)
	varga := string(st.Vocab().Entity("person/elena-varga"))
	tests := []struct {
		name       string
		query      string
		wantStatus int
		wantDays   []string // distinct days, in order
		wantErr    string
	}{
		{"all, oldest first", "", 200, []string{"2024-05-14", "2025-06-02"}, ""},
		{"from", "&from=2025-01-01", 200, []string{"2025-06-02"}, ""},
		{"to, inclusive", "&to=2024-05-14", 200, []string{"2024-05-14"}, ""},
		{"range with nothing", "&from=2020-01-01&to=2020-12-31", 200, nil, ""},
		{"bad date", "&from=last+week", 400, nil, `"last week"`},
		{"reversed range", "&from=2025-01-01&to=2024-01-01", 400, nil, "before"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Entity browse.EntitySummary  `json:"entity"`
				Items  []browse.TimelineItem `json:"items"`
				Error  string                `json:"error"`
			}
			status := getJSON(t, base+"/api/timeline?id="+url.QueryEscape(varga)+tc.query, &got)
			if status != tc.wantStatus {
				t.Fatalf("status %d (%s), want %d", status, got.Error, tc.wantStatus)
			}
			if tc.wantErr != "" {
				if !strings.Contains(got.Error, tc.wantErr) {
					t.Errorf("error %q, want it to mention %s", got.Error, tc.wantErr)
				}
				return
			}
			var days []string
			kinds := map[string]int{}
			for _, it := range got.Items {
				d := it.Date[:10]
				if len(days) == 0 || days[len(days)-1] != d {
					days = append(days, d)
				}
				kinds[it.Kind]++
				if it.Text == "" || it.Provenance.Document.ID == "" {
					t.Errorf("item without text or provenance: %+v", it)
				}
				if d == "2025-06-02" && it.URL != "https://wire.example/ruritania-quits" {
					t.Errorf("item of the wire story links to %q", it.URL)
				}
			}
			if strings.Join(days, ",") != strings.Join(tc.wantDays, ",") {
				t.Errorf("days = %v, want %v", days, tc.wantDays)
			}
			if len(tc.wantDays) == 2 && (kinds["fact"] < 2 || kinds["quote"] < 2) {
				t.Errorf("kinds = %v, want facts and quotes of both stories", kinds)
			}
		})
	}
	var missing struct{ Error string }
	if status := getJSON(t, base+"/api/timeline", &missing); status != 400 || !strings.Contains(missing.Error, `"id"`) {
		t.Errorf("no id: %d %q", status, missing.Error)
	}
	if status := getJSON(t, base+"/api/timeline?id="+url.QueryEscape(string(st.Vocab().Entity("person/nobody"))), &missing); status != 404 {
		t.Errorf("unknown entity: status %d, want 404", status)
	}
}

func TestArticleAPI(t *testing.T) {
	st, base := timelineServer(t)
	voc := st.Vocab()
	doc := string(voc.Document(graph.DocHash(earlierStory())))
	varga := string(voc.Entity("person/elena-varga"))
	var a browse.Article
	if status := getJSON(t, base+"/api/article?id="+url.QueryEscape(doc)+"&entity="+url.QueryEscape(varga), &a); status != 200 {
		t.Fatalf("status %d", status)
	}
	if a.Document.Title != "Varga sworn in" || !strings.HasPrefix(a.Document.Date, "2024-05-14") {
		t.Errorf("document = %+v", a.Document)
	}
	if !strings.Contains(a.Text, "Elena Varga was sworn in as president of Ruritania in Strelsau.") || !strings.Contains(a.Text, "<b>reporters</b>") {
		t.Errorf("text = %q, want the stored sentences with markup kept as text", a.Text)
	}
	marked := map[string]string{}
	for _, s := range a.Sentences {
		for _, sg := range s.Segments {
			if sg.Role != "" {
				marked[sg.Text] = sg.Role
			}
		}
	}
	for text, role := range map[string]string{"Elena Varga": "focus", "Varga": "focus", "Ruritania": "mention", "Strelsau": "mention"} {
		if marked[text] != role {
			t.Errorf("%q marked %q, want %q (all: %v)", text, marked[text], role, marked)
		}
	}
	var e struct{ Error string }
	if status := getJSON(t, base+"/api/article?id="+url.QueryEscape(varga), &e); status != 404 {
		t.Errorf("entity IRI as article: status %d, want 404", status)
	}
}
