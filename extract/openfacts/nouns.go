package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Noun-mediated links: news often states a link between two names with a
// noun and no verb ("Mitsubishi's takeover of UFJ", "SpeechWorks, a
// division of ScanSoft", "Airbus and its US rival Boeing"). The parse
// reads the possessive ones as "has takeover of", and the others not at
// all. These frames are read from the words, as the role links are, and
// keyed as the verb would be (take_over, sue, be_division_of).

// nounRel is what an event noun and its preposition say about the two
// names: the key and label of the link, and whether the name after the
// preposition is the subject ("Arsenal's defeat by Chelsea": Chelsea
// beat Arsenal).
type nounRel struct {
	key     string
	reverse bool
	want    nounSides
}

// nounSides says which entity types a noun links.
type nounSides uint8

const (
	anyParties  nounSides = iota // organisations, people and countries alike
	bodiesOnly                   // both organisations ("merger with")
	buyerOfBody                  // anything buys an organisation
	twoSides                     // two teams or players: no city or place
)

// dealNouns (events of business, law and sport) link the possessor A to the name B after the noun's
// preposition: "A's NOUN PREP B", keyed "noun prep".
//
//   - Kelvin Motors' takeover of Ardent Cars    -> Kelvin Motors take_over Ardent Cars
//   - Ravelle's lawsuit against Norbank         -> Ravelle sue Norbank
//   - Dunmore's 2-1 defeat by Carrick Rovers    -> Carrick Rovers beat Dunmore
//   - Kelvin Motors' planned takeover of Ardent -> a plan (eventVetoes)
var dealNouns = map[string]nounRel{
	"takeover of":          {key: "take_over", want: buyerOfBody},
	"takeover by":          {key: "take_over", reverse: true, want: buyerOfBody},
	"acquisition of":       {key: "acquire", want: buyerOfBody},
	"buyout of":            {key: "buy_out", want: buyerOfBody},
	"bid for":              {key: "bid_for"},
	"bids for":             {key: "bid_for"},
	"offer for":            {key: "bid_for"},
	"stake in":             {key: "have_stake_in", want: buyerOfBody},
	"shareholding in":      {key: "have_stake_in", want: buyerOfBody},
	"investment in":        {key: "invest_in"},
	"deal with":            {key: "deal_with"},
	"agreement with":       {key: "deal_with"},
	"contract with":        {key: "deal_with"},
	"merger with":          {key: "merge_with", want: bodiesOnly},
	"tie-up with":          {key: "partner_with", want: bodiesOnly},
	"alliance with":        {key: "partner_with", want: bodiesOnly},
	"partnership with":     {key: "partner_with", want: bodiesOnly},
	"joint venture with":   {key: "partner_with", want: bodiesOnly},
	"talks with":           {key: "talk_with"},
	"negotiations with":    {key: "talk_with"},
	"lawsuit against":      {key: "sue"},
	"suit against":         {key: "sue"},
	"legal action against": {key: "sue"},
	"dispute with":         {key: "dispute_with"},
	"row with":             {key: "dispute_with"},
	"win over":             {key: "beat", want: twoSides},
	"victory over":         {key: "beat", want: twoSides},
	"defeat of":            {key: "beat", want: twoSides},
	"defeat by":            {key: "beat", reverse: true, want: twoSides},
	"defeat to":            {key: "beat", reverse: true, want: twoSides},
	"loss to":              {key: "beat", reverse: true, want: twoSides},
}

// byNouns are events named before their object and then their agent:
// "the NOUN of B by A" (A did it to B), and "the sale of B to A" (B is
// sold to A, keyed as the passive verb is).
//
//   - the takeover of Ardent Cars by Kelvin Motors -> Kelvin Motors take_over Ardent Cars
//   - the sale of Harbour Mills to Corran Group    -> Harbour Mills sell_to Corran Group
//   - the sale of shares by Kelvin Motors           -> no named object
var byNouns = map[string]nounRel{
	"takeover by":    {key: "take_over", reverse: true, want: buyerOfBody},
	"purchase by":    {key: "buy", reverse: true, want: buyerOfBody},
	"acquisition by": {key: "acquire", reverse: true, want: buyerOfBody},
	"buyout by":      {key: "buy_out", reverse: true, want: buyerOfBody},
	"sale to":        {key: "sell_to", want: buyerOfBody},
}

