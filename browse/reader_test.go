package browse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// browseDoc is an invented wire story, annotated by hand the way the
// extractor would: two sentences, four entities, three facts, one quote.
func browseDoc() *extract.Document {
	text := "Ruritania leaves the Northern Alliance\n\n" +
		"Ruritanian President Elena Varga said on Monday that Ruritania had left the Northern Alliance. " +
		"Varga, who met Karl Brandt in Strelsau, said: \"We chose our own road.\""
	idx := func(sub string) int { return strings.Index(text, sub) }
	s1 := idx("Ruritanian President")
	s2 := idx("Varga, who met")
	return &extract.Document{
		Source: "wire/ruritania.txt",
		Title:  "Ruritania leaves the Northern Alliance",
		Text:   text,
		Words:  40,
		Sentences: []extract.Sentence{
			{Span: extract.Span{Start: s1, End: s2 - 1}, Paragraph: 1},
			{Span: extract.Span{Start: s2, End: len(text)}, Paragraph: 1},
		},
		Entities: []extract.Entity{
			{Key: "person/elena-varga", Type: extract.Person, Name: "Elena Varga", Aliases: []string{"Varga"}},
			{Key: "country/ruritania", Type: extract.Country, Name: "Ruritania"},
			{Key: "organization/northern-alliance", Type: extract.Organization, Name: "Northern Alliance", Aliases: []string{"Alliance"}},
			{Key: "person/karl-brandt", Type: extract.Person, Name: "Karl Brandt"},
			{Key: "city/strelsau", Type: extract.City, Name: "Strelsau"},
		},
		Mentions: []extract.Mention{
			{Span: extract.Span{Start: idx("Elena Varga"), End: idx("Elena Varga") + 11}, Sentence: 0, Entity: 0},
			{Span: extract.Span{Start: idx("Strelsau"), End: idx("Strelsau") + 8}, Sentence: 1, Entity: 4},
		},
		Quotes: []extract.Quote{{Text: "We chose our own road.", Speaker: 0, Sentence: 1, Rule: "said-colon"}},
		Facts: []extract.Fact{
			{Subject: 1, Predicate: extract.Left, Object: 2, Sentence: 0, Rule: "left"},
			{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 0, Rule: "title"},
			{Subject: 0, Predicate: extract.MetWith, Object: 3, Sentence: 1, Rule: "met"},
		},
	}
}

func browseStore(t *testing.T) *graph.Store {
	t.Helper()
	s, _ := openTemp(t)
	mustIngest(t, s, browseDoc())
	return s
}

