package openie

import "strings"

// lemmaOf returns a word's lemma when the analyser gave none: the word
// lower-cased, with a verb's inflection undone by the irregular table or
// the regular spelling rules. Relation keys ("draft_in") and the word
// lists (saying verbs, modals) are in lemmas, so they must not depend on
// whether the analyser lemmatises.
func lemmaOf(word, xpos string) string {
	w := strings.ToLower(word)
	if irr, ok := irregular[w]; ok && (strings.HasPrefix(xpos, "VB") || xpos == "MD" || xpos == "") {
		return irr
	}
	if !strings.HasPrefix(xpos, "VB") {
		if w == "n't" {
			return "not"
		}
		return w
	}
	switch {
	case xpos == "VBZ" && strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case xpos == "VBZ" && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case xpos == "VBZ" && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(w, "ed") && len(w) > 3:
		return restoreStem(w[:len(w)-2])
	case xpos == "VBG" && strings.HasSuffix(w, "ing") && len(w) > 4:
		return restoreStem(w[:len(w)-3])
	}
	return w
}

// restoreStem undoes the spelling changes of -ed/-ing: a doubled final
// consonant ("stopp" -> "stop") and a dropped silent e ("creat" ->
// "create", "us" -> "use").
func restoreStem(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouslfz", rune(s[n-1])) {
		return s[:n-1]
	}
	if n >= 2 {
		last, prev := s[n-1], s[n-2]
		vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
		switch {
		case strings.HasSuffix(s, "at") || strings.HasSuffix(s, "iz") || strings.HasSuffix(s, "bl") ||
			strings.HasSuffix(s, "uc") || strings.HasSuffix(s, "rg") || strings.HasSuffix(s, "ag") && n > 4 ||
			strings.HasSuffix(s, "ir") || strings.HasSuffix(s, "ur") || strings.HasSuffix(s, "iv") ||
			strings.HasSuffix(s, "av") || strings.HasSuffix(s, "ov") || strings.HasSuffix(s, "rv") ||
			strings.HasSuffix(s, "ut") && n <= 3 || strings.HasSuffix(s, "us") || strings.HasSuffix(s, "as") && n > 3 ||
			strings.HasSuffix(s, "rs") || strings.HasSuffix(s, "ns") || strings.HasSuffix(s, "ps") ||
			strings.HasSuffix(s, "nc") || strings.HasSuffix(s, "rc") || strings.HasSuffix(s, "dg") ||
			strings.HasSuffix(s, "ng") && n > 4 && !strings.HasSuffix(s, "ing") || strings.HasSuffix(s, "tl") ||
			strings.HasSuffix(s, "kl") || strings.HasSuffix(s, "dl") || strings.HasSuffix(s, "gl"):
			return s + "e"
		case !vowel(last) && vowel(prev) && n >= 3 && !vowel(s[n-3]) && strings.IndexByte("wxyrnlmtdk", last) < 0 && n <= 4:
			return s + "e" // "hop" from "hoped" is rarer than "hope"
		}
	}
	return s
}

// irregular maps inflected forms of the common irregular verbs (and the
// auxiliaries) to their lemma.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`be am is are was were been being 's 're 'm
have has had having 've 'd
do does did done doing
say says said
tell told
make made
take took taken
go goes went gone
come came
get got gotten
give gave given
find found
think thought
know knew known
see saw seen
become became
begin began begun
buy bought
bring brought
build built
hold held
keep kept
leave left
lead led
lose lost
meet met
pay paid
run ran
sell sold
send sent
set
show shown
sit sat
speak spoke spoken
spend spent
stand stood
teach taught
understand understood
win won
write wrote written
fall fell fallen
feel felt
fight fought
grow grew grown
hear heard
rise rose risen
seek sought
shake shook shaken
steal stole stolen
strike struck
swear swore sworn
throw threw thrown
wear wore worn
choose chose chosen
drive drove driven
eat ate eaten
fly flew flown
forget forgot forgotten
freeze froze frozen
hide hid hidden
ride rode ridden
break broke broken
draw drew drawn
catch caught
deal dealt
lay laid
mean meant
sleep slept
split
spread
cut
put
hit
let
quit
hurt
cost
shut
bet
bid
cast
upset
withdraw withdrew withdrawn
undertake undertook undertaken
overcome overcame
forbid forbade forbidden
bear bore born borne
beat beaten
bind bound
bleed bled
dig dug
feed fed
flee fled
hang hung
light lit
shoot shot
sing sang sung
sink sank sunk
slide slid
spin spun
stick stuck
sting stung
swing swung
wake woke woken
weep wept
wind wound
can could
will would wo
shall should
may might
must
ca
not n't`, "\n") {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	m["could"], m["would"], m["should"], m["might"] = "could", "would", "should", "might"
	m["'d"] = "would"
	m["'ll"], m["wo"], m["ca"] = "will", "will", "can"
	m["found"] = "find"
	m["left"] = "leave"
	return m
}()

// Lemma is a word's lemma for part-of-speech tag xpos, by the rules the
// extractor uses for its own keys: callers outside the parse (headline
// verbs the tagger misreads) key their relations the same way.
func Lemma(word, xpos string) string { return lemmaOf(word, xpos) }
