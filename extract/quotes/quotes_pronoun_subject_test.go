package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "He said" after a sentence whose subject is a pronoun and which names
// someone else later (the object of a preposition, a list of team-mates):
// the pronoun subject's person speaks, not the first person the sentence
// names. All sentences are invented.
func TestPronounSubjectBeforeName(t *testing.T) {
	person := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms}
	}
	bound := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms, kind: model.MentionPronoun}
	}
	dean, lane := person("Rick Dean", "Rick Dean"), person("Bright Lane", "Bright Lane")
	jim, dan, tom := person("Jim Bell", "Jim Bell"), person("Dan Moss", "Dan Moss"), person("Tom Vale", "Tom Vale")
	qtRun(t, []qtCase{
		{
			name: "a name after a preposition is not the subject",
			text: "Film\n\nFor Rick Dean, head of sales at a studio, the new format is a big chance. He has worked on the Bright Lane trilogy and two cartoons. \"There was a time when the film world and the video world were two separate worlds,\" he told reporters.",
			ents: []qtEnt{dean, lane, bound("Rick Dean", "He", "he")},
			want: []qtWant{{"There was a time", "Rick Dean", "pronoun-carry"}},
		},
		{
			name: "coreference took a team-mate: the pronoun subject before it is meant",
			text: "Football\n\nJim Bell won the cup twice with his old club. He is now playing in Qatar, alongside Dan Moss. So he is full of praise for Tom Vale and the young side. \"I am happy that they have kept going for so long,\" he said.",
			ents: []qtEnt{jim, dan, tom, bound("Jim Bell", "He"), bound("Dan Moss", "he")},
			want: []qtWant{{"I am happy that", "Jim Bell", "pronoun-carry"}},
		},
		{
			name: "a name opening the sentence is its subject",
			text: "Film\n\nFor Rick Dean, head of sales at a studio, the new format is a big chance. Bright Lane has worked with him on two cartoons. \"There was a time when the film world and the video world were two separate worlds,\" he told reporters.",
			ents: []qtEnt{dean, lane, bound("Rick Dean", "he")},
			want: []qtWant{{"There was a time", "Bright Lane", "pronoun-carry"}},
		},
	})
}
