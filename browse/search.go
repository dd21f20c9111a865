package browse

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/graph"
)

// Search finds entities whose name or alias matches q, best first: exact
// name, exact alias, name prefix, alias prefix, word prefix, substring;
// ties go to the better-connected entity, then the shorter name. Matching
// ignores case, curly versus straight quotes and repeated spaces.
func (r *Reader) Search(ctx context.Context, q string, limit int) ([]EntitySummary, error) {
	needle := normName(q)
	if needle == "" {
		return []EntitySummary{}, nil
	}
	if limit <= 0 {
		limit = 20
	}
	b := r.browser()
	type hit struct {
		id     string
		tier   int
		name   string
		degree int64
	}
	best := map[string]*hit{}
	consider := func(p string, alias bool) error {
		return b.scan(ctx, quad.Predicate, quad.IRI(p), func(qd quad.Quad) bool {
			id, ok := iriOf(qd.Subject)
			if !ok || !r.voc.IsEntity(id) {
				return true
			}
			t := matchTier(normName(literal(qd.Object)), needle, alias)
			if t < 0 {
				return true
			}
			if h, ok := best[id]; !ok || t < h.tier {
				best[id] = &hit{id: id, tier: t, name: literal(qd.Object)}
			}
			return true
		})
	}
	if err := consider(graph.SchemaName, false); err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	if err := consider(graph.SchemaAltName, true); err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	hits := make([]*hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].tier != hits[j].tier {
			return hits[i].tier < hits[j].tier
		}
		return hits[i].id < hits[j].id
	})
	// Degree only for the candidates that can still make the list.
	if len(hits) > 4*limit {
		hits = hits[:4*limit]
	}
	for _, h := range hits {
		h.degree = r.degreeEstimate(ctx, h.id)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, c := hits[i], hits[j]
		if a.tier != c.tier {
			return a.tier < c.tier
		}
		if a.degree != c.degree {
			return a.degree > c.degree
		}
		return len(a.name) < len(c.name)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]EntitySummary, 0, len(hits))
	for _, h := range hits {
		n, err := b.node(ctx, h.id)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", q, err)
		}
		out = append(out, n.summary())
	}
	return out, nil
}

// degreeEstimate is the number of quads pointing at id: mentions, facts
// and quotes, a measure of how prominent an entity is.
func (r *Reader) degreeEstimate(ctx context.Context, id string) int64 {
	return r.countRefs(ctx, quad.Object, quad.IRI(id))
}

// matchTier ranks how name matches needle (both normalised): lower is
// better, -1 is no match.
func matchTier(name, needle string, alias bool) int {
	off := 0
	if alias {
		off = 1
	}
	switch {
	case name == needle:
		return 0 + off
	case strings.HasPrefix(name, needle):
		return 2 + off
	case strings.Contains(" "+name, " "+needle):
		return 4
	case strings.Contains(name, needle):
		return 5
	}
	return -1
}

var nameReplacer = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "-", " ", "\u2013", " ")

func normName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(nameReplacer.Replace(s))), " ")
}

// Index search tiers: lower is better. Within a tier prominence decides.
const (
	tierExact    = iota // the name, or an acronym of a non-person's name ("UK" for United Kingdom)
	tierAlias           // an alias
	tierPrefix          // the name, an alias or one of their words starts with the query
	tierSubstr          // the query occurs inside a name or alias
	tierFuzzy1          // every query word is one edit from a word of the name or an alias
	tierFuzzy2          // ... two edits (long words only)
	tierUnlikely        // a person "named" like the acronym asked for: an extraction slip
)

// Search finds entities for type-ahead and /?q= links. Exact name and
// acronym first, then exact alias; below those, prefix, substring and
// fuzzy matches (spelling and transliteration variants: Lukashenka finds
// Lukashenko), each ranked by prominence — facts and mentions — so that
// "Lukash" lists Aleksandr Lukashenko before a Lukashov who appears once.
// A person whose name merely equals an acronym the user typed ("UK") is
// ranked last: such names are extraction slips, the country is meant.
func (ix *Index) Search(q string, limit int) []EntitySummary {
	ix = ix.fresh()
	out := []EntitySummary{}
	qs := newQuery(q)
	if qs.fold == "" {
		return out
	}
	if limit <= 0 {
		limit = 20
	}
	type hit struct {
		e    *indexEntry
		tier int
	}
	var hits []hit
	for _, e := range ix.entries {
		if t := qs.tier(e); t >= 0 {
			hits = append(hits, hit{e, t})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if pa, pb := a.e.prominence(), b.e.prominence(); pa != pb {
			return pa > pb
		}
		if len(a.e.sum.Name) != len(b.e.sum.Name) {
			return len(a.e.sum.Name) < len(b.e.sum.Name)
		}
		return a.e.sum.ID < b.e.sum.ID
	})
	for i := 0; i < len(hits) && i < limit; i++ {
		out = append(out, hits[i].e.sum)
	}
	return out
}

