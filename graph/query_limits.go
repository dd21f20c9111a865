package graph

import (
	"errors"
	"fmt"
	"strconv"
)

// QueryLimits bound what one Gizmo query may take. Zero fields take the
// defaults; a negative field means no limit.
type QueryLimits struct {
	// Memory is how far the Go heap may grow while the query runs before
	// the query is stopped (membudget.go). Default DefaultQueryMemory.
	Memory int64
	// MaxResultBytes bounds the JSON size of the results one query
	// collects. Default DefaultMaxResultBytes.
	MaxResultBytes int64
	// MaxResultRows bounds the number of results. Default
	// DefaultMaxResultRows.
	MaxResultRows int
}

// Defaults of QueryLimits.
const (
	DefaultMaxResultBytes int64 = 64 << 20
	DefaultMaxResultRows        = 1_000_000
)

func (l QueryLimits) withDefaults() QueryLimits {
	if l.Memory == 0 {
		l.Memory = DefaultQueryMemory
	}
	if l.MaxResultBytes == 0 {
		l.MaxResultBytes = DefaultMaxResultBytes
	}
	if l.MaxResultRows == 0 {
		l.MaxResultRows = DefaultMaxResultRows
	}
	return l
}

// SetQueryLimits replaces the store's query limits (zero fields: the
// defaults). Call it before the store serves queries.
func (s *Store) SetQueryLimits(l QueryLimits) { s.cfg.Limits = l.withDefaults() }

// ErrResultTooLarge is matched (errors.Is) by the error of a query whose
// results went over MaxResultBytes or MaxResultRows.
var ErrResultTooLarge = errors.New("query results over the limit")

type resultLimitError struct{ what string }

func (e resultLimitError) Error() string { return "query stopped: " + e.what }
func (e resultLimitError) Is(target error) bool {
	return target == ErrResultTooLarge
}

// resultMeter counts the results one query collected against its limits.
type resultMeter struct {
	l     QueryLimits
	rows  int
	bytes int64
}

// add counts one result of n JSON bytes and says why the query must stop,
// or nil.
func (m *resultMeter) add(n int) error {
	m.rows++
	m.bytes += int64(n)
	if m.l.MaxResultRows > 0 && m.rows > m.l.MaxResultRows {
		return resultLimitError{fmt.Sprintf("more than %d results (query.max_result_rows)", m.l.MaxResultRows)}
	}
	if m.l.MaxResultBytes > 0 && m.bytes > m.l.MaxResultBytes {
		return resultLimitError{fmt.Sprintf("results over %d MiB (query.max_result_bytes)", m.l.MaxResultBytes>>20)}
	}
	return nil
}

// maxString is the longest string the builtins guarded by guardScript may
// build in one call: a quarter of the memory budget, in characters (goja
// keeps non-ASCII strings at two bytes a character).
func (l QueryLimits) maxString() int64 {
	if l.Memory <= 0 {
		return 1 << 40
	}
	return max(l.Memory/4, 1<<10)
}

// guardScript runs in every Gizmo session before the query. Some builtins
// build their whole result in one Go call that the watchdog cannot
// interrupt — "x".repeat(1e10) asks for 10 GB at once — so they are
// wrapped to refuse a result longer than max characters (elements for
// Array.prototype.fill) before it is built. Strings grown by `+` in a loop
// are the watchdog's: each step is one instruction.
func guardScript(l QueryLimits) string {
	return `(function () {
  var max = ` + strconv.FormatInt(l.maxString(), 10) + `;
  function over(what, n) {
    throw new RangeError(what + ": " + n + " characters is over the limit of " + max + " for one string in a query");
  }
  function def(o, k, f) {
    Object.defineProperty(o, k, {value: f, writable: true, configurable: true, enumerable: false});
  }
  var sp = String.prototype, ap = Array.prototype;
  var repeat = sp.repeat, padStart = sp.padStart, padEnd = sp.padEnd, join = ap.join, fill = ap.fill;
  def(sp, "repeat", function (n) {
    var len = String(this).length * Number(n);
    if (len > max) over("repeat", len);
    return repeat.call(this, n);
  });
  def(sp, "padStart", function (n, f) {
    if (Number(n) > max) over("padStart", Number(n));
    return padStart.call(this, n, f);
  });
  def(sp, "padEnd", function (n, f) {
    if (Number(n) > max) over("padEnd", Number(n));
    return padEnd.call(this, n, f);
  });
  def(ap, "join", function (sep) {
    var n = Number(this.length) - 1;
    var len = n * (sep === undefined ? 1 : String(sep).length);
    if (len > max) over("join", len);
    return join.call(this, sep);
  });
  def(ap, "fill", function () {
    if (Number(this.length) > max / 16) over("fill", this.length);
    return fill.apply(this, arguments);
  });
})();
undefined;
`
}