// agentNouns are events named before their agent and then their object:
// "a NOUN by A against B".
//
//   - a lawsuit by Ravelle against Norbank -> Ravelle sue Norbank
var agentNouns = map[string]nounRel{
	"lawsuit against": {key: "sue"},
	"suit against":    {key: "sue"},
	"bid for":         {key: "bid_for"},
	"offer for":       {key: "bid_for"},
}

// eventVetoes, among the words describing the event or just before the
// frame, make it unreal or undone: a plan, a rumour, a failure, a
// condition ("talk of Kelvin's takeover of Ardent", "its failed bid").
var eventVetoes = map[string]bool{
	"planned": true, "proposed": true, "possible": true, "potential": true, "mooted": true,
	"rumoured": true, "rumored": true, "expected": true, "likely": true, "failed": true,
	"abandoned": true, "aborted": true, "blocked": true, "collapsed": true, "rejected": true,
	"talk": true, "speculation": true, "rumours": true, "rumors": true, "reports": true,
	"hopes": true, "fears": true, "plans": true, "plan": true, "chance": true, "if": true,
	"whether": true, "would": true, "could": true, "might": true, "may": true, "no": true,
	"not": true, "never": true, "without": true, "any": true, "against": true, "oppose": true,
	"opposed": true, "opposition": true, "block": true, "denied": true, "deny": true,
}

// partNouns name what one body is to another: "X, a division of Y",
// "Y and its parent company X". The words of roleNouns that roleLinks
// already reads between names ("Y's unit X") are here for the frames it
// does not read: "its" for the body just named, plurals, and a place
// describing the part ("the US unit of Y").
//
//   - Orvane, a division of Telsk Group       -> Orvane be_division_of Telsk Group
//   - Telsk Group and its rival Marrow Systems -> Marrow Systems be_rival_of Telsk Group
//   - Telsk Group's European units Orvane and Kestel -> Orvane be_unit_of Telsk Group
//   - Orvane, a division head at Telsk Group  -> "head" is the post
var partNouns = map[string]string{
	"division": "division", "divisions": "division", "arm": "arm", "arms": "arm",
	"affiliate": "affiliate", "affiliates": "affiliate", "subsidiary": "subsidiary",
	"subsidiaries": "subsidiary", "unit": "unit", "units": "unit", "offshoot": "offshoot",
	"spin-off": "spin_off", "parent": "parent", "owner": "owner", "owners": "owner",
	"rival": "rival", "rivals": "rival", "partner": "partner", "partners": "partner",
}

// partHeads may follow a part noun as the phrase's head: "parent
// company", "sister firm".
var partHeads = map[string]bool{"company": true, "firm": true, "group": true}

// partOfPersons are the part nouns whose holder may be a person: an
// owner, a rival, a partner. The rest are bodies.
var partOfPersons = map[string]bool{"owner": true, "rival": true, "partner": true}

// maxNounGap bounds the words between two names that a noun frame may
// hold: ", the US parent company of the car group Germany's" is 10.
const maxNounGap = 12

// maxNounMods bounds the words describing the noun ("4-0 win", "European
// units", "long-time rival").
const maxNounMods = 3

// nounLinks reads the links between two names in sentence i that a noun
// states without a verb ("X's takeover of Y", "X, a division of Y"). It
// needs no parse, so it runs with the role links; the pairs it links
// are not read again from the parse.
func (a *analysis) nounLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		if t1-t0 > maxNounGap {
			return
		}
		words := a.Tokens[t0:t1]
		f, ok := a.eventLink(m1, m2, words, sp)
		if !ok {
			f, ok = a.partLink(m1, m2, words, sp, ms)
		}
		if !ok || a.cutShort(i, m1.Entity, -1, nil, ms) || a.cutShort(i, m2.Entity, -1, nil, ms) {
			return
		}
		f.Sentence, f.Rule, f.Confidence = i, "openie:noun", 0.45
		out = append(out, f)
	})
	return out
}

