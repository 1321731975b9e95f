package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// numKindOf is how a concept's figures are written.
func numKindOf(c parse.Concept) numKind {
	switch c.Kind {
	case parse.Ratio:
		return numPercent
	case parse.PerShare:
		return numPerShare
	case parse.Count:
		return numCount
	}
	return numMoney
}

// number rows: a heading gets a blank row above it.
func (st *statement) number() (last int) {
	row := firstDataRow
	for _, l := range st.lines {
		if l.kind == headingLine && row > firstDataRow {
			row++
		}
		l.row = row
		row++
	}
	return row - 1
}

// at writes a cell reference as seen from sheet from: B7, or 'Segments'!B7.
func (r ref) at(from *statement) string {
	a := cellName(r.col+2, r.line.row)
	if r.line.sheet != from {
		return quoteSheet(r.line.sheet.name) + "!" + a
	}
	return a
}

// text writes a formula as Excel reads it, seen from sheet from.
func (f *formula) text(from *statement) string {
	args := make([]string, len(f.args))
	for i, a := range f.args {
		args[i] = a.at(from)
	}
	switch f.op {
	case opSum:
		if f.parts != nil {
			return "SUM(" + f.parts.text(f.col, from) + ")"
		}
		if r, ok := f.contiguous(from); ok {
			return "SUM(" + r + ")"
		}
		return "SUM(" + strings.Join(args, ",") + ")"
	case opDiff:
		return args[0] + "-" + args[1]
	case opRatio:
		return args[0] + "/" + args[1]
	case opGrowth:
		cur, prior := args[0], args[1]
		return fmt.Sprintf(`IF(OR(%s="",%s=""),"",IF(OR(%s=0,SIGN(%s)<>SIGN(%s)),"n.m.",(%s-%s)/ABS(%s)))`, cur, prior, prior, cur, prior, cur, prior, prior)
	case opLink:
		return args[0]
	case opLinear:
		if r, ok := f.contiguous(from); ok && !slices.Contains(f.minus, true) {
			return "SUM(" + r + ")"
		}
		var b strings.Builder
		for i, a := range args {
			switch {
			case f.minus[i]:
				b.WriteString("-")
			case i > 0:
				b.WriteString("+")
			}
			b.WriteString(a)
		}
		return b.String()
	}
	return ""
}

// contiguous writes the parts of a sum as one range when they are the
// rows of one column without a gap: SUM(B8:B10).
func (f *formula) contiguous(from *statement) (string, bool) {
	if len(f.args) < 2 {
		return "", false
	}
	first := f.args[0]
	down, across := true, true // a column of rows, or a row of columns
	for i, a := range f.args {
		if a.line.sheet != first.line.sheet || a.col != first.col || a.line.row != first.line.row+i {
			down = false
		}
		if a.line != first.line || a.col != first.col+i {
			across = false
		}
	}
	if !down && !across {
		return "", false
	}
	last := f.args[len(f.args)-1]
	r := cellName(first.col+2, first.line.row) + ":" + cellName(last.col+2, last.line.row)
	if first.line.sheet != from {
		r = quoteSheet(first.line.sheet.name) + "!" + r
	}
	return r, true
}

// text writes the rows of a total's segments in column col as one range,
// seen from sheet from: B8:B10. A segment with no figure in the column
// adds nothing to the sum, and a figure typed there later flows in.
func (sp *segmentParts) text(col int, from *statement) string {
	var out []string
	for _, run := range sp.runs {
		r := cellName(col+2, run[0])
		if run[1] > run[0] {
			r += ":" + cellName(col+2, run[1])
		}
		if sp.sheet != from {
			r = quoteSheet(sp.sheet.name) + "!" + r
		}
		out = append(out, r)
	}
	return strings.Join(out, ",")
}

