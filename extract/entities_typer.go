package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nertype"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// typerLabel maps an entity type to the typer's label.
func typerLabel(t EntityType) (nertype.Label, bool) {
	switch t {
	case Person:
		return nertype.Person, true
	case Organization:
		return nertype.Organization, true
	case Country, City, Place:
		return nertype.Place, true
	case Event:
		return nertype.Event, true
	}
	return 0, false
}

// TyperSilver reads raw as Extract does up to entity resolution and
// returns training names for the trained typer (extract/nertype): every
// name mention of an entity whose type the rules decided with strong
// evidence (a gazetteer name, a head word, a title or honorific, a
// team-sheet line), labelled with that type and described by its context
// features only (nertype.ContextOnly), so that the typer learns what a
// news context says of a name rather than the cue the rules used. An
// entity whose strong mentions disagree, or disagree with its type, is
// left out.
func (x *Extractor) TyperSilver(ctx context.Context, source string, raw []byte) ([]nertype.Example, error) {
	text, _, err := textseg.Decode(source, raw)
	if err != nil {
		return nil, fmt.Errorf("typer silver %s: %w", source, err)
	}
	a := &analysis{x: x, doc: &Document{Source: source, Text: text}}
	a.segment()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.findMentions(a)
	x.findDescribedEvents(a)
	x.resolveEntities(a)
	ents := a.doc.Entities
	sure := make([]bool, len(ents))
	bad := make([]bool, len(ents))
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || !m.strong || m.kind == MentionDemonym || len(m.contextual) > 0 {
			continue
		}
		if typerSame(m.typ, ents[m.entity].Type) {
			sure[m.entity] = true
		} else {
			bad[m.entity] = true
		}
	}
	var out []nertype.Example
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || !sure[m.entity] || bad[m.entity] || m.kind != MentionName || m.hidden {
			continue
		}
		label, ok := typerLabel(ents[m.entity].Type)
		if !ok {
			continue
		}
		s := a.typerWords(m.sent)
		base := a.sentTokens[m.sent].Start
		cueBefore := m.honor != "" || len(m.titleWords) > 0
		fs := nertype.ContextOnly(nertype.Features(s, m.t0-base, m.t1-base), cueBefore)
		if len(fs) > 0 {
			out = append(out, nertype.Example{Features: fs, Gold: label})
		}
	}
	return out, ctx.Err()
}

// typerSame reports whether a mention's type agrees with its entity's:
// a country or city mention may make a place entity and so on.
func typerSame(m, e EntityType) bool {
	lm, ok1 := typerLabel(m)
	le, ok2 := typerLabel(e)
	return ok1 && ok2 && lm == le
}

// typerRetypes lists the retypings the trained typer may make and the
// mean margin per mention it needs for each. It is empty: the typer is
// switched off, its code path kept and tested (entities_typer_test.go).
//
// The typer once learnt from the BBC corpus's names; those texts' terms
// allow research use only, not shipping what is learnt from them, so the
// model now learns from licensed text only (EWT's and GUM's non-news train
// documents: tools/train-nertype). Web, academic and travel contexts do
// not carry over to news: over the BBC corpus, against the typer off,
// Organization->Person at margin 12 changed 2 entities, 1 right; at 6,
// 18 changed, 4 right (products "Intel Celeron", "Cadillac XLR", firms
// "Highfield", festivals "Berlinale"); bench/audit/sheets/
// entities-typer3-diff.tsv. The BBC-trained model had been right on 63 of
// 65 at 12: its strength was news-only contexts such as team sheets
// ("G Henson (Swansea)"). Person->Organization, tried with a parsed model,
// was 15 of 22 right; places and events were never audited.
var typerRetypes = map[[2]EntityType]float64{}

// typerMayRetype reports whether typerRetypes holds a retyping from t.
func typerMayRetype(t EntityType) bool {
	for k := range typerRetypes {
		if k[0] == t {
			return true
		}
	}
	return false
}

// typerVote is the trained typer's say on a cluster of name mentions
// whose type the rules only guessed as rulesType: no gazetteer name, no
// title or honorific, no head word, no first name, no team-sheet line or
// coordination cue. Every name mention's context votes (their scores add
// up); it returns the new type and true when the vote is sure enough.
func (x *Extractor) typerVote(a *analysis, mem []int, rulesType EntityType) (EntityType, bool) {
	ms := a.ments
	named := 0
	for _, i := range mem {
		m := &ms[i]
		if m.canon != "" || m.honor != "" || len(m.titleWords) > 0 || m.strong || m.firstName || m.coordinated || m.side {
			return "", false
		}
		if m.kind == MentionName && !m.hidden {
			named++
		}
	}
	if named == 0 || !typerMayRetype(rulesType) {
		return "", false // nothing the typer may change: spare the parse
	}
	model, err := nertype.Load()
	if err != nil {
		return "", false // the embedded model is checked by nertype's tests
	}
	var sum nertype.Scores
	surface := ""
	for _, i := range mem {
		m := &ms[i]
		if m.kind != MentionName || m.hidden {
			continue
		}
		s := a.typerWords(m.sent)
		if len(m.surface) > len(surface) {
			surface = m.surface
		}
		base := a.sentTokens[m.sent].Start
		sum.Add(model.Score(s, m.t0-base, m.t1-base))
	}
	label, margin := sum.Best()
	var typ EntityType
	switch label {
	case nertype.Person:
		typ = Person
	case nertype.Organization:
		typ = Organization
	case nertype.Place:
		typ = Place
	case nertype.Event:
		typ = Event
	default:
		return "", false
	}
	need, ok := typerRetypes[[2]EntityType{rulesType, typ}]
	if !ok || margin/float64(named) < need {
		return "", false
	}
	if typ == Person && (!x.personShaped(surface) || a.surnameOfFullName(mem)) {
		return "", false
	}
	return typ, true
}

// surnameOfFullName reports whether a name of the cluster ends in the
// surname of a person the story names in full ("T Shanklin" in a team
// sheet, "Tom Shanklin" in the text): the team-sheet rules give that
// person the sheet's facts, which a second person "T Shanklin" would take.
func (a *analysis) surnameOfFullName(mem []int) bool {
	last := map[string]bool{}
	for _, i := range mem {
		if m := &a.ments[i]; m.kind == MentionName {
			last[a.tokens[m.t1-1].Text] = true
		}
	}
	for k := range a.ments {
		m := &a.ments[k]
		if m.typ == Person && m.kind == MentionName && m.t1-m.t0 >= 2 && !slices.Contains(mem, k) && last[a.tokens[m.t1-1].Text] {
			return true
		}
	}
	return false
}

// personShaped reports whether a name can be a person's by its form: not
// a single common word ("Come", from a title), not opening with a demonym
// ("American Life").
func (x *Extractor) personShaped(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	lw := strings.ToLower(ws[0])
	if len(ws) == 1 && lexicon.IsCommonWord(lw) {
		return false
	}
	_, dem := x.gaz.Demonym(ws[0])
	return !dem
}

// typerWords returns sentence i as the typer reads it: its words alone,
// not tagged or parsed. Parsing the sentences of every name the rules
// guess cost a tenth of extraction time; the words around a name carry
// most of what its context says ("said X", "X (Cheshire)", "shares in X").
func (a *analysis) typerWords(i int) *syntax.Sentence {
	r := a.sentTokens[i]
	s := &syntax.Sentence{Words: make([]string, 0, r.End-r.Start)}
	for _, t := range a.tokens[r.Start:r.End] {
		s.Words = append(s.Words, t.Text)
	}
	return s
}
