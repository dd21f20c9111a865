package main

import "strings"

// irregular holds the verb forms English spelling rules do not give
// (past, participle, -ing), for the verbs the chosen rolesets name.
var irregular = map[string][]string{
	"withdraw": {"withdrew", "withdrawn", "withdrawing"},
	"leave":    {"left", "leaving"},
	"quit":     {"quit", "quitting"},
	"meet":     {"met", "meeting"},
	"hold":     {"held", "holding"},
	"lead":     {"led", "leading"},
	"confer":   {"conferred", "conferring"},
	"travel":   {"travelled", "traveled", "travelling", "traveling"},
	"summit":   {"summited", "summitted", "summiting"},
	"win":      {"won", "winning"},
	"beat":     {"beat", "beaten", "beating"},
	"lose":     {"lost", "losing"},
	"speak":    {"spoke", "spoken", "speaking"},
	"tell":     {"told", "telling"},
	"run":      {"ran", "running"},
	"sit":      {"sat", "sitting"},
	"admit":    {"admitted", "admitting"},
	"fight":    {"fought", "fighting"},
	"stand":    {"stood", "standing"},
	"take":     {"took", "taken", "taking"},
	"bring":    {"brought", "bringing"},
	"fly":      {"flew", "flown", "flies", "flying"},
	"sing":     {"sang", "sung", "singing"},
}

// inflect returns a lemma's forms: a verb's -s, past and -ing forms, a
// noun's plural. A multiword lemma ("pull_out") is inflected on its first
// word, which is the word the parser sees as the trigger.
func inflect(lemma, pos string) []string {
	w := lemma
	if i := strings.IndexByte(w, '_'); i > 0 {
		w = w[:i]
	}
	forms := []string{w}
	if pos == "n" {
		return appendNew(forms, plural(w))
	}
	forms = appendNew(forms, plural(w)) // third person -s follows the plural's spelling
	if irr, ok := irregular[w]; ok {
		return appendNew(forms, irr...)
	}
	stem := w
	switch {
	case strings.HasSuffix(w, "e"):
		stem = w[:len(w)-1]
	case doubles(w):
		stem = w + w[len(w)-1:]
	}
	past := stem + "ed"
	if strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]) {
		past = w[:len(w)-1] + "ied"
	}
	return appendNew(forms, past, stem+"ing")
}

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// doubles reports a one-syllable verb ending consonant-vowel-consonant
// ("join" does not, "stop" does): its final consonant doubles before -ed.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || strings.ContainsAny(w[n-1:], "wxy") {
		return false
	}
	if isVowel(w[n-1]) || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func appendNew(forms []string, add ...string) []string {
	for _, f := range add {
		dup := false
		for _, g := range forms {
			if f == g {
				dup = true
				break
			}
		}
		if !dup {
			forms = append(forms, f)
		}
	}
	return forms
}
