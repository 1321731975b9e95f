package export

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// A statement sheet (Summary, Segments, Costs, Cash flow) of one company is
// laid out here before any of it is written: its period columns, one line
// per concept and segment, and for every cell whether it holds a figure
// typed from the documents (an input) or a formula over other cells. The
// cells themselves are computed a slice at a time (slices.go), by the
// arithmetic of derive.go.

// periodGroup keeps quarters, half-years and years apart on a sheet.
type periodGroup int

const (
	groupQuarter periodGroup = iota
	groupHalf
	groupNine
	groupYear
	groupOther
	groupInstant
)

var groupTitles = [...]string{"Quarters", "Half-years", "Nine months", "Years", "Other periods", "Balances at"}

type column struct {
	period parse.Period
	group  periodGroup
	label  string // "Q2 2025", "FY2024", "30 Jun 2025"
	ends   string // "to 30 Jun 2025"
	// forecast marks the columns after the last actual: they hold the
	// company's guidance, where it gives any, and the model's forecast.
	forecast bool
}

type lineKind int

const (
	figureLine  lineKind = iota // a concept, or one segment of it
	growthLine                  // year-on-year growth of the line above
	shareLine                   // a cost as a share of revenue
	headingLine                 // a section heading
)

// lineKey names the figures of one line: a concept, a segment of it (""
// for the whole company) and the currency of money figures.
type lineKey struct {
	concept, segment, currency string
}

type line struct {
	kind    lineKind
	key     lineKey
	concept parse.Concept
	label   string
	indent  int
	total   bool  // parts are listed beneath it
	of      *line // growthLine, shareLine: the line it measures
	outline int   // the Excel outline level: 1 for the rows that describe a line item
	link    *line // a line repeating another sheet's line (Summary's revenue)
	sheet   *statement
	slice   *slice // figureLine: the slice whose cells it shares
	row     int    // the worksheet row, once numbered
	// cells, one per column of the sheet, and checks, the stated figures
	// of the line beside the formulas weighed against them, are there
	// while the line's slice is loaded (company.load).
	cells  []cell
	checks []reconciliation
	// What is known of the cells once settled, kept when they are not.
	filled  bool // some cell holds a figure
	growth  bool // some figure has one a year earlier to grow from
	nChecks int  // len(checks)
}

type cellKind uint8

const (
	emptyCell cellKind = iota
	inputCell
	formulaCell
	guideCell // the company's guidance for a period after the last actual
)

// outlook is what a company guides one figure of a forecast column to: a
// point, or a range whose midpoint the cell holds.
type outlook struct {
	point, low, high *parse.Fact
}

// value is the guided figure: the point, the midpoint of the range, or
// the one end given; the fact named is the one the cell's marks follow.
func (o *outlook) value() (decimal.Decimal, *parse.Fact) {
	switch {
	case o.point != nil:
		return o.point.Value, o.point
	case o.low != nil && o.high != nil:
		return o.low.Value.Add(o.high.Value).Div(decimal.NewFromInt(2)), o.low
	case o.low != nil:
		return o.low.Value, o.low
	}
	return o.high.Value, o.high
}

type cell struct {
	fact  *parse.Fact     // input: its fact; formula: the stated fact it stands for, if any
	guide *outlook        // guideCell: what the company guides to
	f     *formula        // a formula's
	value decimal.Decimal // input: the fact's value; formula: what it computes
	iv    parse.Interval  // where the true value lies, given the precision of the inputs
	// weighed are the formulas weighed against a stated figure, nil for
	// most cells
	weighed *weighing
	kind    cellKind
	nm      bool // the formula gives "n.m." (growth over a zero or sign-changing base)
	blank   bool // the formula gives "": a growth rate while a figure is missing
	// doubt marks a stated figure that the workbook's own arithmetic
	// contradicts: a margin that is not profit over revenue, parts that
	// exceed their total.
	doubt bool
}

// weighing records the formulas weighed against a stated figure.
type weighing struct {
	tags     uint8 // which kinds of candidate, so that each is weighed once
	formulas []*formula
}

