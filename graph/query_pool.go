package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/newsgraph/newsgraph/queries"
)

// Canned queries run in pooled Gizmo sessions. A fresh session costs a
// new goja runtime plus parsing, compiling and running the ~100-line
// prelude: about a third of a one-hop query on a 1M-quad store. A pooled
// session has the prelude evaluated once; each canned query body is
// compiled once per session as a strict-mode function, and a run only
// sets `args` and calls it. Free-form queries (Query, the REPL, --file)
// still get a fresh session each, so what one REPL line defines never
// reaches the next.
//
// Why nothing leaks from one canned query to the next:
//   - a body runs inside its own function, so its var declarations are
//     locals; strict mode turns an assignment to an undeclared name (an
//     accidental global) into a ReferenceError;
//   - every global the prelude and Gizmo define is made read-only after
//     the prelude ran, and VOCAB and FACTS are frozen, so a body cannot
//     redefine nameOf or g for the queries after it;
//   - `args` is set by every run before the body starts.
//
// A session goes back to the pool only when its script ran to its end
// (results drained, an exception thrown by the script included). One
// stopped early — deadline, cancel, limit reached, a Go-side error — is
// dropped: its runtime may still be unwinding or carry goja's interrupt
// flag, which stays set and would stop the next script at once.

// maxPooledSessions bounds the idle sessions kept per store; more
// concurrent queries than this build extra sessions and drop them after.
const maxPooledSessions = 4

// sessionPool is a Store's idle canned-query sessions; its zero value is
// ready to use.
type sessionPool struct {
	mu      sync.Mutex
	free    []*cannedSession
	created int // sessions built so far, for tests

	qsOnce sync.Once
	qs     graph.QuadStore // what Gizmo sessions read: see gizmoStore
}

// gizmoStore is the quad store Gizmo sessions read: on bolt, the store
// seen through prefixIndexed (query_index.go), else the store itself.
func (s *Store) gizmoStore() graph.QuadStore {
	p := &s.pool
	p.qsOnce.Do(func() {
		p.qs = s.qs
		if w := newPrefixIndexed(context.Background(), s.qs); w != nil {
			p.qs = w
		}
	})
	return p.qs
}

// cannedSession is a Gizmo session with the prelude evaluated.
type cannedSession struct {
	ses     *gizmo.Session
	id      int             // creation order within the store, for tests
	defined map[string]bool // canned query bodies compiled into it
}

// lockGlobals runs after the prelude: every global but args becomes
// read-only, and the prelude's shared tables are frozen.
const lockGlobals = `
var __ngCanned = {};
Object.freeze(VOCAB);
Object.freeze(FACTS);
(function (global) {
  Object.getOwnPropertyNames(global).forEach(function (k) {
    if (k === "args") return;
    var d = Object.getOwnPropertyDescriptor(global, k);
    if (d && d.writable) {
      try { Object.defineProperty(global, k, {writable: false}); } catch (e) {}
    }
  });
})(this);
undefined;
`

// get returns an idle session or builds one.
func (s *Store) getSession(ctx context.Context) (*cannedSession, error) {
	p := &s.pool
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		cs := p.free[n-1]
		p.free = p.free[:n-1]
		p.mu.Unlock()
		return cs, nil
	}
	p.created++
	id := p.created
	p.mu.Unlock()
	voc, err := s.vocabJSON()
	if err != nil {
		return nil, err
	}
	cs := &cannedSession{ses: gizmo.NewSession(s.gizmoStore()), id: id, defined: map[string]bool{}}
	setup := guardScript(s.cfg.Limits) + "var args = [];\nvar VOCAB = " + voc + ";\n" + queries.Prelude() + "\n" + lockGlobals
	if _, _, clean, err := s.run(ctx, cs.ses, setup, 0, nil); err != nil || !clean {
		if err == nil {
			err = fmt.Errorf("prelude did not finish")
		}
		return nil, fmt.Errorf("query prelude: %w", err)
	}
	return cs, nil
}

// putSession returns a session that ran to its end to the pool.
func (s *Store) putSession(cs *cannedSession) {
	p := &s.pool
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < maxPooledSessions {
		p.free = append(p.free, cs)
	}
}

// runCanned runs a canned query body, by name, in a pooled session. The
// name identifies the body within a session: one name, one body.
func (s *Store) runCanned(ctx context.Context, name, body string, args []string, limit int) ([]any, error) {
	if args == nil {
		args = []string{}
	}
	a, err := json.Marshal(args)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	ctx, done := watchdog.watch(ctx, s.cfg.Limits.Memory)
	defer done()
	cs, err := s.getSession(ctx)
	if err != nil {
		return nil, s.queryError(ctx, err)
	}
	key := strconv.Quote(name) // a JSON string too: safe as a JS literal
	if !cs.defined[name] {
		// The newline before "}" ends a trailing line comment.
		def := "__ngCanned[" + key + "] = function () {\n\"use strict\";\n" + body + "\n};\nundefined;"
		_, _, clean, err := s.run(ctx, cs.ses, def, 0, nil)
		if err != nil || !clean {
			if err == nil {
				err = fmt.Errorf("definition did not finish")
			}
			return nil, err
		}
		cs.defined[name] = true
	}
	var call strings.Builder
	call.WriteString("args = ")
	call.Write(a)
	call.WriteString(";\n__ngCanned[")
	call.WriteString(key)
	call.WriteString("]();\nundefined;")
	rows, _, clean, err := s.run(ctx, cs.ses, call.String(), limit, &resultMeter{l: s.cfg.Limits})
	if clean {
		s.putSession(cs)
	}
	return rows, err
}

// vocabJSON is the VOCAB object the prelude reads.
func (s *Store) vocabJSON() (string, error) {
	voc, err := json.Marshal(map[string]string{
		"base": s.voc.Base, "ns": s.voc.NS, "type": RDFType,
		"name": SchemaName, "alternateName": SchemaAltName,
	})
	return string(voc), err
}
