package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/deprules"
)

// regionHeadRule names the dependency rule whose leaderOf reaches a region
// (Place): "X served as Governor of Ohio" (deprules/rules/lead.txt).
// relState.add lets its Place object through, as titleOwner does for
// the same roles written before a name (regionLeaderTitle).
const regionHeadRule = "dep:leaderOf/region-role"

// partyOnlyRules name the dependency rules that read a membership only a
// party gives: a politician's ("a Norwegian politician for the Labour
// Party") and a candidate's ("will stand for UKIP"; "will stand for the
// European Parliament" names a seat). The rules' types cannot tell a
// party from another organisation (deprules/rules/member.txt).
var partyOnlyRules = map[string]bool{
	"dep:memberOf/politician-party": true,
	"dep:memberOf/stand-for-party":  true,
}

// depRelations runs the dependency rules (package deprules) after the
// surface rules: each sentence with two entities and a trigger word of a
// rule is parsed, the rules read the parse, and their facts are added
// through the same checks as every other fact (argument types, no
// duplicates: a fact a surface rule already found keeps its rule). Only
// those sentences are parsed, which keeps extraction fast.
func (r *relState) depRelations() {
	g, err := deprules.Default()
	if err != nil {
		return // the embedded rules are checked by deprules' tests
	}
	a := r.a
	var lower []string
	var dms []deprules.Mention
	var ents []int
	for i := range a.doc.Sentences {
		if i >= len(a.sentTokens) {
			break
		}
		ms := a.mentionsIn(i)
		if len(ms) < 2 || !model.TwoEntities(ms) {
			continue
		}
		sp := a.sentTokens[i]
		toks := a.tokens[sp.Start:sp.End]
		lower = lower[:0]
		for _, t := range toks {
			lower = append(lower, relFold(t.Lower()))
		}
		dms, ents = r.depMentions(toks, ms, dms[:0], ents[:0])
		if !g.Worth(lower, dms) {
			continue
		}
		s := a.parsed(i) // shared with the open relations (parse_cache.go)
		if s == nil {
			return
		}
		for _, f := range g.Match(s, dms) {
			conf := f.Confidence
			if r.inQuotation(toks[f.Trigger].Start) {
				conf -= 0.1 // reported speech is the speaker's claim
			}
			sub, obj := ents[f.Subject], ents[f.Object]
			if f.Predicate == MetWith && (r.affiliated(sub, obj) || strings.HasSuffix(f.Rule, "/verb") && r.teamsPlaying([]int{sub}, []int{obj})) {
				continue // one does not meet one's own party or company; sides meet to play
			}
			if (strings.HasPrefix(f.Rule, "dep:participatedIn/contest") || f.Rule == "dep:participatedIn/entrant") && !contestEvent(r.a.doc.Entities[obj].Name) {
				continue
			}
			if partyOnlyRules[f.Rule] && !r.a.isParty(obj) {
				continue // "an EU politician" is no member of the EU
			}
			if f.Rule == depHostedPassiveRule && r.depHostUndone(i, s, f.Trigger, dms[f.Object].First, dms[f.Subject].Last) {
				continue // cancelled or only wished for (relations_hosts_dep.go)
			}
			if r.depHostedBesideWillHost(sub, f.Predicate, obj, i) {
				continue // the surface rules read the time words (relations_hosts_dep.go)
			}
			r.add(sub, f.Predicate, obj, i, f.Rule, conf)
		}
	}
}

