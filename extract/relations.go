package extract

// findRelations appends facts to a.doc.Facts. It runs after quotes.
func (x *Extractor) findRelations(a *analysis) {}
