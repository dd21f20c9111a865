package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
)

// Extractor turns raw bytes into a Document; *extract.Extractor is one.
// Implementations must be safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, source string, raw []byte) (*extract.Document, error)
}

// ExtractInput reads and extracts one input, naming stdin documents by
// their hash.
func ExtractInput(ctx context.Context, x Extractor, in source.Input) (*extract.Document, error) {
	a, err := in.Load(ctx)
	if err != nil {
		return nil, err
	}
	doc, err := ExtractArticle(ctx, x, a)
	if err != nil {
		return nil, err
	}
	if in.Source == source.StdinSource {
		doc.Source = "stdin:" + DocHash(doc)[:docHashIRILength]
	}
	return doc, nil
}

// ExtractArticle extracts a loaded article and attaches what its source
// said about it. From an article not in English the text is kept (the
// document is stored, with a warning) and nothing is extracted.
func ExtractArticle(ctx context.Context, x Extractor, a *source.Article) (*extract.Document, error) {
	src := a.Source
	doc, err := x.Extract(ctx, src, a.Raw)
	if err != nil {
		if strings.Contains(err.Error(), src) {
			return nil, err // the extractor named the file already
		}
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if a.NotEnglish {
		doc.Entities, doc.Mentions, doc.Quotes, doc.Facts, doc.OpenFacts = nil, nil, nil, nil, nil
	}
	if a.Meta.Title != "" {
		doc.Title = a.Meta.Title
	}
	doc.Meta = extract.Meta{Authors: a.Meta.Authors, Published: a.Meta.Published, Site: a.Meta.Site,
		URL: a.Meta.URL, CanonicalURL: a.Meta.CanonicalURL, Lang: a.Meta.Lang}
	doc.Warnings = append(doc.Warnings, a.Warnings...)
	return doc, nil
}

// IngestOptions tune IngestAll. Zero values take the defaults.
type IngestOptions struct {
	Workers int // extraction goroutines (default: all cores)
	// BatchQuads: quads per transaction before committing (default
	// DefaultBatchQuads); the first transactions are smaller, from a
	// quarter of it, and so are the last when the writer keeps up with
	// extraction (see firstBatchShare and batchSizer).
	BatchQuads int
	// Progress is called from the writer after each input is done
	// (stored, unchanged, skipped or failed), with the input's size.
	Progress func(in source.Input, res *IngestResult)
	// Warn is called for non-fatal problems: empty files, encoding fall-backs.
	Warn func(source, msg string)
	// BulkMinQuads: on postgres, an ingest estimated at this many quads or
	// more, and no fewer than the store holds, runs in bulk mode
	// (graph/pgstore). 0 means DefaultBulkMinQuads, negative never.
	BulkMinQuads int
	// MaxBytes is the largest input extracted; a larger one fails alone,
	// with a line naming it. Extraction holds a few hundred bytes of
	// memory per input byte (one 20 MB single-line file: 3.7 GB peak
	// RSS), so this bounds what one input can cost. 0 means
	// DefaultMaxBytes, negative no limit.
	MaxBytes int
}

// DefaultMaxBytes bounds one input at 4 MiB, a thousand times a long news
// article: a 4 MB single-line file peaks at 1.5 GB RSS (0.35 GB of it the
// extractor's models).
const DefaultMaxBytes = 4 << 20

// quadsPerDocument is about what a BBC article gives (the corpus: 1,725
// documents, 343k quads), to size the writer's queue in documents.
const quadsPerDocument = 200

// DefaultBatchQuads is the size of an ingest transaction. A bolt commit
// rewrites every page the transaction touched, and Cayley's value and
// reference buckets (65,536 of each, keyed by hash) spread one batch's
// nodes over nearly all of the root bucket's pages, whatever the batch's
// size: fewer, larger transactions write less. The BBC corpus in batches
// of 10,000 quads wrote 193k pages (790 MB) for a 160 MB store, in
// batches of 50,000 70k pages, of 100,000 51k (60k with the smaller
// first and last batches IngestAll makes, see firstBatchShare). Memory
// grows with it (50,000 to 100,000: about 110 MB more peak RSS, 620 MB),
// and Ctrl-C waits for a larger batch.
const DefaultBatchQuads = 100000

// firstBatchShare: IngestAll's first transaction is this share of
// BatchQuads, and each next one twice the last until they reach it. The
// writer then starts after a quarter of a batch is extracted instead of a
// whole one (it waits for that much, with the cores busy extracting, and
// on a writer-bound ingest every second of that wait is a second more at
// the end), and the commits it makes sooner are into a small store,
// whose root bucket is cheap to rewrite. When the writer keeps up, the
// last batches shrink back to this share (see batchSizer), so that little
// is left to write once the extraction is done. Into a store that holds a
// batch or more already (see newBatchSizer) every batch is a whole one.
const firstBatchShare = 4

// batchSizer decides when IngestAll's writer commits: at floor quads
// first (see firstBatchShare), twice the last limit after each commit up
// to max, and, toward the end, once the batch holds what the inputs not
// yet received are expected to give (at the run's quads per input so
// far), down to floor: the last commit, which nothing overlaps (the
// workers are done), is then small. That early commit is made only when
// the writer has caught up with the workers (no extracted input waits):
// with a backlog, what is left is the writer's alone whatever it does,
// and every commit costs more than its quads (on bolt it rewrites the
// pages of Cayley's root bucket, which holds the 131,072 value and
// reference buckets, and waits on an fdatasync of about 0.1 s at the end
// of the BBC corpus), so the batch fills to the limit instead.
type batchSizer struct {
	floor, limit, max int
	inputs, got       int // inputs in all, received so far (failed ones too)
	quads             int // quads of the inputs received
}

// newBatchSizer's stored is the quads the store held before the ingest,
// counted only where commits cost more as the store grows (bolt; 0
// otherwise). A bolt commit rewrites the pages of Cayley's root bucket,
// whose 131,072 value and reference buckets each batch touches nearly all
// of, so it costs about the whole node table, whatever the batch holds:
// into a store holding three copies of the BBC corpus, the smaller first
// and last batches made 22% more page writes than whole ones
// (BenchmarkWriteBoltGrowth). Once the store holds a batch or more, every
// batch is a whole one.
func newBatchSizer(batchQuads, inputs, stored int) *batchSizer {
	floor := max(batchQuads/firstBatchShare, 1)
	if stored >= batchQuads {
		floor = max(batchQuads, 1)
	}
	return &batchSizer{floor: floor, limit: floor, max: max(batchQuads, 1), inputs: inputs}
}

// received counts one more input received, giving quads.
func (b *batchSizer) received(quads int) { b.got++; b.quads += quads }

// full reports whether a batch of this many quads is to be committed,
// waiting the number of extracted inputs the writer has not received.
func (b *batchSizer) full(batchQuads, waiting int) bool {
	if batchQuads >= b.limit {
		return true
	}
	if waiting > 0 {
		return false
	}
	left := 0
	if b.got > 0 {
		left = (b.inputs - b.got) * b.quads / b.got
	}
	return batchQuads >= max(b.floor, left)
}

// flushed moves to the next batch's limit.
func (b *batchSizer) flushed() { b.limit = min(2*b.limit, b.max) }

// FileError is one input that could not be ingested.
type FileError struct {
	Source string
	Err    error
}

func (e FileError) Error() string { return e.Err.Error() }

// IngestSummary reports a whole ingest run.
type IngestSummary struct {
	Documents   int // added or replaced
	Unchanged   int // already stored with the same content
	Skipped     int // empty
	Failed      []FileError
	Quads       int // quads added
	Entities    int // distinct entities in the stored documents
	Words       int // words in the stored documents
	Batches     int // transactions committed
	Elapsed     time.Duration
	Interrupted bool // the context was cancelled; stored batches are complete
}

// String is the one summary line the CLI prints.
func (s IngestSummary) String() string {
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Words) / secs
	}
	var extra []string
	if s.Unchanged > 0 {
		extra = append(extra, fmt.Sprintf("%d unchanged", s.Unchanged))
	}
	if s.Skipped > 0 {
		extra = append(extra, fmt.Sprintf("%d skipped", s.Skipped))
	}
	if len(s.Failed) > 0 {
		extra = append(extra, fmt.Sprintf("%d failed", len(s.Failed)))
	}
	note := ""
	if len(extra) > 0 {
		note = " (" + strings.Join(extra, ", ") + ")"
	}
	head := "ingested"
	if s.Interrupted {
		head = "interrupted: ingested"
	}
	return fmt.Sprintf("%s %d documents%s, %d quads, %d entities in %.1fs, %.0f words/s",
		head, s.Documents, note, s.Quads, s.Entities, secs, rate)
}

