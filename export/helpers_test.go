package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// fx describes a fact for a test: "Revenue", segment, period as analysts
// write it, value as a decimal in base units, decimals.
type fx struct {
	concept, segment, period, value string
	decimals                        int
	status                          parse.Status
	scenario                        parse.Scenario
	bound                           parse.Bound
	entity, currency                string
}

var periodRE = regexp.MustCompile(`^(?:(Q)([1-4])|(H)([12])|(9M)|(FY))\s*(?:FY)?(\d{4})$`)

// testPeriod reads "Q2 2025", "H1 2024", "FY2024", "9M 2025" or an
// instant "2025-06-30" in calendar cal.
func testPeriod(t testing.TB, cal parse.Calendar, s string) parse.Period {
	t.Helper()
	if d, err := parse.ParseDate(s); err == nil {
		return parse.InstantAt(d)
	}
	m := periodRE.FindStringSubmatch(strings.ReplaceAll(s, "FY ", "FY"))
	if m == nil {
		t.Fatalf("bad test period %q", s)
	}
	year, _ := strconv.Atoi(m[7])
	switch {
	case m[1] != "":
		n, _ := strconv.Atoi(m[2])
		return cal.Quarter(year, n)
	case m[3] != "":
		n, _ := strconv.Atoi(m[4])
		return cal.Half(year, n)
	case m[5] != "":
		return cal.NineMonths(year)
	}
	return cal.FiscalYear(year)
}

// testReport builds a report of facts, each with a source sentence in one
// document per company.
func testReport(t testing.TB, cal parse.Calendar, facts ...fx) *parse.Report {
	t.Helper()
	rep := &parse.Report{}
	docs := map[string]*parse.Document{}
	var texts = map[string]*strings.Builder{}
	type pending struct {
		f          *parse.Fact
		doc        string
		start, end int
		fig        [2]int
	}
	var ps []pending
	for _, x := range facts {
		entity := x.entity
		if entity == "" {
			entity = "Acme Cloud"
		}
		c, ok := parse.LookupConcept(x.concept)
		if !ok {
			t.Fatalf("unknown concept %q", x.concept)
		}
		cur := x.currency
		if cur == "" && (c.Kind == parse.Monetary || c.Kind == parse.PerShare) {
			cur = "CNY"
		}
		v, err := decimal.NewFromString(x.value)
		if err != nil {
			t.Fatal(err)
		}
		f := &parse.Fact{Key: parse.Key{Entity: entity, Concept: x.concept, Segment: x.segment, Period: testPeriod(t, cal, x.period),
			Scenario: x.scenario, Bound: x.bound, Currency: cur}, Value: v, Decimals: x.decimals, Status: x.status, Confidence: 0.9}
		b := texts[entity]
		if b == nil {
			b = &strings.Builder{}
			texts[entity] = b
		}
		start := b.Len()
		fmt.Fprintf(b, "In %s, %s %s was ", x.period, strings.ToLower(c.Label), x.segment)
		lo := b.Len() - start
		fmt.Fprintf(b, "RMB%s", x.value)
		hi := b.Len() - start
		b.WriteString(" according to the company.\n")
		ps = append(ps, pending{f, entity, start, b.Len() - 1, [2]int{lo, hi}})
		rep.Facts = append(rep.Facts, f)
	}
	for entity, b := range texts {
		d, err := parse.Parse(strings.ToLower(strings.ReplaceAll(entity, " ", "-"))+".txt", []byte(b.String()), parse.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d.Context = parse.Context{Company: entity, Kind: parse.PressRelease, Calendar: cal, Currency: "CNY", FiscalYearEndStated: cal.FiscalYearEnd != 0}
		docs[entity] = d
		rep.Documents = append(rep.Documents, d)
	}
	for _, p := range ps {
		d := docs[p.doc]
		p.f.Sources = []parse.Mention{{Doc: d, Span: parse.Span{Start: p.start + p.fig[0], End: p.start + p.fig[1]},
			Sentence: parse.Span{Start: p.start, End: p.end}, Quote: d.Text[p.start:p.end], Figure: parse.Span{Start: p.fig[0], End: p.fig[1]},
			Key: p.f.Key, Value: p.f.Value, Decimals: p.f.Decimals, Confidence: 0.9}}
	}
	return rep
}

var (
	samplesOnce sync.Once
	samplesDocs []*parse.Document
)

// sampleReport reads the five sample documents afresh (a report is changed
// by corrections, so each test gets its own).
func sampleReport(t testing.TB) *parse.Report {
	t.Helper()
	samplesOnce.Do(func() {
		paths, _ := filepath.Glob("../testdata/samples/*.txt")
		docs, errs := parse.LoadAll(paths, parse.LoadOptions{})
		if len(errs) > 0 || len(docs) != 5 {
			panic(fmt.Sprintf("samples: %d documents, errors %v", len(docs), errs))
		}
		samplesDocs = docs
	})
	var docs []*parse.Document
	for _, d := range samplesDocs {
		c, err := parse.Parse(d.Name, []byte(d.Text), parse.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, c)
	}
	return parse.Build(docs, parse.Options{})
}

// writeBook writes rep's workbook into a temporary folder and returns its
// path.
func writeBook(t testing.TB, rep *parse.Report, opt WorkbookOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if opt.Created.IsZero() {
		opt.Created = time.Date(2025, 8, 20, 9, 0, 0, 0, time.UTC)
	}
	if err := WriteWorkbook(&buf, rep, opt); err != nil {
		t.Fatalf("WriteWorkbook: %v", err)
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// needTool runs the check that a tool is there; when it is not, the test
// is skipped, unless FACET_REQUIRE_TOOLS=1 (as in CI) makes it fail.
func needTool(t testing.TB, what string, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		msg := fmt.Sprintf("%s is not available (%s %s: %v %s)", what, name, strings.Join(args, " "), err, bytes.TrimSpace(out))
		if os.Getenv("FACET_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg + "; FACET_REQUIRE_TOOLS=1 requires it")
		}
		t.Skip(msg)
	}
}

// near reports whether a and b agree to a relative 1e-9 (or 1e-12 near zero).
func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	m := max(abs(a), abs(b))
	return d <= 1e-9*m || d <= 1e-12
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