func (c *cell) empty() bool { return c.kind == emptyCell }

type formulaOp int

const (
	opSum    formulaOp = iota // the parts of a total
	opDiff                    // revenue less cost of revenue
	opRatio                   // a margin: profit over revenue
	opGrowth                  // year on year
	opLink                    // the same figure on another sheet
	opLinear                  // a sum of figures, some taken away: free cash flow, net debt, a quarter from its year
)

// ref is one cell of a statement sheet.
type ref struct {
	line *line
	col  int
}

func (r ref) cell() *cell { return &r.line.cells[r.col] }

type formula struct {
	op   formulaOp
	args []ref
	// minus, for opLinear, marks the arguments taken away; desc says what
	// the formula computes
	minus []bool
	desc  string
	// parts, for the sum of a total's segments, stand for args: the
	// segments are not in memory together, only what they add up to in
	// column col.
	parts *segmentParts
	col   int
}

// what says what a formula computes, for comments and the Checks sheet:
// "the sum of the segments", "gross profit over revenue".
func (f *formula) what() string {
	switch f.op {
	case opSum:
		if f.parts != nil {
			return "the sum of the segments"
		}
		return "the sum of its lines"
	case opDiff:
		return "revenue less " + lowerFirst(f.args[1].line.concept.Label)
	case opRatio:
		return lowerFirst(f.args[0].line.concept.Label) + " over revenue"
	case opGrowth:
		return "growth on " + f.args[1].line.sheet.cols[f.args[1].col].label
	case opLink:
		if f.args[0].line.concept.Instant {
			return "the balance at the end of " + f.args[0].line.sheet.cols[f.args[0].col].label
		}
		return "the figure on the " + f.args[0].line.sheet.name + " sheet"
	case opLinear:
		return f.desc
	}
	return ""
}

// statement is one sheet of one company.
type statement struct {
	kind   parse.Sheet
	name   string // the worksheet's name
	entity string
	cols   []column
	colOf  map[parse.Period]int
	prior  []int // the column a year before each, -1 for none (priorYear)
	lines  []*line
	last   int // the row of the last line
	// segmentRevenue marks the columns where a segment's revenue (in the
	// company's currency) is known: the Segments sheet charts them.
	segmentRevenue []bool
}

// reconciliation is a stated figure beside a formula over other cells.
type reconciliation struct {
	at     ref
	stated *parse.Fact
	f      *formula
	value  decimal.Decimal
	// holds: the formula gives the stated figure once rounded as the
	// documents round it, so the cell holds the formula.
	holds bool
	// rounding: the formula misses the figure by no more than the
	// rounding of its inputs allows; the figure stays, undoubted.
	rounding bool
}

// reproduces reports whether a formula's value, rounded to the places
// the documents give, is the stated figure: only then may the formula
// stand in its cell. Agreeing within the inputs' precision is not enough;
// a modeller would see a number no document states.
func reproduces(f *parse.Fact, v decimal.Decimal) bool {
	return v.Round(int32(f.Decimals)).Equal(f.Value)
}

// company is one entity's statement sheets.
type company struct {
	entity string
	cal    parse.Calendar
	time   *timeline
	// fcfLeases: the company's free cash flow is net of finance lease
	// payments too
	fcfLeases bool
	// subOf gives the parent of a segment that is a part of another
	// (subSegments): it sits under it and is never summed with its peers
	subOf map[string]string
	// regions are the segments of a second breakdown, by region, beside
	// the lines of business (regionBreakdown): summed apart, never with them
	regions  map[string]bool
	currency string       // the currency most of its figures are in
	sheets   []*statement // Summary, Segments, Costs, Cash flow
	home     map[lineKey]*line
	own      *slice                    // the company's own lines
	ownIn    bool                      // own's cells are in memory
	segments []*slice                  // one per segment, by name
	parts    map[lineKey]*segmentParts // by the key of the total
	complete map[partsID]bool          // the sets of parts known to make up their total
	loaded   *slice                    // the segment whose cells are in memory
	// live counts the cells in memory and peak the most there were at
	// once: what bounds the memory the sheets take.
	live, peak int
}

