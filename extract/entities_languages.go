package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A language named alone is no entity: "speaks fluent Hebrew", "dubbed
// into Cantonese", "a Hindi film", "written in Latin". Unknown to the
// gazetteer as demonyms, these words would otherwise stand as
// organisations, the default for an unknown one-word name. A language
// word opening a longer name stays in it ("Hebrew University", "Latin
// America", "Catalan Socialists"): only a one-word name is dropped.
// Languages that are also demonyms ("French", "Welsh") are the
// gazetteer's; this list holds the rest.
// Tests: entities_languages_test.go.
var languageNames = lexicon.WordSet(`hebrew arabic latin hindi urdu punjabi bengali
	tamil telugu gujarati marathi sanskrit swahili cantonese mandarin
	catalan basque galician flemish walloon afrikaans tagalog yiddish
	esperanto farsi pashto dari gaelic luxembourgish romansh amharic
	yoruba igbo hausa zulu xhosa creole patois`)

// languageWord reports whether the one-token name at i is a language.
func languageWord(a *analysis, i, j int) bool {
	return j-i == 1 && languageNames[a.tokens[i].Lower()]
}
