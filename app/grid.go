package app

// The model view: a company's figures as a model lays them out, a row per
// concept (and segment, and currency) and a column per period of the same
// timeline the workbook uses, each cell coloured by its status, so that an
// outlier in a series shows at a glance. Selecting a cell selects the
// figure; Enter edits it, Space confirms, Delete rejects, as in the table.

import (
	"image/color"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"facet/export"
	"facet/parse"
)

// Grid is one company's figures by line and period.
type Grid struct {
	Company string
	Columns []export.TimelineColumn
	Rows    []GridRow
}

// GridRow is one line: a concept, one segment of it, in one currency.
type GridRow struct {
	Label                      string // the concept's label, or the segment's name under it
	Concept, Segment, Currency string
	Indent                     bool          // a segment, under its total
	Cells                      []*parse.Fact // one per column; a guided range: its low end
	High                       []*parse.Fact // a guided range's high end, where there is one
}

// Grid lays out company's figures. Words typed in the filter narrow the
// lines to those whose label holds them all.
func (m *Model) Grid(company string) *Grid {
	g := &Grid{Company: company}
	tl := export.CompanyTimeline(m.rep, company)
	g.Columns = tl.Columns
	type lineKey struct{ concept, segment, currency string }
	rows := map[lineKey]*GridRow{}
	for _, f := range m.rep.Facts {
		if f.Entity != company || f.Status == parse.Rejected {
			continue
		}
		col, ok := tl.ColumnOf(f)
		if !ok {
			continue
		}
		k := lineKey{f.Concept, f.Segment, f.Currency}
		r := rows[k]
		if r == nil {
			r = &GridRow{Label: conceptLabel(f.Concept), Concept: f.Concept, Segment: f.Segment, Currency: f.Currency,
				Cells: make([]*parse.Fact, len(g.Columns)), High: make([]*parse.Fact, len(g.Columns))}
			if f.Segment != "" {
				r.Label, r.Indent = f.Segment, true
			}
			rows[k] = r
		}
		switch {
		case f.Scenario == parse.Forecast && f.Bound == parse.Max:
			r.High[col] = f
			if r.Cells[col] == nil {
				r.Cells[col] = f
			}
		case r.Cells[col] == nil || r.Cells[col].Bound == parse.Max:
			r.Cells[col] = f
		}
	}
	words := strings.Fields(strings.ToLower(m.filter.Text))
	for _, r := range rows {
		label := strings.ToLower(conceptLabel(r.Concept) + " " + r.Segment)
		keep := true
		for _, w := range words {
			if !strings.Contains(label, w) {
				keep = false
			}
		}
		if keep {
			g.Rows = append(g.Rows, *r)
		}
	}
	// revenue and its segments first, then the lines of the workbook's
	// sheets in its order: summary, costs, cash flow
	sheetRank := map[parse.Sheet]int{parse.Segments: 0, parse.Summary: 1, parse.Costs: 2, parse.CashFlow: 3}
	order := func(r *GridRow) (int, bool, bool, int) {
		c, _ := parse.LookupConcept(r.Concept)
		rank, ok := sheetRank[c.Sheet]
		if !ok {
			rank = len(sheetRank)
		}
		return rank, c.Instant, c.Adjusted, c.Order
	}
	sort.SliceStable(g.Rows, func(i, j int) bool {
		a, b := &g.Rows[i], &g.Rows[j]
		sa, ia, ja, oa := order(a)
		sb, ib, jb, ob := order(b)
		switch {
		case sa != sb:
			return sa < sb
		case ia != ib:
			return !ia
		case ja != jb:
			return !ja
		case oa != ob:
			return oa < ob
		case a.Currency != b.Currency:
			return a.Currency < b.Currency
		case (a.Segment == "") != (b.Segment == ""):
			return a.Segment == ""
		}
		return a.Segment < b.Segment
	})
	return g
}

// CellText is what a grid cell shows: the value as the table shows it, a
// guided range as its two ends.
func (m *Model) CellText(r *GridRow, col int) string {
	f := r.Cells[col]
	if f == nil {
		return ""
	}
	kind := f.ConceptInfo().Kind
	s := formatValue(f.Value, f.Decimals, kind, m.scale)
	if h := r.High[col]; h != nil && h != f {
		s += "–" + formatValue(h.Value, h.Decimals, kind, m.scale)
	}
	return s
}

// --- the widget ---

// gridView is the model view's table, keyboard first like the facts
// table.
type gridView struct {
	widget.Table
	u       *UI
	grid    *Grid
	version int    // the model's version the grid was laid out for
	filter  string // and the filter's words
	row     int    // the cell selected
	col     int
	// the edit dialog, while it is open
	editDlg   dialog.Dialog
	editEntry *widget.Entry
}

