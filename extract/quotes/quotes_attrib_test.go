package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Attribution constructions met in news the rules had not seen (the
// third held-out set and a seeded corpus sample), on invented sentences
// with hand-built mentions (qtBuild), each with the negatives that must
// keep their old reading.
func TestQuoteSpeakerConstructions(t *testing.T) {
	rona := qtEnt{name: "Rona Vell", typ: model.Person, forms: []string{"Rona Vell"}}
	band := qtEnt{name: "Blue Harbour", typ: model.Person, forms: []string{"Blue Harbour"}} // a band typed Person
	tim := qtEnt{name: "Tim Rook", typ: model.Person, forms: []string{"Tim Rook"}}
	nia := qtEnt{name: "Nia Doss", typ: model.Person, forms: []string{"Nia Doss"}}
	adler := qtEnt{name: "Quincy Adler", typ: model.Person, forms: []string{"Quincy Adler"}}
	cole := qtEnt{name: "Ray Cole", typ: model.Person, forms: []string{"Ray Cole", "Cole"}}
	wen := qtEnt{name: "Wen Ford", typ: model.Person, forms: []string{"Wen Ford"}}
	pia := qtEnt{name: "Pia Lund", typ: model.Person, forms: []string{"Pia Lund"}}
	ana := qtEnt{name: "Ana Ruiz", typ: model.Person, forms: []string{"Ana Ruiz"}}
	bo := qtEnt{name: "Bo Lind", typ: model.Person, forms: []string{"Bo Lind"}}
	riverton := qtEnt{name: "Port Vale", typ: model.Organization, forms: []string{"Port Vale"}}
	hale := qtEnt{name: "Kev Hale", typ: model.Person, forms: []string{"Kev Hale"}}
	jain := qtEnt{name: "Sunil Jain", typ: model.Person, forms: []string{"Sunil Jain", "Mr Jain"}}
	beck := qtEnt{name: "Steve Beck", typ: model.Person, forms: []string{"Steve Beck", "Mr Beck"}}
	jobs := qtEnt{name: "Steve Jobs", typ: model.Person, forms: []string{"Steve Jobs", "Jobs"}}
	clapton := qtEnt{name: "Eric Clapton", typ: model.Person, forms: []string{"Eric Clapton", "Clapton"}}
	king := qtEnt{name: "Ben King", typ: model.Person, forms: []string{"Ben King"}}
	gray := qtEnt{name: "Buddy Gray", typ: model.Person, forms: []string{"Buddy Gray"}}
	gammon := qtEnt{name: "Bill Gammon", typ: model.Person, forms: []string{"Bill Gammon"}}
	region := qtEnt{name: "Rajasthan", typ: model.Organization, forms: []string{"Rajasthan"}} // a region typed Organization
	kell := qtEnt{name: "Kell Air", typ: model.Organization, forms: []string{"Kell Air"}}
	customs := qtEnt{name: "Hew Griffin", typ: model.Person, forms: []string{"Hew Griffin", "Mr Griffin"}}
	lawyer := qtEnt{name: "Tony Town", typ: model.Person, forms: []string{"Tony Town"}}
	bbc := qtEnt{name: "BBC News", typ: model.Organization, forms: []string{"BBC News"}}
	don := qtEnt{name: "Phil Dunn", typ: model.Person, forms: []string{"Phil Dunn", "Dunn"}}
	davies := qtEnt{name: "Merv Davies", typ: model.Person, forms: []string{"Merv Davies"}}
	blair := qtEnt{name: "Tony Blair", typ: model.Person, forms: []string{"Tony Blair", "Mr Blair"}}
	bann := qtEnt{name: "Alex Bannon", typ: model.Person, forms: []string{"Alex Bannon", "Mr Bannon"}}
	doh := qtEnt{name: "Rick Doherty", typ: model.Person, forms: []string{"Rick Doherty"}}
	tosh := qtEnt{name: "Toshiba", typ: model.Organization, forms: []string{"Toshiba"}}
	robinson := qtEnt{name: "Jason Robinson", typ: model.Person, forms: []string{"Jason Robinson"}}
	sale := qtEnt{name: "Sale", typ: model.Organization, forms: []string{"Sale"}}
	tests := []qtCase{
		{
			name: "the team's position after a verb of saying: the player named before",
			text: "Rugby\n\nSkipper Jason Robinson believes the mood is good. \"There is no lack of confidence in the team,\" said the Sale full-back.",
			ents: []qtEnt{robinson, sale},
			want: []qtWant{{"There is no lack", "Jason Robinson", "said-after"}},
		},
		{
			name: "a club we do not know and a position: the player named before",
			text: "Rugby\n\nSkipper Jason Robinson believes the mood is good. \"There is no lack of confidence in the team,\" said the Gloucester fly-half.",
			ents: []qtEnt{robinson},
			want: []qtWant{{"There is no lack", "Jason Robinson", "said-after"}},
		},
		{
			name: "according to a paper, a named person said: the person",
			text: "Games\n\nAccording to the Financial Times, chief operating officer Peter Chern said that the firm is \"kicking the tyres of pretty much all video games companies\".",
			ents: []qtEnt{{name: "Financial Times", typ: model.Organization, forms: []string{"Financial Times"}}, {name: "Peter Chern", typ: model.Person, forms: []string{"Peter Chern"}}},
			want: []qtWant{{"kicking the tyres", "Peter Chern", "said-partial"}},
		},
		{
			name: "according to a paper, the firm is: the paper",
			text: "Games\n\nAccording to the Financial Times, the firm is \"kicking the tyres of pretty much all video games companies\".",
			ents: []qtEnt{{name: "Financial Times", typ: model.Organization, forms: []string{"Financial Times"}}},
			want: []qtWant{{"kicking the tyres", "Financial Times", "according-to"}},
		},
		{
			name: "a person's spokesman speaks for the person",
			text: "Politics\n\nMr Blair's spokesman said: \"The prime minister has full confidence in the chancellor.\"",
			ents: []qtEnt{blair},
			want: []qtWant{{"The prime minister has", "Tony Blair", "spokesman-for"}},
		},
		{
			name: "a spokesman for a person speaks for the person",
			text: "Politics\n\n\"The prime minister has full confidence in the chancellor,\" said a spokesman for Mr Blair.",
			ents: []qtEnt{blair},
			want: []qtWant{{"The prime minister has", "Tony Blair", "spokesman-for"}},
		},
		{
			name: "a paragraph of quotation after a paragraph of reported speech: its speaker",
			text: "Houses\n\nPrices rose by 1%, Mr Bannon said. He said if growth continued the Bank may raise rates.\n\n\"I think the key is what the Bank expects to happen to the housing market.\"",
			ents: []qtEnt{bann, {name: "Alex Bannon", typ: model.Person, forms: []string{"He"}, kind: model.MentionPronoun}},
			want: []qtWant{{"I think the key", "Alex Bannon", "prev-paragraph"}},
		},
		{
			name:         "a paragraph of quotation after a paragraph with no reported speech: nobody",
			text:         "Houses\n\nPrices rose by 1%, Mr Bannon said. Rates have been unchanged since August.\n\n\"I think the key is what the Bank expects to happen to the housing market.\"",
			ents:         []qtEnt{bann},
			unattributed: 1,
		},
		{
			name: "a long subject with two appositions after the quotation",
			text: "Discs\n\nToshiba announced that its players would be on sale by the end of the year.\n\n\"As we move to high-definition images, we have a much greater need for storage,\" Rick Doherty, from Acme's Hollywood Laboratories, one of the pioneers of the disc, told the BBC news website.",
			ents: []qtEnt{tosh, doh},
			want: []qtWant{{"As we move to", "Rick Doherty", "said-after"}},
		},
		{
			name: "a predicate after an apposition: the name right before the comma",
			text: "Hackers\n\nUS Customs claimed Mr Griffin was a leader but his lawyer, Tony Town, told the BBC News website it was a laughable suggestion and added: \"He was living on welfare and had an old computer.\"",
			ents: []qtEnt{customs, lawyer, bbc},
			want: []qtWant{{"He was living on welfare", "Tony Town", "said-before"}},
		},
		{
			name: "a subordinate clause after a quotation is no attribution",
			text: "Football\n\n\"The advantage should go to the team that did nothing wrong,\" Dunn told the radio. \"Referees have been told to ask the player 'do you want to take it quickly?' \"If they say 'quick', the referee moves away.\"",
			ents: []qtEnt{don},
			want: []qtWant{
				{"The advantage should go", "Phil Dunn", "said-after"},
				{"Referees have been told", "Phil Dunn", "continuation"},
			},
		},
		{
			name:   "a second fragment framed by the sentence's own verb: not the previous sentence's speaker",
			text:   "Banks\n\n\"We are comfortable with the price we paid for the bank,\" said chief executive Merv Davies. Standard Chartered said the bank was a \"well-managed, conservatively run bank\" and represented a \"significant acquisition in a growth market\".",
			ents:   []qtEnt{davies},
			want:   []qtWant{{"We are comfortable", "Merv Davies", "said-after"}},
			absent: []string{"significant acquisition"},
		},
		{
			name: "capitalised modifier and role noun before a known name",
			text: "Tribute\n\nRona Vell was there.\n\n\"The film was a joy to make from start to finish,\" said Gladiator star Rona Vell, a friend for years.",
			ents: []qtEnt{rona},
			want: []qtWant{{"The film was a joy", "Rona Vell", "said-after"}},
		},
		{
			name:         "capitalised modifier and role noun before an unknown name: nobody",
			text:         "Tribute\n\nRona Vell was there.\n\n\"The film was a joy to make from start to finish,\" said Gladiator star Mona Lisk, a friend for years.",
			ents:         []qtEnt{rona},
			unattributed: 1,
		},
		{
			name: "a name used as a modifier, a role noun, then the person",
			text: "Tribute\n\nFormer Blue Harbour singer Tim Rook, who sang on their early hits, said Cole was one of his heroes. \"I am quite sure my own writing was influenced by him,\" he told reporters.",
			ents: []qtEnt{band, tim, cole},
			want: []qtWant{{"I am quite sure", "Tim Rook", "pronoun-carry"}},
		},
		{
			name: "a person then an apposition: still that person",
			text: "Tribute\n\n\"We never stopped touring in all those years,\" said Nia Doss, the band's singer.",
			ents: []qtEnt{nia},
			want: []qtWant{{"We never stopped touring", "Nia Doss", "said-after"}},
		},
		{
			name: "relative pronoun before the verb of saying: its antecedent speaks",
			text: "Tribute\n\nAmong the tributes when Cole died was one from his friend, the producer Quincy Adler, who described him as a \"brother in every sense of the word\". \"There will never be another musician like him,\" he said.",
			ents: []qtEnt{cole, adler},
			want: []qtWant{
				{"brother in every sense", "Quincy Adler", "said-partial"},
				{"There will never be", "Quincy Adler", "pronoun-carry"},
			},
		},
		{
			name: "relative pronoun after the sentence's own verb of saying: the first speaker",
			text: "Film\n\nWen Ford said he had visited Pia Lund, who had told him the story could \"represent any establishment that curtails the freedom of the individual\". He added: \"I have no desire to change the nature of the piece.\"",
			// coreference bound "He" to the nearest person
			ents: []qtEnt{wen, pia, {name: "Pia Lund", typ: model.Person, forms: []string{"He"}, kind: model.MentionPronoun}},
			want: []qtWant{
				{"represent any establishment", "Wen Ford", "said-partial"},
				{"I have no desire", "Wen Ford", "pronoun-carry"},
			},
		},
		{
			name: "a pair before the relative pronoun: the first named",
			text: "Gig\n\nLess impressed were fellow students Ana Ruiz and Bo Lind, who observed, \"The band has clearly progressed, but they are still not very inspiring.\"",
			ents: []qtEnt{ana, bo},
			want: []qtWant{{"The band has clearly progressed", "Ana Ruiz", "said-before"}},
		},
		{
			name: "a label line: team, role and name before the colon",
			text: "Report\n\n- Port Vale boss Kev Hale: \"We had a great chance to take the lead early on. \"But we allowed them to dictate the pace.\"",
			ents: []qtEnt{riverton, hale},
			want: []qtWant{{"We had a great chance", "Kev Hale", "colon"}},
		},
		{
			name:         "a label line with a role and no name: nobody",
			text:         "Report\n\n- Port Vale boss: \"We had a great chance to take the lead early on.\"",
			ents:         []qtEnt{riverton},
			unattributed: 1,
		},
		{
			name: "a quotation ending in a nested quotation, then he said",
			text: "Phones\n\nThe problem is education, said Sunil Jain. \"They ask themselves: 'If I send a video from one phone to another will it work?'\" he said.",
			ents: []qtEnt{jain},
			want: []qtWant{{"They ask themselves", "Sunil Jain", "pronoun-carry"}},
		},
		{
			name: "a narrative sentence after a full stop does not stop a continuation",
			text: "Films\n\n\"We believe people who buy the disc would not have bought it on DVD,\" Mr Beck said. \"There are people who will want the disc because of its size.\" Four films have already been announced.",
			ents: []qtEnt{beck},
			want: []qtWant{
				{"We believe people", "Steve Beck", "said-after"},
				{"There are people", "Steve Beck", "continuation"},
			},
		},
		{
			name: "passive verb of saying with an agent: the agent",
			text: "Computers\n\nThe $499 machine, sold in the UK, was described by Jobs as the \"most important computer we have made\" at the show.",
			ents: []qtEnt{jobs},
			want: []qtWant{{"most important computer", "Steve Jobs", "said-partial"}},
		},
		{
			name:         "passive verb of saying without an agent: nobody",
			text:         "Bands\n\nThe Blue Harbour album has been described as \"the best record made in the country this year\" by critics.",
			ents:         []qtEnt{band},
			unattributed: 1,
		},
		{
			name: "after the comma a predicate goes on: its name is an object",
			text: "Awards\n\nClapton, alongside Ben King, also introduced fellow guitarist Buddy Gray and recalled seeing him play. \"He was for me what Elvis was for other people,\" he said.",
			ents: []qtEnt{clapton, king, gray},
			want: []qtWant{{"He was for me", "Eric Clapton", "pronoun-carry"}},
		},
		{
			name:         "a spokesman for a body we cannot tell: he is nobody we know",
			text:         "Gas find\n\nChief executive Bill Gammon said the find was big. It has also been granted approval to extend its Rajasthan exploration area.\n\nA spokesman said the decision showed it believed there was gas. But he added: \"It's still too early to say what the extent of it is.\"",
			ents:         []qtEnt{gammon, region},
			unattributed: 1,
		},
		{
			name: "the body named in the paragraph before speaks through the spokesman",
			text: "Gas find\n\nShares in Kell Air rose in its Rajasthan exploration area.\n\nA spokesman said the decision showed it believed there was gas. But he added: \"It's still too early to say what the extent of it is.\"",
			ents: []qtEnt{kell, region},
			want: []qtWant{{"It's still too early", "Kell Air", "pronoun-carry"}},
		},
		{
			name:         "an unknown name before the role noun: not the latest body",
			text:         "Tobacco\n\nKell Air said: \"We will keep flying to the region all year.\"\n\n\"This comes as especially bad news for the tobacco firms\", the China Daily newspaper said.",
			ents:         []qtEnt{kell},
			want:         []qtWant{{"We will keep flying", "Kell Air", "said-before"}},
			unattributed: 1,
		},
		{
			name: "an adjective before the role noun: the latest body",
			text: "Flights\n\nKell Air said: \"We will keep flying to the region all year.\"\n\n\"We have never been in a stronger position than we are now,\" the British carrier said.",
			ents: []qtEnt{kell},
			want: []qtWant{
				{"We will keep flying", "Kell Air", "said-before"},
				{"We have never been", "Kell Air", "role-carry"},
			},
		},
	}
	qtRun(t, tests)
}

// Titles, clauses and lost closing marks around a verb of saying, met
// across the BBC corpus: long titles before the name, an owner we do not
// know, a name in apposition after its title, a clause of its own after
// "but", and a sentence that introduces speech inside a quotation whose
// closing mark was lost.
func TestQuoteSpeakerTitlesAndClauses(t *testing.T) {
	lind := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"Boris Lind", "Lind"}}
	kovac := qtEnt{name: "Anna Kovac", typ: model.Person, forms: []string{"Anna Kovac", "Kovac"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	tests := []qtCase{
		{
			name: "a long title joined by and and of before the name",
			text: `"Growth will pick up again in the spring," said Regional and Rural Policy Minister Boris Lind.`,
			ents: []qtEnt{lind},
			want: []qtWant{{"Growth will pick up", "Boris Lind", "said-after"}},
		},
		{
			name: "an owner we do not know, a possessive and a title",
			text: `"Nobody will be paid until the film is finished," said The Harbour's executive producer Boris Lind.`,
			ents: []qtEnt{lind},
			want: []qtWant{{"Nobody will be paid", "Boris Lind", "said-after"}},
		},
		{
			name:         "an unknown capital and no name after it: nobody",
			text:         `"Nobody will be paid until the film is finished," said Harbour Films.`,
			ents:         []qtEnt{lind},
			want:         []qtWant{{"Nobody will be paid", "", ""}},
			unattributed: 1,
		},
		{
			name: "a firm named X and Y owning the name after the verb",
			text: `"The new rules could really ignite interest in the industry," added Lind and Young's Anna Kovac.`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{{"The new rules could", "Anna Kovac", "said-after"}},
		},
		{
			name: "two names joined by and after the verb: the first",
			text: `"The new rules could really ignite interest in the industry," said Lind and Kovac.`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{{"The new rules could", "Boris Lind", "said-after"}},
		},
		{
			name: "a body, a title with and, then the name",
			text: `"Our costs are falling faster than we planned," said Acme president and chief executive Boris Lind.`,
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"Our costs are falling", "Boris Lind", "said-after"}},
		},
		{
			name: "a body and a title, the name in apposition after a comma",
			text: `"Orders are down for the third month running," said Acme chief economist, Anna Kovac.`,
			ents: []qtEnt{kovac, acme},
			want: []qtWant{{"Orders are down", "Anna Kovac", "said-after"}},
		},
		{
			name: "a title with an of-complement, the name in apposition",
			text: `"We will drop four routes in the coming months," said Acme director of route planning, Anna Kovac.`,
			ents: []qtEnt{kovac, acme},
			want: []qtWant{{"We will drop four routes", "Anna Kovac", "said-after"}},
		},
		{
			name: "a comma after the body and no title: the body, not the person it quotes",
			text: `"Prices will rise by the end of the year," said Acme Foods, quoting Boris Lind.`,
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"Prices will rise", "Acme Foods", "said-after"}},
		},
		{
			name: "a name and a bare title whose closing comma is missing",
			text: `"The board has made the right choice at last," Boris Lind, Acme director said.`,
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"The board has made", "Boris Lind", "said-after"}},
		},
		{
			name: "a name, a body and another name before the verb: the last name",
			text: `"The board has made the right choice at last," Boris Lind, Acme director Anna Kovac said.`,
			ents: []qtEnt{lind, kovac, acme},
			want: []qtWant{{"The board has made", "Anna Kovac", "said-after"}},
		},
		{
			name: "an opinion verb inverted after the quotation",
			text: `"It is going to change the way radio is made," thinks Lind.`,
			ents: []qtEnt{lind},
			want: []qtWant{{"It is going to change", "Boris Lind", "said-after"}},
		},
		{
			name:         "an opinion verb before a quoted phrase frames nothing",
			text:         `Boris Lind thinks the answer lies between the cries of "impossible to regulate at all" and "leave it".`,
			ents:         []qtEnt{lind},
			want:         []qtWant{{"impossible to regulate", "", ""}},
			unattributed: 1,
		},
		{
			name: "a clause after but: its own subject speaks",
			text: `Boris Lind is ruled out with a knee injury but Kovac said: "Nobody is blaming him for the defeat at all."`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{{"Nobody is blaming him", "Anna Kovac", "said-before"}},
		},
		{
			name: "a clause after a time name and and: its own subject speaks",
			text: `The two clubs met the league on Monday and Kovac added: "We thought about giving the game as concluded."`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{{"We thought about giving", "Anna Kovac", "said-before"}},
		},
		{
			name: "a clause after a place and and: its own subject speaks",
			text: `Lind has been training in Norland and Kovac said: "He comes back on Tuesday and we will assess him."`,
			ents: []qtEnt{lind, kovac, {name: "Norland", typ: model.Country, forms: []string{"Norland"}}},
			want: []qtWant{{"He comes back on Tuesday", "Anna Kovac", "said-before"}},
		},
		{
			name:         "a verb's object is no subject: nobody rather than the object",
			text:         `The two clubs met Acme Foods on Monday and one director added: "We thought about giving the game as concluded."`,
			ents:         []qtEnt{acme},
			want:         []qtWant{{"We thought about giving", "", ""}},
			unattributed: 1,
		},
		{
			name: "two names joined by and share the verb: the first",
			text: `Boris Lind and Kovac said: "Nobody is blaming him for the defeat at all."`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{{"Nobody is blaming him", "Boris Lind", "said-before"}},
		},
		{
			name: "a lost closing mark stops before a sentence introducing speech",
			text: `Kovac added: "I hope they do not blame me for anything. "Of course he will learn from it. Lind is likely to start on Sunday. Coach Boris Lind said: "He is an option but we need a second striker."`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{
				{"I hope they do not blame me", "Anna Kovac", "said-before"},
				{"He is an option", "Boris Lind", "said-before"},
			},
		},
		{
			name: "a lost closing mark stops before a sentence opening on its verb of saying",
			text: `Kovac added: "I hope they do not blame me for anything. "Of course he will learn from it. Lind is likely to start on Sunday. Warned coach Boris Lind: "He is an option but we need a second striker."`,
			ents: []qtEnt{lind, kovac},
			want: []qtWant{
				{"I hope they do not blame me", "Anna Kovac", "said-before"},
				{"He is an option", "Boris Lind", ""},
			},
		},
		{
			name: "curly marks nest: a quotation inside a quotation stays whole",
			text: `Kovac said: “We lost the final. The coach told us: “keep going” and we did.”`,
			ents: []qtEnt{kovac},
			want: []qtWant{{"We lost the final. The coach told us", "Anna Kovac", "said-before"}},
		},
	}
	qtRun(t, tests)
}

