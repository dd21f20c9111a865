package relmodel

import (
	_ "embed" // the cue word lists
	"strings"
	"sync"
)

// Cues are the words that, hanging on the dependency path between two
// entities, make the clause denied, modal or only planned: the learned
// stage gives such a pair no fact whatever its score (cues.txt).
type Cues struct {
	Negation map[string]bool
	Modal    map[string]bool
	Plan     map[string]bool
}

//go:embed cues.txt
var cuesText string

var (
	cuesOnce sync.Once
	cues     *Cues
)

// DefaultCues returns the embedded cue lists, read once per process.
func DefaultCues() *Cues {
	cuesOnce.Do(func() { cues = ParseCues(cuesText) })
	return cues
}

// ParseCues reads "kind: word word ..." lines; '#' starts a comment.
// Unknown kinds are ignored.
func ParseCues(text string) *Cues {
	c := &Cues{Negation: map[string]bool{}, Modal: map[string]bool{}, Plan: map[string]bool{}}
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		kind, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var set map[string]bool
		switch strings.TrimSpace(kind) {
		case "negation":
			set = c.Negation
		case "modal":
			set = c.Modal
		case "plan":
			set = c.Plan
		default:
			continue
		}
		for _, w := range strings.Fields(words) {
			set[strings.ToLower(w)] = true
		}
	}
	return c
}
