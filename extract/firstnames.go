package extract

import "strings"

//go:generate go run gen_firstnames.go /tmp/names/node_modules

// firstNames maps a lower-cased first name to the gender it usually
// implies: 'm', 'f', or 'u' when used for both.
type firstNames map[string]byte

func loadFirstNames() firstNames {
	m := make(firstNames, 8000)
	for _, n := range strings.Fields(maleFirstNames) {
		m[n] = 'm'
	}
	for _, n := range strings.Fields(femaleFirstNames) {
		m[n] = 'f'
	}
	for _, n := range strings.Fields(unisexFirstNames) {
		m[n] = 'u'
	}
	return m
}