func TestSearchRanksExactNameAndAliases(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	for _, c := range []struct{ q, want string }{
		{"varga", "Elena Varga"},                        // alias, case-insensitive
		{"Elena", "Elena Varga"},                        // name prefix
		{"ruritania", "Ruritania"},                      // exact beats nothing else
		{"  northern   alliance ", "Northern Alliance"}, // spaces normalised
		{"brandt", "Karl Brandt"},                       // word prefix inside the name
	} {
		got, err := New(s).Search(ctx, c.q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Name != c.want {
			t.Errorf("Search(%q) = %+v, want first %q", c.q, got, c.want)
		}
	}
	got, _ := New(s).Search(ctx, "varga", 5)
	if got[0].Type != "Person" || len(got[0].Aliases) != 1 || got[0].Aliases[0] != "Varga" {
		t.Errorf("summary = %+v, want Person with alias Varga", got[0])
	}
	if got, _ := New(s).Search(ctx, "zzz", 5); len(got) != 0 {
		t.Errorf("Search(zzz) = %+v, want nothing", got)
	}
}

func TestEntityFactsQuotesAndProvenance(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	id := string(s.Vocab().Entity("person/elena-varga"))
	v, err := New(s).Entity(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if v.Entity.Name != "Elena Varga" || len(v.Facts) != 2 {
		t.Fatalf("entity = %+v with %d facts, want Elena Varga with 2", v.Entity, len(v.Facts))
	}
	f := v.Facts[0] // sorted by label: leaderOf, metWith
	if f.Label != "leaderOf" || f.Direction != "out" || f.Other.Name != "Ruritania" || f.Other.Type != "Country" {
		t.Errorf("first fact = %+v", f)
	}
	if len(f.Provenance) != 1 || f.Provenance[0].Sentence == nil ||
		!strings.HasPrefix(f.Provenance[0].Sentence.Text, "Ruritanian President Elena Varga said") {
		t.Fatalf("provenance = %+v", f.Provenance)
	}
	p := f.Provenance[0]
	if p.Document.Title != "Ruritania leaves the Northern Alliance" || p.Document.Source != "wire/ruritania.txt" {
		t.Errorf("document = %+v", p.Document)
	}
	var marked []string
	var joined strings.Builder
	for _, sg := range p.Segments {
		joined.WriteString(sg.Text)
		if sg.Role != "" {
			marked = append(marked, sg.Role+":"+sg.Text)
		}
	}
	if joined.String() != p.Sentence.Text {
		t.Errorf("segments do not rebuild the sentence: %q", joined.String())
	}
	// "Ruritanian" is a demonym, not a name: only the standalone Ruritania is marked.
	if strings.Join(marked, "|") != "subject:Elena Varga|object:Ruritania" {
		t.Errorf("highlights = %v", marked)
	}
	if len(v.Quotes) != 1 || v.Quotes[0].Text != "We chose our own road." || len(v.Quotes[0].Provenance) != 1 {
		t.Errorf("quotes = %+v", v.Quotes)
	}
	if len(v.Documents) != 1 || v.Documents[0].Source != "wire/ruritania.txt" {
		t.Errorf("documents = %+v", v.Documents)
	}
	// Incoming facts carry direction "in".
	r, err := New(s).Entity(ctx, string(s.Vocab().Entity("country/ruritania")))
	if err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{}
	for _, f := range r.Facts {
		dirs[f.Label] = f.Direction
	}
	if dirs["leaderOf"] != "in" || dirs["left"] != "out" {
		t.Errorf("Ruritania fact directions = %v", dirs)
	}
	if _, err := New(s).Entity(ctx, "https://newsgraph.dev/entity/person/nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown entity: err = %v, want ErrNotFound", err)
	}
}

func TestNeighbourhoodCapAndInterEdges(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	voc := s.Vocab()
	g, err := New(s).Neighbourhood(ctx, string(voc.Entity("person/elena-varga")), 300)
	if err != nil {
		t.Fatal(err)
	}
	// Varga, Ruritania, Brandt and Varga's quote; so few that the second
	// step (Ruritania left the Northern Alliance) is added.
	if len(g.Nodes) != 5 || len(g.Edges) != 4 || g.Truncated || g.Total != 5 {
		t.Fatalf("neighbourhood = %d nodes %d edges (total %d, truncated %v)", len(g.Nodes), len(g.Edges), g.Total, g.Truncated)
	}
	if g.Nodes[0].ID != g.Center {
		t.Errorf("first node %s, want the centre", g.Nodes[0].ID)
	}
	byName := map[string]GraphNode{}
	for _, n := range g.Nodes {
		byName[n.Name] = n
	}
	if q, ok := byName["\u201cWe chose our own road.\u201d"]; !ok || q.Type != graph.TypeQuote {
		t.Errorf("no quote node: %+v", g.Nodes)
	}
	if _, ok := byName["Northern Alliance"]; !ok {
		t.Errorf("second step missing: %+v", g.Nodes)
	}
	labels := map[string]int{}
	for _, e := range g.Edges {
		labels[e.Label]++
		if len(e.Documents) != 1 || e.Count != 1 {
			t.Errorf("edge %+v: want one sentence in one document", e)
		}
	}
	if labels["said"] != 1 || labels["left"] != 1 || labels["leaderOf"] != 1 || labels["metWith"] != 1 {
		t.Errorf("edge labels = %v", labels)
	}
	// Capped: Ruritania, then Varga and the Alliance, then Brandt.
	g, err = New(s).Neighbourhood(ctx, string(voc.Entity("country/ruritania")), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 2 || !g.Truncated || g.Total != 4 {
		t.Errorf("capped neighbourhood = %d nodes, total %d, truncated %v; want 2 of 4", len(g.Nodes), g.Total, g.Truncated)
	}
	// The said edge has its provenance like any fact.
	f, err := New(s).Fact(ctx, g.Center, "leaderOf", "")
	if err == nil {
		t.Errorf("fact with no object = %+v, want an error", f)
	}
}

func TestDocumentGraphAndOverview(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	docs, err := New(s).Documents(ctx)
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents = %+v, %v", docs, err)
	}
	if docs[0].IngestedAt == "" {
		t.Errorf("document has no ingest time: %+v", docs[0])
	}
	g, err := New(s).DocumentGraph(ctx, docs[0].ID, 300)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 6 || len(g.Edges) != 4 || g.Document.Title == "" {
		t.Errorf("document graph = %d nodes, %d edges, doc %+v; want 6, 4 (5 entities, 1 quote)", len(g.Nodes), len(g.Edges), g.Document)
	}
	o, err := New(s).Overview(ctx, 10, 100)
	if err != nil {
		t.Fatal(err)
	}
	if o.Documents != 1 || o.Facts != 3 || o.Entities != 5 || len(o.Top) == 0 || o.Top[0].Degree != 2 {
		t.Errorf("overview = %+v", o)
	}
	if _, err := New(s).DocumentGraph(ctx, string(s.Vocab().Document("ffff")), 10); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown document: err = %v", err)
	}
}

