//go:build !unix

package graph

import "errors"

func mkfifo(string) error { return errors.New("FIFOs are a Unix thing") }
