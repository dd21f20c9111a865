package extract

// roleLeave credits the person named at the head of the next sentence
// with the leaving told of a role ("The drummer with Blur has quit ...
// Tom Reed told a radio station ..."). When that sentence gives the
// person a role of their own in an apposition, and it is not the role
// that left, the person is someone else who speaks of it:
//
//	"The drummer with Blur has quit. Dan Ash, the singer, said he was sad."  - not the drummer
//	"The drummer with Blur has quit. Dan Ash, the band's drummer, said ..."  - the drummer
//	"The drummer with Blur has quit. Dan Ash, 32, said ..."                  - no role given

// appositionOpeners begin an apposition that names a role: "the singer",
// "a friend", "its manager", "Blur's singer" (a possessive).
var appositionOpeners = relWords(`the a an his her its their our`)

// otherRoleNamed reports that the person whose name ends at token end (an
// index into the document's tokens, exclusive) is given, in an apposition,
// a role that does not hold role.
func (r *relState) otherRoleNamed(end int, role string) bool {
	toks := r.a.tokens
	if end >= len(toks) || toks[end].Text != "," || end+1 >= len(toks) {
		return false
	}
	first := end + 1
	opener := appositionOpeners[relFoldToken(toks[first])]
	for k := first; k < len(toks) && k < first+3 && !opener; k++ {
		opener = isPossessive(toks[k].Text) // "Blur's singer", "the band's singer"
	}
	if !opener {
		return false
	}
	for k := first; k < len(toks) && k < first+6; k++ {
		w := relFoldToken(toks[k])
		if w == role {
			return false
		}
		if w == "," || w == "." || w == ";" {
			break
		}
	}
	return true
}
