package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The surface rules (the Go rules of the title, line-up, relation, wire
// and politics stages; the dependency rules have their own registry in
// deprules) are registered with examples in testdata/rules/*.txt, one file
// a predicate family. Each entry names a rule, then invented texts:
//
//	rule leaderOf/appos-title-of
//	+ Martin Keller, the chairman of Siemens, opened the plant.
//	= Martin Keller | leaderOf | Siemens
//	- Martin Keller, a friend of the chairman of Siemens, opened the plant.
//
// A "+" text must give every "=" fact after it, each by that rule; a "-"
// text (a near miss: negated, hypothetical, wrong types, another
// construction) must give no fact by that rule. " || " in a text breaks
// paragraphs, so a text can open with a headline or span several
// paragraphs when the rule reads the document. Rules in the code but not
// yet given examples are listed in testdata/rules/pending.txt, a list
// that may only shrink.

// ruleExample is one "+" or "-" text of a registered rule.
type ruleExample struct {
	pos   bool
	text  string
	facts [][3]string // subject, predicate, object names ("+" only)
	where string      // file:line, for messages
}

// registeredRule is one rule of the registry with its examples.
type registeredRule struct {
	name     string
	where    string
	examples []ruleExample
}

// parseRuleRegistry reads one registry file.
func parseRuleRegistry(name string, r *bufio.Scanner) ([]registeredRule, error) {
	var rules []registeredRule
	line := 0
	for r.Scan() {
		line++
		s := strings.TrimSpace(r.Text())
		where := fmt.Sprintf("%s:%d", name, line)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		tag, rest, _ := strings.Cut(s, " ")
		rest = strings.TrimSpace(rest)
		if tag == "rule" {
			if rest == "" || strings.ContainsAny(rest, " \t") {
				return nil, fmt.Errorf("%s: want \"rule NAME\", got %q", where, s)
			}
			rules = append(rules, registeredRule{name: rest, where: where})
			continue
		}
		if len(rules) == 0 {
			return nil, fmt.Errorf("%s: %q before any \"rule\" line", where, s)
		}
		cur := &rules[len(rules)-1]
		switch tag {
		case "+", "-":
			if rest == "" {
				return nil, fmt.Errorf("%s: empty example", where)
			}
			cur.examples = append(cur.examples, ruleExample{pos: tag == "+", text: strings.ReplaceAll(rest, " || ", "\n\n") + "\n", where: where})
		case "=":
			parts := strings.Split(rest, "|")
			n := len(cur.examples)
			if len(parts) != 3 || n == 0 || !cur.examples[n-1].pos {
				return nil, fmt.Errorf("%s: want \"= SUBJECT | predicate | OBJECT\" after a \"+\" text, got %q", where, s)
			}
			cur.examples[n-1].facts = append(cur.examples[n-1].facts,
				[3]string{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])})
		default:
			return nil, fmt.Errorf("%s: unknown line %q (want rule, +, = or -)", where, s)
		}
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return rules, nil
}

// incomplete says what a rule's examples lack, or "".
func (r registeredRule) incomplete() string {
	pos, neg := 0, 0
	for _, e := range r.examples {
		switch {
		case e.pos && len(e.facts) == 0:
			return e.where + ": a \"+\" text states no \"=\" fact"
		case e.pos:
			pos++
		default:
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return fmt.Sprintf("%s: rule %s needs a \"+\" and a \"-\" example (has %d and %d)", r.where, r.name, pos, neg)
	}
	return ""
}

// exampleFault checks one example against the document extracted from
// its text and says what is wrong, or "".
func exampleFault(rule string, e ruleExample, doc *Document) string {
	name := func(i int) string { return doc.Entities[i].Name }
	var byRule []string
	for _, f := range doc.Facts {
		if f.Rule == rule {
			byRule = append(byRule, name(f.Subject)+" | "+string(f.Predicate)+" | "+name(f.Object))
		}
	}
	if !e.pos {
		if len(byRule) > 0 {
			return fmt.Sprintf("%s: near miss gives %q by %s", e.where, byRule, rule)
		}
		return ""
	}
	for _, want := range e.facts {
		w := want[0] + " | " + want[1] + " | " + want[2]
		found := false
		for _, got := range byRule {
			found = found || got == w
		}
		if !found {
			return fmt.Sprintf("%s: want %q by %s, got %q", e.where, w, rule, byRule)
		}
	}
	return ""
}

// ruleRegistryFiles lists testdata/rules/*.txt but pending.txt.
func ruleRegistryFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "rules", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := files[:0]
	for _, f := range files {
		if filepath.Base(f) != "pending.txt" {
			out = append(out, f)
		}
	}
	return out
}

