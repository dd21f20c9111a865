package main

import (
	"context"
	"os"
	"os/signal"
)

// interruptContext is cancelled by the first SIGINT; after that the signal
// is no longer caught, so a second Ctrl-C ends the process at once.
func interruptContext(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	go func() {
		select {
		case <-ch:
			signal.Stop(ch)
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(ch); cancel() }
}
