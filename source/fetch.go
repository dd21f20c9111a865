package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Fetcher defaults. The size limit is far above any article page (a
// heavy news page is 1–3 MB of HTML) and far below what would hurt.
const (
	DefaultUserAgent    = "newsgraph/1.0 (+https://newsgraph.dev/bot; news knowledge graph)"
	RobotsAgent         = "newsgraph" // the product token robots.txt groups are matched against
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultRetries      = 3
	DefaultBackoff      = time.Second
	DefaultMaxBackoff   = time.Minute
	DefaultHostInterval = time.Second
	maxRobotsBytes      = 512 << 10
	// robotsTTL: a robots.txt is asked for again after a day, as RFC 9309
	// recommends, so a watch running for weeks follows the site's changes.
	robotsTTL = 24 * time.Hour
	// maxValidators bounds the conditional-request memory of a long watch
	// (every item page it fetched); past it the memory starts afresh,
	// which costs one full fetch of each feed.
	maxValidators = 50000
)

// ErrRobots is returned for a URL that the site's robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// Fetcher gets pages and feeds the way a polite crawler does: one clear
// User-Agent, a deadline and a size limit on every response, a bounded
// number of redirects, content types checked, conditional requests
// (ETag / Last-Modified) for what it fetched before, at most one request
// per HostInterval to each host (or the host's Crawl-delay, if longer),
// retries with exponential backoff on 429/502/503/504 and dropped
// connections, and robots.txt obeyed. Safe for concurrent use; its zero
// value is not usable, call NewFetcher.
type Fetcher struct {
	UserAgent    string
	Timeout      time.Duration // for the whole of one request, body included
	MaxBytes     int64
	MaxRedirects int
	Retries      int           // further attempts after the first
	Backoff      time.Duration // wait before the first retry; doubled each time
	MaxBackoff   time.Duration // cap on one wait, Retry-After included
	HostInterval time.Duration
	IgnoreRobots bool

	// Sleep waits d or until ctx ends; tests replace it to count waits
	// instead of waiting. Now is the clock the rate limit reads.
	Sleep func(ctx context.Context, d time.Duration) error
	Now   func() time.Time

	client *http.Client
	mu     sync.Mutex
	hosts  map[string]*hostState
	valid  map[string]Validators
}

// Validators are what a server said identifies the version of a resource
// it sent, for a conditional request next time.
type Validators struct {
	ETag         string
	LastModified string
}

type hostState struct {
	mu       sync.Mutex // held across the wait and the request, so one host's requests queue
	next     time.Time
	rmu      sync.Mutex // guards robots; apart from mu, which a redirect's robots check runs under
	robots   *Robots
	robotsAt time.Time
}

func (h *hostState) getRobots() *Robots {
	h.rmu.Lock()
	defer h.rmu.Unlock()
	return h.robots
}

// NewFetcher returns a fetcher with the defaults above. transport may be
// nil (http.DefaultTransport's settings).
func NewFetcher(transport http.RoundTripper) *Fetcher {
	f := &Fetcher{
		UserAgent:    DefaultUserAgent,
		Timeout:      DefaultTimeout,
		MaxBytes:     DefaultMaxBytes,
		MaxRedirects: DefaultMaxRedirects,
		Retries:      DefaultRetries,
		Backoff:      DefaultBackoff,
		MaxBackoff:   DefaultMaxBackoff,
		HostInterval: DefaultHostInterval,
		Sleep:        sleepCtx,
		Now:          time.Now,
		hosts:        make(map[string]*hostState),
		valid:        make(map[string]Validators),
	}
	if transport == nil {
		transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Response is one fetched resource.
type Response struct {
	URL         string // the final URL, after redirects
	Status      int
	ContentType string // media type only, lower case
	Charset     string // the Content-Type's charset parameter, "" when none
	Body        []byte
	NotModified bool // 304: the body is empty, the caller has it already
	Validators  Validators
}

// Validators returns the validators remembered for a URL.
func (f *Fetcher) Validators(rawURL string) (Validators, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.valid[rawURL]
	return v, ok
}

// SetValidators remembers validators for a URL (restored from earlier
// runs), so the next Get of it is conditional.
func (f *Fetcher) SetValidators(rawURL string, v Validators) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.valid[rawURL]; !ok && len(f.valid) >= maxValidators {
		f.valid = make(map[string]Validators)
	}
	f.valid[rawURL] = v
}

// Forget drops the validators of a URL, so that the next Get of it is
// unconditional (the caller lost what it fetched).
func (f *Fetcher) Forget(rawURL string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.valid, rawURL)
}

func (f *Fetcher) host(u *url.URL) *hostState {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[key]
	if !ok {
		h = &hostState{}
		f.hosts[key] = h
	}
	return h
}

// Get fetches rawURL. Errors name the URL and say what went wrong in one
// line: the status, the limit passed, the content type refused.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: not an http(s) URL", rawURL)
	}
	if err := f.allowed(ctx, u); err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	var lastErr error
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := f.once(ctx, u)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		var re retryable
		if !errors.As(err, &re) || attempt >= f.Retries || ctx.Err() != nil {
			break
		}
		wait := f.Backoff << attempt
		if retryAfter > 0 {
			wait = retryAfter
		}
		if f.MaxBackoff > 0 && wait > f.MaxBackoff {
			wait = f.MaxBackoff
		}
		if err := f.Sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("%s: %w", rawURL, err)
		}
	}
	if n := f.Retries; n > 0 {
		var re retryable
		if errors.As(lastErr, &re) {
			return nil, fmt.Errorf("%s: %w (gave up after %d attempts)", rawURL, lastErr, n+1)
		}
	}
	return nil, fmt.Errorf("%s: %w", rawURL, lastErr)
}

