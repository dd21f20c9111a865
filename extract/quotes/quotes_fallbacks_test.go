package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Fallback attribution constructions, on invented news sentences with
// hand-built mentions (see qtBuild), including the negatives each rule
// must leave alone.

// qtCase is one table row: a text, its entities, the quotations wanted
// and how many quotations are expected to stay unattributed.
type qtCase struct {
	name         string
	text         string
	ents         []qtEnt
	want         []qtWant
	unattributed int
	// absent lists quotation starts that must not be emitted at all.
	absent []string
}

func qtRun(t *testing.T, tests []qtCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := qtBuild(tc.text, tc.ents)
			Find(doc)
			got := map[int]bool{}
			for _, w := range tc.want {
				found := false
				for i, q := range doc.Quotes {
					if !strings.HasPrefix(q.Text, w.starts) {
						continue
					}
					found, got[i] = true, true
					sp := ""
					if q.Speaker >= 0 {
						sp = doc.Entities[q.Speaker].Name
					}
					if sp != w.speaker {
						t.Errorf("%q: speaker %q, want %q (rule %s)", w.starts, sp, w.speaker, q.Rule)
					}
					if w.rule != "" && q.Rule != w.rule {
						t.Errorf("%q: rule %q, want %q", w.starts, q.Rule, w.rule)
					}
				}
				if !found {
					t.Errorf("no quote starting %q; got %s", w.starts, qtDump(doc))
				}
			}
			for _, s := range tc.absent {
				for _, q := range doc.Quotes {
					if strings.HasPrefix(q.Text, s) {
						t.Errorf("quote %q should not be extracted: %s", s, qtDump(doc))
					}
				}
			}
			unattr := 0
			for i, q := range doc.Quotes {
				if q.Speaker < 0 {
					unattr++
				}
				if !got[i] && q.Speaker >= 0 {
					t.Errorf("unexpected quote %q by %s (%s)", q.Text, doc.Entities[q.Speaker].Name, q.Rule)
				}
			}
			if unattr != tc.unattributed {
				t.Errorf("%d unattributed quotes, want %d: %s", unattr, tc.unattributed, qtDump(doc))
			}
		})
	}
}

var (
	r3Vera   = qtEnt{name: "Vera Holm", typ: model.Person, forms: []string{"Vera Holm", "Ms Holm", "Holm"}}
	r3Tomas  = qtEnt{name: "Tomas Brandt", typ: model.Person, forms: []string{"Tomas Brandt", "Mr Brandt", "Brandt"}}
	r3Kell   = qtEnt{name: "Kell Air", typ: model.Organization, forms: []string{"Kell Air"}}
	r3Nova   = qtEnt{name: "NVX", typ: model.Organization, forms: []string{"NVX"}, kind: model.MentionAcronym}
	r3Orla   = qtEnt{name: "ORLA", typ: model.Organization, forms: []string{"ORLA"}, kind: model.MentionAcronym}
	r3Ferro  = qtEnt{name: "Ferro Group", typ: model.Organization, forms: []string{"Ferro Group"}}
	r3Assoc  = qtEnt{name: "Union of Coastal Ports", typ: model.Organization, forms: []string{"Union of Coastal Ports"}}
	r3Estria = qtEnt{name: "Estria", typ: model.Country, forms: []string{"Estria"}}
)

// Organisations named by acronym speak like those named in full: a bare
// spokesman opening a paragraph, a pair speaking "in a joint statement".
func TestQuotesFallbackAcronyms(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name: "spokesman after a paragraph naming one acronym",
			text: "Dutch-based group NVX said it would study the offer.\n\n" +
				`"If the sale is reopened we would look at it very closely," a spokesman told the Courier.`,
			ents: []qtEnt{r3Nova},
			want: []qtWant{{"If the sale is reopened", "NVX", "spokesman-for"}},
		},
		{
			name: "two bodies in the paragraph before: nobody",
			text: "NVX and Ferro Group both said they would study the offer.\n\n" +
				`"If the sale is reopened we would look at it very closely," a spokesman told the Courier.`,
			ents:         []qtEnt{r3Nova, r3Ferro},
			want:         []qtWant{{"If the sale is reopened", "", ""}},
			unattributed: 1,
		},
		{
			name: "the companies said: the first of an acronym pair",
			text: `ORLA and Ferro Group, which build the engines, welcomed the ruling. "It has always been better to settle such matters by talks," the companies said in a joint statement.`,
			ents: []qtEnt{r3Orla, r3Ferro},
			want: []qtWant{{"It has always been better", "ORLA", "pair-first"}},
		},
	})
}

