package source

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// englishRatioByCopy is EnglishRatio as first written: lower-case the whole
// text, split it into words, count. The one-pass EnglishRatio must answer
// exactly as it does.
func englishRatioByCopy(text string) (float64, int) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) == 0 {
		return 0, 0
	}
	hits := 0
	for _, w := range words {
		if englishStop[w] {
			hits++
		}
	}
	return float64(hits) / float64(len(words)), len(words)
}

func TestEnglishRatioMatchesLowerCasedCopy(t *testing.T) {
	tests := []string{
		"",
		"   ,;. 42 ",
		"The cat sat on the mat.",
		"THE WHO, AND THE REST",
		"it's their dog's bone, isn't it",
		"'the' 'of",
		"\u212Aeep ta\u212Ae \u0130N \u0130T", // Kelvin sign and dotted capital I lower-case to ASCII
		"Stra\u00dfe der \u1e9e und the",      // sharp s, capital sharp s
		"the\xffof\xfe and \xc3",              // invalid UTF-8 splits words, as U+FFFD would
		"Le ministre a déclaré lundi que l'accord",
		"Министр заявил в понедельник the",
		"antidisestablishmentarianism the thereafter theirs",
		"ⓉⒽⒺ Ⅰ ⅰ the",
	}
	alphabet := []rune("theofandTHEOFAND'ws \t.,-\u212A\u0130\u00df\u1e9e\u00e9\u00c9\u0436\u2160\u24b6\ufffd")
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(40) {
			if rng.Intn(50) == 0 {
				b.WriteByte(0xff) // an invalid byte
				continue
			}
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		tests = append(tests, b.String())
	}
	for _, text := range tests {
		gr, gn := EnglishRatio(text)
		wr, wn := englishRatioByCopy(text)
		if gr != wr || gn != wn {
			t.Errorf("EnglishRatio(%q) = %v, %d, want %v, %d", text, gr, gn, wr, wn)
		}
	}
}

func BenchmarkEnglishRatio(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the agreement would allow farmers to reach buyers in the north of Europe. ", 40)
	b.ReportAllocs()
	for b.Loop() {
		EnglishRatio(text)
	}
}

func BenchmarkEnglishRatioByCopy(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the agreement would allow farmers to reach buyers in the north of Europe. ", 40)
	b.ReportAllocs()
	for b.Loop() {
		englishRatioByCopy(text)
	}
}
