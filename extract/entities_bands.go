package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// groupPlurals are plural nouns that end the names of teams, music acts
// and firms and never a person's surname: "Neath-Swansea Ospreys", "Boca
// Juniors", "Kaiser Chiefs", "Beastie Boys", "Lehman Brothers", "Nortel
// Networks", "Miramax Films". A first name in front does not make the
// name a person's ("Happy Mondays", "Tyson Foods", "Warner Brothers"), so
// the tail decides before the first-name reading. Plurals that are also
// surnames ("Banks", "Woods", "Mills", "Reeves", "Gates") are left out.
// A name of common words only ("History Boys", "Calendar Girls", "Personal
// Area Networks") is as often a work or a thing, so it keeps the reading
// of common-word runs, unless a first name would have made it a person
// ("Red Devils"). The plural alone stands for the whole name once it
// is given ("the Ospreys").
var groupPlurals = lexicon.WordSet(`juniors warriors dragons ospreys buccaneers
	sharks bulls rhinos tigers chiefs devils dons falcons wasps scarlets
	quins saints giants cowboys patriots boys girls sisters brothers rollers
	peppers mondays films networks foods ventures railways stockbrokers`)

// groupPluralName reports whether a name of two or more words ends in a
// group plural ("Sale Sharks", "Scissor Sisters").
func groupPluralName(words int, last string) bool {
	return words >= 2 && groupPlurals[last]
}

// actPlurals end the names of music acts made of common words ("Scissor
// Sisters", "Beach Boys", "Chemical Brothers", "Spice Girls", "All
// Saints"), which outnumber the works so named in news text.
var actPlurals = lexicon.WordSet(`boys girls sisters brothers saints`)

// commonWordAct reports whether the run of common words toks[i:j] ending
// in last is a music act's name: it ends in an act plural, no capitalised
// "The" opens it, the mark of a work's title ("The History Boys"), and no
// "of" goes on with it ("the Blind Boys of Alabama": better no name than
// half of one).
func (x *Extractor) commonWordAct(a *analysis, i, j int, last string) bool {
	if !actPlurals[last] || i > 0 && a.tokens[i-1].Text == "The" {
		return false
	}
	return j >= len(a.tokens) || a.tokens[j].Text != "of"
}

// eventActCues before a name say it is a music act even where its last
// word would make it an event ("punk band Green Day", "rock group
// Heavy Festival").
var eventActCues = []string{"band ", "group ", "outfit ", "rapper ", "singer ", "duo "}

// actCuedInDoc reports whether text puts a music act's noun, lower case,
// right before name anywhere: the story names its acts the same way at
// every mention, so one cue types them all.
func actCuedInDoc(text, name string) bool {
	for _, c := range eventActCues {
		if strings.Contains(text, c+name) {
			return true
		}
	}
	return false
}
