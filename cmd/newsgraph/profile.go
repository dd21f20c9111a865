package main

// --cpu-profile FILE (hidden) writes a CPU profile of the whole command,
// model loading, extraction and the store's writer included, for
// `go tool pprof -top -cum` or a profile-guided build (-pgo=FILE):
//
//	newsgraph ingest --no-progress --cpu-profile /tmp/ingest.pprof \
//	    --store /tmp/p.db ../shared/corpus/bbc
//
// The command's output is the same with or without it.

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// cpuProfileFlag names the hidden flag that writes a CPU profile of the
// whole command to a file, for measuring.
const cpuProfileFlag = "cpu-profile"

// startCPUProfile starts the CPU profile --cpu-profile asks for, if any,
// and returns the function that ends it (to be called once the command
// has returned).
func startCPUProfile(cmd *cobra.Command) (stop func() error, err error) {
	path, _ := cmd.Flags().GetString(cpuProfileFlag)
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", cpuProfileFlag, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--%s %s: %w", cpuProfileFlag, path, err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("--%s %s: %w", cpuProfileFlag, path, err)
		}
		return nil
	}, nil
}
