package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/viper"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingRE = regexp.MustCompile(`serving (read-only|read-write) on (http://\S+/)`)

// serve runs `newsgraph serve ARGS` in-process until the returned stop is
// called, and returns the server's URL and its stderr.
func serve(t *testing.T, args ...string) (url string, stderr *syncBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	stderr = &syncBuffer{}
	app := &App{V: viper.New(), Stdin: strings.NewReader(""), Out: &out, Err: stderr, ctx: ctx}
	root := newRoot(app)
	root.SetArgs(append([]string{"serve"}, args...))
	root.SetOut(&out)
	root.SetErr(stderr)
	done := make(chan error, 1)
	go func() { done <- root.Execute() }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := servingRE.FindStringSubmatch(out.String()); m != nil {
			url = m[2]
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended before listening: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start listening; stderr: %s", stderr.String())
		}
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return url, stderr, stop
}

// info asks the server at url whether it accepts writes.
func info(t *testing.T, url string) (status int, write bool) {
	t.Helper()
	res, err := http.Get(url + "api/info")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var v struct{ Write bool }
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil {
		t.Fatalf("api/info: %v", err)
	}
	return res.StatusCode, v.Write
}

func TestServeReadOnlyLoopbackAndGracefulStop(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "g.db")
	article := filepath.Join(dir, "story.txt")
	text := "Ruritania and Grand Fenwick sign a trade pact\n\n" +
		"Ruritanian President Elena Varga met Grand Fenwick's Prime Minister Tully Bascombe in Strelsau on Monday.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Run([]string{"ingest", "--store", store, article}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errb.String())
	}

	url, stderr, stop := serve(t, "--store", store, "--addr", "127.0.0.1:0")
	if !strings.HasPrefix(url, "http://127.0.0.1:") || strings.Contains(stderr.String(), "warning") {
		t.Errorf("url %s, stderr %q: want loopback and no warning", url, stderr.String())
	}
	if status, write := info(t, url); status != 200 || write {
		t.Errorf("api/info: status %d, write %v; want a read-only server", status, write)
	}
	res, err := http.Post(url+"api/ingest", "application/json", strings.NewReader(`{"source":"x","text":"Paris is in France."}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("ingest on a read-only server: status %d, want 403", res.StatusCode)
	}
	// The store is held: the CLI says so instead of waiting.
	errb.Reset()
	if code := Run([]string{"ingest", "--store", store, article}, strings.NewReader(""), &out, &errb); code == 0 || !strings.Contains(errb.String(), "in use") {
		t.Errorf("ingest while serving: exit %d, %q; want a clear 'in use' error", code, errb.String())
	}
	if err := stop(); err != nil {
		t.Errorf("graceful stop: %v", err)
	}
	if _, err := http.Get(url + "api/info"); err == nil {
		t.Errorf("server still answers after stop")
	}
	// Stopped means released: the store opens again.
	errb.Reset()
	if code := Run([]string{"stats", "--store", store}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Errorf("stats after serve stopped: exit %d: %s", code, errb.String())
	}
}

func TestServeWarnsOffLoopbackAndWrites(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	url, stderr, _ := serve(t, "--store", store, "--addr", "0.0.0.0:0", "--write")
	if !strings.Contains(stderr.String(), "not a loopback address") {
		t.Errorf("no warning for 0.0.0.0: %q", stderr.String())
	}
	url = strings.Replace(url, "[::]", "127.0.0.1", 1)
	if status, write := info(t, url); status != 200 || !write {
		t.Errorf("api/info of a --write server: status %d, write %v", status, write)
	}
}

// A second server on a port in use fails with one line naming the
// address, and closes its store without crashing: the index build it
// started must not read the closed bolt file.
func TestServePortInUse(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for _, st := range []string{first, second} {
		if code, _, errs := run(t, "", "ingest", "--store", st, example(t)); code != 0 {
			t.Fatal(errs)
		}
	}
	url, _, _ := serve(t, "--store", first, "--addr", "127.0.0.1:0")
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	code, _, errs := run(t, "", "serve", "--store", second, "--addr", addr)
	if code == 0 || !strings.Contains(errs, addr) || !strings.Contains(errs, "address already in use") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("serve on a busy port: exit %d, %q; want one line naming %s", code, errs, addr)
	}
	// The failed server released its store.
	if code, _, errs := run(t, "", "stats", "--store", second); code != 0 {
		t.Errorf("stats after the failed serve: %s", errs)
	}
}

// SIGTERM, as a service manager sends it, stops serve like Ctrl-C: the
// server shuts down, Run returns 0 and the store is released.
func TestServeStopsOnSIGTERM(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run([]string{"serve", "--store", store, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &out, &errb)
	}()
	for deadline := time.Now().Add(20 * time.Second); !servingRE.MatchString(out.String()); {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Run's handler is registered while serve runs, so the signal is
	// caught, not fatal to the test binary.
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve after SIGTERM: exit %d: %s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve ignores SIGTERM")
	}
	if code, _, errs := run(t, "", "stats", "--store", store); code != 0 {
		t.Errorf("store not released after SIGTERM: %s", errs)
	}
}
