package source

import (
	"strings"
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	const txt = `# a site's robots.txt
User-agent: *
Disallow: /private/
Disallow: /search
Allow: /private/press/
Crawl-delay: 2

User-agent: OtherBot
User-agent: newsgraph
Disallow: /drafts/
Disallow: /*.pdf$
Allow: /drafts/public$
Crawl-delay: 5

User-agent: BadBot
Disallow: /
`
	ours := ParseRobots(strings.NewReader(txt), "newsgraph")
	star := ParseRobots(strings.NewReader(txt), "someone-else")
	bad := ParseRobots(strings.NewReader(txt), "badbot")
	tests := []struct {
		name string
		r    *Robots
		path string
		want bool
	}{
		{"own group replaces *: /private allowed", ours, "/private/x", true},
		{"own group disallow", ours, "/drafts/story", false},
		{"$ anchors the end", ours, "/files/report.pdf", false},
		{"$ anchored pattern does not match longer path", ours, "/files/report.pdf?x=1", true},
		{"longer allow beats shorter disallow", ours, "/drafts/public", true},
		{"anchored allow does not cover a longer path", ours, "/drafts/public/2", false},
		{"* group disallow", star, "/private/secret", false},
		{"* group longer allow wins", star, "/private/press/release", true},
		{"prefix match without slash", star, "/search?q=x", false},
		{"unlisted path allowed", star, "/news/1", true},
		{"disallow everything", bad, "/news/1", false},
		{"robots.txt itself always allowed", bad, "/robots.txt", true},
		{"nil robots allows", nil, "/x", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Allowed(tc.path); got != tc.want {
				t.Errorf("Allowed(%q) = %v, want %v", tc.path, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		r    *Robots
		want time.Duration
	}{{ours, 5 * time.Second}, {star, 2 * time.Second}, {bad, 0}} {
		if tc.r.CrawlDelay != tc.want {
			t.Errorf("CrawlDelay %v, want %v", tc.r.CrawlDelay, tc.want)
		}
	}
}

func TestRobotsEdgeCases(t *testing.T) {
	tests := []struct {
		name, txt, path string
		want            bool
	}{
		{"empty file allows", "", "/a", true},
		{"HTML served as robots.txt allows", "<html><body>Not found</body></html>", "/a", true},
		{"empty Disallow allows", "User-agent: *\nDisallow:\n", "/a", true},
		{"rules before any user-agent are ignored", "Disallow: /\nUser-agent: *\nAllow: /\n", "/a", true},
		{"wildcard in the middle", "User-agent: *\nDisallow: /*/print\n", "/news/1/print", false},
		{"case of directives ignored", "USER-AGENT: *\nDISALLOW: /x\n", "/x", false},
		{"comments stripped", "User-agent: * # all\nDisallow: /x # not x\n", "/x", false},
		{"tie goes to allow", "User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ParseRobots(strings.NewReader(tc.txt), "newsgraph").Allowed(tc.path); got != tc.want {
				t.Errorf("Allowed(%q) = %v, want %v", tc.path, got, tc.want)
			}
		})
	}
}
