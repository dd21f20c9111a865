// Package lexicon holds the word lists the extraction rules share: role
// and head nouns, honorifics, nicknames, first names by gender and the
// common English words, with the generators of the generated lists.
//
// Needs: nothing (the lowest stage; it imports no other package of the
// module). Gives: WordSet, the word classes as sets, RoleClass (the
// classes of role words in roles.txt), IsCommonWord and LoadFirstNames.
package lexicon
