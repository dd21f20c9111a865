package web

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/browse"
)

// GET /api/path over a real bolt store: the wire story joins Strelsau to
// the Northern Alliance through Elena Varga, named in a sentence with
// each; hops bound the search; bad requests say what is wrong.
func TestAPIPath(t *testing.T) {
	f := newFixture(t, false, nil)
	ent := func(key string) string { return string(f.voc.Entity(key)) }
	strelsau, alliance, brandt, ruritania := ent("city/strelsau"), ent("organization/northern-alliance"), ent("person/karl-brandt"), ent("country/ruritania")
	path := func(from, to, extra string) string {
		return "/api/path?from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to) + extra
	}
	for _, c := range []struct {
		name, from, to, extra string
		status                int
		hops                  int // steps of the first path; 0: no path
		firstPred             string
	}{
		{"fact chain", brandt, ruritania, "", 200, 2, "metWith"},
		{"through co-mentions", strelsau, alliance, "", 200, 2, ""},
		{"too few hops", strelsau, alliance, "&hops=1", 200, 0, ""},
		{"hops out of range", strelsau, alliance, "&hops=9", 400, 0, ""},
		{"hops not a number", strelsau, alliance, "&hops=two", 400, 0, ""},
		{"unknown end", strelsau, "https://example.org/nobody", "", 404, 0, ""},
		{"missing end", strelsau, "", "", 400, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var res browse.Paths
			var v any = &res
			if c.status != 200 {
				v = nil
			}
			f.getJSON(t, path(c.from, c.to, c.extra), c.status, v)
			if c.status != 200 {
				return
			}
			if c.hops == 0 {
				if len(res.Paths) != 0 {
					t.Errorf("%d paths, want none", len(res.Paths))
				}
				return
			}
			if len(res.Paths) == 0 {
				t.Fatalf("no path")
			}
			first := res.Paths[0]
			if len(first.Steps) != c.hops {
				t.Errorf("first path has %d steps, want %d: %+v", len(first.Steps), c.hops, first)
			}
			if c.firstPred != "" && first.Steps[0].Label != c.firstPred {
				t.Errorf("first step %q, want %q", first.Steps[0].Label, c.firstPred)
			}
			for _, st := range first.Steps {
				if len(st.Provenance) == 0 || st.Provenance[0].Sentence == nil || st.Provenance[0].Document.Title == "" {
					t.Errorf("step %s %s %s has no evidence", st.Source.Name, st.Label, st.Target.Name)
				}
			}
			if res.From.ID != c.from || res.To.ID != c.to {
				t.Errorf("ends %s, %s", res.From.ID, res.To.ID)
			}
		})
	}
}

// GET /api/text finds quotations with their speaker and sentences with
// their document, and an article added through the server is searchable
// at once.
func TestAPITextKeptInStepWithIngest(t *testing.T) {
	f := newFixture(t, true, nil)
	var hits []browse.TextHit
	f.getJSON(t, "/api/text?q=road", 200, &hits)
	if len(hits) == 0 || hits[0].Quote == nil || !strings.Contains(hits[0].Quote.Text, "our own road") ||
		hits[0].Speaker == nil || hits[0].Speaker.Name != "Elena Varga" {
		t.Fatalf("text road = %+v, want the quote with Elena Varga", hits)
	}
	f.getJSON(t, "/api/text?q=left+alliance", 200, &hits)
	if len(hits) == 0 || !strings.Contains(hits[0].Sentence.Text, "had left the Northern Alliance") || hits[0].Document.Title == "" {
		t.Fatalf("text 'left alliance' = %+v", hits)
	}
	f.getJSON(t, "/api/text?q=", 400, nil)
	f.getJSON(t, "/api/text?q=quixotically", 200, &hits)
	if len(hits) != 0 {
		t.Fatalf("before ingest, quixotically = %+v", hits)
	}
	res, body := f.do(t, "POST", "/api/ingest", map[string]any{"source": "wire/quixote.txt",
		"text": "Strelsau mayor speaks\n\nThe mayor of Strelsau spoke quixotically about the harbour on Friday.\n"})
	if res.StatusCode != 200 {
		t.Fatalf("ingest: %d %s", res.StatusCode, body)
	}
	f.getJSON(t, "/api/text?q=quixotically&limit=3", 200, &hits)
	if len(hits) != 1 || !strings.Contains(hits[0].Sentence.Text, "spoke quixotically") || hits[0].Document.Title != "Strelsau mayor speaks" {
		t.Fatalf("after ingest, quixotically = %+v", hits)
	}
}
