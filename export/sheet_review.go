package export

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// guided is one guided figure: a point, or a range's two ends, and the
// actual of the same period once a document reports it.
type guided struct {
	key              parse.Key // Bound is Point
	point, low, high *parse.Fact
	actual           *parse.Fact
	concept          parse.Concept
	cal              parse.Calendar
	entityOrder      int
}

// guidance pairs each guided figure with its actual. The guided figures
// are gathered first and only their actuals looked up, so the memory this
// takes follows the guidance, not every fact of the report.
func (b *bookWriter) guidance() []*guided {
	order := map[string]int{}
	for i, e := range b.rep.Entities() {
		order[e] = i
	}
	byKey := map[parse.Key]*guided{}
	var out []*guided
	for _, f := range b.facts {
		if f.Scenario != parse.Forecast {
			continue
		}
		k := f.Key
		k.Bound = parse.Point
		g := byKey[k]
		if g == nil {
			g = &guided{key: k, concept: f.ConceptInfo(), cal: b.rep.CalendarOf(f.Entity), entityOrder: order[f.Entity]}
			byKey[k] = g
			out = append(out, g)
		}
		switch f.Bound {
		case parse.Min:
			g.low = f
		case parse.Max:
			g.high = f
		default:
			g.point = f
		}
	}
	if len(out) > 0 {
		for _, f := range b.facts {
			if f.Scenario != parse.Actual {
				continue
			}
			k := f.Key
			k.Scenario = parse.Forecast
			if g := byKey[k]; g != nil {
				g.actual = f
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.entityOrder != b.entityOrder {
			return a.entityOrder < b.entityOrder
		}
		if a.key.Period != b.key.Period {
			return a.key.Period.SortKey() < b.key.Period.SortKey()
		}
		if a.concept.Order != b.concept.Order {
			return a.concept.Order < b.concept.Order
		}
		return a.key.Segment < b.key.Segment
	})
	return out
}

var guidanceColumns = []struct {
	name  string
	width float64
}{
	{"Company", 18}, {"Figure", 30}, {"Segment", 20}, {"Period", 11}, {"Unit", 14}, {"Low", 12}, {"High", 12},
	{"Guided", 12}, {"Actual", 12}, {"Difference", 12}, {"Difference %", 12}, {"Status", 16}, {"Source", 44},
}

// writeGuidance writes each guided figure beside the actual of the same
// period, and the difference, so that a modeller sees guided against
// delivered.
func (b *bookWriter) writeGuidance() error {
	f, s := b.f, b.styles
	const name = "Guidance"
	gs := b.guidance()
	const headerRow = 4
	last := headerRow + max(len(gs), 1)
	legend := []string{
		"Guided: the figure guided, or the middle of a guided range (a formula over Low and High). Actual: what the documents report for the same period, once reported.",
		"Difference: actual less guided; for money and per-share figures also as a share of the guided figure; for margins and rates in percentage points.",
		"Money in " + scaleWord(b.scale) + "s of each row's currency (the Unit column), as the cells hold it; each figure's comment gives it exactly.",
	}
	if err := b.sheetSetup(sheetLayout{name: name, title: "Guidance against actuals", lastCol: len(guidanceColumns), lastRow: last + 1 + len(legend), headerRows: headerRow, printArea: true, tab: "548235"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, c := range guidanceColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: headerRow, TopLeftCell: cellName(3, headerRow+1), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	header := make([]any, len(guidanceColumns))
	for i, c := range guidanceColumns {
		header[i] = excelize.Cell{StyleID: s.text("header"), Value: c.name}
	}
	rows := [][]any{
		{excelize.Cell{StyleID: s.text("title"), Value: "Guidance against actuals"}},
		{excelize.Cell{StyleID: s.text("units"), Value: "Each guided figure (a point or a range) beside the actual once a document reports it"}},
		b.keyRow(),
		header,
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+1), r); err != nil {
			return err
		}
	}
	if len(gs) == 0 {
		if err := sw.SetRow(cellName(1, headerRow+1), []any{excelize.Cell{StyleID: s.text("empty"), Value: "No guidance was found in the documents."}}); err != nil {
			return err
		}
	}
	notes := b.comments.sheet(name)
	for i, g := range gs {
		r := headerRow + 1 + i
		num := numKindOf(g.concept)
		input := func(fact *parse.Fact, col int) any {
			if fact == nil {
				return nil
			}
			notes.add(col, r, b.factNote(fact, titleOf(fact, g.cal)))
			return excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorInput, mark: markOf(fact)}), Value: b.shown(g.concept, fact.Value)}
		}
		formula := func(text string, v any, kind numKind) any {
			return excelize.Cell{StyleID: s.number(cellStyle{num: kind, font: colorFormula}), Formula: text, Value: v}
		}
		F, G, H, I, J := cellName(6, r), cellName(7, r), cellName(8, r), cellName(9, r), cellName(10, r)
		row := make([]any, len(guidanceColumns))
		row[0] = g.key.Entity
		row[1] = g.concept.Label
		row[2] = g.key.Segment
		row[3] = periodLabel(g.cal, g.key.Period)
		row[4] = unitText(g.concept, g.key.Currency, b.scale)
		row[5] = input(g.low, 6)
		row[6] = input(g.high, 7)
		var mid decimal.Decimal
		switch {
		case g.point != nil:
			row[7] = input(g.point, 8)
			mid = g.point.Value
		case g.low != nil && g.high != nil:
			mid = g.low.Value.Add(g.high.Value).Div(decimal.NewFromInt(2))
			row[7] = formula(fmt.Sprintf("AVERAGE(%s,%s)", F, G), b.shown(g.concept, mid), num)
		case g.low != nil:
			mid = g.low.Value
			row[7] = formula(F, b.shown(g.concept, mid), num)
		default:
			mid = g.high.Value
			row[7] = formula(G, b.shown(g.concept, mid), num)
		}
		if g.actual != nil {
			row[8] = input(g.actual, 9)
			diff := g.actual.Value.Sub(mid)
			row[9] = formula(I+"-"+H, b.shown(g.concept, diff), num)
			if num != numPercent {
				if mid.IsZero() {
					row[10] = formula(fmt.Sprintf(`IF(%s=0,"n.m.",%s/ABS(%s))`, H, J, H), "n.m.", numPercent)
				} else {
					row[10] = formula(fmt.Sprintf(`IF(%s=0,"n.m.",%s/ABS(%s))`, H, J, H), toFloat(diff.DivRound(mid.Abs(), 16)), numPercent)
				}
			}
		} else {
			row[8] = excelize.Cell{StyleID: s.text("pending"), Value: "not yet reported"}
		}
		row[11] = guidanceStatus(g)
		row[12] = b.whereText(firstOf(g.point, g.low, g.high))
		if err := sw.SetRow(cellName(1, r), row); err != nil {
			return err
		}
	}
	width := 0.0
	for _, c := range guidanceColumns[:8] {
		width += c.width
	}
	if err := b.writeNotes(sw, last+2, 8, width, legend); err != nil {
		return err
	}
	if err := notes.close(); err != nil {
		return err
	}
	return sw.Flush()
}

