package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"facet/export/internal/synth"
	"facet/parse"
)

// layout builds the statement sheets of the only company of facts.
func layout(t *testing.T, cal parse.Calendar, facts ...fx) *company {
	t.Helper()
	rep := testReport(t, cal, facts...)
	return buildCompany("Acme Cloud", cal, rep.Facts, [4]string{"Summary", "Segments", "Costs", "Cash flow"})
}

// cellAt finds the cell of a line ("Revenue", or "Revenue/Public cloud"
// for a segment) in a period column of a sheet, loading it, and its column.
func cellAt(t *testing.T, co *company, sheet parse.Sheet, what, period string) (*cell, *line, int) {
	t.Helper()
	concept, segment, _ := strings.Cut(what, "/")
	st := co.sheets[sheetIndex(sheet)]
	for _, l := range st.lines {
		if l.kind != figureLine || l.link != nil || l.key.concept != concept || l.key.segment != segment {
			continue
		}
		for i, c := range st.cols {
			if c.label == period {
				return &co.cellsOf(l)[i], l, i
			}
		}
		t.Fatalf("%s has no column %s (columns %v)", st.name, period, labels(st))
	}
	t.Fatalf("%s has no line %s", st.name, what)
	return nil, nil, 0
}

func labels(st *statement) []string {
	var out []string
	for _, c := range st.cols {
		out = append(out, c.label)
	}
	return out
}

func checkOf(co *company, l *line, col int) *reconciliation {
	co.load(l.slice)
	for i := range l.checks {
		if l.checks[i].at.col == col {
			return &l.checks[i]
		}
	}
	return nil
}

