package deprules

import (
	"bufio"
	"fmt"
	"strings"
)

// trigger is one lemma of a trigger class, read from triggers.txt (written
// by tools/gen-triggers from PropBank).
type trigger struct {
	class    string
	pos      byte   // 'v' or 'n'
	head     string // the word the parser sees as the trigger ("pull")
	particle string // "out" for "pull_out"; empty for one-word lemmas
}

// triggerTable indexes the trigger lemmas by class and by their forms.
type triggerTable struct {
	byHead map[string][]trigger // head lemma -> triggers
	// formLemma maps an inflected form to its lemma for each part of
	// speech ("left" -> "leave"), so that a lemmatiser's slip on a
	// trigger word does not lose the trigger.
	formLemma map[byte]map[string]string
	classes   map[string]bool
}

func parseTriggers(data string) (*triggerTable, error) {
	t := &triggerTable{byHead: make(map[string][]trigger),
		formLemma: map[byte]map[string]string{'v': {}, 'n': {}}, classes: make(map[string]bool)}
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || (f[1] != "v" && f[1] != "n") {
			return nil, fmt.Errorf("triggers.txt:%d: want class, v|n, lemma, roleset, forms", n)
		}
		tr := trigger{class: f[0], pos: f[1][0], head: f[2]}
		if h, p, ok := strings.Cut(f[2], "_"); ok {
			tr.head, tr.particle = h, p
		}
		t.byHead[tr.head] = append(t.byHead[tr.head], tr)
		for _, form := range strings.Fields(f[4]) {
			if _, dup := t.formLemma[tr.pos][form]; !dup {
				t.formLemma[tr.pos][form] = tr.head
			}
		}
		t.classes[tr.class] = true
	}
	return t, nil
}
