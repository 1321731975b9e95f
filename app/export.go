package app

import (
	"errors"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"facet/export"
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

// writeOutputs is the default ExportFunc.
func writeOutputs(rep *parse.Report, t ExportTargets) error {
	return export.WriteAll(rep, export.Targets(t))
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
// The export package already words its failures for a person; the cases
// below cover errors from elsewhere.
func exportProblem(err error) string {
	var we *export.WriteError
	switch {
	case errors.As(err, &we):
		return "Facet could not write " + filepath.Base(we.Path) + ": " + we.Reason + "."
	case errors.Is(err, export.ErrDisplayScale):
		return "Money can be shown in thousands, millions or billions only."
	case errors.Is(err, os.ErrPermission):
		return "Facet may not write there (" + pathIn(err) + "). Choose a folder you can write to."
	case errors.Is(err, os.ErrNotExist):
		return "The folder does not exist (" + pathIn(err) + "). Choose another folder."
	}
	log.Printf("facet: the export failed: %v", err)
	return "The export failed. Check that the folder exists and has room, then try again."
}

func pathIn(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return filepath.Dir(pe.Path)
	}
	return "the chosen folder"
}
