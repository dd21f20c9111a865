package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/peterh/liner"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

func init() { register(newReplCmd) }

const replHelp = `Type Gizmo (JavaScript); input continues while brackets are open, and a
line starting with "." (a chained call such as .Out()) continues the last
statement; a blank line ends a continuation.
  g.V().Count()                         count nodes
  g.V("Belarus").In("<http://schema.org/name>").All()   the entity named Belarus
  g.Emit(g.V().Out("<http://schema.org/name>").ToArray(5))
Commands:
  :help              this text
  :queries           list canned queries
  :run NAME ARGS...  run a canned query (ARGS split on spaces; quote with "...")
  :wide              show wide rows whole, or cut them to the terminal again
  :quit              leave (or Ctrl-D)
Ctrl-C cancels a running query, or the current input.`

func newReplCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "repl",
		Short: "Interactive Gizmo shell (reads statements from stdin when it is not a terminal)",
		Long: `An interactive Gizmo shell with line editing and history, kept across
sessions in $XDG_STATE_HOME/newsgraph (~/.local/state/newsgraph). When stdin
is not a terminal it reads statements as the shell does, so it can be
scripted:
  echo 'g.V().Count()' | newsgraph repl

` + replHelp,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(app.V.GetString("query.format")); err != nil {
				return err
			}
			if _, err := app.queryLimits(); err != nil {
				return err
			}
			return app.WithStore(true, func(ctx context.Context, store *graph.Store) error {
				if err := app.withQueryLimits(store); err != nil {
					return err
				}
				r := &repl{app: app, store: store}
				if f, ok := app.Stdin.(*os.File); ok && isTerminal(f) && isTerminal(app.Out) {
					if w, _, err := term.GetSize(int(app.Out.(*os.File).Fd())); err == nil && w > 20 {
						r.width = w
					}
					return r.interactive()
				}
				return r.script(ctx, app.Stdin)
			})
		},
	}
	cmd.Flags().String("format", "table", "output: table or json (query.format)")
	app.Bind(cmd, "query.format", "format")
	declareQueryLimits(app, cmd)
	return cmd
}

type repl struct {
	app   *App
	store *graph.Store
	// width cuts table rows to the terminal's width (0: never, as in
	// scripts); wide, set by :wide, shows them whole.
	width int
	wide  bool
}

// out is where results go: at a terminal, through a cutWriter unless
// :wide is on.
func (r *repl) out() (io.Writer, func()) {
	if r.width <= 0 || r.wide || r.app.V.GetString("query.format") == "json" {
		return r.app.Out, func() {}
	}
	cw := &cutWriter{w: r.app.Out, width: r.width}
	return cw, func() {
		cw.flush()
		if cw.cut {
			fmt.Fprintln(r.app.Out, "(rows cut to the terminal's width; :wide shows them whole)")
		}
	}
}

// cutWriter cuts each line written through it to width characters,
// ending a cut line in "…".
type cutWriter struct {
	w     io.Writer
	width int
	line  []byte
	cut   bool
}

func (c *cutWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b != '\n' {
			c.line = append(c.line, b)
			continue
		}
		if err := c.emit(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func (c *cutWriter) emit() error {
	line := string(c.line)
	c.line = c.line[:0]
	if utf8.RuneCountInString(line) > c.width {
		line = string([]rune(line)[:c.width-1]) + "…"
		c.cut = true
	}
	_, err := io.WriteString(c.w, line+"\n")
	return err
}

func (c *cutWriter) flush() {
	if len(c.line) > 0 {
		_ = c.emit()
	}
}

// script runs one statement a line, as a JavaScript console would read
// them: a statement goes on over the next lines while its brackets are
// open, or when the next line starts with "." (a chained call such as
// .Out(...)); a blank line ends it. Errors are printed with the line the
// statement started on and counted; the exit status is non-zero if any
// occurred.
func (r *repl) script(ctx context.Context, in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	failed, n := 0, 0
	var stmt strings.Builder
	start := 0
	// run evaluates the statement gathered so far; it says whether to stop.
	run := func() bool {
		text := stmt.String()
		stmt.Reset()
		if text == "" {
			return false
		}
		quit, err := r.eval(ctx, text)
		if err != nil {
			fmt.Fprintf(r.app.Err, "error: line %d: %v\n", start, err)
			failed++
		}
		return quit || ctx.Err() != nil
	}
	stopped := false
	for !stopped && sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			stopped = run() // a blank line ends a statement
			continue
		case strings.HasPrefix(line, "//") && stmt.Len() == 0:
			continue
		case stmt.Len() > 0 && (strings.HasPrefix(line, ".") || continues(stmt.String())):
			stmt.WriteString("\n")
			stmt.WriteString(line)
			continue
		}
		if stopped = run(); stopped {
			break
		}
		start = n
		stmt.WriteString(line)
	}
	if !stopped {
		run()
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{Code: 1, Msg: fmt.Sprintf("%d statement(s) failed", failed)}
	}
	return nil
}

// continues says whether a statement is unfinished: brackets still open
// (a :command never continues).
func continues(text string) bool {
	return !strings.HasPrefix(strings.TrimSpace(text), ":") && bracketDepth(text) > 0
}

