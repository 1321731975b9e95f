package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// WorkbookOptions say how the workbook is written. The zero value shows
// money in millions.
type WorkbookOptions struct {
	// DisplayScale is the power of ten money is shown in: 3 thousands,
	// 6 millions, 9 billions; 0 means 6. Money cells hold values in it
	// (1835.4 for 1,835.4 million), so that an analyst's override typed
	// in millions is right; the Facts sheet keeps exact base values.
	DisplayScale int
	// Progress, when set, is called as the work advances: done of total
	// steps, ending with done == total.
	Progress func(done, total int)
	// Created is the time written into the workbook's properties; zero
	// means now.
	Created time.Time
}

// ErrDisplayScale is wrapped by the error of a display scale Excel cannot
// show with a number format.
var ErrDisplayScale = errors.New("unsupported display scale")

// displayScale checks a display scale: number formats scale by thousands
// only.
func displayScale(s int) (int, error) {
	switch s {
	case 0:
		return 6, nil
	case 3, 6, 9:
		return s, nil
	}
	return 0, fmt.Errorf("display scale %d: choose 3 (thousands), 6 (millions) or 9 (billions): %w", s, ErrDisplayScale)
}

// The header rows of a statement sheet; figures start below them.
const (
	rowTitle     = 1
	rowUnits     = 2
	rowKey       = 3
	rowGroups    = 4
	rowPeriods   = 5
	rowEnds      = 6
	firstDataRow = 7
	periodWidth  = 12.5
)

// bookWriter holds what writing one workbook needs.
type bookWriter struct {
	f         *excelize.File
	rep       *parse.Report
	opt       WorkbookOptions
	scale     int
	styles    *styles
	lines     lineIndex
	companies []*company
	progress  *progress
	facts     []*parse.Fact // the facts the workbook holds: all but the rejected
	comments  *commentParts
	byKey     map[parse.Key]*parse.Fact // the facts by identity, once asked for
}

// WriteWorkbook writes the facts of rep as an xlsx workbook built for
// modelling: statement sheets per company (Summary, Segments, Costs, Cash
// flow) with live formulas, then Guidance, Facts, Checks and Sources.
func WriteWorkbook(w io.Writer, rep *parse.Report, opt WorkbookOptions) error {
	scale, err := displayScale(opt.DisplayScale)
	if err != nil {
		return err
	}
	facts := Reportable(rep.Facts)
	b := &bookWriter{f: excelize.NewFile(), rep: rep, opt: opt, scale: scale, lines: lineIndex{}, facts: facts,
		progress: newProgress(opt.Progress, 2*len(facts)+1)}
	return b.write(w)
}

// write builds the workbook and streams it to w.
func (b *bookWriter) write(w io.Writer) error {
	defer b.f.Close()
	b.comments = newCommentParts(b.f)
	defer b.comments.close()
	b.styles = newStyles(b.f, b.scale)
	if err := b.build(); err != nil {
		return err
	}
	if b.styles.err != nil {
		return b.styles.err
	}
	// Stream the zip straight to w: excelize would otherwise build the whole
	// file in memory first.
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newZipWriter(w, b.comments) })
	if _, err := b.f.WriteToBuffer(); err != nil {
		return fmt.Errorf("writing the workbook: %w", err)
	}
	b.progress.finish()
	return nil
}

