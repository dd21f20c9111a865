package extract

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/relmodel"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// The learned relation stage (relmodel) links entity pairs the rules left
// unlinked. Every ordered pair of distinct entities named in one sentence
// whose types fit a predicate is a candidate; its features are the
// dependency path between the two mentions' heads, the words between
// them, the governing words, the types, order and distance, and cues of
// negation, modality and quotation. One logistic regression per predicate
// scores the candidate, and a pair whose best sentence scores at or above
// the predicate's cross-validated threshold becomes a fact with rule
// "learned:<predicate>". Pairs the rules link with any predicate are not
// candidates, and a negated or modal clause gives no fact whatever the
// score (the rules' convention: no fact from a denied or hypothetical
// clause). tools/trainrel trains the models from the same candidates.

// RelCandidate is one candidate pair as the trainer sees it: the names of
// both entities (to match the gold by name and alias), the predicate it
// is a candidate for, the sentence and the features.
type RelCandidate struct {
	Predicate    string
	Subject      int // entity index when the stage ran (entities may be pruned later)
	Object       int
	SubjectNames []string // canonical name first, then aliases
	ObjectNames  []string
	Sentence     int
	Features     []string
	// Blocked: a negated or modal clause, which gives no fact.
	Blocked bool
	// Linked: the rules link the pair already (with any predicate). Such
	// pairs are trained on (they teach the constructions the rules know)
	// but never become learned facts.
	Linked bool
}

type relCandidateSink struct{ cands []RelCandidate }

type relCandidateKey struct{}

// RelationCandidates extracts source as Extract does, except that the
// learned stage adds no fact and returns its candidates instead (for
// tools/trainrel). The returned document holds the rules' facts only.
func (x *Extractor) RelationCandidates(ctx context.Context, source string, raw []byte) (*Document, []RelCandidate, error) {
	sink := &relCandidateSink{}
	doc, err := x.Extract(context.WithValue(ctx, relCandidateKey{}, sink), source, raw)
	if err != nil {
		return nil, nil, fmt.Errorf("relation candidates of %s: %w", source, err)
	}
	return doc, sink.cands, nil
}

// learnedPredicates are the predicates the stage proposes, with the
// subject and object types each takes (GOLD.md: a person, body or country
// is a member of an organisation and takes part in an event).
var learnedPredicates = []struct {
	pred     string
	subjects []EntityType
	object   EntityType
}{
	{MemberOf, []EntityType{Person, Organization, Country}, Organization},
	{ParticipatedIn, []EntityType{Person, Organization, Country}, Event},
}

// learnedMaxGap bounds the words between two mentions: farther pairs are
// no candidates (the development sets' facts sit closer, and parsing a
// long sentence for a far pair is wasted).
const learnedMaxGap = 25

// learnedMention is a mention located in its sentence's tokens.
type learnedMention struct {
	ent         int
	first, last int
	typ         EntityType
}

// learnedRelations is the stage; the hook calls it right after the rules
// (extractor.go). With a candidate sink in ctx it records candidates and
// adds nothing. With no predicate kept it returns at once: the sentences
// it would parse are shared with the open relations through the parse
// cache, and a parse there changes which open facts are read, so an idle
// stage must not parse.
func (x *Extractor) learnedRelations(ctx context.Context, a *analysis) {
	if a == nil || a.doc == nil || len(a.sentTokens) == 0 || len(a.doc.Entities) < 2 {
		return
	}
	sink, _ := ctx.Value(relCandidateKey{}).(*relCandidateSink)
	var m *relmodel.Model
	if sink == nil {
		var err error
		if m, err = relmodel.Default(); err != nil || len(m.Predicates) == 0 {
			return // the embedded model is checked by relmodel's tests
		}
	}
	r := newRelState(a)
	r.gaz = x.gaz
	linked := make(map[[2]int]bool, len(a.doc.Facts))
	for _, f := range a.doc.Facts {
		linked[[2]int{f.Subject, f.Object}] = true
		linked[[2]int{f.Object, f.Subject}] = true
	}
	named := a.namedEntities()
	type best struct {
		score float64
		sent  int
	}
	found := map[relFactKey]best{}
	var order []relFactKey
	for i := range a.doc.Sentences {
		if i >= len(a.sentTokens) {
			break
		}
		cands := r.learnedCandidates(i, linked, named, sink != nil)
		for _, c := range cands {
			if sink != nil {
				e := a.doc.Entities
				c.SubjectNames = append([]string{e[c.Subject].Name}, e[c.Subject].Aliases...)
				c.ObjectNames = append([]string{e[c.Object].Name}, e[c.Object].Aliases...)
				sink.cands = append(sink.cands, c)
				continue
			}
			p := m.Predicates[c.Predicate]
			if p == nil || c.Blocked {
				continue
			}
			sc := p.Score(c.Features)
			if sc < p.Threshold {
				continue
			}
			k := relFactKey{c.Subject, c.Predicate, c.Object}
			if b, ok := found[k]; !ok || sc > b.score {
				if !ok {
					order = append(order, k)
				}
				found[k] = best{sc, i}
			}
		}
	}
	for _, k := range order {
		b := found[k]
		r.add(k.s, k.p, k.o, b.sent, "learned:"+k.p, b.score)
	}
}

