package export

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// grid is a sheet read by openpyxl, by row and column.
type grid map[[2]int]pyCell

func gridOf(s pySheet) grid {
	g := grid{}
	for _, c := range s.Cells {
		g[[2]int{c.Row, c.Col}] = c
	}
	return g
}

func (g grid) text(row, col int) string { return fmt.Sprint(g[[2]int{row, col}].Value) }

var quarterLabelRE = regexp.MustCompile(`^Q([1-4]) (?:FY)?(\d+)$`)

// TestWorkbookModel reads the workbook as a modeller's first page, with
// openpyxl: each company's statement sheets share one timeline, its
// quarters run without a gap, every growth rate of a row reaches back the
// same number of columns, totals are sums where the segments make them up,
// free cash flow and net debt are formulas, money is in millions, the main
// lines have names that resolve, and the rows describing a line fold away.
func TestWorkbookModel(t *testing.T) {
	cases := []struct {
		name string
		rep  func() *parse.Report
		// sums are cells that must be a SUM of segments; formulas cells
		// that must hold a formula of this shape; values inputs in
		// millions; names the defined names that must resolve to a row
		// of this label
		sums     []string
		formulas map[string]string
		values   map[string]float64
		names    map[string]string
	}{
		{
			name: "samples",
			rep:  func() *parse.Report { return sampleReport(t) },
			// Kingsoft Cloud's two segments make up its revenue and gross
			// profit: the quarters nobody states are their sums
			sums:     []string{"Segments!B7", "Segments!J7", "Segments!B13"},
			formulas: map[string]string{"Cash flow!F11": "F7-F10"},
			values:   map[string]float64{"Segments!F7": 1835.4, "Segments!B8": 1289.1},
			names:    map[string]string{"KC_Revenue": "Revenue", "KC_GrossProfit": "Gross profit", "KC_NetIncome": "Net income (loss)", "KC_EPS": "Diluted earnings (loss) per share (RMB)", "KC_FreeCashFlow": "Free cash flow"},
		},
		{
			name: "two companies and a model",
			rep: func() *parse.Report {
				rep := modelReport(t)
				other := testReport(t, parse.Calendar{},
					fx{entity: "Bob's Cloud", concept: "Revenue", period: "Q2 2024", value: "280000000", decimals: -6},
					fx{entity: "Bob's Cloud", concept: "Revenue", period: "Q4 2024", value: "300000000", decimals: -6},
					fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Storage", period: "Q4 2024", value: "120000000", decimals: -6},
					fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Compute", period: "Q4 2024", value: "180000000", decimals: -6},
					fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Storage", period: "Q2 2024", value: "110000000", decimals: -6},
					fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Compute", period: "Q2 2025", value: "190000000", decimals: -6},
				)
				rep.Documents = append(rep.Documents, other.Documents...)
				rep.Facts = append(rep.Facts, other.Facts...)
				return rep
			},
			formulas: map[string]string{
				"Halvard Marine Segments!E7":   "N7-B7-C7-D7", // Q4 FY24: the year less three quarters
				"Halvard Marine Segments!O7":   "SUM(F7:I7)",  // FY2025: its four quarters
				"Halvard Marine Cash flow!O9":  "O7-O8",       // free cash flow
				"Halvard Marine Cash flow!I15": "I14-I12-I13", // net debt
				"Halvard Marine Cash flow!O12": "I12",         // the year's balance is its last quarter's
			},
			values: map[string]float64{"Halvard Marine Segments!B7": 200, "Halvard Marine Segments!P7": 1025, "Halvard Marine Segments!J7": 240},
			names:  map[string]string{"HM_Revenue": "Revenue", "HM_NetDebt": "Net debt", "HM_FreeCashFlow": "Free cash flow", "BC_Revenue": "Revenue"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := tc.rep()
			book := inspect(t, writeBook(t, rep, WorkbookOptions{}))
			sheets := map[string]grid{}
			for name, s := range book.Sheet {
				sheets[name] = gridOf(s)
			}
			at := func(where string) (pyCell, bool) {
				sheet, ref, _ := strings.Cut(where, "!")
				col, row, err := excelize.CellNameToCoordinates(ref)
				if err != nil {
					t.Fatal(err)
				}
				c, ok := sheets[sheet][[2]int{row, col}]
				return c, ok
			}
			several := len(rep.Entities()) > 1
			growth, folded := 0, 0 // growth formulas and folded rows seen
			for _, e := range rep.Entities() {
				names := statementNames(e, several, map[string]bool{})
				first := sheets[names[0]]
				var header []string
				for col := 2; first.text(rowPeriods, col) != "<nil>"; col++ {
					header = append(header, first.text(rowPeriods, col)+" "+first.text(rowEnds, col))
				}
				if len(header) == 0 {
					t.Fatalf("%s: no period columns", names[0])
				}
				for _, name := range names[1:] { // one timeline on every statement sheet
					g := sheets[name]
					for i, h := range header {
						if got := g.text(rowPeriods, i+2) + " " + g.text(rowEnds, i+2); got != h {
							t.Errorf("%s column %d is %q, %s's is %q", name, i+2, got, names[0], h)
						}
					}
				}
				// contiguous quarters
				prev := -1
				for _, h := range header {
					m := quarterLabelRE.FindStringSubmatch(strings.Fields(h)[0] + " " + strings.Fields(h)[1])
					if m == nil {
						continue
					}
					q, _ := strconv.Atoi(m[1])
					y, _ := strconv.Atoi(m[2])
					i := y*4 + q
					if prev >= 0 && i != prev+1 {
						t.Errorf("%s: quarter %s does not follow the one before", e, h)
					}
					prev = i
				}
				for _, name := range names {
					s := book.Sheet[name]
					g := sheets[name]
					if s.SummaryBelow == nil || *s.SummaryBelow {
						t.Errorf("%s: outline summary below the rows it folds", name)
					}
					for r := firstDataRow; r < 400; r++ {
						label := g.text(r, 1)
						if label == "YoY growth" || strings.HasSuffix(label, ", % of revenue") {
							folded++
							if s.RowOutline[strconv.Itoa(r)] != 1 {
								t.Errorf("%s row %d %q: outline level %d, want 1", name, r, label, s.RowOutline[strconv.Itoa(r)])
							}
						}
						// each growth row: one shape per kind of column
						offsets := map[string]int{}
						for col := 2; col <= len(header)+1; col++ {
							c := g[[2]int{r, col}]
							f, ok := c.Value.(string)
							if !ok || !strings.HasPrefix(f, `=IF(OR(`) {
								continue
							}
							refs := formulaRefs(name, f)
							prior := refs[1].col
							kind := strings.TrimRight(strings.Fields(header[col-2])[0], "0123456789")
							if o, seen := offsets[kind]; seen && o != col-prior {
								t.Errorf("%s!%s: growth reaches back %d columns, others of its row %d", name, c.Ref, col-prior, o)
							}
							offsets[kind] = col - prior
							growth++
							if kind == "Q" && col-prior != 4 {
								t.Errorf("%s!%s: a quarter's growth reaches back %d columns, want 4", name, c.Ref, col-prior)
							}
						}
					}
				}
			}
			if growth == 0 || folded == 0 {
				t.Errorf("%d growth formulas and %d folded rows checked", growth, folded)
			}
			for _, where := range tc.sums {
				if c, ok := at(where); !ok || !strings.HasPrefix(fmt.Sprint(c.Value), "=SUM(") || !c.Italic {
					t.Errorf("%s: %v, want a SUM of its segments, in italics", where, c.Value)
				}
			}
			for where, want := range tc.formulas {
				if c, ok := at(where); !ok || c.Value != "="+want {
					t.Errorf("%s: %v, want =%s", where, c.Value, want)
				}
			}
			for where, want := range tc.values {
				c, ok := at(where)
				if v, isNum := c.Value.(float64); !ok || !isNum || !near(v, want) {
					t.Errorf("%s holds %v, want %v (millions)", where, c.Value, want)
				}
			}
			for name, label := range tc.names {
				dest := book.Names[name]
				if len(dest) != 1 {
					t.Errorf("name %s: %v", name, dest)
					continue
				}
				first, _, _ := strings.Cut(strings.ReplaceAll(dest[0].Range, "$", ""), ":")
				col, row, err := excelize.CellNameToCoordinates(first)
				sheet := strings.ReplaceAll(dest[0].Sheet, "''", "'") // openpyxl leaves a quote doubled
				if err != nil || col != 2 || sheets[sheet].text(row, 1) != label {
					t.Errorf("name %s refers to %s!%s, labelled %q, want the row of %q", name, sheet, dest[0].Range, sheets[sheet].text(row, 1), label)
				}
			}
		})
	}
}

