package quotes

import (
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/model"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// These tests drive findQuotes on Documents built by hand (paragraphs,
// sentences, mentions), so that they check the quote rules alone, not the
// entity recogniser in front of them. All sentences are invented.

// qtEnt is an entity of a hand-built Document and the surface forms that
// mention it (every whole-word occurrence becomes a mention).
type qtEnt struct {
	name  string
	typ   model.EntityType
	forms []string
	kind  model.MentionKind
}

// qtBuild makes a Document of text: one paragraph per non-blank line,
// sentences split after . ? ! (and any closing quote) before a capital or
// an opening quote, mentions from ents.
func qtBuild(text string, ents []qtEnt) *model.Document {
	doc := &model.Document{Text: text}
	pos := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if t := strings.TrimSpace(body); t != "" {
			s := pos + strings.Index(body, t)
			doc.Paragraphs = append(doc.Paragraphs, textseg.Span{Start: s, End: s + len(t)})
		}
		pos += len(line)
	}
	for pi, p := range doc.Paragraphs {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '?' && c != '!' {
				continue
			}
			j := i + 1
			for j < p.End && (text[j] == '"' || strings.HasPrefix(text[j:], "”")) {
				if text[j] == '"' {
					j++
				} else {
					j += len("”")
				}
			}
			if j >= p.End || text[j] != ' ' {
				continue
			}
			k := j + 1
			r := rune(text[k])
			if unicode.IsUpper(r) || r == '"' || strings.HasPrefix(text[k:], "“") {
				doc.Sentences = append(doc.Sentences, model.Sentence{Span: textseg.Span{Start: start, End: j}, Paragraph: pi})
				start = k
			}
		}
		doc.Sentences = append(doc.Sentences, model.Sentence{Span: textseg.Span{Start: start, End: p.End}, Paragraph: pi})
	}
	index := map[string]int{}
	for _, e := range ents {
		// forms of a name already seen mention the same entity
		ei, ok := index[e.name]
		if !ok {
			ei = len(doc.Entities)
			index[e.name] = ei
			doc.Entities = append(doc.Entities, model.Entity{Name: e.name, Type: e.typ})
		}
		for _, f := range e.forms {
			for off := 0; ; {
				i := strings.Index(text[off:], f)
				if i < 0 {
					break
				}
				s, end := off+i, off+i+len(f)
				off = end
				if s > 0 && qIsWordRune(rune(text[s-1])) || end < len(text) && qIsWordRune(rune(text[end])) {
					continue
				}
				doc.Mentions = append(doc.Mentions, model.Mention{Span: textseg.Span{Start: s, End: end}, Entity: ei, Kind: e.kind})
			}
		}
	}
	// Keep the longest of overlapping mentions, as a recogniser would.
	sort.Slice(doc.Mentions, func(i, j int) bool {
		mi, mj := doc.Mentions[i], doc.Mentions[j]
		return mi.Start < mj.Start || mi.Start == mj.Start && mi.End > mj.End
	})
	kept := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		if n := len(kept); n > 0 && m.Start < kept[n-1].End {
			continue
		}
		kept = append(kept, m)
	}
	doc.Mentions = kept
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		for si, s := range doc.Sentences {
			if s.Start <= m.Start && m.Start < s.End {
				m.Sentence = si
			}
		}
	}
	return doc
}

// qtWant is one expected quotation: the start of its text, its speaker's
// name ("" for unattributed) and the rule ("" = any).
type qtWant struct {
	starts, speaker, rule string
}

