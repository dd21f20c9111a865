package extract

//go:generate go run gen_commonwords.go /usr/share/dict/american-english

// isCommonWord reports whether w (lower case) is an ordinary English word
// in the embedded dictionary. It binary-searches the sorted, newline-
// separated data directly, so loading costs nothing.
func isCommonWord(w string) bool {
	if w == "" {
		return false
	}
	d := commonWordsData
	lo, hi := 0, len(d)
	for lo < hi {
		mid := (lo + hi) / 2
		// Back up to the start of the line holding mid.
		s := mid
		for s > 0 && d[s-1] != '\n' {
			s--
		}
		e := s
		for e < len(d) && d[e] != '\n' {
			e++
		}
		line := d[s:e]
		switch {
		case line == w:
			return true
		case line < w:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}
