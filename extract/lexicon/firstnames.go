package lexicon

import "strings"

//go:generate go run gen_firstnames.go /tmp/names/node_modules

// FirstNames maps a lower-cased first name to the gender it usually
// implies: 'm', 'f', or 'u' when used for both.
type FirstNames map[string]byte

func LoadFirstNames() FirstNames {
	m := make(FirstNames, 8000)
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
