package quotes

import (
	"unicode"
	"unicode/utf8"
)

// An unknown voice. A quotation framed by its own verb of saying whose
// speaker is someone new and unresolved ("…," a spokeswoman said; "…,"
// said one trader; "…," said Jo Bloggs, a name no entity holds) has a
// speaker all the same: the one the text just brought in. A "he said" or
// "she added" in the next sentence carries on with that voice, so it
// must not fall back to a person quoted earlier in the story; the
// pronoun stays unresolved. A definite description ("…," the
// mother-of-nine said) refers back to someone already in the story and
// leaves the pronoun to the usual fallbacks.

// qNewVoiceWords open a noun phrase that brings in someone new.
var qNewVoiceWords = qWordSet(`a an one another A An One Another`)

// qOldVoiceWords are capitalised words opening a phrase that refers
// back (a determiner or possessive), not a name.
var qOldVoiceWords = qWordSet(`The His Her Their Its This That These Those`)

// newVoiceFrame reports whether the attribution clause after a closing
// quote mark, text[from:hi], opens (after its comma, and after an
// inverted verb of saying) with a new speaker: an indefinite noun phrase
// or a capitalised name.
func (q *quoter) newVoiceFrame(from, hi int) bool {
	toks := qTokenize(q.text, from, min(hi, from+120), q.getBuf())
	defer q.putBuf(toks)
	i := 0
	if i < len(toks) && toks[i].kind == qkPunct && q.text[toks[i].s:toks[i].e] == "," {
		i++
	}
	if i < len(toks) && toks[i].kind == qkWord && q.isSpeechVerb(toks[i], true) {
		i++ // "…," said a trader
	}
	if i >= len(toks) || toks[i].kind != qkWord {
		return false
	}
	w := q.text[toks[i].s:toks[i].e]
	if qNewVoiceWords[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !qOldVoiceWords[w] && !q.pronounWord(w)
}

// pronounWord reports whether w is a personal pronoun ("He", "She").
func (q *quoter) pronounWord(w string) bool {
	_, ok := qPronouns[w]
	return ok
}

// markUnknownVoice records that the sentence holding offset pos has a
// quotation framed by a verb of saying whose speaker is someone new.
func (q *quoter) markUnknownVoice(pos int) {
	si := q.sentenceAt(pos)
	if si < 0 {
		return
	}
	if q.unknownVoice == nil {
		q.unknownVoice = map[int]bool{}
	}
	q.unknownVoice[si] = true
}
