// Package deprules finds relation facts by matching rules over a
// sentence's dependency parse. A rule names a trigger class (lemmas chosen
// from PropBank, triggers.txt) and the dependency paths from the trigger
// to its subject and object; the constructions that move arguments away
// from the trigger (apposition, coordination, relative clauses, control,
// passive agents, light verbs) are followed by the engine, once for every
// rule, so a rule is written for a predicate and not for a word order.
//
// The rules are data: one file per predicate family in rules/, each rule a
// block of "key value" lines preceded by its positive (+) and negative (-)
// example sentences, in which entity mentions are marked [text|Type].
// The package knows nothing of the extractor: it takes a parsed
// syntax.Sentence and the token spans and types of its entity mentions,
// and returns facts between mentions.
package deprules

import (
	"bufio"
	"embed"
	"fmt"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed triggers.txt rules/*.txt
var files embed.FS

// Rule is one registered rule.
type Rule struct {
	Name    string // the fact's rule name is "dep:" + Name
	File    string // the rules file and line it was read from
	Class   string // trigger class
	POS     byte   // 'v' or 'n'
	Subject []Path // alternatives, tried in order: the first that finds a mention wins
	Object  []Path
	// SubjectTypes and ObjectTypes are the entity types the arguments may
	// have (empty: any).
	SubjectTypes, ObjectTypes []string
	Predicate                 string
	// Future, Intend and Progressive give the predicate for a trigger in
	// the future ("will host"), under a verb or noun of intention ("plans
	// to leave") and in the progressive ("is hosting"); "" drops the fact.
	Future, Intend, Progressive string
	// Present gives the predicate for a verb in the simple present ("X
	// meets Y", in news mostly a plan or a headline); it defaults to
	// Predicate.
	Present string
	// Timeless rules read a relation inside one noun phrase that no verb
	// above it can change: "the Kent town of Ashford" says where Ashford
	// lies whether the clause praises, plans or doubts something about it.
	// They give Predicate in every mood.
	Timeless bool
	// BlockedBy lists paths from the trigger that, reaching any word that
	// is no mention, stop the rule: "withdrew troops from" is no leaving,
	// "joined France in condemning" no joining.
	BlockedBy []Path
	// Requires lists paths from the trigger of which one must reach a
	// word: "executive" leads only as "chief executive".
	Requires []Path
	// Light, for a nominal trigger, lists the verbs it must be the object
	// of ("took part in").
	Light map[string]bool
	// Except lists the lemmas a rule of the class "*" (any verb) does not
	// fire on: verbs that tell of an event without taking part in it
	// ("watched the final", "missed the Games").
	Except map[string]bool
	// Also maps a predicate this rule emits to a second one it implies
	// (joined -> memberOf).
	Also map[string]string
	// Symmetric rules ("X and Y met") pair the subjects when there is no
	// object.
	Symmetric  bool
	Confidence float64
	Positive   []string // example sentences, mentions marked [text|Type]
	Negative   []string
	// passive rules read a verb trigger in the passive voice ("was
	// hosted by"); the others only the active.
	passive bool
	// progressiveSet tells an explicit "progressive none" from no line.
	progressiveSet, presentSet bool
}

// FactRule is the rule name a fact of this rule carries.
func (r *Rule) FactRule() string { return "dep:" + r.Name }

// Path is a dependency path from the trigger: a sequence of steps.
type Path []Step

// Step is one move along the tree: down to a dependent with relation Rel
// (and, if Case is set, a case or mark dependent whose lemma is one of
// Case), or up to the head when Up is set and the current word hangs from
// it by Rel.
type Step struct {
	Up    bool
	Rel   string
	Case  []string
	Lemma []string // "advmod=out", "obl=final,match": the dependent must be one of these words
	// Yield, set on a path's first step by a leading "?" in the rule
	// file, lets a core reading whose names have none of the slot's types
	// give way to the next alternative: the object of "beat" is a side
	// ("beat Italy in the World Cup"), that of "won" the contest, and the
	// type tells which. Other core readings of the wrong type stop the
	// slot (see tree.args).
	Yield bool
}

func (p Path) String() string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			b.WriteByte('/')
		}
		if s.Yield {
			b.WriteByte('?')
		}
		if s.Up {
			b.WriteByte('^')
		}
		b.WriteString(s.Rel)
		if len(s.Case) > 0 {
			b.WriteString("[" + strings.Join(s.Case, ",") + "]")
		}
		if len(s.Lemma) > 0 {
			b.WriteString("=" + strings.Join(s.Lemma, ","))
		}
	}
	return b.String()
}

// Registry holds the rules and the trigger classes.
type Registry struct {
	rules    []*Rule
	triggers *triggerTable
	// forms holds every inflected form of a trigger some rule uses: a
	// sentence without one is not worth parsing.
	forms map[string]bool
	// byClass lists rule indexes by class+pos.
	byClass map[string][]int
}

// Rules returns the registered rules in file order.
func (g *Registry) Rules() []*Rule { return g.rules }

var (
	defOnce sync.Once
	defReg  *Registry
	defErr  error
)

// AnyClass is the trigger class of a rule that every verb triggers: the
// shape of its arguments and their types carry it, and the rule's Except
// list keeps out the verbs whose shape says nothing of the predicate.
const AnyClass = "*"

// Default returns the registry of the embedded rules, parsed once.
func Default() (*Registry, error) {
	defOnce.Do(func() { defReg, defErr = Load() })
	return defReg, defErr
}

// Load parses the embedded trigger classes and rule files.
func Load() (*Registry, error) {
	raw, err := files.ReadFile("triggers.txt")
	if err != nil {
		return nil, fmt.Errorf("deprules: %w", err)
	}
	tt, err := parseTriggers(string(raw))
	if err != nil {
		return nil, fmt.Errorf("deprules: %w", err)
	}
	g := &Registry{triggers: tt, forms: make(map[string]bool), byClass: make(map[string][]int)}
	names, err := files.ReadDir("rules")
	if err != nil {
		return nil, fmt.Errorf("deprules: %w", err)
	}
	seen := make(map[string]string)
	for _, e := range names {
		p := path.Join("rules", e.Name())
		data, err := files.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("deprules: %w", err)
		}
		rs, err := parseRules(p, string(data))
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if at, dup := seen[r.Name]; dup {
				return nil, fmt.Errorf("%s: rule %s already defined at %s", r.File, r.Name, at)
			}
			seen[r.Name] = r.File
			if r.Class != AnyClass && !tt.classes[r.Class] {
				return nil, fmt.Errorf("%s: rule %s: unknown trigger class %q", r.File, r.Name, r.Class)
			}
			g.byClass[r.Class+string(r.POS)] = append(g.byClass[r.Class+string(r.POS)], len(g.rules))
			g.rules = append(g.rules, r)
		}
	}
	for pos, m := range tt.formLemma {
		for form, head := range m {
			for _, tr := range tt.byHead[head] {
				if tr.pos == pos && len(g.byClass[tr.class+string(pos)]) > 0 {
					g.forms[form] = true
				}
			}
		}
	}
	return g, nil
}

// parseRules reads one rules file: blocks separated by blank lines, each
// holding example lines ("+ ..." and "- ...") and then "key value" lines
// starting with "rule NAME". Lines starting with # are comments.
func parseRules(file, data string) ([]*Rule, error) {
	var out []*Rule
	var pos, neg []string
	var cur *Rule
	finish := func(line int) error {
		if cur == nil {
			if len(pos)+len(neg) > 0 {
				return fmt.Errorf("%s:%d: examples without a rule", file, line)
			}
			return nil
		}
		if err := cur.check(); err != nil {
			return fmt.Errorf("%s: rule %s: %w", cur.File, cur.Name, err)
		}
		out = append(out, cur)
		cur, pos, neg = nil, nil, nil
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case line == "":
			if err := finish(n); err != nil {
				return nil, err
			}
			continue
		case strings.HasPrefix(line, "+ "), strings.HasPrefix(line, "- "):
			if cur != nil {
				return nil, fmt.Errorf("%s:%d: examples go above their rule", file, n)
			}
			if line[0] == '+' {
				pos = append(pos, strings.TrimSpace(line[2:]))
			} else {
				neg = append(neg, strings.TrimSpace(line[2:]))
			}
			continue
		}
		key, val, _ := strings.Cut(line, " ")
		val = strings.TrimSpace(val)
		if key == "rule" {
			if cur != nil {
				return nil, fmt.Errorf("%s:%d: rule %s starts before the blank line ending rule %s", file, n, val, cur.Name)
			}
			cur = &Rule{Name: val, File: file + ":" + strconv.Itoa(n), Positive: pos, Negative: neg}
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s:%d: %q before any rule line", file, n, key)
		}
		if err := cur.set(key, val); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	if err := finish(n); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *Rule) set(key, val string) error {
	var err error
	switch key {
	case "trigger":
		f := strings.Fields(val)
		if len(f) != 2 || (f[1] != "v" && f[1] != "n") {
			return fmt.Errorf("trigger: want CLASS v|n, got %q", val)
		}
		r.Class, r.POS = f[0], f[1][0]
	case "subject":
		r.Subject, err = parsePaths(val)
	case "object":
		r.Object, err = parsePaths(val)
	case "subject-types":
		r.SubjectTypes = strings.Fields(val)
	case "object-types":
		r.ObjectTypes = strings.Fields(val)
	case "predicate":
		r.Predicate = val
	case "future":
		r.Future = noneEmpty(val)
	case "intend":
		r.Intend = noneEmpty(val)
	case "progressive":
		r.Progressive, r.progressiveSet = noneEmpty(val), true
	case "also":
		r.Also = make(map[string]string)
		for _, pair := range strings.Fields(val) {
			from, to, ok := strings.Cut(pair, ">")
			if !ok {
				return fmt.Errorf("also: want PRED>PRED pairs, got %q", pair)
			}
			r.Also[from] = to
		}
	case "timeless":
		if val != "yes" {
			return fmt.Errorf("timeless: want yes, got %q", val)
		}
		r.Timeless = true
	case "present":
		r.Present, r.presentSet = noneEmpty(val), true
	case "blocked-by":
		r.BlockedBy, err = parsePaths(val)
	case "requires":
		r.Requires, err = parsePaths(val)
	case "light":
		r.Light = words(val)
	case "except":
		r.Except = words(val)
	case "voice":
		if val != "active" && val != "passive" {
			return fmt.Errorf("voice: want active or passive, got %q", val)
		}
		r.passive = val == "passive"
	case "symmetric":
		r.Symmetric = val == "yes"
	case "confidence":
		r.Confidence, err = strconv.ParseFloat(val, 64)
		if err == nil && (r.Confidence <= 0 || r.Confidence > 1) {
			err = fmt.Errorf("confidence %v outside (0, 1]", r.Confidence)
		}
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return err
}

func noneEmpty(v string) string {
	if v == "none" {
		return ""
	}
	return v
}

func (r *Rule) check() error {
	switch {
	case r.Class == "":
		return fmt.Errorf("no trigger")
	case len(r.Subject) == 0:
		return fmt.Errorf("no subject path")
	case len(r.Object) == 0 && !r.Symmetric:
		return fmt.Errorf("no object path")
	case r.Predicate == "":
		return fmt.Errorf("no predicate")
	case r.Confidence == 0:
		return fmt.Errorf("no confidence")
	case len(r.Except) > 0 && r.Class != AnyClass:
		// Only a rule every verb triggers filters verbs out; on a trigger
		// class the list would be silently ignored.
		return fmt.Errorf("except is for trigger class %q only", AnyClass)
	}
	if r.Progressive == "" && !r.progressiveSet {
		r.Progressive = r.Predicate
	}
	if r.Present == "" && !r.presentSet {
		r.Present = r.Predicate
	}
	// "predicate none" keeps only the moods given their own line: "plays
	// for" is a membership in the present, a former team in the past.
	if r.Predicate == "none" {
		r.Predicate = ""
		r.Progressive, r.Present = noneEmpty(r.Progressive), noneEmpty(r.Present)
		if r.Present == "" && r.Progressive == "" && r.Future == "" && r.Intend == "" {
			return fmt.Errorf("predicate none and no other mood gives a fact")
		}
	}
	return nil
}

// parsePaths reads alternatives separated by "|": each a "/"-separated
// list of steps, "rel", "rel[case,case]", "rel=lemma", "rel[case]=lemma"
// or "^rel"; a leading "?" marks a core reading that yields to the next
// alternative when its names have the wrong type (Step.Yield).
func parsePaths(val string) ([]Path, error) {
	var out []Path
	for _, alt := range strings.Split(val, "|") {
		alt = strings.TrimSpace(alt)
		alt, yield := strings.CutPrefix(alt, "?")
		if alt == "" {
			return nil, fmt.Errorf("empty path in %q", val)
		}
		var p Path
		for _, s := range strings.Split(alt, "/") {
			var st Step
			if rest, ok := strings.CutPrefix(s, "^"); ok {
				st.Up, s = true, rest
			}
			// "obl[in,at]=final,round": the lemma list follows the cases.
			if rel, lemma, ok := strings.Cut(s, "="); ok {
				s, st.Lemma = rel, strings.Split(lemma, ",")
			}
			if i := strings.IndexByte(s, '['); i >= 0 {
				if !strings.HasSuffix(s, "]") {
					return nil, fmt.Errorf("step %q: unclosed [", s)
				}
				st.Case = strings.Split(s[i+1:len(s)-1], ",")
				s = s[:i]
			}
			if s == "" {
				return nil, fmt.Errorf("step without a relation in %q", alt)
			}
			st.Rel = s
			p = append(p, st)
		}
		p[0].Yield = yield
		out = append(out, p)
	}
	return out, nil
}
