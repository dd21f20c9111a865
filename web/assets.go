package web

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
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
// buildHelp when it holds no built UI.
func uiHandler(sub fs.FS) http.Handler {
	ok := built(sub)
	files := http.FileServer(http.FS(sub))
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
		if p == "/" || p == "/index.html" {
			// index.html is small and names the other files; never cache it
			// so a rebuilt binary's UI is picked up.
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, sub, "index.html")
			return
		}
		files.ServeHTTP(w, r)
	})
}
