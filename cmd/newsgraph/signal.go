package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// stopSignals end a command cleanly: Ctrl-C from a user, SIGTERM from a
// service manager, container runtime or kill. Both must let ingest commit
// its current batch and serve finish its requests and close the store.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// stopped is the cause of a context cancelled by a signal.
type stopped struct{ sig os.Signal }

func (s stopped) Error() string {
	switch s.sig {
	case os.Interrupt:
		return "interrupted"
	case syscall.SIGTERM:
		return "stopped by SIGTERM"
	}
	return "stopped by signal " + s.sig.String()
}

// interruptContext is cancelled by the first SIGINT or SIGTERM, with that
// signal as its cause; after that the signals are no longer caught, so a
// second one ends the process at once.
func interruptContext(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(stopped{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(ch); cancel(nil) }
}

// interrupted is the exit error of a command that stopped early because
// ctx ended: status 128 + the signal's number, as shells report it (130
// for Ctrl-C, 143 for SIGTERM).
func interrupted(ctx context.Context, msg string) *exitError {
	code, what := 130, "interrupted"
	var s stopped
	if errors.As(context.Cause(ctx), &s) {
		if n, ok := s.sig.(syscall.Signal); ok {
			code = 128 + int(n)
		}
		what = s.Error()
	}
	if msg != "" {
		what += "; " + msg
	}
	return &exitError{Code: code, Msg: what}
}