// formulaDecimals is the precision to show a formula's value with: the
// finest of its inputs, or a tenth of a percentage point for a ratio.
func formulaDecimals(c *cell) int {
	if c.f.op == opRatio || c.f.op == opGrowth {
		return 4
	}
	best := noDecimals
	if c.f.parts != nil {
		best = c.f.parts.cols[c.f.col].decimals
	}
	for _, a := range c.f.args {
		ac := a.cell()
		switch {
		case ac.kind == inputCell && ac.fact != nil:
			best = max(best, ac.fact.Decimals)
		case ac.kind == formulaCell:
			best = max(best, formulaDecimals(ac))
		}
	}
	if best == noDecimals {
		return 0
	}
	return best
}

// writeStatement writes one statement sheet: the header rows, a line per
// concept and segment with its inputs and formulas, a comment on every
// figure from the documents, the legend and, on Segments, a chart of
// revenue by segment.
func (b *bookWriter) writeStatement(co *company, st *statement) error {
	f, s := b.f, b.styles
	name := st.name
	lastRow := st.last
	legend := b.legend(co.currency)
	legendRow := lastRow + 2
	if len(st.lines) == 0 {
		legendRow = firstDataRow + 2
	}
	chart := b.segmentChart(co, st)
	lastCol := max(1+len(st.cols), 6)
	endRow := legendRow + len(legend) - 1
	title := co.entity + " · " + st.kind.String()
	if err := b.sheetSetup(sheetLayout{name: name, title: title, lastCol: lastCol, lastRow: endRow,
		headerRows: rowEnds, repeatLabels: true, tab: "1F4E79"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, labelWidth(st)); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, lastCol, periodWidth); err != nil {
		return err
	}
	for i, c := range st.cols {
		if c.forecast { // the forecast columns fold away as one group
			if err := sw.SetColOutlineLevel(i+2, 1); err != nil {
				return err
			}
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: rowEnds, TopLeftCell: cellName(2, firstDataRow), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	units := unitText(parse.Concept{Kind: parse.Monetary}, co.currency, b.scale)
	rows := [][]any{
		{excelize.Cell{StyleID: s.text("title"), Value: co.entity + " — " + st.kind.String()}},
		{excelize.Cell{StyleID: s.text("units"), Value: units}},
		b.keyRow(),
	}
	groups := make([]any, 1+len(st.cols))
	periods := make([]any, 1+len(st.cols))
	ends := make([]any, 1+len(st.cols))
	periods[0] = excelize.Cell{StyleID: s.text("periodLabel"), Value: "Period"}
	ends[0] = excelize.Cell{StyleID: s.text("endsLabel"), Value: ""}
	var merges [][2]string
	sameGroup := func(a, b column) bool { return a.group == b.group && a.forecast == b.forecast }
	for i, c := range st.cols {
		if i == 0 || !sameGroup(st.cols[i-1], c) {
			groups[i+1] = excelize.Cell{StyleID: s.text("group"), Value: groupTitle(c)}
			j := i
			for j+1 < len(st.cols) && sameGroup(st.cols[j+1], c) {
				j++
			}
			if j > i {
				merges = append(merges, [2]string{cellName(i+2, rowGroups), cellName(j+2, rowGroups)})
			}
		} else {
			groups[i+1] = excelize.Cell{StyleID: s.text("group")}
		}
		style := "period"
		if c.forecast {
			style = "periodForecast"
		}
		periods[i+1] = excelize.Cell{StyleID: s.text(style), Value: c.label}
		ends[i+1] = excelize.Cell{StyleID: s.text("ends"), Value: c.ends}
	}
	rows = append(rows, groups, periods, ends)
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+1), r); err != nil {
			return err
		}
	}
	if len(st.lines) == 0 {
		msg := fmt.Sprintf("No %s figures were found in the documents of %s.", strings.ToLower(st.kind.String()), co.entity)
		if err := sw.SetRow(cellName(1, firstDataRow), []any{excelize.Cell{StyleID: s.text("empty"), Value: msg}}); err != nil {
			return err
		}
	}
	notes := b.comments.sheet(name)
	for _, l := range st.lines {
		row := make([]any, 1+len(st.cols))
		row[0] = excelize.Cell{StyleID: s.text(labelStyle(l)), Value: l.label}
		cells := co.cellsOf(l)
		for i := range cells {
			c := &cells[i]
			if c.empty() {
				continue
			}
			row[i+1] = b.statementCell(st, l, c)
			if src := linked(c); src != nil {
				notes.add(i+2, l.row, b.linkNote(c, src))
				continue
			}
			if c.kind == guideCell {
				notes.add(i+2, l.row, b.guideNote(c, titleOf(c.fact, co.cal)))
				continue
			}
			if c.fact == nil {
				if derived(l, c) {
					notes.add(i+2, l.row, b.derivedNote(c))
				}
				continue
			}
			title := titleOf(c.fact, co.cal)
			if c.kind == inputCell {
				n := b.factNote(c.fact, title)
				b.noteDoubts(n, l, i)
				notes.add(i+2, l.row, n)
			} else if l.link == nil {
				notes.add(i+2, l.row, b.formulaNote(c, title))
			}
		}
		if err := sw.SetRow(cellName(1, l.row), row, excelize.RowOpts{OutlineLevel: l.outline}); err != nil {
			return err
		}
	}
	if err := b.writeNotes(sw, legendRow, lastCol, labelWidth(st)+periodWidth*float64(lastCol-1), legend); err != nil {
		return err
	}
	if chart != nil {
		// the chart prints on a page of its own
		if err := sw.InsertPageBreak(cellName(1, endRow+2)); err != nil {
			return err
		}
	}
	for _, m := range merges {
		if err := sw.MergeCell(m[0], m[1]); err != nil {
			return err
		}
	}
	if err := notes.close(); err != nil {
		return err
	}
	if chart != nil {
		if err := f.AddChart(name, cellName(1, endRow+3), chart); err != nil {
			return fmt.Errorf("the revenue chart: %w", err)
		}
	}
	return sw.Flush()
}

