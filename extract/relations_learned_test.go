package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/relmodel"
)

// learnedExample is one line of relmodel/examples.txt.
type learnedExample struct {
	positive        bool
	pred, subj, obj string
	sentence, kind  string
	line            int
}

func readLearnedExamples(t *testing.T) []learnedExample {
	t.Helper()
	raw, err := os.ReadFile("relmodel/examples.txt")
	if err != nil {
		t.Fatalf("read examples: %v", err)
	}
	var out []learnedExample
	for n, line := range strings.Split(string(raw), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 || (line[0] != '+' && line[0] != '-') {
			t.Fatalf("examples.txt:%d: want 'SIGN PREDICATE | SUBJECT | OBJECT | SENTENCE | KIND', got %q", n+1, line)
		}
		out = append(out, learnedExample{positive: line[0] == '+', pred: strings.TrimSpace(f[0][1:]),
			subj: strings.TrimSpace(f[1]), obj: strings.TrimSpace(f[2]), sentence: strings.TrimSpace(f[3]),
			kind: strings.TrimSpace(f[4]), line: n + 1})
	}
	if len(out) == 0 {
		t.Fatal("examples.txt holds no example")
	}
	return out
}

// learnedDoc wraps an invented sentence as a story with a headline, as the
// articles come.
func learnedDoc(sentence string) []byte {
	return []byte("A story invented for a test\n\n" + sentence + "\n")
}

// findCandidate returns the candidate of pred between the named entities.
func findCandidate(cands []RelCandidate, pred, subj, obj string) *RelCandidate {
	for i, c := range cands {
		if c.Predicate == pred && c.SubjectNames[0] == subj && c.ObjectNames[0] == obj {
			return &cands[i]
		}
	}
	return nil
}

// TestLearnedExamples walks relmodel/examples.txt: positives are
// candidates (and facts where the committed model keeps the predicate),
// near misses give no learned fact, each stopped by the guard its line
// names.
func TestLearnedExamples(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	m, err := relmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range readLearnedExamples(t) {
		_, cands, err := x.RelationCandidates(context.Background(), "example", learnedDoc(ex.sentence))
		if err != nil {
			t.Fatalf("line %d: %v", ex.line, err)
		}
		c := findCandidate(cands, ex.pred, ex.subj, ex.obj)
		doc, err := x.Extract(context.Background(), "example", learnedDoc(ex.sentence))
		if err != nil {
			t.Fatalf("line %d: %v", ex.line, err)
		}
		var learned, any bool
		for _, f := range doc.Facts {
			if f.Predicate != ex.pred || doc.Entities[f.Subject].Name != ex.subj || doc.Entities[f.Object].Name != ex.obj {
				continue
			}
			any = true
			learned = learned || f.Rule == "learned:"+ex.pred
		}
		kept := m.Predicates[ex.pred] != nil
		switch {
		case ex.positive:
			if c == nil || c.Blocked {
				t.Errorf("line %d: want an open candidate %s %s %s, got %+v", ex.line, ex.subj, ex.pred, ex.obj, c)
			}
			if kept && !any {
				t.Errorf("line %d: the model keeps %s but the document lacks %s %s %s", ex.line, ex.pred, ex.subj, ex.pred, ex.obj)
			}
		case learned:
			t.Errorf("line %d: near miss (%s) gave a learned fact", ex.line, ex.kind)
		case ex.kind == "negation" || ex.kind == "modal" || ex.kind == "plan":
			if c == nil || !c.Blocked {
				t.Errorf("line %d: want a blocked candidate (%s), got %+v", ex.line, ex.kind, c)
			}
		case ex.kind == "type":
			if c != nil {
				t.Errorf("line %d: types that do not fit %s gave a candidate", ex.line, ex.pred)
			}
		case ex.kind == "unrelated":
			if c == nil {
				t.Errorf("line %d: want an (unrelated) candidate to score", ex.line)
			} else if p := m.Predicates[ex.pred]; p != nil && p.Score(c.Features) >= p.Threshold {
				t.Errorf("line %d: unrelated pair scores %.2f >= %.2f", ex.line, p.Score(c.Features), p.Threshold)
			}
		default:
			t.Errorf("line %d: unknown kind %q", ex.line, ex.kind)
		}
	}
}

// TestLearnedTrainingSeparates trains a memberOf model on the candidates
// of the invented examples (positives against unrelated co-occurrences)
// and checks that it scores every positive above every negative.
func TestLearnedTrainingSeparates(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var exs []relmodel.Example
	var pos, neg [][]string
	for _, ex := range readLearnedExamples(t) {
		if ex.pred != MemberOf || !ex.positive && ex.kind != "unrelated" {
			continue
		}
		_, cands, err := x.RelationCandidates(context.Background(), "example", learnedDoc(ex.sentence))
		if err != nil {
			t.Fatal(err)
		}
		c := findCandidate(cands, ex.pred, ex.subj, ex.obj)
		if c == nil {
			t.Fatalf("line %d: no candidate", ex.line)
		}
		exs = append(exs, relmodel.Example{Features: c.Features, Positive: ex.positive})
		if ex.positive {
			pos = append(pos, c.Features)
		} else {
			neg = append(neg, c.Features)
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		t.Fatal("examples.txt needs memberOf positives and unrelated negatives")
	}
	p := relmodel.Train(exs, relmodel.TrainOptions{MinCount: 1})
	for _, pf := range pos {
		for _, nf := range neg {
			if p.Score(pf) <= p.Score(nf) {
				t.Errorf("positive %.3f <= negative %.3f", p.Score(pf), p.Score(nf))
			}
		}
	}
}
