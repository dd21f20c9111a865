// Package textseg is the text stage of extraction: it decodes raw input
// (UTF-8, else Windows-1252), splits it into paragraphs, tokens and
// sentences, and holds the helpers that normalise surface strings.
//
// Needs: raw bytes, and lexicon's word sets. Gives: Decode, Span, Token
// (with its shape flags), Paragraphs, Tokenize, SplitSentences,
// Sentences, the input errors ErrBinary and ErrEmpty, and Clean, Lower
// and Slug. It knows nothing of entities, quotes or facts.
package textseg
