package parse

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// The gold labels of the samples, scored the way ../shared/eval/score.py
// scores an xBRL-JSON report: a fact matches a row by concept, segment,
// scenario and period (a day or three either way), and its value is right
// when the two agree to the precision of the less precise one.

type goldRow struct {
	concept, segment, label, scenario string
	period                            Period
	values                            []decimal.Decimal // the true value(s), in base units
	decimals                          []int
	percent                           bool
	currency                          string
	req                               string // R required, O optional, T a trap
	quote                             string
	file                              string
}

var (
	goldPeriodRE = regexp.MustCompile(`^(FY|H1 |H2 |9M |Q[1-4] )(FY)?(\d{4})$`)
	goldFYERE    = regexp.MustCompile(`^#\s*fiscal-year-end:\s*(\d+)`)
)

func goldPeriod(label string, fye time.Month) (Period, error) {
	label = strings.TrimSpace(label)
	if d, err := ParseDate(label); err == nil {
		return InstantAt(d), nil
	}
	m := goldPeriodRE.FindStringSubmatch(label)
	if m == nil {
		return Period{}, fmt.Errorf("bad period label %q", label)
	}
	cal := Calendar{FiscalYearEnd: fye}
	y := atoi(m[3])
	switch k := strings.TrimSpace(m[1]); k {
	case "FY":
		return cal.FiscalYear(y), nil
	case "H1":
		return cal.Half(y, 1), nil
	case "H2":
		return cal.Half(y, 2), nil
	case "9M":
		return cal.NineMonths(y), nil
	default:
		return cal.Quarter(y, int(k[1]-'0')), nil
	}
}

var goldScale = map[string]int32{"one": 0, "thousand": 3, "million": 6, "billion": 9}

func loadGold(t *testing.T, paths []string) []goldRow {
	t.Helper()
	var rows []goldRow
	seen := map[string]bool{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		fye := time.December
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if m := goldFYERE.FindStringSubmatch(line); m != nil {
				fye = time.Month(atoi(m[1]))
			}
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "concept\t") {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) < 8 {
				t.Fatalf("%s: short row %q", path, line)
			}
			p, err := goldPeriod(c[2], fye)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			row := goldRow{concept: c[0], segment: normSegment(c[1]), label: c[2], period: p, currency: c[4],
				percent: c[4] == "percent", req: c[6], quote: c[7], file: filepath.Base(path)}
			if len(c) > 8 {
				row.scenario = strings.TrimSpace(c[8])
			}
			for _, v := range strings.Split(c[3], "|") {
				d := decimal.RequireFromString(v)
				places := 0
				if i := strings.IndexByte(v, '.'); i >= 0 {
					places = len(v) - i - 1
				}
				if row.percent {
					row.values = append(row.values, d.Shift(-2))
					row.decimals = append(row.decimals, places+2)
				} else {
					exp := goldScale[c[5]]
					row.values = append(row.values, d.Shift(exp))
					row.decimals = append(row.decimals, places-int(exp))
				}
			}
			key := fmt.Sprint(row.concept, row.segment, row.period, row.scenario)
			if seen[key] {
				continue // the same figure labelled in two documents counts once
			}
			seen[key] = true
			rows = append(rows, row)
		}
		f.Close()
	}
	return rows
}

// normSegment makes segment names comparable, aliases folded, as score.py does.
func normSegment(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	n := strings.TrimSuffix(b.String(), "member")
	switch n {
	case "industrycloudservices", "industrycloud", "enterprisecloud":
		return "enterprisecloudservices"
	case "publiccloud":
		return "publiccloudservices"
	}
	return n
}

func scenarioOf(f *Fact) string {
	if f.Scenario != Forecast {
		return ""
	}
	if f.Bound == Point {
		return "forecast"
	}
	return "forecast-" + f.Bound.String()
}

func samePeriod(a, b Period) bool {
	near := func(x, y Date) bool {
		d := x.time().Sub(y.time())
		return d >= -72*time.Hour && d <= 72*time.Hour
	}
	if a.IsInstant() != b.IsInstant() {
		return false
	}
	return near(a.End, b.End) && (a.IsInstant() || near(a.Start, b.Start))
}

