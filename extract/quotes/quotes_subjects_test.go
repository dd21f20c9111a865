package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "He said" / "she said" after coreference bound the pronoun to the
// wrong person (the forms of kind MentionPronoun below play coreference's
// choice): the subject of the governing clause or of the sentence before
// speaks, and the rules stand back where gender, an unknown name or a
// partial quotation say the subject is not the speaker.
func TestPronounSpeakerSubjects(t *testing.T) {
	person := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms}
	}
	bound := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms, kind: model.MentionPronoun}
	}
	role := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms, kind: model.MentionRole}
	}
	mia, lena := person("Mia Holt", "Mia Holt", "Holt"), person("Lena Carr", "Lena Carr")
	tom, ray := person("Tom Vale", "Tom Vale", "Mr Vale", "Vale"), person("Ray Dunn", "Ray Dunn", "Mr Dunn")
	sam := person("Sam Kerr", "Sam Kerr")
	nora, bex := person("Nora Fisk", "Nora Fisk"), person("Bex Lane", "Bex Lane")
	dan, jim := person("Dan Moss", "Dan Moss"), person("Jim Bell", "Jim Bell", "Bell")
	ashby := qtEnt{name: "Ashby", typ: model.Organization, forms: []string{"Ashby"}}
	scot := qtEnt{name: "Scotland", typ: model.Country, forms: []string{"Scot"}, kind: model.MentionDemonym}
	qtRun(t, []qtCase{
		{
			name: "a description opening the sentence before, not the rival in its object",
			text: "Sport\n\nMia Holt will skip the race.\n\nThe 29-year-old finished behind Lena Carr in the final but she prefers the track. \"It was a good race but I must focus on the indoor season,\" she said.",
			ents: []qtEnt{mia, lena, role("Mia Holt", "The 29-year-old"), bound("Lena Carr", "she")},
			want: []qtWant{{"It was a good race", "Mia Holt", "pronoun-carry"}},
		},
		{
			name: "a seed with a relative clause naming the rival, after a sentence opened by the player",
			text: "Tennis\n\nTom Vale beat Sam Kerr last year, so he knows the draw is tough. The seventh seed, who is lined up to meet Ray Dunn in the last eight, is looking forward to the match. \"He is a tough player on any surface,\" he said.",
			ents: []qtEnt{tom, sam, ray, bound("Ray Dunn", "he")},
			want: []qtWant{{"He is a tough player", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a named player with a relative clause: the older rules keep the name",
			text: "Tennis\n\nTom Vale beat Sam Kerr last year, so he knows the draw is tough. Ray Dunn, who is lined up to meet him in the last eight, is looking forward to the match. \"He is a tough player on any surface,\" he said.",
			ents: []qtEnt{tom, sam, ray, bound("Ray Dunn", "he")},
			want: []qtWant{{"He is a tough player", "Ray Dunn", "pronoun-carry"}},
		},
		{
			name: "no person subject before: the older rules keep the person named",
			text: "Sport\n\nMia Holt will skip the race.\n\nThe prize went to Lena Carr in the final. \"It was a good race but I must focus on the indoor season,\" she said.",
			ents: []qtEnt{mia, lena, bound("Lena Carr", "she")},
			want: []qtWant{{"It was a good race", "Lena Carr", "pronoun-carry"}},
		},
		{
			name: "the head after a possessor speaks, not the person named inside the quotation",
			text: "Show\n\nTom Vale's former wife Nora Fisk nominated Bex Lane on Friday. She said: \"Bex Lane is a difficult person to live with.\"",
			ents: []qtEnt{tom, nora, bex, bound("Bex Lane", "She")},
			want: []qtWant{{"Bex Lane is a difficult", "Nora Fisk", "pronoun-carry"}},
		},
		{
			name: "a thing opens the sentence before: the subject of its coordinated clause",
			text: "Football\n\nRay Dunn's two goals helped Ashby win the game and Tom Vale praised rival boss Sam Kerr afterwards. \"I feel for the other side today,\" he said.",
			ents: []qtEnt{ray, ashby, tom, sam, bound("Ray Dunn", "he")},
			want: []qtWant{{"I feel for the other side", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a person opens the sentence before: its coordinated clause does not outrank it",
			text: "Football\n\nRay Dunn scored twice and Tom Vale watched from the bench. \"It was a great day for the club,\" he said.",
			ents: []qtEnt{ray, tom, bound("Tom Vale", "he")},
			want: []qtWant{{"It was a great day", "Ray Dunn", "pronoun-carry"}},
		},
		{
			name: "a subject of the other gender: coreference's choice stands",
			text: "Talks\n\nLena Carr met Tom Vale in Paris on Monday. \"It was a useful meeting for both of us,\" he said.",
			ents: []qtEnt{lena, tom, bound("Tom Vale", "he")},
			want: []qtWant{{"It was a useful meeting", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "an unknown name as subject tells nothing: the person it addressed keeps the quote",
			text: "Music\n\nProducer Nat Quill encouraged Tom Vale to sample old records. \"I feel the soul of those records in me,\" he said.",
			ents: []qtEnt{tom, bound("Tom Vale", "he")},
			want: []qtWant{{"I feel the soul", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a partial quotation's subject in the same sentence is not its speaker",
			text: "Trial\n\nSpeaking in court, Mr Dunn denied that he pressured Tom Vale. Mr Vale \"made all the accounting decisions,\" he told the court.",
			ents: []qtEnt{ray, tom, bound("Ray Dunn", "he")},
			want: []qtWant{{"made all the accounting", "Ray Dunn", "pronoun-carry"}},
		},
		{
			name: "a pronoun subject before: its own antecedent, a person by nation the lead names",
			text: "Football\n\nEverton manager Dan Moss will fine striker Jim Bell.\n\nThe Scot initially defended Bell. But he has had a rethink since. He said: \"I believe I should set the record straight.\"",
			ents: []qtEnt{dan, jim, scot, bound("Jim Bell", "he", "He")},
			want: []qtWant{{"I believe I should", "Dan Moss", "pronoun-carry"}},
		},
		{
			name: "a quotation opening a paragraph: the subject of the paragraph before",
			text: "Football\n\nAshby boss Tom Vale is planning a summer move for striker Ray Dunn.\n\nHe sees Dunn as the ideal man to lead the line next season.\n\n\"Ray Dunn is the kind of player who excites the fans,\" he said.",
			ents: []qtEnt{ashby, tom, ray, person("Ray Dunn", "Dunn"), bound("Ray Dunn", "He", "he")},
			want: []qtWant{{"Ray Dunn is the kind", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a clause opened by but turns to its subject",
			text: "Athletics\n\nSam Kerr won the race last week and looked very strong, but Lena Carr is unfazed. She said: \"She ran well and everyone has the right to an opinion.\"",
			ents: []qtEnt{sam, lena, bound("Sam Kerr", "She")},
			want: []qtWant{{"She ran well", "Lena Carr", "pronoun-carry"}},
		},
		{
			name: "a clause opened by and does not outrank the opening subject",
			text: "Athletics\n\nSam Kerr won the race last week and Lena Carr finished third. She said: \"It was the best race of my whole season so far.\"",
			ents: []qtEnt{sam, lena, bound("Lena Carr", "She")},
			want: []qtWant{{"It was the best race", "Sam Kerr", "pronoun-carry"}},
		},
		{
			name: "a description in the governing clause of the same sentence: the lead person who spoke last",
			text: "Film\n\nHollywood star Tom Vale was in London for the premiere.\n\n\"This is a great night for all of us,\" said Vale. The film tells the story of a boy who meets Ray Dunn. The 48-year-old actor crossed a bridge built in the square, which he said was \"almost impossible to get across\".",
			ents: []qtEnt{tom, ray, bound("Ray Dunn", "he")},
			want: []qtWant{{"This is a great night", "Tom Vale", "said-after"}, {"almost impossible", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a continuation after a description opening the sentence before: the one who just spoke, not the boss in its object",
			text: "Football\n\nAshby are ready to sell Tom Vale.\n\nTom Vale told the Daily Post: \"The manager has given me few chances this season.\" The veteran striker also claims he has lost the trust of boss Ray Dunn. \"I cannot understand why I am left out,\" he continued.",
			ents: []qtEnt{ashby, tom, ray, bound("Ray Dunn", "he")},
			want: []qtWant{{"The manager has given", "Tom Vale", "said-before"}, {"I cannot understand", "Tom Vale", "pronoun-carry"}},
		},
		{
			name: "a description after a sentence naming another person: that person, not the one who spoke",
			text: "Football\n\nAshby are ready to sell Tom Vale.\n\nTom Vale told the Daily Post: \"The manager has given me few chances this season.\" Jim Bell has been out of the side since March. The veteran striker also claims he has lost the trust of boss Ray Dunn. \"I cannot understand why I am left out,\" he continued.",
			ents: []qtEnt{ashby, tom, jim, ray, bound("Jim Bell", "he")},
			want: []qtWant{{"The manager has given", "Tom Vale", "said-before"}, {"I cannot understand", "Jim Bell", "pronoun-carry"}},
		},
		{
			name: "a description in a new paragraph after the coach spoke: the person named before it",
			text: "Rugby\n\nAshby beat Tom Vale's side.\n\n\"We are not there yet,\" said coach Ray Dunn.\n\nNone more so than Jim Bell, who now faces the spotlight. The confident 23-year-old is undaunted by the prospect. \"I like pressure on me,\" he said.",
			ents: []qtEnt{ashby, tom, ray, jim, bound("Jim Bell", "he")},
			want: []qtWant{{"We are not there yet", "Ray Dunn", "said-after"}, {"I like pressure", "Jim Bell", "pronoun-carry"}},
		},
		{
			name: "a description when another person spoke last: not the lead person",
			text: "Film\n\nHollywood star Tom Vale was in London for the premiere.\n\n\"This is a great night for all of us,\" said Ray Dunn. The film tells the story of a young boy. The 48-year-old actor crossed a bridge built in the square, which he said was \"almost impossible to get across\".",
			ents: []qtEnt{tom, ray, bound("Ray Dunn", "he")},
			want: []qtWant{{"This is a great night", "Ray Dunn", "said-after"}, {"almost impossible", "Ray Dunn", "pronoun-carry"}},
		},
	})
}

// Whichever cue offers the speaker of "he said" or "she said" (the
// previous quotation's speaker, the previous sentence's subject), a
// person whose first name gives the other gender is passed over.
func TestPronounGenderAgreement(t *testing.T) {
	mary := qtEnt{name: "Mary Wood", typ: model.Person, forms: []string{"Mary Wood", "Wood"}}
	john := qtEnt{name: "John Reed", typ: model.Person, forms: []string{"John Reed", "Reed"}}
	qtRun(t, []qtCase{
		{
			name: "he after a woman's quotation: the man named since",
			text: "TV\n\n\"It is a shame nobody writes proper scripts any more,\" Mary Wood said. And John Reed also attacked the channel last week. \"We have to be careful not to talk down to viewers,\" he said.",
			ents: []qtEnt{mary, john},
			want: []qtWant{{"It is a shame", "Mary Wood", "said-after"}, {"We have to be careful", "John Reed", "pronoun-carry"}},
		},
		{
			name:         "she after a man's quotation and no woman named: no speaker rather than an earlier man",
			text:         "TV\n\nJohn Reed spoke first on Monday.\n\n\"It is a shame nobody writes proper scripts any more,\" Mr Reed said. \"We have to be careful not to talk down to viewers,\" she said.",
			ents:         []qtEnt{mary, {name: "John Reed", typ: model.Person, forms: []string{"John Reed", "Mr Reed", "Reed"}}},
			want:         []qtWant{{"It is a shame", "John Reed", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "a girl known by her first name alone is no he",
			text:         "Court\n\nThe parents of Gloria were charged on Monday.\n\nHis sister begged him to take Gloria to a doctor, but he replied \"I am not able to do that now\".",
			ents:         []qtEnt{{name: "Gloria", typ: model.Person, forms: []string{"Gloria"}}},
			unattributed: 1,
		},
		{
			name: "she after a woman's quotation keeps her",
			text: "TV\n\n\"It is a shame nobody writes proper scripts any more,\" Mary Wood said. And John Reed also attacked the channel last week. \"We have to be careful not to talk down to viewers,\" she said.",
			ents: []qtEnt{mary, john},
			want: []qtWant{{"It is a shame", "Mary Wood", "said-after"}, {"We have to be careful", "Mary Wood", "pronoun-carry"}},
		},
	})
}
