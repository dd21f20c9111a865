// Command trainrel trains the learned relation stage (extract/relmodel)
// on the gold of the development sets and measures it by leave-one-set-out
// cross-validation: for each set, the models are trained on the other
// sets and the facts they add over the rules on the held-out set are
// checked against its gold. Per predicate it prints the pooled precision
// and recall of the added facts and chooses the threshold (the lowest
// score at which the pooled precision of the facts scoring at least that
// much is still at least -precision); a predicate that cannot reach it is
// left out of the model. The final model is trained on all the sets.
//
//	go run ./tools/trainrel -out extract/relmodel/relmodel.json.gz
//
// It is run by hand, never in CI. The blind sets are never read.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/relmodel"
)

// devSets are the development sets trained on (extract/testdata/<set>).
var devSets = []string{"bbc-dev", "bbc-dev2", "bbc-dev3", "bbc-dev4", "bbc-dev5", "wikinews",
	"holdout", "holdout2", "holdout3", "invented-wire", "invented-politics", "gold"}

// learned are the predicates the stage proposes (relations_learned.go).
var learned = []string{extract.MemberOf, extract.ParticipatedIn}

type goldFile struct {
	Doc      string `json:"doc"`
	Text     string `json:"text"`
	Entities []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Facts []struct {
		S string `json:"s"`
		P string `json:"p"`
		O string `json:"o"`
	} `json:"facts"`
}

type triple struct{ s, p, o string }

// doc is one development document: its candidates, labelled, and the
// gold facts of each learned predicate that the rules missed.
type doc struct {
	set    string
	name   string
	cands  []extract.RelCandidate
	labels []string // resolved triple key per candidate ("" when not a gold fact)
	keys   []string // resolved key per candidate, for de-duplication
	ruled  map[triple]bool
	sents  []string
	missed map[string]int // predicate -> gold facts the rules missed
}

func main() {
	out := flag.String("out", "", "write the trained model here (gzip JSON)")
	root := flag.String("testdata", "extract/testdata", "directory of the development sets")
	floor := flag.Float64("precision", 0.85, "cross-validated precision the added facts must reach")
	minAdded := flag.Int("min-added", 10, "fewest added facts a threshold may rest on")
	shortest := flag.Bool("shortest", false, "label only each gold pair's closest sentence positive (else every sentence)")
	withRuled := flag.Bool("with-ruled", false, "measure only: also score the pairs the rules link, i.e. the model as a stand-alone extractor (no model is written)")
	list := flag.Int("list", 0, "print the N best-scored held-out pairs of each predicate, with their sentences")
	flag.Parse()
	if *withRuled && *out != "" {
		fmt.Fprintln(os.Stderr, "trainrel: -with-ruled measures only; its thresholds are not for the stage")
		os.Exit(2)
	}
	c := config{floor: *floor, minAdded: *minAdded, shortest: *shortest, withRuled: *withRuled, list: *list}
	if err := run(*out, *root, c); err != nil {
		fmt.Fprintln(os.Stderr, "trainrel:", err)
		os.Exit(1)
	}
}

type config struct {
	floor     float64
	minAdded  int
	shortest  bool
	withRuled bool
	list      int
}

// scored is one held-out fact: its best sentence's score and whether the
// gold has it.
type scored struct {
	score   float64
	correct bool
	what    string // document, pair and sentence, for -list
}

