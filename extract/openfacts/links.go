package openfacts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"

	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// futureModals state what is planned, which a news report asserts as
// firmly as what happened ("Arsenal will face Chelsea"); every other modal
// makes the tuple hypothetical, and those are dropped.
var futureModals = map[string]bool{"will": true, "'ll": true, "shall": true}

// findOpenFacts fills doc.OpenFacts. It runs last, after the demonym-only
// entities are pruned, so its entity indexes are final and it can leave
// out every pair a fixed-predicate fact already links in the same sentence.
//
// What is kept: tuples asserted by the text. Negated tuples ("did not
// buy"), hypothetical ones ("could buy") and clauses reported as someone's
// speech or belief ("X said Y bought Z", or inside a quotation) are
// dropped: they state a claim, not a link, and the graph has quotes for
// claims. Each (subject, key, object) is kept once per document, from its
// first sentence, as fixed facts are.
func (a *analysis) findOpenFacts() {
	doc := a.Doc
	if len(doc.Entities) < 2 || len(a.SentTokens) == 0 {
		return
	}
	fixed := make(map[[3]int]bool, len(doc.Facts))  // {sentence, entity, entity}, both orders
	linked := make(map[[2]int]bool, len(doc.Facts)) // the same pairs in any sentence
	for _, f := range doc.Facts {
		fixed[[3]int{f.Sentence, f.Subject, f.Object}] = true
		fixed[[3]int{f.Sentence, f.Object, f.Subject}] = true
		linked[[2]int{f.Subject, f.Object}] = true
		linked[[2]int{f.Object, f.Subject}] = true
	}
	seen := make(map[openKey]bool)
	// at: where each word-read link sits in doc.OpenFacts, so that the
	// parse's reading of the same link can lend it its confidence
	at := make(map[openKey]int)
	works := a.workEntities()
	for i := range doc.Sentences {
		if i >= len(a.SentTokens) {
			break
		}
		ms := a.openMentions(i)
		if len(ms) < 2 || !model.TwoEntities(ms) {
			continue
		}
		// role nouns between two names ("Microsoft founder Bill Gates"),
		// "P-based X" and the adjacent names of names.go need
		// no parse; the pairs they link are not read again from
		// the parse, whose "has" for the same words says less
		roled := make(map[[2]int]bool)
		links := append(append(a.roleLinks(i, ms), a.basedLinks(i, ms)...), a.adjacentLinks(i, ms)...)
		links = append(links, a.nounLinks(i, ms)...)      // nouns.go: "X's takeover of Y", "X, a division of Y"
		links = append(links, a.placeKindLinks(i, ms)...) // placekinds.go: "US tycoon Malcolm Glazer"
		links = append(links, a.toldLinks(i, ms)...)      // told.go: "Thanou told To Vima newspaper"
		if i == 0 {
			links = append(links, a.headlineLinks(ms, linked)...)
		}
		for _, f := range links {
			if fixed[[3]int{i, f.Subject, f.Object}] || works[f.Subject] || works[f.Object] {
				continue
			}
			roled[[2]int{f.Subject, f.Object}] = true
			roled[[2]int{f.Object, f.Subject}] = true
			k := openKey{f.Subject, f.Key, f.Object}
			if !seen[k] {
				seen[k] = true
				at[k] = len(doc.OpenFacts)
				doc.OpenFacts = append(doc.OpenFacts, f)
			}
		}
		// an apposed role ("X, an analyst at Y") is read from the words
		// only where the parse links the pair in no way of its own
		apposed := a.roleOfLinks(i, ms)
		if !a.Earlier.ParsedAlready(i) && !a.closePair(i, ms) {
			a.addRoleOf(apposed, nil, ms, fixed, works, roled, seen)
			continue
		}
		s := a.Earlier.Parsed(i)
		if s == nil {
			return
		}
		tuples := append(openie.Extract(s), nameLinks(s, ms, doc.Entities)...)
		direct := len(tuples)
		for _, t := range tuples[:direct] {
			tuples = append(tuples, laterObliques(s, t, ms)...)
		}
		// the pairs linked in this sentence: a later oblique adds a
		// link only where no reading of the sentence gave one
		paired := make(map[[2]int]bool)
		for n, t := range tuples {
			sub, obj, key, label, why := a.openLink(i, s, t, ms, fixed, works)
			if why == "" && roled[[2]int{sub, obj}] {
				why = "role link"
				// the same link read from the words and from the parse
				// ("X told Reuters"): one fact, as sure as the surer
				// reading
				if k, ok := at[openKey{sub, key, obj}]; ok && t.Confidence > doc.OpenFacts[k].Confidence {
					doc.OpenFacts[k].Confidence = t.Confidence
				}
			}
			if why == "" && n >= direct && paired[[2]int{sub, obj}] {
				why = "pair linked"
			}
			if Trace != nil {
				Trace(doc, i, s, t, why)
			}
			if why != "" {
				continue
			}
			objs := []int{obj}
			if t.Clause != openie.Poss {
				// "Fatboy Slim's Palookaville and The Prodigy's ...":
				// a possessive's list is of owners and owned alike
				objs = append(objs, conjoinedObjects(s, t, sub, obj, ms, doc.Entities)...)
			}
			subs := append([]int{sub}, conjoinedSubjects(s, t, sub, obj, ms, doc.Entities)...)
			for _, su := range subs {
				for _, o := range objs {
					if (o != obj || su != sub) && (o == su || fixed[[3]int{i, su, o}] || works[o] || works[su] || roled[[2]int{su, o}] ||
						a.cutShort(i, o, -1, s, ms) || a.cutShort(i, su, -1, s, ms)) {
						continue
					}
					paired[[2]int{su, o}] = true
					paired[[2]int{o, su}] = true
					k := openKey{su, key, o}
					if seen[k] {
						continue
					}
					seen[k] = true
					rule := "openie:" + string(t.Clause)
					if n >= direct {
						rule = "openie:oblique"
					}
					doc.OpenFacts = append(doc.OpenFacts, model.OpenFact{
						Subject: su, Object: o, Key: key, Label: label,
						Sentence: i, Rule: rule, Confidence: t.Confidence,
					})
				}
			}
		}
		a.addRoleOf(apposed, paired, ms, fixed, works, roled, seen)
	}
}

// conjoinedObjects are the names joined by "and" to the name the object
// of tuple t was read as, each linked the same way: "beat Marcia Cross
// and Felicity Huffman", "has offices in Paris and Berlin". Only names of
// the object's own kind (two places, or the same type) count: a name of
// another kind after "and" more often opens a clause or list of its own
// ("Rangers beat Hibs and Celtic drew"), and "or" offers alternatives.
func conjoinedObjects(s *syntax.Sentence, t openie.Tuple, sub, obj int, ms []model.Mention, ents []model.Entity) []int {
	head := -1
	for _, a := range t.Args[1:] {
		for k := a.Span.Start; k < a.Span.End && k < len(s.Head); k++ {
			if k < 0 || entityOfToken(s, k, ms) != obj {
				continue
			}
			if h := s.Head[k] - 1; h < 0 || entityOfToken(s, h, ms) != obj {
				head = k
				break
			}
		}
		if head >= 0 {
			break
		}
	}
	if head < 0 {
		return nil
	}
	conj := andList(s, head, func(c int) bool { return s.Head[c]-1 == head })
	var out []int
	for _, c := range conj {
		if s.UPOS[c] != "PROPN" || possessor(s, c) || ownClause(s, c) {
			continue
		}
		if e := entityOfToken(s, c, ms); e >= 0 && e != sub && e != obj && listKind(ents, e) == listKind(ents, obj) {
			out = append(out, e)
		}
	}
	return out
}

// ownClause reports whether name c has a clause or a predicate of its
// own hung on it or right after it ("drawn at home to Stoke and Chelsea
// will play host", parsed with Chelsea a second object), or owns the noun
// after it: it opens a new statement or phrase.
func ownClause(s *syntax.Sentence, c int) bool {
	end := c + 1
	for end < len(s.Head) && s.Head[end]-1 >= c && s.Head[end]-1 < end && s.Deprel[end] == "flat" {
		end++
	}
	if swallowsClause(s, c) || end < len(s.Head) && (s.UPOS[end] == "AUX" || s.UPOS[end] == "VERB" || isPossMark(s.Words[end])) {
		// "... and Chelsea will play host": the name's own verb;
		// "Dechy of France and Russia's Elena Dementieva": an owner
		return true
	}
	return hasClause(s, c)
}

// apposedName is the entity of the name that common noun h stands in
// apposition to ("Ebbers, a businessman who built up WorldCom"), for a
// relative clause on h whose verb is p; -1 when there is none, or when
// a phrase between the noun and the clause offers another antecedent
// ("Roukis, an analyst at fund manager Matrix, which has shares in GE").
func apposedName(s *syntax.Sentence, h, p int, ms []model.Mention) int {
	if h < 0 || h >= len(s.Head) || s.UPOS[h] != "NOUN" || s.Deprel[h] != "appos" {
		return -1
	}
	for k := h + 1; k < p && k < len(s.Head); k++ {
		if s.Head[k]-1 == h && strings.HasPrefix(s.Deprel[k], "nmod") {
			return -1
		}
	}
	n := s.Head[h] - 1
	if n < 0 || s.UPOS[n] != "PROPN" {
		return -1
	}
	return entityOfToken(s, n, ms)
}

// Trace, when set (by a measuring test), sees every tuple openie
// finds in a parsed sentence and why it was left out ("" when kept): the
// filters are tuned by counting what each removes on a corpus.
var Trace func(doc *model.Document, sentence int, s *syntax.Sentence, t openie.Tuple, why string)

// Ends is the entity each end of tuple t would be read as (-1 for none),
// with the sentence's mentions ms: what a Trace reader needs to tell
// which left-out tuples held two entities.
func Ends(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) (sub, obj int) {
	if len(t.Args) < 2 {
		return -1, -1
	}
	obj, _, _ = objectOf(s, t, ms)
	return entityAt(s, t.Args[0], ms), obj
}

