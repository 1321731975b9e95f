package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// columnWidths fit the samples' longest values at the default text size.
var columnWidths = [numColumns]float32{
	ColStatus: 132, ColConcept: 230, ColSegment: 150, ColPeriod: 84, ColValue: 104,
	ColUnit: 96, ColScenario: 150, ColConfidence: 86, ColSources: 64, ColCompany: 120,
}

// pageRows is how far Page Up and Page Down move.
const pageRows = 15

// factTable is the facts table, keyboard first: the arrows move through
// the rows, Enter edits the value, Space confirms, Delete rejects, and a
// digit starts editing with that digit.
type factTable struct {
	widget.Table
	u *UI
}

func newFactTable(u *UI) *factTable {
	t := &factTable{u: u}
	t.Length = func() (int, int) { return u.model.Rows(), len(u.columns) }
	t.CreateCell = func() fyne.CanvasObject {
		c := newTableCell()
		c.ui = u
		return c
	}
	t.UpdateCell = u.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		h := newHeaderCell()
		u.headers = append(u.headers, h)
		return h
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*headerCell)
		col := u.colAt(id.Col)
		b.col = col
		title := columnTitles[col]
		if c, desc, ok := u.model.Sort(); ok && c == col {
			if desc {
				title += " ▼"
			} else {
				title += " ▲"
			}
		}
		b.text.Text = title
		b.text.Color = u.th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
		b.text.Refresh()
		b.onTapped = func() { u.sortBy(col) }
	}
	t.OnSelected = func(id widget.TableCellID) {
		// the row is the selection, drawn by the cells; the table's own
		// one-cell highlight would only compete with it
		t.UnselectAll()
		r := u.model.Row(id.Row)
		if r == nil {
			return
		}
		clicked := r.Fact.Key
		if u.editing != nil && *u.editing != clicked && !u.settleEdit() {
			return // the value typed is no value: its row stays selected
		}
		if f, _ := u.model.Selected(); f == nil || f.Key != clicked {
			u.model.SelectKey(clicked)
		}
		if u.editing == nil {
			u.focusTable() // a click on a row gives the table the keyboard, wherever it was
		}
	}
	t.ExtendBaseWidget(t)
	for c, w := range columnWidths {
		t.SetColumnWidth(c, w)
	}
	return t
}

// DragEnd remembers the widths once the person has dragged a column's
// edge.
func (t *factTable) DragEnd() {
	t.Table.DragEnd()
	t.u.rememberWidths()
}

func (t *factTable) TypedKey(e *fyne.KeyEvent) {
	u := t.u
	switch e.Name {
	case fyne.KeyUp:
		u.moveSelection(-1)
	case fyne.KeyDown:
		u.moveSelection(1)
	case fyne.KeyPageUp:
		u.moveSelection(-pageRows)
	case fyne.KeyPageDown:
		u.moveSelection(pageRows)
	case fyne.KeyHome:
		u.selectRow(0)
	case fyne.KeyEnd:
		u.selectRow(u.model.Rows() - 1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
		u.beginEdit("")
	case fyne.KeySpace:
		u.confirmSelected()
	case fyne.KeyDelete, fyne.KeyBackspace:
		u.rejectSelected()
	default:
		t.Table.TypedKey(e)
	}
}

func (t *factTable) TypedRune(r rune) {
	switch {
	case r >= '0' && r <= '9' || r == '-' || r == '(' || r == '.':
		t.u.beginEdit(string(r))
	case r == 'n' || r == 'N':
		t.u.nextToReview(1)
	case r == 'p' || r == 'P':
		t.u.nextToReview(-1)
	}
}

// tableCell is one cell: a background that marks the selected row, a
// status swatch (status column only), the text, and, in the value cell of
// the row being edited, the editor. It draws text directly rather than
// through a Label, so that rows are dense and thousands of them scroll
// smoothly.
type tableCell struct {
	widget.BaseWidget
	bg       *canvas.Rectangle
	swatch   *canvas.Circle
	text     *canvas.Text
	full     string // the text before it was cut to fit
	trailing bool
	status   bool
	editor   fyne.CanvasObject
	// decimal aligns a value on its decimal point; pad is the space above
	// and below the text (less in compact rows)
	decimal bool
	pad     float32
	ui      *UI // for the tip of a cut text
}

func newTableCell() *tableCell {
	c := &tableCell{
		bg:     canvas.NewRectangle(color.Transparent),
		swatch: canvas.NewCircle(color.Transparent),
		text:   canvas.NewText("", color.Black),
	}
	c.ExtendBaseWidget(c)
	return c
}

func (c *tableCell) CreateRenderer() fyne.WidgetRenderer { return &cellRenderer{c: c} }

// setEditor puts the editor in this cell, or takes it out (nil).
func (c *tableCell) setEditor(e fyne.CanvasObject) {
	if c.editor == e {
		return
	}
	c.editor = e
	c.Refresh()
}

type cellRenderer struct {
	c     *tableCell
	width float32 // the width the text was last cut for
	cut   string
}

const cellPad = 6

func (r *cellRenderer) Layout(s fyne.Size) {
	c := r.c
	c.bg.Resize(s)
	x := float32(cellPad)
	if c.status {
		d := float32(10)
		c.swatch.Move(fyne.NewPos(x, (s.Height-d)/2+1))
		c.swatch.Resize(fyne.NewSquareSize(d))
		x += d + cellPad
	}
	avail := s.Width - x - cellPad
	if r.width != avail || r.cut != c.full {
		c.text.Text = fitText(c.full, avail, c.text.TextSize, c.text.TextStyle)
		r.width, r.cut = avail, c.full
	}
	ts := c.text.MinSize()
	if c.trailing {
		x = s.Width - cellPad - ts.Width
		if c.decimal && c.text.Text == c.full {
			// the decimal point at one place in every row: what follows
			// it (".000)", "%") is given the room of the widest
			tail := decimalTail(c.full)
			room := fyne.MeasureText(".000)", c.text.TextSize, c.text.TextStyle).Width
			x = s.Width - cellPad - room - (ts.Width - fyne.MeasureText(tail, c.text.TextSize, c.text.TextStyle).Width)
			x = min(x, s.Width-cellPad-ts.Width)
			x = max(x, cellPad)
		}
	}
	c.text.Move(fyne.NewPos(x, (s.Height-ts.Height)/2))
	c.text.Resize(ts)
	if c.editor != nil {
		c.editor.Move(fyne.NewPos(0, 0))
		c.editor.Resize(s)
	}
}

func (r *cellRenderer) MinSize() fyne.Size {
	h := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
	pad := r.c.pad
	if pad == 0 {
		pad = cellPad
	}
	return fyne.NewSize(40, h+2*pad)
}

// decimalTail is what follows a value's decimal point, the point
// included: ".2" of "2,349.2", ".3%" of "17.3%", "" of "8".
func decimalTail(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i:]
	}
	// no point: what follows the digits (")", "%") stands where the
	// point's tail would
	j := len(s)
	for j > 0 && (s[j-1] < '0' || s[j-1] > '9') {
		j--
	}
	return s[j:]
}