// depMentions locates a sentence's mentions in its tokens, the longest
// first so that "the Belarusian leader" wins over the demonym inside it,
// and gives each the entity types a rule may read it as: an organisation
// named like a gathering is also an event ("the World Economic Forum"),
// a treaty also an organisation one joins or leaves.
func (r *relState) depMentions(toks []textseg.Token, ms []Mention, dms []deprules.Mention, ents []int) ([]deprules.Mention, []int) {
	taken := make([]bool, len(toks))
	order := make([]int, 0, len(ms))
	for j := range ms {
		order = append(order, j)
	}
	for j := 1; j < len(order); j++ {
		for k := j; k > 0 && relSpanLen(ms[order[k]].Span) > relSpanLen(ms[order[k-1]].Span); k-- {
			order[k], order[k-1] = order[k-1], order[k]
		}
	}
	dateline := textseg.DatelineEnd(toks) // relations_datelines.go
	for _, j := range order {
		m := ms[j]
		if m.Entity < 0 || m.Entity >= len(r.a.doc.Entities) {
			continue
		}
		first, last := relTokRange(toks, m.Start, m.End)
		first = honorificStart(toks, first) // deprel_honorifics.go
		if first < dateline {
			continue // negative: not in the sentence's tokens, or in its dateline
		}
		free := true
		for k := first; k <= last; k++ {
			free = free && !taken[k]
		}
		if !free {
			continue
		}
		for k := first; k <= last; k++ {
			taken[k] = true
		}
		t := r.typeOf(m.Entity)
		lead := toks[0].Start // the mention and up to three words before it ("the 2002 football World Cup")
		if first >= 3 {
			lead = toks[first-3].Start
		}
		if (t == Event || r.eventLike(m.Entity)) && otherEdition(r.a.doc.Text[lead:m.End], r.a.doc.Entities[m.Entity].Name) {
			continue // "the 2002 World Cup" resolved to another edition's entity
		}
		types := []string{string(t)}
		if t == Organization && r.eventLike(m.Entity) {
			types = append(types, string(Event))
		}
		if t == Event && r.agreementLike(m.Entity) {
			types = append(types, string(Organization))
		}
		dms = append(dms, deprules.Mention{First: first, Last: last, Types: types})
		ents = append(ents, m.Entity)
	}
	return dms, ents
}

// inQuotation reports whether byte offset off lies inside a quotation.
func (r *relState) inQuotation(off int) bool {
	for _, q := range r.a.doc.Quotes {
		for _, p := range q.Pieces {
			if off >= p.Start && off < p.End {
				return true
			}
		}
	}
	return false
}

// affiliated reports a leaderOf or memberOf fact between a and b either
// way: "a meeting between ONGC chairman Subir Raha and ..." parsed with
// the company beside its chairman is no meeting of the two.
func (r *relState) affiliated(a, b int) bool {
	for _, p := range []string{LeaderOf, MemberOf} {
		if r.seen[relFactKey{a, p, b}] || r.seen[relFactKey{b, p, a}] {
			return true
		}
	}
	return false
}

// otherEdition reports a mention naming a year when its entity's name
// names another: coreference may bind "the 2002 football World Cup" to the
// 2011 Rugby World Cup named earlier, and a fact about one edition is not
// about another.
func otherEdition(mention, name string) bool {
	years := func(s string) []string {
		var out []string
		for i := 0; i+4 <= len(s); i++ {
			y := s[i : i+4]
			if (y[0] == '1' || y[0] == '2') && allDigits(y) && (i == 0 || !textseg.IsDigitByte(s[i-1])) &&
				(i+4 == len(s) || !textseg.IsDigitByte(s[i+4])) {
				out = append(out, y)
			}
		}
		return out
	}
	ny := years(name)
	if len(ny) == 0 {
		return false
	}
	for _, y := range years(mention) {
		if !strings.Contains(name, y) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !textseg.IsDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// contestEvent reports whether an event named so is a contest whose
// winners and losers took part in it. Awards are left out: their winners
// are films, shows and games as often as people, and the entity typer
// does not tell a film from a person or a company ("Fahrenheit 9/11 won
// best film at the People's Choice Awards"). A bare series name ("Grand
// Slam", "Open", "Cup") names no one event.
func contestEvent(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"award", "prize", "oscar", "bafta", "grammy", "globe", "festival", "emmy", "brit"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	switch low {
	case "grand slam", "grand slams", "open", "cup", "games", "championship", "championships", "series", "league", "final":
		return false
	}
	return true
}
