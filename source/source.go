// Package source turns what a user points newsgraph at into articles: plain
// text files, saved HTML pages, http(s) URLs, RSS/Atom/JSON feeds (files or
// URLs) and JSON Lines data sets. Each article comes with its Meta (title,
// authors, publication date, site, canonical URL, language), read from the
// page's JSON-LD and meta tags, the feed, the data set, or a wire dateline.
// URLs are fetched by a Fetcher that behaves (fetch.go).
package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// StdinSource is the Source of standard input.
const StdinSource = "-"

// Kind is what an input holds.
type Kind string

// Input kinds.
const (
	KindText  Kind = "text"
	KindHTML  Kind = "html"
	KindFeed  Kind = "feed" // a feed item
	KindJSONL Kind = "jsonl"
)

// Input is one article to read: a file, stdin, a page, a feed item or a
// JSON Lines record. Load reads (and, for a feed item that holds only a
// summary, fetches) it.
type Input struct {
	Source string // the name it is stored under: a path, a canonical URL, "path:LINE", "-"
	Kind   Kind
	Size   int64 // bytes, for progress; 0 when unknown
	Meta   Meta  // what is known before loading (feed items, JSON Lines)
	load   func(ctx context.Context) (*Article, error)
}

// Article is an input read: the bytes the extractor reads and what the
// source said about them.
type Article struct {
	Source string
	// Raw is what the extractor reads: a text file's own bytes (the
	// extractor decodes them), otherwise UTF-8 text with the headline as
	// its first paragraph.
	Raw        []byte
	Meta       Meta
	NotEnglish bool     // store it, extract nothing from it
	Warnings   []string // non-fatal, one line each, without the source
}

// Load reads the input, or gives up when ctx ends: opening a FIFO with
// no writer blocks in the kernel where no signal reaches, and the first
// Ctrl-C must still stop the command. The abandoned read ends with the
// process. Errors name the input.
func (in Input) Load(ctx context.Context) (*Article, error) {
	if in.load == nil {
		return nil, fmt.Errorf("%s: no content", in.Source)
	}
	type result struct {
		a   *Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := in.load(ctx)
		done <- result{a, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", in.Source, ctx.Err())
	}
	if r.err != nil {
		if strings.Contains(r.err.Error(), in.Source) {
			return nil, r.err
		}
		return nil, fmt.Errorf("%s: %w", in.Source, r.err)
	}
	r.a.Source = in.Source
	return r.a, nil
}

// TextInput is an input of text already in memory (a web form, a test).
func TextInput(src string, text []byte, now time.Time) Input {
	return Input{Source: src, Kind: KindText, Size: int64(len(text)), load: func(context.Context) (*Article, error) {
		return textArticle(text, now), nil
	}}
}

// Options tune Collect.
type Options struct {
	// Fetcher gets URLs; nil means NewFetcher(nil) on first need.
	Fetcher *Fetcher
	// Now is the reference time for datelines without a year; nil: time.Now.
	Now func() time.Time
	// Skip reports sources already stored: feed items and JSON Lines
	// records it names are not collected, so a feed polled again is not
	// fetched or extracted again. nil: nothing is skipped.
	Skip func(source string) bool
}

func (o *Options) fetcher() *Fetcher {
	if o.Fetcher == nil {
		o.Fetcher = NewFetcher(nil)
	}
	return o.Fetcher
}

func (o *Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

func (o *Options) skip(src string) bool { return o.Skip != nil && o.Skip(src) }

// IsArticleFile reports whether a file found below a directory is an
// article or a batch of them: *.txt, *.md, *.html, *.htm, *.jsonl.
// Feeds (.xml, .rss, .atom, .json) are read only when named, since a
// directory's .xml and .json files are seldom feeds.
func IsArticleFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson":
		return true
	}
	return false
}

// kindOfPath is the kind of a file by its extension: anything unknown is
// plain text, as before.
func kindOfPath(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".xml", ".rss", ".atom", ".rdf", ".json":
		return "feed"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return "text"
}

// Collect expands command-line arguments into inputs: a file as given
// (its kind by extension), a directory as every article file below it
// (sorted), "-" as stdin (sniffed), an http(s) URL as a page or, when its
// content type or body says so, a feed's items. Feeds, JSON Lines files,
// stdin and URLs are read here; pages, text files and items are read by
// Input.Load. Each bad argument is an error naming it; the others are
// still collected. Every input's Source is valid UTF-8 (NameOf), the form
// it is stored under.
func Collect(ctx context.Context, args []string, stdin io.Reader, opt Options) ([]Input, []error) {
	ins, errs := collect(ctx, args, stdin, opt)
	for i := range ins {
		ins[i].Source = NameOf(ins[i].Source)
	}
	return ins, errs
}

