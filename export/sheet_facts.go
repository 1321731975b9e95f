package export

import (
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// factColumns are the Facts sheet's columns, XBRL-style, with widths.
var factColumns = []struct {
	name  string
	width float64
}{
	{"Company", 18}, {"Concept", 34}, {"Label", 30}, {"Segment", 22}, {"Scenario", 10}, {"Range", 9},
	{"Period", 11}, {"Start", 12}, {"End", 12}, {"Period type", 10}, {"Unit", 16}, {"Decimals", 9},
	{"Value", 20}, {"Status", 13}, {"Confidence", 11}, {"Sources", 8}, {"Where", 44}, {"Quote", 80},
	{"Findings and notes", 60},
}

// writeFacts streams one row per fact into an Excel table with filters.
// Nothing is kept per fact beyond the row being written, so a million
// facts fit in the same memory as a hundred.
func (b *bookWriter) writeFacts() error {
	f, s := b.f, b.styles
	const name = "Facts"
	n := len(b.facts)
	lastCol := len(factColumns)
	if err := b.sheetSetup(sheetLayout{name: name, title: "Facts", lastCol: lastCol, lastRow: n + 1, headerRows: 1, printArea: true, tab: "7F7F7F"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, c := range factColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	header := make([]any, lastCol)
	for i, c := range factColumns {
		header[i] = excelize.Cell{StyleID: s.text("header"), Value: c.name}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	dateID, intID, pctID := s.text("date"), s.text("int"), s.text("pct0")
	cals := map[string]parse.Calendar{}
	row := make([]any, lastCol)
	for i, fact := range b.facts {
		info := fact.ConceptInfo()
		cal, ok := cals[fact.Entity]
		if !ok {
			cal = b.rep.CalendarOf(fact.Entity)
			cals[fact.Entity] = cal
		}
		for j := range row {
			row[j] = nil
		}
		row[0] = fact.Entity
		row[1] = info.XBRL
		row[2] = info.Label
		row[3] = fact.Segment
		row[4] = "actual"
		if fact.Scenario == parse.Forecast {
			row[4] = "guidance"
			row[5] = map[parse.Bound]string{parse.Min: "low", parse.Max: "high"}[fact.Bound]
		}
		row[6] = periodLabel(cal, fact.Period)
		if !fact.Period.IsInstant() {
			row[7] = excelize.Cell{StyleID: dateID, Value: dateOf(fact.Period.Start)}
			row[9] = "duration"
		} else {
			row[9] = "instant"
		}
		row[8] = excelize.Cell{StyleID: dateID, Value: dateOf(fact.Period.End)}
		row[10] = unitOf(fact)
		row[11] = excelize.Cell{StyleID: intID, Value: fact.Decimals}
		row[12] = excelize.Cell{StyleID: s.number(cellStyle{raw: true, places: placesOf(fact), font: colorFormula, mark: markOf(fact)}), Value: toFloat(fact.Value)}
		row[13] = fact.StatusText()
		row[14] = excelize.Cell{StyleID: pctID, Value: fact.Confidence}
		row[15] = excelize.Cell{StyleID: intID, Value: len(fact.Sources)}
		row[16] = b.whereText(fact)
		if len(fact.Sources) > 0 {
			pre, fig, post := snippet(fact.Sources[0], 150, 110)
			row[17] = strings.TrimSpace(pre + fig + post)
		}
		row[18] = findingsText(fact)
		if err := sw.SetRow(cellName(1, i+2), row); err != nil {
			return err
		}
		b.progress.add(1)
	}
	if n > 0 {
		// An Excel table needs a row of data under its header.
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + cellName(lastCol, n+1), Name: "Facts", StyleName: "TableStyleLight9"}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// dateOf is a day as Excel stores it.
func dateOf(d parse.Date) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// unitOf is a fact's unit as XBRL names it; a ratio is pure.
func unitOf(f *parse.Fact) string {
	switch f.ConceptInfo().Kind {
	case parse.Monetary:
		return "iso4217:" + f.Currency
	case parse.PerShare:
		return "iso4217:" + f.Currency + "/xbrli:shares"
	}
	return "xbrli:pure"
}

// placesOf is the number of decimal places a value needs to be shown
// exactly.
func placesOf(f *parse.Fact) int {
	if _, frac, ok := strings.Cut(f.Value.String(), "."); ok {
		return min(len(frac), 12)
	}
	return 0
}

// whereText lists where a fact was read: "call.txt, line 12; report.txt, line 40".
func (b *bookWriter) whereText(f *parse.Fact) string {
	var parts []string
	for i, m := range f.Sources {
		if i == 4 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, b.lines.where(m))
	}
	return strings.Join(parts, "; ")
}

// findingsText is what a reviewer should know of a fact, in one cell: the
// checks that fail against it and its notes.
func findingsText(f *parse.Fact) string {
	var parts []string
	for _, fd := range f.Findings {
		if against(fd, f) {
			parts = append(parts, fd.Message)
		}
	}
	parts = append(parts, f.Notes...)
	return truncate(strings.Join(parts, " | "), 2000)
}
