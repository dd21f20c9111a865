package browse

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// story builds a hand-made document from its sentences (the first is the
// headline): every entity is mentioned in each sentence naming it (by name
// or alias).
func story(source string, sents []string, ents []extract.Entity, facts []extract.Fact, quotes []extract.Quote) *extract.Document {
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
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if strings.Contains(s, n) {
					d.Mentions = append(d.Mentions, extract.Mention{Sentence: i, Entity: k})
					break
				}
			}
		}
	}
	d.Text = text.String()
	d.Words = len(strings.Fields(d.Text))
	return d
}

var (
	lukashenko = extract.Entity{Key: "person/aleksandr-lukashenko", Type: extract.Person, Name: "Aleksandr Lukashenko", Aliases: []string{"Lukashenko"}}
	lukashov   = extract.Entity{Key: "person/dmitry-lukashov", Type: extract.Person, Name: "Dmitry Lukashov"}
	belarus    = extract.Entity{Key: "country/belarus", Type: extract.Country, Name: "Belarus"}
	unitedKing = extract.Entity{Key: "country/united-kingdom", Type: extract.Country, Name: "United Kingdom", Aliases: []string{"Britain"}}
	personUK   = extract.Entity{Key: "person/uk", Type: extract.Person, Name: "UK"}
	euUnion    = extract.Entity{Key: "organization/european-union", Type: extract.Organization, Name: "European Union"}
	blair      = extract.Entity{Key: "person/tony-blair", Type: extract.Person, Name: "Tony Blair", Aliases: []string{"Blair"}}
	blackpool  = extract.Entity{Key: "city/blackpool", Type: extract.City, Name: "Blackpool"}
	putin      = extract.Entity{Key: "person/vladimir-putin", Type: extract.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}}
	russia     = extract.Entity{Key: "country/russia", Type: extract.Country, Name: "Russia"}
)

// findStore holds stories where the entity meant is the more prominent
// of several matching ones: Lukashenko in three stories, Lukashov in one;
// the United Kingdom in three, a Person "UK" (an extraction slip) in one.
func findStore(t *testing.T) (*graph.Store, *Index) {
	t.Helper()
	s, _ := openTemp(t)
	for i := range 3 {
		mustIngest(t, s, story(fmt.Sprintf("wire/belarus-%d.txt", i), []string{
			fmt.Sprintf("Belarus vote %d", i),
			"Aleksandr Lukashenko met Vladimir Putin in Moscow.",
			"Lukashenko leads Belarus, and Putin leads Russia.",
			"\u201cWe are brothers. Nothing will divide us,\u201d",
			"Lukashenko said of Russia.",
		}, []extract.Entity{lukashenko, putin, belarus, russia},
			[]extract.Fact{{Subject: 0, Predicate: extract.MetWith, Object: 1, Sentence: 1}, {Subject: 0, Predicate: extract.LeaderOf, Object: 2, Sentence: 2}, {Subject: 1, Predicate: extract.LeaderOf, Object: 3, Sentence: 2}},
			[]extract.Quote{{Text: "We are brothers. Nothing will divide us,", Speaker: 0, Sentence: 4}}))
		mustIngest(t, s, story(fmt.Sprintf("wire/uk-%d.txt", i), []string{
			fmt.Sprintf("Britain and Europe %d", i),
			"Tony Blair said the United Kingdom would stay close to the European Union.",
			"Blair spoke in Blackpool about sanctions on trade.",
		}, []extract.Entity{blair, unitedKing, euUnion, blackpool},
			[]extract.Fact{{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 1}, {Subject: 0, Predicate: extract.Visited, Object: 3, Sentence: 2}}, nil))
	}
	mustIngest(t, s, story("wire/athletics.txt", []string{
		"Relay team named",
		"Dmitry Lukashov of Belarus ran the last leg for UK as a guest.",
	}, []extract.Entity{lukashov, belarus, personUK}, nil, nil))
	ix, err := New(s).BuildIndex(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s, ix
}

func TestIndexSearchFindsTheEntityMeant(t *testing.T) {
	_, ix := findStore(t)
	for _, c := range []struct {
		q, want string
		first   bool // want first; otherwise listed at all
	}{
		{"Lukash", "Aleksandr Lukashenko", true},              // prefix, prominence over Lukashov
		{"lukash", "Dmitry Lukashov", false},                  // ... who is still listed
		{"Lukashenka", "Aleksandr Lukashenko", true},          // transliteration variant
		{"Lukaschenko", "Aleksandr Lukashenko", true},         // spelling variant
		{"Alexandr Lukashenko", "Aleksandr Lukashenko", true}, // variant in one of two words
		{"UK", "United Kingdom", true},                        // acronym, not the Person "UK"
		{"U.K.", "United Kingdom", true},
		{"EU", "European Union", true},
		{"Bla", "Tony Blair", true}, // word prefix; more prominent than Blackpool
		{"Blackp", "Blackpool", true},
		{"Britain", "United Kingdom", true}, // alias
		{"Belarus", "Belarus", true},
	} {
		hits := ix.Search(c.q, 10)
		at := -1
		for i, h := range hits {
			if h.Name == c.want {
				at = i
				break
			}
		}
		if at < 0 || (c.first && at != 0) {
			t.Errorf("Search(%q) = %v, want %q %s", c.q, hitNames(hits), c.want, map[bool]string{true: "first", false: "listed"}[c.first])
		}
	}
	if hits := ix.Search("zzzz", 5); len(hits) != 0 {
		t.Errorf("Search(zzzz) = %v, want nothing", hitNames(hits))
	}
	if hits := ix.Search("Lux", 5); len(hits) != 0 {
		t.Errorf("Search(Lux) = %v: a three-letter query must not match fuzzily", hitNames(hits))
	}
}

func hitNames(hits []EntitySummary) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Name+"/"+h.Type)
	}
	return out
}

