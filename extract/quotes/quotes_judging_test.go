package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Partial quotations framed by a verb of judging or calling ("hailed it
// as", "called for", "blamed"), on invented sentences, with the
// negatives that must stay unattributed or unchanged.
func TestQuoteJudgingVerbs(t *testing.T) {
	vale := qtEnt{name: "Odo Vale", typ: model.Person, forms: []string{"Odo Vale"}}
	pell := qtEnt{name: "Tara Pell", typ: model.Person, forms: []string{"Tara Pell", "Ms Pell"}}
	guild := qtEnt{name: "Players Guild", typ: model.Organization, forms: []string{"Players Guild"}}
	mira := qtEnt{name: "Mira Stone", typ: model.Person, forms: []string{"Mira Stone"}}
	qtRun(t, []qtCase{
		{
			name: "hailed it as: the subject with an apposition",
			text: "Rugby\n\nOdo Vale, a former captain of the side, hailed it as \"one of the finest displays of the last ten years\".",
			ents: []qtEnt{vale},
			want: []qtWant{{"one of the finest displays", "Odo Vale", "judged-partial"}},
		},
		{
			name: "called for: the subject",
			text: "Unions\n\nGuild leader Tara Pell called for \"a fair deal for every member who works nights\".",
			ents: []qtEnt{pell},
			want: []qtWant{{"a fair deal for every", "Tara Pell", "judged-partial"}},
		},
		{
			name: "issued a statement calling someone: the body",
			text: "Theatre\n\nThe Players Guild issued a statement calling Stone \"a giant of the stage for fifty years\".",
			ents: []qtEnt{guild},
			want: []qtWant{{"a giant of the stage", "Players Guild", "judged-partial"}},
		},
		{
			name: "criticised someone for: the critic",
			text: "Football\n\nMira Stone criticised the referee for \"letting the game drift into a brawl at the end\".",
			ents: []qtEnt{mira},
			want: []qtWant{{"letting the game drift", "Mira Stone", "judged-partial"}},
		},
		{
			name: "goes on to criticise: the subject of the infinitive",
			text: "Television\n\nOdo Vale goes on to criticise \"shows where they lock people in a house for weeks\".",
			ents: []qtEnt{vale},
			want: []qtWant{{"shows where they lock", "Odo Vale", "judged-partial"}},
		},
		{
			name:         "called off: a phrasal verb frames nothing",
			text:         "Racing\n\nOdo Vale called off the meeting after \"the track turned to mud in the first race\".",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
		{
			name:         "what it calls a name: a label, not a judgement",
			text:         "Phones\n\nThe Players Guild sells what it calls \"the members pass for every show\" online.",
			ents:         []qtEnt{guild},
			unattributed: 1,
		},
		{
			name:         "thanks to: a noun, not a verb of thanking",
			text:         "Money\n\nOdo Vale's firm grew last year thanks to \"strong sales in every region of the country\".",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
		{
			name:         "a relative clause after a common-noun subject: not the name inside it",
			text:         "Music\n\nThe group - whose singer Mira Stone left last year - thanked \"all the fans who stayed with us\".",
			ents:         []qtEnt{mira},
			unattributed: 1,
		},
	})
}
