package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/openie"
)

// Open facts of a story's headline. Headlines drop articles and use the
// present tense for what happened ("Melzer shocks Agassi in San Jose")
// and "to VERB" for what is planned ("Wilkinson to lead England"); the
// tagger and parser, trained on running text, read the verb of such a
// line as a plural noun ("Souness backs Smith": "backs" a noun) and yield
// nothing. On the BBC corpus one headline in four holds two names and no
// open fact. The shapes read here are a name, its verb, and a second name
// right after it, with at most a particle, a preposition, a role noun or
// one plain noun and its preposition between.

// headParticles may follow a headline verb: "edges out", "blows away".
var headParticles = map[string]bool{
	"out": true, "up": true, "off": true, "down": true, "away": true, "back": true,
}

// headPreps may lead to the second name: "heads for Birmingham", "splits
// from coach Gilbert", "struggles past Dent".
var headPreps = map[string]bool{
	"for": true, "from": true, "past": true, "to": true, "with": true, "on": true,
	"over": true, "against": true, "into": true, "at": true, "in": true, "after": true,
	"behind": true, "as": true, "by": true,
}

// headAfter may follow the second name: the headline ends, or goes on
// with a phrase of its own ("Melzer shocks Agassi in San Jose").
var headAfter = map[string]bool{
	"in": true, "at": true, "for": true, "to": true, "on": true, "over": true,
	"after": true, "with": true, "as": true, "-": true, ":": true,
}

// headNotVerbs are "-s" words that stand after a name in a headline as
// nouns, never as its verb: "Lions hopes", "Oscars nominees".
var headNotVerbs = map[string]bool{
	"hopes": true, "fans": true, "stars": true, "shares": true, "sales": true,
	"profits": true, "talks": true, "plans": true, "chiefs": true, "bosses": true,
	"critics": true, "officials": true, "results": true, "news": true, "awards": true,
	"nominees": true, "is": true, "has": true, "was": true, "does": true, "gets": true,
}

// isHeadline reports whether sentence 0 is a headline: alone in the
// first paragraph, without a final full stop, and not in title case
// (whose capitals make every word look like a name).
func (a *analysis) isHeadline() bool {
	if !a.HeadlineAlone || a.TitleCase {
		return false
	}
	r := a.SentTokens[0]
	if r.End <= r.Start {
		return false
	}
	last := a.Tokens[r.End-1].Text
	return last != "." && last != "?" && last != "!"
}

