package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// ixDoc wraps facts and contexts in the markup of an inline-XBRL filing,
// with the dei facts of Acme Corp's 10-Q for its third quarter of fiscal
// 2025 (the year ends late in September).
func ixDoc(resources, body string) string {
	return `<?xml version='1.0' encoding='ASCII'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance"
 xmlns:gaap="http://fasb.org/us-gaap/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
 xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:srt="http://fasb.org/srt/2024" xmlns:acme="http://acme.example/2025"
 xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31">
<head><title>acme-10q</title></head><body><div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="q3">Acme Corp.</ix:nonNumeric>
<ix:nonNumeric name="dei:DocumentType" contextRef="q3">10-Q</ix:nonNumeric>
<ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="q3">2025</ix:nonNumeric>
<ix:nonNumeric name="dei:DocumentFiscalPeriodFocus" contextRef="q3">Q3</ix:nonNumeric>
<ix:nonNumeric name="dei:CurrentFiscalYearEndDate" contextRef="q3">--09-27</ix:nonNumeric>
</ix:hidden><ix:resources>
<xbrli:context id="q3"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-03-30</xbrli:startDate><xbrli:endDate>2025-06-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="end"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2025-06-28</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:context id="q3-americas"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="gaap:StatementBusinessSegmentsAxis">acme:AmericasSegmentMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2025-03-30</xbrli:startDate><xbrli:endDate>2025-06-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="q3-iphone"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis">acme:PhoneMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2025-03-30</xbrli:startDate><xbrli:endDate>2025-06-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="q3-segsum"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="srt:ConsolidationItemsAxis">gaap:OperatingSegmentsMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2025-03-30</xbrli:startDate><xbrli:endDate>2025-06-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="q3-americas-seg"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="gaap:StatementBusinessSegmentsAxis">acme:AmericasSegmentMember</xbrldi:explicitMember><xbrldi:explicitMember dimension="srt:ConsolidationItemsAxis">gaap:OperatingSegmentsMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2025-03-30</xbrli:startDate><xbrli:endDate>2025-06-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
<xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
<xbrli:unit id="eur"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
` + resources + `</ix:resources></ix:header></div>
<table>` + body + `</table></body></html>`
}

