package lexicon

// Nouns for events a text describes rather than names (GOLD.md: "one
// specific event that the text identifies by a description"). The main
// list of such nouns is describedHeads in extract/entities_events.go;
// these are the ones added for occasions outside politics and sport.

// OccasionNouns are social or promotional occasions that people attend
// and places host, described like a meeting: "the association's annual
// dinner in October", "a screening of the film at the Academy's
// headquarters", "the unveiling of the statue in Trafalgar Square", "a
// reception at Downing Street", "a business lunch hosted by the
// council". Each names one occasion only with a
// possessor, a named modifier, a date or a place; "dinner" alone is a
// meal.
var OccasionNouns = WordSet(`dinner dinners lunch luncheon screening unveiling reception`)

// HostedEventNouns are general nouns that name one event only when the
// organisation holding it is written right before them: "a BMW event
// ahead of the Geneva motor show", "at an Apple event in San Francisco".
// With a place before them ("the London event", "the Sydney event") or a
// possessor ("the WEF's ritzier event") they mostly refer back to an
// event the story named, so they are not read there.
var HostedEventNouns = WordSet(`event`)

// ShowKinds are the trades whose "show" is a fair people go to, not a
// programme: "the 3GSM trade show in Cannes", "a best-of gadget show in
// London", "the Farnborough air show". "Show" after any other word ("a
// comedy show", "the breakfast show", "a game show") is mostly television
// or a performance, so "show" alone is no event noun.
var ShowKinds = WordSet(`trade gadget motor air boat flower car electronics
	technology computer`)
