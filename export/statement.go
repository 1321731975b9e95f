package export

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// A statement sheet (Summary, Segments, Costs, Cash flow) of one company is
// laid out here before any of it is written: its period columns, one line
// per concept and segment, and for every cell whether it holds a figure
// typed from the documents (an input) or a formula over other cells.
//
// The cells are computed one slice at a time: a slice is the lines of one
// segment across the sheets, or the company's own lines (segment ""). A
// segment's figures are computed only from its own (gross profit from its
// revenue and cost, a margin from its profit and revenue), and a total
// needs of its segments only what they add up to in each column, gathered
// as each segment is computed. So the company's own cells stay in memory,
// a segment's are computed again when its rows are written, and at most
// one segment's are held at a time: the memory the sheets take does not
// grow with the number of segments, and so with the number of facts.

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
}

type lineKind int

const (
	figureLine  lineKind = iota // a concept, or one segment of it
	growthLine                  // year-on-year growth of the line above
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
	of      *line // growthLine: the line it measures
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
)

type cell struct {
	fact  *parse.Fact     // input: its fact; formula: the stated fact it stands for, if any
	f     *formula        // a formula's
	value decimal.Decimal // input: the fact's value; formula: what it computes
	iv    parse.Interval  // where the true value lies, given the precision of the inputs
	// weighed are the formulas weighed against a stated figure, nil for
	// most cells
	weighed *weighing
	kind    cellKind
	nm      bool // the formula gives "n.m." (growth over a zero or sign-changing base)
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
	// parts, for the sum of a total's segments, stand for args: the
	// segments are not in memory together, only what they add up to in
	// column col.
	parts *segmentParts
	col   int
}

// segmentParts is what the segments of one total (a concept in one
// currency) add up to, column by column, gathered one segment at a time.
type segmentParts struct {
	sheet *statement
	lines []*line // the segments' lines, in row order
	cols  []partsColumn
	// first and last are the rows of the first and last segment shown,
	// once numbered: a sum covers them all, and a segment with no figure
	// in a column adds nothing to it.
	first, last int
}

type partsColumn struct {
	n        int             // segments with a figure in the column
	value    decimal.Decimal // what they add up to
	iv       parse.Interval
	decimals int    // the finest precision among them; noDecimals when none
	set      uint64 // which segments have a figure (setOf)
	// the figures stated in the documents only, before any formula: they
	// tell whether the segments make up their total
	statedN   int
	statedIV  parse.Interval
	statedSet uint64
}

// noDecimals marks a precision not known.
const noDecimals = -99

// setOf adds a name to a set of names kept as a sum of their hashes: the
// same names give the same set in any order, and a set is a word.
func setOf(set uint64, kind, name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(name))
	return set + h.Sum64()
}

