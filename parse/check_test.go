package parse

import (
	"slices"
	"strings"
	"testing"
	"time"
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

// TestIntervals checks the arithmetic the checks rest on.
func TestIntervals(t *testing.T) {
	a := interval{1, 2}
	b := interval{-3, 4}
	if got := a.mul(b); got != (interval{-6, 8}) {
		t.Errorf("mul %v", got)
	}
	if _, ok := a.div(b); ok {
		t.Error("divided by an interval holding zero")
	}
	if got, _ := (interval{6, 8}).div(interval{2, 4}); got != (interval{1.5, 4}) {
		t.Errorf("div %v", got)
	}
	if !(interval{0, 1}).overlaps(interval{1, 2}) || (interval{0, 1}).overlaps(interval{1.1, 2}) {
		t.Error("overlaps")
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