var statementSheets = []parse.Sheet{parse.Summary, parse.Segments, parse.Costs, parse.CashFlow}

// onStatement reports whether a fact belongs on a statement sheet: an
// actual (guidance has its own sheet) that a person has not rejected.
func onStatement(f *parse.Fact) bool {
	if f.Scenario != parse.Actual || f.Status == parse.Rejected {
		return false
	}
	c, ok := parse.LookupConcept(f.Concept)
	return ok && c.Sheet != parse.NoSheet
}

// onOutlook reports whether a fact is guidance a statement sheet shows in
// its forecast columns.
func onOutlook(f *parse.Fact) bool {
	if f.Scenario != parse.Forecast || f.Status == parse.Rejected {
		return false
	}
	c, ok := parse.LookupConcept(f.Concept)
	return ok && c.Sheet != parse.NoSheet
}

// buildCompany lays out the statement sheets of one entity from its facts
// (all of the report's facts may be given; others are skipped).
func buildCompany(entity string, cal parse.Calendar, facts []*parse.Fact, names [4]string) *company {
	co := &company{entity: entity, cal: cal, home: map[lineKey]*line{}}
	var mine, guided []*parse.Fact
	count := map[string]int{}
	for _, f := range facts {
		if f.Entity != entity {
			continue
		}
		switch {
		case onStatement(f):
			mine = append(mine, f)
			if f.Currency != "" {
				count[f.Currency]++
			}
		case onOutlook(f):
			guided = append(guided, f)
		}
	}
	co.currency = mostCommon(count)
	co.subOf = subSegments(mine)
	co.regions = regionBreakdown(mine, co.subOf)
	co.time = newTimeline(cal, mine, guided)
	// only guidance for a column after the last actual is shown there;
	// the Guidance sheet has all of it
	kept := guided[:0]
	for _, f := range guided {
		if _, ok := co.time.forecastOf[f.Period]; ok {
			kept = append(kept, f)
		}
	}
	guided = kept
	for i, kind := range statementSheets {
		co.sheets = append(co.sheets, &statement{kind: kind, name: names[i], entity: entity,
			cols: co.time.cols, colOf: co.time.colOf, segmentRevenue: make([]bool, len(co.time.cols))})
	}
	co.addLines(mine, guided)
	co.split(mine, guided)
	// each segment once, for what the layout and the totals need of it
	for _, sl := range co.segments {
		co.load(sl)
		co.record(sl)
		co.gather(sl)
	}
	co.release()
	co.load(co.own)
	co.record(co.own)
	for _, st := range co.sheets {
		st.addAnalysis()
		st.prune()
		st.last = st.number()
	}
	for _, sp := range co.parts {
		sp.runs = sp.runs[:0]
		for _, l := range sp.lines {
			if l.row == 0 {
				continue // not shown: it has no figure
			}
			if n := len(sp.runs); n > 0 && sp.runs[n-1][1] == l.row-1 {
				sp.runs[n-1][1] = l.row
			} else {
				sp.runs = append(sp.runs, [2]int{l.row, l.row})
			}
		}
	}
	return co
}

func sheetIndex(s parse.Sheet) int {
	for i, k := range statementSheets {
		if k == s {
			return i
		}
	}
	return 0
}

func keyOf(f *parse.Fact) lineKey {
	return lineKey{concept: f.Concept, segment: f.Segment, currency: f.Currency}
}

func mostCommon(count map[string]int) string {
	best, n := "", -1
	for _, k := range sortedKeys(count) {
		if count[k] > n {
			best, n = k, count[k]
		}
	}
	return best
}

func newColumn(p parse.Period, cal parse.Calendar) column {
	kind, _, _ := cal.Describe(p)
	c := column{period: p, label: columnLabel(p, cal), ends: "to " + dayText(p.End)}
	switch kind {
	case parse.QuarterPeriod:
		c.group = groupQuarter
	case parse.HalfPeriod:
		c.group = groupHalf
	case parse.NineMonthPeriod:
		c.group = groupNine
	case parse.YearPeriod:
		c.group = groupYear
	case parse.InstantPeriod:
		c.group, c.label, c.ends = groupInstant, dayText(p.End), "end of day"
	default:
		c.group, c.label = groupOther, shortDay(p.Start)+"–"+shortDay(p.End)
	}
	return c
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayText writes a day as analysts do: 30 Jun 2025.
func dayText(d parse.Date) string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthAbbr[d.Month-1], d.Year)
}