func TestStatementCells(t *testing.T) {
	type want struct {
		sheet   parse.Sheet
		what    string // concept or concept/segment
		period  string
		kind    cellKind
		formula string // the formula's text as written on its sheet: the cell's, or for an input the one its check weighs
		value   string // the cell's value, exactly
		check   string // "agrees", "differs" or "" for no check
		doubt   bool
	}
	cases := []struct {
		name  string
		facts []fx
		want  []want
	}{
		{
			name: "a stated total stays typed; the sum of its segments beside it agrees",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2025", value: "2349200000", decimals: -5},
				{concept: "Revenue", segment: "Public cloud", period: "Q2 2025", value: "1625300000", decimals: -5},
				{concept: "Revenue", segment: "Enterprise cloud", period: "Q2 2025", value: "723900000", decimals: -5},
			},
			want: []want{{parse.Segments, "Revenue", "Q2 2025", inputCell, "SUM(B8:B9)", "2349200000", "agrees", false}},
		},
		{
			name: "a stated total above its segments stays as stated, undoubted: a part may be left out",
			facts: []fx{
				{concept: "Revenue", period: "FY2023", value: "7047500000", decimals: -5},
				{concept: "Revenue", segment: "Public cloud", period: "FY2023", value: "4381741000", decimals: -3},
				{concept: "Revenue", segment: "Enterprise cloud", period: "FY2023", value: "2663993000", decimals: -3},
			},
			want: []want{{parse.Segments, "Revenue", "FY2023", inputCell, "", "7047500000", "differs", false}},
		},
		{
			name: "segments above their stated total leave it undoubted: eliminations or corporate costs may be left out",
			facts: []fx{
				{concept: "Revenue", period: "FY2023", value: "1000000000", decimals: -6},
				{concept: "Revenue", segment: "Public cloud", period: "FY2023", value: "600000000", decimals: -6},
				{concept: "Revenue", segment: "Enterprise cloud", period: "FY2023", value: "500000000", decimals: -6},
			},
			want: []want{{parse.Segments, "Revenue", "FY2023", inputCell, "", "1000000000", "differs", false}},
		},
		{
			name: "segments proven complete in one period give the total of another",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2025", value: "300", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2025", value: "200", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2025", value: "100", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2024", value: "150", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2024", value: "90", decimals: 0},
			},
			want: []want{
				{parse.Segments, "Revenue", "Q2 2024", formulaCell, "SUM(B8:B9)", "240", "", false},
				{parse.Segments, "Revenue", "Q2 2025", inputCell, "SUM(F8:F9)", "300", "agrees", false},
			},
		},
		{
			name: "a sum covers every segment's row: one with no figure in the period adds nothing, and a figure typed there flows in",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2025", value: "300", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2025", value: "200", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2025", value: "60", decimals: 0},
				{concept: "Revenue", segment: "C", period: "Q2 2025", value: "40", decimals: 0},
				{concept: "Revenue", period: "Q2 2024", value: "240", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2024", value: "150", decimals: 0},
				{concept: "Revenue", segment: "C", period: "Q2 2024", value: "90", decimals: 0},
			},
			want: []want{
				{parse.Segments, "Revenue", "Q2 2024", inputCell, "SUM(B8:B10)", "240", "agrees", false},
				{parse.Segments, "Revenue", "Q2 2025", inputCell, "SUM(F8:F10)", "300", "agrees", false},
			},
		},
		{
			name: "segments never shown to be complete leave an unstated total empty",
			facts: []fx{
				{concept: "Revenue", segment: "A", period: "Q2 2024", value: "150", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2024", value: "90", decimals: 0},
			},
			want: []want{{parse.Segments, "Revenue", "Q2 2024", emptyCell, "", "0", "", false}},
		},
		{
			name: "a period where the stated total exceeds its segments disproves them as a whole",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2025", value: "300", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2025", value: "200", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2025", value: "100", decimals: 0},
				{concept: "Revenue", period: "FY2024", value: "1000", decimals: 0},
				{concept: "Revenue", segment: "A", period: "FY2024", value: "600", decimals: 0},
				{concept: "Revenue", segment: "B", period: "FY2024", value: "300", decimals: 0},
				{concept: "Revenue", segment: "A", period: "Q2 2024", value: "150", decimals: 0},
				{concept: "Revenue", segment: "B", period: "Q2 2024", value: "90", decimals: 0},
			},
			want: []want{
				{parse.Segments, "Revenue", "Q2 2024", emptyCell, "", "0", "", false},
				{parse.Segments, "Revenue", "FY2024", inputCell, "", "1000", "differs", false},
			},
		},
		{
			name: "gross profit is revenue less cost of revenue, across sheets, on the stated figures",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2023", value: "1840000000", decimals: -7},
				{concept: "Revenue", segment: "Public cloud", period: "Q2 2023", value: "1160000000", decimals: -7},
				{concept: "Revenue", segment: "Enterprise cloud", period: "Q2 2023", value: "675200000", decimals: -5},
				{concept: "CostOfRevenue", period: "Q2 2023", value: "1628800000", decimals: -5},
				{concept: "IDCCost", period: "Q2 2023", value: "860700000", decimals: -5},
				{concept: "DepreciationAndAmortizationCost", period: "Q2 2023", value: "202100000", decimals: -5},
				{concept: "SolutionDevelopmentCost", period: "Q2 2023", value: "452900000", decimals: -5},
				{concept: "FulfillmentCost", period: "Q2 2023", value: "71700000", decimals: -5},
				{concept: "OtherCost", period: "Q2 2023", value: "41300000", decimals: -5},
			},
			want: []want{
				{parse.Segments, "Revenue", "Q2 2023", inputCell, "SUM(B8:B9)", "1840000000", "agrees", false},
				// the lines give 1,628.7, not the 1,628.8 stated: the stated figure stays
				{parse.Costs, "CostOfRevenue", "Q2 2023", inputCell, "", "1628800000", "rounding", false},
				{parse.Segments, "GrossProfit", "Q2 2023", formulaCell, "B7-'Costs'!B7", "211200000", "", false},
				{parse.Segments, "GrossMargin", "Q2 2023", formulaCell, "B10/B7", "0.1147826086956522", "", false},
			},
		},
		{
			name: "a stated margin the arithmetic reproduces is the live formula; one it contradicts is doubted",
			facts: []fx{
				{concept: "Revenue", period: "H1 2023", value: "3699803000", decimals: -3},
				{concept: "GrossProfit", period: "H1 2023", value: "400791000", decimals: -3},
				{concept: "GrossMargin", period: "H1 2023", value: "0.108", decimals: 3},
				{concept: "Revenue", period: "H1 2024", value: "3667464000", decimals: -3},
				{concept: "GrossProfit", period: "H1 2024", value: "611600000", decimals: -5},
				{concept: "GrossMargin", period: "H1 2024", value: "0.217", decimals: 3},
			},
			want: []want{
				{parse.Segments, "GrossMargin", "H1 2023", formulaCell, "B9/B7", "0.1083276596078224", "agrees", false},
				{parse.Segments, "GrossMargin", "H1 2024", inputCell, "", "0.217", "differs", true},
			},
		},
		{
			name: "one expense line is no breakdown of the total",
			facts: []fx{
				{concept: "OperatingExpenses", period: "FY2023", value: "2958720000", decimals: -3},
				{concept: "GeneralAndAdministrativeExpense", period: "FY2023", value: "1060000000", decimals: -5},
			},
			want: []want{{parse.Costs, "OperatingExpenses", "FY2023", inputCell, "", "2958720000", "", false}},
		},
		{
			name: "a margin the arithmetic misses by rounding stays as stated, undoubted",
			facts: []fx{
				{concept: "Revenue", period: "Q2 2023", value: "1160000000", decimals: -5},
				{concept: "GrossProfit", period: "Q2 2023", value: "59700000", decimals: -5},
				{concept: "GrossMargin", period: "Q2 2023", value: "0.052", decimals: 3},
			},
			// 59.7 / 1,160.0 is 5.15%: 5.1% shown, never the 5.2% stated
			want: []want{{parse.Segments, "GrossMargin", "Q2 2023", inputCell, "", "0.052", "rounding", false}},
		},
		{
			name: "a margin is left as stated where the revenue is not known",
			facts: []fx{
				{concept: "OperatingMargin", period: "FY2024", value: "-0.223", decimals: 3},
				{concept: "OperatingIncomeLoss", period: "FY2024", value: "-1736000000", decimals: -6},
			},
			want: []want{{parse.Summary, "OperatingMargin", "FY2024", inputCell, "", "-0.223", "", false}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			co := layout(t, parse.Calendar{}, tc.facts...)
			for _, w := range tc.want {
				c, l, col := cellAt(t, co, w.sheet, w.what, w.period)
				if c.kind != w.kind {
					t.Errorf("%s %s: kind %v, want %v", w.what, w.period, c.kind, w.kind)
					continue
				}
				if c.kind == formulaCell {
					if got := c.f.text(l.sheet); got != w.formula {
						t.Errorf("%s %s: formula %s, want %s", w.what, w.period, got, w.formula)
					}
				}
				if rc := checkOf(co, l, col); c.kind == inputCell && w.formula != "" && (rc == nil || rc.f.text(l.sheet) != w.formula) {
					t.Errorf("%s %s: the stated figure is weighed against %v, want %s", w.what, w.period, rc, w.formula)
				}
				if c.kind != emptyCell && c.value.String() != w.value {
					t.Errorf("%s %s: value %s, want %s", w.what, w.period, c.value, w.value)
				}
				rc := checkOf(co, l, col)
				got := ""
				if rc != nil {
					switch {
					case rc.holds:
						got = "agrees"
					case rc.rounding:
						got = "rounding"
					default:
						got = "differs"
					}
				}
				if got != w.check {
					t.Errorf("%s %s: check %q, want %q", w.what, w.period, got, w.check)
				}
				if c.doubt != w.doubt {
					t.Errorf("%s %s: doubt %v, want %v", w.what, w.period, c.doubt, w.doubt)
				}
			}
		})
	}
}