// openLink reads tuple t of sentence i as a link between two entities:
// their indexes, the relation's key and label, or the reason it states
// no such link.
func (a *analysis) openLink(i int, s *syntax.Sentence, t openie.Tuple, ms []model.Mention, fixed map[[3]int]bool, works map[int]bool) (sub, obj int, key, label, why string) {
	doc := a.Doc
	switch {
	case t.Negated:
		return -1, -1, "", "", "negated"
	case t.Attribution != "" && selfReport(s, t, ms, doc.Entities) < 0 && !factiveReport(s, t):
		return -1, -1, "", "", "reported"
	case len(t.Args) < 2 || t.Key == "":
		return -1, -1, "", "", "no object"
	case t.Modality != "" && !futureModals[t.Modality] && !reportedWill(t):
		return -1, -1, "", "", "modal"
	case !asserted(s, t) && !announcedNoun(s, t):
		return -1, -1, "", "", "not asserted"
	case borrowedSubject[t.SubjectFrom] && !safeBorrow(s, t):
		return -1, -1, "", "", "borrowed subject"
	case unrealised(s, t.Predicate) || hedged(s, t):
		return -1, -1, "", "", "unrealised"
	case t.SubjectFrom == "conj" && !coordinatedVerb(s, t):
		return -1, -1, "", "", "conj subject"
	case conditional(s, t.Predicate):
		return -1, -1, "", "", "conditional"
	case clauseObject(s, t):
		return -1, -1, "", "", "clause object"
	case len(t.Args) > 0 && t.Args[0].Head >= 0 && t.Args[0].Head < textseg.DatelineEnd(a.Tokens[a.SentTokens[i].Start:a.SentTokens[i].End]):
		return -1, -1, "", "", "dateline subject" // relations_datelines.go
	}
	if t.Clause == openie.Poss && !possMarked(s, t.Args[0]) {
		// "Olympic champion Stefano Baldini, world champion Jaouad
		// Gharib": the parse read a list as a possessive no "'s" marks
		return -1, -1, "", "", "unmarked possessor"
	}
	if t.Clause != openie.Poss && possessor(s, t.Args[0].Head) {
		return -1, -1, "", "", "possessor subject"
	}
	if sub = entityAt(s, t.Args[0], ms); sub < 0 && t.Attribution != "" {
		// "Gazprom said it had bought X": the pronoun no resolver
		// reached is the speaker
		sub = selfReport(s, t, ms, doc.Entities)
	}
	if sub < 0 && t.Clause != openie.Poss {
		sub = a.describedPerson(s, t.Args[0].Head, ms) // descriptors.go: "Striker Novo secured"
	}
	if sub < 0 && t.Clause != openie.Poss && t.Args[0].Head >= 0 && t.Args[0].Head < len(s.Head) && s.UPOS[t.Args[0].Head] == "NOUN" {
		sub = splitSubject(s, t.Args[0].Head, ms)
	}
	if sub < 0 && t.SubjectFrom == "relcl" {
		// "Bernie Ebbers, a charismatic businessman who built up
		// WorldCom": the relative clause describes the name
		sub = apposedName(s, t.Args[0].Head, t.Predicate, ms)
		if sub < 0 {
			sub = relativeName(s, t, ms, doc.Entities)
		}
	}
	if sub < 0 && t.SubjectFrom == "acl" && apposedAgent(s, t) {
		// "Solidere, the Lebanese company founded by Rafik Hariri":
		// the participle describes the name through its noun
		sub = apposedName(s, t.Args[0].Head, t.Predicate, ms)
	}
	if sub < 0 && t.Clause != openie.Poss && t.Attribution == "" {
		sub = a.pronounSubject(i, s, t.Args[0].Head, ms)
	}
	if e := nameBeforeVerb(s, t, ms); sub >= 0 && e >= 0 {
		sub = e
	}
	if sub >= 0 && t.Clause == openie.Poss {
		sub = listPossessor(s, t.Args[0], sub, ms)
	}
	if sub < 0 {
		return -1, -1, "", "", "subject no entity"
	}
	if t.Clause != openie.Poss && fixtureVerbNoun(s, t.Args[0]) {
		return -1, -1, "", "", "fixture verb read as a noun"
	}
	if alternative(s, t.Args[0].Head) {
		// "Kessler or Orbis will buy the firm": one of them will, of
		// neither for certain (objects are checked below)
		return -1, -1, "", "", "alternative subjects"
	}
	if participleOnName(s, t) {
		return -1, -1, "", "", "participle on a name"
	}
	if roleAsVerb(s, t) {
		return -1, -1, "", "", "role noun read as a verb"
	}
	if len(t.Args) > 1 && swallowsClause(s, t.Args[1].Head) {
		// "beat Asagoe and 18-year-old Mirza beat Kostanic": the
		// object is the subject of a clause of its own
		return -1, -1, "", "", "object opens a clause"
	}
	if obj, key, label = objectOf(s, t, ms); obj < 0 && t.Clause == openie.Appos && doc.Entities[sub].Type == model.Person {
		obj, key, label = possessedRole(s, t, ms)
	}
	if obj < 0 && t.Clause != openie.Appos && t.Clause != openie.Poss {
		if obj = a.describedPerson(s, t.Args[1].Head, ms); obj >= 0 {
			key, label = t.Key, t.Relation // "beat Hungarian Petra Mandula"
		}
	}
	if obj < 0 {
		return -1, -1, "", "", "object no entity"
	}
	if key == t.Key && obj == entityAt(s, t.Args[1], ms) {
		if p := titledPerson(s, t.Args[1].Head, ms, doc.Entities); p >= 0 {
			obj = p // titles.go: "met Russian President Vladimir Putin"
		}
	}
	if key == t.Key && !asserted(s, t) {
		// an announced noun links only through its own words ("a
		// deal with X"); "announced X" alone is what X announced
		return -1, -1, "", "", "not asserted"
	}
	if t.Clause != openie.Poss && alternative(s, t.Args[1].Head) {
		// "will play Patience or Schuettler": neither is stated
		return -1, -1, "", "", "alternative"
	}
	if t.Clause != openie.Poss && key == t.Key && (possessor(s, t.Args[1].Head) || a.possessedBy(s, t.Args[1].Head, ms)) {
		return -1, -1, "", "", "possessor object"
	}
	if ot := doc.Entities[obj].Type; t.Clause == openie.Place && !ot.IsPlace() && (ot != model.Event || doc.Entities[sub].Type == model.Event) {
		// "X in Y" says where X is, or what X takes part in, only when
		// Y is a place or an event: between other names it is one name
		// ("Interactive Media in Retail Group"), between two events a
		// list ("the Champions League in the Carling Cup")
		return -1, -1, "", "", "place not a place"
	}
	if t.Clause == openie.Poss && key != t.Key && superlative(s, t.Args[1]) {
		// "Europe's biggest tent on Glasgow Green": a ranking ("India's
		// biggest firm Reliance" names the firm and is kept)
		return -1, -1, "", "", "superlative"
	}
	switch {
	case t.Clause == openie.Poss && key == "have" && doc.Entities[obj].Type == model.Event:
		// "Paula's Olympics", "Munster's Heineken Cup tie": one takes
		// part in an event, never owns it (none right of five on the
		// judged sheets)
		return -1, -1, "", "", "owned event"
	case obj == sub:
		return -1, -1, "", "", "same entity"
	case fixed[[3]int{i, sub, obj}]:
		return -1, -1, "", "", "fixed fact"
	case works[sub] || works[obj]:
		return -1, -1, "", "", "work"
	case a.nounReadAsVerb(i, s, t):
		return -1, -1, "", "", "noun as verb"
	case a.cutShort(i, sub, t.Args[0].Head, s, ms) || a.cutShort(i, obj, -1, s, ms):
		return -1, -1, "", "", "cut short"
	case len(t.RelTokens) > 0 && a.inQuote(s.Starts[t.RelTokens[0]]):
		return -1, -1, "", "", "in quote"
	case len(t.Args) > 1 && t.Args[1].Head >= 0 && t.Args[1].Head < len(s.Starts) && a.inQuote(s.Starts[t.Args[1].Head]):
		// 'observed, "With Fightstar, Charlie has ..."': the words
		// quoted are what was said, not the verb's object
		return -1, -1, "", "", "object in quote"
	case t.Args[0].Head >= 0 && t.Args[0].Head < len(s.Starts) && a.inQuote(s.Starts[t.Args[0].Head]):
		// '"That's just Kelly," explains Cram': a name inside the
		// quotation is no argument of the verb outside it
		return -1, -1, "", "", "subject in quote"
	}
	return sub, obj, key, label, ""
}

// reportedWill reports a "would" that is "will" moved into the past by a
// saying verb: "Yukos said it would sue X" states a plan as firmly as
// "Yukos will sue X" (the clause reaches here only as the speaker's own
// act). "would love to", "would like to" are wishes, not plans.
func reportedWill(t openie.Tuple) bool {
	if t.Modality != "would" || t.Attribution == "" {
		return false
	}
	first, _, _ := strings.Cut(t.Key, "_")
	switch first {
	case "love", "like", "prefer", "want", "hope", "rather":
		return false
	}
	return true
}

// selfReportVerbs announce or state what the speaker itself did: "Sony
// said it had bought X", "Tulu confirmed she will run in Y". Verbs of
// belief, hope or contention ("insisted", "believes") are not here: what
// one claims or expects of oneself is still a claim.
var selfReportVerbs = map[string]bool{
	"say": true, "announce": true, "confirm": true, "reveal": true, "admit": true,
	"add": true, "tell": true, "explain": true, "state": true, "disclose": true,
}

// selfReport is the speaker's entity when tuple t is the content clause
// of a saying verb whose subject is that speaker, standing for itself in
// a pronoun subject of t: the speaker reporting its own act ("Ferguson
// said he sold Stam", "Gazprom announced it had bought Y"); else -1. A
// news report passes such statements on as facts; what one party says
// of another stays a claim. The clause must be the verb's complement (or
// a clause coordinated with it), not a parenthetical "..., X said" over
// someone else's clause. A pronoun no resolver reached stands for the
// speaker when it agrees with it ("it" a body, "he" a person).
func selfReport(s *syntax.Sentence, t openie.Tuple, ms []model.Mention, ents []model.Entity) int {
	p, subj := t.Predicate, t.Args[0].Head
	if p < 0 || p >= len(s.Head) || subj < 0 || subj >= len(s.Head) || s.UPOS[subj] != "PRON" {
		return -1
	}
	if s.Deprel[p] == "conj" {
		p = s.Head[p] - 1
	}
	if p < 0 || s.Deprel[p] != "ccomp" {
		return -1
	}
	v := s.Head[p] - 1
	if v < 0 || !selfReportVerbs[strings.ToLower(s.Lemmas[v])] || negatedWord(s, v, "advmod") {
		return -1
	}
	speaker := -1
	for k := range s.Head {
		if s.Head[k]-1 == v && s.Deprel[k] == "nsubj" {
			speaker = k
			break
		}
	}
	if speaker < 0 || s.UPOS[speaker] == "PRON" {
		// "he said he bought X": whose act it was stays one step away
		return -1
	}
	e := entityAt(s, openie.Arg{Head: speaker, Span: openie.Span{Start: speaker, End: speaker + 1}}, ms)
	if e < 0 || e >= len(ents) {
		return -1
	}
	if own := entityAt(s, t.Args[0], ms); own >= 0 {
		if own == e {
			return e
		}
		return -1
	}
	switch strings.ToLower(s.Words[subj]) {
	case "he", "she":
		if ents[e].Type == model.Person {
			return e
		}
	case "it":
		if ents[e].Type == model.Organization {
			return e
		}
	}
	return -1
}

// maxPairGap is the most words between two mentions of different
// entities for a sentence to be parsed for open facts. Parsing is most of
// extraction's cost; on the BBC corpus sentences whose closest pair is
// further apart are a fifth of the two-entity sentences and hold one in
// twenty of the sentences with open facts.
const maxPairGap = 8

// closePair reports whether sentence i has two mentions of different
// entities at most maxPairGap words apart and linked by words a relation
// can be read from: a verb, a preposition or a possessive between them, a
// comma opening an apposition, or one lower-case word. Names merely
// listed ("X and Y", "X, Y, Z"), with only nouns and adjectives between
// ("Japanese rival Nissan", "Chelsea striker Didier Drogba": the role
// links read those without a parse), or on either side of a quotation
// mark (a speaker and a name in the quote) do not ask for a parse. On the
// BBC corpus such sentences are a seventh of the words the open relations
// parsed, and one in a hundred of them yielded an open fact.
func (a *analysis) closePair(i int, ms []model.Mention) bool {
	toks := a.Earlier.SentenceTokens(i) // the tags say which words link
	for j := range ms {
		for k := j + 1; k < len(ms); k++ {
			if ms[j].Entity < 0 || ms[k].Entity < 0 || ms[j].Entity == ms[k].Entity || ms[k].Start < ms[j].End {
				continue
			}
			n, linked, quoted, appos, only := 0, false, false, false, ""
			for _, t := range toks {
				if t.Start >= ms[j].End && t.End <= ms[k].Start {
					// ", the SEC's chief accountant", ", Mr Kuchma's
					// son-in-law", "In the UK, satellite broadcaster
					// BSkyB": a comma before a phrase, not a list's
					// next name
					appos = appos || n > 0 && only == "," && (unicode.IsLower(rune(t.Text[0])) || titleWord(t.Text))
					n++
					linked = linked || linkWord(t)
					quoted = quoted || isDoubleQuote(t.Text)
					only = t.Text
				}
			}
			if n == 1 && (only == "and" || only == "," || only == "or") || n > maxPairGap || quoted {
				continue
			}
			// one lower-case word that is no role noun is a verb the
			// tagger took for a noun ("Airbus overtook/NN Boeing")
			if linked || appos || n == 1 && isWordish(only) && only == strings.ToLower(only) && !headRole(only) {
				return true
			}
		}
	}
	return false
}

// linkWord reports a word between two names that a relation between them
// can be read from: a verb or modal, a preposition, "to" or a possessive.
func linkWord(t textseg.Token) bool {
	switch {
	case strings.HasPrefix(t.Tag, "VB"), t.Tag == "MD", t.Tag == "IN", t.Tag == "TO", t.Tag == "POS":
		return true
	}
	return isPossMark(t.Text)
}

type openKey struct {
	s int
	k string
	o int
}

