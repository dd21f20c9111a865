package quotes

// A quotation framed by a verb of saying whose subject is nobody in
// particular belongs to no one named: "people would say "…"", "critics
// said: "…"", "fans will ask "…"", "they would say "…"" (a hypothetical
// or imagined saying). Without this check the search for a speaker
// reaches back past the generic subject to a person earlier in the
// sentence or story ("She thought that if she won, people would say
// "…"" is not her saying). Leaving such a quotation without a speaker is
// better than giving it to the wrong person.

// qGenericVoices are subjects that name a crowd or anyone at all.
var qGenericVoices = qWordSet(`people People fans Fans critics Critics
	others Others some Some many Many everyone Everyone everybody
	Everybody someone Someone somebody Somebody anyone Anyone anybody
	Anybody nobody Nobody cynics Cynics sceptics Sceptics skeptics
	Skeptics pundits Pundits observers Observers detractors Detractors
	doubters Doubters onlookers Onlookers`)

// qHypotheticalModals make "they" a hypothetical crowd ("they would say
// "…""); a plain "they said" usually goes on with a body or a group named
// before and keeps its speaker.
var qHypotheticalModals = qWordSet(`would might could may will 'd ’d`)

// qVoiceAdverbs may sit between the subject and the verb of saying.
var qVoiceAdverbs = qWordSet(`often always usually sometimes then now
	still just probably surely certainly also never inevitably rightly
	undoubtedly simply`)

// genericVoice reports whether the verb of saying ts[v] has a generic
// subject right before it (with modals and adverbs between).
func (q *quoter) genericVoice(ts []qtok, v int) bool {
	modal := false
	for i := v - 1; i >= 0; i-- {
		t := ts[i]
		if t.kind != qkWord {
			return false
		}
		w := q.text[t.s:t.e]
		switch {
		case qHypotheticalModals[w]:
			modal = true
		case qVoiceAdverbs[w]:
		case qGenericVoices[w]:
			// "the people of Fife said", "Chelsea fans said" still name
			// nobody who speaks
			return true
		case (w == "they" || w == "They") && modal:
			return true
		default:
			return false
		}
	}
	return false
}