type extracted struct {
	in  source.Input
	p   *Prepared
	err error
}

// IngestAll extracts inputs in parallel and writes them with one writer,
// in transactions of whole documents holding at least BatchQuads quads.
// Channels are bounded, so memory holds a few batches, never the corpus.
// Bad inputs are collected in the summary's Failed, never stop the run.
// When ctx is cancelled, extraction stops, the documents already extracted
// are committed, and the summary says Interrupted. The error is non-nil
// only when the store fails.
func (s *Store) IngestAll(ctx context.Context, x Extractor, inputs []source.Input, opt IngestOptions) (IngestSummary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchQuads <= 0 {
		opt.BatchQuads = DefaultBatchQuads
	}
	if opt.Warn == nil {
		opt.Warn = func(string, string) {}
	}
	bulk, err := s.beginBulk(ctx, inputs, opt.BulkMinQuads)
	if err != nil {
		// E.g. a database user that does not own Cayley's tables: the
		// drop rolled back, so ingest the normal way.
		opt.Warn(storeName(s.cfg), fmt.Sprintf("bulk mode unavailable, ingesting without it: %v", err))
		bulk = nil
	}
	// Hashing an input before extracting it lets an unchanged one skip
	// the extractor, where the store answers look-ups while the ingest
	// runs (see BulkWriter.AnswersDuringIngest).
	precheck := s.bulk == nil || s.bulk.AnswersDuringIngest()
	if opt.MaxBytes == 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	jobs := make(chan source.Input)
	// Room for a batch of extracted documents: the workers keep
	// extracting while the writer commits one batch (with room for only a
	// few documents, extraction and writing took turns: a whole ingest
	// cost their sum instead of the larger of the two; with room for half
	// a batch, the writer waited for the other half after each commit). A
	// document and its quads are some tens of kilobytes, so this holds
	// some tens of megabytes; and what Ctrl-C still commits stays about a
	// batch.
	out := make(chan extracted, max(2*opt.Workers, min(opt.BatchQuads/quadsPerDocument+opt.Workers, 1024)))
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	slots := newCPUSlots(runtime.GOMAXPROCS(0))
	// A writer that waits on a database server (postgres) leaves the
	// cores to the workers and the server; bolt's and the memory store's
	// work in this process.
	writerSlots := slots
	if _, inProcess := s.bulk.(*boltBulk); s.bulk != nil && !inProcess {
		writerSlots = nil
	}
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				out <- s.extractUnlessKnown(ctx, x, in, precheck, opt.MaxBytes, slots) // the writer drains out until it is closed
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	var sum IngestSummary
	entities := make(map[string]struct{})
	var batch []extracted
	batchQuads := 0
	sizer := newBatchSizer(opt.BatchQuads, len(inputs), s.growingQuads())
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		ps := make([]*Prepared, len(batch))
		for i, e := range batch {
			ps[i] = e.p
		}
		// The writer builds and commits the batch on a core of its own
		// (see cpuSlots). It keeps it through the commit's wait on the
		// disk (some tens of milliseconds): most of a commit is work
		// (bolt rewriting the pages the batch touched), and the writer
		// is what an ingest on two cores waits for.
		writerSlots.take()
		defer writerSlots.give()
		// The batch is committed even when ctx is cancelled: Ctrl-C stops
		// after the current batch, never inside one.
		// The writer may lend its slot out while bolt commits (see
		// lendWriterSlot).
		wctx := withSlotLender(context.WithoutCancel(ctx), lendWhileCaughtUp(writerSlots, out))
		write := func(ps []*Prepared) ([]IngestResult, error) {
			return s.WritePrepared(wctx, ps)
		}
		res, err := write(ps)
		if err != nil && len(ps) > 1 {
			// One document the store refuses must cost only itself: write
			// them one by one, and fail the run only when none goes in
			// (then the store itself is the problem).
			var failed map[int]error
			if res, failed, err = writeEach(ps, write); err == nil {
				for i := range batch {
					if ferr, ok := failed[i]; ok {
						sum.Failed = append(sum.Failed, FileError{Source: batch[i].in.Source, Err: fmt.Errorf("%s: store: %w", batch[i].in.Source, ferr)})
					}
				}
			}
		}
		if err == nil {
			var failed []FileError
			failed, err = s.extractStale(ctx, x, batch, res, write)
			sum.Failed = append(sum.Failed, failed...)
		}
		if err != nil {
			storeErr = err
			return
		}
		sum.Batches++
		for i := range res {
			r := &res[i]
			if r.Status == "" {
				if opt.Progress != nil {
					opt.Progress(batch[i].in, nil)
				}
				continue // failed alone, listed in sum.Failed
			}
			switch r.Status {
			case Unchanged:
				sum.Unchanged++
				sum.Quads += r.Added // the sources it was newly seen at
			default:
				sum.Documents++
				sum.Quads += r.Added
				sum.Words += r.Words
				for _, ent := range batch[i].p.Doc.Entities {
					entities[ent.Key] = struct{}{}
				}
			}
			if opt.Progress != nil {
				opt.Progress(batch[i].in, r)
			}
		}
		batch, batchQuads = batch[:0], 0
		sizer.flushed()
	}
	for e := range out {
		if storeErr != nil {
			continue // drain so the workers can finish
		}
		switch {
		case errors.Is(e.err, extract.ErrEmpty):
			sum.Skipped++
			opt.Warn(e.in.Source, "empty file, skipped")
		case e.err != nil && ctx.Err() != nil && errors.Is(e.err, ctx.Err()):
			// cancelled mid-extraction: not a bad file
		case e.err != nil:
			sum.Failed = append(sum.Failed, FileError{Source: e.in.Source, Err: e.err})
		}
		if e.err != nil {
			sizer.received(0)
			if opt.Progress != nil {
				opt.Progress(e.in, nil)
			}
			continue
		}
		for _, w := range e.p.Doc.Warnings {
			opt.Warn(e.p.Doc.Source, strings.TrimPrefix(w, e.p.Doc.Source+": "))
		}
		batch = append(batch, e)
		batchQuads += len(e.p.Quads)
		sizer.received(len(e.p.Quads))
		if sizer.full(batchQuads, len(out)) {
			flush()
		}
	}
	flush()
	// The rebuild is the run's last step, after an error or Ctrl-C too:
	// the committed batches are complete and want their indexes back.
	if bulk != nil {
		if err := bulk.End(context.WithoutCancel(ctx)); err != nil && storeErr == nil {
			storeErr = err
		}
	}
	sum.Entities = len(entities)
	sum.Interrupted = ctx.Err() != nil
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, fmt.Errorf("ingest: %w", storeErr)
	}
	return sum, nil
}