func run(out, root string, c config) error {
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	var docs []*doc
	for _, set := range devSets {
		paths, err := filepath.Glob(filepath.Join(root, set, "*.gold.json"))
		if err != nil {
			return fmt.Errorf("list %s: %w", set, err)
		}
		if len(paths) == 0 {
			return fmt.Errorf("no gold files in %s (run from the repository root; wikinews needs go run ./tools/gumtext first)", filepath.Join(root, set))
		}
		sort.Strings(paths)
		for _, gp := range paths {
			d, err := load(x, set, gp)
			if err != nil {
				return err
			}
			docs = append(docs, d)
		}
	}
	fmt.Printf("%d documents in %d sets; leave-one-set-out cross-validation of the facts added over the rules\n", len(docs), len(devSets))
	final := &relmodel.Model{Predicates: map[string]*relmodel.Predicate{},
		Trained: "gold of the development sets " + strings.Join(devSets, ", ")}
	fmt.Printf("%-15s %6s %6s %9s %6s %6s %9s %7s %6s  %s\n", "predicate", "cands", "pos", "threshold", "added", "right", "precision", "missed", "recall", "right among the k best")
	for _, p := range learned {
		preds, row := crossValidate(docs, p, c)
		best := fmt.Sprintf("@10:%d @20:%d @50:%d @100:%d", row.Best["10"], row.Best["20"], row.Best["50"], row.Best["100"])
		if !row.Kept {
			fmt.Printf("%-15s %6d %6d %9s %6s %6s %9s %7d %6s  %s  (left out: no threshold reaches %.2f)\n",
				p, row.Candidates, row.Positives, "-", "-", "-", "-", row.Missed, "-", best, c.floor)
		} else {
			fmt.Printf("%-15s %6d %6d %9.3f %6d %6d %9.2f %7d %6.2f  %s\n",
				p, row.Candidates, row.Positives, row.Threshold, row.Added, row.Correct, row.Precision, row.Missed, row.Recall, best)
			fm := relmodel.Train(examples(docs, p, "", c.shortest), relmodel.TrainOptions{})
			fm.Threshold, fm.CVPrecision, fm.CVRecall, fm.CVAdded, fm.CVCorrect = row.Threshold, row.Precision, row.Recall, row.Added, row.Correct
			final.Predicates[p] = fm
		}
		final.CV = append(final.CV, row)
		for i := 0; i < c.list && i < len(preds); i++ {
			fmt.Printf("  %3d %.3f %-5v %s\n", i+1, preds[i].score, preds[i].correct, preds[i].what)
		}
	}
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create model file: %w", err)
	}
	if err := final.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", out, err)
	}
	fmt.Println("wrote", out)
	return nil
}

// crossValidate trains predicate p's model on every set but one, scores
// the held-out set's candidate pairs (each entity pair by its best
// sentence, as the stage does), and pools the facts that would be added
// over the rules. The threshold is the lowest score at which the facts
// scoring at least that much are still right at least c.floor of the time
// (and number at least c.minAdded).
func crossValidate(docs []*doc, p string, c config) ([]scored, relmodel.CVRow) {
	row := relmodel.CVRow{Predicate: p, Floor: c.floor, Best: map[string]int{}}
	var preds []scored
	for _, d := range docs {
		row.Missed += d.missed[p]
	}
	for _, held := range devSets {
		m := relmodel.Train(examples(docs, p, held, c.shortest), relmodel.TrainOptions{})
		for _, d := range docs {
			if d.set != held {
				continue
			}
			best := map[string]scored{}
			for j, cd := range d.cands {
				if cd.Predicate != p || cd.Blocked || cd.Linked && !c.withRuled {
					continue
				}
				row.Candidates++
				k := d.keys[j]
				if tr, ok := parseKey(k); ok && d.ruled[tr] && !c.withRuled {
					continue // the rules have the fact already: not added
				}
				if sc := m.Score(cd.Features); sc > best[k].score || best[k].what == "" {
					best[k] = scored{sc, d.labels[j] != "", d.name + " | " + strings.ReplaceAll(k, "\x00", " ") + " | " + d.sents[cd.Sentence]}
				}
			}
			for _, s := range best {
				preds = append(preds, s)
				if s.correct {
					row.Positives++
				}
			}
		}
	}
	sort.SliceStable(preds, func(i, j int) bool {
		if preds[i].score != preds[j].score {
			return preds[i].score > preds[j].score
		}
		return preds[i].what < preds[j].what
	})
	n, right := 0, 0
	for i, s := range preds {
		n++
		if s.correct {
			right++
		}
		switch n {
		case 10, 20, 50, 100:
			row.Best[fmt.Sprint(n)] = right
		}
		if i+1 < len(preds) && preds[i+1].score == s.score {
			continue // a threshold cannot split equal scores
		}
		if n >= c.minAdded && float64(right) >= c.floor*float64(n) {
			row.Kept, row.Threshold, row.Added, row.Correct = true, s.score, n, right
		}
	}
	if row.Kept {
		row.Precision = round3(float64(row.Correct) / float64(row.Added))
		row.Recall = round3(float64(row.Correct) / float64(max(row.Missed, 1)))
	}
	return preds, row
}

func round3(v float64) float64 { return float64(int(v*1000+0.5)) / 1000 }

// examples returns the training pairs of predicate p from every set but
// held (all sets when held is ""). Blocked pairs never become facts and
// are not trained on. With shortest, a gold pair seen in several sentences
// is positive only in the one whose dependency path is shortest; its
// other sentences are left out rather than made negatives.
func examples(docs []*doc, p, held string, shortest bool) []relmodel.Example {
	var exs []relmodel.Example
	for _, d := range docs {
		if d.set == held {
			continue
		}
		keep := map[int]bool{}
		if shortest {
			bestLen := map[string]int{}
			bestAt := map[string]int{}
			for j, c := range d.cands {
				if c.Predicate != p || c.Blocked || d.labels[j] == "" {
					continue
				}
				l := pathLen(c.Features)
				if b, ok := bestLen[d.keys[j]]; !ok || l < b {
					bestLen[d.keys[j]], bestAt[d.keys[j]] = l, j
				}
			}
			for _, j := range bestAt {
				keep[j] = true
			}
		}
		for j, c := range d.cands {
			if c.Predicate != p || c.Blocked {
				continue
			}
			posv := d.labels[j] != ""
			if shortest && posv && !keep[j] {
				continue
			}
			exs = append(exs, relmodel.Example{Features: c.Features, Positive: posv})
		}
	}
	return exs
}