func TestGrowth(t *testing.T) {
	co := layout(t, parse.Calendar{},
		fx{concept: "NetIncomeLoss", period: "FY2023", value: "-2183600000", decimals: -5},
		fx{concept: "NetIncomeLoss", period: "FY2024", value: "-1979000000", decimals: -5},
		fx{concept: "NetCashFromOperating", period: "FY2023", value: "-169100000", decimals: -5},
		fx{concept: "NetCashFromOperating", period: "FY2024", value: "628400000", decimals: -5},
		fx{concept: "OperatingIncomeLoss", period: "Q2 2024", value: "-10", decimals: 0},
		fx{concept: "OperatingIncomeLoss", period: "Q2 2025", value: "5", decimals: 0},
		fx{concept: "EPS", period: "Q2 2024", value: "0.40", decimals: 2},
		fx{concept: "EPS", period: "Q2 2025", value: "0.50", decimals: 2},
	)
	growthOf := func(sheet parse.Sheet, concept, period string) (*cell, bool) {
		st := co.sheets[sheetIndex(sheet)]
		for _, l := range st.lines {
			if l.kind == growthLine && l.of.key.concept == concept {
				for i, c := range st.cols {
					if c.label == period {
						return &co.cellsOf(l)[i], true
					}
				}
			}
		}
		return nil, false
	}
	cases := []struct {
		sheet         parse.Sheet
		concept, when string
		value         string
		notMeaningful bool
		noGrowthAtAll bool
	}{
		{parse.Summary, "NetIncomeLoss", "FY2024", "0.0936984795750137", false, false}, // a loss narrowed: growth is an improvement
		{parse.Summary, "OperatingIncomeLoss", "Q2 2025", "", true, false},             // from a loss to a profit
		{parse.Summary, "EPS", "Q2 2025", "0.25", false, false},
		{parse.CashFlow, "NetCashFromOperating", "FY2024", "", false, true}, // no growth lines on Cash flow
	}
	for _, tc := range cases {
		c, ok := growthOf(tc.sheet, tc.concept, tc.when)
		if tc.noGrowthAtAll {
			if ok {
				t.Errorf("%s: a growth line on %v", tc.concept, tc.sheet)
			}
			continue
		}
		if !ok || c.kind != formulaCell {
			t.Errorf("%s %s: no growth formula", tc.concept, tc.when)
			continue
		}
		if c.nm != tc.notMeaningful {
			t.Errorf("%s %s: n.m. %v, want %v", tc.concept, tc.when, c.nm, tc.notMeaningful)
		}
		if !tc.notMeaningful && c.value.String() != tc.value {
			t.Errorf("%s %s: growth %s, want %s", tc.concept, tc.when, c.value, tc.value)
		}
	}
}

