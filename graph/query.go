package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

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
	ctx, done := watchdog.watch(ctx, s.cfg.Limits.Memory)
	defer done()
	meter := &resultMeter{l: s.cfg.Limits}
	rows, endsInPath, err := s.query(ctx, text, limit, meter)
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
		rows, _, err = s.query(ctx, again, limit, meter)
	}
	return rows, err
}

// query runs text in a fresh session, after the guards of guardScript.
func (s *Store) query(ctx context.Context, text string, limit int, meter *resultMeter) (rows []any, endsInPath bool, err error) {
	ses := gizmo.NewSession(s.gizmoStore())
	if _, _, clean, err := s.run(ctx, ses, guardScript(s.cfg.Limits), 0, nil); err != nil || !clean {
		if err == nil {
			err = s.queryError(ctx, ctx.Err())
		}
		return nil, false, err
	}
	rows, endsInPath, _, err = s.run(ctx, ses, text, limit, meter)
	return rows, endsInPath, err
}

// run executes text in ses and collects its results, counted by meter
// when not nil. clean says the script ran to its end and the session was
// left as the script left it: only then may ses run another script (see
// query_pool.go). A session stopped early is closed, which interrupts its
// runtime for good.
func (s *Store) run(ctx context.Context, ses *gizmo.Session, text string, limit int, meter *resultMeter) (rows []any, endsInPath, clean bool, err error) {
	it, err := ses.Execute(ctx, text, query.Options{Collation: query.Raw, Limit: -1})
	if err != nil {
		// A syntax error: nothing ran, the session is as it was.
		return nil, false, true, fmt.Errorf("query: %w", jsError{err})
	}
	defer func() {
		if !clean {
			it.Close()
			drainStopped(it)
		}
	}()
	rows = []any{}
	var seen map[string]bool
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil {
			continue
		}
		if r.Meta && isPath(r.Val) {
			endsInPath = true
		}
		row, ok, err := s.row(r)
		if err != nil {
			return rows, false, false, fmt.Errorf("query: %w", err)
		}
		if !ok {
			continue
		}
		b, err := json.Marshal(row)
		if err != nil {
			return rows, false, false, fmt.Errorf("query: result %v: %w", row, err)
		}
		if seen == nil {
			seen = make(map[string]bool)
		}
		if seen[string(b)] {
			continue
		}
		if meter != nil {
			if err := meter.add(len(b)); err != nil {
				return rows, false, false, err
			}
		}
		seen[string(b)] = true
		rows = append(rows, row)
		if limit > 0 && len(rows) >= limit {
			return rows, false, false, nil
		}
	}
	// Next returned false: the script ended (it.Err is its exception,
	// if any) or ctx ended first, which stopped the script.
	if ctx.Err() != nil {
		return rows, false, false, s.queryError(ctx, ctx.Err())
	}
	if err := it.Err(); err != nil {
		return rows, false, true, s.queryError(ctx, err)
	}
	return rows, endsInPath, true, nil
}

// drainStopped waits, for a bounded time, until a closed Gizmo iterator's
// script goroutine has ended. Close only interrupts the script: a
// goroutine inside a store iterator goes on reading until that iterator
// notices the cancelled context, and a caller that closes the store right
// after a cut query (the CLI's --limit) would pull bolt pages from under
// it. The iterator was started by the caller's first Next, so Next here
// only reads out what the stopping script still sends and its end.
func drainStopped(it query.Iterator) {
	ctx, cancel := context.WithTimeout(context.Background(), drainWait)
	defer cancel()
	for it.Next(ctx) {
	}
}

// drainWait bounds drainStopped: a script not stopped by then is left
// to the store's own close.
const drainWait = 5 * time.Second

// isPath says whether a script's final value is a Gizmo path (an
// unexported type, so known by name).
func isPath(v any) bool {
	return v != nil && reflect.TypeOf(v).String() == "*gizmo.pathObject"
}

func (s *Store) queryError(ctx context.Context, err error) error {
	if berr := budgetCause(ctx); berr != nil {
		return berr
	}
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
// queries/_prelude.js under the store's base. It runs in a pooled session
// with the prelude already evaluated (query_pool.go).
func (s *Store) RunNamed(ctx context.Context, name string, args []string, limit int) ([]any, error) {
	src, err := queries.Get(name)
	if err != nil {
		return nil, err
	}
	rows, err := s.runCanned(ctx, name, src, args, limit)
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
	voc, err := s.vocabJSON()
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