// prominence weighs documents and facts above bare mentions: an entity
// named across many articles, or in relations, is more likely the one
// meant than one named in passing.
func (e *indexEntry) prominence() int { return 4*e.docs + e.mentions + 3*e.degree }

// searchQuery is a query analysed once for every entry.
type searchQuery struct {
	fold    string   // folded words joined by single spaces
	words   []string // folded words
	acronym string   // lower-case letters when the query looks like an acronym
}

func newQuery(q string) searchQuery {
	w := foldWords(q)
	sq := searchQuery{fold: strings.Join(w, " "), words: w}
	letters := strings.ReplaceAll(strings.TrimSpace(q), ".", "")
	if n := utf8.RuneCountInString(letters); n >= 2 && n <= 6 && isLetters(letters) &&
		(strings.ToUpper(letters) == letters || n <= 3) {
		sq.acronym = strings.ToLower(letters)
	}
	return sq
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// tier ranks how e matches the query, -1 for no match.
func (sq searchQuery) tier(e *indexEntry) int {
	person := e.sum.Type == "Person"
	best := -1
	better := func(t int) {
		if best < 0 || t < best {
			best = t
		}
	}
	for i, ws := range e.words {
		name := strings.Join(ws, " ")
		switch {
		case name == sq.fold && sq.acronym != "" && person && isUpperWord(e.nameOrAlias(i)):
			better(tierUnlikely)
		case name == sq.fold && i == 0:
			better(tierExact)
		case name == sq.fold:
			better(tierAlias)
		case strings.HasPrefix(name, sq.fold) || strings.Contains(" "+name, " "+sq.fold):
			better(tierPrefix)
		case len(sq.fold) >= 3 && strings.Contains(name, sq.fold):
			better(tierSubstr)
		}
	}
	if sq.acronym != "" && !person && slices.Contains(e.initials, sq.acronym) {
		better(tierExact)
	}
	if best >= 0 && best <= tierSubstr {
		return best
	}
	if d := sq.fuzzy(e); d > 0 {
		better(tierFuzzy1 + d - 1)
	}
	return best
}

func (e *indexEntry) nameOrAlias(i int) string {
	if i == 0 {
		return e.sum.Name
	}
	return e.sum.Aliases[i-1]
}

// isUpperWord reports a short all-capital name such as "UK" or "E.U.".
func isUpperWord(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	return isLetters(s) && strings.ToUpper(s) == s && utf8.RuneCountInString(s) <= 6
}

// fuzzy is the largest edit distance needed for every query word to match
// a word of the name or of one alias (words of four letters or more may be
// one edit off, of eight or more two; shorter ones must be exact
// prefixes), or 0 for no match.
func (sq searchQuery) fuzzy(e *indexEntry) int {
	best := 0
	for _, ws := range e.words {
		worst := 0
		for _, qw := range sq.words {
			d := -1
			for _, w := range ws {
				if strings.HasPrefix(w, qw) {
					d = 0
					break
				}
				if k := fuzzyDistance(qw, w); k > 0 && (d < 0 || k < d) {
					d = k
				}
			}
			if d < 0 {
				worst = -1
				break
			}
			worst = max(worst, d)
		}
		if worst > 0 && (best == 0 || worst < best) {
			best = worst
		}
	}
	return best
}

// fuzzyDistance is the edit distance between a query word and a name word,
// or of the query word to the name word's start when the query is shorter
// (type-ahead of a misspelt name), when within the allowance; else -1.
func fuzzyDistance(qw, w string) int {
	q, n := []rune(qw), []rune(w)
	allow := 0
	switch {
	case len(q) >= 8:
		allow = 2
	case len(q) >= 4:
		allow = 1
	default:
		return -1
	}
	if len(n) > len(q)+allow {
		// Compare with the start of the longer word as well: "lukashenk"
		// typed against "lukashenko".
		if d := editDistance(q, n[:len(q)], allow); d >= 0 {
			return d
		}
	}
	return editDistance(q, n, allow)
}

// editDistance is Levenshtein's distance, or -1 when above limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return -1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin > limit {
			return -1
		}
		prev, cur = cur, prev
	}
	if prev[len(b)] > limit {
		return -1
	}
	return prev[len(b)]
}

// foldWords splits s into lower-case words without diacritics, so that
// "Lukašenka" and "Lukashenka" differ only where their letters do.
func foldWords(s string) []string {
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			out = append(out, w.String())
			w.Reset()
		}
	}
	if !isASCII(s) {
		s = norm.NFD.String(s) // split letters from their accents, dropped below
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" and "U.S." stay one word.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// acronymStop are the short words an acronym leaves out.
var acronymStop = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true, "la": true, "der": true}

// acronym is the initials of a name of two or more significant words
// ("United Kingdom" -> "uk", "European Union" -> "eu"), or the letters of a
// name that is itself an acronym ("U.S." -> "us"); empty otherwise.
func acronym(name string) string {
	if isUpperWord(name) {
		return strings.ToLower(strings.ReplaceAll(name, ".", ""))
	}
	var b strings.Builder
	n := 0
	for _, w := range foldWords(name) {
		if acronymStop[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