// TestSegmentChartTimeline: the chart of revenue by segment runs along the
// timeline's actual quarters, every one of them from the first to the
// last, and stops before the forecast columns.
func TestSegmentChartTimeline(t *testing.T) {
	rep := modelReport(t)
	b := &bookWriter{rep: rep, scale: 6}
	names := statementNames("Halvard Marine", false, map[string]bool{})
	co := buildCompany("Halvard Marine", rep.CalendarOf("Halvard Marine"), Reportable(rep.Facts), names)
	st := co.sheets[sheetIndex(parse.Segments)]
	chart := b.segmentChart(co, st)
	if chart == nil || len(chart.Series) != 2 {
		t.Fatalf("chart %+v, want a series per segment", chart)
	}
	// Q1 FY24 to Q4 FY25 are columns B to I; Q1 FY26, the forecast, is J
	want := "'Segments'!$B$5:$I$5"
	for _, s := range chart.Series {
		if s.Categories != want || !strings.Contains(s.Values, "!$B$") || !strings.Contains(s.Values, ":$I$") {
			t.Errorf("series %s: categories %s, values %s; want the quarters %s", s.Name, s.Categories, s.Values, want)
		}
	}
}

// TestSubSegments: a business line a document reports inside a segment's
// section (Supplies, after Print) is a part of that segment when the
// segments exceed the company's revenue by it and the others make it up:
// it sits under Print as "of which Supplies", folded, and the total's sum
// skips its row. Three segments that make up the total are peers.
func TestSubSegments(t *testing.T) {
	hp := []fx{
		{concept: "Revenue", period: "Q4 2021", value: "16700000000", decimals: -8},
		{concept: "Revenue", segment: "Personal Systems", period: "Q4 2021", value: "11800000000", decimals: -8},
		{concept: "Revenue", segment: "Print", period: "Q4 2021", value: "4900000000", decimals: -8},
		{concept: "Revenue", segment: "Supplies", period: "Q4 2021", value: "3100000000", decimals: -8},
		{concept: "Revenue", segment: "Personal Systems", period: "Q4 2020", value: "10400000000", decimals: -8},
		{concept: "Revenue", segment: "Print", period: "Q4 2020", value: "4900000000", decimals: -8},
		{concept: "Revenue", segment: "Supplies", period: "Q4 2020", value: "3200000000", decimals: -8},
	}
	co := layout(t, parse.Calendar{}, hp...)
	if co.subOf["Supplies"] != "Print" || len(co.subOf) != 1 {
		t.Fatalf("parts of segments %v, want Supplies in Print", co.subOf)
	}
	st := co.sheets[sheetIndex(parse.Segments)]
	var labels []string
	for _, l := range st.lines[:4] {
		labels = append(labels, fmt.Sprintf("%s/%d/%d", l.label, l.indent, l.outline))
	}
	if got := strings.Join(labels, ", "); got != "Revenue/0/0, Personal Systems/1/0, Print/1/0, of which Supplies/2/1" {
		t.Errorf("lines %s", got)
	}
	// Q4 2020 states no total: the sum of the peers gives it, without Supplies
	c, l, _ := cellAt(t, co, parse.Segments, "Revenue", "Q4 2020")
	if c.kind != formulaCell || c.f.text(l.sheet) != "SUM(B8:B9)" || c.value.String() != "15300000000" {
		t.Errorf("Revenue Q4 2020: %v %s %s, want SUM(B8:B9) = 15.3 billion", c.kind, c.f.text(l.sheet), c.value)
	}
	peers := []fx{
		{concept: "Revenue", period: "Q4 2021", value: "19800000000", decimals: -8},
		{concept: "Revenue", segment: "Personal Systems", period: "Q4 2021", value: "11800000000", decimals: -8},
		{concept: "Revenue", segment: "Print", period: "Q4 2021", value: "4900000000", decimals: -8},
		{concept: "Revenue", segment: "Supplies", period: "Q4 2021", value: "3100000000", decimals: -8},
	}
	if co := layout(t, parse.Calendar{}, peers...); len(co.subOf) != 0 {
		t.Errorf("segments that make up the total: parts %v, want none", co.subOf)
	}
}