// noteDoubts adds to a figure's comment what the workbook's own
// arithmetic says against it.
func (b *bookWriter) noteDoubts(n *note, l *line, col int) {
	for _, rc := range l.checks {
		if rc.at.col != col || rc.holds || rc.rounding {
			continue
		}
		info := rc.stated.ConceptInfo()
		n.para(bold, "Workbook: ", plain, capitalize(rc.f.what())+" gives "+
			valueText(rc.value, formulaDecimals(&cell{f: rc.f}), info, rc.stated.Currency, b.scale)+
			", not the stated "+valueText(rc.stated.Value, rc.stated.Decimals, info, rc.stated.Currency, b.scale)+"; the Checks sheet shows both.")
	}
}

func labelStyle(l *line) string {
	switch l.kind {
	case headingLine:
		return "heading"
	case growthLine, shareLine:
		return fmt.Sprintf("growth%d", min(l.indent, 3))
	}
	if l.total {
		return "total"
	}
	if l.indent > 0 {
		return fmt.Sprintf("label%d", min(l.indent, 3))
	}
	return "label"
}

// labelWidth fits the label column to its longest label.
func labelWidth(st *statement) float64 {
	w := 30
	for _, l := range st.lines {
		w = max(w, len([]rune(l.label))+2*l.indent+2)
	}
	return float64(min(w, 60))
}

// linked is the cell a link repeats (Summary's revenue is the Segments
// sheet's), or nil.
func linked(c *cell) *cell {
	if c.kind != formulaCell || c.f.op != opLink {
		return nil
	}
	return c.f.args[0].cell()
}

// statementCell is the value, formula and style of one figure. A link
// wears the mark of the figure it repeats, so a doubt shows on Summary too.
func (b *bookWriter) statementCell(st *statement, l *line, c *cell) excelize.Cell {
	shown := c
	if src := linked(c); src != nil {
		shown = src
	}
	cs := cellStyle{num: numKindOf(l.concept), font: colorFormula, bold: l.total, mark: markOf(shown.fact)}
	if shown.doubt && cs.mark < markCheck {
		cs.mark = markCheck
	}
	if l.kind == growthLine || l.kind == shareLine {
		cs = cellStyle{num: numPercent, font: colorMuted, italic: true}
	}
	if c.kind == guideCell {
		cs.font = colorGuidance
		return excelize.Cell{StyleID: b.styles.number(cs), Value: b.shown(l.concept, c.value)}
	}
	if c.kind == inputCell {
		cs.font = colorInput
		return excelize.Cell{StyleID: b.styles.number(cs), Value: b.shown(l.concept, c.value)}
	}
	cs.italic = cs.italic || derived(l, c)
	out := excelize.Cell{StyleID: b.styles.number(cs), Formula: c.f.text(st)}
	switch {
	case c.blank:
		out.Value = ""
	case c.nm:
		out.Value = "n.m."
	case l.kind == growthLine || l.kind == shareLine:
		out.Value = toFloat(c.value)
	default:
		out.Value = b.shown(l.concept, c.value)
	}
	return out
}