// A quoted question or sentence followed, inside the same sentence, by
// "said NAME, a long title": the apposition does not cut the attribution.
func TestQuotesFallbackQuestionThenSaid(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name: "question then said NAME with a long apposition",
			text: `Fuel taxes are low. "Of course we back the plan, but why single out the ports?" said Vera Holm, secretary general of the Union of Coastal Ports.`,
			ents: []qtEnt{r3Vera, r3Assoc},
			want: []qtWant{{"Of course we back the plan", "Vera Holm", "said-after"}},
		},
		{
			name:         "a new long sentence after a finished quote is not its attribution",
			text:         `Fuel taxes are low. "We are ready for talks." The Union of Coastal Ports said on Monday that it had written to every minister in the region.`,
			ents:         []qtEnt{r3Assoc},
			want:         []qtWant{{"We are ready for talks", "", ""}},
			unattributed: 1,
		},
	})
}

// A speaker named in an apposition, after a role phrase, or in a clause
// inserted between commas.
func TestQuotesFallbackAppositions(t *testing.T) {
	lawyer := qtEnt{name: "Piet Maas", typ: model.Person, forms: []string{"Piet Maas", "Mr Maas"}}
	committee := qtEnt{name: "Harbour Committee", typ: model.Organization, forms: []string{"the committee"}, kind: model.MentionRole}
	qtRun(t, []qtCase{
		{
			name: "role before a name-only apposition",
			text: `Several states objected, and Estria's envoy to the talks, Vera Holm, said the bid "must be judged on trade grounds alone".`,
			ents: []qtEnt{r3Vera, r3Estria},
			want: []qtWant{{"must be judged on trade grounds", "Vera Holm", "said-partial"}},
		},
		{
			name: "a descriptive apposition does not name the speaker",
			text: `Estria, a small coastal state, said the bid "must be judged on trade grounds alone".`,
			ents: []qtEnt{r3Estria},
			want: []qtWant{{"must be judged on trade grounds", "Estria", "said-partial"}},
		},
		{
			name: "said the committee chairman, MP NAME",
			text: `Costs rose. "Our aim is simply to make the service answer to the public," said the committee chairman, MP Piet Maas.`,
			ents: []qtEnt{lawyer, committee},
			want: []qtWant{{"Our aim is simply", "Piet Maas", "said-after"}},
		},
		{
			name: "said the festival's director, NAME",
			text: `Prices fell. "When the storm struck, we asked ourselves whether to cancel," said the festival's executive director, Tomas Brandt.`,
			ents: []qtEnt{r3Tomas},
			want: []qtWant{{"When the storm struck", "Tomas Brandt", "said-after"}},
		},
		{
			name:         "a role and a comma with no name after it",
			text:         `Prices fell. "When the storm struck, we asked ourselves whether to cancel," said the festival's executive director, speaking in Oslo.`,
			want:         []qtWant{{"When the storm struck", "", ""}},
			unattributed: 1,
		},
		{
			name: "inserted said between commas",
			text: `Markets were calm. The ministers' remarks, said Tomas Brandt of Kell Air in Oslo, were "far too vague to move prices".`,
			ents: []qtEnt{r3Tomas, r3Kell},
			want: []qtWant{{"far too vague to move prices", "Tomas Brandt", "said-inserted"}},
		},
		{
			name:         "inserted said naming a company is not a person's remark",
			text:         `Markets were calm. The ministers' remarks, said Kell Air in a note, were "far too vague to move prices".`,
			ents:         []qtEnt{r3Kell},
			want:         []qtWant{{"far too vague to move prices", "", ""}},
			unattributed: 1,
		},
		{
			name: "according to a statement from a body",
			text: `Supplies are tight. According to a statement from Kell Air, "flights will run normally over the holiday".`,
			ents: []qtEnt{r3Kell},
			want: []qtWant{{"flights will run normally", "Kell Air", "according-to"}},
		},
		{
			name:         "according to a report about a body is not the body",
			text:         `Supplies are tight. According to a report on Kell Air, "flights will run normally over the holiday".`,
			ents:         []qtEnt{r3Kell},
			want:         []qtWant{{"flights will run normally", "", ""}},
			unattributed: 1,
		},
	})
}

