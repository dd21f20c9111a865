package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A music story about one band names its members by their part alone,
// the band being the story's: "Guitarist Brian May has said he expects to
// be on the road with drummer Roger Taylor" (a story about Queen), "the
// band cancelled concerts after bass player Mike Mills was taken to
// hospital" (REM), "His brother and bandmate Noel". bandRoleNames reads
// the band only when its name stands before the part ("Queen bassist John
// Deacon"); here the story gives it. Tests: titles_bandstory_test.go.

// ruleStoryBand names the facts of storyBandMembers.
const ruleStoryBand = "title:story-band-role-name"

// bandMateRoles before a name make the person a member of the band the
// story is about, whatever part he plays.
var bandMateRoles = map[string]bool{"bandmate": true, "band member": true,
	"band members": true, "founding member": true, "founder member": true}

// bandPartBlockers before a part say whose it is not: a former member's
// ("former drummer Bill Berry"), someone else's of the same trade
// ("fellow guitarist Buddy Guy"), a hired player's ("session drummer"),
// a solo act's ("solo singer").
var bandPartBlockers = lexicon.WordSet(`fellow session guest solo touring backing
	original another other rival`)

// soloParts alone are as often a solo act's as a band member's ("singer
// Bruce Springsteen inducted U2", "ballet dancer Darcey Bussell"): only
// "lead singer" says a band's.
var soloParts = lexicon.WordSet(`singer vocalist dancer`)

// storyBandMembers adds memberOf facts for persons named after a band
// member's part alone in a music story about one band.
func (r *relState) storyBandMembers() {
	a := r.a
	band := r.storyBand()
	if band < 0 {
		return
	}
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || m.entity == band || r.typeOf(m.entity) != Person {
			continue
		}
		if !a.bandPartBefore(m.t0, a.sentTokens[m.sent].Start, band) || a.otherBandAfter(m.t1, a.sentTokens[m.sent].End) {
			continue
		}
		if r.seen[relFactKey{m.entity, MemberOf, band}] || r.memberOfAnother(m.entity, band) {
			continue
		}
		r.add(m.entity, MemberOf, band, m.sent, ruleStoryBand, confBareTitle)
	}
}

// storyBand returns the band a music story is about, or -1: the
// organisation the text marks as a band ("rock band Queen", "Oasis
// singer Liam Gallagher", a band member's fact), named in the headline or
// the lead, and named at least twice and more often than any other band
// the story marks.
func (r *relState) storyBand() int {
	a := r.a
	if !a.musicStory() {
		return -1
	}
	bands := map[int]bool{}
	counts := make([]int, len(a.doc.Entities))
	lead := map[int]bool{}
	for _, m := range a.ments {
		// A band is as often written in capitals ("REM") as a name.
		if m.kind != MentionName && m.kind != MentionAcronym || m.entity < 0 || m.hidden {
			continue
		}
		counts[m.entity]++
		if m.sent <= 1 {
			lead[m.entity] = true
		}
		if r.typeOf(m.entity) == Organization && a.bandCueAt(m.t0, m.t1, a.sentTokens[m.sent].Start) {
			bands[m.entity] = true
		}
	}
	for _, f := range a.doc.Facts {
		if f.Predicate == MemberOf && (f.Rule == ruleBandRun || f.Rule == ruleBandOf) {
			bands[f.Object] = true
		}
	}
	best, second := -1, 0
	for e := range bands {
		switch {
		case best < 0 || counts[e] > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = e
		case counts[e] > second:
			second = counts[e]
		}
	}
	// Named once, a band is a passing reference ("former Free singer
	// Paul Rodgers"), not what the story is about.
	if best < 0 || counts[best] < 2 || counts[best] == second || !lead[best] {
		return -1
	}
	return best
}

// bandCueAt reports whether the name at tokens [t0, t1) is marked a
// band: an act noun before it ("band Queen", "rock group The Bravery")
// or a band member's part after it ("Oasis singer", "Kasabian's
// guitarist").
func (a *analysis) bandCueAt(t0, t1, lo int) bool {
	p := t0 - 1
	if p > lo && a.tokens[p].Text == "The" {
		p--
	}
	if p >= lo && actNouns[a.tokens[p].Text] {
		return true
	}
	k := t1
	if k < len(a.tokens) && isPossessive(a.tokens[k].Text) {
		k++
	}
	return k < len(a.tokens) && (bandRoles[a.tokens[k].Lower()] || k+1 < len(a.tokens) && bandRolePairs[a.tokens[k].Lower()+" "+a.tokens[k+1].Lower()])
}

// bandPartBefore reports whether a band member's part ends right before
// token t ("drummer", "bass player", "bandmate", "founding member") with
// nothing before it that names another band or an earlier time: no
// capitalised word ("The Who drummer"), no possessive but the band's own
// or a pronoun's ("Kasabian's singer", "his bandmate"), no "former" and
// no blocker ("fellow guitarist"), no genre or nationality ("soul
// singer").
func (a *analysis) bandPartBefore(t, lo, band int) bool {
	k := t - 1
	if k < lo {
		return false
	}
	b := k + 1
	if k > lo && bandMateRoles[a.tokens[k-1].Lower()+" "+a.tokens[k].Lower()] {
		b = k - 1
	} else if bandMateRoles[a.tokens[k].Lower()] {
		b = k
	} else if b = a.bandRoleBefore(k, lo); b > k || b == k && soloParts[a.tokens[k].Lower()] {
		return false
	}
	// "Singer/guitarist James Dean Bradfield": two parts of one player.
	if b-2 >= lo && a.tokens[b-1].Text == "/" && bandRoles[a.tokens[b-2].Lower()] {
		b -= 2
	}
	p := b - 1
	if p < lo {
		return true
	}
	w := a.tokens[p].Lower()
	switch {
	case isPossessive(a.tokens[p].Text):
		return a.entityEndingAt(p) == band
	case formerWords[w] || strings.HasPrefix(w, "ex-") || bandPartBlockers[w] || musicGenres[w] || lexicon.RoleModifiers[w]:
		return false
	case isCapWord(a.tokens[p]) && p > lo:
		return false
	}
	return true
}

// entityEndingAt returns the entity of a visible name mention ending right
// before token k, or -1.
func (a *analysis) entityEndingAt(k int) int {
	for _, m := range a.ments {
		if m.t1 == k && m.entity >= 0 && !m.hidden && m.kind == MentionName {
			return m.entity
		}
	}
	return -1
}

// otherBandAfter reports whether the name ending at token t goes on with
// the act it plays in ("singer Joe Bright of the Velvet Clocks", "drummer
// Sam Hill from Razorbill"), which need not be the story's band.
func (a *analysis) otherBandAfter(t, hi int) bool {
	if t >= hi {
		return false
	}
	w := a.tokens[t].Lower()
	if w != "of" && w != "from" && w != "with" && w != "in" {
		return false
	}
	k := t + 1
	if k < hi && a.tokens[k].Lower() == "the" {
		k++
	}
	return k < hi && isCapWord(a.tokens[k])
}

// memberOfAnother reports whether person e is already a member of an
// organisation other than band.
func (r *relState) memberOfAnother(e, band int) bool {
	for _, f := range r.a.doc.Facts {
		if f.Subject == e && f.Predicate == MemberOf && f.Object != band {
			return true
		}
	}
	return false
}
