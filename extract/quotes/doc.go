// Package quotes is the quotation stage of extraction: it finds direct
// quotations, joins pieces split by their attribution or carried across
// paragraphs, and names each one's speaker.
//
// Needs: a model.Document whose text, paragraphs, sentences, entities
// and mentions (including resolved role and pronoun mentions) are filled,
// and lexicon's word sets; nothing of the shared analysis. Gives: Find,
// which fills Document.Quotes. Facts (a later stage) may read the quotes.
package quotes
