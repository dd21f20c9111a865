package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dist holds the UI built by `make -C web` (npm ci + esbuild). In a fresh
// clone it holds only NOT-BUILT.txt, which keeps this pattern valid; the
// binary then serves buildHelp instead of the UI.
//
//go:embed dist
var dist embed.FS

// BuildCommand builds the UI into web/dist; go build then embeds it.
const BuildCommand = "make -C web && go build ./cmd/newsgraph"

// UIBuilt reports whether the binary carries the built UI.
func UIBuilt() bool { return built(embeddedUI()) }

func built(ui fs.FS) bool {
	_, err := fs.Stat(ui, "index.html")
	return err == nil
}

// embeddedUI is the built UI inside the binary.
func embeddedUI() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: embedded dist missing: " + err.Error())
	}
	return sub
}

const buildHelp = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph: web UI not built</title></head>
<body>
<h1>The web UI is not built into this binary</h1>
<p>The JSON API under <code>/api/</code> works. To get the UI, build it and rebuild the binary
(needs Node.js and npm), from the repository root:</p>
<pre>` + BuildCommand + `</pre>
<p>(<code>make -C web</code> runs <code>npm ci</code> and <code>npm run build</code> in <code>web/</code>,
writing <code>web/dist/</code>, which <code>go build</code> embeds.)</p>
</body></html>
`

// uiHandler serves the UI in sub: its files, index.html for "/", or
// buildHelp when it holds no built UI. Text files go compressed to
// clients that accept it (see assets).
func uiHandler(sub fs.FS) http.Handler {
	ok := built(sub)
	files := newAssets(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed", r.Method))
			return
		}
		if !ok {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(buildHelp))
			return
		}
		p := path.Clean("/" + r.URL.Path)
		if p == "/" {
			p = "/index.html"
		}
		files.serve(w, r, strings.TrimPrefix(p, "/"))
	})
}

// assets serves the UI's files from memory, each in up to three
// representations: identity, gzip and brotli. The build (build.mjs) writes
// NAME.br and NAME.gz beside each text file at the highest settings, so a
// request costs no compression; a file without NAME.gz (a UI handed in by
// a test, a hand-edited dist) is gzipped here once, on first request.
// Every file is revalidated on each load (Cache-Control: no-cache): their
// names carry no content hash, so a rebuilt binary must never be hidden
// behind a cached copy, and a 304 against the ETag costs a few hundred
// bytes.
type assets struct {
	fsys  fs.FS
	mu    sync.Mutex
	files map[string]*asset // by path; nil: no such file
}

// asset is one file in its representations.
type asset struct {
	ctype    string
	etag     string // of the identity bytes; the encodings append -br, -gz
	identity []byte
	gzip     []byte // nil: not worth compressing
	brotli   []byte // nil: none built
}

func newAssets(fsys fs.FS) *assets { return &assets{fsys: fsys, files: map[string]*asset{}} }

// minCompress is the smallest file worth compressing: below it the
// encoding's own framing eats the gain.
const minCompress = 512

// compressible says whether a file of this type shrinks under gzip.
func compressible(ctype string) bool {
	base, _, _ := strings.Cut(ctype, ";")
	switch base {
	case "text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "image/svg+xml", "application/json":
		return true
	}
	return false
}

// load reads name and its precompressed siblings once.
func (a *assets) load(name string) (*asset, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if f, seen := a.files[name]; seen {
		return f, nil
	}
	data, err := fs.ReadFile(a.fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
			a.files[name] = nil
			return nil, nil
		}
		return nil, err // a directory, or a broken FS: not cached
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = http.DetectContentType(data)
	}
	sum := sha256.Sum256(data)
	f := &asset{ctype: ctype, etag: hex.EncodeToString(sum[:12]), identity: data}
	if compressible(ctype) && len(data) >= minCompress {
		f.brotli, _ = fs.ReadFile(a.fsys, name+".br")
		f.gzip, _ = fs.ReadFile(a.fsys, name+".gz")
		if f.gzip == nil {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(data)
			zw.Close()
			f.gzip = buf.Bytes()
		}
	}
	a.files[name] = f
	return f, nil
}

// serve answers a GET or HEAD for the file name.
func (a *assets) serve(w http.ResponseWriter, r *http.Request, name string) {
	// The precompressed siblings are served as the encodings of their
	// file, not on their own.
	if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		if f, _ := a.load(strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")); f != nil {
			http.NotFound(w, r)
			return
		}
	}
	f, err := a.load(name)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	if f == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	body, etag := f.identity, f.etag
	if f.gzip != nil {
		h.Set("Vary", "Accept-Encoding")
		switch enc := pickEncoding(r.Header.Get("Accept-Encoding"), f.brotli != nil); enc {
		case "br":
			body, etag = f.brotli, etag+"-br"
			h.Set("Content-Encoding", enc)
		case "gzip":
			body, etag = f.gzip, etag+"-gz"
			h.Set("Content-Encoding", enc)
		}
		if h.Get("Content-Encoding") != "" {
			// A range of the compressed bytes is of no use to a browser.
			r.Header.Del("Range")
		}
	}
	h.Set("Content-Type", f.ctype)
	h.Set("ETag", `"`+etag+`"`)
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

// pickEncoding chooses brotli (when there is a brotli file), then gzip,
// then none, by the client's Accept-Encoding: an encoding counts when
// listed with a q above 0 (or under "*").
func pickEncoding(accept string, haveBrotli bool) string {
	q := map[string]float64{}
	for _, part := range strings.Split(accept, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		v := 1.0
		for _, p := range strings.Split(params, ";") {
			k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.TrimSpace(k) == "q" {
				if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
					v = f
				}
			}
		}
		q[name] = v
	}
	ok := func(enc string) bool {
		if v, listed := q[enc]; listed {
			return v > 0
		}
		v, star := q["*"]
		return star && v > 0
	}
	switch {
	case haveBrotli && ok("br"):
		return "br"
	case ok("gzip"):
		return "gzip"
	}
	return ""
}
