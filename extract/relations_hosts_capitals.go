package extract

import "strings"

// An event placed in a capital told by its country's demonym: "the
// African Union summit in the Ethiopian capital, Addis Ababa" was hosted
// by Addis Ababa; "the summit in the Ethiopian capital" with no city
// named was hosted by Ethiopia, the country the demonym names (GOLD.md:
// a country named only through a demonym in a phrase carrying a fact is
// an entity, and the fact is annotated). eventIn (relations_rules.go)
// reads "in" + a place name only at its first word.

// capitalTimeOpeners open a time phrase right after "capital" ("in the
// Ethiopian capital next month", "last week", "this year").
var capitalTimeOpeners = relWords(`next last this earlier later`)

// capitalHost returns the host of an event placed by "in the <demonym>
// capital" at preposition p: the City named after "capital" (with or
// without a comma), or, when no name follows, the demonym's Country. A
// "capital" followed by a lower-case noun ("the Thai capital region",
// "the German capital markets") or a name of another type gives nil.
func (s *relSent) capitalHost(p int) *relMention {
	if !s.word(p+1, "the") {
		return nil
	}
	d := s.mentionAt(p + 2)
	if d == nil || d.first != p+2 || d.kind != MentionDemonym || s.r.typeOf(d.entity) != Country {
		return nil
	}
	k := d.last + 1
	if !s.word(k, "capital") {
		return nil
	}
	k++
	n := k
	if s.word(n, ",") {
		n++
	}
	if c := s.mentionAt(n); c != nil && c.first == n {
		if s.r.typeOf(c.entity) == City {
			return c
		}
		return nil
	}
	if k >= len(s.low) || s.tag(k) == "." || s.clauseEdge(k) || s.tag(k) == "IN" || s.tag(k) == "CC" || s.tag(k) == "TO" || strings.HasPrefix(s.tag(k), "VB") ||
		s.is(k, capitalTimeOpeners) {
		return d // "in the Ethiopian capital." / ", where" / "on Monday"
	}
	return nil
}