// entityAt is the entity whose mention holds the head word of arg, or
// -1. When mentions nest, the innermost wins. A common noun followed by
// a name in apposition or hung on it as a compound ("Spain coach, Luis
// Aragones"; "vice-chairman David Dein" misparsed) is read as the name.
func entityAt(s *syntax.Sentence, arg openie.Arg, ms []model.Mention) int {
	e := entityOfToken(s, arg.Head, ms)
	if e >= 0 || arg.Head < 0 || arg.Head >= len(s.Head) {
		return e
	}
	if s.UPOS[arg.Head] == "PROPN" && titleWord(s.Words[arg.Head]) {
		// "Mr Ebbers transformed Worldcom", "Chancellor Gerhard
		// Schroeder's party": the parse heads the name by its title,
		// which no mention holds
		for k := arg.Head + 1; k < len(s.Head) && k <= arg.Head+3; k++ {
			if s.Head[k]-1 == arg.Head && s.Deprel[k] == "flat" {
				return entityOfToken(s, k, ms)
			}
		}
		return -1
	}
	if s.UPOS[arg.Head] != "NOUN" {
		return e
	}
	if outletNouns[textseg.Lower(s.Words[arg.Head])] {
		if e := outletOwner(s, arg.Head, ms); e >= 0 {
			return e
		}
	}
	for k := arg.Head + 1; k < len(s.Head); k++ {
		if s.Head[k]-1 != arg.Head {
			continue
		}
		switch s.Deprel[k] {
		case "appos", "flat", "compound":
			// "Spain coach, Luis Aragones", "vice-chairman David Dein"
			// parsed with the title as head
			return entityOfToken(s, k, ms)
		}
	}
	return -1
}

// splitSubject reads a role noun subject that the parse split from the
// name right after it, making both subjects of the verb: "Statistics
// chief Li Deshui told Reuters", "financial watchdog BaFin told BBC
// News". The name's words must follow the noun directly and its head
// must be a second subject of the same verb; the name's entity, or -1.
func splitSubject(s *syntax.Sentence, h int, ms []model.Mention) int {
	if !strings.HasPrefix(s.Deprel[h], "nsubj") || h+1 >= len(s.Head) || s.UPOS[h+1] != "PROPN" {
		return -1
	}
	for k := h + 1; k < len(s.Head) && s.UPOS[k] == "PROPN"; k++ {
		if s.Head[k] == s.Head[h] && s.Deprel[k] == s.Deprel[h] {
			e := entityOfToken(s, k, ms)
			if e >= 0 && entityOfToken(s, h+1, ms) == e {
				return e
			}
			return -1
		}
		if s.Head[k]-1 <= k {
			return -1 // a word of the name hung elsewhere: no name of its own
		}
	}
	return -1
}

// outletNouns name a medium or a team that the name before them is:
// "told the Reuters news agency", "told the BBC News website", "the
// Kommersant newspaper", "owns the Tampa Bay Buccaneers team", "captained
// the England side". Products ("network", "service", "show") are not
// here: "the Sky digital satellite service" is no party.
var outletNouns = map[string]bool{
	"agency": true, "newspaper": true, "paper": true, "website": true, "site": true,
	"programme": true, "magazine": true, "channel": true, "station": true,
	"team": true, "side": true, "squad": true,
}

// outletOwner is the entity named right before outlet noun h, with at
// most two lower-case compound nouns between ("Reuters news agency"), or
// -1.
func outletOwner(s *syntax.Sentence, h int, ms []model.Mention) int {
	k := h - 1
	for n := 0; k >= 0 && n < 2 && s.UPOS[k] == "NOUN" && s.Deprel[k] == "compound" && !capitalised(s.Words[k]); n++ {
		k--
	}
	if k < 0 || !capitalised(s.Words[k]) || s.Deprel[k] != "compound" {
		return -1
	}
	best, bestLen := -1, 0
	for _, m := range ms {
		if m.Entity < 0 || s.Starts[k] < m.Start || s.Ends[k] > m.End || m.End > s.Ends[k] {
			continue // the mention must end at the word before the noun
		}
		if n := m.End - m.Start; best < 0 || n < bestLen {
			best, bestLen = m.Entity, n
		}
	}
	return best
}

func capitalised(w string) bool { return w != "" && unicode.IsUpper([]rune(w)[0]) }

