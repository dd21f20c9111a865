package quotes

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The story's voice. Interviews and profiles often quote one person only,
// and after a stretch of paraphrase go on quoting him with no reporting
// clause at all: "…," Mr Dein said. … The club is funding its move
// through several sources. "We have two executives travelling round
// Japan …". latestSpeaker (quotes_narrative.go) takes such quotations
// only a sentence or three after the speaker's own; storyVoice reaches
// further on document-level evidence instead:
//
//   - every attributed quotation of the whole story is one person's;
//   - the quotation speaks in the first person, opens its sentence and
//     ends it (no reporting clause we could not read follows it);
//   - since that person's latest quotation no other voice came in: no
//     other quotation of more than three words, no verb of saying whose
//     speaker is someone else ("the youngster said", "Analysts said"),
//     no source word ("a spokesman", "a statement", "according to"), no
//     one of his ("his coach"), no pronoun of the other gender, and the
//     sentence right before does not have another person as its subject.

// qMaxVoiceSentences bounds the narrative between the voice's latest
// quotation and the one attributed to it.
const qMaxVoiceSentences = 12

// storyVoice attributes the unattributed quotations of the document to
// its one voice where the evidence above holds. It runs after every
// quotation is emitted, so that the whole story's speakers are known.
func (q *quoter) storyVoice() {
	qs := q.doc.Quotes
	e := -1
	for _, qt := range qs {
		if qt.Speaker < 0 {
			continue
		}
		if e >= 0 && qt.Speaker != e {
			return // two voices
		}
		e = qt.Speaker
	}
	if e < 0 || !q.isPerson(e) {
		return
	}
	for i := range qs {
		if qs[i].Speaker < 0 && q.voiceQuote(i, e) {
			qs[i].Speaker, qs[i].Rule = e, "story-voice"
		}
	}
}

// pieceAt returns the index of the piece whose content starts at start,
// or -1.
func (q *quoter) pieceAt(start int) int {
	k := sort.Search(len(q.pieces), func(i int) bool { return q.pieces[i].start >= start })
	if k < len(q.pieces) && q.pieces[k].start == start {
		return k
	}
	return -1
}

// voiceQuote reports whether quotation i of the document may be given to
// e, the story's one voice.
func (q *quoter) voiceQuote(i, e int) bool {
	qs := q.doc.Quotes
	qt := qs[i]
	if len(qt.Pieces) == 0 || !qFirstPerson(qt.Text) {
		return false
	}
	fi, li := q.pieceAt(qt.Pieces[0].Start), q.pieceAt(qt.Pieces[len(qt.Pieces)-1].Start)
	if fi < 0 || li < 0 {
		return false
	}
	first, last := &q.pieces[fi], &q.pieces[li]
	if first.single || !q.endsSentence(last) {
		return false
	}
	ss := q.doc.Sentences
	si := q.sentenceAt(first.open)
	if si <= 0 || qTrimStart(q.text, ss[si].Start, ss[si].End) != first.open {
		return false // the quotation does not open its sentence
	}
	// the voice's latest quotation before this one, and the end of the
	// sentence that holds its end (its attribution, when it follows)
	j := i - 1
	for j >= 0 && qs[j].Speaker != e {
		j--
	}
	if j < 0 {
		return false
	}
	pj := qs[j].Pieces[len(qs[j].Pieces)-1]
	sj := q.sentenceAt(pj.End)
	if sj < 0 || sj >= si || si-sj > qMaxVoiceSentences {
		return false
	}
	lo, hi := max(ss[sj].End, pj.End), first.open
	if lo > hi {
		return false
	}
	// no other quotation in between
	for k := sort.Search(len(q.pieces), func(n int) bool { return q.pieces[n].open >= lo }); k < fi; k++ {
		if w, _ := qWordShape(q.text[q.pieces[k].start:q.pieces[k].end]); w > 3 {
			return false
		}
	}
	if !q.voiceNarrative(lo, hi, e) {
		return false
	}
	// the sentence right before does not make someone else its subject
	if p := ss[si-1]; p.Start >= lo {
		if m := q.narrativeSubjectMention(p.Start, p.End); m >= 0 {
			if ent := q.doc.Mentions[m].Entity; ent != e && q.isPerson(ent) {
				return false
			}
		}
	}
	return true
}

// voiceNarrative reports whether the narrative text[lo:hi] brings in no
// voice but e's: no source word, no verb of saying of another speaker, no
// person of e's, no pronoun of the other gender.
func (q *quoter) voiceNarrative(lo, hi, e int) bool {
	return q.quietNarrative(lo, hi, e, func(w, lw string) bool {
		// "sources" alone is often a source of money ("funding its move
		// through a number of sources"); sources who speak do so through
		// a verb of saying, which quietNarrative checks
		return qVoiceWords[lw] && lw != "sources" || qVoiceSources[w]
	})
}

// quietNarrative reports whether the narrative text[lo:hi], outside its
// quotations, brings in no voice but e's: no word otherVoice reports (w
// as written, lw in lower case), no verb of saying of another speaker, no
// person of e's ("his coach"), no pronoun of the other gender. Both the
// latest-speaker and the story-voice attributions ask it.
func (q *quoter) quietNarrative(lo, hi, e int, otherVoice func(w, lw string) bool) bool {
	toks := qTokenize(q.text, lo, hi, q.getBuf())
	defer func() { q.putBuf(toks) }()
	eg := q.genderOf(e)
	inQ := false
	for i, t := range toks {
		if t.kind == qkDouble {
			inQ = !inQ
			continue
		}
		if inQ || t.kind != qkWord {
			continue
		}
		w := q.text[t.s:t.e]
		lw := strings.ToLower(w)
		if otherVoice(w, lw) {
			return false
		}
		// a verb of saying brings in another voice unless its speaker is
		// e ("People must be careful, he says, …")
		if q.isSpeechVerb(t, false) && q.sentSpeaker(q.sentenceAt(t.s)) != e {
			return false
		}
		// "His coach was fourth.": someone of the speaker's, who may be
		// the one quoted next
		if (qPersonNoun(lw) || qKinNouns[lw]) && q.possessedAt(toks, i) {
			return false
		}
		if pg := lexicon.PronounGender[lw]; pg != 0 && eg != 0 && pg != eg {
			return false
		}
		if (w == "her" && eg == 'm') || ((w == "his" || w == "him") && eg == 'f') {
			return false
		}
	}
	return true
}

// qVoiceSources are further words of a narrative that quotes a source
// other than the person interviewed: a review, a report, a board. They
// are matched in lower case only: capitalised, they are part of a name
// ("told the News Letter").
var qVoiceSources = qWordSet(`review reviews reviewer reviewers critic report
	reports survey study board letter website newspaper magazine paper
	representative representatives quoted`)
