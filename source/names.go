package source

import (
	"strings"
	"unicode/utf8"
)

// File names are bytes; a document's ns#source is an RDF literal, which
// must be UTF-8 (Cayley's bolt store refuses anything else, PostgreSQL
// too, and N-Quads are UTF-8). NameOf makes a path valid, reversibly:
// a path that is valid UTF-8 is kept as it is; in one that is not, every
// byte that is not part of a valid UTF-8 sequence becomes %XX (upper-case
// hex) and every '%' becomes %25, so that PathOf can undo it.
//
// Only invalid paths are escaped, so every ordinary path is stored as
// given. The price: a valid path that itself reads as such an escape (a
// '%' followed by hex digits that decode to invalid UTF-8, e.g.
// "caf%E9.txt" as typed) cannot be told from the escape of the invalid
// path it spells, and PathOf returns the invalid one.

// NameOf is path made valid UTF-8 as above: the Source that Collect
// gives an input, and the form every source is stored under.
func NameOf(path string) string {
	if utf8.ValidString(path) {
		return path
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(path) + 8)
	for i := 0; i < len(path); {
		r, n := utf8.DecodeRuneInString(path[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte('%')
			b.WriteByte(hex[path[i]>>4])
			b.WriteByte(hex[path[i]&15])
		case r == '%':
			b.WriteString("%25")
		default:
			b.WriteString(path[i : i+n])
		}
		i += n
	}
	return b.String()
}

// PathOf undoes NameOf: the bytes of the path a stored source names.
func PathOf(name string) string {
	if !strings.Contains(name, "%") {
		return name
	}
	out := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		if name[i] != '%' {
			out = append(out, name[i])
			continue
		}
		if i+2 >= len(name) || unhex(name[i+1]) < 0 || unhex(name[i+2]) < 0 {
			return name // not an escape: the name is a path as given
		}
		out = append(out, byte(unhex(name[i+1])<<4|unhex(name[i+2])))
		i += 2
	}
	if utf8.Valid(out) {
		return name // a valid path is stored unescaped
	}
	return string(out)
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	}
	return -1
}
