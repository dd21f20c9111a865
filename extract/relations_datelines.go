package extract

import "github.com/newsgraph/newsgraph/extract/textseg"

// Wire stories open with a dateline: the city the story was filed from,
// capitalised, and often the agency, then a dash ("KIEV (Reuters) -
// Ukrainian President Viktor Yushchenko held talks with ..."). The parser
// hangs the dateline on the first clause, so its city and agency read as
// that clause's subject ("Reuters metWith Putin"). The names stay
// entities (the entity stage reads datelines: mentions.go); they take no
// part in the clause's relations.
// Tests: relations_datelines_test.go.

// datelineEnd returns the index of the first token after a dateline that
// opens a sentence's tokens, or 0 when there is none. A dateline is a
// word in capitals, then capitals, commas, a date and a bracketed
// agency, ended by a dash; a bracket or a comma must be among them, so
// that a headline's "US - China talks" is none.
func datelineEnd(toks []textseg.Token) int {
	if len(toks) < 4 || !allUpper(toks[:1]) || len(toks[0].Text) < 2 {
		return 0
	}
	marked := false
	for k := 1; k < len(toks) && k < 12; k++ {
		switch w := toks[k].Text; {
		case w == "-" || w == "–" || w == "—":
			if marked {
				return k + 1
			}
			return 0
		case w == "," || w == "(" || w == ")":
			marked = true
		case w == ".":
		case toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TDigit) != 0:
		default:
			return 0
		}
	}
	return 0
}