// titleWord reports an honorific or a capitalised role title that the
// entity layer keeps out of the name it stands before ("Mr", "Dr",
// "Chancellor", "President").
//
// An ASCII word is lower-cased into a buffer on the stack (a map look-up
// of string(bytes) copies nothing): the open relations ask it of the
// capitalised words of every parsed sentence.
func titleWord(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return titleWordLower(textseg.Lower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return titleWordLower(textseg.Lower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	if _, ok := lexicon.Honorifics[string(lw)]; ok {
		return true
	}
	return lexicon.RoleHeads[string(lw)]
}

// titleWordLower is titleWord of a word already in lower case.
func titleWordLower(lw string) bool {
	if _, ok := lexicon.Honorifics[lw]; ok {
		return true
	}
	return lexicon.RoleHeads[lw]
}

// borrowedSubject are the ways openie lends a clause the subject of
// another one that most often pick the wrong entity in news text: an
// adverbial clause ("replacing injured Xabi Alonso" given to the manager
// quoted after it), a participle modifying a noun, a controlled
// infinitive. On the judged samples about half such facts were wrong.
var borrowedSubject = map[string]bool{"advcl": true, "acl": true, "xcomp": true}

// doubtWords are the words under which a clause is reported, alleged or
// denied rather than stated ("denied accusations that he threatened X",
// "reports that X will return"): openie marks only saying verbs.
var doubtWords = map[string]bool{
	"deny": true, "denial": true, "accusation": true, "accuse": true, "allege": true, "allegation": true,
	"rumour": true, "rumor": true, "speculation": true, "speculate": true, "claim": true,
	"suggest": true, "suggestion": true, "report": true,
}

// propositionVerbs take a clause as object ("revealed Gallas will play",
// "said costs in North America would hurt"); a name in their object
// slot is the subject of a clause the parse cut short, not a link.
var propositionVerbs = map[string]bool{
	"say": true, "reveal": true, "admit": true, "insist": true, "claim": true, "believe": true,
	"think": true, "announce": true, "expect": true, "suggest": true, "report": true,
	"confirm": true, "deny": true, "hope": true, "fear": true, "warn": true, "predict": true,
	"know": true, "feel": true, "argue": true, "concede": true,
}

// asserted reports whether a tuple is stated by the text: not under a
// word of doubt or denial, not a proposition verb's misparsed object,
// and not a capitalised word inside a title read as a verb ("Meet the
// Fockers").
func asserted(s *syntax.Sentence, t openie.Tuple) bool {
	first, rest, _ := strings.Cut(t.Key, "_")
	if propositionVerbs[first] && !(first == "know" && rest != "") {
		// "known as the Salween", "known for his work with the
		// Beatles" name, they take no clause
		return false
	}
	p := t.Predicate
	if p < 0 || p >= len(s.Head) {
		return true
	}
	switch t.Clause {
	case openie.Poss, openie.Appos, openie.Place, "nmod":
	default:
		if w := s.Words[p]; p > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	for k, h, n := p, s.Head[p]-1, 0; h >= 0 && h < len(s.Head) && n < len(s.Head); k, h, n = h, s.Head[h]-1, n+1 {
		if strings.HasPrefix(s.Deprel[k], "acl") && strings.HasPrefix(s.Deprel[h], "nsubj") && s.Head[h] > 0 && s.UPOS[s.Head[h]-1] == "VERB" {
			// "The OSI, financed by George Soros, has accused X": a
			// clause describing the subject is the writer's, not
			// part of what the subject's verb doubts
			break
		}
		if doubtWords[strings.ToLower(s.Lemmas[h])] {
			return false
		}
	}
	// a negation openie does not see: on a verb this one is chained to
	// ("are not going to sit around and let X"), on a verb whose
	// clause this is ("did not mean that Libya had cut its ties with
	// X"), or on the object ("had no formal contact with X")
	for h, n := p, 0; h >= 0 && h < len(s.Head) && n < 6; h, n = s.Head[h]-1, n+1 {
		if h != p && negatedWord(s, h, "advmod") {
			return false
		}
		if r := s.Deprel[h]; r != "xcomp" && r != "conj" && r != "ccomp" {
			break
		}
	}
	for _, arg := range t.Args[:min(2, len(t.Args))] {
		// "had no formal contact with X", "there was no Paula
		// Radcliffe in the London Marathon"
		if arg.Head >= 0 && arg.Head < len(s.Head) && negatedWord(s, arg.Head, "det") {
			return false
		}
	}
	return true
}

// announceVerbs make public a thing done or planned: what they announce
// as a noun ("Umbro announced its sponsorship agreement with Chelsea",
// "Cairn confirmed oil finds in India") is stated, unlike a clause they
// report.
var announceVerbs = map[string]bool{"announce": true, "confirm": true, "unveil": true}

// announcedNoun reports a tuple whose verb announces a common noun, its
// direct object, under no other doubt: its link is read through that
// noun only (openLink checks the key).
func announcedNoun(s *syntax.Sentence, t openie.Tuple) bool {
	first, _, _ := strings.Cut(t.Key, "_")
	if !announceVerbs[first] || len(t.Args) < 2 {
		return false
	}
	o := t.Args[1].Head
	if o < 0 || o >= len(s.Head) || s.UPOS[o] != "NOUN" || s.Deprel[o] != "obj" || s.Head[o]-1 != t.Predicate {
		return false
	}
	defer func(k string) { t.Key = k }(t.Key)
	t.Key = "x" // asserted's other checks: doubt, negation, a title read as a verb
	return asserted(s, t)
}

// negatedWord reports whether token h has a dependent of relation rel
// that negates it ("not", "n't", "never", "no").
func negatedWord(s *syntax.Sentence, h int, rel string) bool {
	for k := range s.Head {
		if s.Head[k]-1 == h && s.Deprel[k] == rel {
			switch strings.ToLower(s.Words[k]) {
			case "not", "n't", "never", "no":
				return true
			}
		}
	}
	return false
}

// objectOf finds the entity a tuple links its subject to, with the
// relation's key and label: the second argument when its head is a name
// (not in an apposition, which names one entity twice: two different
// entities there are a list or a misparse, "S Jones, Clermont Auvergne");
// else the name the second argument's noun governs ("X, an economist at
// Y"); else a name in a later prepositional argument after a short object
// ("signed a deal with Y"). obj is -1 when there is none.
func objectOf(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) (obj int, key, label string) {
	if obj = entityAt(s, t.Args[1], ms); obj >= 0 {
		if t.Clause == openie.Appos {
			return -1, "", ""
		}
		return obj, t.Key, t.Relation
	}
	if obj = recipient(s, t, ms); obj >= 0 {
		return obj, t.Key, t.Relation
	}
	if obj, words, lemmas := throughNoun(s, t.Args[1], t.Clause == openie.Appos || t.Clause == openie.SVC, ms); obj >= 0 {
		return obj, joinKey(t.Key, lemmas...), strings.Join(append([]string{t.Relation}, words...), " ")
	}
	if obj = splitObject(s, t, ms); obj >= 0 {
		return obj, t.Key, t.Relation // splitobjects.go: "married actress Jane Corr"
	}
	if t.Clause != openie.Poss && t.Clause != openie.Appos && t.Clause != openie.SVOO {
		// two objects: the parse mostly split a noun phrase ("US rapper
		// The Game is Dr Dre's latest protege")
		if obj, words, noun := possessedNoun(s, t.Args[1], t.Predicate, ms); obj >= 0 {
			return obj, joinKey(t.Key, noun, "of"), strings.Join(append(append([]string{t.Relation, "the"}, words...), "of"), " ")
		}
	}
	second := t.Args[1]
	h := second.Head
	if t.Clause != openie.Appos && isScore(s, h) {
		return scoreObject(s, t, ms)
	}
	if t.Clause == openie.SVO || t.Clause == openie.SVOA {
		if obj, label, prep := shareObject(s, second, ms); obj >= 0 {
			return obj, joinKey(t.Key, "share", prep), t.Relation + " " + label
		}
	}
	if t.Clause == openie.Appos || second.Span.Len() <= 0 || second.Span.Len() > maxNounPhrase ||
		h < 0 || h >= len(s.UPOS) || s.UPOS[h] != "NOUN" || !plainPhrase(s, second.Span, ms) {
		return -1, "", ""
	}
	for _, a := range t.Args[2:] {
		if a.Role != "obl" || a.Span.Len() <= 0 {
			continue
		}
		e := nameDescribed(s, a.Head, ms)
		c := s.CaseOf(a.Head)
		if e < 0 || c < 0 || c != a.Span.Start || !describedCase(s, c, a.Head, ms) {
			continue
		}
		prep := keyWord(s.Lemmas[c])
		noun := keyWord(s.Lemmas[h])
		if prep == "" || noun == "" {
			continue
		}
		words := append([]string{t.Relation}, s.Words[second.Span.Start:second.Span.End]...)
		return e, joinKey(t.Key, noun, prep), strings.Join(append(words, s.Words[c]), " ")
	}
	return -1, "", ""
}

// givingVerbs take a recipient before the thing given: "gave Fiat a put
// option". On the BBC corpus other verbs read with two objects are
// misparses about half the time ("will test Liverpool with a bid",
// "marking EastEnders' 20th anniversary", "played Hunter S Thompson in").
var givingVerbs = map[string]bool{
	"give": true, "pay": true, "lend": true, "send": true, "offer": true, "award": true,
	"hand": true, "grant": true, "sell": true, "owe": true, "show": true, "tell": true,
	"promise": true, "loan": true, "bring": true, "teach": true, "leave": true, "cost": true,
	"lent": true, // the lemmatiser leaves "lent" as it is ("China lent Russia $6bn")
}

// recipient is the entity named as the indirect object of a verb of
// giving whose direct object names none, or -1: "GM will pay Fiat $2bn",
// "Ofcom offered BT the choice", "Iran gave Arash Miresmaeili a reward".
// openie puts the direct object first, so the one who receives is
// otherwise never read. The recipient stands between the verb and the
// direct object, as English puts it, and owns nothing: elsewhere the two
// objects are a misparse.
func recipient(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) int {
	p := t.Predicate
	if t.Clause != openie.SVOO || t.Args[1].Span.Len() <= 0 || p < 0 || p >= len(s.Lemmas) || !givingVerbs[strings.ToLower(s.Lemmas[p])] {
		return -1
	}
	for _, a := range t.Args[2:] {
		if a.Role != "obj" && a.Role != "iobj" || a.Head <= t.Predicate || a.Span.End > t.Args[1].Span.Start || possessor(s, a.Head) {
			continue
		}
		if e := entityAt(s, a, ms); e >= 0 {
			return e
		}
	}
	return -1
}

func joinKey(key string, more ...string) string {
	return strings.Join(append([]string{key}, more...), "_")
}

// plainPhrase reports whether a span is a short noun phrase without
// punctuation, names or mentions, fit to sit inside a relation label.
func plainPhrase(s *syntax.Sentence, sp openie.Span, ms []model.Mention) bool {
	for k := sp.Start; k < sp.End; k++ {
		if s.UPOS[k] == "PUNCT" || s.UPOS[k] == "PROPN" || s.UPOS[k] == "VERB" || entityOfToken(s, k, ms) >= 0 {
			return false
		}
	}
	return true
}

// linkPreps are the prepositions by which one name qualifies another
// inside a noun phrase: "David Noone from Intervoice", "Gordon Bullock of
// Scotland", "Jill Shannon at Harvard".
var linkPreps = map[string]bool{"from": true, "of": true, "at": true}

// nameLinks reads "NAME prep NAME" noun phrases, which openie leaves
// inside one argument, as tuples of clause type "nmod": the first name is
// "from" (or "of", "at") the second. The first must be a person: between
// places and teams the phrase is no link ("entering the UK from the EU",
// "face France at Twickenham").
func nameLinks(s *syntax.Sentence, ms []model.Mention, ents []model.Entity) []openie.Tuple {
	var out []openie.Tuple
	for m := range s.Head {
		h := s.Head[m] - 1
		if h < 0 || h >= m || s.Deprel[m] != "nmod" || s.UPOS[h] != "PROPN" {
			continue
		}
		if s.UPOS[m] != "PROPN" && (s.UPOS[m] != "NOUN" || entityOfToken(s, m, ms) >= 0 || nameDescribed(s, m, ms) < 0) {
			// "Nadia Magnenat-Thalman of the Swiss research group
			// MiraLab": a common noun may describe the second name;
			// one standing for a name itself ("from the company")
			// is coreference, often of the wrong name
			continue
		}
		c := s.CaseOf(m)
		if c < 0 || c <= h || !linkPreps[strings.ToLower(s.Words[c])] {
			continue
		}
		if e := entityOfToken(s, h, ms); e < 0 || e >= len(ents) || ents[e].Type != model.Person {
			continue
		}
		prep := strings.ToLower(s.Words[c])
		rel := "is " + prep
		if prep == "of" {
			rel = prep
		}
		out = append(out, openie.Tuple{
			Relation: rel, Key: "be_" + prep, Predicate: h, RelTokens: []int{c},
			Args: []openie.Arg{
				{Span: openie.Span{Start: h, End: h + 1}, Head: h, Role: "subj"},
				{Span: openie.Span{Start: m, End: m + 1}, Head: m, Role: "obj"},
			},
			Clause: "nmod", Confidence: 0.5,
		})
	}
	return out
}

// maxNounPhrase bounds the words between an object's first word and the
// preposition that leads to a name, so that a relation label stays a
// phrase ("is an economist at") and never a clause.
const maxNounPhrase = 4

// throughNoun reads an object whose head is a common noun modified by a
// prepositional phrase headed by a name ("an economist at AG Edwards",
// "the European home of Mickey Mouse", "a glimpse of ..."): it returns that
// name's entity, the object's words up to and with the preposition (to
// extend the relation label) and the noun's and preposition's lemmas (to
// extend the key). The noun phrase must be short and free of punctuation
// and names, so the label stays a phrase about the two entities. When the
// noun names a role (role: an apposition or a copula's complement, "X,
// chief US economist at Y", "X was head of the referees for Y"), a
// one-word name may modify it and "of FIELD" may stand before the
// preposition; elsewhere those read more often as misparses ("China's
// Shanda buys stake in Sina", "the SP2 upgrade for Windows XP").
func throughNoun(s *syntax.Sentence, arg openie.Arg, role bool, ms []model.Mention) (int, []string, []string) {
	h := arg.Head
	if h < 0 || h >= len(s.Head) || s.UPOS[h] != "NOUN" || arg.Span.Start > h || arg.Span.End <= h {
		return -1, nil, nil
	}
	if h-arg.Span.Start >= maxNounPhrase {
		return -1, nil, nil
	}
	if role && !modifierPhrase(s, openie.Span{Start: arg.Span.Start, End: h + 1}, h, ms) ||
		!role && !plainPhrase(s, openie.Span{Start: arg.Span.Start, End: h + 1}, ms) {
		return -1, nil, nil
	}
	// the first nominal modifier after the noun, and its preposition
	for m := h + 1; m < len(s.Head); m++ {
		if s.Head[m]-1 != h || s.Deprel[m] != "nmod" {
			continue
		}
		c := nameCase(s, h, m)
		// the preposition directly follows the noun: "economist at X",
		// not "economist with long experience at X"
		if c != h+1 {
			return -1, nil, nil
		}
		e := nameDescribed(s, m, ms)
		if !describedCase(s, c, m, ms) {
			return -1, nil, nil
		}
		if e < 0 && role && strings.EqualFold(s.Words[c], "of") {
			// "head of currency strategy at Bank of America": the
			// role's field, then the name
			e, c = ofFieldLink(s, c, m, ms)
		}
		if e < 0 {
			return -1, nil, nil
		}
		words := append([]string(nil), s.Words[arg.Span.Start:c+1]...)
		noun := s.Lemmas[h]
		if len(noun) > 3 && strings.EqualFold(noun[:3], "ex-") {
			noun = noun[3:] // "ex-adviser": the post, once held
		}
		lemmas := []string{keyWord(noun), keyWord(s.Lemmas[c])}
		if lemmas[0] == "" || lemmas[1] == "" {
			return -1, nil, nil
		}
		if pastModified(s, arg.Span.Start, h) {
			// "is a former chairman of X": a post once held, kept
			// apart from the present one as roleLinks keeps "former
			// Yukos boss X"
			lemmas = append([]string{"former"}, lemmas...)
		}
		return e, words, lemmas
	}
	return -1, nil, nil
}

// pastModified reports whether a word of s from lo to the noun h says
// the post is over ("a former chairman", "ex-boss"), by the same word
// list as the past holders of titles_past.go.
func pastModified(s *syntax.Sentence, lo, h int) bool {
	for k := max(lo, 0); k <= h && k < len(s.Words); k++ {
		if w := strings.ToLower(s.Words[k]); lexicon.PastTitleMods[w] || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// nameCase is the preposition between noun h and its nominal modifier
// m, or -1: m's own case marker, or one the parse hung on a word of m's
// name before m ("analyst at Sal Oppenheim Bank" with "at" on
// "Oppenheim"), when every word from there to m belongs to m's name.
func nameCase(s *syntax.Sentence, h, m int) int {
	c := -1
	for k := h + 1; k < m; k++ {
		if s.Deprel[k] != "case" {
			continue
		}
		if s.Head[k]-1 == m {
			c = k
			continue
		}
		inName := s.Head[k]-1 > k && s.Head[k]-1 < m
		for j := k + 1; inName && j < m; j++ {
			inName = s.UPOS[j] == "PROPN" && s.Head[j]-1 > j && s.Head[j]-1 <= m
		}
		if inName {
			c = k
		}
	}
	return c
}

// fieldPreps link a role's field to the party it serves: "head of
// currency strategy at X", "head of UK equities for Y".
var fieldPreps = map[string]bool{"at": true, "for": true, "with": true}

// ofFieldLink reads "of FIELD prep NAME" after a role noun, where the
// "of" at token of heads the field noun m: the name's entity and the
// index of the preposition before it, or -1. The field is at most three
// plain words.
func ofFieldLink(s *syntax.Sentence, of, m int, ms []model.Mention) (int, int) {
	if s.UPOS[m] != "NOUN" || m-of > 3 || !modifierPhrase(s, openie.Span{Start: of + 1, End: m + 1}, m, ms) {
		return -1, -1
	}
	for m2 := m + 1; m2 < len(s.Head); m2++ {
		if s.Head[m2]-1 != m || s.Deprel[m2] != "nmod" {
			continue
		}
		c := s.CaseOf(m2)
		if c != m+1 || !fieldPreps[textseg.Lower(s.Words[c])] {
			return -1, -1
		}
		if e := entityAt(s, openie.Arg{Head: m2, Span: openie.Span{Start: m2, End: m2 + 1}}, ms); e >= 0 {
			return e, c
		}
		return -1, -1
	}
	return -1, -1
}

// modifierPhrase is plainPhrase for the words of a noun phrase up to its
// head h, letting a one-word name modify the head ("chief US economist",
// "head of UK equities"): a nationality in a role, not a party.
func modifierPhrase(s *syntax.Sentence, sp openie.Span, h int, ms []model.Mention) bool {
	for k := sp.Start; k < sp.End; k++ {
		if k < h && s.UPOS[k] == "PROPN" && s.Head[k]-1 == h && (s.Deprel[k] == "compound" || s.Deprel[k] == "amod") &&
			(k == sp.Start || s.UPOS[k-1] != "PROPN") && s.UPOS[k+1] != "PROPN" {
			continue
		}
		if !plainPhrase(s, openie.Span{Start: k, End: k + 1}, ms) {
			return false
		}
	}
	return true
}

// possessedNoun reads an object whose head is a common noun owned by a
// name: "takes Tim Henman's place" (take_place_of Tim Henman), "echoed
// O'Gara's comments", "is Italy's largest private employer" (pred, the
// tuple's predicate, is then the noun itself). It returns the possessor's entity, the words after
// the possessive up to the noun and the noun's lemma. At most two plain
// words may stand between the possessive and the noun, so the label stays
// a phrase.
func possessedNoun(s *syntax.Sentence, arg openie.Arg, pred int, ms []model.Mention) (int, []string, string) {
	h := arg.Head
	if h < 0 || h >= len(s.Head) || s.UPOS[h] != "NOUN" || arg.Span.Start > h || arg.Span.End <= h ||
		strings.HasPrefix(s.Deprel[h], "nsubj") {
		// the owned noun is the subject of a clause the verb reports
		// ("recognised Germany's fiscal policy was on track")
		return -1, nil, ""
	}
	if h+1 < len(s.UPOS) {
		switch s.UPOS[h+1] {
		case "NOUN", "PROPN", "ADJ", "NUM":
			// the noun phrase goes on: "South Korea's seventh largest
			// bank" parsed with "seventh" as its head
			return -1, nil, ""
		}
	}
	for k := range s.Head {
		if s.Head[k]-1 == h && strings.HasPrefix(s.Deprel[k], "nsubj") && h != pred {
			// a predicate noun with its own subject under another verb:
			// "included, it is Ulster's biggest representation" is a
			// clause, not an object ("Fiat is Italy's largest private
			// employer", the tuple's own predicate, is kept)
			return -1, nil, ""
		}
	}
	for k := arg.Span.Start; k < h; k++ {
		if s.Head[k]-1 != h || s.Deprel[k] != "nmod:poss" {
			continue
		}
		e := entityOfToken(s, k, ms)
		if e < 0 {
			e = mentionEndingAt(s, k, ms)
		}
		if e < 0 && titleWord(s.Words[k]) {
			// "Mr Kuchma's son-in-law" headed by the title
			e = entityAt(s, openie.Arg{Head: k, Span: openie.Span{Start: k, End: k + 1}}, ms)
		}
		if e < 0 {
			return -1, nil, ""
		}
		c := -1 // the possessive mark, after the whole name ("Tom Shanklin 's")
		for j := k + 1; j < h; j++ {
			if s.Head[j]-1 == k && s.Deprel[j] == "case" && isPossMark(s.Words[j]) {
				c = j
			}
		}
		if c < 0 {
			return -1, nil, ""
		}
		if h-c-1 > 2 || !plainPhrase(s, openie.Span{Start: c + 1, End: h + 1}, ms) {
			return -1, nil, ""
		}
		noun := keyWord(s.Lemmas[h])
		if noun == "" {
			return -1, nil, ""
		}
		return e, append([]string(nil), s.Words[c+1:h+1]...), noun
	}
	return -1, nil, ""
}

// possessedRole reads a person's apposition whose noun another party
// owns: "Ian Pearson, BT's futurologist", "Viktor Pinchuk, Mr Kuchma's
// son-in-law", "Oliver Valente, Sprint's vice president for technology"
// (Pearson ~be_futurologist_of~ BT). A ranking ("the country's richest
// man") says what the person is among others, not whose.
func possessedRole(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) (int, string, string) {
	arg := t.Args[1]
	h := arg.Head
	if h < 0 || h >= len(s.Head) || s.Deprel[h] != "appos" || superlative(s, openie.Arg{Span: openie.Span{Start: arg.Span.Start, End: h + 1}}) {
		return -1, "", ""
	}
	for k := arg.Span.Start; k < h; k++ {
		if s.XPOS[k] == "CD" || s.UPOS[k] == "ADJ" && strings.HasSuffix(textseg.Lower(s.Words[k]), "th") {
			return -1, "", "" // "the club's fifth signing"
		}
	}
	obj, words, noun := possessedNoun(s, arg, t.Predicate, ms)
	if obj < 0 {
		return -1, "", ""
	}
	return obj, joinKey("be", noun, "of"), strings.Join(append(append([]string{"is"}, words...), "of"), " ")
}

// mentionEndingAt is the entity of the innermost mention that ends at
// token k, or -1: a possessor followed by its noun, which entityOfToken
// reads as a name modifying that noun.
func mentionEndingAt(s *syntax.Sentence, k int, ms []model.Mention) int {
	best, bestLen := -1, 0
	for _, m := range ms {
		if m.Entity < 0 || s.Starts[k] < m.Start || s.Ends[k] != m.End {
			continue
		}
		if n := m.End - m.Start; best < 0 || n < bestLen {
			best, bestLen = m.Entity, n
		}
	}
	return best
}

// keyWord keeps a lemma to lower-case letters and digits, as openie keeps
// its keys, so that a key still ends an IRI unescaped.
func keyWord(w string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, w)
}

// entityOfToken is the entity of the innermost mention holding token h.
func entityOfToken(s *syntax.Sentence, h int, ms []model.Mention) int {
	if h < 0 || h >= len(s.Starts) || h >= len(s.Ends) {
		return -1
	}
	start, end := s.Starts[h], s.Ends[h]
	best, bestLen, bestEnd := -1, 0, 0
	for _, m := range ms {
		if m.Entity < 0 || start < m.Start || end > m.End {
			continue
		}
		if n := m.End - m.Start; best < 0 || n < bestLen {
			best, bestLen, bestEnd = m.Entity, n, m.End
		}
	}
	if best >= 0 && modifiesNoun(s, h, bestEnd) {
		return -1
	}
	return best
}

// modifiesNoun reports whether the mention holding token h and ending at
// byte end is followed by a common noun: the name then modifies that noun
// and the phrase means something else ("the Real Madrid striker",
// "England's Six Nations opener", "Microsoft shares").
func modifiesNoun(s *syntax.Sentence, h, end int) bool {
	for k := h + 1; k < len(s.Starts); k++ {
		if s.Starts[k] >= end {
			if s.UPOS[k] == "NUM" && k+1 < len(s.UPOS) && s.UPOS[k+1] == "NOUN" {
				return true // "the Autosport International 2005 show"
			}
			return s.UPOS[k] == "NOUN"
		}
	}
	return false
}

// inQuote reports whether byte offset off lies inside a quotation piece.
func (a *analysis) inQuote(off int) bool {
	for _, q := range a.Doc.Quotes {
		for _, p := range q.Pieces {
			if off >= p.Start && off < p.End {
				return true
			}
		}
	}
	return false
}

// workNouns name kinds of works and products: a name right after one
// ("the film Vera Drake", "the novel Runaway Zero-Eight", "the game Need
// for Speed") is a title the entity layer typed as a person or an
// organisation. On the judged open-fact sheets titles and products were
// the largest class of wrong facts.
var titleNouns = map[string]bool{
	"film": true, "films": true, "movie": true, "album": true, "single": true, "song": true,
	"book": true, "novel": true, "memoir": true, "biography": true, "game": true, "show": true,
	"series": true, "sitcom": true, "drama": true, "programme": true, "program": true,
	"documentary": true, "musical": true, "comedy": true, "thriller": true, "biopic": true,
	"console": true, "handheld": true, "soap": true,
}

// awardNames are awards the entity layer takes for people or firms ("took
// the Oscar", "won a Grammy", "Oscar nominees"): never a party to a link.
var awardNames = map[string]bool{
	"oscar": true, "oscars": true, "grammy": true, "grammys": true, "emmy": true,
	"emmys": true, "golden globe": true, "golden globes": true,
}

// openMentions are sentence i's mentions that open facts link, without
// the persons' possessive determiners the coreference resolves ("his
// debut"): open facts keep such a pronoun in their relation's words
// ("wins his 50th cap against") rather than read it as a party.
func (a *analysis) openMentions(i int) []model.Mention {
	ms := a.Doc.MentionsIn(i)
	for k, m := range ms {
		if m.Kind != model.MentionPronoun || lexicon.PossessiveGender[a.Doc.Text[m.Start:m.End]] == 0 {
			continue
		}
		out := append([]model.Mention(nil), ms[:k]...)
		for _, m := range ms[k+1:] {
			if m.Kind != model.MentionPronoun || lexicon.PossessiveGender[a.Doc.Text[m.Start:m.End]] == 0 {
				out = append(out, m)
			}
		}
		return out
	}
	return ms
}

// titleLead are words that may stand between a work noun and its title
// ("the film The Aviator", "his new album Encore").
var titleLead = map[string]bool{"the": true, "new": true, "hit": true, "latest": true, "debut": true, "first": true, "\"": true, "“": true, "'": true}

// workEntities marks the document's entities named somewhere as a work
// (right after a work noun, or alone inside quotation marks) or as an
// award: open facts about them are about titles, not parties.
func (a *analysis) workEntities() map[int]bool {
	var out map[int]bool
	mark := func(e int) {
		if out == nil {
			out = make(map[int]bool)
		}
		out[e] = true
	}
	for _, m := range a.Doc.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.Doc.Entities) || m.Kind != model.MentionName {
			continue
		}
		if awardNames[textseg.Lower(a.Doc.Entities[m.Entity].Name)] {
			mark(m.Entity)
			continue
		}
		k := a.tokenAt(m.Start)
		if k <= 0 {
			continue
		}
		prev := a.Tokens[k-1].Lower()
		if titleNouns[prev] || k >= 2 && titleLead[prev] && titleNouns[a.Tokens[k-2].Lower()] {
			mark(m.Entity)
			continue
		}
		// a name alone between double quotation marks that touch it:
		// "Hotel Rwanda" (an apostrophe is mostly a possessive, and a
		// closing quote before "Giggs'" is followed by a space)
		if e := a.tokenAt(m.End); isDoubleQuote(prev) && a.Tokens[k-1].End == m.Start &&
			e < len(a.Tokens) && a.Tokens[e].Start == m.End && isDoubleQuote(a.Tokens[e].Text) {
			mark(m.Entity)
		}
	}
	// the entity layer leaves some titles after a work noun unnamed
	// there ("the novel Silent Harbour") yet finds them later in the text
	for k := 0; k+1 < len(a.Tokens); k++ {
		if !titleNouns[a.Tokens[k].Lower()] {
			continue
		}
		n := k + 1
		if titleLead[a.Tokens[n].Lower()] && n+1 < len(a.Tokens) {
			n++
		}
		if a.Tokens[n].Flags&textseg.TCap == 0 {
			continue
		}
		rest := a.Doc.Text[a.Tokens[n].Start:]
		for e, ent := range a.Doc.Entities {
			if len(ent.Name) > 0 && strings.HasPrefix(rest, ent.Name) {
				mark(e)
			}
		}
	}
	return out
}

func isDoubleQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”"
}

// tokenAt is the index of the first token starting at or after byte off.
func (a *analysis) tokenAt(off int) int {
	return sort.Search(len(a.Tokens), func(k int) bool { return a.Tokens[k].Start >= off })
}

// nounReadAsVerb reports whether a one-word relation is a word the fast
// tagger reads as a noun or adjective, or "including": the parser then
// took a noun phrase for a clause ("Oscar nominees Hilary Swank",
// "Hollywood stars Pierce Brosnan", "the US banking giant Citigroup",
// "Tottenham sporting director Frank Arnesen", "the Oscars, including
// DiCaprio").
func (a *analysis) nounReadAsVerb(i int, s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	switch t.Clause {
	case openie.Poss, openie.Appos, openie.Place, "nmod":
		return false
	}
	if p > 1 && p < len(s.Words) && textseg.YearWord(s.Words[p-1]) && (s.UPOS[p-2] == "PROPN" || s.XPOS[p-2] == "NNP") {
		// a name and a year before a noun: "the Autosport International
		// 2005 show [at the NEC]"
		return true
	}
	if p < 0 || p >= len(s.Words) || len(t.RelTokens) != 1 || t.RelTokens[0] != p {
		return false
	}
	if strings.ToLower(s.Words[p]) == "including" {
		return true
	}
	if pre, _, ok := strings.Cut(strings.ToLower(s.Words[p]), "-"); ok && !verbPrefixes[pre] {
		// "third-ranked", "top-seeded", "London-based": adjectives
		// ("re-signed", "co-wrote" are verbs)
		return true
	}
	toks := a.Earlier.SentenceTokens(i)
	if p >= len(toks) {
		return false
	}
	w := strings.ToLower(s.Words[p])
	switch toks[p].Tag {
	case "NNS", "NNPS":
		return true
	case "NN", "JJ":
		// the fast tagger also reads some past tenses as nouns or
		// adjectives ("beat", "overtook"); only a gerund right after a
		// name is safe ("US banking giant", not "targetting playing")
		return strings.HasSuffix(w, "ing") && p > 0 && s.UPOS[p-1] == "PROPN"
	case "VBG", "VBN":
		// a bare participle right after the subject's name and before
		// a noun modifies that noun ("London-based Liffe")
		return p > 0 && p+1 < len(toks) && t.Args[0].Span.End == p && strings.HasPrefix(toks[p+1].Tag, "NN")
	}
	return false
}

// cutShort reports whether entity e's mention in sentence i is part of a
// longer name the entity layer cut: another capitalised word right after
// it ("BBC Wales" read as the BBC), or "of" and a capitalised word that
// no mention holds ("British Chambers of Commerce"), or a mention of
// another entity right before it with nothing between ("China National
// Petroleum Corporation" split in two). head, when >= 0, is the parse
// token the mention must hold.
func (a *analysis) cutShort(i, e, head int, s *syntax.Sentence, ms []model.Mention) bool {
	for _, m := range ms {
		if m.Entity != e || m.Kind != model.MentionName {
			continue
		}
		if head >= 0 && head < len(s.Starts) && (s.Starts[head] < m.Start || s.Ends[head] > m.End) {
			continue
		}
		// a name joined by a hyphen is part of a word ("Sheffield-based",
		// "Authenti-corp"), not a party
		if m.End < len(a.Doc.Text) && a.Doc.Text[m.End] == '-' || m.Start > 0 && a.Doc.Text[m.Start-1] == '-' {
			return true
		}
		k := a.tokenAt(m.End)
		sp := a.SentTokens[i]
		if k < sp.End && a.Tokens[k].Flags&textseg.TCap != 0 && !inMention(ms, a.Tokens[k].Start) {
			return true
		}
		if k+1 < sp.End && a.Tokens[k].Lower() == "of" && a.Tokens[k+1].Flags&textseg.TCap != 0 && !inMention(ms, a.Tokens[k+1].Start) {
			return true
		}
		for _, o := range ms {
			if o.Entity >= 0 && o.Entity != e && o.End <= m.Start && a.tokenAt(o.End) == a.tokenAt(m.Start) && o.End < m.Start {
				return true
			}
		}
	}
	return false
}

// inMention reports whether byte off starts inside one of ms.
func inMention(ms []model.Mention, off int) bool {
	for _, m := range ms {
		if off >= m.Start && off < m.End {
			return true
		}
	}
	return false
}

// coordinatedVerb reports whether a tuple whose subject comes from a
// coordinated verb follows a coordinator or comma ("was founded in 1949
// and includes X", "signed Y and will join Z"): a noun or name right
// before its verb group is a subject the parse left unattached ("after the
// Dane's agent travelled", "Bolton meet Ipswich" in a list of fixtures),
// and the borrowed one is then wrong.
func coordinatedVerb(s *syntax.Sentence, t openie.Tuple) bool {
	if len(t.RelTokens) == 0 {
		return true
	}
	first := t.RelTokens[0]
	for _, k := range t.RelTokens {
		first = min(first, k)
	}
	for k := first - 1; k >= 0; k-- {
		switch {
		case s.UPOS[k] == "ADV":
			continue // "and then signed", "but also joined"
		case s.UPOS[k] == "CCONJ" || s.Words[k] == "," || s.Words[k] == ";":
			return true
		}
		return false
	}
	return false
}

// conditional reports whether predicate p lies inside a clause opened by
// "if", "unless" or "whether" ("if Chelsea had a Ruud van Nistelrooy"),
// or governs such a clause ("Brentford face Manchester United if they
// come through their replay"): it states a hypothesis, not a link.
func conditional(s *syntax.Sentence, p int) bool {
	for h, n := p, 0; h >= 0 && h < len(s.Head) && n < len(s.Head); h, n = s.Head[h]-1, n+1 {
		for k := range s.Head {
			if s.Head[k]-1 != h || s.Deprel[k] != "mark" {
				continue
			}
			switch strings.ToLower(s.Words[k]) {
			case "if", "unless", "whether":
				return true
			}
		}
	}
	return conditionGoverned(s, p)
}

// conditionGoverned reports whether predicate p has an adverbial clause
// opened by "if" or "unless" that the link waits on. "even if" concedes
// and "as if" compares: the main clause still holds. A clause across a
// quotation mark from p is part of what was said, which the parse hung
// on the verb of saying ('"... if kids want to listen to Korn, good," he
// told his local radio station').
func conditionGoverned(s *syntax.Sentence, p int) bool {
	for c := range s.Head {
		if s.Head[c]-1 != p || s.Deprel[c] != "advcl" || quoteBetween(s, c, p) {
			continue
		}
		for k := range s.Head {
			if s.Head[k]-1 != c || s.Deprel[k] != "mark" {
				continue
			}
			switch w := strings.ToLower(s.Words[k]); {
			case w != "if" && w != "unless":
			case k > 0 && (strings.EqualFold(s.Words[k-1], "even") || strings.EqualFold(s.Words[k-1], "as")):
			default:
				return true
			}
		}
	}
	return false
}

// quoteBetween reports whether a quotation mark stands between tokens i
// and j.
func quoteBetween(s *syntax.Sentence, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if isDoubleQuote(s.Words[k]) || s.Words[k] == "''" || s.Words[k] == "``" {
			return true
		}
	}
	return false
}