func newGridView(u *UI) *gridView {
	gv := &gridView{u: u, row: -1, col: -1, version: -1}
	gv.Length = func() (int, int) {
		if gv.grid == nil {
			return 0, 0
		}
		return len(gv.grid.Rows), len(gv.grid.Columns)
	}
	gv.CreateCell = func() fyne.CanvasObject { return newGridCell() }
	gv.UpdateCell = gv.updateCell
	gv.ShowHeaderRow, gv.ShowHeaderColumn = true, true
	gv.CreateHeader = func() fyne.CanvasObject { return newGridCell() }
	gv.UpdateHeader = gv.updateHeader
	gv.OnSelected = func(id widget.TableCellID) {
		gv.UnselectAll() // the selection is drawn by the cells
		gv.pick(id.Row, id.Col)
		u.win.Canvas().Focus(gv)
	}
	gv.ExtendBaseWidget(gv)
	gv.SetColumnWidth(-1, 230)
	return gv
}

// refresh lays the grid out again when the figures or the company changed.
func (gv *gridView) refresh(company string) {
	m := gv.u.model
	if gv.grid != nil && gv.grid.Company == company && gv.version == m.Version() && gv.filter == m.filter.Text {
		gv.Refresh()
		return
	}
	gv.grid, gv.version, gv.filter = m.Grid(company), m.Version(), m.filter.Text
	for c := range gv.grid.Columns {
		gv.SetColumnWidth(c, 96)
	}
	gv.Refresh()
}

// pick selects the figure of a cell, when it has one.
func (gv *gridView) pick(row, col int) {
	if gv.grid == nil || row < 0 || row >= len(gv.grid.Rows) || col < 0 || col >= len(gv.grid.Columns) {
		return
	}
	gv.row, gv.col = row, col
	if f := gv.grid.Rows[row].Cells[col]; f != nil {
		gv.u.model.SelectKey(f.Key)
		gv.u.sync()
	}
	gv.ScrollTo(widget.TableCellID{Row: row, Col: col})
	gv.Refresh()
}

// selected is the figure of the cell selected, or nil.
func (gv *gridView) selected() *parse.Fact {
	if gv.grid == nil || gv.row < 0 || gv.row >= len(gv.grid.Rows) || gv.col < 0 || gv.col >= len(gv.grid.Columns) {
		return nil
	}
	return gv.grid.Rows[gv.row].Cells[gv.col]
}

func (gv *gridView) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp:
		gv.pick(gv.row-1, max(gv.col, 0))
	case fyne.KeyDown:
		gv.pick(gv.row+1, max(gv.col, 0))
	case fyne.KeyLeft:
		gv.pick(max(gv.row, 0), gv.col-1)
	case fyne.KeyRight:
		gv.pick(max(gv.row, 0), gv.col+1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
		gv.edit()
	case fyne.KeySpace:
		if gv.selected() != nil {
			gv.u.confirmSelected()
		}
	case fyne.KeyDelete, fyne.KeyBackspace:
		if gv.selected() != nil {
			gv.u.rejectSelected()
		}
	default:
		gv.Table.TypedKey(e)
	}
}

// TypedRune starts editing with a digit, as in the table; N and P go to
// the next and previous figure to review.
func (gv *gridView) TypedRune(r rune) {
	switch {
	case r >= '0' && r <= '9' || r == '-' || r == '(' || r == '.':
		gv.editWith(string(r))
	case r == 'n' || r == 'N':
		gv.u.nextToReview(1)
		gv.follow()
	case r == 'p' || r == 'P':
		gv.u.nextToReview(-1)
		gv.follow()
	}
}

// follow moves the grid's cell to the figure selected elsewhere.
func (gv *gridView) follow() {
	f, _ := gv.u.model.Selected()
	if f == nil || gv.grid == nil {
		return
	}
	if f.Entity != gv.grid.Company {
		gv.u.gridCompany.Selected = f.Entity
		gv.u.showGrid()
	}
	for r := range gv.grid.Rows {
		for c, x := range gv.grid.Rows[r].Cells {
			if x != nil && x.Key == f.Key {
				gv.row, gv.col = r, c
				gv.ScrollTo(widget.TableCellID{Row: r, Col: c})
				gv.Refresh()
				return
			}
		}
	}
}

// edit asks for the selected figure's value, as the table's editor does:
// in the display scale, "17.3%", "(12.3)".
func (gv *gridView) edit() { gv.editWith("") }

// editWith edits the selected figure's value, starting from typed when a
// digit began it.
func (gv *gridView) editWith(typed string) {
	f := gv.selected()
	if f == nil {
		gv.u.setHint("Select a cell with a figure to edit it.", true)
		return
	}
	u := gv.u
	entry := widget.NewEntry()
	entry.SetText(u.model.CellText(&gv.grid.Rows[gv.row], gv.col))
	if typed != "" {
		entry.SetText(typed) // typing replaces the value, as in a spreadsheet
	}
	d := u.model.detailsOf(f)
	dlg := u.showFigureDialog("Edit "+d.Title, "Set", []*widget.FormItem{widget.NewFormItem("Value", entry)}, fyne.NewSize(480, 200), func() error {
		if err := u.model.SetValue(f.Key, entry.Text); err != nil {
			return err
		}
		u.setHint("Set "+d.Title+" to "+entry.Text+".", false)
		return nil
	})
	gv.editDlg, gv.editEntry = dlg, entry
	u.win.Canvas().Focus(entry)
}

