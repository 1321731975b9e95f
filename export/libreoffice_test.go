package export

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

// recalcProfile is a LibreOffice user profile that recalculates every
// formula of an xlsx file on loading instead of trusting the values cached
// in it: the test must see what the formulas compute.
const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// recalculate opens a workbook in LibreOffice headless, recalculating it,
// and returns every sheet as CSV rows of raw values.
func recalculate(t *testing.T, book string) map[string][][]string {
	t.Helper()
	needTool(t, "LibreOffice (libreoffice-calc)", "soffice", "--version")
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "csv")
	// 44,34,76: comma, quote, UTF-8; false at the 9th: raw values, not as
	// shown; -1: every sheet to its own file.
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+profile, "--headless", "--norestore",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, book)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	sheets := map[string][][]string{}
	base := strings.TrimSuffix(filepath.Base(book), ".xlsx")
	files, _ := filepath.Glob(filepath.Join(out, base+"-*.csv"))
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		sheets[strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), base+"-"), ".csv")] = rows
	}
	if len(sheets) == 0 {
		t.Fatalf("soffice wrote no CSV for %s", book)
	}
	return sheets
}

// csvNumber reads a value LibreOffice wrote: 12.5, 12.5% (a percent
// cell), or "n.m.".
func csvNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	pct := strings.HasSuffix(s, "%")
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil {
		return 0, false
	}
	if pct {
		v /= 100
	}
	return v, true
}

