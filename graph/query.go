package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/queries"
)

// ErrTimeout is returned (wrapped) when a query runs past its deadline.
var ErrTimeout = errors.New("query timed out")

// Query runs Gizmo text and returns at most limit results (limit <= 0:
// all), each a JSON-able value: a map of tag to value for path results
// (IRIs as "<iri>", literals as Go strings and numbers, as Cayley prints
// them), or the value given to g.Emit. A final expression that is a plain
// value, such as a bare g.V().Count(), is a result too. Identical results
// are returned once: the same fact stated in two sentences is two quads,
// but one answer.
//
// The query ends after the store's QueryTimeout: the deadline interrupts
// the JavaScript VM (a runaway loop) and cancels the iterators (a huge
// traversal), because the Gizmo session ignores the context given to
// Execute and only watches the one given to each Next.
func (s *Store) Query(ctx context.Context, text string, limit int) ([]any, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	rows, endsInPath, err := s.query(ctx, text, limit)
	if err == nil && len(rows) == 0 && endsInPath {
		// A query that ends in a path and printed nothing, such as
		// g.V("Belarus").In(), means "show me these": run it again and
		// take All() of its value. The text reaches eval as a JSON string.
		b, jerr := json.Marshal(text)
		if jerr != nil {
			return nil, jerr
		}
		again := "var __ngPath = eval(" + string(b) + ");\n" +
			"if (__ngPath && typeof __ngPath.all === \"function\") { __ngPath.all(); }\nundefined;"
		rows, _, err = s.query(ctx, again, limit)
	}
	return rows, err
}

func (s *Store) query(ctx context.Context, text string, limit int) (rows []any, endsInPath bool, err error) {
	ses := gizmo.NewSession(s.qs)
	it, err := ses.Execute(ctx, text, query.Options{Collation: query.Raw, Limit: -1})
	if err != nil {
		return nil, false, fmt.Errorf("query: %w", jsError{err})
	}
	defer it.Close()
	rows = []any{}
	seen := make(map[string]bool)
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil {
			continue
		}
		if r.Meta && fmt.Sprintf("%T", r.Val) == "*gizmo.pathObject" {
			endsInPath = true
		}
		row, ok, err := s.row(r)
		if err != nil {
			return rows, false, fmt.Errorf("query: %w", err)
		}
		if !ok {
			continue
		}
		b, err := json.Marshal(row)
		if err != nil {
			return rows, false, fmt.Errorf("query: result %v: %w", row, err)
		}
		if seen[string(b)] {
			continue
		}
		seen[string(b)] = true
		rows = append(rows, row)
		if limit > 0 && len(rows) >= limit {
			return rows, false, nil
		}
	}
	if err := it.Err(); err != nil {
		return rows, false, s.queryError(ctx, err)
	}
	if err := ctx.Err(); err != nil {
		return rows, false, s.queryError(ctx, err)
	}
	return rows, endsInPath, nil
}

func (s *Store) queryError(ctx context.Context, err error) error {
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w after %s (raise query.timeout to allow longer queries)", ErrTimeout, s.cfg.QueryTimeout)
	case errors.Is(ctx.Err(), context.Canceled):
		return errCancelled{}
	}
	return fmt.Errorf("query: %w", jsError{err})
}

// errCancelled is a query stopped by its caller (Ctrl-C in the REPL).
type errCancelled struct{}

func (errCancelled) Error() string { return "query cancelled" }
func (errCancelled) Unwrap() error { return context.Canceled }

// jsError shortens a JavaScript exception to its message, without the
// "Error: " prefix and the "at f (<eval>:1:2(3))" position of the prelude.
type jsError struct{ err error }

func (e jsError) Error() string {
	msg := e.err.Error()
	if i := strings.Index(msg, " at "); i >= 0 && strings.Contains(msg[i:], "<eval>") {
		msg = msg[:i]
	}
	return strings.TrimPrefix(msg, "Error: ")
}

func (e jsError) Unwrap() error { return e.err }

// row turns one Gizmo result into a JSON-able value; ok is false for
// results that are not answers (the final value of a statement that is a
// path or undefined).
func (s *Store) row(r *gizmo.Result) (any, bool, error) {
	if r.Meta {
		switch v := r.Val.(type) {
		case int64, float64, int, bool, string:
			return v, true, nil
		case []any:
			return normalise(v), true, nil
		case map[string]any:
			return normalise(v), true, nil
		}
		return nil, false, nil
	}
	if r.Val != nil {
		return normalise(r.Val), true, nil
	}
	out := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return nil, false, err
		}
		if v != nil {
			out[k] = Native(v)
		}
	}
	if len(out) == 0 {
		return nil, false, nil
	}
	return out, true, nil
}

// Native is the JSON-able form of a quad value, as Cayley's Gizmo gives
// it to JavaScript: IRIs as "<iri>", strings as themselves, numbers and
// times as Go values.
func Native(v quad.Value) any {
	if v == nil {
		return nil
	}
	n := v.Native()
	if qv, ok := n.(quad.Value); ok {
		return quad.StringOf(qv)
	}
	return n
}

// normalise replaces quad values nested in emitted JavaScript values.
func normalise(v any) any {
	switch v := v.(type) {
	case quad.Value:
		return Native(v)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalise(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = normalise(x)
		}
		return out
	}
	return v
}

// RunNamed runs the canned query name (queries/NAME.js) with args. The
// arguments reach JavaScript as a JSON array in `args`, never spliced into
// the code; the prelude also defines the vocabulary helpers of
// queries/_prelude.js under the store's base.
func (s *Store) RunNamed(ctx context.Context, name string, args []string, limit int) ([]any, error) {
	src, err := queries.Get(name)
	if err != nil {
		return nil, err
	}
	text, err := s.Script(src, args)
	if err != nil {
		return nil, err
	}
	rows, err := s.Query(ctx, text, limit)
	if err != nil {
		return rows, fmt.Errorf("%s: %w", name, err)
	}
	return rows, nil
}

// Script prepends the arguments and the shared prelude to a query body.
func (s *Store) Script(body string, args []string) (string, error) {
	if args == nil {
		args = []string{}
	}
	a, err := json.Marshal(args)
	if err != nil {
		return "", err
	}
	voc, err := json.Marshal(map[string]string{
		"base": s.voc.Base, "ns": s.voc.NS, "type": RDFType,
		"name": SchemaName, "alternateName": SchemaAltName,
	})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "var args = %s;\nvar VOCAB = %s;\n", a, voc)
	b.WriteString(queries.Prelude())
	b.WriteString("\n")
	b.WriteString(body)
	return b.String(), nil
}