func (b *bookWriter) build() error {
	entities := b.rep.Entities()
	used := map[string]bool{"guidance": true, "facts": true, "checks": true, "sources": true}
	var order []string
	for _, e := range entities {
		names := statementNames(e, len(entities) > 1, used)
		b.companies = append(b.companies, buildCompany(e, b.rep.CalendarOf(e), b.facts, names))
		order = append(order, names[:]...)
	}
	order = append(order, "Guidance", "Facts", "Checks", "Sources")
	if err := b.f.SetSheetName("Sheet1", order[0]); err != nil {
		return fmt.Errorf("naming sheet %q: %w", order[0], err)
	}
	for _, name := range order[1:] {
		if _, err := b.f.NewSheet(name); err != nil {
			return fmt.Errorf("adding sheet %q: %w", name, err)
		}
	}
	for _, co := range b.companies {
		for _, st := range co.sheets {
			if err := b.writeStatement(co, st); err != nil {
				return fmt.Errorf("sheet %s: %w", st.name, err)
			}
		}
		co.releaseAll()
	}
	if err := b.names(); err != nil {
		return err
	}
	b.progress.add(len(b.facts))
	steps := []struct {
		name  string
		write func() error
	}{
		{"Guidance", b.writeGuidance},
		{"Facts", b.writeFacts},
		{"Checks", b.writeChecks},
		{"Sources", b.writeSources},
	}
	for _, s := range steps {
		if err := s.write(); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	// The first sheet is the active one already: SetActiveSheet would
	// read every streamed sheet back.
	fullCalc := true
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &fullCalc}); err != nil {
		return err
	}
	created := b.opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:       "Facet: " + strings.Join(entities, ", "),
		Subject:     "Financial figures read from company documents",
		Creator:     "Facet",
		Description: "Figures found by Facet in the documents listed on the Sources sheet.",
		Created:     created.UTC().Format(time.RFC3339),
		Modified:    created.UTC().Format(time.RFC3339),
	})
}

// statementNames names a company's four sheets: "Summary"… for one
// company, "Kingsoft Cloud Summary"… when there are several.
func statementNames(entity string, several bool, used map[string]bool) [4]string {
	var out [4]string
	for i, k := range statementSheets {
		base := k.String()
		name := func(suffix string) string {
			if !several {
				return base + suffix
			}
			company := sheetSafe(entity)
			if room := 31 - len(base) - 1 - len(suffix); len(company) > room {
				company = strings.TrimSpace(truncateBytes(company, room))
			}
			return strings.TrimSpace(company+" "+base) + suffix
		}
		unique := name("")
		for n := 2; used[strings.ToLower(unique)]; n++ {
			unique = name(fmt.Sprintf(" (%d)", n))
		}
		used[strings.ToLower(unique)] = true
		out[i] = unique
	}
	return out
}

// sheetSafe drops the characters a sheet name may not hold.
func sheetSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) || r < ' ' {
			return ' '
		}
		return r
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), "'")
}

func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// quoteSheet writes a sheet name for a formula: 'Cash flow'!B7.
func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

func colName(col int) string {
	s, _ := excelize.ColumnNumberToName(col)
	return s
}

// sheetLayout is what a sheet's setup needs to know of it.
type sheetLayout struct {
	name, title      string
	lastCol, lastRow int // the cells written
	headerRows       int // printed again at the top of every page
	// printArea bounds the printed page to the cells written, so that text
	// overflowing the last column does not shrink the page to fit it.
	printArea    bool
	repeatLabels bool
	tab          string // the sheet tab's colour
}

// sheetSetup gives a sheet what every sheet of the workbook has: its
// dimension (a stream writer leaves it at A1), no gridlines, landscape
// pages fitted to the width, repeated header rows, a print area and a
// header and footer naming it. It must run before the sheet's stream
// writer starts.
func (b *bookWriter) sheetSetup(sl sheetLayout) error {
	f, name := b.f, sl.name
	lastCol, lastRow := max(sl.lastCol, 1), max(sl.lastRow, 1)
	if err := f.SetSheetDimension(name, "A1:"+cellName(lastCol, lastRow)); err != nil {
		return err
	}
	off := false
	if err := f.SetSheetView(name, 0, &excelize.ViewOptions{ShowGridLines: &off}); err != nil {
		return err
	}
	on, above := true, false
	// the rows an outline folds are below the line they describe
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &on, TabColorRGB: &sl.tab, OutlineSummaryBelow: &above}); err != nil {
		return err
	}
	landscape, one, any := "landscape", 1, 0
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	esc := func(s string) string { return strings.ReplaceAll(s, "&", "&&") }
	if err := f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{
		OddHeader: "&L&\"-,Bold\"" + esc(sl.title),
		OddFooter: "&LFacet · " + esc(name) + "&RPage &P of &N",
	}); err != nil {
		return err
	}
	q := quoteSheet(name)
	if sl.printArea {
		area := fmt.Sprintf("%s!$A$1:$%s$%d", q, colName(lastCol), lastRow)
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: name, RefersTo: area}); err != nil {
			return err
		}
	}
	if sl.headerRows == 0 {
		return nil
	}
	titles := fmt.Sprintf("%s!$1:$%d", q, sl.headerRows)
	if sl.repeatLabels {
		titles = q + "!$A:$A," + titles
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: name, RefersTo: titles})
}