// extractUnlessKnown reads an input and, when its content hash names a
// stored document, returns a Known placeholder without extracting it;
// otherwise it extracts and prepares the input. The hash is the one
// Extract gives (extract.ContentHash decodes as Extract does), so a
// re-ingest of unchanged files costs a read, a decode and a SHA-256 each.
// All but the read is done holding one of slots (nil: no limit).
func (s *Store) extractUnlessKnown(ctx context.Context, x Extractor, in source.Input, precheck bool, maxBytes int, slots cpuSlots) extracted {
	a, err := in.Load(ctx)
	if err != nil {
		return extracted{in: in, err: err}
	}
	// Loading may wait on the network; the rest computes.
	slots.take()
	defer slots.give()
	if maxBytes > 0 && len(a.Raw) > maxBytes {
		return extracted{in: in, err: fmt.Errorf("%s: %s is over the %s one input may hold (extraction memory grows with it); split it",
			in.Source, sizeText(len(a.Raw)), sizeText(maxBytes))}
	}
	if precheck {
		if h, herr := extract.ContentHash(a.Raw); herr == nil {
			if ok, _ := s.HasContent(ctx, h); ok {
				src := in.Source
				if src == source.StdinSource {
					src = "stdin:" + h[:docHashIRILength]
				}
				return extracted{in: in, p: s.PrepareKnown(src, h)}
			}
		}
		// A decode error or a failed look-up: Extract reports it, or
		// extracts the input as if new.
	}
	doc, err := ExtractArticle(ctx, x, a)
	if err != nil {
		return extracted{in: in, err: err}
	}
	if in.Source == source.StdinSource {
		doc.Source = "stdin:" + DocHash(doc)[:docHashIRILength]
	}
	return extracted{in: in, p: s.Prepare(doc)}
}

