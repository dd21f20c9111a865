package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// The entities the spoken-about tables name: a person, a pronoun bound
// to a person, a body.
func spokenPerson(name string, forms ...string) qtEnt {
	return qtEnt{name: name, typ: model.Person, forms: forms}
}

func spokenBound(name string, forms ...string) qtEnt {
	return qtEnt{name: name, typ: model.Person, forms: forms, kind: model.MentionPronoun}
}

func spokenBody(name string, forms ...string) qtEnt {
	return qtEnt{name: name, typ: model.Organization, forms: forms}
}

// "He said" after a sentence whose subject is someone other than the
// person coreference bound the pronoun to, when that person is named
// there only as a preposition's object (behind a title or not): the
// person spoken about does not speak. A description of a person by
// nation ("The Kenyan conceded …") is the story's person.
func TestPronounNotSpokenAbout(t *testing.T) {
	demonym := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Country, forms: forms, kind: model.MentionDemonym}
	}
	ari, cole := spokenPerson("Ari Maki", "Ari Maki"), spokenPerson("Cole Penn", "Cole Penn")
	joss := spokenPerson("Joss Ward", "Joss Ward")
	qtRun(t, []qtCase{
		{
			name: "a name typed a body opens the sentence; the person on whom it comments is only an object",
			text: "Sport\n\nRovers' Tiko was angry after the match.\n\nBut Tiko was scathing about the tackles of the visitors, particularly on Cole Penn. \"We were the fairer side,\" he said.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"We were the fairer side", "Tiko", "pronoun-carry"}},
		},
		{
			name:         "a description by nation opens the sentence; the manager behind a title is an object",
			text:         "Sport\n\nRovers' Tiko described the row.\n\nThe Kenyan confirmed the row but knew nothing of reports that a bottle was thrown at Rovers boss Sir Cole Penn. \"I saw people shouting,\" he told the club website.",
			ents:         []qtEnt{spokenBody("Tiko", "Tiko"), cole, spokenBody("Rovers", "Rovers"), demonym("Kenya", "Kenyan"), spokenBound("Cole Penn", "he")},
			unattributed: 1,
		},
		{
			name: "a person by nation is the story's person when the lead opens with him",
			text: "Tennis\n\nAri Maki will miss the final.\n\nThe Kenyan has had injuries throughout his career but still hopes to play. \"I will try to come back,\" he said.",
			ents: []qtEnt{ari, demonym("Kenya", "Kenyan"), spokenBound("Ari Maki", "he")},
			want: []qtWant{{"I will try to come back", "Ari Maki", "pronoun-carry"}},
		},
		{
			name: "negative: the one named by 'by' is the agent, and may speak",
			text: "Sport\n\nRovers' Tiko lost the vote.\n\nBut Tiko was beaten by Cole Penn in the vote. \"It was a fair contest,\" he said.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"It was a fair contest", "Cole Penn", "pronoun-carry"}},
		},
		{
			name: "negative: the person is the subject as well as an object",
			text: "Sport\n\nJoss Ward met Cole Penn.\n\nCole Penn spoke with reporters about Joss Ward. \"He is a fine player,\" he said.",
			ents: []qtEnt{joss, cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"He is a fine player", "Cole Penn", "pronoun-carry"}},
		},
	})
}

// A demonym names one person only in its singular noun forms.
func TestPersonDemonym(t *testing.T) {
	for w, want := range map[string]bool{
		"Kenyan": true, "Brazilian": true, "Israeli": true, "Scot": true, "Spaniard": true,
		"Chinese": false, "British": false, "French": false, "Americans": false, "Thai": true,
	} {
		if got := qPersonDemonym(w); got != want {
			t.Errorf("qPersonDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}

// "He said" two sentences after the one that names its candidates: the
// earlier sentences' search (resolvePronoun's recent) passes over a
// person named only as a preposition's object or as a member of a list
// the preposition governs, to the subject the sentence opens with; an
// agent ("by"), a subject, and a real change of speaker still count.
func TestPronounRecentNotSpokenAbout(t *testing.T) {
	ari, cole := spokenPerson("Ari Maki", "Ari Maki"), spokenPerson("Cole Penn", "Cole Penn")
	joss := spokenPerson("Joss Ward", "Joss Ward")
	qtRun(t, []qtCase{
		{
			name: "a later member of a list after 'from' is spoken about; the opening subject speaks",
			text: "Film\n\nTiko faces a challenge from Ari Maki, Cole Penn and Joss Ward in the best actor race. The crowd cheered when he arrived. \"It is a great night for everyone here,\" he told reporters.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), ari, cole, joss, spokenBound("Joss Ward", "he")},
			want: []qtWant{{"It is a great night for everyone here", "Tiko", "pronoun-carry"}},
		},
		{
			name: "a list with a serial comma: the middle member is spoken about too",
			text: "Film\n\nTiko faces a challenge from Ari Maki, Cole Penn, and Joss Ward in the best actor race. The crowd cheered loudly. \"It is a great night for everyone here,\" he told reporters.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), ari, cole, joss, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"It is a great night for everyone here", "Tiko", "pronoun-carry"}},
		},
		{
			name: "negative: the agent of a passive ('by') may speak",
			text: "Sport\n\nTiko was beaten by Cole Penn in the final. The crowd cheered loudly. \"It was a fair contest in the end,\" he said.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"It was a fair contest in the end", "Cole Penn", "pronoun-carry"}},
		},
		{
			name: "negative: a real change of speaker; the latest subject speaks",
			text: "Sport\n\nAri Maki left early. Cole Penn arrived late. The crowd cheered loudly. \"It is good to be here at last,\" he said.",
			ents: []qtEnt{ari, cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"It is good to be here at last", "Cole Penn", "pronoun-carry"}},
		},
		{
			name: "negative: a list that is a clause's subject is not spoken about; its first person is kept",
			text: "Sport\n\nTiko said Ari Maki and Cole Penn had trained hard. The crowd cheered loudly. \"We were ready for this match,\" he said.",
			ents: []qtEnt{spokenBody("Tiko", "Tiko"), ari, cole, spokenBound("Cole Penn", "he")},
			want: []qtWant{{"We were ready for this match", "Ari Maki", "pronoun-carry"}},
		},
	})
}