func firstOf(fs ...*parse.Fact) *parse.Fact {
	for _, f := range fs {
		if f != nil {
			return f
		}
	}
	return nil
}

// guidanceStatus is the least settled status of a guided figure's facts.
func guidanceStatus(g *guided) string {
	worst := parse.Confirmed
	rank := map[parse.Status]int{parse.Confirmed: 0, parse.Corrected: 1, parse.Found: 2, parse.NeedsReview: 3, parse.Conflict: 4}
	for _, f := range []*parse.Fact{g.point, g.low, g.high} {
		if f != nil && rank[f.Status] >= rank[worst] {
			worst = f.Status
		}
	}
	return worst.String()
}

var checkColumns = []struct {
	name  string
	width float64
}{
	{"Result", 10}, {"Check", 14}, {"Company", 18}, {"Figure", 34}, {"Period", 11}, {"Unit", 14},
	{"Stated", 13}, {"Computed", 13}, {"Difference", 13}, {"Explanation", 90},
}

// checkCount is how many stated figures of the statement sheets stand
// beside a formula weighed against them.
func (b *bookWriter) checkCount() int {
	n := 0
	for _, co := range b.companies {
		for _, st := range co.sheets {
			for _, l := range st.lines {
				n += l.nChecks
			}
		}
	}
	return n
}

// eachCheck calls fn with every stated figure of the statement sheets
// beside a formula weighed against it, company by company, sheet by
// sheet, in row and then column order, its slice loaded so that its
// cells can be read.
func (b *bookWriter) eachCheck(fn func(*reconciliation) error) error {
	for _, co := range b.companies {
		for _, st := range co.sheets {
			for _, l := range st.lines {
				if l.kind != figureLine || l.nChecks == 0 {
					continue
				}
				co.load(l.slice)
				for i := range l.checks {
					if err := fn(&l.checks[i]); err != nil {
						return err
					}
				}
			}
		}
		co.releaseAll()
	}
	return nil
}