// A sentence-final reporting clause after a mid-sentence quotation.
func TestQuotesFallbackFinalClause(t *testing.T) {
	chief := qtEnt{name: "Tomas Brandt", typ: model.Person, forms: []string{"its chief", "Tomas Brandt"}, kind: model.MentionRole}
	qtRun(t, []qtCase{
		{
			name: "lead-in with 'its chief has said'",
			text: "Kell Air bosses have held \"open, frank and useful\" talks with Ferro Group, its chief has said.\n\nTomas Brandt met the Ferro board in Oslo.",
			ents: []qtEnt{chief, r3Kell, r3Ferro},
			want: []qtWant{{"open, frank and useful", "Tomas Brandt", "said-final"}},
		},
		{
			name: "final clause with a time adverbial",
			text: `Prices fell. During 2004 "Estria was one of the strongest markets in the region" for new cars, Kell Air said on Monday.`,
			ents: []qtEnt{r3Kell, r3Estria},
			want: []qtWant{{"Estria was one of the strongest", "Kell Air", "said-final"}},
		},
		{
			name: "a quotation of two sentences, the clause after the second",
			text: `Prices fell. "The slump in the region came to an end in May. But the upturn is not strong enough" to lift car sales, Ms Holm added.`,
			ents: []qtEnt{r3Vera},
			want: []qtWant{{"The slump in the region", "Vera Holm", "said-final"}},
		},
		{
			name: "two pieces before one final clause",
			text: `Prices fell. "We should find a way that keeps the rules" without turning the market into "a place nobody can leave", Ms Holm said.`,
			ents: []qtEnt{r3Vera},
			want: []qtWant{{"We should find a way", "Vera Holm", ""}, {"a place nobody can leave", "Vera Holm", ""}},
		},
		{
			name:         "a clause after the comma that is not a report",
			text:         `Prices fell. Kell Air sold "a great many seats on the new routes" last year, Ms Holm said that week it had doubled its staff.`,
			ents:         []qtEnt{r3Vera, r3Kell},
			want:         []qtWant{{"a great many seats", "", ""}},
			unattributed: 1,
		},
		{
			name:         "a relative clause ending the sentence",
			text:         `Prices fell. Kell Air sold "a great many seats on the new routes", which analysts said was a surprise.`,
			ents:         []qtEnt{r3Kell},
			want:         []qtWant{{"a great many seats", "", ""}},
			unattributed: 1,
		},
	})
}

