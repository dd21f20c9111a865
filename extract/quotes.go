package extract

// findQuotes fills a.doc.Quotes. It runs after entities and mentions
// (including resolved role and pronoun mentions) are in a.doc.
func (x *Extractor) findQuotes(a *analysis) {}
