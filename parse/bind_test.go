package parse

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// factLine writes a fact the way the binder tests state them:
// "EPS Q1 2021 = 0.36 USD", "Revenue [Print] Q4 FY2021 = 4900000000 USD",
// "Revenue FY2025 forecast-min = 121000000 EUR", "GrossMargin H1 2024 = 0.167".
func factLine(rep *Report, f *Fact) string {
	cal := rep.CalendarOf(f.Entity)
	var b strings.Builder
	b.WriteString(f.Concept)
	if f.Segment != "" {
		b.WriteString(" [" + f.Segment + "]")
	}
	b.WriteString(" " + cal.Label(f.Period))
	if f.Scenario == Forecast {
		b.WriteString(" forecast")
		if f.Bound != Point {
			b.WriteString("-" + f.Bound.String())
		}
	}
	b.WriteString(" = " + f.Value.String())
	if f.Currency != "" {
		b.WriteString(" " + f.Currency)
	}
	return b.String()
}

func readText(t *testing.T, name, text string, fye time.Month) *Report {
	t.Helper()
	doc, err := Parse(name, []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return Build([]*Document{doc}, Options{FiscalYearEnd: fye})
}

// callCases: sentences of earnings calls and the facts they state.
var callCases = []bindCase{
	{
		name: "a quarter's actual and its comparative",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nFor the first quarter of 2021, revenues were $481.1 million compared to $432.8 million for the first quarter of 2020, an increase of 11.1%.\n",
		want: []string{"Revenue Q1 2021 = 481100000 USD", "Revenue Q1 2020 = 432800000 USD"},
	},
	{
		name: "GAAP and non-GAAP income per share, losses of the prior year",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWe reported a GAAP income of $0.36 per share in the first quarter of 2021 compared to a GAAP loss of $0.17 in the first quarter of 2020.\nWe reported non-GAAP income of $0.17 per share in the first quarter of 2021 compared to a non-GAAP loss of $0.04 per share in the first quarter of 2020.\n",
		want: []string{"EPS Q1 2021 = 0.36 USD", "EPS Q1 2020 = -0.17 USD", "AdjustedEPS Q1 2021 = 0.17 USD", "AdjustedEPS Q1 2020 = -0.04 USD"},
	},
	{
		name: "a change then the level, and the prior-year comparative",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nOn a GAAP basis, diluted earnings per share increased by 33% to $0.53 compared to $0.40 in the prior year period.\nAdjusted diluted earnings per share increased by 49% to $0.52 from 35% -- $0.35 in the first quarter of 2020.\n",
		want: []string{"EPS Q1 2021 = 0.53 USD", "EPS Q1 2020 = 0.4 USD", "AdjustedEPS Q1 2021 = 0.52 USD", "AdjustedEPS Q1 2020 = 0.35 USD"},
	},
	{
		name: "core earnings are adjusted; a year before 'net earnings per share' is no figure",
		text: "Welcome to AFG's second quarter 2021 earnings call.\nAFG reported core net operating earnings of $2.39 per share, an impressive 257% increase year-over-year.\nYoull see that the second quarter 2021 net earnings per share of $11.70 included after-tax noncore items totaling $9.31 per share.\n",
		want: []string{"AdjustedEPS Q2 2021 = 2.39 USD", "EPS Q2 2021 = 11.7 USD"},
	},
	{
		name: "a guided range with its own quarter, beside one of another quarter",
		fye:  time.October,
		text: "Welcome to the HP fourth quarter fiscal 2021 earnings conference call.\nIn Q4, revenue grew 9% to $16.7 billion.\nWe expect first quarter non-GAAP diluted net earnings per share to be in the range of $0.99 to $1.05 and first quarter GAAP diluted net earnings per share to be in the range of $0.92 to $0.98.\nWe expect full year non-GAAP diluted net earnings per share to be in the range of $4.07 to $4.27 and FY '22 GAAP diluted net earnings per share to be in the range of $3.86 to $4.06.\n",
		want: []string{"Revenue Q4 FY2021 = 16700000000 USD",
			"AdjustedEPS Q1 FY2022 forecast-min = 0.99 USD", "AdjustedEPS Q1 FY2022 forecast-max = 1.05 USD",
			"EPS Q1 FY2022 forecast-min = 0.92 USD", "EPS Q1 FY2022 forecast-max = 0.98 USD",
			"AdjustedEPS FY2022 forecast-min = 4.07 USD", "AdjustedEPS FY2022 forecast-max = 4.27 USD",
			"EPS FY2022 forecast-min = 3.86 USD", "EPS FY2022 forecast-max = 4.06 USD"},
	},
	{
		name: "an outlook for a period already over is the coming one",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nQ4 revenue was $617 million.\nLooking ahead, we're expecting Q1 2020 adjusted net income per share to be between $2.60 and $2.80.\n",
		want: []string{"AdjustedEPS Q1 2021 forecast-min = 2.6 USD", "AdjustedEPS Q1 2021 forecast-max = 2.8 USD"},
	},
	{
		name: "one modifier before two names",
		text: "Welcome to Acme's second quarter 2020 earnings call.\nAdjusted second quarter net income and earnings per share were $8 million and $0.13 per share.\n",
		want: []string{"AdjustedNetIncomeLoss Q2 2020 = 8000000 USD", "AdjustedEPS Q2 2020 = 0.13 USD"},
	},
	{
		name: "operating income per share is non-GAAP; a dividend per share in passing is no total",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe also reported core net operating income of $0.51 per common share, an increase of 10% over last quarter's $0.46 per common share, and well exceeding our $0.39 quarterly common stock dividend.\n",
		want: []string{"AdjustedEPS Q2 2021 = 0.51 USD"},
		none: []string{"AdjustedOperatingIncomeLoss", "OperatingIncomeLoss"},
	},
	{
		name: "the prior year period",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nThe company's GAAP effective tax rate for the first quarter was 23.9%, which compared to 15.9% in the first quarter of 2020.\nOn an adjusted basis, the effective tax rate was 24.5% in the first quarter of both 2021 and 2020.\nOn a GAAP basis, diluted earnings per share increased by 33% to $0.53 compared to $0.40 in the prior year period.\n",
		want: []string{"EPS Q1 2021 = 0.53 USD", "EPS Q1 2020 = 0.4 USD"},
	},
	{
		name: "'a record quarter' names no quarter to come",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nIt was a record quarter revenue was $55.2 million.\n",
		want: []string{"Revenue Q3 2025 = 55200000 USD"},
		none: []string{"Revenue Q3 2025 forecast", "Revenue Q4 2025 forecast"},
	},
	{
		name: "SG&A is a line of its own; revenue per customer is no revenue",
		text: "Welcome to Acme's second quarter 2025 earnings call.\nSG&A expenses were $120.5 million in the quarter. Average revenue per customer was $1.2 million.\n",
		want: []string{"SellingGeneralAndAdministrativeExpense Q2 2025 = 120500000 USD"},
		none: []string{"Revenue"},
	},
	{
		name: "an adjusted measure adjusted once more is not the one reported",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nAdjusted earnings in the second quarter were $2.1 billion or $2.37 per share.\nAdjusted earnings per share, excluding the notable item, was $2.30, helped by strong returns.\nNon-GAAP net income, excluding share-based compensation, was $1.9 billion.\n",
		want: []string{"AdjustedEPS Q2 2021 = 2.37 USD", "AdjustedNetIncomeLoss Q2 2021 = 1900000000 USD"},
		none: []string{"ShareBasedCompensation"},
	},
	{
		name: "the cost of restructuring is no cost of revenue",
		text: "Welcome to Acme's second quarter 2025 earnings call.\nThe cost of restructuring was $5.2 million in the quarter.\n",
		none: []string{"CostOfRevenue"},
	},
}

// TestBind reads each case's text as a document. Every listed fact must be
// found, and not in conflict (no mention of another value read into it);
// no other fact may share a listed fact's concept, segment, period and
// scenario with another value; no fact of a concept (or slot) listed
// under none may appear.
func TestBind(t *testing.T) {
	runBindCases(t, slices.Concat(callCases, listCases, segmentCases, periodCases, signCases, guidanceCases, reconcileCases))
}

// noneMatches reports a fact a none entry forbids. An entry is a concept
// ("Revenue"), the start of a fact's line up to a word's end ("Revenue
// [Packaging]", "GrossMargin Q2 2023", a whole line), a segment or the
// start of its name in brackets ("[Financial]", "[Double"), or a value
// with its unit after "= " ("= 45000000 HKD").
func noneMatches(concept, line, n string) bool {
	switch {
	case concept == n:
		return true
	case strings.HasPrefix(n, "["):
		return strings.Contains(line, " "+n)
	case strings.HasPrefix(n, "= "):
		return strings.HasSuffix(line, " "+n)
	}
	return line == n || strings.HasPrefix(line, n+" ")
}

// noneEntryForm reports a none entry noneMatches can match at all: it
// starts with a concept's name, a bracket or "= ".
func noneEntryForm(n string) bool {
	if strings.HasPrefix(n, "[") || strings.HasPrefix(n, "= ") {
		return true
	}
	_, ok := LookupConcept(strings.Fields(n)[0])
	return ok
}

// TestNoneEntries checks every none entry of the case tables has a form
// that can match a fact: a check that cannot fail would pass unseen.
func TestNoneEntries(t *testing.T) {
	all := slices.Concat(callCases, listCases, segmentCases, periodCases, signCases, guidanceCases, reconcileCases,
		spendCases, segmentClassCases, perShareCases, basisCases, phraseCases, outlookCases, ownershipCases, clauseCases)
	for _, tc := range all {
		for _, n := range tc.none {
			if !noneEntryForm(n) {
				t.Errorf("%s: none entry %q matches no fact's line", tc.name, n)
			}
		}
	}
	for _, c := range []struct {
		concept, line, n string
		want             bool
	}{
		{"Revenue", "Revenue [Packaging] Q1 2021 = 5 USD", "Revenue [Packaging]", true},
		{"Revenue", "Revenue [Packaging] Q1 2021 = 5 USD", "Revenue [Pack", false},
		{"Revenue", "Revenue [Double-digit] Q1 2021 = 5 USD", "[Double", true},
		{"Revenue", "Revenue Q1 2021 = 45000000 HKD", "= 45000000 HKD", true},
		{"Revenue", "Revenue Q1 2021 = 145000000 HKD", "= 45000000 HKD", false},
		{"EPS", "EPS FY2025 forecast = 5 USD", "= 5 USD", true},
		{"EPS", "EPS FY2025 forecast = 5 USD", "EPS FY2025 forecast", true},
		{"EPS", "EPS FY2025 forecast-min = 5.1 USD", "EPS FY2025 forecast", false},
	} {
		if got := noneMatches(c.concept, c.line, c.n); got != c.want {
			t.Errorf("noneMatches(%q, %q) = %v, want %v", c.line, c.n, got, c.want)
		}
	}
}

func runBindCases(t *testing.T, cases []bindCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "" {
				file = "acme-call.txt"
			}
			rep := readText(t, file, tc.text, tc.fye)
			got := map[string]bool{}
			bySlot := map[string][]string{}
			conflict := map[string]bool{}
			for _, f := range rep.Facts {
				line := factLine(rep, f)
				got[line] = true
				conflict[line] = f.Status == Conflict
				slot := line[:strings.Index(line, " = ")]
				bySlot[slot] = append(bySlot[slot], line)
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q", w)
				}
				if conflict[w] {
					t.Errorf("%q disputed by a mention of another value", w)
				}
				slot := w[:strings.Index(w, " = ")]
				for _, g := range bySlot[slot] {
					if g != w {
						t.Errorf("for %q also read %q", w, g)
					}
				}
			}
			for _, f := range rep.Facts {
				line := factLine(rep, f)
				for _, n := range tc.none {
					if noneMatches(f.Concept, line, n) {
						t.Errorf("read %q, which is no figure of the company", line)
					}
				}
			}
			if t.Failed() {
				var all []string
				for line := range got {
					all = append(all, line)
				}
				sort.Strings(all)
				t.Logf("read:\n  %s", strings.Join(all, "\n  "))
			}
		})
	}
}

