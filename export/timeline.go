package export

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// A company's timeline is the one row of period columns every statement
// sheet of it shares, so that column D is the same quarter on Summary,
// Segments, Costs and Cash flow, and a formula reaching back a year reaches
// back the same number of columns in every cell of a row:
//
//   - every quarter from the first to the last one any document reports,
//     blank where nothing is known, then the next four quarters, where
//     guidance goes;
//   - the half-years and nine months reported, each run without a gap;
//   - every fiscal year from the first to the last reported, then the
//     next one;
//   - periods of other lengths as they are reported;
//   - the days of balances that are no column's last day.
//
// A balance (an instant) sits in the first column that ends on its day:
// the quarter's, and its half-year's and year's through a link.

// timeline is the columns of one company and where each period falls.
type timeline struct {
	cols []column
	// colOf gives the column of an actual figure's period; an instant
	// maps to the first column ending on its day.
	colOf map[parse.Period]int
	// forecastOf gives the column of a guided period: only the columns
	// after the last actual hold guidance.
	forecastOf map[parse.Period]int
	// linkTo gives, for a later column that ends on the same day as a
	// balance's column, that column: it repeats the balance.
	linkTo map[int]int
	// quarters gives, for an actual year's column or an actual quarter's,
	// the columns of the year's four quarters (-1 where one has none), and
	// year the column of a quarter's year (-1 when there is none)
	quarters map[int][4]int
	year     map[int]int
}

// periodIndex numbers the periods of one kind in a row: quarter q of
// fiscal year fy is 4*fy+q-1, so consecutive quarters differ by one.
func periodIndex(fy, n, perYear int) int { return fy*perYear + n - 1 }

// newTimeline lays out the columns of a company from its actual figures
// and its guidance.
func newTimeline(cal parse.Calendar, actual, guided []*parse.Fact) *timeline {
	t := &timeline{colOf: map[parse.Period]int{}, forecastOf: map[parse.Period]int{}, linkTo: map[int]int{}}
	quarters, halves, nines, years := map[int]bool{}, map[int]bool{}, map[int]bool{}, map[int]bool{}
	others := map[parse.Period]bool{}
	var instants []parse.Period
	seenInstant := map[parse.Period]bool{}
	var lastEnd parse.Date
	for _, f := range actual {
		p := f.Period
		if p.IsInstant() {
			if !seenInstant[p] {
				seenInstant[p] = true
				instants = append(instants, p)
			}
			continue
		}
		if lastEnd.Before(p.End) {
			lastEnd = p.End
		}
		switch kind, fy, n := cal.Describe(p); kind {
		case parse.QuarterPeriod:
			quarters[periodIndex(fy, n, 4)] = true
		case parse.HalfPeriod:
			halves[periodIndex(fy, n, 2)] = true
		case parse.NineMonthPeriod:
			nines[fy] = true
		case parse.YearPeriod:
			years[fy] = true
		default:
			others[p] = true
		}
	}
	// the quarter after the last actual opens the forecast
	nextQuarter := 0
	if !lastEnd.IsZero() {
		fy := cal.FiscalYearOf(lastEnd)
		for q := 1; q <= 4; q++ {
			if p := cal.Quarter(fy, q); !lastEnd.Before(p.Start) && !p.End.Before(lastEnd) {
				nextQuarter = periodIndex(fy, q, 4) + 1
			}
		}
	}
	guidedQuarter := false
	for _, f := range guided {
		if kind, fy, n := cal.Describe(f.Period); kind == parse.QuarterPeriod && periodIndex(fy, n, 4) >= nextQuarter {
			guidedQuarter = true
		}
	}
	add := func(p parse.Period, group periodGroup, forecast bool) {
		c := newColumn(p, cal)
		c.group, c.forecast = group, forecast
		t.cols = append(t.cols, c)
	}
	quarterOf := func(i int) parse.Period { return cal.Quarter(floorDiv(i, 4), i-4*floorDiv(i, 4)+1) }
	if first, _, ok := span(quarters); ok {
		for i := first; i < nextQuarter; i++ {
			add(quarterOf(i), groupQuarter, false)
		}
	}
	if nextQuarter != 0 && (len(quarters) > 0 || guidedQuarter) {
		for i := nextQuarter; i < nextQuarter+4; i++ {
			add(quarterOf(i), groupQuarter, true)
		}
	}
	if first, last, ok := span(halves); ok {
		for i := first; i <= last; i++ {
			add(cal.Half(floorDiv(i, 2), i-2*floorDiv(i, 2)+1), groupHalf, false)
		}
	}
	if first, last, ok := span(nines); ok {
		for fy := first; fy <= last; fy++ {
			add(cal.NineMonths(fy), groupNine, false)
		}
	}
	nextYear := 0
	if nextQuarter != 0 {
		nextYear = floorDiv(nextQuarter, 4)
	}
	first, last, ok := span(years)
	if ok {
		for fy := first; fy <= last; fy++ {
			add(cal.FiscalYear(fy), groupYear, false)
		}
	}
	if nextYear != 0 && (!ok || nextYear > last) {
		add(cal.FiscalYear(nextYear), groupYear, true)
	}
	var rest []parse.Period
	for p := range others {
		rest = append(rest, p)
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].SortKey() < rest[j].SortKey() })
	for _, p := range rest {
		add(p, groupOther, false)
	}
	for i, c := range t.cols {
		if c.forecast {
			t.forecastOf[c.period] = i
		} else {
			t.colOf[c.period] = i
		}
	}
	t.relate(cal)
	// balances: in the first actual column that ends on their day, else a
	// column of their own
	sort.Slice(instants, func(i, j int) bool { return instants[i].SortKey() < instants[j].SortKey() })
	for _, p := range instants {
		// a year of 52 or 53 weeks closes its books on a weekday near the
		// month's end (28 Sep 2024 for a year to September): its balances
		// are that period's
		end, found := p.End, false
		for k := 0; k <= 7 && !found; k++ {
			for _, d := range []parse.Date{p.End.AddDays(k), p.End.AddDays(-k)} {
				if !found && t.endsOn(d) {
					end, found = d, true
				}
			}
		}
		home := -1
		for i, c := range t.cols {
			if c.forecast || c.group == groupOther || c.period.End != end {
				continue
			}
			if home < 0 {
				home = i
			} else {
				t.linkTo[i] = home
			}
		}
		if home < 0 {
			home = len(t.cols)
			t.cols = append(t.cols, newColumn(p, cal))
		}
		t.colOf[p] = home
	}
	return t
}