// wishVerbs take an object that is the subject of an infinitive ("wants X
// to be given a deal", "expects Y to win"): the object is in no relation
// with the subject, the infinitive's clause is. Verbs of asking ("urged
// X to", "asked X to") do link the two and are not here.
var wishVerbs = map[string]bool{
	"want": true, "expect": true, "wish": true, "like": true, "need": true,
	"tip": true, "back": true, "prefer": true, "believe": true, "consider": true, "rate": true,
}

// clauseObject reports whether the tuple's object is the subject of an
// infinitive its wish verb governs.
func clauseObject(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if p < 0 || p >= len(s.Head) || len(t.Args) < 2 || t.Args[1].Role != "obj" {
		return false
	}
	if !wishVerbs[strings.ToLower(s.Lemmas[p])] {
		return false
	}
	for k := p + 1; k < len(s.Head); k++ {
		if s.Head[k]-1 == p && s.Deprel[k] == "xcomp" && k > t.Args[1].Head {
			return true
		}
	}
	return false
}

// possessor reports whether token h is a possessor ("Germany's" in
// "Germany's Chancellor Gerhard Schroeder began"): the parse took the
// possessor for the head of an argument whose real head it lost, so the
// possessor is no party to the clause.
func possessor(s *syntax.Sentence, h int) bool {
	if h < 0 || h >= len(s.Head) {
		return false
	}
	if s.Deprel[h] == "nmod:poss" {
		return true
	}
	for k := h + 1; k < len(s.Head) && k <= h+2; k++ {
		if s.Head[k]-1 == h && s.Deprel[k] == "case" {
			switch s.Words[k] {
			case "'s", "'", "’s", "’":
				return true
			}
		}
	}
	return false
}

