// Package queries holds newsgraph's canned Gizmo queries (*.js), embedded
// in the binary. Each runs after a prelude (_prelude.js) that defines
// `args` (the command-line arguments, JSON-encoded), `VOCAB` (the IRIs of
// the store) and helpers such as entitiesNamed(name).
//
// A canned query body runs as the body of a strict-mode function in a
// session reused across queries (graph/query_pool.go): declare every
// variable with var, give results with g.Emit (a final bare value is not
// a result), and treat the prelude's globals as read-only.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

const preludeFile = "_prelude.js"

// Get returns the source of the canned query name.
func Get(name string) (string, error) {
	if strings.HasPrefix(name, "_") || strings.ContainsAny(name, "/\\") {
		return "", fmt.Errorf("no canned query %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	b, err := files.ReadFile(name + ".js")
	if err != nil {
		return "", fmt.Errorf("no canned query %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return string(b), nil
}

// Prelude is the JavaScript run before every canned query.
func Prelude() string {
	b, err := files.ReadFile(preludeFile)
	if err != nil {
		panic("queries: embedded prelude missing: " + err.Error())
	}
	return string(b)
}

// Names lists the canned queries.
func Names() []string {
	var out []string
	entries, _ := fs.ReadDir(files, ".")
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".js") && !strings.HasPrefix(n, "_") {
			out = append(out, strings.TrimSuffix(n, ".js"))
		}
	}
	sort.Strings(out)
	return out
}

// Usage is the first comment line of a query ("// quotes-by NAME: …").
func Usage(name string) string {
	src, err := Get(name)
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(src, "\n")
	return strings.TrimSpace(strings.TrimPrefix(line, "//"))
}
