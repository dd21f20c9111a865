// Package postag tags words with Penn Treebank parts of speech, scoring
// prose's averaged-perceptron English model with a flat hash table (the
// same tags as prose, several times faster).
//
// Needs: words as Form gives them. Gives: Load, which reads the model
// once, and Tagger.Tag, which fills one sentence's tags using a
// caller-owned Scratch. It imports no other stage.
package postag
