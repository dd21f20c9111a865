package quotes

// A participle of saying set off by a comma takes the subject of the
// clause it hangs on:
//
//	+ Jo Bloggs said there was a general "hostility" to the plan, adding: "…"
//	+ Acme said its sales had been "flat", saying: "…"
//	- Acme said sales were "flat" while analysts disagreed, saying: "…"
//	  (a clause with its own subject stands between)
//	- Acme said sales were "flat" and Jo Bloggs agreed, adding: "…"
//	  (a speaker is named between)
//	- Although Acme said it was "dull", the crowd cheered, adding: "…"
//	  (another clause, after a comma, has the participle)
//
// When the quoted fragment before it is too short to be kept as a
// quotation, nothing links the participle to the speaker but the
// sentence itself: the speaker of the sentence's first verb of saying.

// qSayingParticiples are the -ing forms of verbs of saying that open a
// participle clause after a comma (", adding: "…"").
var qSayingParticiples = qWordSet(`adding saying insisting explaining warning
	noting arguing stressing declaring claiming continuing telling`)

// qOwnClauseWords start a clause of its own, whose subject a participle
// after it would take instead of the sentence's speaker.
var qOwnClauseWords = qWordSet(`while whereas although though but and or
	who which whom whose as because since when where after before`)

// participleSpeaker returns the speaker of the sentence that holds ts
// (the window text[lo:] before a quotation, after a quoted fragment of
// the same sentence) when ts ends in a participle of saying right after a
// comma at v and nothing between the fragment and that comma names a
// speaker or opens a clause of its own; else -1.
func (q *quoter) participleSpeaker(ts []qtok, v, lo int) int {
	if v < 1 || !qSayingParticiples[q.text[ts[v].s:ts[v].e]] || q.text[ts[v-1].s:ts[v-1].e] != "," {
		return -1
	}
	si := q.sentenceAt(ts[v].s)
	if si < 0 || q.doc.Sentences[si].Start >= lo {
		return -1 // no fragment of this sentence before the window
	}
	if v > 1 && q.namesSpeaker(ts[:v-1]) {
		return -1
	}
	for _, t := range ts[:v-1] {
		w := q.text[t.s:t.e]
		// a comma or a clause word before the participle's own comma
		// may start a clause whose subject is not the speaker
		// ("Although X said it was "dull", the crowd cheered, adding")
		if w == "," || t.kind == qkWord && qOwnClauseWords[w] {
			return -1
		}
	}
	return q.sentSpeaker(si)
}
