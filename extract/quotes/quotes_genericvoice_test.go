package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A quotation whose verb of saying has a generic subject ("people would
// say", "critics said", "they would ask") belongs to nobody named, even
// when a person named earlier in the sentence or story could be reached;
// a named subject, a plain "they said" or a pronoun for a person keeps
// its speaker.
func TestGenericVoice(t *testing.T) {
	tom := qtEnt{name: "Tom Brack", typ: model.Person, forms: []string{"Tom Brack", "Brack"}}
	heTom := qtEnt{name: "Tom Brack", typ: model.Person, forms: []string{"He", "he"}, kind: model.MentionPronoun}
	acme := qtEnt{name: "Acme", typ: model.Organization, forms: []string{"Acme"}}
	theyAcme := qtEnt{name: "Acme", typ: model.Organization, forms: []string{"they"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name:         "people would say, under if",
			text:         "Sport\n\nTom Brack finished third in the final. He feared that if he lost, people would say \"he was never good enough\".",
			ents:         []qtEnt{tom, heTom},
			unattributed: 1,
		},
		{
			name:         "critics said before a colon",
			text:         "Film\n\nTom Brack directed the remake last year. Critics said: \"It is a pale copy of the original.\"",
			ents:         []qtEnt{tom},
			unattributed: 1,
		},
		{
			name:         "fans will always ask",
			text:         "Sport\n\nTom Brack has left the club. He knows fans will always ask \"why did you go?\"",
			ents:         []qtEnt{tom, heTom},
			unattributed: 1,
		},
		{
			name:         "they would say, a hypothetical crowd",
			text:         "Sport\n\nTom Brack has left the club. He joked that they would say \"we are glad to see the back of him\".",
			ents:         []qtEnt{tom, heTom},
			unattributed: 1,
		},
		{
			name: "negative: the person himself says it",
			text: "Sport\n\nTom Brack finished third in the final. He said: \"I was never good enough on the day.\"",
			ents: []qtEnt{tom, heTom},
			want: []qtWant{{"I was never good", "Tom Brack", "pronoun-carry"}},
		},
		{
			name: "negative: people only inside the quotation",
			text: "Sport\n\nTom Brack finished third in the final. He said: \"People would say I was never good enough.\"",
			ents: []qtEnt{tom, heTom},
			want: []qtWant{{"People would say", "Tom Brack", "pronoun-carry"}},
		},
		{
			name: "negative: a plain they said keeps the body",
			text: "Business\n\nAcme has cut 200 jobs. In a statement they said the plant would \"reopen in due course\".",
			ents: []qtEnt{acme, theyAcme},
			want: []qtWant{{"reopen in due course", "Acme", ""}},
		},
	})
}
