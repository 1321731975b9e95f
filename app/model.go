package app

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"facet/parse"

	"github.com/shopspring/decimal"
)

// Column is a column of the facts table.
type Column int

// The columns come in the order a reviewer reads a row: what it is, when,
// how much; the company last, as most reviews are of one company.
const (
	ColStatus Column = iota
	ColConcept
	ColSegment
	ColPeriod
	ColValue
	ColUnit
	ColScenario
	ColConfidence
	ColSources
	ColCompany
	numColumns
)

// columnTitles are the table's headers.
var columnTitles = [numColumns]string{"Status", "Concept", "Segment", "Period", "Value", "Unit", "Actual / guidance", "Confidence", "Sources", "Company"}

// Sheet filters the table by workbook sheet; Guidance holds every outlook.
type Sheet int

const (
	AllSheets Sheet = iota
	SummarySheet
	SegmentsSheet
	CostsSheet
	CashFlowSheet
	GuidanceSheet
)

var sheetNames = []string{"All sheets", "Summary", "Segments", "Costs", "Cash flow", "Guidance"}

func (s Sheet) String() string { return sheetNames[s] }

// StatusFilter filters the table by review status.
type StatusFilter int

const (
	AnyStatus StatusFilter = iota
	ToReview               // needs review or conflict: what a person should look at
	ConflictsOnly
	CorrectedOnly
	ConfirmedOnly
	RejectedOnly
)

var statusFilterNames = []string{"All statuses", "Needs review", "Conflict", "Corrected", "Confirmed", "Rejected"}

func (s StatusFilter) String() string { return statusFilterNames[s] }

func (s StatusFilter) match(st parse.Status) bool {
	switch s {
	case ToReview:
		return st == parse.NeedsReview || st == parse.Conflict
	case ConflictsOnly:
		return st == parse.Conflict
	case CorrectedOnly:
		return st == parse.Corrected
	case ConfirmedOnly:
		return st == parse.Confirmed
	case RejectedOnly:
		return st == parse.Rejected
	}
	return true
}

// Filter chooses the rows the table shows. The zero value shows all.
type Filter struct {
	Text    string // words every shown row contains, in any column
	Company string // "" for every company
	Sheet   Sheet
	Status  StatusFilter
}

// Row is one fact as the table shows it.
type Row struct {
	Fact  *parse.Fact
	Cells [numColumns]string
	sheet Sheet
	// search is the row's text in lower case, for the text filter.
	search string
}

// Options tune the model. The zero value is usable.
type Options struct {
	// HighConfidence is the confidence from which "confirm all" takes a
	// fact without findings as right; 0 means 0.9.
	HighConfidence float64
	// Now stamps corrections; nil means time.Now.
	Now func() time.Time
}