// checkKindText names a kind of check for a person.
var checkKindText = map[parse.FindingKind]string{
	parse.SumCheck:      "sum",
	parse.MarginCheck:   "margin",
	parse.GrowthCheck:   "growth",
	parse.DiffCheck:     "gross profit",
	parse.ConflictCheck: "sources",
	parse.ReadingCheck:  "reading",
}

// writeChecks writes every stated figure beside the formula that computes
// it in the workbook, then every finding of Facet's checks with the
// figures involved and what they imply.
func (b *bookWriter) writeChecks() error {
	f, s := b.f, b.styles
	const name = "Checks"
	nRecs := b.checkCount()
	findings := append([]*parse.Finding(nil), b.rep.Findings...)
	// the facts the findings name, found in one pass
	b.byKey = map[parse.Key]*parse.Fact{}
	for _, fd := range findings {
		for _, k := range fd.Keys {
			b.byKey[k] = nil
		}
	}
	for _, f := range b.facts {
		if _, ok := b.byKey[f.Key]; ok {
			b.byKey[f.Key] = f
		}
	}
	rank := func(fd *parse.Finding) int {
		switch {
		case !fd.OK && !fd.Resolved:
			return 0
		case fd.Resolved:
			return 1
		}
		return 2
	}
	sort.SliceStable(findings, func(i, j int) bool { return rank(findings[i]) < rank(findings[j]) })
	const headerRow = 4
	secondTitle := headerRow + 1 + max(nRecs, 1) + 1
	secondHeader := secondTitle + 1
	last := secondHeader + max(len(findings), 1)
	if err := b.sheetSetup(sheetLayout{name: name, title: "Checks", lastCol: len(checkColumns), lastRow: last, headerRows: headerRow, printArea: true, tab: "C00000"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, c := range checkColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellName(1, headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	// one header for both parts: it is the one repeated on printed pages
	header := func() []any {
		h := make([]any, len(checkColumns))
		for i, c := range checkColumns {
			h[i] = excelize.Cell{StyleID: s.text("header"), Value: c.name}
		}
		return h
	}
	put := func(r int, row []any) error { return sw.SetRow(cellName(1, r), row) }
	// a row tall enough for its explanation, wrapped: a stream writer's
	// rows are not fitted to their text
	putTall := func(r int, row []any, text string) error {
		return sw.SetRow(cellName(1, r), row, excelize.RowOpts{Height: wrappedHeight(text, checkColumns[9].width)})
	}
	if err := put(1, []any{excelize.Cell{StyleID: s.text("title"), Value: "Checks"}}); err != nil {
		return err
	}
	if err := put(2, []any{excelize.Cell{StyleID: s.text("units"), Value: "Amounts in " + scaleWord(b.scale) + "s of each row's currency (the Unit column), as the cells hold them; margins in %. The Facts sheet keeps every exact value."}}); err != nil {
		return err
	}
	if err := put(3, []any{excelize.Cell{StyleID: s.text("section"), Value: "Stated figures beside the workbook's formulas"}}); err != nil {
		return err
	}
	if err := put(headerRow, header()); err != nil {
		return err
	}
	notes := b.comments.sheet(name)
	if nRecs == 0 {
		if err := put(headerRow+1, []any{excelize.Cell{StyleID: s.text("empty"), Value: "No stated figure can be computed from others in this workbook."}}); err != nil {
			return err
		}
	}
	r := headerRow
	err = b.eachCheck(func(rc *reconciliation) error {
		r++
		st := rc.at.line.sheet
		info := rc.stated.ConceptInfo()
		num := numKindOf(info)
		cal := b.rep.CalendarOf(rc.stated.Entity)
		G, H := cellName(7, r), cellName(8, r)
		gives := func() string {
			return capitalize(rc.f.what()) + " gives " + valueText(rc.value, formulaDecimals(&cell{f: rc.f}), info, rc.stated.Currency, b.scale) +
				", not the " + valueText(rc.stated.Value, rc.stated.Decimals, info, rc.stated.Currency, b.scale) + " stated"
		}
		// The Stated column refers to the statement cell when that cell
		// holds the stated figure; when a formula stands there, the figure
		// is written here as an input, with its sources.
		stated := excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorFormula, mark: markOf(rc.stated), top: true}), Formula: rc.at.at(nil), Value: b.shown(info, rc.stated.Value)}
		if rc.at.cell().kind == formulaCell {
			stated = excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorInput, mark: markOf(rc.stated), top: true}), Value: b.shown(info, rc.stated.Value)}
			notes.add(7, r, b.factNote(rc.stated, titleOf(rc.stated, cal)))
		}
		computed := excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorFormula, top: true}), Formula: rc.f.text(nil), Value: b.shown(info, rc.value)}
		var verdict, style, why string
		switch {
		case rc.holds && rc.at.cell().kind == formulaCell:
			computed.Formula = rc.at.at(nil)
			verdict, style = "agrees", "hold"
			why = fmt.Sprintf("The %s sheet computes this as %s, which gives the stated figure once rounded as the documents round it; the formula stands in the sheet.", st.name, rc.f.what())
		case rc.holds:
			verdict, style = "agrees", "hold"
			why = fmt.Sprintf("%s gives the stated figure once rounded as the documents round it. The %s sheet keeps the stated figure, typed.", capitalize(rc.f.what()), st.name)
		case rc.at.cell().kind == formulaCell:
			verdict, style = "differs", "fail"
			if rc.rounding {
				verdict, style = "rounding", "hold"
			}
			why = fmt.Sprintf("%s. The %s sheet holds another formula, which does give it.", gives(), st.name)
		case rc.rounding:
			verdict, style = "rounding", "hold"
			why = fmt.Sprintf("%s, a difference the rounding of its inputs explains. The %s sheet keeps the stated figure.", gives(), st.name)
		default:
			verdict, style = "differs", "fail"
			cause := "one of the figures is wrong, or they are not measured alike (a segment's figure read as the company's?); check their sources"
			if rc.f.op == opSum {
				cause = "the documents may leave out a part, corporate costs or eliminations, or one of the figures is wrong"
			}
			why = fmt.Sprintf("%s: %s. The %s sheet keeps the stated figure.", gives(), cause, st.name)
		}
		row := make([]any, len(checkColumns))
		row[0] = excelize.Cell{StyleID: s.text(style), Value: verdict}
		row[9] = excelize.Cell{StyleID: s.text("wrap"), Value: why}
		row[1] = excelize.Cell{StyleID: s.text("top"), Value: "formula"}
		row[2] = excelize.Cell{StyleID: s.text("top"), Value: rc.stated.Entity}
		row[3] = excelize.Cell{StyleID: s.text("top"), Value: figureText(rc.stated)}
		row[4] = excelize.Cell{StyleID: s.text("top"), Value: periodLabel(cal, rc.stated.Period)}
		row[5] = excelize.Cell{StyleID: s.text("top"), Value: unitText(info, rc.stated.Currency, b.scale)}
		row[6], row[7] = stated, computed
		row[8] = excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorFormula, top: true}), Formula: G + "-" + H, Value: b.shown(info, rc.stated.Value.Sub(rc.value))}
		return putTall(r, row, row[9].(excelize.Cell).Value.(string))
	})
	if err != nil {
		return err
	}
	if err := put(secondTitle, []any{excelize.Cell{StyleID: s.text("section"), Value: "Facet's checks on the figures"}}); err != nil {
		return err
	}
	if err := put(secondHeader, header()); err != nil {
		return err
	}
	if len(findings) == 0 {
		if err := put(secondHeader+1, []any{excelize.Cell{StyleID: s.text("empty"), Value: "No check could be run on these figures."}}); err != nil {
			return err
		}
	}
	for i, fd := range findings {
		r := secondHeader + 1 + i
		row := make([]any, len(checkColumns))
		switch rank(fd) {
		case 0:
			row[0] = excelize.Cell{StyleID: s.text("fail"), Value: "fails"}
		case 1:
			row[0] = excelize.Cell{StyleID: s.text("resolved"), Value: "resolved"}
		default:
			row[0] = excelize.Cell{StyleID: s.text("hold"), Value: "holds"}
		}
		row[1] = excelize.Cell{StyleID: s.text("top"), Value: checkKindText[fd.Kind]}
		subj := fd.Subject
		if subj.Concept == "" && len(fd.Keys) > 0 {
			subj = fd.Keys[0]
		}
		info, _ := parse.LookupConcept(subj.Concept)
		num := numKindOf(info)
		cal := b.rep.CalendarOf(subj.Entity)
		row[2] = excelize.Cell{StyleID: s.text("top"), Value: subj.Entity}
		if subj.Concept != "" {
			row[3] = excelize.Cell{StyleID: s.text("top"), Value: keyText(subj)}
			row[4] = excelize.Cell{StyleID: s.text("top"), Value: periodLabel(cal, subj.Period)}
			row[5] = excelize.Cell{StyleID: s.text("top"), Value: unitText(info, subj.Currency, b.scale)}
		}
		if fd.Resolved || !fd.Stated.IsZero() || !fd.Implied.IsZero() {
			ref := cellStyle{num: num, font: colorMuted, top: true}
			row[6] = excelize.Cell{StyleID: s.number(ref), Value: b.shown(info, fd.Stated)}
			row[7] = excelize.Cell{StyleID: s.number(ref), Value: b.shown(info, fd.Implied)}
			row[8] = excelize.Cell{StyleID: s.number(cellStyle{num: num, font: colorFormula, top: true}), Formula: cellName(7, r) + "-" + cellName(8, r), Value: b.shown(info, fd.Stated.Sub(fd.Implied))}
		}
		text := fd.Message + b.involved(fd)
		row[9] = excelize.Cell{StyleID: s.text("wrap"), Value: text}
		if err := putTall(r, row, text); err != nil {
			return err
		}
	}
	if err := notes.close(); err != nil {
		return err
	}
	return sw.Flush()
}