// TestInlineXBRL reads tagged figures as the filer tagged them: formats,
// scale, sign, units, periods, segments, and the closest of a concept's
// names.
func TestInlineXBRL(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string // "Concept [Segment] start..end = value currency"
		none []string
	}{
		{
			name: "scale and the dot-decimal format",
			body: `<tr><td>Total net sales</td><td>$<ix:nonFraction name="gaap:RevenueFromContractWithCustomerExcludingAssessedTax" contextRef="q3" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">94,036</ix:nonFraction></td></tr>`,
			want: []string{"Revenue 2025-04-01..2025-06-30 = 94036000000 USD"},
		},
		{
			name: "sign, and the comma-decimal format",
			body: `<tr><td>Other income (expense), net</td><td>(<ix:nonFraction name="gaap:NonoperatingIncomeExpense" contextRef="q3" unitRef="eur" decimals="-5" scale="6" sign="-" format="ixt:num-comma-decimal">1.234,5</ix:nonFraction>)</td></tr>`,
			want: []string{"OtherIncomeExpense 2025-04-01..2025-06-30 = -1234500000 EUR"},
		},
		{
			name: "a dash for nil, and a number in words",
			body: `<tr><td>Short-term borrowings</td><td><ix:nonFraction name="gaap:ShortTermBorrowings" contextRef="end" unitRef="usd" decimals="-6" scale="6" format="ixt:fixed-zero">—</ix:nonFraction></td></tr>` +
				`<tr><td>Dividends paid</td><td><ix:nonFraction name="gaap:PaymentsOfDividends" contextRef="q3" unitRef="usd" decimals="INF" scale="6" format="ixt-sec:numwordsen">three</ix:nonFraction></td></tr>`,
			want: []string{"ShortTermBorrowings 2025-06-28 = 0 USD", "DividendsPaid 2025-04-01..2025-06-30 = 3000000 USD"},
		},
		{
			name: "per share, diluted before basic",
			body: `<tr><td>Basic</td><td><ix:nonFraction name="gaap:EarningsPerShareBasic" contextRef="q3" unitRef="usdPerShare" decimals="2">1.58</ix:nonFraction></td></tr>` +
				`<tr><td>Diluted</td><td><ix:nonFraction name="gaap:EarningsPerShareDiluted" contextRef="q3" unitRef="usdPerShare" decimals="2">1.57</ix:nonFraction></td></tr>`,
			want: []string{"EPS 2025-04-01..2025-06-30 = 1.57 USD"},
			none: []string{"EPS 2025-04-01..2025-06-30 = 1.58 USD"},
		},
		{
			name: "a business segment is followed, a product breakdown is not",
			body: `<tr><td>Americas</td><td><ix:nonFraction name="gaap:Revenues" contextRef="q3-americas" unitRef="usd" decimals="-6" scale="6">41,198</ix:nonFraction></td></tr>` +
				`<tr><td>Phone</td><td><ix:nonFraction name="gaap:Revenues" contextRef="q3-iphone" unitRef="usd" decimals="-6" scale="6">44,582</ix:nonFraction></td></tr>`,
			want: []string{"Revenue [Americas] 2025-04-01..2025-06-30 = 41198000000 USD"},
			none: []string{"Revenue 2025-04-01..2025-06-30 = 44582000000 USD"},
		},
		{
			name: "the sum of the operating segments is no company figure; a segment's figure before eliminations is the segment's",
			body: `<tr><td>Segment operating income</td><td><ix:nonFraction name="gaap:OperatingIncomeLoss" contextRef="q3-segsum" unitRef="usd" decimals="-6" scale="6">30,605</ix:nonFraction></td></tr>` +
				`<tr><td>Americas</td><td><ix:nonFraction name="gaap:OperatingIncomeLoss" contextRef="q3-americas-seg" unitRef="usd" decimals="-6" scale="6">28,363</ix:nonFraction></td></tr>` +
				`<tr><td>Operating income</td><td><ix:nonFraction name="gaap:OperatingIncomeLoss" contextRef="q3" unitRef="usd" decimals="-6" scale="6">28,440</ix:nonFraction></td></tr>`,
			want: []string{"OperatingIncomeLoss 2025-04-01..2025-06-30 = 28440000000 USD", "OperatingIncomeLoss [Americas] 2025-04-01..2025-06-30 = 28363000000 USD"},
			none: []string{"OperatingIncomeLoss 2025-04-01..2025-06-30 = 30605000000 USD"},
		},
		{
			name: "net income before profit with minority interests; a name Facet does not know is left",
			body: `<tr><td>Net income</td><td><ix:nonFraction name="gaap:ProfitLoss" contextRef="q3" unitRef="usd" decimals="-6" scale="6">23,500</ix:nonFraction></td></tr>` +
				`<tr><td>Net income attributable to Acme</td><td><ix:nonFraction name="gaap:NetIncomeLoss" contextRef="q3" unitRef="usd" decimals="-6" scale="6">23,434</ix:nonFraction></td></tr>` +
				`<tr><td>Shares</td><td><ix:nonFraction name="gaap:WeightedAverageNumberOfDilutedSharesOutstanding" contextRef="q3" unitRef="usd" decimals="-3" scale="3">15,000,000</ix:nonFraction></td></tr>`,
			want: []string{"NetIncomeLoss 2025-04-01..2025-06-30 = 23434000000 USD"},
			none: []string{"NetIncomeLoss 2025-04-01..2025-06-30 = 23500000000 USD"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("filing.htm", []byte(ixDoc("", tc.body)), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != "ixbrl" {
				t.Fatalf("format %q, want ixbrl", doc.Format)
			}
			got := map[string]Mention{}
			for _, m := range Extract(doc, Options{}).Mentions {
				if m.Rule != RuleTagged {
					continue
				}
				line := m.Key.Concept
				if m.Key.Segment != "" {
					line += " [" + m.Key.Segment + "]"
				}
				p := m.Key.Period
				if p.IsInstant() {
					line += " " + p.End.String()
				} else {
					line += " " + p.Start.String() + ".." + p.End.String()
				}
				line += " = " + m.Value.String() + " " + m.Key.Currency
				got[line] = m
				// the span is the tagged text, the quote its row
				if doc.Text[m.Span.Start:m.Span.End] != m.Stated {
					t.Errorf("%s: span %q, stated %q", line, doc.Text[m.Span.Start:m.Span.End], m.Stated)
				}
				if m.Quote[m.Figure.Start:m.Figure.End] != m.Stated {
					t.Errorf("%s: quote %q does not hold the figure at %v", line, m.Quote, m.Figure)
				}
			}
			for _, w := range tc.want {
				if _, ok := got[w]; !ok {
					t.Errorf("missing %q; read %v", w, keysOf(got))
				}
			}
			for _, n := range tc.none {
				if _, ok := got[n]; ok {
					t.Errorf("read %q", n)
				}
			}
			c := doc.Context
			if c.Company != "Acme" || c.Kind != InterimReport || c.Calendar.FiscalYearEnd != time.September || c.PeriodLabel() != "Q3 FY2025" {
				t.Errorf("context %q %v FYE %v %s, want Acme, an interim report, September, Q3 FY2025", c.Company, c.Kind, c.Calendar.FiscalYearEnd, c.PeriodLabel())
			}
		})
	}
}

