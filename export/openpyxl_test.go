package export

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"facet/parse"
)

type pyCell struct {
	Ref     string `json:"ref"`
	Row     int    `json:"row"`
	Col     int    `json:"col"`
	Type    string `json:"type"`
	Value   any    `json:"value"`
	IsDate  bool   `json:"isDate"`
	Format  string `json:"format"`
	Color   string `json:"color"`
	Bold    bool   `json:"bold"`
	Italic  bool   `json:"italic"`
	Fill    string `json:"fill"`
	Comment string `json:"comment"`
}

type pySheet struct {
	Freeze         *string            `json:"freeze"`
	Gridlines      *bool              `json:"gridlines"`
	Orientation    string             `json:"orientation"`
	FitToWidth     *int               `json:"fitToWidth"`
	FitToPage      bool               `json:"fitToPage"`
	PrintTitleRows *string            `json:"printTitleRows"`
	PrintTitleCols *string            `json:"printTitleCols"`
	Tables         map[string]string  `json:"tables"`
	Dimensions     string             `json:"dimensions"`
	Widths         map[string]float64 `json:"widths"`
	RowOutline     map[string]int     `json:"rowOutline"`
	ColOutline     map[string]int     `json:"colOutline"`
	SummaryBelow   *bool              `json:"summaryBelow"`
	Cells          []pyCell           `json:"cells"`
}

type pyBook struct {
	Sheets []string           `json:"sheets"`
	Sheet  map[string]pySheet `json:"sheet"`
	// Names are the workbook's defined names and the ranges they refer to.
	Names map[string][]struct {
		Sheet string `json:"sheet"`
		Range string `json:"range"`
	} `json:"names"`
}