// namedEntities marks the entities the text names (by name or acronym)
// somewhere: an entity met only as a demonym or pronoun is pruned later
// unless a fact keeps it, and the model should not keep one alive.
func (a *analysis) namedEntities() []bool {
	named := make([]bool, len(a.doc.Entities))
	for _, m := range a.doc.Mentions {
		if m.Entity >= 0 && m.Entity < len(named) && (m.Kind == MentionName || m.Kind == MentionAcronym) {
			named[m.Entity] = true
		}
	}
	return named
}

// learnedCandidates returns the candidate pairs of sentence i with their
// features; the sentence is parsed only when it holds a candidate.
// With train, pairs the rules link are candidates too, marked Linked.
func (r *relState) learnedCandidates(i int, linked map[[2]int]bool, named []bool, train bool) []RelCandidate {
	a := r.a
	ms := a.mentionsIn(i)
	if len(ms) < 2 || !twoEntities(ms) {
		return nil
	}
	sp := a.sentTokens[i]
	toks := a.tokens[sp.Start:sp.End]
	lms := r.learnedMentions(toks, ms, named)
	type pair struct {
		pred string
		s, o learnedMention
	}
	var pairs []pair
	at := map[relFactKey]int{}
	for _, sm := range lms {
		for _, om := range lms {
			if sm.ent == om.ent || !train && linked[[2]int{sm.ent, om.ent}] {
				continue
			}
			gap := learnedGap(sm, om)
			if gap > learnedMaxGap {
				continue
			}
			for _, lp := range learnedPredicates {
				if om.typ != lp.object || !typeIn(sm.typ, lp.subjects) {
					continue
				}
				k := relFactKey{sm.ent, lp.pred, om.ent}
				if j, ok := at[k]; ok {
					// the closest pair of mentions speaks for the entities
					if gap < learnedGap(pairs[j].s, pairs[j].o) {
						pairs[j] = pair{lp.pred, sm, om}
					}
					continue
				}
				at[k] = len(pairs)
				pairs = append(pairs, pair{lp.pred, sm, om})
			}
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	ps := a.parsed(i)
	if ps == nil || ps.Len() != len(toks) {
		return nil
	}
	out := make([]RelCandidate, 0, len(pairs))
	for _, p := range pairs {
		fs, blocked := r.learnedFeatures(toks, ps, p.s, p.o)
		out = append(out, RelCandidate{Predicate: p.pred, Subject: p.s.ent, Object: p.o.ent,
			Sentence: i, Features: fs, Blocked: blocked, Linked: linked[[2]int{p.s.ent, p.o.ent}]})
	}
	return out
}

func typeIn(t EntityType, ts []EntityType) bool {
	for _, u := range ts {
		if t == u {
			return true
		}
	}
	return false
}

// learnedGap is the number of words between two mentions.
func learnedGap(x, y learnedMention) int {
	if x.last < y.first {
		return y.first - x.last - 1
	}
	if y.last < x.first {
		return x.first - y.last - 1
	}
	return 0
}

// learnedMentions locates the sentence's mentions in its tokens, the
// longest first (the demonym inside "the Belarusian leader" loses), and
// types each as the rules read it: a body named like a gathering is an
// event one takes part in. Demonyms and entities the text never names
// are left out.
func (r *relState) learnedMentions(toks []textseg.Token, ms []Mention, named []bool) []learnedMention {
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
	dateline := datelineEnd(toks)
	var out []learnedMention
	for _, j := range order {
		m := ms[j]
		if m.Entity < 0 || m.Entity >= len(named) || !named[m.Entity] || m.Kind == MentionDemonym {
			continue
		}
		first, last := relTokRange(toks, m.Start, m.End)
		if first < 0 || first < dateline {
			continue
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
		if t == Organization && r.eventLike(m.Entity) {
			t = Event
		}
		out = append(out, learnedMention{ent: m.Entity, first: first, last: last, typ: t})
	}
	return out
}

// learnedHead is the mention's word whose head lies outside it.
func learnedHead(ps *syntax.Sentence, m learnedMention) int {
	for k := m.first; k <= m.last; k++ {
		h := ps.Head[k] - 1
		if h < m.first || h > m.last {
			return k
		}
	}
	return m.last
}

// learnedFeatures returns the features of the pair (s, o) and whether a
// negation or modal governs the path between them.
func (r *relState) learnedFeatures(toks []textseg.Token, ps *syntax.Sentence, s, o learnedMention) ([]string, bool) {
	cues := relmodel.DefaultCues()
	types := string(s.typ) + ">" + string(o.typ)
	fs := []string{"T:" + types}
	if s.first < o.first {
		fs = append(fs, "ORD:so")
	} else {
		fs = append(fs, "ORD:os")
	}
	gap := learnedGap(s, o)
	fs = append(fs, "GAP:"+learnedBucket(gap))
	lemma := func(k int) string {
		if k < 0 || k >= ps.Len() {
			return "<none>"
		}
		l := strings.ToLower(ps.Lemmas[k])
		if ps.UPOS[k] == "PROPN" || ps.UPOS[k] == "NUM" {
			return "<" + ps.UPOS[k] + ">" // names and numbers do not generalise
		}
		return relFold(l)
	}
	// words between, bounded: all when few, else the first and last three
	lo, hi := s.last+1, o.first
	if o.first < s.first {
		lo, hi = o.last+1, s.first
	}
	var between []string
	for k := lo; k < hi; k++ {
		between = append(between, lemma(k))
	}
	if len(between) <= 4 {
		fs = append(fs, "BWS:"+strings.Join(between, "_"))
	}
	for j, w := range between {
		if j < 3 || j >= len(between)-3 {
			fs = append(fs, "BW:"+w)
		}
	}
	fs = append(fs, "PREV:"+lemma(min(s.first, o.first)-1), "NEXT:"+lemma(max(s.last, o.last)+1))
	// the dependency path through the lowest common ancestor
	hs, ho := learnedHead(ps, s), learnedHead(ps, o)
	up := func(k int) []int {
		var chain []int
		for n := 0; k >= 0 && n < 64; n++ {
			chain = append(chain, k)
			k = ps.Head[k] - 1
		}
		return chain
	}
	cs, co := up(hs), up(ho)
	pos := map[int]int{}
	for j, k := range co {
		pos[k] = j
	}
	top, js, jo := -1, 0, 0
	for j, k := range cs {
		if jj, ok := pos[k]; ok {
			top, js, jo = k, j, jj
			break
		}
	}
	blocked := false
	if top < 0 {
		fs = append(fs, "PATH:none")
	} else {
		var lab, lex []string
		for _, k := range cs[:js] {
			lab = append(lab, ps.Deprel[k]+"^")
			lex = append(lex, ps.Deprel[k]+"^")
			if k != hs {
				lex[len(lex)-1] += lemma(k)
			}
		}
		lex = append(lex, "["+lemma(top)+"]")
		lab = append(lab, "[]")
		for j := jo - 1; j >= 0; j-- {
			k := co[j]
			lab = append(lab, "v"+ps.Deprel[k])
			if k != ho {
				lex = append(lex, "v"+ps.Deprel[k]+lemma(k))
			} else {
				lex = append(lex, "v"+ps.Deprel[k])
			}
		}
		n := js + jo
		fs = append(fs, "PLEN:"+learnedBucket(n), "PATHL:"+strings.Join(lab, " "),
			"TOP:"+lemma(top), "TOPPOS:"+ps.UPOS[top], "TTOP:"+types+":"+lemma(top))
		if n <= 6 {
			fs = append(fs, "PATH:"+strings.Join(lex, " "))
		}
		// the governing words of each end and whether a negation or a
		// modal hangs on any word of the path
		onPath := map[int]bool{}
		for _, k := range cs[:js+1] {
			onPath[k] = true
		}
		for _, k := range co[:jo+1] {
			onPath[k] = true
		}
		for k := 0; k < ps.Len(); k++ {
			h := ps.Head[k] - 1
			if !onPath[h] {
				continue
			}
			l := strings.ToLower(ps.Lemmas[k])
			w := relFold(toks[k].Lower())
			switch {
			case cues.Negation[l] || cues.Negation[w]:
				fs = append(fs, "NEG")
				blocked = true
			case cues.Modal[l] || cues.Modal[w]:
				fs = append(fs, "MODAL:"+l)
				blocked = true
			}
		}
		for k := range onPath {
			if cues.Plan[strings.ToLower(ps.Lemmas[k])] {
				fs = append(fs, "PLAN")
				blocked = true
			}
		}
	}
	fs = append(fs, "SG:"+ps.Deprel[hs]+":"+lemma(ps.Head[hs]-1), "OG:"+ps.Deprel[ho]+":"+lemma(ps.Head[ho]-1))
	if r.inQuotation(toks[s.first].Start) || r.inQuotation(toks[o.first].Start) {
		fs = append(fs, "QUOTE")
	}
	return fs, blocked
}

// learnedBucket groups a count: exact up to 4, then coarse bands.
func learnedBucket(n int) string {
	switch {
	case n <= 4:
		return strconv.Itoa(n)
	case n <= 7:
		return "5-7"
	case n <= 12:
		return "8-12"
	}
	return "13+"
}