func (r *repl) interactive() error {
	// Waiting at the prompt, the shell cannot notice a caught SIGTERM; it
	// holds only a read-only store, so let SIGTERM end it at once again.
	signal.Reset(syscall.SIGTERM)
	ln := liner.NewLiner()
	defer ln.Close()
	ln.SetCtrlCAborts(true)
	ln.SetMultiLineMode(true)
	hist := historyFile()
	if f, err := os.Open(hist); err == nil {
		_, _ = ln.ReadHistory(f)
		f.Close()
	}
	defer func() {
		if f, err := os.Create(hist); err == nil {
			_, _ = ln.WriteHistory(f)
			f.Close()
		}
	}()
	fmt.Fprintln(r.app.Out, "newsgraph Gizmo shell; :help for help, Ctrl-D to leave")
	last := "" // the last statement run, which a line starting with "." continues
	for {
		text, err := readStatement(ln)
		if errors.Is(err, io.EOF) {
			fmt.Fprintln(r.app.Out)
			return nil
		}
		if errors.Is(err, liner.ErrPromptAborted) {
			continue
		}
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if t := strings.TrimSpace(text); strings.HasPrefix(t, ".") && last != "" {
			// A chained call on a line of its own continues the statement
			// before it, as if typed on: reading is all a query does, so
			// running the whole again is harmless.
			text = last + "\n" + t
		}
		if !strings.HasPrefix(strings.TrimSpace(text), ":") {
			last = text
		}
		ln.AppendHistory(strings.ReplaceAll(text, "\n", " "))
		quit, err := r.evalInterruptible(text)
		if err != nil {
			fmt.Fprintln(r.app.Err, "error:", err)
		}
		if quit {
			return nil
		}
	}
}

// evalInterruptible runs one statement with its own context, cancelled
// by Ctrl-C (liner is not reading then, so Ctrl-C arrives as SIGINT).
func (r *repl) evalInterruptible(text string) (bool, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	go func() {
		select {
		case <-sig:
			cancel()
		case <-ctx.Done():
		}
	}()
	return r.eval(ctx, text)
}

// readStatement reads lines until brackets balance.
func readStatement(ln *liner.State) (string, error) {
	var b strings.Builder
	prompt := "gizmo> "
	for {
		line, err := ln.Prompt(prompt)
		if err != nil {
			return "", err
		}
		if strings.TrimSpace(line) == "" && b.Len() > 0 {
			return b.String(), nil // a blank line ends a continuation
		}
		b.WriteString(line)
		if !continues(b.String()) {
			return b.String(), nil
		}
		b.WriteString("\n")
		prompt = "   ... "
	}
}

// bracketDepth counts open (, [ and { outside strings and comments.
func bracketDepth(s string) int {
	depth := 0
	var quote rune
	escaped, lineComment, blockComment := false, false, false
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case lineComment:
			if c == '\n' {
				lineComment = false
			}
		case blockComment:
			if c == '*' && next == '/' {
				blockComment = false
				i++
			}
		case quote != 0:
			if escaped {
				escaped = false
			} else if c == '\\' {
				escaped = true
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '/' && next == '/':
			lineComment = true
		case c == '/' && next == '*':
			blockComment = true
			i++
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		}
	}
	return depth
}

// eval runs a :command or a Gizmo statement and prints its results.
func (r *repl) eval(ctx context.Context, text string) (quit bool, err error) {
	text = strings.TrimSpace(text)
	format := r.app.V.GetString("query.format")
	limit := r.app.V.GetInt("query.limit")
	ask := limit // one more than printed, to tell a cut
	if limit > 0 {
		ask = limit + 1
	}
	w, done := r.out()
	defer done()
	if !strings.HasPrefix(text, ":") {
		rows, err := r.store.Query(ctx, text, ask)
		return false, printLimited(w, r.app.Err, format, rows, limit, err)
	}
	fields, err := splitArgs(text[1:])
	if err != nil {
		return false, err
	}
	if len(fields) == 0 {
		return false, fmt.Errorf("empty command; :help lists them")
	}
	switch fields[0] {
	case "help", "h", "?":
		fmt.Fprintln(r.app.Out, replHelp)
	case "queries":
		for _, n := range queries.Names() {
			fmt.Fprintf(r.app.Out, "  %s\n", queries.Usage(n))
		}
	case "run":
		if len(fields) < 2 {
			return false, fmt.Errorf("usage: :run NAME ARGS...")
		}
		rows, err := r.store.RunNamed(ctx, fields[1], fields[2:], ask)
		return false, printLimited(w, r.app.Err, format, rows, limit, err)
	case "wide":
		r.wide = !r.wide
		if r.wide {
			fmt.Fprintln(r.app.Out, "rows are shown whole (:wide again cuts them to the terminal)")
		} else {
			fmt.Fprintln(r.app.Out, "rows are cut to the terminal's width")
		}
	case "quit", "q", "exit":
		return true, nil
	default:
		return false, fmt.Errorf("unknown command :%s; :help lists them", fields[0])
	}
	return false, nil
}

// splitArgs splits on spaces, keeping "double quoted" runs together.
func splitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inQuote, have := false, false
	for _, c := range s {
		switch {
		case c == '"':
			inQuote = !inQuote
			have = true
		case (c == ' ' || c == '\t') && !inQuote:
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(c)
			have = true
		}
	}
	if inQuote {
		return nil, fmt.Errorf("unclosed quote")
	}
	if have {
		out = append(out, cur.String())
	}
	return out, nil
}

// historyFile is the REPL's history, kept across sessions in the user's
// state directory: $XDG_STATE_HOME/newsgraph, else ~/.local/state/newsgraph
// (where the XDG base directory specification puts history), else the
// cache directory.
func historyFile() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, ".local", "state")
		} else if c, err := os.UserCacheDir(); err == nil {
			dir = c
		} else {
			dir = os.TempDir()
		}
	}
	_ = os.MkdirAll(filepath.Join(dir, "newsgraph"), 0o700)
	return filepath.Join(dir, "newsgraph", "repl_history")
}