// Reporting frames of wire and American copy: a passive "was quoted as
// saying", titles abbreviated with a full stop, and posts on social
// media.
func TestQuoteSpeakerWireFrames(t *testing.T) {
	walsh := qtEnt{name: "Peter Walsh", typ: model.Person, forms: []string{"Peter Walsh", "Walsh"}}
	perry := qtEnt{name: "Rick Perry", typ: model.Person, forms: []string{"Rick Perry", "Perry"}}
	herald := qtEnt{name: "Westbrook Herald", typ: model.Organization, forms: []string{"Westbrook Herald"}}
	texas := qtEnt{name: "Texas", typ: model.Place, forms: []string{"Texas"}}
	tests := []qtCase{
		{
			name: "a passive quoted-as-saying: its subject speaks",
			text: `"I have used this library since I was a small boy," Walsh was quoted as saying by the Westbrook Herald.`,
			ents: []qtEnt{walsh, herald},
			want: []qtWant{{"I have used this library", "Peter Walsh", "said-after"}},
		},
		{
			name: "an active quoted-as-saying: its object speaks, not the paper",
			text: `The Westbrook Herald quoted Walsh as saying: "I have used this library since I was a small boy."`,
			ents: []qtEnt{walsh, herald},
			want: []qtWant{{"I have used this library", "Peter Walsh", ""}},
		},
		{
			name:         "a passive quoted-as-saying with no subject we know: nobody",
			text:         `"I have used this library since I was a small boy," one resident was quoted as saying by the Westbrook Herald.`,
			ents:         []qtEnt{walsh, herald},
			want:         []qtWant{{"I have used this library", "", ""}},
			unattributed: 1,
		},
		{
			name: "an abbreviated title with its full stop after the verb",
			text: `"We will rebuild every home that was lost in the storm," said Texas Gov. Perry.`,
			ents: []qtEnt{perry, texas},
			want: []qtWant{{"We will rebuild every home", "Rick Perry", "said-after"}},
		},
		{
			name:         "a sentence-ending abbreviation is no title",
			text:         `"We will rebuild every home that was lost in the storm," said the firm's adviser in St. Louis.`,
			ents:         []qtEnt{perry},
			want:         []qtWant{{"We will rebuild every home", "", ""}},
			unattributed: 1,
		},
		{
			name: "a post on social media frames the quotation",
			text: `"Our thoughts are with every family affected by the storm," Perry tweeted.`,
			ents: []qtEnt{perry},
			want: []qtWant{{"Our thoughts are with", "Rick Perry", "said-after"}},
		},
		{
			name: "posted on a site frames a quoted clause",
			text: `Perry posted on Twitter that "our thoughts are with every family affected by the storm."`,
			ents: []qtEnt{perry},
			want: []qtWant{{"our thoughts are with", "Rick Perry", ""}},
		},
		{
			name:         "posted figures are no speech",
			text:         `Perry's firm posted profits that were "well above what every analyst had expected this year."`,
			ents:         []qtEnt{perry},
			want:         []qtWant{{"well above what every analyst", "", ""}},
			unattributed: 1,
		},
	}
	qtRun(t, tests)
}