// A quotation standing alone as a sentence after a narrative sentence
// about the person who spoke the story's latest quotation: the person is
// that sentence's subject, by name or resolved subject pronoun, at its
// start or after a fronted phrase.
func TestQuotesFallbackNarrativeSubject(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name: "narrative sentence about the last speaker",
			text: `"I am looking forward to the race," Brandt said. Brandt was fourth in the final in Rome last year. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "narrative-subject"}},
		},
		{
			name:         "narrative sentence about someone else",
			text:         `"I am looking forward to the race," Brandt said. Ms Holm was fourth in the final in Rome last year. "This will be a big season for me and I want to win in Oslo."`,
			ents:         []qtEnt{r3Tomas, r3Vera},
			want:         []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "", ""}},
			unattributed: 1,
		},
		{
			// narrative-subject stands back; Brandt is the story's one
			// voice and the sentence before is his (quotes_voice.go)
			name: "two persons in the narrative sentence",
			text: `"I am looking forward to the race," Brandt said. Brandt beat Ms Holm in the final in Rome last year. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas, r3Vera},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "story-voice"}},
		},
		{
			name: "the subject after a fronted phrase closed by a comma",
			text: `"I am looking forward to the race," Brandt said. After two wins in a week in Spain, Brandt is full of confidence. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "narrative-subject"}},
		},
		{
			name: "a subject pronoun coreference resolved",
			text: `"I am looking forward to the race," Brandt said. He was fourth in the final in Rome last year. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas, {name: "Tomas Brandt", typ: model.Person, forms: []string{"He"}, kind: model.MentionPronoun}},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "narrative-subject"}},
		},
		{
			// as above: the story's one voice
			name: "another person in the fronted phrase",
			text: `"I am looking forward to the race," Brandt said. After losing to Ms Holm in Spain, Brandt is full of doubt. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas, r3Vera},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "story-voice"}},
		},
		{
			name:         "a possessive pronoun is no subject",
			text:         `"I am looking forward to the race," Brandt said. His coach was fourth in the final in Rome last year. "This will be a big season for me and I want to win in Oslo."`,
			ents:         []qtEnt{r3Tomas, {name: "Tomas Brandt", typ: model.Person, forms: []string{"His"}, kind: model.MentionPronoun}},
			want:         []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "", ""}},
			unattributed: 1,
		},
		{
			// narrative-subject stands back; latest-speaker
			// (quotes_narrative.go) finds him
			name: "the person is not the subject",
			text: `"I am looking forward to the race," Brandt said. The crowd in Rome last year gave Brandt a warm welcome. "This will be a big season for me and I want to win in Oslo."`,
			ents: []qtEnt{r3Tomas},
			want: []qtWant{{"I am looking forward", "Tomas Brandt", "said-after"}, {"This will be a big season", "Tomas Brandt", "latest-speaker"}},
		},
	})
}

// "The prime minister's office said": the office holder the story named
// with that title; "It added" after it stays with the same speaker.
func TestQuotesFallbackOffice(t *testing.T) {
	pm := qtEnt{name: "Ivo Renk", typ: model.Person, forms: []string{"Ivo Renk", "Mr Renk"}}
	qtRun(t, []qtCase{
		{
			name: "titled person's office, then It added",
			text: `Prime Minister Ivo Renk promised action. The prime minister's office said auditors had found "serious gaps in the payroll records". It added that some staff "appear to have drawn salaries they never earned".`,
			ents: []qtEnt{pm},
			want: []qtWant{{"serious gaps in the payroll", "Ivo Renk", "office-of"}, {"appear to have drawn salaries", "Ivo Renk", "pronoun-carry"}},
		},
		{
			name:         "no one introduced with the title",
			text:         `Mr Renk promised action. The prime minister's office said auditors had found "serious gaps in the payroll records".`,
			ents:         []qtEnt{pm},
			want:         []qtWant{{"serious gaps in the payroll", "", ""}},
			unattributed: 1,
		},
		{
			name:         "two people with the title",
			text:         `Prime Minister Ivo Renk met former prime minister Vera Holm. The prime minister's office said auditors had found "serious gaps in the payroll records".`,
			ents:         []qtEnt{pm, r3Vera},
			want:         []qtWant{{"serious gaps in the payroll", "", ""}},
			unattributed: 1,
		},
		{
			name: "the presidency: the one person titled president, then It added",
			text: `Prime Minister Ivo Renk resigned to President Vera Holm. The presidency said in a statement that he would stay on "until the appointment of a new government". It added that talks "would begin with all the parties on Monday".`,
			ents: []qtEnt{pm, r3Vera},
			want: []qtWant{{"until the appointment of", "Vera Holm", "office-of"}, {"would begin with all", "Vera Holm", "pronoun-carry"}},
		},
		{
			name: "the chancellery: the one person titled chancellor",
			text: `Chancellor Ivo Renk flew to Rome. The chancellery said the visit would "deepen the ties between our two countries".`,
			ents: []qtEnt{pm},
			want: []qtWant{{"deepen the ties between", "Ivo Renk", "office-of"}},
		},
		{
			name:         "the presidency with no one titled president",
			text:         `Prime Minister Ivo Renk resigned on Thursday. The presidency said in a statement that he would stay on "until the appointment of a new government".`,
			ents:         []qtEnt{pm},
			want:         []qtWant{{"until the appointment of", "", ""}},
			unattributed: 1,
		},
		{
			name:         "the presidency with two people titled president",
			text:         `President Ivo Renk met President Vera Holm. The presidency said the talks had been "open and useful for both sides of the border".`,
			ents:         []qtEnt{pm, r3Vera},
			want:         []qtWant{{"open and useful for", "", ""}},
			unattributed: 1,
		},
		{
			name:         "a presidency held by a country is no office of a person",
			text:         `President Vera Holm flew to Rome. The Danish presidency said the summit had been "open and useful for all the member states".`,
			ents:         []qtEnt{r3Vera},
			want:         []qtWant{{"open and useful for", "", ""}},
			unattributed: 1,
		},
		{
			name:   "the presidency quoting a slogan under five words: the quotation is its own, not the slogan",
			text:   `President Vera Holm flew to Rome. The presidency said the "Europe First" campaign was "a danger to the peace of the continent".`,
			ents:   []qtEnt{r3Vera},
			want:   []qtWant{{"a danger to the peace", "Vera Holm", ""}},
			absent: []string{"Europe First"},
		},
	})
}

