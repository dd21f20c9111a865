// Package deps pins the project's dependencies in go.mod while the packages
// that use them are being written. Remove once every import is real.
package deps

import (
	_ "github.com/cayleygraph/cayley"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/chromedp/chromedp"
	_ "github.com/jdkato/prose/v3"
	_ "github.com/peterh/liner"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/viper"
	_ "golang.org/x/text/encoding/charmap"
)
