// Package quotes is the quotation stage of extraction: it finds direct
// quotations, joins pieces split by their attribution, and names each
// one's speaker. A speech carried over several paragraphs (each new one
// re-opening the mark) gives one quotation per paragraph, all with the
// speaker of the speech, as GOLD.md is read by its annotators.
//
// Needs: a model.Document whose text, paragraphs, sentences, entities
// and mentions (including resolved role and pronoun mentions) are filled,
// and lexicon's word sets; nothing of the shared analysis. Gives: Find,
// which fills Document.Quotes. Facts (a later stage) may read the quotes.
package quotes