// Terms glossed in quotes are not speech.
func TestQuotesFallbackGloss(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name:   "in other words, a quoted term",
			text:   `Kell Air said the rules would stay. The rules cover software that runs machines, in other words, "computer driven inventions".`,
			ents:   []qtEnt{r3Kell},
			absent: []string{"computer driven inventions"},
		},
	})
}

// "the prime minister said" with no role mention: the person the story
// introduced with that title, never a latest speaker with another title.
func TestQuotesFallbackRoleTitle(t *testing.T) {
	pm := qtEnt{name: "Ivo Renk", typ: model.Person, forms: []string{"Ivo Renk", "Mr Renk"}}
	qtRun(t, []qtCase{
		{
			name: "the prime minister after another speaker",
			text: `Prime Minister Ivo Renk opened the debate. "The plan is a mess," Home Secretary Vera Holm said. The prime minister claimed the critics had "no credible plan for the economy at all".`,
			ents: []qtEnt{pm, r3Vera},
			want: []qtWant{{"The plan is a mess", "Vera Holm", "said-after"}, {"no credible plan", "Ivo Renk", "role-carry"}},
		},
		{
			name:         "latest speaker holds another title: nobody",
			text:         `"The plan is a mess," Home Secretary Vera Holm said. The prime minister claimed the critics had "no credible plan for the economy at all".`,
			ents:         []qtEnt{r3Vera},
			want:         []qtWant{{"The plan is a mess", "Vera Holm", "said-after"}, {"no credible plan", "", ""}},
			unattributed: 1,
		},
		{
			name: "latest speaker holds that title",
			text: `"The plan is a mess," Prime Minister Vera Holm said. The prime minister claimed the critics had "no credible plan for the economy at all".`,
			ents: []qtEnt{r3Vera},
			want: []qtWant{{"The plan is a mess", "Vera Holm", "said-after"}, {"no credible plan", "Vera Holm", "role-carry"}},
		},
	})
}

// A quotation opening a story, attributed by the next sentence.
func TestQuotesFallbackNextSentence(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name: "That was the pledge from NAME",
			text: "Tax pledge\n\n\"We will not raise the basic rate of tax in the next parliament.\" That was the pledge from Vera Holm on Sunday.",
			ents: []qtEnt{r3Vera},
			want: []qtWant{{"We will not raise", "Vera Holm", "next-sentence"}},
		},
		{
			name:         "a next sentence that does not point back",
			text:         "Tax pledge\n\n\"We will not raise the basic rate of tax in the next parliament.\" Vera Holm spent Sunday in Leeds.",
			ents:         []qtEnt{r3Vera},
			want:         []qtWant{{"We will not raise", "", ""}},
			unattributed: 1,
		},
	})
}