func TestColumns(t *testing.T) {
	oct := parse.Calendar{FiscalYearEnd: time.October}
	cases := []struct {
		name   string
		cal    parse.Calendar
		facts  []fx
		sheet  parse.Sheet
		labels []string
		groups []periodGroup
		// forecast lists the columns after the last actual; balance is
		// the column the balance sits in, if any
		forecast []string
		balance  string
	}{
		{
			name: "quarters, half-years, years and balances apart, each oldest first",
			cal:  parse.Calendar{},
			facts: []fx{
				{concept: "CapitalExpenditure", period: "FY2024", value: "1", decimals: 0},
				{concept: "CapitalExpenditure", period: "Q2 2025", value: "1", decimals: 0},
				{concept: "CapitalExpenditure", period: "H1 2024", value: "1", decimals: 0},
				{concept: "CapitalExpenditure", period: "Q2 2023", value: "1", decimals: 0},
				{concept: "CapitalExpenditure", period: "FY2022", value: "1", decimals: 0},
				{concept: "CashAndCashEquivalents", period: "2025-06-30", value: "1", decimals: 0},
				{concept: "CapitalExpenditure", period: "9M 2025", value: "1", decimals: 0},
			},
			sheet: parse.CashFlow,
			// every quarter from the first to the last, the next four, the
			// halves and nine months reported, every year and the next; a
			// balance sits in the quarter that ends on its day
			// (the nine months to September are the last actual)
			labels: []string{"Q2 2023", "Q3 2023", "Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025",
				"Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026", "H1 2024", "9M 2025", "FY2022", "FY2023", "FY2024", "FY2025"},
			groups: []periodGroup{groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter,
				groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupHalf, groupNine, groupYear, groupYear, groupYear, groupYear},
			forecast: []string{"Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026", "FY2025"},
			balance:  "Q2 2025",
		},
		{
			name: "a fiscal year ending in October is labelled by its fiscal year",
			cal:  oct,
			facts: []fx{
				{concept: "Revenue", period: "Q1 FY2022", value: "1", decimals: 0},
				{concept: "Revenue", period: "FY2021", value: "1", decimals: 0},
			},
			sheet:    parse.Segments,
			labels:   []string{"Q1 FY22", "Q2 FY22", "Q3 FY22", "Q4 FY22", "Q1 FY23", "FY2021", "FY2022"},
			groups:   []periodGroup{groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupQuarter, groupYear, groupYear},
			forecast: []string{"Q2 FY22", "Q3 FY22", "Q4 FY22", "Q1 FY23", "FY2022"},
		},
		{
			// a year of 52 or 53 weeks closes its books on 28 September: the
			// balance is the year's, in the year's column, not one of its own
			name: "a balance at a 52-week year's end sits in its year's column",
			cal:  parse.Calendar{FiscalYearEnd: time.September},
			facts: []fx{
				{concept: "NetCashFromOperating", period: "FY2024", value: "1", decimals: 0},
				{concept: "CashAndCashEquivalents", period: "2024-09-28", value: "1", decimals: 0},
			},
			sheet:    parse.CashFlow,
			labels:   []string{"FY2024", "FY2025"},
			groups:   []periodGroup{groupYear, groupYear},
			forecast: []string{"FY2025"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := testReport(t, tc.cal, tc.facts...)
			co := buildCompany("Acme Cloud", tc.cal, rep.Facts, [4]string{"Summary", "Segments", "Costs", "Cash flow"})
			st := co.sheets[sheetIndex(tc.sheet)]
			if got := strings.Join(labels(st), ", "); got != strings.Join(tc.labels, ", ") {
				t.Errorf("columns %s, want %s", got, strings.Join(tc.labels, ", "))
			}
			var forecast []string
			for i, c := range st.cols {
				if i < len(tc.groups) && c.group != tc.groups[i] {
					t.Errorf("column %s in group %s, want %s", c.label, groupTitles[c.group], groupTitles[tc.groups[i]])
				}
				if c.forecast {
					forecast = append(forecast, c.label)
				}
			}
			if strings.Join(forecast, ", ") != strings.Join(tc.forecast, ", ") {
				t.Errorf("forecast columns %v, want %v", forecast, tc.forecast)
			}
			for _, other := range co.sheets { // one timeline for every sheet
				if strings.Join(labels(other), ", ") != strings.Join(labels(st), ", ") {
					t.Errorf("%s has columns %v, %s %v", other.name, labels(other), st.name, labels(st))
				}
			}
			if tc.balance != "" {
				p := testPeriod(t, tc.cal, "2025-06-30")
				if col, ok := st.colOf[p]; !ok || st.cols[col].label != tc.balance {
					t.Errorf("the balance of 30 Jun 2025 is in column %d, want %s", col, tc.balance)
				}
			}
		})
	}
	// Q1 of fiscal 2022 ending October runs November 2021 to January 2022.
	rep := testReport(t, oct, fx{concept: "Revenue", period: "Q1 FY2022", value: "1", decimals: 0})
	if p := rep.Facts[0].Period; p.Start.String() != "2021-11-01" || p.End.String() != "2022-01-31" {
		t.Errorf("Q1 FY2022 of an October year is %v", p)
	}
}

