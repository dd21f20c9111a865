package extract

import "github.com/newsgraph/newsgraph/extract/quotes"

// findQuotes fills a.doc.Quotes. It runs after entities and mentions
// (including resolved role and pronoun mentions) are in a.doc.
func (x *Extractor) findQuotes(a *analysis) {
	quotes.Find(a.doc)
}
