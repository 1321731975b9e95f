package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"facet/export"
	"facet/internal/atomic"
	"facet/parse"
)

// ExportTargets says what an export writes; an empty path is not written.
// Its fields are export.Targets' own, so one converts to the other.
type ExportTargets struct {
	Workbook     string // the .xlsx workbook
	XBRLJSON     string // the xBRL-JSON report
	XBRLCSV      string // the folder of the xBRL-CSV report
	DisplayScale int    // the power of ten the workbook shows money in
	Progress     func(done, total int)
}

// ExportFunc writes a report's outputs; it runs off the UI goroutine.
type ExportFunc func(rep *parse.Report, t ExportTargets) error

// errNotInThisBuild marks an output this build cannot write yet.
var errNotInThisBuild = errors.New("this build of Facet cannot write it yet")

// writeOutputs is the default ExportFunc. It writes what the export
// package offers today (the xBRL-JSON report); once export.WriteAll
// lands, it becomes:
//
//	return export.WriteAll(rep, export.Targets(t))
func writeOutputs(rep *parse.Report, t ExportTargets) error {
	total := 0
	for _, p := range []string{t.Workbook, t.XBRLJSON, t.XBRLCSV} {
		if p != "" {
			total++
		}
	}
	done := 0
	step := func() {
		done++
		if t.Progress != nil {
			t.Progress(done, total)
		}
	}
	var errs []error
	if t.XBRLJSON != "" {
		if err := atomic.WriteFile(t.XBRLJSON, func(w io.Writer) error { return export.WriteXBRLJSON(w, rep) }); err != nil {
			errs = append(errs, fmt.Errorf("the xBRL-JSON report: %w", err))
		}
		step()
	}
	if t.Workbook != "" {
		errs = append(errs, fmt.Errorf("the workbook %s: %w", filepath.Base(t.Workbook), errNotInThisBuild))
	}
	if t.XBRLCSV != "" {
		errs = append(errs, fmt.Errorf("the xBRL-CSV report %s: %w", filepath.Base(t.XBRLCSV), errNotInThisBuild))
	}
	return errors.Join(errs...)
}

// snapshot copies what an export reads, so the UI can go on changing the
// report while the export runs: a refresh makes new facts and never
// changes old ones, and the slices are copied.
func snapshot(rep *parse.Report) *parse.Report {
	s := *rep
	s.Documents = slices.Clone(rep.Documents)
	s.Mentions = slices.Clone(rep.Mentions)
	s.Growth = slices.Clone(rep.Growth)
	s.Facts = slices.Clone(rep.Facts)
	s.Findings = slices.Clone(rep.Findings)
	s.Stale = slices.Clone(rep.Stale)
	return &s
}

// exportPaths derives the outputs' paths from one base path
// ("…/kingsoft" gives kingsoft.xlsx, kingsoft.json and kingsoft-xbrl-csv/).
func exportPaths(base string, workbook, xbrlJSON, xbrlCSV bool, scale int) ExportTargets {
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".xlsx"), ".json")
	t := ExportTargets{DisplayScale: scale}
	if workbook {
		t.Workbook = base + ".xlsx"
	}
	if xbrlJSON {
		t.XBRLJSON = base + ".json"
	}
	if xbrlCSV {
		t.XBRLCSV = base + "-xbrl-csv"
	}
	return t
}

// exportProblem says, in a sentence, why an export failed and what to do.
func exportProblem(err error) string {
	switch {
	case errors.Is(err, errNotInThisBuild):
		return capitalize(err.Error()) + ". Untick it and export the others."
	case errors.Is(err, os.ErrPermission):
		return "Facet may not write there (" + pathIn(err) + "). Choose a folder you can write to."
	case errors.Is(err, os.ErrNotExist):
		return "The folder does not exist (" + pathIn(err) + "). Choose another folder."
	}
	return "The export failed: " + err.Error() + ". Check that the folder exists and has room, then try again."
}

func pathIn(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return filepath.Dir(pe.Path)
	}
	return "the chosen folder"
}
