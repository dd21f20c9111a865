package extract

// storyTest names one of the whole-story word tests that the rules ask
// over and over. Each reads every token of the document, the tokens do
// not change once segmented, and rules ask the same test per candidate
// word, mention or pair: on the BBC corpus musicStory was asked 3,821
// times for 1,808 documents and teamSportStory 2,997, rescanning 1.4
// million tokens in all. Answered once per document, they are not.
type storyTest uint8

const (
	storyMusic     storyTest = iota // musicStory
	storyTeamSport                  // teamSportStory
	storySports                     // sportsStory
	numStoryTests
)

// storyMemo holds each test's answer: 0 not yet asked, 1 no, 2 yes.
type storyMemo [numStoryTests]int8

// storyOnce returns test t's answer, computing it with scan the first
// time the document is asked.
func (a *analysis) storyOnce(t storyTest, scan func() bool) bool {
	if a.story[t] == 0 {
		a.story[t] = 1
		if scan() {
			a.story[t] = 2
		}
	}
	return a.story[t] == 2
}

// storyHasWords reports whether at least n of the document's tokens are
// in words: the count behind the whole-story tests (sportsStory,
// musicStory, courtStory), which stops as soon as it is reached.
func (a *analysis) storyHasWords(words map[string]bool, n int) bool {
	c := 0
	for i := range a.tokens {
		if words[a.tokens[i].Lower()] {
			if c++; c >= n {
				return true
			}
		}
	}
	return false
}
