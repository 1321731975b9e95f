package parse

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// checkCases: figures the arithmetic contradicts are corrected when one
// misreading explains them, or marked for review with what the arithmetic
// implies; conflicts the arithmetic decides are settled.
var checkCases = []struct {
	name   string
	fye    time.Month
	text   string
	fact   string // the fact after the checks, as factLine writes it
	status Status
	note   string // a word the fact's notes must contain
}{
	{
		name:   "a margin off by a lost '1' and decimal point",
		text:   "Welcome to Acme's second quarter 2025 earnings call.\nTotal revenues were RMB 2,349.2 million this quarter. Adjusted EBITDA was RMB 406 million. Adjusted EBITDA margin achieved 73% this quarter.\n",
		fact:   "AdjustedEBITDAMargin Q2 2025 = 0.173",
		status: NeedsReview,
		note:   "73%",
	},
	{
		name:   "an operating profit in billions for millions",
		fye:    time.October,
		text:   "Welcome to the fourth quarter of fiscal 2021 earnings call.\nIn Q4, net revenue was $16.7 billion.\nIn Q4, Personal Systems revenue was $11.8 billion. Print revenue was $4.9 billion. Supplies revenue was $3.1 billion.\nPersonal Systems delivered $764 billion in operating profit with operating margins of 6.5%.\n",
		fact:   "OperatingIncomeLoss [Personal Systems] Q4 FY2021 = 764000000 USD",
		status: NeedsReview,
		note:   "scale",
	},
	{
		name:   "a digit written twice",
		text:   "Welcome to Acme's second quarter 2023 earnings call.\nOur adjusted operating expenses were RMB538.1 million, decreased by 9.7 percent from RMB595.8 million last quarter, of which adjusted R and D expenses were RMB182.3 million, decreased by 10% from last quarter. Adjusted selling and marketing expenses was RMB128.3 million compared with RMB1004.2 million last quarter. Adjusted G and A expenses decreased by 21.3 percent from RMB289.1 million last quarter to RMB227.5 million.\n",
		fact:   "AdjustedSellingAndMarketingExpense Q1 2023 = 104200000 CNY",
		status: NeedsReview,
		note:   "twice",
	},
	{
		name:   "segments decide which total stands",
		text:   "Welcome to Acme's second quarter 2025 earnings call.\nTotal revenues were RMB 2,349.2 million this quarter. Revenues from public cloud services were RMB 1,625.3 million this quarter. Revenues from enterprise cloud services reached RMB 723.9 million this quarter. Our second quarter revenue reached 23.5 billion RMB.\n",
		fact:   "Revenue Q2 2025 = 2349200000 CNY",
		status: Found,
		note:   "decides",
	},
	{
		name:   "two segments do not decide between two totals that may both hold them: a third segment may have been missed",
		text:   "Welcome to Acme's second quarter 2021 earnings call.\nSecond quarter revenue was $196 million, up 24%. Revenue in the second quarter was $125 million.\nIndustrial Processing segment revenue was $83 million. Material Handling segment revenue was $42 million.\n",
		fact:   "Revenue Q2 2021 = 196000000 USD",
		status: Conflict,
		note:   "disagree",
	},
	{
		name:   "a margin read in a segment's paragraph does not decide which revenue is the total",
		text:   "Welcome to Acme's fourth quarter 2020 earnings call.\nFourth quarter sales were $289 million, down 22% from the prior year period. On the next slide, our smaller business. Sales were $80 million for the quarter, and operating profit was $8.2 million, an operating margin of 10.2%.\n",
		fact:   "Revenue Q4 2020 = 289000000 USD",
		status: Conflict,
		note:   "disagree",
	},
	{
		name:   "the figure the text calls the company's total stands over smaller ones whose part was missed",
		text:   "Welcome to Acme's second quarter 2021 earnings call.\nAcme's revenues totaled $570 million in the second quarter.\nOn the next slide, our environmental business. For the quarter, revenues were $196 million, up 8%.\n",
		fact:   "Revenue Q2 2021 = 570000000 USD",
		status: Conflict,
		note:   "company's own total",
	},
	{
		name:   "total operating revenues are the total, over a larger figure of something else",
		text:   "Welcome to Acme's third quarter 2021 earnings call.\nTotal operating revenues for the third quarter were $1.016 billion, a decrease of 1%. Revenues of the acquired business were $3.2 billion this quarter.\n",
		fact:   "Revenue Q3 2021 = 1016000000 USD",
		status: Conflict,
		note:   "company's own total",
	},
	{
		name:   "a stream of revenue gives way to a figure not stated as one",
		text:   "Welcome to Acme's second quarter 2021 earnings call.\nWe achieved revenue of $233.6 million and EBITDA of $71.7 million.\nFranchise revenues for the second quarter were $167 million compared to $67.9 million for the same quarter of 2020.\n",
		fact:   "Revenue Q2 2021 = 233600000 USD",
		status: Conflict,
		note:   "disagree",
	},
	{
		name:   "a contradiction no misreading explains is marked for review",
		text:   "Welcome to Acme's second quarter 2025 earnings call.\nTotal revenues were RMB 2,349.2 million this quarter. Gross profit was RMB 350.6 million. Gross margin was 19.9% this quarter.\n",
		fact:   "GrossMargin Q2 2025 = 0.199",
		status: NeedsReview,
		note:   "imply",
	},
}

