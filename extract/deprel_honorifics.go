package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// honorificStart widens a mention handed to the dependency rules back
// over a British title of rank the mention stage left outside its span
// ("Sir", "Dame", "Lord": lexicon.KeepHonorific). The parser heads such a
// name at its title ("Sir" with "Edmund Thorne" hung from it as flat),
// so a rule whose path reaches the title found no name there and the
// sentence's fact was lost ("Sir Edmund Thorne has told the party's
// conference ..."). "Mr" and the other honorifics stay out: the parser
// hangs them from the name, and widening over them only let "Mr X told
// Congress" read Congress as a gathering. first is the mention's first
// token in the sentence; a negative first (a mention not in the tokens)
// is returned as it is.
func honorificStart(toks []textseg.Token, first int) int {
	for first > 0 && first <= len(toks) && lexicon.KeepHonorific[toks[first-1].Lower()] {
		first--
	}
	return first
}
