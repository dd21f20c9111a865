package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/source"
)

// TestExtractOrdered checks that parallel rendering hands results over in
// input order, never holds more than the window ahead, and stops cleanly
// when the consumer fails or the context ends.
func TestExtractOrdered(t *testing.T) {
	const n = 200
	inputs := make([]source.Input, n)
	for i := range inputs {
		inputs[i].Source = fmt.Sprint(i)
	}
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			var ahead, maxAhead atomic.Int64
			render := func(_ context.Context, in source.Input) extracted {
				var r extracted
				// Early inputs are slowest, so later ones finish first and
				// must wait for them.
				var i int
				fmt.Sscan(in.Source, &i)
				if i%17 == 0 {
					time.Sleep(2 * time.Millisecond)
				}
				if v := ahead.Add(1); v > maxAhead.Load() {
					maxAhead.Store(v)
				}
				r.out.WriteString(in.Source)
				return r
			}
			var got []string
			err := extractOrdered(context.Background(), inputs, workers, render, func(r extracted) error {
				ahead.Add(-1)
				got = append(got, r.out.String())
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != n {
				t.Fatalf("emitted %d results, want %d", len(got), n)
			}
			for i, s := range got {
				if s != fmt.Sprint(i) {
					t.Fatalf("result %d is input %s: order lost", i, s)
				}
			}
			if m := maxAhead.Load(); m > int64(4*workers) {
				t.Errorf("%d results rendered ahead of output, window is %d", m, 4*workers)
			}
		})
	}

	t.Run("emit error stops", func(t *testing.T) {
		stop := errors.New("disk full")
		var rendered atomic.Int64
		calls := 0
		err := extractOrdered(context.Background(), inputs, 2, func(_ context.Context, in source.Input) extracted {
			rendered.Add(1)
			return extracted{}
		}, func(extracted) error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) {
			t.Fatalf("err = %v, want %v", err, stop)
		}
		if r := rendered.Load(); r >= n {
			t.Errorf("rendered all %d inputs after the consumer failed", r)
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		calls := 0
		err := extractOrdered(ctx, inputs, 2, func(context.Context, source.Input) extracted { return extracted{} }, func(extracted) error {
			calls++
			if calls == 5 {
				cancel()
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if calls >= n {
			t.Errorf("emitted all %d results after cancel", calls)
		}
	})
}
