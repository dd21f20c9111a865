package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Titles made of ordinary words joined by "of" or "to" ("Call of Duty",
// "Medal of Honor", "Top of the Pops", "Man to Man", "Stairway to
// Heaven") are works, games and shows. The name rules cut such a run at
// the small word, since only a body's head may go on with "of" ("Bank of
// England"), and each ordinary word left alone then became an
// organisation or a place ("Call", "Pops", "Man"). Neither piece is a
// name: the run is recognised as a whole and skipped wherever it stands.
//
// It must stand inside a sentence, after a lower-case word or a mark: at
// a sentence's start the first word is as often the sentence's own
// ("Users of Apple's iPod", "According to the Observer", "Congratulations
// to Apple"). No word of it may be a head word of a body, place, event,
// role or law ("the Office of Fair Trading", "the Isle of Man", "the
// Secretary of State"), nor a name the gazetteer knows ("the Bank of
// Japan", "a move from Wolves to Arsenal"). Every capitalised occurrence
// of its words in the document must stand inside such a run: a word
// written alone elsewhere is a name ("sales of Apple" where "Apple said"
// follows).

// joinedTitleLinks are the small words that join the ordinary words of
// such a title; "the" may follow either ("Lord of the Flies", "Road to
// the Isles"). "and" is left out: it joins two names as often ("the Sun
// and Mirror"), and so is "'s" ("King's Cross", "Shepherd's Bush" are
// places).
var joinedTitleLinks = lexicon.WordSet(`of to`)

// joinedTitleAt returns the end of a title of ordinary words joined by
// "of" or "to" that starts at the capitalised token k of sentence s, or
// k. It checks the run's own shape; joinedTitles checks the document.
func (x *Extractor) joinedTitleAt(a *analysis, s, k int) int {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k == lo || isCapWord(toks[k-1]) || toks[k-1].Text == "the" && k-1 == lo {
		return k
	}
	if p := toks[k-1]; p.Flags&textseg.TAlpha == 0 && !isOpener(p, toks[k]) && p.Text != "," {
		return k // after a full stop the splitter missed, or a quote mark closing
	}
	j, links := k, 0
	for j < hi {
		if !x.ordinaryTitleWord(toks[j]) {
			return k
		}
		j++
		if j < hi && isCapWord(toks[j]) {
			continue
		}
		m := j
		if m < hi && joinedTitleLinks[toks[m].Text] {
			m++
			if m < hi && toks[m].Text == "the" {
				m++
			}
		}
		if m == j || m >= hi || !isCapWord(toks[m]) {
			break
		}
		links++
		j = m
	}
	if links == 0 || j-k > 8 || x.gazInside(a, k, j) {
		return k
	}
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Text == "-" || toks[j].Text == "&") {
		return k // "Call of Duty's", "Man to Man-style": the run goes on
	}
	return j
}

// ordinaryTitleWord reports a capitalised ordinary word that heads no
// name: no body, place, event, role, law or honorific, no acronym.
func (x *Extractor) ordinaryTitleWord(t textseg.Token) bool {
	l := t.Lower()
	if !isCapWord(t) || acronymWord(t) || !lexicon.IsCommonWord(l) {
		return false
	}
	if lexicon.OfHeads[l] || lexicon.ForHeads[l] || lexicon.OrgHeads[l] || lexicon.PlaceHeads[l] ||
		lexicon.EventHeads[l] || lexicon.RoleHeads[l] || lexicon.WorkHeads[l] || lexicon.NotNames[l] || isRoleWord(l) {
		return false
	}
	_, hon := lexicon.Honorifics[l]
	return !hon
}

// joinedTitles returns the spans of the document's titles of ordinary
// joined words: the runs joinedTitleAt accepts whose capitalised words
// stand nowhere else in the document outside such a run.
func (x *Extractor) joinedTitles(a *analysis) [][2]int {
	var runs [][2]int
	inRun := map[int]bool{}
	toks := a.tokens
	for s, r := range a.sentTokens {
		for k := r.Start; k < r.End; k++ {
			if !isCapWord(toks[k]) {
				continue
			}
			if j := x.joinedTitleAt(a, s, k); j > k {
				runs = append(runs, [2]int{k, j})
				for p := k; p < j; p++ {
					inRun[p] = true
				}
				k = j - 1
			}
		}
	}
	if len(runs) == 0 {
		return nil
	}
	// The same words at a sentence's start are the same title ("Call of
	// Duty comes with a bombastic score").
	keys := map[string]int{}
	for _, c := range runs {
		keys[tokenKey(toks[c[0]:c[1]])] = c[1] - c[0]
	}
	for p := range toks {
		for key, n := range keys {
			if p+n <= len(toks) && !inRun[p] && tokenKey(toks[p:p+n]) == key {
				for q := p; q < p+n; q++ {
					inRun[q] = true
				}
			}
		}
	}
	// A capitalised word of a run standing anywhere outside the runs is
	// written as a name there: the run is then no title of ordinary words.
	loose := map[string]bool{}
	for p, t := range toks {
		if !inRun[p] && isCapWord(t) {
			loose[t.Text] = true
		}
	}
	var out [][2]int
	for _, c := range runs {
		ok := true
		for p := c[0]; p < c[1] && ok; p++ {
			ok = !isCapWord(toks[p]) || !loose[toks[p].Text]
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}
