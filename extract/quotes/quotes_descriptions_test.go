package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A description standing for the person a story is about ("the
// 21-year-old told", "says the Waterford man", "the prop said"), on
// invented sentences: it resolves only when exactly one person named
// before it carries no other title.
func TestQuoteDescriptionSpeakers(t *testing.T) {
	dunn := qtEnt{name: "Rob Dunn", typ: model.Person, forms: []string{"Rob Dunn"}}
	kegg := qtEnt{name: "Kit Kegg", typ: model.Person, forms: []string{"Kit Kegg"}}
	lyle := qtEnt{name: "Lyle Orme", typ: model.Person, forms: []string{"Lyle Orme"}}
	qtRun(t, []qtCase{
		{
			name: "the defender after a conjunction: the one untitled person",
			text: "Dunn to stay\n\nRob Dunn is ready to commit his future to the club.\n\nHe was once dropped by City boss Kit Kegg. Early talks have taken place and the defender said: \"Hopefully something will be agreed very soon.\"",
			ents: []qtEnt{dunn, kegg},
			want: []qtWant{{"Hopefully something will be", "Rob Dunn", "description"}},
		},
		{
			name: "the 21-year-old told: not the one with another title",
			text: "Prank call\n\nRob Dunn fell victim to a radio prank.\n\nHe thought he was talking to sporting director Kit Kegg. \"I wish I was playing for your club,\" the 21-year-old told Radio Uno.",
			ents: []qtEnt{dunn, kegg},
			want: []qtWant{{"I wish I was playing", "Rob Dunn", "description"}},
		},
		{
			name: "a name inside a compound modifier and a relative clause before the verb: the head noun speaks",
			text: "Appeal\n\nSinger Lyle Orme has asked fans to help save the Grand Hall.\n\nThe Leeds-born singer, whose albums include Tin Roof, Blue Town and Salt, said: \"The hall gave me my first stage and it must not close.\"",
			ents: []qtEnt{lyle, {name: "Leeds", typ: model.City, forms: []string{"Leeds"}}},
			want: []qtWant{{"The hall gave me", "Lyle Orme", "role-carry"}},
		},
		{
			name: "says the Leeds man: the one person named",
			text: "Comeback\n\nLyle Orme should be walking again by May.\n\n\"I was in a lot of pain after the crash that night,\" says the Leeds man.",
			ents: []qtEnt{lyle, {name: "Leeds", typ: model.City, forms: []string{"Leeds"}}},
			want: []qtWant{{"I was in a lot", "Lyle Orme", "said-after"}},
		},
		{
			name: "a body's spokesman after a conjunction: the body, not the clause before",
			text: "Doping\n\nRob Dunn has yet to answer the Athletics Board (ATB).\n\nThey have until Friday and an ATB spokesman said: \"We are sure the answers are on their way.\"",
			ents: []qtEnt{dunn, {name: "Athletics Board", typ: model.Organization, forms: []string{"Athletics Board", "ATB"}}},
			want: []qtWant{{"We are sure the", "Athletics Board", "spokesman-for"}},
		},
		{
			name: "the American after a titled person's name: the untitled one named before",
			text: "Pay row\n\nWorld number one Lyle Orme has criticised the club.\n\nReacting to a comment by club chairman Kit Kegg, the American said: \"I think it is highly insulting to all the players.\"",
			ents: []qtEnt{lyle, kegg, {name: "United States", typ: model.Country, forms: []string{"American"}, kind: model.MentionDemonym}},
			want: []qtWant{{"I think it is", "Lyle Orme", "role-carry"}},
		},
		{
			name: "the rapper's spokesman: the one named with that title, past another person",
			text: "Rapper sued\n\nUS rapper Rob Dunn has been sued over a show hosted by Kit Kegg.\n\nThe rapper's spokesperson said: \"Rob will have the chance to prove in court that this is wrong.\"",
			ents: []qtEnt{dunn, kegg},
			want: []qtWant{{"Rob will have the", "Rob Dunn", "spokesman-for"}},
		},
		{
			name:         "the manager's spokesman with two untitled persons: nobody",
			text:         "Row\n\nRob Dunn and Lyle Orme fell out.\n\nThe manager's spokesperson said: \"There will be no further comment on this matter today.\"",
			ents:         []qtEnt{dunn, lyle},
			unattributed: 1,
		},
		{
			name: "a subject whose name ends in -ing is no introductory participle",
			text: "TV\n\nKit Harding made the show.\n\nHarding recently heaped praise on the series, saying: \"Everybody on our team is a fan of it and always will be.\"",
			ents: []qtEnt{{name: "Kit Harding", typ: model.Person, forms: []string{"Kit Harding", "Harding"}}},
			want: []qtWant{{"Everybody on our team", "Kit Harding", "said-before"}},
		},
		{
			name:         "two untitled persons: no description speaker",
			text:         "Transfer\n\nRob Dunn and Lyle Orme are both wanted by the club.\n\nThe prop said: \"If we lose the front five our backs have no chance.\"",
			ents:         []qtEnt{dunn, lyle},
			unattributed: 1,
		},
		{
			name: "an aged former role after a person with a current title: the one person named",
			text: "Conference\n\nParty leader Sir Rob Dunn has told members to be ready for power.\n\nSpeaking on the last day, the 58-year-old former teacher said voters were \"fed up with being offered only two real options\".",
			ents: []qtEnt{dunn},
			want: []qtWant{{"fed up with being", "Rob Dunn", "description"}},
		},
		{
			name: "an aged former role framing a full quote: the one person named",
			text: "Conference\n\nParty leader Sir Rob Dunn has told members to be ready for power.\n\n\"Voters are fed up with being offered only two real options,\" the 58-year-old former teacher said.",
			ents: []qtEnt{dunn},
			want: []qtWant{{"Voters are fed up", "Rob Dunn", "description"}},
		},
		{
			name:         "an aged role that is no past role, after a person with another title: nobody",
			text:         "Conference\n\nParty leader Sir Rob Dunn has told members to be ready for power.\n\nSpeaking on the last day, the 58-year-old teacher said voters were \"fed up with being offered only two real options\".",
			ents:         []qtEnt{dunn},
			unattributed: 1,
		},
		{
			name:         "an aged former role with two persons named before: nobody",
			text:         "Conference\n\nParty leader Sir Rob Dunn has praised his deputy Lyle Orme.\n\nSpeaking on the last day, the 58-year-old former teacher said voters were \"fed up with being offered only two real options\".",
			ents:         []qtEnt{dunn, lyle},
			unattributed: 1,
		},
		{
			name:   "an aged former role quoting a slogan of someone else: the one person named, the slogan under five words is no quote of his",
			text:   "Conference\n\nParty leader Sir Rob Dunn has told members to be ready for power.\n\nSpeaking on the last day, the 58-year-old former teacher said the rival party's \"Time for Change\" posters were \"a waste of everybody's money and time\".",
			ents:   []qtEnt{dunn},
			want:   []qtWant{{"a waste of everybody", "Rob Dunn", ""}},
			absent: []string{"Time for Change"},
		},
	})
}