func collect(ctx context.Context, args []string, stdin io.Reader, opt Options) ([]Input, []error) {
	var ins []Input
	var errs []error
	stdinUsed := false
	for _, a := range args {
		if ctx.Err() != nil {
			errs = append(errs, ctx.Err())
			break
		}
		switch {
		case a == StdinSource:
			if stdinUsed {
				continue
			}
			stdinUsed = true
			got, err := collectStdin(ctx, stdin, &opt)
			ins = append(ins, got...)
			errs = append(errs, err...)
		case IsURL(a):
			got, err := CollectURL(ctx, a, &opt)
			ins = append(ins, got...)
			if err != nil {
				errs = append(errs, err)
			}
		default:
			got, err := collectPath(a, &opt)
			ins = append(ins, got...)
			errs = append(errs, err...)
		}
	}
	return ins, errs
}

func collectPath(a string, opt *Options) ([]Input, []error) {
	fi, err := os.Stat(a)
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", a, pathErr(err))}
	}
	if !fi.IsDir() {
		return collectFile(filepath.Clean(a), fi.Size(), opt)
	}
	var files []string
	var errs []error
	werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, pathErr(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !IsArticleFile(p) {
			return nil
		}
		// Only regular files (or links to them): reading a FIFO named
		// *.txt would block the walk, a device would never end.
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if werr != nil {
		errs = append(errs, fmt.Errorf("%s: %w", a, werr))
	}
	if len(files) == 0 {
		errs = append(errs, fmt.Errorf("%s: directory holds no *.txt, *.md, *.html, *.htm or *.jsonl files", a))
	}
	sort.Strings(files)
	var ins []Input
	for _, p := range files {
		var size int64
		if info, err := os.Stat(p); err == nil {
			size = info.Size()
		}
		got, e := collectFile(p, size, opt)
		ins = append(ins, got...)
		errs = append(errs, e...)
	}
	return ins, errs
}

func collectFile(path string, size int64, opt *Options) ([]Input, []error) {
	switch kindOfPath(path) {
	case "html":
		return []Input{{Source: path, Kind: KindHTML, Size: size, load: func(context.Context) (*Article, error) {
			raw, err := os.ReadFile(path)
			if err != nil {
				return nil, pathErr(err)
			}
			return pageArticle(raw, "", nil, Meta{}, opt.now())
		}}}, nil
	case "feed":
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, []error{fmt.Errorf("%s: %w", path, pathErr(err))}
		}
		ins, err := feedInputs(path, raw, opt)
		if err != nil {
			return nil, []error{fmt.Errorf("%s: %w", path, err)}
		}
		return ins, nil
	case "jsonl":
		f, err := os.Open(path)
		if err != nil {
			return nil, []error{fmt.Errorf("%s: %w", path, pathErr(err))}
		}
		defer f.Close()
		return jsonlInputs(path, f, opt)
	}
	return []Input{{Source: path, Kind: KindText, Size: size, load: func(context.Context) (*Article, error) {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, pathErr(err)
		}
		return textArticle(raw, opt.now()), nil
	}}}, nil
}

// collectStdin reads standard input whole and sniffs it: a feed, an HTML
// page, or text.
func collectStdin(ctx context.Context, stdin io.Reader, opt *Options) ([]Input, []error) {
	if stdin == nil {
		stdin = bytes.NewReader(nil)
	}
	raw, err := readContext(ctx, stdin)
	if err != nil {
		return nil, []error{fmt.Errorf("stdin: %w", err)}
	}
	head := strings.ToLower(strings.TrimSpace(string(raw[:min(len(raw), 1024)])))
	switch {
	case strings.HasPrefix(head, "<") && looksLikeFeed(raw):
		ins, err := feedInputs("stdin", raw, opt)
		if err != nil {
			return nil, []error{fmt.Errorf("stdin: %w", err)}
		}
		return ins, nil
	case strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html"):
		return []Input{{Source: StdinSource, Kind: KindHTML, Size: int64(len(raw)), load: func(context.Context) (*Article, error) {
			return pageArticle(raw, "", nil, Meta{}, opt.now())
		}}}, nil
	}
	return []Input{{Source: StdinSource, Kind: KindText, Size: int64(len(raw)), load: func(context.Context) (*Article, error) {
		return textArticle(raw, opt.now()), nil
	}}}, nil
}

