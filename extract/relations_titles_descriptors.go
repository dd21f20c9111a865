package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Words that may stand between a leader's title and the body it names in
// an apposition ("X, head of Brisbane-based game developer Krome Studios,"),
// and the host a unit's name may be followed by ("X, director of the
// Institute for Labour Studies at Bonn University,"). apposTitleOf
// (relations_titles.go) reads both; the tests are in
// relations_titles_descriptors_test.go.

// descriptorBodyNouns close a descriptor before a body's name: kinds of
// body. lexicon.OrgRoleNouns holds the common ones; these are the ones
// that list leaves out because alone the word may name a person or a
// thing ("a developer builds houses"), while before a name after
// "head of" it names the firm ("game developer Krome Studios").
var descriptorBodyNouns = lexicon.WordSet(`developer consultancy charity think-tank
	exchange`)

// maxDescriptorWords bounds the common words of a descriptor ("oil and
// gas consultancy").
const maxDescriptorWords = 5

// basedDescriptorEnd reads, at token p of the sentence, "[the] PLACE-based
// descriptor" before a body's name: a place's name or a lone capitalised
// word joined to "-based" with no spaces ("Sheffield-based", "New
// York-based"), then lower-case words ending in a noun for a kind of body
// ("consulting group", "game developer"), then a name. It returns where
// the name starts, or p when the words are not there. A person or a
// body before "-based" is no place and is not read.
func (s *relSent) basedDescriptorEnd(p int) int {
	k := p
	if s.word(k, "the") {
		k++
	}
	e := k + 1
	if m := s.mentionAt(k); m != nil {
		if m.first != k || !s.r.typeOf(m.entity).IsPlace() {
			return p
		}
		e = m.last + 1
	} else if k >= len(s.toks) || !relCapitalised(s.toks[k].Text) {
		return p
	}
	if e+1 >= len(s.toks) || s.toks[e].Text != "-" || s.low[e+1] != "based" ||
		s.toks[e].Start != s.toks[e-1].End || s.toks[e+1].Start != s.toks[e].End {
		return p
	}
	last := -1
	for i := e + 2; i < len(s.toks) && i <= e+1+maxDescriptorWords; i++ {
		if s.ment[i] >= 0 {
			if last < 0 || !lexicon.OrgRoleNouns[s.low[last]] && !descriptorBodyNouns[s.low[last]] {
				return p
			}
			return i
		}
		if relCapitalised(s.toks[i].Text) || s.toks[i].Tag == "," || s.low[i] == "," {
			return p
		}
		last = i
	}
	return p
}

// atHostEnd reads "at [the] HOST" from token end, the body or town a
// named unit sits in ("the Center for Corporate Governance at the
// University of Delaware"), and returns the index after the host's name;
// end itself when the words are not there.
func (s *relSent) atHostEnd(end int) int {
	if !s.word(end, "at") {
		return end
	}
	k := end + 1
	if s.word(k, "the") {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.first != k || m.kind != MentionName {
		return end
	}
	switch s.r.typeOf(m.entity) {
	case Organization, City:
		return m.last + 1
	}
	return end
}