func TestFindQuotes(t *testing.T) {
	anna := qtEnt{name: "Anna Kovac", typ: model.Person, forms: []string{"Anna Kovac", "Ms Kovac", "Kovac"}}
	boris := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"Boris Lind", "Mr Lind", "Lind"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	norland := qtEnt{name: "Norland", typ: model.Country, forms: []string{"Norland"}}
	orbis := qtEnt{name: "Orbis Bank", typ: model.Organization, forms: []string{"Orbis Bank", "Orbis"}}
	tests := []qtCase{
		{
			name: "said after, name subject",
			text: `Prices rose again in March. "We expect the market to recover by the summer," Anna Kovac said.`,
			ents: []qtEnt{anna},
			want: []qtWant{{"We expect the market to recover", "Anna Kovac", "said-after"}},
		},
		{
			name: "said after, inverted with apposition",
			text: `"The figures are better than we feared," said Boris Lind, chief economist at Acme Foods.`,
			ents: []qtEnt{boris, acme},
			want: []qtWant{{"The figures are better", "Boris Lind", "said-after"}},
		},
		{
			name: "inverted with a possessive owner before the name",
			text: `"Sales will hold up well this winter," added Acme Foods' finance director Boris Lind.`,
			ents: []qtEnt{boris, acme},
			want: []qtWant{{"Sales will hold up", "Boris Lind", "said-after"}},
		},
		{
			name:         "unknown name after the verb gives no speaker, not the employer",
			text:         `"The figures are better than we feared," said Jo Hartigan, chief economist at Acme Foods.`,
			ents:         []qtEnt{acme},
			want:         []qtWant{{"The figures are better", "", ""}},
			unattributed: 1,
		},
		{
			name:         "unknown name before the verb gives no speaker, not the company",
			text:         `"We will not raise prices this year," Acme Foods chief executive Jo Hartigan told reporters.`,
			ents:         []qtEnt{acme},
			want:         []qtWant{{"We will not raise prices", "", ""}},
			unattributed: 1,
		},
		{
			name: "two apostrophes typed as double marks",
			text: `Talks ended late. ''We expect the market to recover by the summer,'' said Anna Kovac. ''Prices should then hold for a year,'' said Boris Lind.`,
			ents: []qtEnt{anna, boris},
			want: []qtWant{
				{"We expect the market to recover", "Anna Kovac", "said-after"},
				{"Prices should then hold", "Boris Lind", "said-after"},
			},
		},
		{
			name: "a quotation in typed double apostrophes, then one in straight marks",
			text: `''We expect the market to recover by the summer,'' said Anna Kovac. "Prices should then hold for a year or more," she added.`,
			ents: []qtEnt{anna},
			want: []qtWant{
				{"We expect the market to recover", "Anna Kovac", "said-after"},
				{"Prices should then hold", "Anna Kovac", ""},
			},
		},
		{
			name: "said before with colon and told",
			text: `Ms Kovac told the Daily Courier: "There is no question of a merger at this stage."`,
			ents: []qtEnt{anna},
			want: []qtWant{{"There is no question of a merger", "Anna Kovac", "said-before"}},
		},
		{
			name: "pronoun carries the previous speaker",
			text: `Boris Lind said exports were strong. "We sold more abroad than ever before," he said.`,
			ents: []qtEnt{boris},
			want: []qtWant{{"We sold more abroad", "Boris Lind", "pronoun-carry"}},
		},
		{
			name: "pronoun mention from coreference wins",
			text: `Anna Kovac met Boris Lind on Monday. "It was a useful meeting for both sides," he said.`,
			ents: []qtEnt{anna, boris, {name: "Boris Lind", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun}},
			want: []qtWant{{"It was a useful meeting", "Boris Lind", ""}},
		},
		{
			name: "pronoun after an introductory clause: the clause's subject",
			text: `Having worked with Boris Lind for years, Anna Kovac took over in May. "We will keep the shops open on Sundays," she said.`,
			ents: []qtEnt{anna, boris},
			want: []qtWant{{"We will keep the shops open", "Anna Kovac", "pronoun-carry"}},
		},
		{
			name: "quoted X as saying",
			text: `"Prices will rise again in the spring," the Daily Courier quoted Mr Lind as saying.`,
			ents: []qtEnt{boris, {name: "Daily Courier", typ: model.Organization, forms: []string{"Daily Courier"}}},
			want: []qtWant{{"Prices will rise again", "Boris Lind", "said-after"}},
		},
		{
			name: "role words and a title before the name",
			text: `"We are not for sale," said Acme Foods chief executive Boris Lind. "Our results speak for themselves," said Finance Minister Anna Kovac.`,
			ents: []qtEnt{anna, boris, acme},
			want: []qtWant{
				{"We are not for sale", "Boris Lind", "said-after"},
				{"Our results speak", "Anna Kovac", "said-after"},
			},
		},
		{
			name: "a colon clause introduces the next quote, not the one before",
			text: `"We have tested every candidate." Mr Lind said: "It is a great challenge for all of us."`,
			ents: []qtEnt{boris},
			want: []qtWant{
				{"We have tested every candidate.", "", ""},
				{"It is a great challenge", "Boris Lind", "said-before"},
			},
			unattributed: 1,
		},
		{
			name: "said the <modifiers> <role>: the latest speaker of that kind",
			text: `Anna Kovac said the team would wait. "It would be great to have her back," said the European indoor champion.`,
			ents: []qtEnt{anna},
			want: []qtWant{{"It would be great to have her back", "Anna Kovac", "said-after"}},
		},
		{
			name:         "an unknown name after the verb blocks the previous sentence's speaker",
			text:         `Mr Lind said the market was weak. "Nobody is buying anything at the moment," said Jo Hartigan.`,
			ents:         []qtEnt{boris},
			want:         []qtWant{{"Nobody is buying anything", "", ""}},
			unattributed: 1,
		},
		{
			name: "interrupted quote is one quotation with two pieces",
			text: `"We are," Ms Kovac said, "very pleased with the result."`,
			ents: []qtEnt{anna},
			want: []qtWant{{"We are, very pleased with the result.", "Anna Kovac", "said-between"}},
		},
		{
			name: "a quote after a quote and its attribution continues it",
			text: `"Demand is strong," said Mr Lind. "We are hiring 200 people in the north."`,
			ents: []qtEnt{boris},
			want: []qtWant{
				{"Demand is strong", "Boris Lind", "said-after"},
				{"We are hiring 200 people", "Boris Lind", "continuation"},
			},
		},
		{
			name: "quote carried across paragraphs is one quotation",
			text: "Anna Kovac said: \"The first half was difficult for everyone in the sector.\n\n\"The second half will be much better, we believe.\"\n\nShares rose 3%.",
			ents: []qtEnt{anna},
			want: []qtWant{{"The first half was difficult for everyone in the sector. The second half", "Anna Kovac", "said-before"}},
		},
		{
			name: "carry re-opened inside a flattened paragraph",
			text: `Mr Lind said: "Costs went up sharply last year. "We have cut them again since then."`,
			ents: []qtEnt{boris},
			want: []qtWant{{"Costs went up sharply last year. We have cut", "Boris Lind", "said-before"}},
		},
		{
			name: "lost closing mark: the later quote keeps its own speaker",
			text: `"Talks went well," said Ms Kovac. "We hope to sign soon. Mr Lind was more cautious about the timing. "Nothing is agreed until everything is agreed," Mr Lind said.`,
			ents: []qtEnt{anna, boris},
			want: []qtWant{
				{"Talks went well", "Anna Kovac", "said-after"},
				{"We hope to sign soon.", "Anna Kovac", "continuation"},
				{"Nothing is agreed until", "Boris Lind", "said-after"},
			},
		},
		{
			name: "lost closing mark before a reporting clause",
			text: `Exports grew. "The strong currency will weigh on sales in the coming year, the agency said in its report. Imports also rose. "A correction in the deficit is a major challenge for policy makers," it noted.`,
			ents: []qtEnt{acme, {name: "Acme Foods", typ: model.Organization, forms: []string{"the agency"}, kind: model.MentionRole}},
			want: []qtWant{
				{"The strong currency will weigh", "Acme Foods", "said-after"},
				{"A correction in the deficit", "Acme Foods", ""},
			},
		},
		{
			name: "bare surname with no mention",
			text: `Anna Kovac backed the plan. Kovac said: "This is the right decision for the company."`,
			ents: []qtEnt{{name: "Anna Kovac", typ: model.Person, forms: []string{"Anna Kovac"}}},
			want: []qtWant{{"This is the right decision", "Anna Kovac", "said-before"}},
		},
		{
			name: "the <body> <role>: a person already in the story",
			text: `"We will win the league," said Boris Lind. The Acme boss added: "Nobody can stop us now."`,
			ents: []qtEnt{boris, acme},
			want: []qtWant{
				{"We will win the league", "Boris Lind", "said-after"},
				{"Nobody can stop us now", "Boris Lind", "said-before"},
			},
		},
		{
			name: "fragments of one sentence's reported speech share its speaker",
			text: `Ms Kovac said it would be "quite a big step for the firm" and they were "going as far as they can" to cut costs.`,
			ents: []qtEnt{anna},
			want: []qtWant{
				{"quite a big step", "Anna Kovac", "said-partial"},
				{"going as far as they can", "Anna Kovac", "said-partial"},
			},
		},
		{
			name: "the body's role after a verb of saying: the one the story introduced with that role",
			text: `Acme Foods finance director Boris Lind spoke after the board met. Chief executive Anna Kovac was said to have quit over a row. "That is simply untrue and she knows it," said the Acme finance director.`,
			ents: []qtEnt{anna, boris, acme},
			want: []qtWant{{"That is simply untrue", "Boris Lind", "said-after"}},
		},
		{
			name: "a report of what someone told: the one reported speaks, not the paper",
			text: `The Daily Courier reports that Ms Kovac told a trade magazine: "We will open ten new shops in the north next year."`,
			ents: []qtEnt{anna, {name: "Daily Courier", typ: model.Organization, forms: []string{"Daily Courier"}}},
			want: []qtWant{{"We will open ten new shops", "Anna Kovac", "said-before"}},
		},
		{
			name: "a noun that is also a verb of saying does not take the fragment from the sentence's speaker",
			text: `Ms Kovac said the advert was "bold" and that the jokes in it "would upset a few of the older customers".`,
			ents: []qtEnt{anna},
			want: []qtWant{{"would upset a few", "Anna Kovac", "said-partial"}},
		},
		{
			name: "a place modifying the speaker phrase",
			text: `"We have to get the focus right," said Norland-born Ulster man Boris Lind.`,
			ents: []qtEnt{boris, {name: "Ulster", typ: model.Place, forms: []string{"Ulster"}}},
			want: []qtWant{{"We have to get the focus right", "Boris Lind", "said-after"}},
		},
		{
			name: "according to",
			text: `"The deal values the firm at $2bn," according to Acme Foods.`,
			ents: []qtEnt{acme},
			want: []qtWant{{"The deal values the firm", "Acme Foods", "according-to"}},
		},
		{
			name: "spokesman for an organisation",
			text: `"We have received no offer and the company is not for sale," a spokesman for Acme Foods said.`,
			ents: []qtEnt{acme},
			want: []qtWant{{"We have received no offer", "Acme Foods", "spokesman-for"}},
		},
		{
			name: "organisation spokeswoman before",
			text: `An Acme spokeswoman said: "All staff will keep their jobs under the new owners."`,
			ents: []qtEnt{acme},
			want: []qtWant{{"All staff will keep their jobs", "Acme Foods", "spokesman-for"}},
		},
		{
			name: "bare spokesman resolved through the previous sentence",
			text: `An Acme spokesman confirmed the talks. "No decision has been made on the plant," a spokesman said.`,
			ents: []qtEnt{acme},
			want: []qtWant{{"No decision has been made", "Acme Foods", "spokesman-for"}},
		},
		{
			name: "named person in apposition with an organisation spokeswoman: the body (GOLD.md)",
			text: `"Flights will resume on Friday," Anna Kovac, an Acme spokeswoman told reporters.`,
			ents: []qtEnt{anna, acme},
			want: []qtWant{{"Flights will resume on Friday", "Acme Foods", "spokesperson-named"}},
		},
		{
			name: "no person before the comma: the organisation spokesman speaks",
			text: `"Flights will resume on Friday," in Norland, an Acme spokeswoman told reporters.`,
			ents: []qtEnt{acme, norland},
			want: []qtWant{{"Flights will resume on Friday", "Acme Foods", "spokesman-for"}},
		},
		{
			name: "question quote then said NAME, title of ORG",
			text: `"Who would want to buy a loss-making airline?" said Boris Lind, head of research at Acme.`,
			ents: []qtEnt{boris, acme},
			want: []qtWant{{"Who would want to buy", "Boris Lind", "said-after"}},
		},
		{
			name: "plural subject after a pair of organisations: the first of the pair",
			text: `Acme Foods and Orbis Bank agreed a merger on Monday. "The combined group will be stronger," the companies said in a joint statement.`,
			ents: []qtEnt{acme, orbis},
			want: []qtWant{{"The combined group will be stronger", "Acme Foods", "pair-first"}},
		},
		{
			name:         "plural subject with no named pair: nobody",
			text:         `Talks ended on Monday. "The combined group will be stronger," the companies said in a joint statement.`,
			ents:         []qtEnt{acme},
			want:         []qtWant{{"The combined group will be stronger", "", ""}},
			unattributed: 1,
		},
		{
			name: "It added that: the organisation that is the previous subject",
			text: `The Acme board rejected the offer. It added that the bid "did not reflect the value of the business".`,
			ents: []qtEnt{acme},
			want: []qtWant{{"did not reflect the value of the business", "Acme Foods", "pronoun-carry"}},
		},
		{
			name:         "It added that: no organisation before, no speaker",
			text:         `Shares rose on Tuesday. It added that the bid "did not reflect the value of the business".`,
			ents:         []qtEnt{acme},
			want:         []qtWant{{"did not reflect the value of the business", "", ""}},
			unattributed: 1,
		},
		{
			name: "spokesman opening a paragraph speaks for the one body named before",
			text: "Shares in Acme Foods fell 4% in Norland.\n\"We are disappointed with the figures,\" a spokesman said.",
			ents: []qtEnt{acme, norland},
			want: []qtWant{{"We are disappointed with the figures", "Acme Foods", "spokesman-for"}},
		},
		{
			name:         "spokesman opening a paragraph after two bodies: nobody",
			text:         "Acme Foods lost ground to Orbis Bank.\n\"We are disappointed with the figures,\" a spokesman said.",
			ents:         []qtEnt{acme, orbis},
			want:         []qtWant{{"We are disappointed with the figures", "", ""}},
			unattributed: 1,
		},
		{
			name:         "a statement is no spokesman for the body named before",
			text:         "Shares in Acme Foods fell 4%.\n\"We are disappointed with the figures,\" a statement on the website said.",
			ents:         []qtEnt{acme},
			want:         []qtWant{{"We are disappointed with the figures", "", ""}},
			unattributed: 1,
		},
		{
			name: "country as speaker, partial quote",
			text: `Norland said the talks were "much more productive than expected" and would continue.`,
			ents: []qtEnt{norland},
			want: []qtWant{{"much more productive than expected", "Norland", "said-partial"}},
		},
		{
			name: "colon form: the sentence subject",
			text: `Ms Kovac urged the board to act on costs before the summer break: "We cannot wait another year."`,
			ents: []qtEnt{anna},
			want: []qtWant{{"We cannot wait another year", "Anna Kovac", ""}},
		},
		{
			name: "role phrase without a mention falls back to the last speaker",
			text: `Anna Kovac opened the meeting. "Our members expect results this year," the chairwoman said. "Costs must come down," the president of the society added.`,
			ents: []qtEnt{anna},
			want: []qtWant{
				{"Our members expect results", "Anna Kovac", ""},
				{"Costs must come down", "Anna Kovac", ""},
			},
		},
		{
			name: "previous sentence names the speaker",
			text: `Mr Lind stressed that the plant was safe. "The inspectors found nothing wrong with the equipment."`,
			ents: []qtEnt{boris},
			want: []qtWant{{"The inspectors found nothing", "Boris Lind", "prev-sentence"}},
		},
		{
			name: "curly quotes",
			text: `“We have demonstrated that we can host events of this size,” the head of state said.`,
			ents: []qtEnt{{name: "Anna Kovac", typ: model.Person, forms: []string{"the head of state"}, kind: model.MentionRole}},
			want: []qtWant{{"We have demonstrated that", "Anna Kovac", "said-after"}},
		},
		{
			name: "scare quotes and titles are not quotations",
			text: `Ms Kovac dismissed the "mongrel" jibe. The so-called "axis of evil" speech was recalled. Acme sponsored the film "The Long Road Home" last year. Critics called it a "bad piece of work".`,
			ents: []qtEnt{anna, acme},
			want: nil,
		},
		{
			name: "apostrophes and single scare quotes are never quotations",
			text: `Norland's exports fell, and the analysts' view is that 'soft landing' talk is premature. Don't expect a rebound before the '90s-style boom returns, Ms Kovac said.`,
			ents: []qtEnt{anna, norland},
			want: nil,
		},
		{
			name: "unbalanced mark does not swallow the next paragraph",
			text: "Mr Lind said the plan was \"bold.\n\nAnna Kovac disagreed. \"It is reckless and will cost jobs,\" she said.",
			ents: []qtEnt{anna, boris},
			want: []qtWant{{"It is reckless and will cost jobs", "Anna Kovac", "pronoun-carry"}},
		},
		{
			name:         "a long quote with no speaker stays unattributed",
			text:         `Prices rose. "It has been a very hard winter for small farms everywhere." Shares fell.`,
			want:         []qtWant{{"It has been a very hard winter", "", ""}},
			unattributed: 1,
		},
		{
			name: "headline-style single quotes with a speaker",
			text: "Firm 'will not close' plant\n\n'We will not close the plant,' Boris Lind said.",
			ents: []qtEnt{boris},
			want: []qtWant{{"We will not close the plant", "Boris Lind", "said-after"}},
		},
	}
	qtRun(t, tests)
}

