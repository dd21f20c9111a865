package extract

// A landing told in the sentence after an arrival ("the arrival of X
// disrupted flights ... Air Force One landing at Frankfurt airport") is
// the arriving person's only when the craft can be theirs. A craft
// brought in with an indefinite article, or owned by someone else, is
// another flight:
//
//	"... held up by a private jet landing at Frankfurt airport"      - someone else's
//	"... after Lena Voss's plane landing at Frankfurt airport"       - Voss's, not X's
//	"... as his plane landing at Frankfurt airport was delayed"      - X's (unowned "his")
//	"... with Air Force One landing at Frankfurt airport"            - a named craft

// landingStrangers open a noun phrase for a craft that is not the one
// just spoken of. "one" is left out: it ends names ("Air Force One").
var landingStrangers = relWords(`a an another other some several two
	three many`)

// landingCraftOwned reports whether the noun phrase before the landing
// verb at v names a craft that is not the arriving person's (arriver).
func (s *relSent) landingCraftOwned(v, arriver int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if s.clauseEdge(k) || s.is(k, relPrep) || s.is(k, relRel) {
			return false
		}
		if m := s.mentionAt(k); m != nil {
			if s.word(m.last+1, "'s") || m.last+1 < len(s.toks) && isPossessive(s.toks[m.last+1].Text) || m.kind == MentionPronoun {
				return m.entity != arriver && m.kind != MentionPronoun
			}
			k = m.first
			continue
		}
		if s.is(k, landingStrangers) {
			return true
		}
	}
	return false
}