func TestLinesOrderAndSections(t *testing.T) {
	co := layout(t, parse.Calendar{},
		fx{concept: "Revenue", segment: "Small", period: "Q2 2025", value: "100", decimals: 0},
		fx{concept: "Revenue", segment: "Large", period: "Q2 2025", value: "900", decimals: 0},
		fx{concept: "GrossProfit", segment: "Small", period: "Q2 2025", value: "60", decimals: 0},
		fx{concept: "GrossProfit", segment: "Large", period: "Q2 2025", value: "10", decimals: 0},
		fx{concept: "AdjustedEBITDA", period: "Q2 2025", value: "50", decimals: 0},
		fx{concept: "EBITDA", period: "Q2 2025", value: "40", decimals: 0},
	)
	var got []string
	for _, l := range co.sheets[sheetIndex(parse.Segments)].lines {
		if l.kind != growthLine {
			got = append(got, l.label)
		}
	}
	// segments in the order of their revenue under every concept; a total
	// heads its segments even with no figure of its own; a segment's margin
	// is computed where its profit and revenue are known
	want := "Revenue, Large, Small, Gross profit, Large, Small, Gross margin, Large, Small"
	if strings.Join(got, ", ") != want {
		t.Errorf("Segments lines %q, want %q", strings.Join(got, ", "), want)
	}
	got = nil
	for _, l := range co.sheets[sheetIndex(parse.Summary)].lines {
		got = append(got, l.label)
	}
	want = "EBITDA, Adjusted (non-GAAP) measures, Adjusted EBITDA"
	if strings.Join(got, ", ") != want {
		t.Errorf("Summary lines %q, want %q", strings.Join(got, ", "), want)
	}
}

