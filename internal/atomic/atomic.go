// Package atomic writes files so that a failure never leaves a half-written
// one: the content goes to a temporary file beside the target, is synced,
// and is renamed over it only when complete. Files that belong together (a
// report and its taxonomy) are written as a set: all are complete before
// any is renamed into place.
package atomic

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// WriteFile calls write with a buffered writer to a temporary file in
// path's folder and renames it to path when write and the flush succeed.
// On any failure the temporary file is removed and path is untouched.
func WriteFile(path string, write func(io.Writer) error) error {
	var s Set
	if err := s.Write(path, write); err != nil {
		return err
	}
	return s.Commit()
}

// Set is files written together. Write puts each in full under a
// temporary name beside its target; Commit renames them all into place.
// A failed Write removes what the set has written, so the earlier files
// all stay as they were. The zero Set is empty and ready.
type Set struct {
	pending []pending
}

type pending struct{ tmp, path string }

// Write writes one file of the set under a temporary name. On failure it
// removes every temporary file of the set and returns the error; the set
// is then empty.
func (s *Set) Write(path string, write func(io.Writer) error) (err error) {
	defer func() {
		if err != nil {
			s.Abort()
		}
	}()
	f, err := createTemp(path)
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", filepath.Dir(path), err)
	}
	s.pending = append(s.pending, pending{f.Name(), path})
	bw := bufio.NewWriterSize(f, 256<<10)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// a file being replaced keeps its permissions; a new one has the
	// umask's, which the kernel applied when the temporary file was made
	if info, err := os.Stat(path); err == nil {
		_ = os.Chmod(f.Name(), info.Mode().Perm())
	}
	return nil
}

// Commit renames every file of the set into place, in the order written,
// and makes the renames durable. A rename that fails (a folder in the
// way) stops it; the files not yet renamed are removed.
func (s *Set) Commit() error {
	// a folder where a file should go stops the set before any rename
	for _, p := range s.pending {
		if info, err := os.Lstat(p.path); err == nil && info.IsDir() {
			s.Abort()
			return fmt.Errorf("cannot replace %s: %w", p.path, &os.LinkError{Op: "rename", Old: p.tmp, New: p.path, Err: syscall.EISDIR})
		}
	}
	dirs := map[string]bool{}
	for i, p := range s.pending {
		if err := os.Rename(p.tmp, p.path); err != nil {
			s.pending = s.pending[i:]
			s.Abort()
			return fmt.Errorf("cannot replace %s: %w", p.path, err)
		}
		dirs[filepath.Dir(p.path)] = true
	}
	s.pending = nil
	// The renames are durable only once each folder is synced; a folder
	// that cannot be synced (some network file systems) still has them.
	for dir := range dirs {
		if d, err := os.Open(dir); err == nil {
			_ = d.Sync()
			d.Close()
		}
	}
	return nil
}

// Abort removes the temporary files of a set not committed.
func (s *Set) Abort() {
	for _, p := range s.pending {
		os.Remove(p.tmp)
	}
	s.pending = nil
}

// createTemp makes a new file beside path, readable as the umask allows
// (os.CreateTemp would make it private to the owner).
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, &fs.PathError{Op: "createtemp", Path: path, Err: fs.ErrExist}
}