// retryable marks a failure worth trying again: the server is busy or the
// connection dropped, not that the request is wrong.
type retryable struct{ err error }

func (r retryable) Error() string { return r.err.Error() }
func (r retryable) Unwrap() error { return r.err }

// once makes one request, after waiting its turn for the host. The host
// is held until the response is read: one request at a time per host,
// as polite crawlers do.
func (f *Fetcher) once(ctx context.Context, u *url.URL) (*Response, time.Duration, error) {
	h := f.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := f.wait(ctx, h); err != nil {
		return nil, 0, err
	}
	rctx := ctx
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		rctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.5")
	if v, ok := f.Validators(u.String()); ok {
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, 0, f.requestError(ctx, rctx, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.Validators, _ = f.Validators(u.String())
		return out, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusBadGateway ||
		resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == http.StatusGatewayTimeout:
		return nil, retryAfter(resp.Header.Get("Retry-After"), f.Now()), retryable{fmt.Errorf("HTTP %s", resp.Status)}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, 0, fmt.Errorf("HTTP %s", resp.Status)
	}
	if f.MaxBytes > 0 && resp.ContentLength > f.MaxBytes {
		return nil, 0, fmt.Errorf("response of %d bytes is over the %d-byte limit", resp.ContentLength, f.MaxBytes)
	}
	ct := resp.Header.Get("Content-Type")
	if mt, params, err := mime.ParseMediaType(ct); err == nil {
		ct = strings.ToLower(mt)
		out.Charset = params["charset"]
	} else {
		ct = ""
	}
	if ct != "" && !acceptedType(ct) {
		return nil, 0, fmt.Errorf("content type %s is not a web page or feed", ct)
	}
	limit := f.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, 0, f.requestError(ctx, rctx, err)
	}
	if int64(len(body)) > limit {
		return nil, 0, fmt.Errorf("response is over the %d-byte limit", limit)
	}
	if ct == "" {
		mt, _, _ := mime.ParseMediaType(http.DetectContentType(body))
		ct = mt
		if !acceptedType(ct) {
			return nil, 0, fmt.Errorf("content sniffed as %s is not a web page or feed", ct)
		}
	}
	out.ContentType = ct
	out.Body = body
	out.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if out.Validators != (Validators{}) {
		f.SetValidators(u.String(), out.Validators)
	}
	return out, 0, nil
}

// requestError turns a transport failure into a one-line reason.
func (f *Fetcher) requestError(ctx, rctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // the URL is named by the caller
	}
	if rctx.Err() == context.DeadlineExceeded || isTimeout(err) {
		return fmt.Errorf("no complete answer within %s", f.Timeout)
	}
	var rl redirectErr
	if errors.As(err, &rl) {
		return rl
	}
	if errors.Is(err, ErrRobots) {
		return err
	}
	return retryable{err}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if n, err := strconv.Atoi(h); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// acceptedType reports whether a media type can hold an article or feed.
func acceptedType(ct string) bool {
	switch ct {
	case "text/html", "application/xhtml+xml", "text/plain",
		"application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml", "application/feed+json", "application/json":
		return true
	}
	return false
}

// wait blocks until the host may be asked again, then books the next
// slot. The caller holds h.mu.
func (f *Fetcher) wait(ctx context.Context, h *hostState) error {
	if d := h.next.Sub(f.Now()); d > 0 {
		if err := f.Sleep(ctx, d); err != nil {
			return err
		}
	}
	gap := f.HostInterval
	if rb := h.getRobots(); rb != nil && rb.CrawlDelay > gap {
		gap = rb.CrawlDelay
	}
	h.next = f.Now().Add(gap)
	return nil
}

type redirectErr struct{ msg string }

func (r redirectErr) Error() string { return r.msg }

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return redirectErr{fmt.Sprintf("redirect loop back to %s", req.URL)}
		}
	}
	if len(via) > f.MaxRedirects {
		return redirectErr{fmt.Sprintf("more than %d redirects", f.MaxRedirects)}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return redirectErr{fmt.Sprintf("redirect to %s, not http(s)", req.URL)}
	}
	if err := f.allowed(req.Context(), req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL, err)
	}
	return nil
}

// allowed checks u against its host's robots.txt, fetched once per host.
// A robots.txt that is missing (4xx) allows everything; one the server
// fails to give (5xx, no answer) disallows everything for now, as RFC 9309
// asks, and is asked for again next time.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	if f.IgnoreRobots {
		return nil
	}
	h := f.host(u)
	h.rmu.Lock()
	rb := h.robots
	if rb != nil && f.Now().Sub(h.robotsAt) > robotsTTL {
		rb = nil
	}
	h.rmu.Unlock()
	if rb == nil {
		var err error
		rb, err = f.fetchRobots(ctx, u)
		if err != nil {
			return err
		}
		h.rmu.Lock()
		h.robots, h.robotsAt = rb, f.Now()
		h.rmu.Unlock()
	}
	if !rb.Allowed(u.EscapedPath() + querySuffix(u)) {
		return ErrRobots
	}
	return nil
}

func querySuffix(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL) (*Robots, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	rctx := ctx
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		rctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	// robots.txt may redirect (http -> https); the redirect checker must
	// not ask for robots.txt again, so use a client without it.
	c := &http.Client{Transport: f.client.Transport}
	resp, err := c.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("robots.txt unreachable, not fetching: %v", errors.Unwrap(err))
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode <= 299:
		return ParseRobots(io.LimitReader(resp.Body, maxRobotsBytes), RobotsAgent), nil
	case resp.StatusCode >= 400 && resp.StatusCode <= 499:
		return &Robots{}, nil
	}
	return nil, fmt.Errorf("robots.txt answered HTTP %s, not fetching", resp.Status)
}