func TestSheetNames(t *testing.T) {
	used := map[string]bool{"Facts": true}
	cases := []struct {
		entity  string
		several bool
		want    [4]string
	}{
		{"Kingsoft Cloud", false, [4]string{"Summary", "Segments", "Costs", "Cash flow"}},
		{"Kingsoft Cloud", true, [4]string{"Kingsoft Cloud Summary", "Kingsoft Cloud Segments", "Kingsoft Cloud Costs", "Kingsoft Cloud Cash flow"}},
		{"A/B: [Holdings]*?", true, [4]string{"A B Holdings Summary", "A B Holdings Segments", "A B Holdings Costs", "A B Holdings Cash flow"}},
		{"International Business Machines Corporation", true, [4]string{"International Business Summary", "International Business Segments", "International Business Ma Costs", "International Busines Cash flow"}},
		{"International Business Machines Corp.", true, [4]string{"International Busin Summary (2)", "International Busi Segments (2)", "International Busines Costs (2)", "International Bus Cash flow (2)"}},
	}
	for _, tc := range cases {
		if tc.several == false {
			got := statementNames(tc.entity, false, map[string]bool{})
			if got != tc.want {
				t.Errorf("%s: %q, want %q", tc.entity, got, tc.want)
			}
			continue
		}
		got := statementNames(tc.entity, true, used)
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.entity, got, tc.want)
		}
		for _, n := range got {
			if len(n) > 31 {
				t.Errorf("%q is longer than Excel allows", n)
			}
		}
	}
	if q := quoteSheet("Bob's Cash flow"); q != "'Bob''s Cash flow'" {
		t.Errorf("quoteSheet: %s", q)
	}
}