func TestChecks(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			rep := readText(t, "acme.txt", tc.text, tc.fye)
			var lines []string
			for _, f := range rep.Facts {
				line := factLine(rep, f)
				lines = append(lines, line+" ("+f.Status.String()+")")
				if line != tc.fact {
					continue
				}
				if f.Status != tc.status {
					t.Errorf("%s is %s, want %s; notes %q", line, f.Status, tc.status, f.Notes)
				}
				if !strings.Contains(strings.Join(f.Notes, " "), tc.note) {
					t.Errorf("notes %q do not say %q", f.Notes, tc.note)
				}
				if len(f.Findings) == 0 {
					t.Errorf("%s carries no finding", line)
				}
				return
			}
			t.Errorf("no fact %q; read:\n  %s", tc.fact, strings.Join(lines, "\n  "))
		})
	}
}

// TestIntervals checks the arithmetic the checks rest on: exact where
// decimals are exact, a quotient widened outward, unbounded sides kept.
func TestIntervals(t *testing.T) {
	d := decimal.RequireFromString
	iv := func(lo, hi string) Interval { return Interval{Lo: d(lo), Hi: d(hi)} }
	same := func(a, b Interval) bool {
		return a.NoLo == b.NoLo && a.NoHi == b.NoHi && (a.NoLo || a.Lo.Equal(b.Lo)) && (a.NoHi || a.Hi.Equal(b.Hi))
	}
	tests := []struct {
		name      string
		got, want Interval
	}{
		{"stated millions", StatedInterval(d("1835400000"), -5), iv("1835350000", "1835450000")},
		{"stated percent", StatedInterval(d("0.173"), 3), iv("0.1725", "0.1735")},
		// 0.1 + 0.2 is 0.3 exactly, which float64 cannot say
		{"sum", iv("0.1", "0.1").Add(iv("0.2", "0.2")), iv("0.3", "0.3")},
		{"difference", iv("10", "11").Sub(iv("1", "2")), iv("8", "10")},
		{"product across zero", iv("1", "2").Mul(iv("-3", "4")), iv("-6", "8")},
		{"absolute value across zero", iv("-3", "2").Abs(), iv("0", "3")},
		{"negation", iv("-3", "2").Neg(), iv("-2", "3")},
		{"unbounded sum", AtLeast(d("5")).Add(iv("1", "2")), AtLeast(d("6"))},
		{"unbounded product is unknown", AtLeast(d("5")).Mul(iv("1", "2")), Unknown()},
	}
	for _, tc := range tests {
		if !same(tc.got, tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
	if _, ok := iv("1", "2").Div(iv("-3", "4")); ok {
		t.Error("divided by an interval holding zero")
	}
	// 1 ÷ 3 has no exact decimal: the bounds hold it, within a hair
	q, ok := iv("1", "1").Div(iv("3", "3"))
	third := decimal.NewFromInt(1).DivRound(decimal.NewFromInt(3), 40)
	if !ok || !q.Lo.LessThan(third) || !q.Hi.GreaterThan(third) || q.Hi.Sub(q.Lo).GreaterThan(d("1e-20")) {
		t.Errorf("1/3 within %+v", q)
	}
	overlaps := []struct {
		a, b Interval
		want bool
	}{
		{iv("0", "1"), iv("1", "2"), true},
		{iv("0", "1"), iv("1.1", "2"), false},
		{AtLeast(d("5")), iv("1", "4.9"), false},
		{AtLeast(d("5")), iv("1", "1e12"), true},
		{Unknown(), iv("1", "2"), true},
	}
	for _, tc := range overlaps {
		if got := tc.a.Overlaps(tc.b); got != tc.want || tc.b.Overlaps(tc.a) != tc.want {
			t.Errorf("%+v overlaps %+v: %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCorrectionBreaksSegmentSum: segments proven to make up their total
// in one period must meet it in another; a person's correction that breaks
// the sum gets a failing finding, not a passing one.
func TestCorrectionBreaksSegmentSum(t *testing.T) {
	rep := readText(t, "acme.txt", "Welcome to Acme's second quarter 2025 earnings call. All figures are denominated in RMB.\n"+
		"Total revenues were RMB 2,349.2 million this quarter, compared with RMB 1,891.7 million in the same quarter last year. "+
		"Revenues from public cloud services were RMB 1,625.3 million this quarter, up from RMB 1,234.5 million in the same quarter last year. "+
		"Revenues from enterprise cloud services reached RMB 723.9 million this quarter, up from RMB 657.2 million in the same quarter last year.\n", 0)
	var public *Fact
	for _, f := range rep.Facts {
		if f.Segment == "Public cloud services" && f.Period == (Calendar{}).Quarter(2025, 2) {
			public = f
		}
	}
	if public == nil {
		t.Fatal("no public cloud revenue for Q2 2025")
	}
	sumHolds := func() (ok, found bool) {
		for _, fd := range rep.Findings {
			if fd.Kind == SumCheck && slices.Contains(fd.Keys, public.Key) {
				return fd.OK, true
			}
		}
		return false, false
	}
	if ok, found := sumHolds(); !found || !ok {
		t.Fatalf("the segments' sum does not hold before the correction (found %v)", found)
	}
	dec := -5
	rep.Refresh([]Correction{{Action: SetValue, Key: KeyOf(public.Key), Value: "1700000000", Decimals: &dec}})
	if ok, found := sumHolds(); !found || ok {
		t.Errorf("after correcting public cloud to RMB 1,700 million the sum check passes (found %v)", found)
	}
}

// TestFindingWords: the checks write money as the table shows it, in
// millions, a loss with its sign, and their verbs agree with their
// subjects.
func TestFindingWords(t *testing.T) {
	money, _ := LookupConcept("Revenue")
	tests := []struct{ got, want string }{
		{moneyText("CNY", decimal.RequireFromString("2010400000")), "CNY 2,010.4 million"},
		{moneyText("USD", decimal.RequireFromString("-391035000000")), "USD -391,035 million"},
		{moneyText("EUR", decimal.RequireFromString("950000")), "EUR 950,000"},
		{formatApprox(money, decimal.RequireFromString("-166400000")), "-166.4 million"},
		{formatApprox(money, decimal.RequireFromString("2010400000")), "2,010.4 million"},
		{impliesText("the other figures"), "the other figures imply"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}

// TestGrowthOfALossKeepsItsSign: what a growth rate implies for a loss is
// said as a loss, not as its size.
func TestGrowthOfALossKeepsItsSign(t *testing.T) {
	rep := readText(t, "acme.txt", "Welcome to Acme's second quarter 2025 earnings call.\n"+
		"Our adjusted operating loss was RMB 166.1 million, narrowed by 11.7% from RMB 188.5 million in the same period last year.\n", 0)
	var said []string
	for _, fd := range rep.Findings {
		if fd.Kind == GrowthCheck {
			said = append(said, fd.Message)
		}
	}
	if len(said) == 0 {
		t.Fatalf("no growth check; facts:\n%s", factsText(rep.Facts))
	}
	for _, m := range said {
		if strings.Contains(m, "imply about 1") {
			t.Errorf("a loss said as its size: %q", m)
		}
		if !strings.Contains(m, "imply about -1") {
			t.Errorf("no loss implied: %q", m)
		}
	}
}

// TestTwoBreakdowns reads a call that gives its revenue by line of
// business and again by region, each run of segments a list of clauses
// after semicolons: every segment is learned from the one beside it, and
// each breakdown sums to the total on its own, so none is in doubt.
func TestTwoBreakdowns(t *testing.T) {
	text := "Welcome to the Tamarack Power third quarter 2025 earnings call.\n" +
		"Our third quarter net sales increased 9% over the prior year to $915 million. " +
		"On a line of business basis, net sales in Energy Systems were up 5% to $401 million; Specialty was up 21% to $128 million; and Motive Power revenues were up 12% to $386 million. " +
		"On a geographical basis, net sales for the Americas were up 10% to $597 million; EMEA was up 8% to $241 million; and Asia was up 4% at $77 million.\n"
	rep := readText(t, "tamarack.txt", text, 0)
	want := []string{
		"Revenue Q3 2025 = 915000000 USD",
		"Revenue [Energy Systems] Q3 2025 = 401000000 USD", "Revenue [Specialty] Q3 2025 = 128000000 USD", "Revenue [Motive Power] Q3 2025 = 386000000 USD",
		"Revenue [Americas] Q3 2025 = 597000000 USD", "Revenue [EMEA] Q3 2025 = 241000000 USD", "Revenue [Asia] Q3 2025 = 77000000 USD",
	}
	got := map[string]*Fact{}
	var lines []string
	for _, f := range rep.Facts {
		got[factLine(rep, f)] = f
		lines = append(lines, factLine(rep, f)+" ("+f.Status.String()+")")
	}
	for _, w := range want {
		f, ok := got[w]
		switch {
		case !ok:
			t.Errorf("missing %q; read:\n  %s", w, strings.Join(lines, "\n  "))
		case f.Status != Found:
			t.Errorf("%s is %s, want found; notes %q", w, f.Status, f.Notes)
		}
	}
}

// TestOneMixedBreakdown: regions and businesses that are one set of
// segments (a company's operating segments) are checked as one: when they
// exceed the total, they are in doubt, though the regions alone and the
// businesses alone each fit within it.
func TestOneMixedBreakdown(t *testing.T) {
	text := "Welcome to the Ardent Beverages second quarter 2025 earnings call.\n" +
		"Net operating revenues were $12.5 billion. " +
		"North America segment revenue was $6.2 billion. Latin America segment revenue was $1.6 billion. Global Ventures segment revenue was $3.1 billion. Bottling Investments segment revenue was $4.4 billion.\n"
	rep := readText(t, "ardent.txt", text, 0)
	doubted := 0
	for _, f := range rep.Facts {
		if f.Key.Concept == "Revenue" && f.Key.Segment != "" && f.Status == NeedsReview {
			doubted++
		}
	}
	if doubted == 0 {
		var lines []string
		for _, f := range rep.Facts {
			lines = append(lines, factLine(rep, f)+" ("+f.Status.String()+")")
		}
		t.Errorf("segments exceeding the total are not in doubt:\n  %s", strings.Join(lines, "\n  "))
	}
}