// TestRegionBreakdown: a company that gives its revenue by line of
// business and again by region has two breakdowns: the regions follow the
// lines of business, named as regions, and the total's sum is of the lines
// alone. One region among lines of business is a peer of theirs.
func TestRegionBreakdown(t *testing.T) {
	both := []fx{
		{concept: "Revenue", period: "Q3 2025", value: "915000000", decimals: -6},
		{concept: "Revenue", segment: "Energy Systems", period: "Q3 2025", value: "401000000", decimals: -6},
		{concept: "Revenue", segment: "Motive Power", period: "Q3 2025", value: "386000000", decimals: -6},
		{concept: "Revenue", segment: "Specialty", period: "Q3 2025", value: "128000000", decimals: -6},
		{concept: "Revenue", segment: "Americas", period: "Q3 2025", value: "597000000", decimals: -6},
		{concept: "Revenue", segment: "EMEA", period: "Q3 2025", value: "241000000", decimals: -6},
		{concept: "Revenue", segment: "Asia", period: "Q3 2025", value: "77000000", decimals: -6},
		{concept: "Revenue", segment: "Energy Systems", period: "Q2 2025", value: "390000000", decimals: -6},
		{concept: "Revenue", segment: "Motive Power", period: "Q2 2025", value: "370000000", decimals: -6},
		{concept: "Revenue", segment: "Specialty", period: "Q2 2025", value: "120000000", decimals: -6},
		{concept: "Revenue", segment: "Americas", period: "Q2 2025", value: "580000000", decimals: -6},
		{concept: "Revenue", segment: "EMEA", period: "Q2 2025", value: "230000000", decimals: -6},
		{concept: "Revenue", segment: "Asia", period: "Q2 2025", value: "70000000", decimals: -6},
	}
	co := layout(t, parse.Calendar{}, both...)
	if len(co.regions) != 3 || !co.regions["Americas"] || !co.regions["EMEA"] || !co.regions["Asia"] {
		t.Fatalf("regions %v, want Americas, EMEA and Asia", co.regions)
	}
	st := co.sheets[sheetIndex(parse.Segments)]
	var labels []string
	for _, l := range st.lines[:7] {
		labels = append(labels, l.label)
	}
	if got := strings.Join(labels, ", "); got != "Revenue, Energy Systems, Motive Power, Specialty, Americas (region), EMEA (region), Asia (region)" {
		t.Errorf("lines %s", got)
	}
	// Q2 2025 states no total: the lines of business give it, not the regions too
	c, l, _ := cellAt(t, co, parse.Segments, "Revenue", "Q2 2025")
	if c.kind != formulaCell || c.f.text(l.sheet) != "SUM(B8:B10)" || c.value.String() != "880000000" {
		t.Errorf("Revenue Q2 2025: %v %s %s, want SUM(B8:B10) = 880 million", c.kind, c.f.text(l.sheet), c.value)
	}
	peers := []fx{
		{concept: "Revenue", period: "Q3 2025", value: "915000000", decimals: -6},
		{concept: "Revenue", segment: "North America Retail", period: "Q3 2025", value: "600000000", decimals: -6},
		{concept: "Revenue", segment: "Foodservice", period: "Q3 2025", value: "200000000", decimals: -6},
		{concept: "Revenue", segment: "International", period: "Q3 2025", value: "115000000", decimals: -6},
	}
	if co := layout(t, parse.Calendar{}, peers...); len(co.regions) != 0 {
		t.Errorf("one region among lines of business: regions %v, want none", co.regions)
	}
	// regions and businesses that make up the total together are one set
	mixed := []fx{
		{concept: "Revenue", period: "Q2 2025", value: "12500000000", decimals: -6},
		{concept: "Revenue", segment: "North America", period: "Q2 2025", value: "5029000000", decimals: -6},
		{concept: "Revenue", segment: "Latin America", period: "Q2 2025", value: "1587000000", decimals: -6},
		{concept: "Revenue", segment: "Asia Pacific", period: "Q2 2025", value: "1572000000", decimals: -6},
		{concept: "Revenue", segment: "Global Ventures", period: "Q2 2025", value: "2901000000", decimals: -6},
		{concept: "Revenue", segment: "Bottling Investments", period: "Q2 2025", value: "1411000000", decimals: -6},
	}
	if co := layout(t, parse.Calendar{}, mixed...); len(co.regions) != 0 {
		t.Errorf("regions and businesses that are one set: regions %v, want none", co.regions)
	}
}