// eventLink reads "A's MODS NOUN PREP (the) DESC B", "the NOUN of A by
// B" and "a NOUN by A PREP B" between mentions m1 and m2.
func (a *analysis) eventLink(m1, m2 model.Mention, words []textseg.Token, sp textseg.Span) (model.OpenFact, bool) {
	if len(words) >= 3 && isPossMark(words[0].Text) {
		mods, p := nounRun(words[1:])
		if p < 0 || p+2 >= len(words) {
			return model.OpenFact{}, false
		}
		noun, rest := p+1, words[p+2:]
		rel, prep, n := a.eventPrep(words[noun], rest, dealNouns)
		if n < 0 || !describes(skipThe(rest[n:])) || len(skipThe(rest[n:])) > maxDescWords || vetoed(mods) ||
			a.vetoedBefore(m1, sp) {
			return model.OpenFact{}, false
		}
		return a.nounFact(m1.Entity, m2.Entity, m2, rel, words[noun].Text+" "+prep, sp)
	}
	if len(words) < 1 {
		return model.OpenFact{}, false
	}
	// "the NOUN of A by B", "the sale of A to B": the noun stands
	// before A
	k := a.tokenAt(m1.Start)
	via := words[0].Lower()
	if (via == "by" || via == "to") && describes(skipThe(words[1:])) && len(words) <= maxDescWords+2 {
		of, noun := a.before(k, sp, "of")
		if rel, ok := byNouns[a.Tokens[max(noun, 0)].Lower()+" "+via]; ok && of >= 0 && !a.vetoedBefore(a.mentionAtToken(noun, m1), sp) {
			return a.nounFact(m1.Entity, m2.Entity, m2, rel, a.Tokens[noun].Text+" of … "+via, sp)
		}
	}
	// "a lawsuit by A against B"
	if by, noun := a.before(k, sp, "by"); noun >= 0 && by >= 0 {
		rel, prep, n := a.eventPrep(a.Tokens[noun], words, agentNouns)
		if n >= 0 && describes(skipThe(words[n:])) && len(skipThe(words[n:])) <= maxDescWords &&
			!a.vetoedBefore(a.mentionAtToken(noun, m1), sp) {
			return a.nounFact(m1.Entity, m2.Entity, m2, rel, a.Tokens[noun].Text+" by … "+prep, sp)
		}
	}
	return model.OpenFact{}, false
}

// eventPrep matches an event noun and the preposition that opens rest
// (one or two words: "joint venture with", "legal action against") in
// table; it returns the relation, the preposition and the index in rest
// after it, or -1.
func (a *analysis) eventPrep(noun textseg.Token, rest []textseg.Token, table map[string]nounRel) (nounRel, string, int) {
	if len(rest) == 0 || !strings.HasPrefix(noun.Tag, "NN") && noun.Tag != "VB" && noun.Tag != "VBP" {
		return nounRel{}, "", -1
	}
	if rel, ok := table[noun.Lower()+" "+rest[0].Lower()]; ok {
		return rel, rest[0].Text, 1
	}
	return nounRel{}, "", -1
}

// nounFact builds subject ~key~ object for rel between the entities of
// the two mentions (subject is the first name's unless rel reverses
// them), when the entity types fit and the second mention b closes the
// phrase.
func (a *analysis) nounFact(first, second int, b model.Mention, rel nounRel, label string, sp textseg.Span) (model.OpenFact, bool) {
	if !a.closesNoun(b, sp.End) {
		return model.OpenFact{}, false
	}
	sub, obj := first, second
	if rel.reverse {
		sub, obj = obj, sub
	}
	ents := a.Doc.Entities
	st, ot := ents[sub].Type, ents[obj].Type
	switch rel.want {
	case bodiesOnly:
		if st != model.Organization || ot != model.Organization {
			return model.OpenFact{}, false
		}
	case buyerOfBody:
		if ot != model.Organization || st.IsPlace() && st != model.Country || st == model.Event {
			return model.OpenFact{}, false
		}
	case twoSides:
		if st != ot || st != model.Organization && st != model.Country && st != model.Person {
			return model.OpenFact{}, false
		}
	default:
		if st == model.Event || ot == model.Event || st == model.Place || ot == model.Place || st == model.City || ot == model.City {
			return model.OpenFact{}, false
		}
	}
	return model.OpenFact{Subject: sub, Object: obj, Key: rel.key, Label: label}, true
}