func qtDump(doc *model.Document) string {
	var sb strings.Builder
	for _, q := range doc.Quotes {
		sp := "-"
		if q.Speaker >= 0 {
			sp = doc.Entities[q.Speaker].Name
		}
		sb.WriteString("\n\t[" + sp + " " + q.Rule + "] " + q.Text)
	}
	return sb.String()
}

// The pieces and text of an interrupted quote are exactly the text inside
// the marks.
func TestQuotePieces(t *testing.T) {
	text := `“Over this time, a great deal has changed,” Ms Kovac said, “and not only here.”`
	doc := qtBuild(text, []qtEnt{{name: "Anna Kovac", typ: model.Person, forms: []string{"Ms Kovac"}}})
	Find(doc)
	if len(doc.Quotes) != 1 {
		t.Fatalf("got %d quotes: %s", len(doc.Quotes), qtDump(doc))
	}
	q := doc.Quotes[0]
	if len(q.Pieces) != 2 {
		t.Fatalf("got %d pieces", len(q.Pieces))
	}
	if p := text[q.Pieces[0].Start:q.Pieces[0].End]; p != "Over this time, a great deal has changed," {
		t.Errorf("piece 0 = %q", p)
	}
	if p := text[q.Pieces[1].Start:q.Pieces[1].End]; p != "and not only here." {
		t.Errorf("piece 1 = %q", p)
	}
	if q.Text != "Over this time, a great deal has changed, and not only here." {
		t.Errorf("text = %q", q.Text)
	}
	if q.Sentence != 0 {
		t.Errorf("sentence = %d", q.Sentence)
	}
}