// TestBulkConfirmationsShow: a figure confirmed in bulk wears its own pale
// fill on the statement sheets, apart from one a person confirmed, and the
// key names it.
func TestBulkConfirmationsShow(t *testing.T) {
	rep := testReport(t, parse.Calendar{},
		fx{concept: "Revenue", period: "Q2 2024", value: "280000000", decimals: -6, status: parse.Confirmed},
		fx{concept: "Revenue", period: "Q2 2025", value: "300000000", decimals: -6, status: parse.Confirmed},
	)
	for _, f := range rep.Facts {
		f.InBulk = f.Period.End.Year == 2025
	}
	f, err := excelize.OpenFile(writeBook(t, rep, WorkbookOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fill := func(ref string) string {
		id, _ := f.GetCellStyle("Segments", ref)
		st, _ := f.GetStyle(id)
		if st == nil || len(st.Fill.Color) == 0 {
			return ""
		}
		return strings.ToUpper(st.Fill.Color[0])
	}
	// Q2 2024 in B, Q2 2025 four columns on, in F
	if got := fill("B7"); got != "" {
		t.Errorf("a figure a person confirmed has the fill %q", got)
	}
	if got := fill("F7"); got != fillBulk {
		t.Errorf("a figure confirmed in bulk has the fill %q, want %s", got, fillBulk)
	}
	key, _ := f.GetRows("Segments")
	if len(key) < 3 || !strings.Contains(strings.Join(key[2], " "), "In bulk") {
		t.Errorf("the key row is %v", key[2])
	}
}