// readContext reads r to its end, or gives up when ctx ends: a stdin
// that never closes blocks in the kernel where no signal reaches, and
// the first Ctrl-C must still stop the command. The abandoned read ends
// with the process.
func readContext(ctx context.Context, r io.Reader) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(r)
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		return res.b, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// CollectURL fetches a URL and returns its article, or its feed's items
// not yet stored. A feed or page unchanged since the last fetch (HTTP 304)
// gives no inputs.
func CollectURL(ctx context.Context, raw string, opt *Options) ([]Input, error) {
	src, err := CanonicalURL(raw)
	if err != nil {
		return nil, err
	}
	resp, err := opt.fetcher().Get(ctx, raw)
	if err != nil {
		return nil, err
	}
	if resp.NotModified {
		return nil, nil
	}
	switch {
	case isFeedType(resp.ContentType, resp.Body):
		ins, err := feedInputs(src, resp.Body, opt)
		if err != nil {
			// A feed that does not parse must be fetched in full next time.
			opt.fetcher().Forget(raw)
			return nil, fmt.Errorf("%s: %w", raw, err)
		}
		return ins, nil
	case resp.ContentType == "text/plain":
		body := resp.Body
		if resp.Charset != "" {
			body = ToUTF8(body, resp.Charset)
		}
		return []Input{{Source: src, Kind: KindText, Size: int64(len(body)), load: func(context.Context) (*Article, error) {
			a := textArticle(body, opt.now())
			a.Meta.URL = src
			return a, nil
		}}}, nil
	case resp.ContentType == "text/html" || resp.ContentType == "application/xhtml+xml":
		body, final, cs := resp.Body, resp.URL, resp.Charset
		return []Input{{Source: src, Kind: KindHTML, Size: int64(len(body)), load: func(context.Context) (*Article, error) {
			u, _ := url.Parse(final)
			return pageArticle(body, cs, u, Meta{URL: src}, opt.now())
		}}}, nil
	}
	opt.fetcher().Forget(raw)
	return nil, fmt.Errorf("%s: %s that is not a feed", raw, resp.ContentType)
}

func isFeedType(ct string, body []byte) bool {
	switch ct {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return true
	case "application/xml", "text/xml", "application/json":
		return looksLikeFeed(body)
	case "text/html", "text/plain":
		// Some servers send every file as text/html or text/plain.
		t := bytes.TrimSpace(body)
		return bytes.HasPrefix(t, []byte("<?xml")) && looksLikeFeed(body)
	}
	return false
}

// feedInputs parses a feed and returns its items not yet stored. Items
// holding the whole article are read from the feed; teasers fetch their
// page on Load.
func feedInputs(feedSrc string, raw []byte, opt *Options) ([]Input, error) {
	feed, err := ParseFeed(raw)
	if err != nil {
		return nil, err
	}
	var ins []Input
	seen := make(map[string]bool)
	for i, it := range feed.Items {
		src := it.Link
		if src == "" {
			id := it.ID
			if id == "" {
				id = strconv.Itoa(i + 1)
			}
			src = feedSrc + "#" + id
		}
		if seen[src] || opt.skip(src) {
			continue // the same item twice in one feed, or stored already
		}
		seen[src] = true
		in := Input{Source: src, Kind: KindFeed, Meta: it.Meta}
		if it.Summary && it.Link != "" {
			in.load = func(ctx context.Context) (*Article, error) {
				resp, err := opt.fetcher().Get(ctx, it.Link)
				if err != nil {
					return nil, fmt.Errorf("feed item page: %w", err)
				}
				if resp.NotModified {
					return nil, fmt.Errorf("feed item page %s: not modified, but not stored either", it.Link)
				}
				if resp.ContentType != "text/html" && resp.ContentType != "application/xhtml+xml" {
					return nil, fmt.Errorf("feed item page %s: content type %s is not a web page", it.Link, resp.ContentType)
				}
				u, _ := url.Parse(resp.URL)
				return pageArticle(resp.Body, resp.Charset, u, it.Meta, opt.now())
			}
		} else {
			in.load = func(context.Context) (*Article, error) {
				if countWords(it.Paragraphs) == 0 {
					return nil, ErrNoArticle
				}
				return finish(Page{Meta: it.Meta, Paragraphs: it.Paragraphs}, opt.now()), nil
			}
		}
		ins = append(ins, in)
	}
	return ins, nil
}

// pageArticle reads an HTML page in the given charset ("" when only the
// page itself may say); fallback fills what the page leaves out (a feed
// item's date and authors).
func pageArticle(raw []byte, charset string, u *url.URL, fallback Meta, now time.Time) (*Article, error) {
	p, err := ReadPage(ToUTF8(raw, charset), u)
	if err != nil {
		return nil, err
	}
	p.Meta.merge(fallback)
	return finish(p, now), nil
}

