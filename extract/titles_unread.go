package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// maxOwnerWords bounds the capitalised run unreadOwner tries as a name.
const maxOwnerWords = 5

// unreadOwner reads the capitalised words at toks[k:q] as the name of an
// organisation the story names elsewhere, where the entity stage read no
// name here or a shorter one: "said Standard Chartered chief executive
// Mervyn Davies", "London Irish coach Gary Gold" ("London" alone is the
// city). The run must spell the organisation's name or one of its aliases
// exactly and leave a word after it for the role, so a title before a
// person is read with the owner the story already knows; it returns the
// organisation and the token after its name, or -1.
func (a *analysis) unreadOwner(starts map[int]int, k, q int) (int, int) {
	toks := a.tokens
	short := k // the end of the longest mention read at k
	if j, ok := starts[k]; ok {
		short = a.ments[j].t1
	}
	org, end := -1, -1
	for j := k; j < q-1 && j-k < maxOwnerWords; j++ {
		if toks[j].Flags&(textseg.TCap|textseg.TUpper) == 0 {
			break
		}
		if j+1 <= short {
			continue // no longer than what the entity stage read
		}
		if o := a.orgCalled(a.doc.Text[toks[k].Start:toks[j].End]); o >= 0 {
			org, end = o, j+1
		}
	}
	return org, end
}

// orgCalled returns the one organisation of the story whose name or an
// alias is s, or -1 when none is or two are.
func (a *analysis) orgCalled(s string) int {
	found := -1
	for e, ent := range a.doc.Entities {
		if ent.Type != Organization || e == found {
			continue
		}
		if ent.Name == s || slices.Contains(ent.Aliases, s) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// ownerDescriptor reports a common noun for an organisation between its
// name and the role: "Vibe magazine president Kenard Gibbs", "the Fiat
// group chairman". The noun must be written lower case and be followed by
// a role word.
func (a *analysis) ownerDescriptor(k, q int) bool {
	toks := a.tokens
	if k+1 >= q || toks[k].Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return false
	}
	w := toks[k].Lower()
	return (lexicon.OrgRoleNouns[w] || publicationNouns[w]) && isRoleWord(toks[k+1].Lower())
}

// publicationNouns name a publication after its title ("Vibe magazine").
var publicationNouns = lexicon.WordSet(`magazine newspaper paper website`)

// scopeModifiers say how widely or how lately a head holds the post, not
// that someone else heads it: "PwC's global chief executive", "Nordvik
// group chief executive X", "Mitsubishi's newly-appointed chief executive";
// a caretaker holds the post until it is filled ("Wolves caretaker boss").
var scopeModifiers = lexicon.WordSet(`global group worldwide newly-appointed
	newly-named newly-elected caretaker`)

// subNationalWords before a bare head-of-government title make it a
// state's or a region's ("State premier X", "the regional president"):
// it names no country, so the country in the context is not the one led.
var subNationalWords = lexicon.WordSet(`state regional provincial`)

// editorTitle reports role words that are "editor" alone or with a word
// of time ("new editor"): the head of a publication. A desk or a beat
// before it ("business editor", "reviews editor") makes the holder one
// of the staff.
func editorTitle(words []string) bool {
	if len(words) == 0 || words[len(words)-1] != "editor" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if w != "new" && w != "current" {
			return false
		}
	}
	return true
}