func (o Options) highConfidence() float64 {
	if o.HighConfidence > 0 {
		return o.HighConfidence
	}
	return 0.9
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// change is one step of undo history: corrections appended to the review,
// or a document taken out.
type change struct {
	what        string // "set value", for "Undo set value"
	corrections int    // how many corrections the change appended
	undone      []parse.Correction
	removed     *removal
	// select is the fact to show after the change, undo or redo.
	selectKey *parse.Key
	// back, when refreshes run in the background, puts back the facts as
	// they were before the change, so an undo shows at once; nil when
	// they are not known (after Replace).
	back []parse.FactEdit
}

// removal is a document taken out: the report's slices as they were
// before, which undo puts back as they were. The model never writes into
// a report's slices (it makes new ones), so these stay as they were.
type removal struct {
	doc       *parse.Document
	documents []*parse.Document
	mentions  []parse.Mention
	growth    []parse.Growth
	facts     []*parse.Fact
}

// Model is the window's state without the window: the report, the
// person's corrections with their undo history, and the table's rows as
// filtered and sorted. It is used from one goroutine (the UI's).
//
// An edit reconciles the mentions and reruns the checks (parse's
// Refresh), which takes about 170 ms at 10,000 facts. With SetAsync that
// work runs in the background on a snapshot of the corrections, one at a
// time, the latest winning; meanwhile the edited facts are shown as the
// edit makes them ("foreseen"), with the checks as they were.
type Model struct {
	opt         Options
	rep         *parse.Report
	corrections []parse.Correction
	undo, redo  []change
	scale       int

	filter   Filter
	sortCol  Column
	sortDesc bool
	sorted   bool

	rows []Row
	view []int // indices into rows, filtered and sorted

	selected    parse.Key
	hasSelected bool
	selRow      int // the view row of the selection, -1 if hidden; kept by findSelected
	// sticky is the figure the person last edited: it stays in the view
	// whatever the filter until the selection moves on, so that an edit
	// that takes it out of "needs review" can be seen, and a typo caught
	sticky    parse.Key
	hasSticky bool
	// fyes are the person's choices of companies' fiscal year ends, and
	// periods the periods they said documents report, by document name
	fyes    map[string]time.Month
	periods map[string]parse.Period
	counts  Counts

	// Changed, when set, is called after every change to the rows, the
	// selection or the review.
	Changed func()
	// generation counts changes to the review, so a save knows whether it
	// is current.
	generation int
	// version counts changes to the rows.
	version int

	// async runs a refresh's work in the background and then done back
	// on the model's goroutine; nil refreshes in line.
	async func(work, done func())
	// repGen counts changes to what a refresh reads: the corrections and
	// the documents. The report is current when it was refreshed for it.
	repGen   int
	running  bool // a refresh is under way in the background
	stale    bool // the report is not yet refreshed for repGen
	detached bool // the window has moved on to another model
}

// NewModel shows rep, with no corrections yet.
func NewModel(rep *parse.Report, opt Options) *Model {
	if rep == nil {
		rep = &parse.Report{}
	}
	m := &Model{opt: opt, rep: rep, scale: DefaultDisplayScale}
	m.rebuild()
	return m
}

// Report is the report with every correction applied; while a refresh
// is under way (Refreshing), its checks are those from before the latest
// edits, and its edited facts those the edits foresee.
func (m *Model) Report() *parse.Report { return m.rep }

// SetAsync makes the model refresh the report off its goroutine:
// run(work, done) runs work in the background and then done back on the
// model's goroutine. nil refreshes in line.
func (m *Model) SetAsync(run func(work, done func())) { m.async = run }

// Detach stops the model: a refresh under way is dropped when it lands.
func (m *Model) Detach() {
	m.detached = true
	m.Changed = nil
}

// Refreshing reports whether the report is yet to be refreshed for the
// latest edits.
func (m *Model) Refreshing() bool { return m.stale || m.running }

// Version changes whenever the rows do.
func (m *Model) Version() int { return m.version }

// Corrections are the person's corrections, in the order they were made.
func (m *Model) Corrections() []parse.Correction { return m.corrections }

// Generation changes whenever the review does.
func (m *Model) Generation() int { return m.generation }

// DisplayScale is the power of ten money is shown in.
func (m *Model) DisplayScale() int { return m.scale }

// SetDisplayScale shows money in 10^exp units.
func (m *Model) SetDisplayScale(exp int) {
	if exp <= 0 {
		exp = DefaultDisplayScale
	}
	if exp == m.scale {
		return
	}
	m.scale = exp
	m.generation++
	m.rebuild()
}

// Restore replaces the corrections with a saved review's, clearing the
// undo history: the state a person left.
func (m *Model) Restore(cs []parse.Correction, scale int) {
	m.corrections = slices.Clone(cs)
	m.undo, m.redo = nil, nil
	m.scale = DefaultDisplayScale
	if scale > 0 {
		m.scale = scale
	}
	m.repGen++
	if m.async == nil {
		m.rep.Refresh(m.corrections)
		m.rebuild()
		return
	}
	m.foresee(m.corrections)
	m.rebuild() // the scale may have changed: every row
	m.refreshLater()
}

// Review is the review file's content for the current state.
func (m *Model) Review() *parse.Review {
	rv := &parse.Review{Version: parse.ReviewVersion, Corrections: slices.Clone(m.corrections), DisplayScale: m.scale}
	for company, month := range m.fyes {
		if rv.FiscalYearEnds == nil {
			rv.FiscalYearEnds = map[string]int{}
		}
		rv.FiscalYearEnds[company] = int(month)
	}
	for _, d := range m.rep.Documents {
		rd := parse.ReviewDocument{Name: d.Name, Path: d.Path, Hash: d.Hash}
		if p, ok := m.periods[d.Name]; ok {
			rd.Period = parse.PeriodText(p)
		}
		rv.Documents = append(rv.Documents, rd)
	}
	if rv.Corrections == nil {
		rv.Corrections = []parse.Correction{}
	}
	return rv
}

// FiscalYearEnds are the months a person chose for companies' fiscal
// years to end; the report is built with them.
func (m *Model) FiscalYearEnds() map[string]time.Month { return maps.Clone(m.fyes) }

// SetFiscalYearEnds records the person's choices of fiscal year end; the
// report must then be built again with them (the window does so). They
// are saved with the review.
func (m *Model) SetFiscalYearEnds(fyes map[string]time.Month) {
	m.fyes = maps.Clone(fyes)
	m.generation++ // saved with the review
}

// FiscalYearEndOf says when a company's fiscal year ends and how Facet
// knows: "chosen by you", "read from the documents", or "assumed: the
// documents do not say".
func (m *Model) FiscalYearEndOf(company string) (time.Month, string) {
	cal := m.rep.CalendarOf(company)
	month := cal.FiscalYearEnd
	if month == 0 {
		month = time.December
	}
	how := "assumed: the documents do not say"
	for _, d := range m.rep.Documents {
		switch {
		case d.Context.Company != company:
		case d.Context.FiscalYearEndSet:
			return month, "chosen by you"
		case d.Context.FiscalYearEndStated:
			how = "read from the documents"
		}
	}
	return month, how
}

// DocumentPeriods are the periods a person said documents report.
func (m *Model) DocumentPeriods() map[string]parse.Period { return maps.Clone(m.periods) }

// SetDocumentPeriods records them; the report must then be built again
// (the window does so). They are saved with the review.
func (m *Model) SetDocumentPeriods(periods map[string]parse.Period) {
	m.periods = maps.Clone(periods)
	m.generation++
}

// --- rows, filter, sort ---

// Rows is the number of rows the table shows.
func (m *Model) Rows() int { return len(m.view) }

// Row returns the i-th row shown.
func (m *Model) Row(i int) *Row {
	if i < 0 || i >= len(m.view) {
		return nil
	}
	return &m.rows[m.view[i]]
}

// AllRows is the number of facts, shown or not.
func (m *Model) AllRows() int { return len(m.rows) }

// Filter is the table's filter.
func (m *Model) Filter() Filter { return m.filter }

// SetFilter changes the filter; the selection stays when its row is shown.
func (m *Model) SetFilter(f Filter) {
	m.filter = f
	m.hasSticky = false // a new filter is a fresh look
	m.applyView()
}

// SortBy sorts the table by a column; sorting by the same column again
// reverses the order.
func (m *Model) SortBy(c Column) {
	if m.sorted && m.sortCol == c {
		m.sortDesc = !m.sortDesc
	} else {
		m.sortCol, m.sortDesc, m.sorted = c, false, true
	}
	m.applyView()
}

// Sort reports the column the table is sorted by, and whether descending.
func (m *Model) Sort() (c Column, desc, sorted bool) { return m.sortCol, m.sortDesc, m.sorted }

// rebuild makes the rows from the report's facts and applies the view.
func (m *Model) rebuild() {
	m.rows = makeRows(m.rep, m.scale, m.rows)
	m.version++
	m.counts = countRows(m.rows)
	m.applyView()
}

// makeRows makes the table's rows of rep's facts with money in 10^scale,
// in rows' space when it is large enough. It reads rep only, so it may
// run off the UI goroutine.
func makeRows(rep *parse.Report, scale int, rows []Row) []Row {
	facts := rep.Facts
	if cap(rows) < len(facts) {
		rows = make([]Row, len(facts))
	}
	rows = rows[:len(facts)]
	cals := map[string]parse.Calendar{}
	bounds := rangeBounds(facts)
	for i, f := range facts {
		fillRow(&rows[i], f, rep, cals, bounds, scale)
	}
	return rows
}

// rangeBounds indexes the ends of guided ranges, whose rows name the
// other end.
func rangeBounds(facts []*parse.Fact) map[parse.Key]*parse.Fact {
	bounds := map[parse.Key]*parse.Fact{}
	for _, f := range facts {
		if isRangeEnd(f) {
			bounds[f.Key] = f
		}
	}
	return bounds
}

func isRangeEnd(f *parse.Fact) bool { return f.Scenario == parse.Forecast && f.Bound != parse.Point }

// otherEnd is the key of the other end of f's guided range.
func otherEnd(k parse.Key) parse.Key {
	k.Bound = parse.Min + parse.Max - k.Bound
	return k
}

func fillRow(r *Row, f *parse.Fact, rep *parse.Report, cals map[string]parse.Calendar, bounds map[parse.Key]*parse.Fact, scale int) {
	cal, ok := cals[f.Entity]
	if !ok {
		cal = rep.CalendarOf(f.Entity)
		cals[f.Entity] = cal
	}
	info := f.ConceptInfo()
	var other *parse.Fact
	if isRangeEnd(f) {
		other = bounds[otherEnd(f.Key)]
	}
	r.Fact = f
	r.Cells = [numColumns]string{
		ColStatus:     f.StatusText(),
		ColCompany:    f.Entity,
		ColConcept:    conceptLabel(f.Concept),
		ColSegment:    f.Segment,
		ColPeriod:     cal.Label(f.Period),
		ColScenario:   scenarioText(f.Key, other, info.Kind, scale),
		ColValue:      formatValue(f.Value, f.Decimals, info.Kind, scale),
		ColUnit:       unitText(f.Key, info.Kind, scale),
		ColConfidence: percentText(f.Confidence),
		ColSources:    fmt.Sprint(len(f.Sources)),
	}
	r.sheet = sheetOf(f, info)
	r.search = strings.ToLower(strings.Join(r.Cells[:], "\x00") + "\x00" + f.Concept)
}

// patchRows makes the rows again for the facts that changed since the
// rows were made (and the other ends of changed ranges), keeping the
// rest: what an edit foreseen costs is a row, not the table.
func (m *Model) patchRows() {
	old := m.rows
	facts := m.rep.Facts
	was := make(map[*parse.Fact]int, len(old))
	for i := range old {
		was[old[i].Fact] = i
	}
	changed := map[parse.Key]bool{}
	now := make(map[*parse.Fact]bool, len(facts))
	for _, f := range facts {
		now[f] = true
		if _, ok := was[f]; !ok {
			changed[f.Key] = true
		}
	}
	for i := range old {
		if !now[old[i].Fact] {
			changed[old[i].Fact.Key] = true
		}
	}
	rows := make([]Row, len(facts))
	cals := map[string]parse.Calendar{}
	bounds := rangeBounds(facts)
	for i, f := range facts {
		if j, ok := was[f]; ok && !(isRangeEnd(f) && changed[otherEnd(f.Key)]) {
			rows[i] = old[j]
			continue
		}
		fillRow(&rows[i], f, m.rep, cals, bounds, m.scale)
	}
	m.rows = rows
	m.version++
	m.counts = countRows(m.rows)
	m.applyView()
}

func conceptLabel(name string) string {
	if c, ok := parse.LookupConcept(name); ok && c.Label != "" {
		return c.Label
	}
	return name
}

func sheetOf(f *parse.Fact, info parse.Concept) Sheet {
	if f.Scenario == parse.Forecast {
		return GuidanceSheet
	}
	switch info.Sheet {
	case parse.Summary:
		return SummarySheet
	case parse.Segments:
		return SegmentsSheet
	case parse.Costs:
		return CostsSheet
	case parse.CashFlow:
		return CashFlowSheet
	}
	return AllSheets
}

func (m *Model) applyView() {
	m.view = m.view[:0]
	words := strings.Fields(strings.ToLower(m.filter.Text))
rows:
	for i := range m.rows {
		r := &m.rows[i]
		if m.hasSticky && r.Fact.Key == m.sticky {
			m.view = append(m.view, i)
			continue
		}
		if m.filter.Company != "" && r.Fact.Entity != m.filter.Company ||
			m.filter.Sheet != AllSheets && r.sheet != m.filter.Sheet ||
			!m.filter.Status.match(r.Fact.Status) {
			continue
		}
		for _, w := range words {
			if !strings.Contains(r.search, w) {
				continue rows
			}
		}
		m.view = append(m.view, i)
	}
	if m.sorted {
		less := m.lessFunc(m.sortCol)
		sort.SliceStable(m.view, func(a, b int) bool {
			x, y := &m.rows[m.view[a]], &m.rows[m.view[b]]
			if m.sortDesc {
				return less(y, x)
			}
			return less(x, y)
		})
	}
	m.findSelected()
	m.changed()
}

// findSelected finds the selection's row in the view, once per change of
// the view rather than on every look.
func (m *Model) findSelected() {
	m.selRow = -1
	if !m.hasSelected {
		return
	}
	for vi, ri := range m.view {
		if m.rows[ri].Fact.Key == m.selected {
			m.selRow = vi
			return
		}
	}
}

// lessFunc orders rows by a column: numbers as numbers, periods in time.
func (m *Model) lessFunc(c Column) func(a, b *Row) bool {
	switch c {
	case ColStatus:
		// the ones to look at first
		rank := func(s parse.Status) int {
			return [...]int{parse.Conflict: 0, parse.NeedsReview: 1, parse.Found: 2, parse.Corrected: 3, parse.Confirmed: 4, parse.Rejected: 5}[s]
		}
		return func(a, b *Row) bool { return rank(a.Fact.Status) < rank(b.Fact.Status) }
	case ColPeriod:
		return func(a, b *Row) bool { return a.Fact.Period.SortKey() < b.Fact.Period.SortKey() }
	case ColValue:
		return func(a, b *Row) bool { return a.Fact.Value.LessThan(b.Fact.Value) }
	case ColConfidence:
		return func(a, b *Row) bool { return a.Fact.Confidence < b.Fact.Confidence }
	case ColSources:
		return func(a, b *Row) bool { return len(a.Fact.Sources) < len(b.Fact.Sources) }
	}
	return func(a, b *Row) bool { return strings.ToLower(a.Cells[c]) < strings.ToLower(b.Cells[c]) }
}

func (m *Model) changed() {
	if m.Changed != nil {
		m.Changed()
	}
}

// --- counts ---

// Counts are the status bar's numbers.
type Counts struct {
	Facts, ToReview, Conflicts, Corrected, Confirmed, Rejected int
}

// Counts counts the facts by status.
func (m *Model) Counts() Counts { return m.counts }

func countRows(rows []Row) Counts {
	var c Counts
	for i := range rows {
		c.Facts++
		switch rows[i].Fact.Status {
		case parse.NeedsReview:
			c.ToReview++
		case parse.Conflict:
			c.ToReview++
			c.Conflicts++
		case parse.Corrected:
			c.Corrected++
		case parse.Confirmed:
			c.Confirmed++
		case parse.Rejected:
			c.Rejected++
		}
	}
	return c
}

// Summary is the status bar's text: "141 facts, 8 need review (1 conflict)".
func (c Counts) String() string {
	s := plural(c.Facts, "fact", "facts")
	switch c.ToReview {
	case 0:
		s += ", none needs review"
	case 1:
		s += ", 1 needs review"
	default:
		s += fmt.Sprintf(", %d need review", c.ToReview)
	}
	if c.Conflicts > 0 {
		s += " (" + plural(c.Conflicts, "conflict", "conflicts") + ")"
	}
	if c.Corrected+c.Confirmed+c.Rejected > 0 {
		s += fmt.Sprintf(", %d confirmed, %d corrected, %d rejected", c.Confirmed, c.Corrected, c.Rejected)
	}
	return s
}

// --- selection ---

// Select selects the fact shown in row i.
func (m *Model) Select(i int) {
	r := m.Row(i)
	if r == nil {
		return
	}
	m.selected, m.hasSelected, m.selRow = r.Fact.Key, true, i
	if m.unstick() {
		m.applyView() // the figure edited last leaves a filter it no longer matches
		return
	}
	m.changed()
}

// SelectKey selects the fact with key k, wherever it is.
func (m *Model) SelectKey(k parse.Key) {
	m.selected, m.hasSelected = k, true
	if m.unstick() {
		m.applyView()
		return
	}
	m.findSelected()
	m.changed()
}

// unstick lets the figure edited last go once the selection moves on; it
// reports whether the view must be made again.
func (m *Model) unstick() bool {
	if !m.hasSticky || m.sticky == m.selected {
		return false
	}
	m.hasSticky = false
	return true
}

// Selected returns the selected fact and the row it is shown in, or nil
// when nothing is selected or the filter hides the selection: what the
// table does not show is not acted on. While a refresh has not yet made
// the selection's row, it is the report's fact, at row -1.
func (m *Model) Selected() (*parse.Fact, int) {
	if !m.hasSelected {
		return nil, -1
	}
	if m.selRow >= 0 {
		return m.rows[m.view[m.selRow]].Fact, m.selRow
	}
	if m.SelectionHidden() {
		return nil, -1
	}
	return m.rep.Fact(m.selected), -1
}

// SelectionHidden reports whether the filter hides the selected figure.
func (m *Model) SelectionHidden() bool {
	if !m.hasSelected || m.selRow >= 0 {
		return false
	}
	for i := range m.rows {
		if m.rows[i].Fact.Key == m.selected {
			return true // it has a row, and the view leaves it out
		}
	}
	return false
}

// --- edits ---

// ErrNoFact is returned by an edit when no fact is selected or the fact
// no longer exists.
var ErrNoFact = errors.New("select a figure first")

// Why an edit is refused; valueProblem says each in a sentence.
var (
	errUnknownConcept = errors.New("unknown concept")
	errNoConcept      = errors.New("no concept chosen")
	errNoPeriod       = errors.New("no period chosen")
	errNoSelection    = errors.New("no text selected")
	errNoAlternative  = errors.New("the value is no longer among the sources")
	errSameFigure     = errors.New("the mention's own figure is the figure it is in")
)

func (m *Model) fact(k parse.Key) (*parse.Fact, error) {
	if f := m.rep.Fact(k); f != nil {
		return f, nil
	}
	return nil, ErrNoFact
}

// apply records a change of corrections, refreshes the report and the
// rows, and forgets what was undone.
func (m *Model) apply(what string, sel *parse.Key, cs ...parse.Correction) {
	if len(cs) == 0 {
		return
	}
	now := m.opt.now().UTC().Truncate(time.Second)
	for i := range cs {
		if cs[i].At.IsZero() {
			cs[i].At = now
		}
	}
	m.corrections = append(m.corrections, cs...)
	if sel != nil {
		m.sticky, m.hasSticky = *sel, true
	}
	ch := change{what: what, corrections: len(cs), selectKey: sel}
	if m.async != nil {
		ch.back = m.foresee(cs)
	}
	m.undo = append(m.undo, ch)
	m.redo = nil
	m.refresh(sel)
}

// refresh shows a change of the corrections or the documents: the report
// refreshed in line, or the foreseen facts now and the report refreshed
// in the background.
func (m *Model) refresh(sel *parse.Key) {
	m.generation++
	m.repGen++
	if sel != nil {
		m.selected, m.hasSelected = *sel, true
	}
	if m.async == nil {
		m.rep.Refresh(m.corrections)
		m.rebuild()
		return
	}
	m.patchRows()
	m.refreshLater()
}

// refreshJob is one refresh in the background: a snapshot of what it
// reads, and what it makes.
type refreshJob struct {
	repGen int
	scale  int
	rep    *parse.Report
	cs     []parse.Correction
	rows   []Row
}

func (j *refreshJob) run() {
	j.rep.Refresh(j.cs)
	j.rows = makeRows(j.rep, j.scale, nil)
}

// snapshotJob copies what a refresh reads. The slices are shared: the
// model never writes into a report's slices, it makes new ones.
func (m *Model) snapshotJob() *refreshJob {
	rep := &parse.Report{Documents: m.rep.Documents, Mentions: m.rep.Mentions, Growth: m.rep.Growth}
	return &refreshJob{repGen: m.repGen, scale: m.scale, rep: rep, cs: slices.Clone(m.corrections)}
}

// refreshLater has the report refreshed in the background: at once, or,
// when a refresh is under way, once it lands.
func (m *Model) refreshLater() {
	m.stale = true
	if !m.running {
		m.startRefresh()
	}
}

func (m *Model) startRefresh() {
	j := m.snapshotJob()
	m.running = true
	m.async(j.run, func() { m.landed(j) })
}

// landed takes a refresh's report, unless the corrections or documents
// changed meanwhile: then it starts another on the latest, and the
// foreseen facts stay until that lands.
func (m *Model) landed(j *refreshJob) {
	m.running = false
	if m.detached {
		return
	}
	if j.repGen != m.repGen {
		m.startRefresh()
		return
	}
	m.stale = false
	m.rep = j.rep
	if j.scale != m.scale {
		m.rebuild()
		return
	}
	m.rows = j.rows
	m.version++
	m.counts = countRows(m.rows)
	m.applyView()
}

// Current returns a function that, run on any goroutine, gives the
// report with every correction applied and the checks run on all of
// them: a copy made now when the report is current, else a refresh of a
// snapshot taken now.
func (m *Model) Current() func() *parse.Report {
	if !m.stale {
		s := snapshot(m.rep)
		return func() *parse.Report { return s }
	}
	j := m.snapshotJob()
	return func() *parse.Report {
		j.rep.Refresh(j.cs)
		return j.rep
	}
}

// settle refreshes the report in line if it is not current: for what
// must judge by the checks of the latest edits.
func (m *Model) settle() {
	if !m.stale {
		return
	}
	j := m.snapshotJob()
	j.run()
	m.stale = false
	m.rep = j.rep
	m.rebuild()
}

// foresee applies cs to copies of the facts they name, as parse's
// Refresh will, so that the rows show an edit before the checks have run
// again (the facts keep their old findings until then). It returns the
// edits, which unforesee takes back.
func (m *Model) foresee(cs []parse.Correction) []parse.FactEdit {
	facts, _, edits := parse.ApplyCorrections(m.rep.Facts, m.rep.Documents, cs)
	m.rep.Facts = facts
	return edits
}

// unforesee takes back the edits foresee made, last first.
func (m *Model) unforesee(back []parse.FactEdit) {
	m.rep.Facts = parse.UndoEdits(m.rep.Facts, back)
}

// SetValue sets a fact's value from what a person typed ("1,234.5",
// "(12.3)", "2.35 billion", "17.3%"); money without a scale word is in
// the display scale. Invalid input changes nothing and returns a
// *parse.TypedValueError whose Reason says what is wrong.
func (m *Model) SetValue(k parse.Key, input string) error {
	f, err := m.fact(k)
	if err != nil {
		return err
	}
	v, dec, err := parse.ParseTyped(input, f.ConceptInfo().Kind, m.scale)
	if err != nil {
		return err
	}
	m.apply("set value", &k, parse.Correction{Action: parse.SetValue, Key: parse.KeyOf(k), Value: v.String(), Decimals: &dec})
	return nil
}

// Confirm marks a fact right as it stands.
func (m *Model) Confirm(k parse.Key) error {
	if _, err := m.fact(k); err != nil {
		return err
	}
	m.apply("confirm", &k, parse.Correction{Action: parse.Confirm, Key: parse.KeyOf(k)})
	return nil
}

// Reject marks a fact as no fact of the company.
func (m *Model) Reject(k parse.Key) error {
	if _, err := m.fact(k); err != nil {
		return err
	}
	m.apply("reject", &k, parse.Correction{Action: parse.Reject, Key: parse.KeyOf(k)})
	return nil
}

// ConfirmAllHighConfidence confirms, in one undoable step, every fact
// found with high confidence that no check or reading doubts. It returns
// how many it confirmed.
// The figures are marked confirmed in bulk, apart from those a person
// confirms one by one.
func (m *Model) ConfirmAllHighConfidence() int {
	var cs []parse.Correction
	for _, f := range m.SureOnes() {
		cs = append(cs, parse.Correction{Action: parse.Confirm, Key: parse.KeyOf(f.Key), Note: "high confidence, no findings", Bulk: true})
	}
	m.apply(fmt.Sprintf("confirm %d figures", len(cs)), nil, cs...)
	return len(cs)
}

// SureOnes are the figures ConfirmAllHighConfidence would confirm: found
// with high confidence, and no check or reading doubts them.
func (m *Model) SureOnes() []*parse.Fact {
	m.settle() // judged by the checks of the latest edits
	var out []*parse.Fact
	for _, f := range m.rep.Facts {
		if f.Status == parse.Found && f.Confidence >= m.opt.highConfidence() && !hasOpenFinding(f) {
			out = append(out, f)
		}
	}
	return out
}

// hasOpenFinding reports whether a check failed on f or changed its value.
func hasOpenFinding(f *parse.Fact) bool {
	for _, fd := range f.Findings {
		if !fd.OK || fd.Resolved {
			return true
		}
	}
	return false
}

// RekeyOutcome is what changing a figure's identity does to its value,
// said before it is done.
type RekeyOutcome struct {
	// Existing is the figure already at the new identity: the two become
	// one, and the person chooses which value it keeps.
	Existing *parse.Fact
	// Pinned is set when the value shown holds only while the figure is
	// what it is (a check's reading of a misheard figure): the change
	// keeps it as the person's correction.
	Pinned bool
	// Text says what will happen, in a sentence or two.
	Text string
}

// RekeyOutcome says what Rekey(k, to, …) will do to the figure's value.
// The value never changes unless the person says so.
func (m *Model) RekeyOutcome(k, to parse.Key) RekeyOutcome {
	f, err := m.fact(k)
	if err != nil || k == to {
		return RekeyOutcome{}
	}
	shown := m.valueText(f)
	if g := m.rep.Fact(to); g != nil && g != f {
		return RekeyOutcome{Existing: g, Text: "There is already a figure there: " + m.detailsOf(g).Title + " = " + m.valueText(g) +
			". The two become one figure; choose which value it keeps."}
	}
	if f.Derived && !f.Stated.IsZero() && !f.Stated.Equal(f.Value) {
		stated := formatValue(f.Stated, f.Decimals, f.ConceptInfo().Kind, m.scale)
		return RekeyOutcome{Pinned: true, Text: "The value stays " + shown + ". The documents state " + stated +
			"; a check on " + strings.ToLower(conceptLabel(f.Concept)) + " read it as " + shown +
			", and that check does not follow the figure, so " + shown + " is kept as your correction."}
	}
	return RekeyOutcome{Text: "The value stays " + shown + "."}
}

// Rekey changes what a fact is: its concept, segment, period or whether it
// is guidance. The value stays as shown: a value a check read under the
// old identity is kept as a correction. When a figure is already at the
// new identity the two become one, with this figure's value when keepMine
// is set, else the other's. One undo takes it all back.
func (m *Model) Rekey(k, to parse.Key, keepMine bool) error {
	f, err := m.fact(k)
	if err != nil {
		return err
	}
	if k == to {
		return nil
	}
	if _, ok := parse.LookupConcept(to.Concept); !ok {
		return errUnknownConcept
	}
	if to.Period.IsZero() {
		return errNoPeriod
	}
	out := m.RekeyOutcome(k, to)
	tk := parse.KeyOf(to)
	cs := []parse.Correction{{Action: parse.Rekey, Key: parse.KeyOf(k), To: &tk}}
	if out.Pinned || (out.Existing != nil && keepMine && !out.Existing.Value.Equal(f.Value)) {
		dec := f.Decimals
		cs = append(cs, parse.Correction{Action: parse.SetValue, Key: tk, Value: f.Value.String(), Decimals: &dec,
			Note: "the value shown before the figure's identity changed"})
	}
	m.apply("change figure", &to, cs...)
	return nil
}

// DetachMention takes mention m out of the fact k: into a figure of its own at
// to (with the value m states), or, when to is nil, set aside as no
// mention of the fact. The fact keeps its other mentions; a conflict that
// was only this mention's is settled.
func (m *Model) DetachMention(k parse.Key, mt parse.Mention, to *parse.Key) error {
	f, err := m.fact(k)
	if err != nil {
		return err
	}
	if mt.Doc == nil || !slices.ContainsFunc(f.Sources, func(o parse.Mention) bool { return o.Doc == mt.Doc && o.Span == mt.Span }) {
		return ErrNoFact
	}
	c := parse.Correction{Action: parse.Detach, Key: parse.KeyOf(k),
		Source: &parse.SourceRef{Document: mt.Doc.Name, Hash: mt.Doc.Hash, Start: mt.Span.Start, End: mt.Span.End}}
	what := "set a mention aside"
	if to != nil {
		if _, ok := parse.LookupConcept(to.Concept); !ok {
			return errUnknownConcept
		}
		if to.Period.IsZero() {
			return errNoPeriod
		}
		if *to == k {
			return errSameFigure
		}
		tk := parse.KeyOf(*to)
		c.To = &tk
		what = "make a mention its own figure"
	}
	m.apply(what, &k, c)
	return nil
}

// PickAlternative settles a conflict with one side: the fact takes the
// value alternative i states.
func (m *Model) PickAlternative(k parse.Key, i int) error {
	f, err := m.fact(k)
	if err != nil {
		return err
	}
	alts := f.Alternatives()
	if i < 0 || i >= len(alts) {
		return errNoAlternative
	}
	a := alts[i]
	dec := a.Decimals
	note := "the value stated in " + mentionPlaces(a.Mentions)
	m.apply("pick value", &k, parse.Correction{Action: parse.SetValue, Key: parse.KeyOf(k), Value: a.Value.String(), Decimals: &dec, Note: note})
	return nil
}

// KeepValue settles a conflict in favour of the value the fact has now.
func (m *Model) KeepValue(k parse.Key) error {
	f, err := m.fact(k)
	if err != nil {
		return err
	}
	dec := f.Decimals
	m.apply("pick value", &k, parse.Correction{Action: parse.SetValue, Key: parse.KeyOf(k), Value: f.Value.String(), Decimals: &dec, Note: "the value most sources state"})
	return nil
}

// AddFigure adds a figure the parser missed: the text at span of doc,
// read as input (typed as in SetValue), as the fact to.
func (m *Model) AddFigure(doc *parse.Document, span parse.Span, to parse.Key, input string) error {
	info, ok := parse.LookupConcept(to.Concept)
	if !ok {
		return errUnknownConcept
	}
	if to.Period.IsZero() {
		return errNoPeriod
	}
	if _, ok := doc.MentionAt(span); !ok {
		return errNoSelection
	}
	v, dec, err := parse.ParseTyped(input, info.Kind, m.scale)
	if err != nil {
		return err
	}
	if info.Kind == parse.Ratio {
		to.Currency = ""
	}
	tk := parse.KeyOf(to)
	m.apply("add figure", &to, parse.Correction{
		Action: parse.Add, Key: tk, To: &tk, Value: v.String(), Decimals: &dec,
		Source: &parse.SourceRef{Document: doc.Name, Hash: doc.Hash, Start: span.Start, End: span.End},
	})
	return nil
}

// RemoveDocument takes a document and everything read from it out of the
// report; undo puts it back.
func (m *Model) RemoveDocument(d *parse.Document) {
	if !slices.Contains(m.rep.Documents, d) {
		return
	}
	rm := &removal{doc: d, documents: m.rep.Documents, mentions: m.rep.Mentions, growth: m.rep.Growth, facts: m.rep.Facts}
	m.removeDocument(d)
	m.undo = append(m.undo, change{what: "remove " + d.Name, removed: rm})
	m.redo = nil
	m.refresh(nil)
}

// removeDocument takes d out of the report in new slices, leaving the old
// ones as they were (parse's Remove filters in place).
func (m *Model) removeDocument(d *parse.Document) {
	m.rep.Documents = slices.Clone(m.rep.Documents)
	m.rep.Mentions = slices.Clone(m.rep.Mentions)
	m.rep.Growth = slices.Clone(m.rep.Growth)
	m.rep.Remove(d)
	if m.async != nil {
		// foreseen: the figures only d states go at once
		m.rep.Facts = slices.DeleteFunc(slices.Clone(m.rep.Facts), func(f *parse.Fact) bool {
			return len(f.Sources) > 0 && !slices.ContainsFunc(f.Sources, func(mt parse.Mention) bool { return mt.Doc != d })
		})
	}
}

// Replace shows a report built afresh (documents were added), keeping
// the corrections and their undo history; a removed document's undo goes,
// as the new report has its own reading of the documents.
func (m *Model) Replace(rep *parse.Report) {
	m.rep = rep
	keep := func(c change) bool { return c.removed != nil }
	m.undo = slices.DeleteFunc(m.undo, keep)
	m.redo = slices.DeleteFunc(m.redo, keep)
	for i := range m.undo {
		m.undo[i].back = nil // they name the old report's facts
	}
	if m.async != nil {
		m.foresee(m.corrections)
	}
	m.refresh(nil)
}

// CanUndo and CanRedo say whether there is something to undo or redo, and
// what: "Undo set value".
func (m *Model) CanUndo() (string, bool) {
	if len(m.undo) == 0 {
		return "Undo", false
	}
	return "Undo " + m.undo[len(m.undo)-1].what, true
}

func (m *Model) CanRedo() (string, bool) {
	if len(m.redo) == 0 {
		return "Redo", false
	}
	return "Redo " + m.redo[len(m.redo)-1].what, true
}

// Undo takes back the last change.
func (m *Model) Undo() bool {
	if len(m.undo) == 0 {
		return false
	}
	c := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	if c.removed != nil {
		rm := c.removed
		m.rep.Documents, m.rep.Mentions, m.rep.Growth, m.rep.Facts = rm.documents, rm.mentions, rm.growth, rm.facts
	} else {
		n := len(m.corrections) - c.corrections
		c.undone = slices.Clone(m.corrections[n:])
		m.corrections = m.corrections[:n]
		if m.async != nil && c.back != nil {
			m.unforesee(c.back)
		}
	}
	m.redo = append(m.redo, c)
	var sel *parse.Key
	if c.selectKey != nil && c.corrections == 1 && c.undone[0].Action == parse.Rekey {
		// the fact goes back to where it was
		if k, err := c.undone[0].Key.Key(); err == nil {
			sel = &k
		}
	} else {
		sel = c.selectKey
	}
	m.refresh(sel)
	return true
}

// Redo makes the last undone change again.
func (m *Model) Redo() bool {
	if len(m.redo) == 0 {
		return false
	}
	c := m.redo[len(m.redo)-1]
	m.redo = m.redo[:len(m.redo)-1]
	if c.removed != nil {
		m.removeDocument(c.removed.doc)
	} else {
		m.corrections = append(m.corrections, c.undone...)
		if m.async != nil {
			c.back = m.foresee(c.undone)
		}
		c.undone = nil
	}
	m.undo = append(m.undo, c)
	m.refresh(c.selectKey)
	return true
}

func mentionPlaces(ms []parse.Mention) string {
	var parts []string
	for _, mt := range ms {
		if mt.Doc == nil {
			continue
		}
		parts = append(parts, mt.Doc.Name+" "+mt.Doc.Where(mt.Span.Start))
	}
	if len(parts) == 0 {
		return "a source"
	}
	return strings.Join(parts, ", ")
}

// valueOf is a fact's value as the table shows it, for messages.
// valueText is a figure's value as the table shows it, with its unit.
func (m *Model) valueText(f *parse.Fact) string { return m.valueOf(f.Value, f.Decimals, f.Key) }

func (m *Model) valueOf(v decimal.Decimal, dec int, k parse.Key) string {
	info, _ := parse.LookupConcept(k.Concept)
	s := formatValue(v, dec, info.Kind, m.scale)
	if u := unitText(k, info.Kind, m.scale); u != "%" {
		s += " " + u
	}
	return s
}
