package source

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is what a page, feed or data set says about an article, stored on
// its document node as schema.org properties.
type Meta struct {
	Title        string
	Authors      []string
	Published    time.Time // zero when unknown
	Site         string    // the publisher's name ("BelTA"), or the host when none is given
	CanonicalURL string    // the page's own <link rel=canonical>, in canonical form
	Lang         string    // as declared ("en-GB"), or "en" when detected
	URL          string    // where it was read from, in canonical form
}

// merge fills m's empty fields from o.
func (m *Meta) merge(o Meta) {
	if m.Title == "" {
		m.Title = o.Title
	}
	if len(m.Authors) == 0 {
		m.Authors = o.Authors
	}
	if m.Published.IsZero() {
		m.Published = o.Published
	}
	if m.Site == "" {
		m.Site = o.Site
	}
	if m.CanonicalURL == "" {
		m.CanonicalURL = o.CanonicalURL
	}
	if m.Lang == "" {
		m.Lang = o.Lang
	}
	if m.URL == "" {
		m.URL = o.URL
	}
}

// pageMeta reads the metadata of an HTML page, most trusted source first:
// JSON-LD NewsArticle, then Open Graph and article:* meta tags, then the
// generic meta names, then the first <time datetime> and <html lang>.
func pageMeta(doc *html.Node, pageURL *url.URL) Meta {
	var m Meta
	var ld []map[string]any
	metas := make(map[string]string) // first value of each meta name/property, lower-cased key
	var metaAuthors []string
	var timeAttr, htmlLang, canonical, titleTag, byline, heading string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if byline == "" && hasClassToken(n, "byline") {
				byline = textOf(n)
			}
			switch n.DataAtom {
			case atom.H1, atom.H2:
				if heading == "" || (n.DataAtom == atom.H1 && !strings.HasPrefix(heading, "h1:")) {
					if t := textOf(n); t != "" {
						heading = n.Data + ":" + t
					}
				}
			case atom.Html:
				htmlLang = attr(n, "lang")
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				val := strings.TrimSpace(attr(n, "content"))
				if key != "" && val != "" {
					if key == "author" || key == "article:author" || key == "dc.creator" {
						metaAuthors = append(metaAuthors, val)
					}
					if _, ok := metas[key]; !ok {
						metas[key] = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, jsonLDObjects(n.FirstChild.Data)...)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, o := range ld {
		if !isArticleType(o["@type"]) {
			continue
		}
		m.Title = first(m.Title, str(o["headline"]), str(o["name"]))
		if m.Published.IsZero() {
			m.Published, _ = ParseDate(str(o["datePublished"]))
		}
		if len(m.Authors) == 0 {
			m.Authors = names(o["author"])
		}
		if m.Site == "" {
			if p := names(o["publisher"]); len(p) > 0 {
				m.Site = p[0]
			}
		}
		m.Lang = first(m.Lang, str(o["inLanguage"]))
		if m.CanonicalURL == "" {
			m.CanonicalURL = first(str(o["url"]), idOf(o["mainEntityOfPage"]))
		}
	}
	// A <title> usually carries the site's name ("Story :: Paper"); the
	// page's heading, when the title holds it, is the headline alone.
	if _, h, ok := strings.Cut(heading, ":"); ok && titleTag != "" && strings.Contains(clean(titleTag), h) {
		titleTag = h
	}
	m.Title = first(m.Title, metas["og:title"], metas["twitter:title"], titleTag)
	if m.Published.IsZero() {
		for _, k := range []string{"article:published_time", "datepublished", "og:published_time",
			"pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
			"parsely-pub-date", "sailthru.date"} {
			if t, ok := ParseDate(metas[k]); ok {
				m.Published = t
				break
			}
		}
	}
	if m.Published.IsZero() {
		m.Published, _ = ParseDate(timeAttr)
	}
	if len(m.Authors) == 0 {
		for _, a := range metaAuthors {
			// article:author is often a profile URL, not a name.
			if !IsURL(a) {
				m.Authors = appendUnique(m.Authors, a)
			}
		}
	}
	if len(m.Authors) == 0 && byline != "" {
		m.Authors = bylineNames(byline)
	}
	m.Site = first(m.Site, metas["og:site_name"], metas["application-name"])
	m.Lang = first(m.Lang, htmlLang, metas["og:locale"], metas["language"], metas["content-language"])
	m.CanonicalURL = first(m.CanonicalURL, canonical, metas["og:url"])
	if m.CanonicalURL != "" {
		m.CanonicalURL = resolveCanonical(pageURL, m.CanonicalURL)
	}
	if m.Site == "" && pageURL != nil {
		m.Site = strings.TrimPrefix(pageURL.Hostname(), "www.")
	}
	m.Title = clean(m.Title)
	return m
}

// resolveCanonical makes a canonical link absolute and canonical; a link
// that does not parse is dropped.
func resolveCanonical(base *url.URL, href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	c, err := CanonicalURL(u.String())
	if err != nil {
		return ""
	}
	return c
}

// jsonLDObjects are the objects of one JSON-LD script: the value itself,
// the items of an array, and the members of an @graph.
func jsonLDObjects(text string) []map[string]any {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(text)), &v) != nil {
		return nil
	}
	var out []map[string]any
	var add func(v any)
	add = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e)
			}
		case map[string]any:
			out = append(out, x)
			if g, ok := x["@graph"]; ok {
				add(g)
			}
		}
	}
	add(v)
	return out
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		switch x {
		case "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
			"BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting":
			return true
		}
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// names reads a schema.org Person/Organization value: a name, an object
// with a name, or a list of either.
func names(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := clean(x); s != "" && !IsURL(s) {
			out = append(out, s)
		}
	case map[string]any:
		if s := clean(str(x["name"])); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			for _, n := range names(e) {
				out = appendUnique(out, n)
			}
		}
	}
	return out
}

func idOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return first(str(x["@id"]), str(x["url"]))
	}
	return ""
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func appendUnique(list []string, s string) []string {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return list
		}
	}
	return append(list, s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// clean collapses runs of white space to one space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func hasClassToken(n *html.Node, tok string) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if c == tok {
			return true
		}
	}
	return false
}

// textOf is the text below n, white space collapsed, without the text of
// <time> elements (a byline's date is not a name).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString(" ")
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return clean(b.String())
}