// headlineLinks reads "NAME VERBs [particle] [prep] [role] NAME",
// "NAME VERBs NOUN prep NAME", "NAME VERBs NAME NOUN" and "NAME to VERB
// NAME" in the headline (sentence 0): the first name ~verb[_noun][_prep]~
// the second. A verb
// of saying, belief or denial ("Arnesen denies rift with Santini") states
// a claim and is left out, as is a pair a fixed fact links anywhere in
// the story (the open fact would repeat it).
func (a *analysis) headlineLinks(ms []model.Mention, linked map[[2]int]bool) []model.OpenFact {
	if !a.isHeadline() {
		return nil
	}
	var out []model.OpenFact
	sp := a.SentTokens[0]
	a.Earlier.SentenceTokens(0) // tags the sentence: the noun slot reads the tags
	toks := a.Tokens
	lower := func(k int) bool {
		return k < sp.End && toks[k].Flags&textseg.TCap == 0 && isWordish(toks[k].Text)
	}
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		if linked[[2]int{m1.Entity, m2.Entity}] {
			return
		}
		k := t0
		var key, label []string
		bare := false // a plural verb: its object must follow at once
		switch w := toks[k].Lower(); {
		case w == "to" && lower(k+1):
			// "Wilkinson to lead England": what is planned
			key = append(key, openie.Lemma(toks[k+1].Lower(), "VB"))
			label = append(label, "will", toks[k+1].Lower())
			k += 2
		case w == "out" && k+1 < t1 && toks[k+1].Lower() == "of":
			// "Robinson out of Six Nations": the verb "is" dropped
			key = append(key, "be", "out", "of")
			label = append(label, "out", "of")
			k += 2
		case lower(k) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !headNotVerbs[w] && len(w) > 3:
			key = append(key, openie.Lemma(w, "VBZ"))
			label = append(label, w)
			k++
		case bareVerb(toks[k]) && lower(k):
			// "Chelsea hold Arsenal", "Newcastle line up Babayaro": a
			// team or band takes a plural verb
			key = append(key, w)
			label = append(label, w)
			bare = true
			k++
		default:
			return
		}
		if v := key[0]; propositionVerbs[v] || doubtWords[v] || selfReportVerbs[v] || v == "be" && len(key) == 1 || v == "have" {
			return
		}
		if k < t1 && headParticles[toks[k].Lower()] {
			key, label = append(key, toks[k].Lower()), append(label, toks[k].Lower())
			k++
		}
		switch {
		case bare:
			// a plural noun or a noun phrase would read as the verb
			// ("Lions blow to World Cup stars", "London hope over X"):
			// only the name right after it is its object
		case k < t1 && headPreps[toks[k].Lower()]:
			// "heads for Birmingham", "splits from coach Gilbert"
			key, label = append(key, toks[k].Lower()), append(label, toks[k].Lower())
			k++
			if k < t1 && headRole(toks[k].Lower()) {
				k++
			}
		case k < t1 && headRole(toks[k].Lower()):
			// "backs skipper Robinson"
			k++
		case k+1 < t1 && lower(k) && headNoun(toks[k]) && headPreps[toks[k+1].Lower()]:
			// "files lawsuit against Conte", "names successor to Ghosn"
			// a plural noun is keyed in the singular, as the parse
			// keys it in running text ("hold talks with": hold_talk_with)
			noun := toks[k].Lower()
			if toks[k].Tag == "NNS" {
				noun = openie.Lemma(noun, "VBZ")
			}
			noun = keyWord(noun)
			key = append(key, noun, toks[k+1].Lower())
			label = append(label, toks[k].Lower(), toks[k+1].Lower())
			k += 2
		}
		if k != t1 {
			return
		}
		// the second name is the object, not a modifier of a noun after
		// it ("quits Yukos shares") nor an owner ("Gerrard's future")
		if t2 := a.tokenAt(m2.End); t2 < sp.End {
			if w := toks[t2].Lower(); !headAfter[w] && w != "," {
				// "Federer claims Dubai crown": the name qualifies the
				// verb's object noun, which ends the headline; the
				// subject opens it, and a person noun is the object
				// itself ("India to deport Bollywood actress")
				if bare || len(key) != 1 || a.tokenAt(m1.Start) != sp.Start || !lower(t2) || !strings.HasPrefix(toks[t2].Tag, "NN") ||
					t2+1 < sp.End && !headAfter[toks[t2+1].Lower()] || headRole(w) || lexicon.WeakRoles[w] || lexicon.PersonRoleNouns[w] {
					return
				}
				noun := w
				if toks[t2].Tag == "NNS" {
					noun = openie.Lemma(noun, "VBZ")
				}
				key, label = append(key, keyWord(noun)), append(label, "…", w)
			}
		}
		if a.cutShort(0, m1.Entity, -1, nil, ms) || a.cutShort(0, m2.Entity, -1, nil, ms) {
			return
		}
		for _, p := range key {
			if keyWord(p) == "" {
				return
			}
		}
		out = append(out, model.OpenFact{
			Subject: m1.Entity, Object: m2.Entity, Key: strings.Join(key, "_"), Label: strings.Join(label, " "),
			Sentence: 0, Rule: "openie:headline", Confidence: 0.5,
		})
	})
	return out
}

// headRole reports a role noun that may stand before the second name of
// a headline: "backs skipper Robinson", "edges out rival Sotherton".
func headRole(w string) bool {
	return lexicon.RoleHeads[w] || teamRoles[w] || personalRoles[w] || w == "rival" || w == "champion"
}

// headNoun reports a word that may be the noun of "VERBs NOUN prep
// NAME". The tagger, reading a headline as running text, tags that noun
// a verb as often as a noun ("names successor/VBP to Ghosn", "issues
// warning/VBG to Gerrard"), so any content word but an adverb will do.
func headNoun(t textseg.Token) bool {
	w := t.Lower()
	return (strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "VB") || strings.HasPrefix(t.Tag, "JJ")) &&
		!strings.HasSuffix(w, "ly")
}

// bareVerb reports a word that may be a plural headline verb ("Chelsea
// hold Arsenal"): not an "-s", "-ed" or "-ing" form nor a role noun
// ("Chelsea striker Drogba"), and tagged a base verb or a singular noun
// (the tagger reads "hold" after a name as either).
func bareVerb(t textseg.Token) bool {
	w := t.Lower()
	return len(w) > 2 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		!strings.HasSuffix(w, "ly") && !headRole(w) && !headNotVerbs[w] &&
		(t.Tag == "VB" || t.Tag == "VBP" || t.Tag == "NN")
}
