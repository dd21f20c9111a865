package model

import "sort"

// This file holds the questions every stage asks of a Document and its
// values, answered once here rather than in each stage.

// IsPlace reports whether t is a kind of place: a country, a city or
// another place.
func (t EntityType) IsPlace() bool { return t == Country || t == City || t == Place }

// MentionsIn returns the mentions of sentence i, in text order. Mentions
// are kept sorted by Start, so this is a contiguous run.
func (d *Document) MentionsIn(i int) []Mention {
	ms := d.Mentions
	lo := sort.Search(len(ms), func(k int) bool { return ms[k].Sentence >= i })
	end := lo
	for end < len(ms) && ms[end].Sentence == i {
		end++
	}
	return ms[lo:end]
}

// TwoEntities reports whether ms name at least two distinct entities (the
// first mention's and another).
func TwoEntities(ms []Mention) bool {
	for _, m := range ms[1:] {
		if m.Entity >= 0 && m.Entity != ms[0].Entity {
			return true
		}
	}
	return false
}