// roleNouns name a party's role towards another, said between the two
// names: "Microsoft founder Bill Gates", "Deutsche Boerse's rival
// Euronext", "Jones' lawyer Richard Nicholls". The value says what the
// role holder is: a person, or any entity (a rival, an owner).
var roleNouns = map[string]model.EntityType{
	"captain": model.Person, "skipper": model.Person, "coach": model.Person, "manager": model.Person, "boss": model.Person,
	"striker": model.Person, "forward": model.Person, "defender": model.Person, "midfielder": model.Person,
	"winger": model.Person, "goalkeeper": model.Person, "keeper": model.Person, "full-back": model.Person,
	"centre-back": model.Person, "fly-half": model.Person, "scrum-half": model.Person, "prop": model.Person,
	"hooker": model.Person, "flanker": model.Person, "lock": model.Person, "centre": model.Person, "wing": model.Person,
	"player": model.Person, "team-mate": model.Person, "teammate": model.Person,
	"chairman": model.Person, "chairwoman": model.Person, "president": model.Person, "founder": model.Person,
	"co-founder": model.Person, "director": model.Person, "spokesman": model.Person, "spokeswoman": model.Person,
	"spokesperson": model.Person, "lawyer": model.Person, "agent": model.Person, "adviser": model.Person,
	"advisor": model.Person, "analyst": model.Person, "economist": model.Person, "strategist": model.Person,
	"executive": model.Person, "head": model.Person, "chief": model.Person, "wife": model.Person, "husband": model.Person,
	"son": model.Person, "daughter": model.Person, "brother": model.Person, "sister": model.Person, "father": model.Person,
	"mother": model.Person, "girlfriend": model.Person, "boyfriend": model.Person, "colleague": model.Person,
	"partner": "", "rival": "", "owner": "", "parent": "", "subsidiary": "", "unit": "",
	// a band's members ("Linkin Park singer Chester Bennington") and a
	// body's officers and editors ("Yukos chief financial officer X",
	// "NME editor X", "union general secretary X"); "star", "actor",
	// "producer" and "creator" are left out: before them stands a
	// work's title more often than a party ("Vera Drake star X")
	"singer": model.Person, "vocalist": model.Person, "frontman": model.Person, "guitarist": model.Person,
	"drummer": model.Person, "bassist": model.Person, "keyboardist": model.Person, "officer": model.Person,
	"editor": model.Person, "secretary": model.Person,
	// deputies, national players, a club's fans and an event's
	// champions: "Arsenal vice-chairman David Dein", "Scotland
	// international Finlay Calder", "Crystal Palace fan Matthew
	// Simmons", "X, the French Open champion"; "presenter" is left out:
	// a show's title stands before it more often than a channel
	// ("American Idol presenter X")
	"vice-chairman": model.Person, "vice-president": model.Person, "vice-captain": model.Person,
	"international": model.Person, "tight-head": model.Person, "loose-head": model.Person, "fan": model.Person,
	"champion": model.Person,
	// academics, researchers and journalists of a body: "Stephen
	// Coleman, professor of e-democracy at the Oxford Internet
	// Institute", "BBC correspondent X"
	"professor": model.Person, "lecturer": model.Person, "researcher": model.Person, "scientist": model.Person,
	"consultant": model.Person, "correspondent": model.Person, "reporter": model.Person, "columnist": model.Person,
	"dean": model.Person,
}

// personalRoles link two people: the owner must be a person named in
// the phrase itself.
var personalRoles = map[string]bool{
	"colleague": true, "team-mate": true, "teammate": true, "wife": true, "husband": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "father": true,
	"mother": true, "girlfriend": true, "boyfriend": true,
}

var possPronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// teamRoles are the roles a country or city holds a player in: "Spain
// captain Jordi Arrese" is the national team's. Other roles after a place
// ("US economist", "French lawyer") say a nationality, not a link.
var teamRoles = map[string]bool{
	"captain": true, "skipper": true, "coach": true, "manager": true, "boss": true,
	"striker": true, "forward": true, "defender": true, "midfielder": true, "winger": true,
	"goalkeeper": true, "keeper": true, "full-back": true, "centre-back": true,
	"fly-half": true, "scrum-half": true, "prop": true, "hooker": true, "flanker": true,
	"lock": true, "centre": true, "wing": true, "player": true,
	"vice-captain": true, "international": true, "tight-head": true, "loose-head": true,
}

// namePairs calls fn for each pair of name mentions of two different
// entities in sentence span sp, m1 before m2 with at least one token
// between them (t0 is the first token after m1, t1 the first of m2):
// the links read from the words between two names start from these.
func (a *analysis) namePairs(sp textseg.Span, ms []model.Mention, fn func(m1, m2 model.Mention, t0, t1 int)) {
	for j := range ms {
		for k := j + 1; k < len(ms); k++ {
			m1, m2 := ms[j], ms[k]
			if m1.Entity < 0 || m2.Entity < 0 || m1.Entity == m2.Entity || m2.Start < m1.End ||
				!nameLike(m1.Kind) || !nameLike(m2.Kind) {
				continue
			}
			t0, t1 := a.tokenAt(m1.End), a.tokenAt(m2.Start)
			if t0 >= sp.End || t1 > sp.End || t1-t0 < 1 {
				continue
			}
			fn(m1, m2, t0, t1)
		}
	}
}

// roleMods may stand before a role noun: "former captain", "chief
// executive", "teenage centre", "new coach".
const maxRoleWords = 3

// roleLinks reads "A('s) ROLE B" and "B, A's ROLE," in sentence i: B is
// A's ROLE, as a fact B ~be_ROLE_of~ A ("Bill Gates is founder of
// Microsoft"). Only lower-case words stand between the names, the last a
// role noun; a place holds only players and coaches.
func (a *analysis) roleLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	ents := a.Doc.Entities
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence: roleFact reads the tags
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		words := a.Tokens[t0:t1]
		holder, owner := m2.Entity, m1.Entity
		var role []textseg.Token
		switch {
		case words[0].Text == "," && (len(words) == 1 || len(words) == 2 && words[1].Lower() == "the"):
			// "B, A's ROLE,", "B, the A ROLE,": the role follows A
			holder, owner = m1.Entity, m2.Entity
			role = a.roleAfter(m2, sp.End, false)
		default:
			if isPossMark(words[0].Text) {
				words = words[1:]
				// "Cosby's lawyer, Walter M Phillips Jr,"
				if n := len(words); n > 1 && words[n-1].Text == "," {
					words = words[:n-1]
				}
			}
			role = words
		}
		if len(role) == 0 || len(role) > maxRoleWords {
			return
		}
		f, ok := a.roleFact(i, role, holder, owner, ents)
		if !ok || a.cutShort(i, holder, -1, nil, ms) || a.cutShort(i, owner, -1, nil, ms) {
			return
		}
		if kin := personalRoles[role[len(role)-1].Lower()]; kin && (ents[owner].Type != model.Person || a.pronounOwner(a.tokenAt(m1.Start), sp.Start)) {
			// "his Newport-Gwent Dragons colleague X", "Chelsea
			// team-mate X": a colleague of the person the pronoun
			// or the context names, not of the team
			return
		}
		if k := a.tokenAt(m1.Start) - 1; k >= sp.Start && (a.Tokens[k].Lower() == "former" || a.Tokens[k].Lower() == "ex") {
			// "former Yukos boss Mikhail Khodorkovsky": a past role
			f.Key = strings.Replace(f.Key, "be_", "be_former_", 1)
			f.Label = strings.Replace(f.Label, "is ", "is former ", 1)
		}
		out = append(out, f)
	})
	return out
}

