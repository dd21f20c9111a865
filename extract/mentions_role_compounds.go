package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A role word that also premodifies another person noun: "the veteran
// diplomat", "the star striker", "the veteran campaigner". The mention
// stage reads the first word as the role ("veteran"), and a mention that
// stops there leaves the noun that heads the subject ("diplomat")
// outside it, so a bound description reaches no relation rule: the
// rules find the subject by its head. The role mention runs over the
// noun instead; its role stays the first word, which the resolvers know.

// roleNounPremodifiers are role words that may stand before another
// person noun.
var roleNounPremodifiers = lexicon.WordSet(`veteran star`)

// compoundPersonNouns may follow such a word as the phrase's head, beside
// the role nouns the lexicon and the person descriptions know.
var compoundPersonNouns = lexicon.WordSet(`diplomat envoy politician campaigner
	journalist reporter correspondent lawyer activist negotiator official
	broadcaster commentator performer entertainer economist analyst
	administrator statesman stateswoman lawmaker legislator`)

// roleCompoundEnd returns the end of a role phrase whose role word at
// token k premodifies a lower-case person noun at token end ("veteran
// diplomat"): end+1; otherwise end unchanged.
func roleCompoundEnd(a *analysis, k, end, hi int) int {
	if end >= hi || !roleNounPremodifiers[a.tokens[k].Lower()] || isCapWord(a.tokens[end]) {
		return end
	}
	n := a.tokens[end].Lower()
	if compoundPersonNouns[n] || personDescRoles[n] || lexicon.PersonRoleNouns[n] {
		return end + 1
	}
	return end
}
