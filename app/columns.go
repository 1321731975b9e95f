package app

// The table's columns as the person wants them: which are shown (the
// company's only when several companies are open, unless the person says
// otherwise), how wide, and how dense the rows are. The choices are kept
// in the app's preferences.

import (
	"fmt"
	"strconv"
	"strings"
)

const (
	prefHiddenColumns = "hiddenColumns" // column titles, "|"-separated
	prefColumnWidths  = "columnWidths"  // "title=width|…"
	prefCompact       = "compactRows"
	prefCompanyColumn = "companyColumn" // "on", "off", or "": when several companies are open
)

// layoutColumns decides the columns shown: those the person has not
// hidden, and the company's right after the status when several
// companies are open (or when the person asked for it).
func (u *UI) layoutColumns() {
	hidden := u.hiddenColumns()
	several := u.model != nil && len(u.model.Report().Entities()) > 1
	company := several
	switch u.app.Preferences().String(prefCompanyColumn) {
	case "on":
		company = true
	case "off":
		company = false
	}
	cols := []Column{ColStatus}
	if company {
		cols = append(cols, ColCompany)
	}
	for c := ColConcept; c < numColumns; c++ {
		if c != ColCompany && !hidden[c] {
			cols = append(cols, c)
		}
	}
	u.columns = cols
	widths := u.savedWidths()
	for i, c := range cols {
		w := columnWidths[c]
		if sw, ok := widths[c]; ok {
			w = sw
		}
		u.table.SetColumnWidth(i, w)
	}
	u.table.Refresh()
}

// colAt is the model's column shown at table column i.
func (u *UI) colAt(i int) Column {
	if i >= 0 && i < len(u.columns) {
		return u.columns[i]
	}
	return ColStatus
}

// tableCol is the table column a model column is shown at, -1 if hidden.
func (u *UI) tableCol(c Column) int {
	for i, x := range u.columns {
		if x == c {
			return i
		}
	}
	return -1
}

func (u *UI) hiddenColumns() map[Column]bool {
	out := map[Column]bool{}
	for _, title := range strings.Split(u.app.Preferences().String(prefHiddenColumns), "|") {
		for c := Column(0); c < numColumns; c++ {
			if columnTitles[c] == title {
				out[c] = true
			}
		}
	}
	return out
}

// showColumn shows or hides a column, and remembers it. The status,
// concept and value are always shown.
func (u *UI) showColumn(c Column, on bool) {
	switch c {
	case ColStatus, ColConcept, ColValue:
		return
	case ColCompany:
		u.app.Preferences().SetString(prefCompanyColumn, map[bool]string{true: "on", false: "off"}[on])
	default:
		hidden := u.hiddenColumns()
		hidden[c] = !on
		var titles []string
		for x := Column(0); x < numColumns; x++ {
			if hidden[x] {
				titles = append(titles, columnTitles[x])
			}
		}
		u.app.Preferences().SetString(prefHiddenColumns, strings.Join(titles, "|"))
	}
	u.layoutColumns()
	u.buildMenu()
}

// columnShown reports whether a column is in the table.
func (u *UI) columnShown(c Column) bool { return u.tableCol(c) >= 0 }

func (u *UI) savedWidths() map[Column]float32 {
	out := map[Column]float32{}
	for _, part := range strings.Split(u.app.Preferences().String(prefColumnWidths), "|") {
		title, w, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(w, 32)
		if err != nil || f < 30 || f > 2000 {
			continue
		}
		for c := Column(0); c < numColumns; c++ {
			if columnTitles[c] == title {
				out[c] = float32(f)
			}
		}
	}
	return out
}

// rememberWidths keeps the widths of the columns whose headers are in
// view, after the person dragged one.
func (u *UI) rememberWidths() {
	widths := u.savedWidths()
	for _, h := range u.headers {
		if h.col >= 0 && h.Visible() && h.Size().Width > 0 {
			widths[h.col] = h.Size().Width
		}
	}
	var parts []string
	for c := Column(0); c < numColumns; c++ {
		if w, ok := widths[c]; ok {
			parts = append(parts, fmt.Sprintf("%s=%.0f", columnTitles[c], w))
		}
	}
	u.app.Preferences().SetString(prefColumnWidths, strings.Join(parts, "|"))
}

// setCompact makes the rows dense or roomy, and remembers it.
func (u *UI) setCompact(on bool) {
	u.app.Preferences().SetBool(prefCompact, on)
	u.compact = on
	u.table.Refresh()
	u.buildMenu()
}

// cellPadding is the space above and below a cell's text.
func (u *UI) cellPadding() float32 {
	if u.compact {
		return 2
	}
	return cellPad
}