func TestFactAndExportNodes(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	voc := s.Vocab()
	varga, brandt := string(voc.Entity("person/elena-varga")), string(voc.Entity("person/karl-brandt"))
	f, err := New(s).Fact(ctx, varga, "metWith", brandt)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Provenance) != 1 || !strings.Contains(f.Provenance[0].Sentence.Text, "met Karl Brandt") {
		t.Errorf("fact = %+v", f)
	}
	if _, err := New(s).Fact(ctx, brandt, "metWith", varga); !errors.Is(err, ErrNotFound) {
		t.Errorf("reversed fact: err = %v, want ErrNotFound", err)
	}
	docs, _ := New(s).Documents(ctx)
	quote := string(voc.Quote(quad.IRI(docs[0].ID), 0))
	f, err = New(s).Fact(ctx, varga, "said", quote)
	if err != nil || f.Object.Type != graph.TypeQuote || len(f.Provenance) != 1 || !strings.Contains(f.Provenance[0].Sentence.Text, "own road") {
		t.Errorf("said fact = %+v, %v", f, err)
	}
	var buf bytes.Buffer
	n, err := New(s).ExportNodes(ctx, &buf, []string{varga, brandt})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quad.ReadAll(nquads.NewReader(&buf, false))
	if err != nil {
		t.Fatalf("export is not N-Quads: %v", err)
	}
	if len(qs) != n {
		t.Errorf("wrote %d, read back %d", n, len(qs))
	}
	var facts, sentences int
	for _, q := range qs {
		switch graph.LocalName(q.Predicate.String()) {
		case "metWith":
			facts++
		case "leaderOf":
			t.Errorf("exported a fact leaving the view: %v", q)
		case "text":
			sentences++
		}
	}
	if facts != 1 || sentences != 1 {
		t.Errorf("exported %d metWith facts, %d sentence texts; want 1, 1", facts, sentences)
	}
}

func TestHighlightKeepsTextAndPrefersLongerNames(t *testing.T) {
	segs := Highlight("Mr Varga met Elena Varga's aide, not Vargas.", []string{"Varga", "Elena Varga"}, nil)
	var got []string
	for _, s := range segs {
		if s.Role != "" {
			got = append(got, s.Text)
		}
	}
	if strings.Join(got, "|") != "Varga|Elena Varga" {
		t.Errorf("highlights = %q", got)
	}
}

func TestIndexAgreesWithStoreScans(t *testing.T) {
	s := browseStore(t)
	ctx := context.Background()
	ix, err := New(s).BuildIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := ix.stats
	got.Nodes = st.Nodes
	if mustJSONString(got) != mustJSONString(st) {
		t.Errorf("index counts %s\nstore counts %s", mustJSONString(got), mustJSONString(st))
	}
	for _, q := range []string{"varga", "Elena", "ruritania", "brandt", "alliance", "zzz"} {
		want, err := New(s).Search(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := mustJSONString(ix.Search(q, 5)), mustJSONString(want); a != b {
			t.Errorf("Search(%q): index %s, store %s", q, a, b)
		}
	}
	top := ix.MostConnected(2)
	if len(top) != 2 || top[0].Degree != 2 || top[0].Name == "" || top[0].Type == "" {
		t.Errorf("most connected = %+v", top)
	}
}

func mustJSONString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
