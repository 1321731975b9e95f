package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"facet/parse"
)

// ReviewExt ends the name of a review file.
const ReviewExt = ".facet.json"

// autoReviewPath is where a review is saved on its own before the person
// names it: one file per set of documents, so opening the same documents
// again brings the corrections back.
func autoReviewPath(dir string, docs []*parse.Document) string {
	hashes := make([]string, 0, len(docs))
	for _, d := range docs {
		hashes = append(hashes, d.Hash)
	}
	slices.Sort(hashes)
	sum := sha256.Sum256([]byte(strings.Join(hashes, "\n")))
	name := "documents"
	if len(docs) > 0 {
		name = strings.TrimSuffix(docs[0].Name, filepath.Ext(docs[0].Name))
		if docs[0].Path == "" {
			name = "samples"
		}
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%s%s", safeName(name), hex.EncodeToString(sum[:6]), ReviewExt))
}

func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r < ' ' {
			return '-'
		}
		return r
	}, s)
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}

// reviewName is the name the window title shows for a review file.
func reviewName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), ReviewExt)
}

// saver writes the review a short while after the last change, off the UI
// goroutine: a burst of edits is one write, and nothing done more than
// delay plus a write before a crash is lost. Writes are atomic
// (parse.SaveReview), so a crash during one leaves the previous review.
// A write the UI asks for (flush, saveTo) is made on the UI goroutine and
// its result returned there; only the timer's writes are reported
// through done.
type saver struct {
	delay time.Duration
	// done is told, on the timer's goroutine, the result of each write
	// the timer made.
	done func(saveResult)

	mu      sync.Mutex
	timer   *time.Timer
	path    string
	pending *parse.Review
	gen     int
	seq     int
	last    saveResult
	stopped bool
	writing sync.Mutex // one write at a time, in order
}

// saveResult is what one write of the review came to.
type saveResult struct {
	path string
	gen  int // the model generation written
	at   time.Time
	err  error
	// seq numbers the writes: a later write's result supersedes an
	// earlier one's, whichever is heard of first.
	seq int
}

// schedule saves rv (a snapshot the caller no longer changes) to path
// after the delay, replacing any save not yet written.
func (s *saver) schedule(path string, rv *parse.Review, gen int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.path, s.pending, s.gen = path, rv, gen
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(s.delay, func() {
		if r, ok := s.write(); ok && s.done != nil {
			s.done(r)
		}
	})
}

// write saves the pending review, if any; it reports whether it took one.
func (s *saver) write() (saveResult, bool) {
	s.writing.Lock()
	defer s.writing.Unlock()
	s.mu.Lock()
	path, rv, gen := s.path, s.pending, s.gen
	s.pending = nil
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.mu.Unlock()
	if rv == nil {
		return saveResult{}, false
	}
	return s.writeLocked(path, rv, gen), true
}

// writeLocked writes rv; the caller holds s.writing.
func (s *saver) writeLocked(path string, rv *parse.Review, gen int) saveResult {
	err := os.MkdirAll(filepath.Dir(path), 0o755)
	if err == nil {
		err = parse.SaveReview(path, rv)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	s.last = saveResult{path: path, gen: gen, at: rv.Saved, err: err, seq: s.seq}
	return s.last
}

// flush writes the pending review now, on the caller's goroutine, after
// any write under way, and returns the result of the last write made
// (the zero result when there was none).
func (s *saver) flush() saveResult {
	s.write()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// saveTo writes rv to path now, in turn with the other writes, and drops
// the pending write: the review lives at path from now on.
func (s *saver) saveTo(path string, rv *parse.Review, gen int) saveResult {
	s.writing.Lock()
	defer s.writing.Unlock()
	s.mu.Lock()
	s.pending = nil
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.mu.Unlock()
	return s.writeLocked(path, rv, gen)
}

// stop drops the pending write and writes nothing more; a write under
// way finishes.
func (s *saver) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	s.pending = nil
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
}

// loadResult is what loading documents off the UI goroutine produced.
type loadResult struct {
	docs     []*parse.Document
	errs     []error
	canceled bool
}

// loadFiles loads paths one by one, reporting progress; it stops between
// files when ctx is cancelled.
func loadFiles(ctx context.Context, paths []string, progress func(done, total int, name string)) loadResult {
	var res loadResult
	for i, p := range paths {
		if ctx.Err() != nil {
			res.canceled = true
			return res
		}
		if progress != nil {
			progress(i, len(paths), filepath.Base(p))
		}
		d, err := parse.Load(p, parse.LoadOptions{})
		if err != nil {
			res.errs = append(res.errs, err)
			continue
		}
		res.docs = append(res.docs, d)
	}
	if progress != nil {
		progress(len(paths), len(paths), "")
	}
	return res
}

// loadProblem is a sentence naming a file that could not be opened and why.
func loadProblem(err error) string {
	var le *parse.LoadError
	if errors.As(err, &le) {
		return fmt.Sprintf("%s (%s) could not be opened: %s.", filepath.Base(le.Path), le.Path, le.Reason)
	}
	log.Printf("facet: a document could not be opened: %v", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return "The document " + filepath.Base(pe.Path) + " (" + pe.Path + ") could not be opened."
	}
	return "A document could not be opened."
}

// reviewProblem is a sentence about a review file that could not be used.
func reviewProblem(err error) string {
	var re *parse.ReviewError
	if errors.As(err, &re) {
		reason := re.Reason
		if re.Err != nil && strings.HasSuffix(reason, ": "+re.Err.Error()) {
			// "correction 3 is damaged: <Go's text>": the detail is for the log
			log.Printf("facet: %v", err)
			reason = strings.TrimSuffix(reason, ": "+re.Err.Error())
		}
		s := fmt.Sprintf("The review %s (%s) could not be used: %s", filepath.Base(re.Path), re.Path, reason)
		if re.Line > 0 {
			s += fmt.Sprintf(" (line %d)", re.Line)
		}
		return s + "."
	}
	log.Printf("facet: a review could not be used: %v", err)
	return "The review could not be used."
}

// reviewDocuments finds a review's documents: on disk by path, or among
// the built-in samples by name when the path is empty. It reports each
// document that is missing or has changed since the review, in sentences.
func reviewDocuments(rv *parse.Review, samples []*parse.Document) (paths []string, fromSamples []*parse.Document, problems []string) {
	for _, rd := range rv.Documents {
		if rd.Path == "" {
			found := false
			for _, s := range samples {
				if s.Name == rd.Name {
					fromSamples = append(fromSamples, s)
					found = true
					break
				}
			}
			if !found {
				problems = append(problems, fmt.Sprintf("The review's document %s is not a built-in sample of this Facet.", rd.Name))
			}
			continue
		}
		paths = append(paths, rd.Path)
	}
	return paths, fromSamples, problems
}

// changedDocuments names the documents whose content is not what the
// review was made on: its corrections may no longer match.
func changedDocuments(rv *parse.Review, docs []*parse.Document) []string {
	var out []string
	for _, rd := range rv.Documents {
		for _, d := range docs {
			if (rd.Path != "" && d.Path == rd.Path || rd.Path == "" && d.Name == rd.Name) && rd.Hash != "" && d.Hash != rd.Hash {
				out = append(out, fmt.Sprintf("%s has changed since the review was saved; corrections that no longer match a figure are listed under Checks.", d.Name))
			}
		}
	}
	return out
}
