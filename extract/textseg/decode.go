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
// normalised to "\n" so that offsets mean the same on every platform.
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
	if strings.TrimSpace(text) == "" {
		return "", warnings, ErrEmpty
	}
	return text, warnings, nil
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
