// Package export writes what Facet found: an xlsx workbook built for
// modelling, and the same facts as XBRL-style data (xBRL-JSON and
// xBRL-CSV, each with the extension taxonomy that makes it loadable).
//
// Every writer takes an io.Writer or a folder; WriteAll writes files
// atomically (a temporary file beside the target, renamed into place), so
// a failure leaves any earlier file intact.
package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"facet/internal/atomic"
	"facet/parse"
)

// Targets say what WriteAll writes; an empty path is skipped.
type Targets struct {
	Workbook string // the xlsx workbook
	XBRLJSON string // the xBRL-JSON report; its taxonomy is written beside it
	XBRLCSV  string // a folder for the xBRL-CSV report, with its taxonomy
	// DisplayScale is the power of ten money is shown in, in the workbook:
	// 3 thousands, 6 millions, 9 billions; 0 means 6.
	DisplayScale int
	// Progress, when set, is called as the work advances: done of total
	// steps, ending with done == total.
	Progress func(done, total int)
}

// WriteAll writes every target that has a path. Each file is written
// whole or not at all; the first failure stops the rest and is returned
// as a *WriteError, or an error wrapping ErrDisplayScale.
func WriteAll(rep *parse.Report, t Targets) error {
	if _, err := displayScale(t.DisplayScale); err != nil {
		return err
	}
	type step struct {
		weight int
		run    func(progress func(done, total int)) error
	}
	n := len(Reportable(rep.Facts)) + 1
	var steps []step
	if t.Workbook != "" {
		steps = append(steps, step{2*n + 1, func(p func(int, int)) error {
			return writeFile(t.Workbook, func(w io.Writer) error {
				return WriteWorkbook(w, rep, WorkbookOptions{DisplayScale: t.DisplayScale, Progress: p})
			})
		}})
	}
	if t.XBRLJSON != "" {
		steps = append(steps, step{n, func(func(int, int)) error {
			// the report and its taxonomy as one: a failure leaves the
			// earlier report beside the taxonomy it was written with
			files := taxonomyFiles(filepath.Dir(t.XBRLJSON), rep)
			files = append(files, outFile{t.XBRLJSON, func(w io.Writer) error { return WriteXBRLJSON(w, rep) }})
			return writeFiles(files)
		}})
	}
	if t.XBRLCSV != "" {
		steps = append(steps, step{n, func(func(int, int)) error { return WriteXBRLCSV(t.XBRLCSV, rep) }})
	}
	total := 0
	for _, s := range steps {
		total += s.weight
	}
	base := 0
	for _, s := range steps {
		report := func(done, of int) {
			if t.Progress != nil && of > 0 {
				t.Progress(base+min(done, of)*s.weight/of, total)
			}
		}
		if err := s.run(report); err != nil {
			return err
		}
		report(1, 1)
		base += s.weight
	}
	return nil
}

// WriteError says which file could not be written and why, in words a
// person can act on.
type WriteError struct {
	Path   string
	Reason string
	Err    error
}

func (e *WriteError) Error() string { return "cannot write " + e.Path + ": " + e.Reason }
func (e *WriteError) Unwrap() error { return e.Err }

// writeFile writes path atomically and turns a failure into a
// *WriteError.
func writeFile(path string, write func(io.Writer) error) error {
	if err := atomic.WriteFile(path, write); err != nil {
		return explain(path, err)
	}
	return nil
}

// outFile is one file of a report: where it goes and what writes it.
type outFile struct {
	path  string
	write func(io.Writer) error
}

// writeFiles writes files that belong together (a report, its tables and
// its taxonomy): each is complete under a temporary name before any
// replaces its earlier version, so a failure leaves the earlier set whole.
// They are renamed in order; the last is the one a reader opens first.
func writeFiles(files []outFile) error {
	var set atomic.Set
	for _, f := range files {
		if err := set.Write(f.path, f.write); err != nil {
			return explain(f.path, err)
		}
	}
	if err := set.Commit(); err != nil {
		path := files[len(files)-1].path
		var le *os.LinkError
		if errors.As(err, &le) {
			path = le.New
		}
		return explain(path, err)
	}
	return nil
}

// explain says why a file could not be written, in words a person can
// act on: whether the folder or the file is the trouble, and what to do.
func explain(path string, err error) error {
	var we *WriteError
	if errors.As(err, &we) || errors.Is(err, ErrDisplayScale) {
		return err
	}
	dir := filepath.Dir(path)
	var le *os.LinkError
	var pe *fs.PathError
	reason := ""
	switch {
	case errors.As(err, &pe) && !errors.As(err, &le) && filepath.Dir(pe.Path) != filepath.Clean(dir) && filepath.Clean(pe.Path) != filepath.Clean(dir):
		// a scratch file for comments or a large sheet, in the system's
		// temporary folder, not the target's
		reason = "the temporary folder " + filepath.Dir(pe.Path) + " cannot be used (" + pe.Err.Error() + "); free some space there, or set TMPDIR to another folder, and export again"
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		reason = "the disk is full; free some space and export again"
	case errors.Is(err, syscall.EROFS):
		reason = "the disk is read-only; choose another folder"
	case errors.As(err, &le): // the finished file could not take the old one's place
		switch {
		case errors.Is(err, syscall.EISDIR), errors.Is(err, syscall.EEXIST), errors.Is(err, syscall.ENOTEMPTY):
			reason = "a folder of that name is in the way"
		case errors.Is(err, fs.ErrPermission):
			reason = "the file is read-only or open in another program; close it and export again"
		default:
			reason = "the old file could not be replaced (" + le.Err.Error() + ")"
		}
	case errors.As(err, &pe): // no file could be made in the folder
		switch {
		case errors.Is(err, fs.ErrNotExist):
			reason = "the folder " + dir + " does not exist"
		case errors.Is(err, syscall.ENOTDIR):
			reason = dir + " is not a folder"
		case errors.Is(err, fs.ErrPermission):
			reason = "the folder is read-only"
		default:
			reason = pe.Err.Error()
		}
	default:
		reason = err.Error()
	}
	return &WriteError{Path: path, Reason: reason, Err: err}
}

// ensureDir creates a folder for a report.
func ensureDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return explain(dir, fmt.Errorf("creating the folder: %w", err))
	}
	return nil
}