func shortDay(d parse.Date) string {
	if d.Month < 1 || d.Month > 12 {
		return d.String()
	}
	return fmt.Sprintf("%d %s %02d", d.Day, monthAbbr[d.Month-1], d.Year%100)
}

// addLines creates a line for every concept, segment and currency that has
// figures, plus the lines a modeller expects to be computed: gross profit
// where revenue and cost of revenue are known, a margin beside each profit,
// and on Summary the revenue and gross profit of the Segments sheet.
func (co *company) addLines(facts, guided []*parse.Fact) {
	keys := map[lineKey]bool{}
	for _, f := range append(facts[:len(facts):len(facts)], guided...) {
		keys[keyOf(f)] = true
		if f.Segment != "" { // a segment always sits under its total
			keys[lineKey{f.Concept, "", f.Currency}] = true
		}
	}
	has := func(concept, segment, currency string) bool { return keys[lineKey{concept, segment, currency}] }
	// free cash flow and net debt wherever what they are computed from is
	for k := range copySet(keys) {
		if k.segment != "" {
			continue
		}
		if k.concept == "NetCashFromOperating" && has("CapitalExpenditure", "", k.currency) {
			keys[lineKey{"FreeCashFlow", "", k.currency}] = true
		}
		if (k.concept == "ShortTermBorrowings" || k.concept == "LongTermBorrowings") &&
			(has("CashAndCashEquivalents", "", k.currency) || has("CashAndShortTermInvestments", "", k.currency)) {
			keys[lineKey{"NetDebt", "", k.currency}] = true
		}
	}
	for k := range copySet(keys) {
		for _, adj := range []string{"", "Adjusted"} {
			if k.concept == "Revenue" && has(adj+"CostOfRevenue", k.segment, k.currency) {
				keys[lineKey{adj + "GrossProfit", k.segment, k.currency}] = true
			}
		}
	}
	for k := range copySet(keys) {
		if m := parse.MarginOf(k.concept); m != "" && has("Revenue", k.segment, k.currency) {
			keys[lineKey{m, k.segment, ""}] = true
		}
	}
	ordered := make([]lineKey, 0, len(keys))
	for k := range keys {
		if _, ok := parse.LookupConcept(k.concept); ok {
			ordered = append(ordered, k)
		}
	}
	size := latestValues(facts)
	sort.Slice(ordered, func(i, j int) bool { return co.lineLess(ordered[i], ordered[j], size) })
	segmentsOf := map[lineKey]bool{}
	for _, k := range ordered {
		if k.segment != "" {
			segmentsOf[lineKey{k.concept, "", k.currency}] = true
		}
	}
	parents := map[string]bool{}
	for _, k := range ordered {
		if c, _ := parse.LookupConcept(k.concept); c.Parent != "" {
			parents[c.Parent] = true
		}
	}
	for _, k := range ordered {
		c, _ := parse.LookupConcept(k.concept)
		st := co.sheets[sheetIndex(c.Sheet)]
		l := &line{kind: figureLine, key: k, concept: c, label: co.lineLabel(c, k), sheet: st}
		switch {
		case co.subOf[k.segment] != "": // "of which Supplies", under Print
			l.indent, l.outline, l.label = 2, 1, "of which "+l.label
		case co.regions[k.segment]: // after the lines of business
			l.indent, l.label = 1, l.label+" (region)"
		case k.segment != "":
			l.indent = 1
		case c.Parent != "":
			l.indent = 1
		}
		l.total = k.segment == "" && (segmentsOf[k] || parents[k.concept])
		co.home[k] = l
		st.lines = append(st.lines, l)
	}
	// Summary opens with the revenue and gross profit of the Segments
	// sheet, and its adjusted section with the adjusted gross profit.
	summary := co.sheets[0]
	var gaap, adjusted []*line
	for _, name := range []string{"Revenue", "GrossProfit", "AdjustedGrossProfit"} {
		src := co.home[lineKey{name, "", co.currency}]
		if src == nil {
			continue
		}
		l := &line{kind: figureLine, key: src.key, concept: src.concept, label: src.label,
			sheet: summary, link: src}
		if src.concept.Adjusted {
			adjusted = append(adjusted, l)
		} else {
			gaap = append(gaap, l)
		}
	}
	split := len(summary.lines)
	for i, l := range summary.lines {
		if l.concept.Adjusted {
			split = i
			break
		}
	}
	lines := append(append([]*line{}, gaap...), summary.lines[:split]...)
	lines = append(append(lines, adjusted...), summary.lines[split:]...)
	summary.lines = lines
	for _, st := range co.sheets {
		st.section()
	}
}