// partsID names a set of parts of a total (segments or lines), to
// remember which sets are known to be complete.
type partsID struct {
	concept, currency string
	set               uint64
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
		return "the figure on the " + f.args[0].line.sheet.name + " sheet"
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
	entity   string
	cal      parse.Calendar
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

// slice is the lines of one segment across the sheets (or of the company
// as a whole, segment ""), with the facts that fill them.
type slice struct {
	segment string
	facts   []*parse.Fact
	lines   []*line // sheet by sheet, in line order: the order cells are derived in
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

// buildCompany lays out the statement sheets of one entity from its facts
// (all of the report's facts may be given; others are skipped).
func buildCompany(entity string, cal parse.Calendar, facts []*parse.Fact, names [4]string) *company {
	co := &company{entity: entity, cal: cal, home: map[lineKey]*line{}}
	var mine []*parse.Fact
	count := map[string]int{}
	for _, f := range facts {
		if f.Entity != entity || !onStatement(f) {
			continue
		}
		mine = append(mine, f)
		if f.Currency != "" {
			count[f.Currency]++
		}
	}
	co.currency = mostCommon(count)
	for i, kind := range statementSheets {
		co.sheets = append(co.sheets, &statement{kind: kind, name: names[i], entity: entity, colOf: map[parse.Period]int{}})
	}
	// columns: the periods each sheet has figures for
	periods := make([]map[parse.Period]bool, len(co.sheets))
	for i := range periods {
		periods[i] = map[parse.Period]bool{}
	}
	for _, f := range mine {
		periods[sheetIndex(f.ConceptInfo().Sheet)][f.Period] = true
	}
	for i, st := range co.sheets {
		st.setColumns(periods[i], cal)
	}
	co.addLines(mine)
	co.slice(mine)
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
		st.addGrowth()
		st.prune()
		st.last = st.number()
	}
	for _, sp := range co.parts {
		sp.first, sp.last = 0, 0
		for _, l := range sp.lines {
			if l.row == 0 {
				continue // not shown: it has no figure
			}
			if sp.first == 0 {
				sp.first = l.row
			}
			sp.last = l.row
		}
	}
	return co
}

// slice groups the lines and facts by segment, and sets up the sums of
// each total's segments with the figures the documents state.
func (co *company) slice(facts []*parse.Fact) {
	bySegment := map[string]*slice{"": {}}
	co.own = bySegment[""]
	co.parts = map[lineKey]*segmentParts{}
	for _, st := range co.sheets {
		st.segmentRevenue = make([]bool, len(st.cols))
		for _, l := range st.lines {
			if l.kind != figureLine {
				continue
			}
			sl := bySegment[l.key.segment]
			if sl == nil {
				sl = &slice{segment: l.key.segment}
				bySegment[l.key.segment] = sl
				co.segments = append(co.segments, sl)
			}
			sl.lines = append(sl.lines, l)
			l.slice = sl
			if l.key.segment != "" && l.link == nil {
				total := lineKey{l.key.concept, "", l.key.currency}
				sp := co.parts[total]
				if sp == nil {
					sp = &segmentParts{sheet: st, cols: make([]partsColumn, len(st.cols))}
					for i := range sp.cols {
						sp.cols[i].decimals = noDecimals
					}
					co.parts[total] = sp
				}
				sp.lines = append(sp.lines, l)
			}
		}
	}
	sort.Slice(co.segments, func(i, j int) bool { return co.segments[i].segment < co.segments[j].segment })
	for _, f := range facts {
		l := co.home[keyOf(f)]
		l.slice.facts = append(l.slice.facts, f)
		if sp := co.parts[lineKey{f.Concept, "", f.Currency}]; sp != nil && f.Segment != "" {
			pc := &sp.cols[l.sheet.colOf[f.Period]]
			pc.statedN++
			pc.statedIV = pc.statedIV.Add(parse.StatedInterval(f.Value, f.Decimals))
			pc.statedSet = setOf(pc.statedSet, "segment", f.Segment)
		}
	}
}

// load puts the cells of a slice in memory, computing them when they are
// not there. The company's own cells stay until releaseAll; of the
// segments, only the one asked for last is kept.
func (co *company) load(sl *slice) {
	switch {
	case sl == co.own:
		if !co.ownIn {
			co.compute(sl)
			co.ownIn = true
		}
	case sl != co.loaded:
		co.release()
		co.compute(sl)
		co.loaded = sl
	}
}

// release gives up the loaded segment's cells.
func (co *company) release() {
	if co.loaded != nil {
		co.drop(co.loaded)
		co.loaded = nil
	}
}

// releaseAll gives up every cell of the company: its sheets are written,
// and what is read of them later is computed again.
func (co *company) releaseAll() {
	co.release()
	if co.ownIn {
		co.drop(co.own)
		co.ownIn = false
	}
}

func (co *company) drop(sl *slice) {
	for _, l := range sl.lines {
		co.live -= len(l.cells)
		l.cells, l.checks = nil, nil
	}
}

// cellsOf gives a line's cells, loading its slice; a growth line's are
// computed from the line it measures.
func (co *company) cellsOf(l *line) []cell {
	switch l.kind {
	case growthLine:
		co.load(l.of.slice)
		return l.sheet.growthCells(l)
	case figureLine:
		co.load(l.slice)
		return l.cells
	}
	return nil
}

// compute fills a slice's cells: the facts as inputs, then every formula
// arithmetic over them gives. The company's own slice is computed after
// every segment, when what they add up to is known.
func (co *company) compute(sl *slice) {
	for _, l := range sl.lines {
		l.cells, l.checks = make([]cell, len(l.sheet.cols)), nil
		co.live += len(l.cells)
	}
	co.peak = max(co.peak, co.live)
	for _, f := range sl.facts {
		l := co.home[keyOf(f)]
		l.cells[l.sheet.colOf[f.Period]] = cell{kind: inputCell, fact: f, value: f.Value, iv: parse.StatedInterval(f.Value, f.Decimals)}
	}
	if sl == co.own {
		co.complete = co.completeParts()
	}
	co.derive(sl.lines)
}

// record keeps what the layout needs of a slice's settled cells.
func (co *company) record(sl *slice) {
	for _, l := range sl.lines {
		l.filled, l.nChecks = false, len(l.checks)
		revenue := l.key.segment != "" && l.link == nil && l.key.concept == "Revenue" && l.key.currency == co.currency
		for col := range l.cells {
			if !l.cells[col].empty() {
				l.filled = true
				if revenue {
					l.sheet.segmentRevenue[col] = true
				}
			}
		}
		l.growth = l.sheet.kind != parse.CashFlow && growthCount(l) > 0
	}
}

// gather adds a segment's settled figures to the sums of its totals.
func (co *company) gather(sl *slice) {
	for _, l := range sl.lines {
		if l.link != nil {
			continue
		}
		sp := co.parts[lineKey{l.key.concept, "", l.key.currency}]
		if sp == nil {
			continue
		}
		for col := range l.cells {
			c := &l.cells[col]
			if c.empty() {
				continue
			}
			pc := &sp.cols[col]
			pc.n++
			pc.value = pc.value.Add(c.value)
			pc.iv = pc.iv.Add(c.iv)
			pc.set = setOf(pc.set, "segment", l.key.segment)
			switch {
			case c.kind == inputCell && c.fact != nil:
				pc.decimals = max(pc.decimals, c.fact.Decimals)
			case c.kind == formulaCell:
				pc.decimals = max(pc.decimals, formulaDecimals(c))
			}
		}
	}
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

// setColumns orders a sheet's periods: quarters, half-years, nine months,
// years, other durations and balances, each group oldest first.
func (st *statement) setColumns(ps map[parse.Period]bool, cal parse.Calendar) {
	st.cols = st.cols[:0]
	for p := range ps {
		st.cols = append(st.cols, newColumn(p, cal))
	}
	sort.Slice(st.cols, func(i, j int) bool {
		a, b := st.cols[i], st.cols[j]
		if a.group != b.group {
			return a.group < b.group
		}
		return a.period.SortKey() < b.period.SortKey()
	})
	for i, c := range st.cols {
		st.colOf[c.period] = i
	}
}

func newColumn(p parse.Period, cal parse.Calendar) column {
	kind, _, _ := cal.Describe(p)
	c := column{period: p, label: cal.Label(p), ends: "to " + dayText(p.End)}
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
func (co *company) addLines(facts []*parse.Fact) {
	keys := map[lineKey]bool{}
	for _, f := range facts {
		keys[keyOf(f)] = true
		if f.Segment != "" { // a segment always sits under its total
			keys[lineKey{f.Concept, "", f.Currency}] = true
		}
	}
	has := func(concept, segment, currency string) bool { return keys[lineKey{concept, segment, currency}] }
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
	// segments in the order of their revenue, largest first, under every
	// concept alike
	ra, rb := size[lineKey{"Revenue", a.segment, co.currency}], size[lineKey{"Revenue", b.segment, co.currency}]
	if !ra.Equal(rb) {
		return ra.GreaterThan(rb)
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

// section puts the adjusted (non-GAAP) lines under their own heading.
func (st *statement) section() {
	for i, l := range st.lines {
		if l.concept.Adjusted {
			h := &line{kind: headingLine, label: "Adjusted (non-GAAP) measures", sheet: st}
			st.lines = append(st.lines[:i], append([]*line{h}, st.lines[i:]...)...)
			return
		}
	}
}

// candidate is one way to compute a cell from others.
type candidate struct {
	f  *formula
	ok bool // every operand has a value
	// complete is false for a sum whose parts may leave one out: it may
	// stand where the documents state the total and it agrees, but never
	// fill an empty cell.
	complete bool
	// full is set on a sum when every part the company reports anywhere
	// is there: only then is it weighed against a stated total.
	full bool
	tag  uint8 // which kind of candidate, so that each is weighed once
}

// derive turns every cell of lines (one slice) that arithmetic over
// other cells can give into a formula: totals from their parts, gross
// profit from revenue and cost, margins from profit and revenue, and
// Summary's links. A stated figure stays an input when the formula would
// not reproduce it; the Checks sheet then shows both.
func (co *company) derive(lines []*line) {
	// The relations run one way (parts → totals → gross profit → links →
	// margins); each pass weighs them in that order, so that a formula is
	// built over operands that are already settled, and passes repeat
	// while one gives operands to another.
	for pass := 0; pass < 8; pass++ {
		changed := false
		for _, tag := range []uint8{tagSegments | tagLines, tagDiff, tagLink, tagRatio} {
			for _, l := range lines {
				for col := range l.cells {
					if co.deriveCell(l, col, tag) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	settle(lines)
	reconcile(lines)
}

// settle recomputes every formula from its operands' final values, so
// that the value cached in each cell is the one Excel computes. A formula
// standing for a stated figure that no longer reproduces it gives way to
// the figure again; that may move other formulas, so it repeats.
func settle(lines []*line) {
	for round := 0; round < 8; round++ {
		done := map[*cell]bool{}
		var eval func(c *cell)
		eval = func(c *cell) {
			if c.kind != formulaCell || done[c] {
				return
			}
			done[c] = true
			for _, a := range c.f.args {
				eval(a.cell())
			}
			if v, iv, nm, ok := evaluate(c.f); ok {
				c.value, c.iv, c.nm = v, iv, nm
			}
		}
		reverted := false
		for _, l := range lines {
			for i := range l.cells {
				c := &l.cells[i]
				eval(c)
				if c.kind == formulaCell && c.fact != nil && !reproduces(c.fact, c.value) {
					*c = cell{kind: inputCell, fact: c.fact, value: c.fact.Value, iv: parse.StatedInterval(c.fact.Value, c.fact.Decimals), weighed: c.weighed}
					reverted = true
				}
			}
		}
		if !reverted {
			return
		}
	}
}

// reconcile lists, for the Checks sheet, each stated figure beside every
// formula weighed against it, and marks the stated figures the
// arithmetic contradicts: a margin that is not profit over revenue, gross
// profit that is not revenue less cost. A total its parts miss is not
// doubted: the documents may leave out a part, corporate costs or
// eliminations.
func reconcile(lines []*line) {
	for _, l := range lines {
		l.checks = l.checks[:0]
		for col := range l.cells {
			c := &l.cells[col]
			if c.fact == nil || c.weighed == nil {
				continue
			}
			for _, f := range c.weighed.formulas {
				if c.kind == formulaCell && f == c.f {
					l.checks = append(l.checks, reconciliation{at: ref{l, col}, stated: c.fact, f: f, value: c.value, holds: true})
					continue
				}
				v, iv, _, ok := evaluate(f)
				if !ok {
					continue
				}
				agrees := parse.StatedInterval(c.fact.Value, c.fact.Decimals).Overlaps(iv)
				l.checks = append(l.checks, reconciliation{at: ref{l, col}, stated: c.fact, f: f, value: v, rounding: agrees})
				// a sum that misses proves little: a part, corporate
				// costs or eliminations may be left out
				if !agrees && c.kind == inputCell && f.op != opSum {
					c.doubt = true
				}
			}
		}
	}
}

const (
	tagSegments uint8 = 1 << iota
	tagLines
	tagDiff
	tagRatio
	tagLink
)

// candidates lists the formulas that could give cell col of line l, most
// telling first.
func (co *company) candidates(l *line, col int) []candidate {
	st := l.sheet
	period := st.cols[col].period
	var out []candidate
	at := func(k lineKey) (ref, bool) {
		h := co.home[k]
		if h == nil {
			return ref{}, false
		}
		c, ok := h.sheet.colOf[period]
		if !ok {
			return ref{}, false
		}
		return ref{h, c}, !h.cells[c].empty()
	}
	if l.link != nil {
		if r, ok := at(l.link.key); ok {
			out = append(out, candidate{f: &formula{op: opLink, args: []ref{r}}, ok: true, complete: true, tag: tagLink})
		}
		return out
	}
	k := l.key
	if k.segment == "" && l.concept.Kind == parse.Monetary {
		// full: every part the company reports anywhere is here, and
		// there are at least two: one line is no breakdown
		if sp := co.parts[k]; sp != nil && sp.cols[col].n > 0 {
			pc := &sp.cols[col]
			out = append(out, candidate{f: &formula{op: opSum, parts: sp, col: col},
				ok: true, full: pc.n == len(sp.lines) && pc.n > 1, complete: co.complete[partsID{k.concept, k.currency, pc.set}], tag: tagSegments})
		}
		// the lines a total is made of (the cost lines of cost of revenue)
		var parts []ref
		var set uint64
		full := true
		for _, s := range st.lines {
			if !isPartOf(s, k) {
				continue
			}
			if s.cells[col].empty() {
				full = false
				continue
			}
			parts = append(parts, ref{s, col})
			set = setOf(set, "line", s.key.concept)
		}
		if len(parts) > 0 {
			out = append(out, candidate{f: &formula{op: opSum, args: parts},
				ok: true, full: full && len(parts) > 1, complete: co.complete[partsID{k.concept, k.currency, set}], tag: tagLines})
		}
	}
	if base := strings.TrimPrefix(k.concept, "Adjusted"); base == "GrossProfit" {
		adj := strings.TrimSuffix(k.concept, "GrossProfit")
		rev, ok1 := at(lineKey{"Revenue", k.segment, k.currency})
		cost, ok2 := at(lineKey{adj + "CostOfRevenue", k.segment, k.currency})
		if rev.line != nil && cost.line != nil {
			out = append(out, candidate{f: &formula{op: opDiff, args: []ref{rev, cost}}, ok: ok1 && ok2, complete: true, tag: tagDiff})
		}
	}
	if l.concept.Profit != "" {
		cur := co.currency
		profit, ok1 := at(lineKey{l.concept.Profit, k.segment, cur})
		rev, ok2 := at(lineKey{"Revenue", k.segment, cur})
		// on Summary, divide by Summary's own revenue line when it has one
		if rev.line != nil && st.kind == parse.Summary {
			for _, s := range st.lines {
				if s.link == rev.line && !s.cells[col].empty() {
					rev = ref{s, col}
				}
			}
		}
		if profit.line != nil && rev.line != nil {
			out = append(out, candidate{f: &formula{op: opRatio, args: []ref{profit, rev}}, ok: ok1 && ok2, complete: true, tag: tagRatio})
		}
	}
	return out
}

// isPartOf reports whether s is one of the lines the company's total k is
// made of.
func isPartOf(s *line, k lineKey) bool {
	return s.kind == figureLine && s.link == nil && s.key.segment == "" && s.concept.Parent == k.concept && s.key.currency == k.currency
}

func lowerFirst(s string) string {
	if len(s) < 2 || (s[1] >= 'A' && s[1] <= 'Z') {
		return s // keep acronyms: "EBITDA"
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// completeParts finds the sets of parts known to make up their total: a
// set is complete when, in some period, the documents state the total and
// its parts and they agree, and in no period does a stated total exceed
// its parts (which would show a part the documents leave out).
//
// It runs on the company's own cells, loaded and not yet derived, with the
// segments' stated figures gathered as the report's facts were sliced.
func (co *company) completeParts() map[partsID]bool {
	agreed, short := map[partsID]bool{}, map[partsID]bool{}
	for _, st := range co.sheets {
		for _, l := range st.lines {
			if l.kind != figureLine || l.link != nil || l.key.segment != "" || l.concept.Kind != parse.Monetary {
				continue
			}
			for col := range l.cells {
				total := l.cells[col]
				if total.kind != inputCell {
					continue
				}
				judge := func(id partsID, sum parse.Interval) {
					width, _ := total.iv.Width()
					precise := width.LessThanOrEqual(total.value.Abs().Shift(-2)) // to 1%
					switch {
					case total.iv.Overlaps(sum) && precise:
						agreed[id] = true
					case total.iv.Above(sum):
						short[id] = true
					}
				}
				if sp := co.parts[l.key]; sp != nil && sp.cols[col].statedN > 0 {
					pc := &sp.cols[col]
					judge(partsID{l.key.concept, l.key.currency, pc.statedSet}, pc.statedIV)
				}
				var set uint64
				n, sum := 0, parse.Interval{}
				for _, s := range st.lines {
					if isPartOf(s, l.key) && s.cells[col].kind == inputCell {
						set = setOf(set, "line", s.key.concept)
						sum = sum.Add(s.cells[col].iv)
						n++
					}
				}
				if n > 0 {
					judge(partsID{l.key.concept, l.key.currency, set}, sum)
				}
			}
		}
	}
	for k := range short {
		delete(agreed, k)
	}
	return agreed
}

// deriveCell gives cell col of line l a formula when one applies; it
// reports whether the cell changed.
func (co *company) deriveCell(l *line, col int, tags uint8) bool {
	c := &l.cells[col]
	if c.kind == formulaCell {
		return false
	}
	for _, cand := range co.candidates(l, col) {
		if cand.tag&tags == 0 || !cand.ok || c.weighed != nil && c.weighed.tags&cand.tag != 0 {
			continue
		}
		v, iv, nm, ok := evaluate(cand.f)
		if !ok {
			continue
		}
		switch c.kind {
		case emptyCell:
			if !cand.complete {
				continue
			}
			*c = cell{kind: formulaCell, value: v, iv: iv, nm: nm, f: cand.f}
			return true
		case inputCell:
			if cand.f.op == opSum && !cand.full && !cand.complete {
				continue
			}
			if c.weighed == nil {
				c.weighed = &weighing{}
			}
			c.weighed.tags |= cand.tag
			c.weighed.formulas = append(c.weighed.formulas, cand.f)
			if reproduces(c.fact, v) {
				*c = cell{kind: formulaCell, fact: c.fact, value: v, iv: iv, f: cand.f, weighed: c.weighed}
				return true
			}
		}
	}
	return false
}

// evaluate computes a formula over the current cell values, exactly, and
// the interval its inputs' precision allows.
func evaluate(f *formula) (v decimal.Decimal, iv parse.Interval, nm, ok bool) {
	for _, a := range f.args {
		if a.cell().empty() || a.cell().nm {
			return v, iv, false, false
		}
	}
	arg := func(i int) *cell { return f.args[i].cell() }
	switch f.op {
	case opSum:
		if f.parts != nil {
			pc := &f.parts.cols[f.col]
			return pc.value, pc.iv, false, pc.n > 0
		}
		for i := range f.args {
			v = v.Add(arg(i).value)
			iv = iv.Add(arg(i).iv)
		}
	case opDiff:
		v = arg(0).value.Sub(arg(1).value)
		iv = arg(0).iv.Sub(arg(1).iv)
	case opRatio:
		if arg(1).value.IsZero() {
			return v, iv, false, false
		}
		v = arg(0).value.DivRound(arg(1).value, 16)
		if iv, ok = arg(0).iv.Div(arg(1).iv); !ok {
			iv = parse.Unknown()
		}
	case opGrowth:
		cur, prior := arg(0).value, arg(1).value
		if prior.IsZero() || cur.Sign() != prior.Sign() {
			return v, iv, true, true
		}
		v = cur.Sub(prior).DivRound(prior.Abs(), 16)
		iv = parse.Exactly(v)
	case opLink:
		return arg(0).value, arg(0).iv, arg(0).nm, true
	}
	return v, iv, false, true
}

// addGrowth adds year-on-year growth under the lines of money, per-share
// figures and counts that have the same period a year earlier. A total
// and its parts (segments, cost lines) stay together, so that a sum reads
// one range of rows; their growth follows as a block of its own in the
// same order, headed "YoY growth".
func (st *statement) addGrowth() {
	if st.kind == parse.CashFlow {
		return // cash flows swing through zero; growth rates there mislead
	}
	var out []*line
	for i := 0; i < len(st.lines); {
		j := i + 1
		if st.lines[i].kind == figureLine {
			for j < len(st.lines) && st.lines[j].kind == figureLine && st.lines[j].indent > st.lines[i].indent {
				j++
			}
		}
		group := st.lines[i:j]
		out = append(out, group...)
		var growth []*line
		for _, l := range group {
			if l.kind == figureLine && l.growth {
				growth = append(growth, &line{kind: growthLine, key: l.key, concept: l.concept, of: l, sheet: st})
			}
		}
		if len(growth) > 0 {
			head := group[0]
			if growth[0].of != head { // the block is headed even when the total has no growth of its own
				growth = append([]*line{{kind: growthLine, key: head.key, concept: head.concept, of: head, sheet: st}}, growth...)
			}
			for _, g := range growth {
				g.label, g.indent = g.of.label, g.of.indent
				if g.of == head {
					g.label = "YoY growth"
					if len(group) == 1 {
						g.indent++
					}
				}
			}
			out = append(out, growth...)
		}
		i = j
	}
	st.lines = out
}

// growthCells computes the cells of growth line g from the cells of the
// line it measures, which must be loaded: year-on-year growth wherever a
// figure has the same period a year earlier.
func (st *statement) growthCells(g *line) []cell {
	cells := make([]cell, len(st.cols))
	eachGrowth(g.of, func(col int, f *formula) {
		v, iv, nm, _ := evaluate(f)
		cells[col] = cell{kind: formulaCell, value: v, iv: iv, nm: nm, f: f}
	})
	return cells
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
		prior, ok := st.colOf[st.cols[col].period.Shift(-12)]
		if !ok || l.cells[prior].empty() || prior == col {
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
		if l.kind == figureLine && !l.hasCells() && !l.hasPartsBelow(st.lines[i+1:]) {
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

func (l *line) hasCells() bool { return l.filled }

// hasPartsBelow reports whether segment lines of l follow it, so that an
// empty total still heads its segments.
func (l *line) hasPartsBelow(rest []*line) bool {
	for _, s := range rest {
		if s.kind == figureLine && s.key.concept == l.key.concept && s.key.segment != "" && s.hasCells() {
			return true
		}
	}
	return false
}