func (g goldRow) matches(f *Fact) bool {
	if g.percent != (f.Currency == "" && f.ConceptInfo().Kind == Ratio) {
		return false
	}
	if !g.percent && f.Currency != g.currency {
		return false
	}
	for i, v := range g.values {
		dec := min(g.decimals[i], f.Decimals)
		if agrees(v, dec, f.Value, dec) {
			return true
		}
	}
	return false
}

type goldScore struct {
	required, found, right, wrong, traps, trapsOK, trapsUnmarked int
	problems                                                     []string
}

func scoreGold(rep *Report, rows []goldRow) goldScore {
	var s goldScore
	for _, g := range rows {
		var cands []*Fact
		for _, f := range rep.Facts {
			if f.Status != Rejected && f.Concept == g.concept && normSegment(f.Segment) == g.segment && scenarioOf(f) == g.scenario && samePeriod(f.Period, g.period) {
				cands = append(cands, f)
			}
		}
		ok, marked := false, false
		for _, f := range cands {
			if g.matches(f) {
				ok = true
			}
			if f.Status != Found || f.Derived {
				marked = true
			}
		}
		if g.req == "T" {
			s.traps++
			switch {
			case ok:
				s.trapsOK++
			case len(cands) > 0 && !marked:
				s.trapsUnmarked++
				s.problems = append(s.problems, fmt.Sprintf("trap reported as stated, unmarked: %s %s %s [%s]", g.concept, g.segment, g.label, g.quote))
			}
			continue
		}
		if g.req == "R" {
			s.required++
		}
		switch {
		case ok:
			s.right++
			if g.req == "R" {
				s.found++
			}
		case len(cands) > 0:
			s.wrong++
			s.problems = append(s.problems, fmt.Sprintf("wrong %s %s %s: got %s [%s]", g.concept, g.segment, g.label, cands[0].Value, g.quote))
		case g.req == "R":
			s.problems = append(s.problems, fmt.Sprintf("missed %s %s %s [%s]", g.concept, g.segment, g.label, g.quote))
		}
	}
	return s
}

func (s goldScore) recall() float64    { return float64(s.found) / float64(max(1, s.required)) }
func (s goldScore) precision() float64 { return float64(s.right) / float64(max(1, s.right+s.wrong)) }

// TestSamplesGold holds the samples' score where it stands (114 of 114
// found, none wrong), allowing one figure of slack either way: recall and
// precision at least 0.99, and no trap reported as stated without a mark.
func TestSamplesGold(t *testing.T) {
	docPaths, _ := filepath.Glob("../testdata/samples/*.txt")
	goldPaths, _ := filepath.Glob("../testdata/samples/*.gold.tsv")
	if len(docPaths) != 5 || len(goldPaths) != 5 {
		t.Fatalf("want 5 samples with gold labels, have %d and %d", len(docPaths), len(goldPaths))
	}
	docs, errs := LoadAll(docPaths, LoadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rep := Build(docs, Options{})
	s := scoreGold(rep, loadGold(t, goldPaths))
	for _, p := range s.problems {
		t.Log(p)
	}
	t.Logf("required found %d/%d, right %d, wrong %d; traps corrected %d of %d, unmarked %d",
		s.found, s.required, s.right, s.wrong, s.trapsOK, s.traps, s.trapsUnmarked)
	if s.recall() < 0.99 {
		t.Errorf("recall %.3f, want at least 0.99", s.recall())
	}
	if s.precision() < 0.99 {
		t.Errorf("precision %.3f, want at least 0.99", s.precision())
	}
	if s.trapsUnmarked > 0 {
		t.Errorf("%d traps reached the output unmarked", s.trapsUnmarked)
	}
	if s.traps != 3 {
		t.Errorf("the gold labels hold %d traps, want 3", s.traps)
	}
	// every sample is Kingsoft Cloud's: one entity
	if ents := rep.Entities(); len(ents) != 1 || ents[0] != "Kingsoft Cloud" {
		t.Errorf("entities %q, want one: Kingsoft Cloud", ents)
	}
}