func TestIndexPathsShortestFirstWithEvidence(t *testing.T) {
	s, ix := findStore(t)
	ctx := context.Background()
	id := func(e extract.Entity) string { return string(s.Vocab().Entity(e.Key)) }
	for _, c := range []struct {
		from, to extract.Entity
		hops     int
		want     string // the first path's chain, by names
		also     string // another path listed
		none     bool
	}{
		{lukashenko, putin, 4, "Aleksandr Lukashenko metWith Vladimir Putin", "", false},
		// Named in one sentence: the co-mention is shortest, and the chain
		// of facts, longer, is listed too.
		{belarus, russia, 4, "Belarus co-mention Russia", "Aleksandr Lukashenko leaderOf Belarus | Aleksandr Lukashenko metWith Vladimir Putin | Vladimir Putin leaderOf Russia", false},
		{belarus, russia, 2, "Belarus co-mention Russia", "", false},
		{lukashov, russia, 4, "Dmitry Lukashov co-mention Belarus | Belarus co-mention Russia", "", false},
		{lukashov, russia, 1, "", "", true}, // two hops away
		// Different stories, no shared entity: no path.
		{blair, putin, 4, "", "", true},
	} {
		res, err := ix.Paths(ctx, New(s), id(c.from), id(c.to), c.hops, 5)
		if err != nil {
			t.Fatalf("Paths(%s, %s): %v", c.from.Name, c.to.Name, err)
		}
		if c.none {
			if len(res.Paths) != 0 {
				t.Errorf("Paths(%s, %s, %d) = %d paths, want none", c.from.Name, c.to.Name, c.hops, len(res.Paths))
			}
			continue
		}
		if len(res.Paths) == 0 {
			t.Fatalf("Paths(%s, %s) found nothing", c.from.Name, c.to.Name)
		}
		var chains []string
		for _, p := range res.Paths {
			var chain []string
			for _, st := range p.Steps {
				chain = append(chain, st.Source.Name+" "+graph.LocalName(st.Predicate)+" "+st.Target.Name)
				if len(st.Provenance) == 0 || st.Provenance[0].Sentence == nil {
					t.Errorf("step %+v has no sentence", st)
				}
			}
			chains = append(chains, strings.Join(chain, " | "))
		}
		if chains[0] != c.want {
			t.Errorf("Paths(%s, %s) first = %q, want %q", c.from.Name, c.to.Name, chains[0], c.want)
		}
		if c.also != "" && !slices.Contains(chains, c.also) {
			t.Errorf("Paths(%s, %s) = %q, want also %q", c.from.Name, c.to.Name, chains, c.also)
		}
		for i := 1; i < len(res.Paths); i++ {
			if len(res.Paths[i].Steps) < len(res.Paths[i-1].Steps) {
				t.Errorf("path %d is shorter than path %d: not shortest first", i, i-1)
			}
		}
		// Steps chain: each starts where the last ended.
		at := id(c.from)
		for _, st := range res.Paths[0].Steps {
			from, to := st.Source.ID, st.Target.ID
			if !st.Forward {
				from, to = to, from
			}
			if from != at {
				t.Errorf("step %s does not start at %s", from, at)
			}
			at = to
		}
		if at != id(c.to) {
			t.Errorf("path ends at %s, want %s", at, id(c.to))
		}
	}
	if _, err := ix.Paths(ctx, New(s), id(blair), "https://example.org/nobody", 4, 5); err == nil {
		t.Errorf("a path to an unknown IRI: no error")
	}
}

