package lexicon

// Hearsay is the word class of passed-on, unconfirmed report: a clause
// that completes one of these nouns ("reports that Barclays held talks
// with Wells Fargo", "rumours of his departure"), or that a verb with such
// a noun for subject passes on ("rumours have suggested that he wants to
// quit"), or that "it is rumoured/reported/alleged" opens, states no fact
// of the writer's own.
var (
	// HearsayNouns name the report itself.
	HearsayNouns = WordSet(`report reports rumour rumours rumor rumors
		speculation suggestion suggestions claim claims allegation
		allegations`)
	// HearsayVerbs pass a clause on when a hearsay noun is their subject.
	// A report that "said" is left out: an official report's findings
	// ("the inquiry's report said") are often the fact itself.
	HearsayVerbs = WordSet(`suggest suggests suggested suggesting claim claims
		claimed claiming allege alleges alleged`)
	// HearsayParticiples open "it is rumoured that ...".
	HearsayParticiples = WordSet(`rumoured rumored reported alleged claimed
		suggested said`)
	// ConfirmingVerbs make a report the writer's fact: "the bank
	// confirmed reports that it held talks".
	ConfirmingVerbs = WordSet(`confirm confirms confirmed confirming
		corroborate corroborates corroborated verify verifies verified`)
)