// pathLen reads the bucketed path length back from the features (for the
// shortest-sentence labelling only); no path counts as long.
func pathLen(fs []string) int {
	for _, f := range fs {
		if l, ok := strings.CutPrefix(f, "PLEN:"); ok {
			switch l {
			case "5-7":
				return 6
			case "8-12":
				return 10
			case "13+":
				return 13
			}
			return int(l[0] - '0')
		}
	}
	return 99
}

// load extracts one gold document's article and labels its candidates.
func load(x *extract.Extractor, set, gp string) (*doc, error) {
	raw, err := os.ReadFile(gp)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("decode %s: %w", gp, err)
	}
	txt := strings.TrimSuffix(gp, ".gold.json") + ".txt"
	if g.Text != "" {
		txt = filepath.Join(filepath.Dir(gp), g.Text)
	}
	text, err := os.ReadFile(txt)
	if err != nil {
		return nil, fmt.Errorf("article of %s: %w", gp, err)
	}
	dx, cands, err := x.RelationCandidates(context.Background(), txt, text)
	if err != nil {
		return nil, err
	}
	alias := map[string][]string{}
	for _, e := range g.Entities {
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			alias[norm(f)] = append(alias[norm(f)], e.Name)
		}
	}
	facts := map[triple]bool{}
	for _, f := range g.Facts {
		facts[triple{f.S, strings.ToLower(f.P), f.O}] = true
	}
	resolve := func(names []string) []string {
		var out []string
		for _, n := range names {
			out = append(out, alias[norm(n)]...)
		}
		sort.Strings(out)
		return out
	}
	d := &doc{set: set, name: g.Doc, cands: cands, ruled: map[triple]bool{}, missed: map[string]int{}}
	for _, sp := range dx.Sentences {
		d.sents = append(d.sents, dx.Text[sp.Start:sp.End])
	}
	for _, f := range dx.Facts {
		e := dx.Entities
		for _, a := range resolve(append([]string{e[f.Subject].Name}, e[f.Subject].Aliases...)) {
			for _, b := range resolve(append([]string{e[f.Object].Name}, e[f.Object].Aliases...)) {
				d.ruled[triple{a, strings.ToLower(f.Predicate), b}] = true
			}
		}
	}
	for _, p := range learned {
		for t := range facts {
			if t.p == strings.ToLower(p) && !d.ruled[t] {
				d.missed[p]++
			}
		}
	}
	for _, c := range cands {
		lp := strings.ToLower(c.Predicate)
		rs, ro := resolve(c.SubjectNames), resolve(c.ObjectNames)
		label, key := "", ""
		for _, a := range rs {
			for _, b := range ro {
				if facts[triple{a, lp, b}] && label == "" {
					label = a + "\x00" + lp + "\x00" + b
				}
			}
		}
		switch {
		case label != "":
			key = label
		case len(rs) > 0 && len(ro) > 0:
			key = rs[0] + "\x00" + lp + "\x00" + ro[0]
		default:
			// an entity outside the gold: the pair is wrong whatever it
			// resolves to, and one key per entity pair keeps it counted once
			key = fmt.Sprintf("?%d\x00%s\x00?%d", c.Subject, lp, c.Object)
		}
		d.labels = append(d.labels, label)
		d.keys = append(d.keys, key)
	}
	return d, nil
}

func parseKey(k string) (triple, bool) {
	f := strings.Split(k, "\x00")
	if len(f) != 3 || strings.HasPrefix(f[0], "?") || strings.HasPrefix(f[2], "?") {
		return triple{}, false
	}
	return triple{f[0], f[1], f[2]}, true
}

var (
	spaces = regexp.MustCompile(`\s+`)
	quoter = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ")
)

// norm normalises a name as ../shared/eval/score.py does: typographic
// quotes made plain, spaces collapsed, lower case, a leading "the " and
// surrounding punctuation dropped.
func norm(s string) string {
	s = quoter.Replace(s)
	s = strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
	s = strings.TrimPrefix(s, "the ")
	return strings.Trim(s, ` .,;:"'`)
}