// inspect reads a workbook with Debian's python3-openpyxl.
func inspect(t *testing.T, path string) pyBook {
	t.Helper()
	needTool(t, "python3-openpyxl", "/usr/bin/python3", "-c", "import openpyxl")
	out, err := exec.Command("/usr/bin/python3", "testdata/inspect_workbook.py", path).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("openpyxl cannot read the workbook: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var b pyBook
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWorkbookOpenpyxl reads the samples' workbook with openpyxl: sheet
// order, panes, gridlines, print setup, number formats by kind of figure,
// fonts (blue inputs, black formulas, muted growth), comments on every
// input, fills that mark what is unconfirmed, the Facts table, dates.
func TestWorkbookOpenpyxl(t *testing.T) {
	rep := sampleReport(t)
	book := inspect(t, writeBook(t, rep, WorkbookOptions{}))
	want := sheetOrder(rep)
	if strings.Join(book.Sheets, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", book.Sheets, want)
	}
	ratio := map[string]bool{"YoY growth": true}
	for _, c := range parse.Concepts() {
		if c.Kind == parse.Ratio {
			ratio[c.Label] = true
		}
	}
	marks := map[string]int{}
	for _, name := range want[:len(want)-4] {
		s := book.Sheet[name]
		if s.Freeze == nil || *s.Freeze != "B7" {
			t.Errorf("%s: frozen at %v, want B7", name, s.Freeze)
		}
		if s.Gridlines == nil || *s.Gridlines {
			t.Errorf("%s: gridlines shown", name)
		}
		if s.Orientation != "landscape" || s.FitToWidth == nil || *s.FitToWidth != 1 || !s.FitToPage {
			t.Errorf("%s: print setup %s, fit %v/%v", name, s.Orientation, s.FitToWidth, s.FitToPage)
		}
		if s.PrintTitleRows == nil || *s.PrintTitleRows != "$1:$6" || s.PrintTitleCols == nil || *s.PrintTitleCols != "$A:$A" {
			t.Errorf("%s: print titles %v %v", name, s.PrintTitleRows, s.PrintTitleCols)
		}
		if s.Widths["A"] < 28 || s.Widths["B"] < 10 {
			t.Errorf("%s: column widths %v", name, s.Widths)
		}
		labels := map[int]string{}
		growth := map[int]bool{} // growth rows are labelled in italics
		for _, c := range s.Cells {
			if c.Col == 1 {
				labels[c.Row] = c.Value.(string)
				growth[c.Row] = c.Italic && c.Row >= firstDataRow
			}
		}
		// what a figure's row holds: the concept's label, or for a segment
		// the concept above it; "YoY growth" for growth
		concept := map[int]string{}
		last := ""
		for r := firstDataRow; r < 400; r++ {
			l, ok := labels[r]
			if !ok {
				continue
			}
			if growth[r] {
				concept[r] = "YoY growth"
				continue
			}
			if _, known := conceptByLabel(l); known || ratio[l] {
				last = l
			}
			concept[r] = last
		}
		for _, c := range s.Cells {
			if c.Row == 2 && c.Col == 1 && c.Value != "RMB million" {
				t.Errorf("%s: units %q, want RMB million", name, c.Value)
			}
			if c.Row < firstDataRow || c.Col < 2 || strings.HasPrefix(labels[c.Row], "Blue:") {
				continue
			}
			if strings.Contains(labels[c.Row], "Blue:") || labels[c.Row] == "" {
				continue
			}
			what := concept[c.Row]
			switch c.Type {
			case "n":
				if c.Color == "FF"+colorGuidance { // the company's guidance, in a forecast column
					if !strings.Contains(c.Comment, "Guidance: ") {
						t.Errorf("%s!%s: guidance whose comment does not say so", name, c.Ref)
					}
					continue
				}
				if c.Color != "FF"+colorInput {
					t.Errorf("%s!%s: an input in %s, want blue", name, c.Ref, c.Color)
				}
				if !strings.Contains(c.Comment, ".txt, line ") {
					t.Errorf("%s!%s: an input without a comment naming its source", name, c.Ref)
				}
			case "f":
				if c.Color != "FF"+colorFormula && c.Color != "FF"+colorMuted {
					t.Errorf("%s!%s: a formula in %s, want black", name, c.Ref, c.Color)
				}
				if !strings.HasPrefix(c.Value.(string), "=") {
					t.Errorf("%s!%s: formula %v", name, c.Ref, c.Value)
				}
			default:
				t.Errorf("%s!%s: a %q cell (%v) among the figures", name, c.Ref, c.Type, c.Value)
			}
			switch {
			case ratio[what]:
				if c.Format != percentFormat {
					t.Errorf("%s!%s (%s): format %q, want one-decimal percent", name, c.Ref, what, c.Format)
				}
			case strings.Contains(labels[c.Row], "per share"), strings.Contains(what, "per share"):
				if c.Format != perShareFormat {
					t.Errorf("%s!%s (%s): format %q, want per-share", name, c.Ref, what, c.Format)
				}
			default:
				if c.Format != moneyFormat(6) {
					t.Errorf("%s!%s (%s): format %q, want millions with negatives in parentheses", name, c.Ref, what, c.Format)
				}
			}
			marks[c.Fill]++
		}
	}
	if marks["FF"+fillPending] == 0 || marks["FF"+fillCheck] == 0 || marks["FF"+fillConflict] == 0 || marks[""] == 0 {
		t.Errorf("fills of the figures %v: want some unconfirmed, some to check, a conflict and some clean", marks)
	}

	facts := book.Sheet["Facts"]
	n := len(Reportable(rep.Facts))
	if facts.Tables["Facts"] != "A1:"+cellName(len(factColumns), n+1) {
		t.Errorf("Facts table %v", facts.Tables)
	}
	if facts.Freeze == nil || *facts.Freeze != "C2" {
		t.Errorf("Facts frozen at %v", facts.Freeze)
	}
	for _, c := range facts.Cells {
		if c.Row < 2 {
			continue
		}
		switch factColumns[c.Col-1].name {
		case "Start", "End":
			if !c.IsDate {
				t.Errorf("Facts!%s: %v is not a date", c.Ref, c.Value)
			}
		case "Value", "Decimals", "Confidence", "Sources":
			if c.Type != "n" {
				t.Errorf("Facts!%s: %v is not a number", c.Ref, c.Value)
			}
		case "Concept", "Quote", "Where":
			if c.Type != "s" {
				t.Errorf("Facts!%s: %v is not text", c.Ref, c.Value)
			}
		}
	}
	checks := book.Sheet["Checks"]
	formulas := 0
	for _, c := range checks.Cells {
		if c.Type == "f" {
			formulas++
		}
	}
	if formulas == 0 {
		t.Error("the Checks sheet computes nothing")
	}
}

// conceptByLabel finds a concept by the label a sheet shows for it.
func conceptByLabel(label string) (parse.Concept, bool) {
	for _, c := range parse.Concepts() {
		if c.Label == label {
			return c, true
		}
	}
	return parse.Concept{}, false
}
