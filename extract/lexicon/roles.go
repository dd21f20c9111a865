package lexicon

import "strings"

// This file holds the role words beside the closed classes of lexicon.go:
// playing positions, the modifiers that put a post in the past, and the
// test for the head word of a title.

// PositionRoles add playing positions and band membership, which open
// sports and music stories the same way, to weakRoles.
var PositionRoles = WordSet(`flanker lock prop hooker scrum-half fly-half
	full-back centre-back number-eight beatle`)

// PastTitleMods before a role or inside its apposition say the post is
// over: "former chairman", "ex-boss", "erstwhile leader", "one-time head".
var PastTitleMods = WordSet(`former ex ex- erstwhile one-time onetime formerly previously`)

// IsRoleHead reports whether w can head a title: a role noun ("minister",
// "vice-president", "gen.") or a weak role ("producer").
func IsRoleHead(w string) bool {
	if RoleHeads[w] || WeakRoles[w] {
		return true
	}
	if _, h, ok := strings.Cut(w, "-"); ok {
		return RoleHeads[h]
	}
	if t, ok := strings.CutSuffix(w, "."); ok {
		return RoleHeads[t]
	}
	return false
}
