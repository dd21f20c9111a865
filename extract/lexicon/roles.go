package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

// This file holds the role words beside the closed classes of lexicon.go:
// the classes of roles.txt, playing positions, the modifiers that put a
// post in the past, and the test for the head word of a title.

// rolesText is the table of role words and their classes. The same word
// (president, chairman, leader) belongs to a dozen classes read by rules
// in several packages; spelt out once per class, a new word took an edit
// in each, and a missed edit left one rule blind to it.
//
//go:embed roles.txt
var rolesText string

// roleClasses maps a declared class tag to its words, read once from
// roles.txt.
var roleClasses = mustParseRoles(rolesText)

// RoleClass returns a fresh set of the words roles.txt gives the class
// tag; each caller gets its own map, so that one caller's change cannot
// reach another's. A tag roles.txt does not declare is a programming
// error caught when the package that asks for it is loaded.
func RoleClass(tag string) map[string]bool {
	words, ok := roleClasses[tag]
	if !ok {
		panic(fmt.Sprintf("lexicon: roles.txt declares no class %q", tag))
	}
	m := make(map[string]bool, len(words))
	for w := range words {
		m[w] = true
	}
	return m
}

func mustParseRoles(text string) map[string]map[string]bool {
	classes, err := parseRoles(text)
	if err != nil {
		panic(fmt.Errorf("lexicon: roles.txt: %w", err))
	}
	return classes
}

// parseRoles reads the table: "@TAG READER" declares a class, "WORD TAG
// ..." gives a word its classes ("prime_minister" the phrase "prime
// minister"), "#" starts a comment line. A word given
// twice or a tag used before or without its declaration is an error, so
// a typo cannot silently leave a class short of a word.
func parseRoles(text string) (map[string]map[string]bool, error) {
	classes := map[string]map[string]bool{}
	seen := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if tag, ok := strings.CutPrefix(f[0], "@"); ok {
			if tag == "" || classes[tag] != nil {
				return nil, fmt.Errorf("line %d: class %q empty or declared twice", n+1, tag)
			}
			classes[tag] = map[string]bool{}
			continue
		}
		// A title of several words is written with "_" for its spaces,
		// so that a line stays one field per word or tag.
		w := strings.ReplaceAll(f[0], "_", " ")
		if seen[w] {
			return nil, fmt.Errorf("line %d: word %q given twice", n+1, w)
		}
		seen[w] = true
		if len(f) == 1 {
			return nil, fmt.Errorf("line %d: word %q has no class", n+1, w)
		}
		for _, tag := range f[1:] {
			c, ok := classes[tag]
			if !ok {
				return nil, fmt.Errorf("line %d: word %q: undeclared class %q", n+1, w, tag)
			}
			c[w] = true
		}
	}
	return classes, nil
}

// PositionRoles add playing positions and band membership, which open
// sports and music stories the same way, to weakRoles.
var PositionRoles = RoleClass("weak-position")

// PastTitleMods before a role or inside its apposition say the post is
// over: "former chairman", "ex-boss", "erstwhile leader", "one-time head".
var PastTitleMods = WordSet(`former ex ex- erstwhile one-time onetime formerly previously`)

// OfficeHolderTitles maps a noun for a personal office to the title of
// its holder: "the presidency said" speaks for the president, as "the
// prime minister's office said" does for the prime minister.
var OfficeHolderTitles = map[string]string{
	"presidency":  "president",
	"chancellery": "chancellor",
}

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