// endsOn reports whether an actual column of a quarter, half-year, nine
// months or year ends on day d.
func (t *timeline) endsOn(d parse.Date) bool {
	for _, c := range t.cols {
		if !c.forecast && c.group != groupOther && c.group != groupInstant && c.period.End == d {
			return true
		}
	}
	return false
}

// span is the least and greatest of a set of numbers.
func span(set map[int]bool) (first, last int, ok bool) {
	for i := range set {
		if !ok || i < first {
			first = i
		}
		if !ok || i > last {
			last = i
		}
		ok = true
	}
	return first, last, ok
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// columnLabel names a period as the company does: Q2 2024 and FY2024 for a
// year ending in December; Q1 FY22 and FY2022 for a year ending in another
// month.
func columnLabel(p parse.Period, cal parse.Calendar) string {
	kind, fy, n := cal.Describe(p)
	fiscal := cal.FiscalYearEnd != 0 && cal.FiscalYearEnd != time.December
	year := fmt.Sprint(fy)
	if fiscal {
		year = fmt.Sprintf("FY%02d", fy%100)
	}
	switch kind {
	case parse.YearPeriod:
		return fmt.Sprintf("FY%d", fy)
	case parse.NineMonthPeriod:
		return "9M " + year
	case parse.HalfPeriod:
		return fmt.Sprintf("H%d %s", n, year)
	case parse.QuarterPeriod:
		return fmt.Sprintf("Q%d %s", n, year)
	}
	return cal.Label(p)
}

// names gives each company's main lines a workbook-wide name, so that a
// model links by name and not by cell: KC_Revenue is the row of Kingsoft
// Cloud's revenue across every period column. Segments, lines in a second
// currency and rows that repeat another sheet's get none.
func (b *bookWriter) names() error {
	used := map[string]bool{}
	for _, co := range b.companies {
		prefix := namePrefix(co.entity)
		for n := 2; used[prefix]; n++ {
			prefix = namePrefix(co.entity) + fmt.Sprint(n)
		}
		used[prefix] = true
		for _, st := range co.sheets {
			for _, l := range st.lines {
				if l.kind != figureLine || l.link != nil || l.key.segment != "" || l.row == 0 ||
					(l.key.currency != co.currency && l.concept.Kind == parse.Monetary) {
					continue
				}
				name := prefix + "_" + shortName(l.key.concept)
				if used[name] {
					continue
				}
				used[name] = true
				ref := fmt.Sprintf("%s!$B$%d:$%s$%d", quoteSheet(st.name), l.row, colName(1+len(st.cols)), l.row)
				if err := b.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: ref,
					Comment: l.label + ", " + co.entity}); err != nil {
					return fmt.Errorf("naming %s: %w", name, err)
				}
			}
		}
	}
	return nil
}

