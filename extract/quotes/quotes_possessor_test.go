package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Someone acting for a named client — a lawyer, a publicist, a spokesman,
// a statement — gives the quotation to the client named as possessor
// (GOLD.md), whether the client is a name ("Ms Rowe's lawyers") or a
// possessive pronoun coreference resolved ("her lawyers"). A lawyer with a
// name of his own speaks for himself; a bare "a lawyer said" speaks for no
// one; a possessor of another kind (a place, a title) gives no speaker.
func TestPossessorSpeaks(t *testing.T) {
	rowe := qtEnt{name: "Ann Rowe", typ: model.Person, forms: []string{"Ann Rowe", "Ms Rowe", "Rowe"}}
	roweHer := qtEnt{name: "Ann Rowe", typ: model.Person, forms: []string{"Her", "her"}, kind: model.MentionPronoun}
	dale := qtEnt{name: "Ken Dale", typ: model.Person, forms: []string{"Ken Dale", "Mr Dale"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	york := qtEnt{name: "York", typ: model.City, forms: []string{"York"}}
	qtRun(t, []qtCase{
		{
			name: "a name's lawyers, after the quotation",
			text: `Ann Rowe sued the firm. "The claim will be heard in the high court next spring," Ms Rowe's lawyers said.`,
			ents: []qtEnt{rowe},
			want: []qtWant{{"The claim will be heard", "Ann Rowe", "spokesman-for"}},
		},
		{
			name: "a possessive pronoun's lawyers, before the quotation",
			text: "Ann Rowe sued the firm on Monday.\n\nHer lawyers said in a statement: \"The claim will be heard in the high court next spring.\"",
			ents: []qtEnt{rowe, roweHer},
			want: []qtWant{{"The claim will be heard", "Ann Rowe", "spokesman-for"}},
		},
		{
			name: "a person's statement",
			text: `Ken Dale resigned. "I leave with great regret and many fond memories," Mr Dale's statement said.`,
			ents: []qtEnt{dale},
			want: []qtWant{{"I leave with great regret", "Ken Dale", "spokesman-for"}},
		},
		{
			name: "a publicist after the verb, the client's name ending in s",
			text: `"She will not attend the premiere next week," said Acme's publicist.`,
			ents: []qtEnt{acme},
			want: []qtWant{{"She will not attend the premiere", "Acme Foods", "spokesman-for"}},
		},
		{
			name: "a lawyer with his own name speaks for himself",
			text: `"The claim will be heard in the high court next spring," said Ms Rowe's lawyer Ken Dale.`,
			ents: []qtEnt{rowe, dale},
			want: []qtWant{{"The claim will be heard", "Ken Dale", ""}},
		},
		{
			name:         "a bare lawyer speaks for no one",
			text:         `Ann Rowe sued the firm. "The claim will be heard in the high court next spring," a lawyer said.`,
			ents:         []qtEnt{rowe},
			unattributed: 1,
		},
		{
			name:         "a place's lawyers are no speaker",
			text:         `"The claim will be heard in the high court next spring," York's lawyers said.`,
			ents:         []qtEnt{york},
			unattributed: 1,
		},
	})
}
