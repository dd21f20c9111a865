package textseg

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Decode turns raw bytes into the document text: UTF-8 as is (minus a byte
// order mark), anything else as Windows-1252, the usual encoding of older
// English news files, with a warning naming the source. Line endings are
// normalised to "\n" so that offsets mean the same on every platform, and
// numeric character references ("Pap&#233;") left by copying from the web
// are decoded here, once, so that every stage sees one spelling of a name.
func Decode(source string, raw []byte) (text string, warnings []string, err error) {
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", nil, ErrBinary
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		text = string(raw)
	} else {
		dec, derr := charmap.Windows1252.NewDecoder().Bytes(raw)
		if derr != nil {
			return "", nil, fmt.Errorf("decode %s as Windows-1252: %w", source, derr)
		}
		text = string(dec)
		warnings = append(warnings, fmt.Sprintf("%s: not UTF-8, decoded as Windows-1252", source))
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.Contains(text, "&#") {
		text = decodeCharRefs(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", warnings, ErrEmpty
	}
	return text, warnings, nil
}

// decodeCharRefs replaces each well-formed numeric character reference
// ("&#233;", "&#xE9;") with its character. Named references are left:
// the only ones news text holds are "&lt;" and the like in stories about
// markup, where they are the text. An inverted question mark inside a
// word ("America&#191;s") is an apostrophe an old encoder could not map,
// and reads as one, so the possessive still tokenises as a possessive.
func decodeCharRefs(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(s[i:], "&#")
		if j < 0 {
			break
		}
		i += j
		r, n := charRefAt(s, i)
		if n == 0 {
			i += 2
			continue
		}
		if r == '¿' && i > 0 && IsLetterRune(lastRune(s[:i])) && IsLetterRune(firstRune(s[i+n:])) {
			r = '\''
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteRune(r)
		i += n
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// charRefAt reads the numeric character reference at s[i:] ("&#233;" or
// "&#xE9;"), returning its rune and length, or n == 0 when there is none
// or it names no valid, printable character (a reference cut short by
// the end of the text is left as it is).
func charRefAt(s string, i int) (r rune, n int) {
	j := i + 2
	base := 10
	if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
		base = 16
		j++
	}
	start := j
	v := 0
	for ; j < len(s) && j-start < 7; j++ {
		d := digitVal(s[j])
		if d < 0 || d >= base {
			break
		}
		v = v*base + d
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return 0, 0
	}
	r = rune(v)
	if v >= 0x80 && v < 0xa0 {
		// Browsers read these as Windows-1252 ("&#146;" for ’), and so
		// do the pages news text is copied from.
		r = charmap.Windows1252.DecodeByte(byte(v))
	}
	if !utf8.ValidRune(r) || r < ' ' || r >= 0x7f && r < 0xa0 || r == utf8.RuneError {
		return 0, 0
	}
	return r, j + 1 - i
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// TextHash is the hex SHA-256 of the decoded text.
func TextHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// CountWords counts whitespace-separated words, as wc -w does, so that
// throughput figures compare with other tools.
func CountWords(text string) int {
	n := 0
	in := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// ContentHash is the hash Extract gives the document of raw (its
// Document.Hash), computed without extracting: ingest compares it with
// the stored documents to skip unchanged inputs before the costly part.
func ContentHash(raw []byte) (string, error) {
	text, _, err := Decode("", raw)
	if err != nil {
		return "", err
	}
	return TextHash(text), nil
}