func TestIndexTextSearchFindsSentencesAndQuotes(t *testing.T) {
	s, ix := findStore(t)
	for _, c := range []struct {
		q, wantIn, speaker string
	}{
		{"brothers", "We are brothers", "Aleksandr Lukashenko"}, // a quote, with its speaker
		{"divide brothers", "Nothing will divide us", "Aleksandr Lukashenko"},
		{"sanction", "sanctions on trade", ""}, // plural folded
		{"BLACKPOOL sanctions", "Blair spoke in Blackpool", ""},
	} {
		hits := ix.TextSearch(c.q, 5)
		if len(hits) == 0 {
			t.Errorf("TextSearch(%q) found nothing", c.q)
			continue
		}
		h := hits[0]
		text := h.Sentence.Text
		if h.Quote != nil {
			text = h.Quote.Text
		}
		if !strings.Contains(text, c.wantIn) {
			t.Errorf("TextSearch(%q) first = %q, want it to hold %q", c.q, text, c.wantIn)
		}
		if c.speaker != "" && (h.Speaker == nil || h.Speaker.Name != c.speaker) {
			t.Errorf("TextSearch(%q) speaker = %+v, want %s", c.q, h.Speaker, c.speaker)
		}
		if h.Document.Title == "" || !s.Vocab().IsDocument(quad.IRI(h.Document.ID)) {
			t.Errorf("TextSearch(%q) document = %+v", c.q, h.Document)
		}
	}
	if hits := ix.TextSearch("xylophone", 5); len(hits) != 0 {
		t.Errorf("TextSearch(xylophone) = %+v, want nothing", hits)
	}
	// One hit per sentence: the three copies of the Blackpool sentence are
	// three sentences, each listed once.
	hits := ix.TextSearch("blackpool", 10)
	seen := map[string]bool{}
	for _, h := range hits {
		if seen[h.Sentence.ID] {
			t.Errorf("sentence %s listed twice", h.Sentence.ID)
		}
		seen[h.Sentence.ID] = true
	}
	if len(hits) != 3 {
		t.Errorf("TextSearch(blackpool) = %d hits, want 3", len(hits))
	}
}

// A quotation of two sentences is shown from its start, not from the
// middle: its evidence spans both sentences.
func TestQuoteEvidenceSpansItsSentences(t *testing.T) {
	s, _ := findStore(t)
	ctx := context.Background()
	v, err := New(s).Entity(ctx, string(s.Vocab().Entity(lukashenko.Key)))
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Quotes) == 0 || len(v.Quotes[0].Provenance) == 0 || v.Quotes[0].Provenance[0].Sentence == nil {
		t.Fatalf("quotes = %+v", v.Quotes)
	}
	text := v.Quotes[0].Provenance[0].Sentence.Text
	if !strings.Contains(text, "We are brothers.") || !strings.Contains(text, "Lukashenko said") {
		t.Errorf("quote evidence = %q, want the quote from its start through the attribution", text)
	}
	marked := ""
	for _, sg := range v.Quotes[0].Provenance[0].Segments {
		if sg.Role == "object" {
			marked += sg.Text
		}
	}
	if !strings.Contains(marked, "We are brothers") {
		t.Errorf("the quote is not marked in its evidence: segments %+v", v.Quotes[0].Provenance[0].Segments)
	}
}

// Download view: quotes on screen are exported with their speaker.
func TestExportNodesKeepsQuotes(t *testing.T) {
	s, _ := findStore(t)
	ctx := context.Background()
	v, err := New(s).Entity(ctx, string(s.Vocab().Entity(lukashenko.Key)))
	if err != nil || len(v.Quotes) == 0 {
		t.Fatalf("entity: %v, %d quotes", err, len(v.Quotes))
	}
	for _, c := range []struct {
		name      string
		withQuote bool
	}{{"entity and quote", true}, {"entity alone", false}} {
		ids := []string{v.Entity.ID}
		if c.withQuote {
			ids = append(ids, v.Quotes[0].ID)
		}
		var buf bytes.Buffer
		if _, err := New(s).ExportNodes(ctx, &buf, ids); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		has := strings.Contains(out, "We are brothers") && strings.Contains(out, "#said>")
		if has != c.withQuote {
			t.Errorf("%s: quote exported = %v, want %v\n%s", c.name, has, c.withQuote, out)
		}
	}
}