// roleAfter is the role words after mention m ("A's chief executive,",
// with poss; "the A striker," without), up to a comma or the sentence's
// end, or nil.
func (a *analysis) roleAfter(m model.Mention, end int, poss bool) []textseg.Token {
	k := a.tokenAt(m.End)
	if k >= end {
		return nil
	}
	if isPossMark(a.Tokens[k].Text) {
		k++
	} else if poss {
		return nil
	}
	for n := k; n < end && n-k <= maxRoleWords; n++ {
		switch a.Tokens[n].Text {
		case ",", ".", ";":
			return a.Tokens[k:n]
		}
		if n > k && roleEnds[a.Tokens[n].Lower()] {
			// "Nigel Roberts, World Bank country director for the West
			// Bank", "Peter Williams, CML deputy director said"
			return a.Tokens[k:n]
		}
	}
	return nil
}

// roleEnds close a role after its owner's name as a comma does: the
// preposition of the role's field or place, or the verb of the quote.
var roleEnds = map[string]bool{
	"for": true, "in": true, "at": true, "on": true, "with": true, "of": true,
	"said": true, "says": true, "told": true,
}

// roleFact checks the role words and builds holder ~be_ROLE_of~ owner.
func (a *analysis) roleFact(i int, role []textseg.Token, holder, owner int, ents []model.Entity) (model.OpenFact, bool) {
	for k, w := range role {
		if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) {
			return model.OpenFact{}, false
		}
		// nouns and adjectives only: "edged out rival X" is a clause. The
		// fast tagger reads some role nouns between names as a present
		// verb ("Spain captain Jordi Arrese"), never as a past or -s form.
		nominal := strings.HasPrefix(w.Tag, "NN") || strings.HasPrefix(w.Tag, "JJ")
		if k == len(role)-1 && (w.Tag == "VBP" || w.Tag == "VB") {
			nominal = true
		}
		if !nominal {
			return model.OpenFact{}, false
		}
	}
	noun := role[len(role)-1].Lower()
	want, ok := roleNouns[noun]
	if !ok || want != "" && ents[holder].Type != want {
		return model.OpenFact{}, false
	}
	if ents[owner].Type.IsPlace() && !teamRoles[noun] {
		return model.OpenFact{}, false
	}
	if ents[holder].Type != model.Person && want == "" && ents[holder].Type.IsPlace() {
		return model.OpenFact{}, false
	}
	label := make([]string, 0, len(role)+2)
	key := make([]string, 0, len(role)+2)
	label = append(label, "is")
	key = append(key, "be")
	for _, w := range role {
		label = append(label, w.Text)
		if kw := keyWord(w.Lower()); kw != "" {
			key = append(key, kw)
		}
	}
	label = append(label, "of")
	key = append(key, "of")
	return model.OpenFact{
		Subject: holder, Object: owner, Key: strings.Join(key, "_"), Label: strings.Join(label, " "),
		Sentence: i, Rule: "openie:role", Confidence: 0.6,
	}, true
}

// isWordish reports whether w is a lower-case word, possibly hyphenated
// ("fly-half"), and not a function word that would make the run a clause
// or a list ("and", "the").
func isWordish(w string) bool {
	if w == "" || roleStop[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

var roleStop = map[string]bool{
	"and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "to": true,
	"in": true, "with": true, "by": true, "for": true, "at": true, "on": true, "as": true,
	"is": true, "was": true, "his": true, "her": true, "their": true, "its": true,
}

func isPossMark(w string) bool { return w == "'s" || w == "'" || w == "’s" || w == "’" }

// verbPrefixes make verbs with a hyphen: "re-signed", "co-founded".
var verbPrefixes = map[string]bool{
	"re": true, "co": true, "pre": true, "out": true, "over": true, "under": true,
	"counter": true, "cross": true, "de": true, "mis": true, "double": true, "fast": true,
}

// isScore reports whether token h is a match score ("26-21", "6-3").
func isScore(s *syntax.Sentence, h int) bool {
	return h >= 0 && h < len(s.Words) && s.UPOS[h] == "NUM" && scoreWord(s.Words[h])
}

// scoreWord reports whether w is written as a match score: digits, a
// hyphen, digits ("26-21").
func scoreWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// shareObject reads an object that is a share of a named party: "has
// bought 49% of National Bank of Iraq", "holds 28.1 per cent of
// Manchester United". The object is headed by the percent sign or word,
// with only its number before it, and the name follows its preposition
// directly; the name's entity, the object's words with the preposition
// (for the label) and the preposition, or -1.
func shareObject(s *syntax.Sentence, arg openie.Arg, ms []model.Mention) (int, string, string) {
	h := arg.Head
	if h < 1 || h+2 >= len(s.Words) || arg.Span.Start != h-1 || s.UPOS[h-1] != "NUM" {
		return -1, "", ""
	}
	switch textseg.Lower(s.Words[h]) {
	case "%", "percent", "pc":
	default:
		return -1, "", ""
	}
	prep := textseg.Lower(s.Words[h+1])
	if prep != "of" && prep != "in" || s.UPOS[h+1] != "ADP" {
		return -1, "", ""
	}
	for m := h + 2; m < len(s.Head); m++ {
		if s.Head[m]-1 != h || s.Deprel[m] != "nmod" {
			continue
		}
		if c := nameCase(s, h, m); c != h+1 {
			return -1, "", ""
		}
		e := entityAt(s, openie.Arg{Head: m, Span: openie.Span{Start: m, End: m + 1}}, ms)
		if e < 0 {
			return -1, "", ""
		}
		return e, strings.Join(s.Words[h-1:h+2], " "), prep
	}
	return -1, "", ""
}

// scoreObject reads the opponent of a result whose second argument the
// parse headed by the score: the name right before it ("beat Fiji 26-21")
// or, when the score stands alone, the next argument's name with its
// preposition ("were beaten 11-9 by Wales").
func scoreObject(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) (int, string, string) {
	h := t.Args[1].Head
	if k := h - 1; k >= t.Args[1].Span.Start && s.Head[k]-1 == h {
		if e := entityOfToken(s, k, ms); e >= 0 {
			return e, t.Key, t.Relation
		}
		return -1, "", ""
	}
	if t.Args[1].Span.Len() != 1 || len(t.Args) < 3 {
		return -1, "", ""
	}
	a := t.Args[2]
	e := entityOfToken(s, a.Head, ms)
	c := s.CaseOf(a.Head)
	if e < 0 || c < 0 || c != a.Span.Start-1 && c != a.Span.Start {
		return -1, "", ""
	}
	prep := keyWord(s.Lemmas[c])
	if prep == "" {
		return -1, "", ""
	}
	return e, joinKey(t.Key, prep), t.Relation + " " + s.Words[c]
}

// timeMarks open an adverbial clause whose subject is the main clause's:
// "Mutu scored six goals after arriving at Stamford Bridge".
var timeMarks = map[string]bool{"after": true, "before": true, "since": true, "while": true, "when": true, "upon": true}

// safeBorrow reports the borrowed subjects that are reliably right: a
// time clause hung on a main verb that is no saying verb and has its own
// subject ("Houllier is ready to return after leaving Liverpool"), and a
// past participle right after the name it modifies, which is in no list
// ("Reliance Energy, headed by Anil,", parsed as a modifier of the name
// or of the verb). Under a main verb stated as done or planned, with a
// subject that is no pair, also the means ("by beating X"), what one went
// on to do after a verb of going or spending ("left X to set up Y",
// "took 56 minutes to defeat Z") and a participle closing the main
// clause after a comma (BBC: 50 of 54 of these right, open-borrowed-diff
// sheet). On the BBC corpus the rest (advcl under a quotation's verb,
// other infinitives, participles of a list or of a noun the parse
// misattached) are mostly wrong.
func safeBorrow(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if p < 0 || p >= len(s.Head) || len(t.Args) == 0 {
		return false
	}
	h, subj := s.Head[p]-1, t.Args[0].Head
	if h < 0 || subj < 0 || subj >= len(s.Head) {
		return false
	}
	switch t.SubjectFrom {
	case "advcl":
		if openingParticiple(s, t) {
			return true // opening.go: "Speaking to X, Y said"
		}
		if s.Deprel[p] != "advcl" || s.Head[subj]-1 != h || !strings.HasPrefix(s.Deprel[subj], "nsubj") || subj > p {
			// an opening gerund clause ("After leaving X, Y moved")
			// was tried: on its BBC diff 5 of 9 right (hypothetical
			// main clauses, names cut, an object the clause's own)
			return false
		}
		if p > 0 && p < h && p < len(s.XPOS) && s.XPOS[p] == "VBN" && s.Words[p-1] == "," {
			// a participle between the subject and its verb, set off
			// by commas: "Reliance Energy, headed by Anil, jumped"
			return true
		}
		if propositionVerbs[strings.ToLower(s.Lemmas[h])] {
			return false
		}
		mark := ""
		for k := range s.Head {
			if s.Head[k]-1 == p && s.Deprel[k] == "mark" {
				mark = strings.ToLower(s.Words[k])
			}
		}
		if timeMarks[mark] {
			return true
		}
		if !plainMain(s, h) {
			return false
		}
		if coordinated(s, subj) {
			// "Terry and Bridge are out, leaving Eriksson with a
			// problem": the pair, not either, does it
			return false
		}
		switch {
		case mark == "by" && s.XPOS[p] == "VBG":
			// the means: "Lopez reached the second round by beating
			// Srichaphan"
			return true
		case mark == "to" && s.XPOS[p] == "VB" && p > h && purposeMains[strings.ToLower(s.Lemmas[h])]:
			// what the subject went on to do: "Molyneux left Bullfrog
			// in 1997 to set up Lionhead Studios"
			return true
		case mark == "" && s.XPOS[p] == "VBG" && p > h+1 && s.Words[p-1] == "," && mainClause(s, h):
			// a participle closing the main clause after a comma, what
			// its subject did besides: "MCI accepted Verizon's offer,
			// rejecting a higher bid from Qwest"
			return true
		}
	case "acl":
		if apposedAgent(s, t) {
			return true
		}
		if s.Deprel[p] != "acl" || h != subj || s.UPOS[subj] != "PROPN" || s.Deprel[subj] == "conj" || p <= subj ||
			p < len(s.XPOS) && s.XPOS[p] != "VBN" {
			return false
		}
		for k := range s.Head {
			if s.Head[k]-1 == subj && (s.Deprel[k] == "conj" || s.Deprel[k] == "cc") {
				return false
			}
		}
		// the participle follows the name: "Reliance Energy, headed by"
		for k := p - 1; k > subj; k-- {
			if s.Words[k] != "," && s.Head[k]-1 != subj {
				return false
			}
		}
		// set off by a comma or naming its agent: a bare past tense
		// right after a name is more often the main verb the parse
		// took for a participle ("The Critics' Circle named X")
		return s.Words[p-1] == "," || strings.HasSuffix(t.Key, "_by")
	}
	return false
}

// apposedAgent reports a past participle naming its agent right after a
// common noun in apposition to a name: "Perrier, the French mineral
// water owned by Nestle", "News Corp, the media company controlled by
// Rupert Murdoch". The participle describes the name as the noun does,
// and the agent's "by" states the link (the subject is read by
// apposedName). A participle further from the noun, or without an
// agent, may belong to another phrase ("a journalist based in the
// Cameroon capital Yaounde", of the capital).
func apposedAgent(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if p < 1 || p >= len(s.Head) || len(t.Args) == 0 || !strings.HasSuffix(t.Key, "_by") {
		return false
	}
	subj := t.Args[0].Head
	return subj == p-1 && s.Deprel[p] == "acl" && s.Head[p]-1 == subj && s.XPOS[p] == "VBN" &&
		s.UPOS[subj] == "NOUN" && s.Deprel[subj] == "appos"
}

// purposeMains are the verbs of going, spending and acting after which
// "to VERB" says what their subject went on to do: "moved to the US to
// run operations in Asia", "took 56 minutes to defeat Mirza", "came off
// the bench to replace Grayson". After other verbs the infinitive is
// often someone else's act or only wished ("pleaded with Gerrard to
// reject", "joined the race to sign", "promised to pick").
var purposeMains = map[string]bool{
	"come": true, "go": true, "move": true, "travel": true, "fly": true, "return": true,
	"leave": true, "spend": true, "take": true, "use": true, "score": true, "run": true,
	"bounce": true, "react": true, "overtake": true, "rally": true, "recover": true,
	"bring": true, "quit": true,
}

// coordinated reports whether the name headed by h is one of two or more
// joined by "and"/"or": a conjunct of it, or a conjunction hung inside
// it (the parse sometimes makes "John Terry and Wayne Bridge" one name).
func coordinated(s *syntax.Sentence, h int) bool {
	if s.Deprel[h] == "conj" {
		return true
	}
	for k := range s.Head {
		if s.Deprel[k] != "conj" && s.Deprel[k] != "cc" {
			continue
		}
		for a, n := s.Head[k]-1, 0; a >= 0 && n < 3; a, n = s.Head[a]-1, n+1 {
			if a == h {
				return true
			}
		}
	}
	return false
}

// mainClause reports whether verb h heads the sentence or a clause
// coordinated with its head: a participle after a subordinate clause
// ("once Campbell has finished The Legend of Zorro, a sequel ...,
// starring X") describes a noun of that clause, not its subject's act.
func mainClause(s *syntax.Sentence, h int) bool {
	for n := 0; h >= 0 && h < len(s.Head) && n < 3; n++ {
		switch s.Deprel[h] {
		case "root":
			return true
		case "conj":
			h = s.Head[h] - 1
		default:
			return false
		}
	}
	return false
}

// plainMain reports whether main verb h is stated as done or planned: not
// negated and under no modal but "will" ("did not bid, leaving the way
// open for X" leaves the borrowed clause's link unstated).
func plainMain(s *syntax.Sentence, h int) bool {
	if negatedWord(s, h, "advmod") || unrealised(s, h) {
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 == h && s.Deprel[k] == "aux" && s.XPOS[k] == "MD" && !futureModals[strings.ToLower(s.Words[k])] {
			return false
		}
	}
	return true
}

// unrealised reports a predicate that says something nearly happened
// ("Drogba almost headed Chelsea in front"): it did not; or only that it
// is said to have happened ("reportedly agreed", "allegedly met"); or
// that it has yet to happen ("has yet to receive").
func unrealised(s *syntax.Sentence, p int) bool {
	if p < 0 || p >= len(s.Head) {
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 == p && s.Deprel[k] == "advmod" {
			switch strings.ToLower(s.Words[k]) {
			case "almost", "nearly", "reportedly", "allegedly", "supposedly":
				// "reportedly agreed", "allegedly approached": a
				// claim someone else makes, not a stated link
				return true
			case "yet":
				// "has yet to receive an offer from X": not done
				if k+1 < len(s.Words) && strings.EqualFold(s.Words[k+1], "to") {
					return true
				}
			}
		}
	}
	return false
}

// hedgeWords, among a relation's words, give the odds of an act rather
// than the act: "Flanker Colin Charvis is unlikely to play any part in
// Wales' final two games", "Almunia is likely to face Chelsea". Like a
// modal other than "will", they leave the link unstated ("is set to", a
// plan, stays as "will" does).
var hedgeWords = map[string]bool{"likely": true, "unlikely": true}

// hedged reports whether tuple t's relation words hold a hedge word.
func hedged(s *syntax.Sentence, t openie.Tuple) bool {
	for _, k := range t.RelTokens {
		if k >= 0 && k < len(s.Words) && hedgeWords[strings.ToLower(s.Words[k])] {
			return true
		}
	}
	return false
}

// hyphenLinks are the participles that join a name to the noun phrase
// after it: "Munich-based engineering group Siemens" (Siemens is based
// in Munich), "Dublin-born singer Bob Geldof", "Kremlin-owned Rosneft".
var hyphenLinks = map[string]struct {
	key, label string
	place      bool             // the joined name must be a place
	holder     model.EntityType // the named party must be of this type, when set
}{
	"-based":  {"be_base_in", "is based in", true, ""},
	"-born":   {"bear_in", "was born in", true, model.Person},
	"-owned":  {"own_by", "is owned by", false, ""},
	"-backed": {"back_by", "is backed by", false, ""},
}

// basedLinks reads "P-based X" in sentence i ("Munich-based research
// institute Ifo", "Geneva-based WTO") and the other hyphenLinks: X
// ~be_base_in~ P, when at most maxRoleWords lower-case nouns and
// adjectives stand between.
func (a *analysis) basedLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	ents := a.Doc.Entities
	text := a.Doc.Text
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence
	for j, m := range ms {
		if m.Entity < 0 || m.End >= len(text) || text[m.End] != '-' {
			continue
		}
		suffix := text[m.End:min(len(text), m.End+8)]
		if n := strings.IndexFunc(suffix[1:], func(r rune) bool { return !unicode.IsLetter(r) }); n >= 0 {
			suffix = suffix[:n+1]
		}
		link, ok := hyphenLinks[suffix]
		if !ok || link.place && !ents[m.Entity].Type.IsPlace() {
			continue
		}
		t0 := a.tokenAt(m.End + len(suffix))
		for k := j + 1; k < len(ms); k++ {
			o := ms[k]
			if o.Start < m.End+len(suffix) {
				continue
			}
			if o.Entity < 0 || o.Entity == m.Entity || o.Kind != model.MentionName || ents[o.Entity].Type.IsPlace() ||
				link.holder != "" && ents[o.Entity].Type != link.holder {
				break
			}
			t1 := a.tokenAt(o.Start)
			if t1 > sp.End || t1-t0 > maxRoleWords {
				break
			}
			between := a.Tokens[t0:t1]
			// "Edinburgh-based developer, Rockstar", "a Madrid-based
			// charity, the Allende Foundation": the name in apposition
			if n := len(between); n >= 3 && between[n-1].Lower() == "the" && between[n-2].Text == "," {
				between = between[:n-2]
			} else if n >= 2 && between[n-1].Text == "," {
				between = between[:n-1]
			}
			ok := true
			for _, w := range between {
				if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) || !strings.HasPrefix(w.Tag, "NN") && !strings.HasPrefix(w.Tag, "JJ") {
					ok = false // "the Munich-based firm said Siemens"
				}
			}
			if ok && !a.cutShort(i, o.Entity, -1, nil, ms) {
				out = append(out, model.OpenFact{
					Subject: o.Entity, Object: m.Entity, Key: link.key, Label: link.label,
					Sentence: i, Rule: "openie:" + suffix[1:], Confidence: 0.6,
				})
			}
			break
		}
		if o := a.apposedHolder(i, j, ms, t0, link.holder); o >= 0 {
			out = append(out, model.OpenFact{
				Subject: o, Object: m.Entity, Key: link.key, Label: link.label,
				Sentence: i, Rule: "openie:" + suffix[1:], Confidence: 0.6,
			})
		}
	}
	return out
}

