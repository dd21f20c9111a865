package extract

// Co-hosting told with the partners after "with": the verb's subject is
// one host, and the names after "with" are the others.
//
//	The kingdom will also co-stage the 2030 World Cup with Spain and Portugal
//	Kenya co-hosted the African Games with Uganda in 2019
//
// hostVerb (relations_rules.go) reads the subject of "co-host"; the
// partners after the object, and "co-stage", which no other rule knows,
// are read here. Only co-hosting verbs say the partner shares the hosting:
// "Egypt hosted talks with Israel" names a party to the talks.

// Rules of cohostPartners.
const (
	ruleCohostHosted   = "hosted/cohost-with"
	ruleCohostWillHost = "willHost/cohost-with"
)

// cohostVerbs are the verbs of sharing the hosting of an event.
var cohostVerbs = relWords(`co-host co-hosts co-hosted co-hosting cohost cohosts
	cohosted cohosting co-stage co-stages co-staged co-staging`)

// cohostStageVerbs are the co-hosting verbs hostVerb does not read, whose
// subject is read here too.
var cohostStageVerbs = relWords(`co-stage co-stages co-staged co-staging`)

// cohostPartners adds the hosts of "X [will] co-host EVENT with Y [and Z]"
// for the verb at token t: Y and Z (and X for "co-stage"), with the tense
// of X's verb group. A denied, conditional or intended co-hosting ("bid
// to co-host") gives nothing, as in hostVerb.
func (s *relSent) cohostPartners(t int) {
	if s.tag(t) == "NN" || s.tag(t) == "NNS" || s.word(t+1, "by") {
		return // "a co-host of", "co-hosted by" (hostedByAfterEvent)
	}
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) {
		return
	}
	pred, rule := Hosted, ruleCohostHosted
	if mod.future {
		pred, rule = WillHost, ruleCohostWillHost
	} else if mod.intend || mod.inf {
		return
	}
	events, end := s.objectsAt(t + 1)
	if len(events) != 1 || !s.r.isEvent(events[0]) {
		return
	}
	ev := events[0]
	if pred == Hosted && s.hostingAhead(t, end) {
		pred, rule = WillHost, ruleCohostWillHost
	}
	var hosts []int
	if s.is(t, cohostStageVerbs) {
		hosts, _ = s.subjectsAt(j)
	}
	if s.word(end, "with") {
		partners, _ := s.objectsAt(end + 1)
		hosts = append(hosts, partners...)
	}
	for _, h := range hosts {
		if tp := s.r.typeOf(h); tp != Country && tp != City && tp != Place && tp != Organization {
			continue
		}
		if s.r.seen[relFactKey{h, otherHostPred(pred), ev}] {
			continue
		}
		s.r.add(h, pred, ev, s.idx, rule, 0.75)
	}
}
