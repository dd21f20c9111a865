package extract

import "strings"

// An event placed in a capital told by its country's demonym: "the
// African Union summit in the Ethiopian capital, Addis Ababa" was hosted
// by Addis Ababa; "the summit in the Ethiopian capital" with no city
// named was hosted by Ethiopia, the country the demonym names (GOLD.md:
// a country named only through a demonym in a phrase carrying a fact is
// an entity, and the fact is annotated). "A rally in Bihar's capital"
// is read the same way, by the region owning the capital. eventIn (relations_rules.go)
// reads "in" + a place name only at its first word.

// capitalTimeOpeners open a time phrase right after "capital" ("in the
// Ethiopian capital next month", "last week", "this year").
var capitalTimeOpeners = relWords(`next last this earlier later`)

// capitalHost returns the host of an event placed by "in the <demonym>
// capital" or "in <country or region>'s capital" at preposition p: the
// City named after "capital" (with or without a comma), or, when no name
// follows, the demonym's Country or the possessive's place. A
// "capital" followed by a lower-case noun ("the Thai capital region",
// "the German capital markets") or a name of another type gives nil.
func (s *relSent) capitalHost(p int) *relMention {
	var d *relMention
	k := -1
	switch o := s.mentionAt(p + 1); {
	case s.word(p+1, "the"):
		d = s.mentionAt(p + 2)
		if d == nil || d.first != p+2 || d.kind != MentionDemonym || s.r.typeOf(d.entity) != Country {
			return nil
		}
		k = d.last + 1
	case o != nil && o.first == p+1 && (s.word(o.last+1, "'s") || s.word(o.last+1, "'")):
		// "a rally in Bihar's capital (Patna)": the owner is a country
		// or a region, whose capital is no town of its own name.
		if t := s.r.typeOf(o.entity); t != Country && t != Place {
			return nil
		}
		d, k = o, o.last+2
	default:
		return nil
	}
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
