package graph

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// The articles below are invented for the tests, in wire-story style.
const (
	storyA = "Kovalenko re-elected to lead Baltic Ports Union\n\n" +
		"Marta Kovalenko, the president of Estravia, was re-elected chair of the Baltic Ports Union on Tuesday. " +
		"\u201cWe will keep the harbours open to everyone,\u201d Kovalenko said. " +
		"Norland left the union last year.\n"
	storyB = "Estravia and Norland talks stall\n\n" +
		"Estravia President Marta Kovalenko met Norland's prime minister Jonas Vell in Rigaport. " +
		"\u201cThe door is not closed,\u201d Vell said.\n"
)

// sentencesOf splits text after ". " or at paragraph breaks: enough for
// hand-made documents.
func sentencesOf(text string) []extract.Sentence {
	var out []extract.Sentence
	start, para := 0, 0
	for i := 0; i < len(text); i++ {
		end := -1
		if strings.HasPrefix(text[i:], "\n\n") {
			end = i
		} else if (text[i] == '.' || strings.HasPrefix(text[i:], ".\u201d")) && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, extract.Sentence{Span: extract.Span{Start: start, End: end}, Paragraph: para})
		}
		if strings.HasPrefix(text[i:], "\n\n") {
			para++
		}
		start = end
		for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
			start++
		}
		i = start - 1
	}
	return out
}

// docA is storyA as a fully extracted document.
func docA(source string) *extract.Document {
	d := &extract.Document{Source: source, Text: storyA, Title: "Kovalenko re-elected to lead Baltic Ports Union", Words: 40}
	d.Sentences = sentencesOf(d.Text)
	d.Entities = []extract.Entity{
		{Key: "person/marta-kovalenko", Type: extract.Person, Name: "Marta Kovalenko", Aliases: []string{"Kovalenko"}},
		{Key: "country/estravia", Type: extract.Country, Name: "Estravia"},
		{Key: "organization/baltic-ports-union", Type: extract.Organization, Name: "Baltic Ports Union", Aliases: []string{"union"}},
		{Key: "country/norland", Type: extract.Country, Name: "Norland"},
	}
	d.Mentions = []extract.Mention{{Sentence: 1, Entity: 0}, {Sentence: 1, Entity: 1}, {Sentence: 1, Entity: 2}, {Sentence: 3, Entity: 3}}
	q := "We will keep the harbours open to everyone,"
	qs := strings.Index(d.Text, q)
	d.Quotes = []extract.Quote{{Pieces: []extract.Span{{Start: qs, End: qs + len(q)}}, Text: q, Speaker: 0, Sentence: 2, Rule: "said-after"}}
	d.Facts = []extract.Fact{
		{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 1, Rule: "title-of"},
		{Subject: 0, Predicate: extract.LeaderOf, Object: 2, Sentence: 1, Rule: "chair-of"},
		{Subject: 3, Predicate: extract.Left, Object: 2, Sentence: 3, Rule: "left"},
	}
	return d
}

// docB is storyB: it shares Marta Kovalenko, Estravia and Norland with docA.
func docB(source string) *extract.Document {
	d := &extract.Document{Source: source, Text: storyB, Title: "Estravia and Norland talks stall", Words: 25}
	d.Sentences = sentencesOf(d.Text)
	d.Entities = []extract.Entity{
		{Key: "person/marta-kovalenko", Type: extract.Person, Name: "Marta Kovalenko", Aliases: []string{"President Kovalenko"}},
		{Key: "country/estravia", Type: extract.Country, Name: "Estravia"},
		{Key: "country/norland", Type: extract.Country, Name: "Norland"},
		{Key: "person/jonas-vell", Type: extract.Person, Name: "Jonas Vell", Aliases: []string{"Vell"}},
		{Key: "city/rigaport", Type: extract.City, Name: "Rigaport"},
	}
	d.Mentions = []extract.Mention{{Sentence: 1, Entity: 0}, {Sentence: 1, Entity: 1}, {Sentence: 1, Entity: 2}, {Sentence: 1, Entity: 3}, {Sentence: 1, Entity: 4}}
	q := "The door is not closed,"
	qs := strings.Index(d.Text, q)
	d.Quotes = []extract.Quote{{Pieces: []extract.Span{{Start: qs, End: qs + len(q)}}, Text: q, Speaker: 3, Sentence: 2, Rule: "said-after"}}
	d.Facts = []extract.Fact{
		{Subject: 0, Predicate: extract.LeaderOf, Object: 1, Sentence: 1, Rule: "title-name"},
		{Subject: 3, Predicate: extract.LeaderOf, Object: 2, Sentence: 1, Rule: "possessive-title"},
		{Subject: 0, Predicate: extract.MetWith, Object: 3, Sentence: 1, Rule: "met"},
	}
	return d
}

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func mustIngest(t testing.TB, s *Store, d *extract.Document) IngestResult {
	t.Helper()
	r, err := s.Ingest(context.Background(), d)
	if err != nil {
		t.Fatalf("ingest %s: %v", d.Source, err)
	}
	return r
}