// Descriptions of a person already in the story: a nationality noun
// ("the American"), which names a person and never the country, and a
// role with a place or event as its modifier ("the Wimbledon champion").
func TestQuoteSpeakerDescriptions(t *testing.T) {
	agassi := qtEnt{name: "Andre Agassi", typ: model.Person, forms: []string{"Andre Agassi", "Agassi"}}
	melzer := qtEnt{name: "Jurgen Melzer", typ: model.Person, forms: []string{"Jurgen Melzer", "Melzer"}}
	phillips := qtEnt{name: "Tim Phillips", typ: model.Person, forms: []string{"Tim Phillips"}}
	us := qtEnt{name: "United States", typ: model.Country, forms: []string{"American"}, kind: model.MentionDemonym}
	wimbledon := qtEnt{name: "Wimbledon", typ: model.Event, forms: []string{"Wimbledon"}}
	tests := []qtCase{
		{
			name: "a nationality noun after the verb: the person the sentence before opens with",
			text: "Tennis\n\nAgassi was delighted with his win over Melzer. \"I felt pretty good about my game today,\" said the American.",
			ents: []qtEnt{agassi, melzer, us},
			want: []qtWant{{"I felt pretty good", "Andre Agassi", "said-after"}},
		},
		{
			name: "a nationality noun before the verb: the person, not the country",
			text: "Tennis\n\nAgassi was delighted with his win on Friday. \"I felt pretty good about my game today,\" the American said.",
			ents: []qtEnt{agassi, us},
			want: []qtWant{{"I felt pretty good", "Andre Agassi", ""}},
		},
		{
			name:         "two persons it could be: nobody, and never the country",
			text:         "Tennis\n\nAgassi lost in the final again. Reacting to a comment by Tim Phillips, the American said: \"I think it is insulting to every player here.\"",
			ents:         []qtEnt{agassi, phillips, us},
			want:         []qtWant{{"I think it is insulting", "", ""}},
			unattributed: 1,
		},
		{
			name: "a nationality noun after an age: the person, not the country",
			text: "Tennis\n\nAgassi was delighted with his win on Friday. Asked about the final, the 34-year-old American added: \"I felt pretty good about my game today.\"",
			ents: []qtEnt{agassi, us},
			want: []qtWant{{"I felt pretty good", "Andre Agassi", ""}},
		},
		{
			name: "a nationality noun after a standing, inverted: the person, not the country",
			text: "Tennis\n\nAgassi was delighted with his win over Melzer. \"I felt pretty good about my game today,\" said the veteran American.",
			ents: []qtEnt{agassi, melzer, us},
			want: []qtWant{{"I felt pretty good", "Andre Agassi", "said-after"}},
		},
		{
			name: "the person spoken to is no candidate for the nationality noun",
			text: "Tennis\n\nAgassi lost in the final again. Talking to Tim Phillips, the 34-year-old American said: \"I think it is insulting to every player here.\"",
			ents: []qtEnt{agassi, phillips, us},
			want: []qtWant{{"I think it is insulting", "Andre Agassi", ""}},
		},
		{
			name:         "a person named after another preposition still makes two candidates: nobody",
			text:         "Tennis\n\nAgassi lost in the final again. Reacting to a comment by Tim Phillips, the 34-year-old American said: \"I think it is insulting to every player here.\"",
			ents:         []qtEnt{agassi, phillips, us},
			want:         []qtWant{{"I think it is insulting", "", ""}},
			unattributed: 1,
		},
		{
			name: "a role with an event as its modifier: the person the sentence before opens with",
			text: "Tennis\n\nAgassi reached the final with an easy win. \"I think I played better than in my last match,\" the Wimbledon champion added.",
			ents: []qtEnt{agassi, wimbledon},
			want: []qtWant{{"I think I played better", "Andre Agassi", ""}},
		},
		{
			name: "a seed after the verb",
			text: "Tennis\n\nAgassi reached the final with an easy win. \"I think I played better than in my last match,\" said the top seed.",
			ents: []qtEnt{agassi},
			want: []qtWant{{"I think I played better", "Andre Agassi", "said-after"}},
		},
	}
	qtRun(t, tests)
}

