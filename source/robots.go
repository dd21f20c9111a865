package source

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// Robots is a parsed robots.txt (RFC 9309): the rules of the group that
// applies to one user agent.
type Robots struct {
	rules      []robotsRule
	CrawlDelay time.Duration // 0 when the group names none
}

type robotsRule struct {
	allow   bool
	pattern string // path pattern with * and a trailing $
}

// ParseRobots reads a robots.txt and keeps the group for agent (the
// product token of our User-Agent, matched case-insensitively), or the
// "*" group when no group names it. Unknown lines are ignored, as the RFC
// asks, so a page of HTML served as robots.txt allows everything.
func ParseRobots(r io.Reader, agent string) *Robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	inAgents := false // consecutive user-agent lines share one group
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 512*1024)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur == nil {
				continue
			}
			if val == "" {
				continue // "Disallow:" with no path allows everything
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if secs, err := strconv.ParseFloat(val, 64); err == nil && secs > 0 {
				cur.delay = time.Duration(secs * float64(time.Second))
			}
		default:
			inAgents = false
		}
	}
	rb := &Robots{}
	var star, mine []*group
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*":
				star = append(star, g)
			case a != "" && strings.Contains(agent, a):
				mine = append(mine, g)
			}
		}
	}
	chosen := mine
	if len(chosen) == 0 {
		chosen = star
	}
	// Several groups for the same agent are merged (RFC 9309 2.2.1).
	for _, g := range chosen {
		rb.rules = append(rb.rules, g.rules...)
		if g.delay > rb.CrawlDelay {
			rb.CrawlDelay = g.delay
		}
	}
	return rb
}

// Allowed reports whether path (with its query) may be fetched: the
// longest matching rule decides, and Allow wins a tie.
func (r *Robots) Allowed(path string) bool {
	if r == nil {
		return true
	}
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !robotsMatch(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern: a prefix match where *
// is any run of characters and a final $ anchors the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = strings.TrimSuffix(pattern, "$")
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	if anchored && len(parts) == 1 {
		return rest == ""
	}
	return true
}