func TestToFloat(t *testing.T) {
	for _, s := range []string{"0", "0.167", "-0.31", "3667464000", "1625300000", "0.1083276596078224", "-14292000000",
		"123456789012345678901234567890", "1e-30", "9007199254740993", "0.000000000000000000000123", "12345678901234567e10"} {
		d := decimal.RequireFromString(s)
		want, _ := strconv.ParseFloat(d.String(), 64)
		if got := toFloat(d); got != want {
			t.Errorf("toFloat(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestStatementMemoryBounded holds the statement sheets to bounded memory:
// with eight times the segments, and so the facts, the cells in memory at
// once stay as many (the company's own lines and one segment's), and none
// are left once the workbook is written.
func TestStatementMemoryBounded(t *testing.T) {
	write := func(segments int) (peak, lines, facts int) {
		t.Helper()
		rep := synth.Report(synth.Options{Facts: 1000, Companies: 1, Periods: 12, Segments: segments})
		b := &bookWriter{f: excelize.NewFile(), rep: rep, scale: 6, lines: lineIndex{}, facts: Reportable(rep.Facts)}
		if err := b.write(io.Discard); err != nil {
			t.Fatal(err)
		}
		co := b.companies[0]
		if co.live != 0 {
			t.Errorf("%d segments: %d cells still in memory after writing", segments, co.live)
		}
		for _, st := range co.sheets {
			lines += len(st.lines)
		}
		return co.peak, lines, len(rep.Facts)
	}
	peak1, lines1, facts1 := write(25)
	peak2, lines2, facts2 := write(200)
	if facts2 < 4*facts1 || lines2 < 4*lines1 {
		t.Fatalf("the larger report is not larger: %d facts in %d lines, then %d in %d", facts1, lines1, facts2, lines2)
	}
	if peak1 == 0 || peak2 != peak1 {
		t.Errorf("cells in memory at once: %d for %d facts, %d for %d facts; want the same, above zero", peak1, facts1, peak2, facts2)
	}
}

// TestSlicesIndependent holds what computing the sheets a segment at a
// time rests on: a slice's cells depend on no other segment's, so loading
// the slices in any order gives the same cells and the same checks.
func TestSlicesIndependent(t *testing.T) {
	reports := map[string]*parse.Report{
		"samples":   sampleReport(t),
		"synthetic": synth.Report(synth.Options{Facts: 3000, Companies: 2, Periods: 10, Segments: 6}),
	}
	for name, rep := range reports {
		t.Run(name, func(t *testing.T) {
			facts := Reportable(rep.Facts)
			compared := 0 // segment lines with figures
			for _, entity := range rep.Entities() {
				co := buildCompany(entity, rep.CalendarOf(entity), facts, [4]string{"Summary", "Segments", "Costs", "Cash flow"})
				var lines []*line
				for _, st := range co.sheets {
					for _, l := range st.lines {
						if l.kind != headingLine {
							lines = append(lines, l)
						}
					}
				}
				if len(co.segments) < 2 {
					continue
				}
				fingerprint := func(l *line) string {
					var b strings.Builder
					for i, c := range co.cellsOf(l) {
						if c.empty() {
							continue
						}
						fmt.Fprintf(&b, "%d:%d:%s:%v:%v", i, c.kind, c.value, c.nm, c.doubt)
						if c.f != nil {
							b.WriteString(":" + c.f.text(l.sheet))
						}
						b.WriteString(";")
					}
					if l.kind == figureLine {
						for _, rc := range l.checks {
							fmt.Fprintf(&b, "check %d %s %s %v %v;", rc.at.col, rc.f.text(nil), rc.value, rc.holds, rc.rounding)
						}
					}
					return b.String()
				}
				forward := make([]string, len(lines))
				for i, l := range lines {
					forward[i] = fingerprint(l)
					if l.key.segment != "" && forward[i] != "" {
						compared++
					}
				}
				co.releaseAll()
				for i := len(lines) - 1; i >= 0; i-- {
					if got := fingerprint(lines[i]); got != forward[i] {
						t.Errorf("%s, %s %q: loaded last to first,\n%s\nloaded first to last,\n%s", entity, lines[i].sheet.name, lines[i].label, got, forward[i])
					}
				}
			}
			if compared < 4 {
				t.Errorf("only %d segment lines with figures compared", compared)
			}
		})
	}
}
