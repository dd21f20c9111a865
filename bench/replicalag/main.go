// Command replicalag measures how soon a document committed on a
// PostgreSQL primary can be read on a hot standby, through two `newsgraph
// serve`s, one on each: it polls both servers' query API for a value (a
// new article's title, say) until each returns it, and prints when each
// did, in milliseconds since the probe started, and the difference: the
// replica's lag as a reader sees it. Start it just before the ingest that
// writes the value. With -search it also polls the replica's type-ahead
// search (/api/search) for a word and prints when that found it: the
// search answers from serve's in-memory index, so this adds the index's
// change check (at most every 0.5 s) and rebuild to the lag.
//
//	go run ./bench/replicalag -primary http://127.0.0.1:8081 -replica http://127.0.0.1:8082 -value "Some title"
//
// Output, one line: primary_ms replica_ms lag_ms [search_ms].
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

func main() {
	primary := flag.String("primary", "", "base URL of `newsgraph serve` on the primary")
	replica := flag.String("replica", "", "base URL of `newsgraph serve` on the replica")
	value := flag.String("value", "", "string literal the new document stores (its title)")
	search := flag.String("search", "", "also poll the replica's /api/search for this word")
	every := flag.Duration("every", 10*time.Millisecond, "poll interval")
	timeout := flag.Duration("timeout", 60*time.Second, "give up after")
	flag.Parse()
	if *primary == "" || *replica == "" || *value == "" {
		fmt.Fprintln(os.Stderr, "replicalag: need -primary URL, -replica URL and -value TEXT")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	start := time.Now()
	type seen struct {
		what string
		at   time.Duration
		err  error
	}
	done := make(chan seen, 3)
	poll := func(what string, found func(context.Context) (bool, error)) {
		for {
			ok, err := found(ctx)
			if ok || err != nil {
				done <- seen{what, time.Since(start), err}
				return
			}
			select {
			case <-time.After(*every):
			case <-ctx.Done():
				done <- seen{what, 0, fmt.Errorf("%s: not found within %s", what, *timeout)}
				return
			}
		}
	}
	// The document node links to its title: one quad, so the count is
	// zero until the document is readable.
	gizmo := fmt.Sprintf(`g.V(%s).In().Count()`, jsString(*value))
	go poll("primary", func(ctx context.Context) (bool, error) { return counted(ctx, *primary, gizmo) })
	go poll("replica", func(ctx context.Context) (bool, error) { return counted(ctx, *replica, gizmo) })
	n := 2
	if *search != "" {
		n++
		go poll("search", func(ctx context.Context) (bool, error) { return searchFinds(ctx, *replica, *search) })
	}
	at := map[string]time.Duration{}
	for range n {
		s := <-done
		if s.err != nil {
			fmt.Fprintln(os.Stderr, "replicalag:", s.err)
			os.Exit(1)
		}
		at[s.what] = s.at
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.0f", float64(d)/float64(time.Millisecond)) }
	line := []string{ms(at["primary"]), ms(at["replica"]), ms(at["replica"] - at["primary"])}
	if *search != "" {
		line = append(line, ms(at["search"]))
	}
	fmt.Println(strings.Join(line, " "))
}

// counted runs a Gizmo count on a server and reports whether it is above
// zero.
func counted(ctx context.Context, base, gizmo string) (bool, error) {
	body, _ := json.Marshal(map[string]string{"query": gizmo})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/query", bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	var out struct {
		Results []float64 `json:"results"`
		Error   string    `json:"error"`
	}
	if err := call(req, &out); err != nil {
		return false, err
	}
	if out.Error != "" {
		return false, fmt.Errorf("%s: query: %s", base, out.Error)
	}
	return len(out.Results) == 1 && out.Results[0] > 0, nil
}

// searchFinds asks the server's type-ahead search (its web index) for word.
func searchFinds(ctx context.Context, base, word string) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/search?q="+url.QueryEscape(word), nil)
	if err != nil {
		return false, err
	}
	var out json.RawMessage
	if err := call(req, &out); err != nil {
		return false, err
	}
	return bytes.Contains(bytes.ToLower(out), bytes.ToLower([]byte(word))), nil
}

// call sends req and decodes its JSON answer; a server that is not
// answering yet (connection refused, 503) counts as "not yet".
func call(req *http.Request, out any) error {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		if req.Context().Err() != nil {
			return nil
		}
		return fmt.Errorf("%s: %w", req.URL.Host, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%s: %w", req.URL, err)
	}
	if resp.StatusCode == http.StatusServiceUnavailable {
		return nil
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s: %s", req.URL, resp.Status, strings.TrimSpace(string(b)))
	}
	if err := json.Unmarshal(b, out); err != nil {
		return errors.Join(fmt.Errorf("%s: not JSON", req.URL), err)
	}
	return nil
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