func (gv *gridView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*gridCell)
	th, v := gv.u.theme(), fyne.CurrentApp().Settings().ThemeVariant()
	c.bg.FillColor = th.Color(theme.ColorNameHeaderBackground, v)
	c.text.Color = th.Color(theme.ColorNameForeground, v)
	c.text.TextStyle = fyne.TextStyle{Bold: true}
	switch {
	case gv.grid == nil:
		c.text.Text = ""
	case id.Row < 0 && id.Col >= 0 && id.Col < len(gv.grid.Columns):
		col := gv.grid.Columns[id.Col]
		c.text.Text, c.trailing = col.Label, true
		if col.Forecast {
			c.text.Color = th.Color(theme.ColorNamePrimary, v)
		}
	case id.Col < 0 && id.Row >= 0 && id.Row < len(gv.grid.Rows):
		r := gv.grid.Rows[id.Row]
		c.text.Text, c.trailing = r.Label, false
		if r.Indent {
			c.text.Text = "   " + r.Label
			c.text.TextStyle.Bold = false
		}
	default:
		c.text.Text = ""
	}
	c.Refresh()
}

func (gv *gridView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*gridCell)
	if gv.grid == nil || id.Row >= len(gv.grid.Rows) || id.Col >= len(gv.grid.Columns) {
		return
	}
	r := &gv.grid.Rows[id.Row]
	f := r.Cells[id.Col]
	th, v := gv.u.theme(), fyne.CurrentApp().Settings().ThemeVariant()
	c.trailing = true
	c.text.Text = gv.u.model.CellText(r, id.Col)
	c.text.Color = th.Color(theme.ColorNameForeground, v)
	c.text.TextStyle = fyne.TextStyle{}
	c.bg.FillColor = color.Transparent
	if f != nil {
		// the status as a tint of its colour: an outlier stands out
		s := th.Color(statusColorName(f.Status), v)
		rr, gg, bb, _ := s.RGBA()
		c.bg.FillColor = color.NRGBA{R: uint8(rr >> 8), G: uint8(gg >> 8), B: uint8(bb >> 8), A: 0x38}
		if f.Scenario == parse.Forecast {
			c.text.TextStyle.Italic = true
		}
	}
	c.selected = id.Row == gv.row && id.Col == gv.col
	c.Refresh()
}

// gridCell is a cell of the model view: a tinted background, the text,
// and an outline when selected.
type gridCell struct {
	widget.BaseWidget
	bg       *canvas.Rectangle
	outline  *canvas.Rectangle
	text     *canvas.Text
	trailing bool
	selected bool
}

func newGridCell() *gridCell {
	c := &gridCell{bg: canvas.NewRectangle(color.Transparent), outline: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	c.outline.StrokeWidth = 2
	c.ExtendBaseWidget(c)
	return c
}

func (c *gridCell) CreateRenderer() fyne.WidgetRenderer {
	return &gridCellRenderer{c: c}
}

type gridCellRenderer struct{ c *gridCell }

func (r *gridCellRenderer) Layout(s fyne.Size) {
	c := r.c
	c.bg.Resize(s)
	c.outline.Resize(s)
	ts := c.text.MinSize()
	x := theme.Padding()
	if c.trailing {
		x = s.Width - ts.Width - theme.Padding()
	}
	c.text.Move(fyne.NewPos(x, (s.Height-ts.Height)/2))
	c.text.Resize(ts)
}

func (r *gridCellRenderer) MinSize() fyne.Size {
	ts := r.c.text.MinSize()
	return fyne.NewSize(ts.Width+2*theme.Padding(), ts.Height+2*theme.Padding())
}

func (r *gridCellRenderer) Refresh() {
	c := r.c
	c.outline.FillColor = color.Transparent
	c.outline.StrokeColor = color.Transparent
	if c.selected {
		c.outline.StrokeColor = theme.Color(theme.ColorNamePrimary)
	}
	r.Layout(c.Size())
	c.bg.Refresh()
	c.outline.Refresh()
	c.text.Refresh()
}

func (r *gridCellRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.c.bg, r.c.text, r.c.outline}
}

func (r *gridCellRenderer) Destroy() {}

// modelPanel is the model view with its company picker.
func (u *UI) modelPanel() fyne.CanvasObject {
	u.grid = newGridView(u)
	u.gridCompany = newEscSelect(nil, func(string) { u.showGrid() }, u.focusTable)
	return container.NewBorder(container.NewBorder(nil, nil, widget.NewLabel("Company"), nil, u.gridCompany), nil, nil, nil, u.grid)
}

// showGrid lays out the model view for the company chosen, or the
// selected figure's.
func (u *UI) showGrid() {
	if u.grid == nil {
		return
	}
	companies := u.model.Report().Entities()
	u.gridCompany.Options = companies
	company := u.gridCompany.Selected
	if company == "" || !slices.Contains(companies, company) {
		company = ""
		if f, _ := u.model.Selected(); f != nil {
			company = f.Entity
		} else if len(companies) > 0 {
			company = companies[0]
		}
		if company != "" {
			u.gridCompany.Selected = company
			u.gridCompany.Refresh()
		}
	}
	u.grid.refresh(company)
}