// extractStale extracts and writes, one at a time, the Known inputs of a
// written batch whose document another input of the run replaced before
// they were written (res Stale), and puts their results in res.
func (s *Store) extractStale(ctx context.Context, x Extractor, batch []extracted, res []IngestResult, write func([]*Prepared) ([]IngestResult, error)) ([]FileError, error) {
	var failed []FileError
	for i := range res {
		if res[i].Status != Stale {
			continue
		}
		e := s.extractUnlessKnown(ctx, x, batch[i].in, false, -1, nil)
		if e.err != nil {
			res[i] = IngestResult{} // failed alone
			failed = append(failed, FileError{Source: batch[i].in.Source, Err: e.err})
			continue
		}
		batch[i].p = e.p
		r, err := write([]*Prepared{e.p})
		if err != nil {
			return failed, err
		}
		res[i] = r[0]
	}
	return failed, nil
}

// writeEach writes each prepared document in a transaction of its own and
// returns the errors of those the store refused, by index (their result
// is left zero). The error is the first document's when all failed.
func writeEach(ps []*Prepared, write func([]*Prepared) ([]IngestResult, error)) ([]IngestResult, map[int]error, error) {
	res := make([]IngestResult, len(ps))
	failed := map[int]error{}
	var first error
	for i, p := range ps {
		r, err := write([]*Prepared{p})
		if err != nil {
			if first == nil {
				first = err
			}
			failed[i] = err
			continue
		}
		res[i] = r[0]
	}
	if len(failed) == len(ps) {
		return nil, nil, first
	}
	return res, failed, nil
}

// bytesPerQuad is about what an article's bytes give in quads (the BBC
// corpus: 4.0 MB, 285k quads), rounded so estimates run a little low.
const bytesPerQuad = 16

// beginBulk starts the bulk writer's bulk load (on postgres:
// graph/pgstore) for an ingest of inputs when the backend finds it worth
// it; without a bulk writer, or for a small ingest, it returns nil.
func (s *Store) beginBulk(ctx context.Context, inputs []source.Input, min int) (BulkSession, error) {
	if s.bulk == nil || s.cfg.ReadOnly {
		return nil, nil
	}
	var size int64
	for _, in := range inputs {
		size += in.Size
	}
	return s.bulk.BeginBulk(ctx, int(size/bytesPerQuad), min)
}

// sizeText writes a byte count the way limits are set (KiB, MiB): a
// whole number of units plainly, otherwise to one decimal, so a 1 KiB
// limit does not read as "0 MiB".
func sizeText(n int) string {
	for _, u := range []struct {
		shift int
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift {
			if n%(1<<u.shift) == 0 {
				return fmt.Sprintf("%d %s", n>>u.shift, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(int(1)<<u.shift), u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
