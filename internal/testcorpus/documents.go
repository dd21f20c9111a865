package testcorpus

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// StoryA and StoryB are invented wire stories, for tests that store
// hand-annotated documents (DocA, DocB) rather than extract them.
const (
	StoryA = "Kovalenko re-elected to lead Baltic Ports Union\n\n" +
		"Marta Kovalenko, the president of Estravia, was re-elected chair of the Baltic Ports Union on Tuesday. " +
		"\u201cWe will keep the harbours open to everyone,\u201d Kovalenko said. " +
		"Norland left the union last year.\n"
	StoryB = "Estravia and Norland talks stall\n\n" +
		"Estravia President Marta Kovalenko met Norland's prime minister Jonas Vell in Rigaport. " +
		"\u201cThe door is not closed,\u201d Vell said.\n"
)

// SentencesOf splits text after ". " or at paragraph breaks: enough for
// hand-made documents.
func SentencesOf(text string) []extract.Sentence {
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

// DocA is StoryA as a fully extracted document.
func DocA(source string) *extract.Document {
	d := &extract.Document{Source: source, Text: StoryA, Title: "Kovalenko re-elected to lead Baltic Ports Union", Words: 40}
	d.Sentences = SentencesOf(d.Text)
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

// DocB is StoryB: it shares Marta Kovalenko, Estravia and Norland with DocA.
func DocB(source string) *extract.Document {
	d := &extract.Document{Source: source, Text: StoryB, Title: "Estravia and Norland talks stall", Words: 25}
	d.Sentences = SentencesOf(d.Text)
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