func keysOf(m map[string]Mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestInlineXBRLTagDecides holds a tagged figure against a sentence of the
// same filing that states another value: the tag stands, and the fact asks
// for a look.
func TestInlineXBRLTagDecides(t *testing.T) {
	body := `<tr><td>Total net sales</td><td><ix:nonFraction name="gaap:Revenues" contextRef="q3" unitRef="usd" decimals="-6" scale="6">94,036</ix:nonFraction></td></tr>`
	text := ixDoc("", body)
	text = strings.Replace(text, "<table>", "<p>Welcome to Acme's third quarter of fiscal 2025. Total net sales for the quarter were $95.0 billion.</p><table>", 1)
	doc, err := Parse("filing.htm", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep := Build([]*Document{doc}, Options{})
	for _, f := range rep.Facts {
		if f.Concept == "Revenue" && f.Segment == "" && f.Scenario == Actual {
			if !f.Value.Equal(decimal.RequireFromString("94036000000")) {
				t.Errorf("revenue %s, want the tagged 94036000000", f.Value)
			}
			if f.Status != NeedsReview || !strings.Contains(strings.Join(f.Notes, " "), "the filer's tag says") {
				t.Errorf("status %v, notes %q: want the disagreement flagged", f.Status, f.Notes)
			}
			return
		}
	}
	t.Fatal("no revenue fact")
}

// TestInlineXBRLBroken keeps the tags read before the markup breaks and
// says where it broke.
func TestInlineXBRLBroken(t *testing.T) {
	body := `<tr><td>Total net sales</td><td><ix:nonFraction name="gaap:Revenues" contextRef="q3" unitRef="usd" decimals="-6" scale="6">94,036</ix:nonFraction></td></tr>`
	text := ixDoc("", body)
	text = text[:strings.Index(text, "</table>")] + "<tr><td><ix:nonFraction name=\"gaap:Revenues\" contextRef="
	f, err := readInlineXBRL(text)
	if err == nil {
		t.Fatal("no error for markup that breaks off")
	}
	if len(f.facts) != 1 || !f.facts[0].value.Equal(decimal.NewFromInt(94036000000)) {
		t.Errorf("facts %v, want the one read before the break", f.facts)
	}
	if !strings.Contains(ixBreak(err), "markup breaks") {
		t.Errorf("ixBreak %q", ixBreak(err))
	}
}
