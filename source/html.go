package source

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ErrNoArticle is returned for a page in which no article text was found
// (an index page, a video page, an error page served with status 200).
var ErrNoArticle = errors.New("no article text found")

// minArticleWords is the fewest words a page's main text must hold to be
// an article rather than a teaser or a leftover of navigation.
const minArticleWords = 40

// Page is the article read from an HTML page.
type Page struct {
	Meta       Meta
	Paragraphs []string // the main text, one paragraph each, headline not included
}

// Text is the page as the extractor reads it: the headline as the first
// paragraph, then the main text, paragraphs separated by a blank line.
func (p Page) Text() string {
	paras := p.Paragraphs
	if len(paras) > 0 && p.Meta.Title != "" && strings.EqualFold(paras[0], p.Meta.Title) {
		paras = paras[1:]
	}
	var b strings.Builder
	if p.Meta.Title != "" {
		b.WriteString(p.Meta.Title)
		b.WriteString("\n\n")
	}
	b.WriteString(strings.Join(paras, "\n\n"))
	b.WriteString("\n")
	return b.String()
}

// ToUTF8 decodes an HTML page to UTF-8: by its byte order mark, else
// the charset the server named, else its <meta charset>. Bytes that are
// valid UTF-8 are kept as they are unless the server named another
// charset: pages declare windows-1252 by habit and are UTF-8 in fact.
func ToUTF8(raw []byte, charsetName string) []byte {
	ct := ""
	if charsetName != "" {
		ct = "text/html; charset=" + charsetName
	}
	enc, name, certain := charset.DetermineEncoding(raw, ct)
	if name == "utf-8" || (!certain && utf8.Valid(raw)) {
		return raw
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// ReadPage extracts the main text and metadata of an HTML page, given in
// UTF-8 (ToUTF8). pageURL
// (nil for a local file) resolves relative links. The main text is found
// by go-readability (Mozilla's Readability scoring); figures, captions,
// asides and leftover share/related blocks inside the chosen node are
// then dropped, and the text is kept paragraph by paragraph.
func ReadPage(raw []byte, pageURL *url.URL) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return Page{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta := pageMeta(doc, pageURL)
	if body := findBody(doc); body != nil {
		dropFurniture(body)
	}
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil {
		return Page{Meta: meta}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	if meta.Title == "" {
		meta.Title = clean(art.Title())
	}
	if len(meta.Authors) == 0 && art.Byline() != "" {
		meta.Authors = bylineNames(art.Byline())
	}
	if meta.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil && plausible(t) {
			meta.Published = t
		}
	}
	if art.Node == nil {
		return Page{Meta: meta}, ErrNoArticle
	}
	paras, credits := dropNonText(Paragraphs(art.Node))
	if len(meta.Authors) == 0 {
		meta.Authors = credits
	}
	if countWords(paras) < minArticleWords {
		return Page{Meta: meta, Paragraphs: paras}, ErrNoArticle
	}
	return Page{Meta: meta, Paragraphs: paras}, nil
}

// creditRE matches the credit line wires end a story with: "Reporting
// by Anna Petrova; Editing by John Smith".
var creditRE = regexp.MustCompile(`^(?:\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by [^;]+;?\s*)+\)?$`)

// dropNonText drops paragraphs that are no prose: a date on its own (the
// text of a <time>), a wire credit line. The reporters a credit line
// names are returned as authors.
func dropNonText(paras []string) (kept, authors []string) {
	for _, p := range paras {
		if _, ok := ParseDate(p); ok && len(strings.Fields(p)) <= 6 {
			continue
		}
		if creditRE.MatchString(p) {
			for _, part := range strings.Split(strings.Trim(p, "()"), ";") {
				part = strings.TrimSpace(part)
				for _, lead := range []string{"Reporting by ", "Additional reporting by ", "Writing by "} {
					if rest, ok := strings.CutPrefix(part, lead); ok {
						for _, n := range bylineNames(rest) {
							authors = appendUnique(authors, n)
						}
					}
				}
			}
			continue
		}
		kept = append(kept, p)
	}
	return kept, authors
}

// bylineNames splits "By Anna Petrova and John Smith" into names.
func bylineNames(s string) []string {
	s = clean(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by ")
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' || r == '|' }) {
		if p := clean(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func countWords(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// boilerplateHints are class or id fragments of blocks that sit inside or
// beside an article body but are not its text.
var boilerplateHints = []string{"caption", "related", "share", "social", "advert", "promo",
	"newsletter", "comment", "byline", "credit", "sponsor", "outbrain", "taboola", "read-more",
	"readmore", "pullquote", "pull-quote", "cookie", "subscribe", "signup", "sign-up", "breadcrumb", "most-read", "widget"}

// skipNode reports whether an element is page furniture: navigation,
// figures and their captions, asides, forms, adverts, share tools,
// related links, comments.
func skipNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Figure, atom.Figcaption, atom.Aside, atom.Nav, atom.Footer, atom.Form,
		atom.Script, atom.Style, atom.Noscript, atom.Button, atom.Iframe, atom.Svg, atom.Template:
		return true
	}
	switch n.Data {
	case "amp-ad", "amp-sidebar", "amp-social-share", "amp-embed", "amp-sticky-ad":
		return true
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component"))) {
		if tok == "ad" || tok == "ads" || strings.HasPrefix(tok, "ad-") || strings.HasPrefix(tok, "ad_") ||
			strings.HasSuffix(tok, "-ad") || strings.HasSuffix(tok, "-ads") ||
			strings.HasPrefix(tok, "nav") || strings.HasSuffix(tok, "nav") {
			return true
		}
		for _, h := range boilerplateHints {
			if strings.Contains(tok, h) {
				return true
			}
		}
	}
	return false
}

// dropFurniture removes furniture (skipNode) from the page before the
// main text is looked for: go-readability strips class names from what
// it keeps, so adverts and captions it leaves inside the article body can
// no longer be told apart afterwards.
func dropFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if skipNode(c) {
			n.RemoveChild(c)
		} else {
			dropFurniture(c)
		}
		c = next
	}
}

// blockAtoms end a paragraph.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Main: true, atom.Dd: true, atom.Dt: true, atom.Br: false,
}

// maxLinkShare: a paragraph more than this share of whose letters are
// link text is navigation ("READ MORE: …", a section menu, "Printer
// friendly version | Send to a friend"), not prose.
const maxLinkShare = 0.5

// Paragraphs renders the text below n one paragraph per block element,
// white space collapsed, furniture (skipNode) and link lists left out.
func Paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	linkChars, inLink := 0, 0
	flush := func() {
		s := clean(cur.String())
		if s != "" && float64(linkChars) <= maxLinkShare*float64(len(strings.ReplaceAll(s, " ", ""))) {
			out = append(out, s)
		}
		cur.Reset()
		linkChars = 0
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			if inLink > 0 {
				linkChars += len(strings.Join(strings.Fields(n.Data), ""))
			}
			return
		case html.ElementNode:
			if skipNode(n) {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteString(" ")
				return
			}
		}
		block := n.Type == html.ElementNode && (blockAtoms[n.DataAtom] || n.DataAtom == atom.Td || n.DataAtom == atom.Th)
		if block {
			flush()
		}
		if n.DataAtom == atom.A {
			inLink++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.DataAtom == atom.A {
			inLink--
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return dropRepeats(out)
}

// dropRepeats drops a paragraph whose words all appear, in order, inside
// another paragraph: a pull quote repeating a sentence of the story.
func dropRepeats(paras []string) []string {
	norm := make([]string, len(paras))
	for i, p := range paras {
		norm[i] = " " + strings.Join(strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ") + " "
	}
	var out []string
	for i, p := range paras {
		repeat := false
		for j := range paras {
			if j != i && len(norm[i]) < len(norm[j]) && len(strings.Fields(norm[i])) >= 5 && strings.Contains(norm[j], norm[i]) {
				repeat = true
				break
			}
		}
		if !repeat {
			out = append(out, p)
		}
	}
	return out
}

// fragmentText renders an HTML fragment (a feed item's content, a data
// set's "html" field) as paragraphs without looking for a main text: the
// fragment is the article already.
func fragmentText(fragment string) []string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"})
	if err != nil {
		return []string{clean(fragment)}
	}
	root := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return Paragraphs(root)
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}