// MouseIn shows the whole text of a cell cut to fit, as a tip.
func (c *tableCell) MouseIn(*desktop.MouseEvent) {
	if c.ui != nil && c.text.Text != c.full {
		c.ui.tips.hover(c)
	}
}

func (c *tableCell) MouseMoved(*desktop.MouseEvent) {}

func (c *tableCell) MouseOut() {
	if c.ui != nil && c.ui.tips.over == tipper(c) {
		c.ui.tips.hover(nil)
	}
}

// tip is the cell's whole text, when it was cut to fit.
func (c *tableCell) tip() string {
	if c.text.Text == c.full {
		return ""
	}
	return c.full
}

func (r *cellRenderer) Refresh() {
	r.width = -1
	r.Layout(r.c.Size())
	r.c.bg.Refresh()
	r.c.swatch.Refresh()
	r.c.text.Refresh()
}

func (r *cellRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.c.bg, r.c.swatch, r.c.text}
	if r.c.editor != nil {
		objs = append(objs, r.c.editor)
	}
	return objs
}

func (r *cellRenderer) Destroy() {}

// fitText cuts s to fit width, ending it with "…".
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if s == "" || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi { // the longest prefix that fits with the ellipsis
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(rs[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(rs[:lo]), " ") + "…"
}

// updateCell shows row id.Row, column id.Col of the model in a cell.
func (u *UI) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*tableCell)
	row := u.model.Row(id.Row)
	if row == nil {
		return
	}
	col := u.colAt(id.Col)
	_, sel := u.model.Selected()
	th := u.theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if id.Row == sel {
		c.bg.FillColor = th.Color(colorRowSelected, v)
	} else {
		c.bg.FillColor = color.Transparent
	}
	c.status = col == ColStatus
	c.swatch.Hidden = !c.status
	c.full = row.Cells[col]
	c.text.TextSize = theme.TextSize()
	c.text.TextStyle = fyne.TextStyle{Bold: c.status || col == ColValue}
	c.trailing = col == ColValue || col == ColConfidence || col == ColSources
	c.decimal = col == ColValue // the values line up on their decimal points
	c.pad = u.cellPadding()
	if c.status {
		clr := th.Color(statusColorName(row.Fact.Status), v)
		c.swatch.FillColor = clr
		c.text.Color = clr
	} else {
		c.text.Color = th.Color(theme.ColorNameForeground, v)
	}
	if col == ColValue && u.editing != nil && row.Fact.Key == *u.editing {
		if u.editorCell != nil && u.editorCell != c {
			u.editorCell.setEditor(nil)
		}
		u.editorCell = c
		c.setEditor(u.editor)
	} else if c.editor != nil {
		c.setEditor(nil)
		if u.editorCell == c {
			u.editorCell = nil
		}
	}
	c.Refresh()
}

// headerCell is a column header: tap to sort by the column, again to
// reverse. It is as dense as the cells, unlike a Button.
type headerCell struct {
	widget.BaseWidget
	text     *canvas.Text
	onTapped func()
	col      Column // the model's column it heads, once shown
}

func newHeaderCell() *headerCell {
	h := &headerCell{text: canvas.NewText("", color.Black), col: -1}
	h.text.TextStyle.Bold = true
	h.ExtendBaseWidget(h)
	return h
}

func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}

func (h *headerCell) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(layout.NewCustomPaddedLayout(cellPad, cellPad, cellPad, cellPad), h.text))
}

// editEntry is the value editor: Enter keeps the value, Escape leaves the
// value as it was.
type editEntry struct {
	widget.Entry
	onCancel func()
}

func newEditEntry() *editEntry {
	e := &editEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *editEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		if e.onCancel != nil {
			e.onCancel()
		}
		return
	}
	e.Entry.TypedKey(k)
}

// keep the editor's shortcuts (undo inside the typed text) its own
var _ desktop.Keyable = (*editEntry)(nil)
