// Package model holds the plain values extraction produces: the Document
// with its paragraphs, sentences, entities, mentions, quotes, facts and
// open facts, and the entity types and predicate names. Package extract
// re-declares every name here, so callers need only import extract.
//
// Needs: textseg's Span. Gives: the types the stages fill and the graph
// stores; no behaviour.
package model