// TestLooseNamesAreDoubted: a name matched loosely ("cost of renews") is
// read, but the fact waits for a person unless a clean mention agrees.
func TestLooseNamesAreDoubted(t *testing.T) {
	tests := []struct {
		name, text string
		want       Status
	}{
		{"alone", "Welcome to Acme's second quarter 2025 earnings call.\nTotal cost of renews was $1,234.5 million this quarter.\n", NeedsReview},
		{"with a clean mention", "Welcome to Acme's second quarter 2025 earnings call.\nTotal cost of renews was $1,234.5 million this quarter. Cost of revenues was $1,234.5 million in the second quarter.\n", Found},
	}
	for _, tc := range tests {
		rep := readText(t, "acme-call.txt", tc.text, 0)
		var got []string
		for _, f := range rep.Facts {
			if f.Concept == "CostOfRevenue" {
				if f.Status != tc.want {
					t.Errorf("%s: %s is %s, want %s", tc.name, factLine(rep, f), f.Status, tc.want)
				}
				got = append(got, factLine(rep, f))
			}
		}
		if len(got) != 1 {
			t.Errorf("%s: cost of revenue read as %v, want one fact", tc.name, got)
		}
	}
}

// TestDollarInStatedCurrency checks the doubt on a figure written with "$"
// in a document of another currency: none when the document states its
// currency is a dollar of its own, some when Facet only counted signs.
func TestDollarInStatedCurrency(t *testing.T) {
	tests := []struct {
		name, text string
		want       Status
	}{
		{"stated", "Welcome to the Northgate third quarter 2025 conference call. All amounts are in Canadian dollars unless otherwise noted.\nRevenue for the quarter was $1.48 billion.\n", Found},
		{"counted", "Welcome to the Northgate third quarter 2025 conference call.\nGross profit was HK$412 million and EBITDA was HK$201 million. Revenue for the quarter was $1.48 billion.\n", NeedsReview},
	}
	for _, tc := range tests {
		rep := readText(t, "call.txt", tc.text, 0)
		n := 0
		for _, f := range rep.Facts {
			if f.Concept == "Revenue" {
				n++
				if f.Status != tc.want {
					t.Errorf("%s: %s is %s, want %s", tc.name, factLine(rep, f), f.Status, tc.want)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d revenue facts, want 1", tc.name, n)
		}
	}
}
