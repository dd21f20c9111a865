//go:build oietrace

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/openfacts"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// TestOpenTrace writes every openie tuple of the BBC corpus with why it
// was kept or left out to $OIE_TRACE, one a line: reason (KEPT when
// kept), clause, subject source, relation, arguments with the entities
// inside each, file, sentence, and whether both ends would be entities
// (E2E). A measuring aid for the open-fact filters, built only with
// -tags oietrace:
//
//	OIE_TRACE=/tmp/trace.tsv go test -tags oietrace -run TestOpenTrace ./extract
func TestOpenTrace(t *testing.T) {
	f := traceFile(t, "OIE_TRACE")
	var name string
	openfacts.Trace = func(doc *Document, i int, s *syntax.Sentence, tp openie.Tuple, why string) {
		if why == "" {
			why = "KEPT"
		}
		sp := doc.Sentences[i].Span
		sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
		args := make([]string, len(tp.Args))
		for k, a := range tp.Args {
			inA := ""
			for _, m := range doc.Mentions {
				if m.Sentence == i && m.Entity >= 0 {
					if st, en, ok := a.Bytes(s); ok && m.Start >= st && m.End <= en {
						inA += "[" + doc.Entities[m.Entity].Name + "]"
					}
				}
			}
			args[k] = a.Role + ":" + a.Text + inA
		}
		pot := "-"
		if len(tp.Args) >= 2 {
			ms := doc.Mentions[:0:0]
			for _, m := range doc.Mentions {
				if m.Sentence == i {
					ms = append(ms, m)
				}
			}
			su, ob := openfacts.Ends(s, tp, ms)
			if su >= 0 && ob >= 0 && su != ob {
				pot = "E2E"
			} else if su >= 0 {
				pot = "S"
			} else if ob >= 0 {
				pot = "O"
			}
		}
		heads := make([]string, 0, 2)
		for _, a := range tp.Args[:min(2, len(tp.Args))] {
			heads = append(heads, headShape(s, a.Head))
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", why, tp.Clause, tp.SubjectFrom, tp.Relation, strings.Join(args, " | "), name, sent, pot, strings.Join(heads, " | "))
	}
	defer func() { openfacts.Trace = nil }()
	extractCorpus(t, &name, nil)
}

// headShape writes an argument head as word/UPOS/deprel with its
// dependents' relations, so a trace can be grouped by construction.
func headShape(s *syntax.Sentence, h int) string {
	if h < 0 || h >= len(s.Head) {
		return "-"
	}
	var deps []string
	for k := range s.Head {
		if s.Head[k]-1 == h {
			deps = append(deps, s.Deprel[k]+"="+s.Words[k])
		}
	}
	return s.Words[h] + "/" + s.UPOS[h] + "/" + s.Deprel[h] + " {" + strings.Join(deps, ",") + "}"
}

// TestOpenGaps writes, for every pair of mentions of two different
// entities at most six words apart in a BBC sentence, the words between
// them (names as their types) and whether a fixed or open fact of that
// sentence links the pair, to $OIE_GAPS: which constructions between
// names yield nothing. Built only with -tags oietrace:
//
//	OIE_GAPS=/tmp/gaps.tsv go test -tags oietrace -run TestOpenGaps ./extract
func TestOpenGaps(t *testing.T) {
	f := traceFile(t, "OIE_GAPS")
	var name string
	extractCorpus(t, &name, func(doc *Document) {
		linked := map[[3]int]string{}
		for _, fc := range doc.Facts {
			linked[[3]int{fc.Sentence, fc.Subject, fc.Object}] = "fixed"
			linked[[3]int{fc.Sentence, fc.Object, fc.Subject}] = "fixed"
		}
		for _, o := range doc.OpenFacts {
			linked[[3]int{o.Sentence, o.Subject, o.Object}] = "open"
			linked[[3]int{o.Sentence, o.Object, o.Subject}] = "open"
		}
		ms := doc.Mentions
		for a := range ms {
			for b := a + 1; b < len(ms) && ms[b].Sentence == ms[a].Sentence; b++ {
				m1, m2 := ms[a], ms[b]
				if m1.Entity < 0 || m2.Entity < 0 || m1.Entity == m2.Entity || m2.Start < m1.End || m1.Kind != MentionName || m2.Kind != MentionName {
					continue
				}
				between := doc.Text[m1.End:m2.Start]
				if len(strings.Fields(between)) > 6 || strings.ContainsAny(between, "\n") {
					continue
				}
				how := linked[[3]int{m1.Sentence, m1.Entity, m2.Entity}]
				if how == "" {
					how = "none"
				}
				fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", how, doc.Entities[m1.Entity].Type, strings.TrimSpace(between),
					doc.Entities[m2.Entity].Type, doc.Entities[m1.Entity].Name+" | "+doc.Entities[m2.Entity].Name, name,
					sentenceText(doc, m1.Sentence))
			}
		}
	})
}

// quietTypes are the entity types whose pairs an open fact may link.
var quietTypes = map[EntityType]bool{Person: true, Organization: true, Place: true, Country: true, City: true, Event: true}

// TestOpenQuiet writes every BBC sentence that holds mentions of two or
// more different entities of quietTypes and yields no open fact to
// $OIE_QUIET, one a line: whether a fixed fact links a pair there, the
// mentions as name/kind, file, sentence index and the sentence. It
// counts where open-fact yield is lost. Built only with -tags oietrace:
//
//	OIE_QUIET=/tmp/quiet.tsv go test -tags oietrace -run TestOpenQuiet ./extract
func TestOpenQuiet(t *testing.T) {
	f := traceFile(t, "OIE_QUIET")
	var name string
	kinds := map[MentionKind]string{MentionName: "name", MentionAcronym: "acronym", MentionDemonym: "demonym", MentionRole: "role", MentionPronoun: "pronoun"}
	extractCorpus(t, &name, func(doc *Document) {
		open, fixed := map[int]bool{}, map[int]bool{}
		for _, o := range doc.OpenFacts {
			open[o.Sentence] = true
		}
		for _, fc := range doc.Facts {
			fixed[fc.Sentence] = true
		}
		for i := range doc.Sentences {
			if open[i] {
				continue
			}
			ents := map[int]bool{}
			var ms []string
			for _, m := range doc.Mentions {
				if m.Sentence != i || m.Entity < 0 || !quietTypes[doc.Entities[m.Entity].Type] {
					continue
				}
				ents[m.Entity] = true
				ms = append(ms, doc.Text[m.Start:m.End]+"/"+kinds[m.Kind])
			}
			if len(ents) < 2 {
				continue
			}
			fmt.Fprintf(f, "%v\t%s\t%s\t%d\t%s\n", fixed[i], strings.Join(ms, "; "), name, i, sentenceText(doc, i))
		}
	})
}