// loadRuleFile reads one registry file.
func loadRuleFile(t *testing.T, f string) []registeredRule {
	t.Helper()
	fh, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	rules, err := parseRuleRegistry(f, bufio.NewScanner(fh))
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// ruleNameLiteral matches the surface rules' names where the code writes
// them: a predicate family, a separator and the construction.
var ruleNameLiteral = regexp.MustCompile(`"(` + ruleNameShape + `)"`)

// ruleNameExplained matches a surface rule's name on an --explain line.
var ruleNameExplained = regexp.MustCompile(`(?m)^\s+rule: (` + ruleNameShape + `)[ \n]`)

const ruleNameShape = `(?:leaderOf|memberOf|participatedIn|hosted|willHost|visited|metWith|left|joined|locatedIn|plansToLeave)/[a-zA-Z0-9'-]+|(?:title|lineup|wire|politics):[a-zA-Z0-9-]+`

// codeRuleNames returns the rule names the package emits: those its
// non-test Go files write whole, and those its --explain snapshots show
// (a few rules compose their names at run time from a predicate and a
// cue: "hosted/held-in", "willHost/held-in").
func codeRuleNames(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	snaps, err := filepath.Glob(filepath.Join("testdata", "explain", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range append(files, snaps...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		re := ruleNameLiteral
		if strings.HasSuffix(f, ".txt") {
			re = ruleNameExplained
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			names[string(m[1])] = true
		}
	}
	return names
}

// pendingRules reads testdata/rules/pending.txt: rule names, one a line.
func pendingRules(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "rules", "pending.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// TestRuleRegistryParse checks the parser and the completeness check on
// made-up files, so that the checks of the real registry can fail.
func TestRuleRegistryParse(t *testing.T) {
	bad := []string{
		"+ A text before any rule.",
		"rule\n",
		"rule two words\n",
		"rule x/y\n= A | leaderOf | B\n",
		"rule x/y\n- A near miss.\n= A | leaderOf | B\n",
		"rule x/y\n+ A text.\n= A | leaderOf\n",
		"rule x/y\n* A text.\n",
		"rule x/y\n+\n",
	}
	for _, b := range bad {
		if _, err := parseRuleRegistry("bad.txt", bufio.NewScanner(strings.NewReader(b))); err == nil {
			t.Errorf("parse(%q): no error", b)
		}
	}
	good := "# family\nrule x/y\n+ Head || Body text.\n= A | leaderOf | B\n= A | memberOf | B\n- Near miss.\nrule x/z\n- Only a near miss.\n"
	rules, err := parseRuleRegistry("good.txt", bufio.NewScanner(strings.NewReader(good)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 2 || rules[0].name != "x/y" || len(rules[0].examples) != 2 || len(rules[0].examples[0].facts) != 2 {
		t.Fatalf("parse(good) = %+v", rules)
	}
	if got := rules[0].examples[0].text; got != "Head\n\nBody text.\n" {
		t.Errorf("paragraph marks: text = %q", got)
	}
	if s := rules[0].incomplete(); s != "" {
		t.Errorf("x/y: %s", s)
	}
	if s := rules[1].incomplete(); s == "" {
		t.Error("x/z has no \"+\" example but passes")
	}
	doc := &Document{Entities: []Entity{{Name: "A"}, {Name: "B"}}, Facts: []Fact{{Subject: 0, Predicate: LeaderOf, Object: 1, Rule: "x/y"}}}
	if s := exampleFault("x/y", rules[0].examples[0], doc); s == "" {
		t.Error("a missing memberOf fact passes")
	}
	if s := exampleFault("x/y", rules[0].examples[1], doc); s == "" {
		t.Error("a near miss that gives a fact by the rule passes")
	}
	if s := exampleFault("x/w", rules[0].examples[1], doc); s != "" {
		t.Errorf("a near miss with no fact by its rule fails: %s", s)
	}
}

// TestRuleRegistry runs every example of every registered rule, a
// subtest per family file (go test -run 'TestRuleRegistry$/hosted').
func TestRuleRegistry(t *testing.T) {
	x := testExtractor(t)
	for _, f := range ruleRegistryFiles(t) {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			for _, r := range loadRuleFile(t, f) {
				if s := r.incomplete(); s != "" {
					t.Error(s)
					continue
				}
				for _, e := range r.examples {
					doc, err := x.Extract(t.Context(), e.where, []byte(e.text))
					if err != nil {
						t.Errorf("%s: %v", e.where, err)
						continue
					}
					if s := exampleFault(r.name, e, doc); s != "" {
						t.Error(s)
					}
				}
			}
		})
	}
}

// TestRuleRegistryComplete checks that every rule the package emits is
// registered or pending, that nothing pending is gone, and that no rule
// is both. A registered rule needs no such check: its "+" examples show
// the code still emits it.
func TestRuleRegistryComplete(t *testing.T) {
	emitted := codeRuleNames(t)
	pending := pendingRules(t)
	registered := map[string]bool{}
	var twice []string
	for _, f := range ruleRegistryFiles(t) {
		for _, r := range loadRuleFile(t, f) {
			if registered[r.name] {
				twice = append(twice, r.name)
			}
			registered[r.name] = true
		}
	}
	var missing, stale, both []string
	for n := range emitted {
		if !registered[n] && !pending[n] {
			missing = append(missing, n)
		}
	}
	for n := range pending {
		if !emitted[n] {
			stale = append(stale, n)
		}
		if registered[n] {
			both = append(both, n)
		}
	}
	sort.Strings(twice)
	sort.Strings(missing)
	sort.Strings(stale)
	sort.Strings(both)
	if len(twice) > 0 {
		t.Errorf("rules registered twice: %v", twice)
	}
	if len(missing) > 0 {
		t.Errorf("rules the package emits with no entry in testdata/rules: %v", missing)
	}
	if len(stale) > 0 {
		t.Errorf("pending rules the package no longer emits: %v", stale)
	}
	if len(both) > 0 {
		t.Errorf("registered rules still listed in pending.txt (remove them there): %v", both)
	}
	t.Logf("%d rule names emitted (code and snapshots), %d registered with examples, %d pending", len(emitted), len(registered), len(pending))
}