// finish makes an Article of a page: its text, a dateline date when the
// page gave none, and the language check.
func finish(p Page, now time.Time) *Article {
	text := p.Text()
	a := &Article{Raw: []byte(text), Meta: p.Meta}
	body := strings.Join(p.Paragraphs, "\n\n")
	if a.Meta.Published.IsZero() {
		if t, ok := Dateline(body, now); ok {
			a.Meta.Published = t
		}
	}
	checkLanguage(a, body)
	return a
}

// textArticle is a plain text file: its bytes untouched, its date from a
// wire dateline.
func textArticle(raw []byte, now time.Time) *Article {
	a := &Article{Raw: raw}
	text := string(raw)
	if t, ok := Dateline(text, now); ok {
		a.Meta.Published = t
	}
	checkLanguage(a, text)
	return a
}

func checkLanguage(a *Article, text string) {
	ratio, n := EnglishRatio(text) // once: it reads the whole text
	if englishByRatio(ratio, n, a.Meta.Lang) {
		if a.Meta.Lang == "" && n >= minLangWords {
			a.Meta.Lang = "en"
		}
		return
	}
	a.NotEnglish = true
	declared := ""
	if a.Meta.Lang != "" {
		declared = ", declared " + a.Meta.Lang
	}
	a.Warnings = append(a.Warnings, fmt.Sprintf("not English (%.0f%% English function words%s): stored, nothing extracted", 100*ratio, declared))
}

// jsonlRecord is one line of a JSON Lines data set.
type jsonlRecord struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Text      string   `json:"text"`
	HTML      string   `json:"html"`
	Authors   []string `json:"authors"`
	Author    string   `json:"author"`
	Site      string   `json:"site"`
	Lang      string   `json:"lang"`
}

// maxJSONLLine bounds one record: a long article with its HTML.
const maxJSONLLine = 16 << 20

func jsonlInputs(path string, r io.Reader, opt *Options) ([]Input, []error) {
	var ins []Input
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxJSONLLine)
	seen := make(map[string]bool)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		rec, err := decodeJSONL(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", path, n, err))
			continue
		}
		src := fmt.Sprintf("%s:%d", path, n)
		m := Meta{Title: clean(rec.Title), Site: clean(rec.Site), Lang: rec.Lang, Authors: rec.Authors}
		if rec.Author != "" {
			m.Authors = appendUnique(m.Authors, clean(rec.Author))
		}
		if rec.URL != "" {
			c, err := CanonicalURL(rec.URL)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", path, n, err))
				continue
			}
			src, m.URL = c, c
			if m.Site == "" {
				if u, err := url.Parse(c); err == nil {
					m.Site = strings.TrimPrefix(u.Hostname(), "www.")
				}
			}
		}
		if rec.Published != "" {
			t, ok := ParseDate(rec.Published)
			if !ok {
				errs = append(errs, fmt.Errorf("%s:%d: published %q is not a date", path, n, rec.Published))
				continue
			}
			m.Published = t
		}
		if seen[src] || opt.skip(src) {
			continue
		}
		seen[src] = true
		ins = append(ins, Input{Source: src, Kind: KindJSONL, Size: int64(len(line)), Meta: m, load: func(context.Context) (*Article, error) {
			var p Page
			if rec.HTML != "" {
				var u *url.URL
				if m.URL != "" {
					u, _ = url.Parse(m.URL)
				}
				page, err := ReadPage([]byte(rec.HTML), u)
				if errors.Is(err, ErrNoArticle) || len(page.Paragraphs) == 0 {
					// A bare fragment of article markup: no page to search.
					page = Page{Meta: page.Meta, Paragraphs: fragmentText(rec.HTML)}
				} else if err != nil {
					return nil, err
				}
				p = page
				p.Meta.Title = "" // the record's own title wins
				p.Meta.merge(m)
				p.Meta.Title = first(m.Title, page.Meta.Title)
			} else {
				p = Page{Meta: m, Paragraphs: splitParagraphs(rec.Text)}
			}
			if countWords(p.Paragraphs) == 0 {
				return nil, ErrNoArticle
			}
			return finish(p, opt.now()), nil
		}})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	if len(ins) == 0 && len(errs) == 0 && opt.Skip == nil {
		errs = append(errs, fmt.Errorf("%s: no records", path))
	}
	return ins, errs
}

// splitParagraphs splits plain text at blank lines (or at line ends when
// it has no blank lines), collapsing white space inside each paragraph.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(text, sep) {
		if c := clean(p); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err // the path is already in the message
	}
	return err
}