// partLink reads "A, (a|the) MODS PART of (the) DESC B" (A is B's part),
// "A(,| and) its MODS PART B" and "A and MODS rival B" (B is A's part),
// and "A's MODS PARTS B" with a plural part noun.
func (a *analysis) partLink(m1, m2 model.Mention, words []textseg.Token, sp textseg.Span, ms []model.Mention) (model.OpenFact, bool) {
	if len(words) < 2 {
		return model.OpenFact{}, false
	}
	first := words[0].Lower()
	switch {
	case first == ",":
		rest := words[1:]
		switch rest[0].Lower() {
		case "a", "an", "the":
			// "SpeechWorks, a division of ScanSoft"
			part, n, _, _ := a.partRun(rest[1:], ms)
			if part == "" || n >= len(rest)-1 || rest[1+n].Lower() != "of" {
				return model.OpenFact{}, false
			}
			desc := a.skipPlaceOwner(skipThe(rest[2+n:]), ms)
			if !describes(desc) || len(desc) > maxDescWords {
				return model.OpenFact{}, false
			}
			return a.partFact(m1.Entity, m2.Entity, m2, part, sp)
		case "its":
			// "Gazprom, its unit Gazpromneft"
			part, n, _, _ := a.partRun(rest[1:], ms)
			if part == "" || n != len(rest)-1 {
				return model.OpenFact{}, false
			}
			return a.partFact(m2.Entity, m1.Entity, m2, part, sp)
		}
	case first == "and":
		rest := words[1:]
		its := rest[0].Lower() == "its"
		if its {
			rest = rest[1:]
		}
		part, n, _, _ := a.partRun(rest, ms)
		if part == "" || n != len(rest) || !its && part != "rival" {
			return model.OpenFact{}, false
		}
		// "Airbus and its US rival Boeing", "both Deutsche Boerse and
		// rival Euronext"
		return a.partFact(m2.Entity, m1.Entity, m2, part, sp)
	case isPossMark(words[0].Text):
		// "GM's European units Opel", "DaimlerChrysler's US unit
		// Chrysler": roleLinks reads the others ("Yukos' owner X")
		part, n, noun, placed := a.partRun(words[1:], ms)
		if part == "" || n != len(words)-1 {
			return model.OpenFact{}, false
		}
		if _, ok := roleNouns[noun]; ok && !placed {
			return model.OpenFact{}, false
		}
		return a.partFact(m2.Entity, m1.Entity, m2, part, sp)
	}
	return model.OpenFact{}, false
}

// partRun reads up to maxNounMods describing words, a part noun and
// perhaps its head ("US unit", "parent company", "European units"):
// the part's key word, the number of words read, the part noun as
// written and whether a place's name described it; "" when the words
// are no such run.
func (a *analysis) partRun(words []textseg.Token, ms []model.Mention) (part string, n int, noun string, placed bool) {
	for k := 0; k < len(words) && k <= maxNounMods; k++ {
		w := words[k]
		if p, ok := partNouns[w.Lower()]; ok && (strings.HasPrefix(w.Tag, "NN") || w.Tag == "JJ") {
			n := k + 1
			if n < len(words) && partHeads[words[n].Lower()] {
				n++
			}
			return p, n, w.Lower(), placed
		}
		switch {
		case a.placeWord(w, ms):
			placed = true
		case !nounMod(w):
			return "", 0, "", false
		}
	}
	return "", 0, "", false
}

// partFact builds part ~be_PART_of~ whole when the types fit: bodies
// both, but an owner, a rival or a partner may be a person; no place is
// a part.
func (a *analysis) partFact(part, whole int, b model.Mention, key string, sp textseg.Span) (model.OpenFact, bool) {
	if !a.closesNoun(b, sp.End) {
		return model.OpenFact{}, false
	}
	ents := a.Doc.Entities
	pt, wt := ents[part].Type, ents[whole].Type
	if partOfPersons[key] {
		if pt != wt || pt != model.Organization && pt != model.Person {
			return model.OpenFact{}, false
		}
	} else if pt != model.Organization || wt != model.Organization {
		return model.OpenFact{}, false
	}
	label := "is " + strings.ReplaceAll(key, "_", "-") + " of"
	return model.OpenFact{Subject: part, Object: whole, Key: "be_" + key + "_of", Label: label}, true
}

// nounRun reads up to maxNounMods describing words ending in a noun:
// the index of that noun in words, with the describing words before it,
// or -1.
func nounRun(words []textseg.Token) ([]textseg.Token, int) {
	for k := 0; k < len(words) && k <= maxNounMods; k++ {
		w := words[k]
		if k+1 < len(words) && strings.HasPrefix(w.Tag, "NN") && isWordish(w.Text) && !nounMod(words[k+1]) {
			return words[:k], k
		}
		if k+1 < len(words) && isWordish(w.Text) && (w.Tag == "VB" || w.Tag == "VBP") && roleStop[words[k+1].Lower()] {
			// the fast tagger reads some event nouns as verbs ("bid for")
			return words[:k], k
		}
		if !nounMod(w) {
			return nil, -1
		}
	}
	return nil, -1
}