// segmentChart charts revenue by segment over one group of periods (the
// quarters, when there are most of those) as stacked columns.
func (b *bookWriter) segmentChart(co *company, st *statement) *excelize.Chart {
	if st.kind != parse.Segments {
		return nil
	}
	var segs []*line
	for _, l := range st.lines {
		if l.kind == figureLine && l.key.concept == "Revenue" && l.key.segment != "" && l.key.currency == co.currency && !co.outsideSum(l.key.segment) {
			segs = append(segs, l)
		}
	}
	if len(segs) == 0 {
		return nil
	}
	best, bestN := periodGroup(-1), 0
	for g := groupQuarter; g <= groupOther; g++ {
		n := 0
		for i, c := range st.cols {
			if c.group == g && st.segmentRevenue[i] {
				n++
			}
		}
		if n > bestN {
			best, bestN = g, n
		}
	}
	if bestN == 0 {
		return nil
	}
	first, last := -1, -1
	for i, c := range st.cols {
		if c.group == best && !c.forecast { // actuals only: the timeline's run of them, gaps shown as gaps
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	sheet := quoteSheet(st.name)
	abs := func(col, row int) string { return "$" + colName(col) + "$" + fmt.Sprint(row) }
	categories := fmt.Sprintf("%s!%s:%s", sheet, abs(first+2, rowPeriods), abs(last+2, rowPeriods))
	var series []excelize.ChartSeries
	for _, l := range segs {
		series = append(series, excelize.ChartSeries{
			Name:       sheet + "!" + abs(1, l.row),
			Categories: categories,
			Values:     fmt.Sprintf("%s!%s:%s", sheet, abs(first+2, l.row), abs(last+2, l.row)),
		})
	}
	units := unitText(parse.Concept{Kind: parse.Monetary}, co.currency, b.scale)
	axisFmt := strings.SplitN(moneyFormat(b.scale), ";", 2)[0]
	show, zero := false, 0.0
	return &excelize.Chart{
		Type:         excelize.ColStacked,
		Series:       series,
		Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Revenue by segment, " + strings.ToLower(groupTitles[best]) + " (" + units + ")", Font: &excelize.Font{Bold: true, Size: 11}}}},
		Legend:       excelize.ChartLegend{Position: "bottom"},
		XAxis:        excelize.ChartAxis{Font: excelize.Font{Color: "404040", Size: 9}},
		YAxis:        excelize.ChartAxis{MajorGridLines: true, Minimum: &zero, NumFmt: excelize.ChartNumFmt{CustomNumFmt: axisFmt}, Font: excelize.Font{Color: "404040", Size: 9}},
		Dimension:    excelize.ChartDimension{Width: uint(max(480, min(960, 90*(last-first+1)+160))), Height: 300},
		PlotArea:     excelize.ChartPlotArea{ShowVal: show},
		ShowBlanksAs: "gap",
	}
}

// groupTitle heads a run of columns of one kind.
func groupTitle(c column) string {
	if c.forecast {
		if c.group == groupYear {
			return "Next year"
		}
		return "Next four quarters"
	}
	return groupTitles[c.group]
}

// derived reports a formula that stands for a figure no document states:
// a total from its parts, a year from its quarters, a quarter from its
// year, free cash flow, net debt. It is set in italics, with a comment
// saying so.
func derived(l *line, c *cell) bool {
	if l.kind != figureLine || l.link != nil || c.kind != formulaCell || c.fact != nil {
		return false
	}
	return c.f.op == opSum || c.f.op == opLinear || c.f.op == opDiff
}
