package lexicon

// This file holds the words that describe or stand for a person: nouns of
// nationality and the possessive determiners.

// PersonDemonyms are nationality nouns for a person ("Frenchman",
// "Spaniard"). Unlike the adjectives ("French", "Spanish", also "German",
// which ends in "man") they do not modify the name of a firm or team.
var PersonDemonyms = WordSet(`frenchman frenchwoman englishman englishwoman
	irishman irishwoman welshman welshwoman scotsman scotswoman dutchman dutchwoman
	spaniard briton swede dane scot finn pole kiwi`)

// PossessiveGender maps the possessive determiners of persons to the
// gender they require.
var PossessiveGender = map[string]byte{"his": 'm', "His": 'm', "her": 'f', "Her": 'f'}