// "he said" after "A spokesman for X said …" is the spokesman, who speaks
// for X, not the last person named.
func TestQuotesFallbackSpokesPronoun(t *testing.T) {
	qtRun(t, []qtCase{
		{
			name: "she said after a spokeswoman for a body",
			text: `"We have no choice," Tomas Brandt said. A spokeswoman for Kell Air said the cuts were painful. "We will fight for every job," she said.`,
			ents: []qtEnt{r3Tomas, r3Kell},
			want: []qtWant{{"We have no choice", "Tomas Brandt", "said-after"}, {"We will fight", "Kell Air", "pronoun-carry"}},
		},
		{
			name: "a named spokeswoman speaks for the body (GOLD.md)",
			text: `Ms Holm, a spokeswoman for Kell Air, said the cuts were painful. "We will fight for every job," she said.`,
			ents: []qtEnt{r3Vera, r3Kell},
			want: []qtWant{{"We will fight", "Kell Air", "spokesperson-named"}},
		},
	})
}

// A role phrase, a comma and a name after the verb: the role may be a tie
// to someone ("his wife") or one of several ("one of their lawyers"); a
// thing before the comma is no role.
func TestQuoteRoleThenNameTies(t *testing.T) {
	ann := qtEnt{name: "Ann", typ: model.Person, forms: []string{"Ann"}}
	bloggs := qtEnt{name: "Jo Bloggs", typ: model.Person, forms: []string{"Jo Bloggs"}}
	qtRun(t, []qtCase{
		{
			name: "his wife, a first name",
			text: "Obituary\n\nThe author died on Sunday. \"He had a long and happy life with his books,\" said his wife, Ann.",
			ents: []qtEnt{ann},
			want: []qtWant{{"He had a long and happy life", "Ann", "said-after"}},
		},
		{
			name: "one of their lawyers, a full name",
			text: "Athletics\n\nThe pair deny the charges. \"A ruling is now expected by the middle of March,\" said one of their lawyers, Jo Bloggs.",
			ents: []qtEnt{bloggs},
			want: []qtWant{{"A ruling is now expected", "Jo Bloggs", "said-after"}},
		},
		{
			name:         "a thing before the comma",
			text:         "Athletics\n\nThe pair deny the charges. \"A ruling is now expected by the middle of March,\" said one of their statements, Jo Bloggs.",
			ents:         []qtEnt{bloggs},
			unattributed: 1,
		},
	})
}

// "said Acme's picture editor, Jo Bloggs": a named owner before the post
// and the person in apposition after the comma; a spokesman of a named
// owner speaks for it; an owner and a post with no person after the comma
// name nobody.
func TestQuotesFallbackOwnedRoleThenName(t *testing.T) {
	bloggs := qtEnt{name: "Jo Bloggs", typ: model.Person, forms: []string{"Jo Bloggs", "Bloggs"}}
	acme := qtEnt{name: "Acme Herald", typ: model.Organization, forms: []string{"Acme Herald"}}
	qtRun(t, []qtCase{
		{
			name: "owner, post, comma, person",
			text: "Photos\n\nThe Acme Herald printed the photo on Monday.\n\n\"This picture told the whole story of the day,\" said Acme Herald's picture editor, Jo Bloggs.",
			ents: []qtEnt{acme, bloggs},
			want: []qtWant{{"This picture told the whole story", "Jo Bloggs", "said-after"}},
		},
		{
			name: "owner's spokesman, person: the owner",
			text: "Photos\n\nThe Acme Herald printed the photo on Monday.\n\n\"This picture told the whole story of the day,\" said Acme Herald's spokesman, Jo Bloggs.",
			ents: []qtEnt{acme, bloggs},
			want: []qtWant{{"This picture told the whole story", "Acme Herald", "said-after"}},
		},
		{
			name:         "owner and post with a place after the comma",
			text:         "Photos\n\nThe Acme Herald printed the photo on Monday.\n\n\"This picture told the whole story of the day,\" said Acme Herald's picture editor, in London.",
			ents:         []qtEnt{acme, bloggs},
			unattributed: 1,
		},
	})
}
