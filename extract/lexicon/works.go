package lexicon

// This file holds the nouns that announce the title of a work before it.

// WorkNounsBefore name a kind of work or product whose title follows
// ("the film Ray", "her book Small Island", "the game Half-Life 2"); a
// machine or a vessel is named so as well ("humanoid robot Asimo", "the
// cruise liner Crystal Harmony"), and neither is a person or a body.
var WorkNounsBefore = WordSet(`film films movie album single song track book
	novel memoir biography programme show series sitcom soap drama
	documentary musical play opera comedy thriller biopic game console
	browser handset painting sequel prequel remake
	robot liner ship vessel yacht tanker ferry`)

// GenreNouns name a kind of work only right before its title ("martial
// arts epic Hero", "cartoon hit The Incredibles", "horror classic
// Halloween"); elsewhere they are adjectives or other nouns ("a classic
// goal", "X is a big hit"), so they must be tagged nouns.
var GenreNouns = WordSet(`epic blockbuster flick cartoon animation caper chiller
	hit classic tale adaptation fantasy ballad saga satire spoof parody fable anthology
	mini-series docu-drama`)
