package extract

// findTitleFacts adds leaderOf facts read from titles and appositions.
func (x *Extractor) findTitleFacts(a *analysis) {}
