package textseg

// Wire stories open with a dateline: the city the story was filed from,
// capitalised, and often the agency, then a dash ("KIEV (Reuters) -
// Ukrainian President Viktor Yushchenko held talks with ..."). The parser
// hangs the dateline on the first clause, so its city and agency would
// read as that clause's subject ("Reuters metWith Putin"). The names stay
// entities; the relation stages leave them out of the clause's relations.
// Tests: extract/relations_datelines_test.go.

// DatelineEnd returns the index of the first token after a dateline that
// opens a sentence's tokens, or 0 when there is none. A dateline is a
// word in capitals, then capitals, commas, a date and a bracketed
// agency, ended by a dash; a bracket or a comma must be among them, so
// that a headline's "US - China talks" is none.
func DatelineEnd(toks []Token) int {
	if len(toks) < 4 || !AllUpper(toks[:1]) || len(toks[0].Text) < 2 {
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
		case toks[k].Flags&(TCap|TUpper|TDigit) != 0:
		default:
			return 0
		}
	}
	return 0
}

// AllUpper reports whether every token of toks, and at least one, is
// written in capitals.
func AllUpper(toks []Token) bool {
	for _, t := range toks {
		if t.Flags&TUpper == 0 {
			return false
		}
	}
	return len(toks) > 0
}
