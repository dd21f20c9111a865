package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Described countries: "Iceland rejected the proposal. The Nordic nation
// has been a member of Nato since 1949.", "the Gulf state", "the Balkan
// country", "the oil-rich kingdom", "the former Soviet republic", "the
// island nation". News names a country once and then describes it by
// its region or by what it is; the description refers back to the
// country just named, and every relation rule then reads the country.
//
// A bare "the country" or "the nation" is the nominal resolver's
// (coref_nominals.go). Here the description has modifiers, and each must
// be one this file knows:
//   - a region adjective ("Nordic", "Gulf", "Balkan", "former Soviet"):
//     the country picked must lie in that region (regionCountries), so
//     "the Gulf state" after Iceland binds nothing;
//   - a descriptive word ("oil-rich", "island", "tiny", "young"): it
//     cannot tell countries apart, so only the one country of the
//     nearest sentence naming one (the pick "recent") is taken.
// A demonym ("the French nation") is the people, not a description of a
// country just named; ranking or contrasting words ("the first nation",
// "the other country", "the host nation") bring in another one. The
// region adjective is part of the description, not an entity: a mention
// the mention stage made of it ("Nordic" typed an organisation) is
// hidden once the description is bound.

// regionCountries maps a region adjective (lower case) to the countries
// it describes, by their gazetteer names. A country may sit in several.
var regionCountries = map[string][]string{
	"nordic":       {"Denmark", "Finland", "Iceland", "Norway", "Sweden"},
	"scandinavian": {"Denmark", "Norway", "Sweden", "Iceland", "Finland"},
	"baltic":       {"Estonia", "Latvia", "Lithuania"},
	"balkan": {"Albania", "Bosnia and Herzegovina", "Bulgaria", "Croatia", "Greece", "Kosovo",
		"Montenegro", "North Macedonia", "Romania", "Serbia", "Slovenia"},
	"gulf": {"Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates",
		"Iran", "Iraq"},
	"caucasian":     {"Armenia", "Azerbaijan", "Georgia"},
	"himalayan":     {"Nepal", "Bhutan"},
	"alpine":        {"Switzerland", "Austria", "Liechtenstein"},
	"andean":        {"Bolivia", "Colombia", "Ecuador", "Peru", "Chile", "Venezuela"},
	"central asian": {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"},
	// "the former Soviet republic", "the ex-Yugoslav republic"
	"soviet": {"Armenia", "Azerbaijan", "Belarus", "Estonia", "Georgia", "Kazakhstan", "Kyrgyzstan",
		"Latvia", "Lithuania", "Moldova", "Russia", "Tajikistan", "Turkmenistan", "Ukraine", "Uzbekistan"},
	"yugoslav": {"Bosnia and Herzegovina", "Croatia", "Kosovo", "Montenegro", "North Macedonia",
		"Serbia", "Slovenia"},
}

// countryDescriptiveWords describe a country without naming its region:
// its size, wealth, age, land or regime. None of them sets one country
// against another ("first", "other", "host", "neighbouring" do, and are
// left out).
var countryDescriptiveWords = lexicon.WordSet(`oil-rich gas-rich resource-rich
	island tiny small landlocked impoverished poor young mountainous war-torn
	communist desert secretive reclusive troubled former
	predominantly muslim catholic mainly`)

// describedCountryHeads may head a country description only with a
// modifier: a bare "the state" is the government, "the republic" is as
// often a team ("the Republic" of Ireland) or a constitution.
var describedCountryHeads = lexicon.WordSet(`republic state`)

// countryDescription parses the modifiers of a country description,
// tokens [lo, hi) between "the" and its head. It reports whether every
// modifier is a region adjective or a descriptive word, and the region
// adjectives found (lower case).
func countryDescription(a *analysis, lo, hi int) (regions []string, ok bool) {
	if lo >= hi {
		return nil, false
	}
	for m := lo; m < hi; m++ {
		w := a.tokens[m].Lower()
		if m+1 < hi {
			// a region of two words: "Central Asian"
			if two := w + " " + a.tokens[m+1].Lower(); regionCountries[two] != nil {
				regions = append(regions, two)
				m++
				continue
			}
		}
		switch {
		case regionCountries[w] != nil:
			regions = append(regions, w)
		case countryDescriptiveWords[w]:
		case strings.HasPrefix(w, "ex-") && regionCountries[strings.TrimPrefix(w, "ex-")] != nil:
			regions = append(regions, strings.TrimPrefix(w, "ex-"))
		default:
			return nil, false
		}
	}
	return regions, true
}

// regionWordsIn reports whether tokens [t0, t1) are all region
// adjectives, so that a mention of them inside a description is the
// description's modifier rather than a name.
func regionWordsIn(a *analysis, t0, t1 int) bool {
	regions, ok := countryDescription(a, t0, t1)
	return ok && len(regions) > 0
}

// describedCountry returns the country a description with modifiers
// refers to, "the" at token i and its head at token k of sentence s, and
// why: the one country named (not inside quotation marks) in this
// sentence before it or the nominalWindow sentences before that fits
// every region the modifiers name. With descriptive words alone any
// country fits, so it must be the only one named there. Two that fit
// leave it unbound.
func describedCountry(a *analysis, s, i, k int) (int, string) {
	regions, ok := countryDescription(a, i+1, k)
	if !ok {
		return -1, "not a country description"
	}
	quoted := a.quotedTokens()
	found := -1
	for j := range a.ments {
		m := &a.ments[j]
		if m.t0 >= i || m.sent < s-nominalWindow || m.hidden || m.entity < 0 || quoted[m.t0] {
			continue
		}
		if m.kind != MentionName && m.kind != MentionAcronym && m.kind != MentionRole {
			continue
		}
		ent := a.doc.Entities[m.entity]
		if ent.Type != Country || m.entity == found || !inRegions(ent.Name, regions) {
			continue
		}
		if found >= 0 {
			return -1, "two countries fit"
		}
		found = m.entity
	}
	if found < 0 {
		return -1, "no country fits"
	}
	return found, "described country"
}

// inRegions reports whether country name lies in every region.
func inRegions(name string, regions []string) bool {
	for _, r := range regions {
		in := false
		for _, c := range regionCountries[r] {
			in = in || c == name
		}
		if !in {
			return false
		}
	}
	return true
}

// hideRegionMentions hides the mentions of region adjectives inside a
// bound country description, tokens [t0, t1): "Nordic" there is no
// organisation.
func (a *analysis) hideRegionMentions(t0, t1 int) {
	for i := range a.ments {
		if m := &a.ments[i]; m.t0 >= t0 && m.t1 <= t1 && m.kind != MentionRole && regionWordsIn(a, m.t0, m.t1) {
			m.hidden = true
		}
	}
}

// regionBeforeCountryNoun reports whether the capitalised run [i, j) of
// sentence s is a region adjective in a country description ("the
// Nordic nation", "the former Soviet republic"): after "the" and any
// descriptive words, before a country head. The mention stage then makes
// no name of it; the description, not its adjective, names a country.
func regionBeforeCountryNoun(a *analysis, s, i, j int) bool {
	r := a.sentTokens[s]
	if i+1 < j && a.tokens[i].Text == "The" {
		i++ // a sentence's "The Nordic" is one capitalised run
	}
	if j >= r.End || nominalHeads[a.tokens[j].Text] != nomCountry || !regionWordsIn(a, i, j) {
		return false
	}
	k := i - 1
	for k > r.Start && countryDescriptiveWords[a.tokens[k].Lower()] {
		k--
	}
	return k >= r.Start && k < i && a.tokens[k].Lower() == "the"
}