// copySet returns a copy of a set, so that it can grow while being walked.
func copySet(m map[lineKey]bool) map[lineKey]bool {
	out := make(map[lineKey]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// lineLess orders lines: GAAP before adjusted, then the concept table's
// order, the main currency first, a total before its segments, and
// segments largest first.
func (co *company) lineLess(a, b lineKey, size map[lineKey]decimal.Decimal) bool {
	ca, _ := parse.LookupConcept(a.concept)
	cb, _ := parse.LookupConcept(b.concept)
	if ca.Instant != cb.Instant { // flows, then the balances at the period's end
		return !ca.Instant
	}
	if ca.Adjusted != cb.Adjusted {
		return !ca.Adjusted
	}
	if ca.Order != cb.Order {
		return ca.Order < cb.Order
	}
	if a.currency != b.currency {
		if a.currency == co.currency || b.currency == co.currency {
			return a.currency == co.currency
		}
		return a.currency < b.currency
	}
	if (a.segment == "") != (b.segment == "") {
		return a.segment == ""
	}
	if co.regions[a.segment] != co.regions[b.segment] {
		return !co.regions[a.segment] // the lines of business, then the regions
	}
	// a part of a segment right under it
	if ta, tb := co.topSegment(a.segment), co.topSegment(b.segment); ta == tb && a.segment != b.segment {
		return a.segment == ta
	}
	// segments in the order of their revenue, largest first, under every
	// concept alike
	ra, rb := size[lineKey{"Revenue", co.topSegment(a.segment), co.currency}], size[lineKey{"Revenue", co.topSegment(b.segment), co.currency}]
	if !ra.Equal(rb) {
		return ra.GreaterThan(rb)
	}
	if ta, tb := co.topSegment(a.segment), co.topSegment(b.segment); ta != tb {
		if sa, sb := size[lineKey{a.concept, ta, a.currency}], size[lineKey{b.concept, tb, b.currency}]; !sa.Equal(sb) {
			return sa.GreaterThan(sb)
		}
		return ta < tb
	}
	if sa, sb := size[a], size[b]; !sa.Equal(sb) {
		return sa.GreaterThan(sb)
	}
	return a.segment < b.segment
}

// latestValues gives each line its figure in the latest period it has one,
// so that segments are listed largest first, as a reader expects.
func latestValues(facts []*parse.Fact) map[lineKey]decimal.Decimal {
	latest := map[lineKey]*parse.Fact{}
	for _, f := range facts {
		k := keyOf(f)
		if b := latest[k]; b == nil || b.Period.SortKey() < f.Period.SortKey() {
			latest[k] = f
		}
	}
	out := make(map[lineKey]decimal.Decimal, len(latest))
	for k, f := range latest {
		out[k] = f.Value
	}
	return out
}

// lineLabel names a line: the concept's label, or the segment's name under
// it; money in another currency than the sheet's, and per-share figures,
// say their currency.
func (co *company) lineLabel(c parse.Concept, k lineKey) string {
	label := c.Label
	if k.segment != "" {
		label = k.segment
	}
	switch {
	case c.Kind == parse.PerShare && k.currency != "":
		label += " (" + currencyText(k.currency) + ")"
	case k.currency != "" && k.currency != co.currency:
		label += " (" + currencyText(k.currency) + ")"
	}
	return label
}

// section puts the adjusted (non-GAAP) flows and the balances under
// headings of their own.
func (st *statement) section() {
	var out []*line
	adjusted, balances := false, false
	for _, l := range st.lines {
		switch {
		case l.concept.Instant && !balances:
			balances = true
			out = append(out, &line{kind: headingLine, label: "Balance sheet, at the end of each period", sheet: st})
		case l.concept.Adjusted && !l.concept.Instant && !adjusted:
			adjusted = true
			out = append(out, &line{kind: headingLine, label: "Adjusted (non-GAAP) measures", sheet: st})
		}
		out = append(out, l)
	}
	st.lines = out
}

// addAnalysis puts under each line item, or each total with its parts,
// the rows that describe it, grouped so that a modeller can fold them away:
// year-on-year growth of every line that has a figure a year earlier, the
// margins of a profit, and each cost as a share of revenue. A total and
// its parts stay together, so that a sum reads one range of rows. Cash
// flows swing through zero, so they get no growth.
func (st *statement) addAnalysis() {
	// margins follow their profit
	margins := map[lineKey][]*line{}
	var items []*line
	for _, l := range st.lines {
		if l.kind == figureLine && l.concept.Profit != "" && l.link == nil {
			k := lineKey{l.concept.Profit, "", st.currencyOf(l)}
			if st.has(k) {
				margins[k] = append(margins[k], l)
				continue
			}
		}
		items = append(items, l)
	}
	var out []*line
	for i := 0; i < len(items); {
		j := i + 1
		if items[i].kind == figureLine {
			for j < len(items) && items[j].kind == figureLine && items[j].indent > items[i].indent {
				j++
			}
		}
		group := items[i:j]
		out = append(out, group...)
		head := group[0]
		var rows []*line
		if st.kind != parse.CashFlow {
			var growth []*line
			for _, l := range group {
				if l.kind == figureLine && l.growth {
					growth = append(growth, &line{kind: growthLine, key: l.key, concept: l.concept, of: l, sheet: st, label: l.label, indent: l.indent})
				}
			}
			if len(growth) > 0 {
				if growth[0].of != head { // the block is headed even when the total has no growth of its own
					growth = append([]*line{{kind: growthLine, key: head.key, concept: head.concept, of: head, sheet: st, indent: head.indent}}, growth...)
				}
				growth[0].label = "YoY growth"
				if len(group) == 1 {
					growth[0].indent++
				}
			}
			rows = append(rows, growth...)
		}
		if head.kind == figureLine {
			rows = append(rows, margins[lineKey{head.key.concept, "", head.key.currency}]...)
			delete(margins, lineKey{head.key.concept, "", head.key.currency})
			if st.kind == parse.Costs && head.concept.Kind == parse.Monetary && !head.concept.Instant {
				for _, l := range group {
					if l.kind == figureLine {
						rows = append(rows, &line{kind: shareLine, key: l.key, concept: l.concept, of: l, sheet: st,
							label: shareLabel(l, head), indent: l.indent + 1})
					}
				}
			}
		}
		for _, r := range rows {
			r.outline = 1
		}
		out = append(out, rows...)
		i = j
	}
	for _, ls := range margins { // a margin whose profit has no line stays as it was
		out = append(out, ls...)
	}
	st.lines = out
}

// shareLabel names a row of a cost as a share of revenue.
func shareLabel(l, head *line) string {
	if l == head {
		return l.label + ", % of revenue"
	}
	return l.label + ", %"
}

// currencyOf is the currency a ratio line's profit is in: the sheet's.
func (st *statement) currencyOf(l *line) string {
	if l.key.currency != "" {
		return l.key.currency
	}
	for _, o := range st.lines {
		if o.kind == figureLine && o.key.concept == l.concept.Profit && o.key.segment == "" {
			return o.key.currency
		}
	}
	return ""
}

// has reports whether the sheet has a line of key k.
func (st *statement) has(k lineKey) bool {
	for _, l := range st.lines {
		if l.kind == figureLine && l.key == k && l.link == nil {
			return true
		}
	}
	return false
}

// growthCells computes the cells of growth line g from the cells of the
// line it measures, which must be loaded: in every column with a column a
// year before it, the same formula, blank while either figure is.
func (st *statement) growthCells(g *line) []cell {
	cells := make([]cell, len(st.cols))
	l := g.of
	for col := range cells {
		prior, ok := st.priorYear(col)
		if !ok {
			continue
		}
		f := &formula{op: opGrowth, args: []ref{{l, col}, {l, prior}}}
		if l.cells[col].empty() || l.cells[prior].empty() {
			cells[col] = cell{kind: formulaCell, f: f, blank: true}
			continue
		}
		v, iv, nm, _ := evaluate(f)
		cells[col] = cell{kind: formulaCell, value: v, iv: iv, nm: nm, f: f}
	}
	return cells
}

// shareCells computes a cost's share of revenue, in the columns where both
// are known.
func (co *company) shareCells(s *line) []cell {
	st := s.sheet
	cells := make([]cell, len(st.cols))
	rev := co.home[lineKey{"Revenue", s.key.segment, s.key.currency}]
	if rev == nil {
		return cells
	}
	co.load(rev.slice)
	for col := range cells {
		if s.of.cells[col].empty() || rev.cells[col].empty() {
			continue
		}
		f := &formula{op: opRatio, args: []ref{{s.of, col}, {rev, col}}}
		if v, iv, nm, ok := evaluate(f); ok {
			cells[col] = cell{kind: formulaCell, value: v, iv: iv, nm: nm, f: f}
		}
	}
	return cells
}

// priorYear is the column of the same period a year earlier.
func (st *statement) priorYear(col int) (int, bool) {
	if st.prior == nil { // once per sheet: every growth rate asks
		st.prior = make([]int, len(st.cols))
		at := map[parse.Period]int{}
		for i, c := range st.cols {
			st.prior[i] = -1
			if c.group == groupOther || c.group == groupInstant {
				continue
			}
			if j, ok := at[c.period.Shift(-12)]; ok {
				st.prior[i] = j
			}
			at[c.period] = i
		}
	}
	return st.prior[col], st.prior[col] >= 0
}

// growthCount is how many figures of l have one a year earlier to grow
// from; none for margins and balances.
func growthCount(l *line) int {
	n := 0
	eachGrowth(l, func(int, *formula) { n++ })
	return n
}

// eachGrowth calls fn with the growth formula of every figure of l that
// has the same period a year earlier.
func eachGrowth(l *line, fn func(col int, f *formula)) {
	if l.kind != figureLine || l.concept.Kind == parse.Ratio || l.concept.Instant {
		return
	}
	st := l.sheet
	for col, c := range l.cells {
		if c.empty() {
			continue
		}
		prior, ok := st.priorYear(col)
		if !ok || l.cells[prior].empty() {
			continue
		}
		f := &formula{op: opGrowth, args: []ref{{l, col}, {l, prior}}}
		if _, _, _, ok := evaluate(f); ok {
			fn(col, f)
		}
	}
}

// prune drops lines with nothing in them (a heading with no lines under
// it, a derived line whose operands never met).
func (st *statement) prune() {
	var kept []*line
	for i, l := range st.lines {
		if l.kind == figureLine && !l.filled && !l.hasPartsBelow(st.lines[i+1:]) {
			continue
		}
		kept = append(kept, l)
	}
	st.lines = st.lines[:0]
	for i, l := range kept {
		if l.kind == headingLine && (i+1 == len(kept) || kept[i+1].kind == headingLine) {
			continue
		}
		st.lines = append(st.lines, l)
	}
}

// hasPartsBelow reports whether segment lines of l follow it, so that an
// empty total still heads its segments.
func (l *line) hasPartsBelow(rest []*line) bool {
	for _, s := range rest {
		if s.kind == figureLine && s.key.concept == l.key.concept && s.key.segment != "" && s.filled {
			return true
		}
	}
	return false
}