// TestLibreOfficeRecalculates makes sure the conversion recalculates: a
// formula whose cached value is wrong must come out right.
func TestLibreOfficeRecalculates(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellInt("Sheet1", "A1", 2)
	f.SetCellFormula("Sheet1", "B1", "A1*3")
	f.SetCellInt("Sheet1", "B1", 999) // the cached value, wrong on purpose
	f.SetCellFormula("Sheet1", "B1", "A1*3")
	path := filepath.Join(t.TempDir(), "stale.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	got := recalculate(t, path)["Sheet1"]
	if len(got) == 0 || len(got[0]) < 2 || got[0][1] != "6" {
		t.Fatalf("LibreOffice gave %v for =A1*3 with A1=2: it did not recalculate", got)
	}
}

// cellMeaning is what a statement cell stands for.
type cellMeaning struct {
	concept, segment string
	growth           bool
	share            bool   // a cost as a share of revenue
	sub              bool   // a part of a segment ("of which Supplies"): never summed with its peers
	period           string // the column's label
	ends             string // the column's last day: "30 Jun 2025"
}

// sheetMeanings reads, from a statement sheet's labels alone (and the
// italics that mark growth rows), what each cell stands for: a concept's
// line, a segment or a line under it, or the growth of one of those.
func sheetMeanings(rows [][]string, italic func(row int) bool) (map[[2]int]cellMeaning, string) {
	get := func(r, c int) string {
		if r < len(rows) && c < len(rows[r]) {
			return rows[r][c]
		}
		return ""
	}
	entity, _, _ := strings.Cut(get(0, 0), " — ")
	out := map[[2]int]cellMeaning{}
	var head cellMeaning              // the total heading a group of lines
	parts := map[string]cellMeaning{} // the group's lines by label
	for r := firstDataRow - 1; r < len(rows); r++ {
		label := get(r, 0)
		if strings.HasPrefix(label, "Blue:") {
			break
		}
		if label == "" || label == "Adjusted (non-GAAP) measures" || strings.HasPrefix(label, "Balance sheet") {
			continue
		}
		var m cellMeaning
		switch {
		case italic(r+1) && (strings.HasSuffix(label, ", % of revenue") || strings.HasSuffix(label, ", %")):
			m = parts[strings.TrimSuffix(strings.TrimSuffix(label, ", % of revenue"), ", %")]
			m.share = true
		case italic(r + 1):
			m = parts[label]
			if label == "YoY growth" {
				m = head
			}
			m.growth = true
		default:
			if c, ok := conceptByLabel(strings.TrimSuffix(label, " (RMB)")); ok {
				m = cellMeaning{concept: c.Name}
				if c.Parent == "" || c.Parent != head.concept {
					head, parts = m, map[string]cellMeaning{}
				}
			} else {
				m = cellMeaning{concept: head.concept, segment: strings.TrimPrefix(label, "of which "), sub: strings.HasPrefix(label, "of which ")}
			}
			parts[label] = m
		}
		for c := 1; c < len(rows[r]); c++ {
			m.period = get(rowPeriods-1, c)
			m.ends = strings.TrimPrefix(get(rowEnds-1, c), "to ")
			out[[2]int{r + 1, c + 1}] = m
		}
	}
	return out, entity
}

var refRE = regexp.MustCompile(`(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?`)

type cellRef struct {
	sheet    string
	col, row int
}

// formulaRefs lists the cells a formula reads, ranges expanded.
func formulaRefs(sheet, formula string) []cellRef {
	var out []cellRef
	for _, m := range refRE.FindAllStringSubmatch(formula, -1) {
		s := sheet
		if m[1] != "" {
			s = strings.ReplaceAll(m[1], "''", "'")
		}
		col, _ := excelize.ColumnNameToNumber(m[2])
		row, _ := strconv.Atoi(m[3])
		lastCol, last := col, row
		if m[5] != "" {
			lastCol, _ = excelize.ColumnNameToNumber(m[4])
			last, _ = strconv.Atoi(m[5])
		}
		for r := row; r <= last; r++ {
			for c := col; c <= lastCol; c++ {
				out = append(out, cellRef{s, c, r})
			}
		}
	}
	return out
}

// TestLibreOfficeFormulas recalculates the workbook in LibreOffice and
// checks every formula of the statement sheets against the facts: it
// reads the cells it should (a total its own segments or lines, gross
// profit revenue and cost of revenue, a margin its profit and revenue,
// growth the same line a year earlier, a link the same figure on its
// home sheet), it computes what those give, that agrees with the figure
// the documents state where they state one, and the value cached in the
// file is what it computes.
func TestLibreOfficeFormulas(t *testing.T) {
	reports := map[string]func() *parse.Report{
		"samples": func() *parse.Report { return sampleReport(t) },
		"two companies": func() *parse.Report {
			return testReport(t, parse.Calendar{},
				fx{entity: "Bob's Cloud", concept: "Revenue", period: "Q2 2024", value: "280", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "Revenue", period: "Q2 2025", value: "300", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Storage", period: "Q2 2025", value: "120", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "Revenue", segment: "Compute", period: "Q2 2025", value: "180", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "CostOfRevenue", period: "Q2 2025", value: "200", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "GrossMargin", period: "Q2 2025", value: "0.333", decimals: 3},
				fx{entity: "Bob's Cloud", concept: "NetIncomeLoss", period: "Q2 2024", value: "-20", decimals: 0},
				fx{entity: "Bob's Cloud", concept: "NetIncomeLoss", period: "Q2 2025", value: "12", decimals: 0},
				fx{entity: "Acme", concept: "Revenue", period: "FY2024", value: "1000", decimals: 0},
				fx{entity: "Acme", concept: "OperatingIncomeLoss", period: "FY2024", value: "-150", decimals: 0},
				fx{entity: "Acme", concept: "Revenue", period: "FY2026", value: "1200", decimals: 0, scenario: parse.Forecast, bound: parse.Min},
				fx{entity: "Acme", concept: "Revenue", period: "FY2026", value: "1300", decimals: 0, scenario: parse.Forecast, bound: parse.Max},
			)
		},
		"a model": func() *parse.Report { return modelReport(t) },
		"a part of a segment": func() *parse.Report {
			return testReport(t, parse.Calendar{FiscalYearEnd: 10},
				fx{concept: "Revenue", period: "Q4 2021", value: "16700000000", decimals: -8},
				fx{concept: "Revenue", segment: "Personal Systems", period: "Q4 2021", value: "11800000000", decimals: -8},
				fx{concept: "Revenue", segment: "Print", period: "Q4 2021", value: "4900000000", decimals: -8},
				fx{concept: "Revenue", segment: "Supplies", period: "Q4 2021", value: "3100000000", decimals: -8},
				fx{concept: "Revenue", segment: "Personal Systems", period: "Q4 2020", value: "10400000000", decimals: -8},
				fx{concept: "Revenue", segment: "Print", period: "Q4 2020", value: "4900000000", decimals: -8},
				fx{concept: "Revenue", segment: "Supplies", period: "Q4 2020", value: "3200000000", decimals: -8},
			)
		},
	}
	for name, mk := range reports {
		t.Run(name, func(t *testing.T) {
			rep := mk()
			path := writeBook(t, rep, WorkbookOptions{})
			calc := recalculate(t, path)
			book, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer book.Close()
			checkFormulas(t, rep, book, calc)
		})
	}
}

func checkFormulas(t *testing.T, rep *parse.Report, book *excelize.File, calc map[string][][]string) {
	type key struct {
		entity, concept, segment, period string
	}
	// a fact's column is named by its period; a balance's by its day
	labelOf := func(f *parse.Fact) string {
		if f.Period.IsInstant() {
			return dayText(f.Period.End)
		}
		return columnLabel(f.Period, rep.CalendarOf(f.Entity))
	}
	facts := map[key]*parse.Fact{}
	guided := map[key][]*parse.Fact{}
	for _, f := range Reportable(rep.Facts) {
		k := key{f.Entity, f.Concept, f.Segment, labelOf(f)}
		if f.Scenario == parse.Actual {
			facts[k] = f
		} else {
			guided[k] = append(guided[k], f)
		}
	}
	// money is shown in millions, the default display scale
	shown := func(concept string, v float64) float64 {
		if c, _ := parse.LookupConcept(concept); c.Kind == parse.Monetary {
			return v / 1e6
		}
		return v
	}
	meanings := map[string]map[[2]int]cellMeaning{}
	entityOf := map[string]string{}
	for _, sheet := range book.GetSheetList() {
		if sheet == "Guidance" || sheet == "Facts" || sheet == "Checks" || sheet == "Sources" {
			continue
		}
		italic := func(row int) bool {
			id, _ := book.GetCellStyle(sheet, cellName(1, row))
			st, _ := book.GetStyle(id)
			return st != nil && st.Font != nil && st.Font.Italic
		}
		meanings[sheet], entityOf[sheet] = sheetMeanings(calc[sheet], italic)
	}
	factAt := func(entity string, m cellMeaning) *parse.Fact {
		if c, _ := parse.LookupConcept(m.concept); c.Instant {
			return facts[key{entity, m.concept, m.segment, m.ends}]
		}
		return facts[key{entity, m.concept, m.segment, m.period}]
	}
	value := func(sheet string, col, row int) (float64, string) {
		rows := calc[sheet]
		if row-1 < len(rows) && col-1 < len(rows[row-1]) {
			s := rows[row-1][col-1]
			v, _ := csvNumber(s)
			return v, s
		}
		return 0, ""
	}
	half := func(f *parse.Fact) float64 {
		if f == nil {
			return 0 // a figure computed, not stated
		}
		return shown(f.Concept, 0.5*math.Pow10(-f.Decimals))
	}
	// the periods each company's columns are labelled with, a year either
	// side of every fact's
	periodOf := map[[2]string]parse.Period{}
	for _, f := range rep.Facts {
		if f.Period.IsInstant() {
			continue
		}
		cal := rep.CalendarOf(f.Entity)
		for k := -40; k <= 40; k++ {
			p := f.Period.Shift(3 * k)
			periodOf[[2]string{f.Entity, columnLabel(p, cal)}] = p
		}
	}
	checked, inputs := 0, 0
	for sheet, cells := range meanings {
		entity := entityOf[sheet]
		cal := rep.CalendarOf(entity)
		for at, m := range cells {
			col, row := at[1], at[0]
			ref := cellName(col, row)
			got, raw := value(sheet, col, row)
			formula, _ := book.GetCellFormula(sheet, ref)
			if raw == "" && formula == "" {
				continue
			}
			stated := factAt(entity, m)
			if formula == "" {
				inputs++
				if g := guided[key{entity, m.concept, m.segment, m.period}]; len(g) > 0 && stated == nil {
					// guidance: the point, or the middle of the range
					var sum float64
					for _, f := range g {
						sum += toFloat(f.Value)
					}
					if want := shown(m.concept, sum/float64(len(g))); !near(got, want) {
						t.Errorf("%s!%s (%v): guidance %s, want %v", sheet, ref, m, raw, want)
					}
					continue
				}
				if m.growth || m.share || stated == nil || !near(got, shown(stated.Concept, toFloat(stated.Value))) {
					t.Errorf("%s!%s (%v): input %s, want the fact %v", sheet, ref, m, raw, stated)
				}
				continue
			}
			checked++
			cached, _ := book.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
			if cv, ok := csvNumber(cached); cached != raw && (!ok || !near(cv, got)) {
				t.Errorf("%s!%s =%s: LibreOffice computes %s, the file caches %s", sheet, ref, formula, raw, cached)
			}
			refs := formulaRefs(sheet, formula)
			var operands []float64
			var slack float64 // how far the inputs' rounding may move the result
			var means []cellMeaning
			empty := false
			for _, r := range refs {
				v, s := value(r.sheet, r.col, r.row)
				if s == "" {
					empty = true
					if !m.growth {
						t.Errorf("%s!%s =%s reads an empty cell %s!%s", sheet, ref, formula, r.sheet, cellName(r.col, r.row))
					}
				}
				operands = append(operands, v)
				rm := meanings[r.sheet][[2]int{r.row, r.col}]
				means = append(means, rm)
				slack += half(factAt(entityOf[r.sheet], rm))
				if entityOf[r.sheet] != entity {
					t.Errorf("%s!%s =%s reads another company's sheet %s", sheet, ref, formula, r.sheet)
				}
			}
			var want float64
			switch {
			case m.growth:
				// the line above, this period and the same one a year before
				var c, p float64
				var cur, prior cellMeaning
				for i, rm := range means {
					if rm.period == m.period {
						cur, c = rm, operands[i]
					} else {
						prior, p = rm, operands[i]
					}
				}
				pc, pp := periodOf[[2]string{entity, cur.period}], periodOf[[2]string{entity, prior.period}]
				if cur.concept != m.concept || cur.segment != m.segment || prior.concept != m.concept || prior.segment != m.segment ||
					pp != pc.Shift(-12) || refs[0].sheet != sheet {
					t.Errorf("%s!%s: growth =%s reads %v and %v", sheet, ref, formula, cur, prior)
				}
				if empty { // a growth rate waits for both figures
					if raw != "" {
						t.Errorf("%s!%s: growth =%s over a missing figure is %q, want it blank", sheet, ref, formula, raw)
					}
					continue
				}
				if p == 0 || (c < 0) != (p < 0) {
					if raw != "n.m." {
						t.Errorf("%s!%s: growth from %v to %v is %s, want n.m.", sheet, ref, p, c, raw)
					}
					continue
				}
				want = (c - p) / math.Abs(p)
			case m.share:
				if len(means) != 2 || means[0].concept != m.concept || means[1].concept != "Revenue" ||
					means[0].segment != m.segment || means[1].segment != m.segment || means[0].period != m.period || means[1].period != m.period {
					t.Errorf("%s!%s: %s as a share of revenue =%s divides %v by %v", sheet, ref, m.concept, formula, means[0], means[len(means)-1])
				}
				want = operands[0] / operands[1]
				slack = math.Inf(1) // not a stated figure
			case strings.HasPrefix(formula, "SUM(") && len(refs) > 1 && refs[0].row == refs[1].row:
				// a year as the sum of its quarters, along its row
				for _, v := range operands {
					want += v
				}
				if why := linearMeaning(m, means, make([]bool, len(means)), cal, periodOf, entity); why != "" {
					t.Errorf("%s!%s: =%s %s", sheet, ref, formula, why)
				}
			case strings.HasPrefix(formula, "SUM("):
				info, _ := parse.LookupConcept(m.concept)
				for _, rm := range means {
					part, _ := parse.LookupConcept(rm.concept)
					isSegment := rm.concept == m.concept && rm.segment != "" && m.segment == ""
					isLine := part.Parent == info.Name && rm.segment == ""
					if (!isSegment && !isLine) || rm.period != m.period || rm.growth || rm.sub {
						t.Errorf("%s!%s: the total %s =%s adds %v, not one of its parts", sheet, ref, m.concept, formula, rm)
					}
				}
				for _, v := range operands {
					want += v
				}
			case strings.Contains(formula, "/"):
				info, _ := parse.LookupConcept(m.concept)
				if len(means) != 2 || means[0].concept != info.Profit || means[1].concept != "Revenue" ||
					means[0].segment != m.segment || means[1].segment != m.segment || means[0].period != m.period || means[1].period != m.period {
					t.Errorf("%s!%s: the margin %s =%s divides %v by %v", sheet, ref, m.concept, formula, means[0], means[len(means)-1])
				}
				want = operands[0] / operands[1]
				slack = math.Abs(want) * (half(facts[key{entity, info.Profit, m.segment, m.period}])/math.Abs(operands[0]) +
					half(facts[key{entity, "Revenue", m.segment, m.period}])/math.Abs(operands[1]))
			case len(refs) > 1:
				// a sum of cells, some taken away: what each may be
				minus := formulaSigns(formula)
				for i, v := range operands {
					if minus[i] {
						want -= v
					} else {
						want += v
					}
				}
				if why := linearMeaning(m, means, minus, cal, periodOf, entity); why != "" {
					t.Errorf("%s!%s: =%s %s", sheet, ref, formula, why)
				}
			default: // the same figure on its home sheet, or a balance in an earlier column
				info, _ := parse.LookupConcept(m.concept)
				same := len(means) == 1 && means[0].concept == m.concept && means[0].segment == m.segment
				if !same || (refs[0].sheet == sheet) != info.Instant || (info.Instant && means[0].ends != m.ends) || (!info.Instant && means[0].period != m.period) {
					t.Errorf("%s!%s: =%s links %v for %v", sheet, ref, formula, means, m)
				}
				want = operands[0]
			}
			if !near(got, want) {
				t.Errorf("%s!%s =%s: LibreOffice computes %s, its operands %v give %v", sheet, ref, formula, raw, operands, want)
			}
			if stated != nil && !m.growth && !m.share {
				if d := math.Abs(got - shown(stated.Concept, toFloat(stated.Value))); d > half(stated)+slack+1e-9*math.Abs(got) {
					t.Errorf("%s!%s =%s gives %s where the documents state %s (±%g): they differ by %g", sheet, ref, formula, raw, stated.Value, half(stated)+slack, d)
				}
			}
		}
	}
	t.Logf("%d formulas and %d inputs checked", checked, inputs)
	if checked == 0 || inputs == 0 {
		t.Fatal("nothing was checked")
	}
	// The Checks sheet's formulas are live too: each difference is its row's
	// stated less computed.
	for r, row := range calc["Checks"] {
		if len(row) < 9 || row[8] == "" {
			continue
		}
		s, ok1 := csvNumber(row[6])
		c, ok2 := csvNumber(row[7])
		d, ok3 := csvNumber(row[8])
		if ok1 && ok2 && ok3 && !near(d, s-c) && math.Abs(d-(s-c)) > 1e-6 {
			t.Errorf("Checks row %d: difference %s, stated %s less computed %s is %v", r+1, row[8], row[6], row[7], s-c)
		}
	}
}

// formulaSigns says, for each cell a formula of sums and differences
// reads, whether it is taken away.
func formulaSigns(formula string) []bool {
	var out []bool
	for _, loc := range refRE.FindAllStringIndex(formula, -1) {
		out = append(out, loc[0] > 0 && formula[loc[0]-1] == '-')
	}
	return out
}

// linearMeaning checks what a sum with differences may add and take away:
// free cash flow is operating cash flow less capital expenditure (and
// finance lease payments); net debt is borrowings less cash and short-term
// investments; a year is its four quarters, a quarter its year less the
// other three. It says what is wrong, or "".
func linearMeaning(m cellMeaning, means []cellMeaning, minus []bool, cal parse.Calendar, periodOf map[[2]string]parse.Period, entity string) string {
	is := func(i int, names ...string) bool {
		for _, n := range names {
			if means[i].concept == n && means[i].segment == "" {
				return true
			}
		}
		return false
	}
	switch m.concept {
	case "FreeCashFlow":
		for i := range means {
			ok := i == 0 && !minus[i] && is(i, "NetCashFromOperating") || i > 0 && minus[i] && is(i, "CapitalExpenditure", "CapitalLeasePayments")
			if !ok || means[i].period != m.period {
				return fmt.Sprintf("for free cash flow reads %v", means)
			}
		}
		return ""
	case "NetDebt":
		for i := range means {
			ok := !minus[i] && is(i, "ShortTermBorrowings", "LongTermBorrowings") ||
				minus[i] && is(i, "CashAndCashEquivalents", "ShortTermInvestments", "CashAndShortTermInvestments")
			if !ok || means[i].ends != m.ends {
				return fmt.Sprintf("for net debt reads %v", means)
			}
		}
		return ""
	case "GrossProfit", "AdjustedGrossProfit":
		adj := strings.TrimSuffix(m.concept, "GrossProfit")
		if len(means) == 2 && means[0].concept == "Revenue" && means[1].concept == adj+"CostOfRevenue" && minus[1] && !minus[0] &&
			means[0].period == m.period && means[1].period == m.period {
			return ""
		}
	}
	// a period from the other periods of its year
	kind, fy, _ := cal.Describe(periodOf[[2]string{entity, m.period}])
	quarters := 0
	for i, rm := range means {
		p := periodOf[[2]string{entity, rm.period}]
		k, y, _ := cal.Describe(p)
		if rm.concept != m.concept || rm.segment != m.segment || y != fy || rm.growth || rm.share {
			return fmt.Sprintf("for %v reads %v", m, rm)
		}
		switch {
		case kind == parse.YearPeriod && k == parse.QuarterPeriod && !minus[i]:
			quarters++
		case kind == parse.QuarterPeriod && i == 0 && k == parse.YearPeriod && !minus[i]:
		case kind == parse.QuarterPeriod && i > 0 && k == parse.QuarterPeriod && minus[i] && rm.period != m.period:
			quarters++
		default:
			return fmt.Sprintf("for %v reads %v", m, rm)
		}
	}
	if (kind == parse.YearPeriod && quarters != 4) || (kind == parse.QuarterPeriod && quarters != 3) {
		return fmt.Sprintf("for %v reads %d quarters", m, quarters)
	}
	return ""
}

// modelReport is a company whose fiscal year ends in October, with what
// the model's formulas are built from: three quarters and the year (the
// fourth quarter is derived), four quarters without their year (the year
// is derived), segments, cash flows (free cash flow is derived) and
// balances (net debt is derived), and guidance for the next quarter and
// the next year.
func modelReport(t testing.TB) *parse.Report {
	cal := parse.Calendar{FiscalYearEnd: 10}
	e := "Halvard Marine"
	return testReport(t, cal,
		fx{entity: e, concept: "Revenue", period: "Q1 2024", value: "200000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q2 2024", value: "210000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q3 2024", value: "220000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "FY2024", value: "870000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q1 2025", value: "230000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q2 2025", value: "240000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q3 2025", value: "250000000", decimals: -6},
		fx{entity: e, concept: "Revenue", period: "Q4 2025", value: "260000000", decimals: -6},
		fx{entity: e, concept: "Revenue", segment: "Marine Systems", period: "Q4 2025", value: "160000000", decimals: -6},
		fx{entity: e, concept: "Revenue", segment: "Services", period: "Q4 2025", value: "100000000", decimals: -6},
		fx{entity: e, concept: "Revenue", segment: "Marine Systems", period: "Q3 2025", value: "150000000", decimals: -6},
		fx{entity: e, concept: "Revenue", segment: "Services", period: "Q3 2025", value: "100000000", decimals: -6},
		fx{entity: e, concept: "CostOfRevenue", period: "Q4 2025", value: "156000000", decimals: -6},
		fx{entity: e, concept: "NetCashFromOperating", period: "FY2025", value: "150000000", decimals: -6},
		fx{entity: e, concept: "CapitalExpenditure", period: "FY2025", value: "40000000", decimals: -6},
		fx{entity: e, concept: "NetCashFromOperating", period: "Q4 2025", value: "60000000", decimals: -6},
		fx{entity: e, concept: "CapitalExpenditure", period: "Q4 2025", value: "12000000", decimals: -6},
		fx{entity: e, concept: "FreeCashFlow", period: "Q4 2025", value: "48000000", decimals: -6},
		fx{entity: e, concept: "CashAndCashEquivalents", period: "2025-10-31", value: "90000000", decimals: -6},
		fx{entity: e, concept: "ShortTermInvestments", period: "2025-10-31", value: "10000000", decimals: -6},
		fx{entity: e, concept: "LongTermBorrowings", period: "2025-10-31", value: "300000000", decimals: -6},
		fx{entity: e, concept: "EPS", period: "Q4 2025", value: "0.42", decimals: 2},
		fx{entity: e, concept: "Revenue", period: "Q1 2026", value: "240000000", decimals: -6, scenario: parse.Forecast},
		fx{entity: e, concept: "Revenue", period: "FY2026", value: "1000000000", decimals: -6, scenario: parse.Forecast, bound: parse.Min},
		fx{entity: e, concept: "Revenue", period: "FY2026", value: "1050000000", decimals: -6, scenario: parse.Forecast, bound: parse.Max},
	)
}