// apposedHolder reads "B, a P-based NOUN" in sentence i, where ms[j] is
// P's mention and t0 the first token after its suffix: B, the name right
// before the comma, is what the apposition describes ("Titan, a
// California-based company", "the Lisbon Council, a Brussels-based
// group"); B's entity, or -1. A lower-case noun or adjective must follow
// the suffix, and B must be a name of holder's type (when set), no place.
func (a *analysis) apposedHolder(i, j int, ms []model.Mention, t0 int, holder model.EntityType) int {
	sp := a.SentTokens[i]
	t := a.tokenAt(ms[j].Start)
	if t-3 < sp.Start || t0 >= sp.End || a.Tokens[t-2].Text != "," {
		return -1
	}
	switch a.Tokens[t-1].Lower() {
	case "a", "an", "the":
	default:
		return -1
	}
	if w := a.Tokens[t0]; w.Flags&textseg.TCap != 0 || !isWordish(w.Text) || !strings.HasPrefix(w.Tag, "NN") && !strings.HasPrefix(w.Tag, "JJ") {
		return -1
	}
	ents := a.Doc.Entities
	for _, o := range ms[:j] {
		if o.End != a.Tokens[t-3].End || o.Entity < 0 || o.Entity == ms[j].Entity || !nameLike(o.Kind) ||
			ents[o.Entity].Type.IsPlace() || holder != "" && ents[o.Entity].Type != holder || a.cutShort(i, o.Entity, -1, nil, ms) {
			continue
		}
		if name := strings.Fields(ents[o.Entity].Name); schemeNouns[textseg.Lower(name[len(name)-1])] {
			return -1 // "the Windows XP Counterfeit Project, a UK-based pilot scheme": no body
		}
		return o.Entity
	}
	return -1
}

// schemeNouns end the names of schemes and campaigns, which the entity
// layer types as organisations but which are based nowhere as a body is.
var schemeNouns = map[string]bool{"project": true, "scheme": true, "programme": true, "initiative": true, "campaign": true}

// possessedBy reports whether the mention holding token h is followed by
// a possessive ("the Writers Guild of America's award"): the name owns
// the argument's real head, which the parse lost inside the name.
func (a *analysis) possessedBy(s *syntax.Sentence, h int, ms []model.Mention) bool {
	if h < 0 || h >= len(s.Starts) {
		return false
	}
	for _, m := range ms {
		if m.Entity < 0 || s.Starts[h] < m.Start || s.Ends[h] > m.End {
			continue
		}
		if k := a.tokenAt(m.End); k < len(a.Tokens) && a.Tokens[k].Start == m.End && isPossMark(a.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// superlative reports whether an argument holds a superlative adjective
// ("biggest", "largest", "most important").
func superlative(s *syntax.Sentence, arg openie.Arg) bool {
	for k := max(arg.Span.Start, 0); k < arg.Span.End && k < len(s.XPOS); k++ {
		if s.XPOS[k] == "JJS" || s.XPOS[k] == "RBS" {
			return true
		}
	}
	return false
}

// alternative reports whether nominal h is coordinated by "or" ("X or
// Y", "either X or Y").
func alternative(s *syntax.Sentence, h int) bool {
	if h < 0 || h >= len(s.Head) {
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 != h {
			continue
		}
		if s.Deprel[k] == "conj" {
			for c := range s.Head {
				if s.Head[c]-1 == k && s.Deprel[c] == "cc" && strings.EqualFold(s.Words[c], "or") {
					return true
				}
			}
		}
		if s.Deprel[k] == "cc" && strings.EqualFold(s.Words[k], "or") {
			return true
		}
	}
	return false
}

// pronounOwner reports whether a possessive pronoun stands before token
// k, at most two lower-case words earlier ("his injured Dragons
// colleague"), stopping at sentence start.
func (a *analysis) pronounOwner(k, start int) bool {
	for j := k - 1; j >= start && j >= k-3; j-- {
		w := a.Tokens[j]
		if possPronouns[w.Lower()] {
			return true
		}
		if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) {
			return false
		}
	}
	return false
}

// nameLike reports a mention that names its entity in the text itself:
// a name or an acronym ("BA chief executive Rod Eddington", "Doris
// Lessing (UK)"), not a pronoun, role or demonym standing for it.
func nameLike(k model.MentionKind) bool { return k == model.MentionName || k == model.MentionAcronym }

// possMarked reports whether the possessor argument of a possessive
// tuple is marked as one: a possessive "'s" or "'" hangs on its head or
// follows its words.
func possMarked(s *syntax.Sentence, arg openie.Arg) bool {
	for j := range s.Head {
		if s.Head[j]-1 == arg.Head && s.Deprel[j] == "case" && isPossMark(s.Words[j]) {
			return true
		}
	}
	return arg.Span.End >= 0 && arg.Span.End < len(s.Words) && isPossMark(s.Words[arg.Span.End])
}

// andList returns the conjuncts after token from that keep accepts, when
// the list's joining word, which hangs on its last member ("X, Y and
// Z"), is "and" and no "respectively" crosses the pairs ("Kwok and Wan
// of respectively the Civic Party and the Democratic Party"); otherwise
// nil.
func andList(s *syntax.Sentence, from int, keep func(c int) bool) []int {
	var conj []int
	cc := ""
	for c := from + 1; c < len(s.Head); c++ {
		if s.Deprel[c] != "conj" || !keep(c) {
			continue
		}
		conj = append(conj, c)
		for k := s.Head[c]; k < c; k++ {
			if s.Head[k]-1 == c && s.Deprel[k] == "cc" {
				cc = strings.ToLower(s.Words[k])
			}
		}
	}
	if cc != "and" {
		return nil
	}
	for _, w := range s.Words {
		if strings.EqualFold(w, "respectively") {
			return nil
		}
	}
	return conj
}

// listKind is entity e's type with every kind of place folded into one:
// a list may run from a town to a country ("Paris and Germany").
func listKind(ents []model.Entity, e int) model.EntityType {
	if ents[e].Type.IsPlace() {
		return model.Place
	}
	return ents[e].Type
}