// nounMod reports whether w may describe an event or part noun: a
// lower-case adjective, noun or participle, or a score ("4-0").
func nounMod(w textseg.Token) bool {
	if scoreWord(w.Text) {
		return true
	}
	if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) {
		return false
	}
	return strings.HasPrefix(w.Tag, "NN") || strings.HasPrefix(w.Tag, "JJ") || w.Tag == "VBN" || w.Tag == "VBG"
}

// placeWord reports whether token w is inside a mention of a place: "the
// US unit of", "its Japanese rival" (a demonym mention).
func (a *analysis) placeWord(w textseg.Token, ms []model.Mention) bool {
	for _, m := range ms {
		if m.Entity >= 0 && m.Start <= w.Start && w.End <= m.End && a.Doc.Entities[m.Entity].Type.IsPlace() {
			return true
		}
	}
	return false
}

// skipPlaceOwner drops a place's name and its possessive before the
// whole's name: "a unit of Germany's DaimlerChrysler".
func (a *analysis) skipPlaceOwner(words []textseg.Token, ms []model.Mention) []textseg.Token {
	k := 0
	for k < len(words) && a.placeWord(words[k], ms) {
		k++
	}
	if k > 0 && k < len(words) && isPossMark(words[k].Text) {
		return words[k+1:]
	}
	return words
}

// skipThe drops a leading article.
func skipThe(words []textseg.Token) []textseg.Token {
	if len(words) > 0 && words[0].Lower() == "the" {
		return words[1:]
	}
	return words
}

// vetoed reports whether any word is an eventVetoes word.
func vetoed(words []textseg.Token) bool {
	for _, w := range words {
		if eventVetoes[w.Lower()] {
			return true
		}
	}
	return false
}

// nounVetoSpan is how many words before a frame are read for a veto
// ("speculation about Kelvin's bid for Ardent").
const nounVetoSpan = 5

// vetoedBefore reports whether an eventVetoes word stands in the
// nounVetoSpan words before mention m.
func (a *analysis) vetoedBefore(m model.Mention, sp textseg.Span) bool {
	k := a.tokenAt(m.Start)
	return vetoed(a.Tokens[max(sp.Start, k-nounVetoSpan):k])
}

// before reads back from token k (a name's first) over "the" and up to
// maxDescWords describing words to the preposition prep, and gives its
// index and the index of the noun before it (-1 when absent).
func (a *analysis) before(k int, sp textseg.Span, prep string) (int, int) {
	j := k - 1
	if j >= sp.Start && a.Tokens[j].Lower() == "the" {
		j--
	}
	for n := 0; j >= sp.Start && n < maxDescWords && a.Tokens[j].Lower() != prep && nounMod(a.Tokens[j]); n++ {
		j--
	}
	if j-1 < sp.Start || a.Tokens[j].Lower() != prep {
		return -1, -1
	}
	if w := a.Tokens[j-1]; isWordish(w.Text) && (strings.HasPrefix(w.Tag, "NN") || w.Tag == "VB" || w.Tag == "VBP") {
		return j, j - 1
	}
	return -1, -1
}

// mentionAtToken is a mention-shaped span starting at token k, for the
// veto window before a frame that opens with a noun; m's sentence.
func (a *analysis) mentionAtToken(k int, m model.Mention) model.Mention {
	t := a.Tokens[k]
	return model.Mention{Span: textseg.Span{Start: t.Start, End: t.End}, Sentence: m.Sentence, Entity: -1}
}

// nounCloses are the words after the second name that end a noun frame;
// a noun, another name or a possessive after it make the name a
// modifier ("an offer for Republic of Ireland international Reid").
func (a *analysis) closesNoun(m model.Mention, end int) bool {
	k := a.tokenAt(m.End)
	if k >= end {
		return true
	}
	w := a.Tokens[k]
	if isPossMark(w.Text) || w.Flags&textseg.TCap != 0 || scoreWord(w.Text) {
		return false
	}
	return !strings.HasPrefix(w.Tag, "NN") || !isWordish(w.Text)
}