// A reporting clause inverted at the end of a sentence that holds a
// quoted fragment, and a subject whose apposition lost its closing comma
// after a coordinated title.
func TestQuoteSpeakerClauseShapes(t *testing.T) {
	lind := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"Boris Lind", "Mr Lind", "Lind"}}
	kovac := qtEnt{name: "Anna Kovac", typ: model.Person, forms: []string{"Anna Kovac", "Kovac"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	tests := []qtCase{
		{
			name: "an inverted reporting clause after a quoted fragment and more words",
			text: `"The airline is now where its rival was a few years ago" with its new planes, said Acme's Mr Lind.`,
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"The airline is now where", "Boris Lind", "said-final"}},
		},
		{
			name:         "a participle after the comma is no inverted reporting clause",
			text:         `"The airline is now where its rival was a few years ago" with its new planes, saying Boris Lind was right.`,
			ents:         []qtEnt{lind},
			want:         []qtWant{{"The airline is now where", "", ""}},
			unattributed: 1,
		},
		{
			name: "a coordinated title in an apposition missing its closing comma",
			text: `Anna Kovac, Acme president and conservative campaigner said: "The channel is selling its shows to children."`,
			ents: []qtEnt{kovac, acme},
			want: []qtWant{{"The channel is selling", "Anna Kovac", "said-before"}},
		},
	}
	qtRun(t, tests)
}