// namePrefix is a company's initials: KC for Kingsoft Cloud; a name of one
// word keeps up to four letters (HP, ACME).
func namePrefix(entity string) string {
	var words []string
	entity = strings.NewReplacer("'", "", "’", "").Replace(entity) // Bob's Cloud: BC
	for _, w := range strings.FieldsFunc(entity, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !corporateSuffix[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	var b strings.Builder
	switch len(words) {
	case 0:
		b.WriteString("CO")
	case 1:
		for _, r := range words[0] {
			if b.Len() < 4 && r < unicode.MaxASCII {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
	default:
		for _, w := range words {
			if r := []rune(w)[0]; r < unicode.MaxASCII {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
	}
	p := b.String()
	if p == "" || unicode.IsDigit(rune(p[0])) {
		p = "C" + p // a name may not start with a digit
	}
	return p
}

var corporateSuffix = map[string]bool{"inc": true, "corp": true, "corporation": true, "ltd": true, "limited": true,
	"plc": true, "ag": true, "sa": true, "se": true, "nv": true, "co": true, "company": true, "group": true, "holdings": true, "the": true}

// shortName is the name of a line in a defined name: the concept's, without
// "Loss" (NetIncome, OperatingIncome).
func shortName(concept string) string {
	return strings.TrimSuffix(strings.ReplaceAll(concept, "Loss", ""), "Expense")
}

// relate finds, once, the columns a year and its quarters are computed
// from each other with.
func (t *timeline) relate(cal parse.Calendar) {
	t.quarters, t.year = map[int][4]int{}, map[int]int{}
	for i, c := range t.cols {
		if c.forecast {
			continue
		}
		kind, fy, _ := cal.Describe(c.period)
		if kind != parse.YearPeriod && kind != parse.QuarterPeriod {
			continue
		}
		var qs [4]int
		for q := range qs {
			col, ok := t.colOf[cal.Quarter(fy, q+1)]
			if !ok {
				col = -1
			}
			qs[q] = col
		}
		t.quarters[i] = qs
		y, ok := t.colOf[cal.FiscalYear(fy)]
		if !ok {
			y = -1
		}
		t.year[i] = y
	}
}

// Timeline is a company's period columns as the workbook lays them out,
// for other views of the same figures (the window's model view).
type Timeline struct {
	Columns []TimelineColumn
	t       *timeline
}

// TimelineColumn is one period column.
type TimelineColumn struct {
	Period   parse.Period
	Label    string // "Q2 2025", "Q1 FY22", "FY2024", "30 Jun 2025"
	Ends     string // "to 30 Jun 2025"
	Group    string // "Quarters", "Next four quarters", "Years"…
	Forecast bool   // after the last actual: guidance goes here
}

// CompanyTimeline lays out the columns of entity's figures in rep: every
// quarter from the first to the last, the next four, the half-years and
// nine months reported, every fiscal year and the next, other periods,
// and the days of balances that are no column's last day.
func CompanyTimeline(rep *parse.Report, entity string) *Timeline {
	var actual, guided []*parse.Fact
	for _, f := range rep.Facts {
		if f.Entity != entity || f.Status == parse.Rejected {
			continue
		}
		if f.Scenario == parse.Forecast {
			guided = append(guided, f)
		} else {
			actual = append(actual, f)
		}
	}
	t := newTimeline(rep.CalendarOf(entity), actual, guided)
	out := &Timeline{t: t}
	for _, c := range t.cols {
		out.Columns = append(out.Columns, TimelineColumn{Period: c.period, Label: c.label, Ends: c.ends, Group: groupTitle(c), Forecast: c.forecast})
	}
	return out
}

// ColumnOf is the column a figure sits in: an actual in its period's (a
// balance in the first column ending on its day), guidance in a forecast
// column; ok is false when the timeline has none for it.
func (tl *Timeline) ColumnOf(f *parse.Fact) (int, bool) {
	if f.Scenario == parse.Forecast {
		i, ok := tl.t.forecastOf[f.Period]
		return i, ok
	}
	i, ok := tl.t.colOf[f.Period]
	return i, ok
}
