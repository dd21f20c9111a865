// Package extract turns the text of a news article into plain Go values:
// entities with their aliases, attributed quotations and typed facts, each
// carrying the sentence it came from. It does no I/O beyond its embedded
// models and never imports the graph store.
//
// The work runs in stages, each a package under extract that imports only
// the stages before it (stages_test.go checks): lexicon (word lists),
// gazetteer (known names), textseg (decoding, tokens, sentences), postag
// (part-of-speech tags), model (the Document values), deprules (relation
// rules over the dependency parse), quotes (quotations and their
// speakers) and openfacts (open relations, which run last and declare
// what they read of the earlier stages as openfacts.Input). Package
// extract itself holds the per-document analysis and the stages that read
// and write it throughout: mentions, entities and coreference, title
// facts and relations (they name one another's state too closely to part
// yet). Extract runs every stage in order.
package extract