// wrappedHeight is the height in points of a row whose text wraps in a
// column width characters wide.
func wrappedHeight(text string, width float64) float64 {
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines += 1 + int(float64(len([]rune(para)))*1.08/width)
	}
	return float64(max(1, lines)) * 12.75
}

// involved lists the figures a finding compares, as the report holds them now.
func (b *bookWriter) involved(fd *parse.Finding) string {
	var parts []string
	for _, k := range fd.Keys {
		f := b.byKey[k]
		if f == nil {
			continue
		}
		parts = append(parts, keyText(k)+" "+periodLabel(b.rep.CalendarOf(k.Entity), k.Period)+": "+valueText(f.Value, f.Decimals, f.ConceptInfo(), f.Currency, b.scale)+" ("+f.Status.String()+")")
	}
	if len(parts) == 0 {
		return ""
	}
	return "\nFigures: " + strings.Join(parts, "; ")
}

// figureText names a fact's line: "Revenue · Public cloud services".
func figureText(f *parse.Fact) string { return keyText(f.Key) }

func keyText(k parse.Key) string {
	info, _ := parse.LookupConcept(k.Concept)
	label := info.Label
	if label == "" {
		label = k.Concept
	}
	if k.Segment != "" {
		label += " · " + k.Segment
	}
	if k.Scenario == parse.Forecast {
		label += " (guidance)"
	}
	return label
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var sourceColumns = []struct {
	name  string
	width float64
}{
	{"Document", 44}, {"Company", 18}, {"Kind", 16}, {"Period", 11}, {"Currency", 9}, {"Fiscal year ends", 14},
	{"Figures from it", 10}, {"Size (bytes)", 12}, {"Encoding", 10}, {"SHA-256", 20}, {"Path", 50}, {"Notes", 60},
}

// writeSources lists each document with its kind, company, period, size
// and how many figures came from it.
func (b *bookWriter) writeSources() error {
	f, s := b.f, b.styles
	const name = "Sources"
	const headerRow = 3
	docs := b.rep.Documents
	counts := b.rep.DocumentFacts()
	if err := b.sheetSetup(sheetLayout{name: name, title: "Sources", lastCol: len(sourceColumns), lastRow: headerRow + max(len(docs), 1), headerRows: headerRow, printArea: true, tab: "7F7F7F"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, c := range sourceColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: headerRow, TopLeftCell: cellName(2, headerRow+1), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: s.text("title"), Value: "Sources"}}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: s.text("units"), Value: fmt.Sprintf("%d documents; every figure in this workbook came from one of them", len(docs))}}); err != nil {
		return err
	}
	header := make([]any, len(sourceColumns))
	for i, c := range sourceColumns {
		header[i] = excelize.Cell{StyleID: s.text("header"), Value: c.name}
	}
	if err := sw.SetRow(cellName(1, headerRow), header); err != nil {
		return err
	}
	months := [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i, d := range docs {
		c := d.Context
		fye := c.Calendar.FiscalYearEnd
		if fye < 1 || fye > 12 {
			fye = 12
		}
		fyeText := months[fye]
		if !c.FiscalYearEndStated {
			fyeText += " (assumed)"
		}
		period := c.PeriodLabel()
		if c.PeriodGuessed {
			period += " (guessed)"
		}
		row := []any{
			d.Name, c.Company, c.Kind.String(), period, currencyText(c.Currency), fyeText,
			excelize.Cell{StyleID: s.text("int"), Value: counts[d]},
			excelize.Cell{StyleID: s.text("int"), Value: d.Size},
			d.Encoding, d.Hash, d.Path, strings.Join(c.Notes, "; "),
		}
		if err := sw.SetRow(cellName(1, headerRow+1+i), row); err != nil {
			return err
		}
	}
	return sw.Flush()
}
