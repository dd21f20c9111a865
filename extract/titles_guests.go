package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A head of government who travels to a country is its guest, not its
// leader. The bare-title rule reads "Prime Minister X" as the leader of
// the one country around the sentence; when X is the subject of a verb
// of arriving or visiting, that country is most often the destination:
//
//	"Sweden visit" / "Prime Minister Rajesh Varma arrived in Stockholm ..."  - Varma is a guest
//	"President Lena Holm visited Peru on Monday."                           - a guest of Peru
//	"President Lena Holm, who arrived in Lima on Monday, ..."               - a guest
//	"Prime Minister Rajesh Varma said Sweden would ..."                      - may lead it

// travelVerbs tell a journey by their subject.
var travelVerbs = lexicon.WordSet(`arrive arrives arrived arriving visit
	visits visited visiting land lands landed landing fly flies flew flown
	travel travels travelled traveled travelling traveling tour tours toured
	touring jet jets jetted`)

// travelAuxiliaries may stand between the name and the verb.
var travelAuxiliaries = lexicon.WordSet(`has have had is was will would
	also then finally just later has been is due to set`)

// travelsAfter reports a verb of travel whose subject is the name ending
// at token t1 (exclusive) of sentence si: directly, past auxiliaries, or
// in a relative clause (", who arrived").
func (a *analysis) travelsAfter(t1, si int) bool {
	end := a.sentTokens[si].End
	k := t1
	if k+1 < end && a.tokens[k].Text == "," && a.tokens[k+1].Lower() == "who" {
		k += 2
	}
	for ; k < end && k < t1+6; k++ {
		w := a.tokens[k].Lower()
		if travelVerbs[w] {
			return true
		}
		if !travelAuxiliaries[w] {
			return false
		}
	}
	return false
}
