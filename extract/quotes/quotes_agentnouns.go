package quotes

import "strings"

// Between two persons' names a lower-case noun for what someone does
// makes the first name a modifier and the second the head: "said Cobain
// biographer Charles Cross", "said Dylan scholar Ann Hale", "Beatles
// producer Jo Bloggs said". The role-noun lists cannot hold every such
// noun, so its shape is read instead: an agent's ending (-er, -or, -ist,
// -ian, -ant). roleThenPerson asks for a person's name right after it,
// so "said Smith later" or "said Kerr never" gives nothing.

// qAgentEndings are the endings of nouns for a doer.
var qAgentEndings = []string{"er", "or", "ist", "ian", "ant"}

// qNotAgents share those endings but name no doer.
var qNotAgents = qWordSet(`never ever however whether either neither
	rather other another together later earlier after under over
	before major minor prior poster corner border matter order
	number member chapter quarter letter paper summer winter
	october november december september error factor sector
	interior exterior superior inferior mentor`)

// qAgentNoun reports whether w, written in lower case, has the shape of a
// noun for a doer ("biographer", "historian", "journalist").
func qAgentNoun(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || qNotAgents[w] {
		return false
	}
	for _, end := range qAgentEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