// A quotation whose closing mark was lost stops before a sentence of
// reported speech about a titled name ("Mr Lind said that …"), so the
// next quotation is its own and keeps its speaker; a titled name the
// speaker mentions without a verb of saying stays inside the quotation.
func TestQuoteLostCloseBeforeReportedSpeech(t *testing.T) {
	lind := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"Boris Lind", "Mr Lind", "Lind"}}
	lindHe := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name: "reported speech after the lost mark",
			text: `"Growth will be slow," said Boris Lind. "Firms will have to cut costs this year. Mr Lind said that exports were falling sharply. "Everyone will feel the squeeze in the end," he said.`,
			ents: []qtEnt{lind, lindHe},
			want: []qtWant{
				{"Growth will be slow", "Boris Lind", "said-after"},
				{"Firms will have to cut costs", "Boris Lind", "continuation"},
				{"Everyone will feel the squeeze", "Boris Lind", "pronoun-carry"},
			},
			absent: []string{"Firms will have to cut costs this year. Mr Lind"},
		},
	})
}

// A title with "of the" inside it ("Chancellor of the Exchequer") between
// a country and the person who holds it: the person speaks; a body whose
// own name holds "of the" still speaks for itself.
func TestQuoteSpeakerTitleOfThe(t *testing.T) {
	ruritania := qtEnt{name: "Ruritania", typ: model.Country, forms: []string{"Ruritania"}}
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	bank := qtEnt{name: "Bank of the Isles", typ: model.Organization, forms: []string{"Bank of the Isles"}}
	qtRun(t, []qtCase{
		{
			name: "country, title with of the, person",
			text: "Money\n\nRuritania agreed the deal on Monday.\n\n\"This is the first time the treaty has mentioned gold at all,\" said Ruritania Keeper of the Purse Tom Vale.",
			ents: []qtEnt{ruritania, vale},
			want: []qtWant{{"This is the first time the treaty", "Tom Vale", "said-after"}},
		},
		{
			name: "a body named with of the",
			text: "Money\n\nRuritania agreed the deal on Monday.\n\n\"This is the first time the treaty has mentioned gold at all,\" said the Bank of the Isles.",
			ents: []qtEnt{ruritania, bank},
			want: []qtWant{{"This is the first time the treaty", "Bank of the Isles", "said-after"}},
		},
	})
}

// A phrase typed as a person before a capitalised post and the person who
// holds it ("Icelandic Fisheries Minister Gudrun Olafsdottir" with
// "Icelandic Fisheries" cut as a name): the holder speaks; a person then
// a lower-case word that is no post stays the speaker.
func TestQuoteSpeakerCapitalPostAfterName(t *testing.T) {
	cut := qtEnt{name: "Northern Fisheries", typ: model.Person, forms: []string{"Northern Fisheries"}}
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	qtRun(t, []qtCase{
		{
			name: "cut name, capitalised post, person",
			text: "Fish\n\nThe talks broke down on Monday.\n\n\"They came to the table with a number nobody could defend,\" Northern Fisheries Minister Tom Vale said.",
			ents: []qtEnt{cut, vale},
			want: []qtWant{{"They came to the table", "Tom Vale", "said-after"}},
		},
		{
			name: "a person alone before the verb",
			text: "Fish\n\nThe talks broke down on Monday.\n\n\"They came to the table with a number nobody could defend,\" Tom Vale said.",
			ents: []qtEnt{cut, vale},
			want: []qtWant{{"They came to the table", "Tom Vale", "said-after"}},
		},
	})
}