// keyRow is the legend of the marks, in cells styled as the marks are.
func (b *bookWriter) keyRow() []any {
	s := b.styles
	return []any{
		excelize.Cell{StyleID: s.text("key"), Value: "Key:"},
		excelize.Cell{StyleID: s.text("keyInput"), Value: "Input"},
		excelize.Cell{StyleID: s.text("keyFormula"), Value: "Formula"},
		excelize.Cell{StyleID: s.text("keyBulk"), Value: "In bulk"},
		excelize.Cell{StyleID: s.text("keyPending"), Value: "Unconfirmed"},
		excelize.Cell{StyleID: s.text("keyCheck"), Value: "Check"},
		excelize.Cell{StyleID: s.text("keyConflict"), Value: "Conflict"},
		excelize.Cell{StyleID: s.text("keyGuidance"), Value: "Guidance"},
	}
}

// legend explains the marks in sentences, below a sheet's figures.
func (b *bookWriter) legend(currency string) []string {
	money := strings.TrimSpace(currencyText(currency) + " " + scaleWord(b.scale))
	return []string{
		"Blue: typed from the documents; each such cell has a comment quoting its source. Black: a formula over other cells; change an input and it follows.",
		"In bulk (pale green): confirmed with other sure figures by Confirm sure ones, not looked at one by one. Unconfirmed (pale yellow): read from the documents, not yet confirmed by a person. Check (amber): needs review; a check fails against it, or it was read with doubt. Conflict (rose): the documents disagree; the best-supported value is shown.",
		"Money in " + money + ", as the cells hold it: type an override in " + scaleWord(b.scale) + ". Each input's comment gives the exact figure, and the Facts sheet keeps every exact value. Per-share figures in units; margins and growth in %; growth is n.m. (not meaningful) where the base is zero or the sign changes, and a narrowing loss shows as positive growth.",
		"Italic black: derived, a figure no document states (a total from its parts, a year from its quarters, a quarter from its year, free cash flow, net debt). Purple, in the columns after the last actual: the company's guidance (a range's midpoint). The rows under a line item (growth, margins, shares of revenue) fold away with the outline buttons.",
		"The Checks sheet lists every check, and every stated total beside the formula that computes it.",
	}
}

// writeNotes writes sentences below a sheet's table, each in a row merged
// across the table's width and tall enough to show it wrapped.
func (b *bookWriter) writeNotes(sw *excelize.StreamWriter, first, lastCol int, width float64, texts []string) error {
	for i, text := range texts {
		lines := 1 + int(float64(len([]rune(text)))*1.1/max(width, 20))
		row := first + i
		if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: b.styles.text("noteWrap"), Value: text}},
			excelize.RowOpts{Height: float64(12 * lines)}); err != nil {
			return err
		}
		if lastCol > 1 {
			if err := sw.MergeCell(cellName(1, row), cellName(lastCol, row)); err != nil {
				return err
			}
		}
	}
	return nil
}

// progress reports the work done, at most about a hundred times.
type progress struct {
	fn          func(done, total int)
	done, total int
	last        int
}

func newProgress(fn func(done, total int), total int) *progress {
	return &progress{fn: fn, total: max(total, 1)}
}

func (p *progress) add(n int) {
	if p == nil || p.fn == nil {
		return
	}
	p.done = min(p.done+n, p.total)
	if step := p.total / 100; p.done-p.last >= max(step, 1) || p.done == p.total {
		p.last = p.done
		p.fn(p.done, p.total)
	}
}

func (p *progress) finish() {
	if p == nil || p.fn == nil || p.last == p.total {
		return
	}
	p.done, p.last = p.total, p.total
	p.fn(p.total, p.total)
}
