package parse

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"facet/internal/pdfgen"
)

// tableFacts reads a document and returns its table figures as lines
// "Concept [Segment] period = value currency".
func tableFacts(t *testing.T, name, text string, fye time.Month) (map[string]Mention, *Document) {
	t.Helper()
	doc, err := Parse(name, []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Mention{}
	for _, m := range Extract(doc, Options{FiscalYearEnd: fye}).Mentions {
		if m.Rule != RuleTable {
			continue
		}
		line := m.Key.Concept
		if m.Key.Segment != "" {
			line += " [" + m.Key.Segment + "]"
		}
		line += " " + doc.Context.Calendar.Label(m.Key.Period)
		if m.Key.Scenario == Forecast {
			line += " forecast"
			if m.Key.Bound != Point {
				line += "-" + m.Key.Bound.String()
			}
		}
		line += " = " + m.Value.String()
		if m.Key.Currency != "" {
			line += " " + m.Key.Currency
		}
		got[line] = m
		if !strings.Contains(normRunes(doc.Text[m.Span.Start:m.Span.End]), strings.TrimSpace(strings.Trim(m.Stated, "$() "))) {
			t.Errorf("%s: span %q is not the cell %q", line, doc.Text[m.Span.Start:m.Span.End], m.Stated)
		}
		if m.Quote[m.Figure.Start:m.Figure.End] != m.Stated {
			t.Errorf("%s: quote %q does not hold the cell at %v", line, m.Quote, m.Figure)
		}
	}
	return got, doc
}

// norwellStatement is a plain text statement of income whose header
// writes the days over its four columns as given: the two cases of
// TestTables that differ only in how far apart the days stand.
func norwellStatement(days string) string {
	return "Norwell Instruments Reports Fourth Quarter and Fiscal 2025 Results\n\nSegment Results\nLife Sciences Tools: Net sales were $288.1 million, up 9.4%.\nIndustrial Metrology: Net sales were $201.7 million, up 4.1%.\n\nCONDENSED CONSOLIDATED STATEMENTS OF INCOME\n(In thousands, except per share amounts)\n\n" +
		"                                       Three Months Ended         Fiscal Year Ended\n" +
		"                                  " + days + "\n" +
		"                                       2025          2024          2025          2024\n" +
		"Net sales                          $ 612,412     $ 571,284    $ 2,310,455   $ 2,192,016\n" +
		"Selling, general and administrative  142,310       133,776        561,430       535,118\n" +
		"Net income                         $  44,884     $  38,079    $   168,700   $   179,390\n"
}

// norwellWant and norwellNone are what both readings of norwellStatement
// must and must not give.
var (
	norwellWant = []string{
		"Revenue Q4 FY2025 = 612412000 USD", "Revenue Q4 FY2024 = 571284000 USD", "Revenue FY2025 = 2310455000 USD", "Revenue FY2024 = 2192016000 USD",
		"SellingGeneralAndAdministrativeExpense Q4 FY2024 = 133776000 USD", "NetIncomeLoss FY2024 = 179390000 USD",
	}
	norwellNone = []string{"Revenue FY2024 = 571284000 USD", "Revenue FY2025 = 612412000 USD"}
)

// TestTables reads the tables of statements as their layout means them:
// spans, currency cells, negatives in brackets, nil dashes, footnote
// marks, headers over several rows, scale from the caption, and segments
// as sections or as columns.
func TestTables(t *testing.T) {
	cases := []struct {
		name string
		file string
		fye  time.Month
		text string
		want []string
		none []string
	}{
		{
			name: "an income statement: spanning headers, $ cells, totals, per-share rows under their heading",
			file: "acme-10q.html",
			fye:  time.September,
			text: `<p>ACME CORP. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (In millions, except per-share amounts)</p>
<table>
<tr><td colspan="3"></td><td colspan="6">Three Months Ended</td><td colspan="6">Nine Months Ended</td></tr>
<tr><td colspan="3"></td><td colspan="3">June 28,<br/>2025</td><td colspan="3">June 29,<br/>2024</td><td colspan="3">June 28,<br/>2025</td><td colspan="3">June 29,<br/>2024</td></tr>
<tr><td colspan="3">Net sales:</td></tr>
<tr><td colspan="3">Products</td><td>$</td><td>66,613</td><td></td><td>$</td><td>61,564</td><td></td><td>$</td><td>233,287</td><td></td><td>$</td><td>224,908</td><td></td></tr>
<tr><td colspan="3">Total net sales</td><td colspan="2">94,036</td><td></td><td colspan="2">85,777</td><td></td><td colspan="2">313,695</td><td></td><td colspan="2">296,105</td><td></td></tr>
<tr><td colspan="3">Total cost of sales</td><td colspan="2">50,318</td><td></td><td colspan="2">46,099</td><td></td><td colspan="2">166,835</td><td></td><td colspan="2">159,301</td><td></td></tr>
<tr><td colspan="3">Gross margin</td><td colspan="2">43,718</td><td></td><td colspan="2">39,678</td><td></td><td colspan="2">146,860</td><td></td><td colspan="2">136,804</td><td></td></tr>
<tr><td colspan="3">Other income/(expense), net</td><td colspan="2">(171</td><td>)</td><td colspan="2">142</td><td></td><td colspan="2">(605</td><td>)</td><td colspan="2">—</td><td></td></tr>
<tr><td colspan="3">Net income (1)</td><td>$</td><td>23,434</td><td></td><td>$</td><td>21,448</td><td></td><td>$</td><td>84,544</td><td></td><td>$</td><td>79,000</td><td></td></tr>
<tr><td colspan="3">Earnings per share:</td></tr>
<tr><td colspan="3">Basic</td><td>$</td><td>1.58</td><td></td><td>$</td><td>1.40</td><td></td><td>$</td><td>5.64</td><td></td><td>$</td><td>5.13</td><td></td></tr>
<tr><td colspan="3">Diluted</td><td>$</td><td>1.57</td><td></td><td>$</td><td>1.40</td><td></td><td>$</td><td>5.62</td><td></td><td>$</td><td>5.11</td><td></td></tr>
</table>`,
			want: []string{
				"Revenue Q3 FY2025 = 94036000000 USD", "Revenue 9M FY2025 = 313695000000 USD",
				"CostOfRevenue Q3 FY2024 = 46099000000 USD", "GrossProfit Q3 FY2025 = 43718000000 USD",
				"OtherIncomeExpense Q3 FY2025 = -171000000 USD", "OtherIncomeExpense 9M FY2024 = 0 USD",
				"NetIncomeLoss Q3 FY2025 = 23434000000 USD", "EPS Q3 FY2025 = 1.57 USD", "EPS 9M FY2024 = 5.11 USD",
			},
			none: []string{"EPS Q3 FY2025 = 1.58 USD", "Revenue Q3 FY2025 = 66613000000 USD"},
		},
		{
			name: "a plain text statement ruled under its columns' sums ('----------', '=========='): the rows below a rule are the table's, in thousands",
			file: "release.txt",
			fye:  time.December,
			text: "Acme Widgets Reports Third Quarter 2025 Results\n\n" +
				"            CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
				"                (In thousands, except per share data)\n\n" +
				"                                   Three Months Ended\n" +
				"                                     September 30,\n" +
				"                                   2025          2024\n" +
				"Revenue                       $  188,114    $  159,830\n" +
				"Cost of revenue                   61,495        55,543\n" +
				"                              ----------    ----------\n" +
				"Gross profit                     126,619       104,287\n" +
				"Research and development          41,206        37,555\n" +
				"                              ----------    ----------\n" +
				"Income from operations        $   85,413    $   66,732\n" +
				"                              ==========    ==========\n",
			want: []string{
				"Revenue Q3 2025 = 188114000 USD", "GrossProfit Q3 2024 = 104287000 USD",
				"ResearchAndDevelopmentExpense Q3 2025 = 41206000 USD", "OperatingIncomeLoss Q3 2025 = 85413000 USD", "OperatingIncomeLoss Q3 2024 = 66732000 USD",
			},
		},
		{
			name: "a table of divisions whose columns each name a measure and a year ('Sales 2025', 'Adj. EBIT 2024') under a corner naming nine months ('9M, in €m'); 'the largest division' names none",
			file: "q3.txt",
			fye:  time.December,
			text: "Rheinfeld AG: Quarterly Statement for the First Nine Months of 2025\n\nDIVISIONS\n\n" +
				"9M, in €m               Sales 2025   Sales 2024   Adj. EBIT 2025   Adj. EBIT 2024\n" +
				"Drive Systems              1,642.3      1,590.6            172.4            165.3\n" +
				"Automation Solutions       1,234.5      1,180.2            141.9            127.5\n" +
				"Group                      2,876.8      2,770.8            314.3            292.8\n\n" +
				"Drive Systems: Sales of the largest division grew to €1,642.3 million (prior year: €1,590.6 million).\n",
			want: []string{"Revenue [Drive Systems] 9M 2025 = 1642300000 EUR", "Revenue [Automation Solutions] 9M 2024 = 1180200000 EUR",
				"AdjustedOperatingIncomeLoss [Automation Solutions] 9M 2025 = 141900000 EUR", "Revenue 9M 2025 = 2876800000 EUR", "AdjustedOperatingIncomeLoss 9M 2024 = 292800000 EUR"},
			none: []string{"Revenue [Largest] 9M 2025 = 1642300000 EUR", "Revenue [Drive Systems] FY2025 = 1642300000 EUR"},
		},
		{
			name: "a Markdown head spans the empty cells after it ('| | 13 Weeks Ended | | | |' over '| | November 1, 2025 | | November 2, 2024 | |'); a bare year's empty neighbour stays a column of its own",
			file: "retail.md",
			fye:  time.January,
			text: "# Harbor & Pine Reports Third Quarter Fiscal 2025 Results\n\n(in thousands)\n\n" +
				"| | 13 Weeks Ended | | | | 39 Weeks Ended | | | |\n|---|---|---|---|---|---|---|---|---|\n" +
				"| | November 1, 2025 | | November 2, 2024 | | November 1, 2025 | | November 2, 2024 | |\n" +
				"| Net sales | $ | 1,109,315 | $ | 1,061,680 | $ | 3,144,281 | $ | 3,010,545 |\n\n" +
				"| | 2025 | | 2024 |\n|---|---:|---:|---:|\n| Gross profit | 425,977 | 7.0 | 398,130 |\n",
			want: []string{"Revenue Q3 FY2026 = 1109315000 USD", "Revenue Q3 FY2025 = 1061680000 USD", "Revenue 9M FY2026 = 3144281000 USD", "Revenue 9M FY2025 = 3010545000 USD"},
			none: []string{"GrossProfit FY2025 = 7000 USD", "GrossProfit FY2024 = 7000 USD"},
		},
		{
			name: "a table of segments whose measures span their periods ('Net sales' over 'H1 2025 | H1 2024 | Change CER'): core measures are adjusted, a margin's column holds its per cents",
			file: "h1.html",
			fye:  time.December,
			text: `<h1>Lenzhorn Group: Half-year report 2025</h1><h2>Segments</h2>
<table border="1">
  <tr><th rowspan="2">CHF million</th><th colspan="3">Net sales</th><th colspan="2">Core operating income</th><th colspan="2">Core operating margin</th></tr>
  <tr><th>H1 2025</th><th>H1 2024</th><th>Change CER</th><th>H1 2025</th><th>H1 2024</th><th>H1 2025</th><th>H1 2024</th></tr>
  <tr><td>Specialty Pharma</td><td>812.4</td><td>752.9</td><td>+10.2%</td><td>224.6</td><td>208.3</td><td>27.6%</td><td>27.7%</td></tr>
  <tr><td>Consumer Health</td><td>463.5</td><td>452.1</td><td>+4.6%</td><td>96.8</td><td>97.5</td><td>20.9%</td><td>21.6%</td></tr>
  <tr><td>CDMO</td><td>308.3</td><td>293.6</td><td>+6.9%</td><td>71.4</td><td>63.9</td><td>23.2%</td><td>21.8%</td></tr>
  <tr><td><b>Group</b></td><td><b>1'584.2</b></td><td><b>1'498.6</b></td><td><b>+7.9%</b></td><td><b>376.5</b></td><td><b>354.5</b></td><td><b>23.8%</b></td><td><b>23.7%</b></td></tr>
</table>`,
			want: []string{"Revenue [Specialty Pharma] H1 2025 = 812400000 CHF", "Revenue H1 2025 = 1584200000 CHF", "AdjustedOperatingIncomeLoss [CDMO] H1 2024 = 63900000 CHF",
				"AdjustedOperatingMargin [Consumer Health] H1 2025 = 0.209", "AdjustedOperatingMargin H1 2024 = 0.237"},
			none: []string{"AdjustedOperatingIncomeLoss [Specialty Pharma] H1 2025 = 276000 CHF"},
		},
		{
			name: "columns of a year over two calendar years ('Sales 2024/25') are the year it ends in; 'Core EBIT' is adjusted",
			file: "fy.txt",
			fye:  time.March,
			text: "Sarnatech Group AG reports fiscal year 2024/25\n\nDivisions\n\n" +
				"                                  Sales                 Core EBIT\n" +
				"in CHF million              2024/25   2023/24      2024/25   2023/24\n" +
				"Diagnostics Instruments       1'012       981          164       151\n" +
				"Laboratory Consumables          894       872          171       160\n" +
				"Group                         1'906     1'853          335       311\n",
			want: []string{"Revenue [Diagnostics Instruments] FY2025 = 1012000000 CHF", "Revenue FY2025 = 1906000000 CHF", "AdjustedOperatingIncomeLoss [Laboratory Consumables] FY2025 = 171000000 CHF"},
			none: []string{"Revenue FY2024 = 1906000000 CHF"},
		},
		{
			name: "a Markdown measure's head spans the heads of its years, and a heading's '(9M, in €m)' makes them nine months",
			file: "q3.md",
			fye:  time.December,
			text: "# Rheinfeld AG: Quarterly Statement for the First Nine Months of 2025\n\n## Divisions (9M, in €m)\n\n" +
				"| | Sales | | Adj. EBIT | |\n|---|---:|---:|---:|---:|\n| | 2025 | 2024 | 2025 | 2024 |\n" +
				"| Drive Systems | 1,642.3 | 1,590.6 | 172.4 | 165.3 |\n| Automation Solutions | 1,234.5 | 1,180.2 | 141.9 | 127.5 |\n| Group | 2,876.8 | 2,770.8 | 314.3 | 292.8 |\n",
			want: []string{"Revenue [Drive Systems] 9M 2025 = 1642300000 EUR", "Revenue 9M 2024 = 2770800000 EUR", "AdjustedOperatingIncomeLoss [Automation Solutions] 9M 2024 = 127500000 EUR"},
			none: []string{"Revenue FY2025 = 2876800000 EUR"},
		},
		{
			name: "a segment named once in a cell spanning its rows (rowspan) beside the rows' measures heads them as a section does",
			file: "q1.html",
			fye:  time.June,
			text: `<h1>Corvane Industries Reports First Quarter Fiscal 2026 Results</h1><h3>SEGMENT INFORMATION (Unaudited)</h3>
<table border="1">
<tr><th rowspan="2">(in millions)</th><th rowspan="2"></th><th colspan="2">Three Months Ended</th><th rowspan="2">Change</th></tr>
<tr><th>Sept. 30, 2025</th><th>Sept. 30, 2024</th></tr>
<tr><td rowspan="3">Fluid Handling</td><td>Net sales</td><td>$412.6</td><td>$389.0</td><td>6.1%</td></tr>
<tr><td>Segment operating income</td><td>78.4</td><td>69.2</td><td>13.3%</td></tr>
<tr><td>Segment operating margin</td><td>19.0%</td><td>17.8%</td><td>120 bps</td></tr>
<tr><td rowspan="2">Power Transmission</td><td>Net sales</td><td>$338.9</td><td>$351.7</td><td>(3.6)%</td></tr>
<tr><td>Segment operating income</td><td>47.1</td><td>52.4</td><td>(10.1)%</td></tr>
<tr><td rowspan="2">Total</td><td>Net sales</td><td>$751.5</td><td>$740.7</td><td>1.5%</td></tr>
<tr><td>Operating income</td><td>125.5</td><td>121.6</td><td>3.2%</td></tr>
</table>`,
			want: []string{"Revenue [Fluid Handling] Q1 FY2026 = 412600000 USD", "OperatingIncomeLoss [Fluid Handling] Q1 FY2025 = 69200000 USD",
				"Revenue [Power Transmission] Q1 FY2026 = 338900000 USD", "Revenue Q1 FY2026 = 751500000 USD"},
			none: []string{"OperatingIncomeLoss Q1 FY2026 = 78400000 USD"},
		},
		{
			name: "an IFRS statement's names: selling and distribution expenses, finance costs, bank borrowings current and non-current",
			file: "fy.md",
			fye:  time.December,
			text: "# Harbourfront Pacific: Annual results for the year ended 31 December 2024\n\n*For the year ended 31 December 2024*\n\n" +
				"| | 2024 HK$'000 | 2023 HK$'000 |\n|---|---:|---:|\n| Selling and distribution expenses | (121,503) | (118,262) |\n| Finance costs | (186,742) | (171,309) |\n\n" +
				"| | As at 31 December 2024 HK$'000 | As at 31 December 2023 HK$'000 |\n|---|---:|---:|\n| Bank borrowings – current | 1,205,000 | 980,000 |\n| Bank borrowings – non-current | 3,860,500 | 4,215,300 |\n",
			want: []string{"SellingAndMarketingExpense FY2024 = 121503000 HKD", "InterestExpenseNet FY2023 = 171309000 HKD",
				"ShortTermBorrowings 2024-12-31 = 1205000000 HKD", "LongTermBorrowings 2023-12-31 = 4215300000 HKD"},
		},
		{
			name: "an interim statement's caption ('For the six months ended 30 June 2025') makes its year columns halves; two captions over two groups of columns decide nothing",
			file: "interim.md",
			fye:  time.December,
			text: "# Announcement of interim results for the six months ended 30 June 2025\n\n## Condensed consolidated statement of profit or loss\n*For the six months ended 30 June 2025*\n\n" +
				"| | Notes | 2025 HK$'000 | 2024 HK$'000 |\n|---|:---:|---:|---:|\n" +
				"| Revenue | 3 | 2,846,372 | 2,613,508 |\n| Cost of sales | | (1,918,654) | (1,772,391) |\n\n" +
				"The following table summarizes cost of sales: Six months ended June 30 Three months ended June 30\n\n" +
				"| | 2025 HK$'000 | 2024 HK$'000 | 2025 HK$'000 | 2024 HK$'000 |\n|---|---:|---:|---:|---:|\n| Selling expenses | 3,739 | 3,033 | 2,031 | 1,563 |\n",
			want: []string{"Revenue H1 2025 = 2846372000 HKD", "Revenue H1 2024 = 2613508000 HKD", "CostOfRevenue H1 2025 = 1918654000 HKD"},
			none: []string{"Revenue FY2025 = 2846372000 HKD", "SellingAndMarketingExpense Q2 2025 = 2031000 HKD", "SellingAndMarketingExpense Q2 2025 = 3739000 HKD"},
		},
		{
			name: "a Markdown table's labels indented with entities ('&nbsp;&nbsp;Research and development') are read as their words",
			file: "release.md",
			fye:  time.December,
			text: "# Acme Widgets Reports Third Quarter 2025 Results\n\n*(In thousands, except per share data)*\n\n" +
				"| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 |\n|---|---:|---:|\n" +
				"| **&nbsp;&nbsp;Total revenue** | 188,114 | 159,830 |\n| &nbsp;&nbsp;Research &amp; development | 41,206 | 37,555 |\n",
			want: []string{"Revenue Q3 2025 = 188114000 USD", "ResearchAndDevelopmentExpense Q3 2025 = 41206000 USD", "ResearchAndDevelopmentExpense Q3 2024 = 37555000 USD"},
		},
		{
			name: "a Markdown table pasted into a text file, with its rule row, is a table",
			file: "release.txt",
			fye:  time.December,
			text: "Acme Widgets Reports Third Quarter 2025 Results\n\n(In thousands)\n\n" +
				"| | Q3 2025 | Q3 2024 |\n|---|---:|---:|\n| Total revenue | 188,114 | 159,830 |\n| Research and development | 41,206 | 37,555 |\n",
			want: []string{"Revenue Q3 2025 = 188114000 USD", "Revenue Q3 2024 = 159830000 USD", "ResearchAndDevelopmentExpense Q3 2025 = 41206000 USD"},
		},
		{
			name: "a table in TEUR of a document in continental notation: dots group thousands ('187.412'), brackets are negative",
			file: "report.txt",
			fye:  time.December,
			text: "Alpenwerk Holding AG Half-Year Report 2025\n\nRevenue was EUR 187,4 million, EBIT EUR -3,9 million.\n\nin TEUR                 H1 2025      H1 2024\n" +
				"Revenue                 187.412      201.935\nEBIT                    (3.885)        5.809\n",
			want: []string{"Revenue H1 2025 = 187412000 EUR", "Revenue H1 2024 = 201935000 EUR", "OperatingIncomeLoss H1 2025 = -3885000 EUR", "OperatingIncomeLoss H1 2024 = 5809000 EUR"},
		},
		{
			name: "a Nordic table of key figures: MSEK in the corner, quarters written as their months ('Jul–Sep') beside the year to date ('Jan–Sep')",
			file: "report.txt",
			fye:  time.December,
			text: "Nordwerk AB\nInterim report\n\nMSEK                     Jul–Sep   Jul–Sep    Jan–Sep   Jan–Sep\n" +
				"                            2025      2024       2025      2024\n" +
				"Net sales                  3,298     3,187      9,951     9,602\n" +
				"EBITA                        452       418      1,288     1,206\n",
			want: []string{"Revenue Q3 2025 = 3298000000 SEK", "Revenue Q3 2024 = 3187000000 SEK", "Revenue 9M 2025 = 9951000000 SEK", "EBITA 9M 2024 = 1206000000 SEK"},
			none: []string{"Revenue FY2025 = 3298000000 SEK", "Revenue Q3 2025 = 3298 SEK"},
		},
		{
			name: "a French interim statement: 'Current operating income' and its margin are adjusted measures, also as columns of a division table; 'Net income, Group share' the owners'; the tax bracketed where costs are ('Depreciation, amortisation and provisions')",
			file: "release.md",
			fye:  time.December,
			text: "# Valmont SA: first-half 2025 results\n\n| EUR m | H1 2025 | H1 2024 |\n|---|---:|---:|\n| Revenue | 1,384.6 | 1,327.9 |\n| Depreciation, amortisation and provisions | (79.4) | (74.0) |\n" +
				"| Current operating income | 124.1 | 114.2 |\n| Operating income | 114.5 | 109.9 |\n| Cost of net financial debt | (21.7) | (19.8) |\n| Income before tax | 90.5 | 88.2 |\n| Income tax | (24.0) | (23.6) |\n| Net income | 67.7 | 65.4 |\n| **Net income, Group share** | **64.2** | **62.3** |\n\n" +
				"### Results by division\n\n| EUR m | Revenue H1 2025 | Current operating income H1 2025 | Current operating margin H1 2025 |\n|---|---:|---:|---:|\n| Rigid Packaging | 612.3 | 58.2 | 9.5% |\n| Flexible Packaging | 498.7 | 41.5 | 8.3% |\n| Group | 1,111.0 | 99.7 | 9.0% |\n",
			want: []string{"AdjustedOperatingIncomeLoss H1 2025 = 124100000 EUR", "OperatingIncomeLoss H1 2025 = 114500000 EUR", "DepreciationAndAmortization H1 2025 = 79400000 EUR",
				"InterestExpenseNet H1 2025 = 21700000 EUR", "IncomeLossBeforeIncomeTaxes H1 2024 = 88200000 EUR", "IncomeTaxExpenseBenefit H1 2025 = 24000000 EUR",
				"NetIncomeLossAttributableToParent H1 2025 = 64200000 EUR", "AdjustedOperatingIncomeLoss [Rigid Packaging] H1 2025 = 58200000 EUR", "AdjustedOperatingMargin [Flexible Packaging] H1 2025 = 0.083"},
			none: []string{"OperatingIncomeLoss H1 2025 = 124100000 EUR", "IncomeTaxExpenseBenefit H1 2025 = -24000000 EUR", "OperatingIncomeLoss [Rigid Packaging]"},
		},
		{
			name: "a heading of segments over its scale ('Segment Net Sales', then '(in millions)') names the rows' concept; another heading so set names no segments",
			file: "release.md",
			fye:  time.August,
			text: "Fernco Reports Fourth Quarter Fiscal 2025 Results\n\n**Segment Net Sales**\n\n*(in millions)*\n\n" +
				"| Segment | Q4 FY2025 | Q4 FY2024 |\n|---|---:|---:|\n| Americas Stores | $612.4 | $598.1 |\n| Digital | 298.6 | 271.4 |\n| **Total net sales** | **$911.0** | **$869.5** |\n\n" +
				"**Operating Expenses**\n\n*(in millions)*\n\n" +
				"| | Q4 FY2025 | Q4 FY2024 |\n|---|---:|---:|\n| Sales, general and administrative | 398.4 | 381.6 |\n| Store closures | 12.1 | 8.0 |\n",
			want: []string{"Revenue [Americas Stores] Q4 FY2025 = 612400000 USD", "Revenue [Digital] Q4 FY2024 = 271400000 USD", "Revenue Q4 FY2025 = 911000000 USD"},
			none: []string{"[Sales, general", "[Store closures"},
		},
		{
			name: "a Nordic key figures table: units after a comma in the labels ('EBITA margin, %', 'Earnings per share after dilution, SEK'), heads set right and wider than the figures",
			file: "report.txt",
			fye:  time.December,
			text: "Nordwerk AB\nInterim report\n\nMSEK                                   Jul–Sep 2025  Jul–Sep 2024  Jan–Sep 2025\n" +
				"Net sales                                     3,298         3,187         9,951\n" +
				"EBITA margin, %                                13.7          13.1          12.9\n" +
				"Earnings per share after dilution, SEK         2.18          2.02          6.11\n" +
				"Earnings per share before dilution, SEK        2.20          2.04          6.15\n",
			want: []string{"Revenue Q3 2025 = 3298000000 SEK", "EBITAMargin Q3 2025 = 0.137", "EBITAMargin 9M 2025 = 0.129", "EPS Q3 2025 = 2.18 SEK", "EPS Q3 2024 = 2.02 SEK", "EPS 9M 2025 = 6.11 SEK"},
			none: []string{"EPS Q3 2025 = 2.2 SEK", "= 2180000 SEK"},
		},
		{
			name: "segments' margins under a corner that says per cent ('EBITA margin by segment, %'); a row of eliminations is no segment",
			file: "report.txt",
			fye:  time.December,
			text: "Nordwerk AB\nInterim report\n\nEBITA by segment, SEK m             Jul–Sep 2025  Jul–Sep 2024\n" +
				"Flow Technology                              228           205\nService                                      106            97\n" +
				"Group-wide and eliminations                  -28           -36\nGroup                                        306           266\n\n" +
				"EBITA margin by segment, %          Jul–Sep 2025  Jul–Sep 2024\n" +
				"Flow Technology                             15.6          14.7\nService                                     16.8          16.2\n",
			want: []string{"EBITA [Flow Technology] Q3 2025 = 228000000 SEK", "EBITA [Service] Q3 2024 = 97000000 SEK", "EBITA Q3 2025 = 306000000 SEK",
				"EBITAMargin [Flow Technology] Q3 2025 = 0.156", "EBITAMargin [Service] Q3 2024 = 0.162"},
			none: []string{"[Group-wide", "EBITA [Flow Technology] Q3 2025 = 15"},
		},
		{
			name: "an interim statement whose columns give their unit under the year ('2025<br>HK$ million')",
			file: "interim.html",
			fye:  time.December,
			text: "<p>Harbourview Holdings Limited announces its unaudited results for the six months ended 30 June 2025.</p>\n" +
				"<table><tr><th></th><th colspan=\"2\">Six months ended 30 June</th></tr>\n<tr><th></th><th>2025<br>HK$ million</th><th>2024<br>HK$ million</th></tr>\n" +
				"<tr><td>Revenue</td><td>8,642</td><td>9,115</td></tr>\n<tr><td>Cost of sales</td><td>(4,903)</td><td>(5,488)</td></tr>\n</table>\n",
			want: []string{"Revenue H1 2025 = 8642000000 HKD", "Revenue H1 2024 = 9115000000 HKD", "CostOfRevenue H1 2025 = 4903000000 HKD"},
			none: []string{"Revenue H1 2025 = 8642 HKD"},
		},
		{
			name: "a table of key figures whose cells write their own scale ('£412.3m') and a change column ('+5.8%'), under half-year columns ('H1 FY26', 'H1 FY25')",
			file: "interim.txt",
			fye:  time.March,
			text: "Testco plc interim results for the six months ended 30 September 2025 (\"H1 FY26\")\n\n" +
				"                                        H1 FY26     H1 FY25     Change\n" +
				"Revenue                                 £412.3m     £389.6m      +5.8%\n" +
				"Statutory operating profit               £41.2m      £47.9m     -14.0%\n",
			want: []string{"Revenue H1 FY2026 = 412300000 GBP", "Revenue H1 FY2025 = 389600000 GBP", "OperatingIncomeLoss H1 FY2026 = 41200000 GBP"},
			none: []string{"Revenue H1 FY2025 = 412300000 GBP"},
		},
		{
			name: "a financial summary of three columns ('H1 FY26', 'H1 FY25', 'FY25'): pence per share ('13.6p') and balances at each column's end",
			file: "interim.txt",
			fye:  time.March,
			text: "Epsilon Group plc\nInterim results for the six months ended 30 September 2025\n\nFinancial summary\n\n" +
				"                                     H1 FY26        H1 FY25          FY25\n" +
				"Revenue                              £524.8m        £498.1m     £1,012.6m\n" +
				"Statutory basic EPS                    13.6p          14.5p         30.2p\n" +
				"Net debt                             £142.6m        £121.3m       £109.8m\n",
			want: []string{"Revenue FY2025 = 1012600000 GBP", "EPS H1 FY2026 = 0.136 GBP", "EPS H1 FY2025 = 0.145 GBP", "EPS FY2025 = 0.302 GBP", "NetDebt 2025-09-30 = 142600000 GBP", "NetDebt 2025-03-31 = 109800000 GBP"},
			none: []string{"EPS FY2025 = 0.136 GBP"},
		},
		{
			name: "'Attributable to:' alone over 'Owners of the Company' splits the result of the row above it",
			file: "results.txt",
			fye:  time.December,
			text: "Gamma Holdings Limited\nANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2025\n\nCONSOLIDATED STATEMENT OF PROFIT OR LOSS\n\n" +
				"                                                             2025            2024\n" +
				"                                                          HK$'000         HK$'000\n" +
				"Revenue                                                 8,412,536       7,905,114\n" +
				"Profit for the year                                       885,529         741,007\n\n" +
				"Attributable to:\n" +
				"  Owners of the Company                                   842,118         703,652\n" +
				"  Non-controlling interests                                43,411          37,355\n",
			want: []string{"NetIncomeLoss FY2025 = 885529000 HKD", "NetIncomeLossAttributableToParent FY2025 = 842118000 HKD", "NetIncomeLossAttributableToParent FY2024 = 703652000 HKD"},
			none: []string{"NetIncomeLossAttributableToParent FY2025 = 43411000 HKD"},
		},
		{
			name: "a reconciliation's add-back under gross profit is the part in cost of revenue, not the company's total; 'GAAP gross profit' is gross profit",
			file: "release.txt",
			fye:  time.December,
			text: "Delta Corp. reports second quarter 2025 results\n\nRECONCILIATION OF GAAP TO NON-GAAP (In thousands)\n" +
				"                                     Three Months Ended June 30,\n" +
				"                                         2025          2024\n" +
				"GAAP gross profit                   $ 113,709     $  97,611\n" +
				"  Stock-based compensation              1,204         1,050\n" +
				"Non-GAAP gross profit               $ 114,913     $  98,661\n" +
				"GAAP income from operations         $  24,178     $  15,701\n" +
				"  Stock-based compensation             14,306        12,880\n" +
				"Non-GAAP income from operations     $  38,484     $  28,581\n",
			want: []string{"GrossProfit Q2 2025 = 113709000 USD", "ShareBasedCompensation Q2 2025 = 14306000 USD", "ShareBasedCompensation Q2 2024 = 12880000 USD", "OperatingIncomeLoss Q2 2025 = 24178000 USD"},
			none: []string{"ShareBasedCompensation Q2 2025 = 1204000 USD"},
		},
		{
			name: "a table whose corner says its rows are segments ('Segment revenue (HK$'000)') gives each row's segment, its total the company's, though the text named no segment before",
			file: "results.txt",
			fye:  time.December,
			text: "Gamma Holdings Limited\nANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2025\n\n" +
				"Segment revenue (HK$'000)                    2025            2024\n" +
				"Property Development                    3,912,408       3,604,771\n" +
				"Hospitality                             4,500,128       4,300,343\n" +
				"Total                                   8,412,536       7,905,114\n",
			want: []string{"Revenue [Property Development] FY2025 = 3912408000 HKD", "Revenue [Hospitality] FY2024 = 4300343000 HKD", "Revenue FY2025 = 8412536000 HKD"},
		},
		{
			name: "a balance sheet: dates alone are instants; a cash-flow statement's cash at its end takes in restricted cash",
			file: "acme-10k.html",
			text: `<p>CONSOLIDATED BALANCE SHEETS (In thousands)</p>
<table>
<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Cash and cash equivalents</td><td>$ 16,139</td><td>$ 16,398</td></tr>
<tr><td>Total stockholders' equity</td><td>72,913</td><td>62,634</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF CASH FLOWS (In thousands)</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Net cash provided by (used in) operating activities</td><td>13,300</td><td>11,100</td></tr>
<tr><td>Purchases of property and equipment</td><td>(52,729)</td><td>(48,133)</td></tr>
<tr><td>Cash, cash equivalents and restricted cash at end of year</td><td>16,240</td><td>16,500</td></tr>
</table>`,
			want: []string{
				"CashAndCashEquivalents 2024-12-31 = 16139000 USD", "StockholdersEquity 2023-12-31 = 62634000 USD",
				"NetCashFromOperating FY2024 = 13300000 USD", "CapitalExpenditure FY2023 = 48133000 USD",
				"CashCashEquivalentsAndRestrictedCash 2024-12-31 = 16240000 USD",
			},
		},
		{
			name: "the owners' equity is the row named for the company, not total equity with the minority's share",
			file: "acme-10k.html",
			text: `<p>CONSOLIDATED BALANCE SHEETS (In millions)</p>
<table>
<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Total Acme Corp. stockholders' equity</td><td>27,509</td><td>27,307</td></tr>
<tr><td>Noncontrolling interests</td><td>79</td><td>86</td></tr>
<tr><td>Total equity</td><td>27,588</td><td>27,393</td></tr>
</table>
<p>CONDENSED CONSOLIDATED BALANCE SHEETS (In millions)</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Acme share of equity</td><td>262,593</td><td>263,705</td></tr>
<tr><td>Noncontrolling interests</td><td>7,369</td><td>6,901</td></tr>
<tr><td>Total equity</td><td>269,962</td><td>270,606</td></tr>
</table>`,
			want: []string{"StockholdersEquity 2023-12-31 = 27307000000 USD", "StockholdersEquity 2025-06-30 = 262593000000 USD"},
			none: []string{"StockholdersEquity 2023-12-31 = 27393000000 USD", "StockholdersEquity 2025-06-30 = 269962000000 USD"},
		},
		{
			name: "a table of what hedges did to each line of the statements gives none of the lines' amounts",
			file: "acme-10q.html",
			text: `<p>The total effects of all hedges are summarized by income and expense line items as follows:</p>
<table>
<tr><td></td><td colspan="2">Gains/(Losses) of Total Hedge Activity</td></tr>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td>(Dollars in millions)</td><td>2025</td><td>2024</td></tr>
<tr><td>Cost of sales</td><td>$ (5)</td><td>$ 15</td></tr>
<tr><td>Net income</td><td>601</td><td>(140)</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (In millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td></tr>
<tr><td>Cash flow hedges:</td></tr>
<tr><td>Net unrealized gains on derivatives</td><td>12</td></tr>
<tr><td>Comprehensive income</td><td>9,297</td></tr>
</table>`,
			want: []string{"ComprehensiveIncomeLossAttributableToParent FY2024 = 9297000000 USD"},
			none: []string{"CostOfRevenue Q2 2025 = -5000000 USD", "CostOfRevenue Q2 2024 = 15000000 USD", "NetIncomeLoss Q2 2025 = 601000000 USD"},
		},
		{
			name: "segments as sections of a segment note",
			file: "acme-10k.html",
			text: `<p>The following table shows information by reportable segment (in millions):</p>
<table>
<tr><td></td><td>2024</td><td>2023</td></tr>
<tr><td>Americas:</td></tr>
<tr><td>Net sales</td><td>$ 167,045</td><td>$ 162,560</td></tr>
<tr><td>Operating income</td><td>$ 67,656</td><td>$ 60,508</td></tr>
<tr><td>Greater China:</td></tr>
<tr><td>Net sales</td><td>$ 66,952</td><td>$ 72,559</td></tr>
</table>`,
			want: []string{
				"Revenue [Americas] FY2024 = 167045000000 USD", "OperatingIncomeLoss [Americas] FY2023 = 60508000000 USD",
				"Revenue [Greater China] FY2023 = 72559000000 USD",
			},
			none: []string{"Revenue FY2024 = 167045000000 USD"},
		},
		{
			name: "segments under 'Segment operating income:' in a plain text table, after the same segments under 'Net sales:'",
			file: "tidewater-q2.txt",
			text: "Tidewater Instruments Reports Second Quarter 2025 Results\n\nSEGMENT INFORMATION\n(In millions)\n" +
				"                                   Three Months Ended June 30,\n" +
				"                                      2025          2024\n" +
				"Net sales:\n" +
				"  Test & Measurement              $  412.6      $  388.1\n" +
				"  Industrial Sensors                 266.3         251.0\n" +
				"Total net sales                   $  678.9      $  639.1\n" +
				"\n" +
				"Segment operating income:\n" +
				"  Test & Measurement              $   98.1      $   90.4\n" +
				"  Industrial Sensors                 41.2          38.8\n",
			want: []string{
				"Revenue [Test & Measurement] Q2 2025 = 412600000 USD", "Revenue Q2 2025 = 678900000 USD",
				"OperatingIncomeLoss [Test & Measurement] Q2 2025 = 98100000 USD", "OperatingIncomeLoss [Industrial Sensors] Q2 2024 = 38800000 USD",
			},
		},
		{
			name: "a corner cell '€ million' gives the scale; 'Q1–Q3 2025' is nine months beside the third quarter",
			file: "steinhoff-9m.html",
			text: "<html><body><h1>Steinhoff Logistik AG publishes figures for the first three quarters of 2025</h1><table>" +
				"<tr><td>€ million</td><td>Q1–Q3 2025</td><td>Q1–Q3 2024</td><td>Q3 2025</td><td>Q3 2024</td></tr>" +
				"<tr><td>Revenue</td><td>2,418.6</td><td>2,301.2</td><td>829.4</td><td>790.0</td></tr>" +
				"<tr><td>Earnings per share (€)</td><td>2.43</td><td>2.20</td><td>0.86</td><td>0.77</td></tr></table></body></html>",
			want: []string{"Revenue 9M 2025 = 2418600000 EUR", "Revenue Q3 2024 = 790000000 EUR", "EPS 9M 2025 = 2.43 EUR", "EPS Q3 2025 = 0.86 EUR"},
			none: []string{"Revenue Q3 2025 = 2418600000 EUR", "= 2418.6 EUR"},
		},
		{
			name: "a plain-text statement whose '$' stands far left of its right-aligned figure, under the column before",
			file: "corvane-q3.txt",
			fye:  time.March,
			text: "Corvane Reports Third Quarter Fiscal 2026 Results\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(In millions, except per share amounts)\n\n" +
				"                                                      Three Months Ended        Nine Months Ended\n" +
				"                                                   ------------------------  ------------------------\n" +
				"                                                      Dec. 31,     Dec. 31,     Dec. 31,     Dec. 31,\n" +
				"                                                          2025         2024         2025         2024\n" +
				"Revenue                                           $    1,284.6 $    1,141.9 $    3,702.3 $    3,298.5\n" +
				"Cost of revenue                                          503.7        458.4      1,462.0      1,331.9\n" +
				"Gross profit                                             780.9        683.5      2,240.3      1,966.6\n" +
				"Research and development                                 236.4        214.9        690.8        631.2\n" +
				"Operating income                                         228.4        196.3        684.4        540.3\n" +
				"Other income (expense), net                               (2.1)         1.4         (3.9)         0.8\n" +
				"Provision for income taxes                                38.0         33.9        111.8         92.4\n" +
				"Net income                                        $      202.5 $      175.4 $      609.5 $      481.7\n",
			want: []string{"Revenue Q3 FY2026 = 1284600000 USD", "Revenue Q3 FY2025 = 1141900000 USD", "Revenue 9M FY2026 = 3702300000 USD", "Revenue 9M FY2025 = 3298500000 USD",
				"NetIncomeLoss Q3 FY2025 = 175400000 USD", "NetIncomeLoss 9M FY2026 = 609500000 USD"},
			none: []string{"NetIncomeLoss Q3 FY2025 = 609500000 USD", "NetIncomeLoss 9M FY2026 = 481700000 USD"},
		},
		{
			name: "a table of the outlook: each cell a guided range ('$541 million – $545 million', '16.5% – 17.0%', '$2.1 – 2.3 billion'), each column its period",
			file: "lumora-q1.html",
			fye:  time.June,
			text: "<html><body><h1>Lumora Reports First Quarter Fiscal 2026 Results</h1><p>Revenue for the first quarter of fiscal 2026 was $520 million.</p>\n" +
				"<h2>Financial Outlook</h2>\n<p>Lumora is providing the following guidance for the second quarter of fiscal 2026 and raising its outlook for the full fiscal year 2026:</p>\n" +
				"<table><thead><tr><th></th><th>Q2 Fiscal 2026</th><th>Fiscal Year 2026</th></tr></thead><tbody>\n" +
				"<tr><td>Total revenue</td><td>$541 million – $545 million</td><td>$2.1 – 2.3 billion</td></tr>\n" +
				"<tr><td>Non-GAAP operating margin</td><td>16.5% – 17.0%</td><td>17.5% to 18.0%</td></tr>\n" +
				"<tr><td>Non-GAAP net income per diluted share</td><td>$0.50 – $0.52</td><td>$2.10</td></tr>\n" +
				"</tbody></table></body></html>\n",
			want: []string{"Revenue Q2 FY2026 forecast-min = 541000000 USD", "Revenue Q2 FY2026 forecast-max = 545000000 USD",
				"Revenue FY2026 forecast-min = 2100000000 USD", "Revenue FY2026 forecast-max = 2300000000 USD",
				"AdjustedOperatingMargin Q2 FY2026 forecast-min = 0.165", "AdjustedOperatingMargin FY2026 forecast-max = 0.18",
				"AdjustedEPS Q2 FY2026 forecast-max = 0.52 USD", "AdjustedEPS FY2026 forecast = 2.1 USD"},
			none: []string{"AdjustedEPS FY2026 forecast-min = 0.5 USD", "Revenue Q2 FY2026 = ", "AdjustedEPS FY2026 = 2.1 USD"},
		},
		{
			name: "a Markdown statement writes a head's span as empty cells after it ('| Three Months Ended June 30, |  |' over '| 2025 | 2024 |'); an outlook's range keeps its aside apart",
			file: "solvair-q2.md",
			text: "# Solvair Reports Second Quarter 2025 Results\n\n### Outlook\n\n| | Third Quarter 2025 | Full Year 2025 |\n|---|---|---|\n" +
				"| Adjusted EBITDA | $20 million to $30 million | $70 million to $90 million (previously $60 million to $90 million) |\n\n" +
				"#### Condensed Consolidated Statements of Operations\n\n" +
				"| (in thousands, except per share data) | Three Months Ended June 30, |  | Six Months Ended June 30, |  |\n|---|--:|--:|--:|--:|\n|  | 2025 | 2024 | 2025 | 2024 |\n" +
				"| Total revenue | $418,305 | $392,118 | $796,442 | $781,906 |\n| Net loss | -$34,668 | -$39,531 | -$61,748 | -$88,483 |\n",
			want: []string{"Revenue Q2 2025 = 418305000 USD", "Revenue Q2 2024 = 392118000 USD", "Revenue H1 2025 = 796442000 USD", "Revenue H1 2024 = 781906000 USD",
				"NetIncomeLoss Q2 2024 = -39531000 USD", "NetIncomeLoss H1 2024 = -88483000 USD",
				"AdjustedEBITDA Q3 2025 forecast-min = 20000000 USD", "AdjustedEBITDA FY2025 forecast-min = 70000000 USD", "AdjustedEBITDA FY2025 forecast-max = 90000000 USD"},
			none: []string{"AdjustedEBITDA FY2025 forecast-min = 60000000 USD"},
		},
		{
			name: "a text table sets each measure over its repeated periods ('Revenue  EBIT  EBIT margin (%)' over 'Q2 2025  Q2 2024' three times): each measure heads its pair, a margin's column in per cent",
			file: "kragholm-q2.txt",
			text: "Kragholm A/S Interim Report Q2 2025\n\nBUSINESS SEGMENTS\n\n" +
				"Segments, Q2                   Revenue             EBIT         EBIT margin (%)\n" +
				"DKKm                      Q2 2025  Q2 2024   Q2 2025  Q2 2024   Q2 2025  Q2 2024\n" +
				"--------------------------------------------------------------------------------\n" +
				"Industry                    1,742    1,655       275      253      15.8     15.3\n" +
				"Water Utility               1,318    1,201       211      181      16.0     15.1\n" +
				"Group                       3,060    2,856       486      434      15.9     15.2\n",
			want: []string{"Revenue [Industry] Q2 2024 = 1655000000 DKK", "OperatingIncomeLoss [Industry] Q2 2024 = 253000000 DKK", "OperatingIncomeLoss [Water Utility] Q2 2025 = 211000000 DKK",
				"OperatingMargin [Industry] Q2 2025 = 0.158", "OperatingMargin [Water Utility] Q2 2024 = 0.151", "OperatingIncomeLoss Q2 2024 = 434000000 DKK"},
			none: []string{"OperatingIncomeLoss [Industry] Q2 2025 = 253000000 DKK", "= 15.8"},
		},
		{
			name: "an outlook table whose corner names the period and whose one column is 'Range': cells 'approximately 20.5%', 'at least $400 million', '$3.95 to $4.15'",
			file: "aldermoor-q1.html",
			fye:  time.June,
			text: "<html><body><h1>Aldermoor Reports First Quarter Fiscal 2026 Results</h1><p>Revenue for the first quarter of fiscal 2026 was $742.6 million.</p>\n" +
				"<p><b>Fiscal 2026 Guidance Reaffirmed</b></p><p>Aldermoor reaffirmed its full-year fiscal 2026 guidance, which it first issued on August 13, 2025:</p>\n" +
				"<table><tr><td><b>Fiscal 2026 Guidance</b></td><td><b>Range</b></td></tr>\n" +
				"<tr><td>Organic revenue growth</td><td>5.5% to 7.0%</td></tr>\n" +
				"<tr><td>Adjusted operating margin</td><td>approximately 20.5%</td></tr>\n" +
				"<tr><td>GAAP diluted EPS</td><td>$3.95 to $4.15</td></tr>\n" +
				"<tr><td>Free cash flow</td><td>at least $400 million</td></tr>\n" +
				"</table></body></html>\n",
			want: []string{"AdjustedOperatingMargin FY2026 forecast = 0.205", "EPS FY2026 forecast-min = 3.95 USD", "EPS FY2026 forecast-max = 4.15 USD", "FreeCashFlow FY2026 forecast-min = 400000000 USD"},
			none: []string{"[Range]", "FreeCashFlow FY2026 forecast-max", "= 0.055", "= 0.07"},
		},
		{
			name: "a text table of segments: its unit set right of its caption, a footnote's mark on a measure ('Segment profit*1'), period heads wider than their figures",
			file: "kamisato-fy.txt",
			fye:  time.March,
			text: "Consolidated Financial Results for the Fiscal Year Ended March 31, 2025\n\n" +
				"(3) Results by segment                                       (Billions of yen)\n" +
				"------------------------------------------------------------------------------\n" +
				"                              Net sales              Segment profit*1\n" +
				"                        Fiscal 2023  Fiscal 2024  Fiscal 2023  Fiscal 2024\n" +
				"------------------------------------------------------------------------------\n" +
				"Industrial Automation         538.9        562.4         47.6         52.8\n" +
				"Electronic Components         409.3        448.7         27.4         38.9\n" +
				"Total                       1,175.7      1,248.6         88.3        104.9\n" +
				"------------------------------------------------------------------------------\n" +
				"*1 Segment profit is based on operating profit.\n",
			want: []string{"Revenue [Industrial Automation] FY2024 = 562400000000 JPY", "OperatingIncomeLoss [Industrial Automation] FY2024 = 52800000000 JPY",
				"OperatingIncomeLoss [Electronic Components] FY2023 = 27400000000 JPY", "OperatingIncomeLoss FY2024 = 104900000000 JPY"},
			none: []string{"[Fiscal 2023]"},
		},
		{
			name: "a segment note's sections: 'Segment operating margin:' over segments in per cent gives their margins; rows after a section's total reconcile it, no segments",
			file: "kestrel-q3.txt",
			text: "Kestrel Dynamics Reports Third Quarter 2025 Results\n\nSEGMENT INFORMATION (Unaudited)\n(In thousands)\n\n" +
				"                                                       Three Months Ended\n" +
				"                                                         September 30,\n" +
				"                                                           2025          2024\n" +
				"Segment operating income:\n" +
				"  Flow Control                                    $      78,915 $      71,204\n" +
				"  Sensing & Instrumentation                              52,370        46,018\n" +
				"Total segment operating income                          131,285       117,222\n" +
				"  Corporate and unallocated expense                     (12,705)      (12,580)\n" +
				"  Restructuring and impairment charges                  (18,400)            —\n" +
				"Operating income (GAAP)                           $     100,180 $     104,642\n" +
				"Segment operating margin:\n" +
				"  Flow Control                                            19.7%         18.8%\n" +
				"  Sensing & Instrumentation                               19.5%         18.3%\n",
			want: []string{"OperatingIncomeLoss [Flow Control] Q3 2025 = 78915000 USD", "OperatingIncomeLoss Q3 2025 = 100180000 USD",
				"OperatingMargin [Flow Control] Q3 2025 = 0.197", "OperatingMargin [Sensing & Instrumentation] Q3 2024 = 0.183"},
			none: []string{"[Restructuring and impairment charges]", "[Corporate and unallocated expense]", "OperatingIncomeLoss [Flow Control] Q3 2025 = 197"},
		},
		{
			name: "a table whose columns each name a measure and period ('Segment results (EBIT) Q2 FY26', 'EBIT margin Q2 FY26') over segments, reconciled below its total to profit before tax",
			file: "deccan-seg.html",
			fye:  time.March,
			text: "<html><body><p>Deccan Auto reports Q2 FY26 results.</p><p>(₹ crore)</p><table>" +
				"<tr><th>Segment</th><th>Revenue Q2 FY26</th><th>Revenue Q2 FY25</th><th>Segment results (EBIT) Q2 FY26</th><th>Segment results (EBIT) Q2 FY25</th><th>EBIT margin Q2 FY26</th><th>EBIT margin Q2 FY25</th></tr>" +
				"<tr><td>Powertrain</td><td>1,362.8</td><td>1,221.5</td><td>158.4</td><td>137.2</td><td>11.6%</td><td>11.2%</td></tr>" +
				"<tr><td>Aftermarket</td><td>425.1</td><td>376.7</td><td>71.3</td><td>60.8</td><td>16.8%</td><td>16.1%</td></tr>" +
				"<tr><td>Total segment results</td><td>1,787.9</td><td>1,598.2</td><td>229.7</td><td>198.0</td><td></td><td></td></tr>" +
				"<tr><td>Less: Finance costs</td><td></td><td></td><td>31.3</td><td>27.2</td><td></td><td></td></tr>" +
				"<tr><td>Profit before tax</td><td></td><td></td><td>198.4</td><td>170.8</td><td></td><td></td></tr></table></body></html>",
			want: []string{"Revenue [Powertrain] Q2 FY2026 = 13628000000 INR", "OperatingIncomeLoss [Powertrain] Q2 FY2025 = 1372000000 INR",
				"OperatingMargin [Aftermarket] Q2 FY2026 = 0.168", "OperatingMargin [Powertrain] Q2 FY2025 = 0.112"},
			none: []string{"[Profit before tax]", "[Less: Finance costs]"},
		},
		{
			name: "a table of the equity-method investees' figures, however like a statement, is other companies'",
			file: "cola-10k.html",
			text: "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME (In millions)</p><table><tr><td>Year Ended December 31,</td><td>2024</td><td>2023</td></tr>" +
				"<tr><td>Net Operating Revenues</td><td>$ 47,061</td><td>$ 45,754</td></tr></table>" +
				"<p>A summary of financial information for our equity method investees in the aggregate is as follows (in millions):</p>" +
				"<table><tr><td>Year Ended December 31,</td><td>2024</td><td>2023</td></tr>" +
				"<tr><td>Net operating revenues</td><td>$ 99,043</td><td>$ 93,862</td></tr>" +
				"<tr><td>Cost of goods sold</td><td>59,109</td><td>55,780</td></tr></table></body></html>",
			want: []string{"Revenue FY2024 = 47061000000 USD", "Revenue FY2023 = 45754000000 USD"},
			none: []string{"Revenue FY2023 = 93862000000 USD", "CostOfRevenue"},
		},
		{
			name: "an Indian release's table in crore ('(₹ crore, except per share data)'), lakh in a corner cell",
			file: "deccan-q2.html",
			text: "<html><body><p>Deccan Auto reports Q2 FY26 results.</p><p>(₹ crore, except per share data)</p><table>" +
				"<tr><th>Particulars</th><th>Q2 FY26</th><th>Q2 FY25</th><th>YoY</th></tr>" +
				"<tr><td>Revenue from operations</td><td>2,846.3</td><td>2,512.8</td><td>13.3%</td></tr>" +
				"<tr><td>Diluted EPS (₹)</td><td>13.42</td><td>10.96</td><td>22.4%</td></tr></table>" +
				"<table><tr><th>₹ lakh</th><th>Q2 FY26</th><th>Q2 FY25</th></tr><tr><td>Other income</td><td>85.0</td><td>72.5</td></tr></table></body></html>",
			fye:  time.March,
			want: []string{"Revenue Q2 FY2026 = 28463000000 INR", "Revenue Q2 FY2025 = 25128000000 INR", "EPS Q2 FY2026 = 13.42 INR", "OtherIncomeExpense Q2 FY2026 = 8500000 INR"},
			none: []string{"= 2846.3 INR", "= 134200000 INR"},
		},
		{
			name: "a Markdown release's key figures: 'Diluted EPS' and adjusted rows in bold",
			file: "lumora-q4.md",
			text: "# Lumora Health Reports Fourth Quarter and Full Year 2025 Results\n\n| (in millions, except per share) | Q4 2025 | Q4 2024 | FY 2025 | FY 2024 |\n|:--|--:|--:|--:|--:|\n| **Revenue** | $1,240 | $1,138 | $4,790 | $4,402 |\n| **Adjusted EBITDA** | 286 | 251 | 1,102 | 987 |\n| **Diluted EPS** | $0.88 | $0.72 | $3.21 | $2.76 |\n| **Adjusted diluted EPS** | $1.31 | $1.12 | $4.95 | $4.40 |\n",
			want: []string{"Revenue FY2024 = 4402000000 USD", "AdjustedEBITDA Q4 2024 = 251000000 USD", "EPS Q4 2024 = 0.72 USD", "EPS FY2025 = 3.21 USD", "AdjustedEPS FY2024 = 4.4 USD"},
			none: []string{"EBITDA Q4 2024", "EPS Q4 2024 = 1.12 USD"},
		},
		{
			name: "columns that each name a measure and its period, rows of segments and the group",
			file: "hollmann-q3.md",
			text: "# Hollmann AG: Quarterly Statement Q3 2025\n\n| in EUR million | Revenue Q3 2025 | Revenue Q3 2024 | EBIT Q3 2025 | EBIT Q3 2024 |\n|---|---:|---:|---:|---:|\n| Drives | 412.3 | 398.0 | 48.1 | 44.7 |\n| Sensors | 287.9 | 270.4 | 31.2 | 28.9 |\n| Group | 802.8 | 763.5 | 88.6 | 81.2 |\n",
			want: []string{"Revenue [Drives] Q3 2025 = 412300000 EUR", "OperatingIncomeLoss [Sensors] Q3 2024 = 28900000 EUR", "Revenue Q3 2025 = 802800000 EUR", "OperatingIncomeLoss Q3 2024 = 81200000 EUR"},
			none: []string{"[Group]"},
		},
		{
			name: "a row of a margin in per cent under a header of amounts is the margin",
			file: "vireo-9m.md",
			text: "# Vireo Group AG: Results for the first nine months of 2025\n\n| CHF m | 9M 2025 | 9M 2024 | Change |\n|---|---:|---:|---:|\n| Net sales | 1,912.4 | 1,845.0 | 3.7% |\n| EBIT | 241.3 | 222.9 | 8.3% |\n| EBIT margin | 12.6% | 12.1% | |\n",
			want: []string{"Revenue 9M 2025 = 1912400000 CHF", "OperatingIncomeLoss 9M 2024 = 222900000 CHF", "OperatingMargin 9M 2025 = 0.126", "OperatingMargin 9M 2024 = 0.121"},
		},
		{
			name: "a Hong Kong statement: HK$'000 over each column, a column of note references, earnings per share in HK cents",
			file: "pearl-annual.txt",
			text: "PEARL HARBOUR LOGISTICS HOLDINGS LIMITED\nCONSOLIDATED STATEMENT OF PROFIT OR LOSS\nFor the year ended 31 December 2025\n\n" +
				"                                              2025          2024\n" +
				"                                    Notes  HK$'000       HK$'000\n" +
				"Revenue                                4   2,846,312     2,625,744\n" +
				"Cost of sales                             (2,235,118)   (2,054,839)\n" +
				"Other income                           5      18,422        15,310\n" +
				"Profit for the year                          187,285       168,272\n" +
				"\n" +
				"Earnings per share                     9\n" +
				"  Basic (HK cents)                              26.1          23.5\n" +
				"  Diluted (HK cents)                            26.0          23.4\n",
			want: []string{
				"Revenue FY2025 = 2846312000 HKD", "CostOfRevenue FY2024 = 2054839000 HKD", "NetIncomeLoss FY2025 = 187285000 HKD",
				"EPS FY2025 = 0.26 HKD", "EPS FY2024 = 0.234 HKD",
			},
			none: []string{"Revenue FY2025 = 2846312 HKD", "EPS FY2025 = 26 HKD"},
		},
		{
			name: "an HTML Hong Kong statement: a 'Notes' column under its head, 'Diluted' under 'Earnings per share (HK cents)'",
			file: "dragon-interim.html",
			text: "<html><body><p>DRAGON PEAK PROPERTIES LIMITED</p><table>" +
				"<tr><td rowspan=\"3\"></td><td rowspan=\"3\">Notes</td><td colspan=\"2\">Six months ended 30 June</td></tr>" +
				"<tr><td>2025</td><td>2024</td></tr><tr><td>HK$'000</td><td>HK$'000</td></tr>" +
				"<tr><td>Revenue</td><td>3</td><td>2,115,408</td><td>1,987,220</td></tr>" +
				"<tr><td>Profit for the period</td><td></td><td>288,504</td><td>261,770</td></tr>" +
				"<tr><td>Earnings per share (HK cents)</td><td>8</td><td></td><td></td></tr>" +
				"<tr><td>Basic</td><td></td><td>18.2</td><td>16.5</td></tr><tr><td>Diluted</td><td></td><td>18.1</td><td>16.4</td></tr></table></body></html>",
			want: []string{"Revenue H1 2025 = 2115408000 HKD", "NetIncomeLoss H1 2024 = 261770000 HKD", "EPS H1 2025 = 0.181 HKD", "EPS H1 2024 = 0.164 HKD"},
			none: []string{"EPS H1 2025 = 18.1 HKD"},
		},
		{
			name: "a statement's 'Revenue:' lines over 'Total revenue' are the kinds of revenue; 'Interest expense, net (6,114)' is an expense of 6,114",
			file: "corbel-q3.txt",
			text: "Corbel Systems Reports Third Quarter 2025 Results\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n\n" +
				"                                     Three Months Ended\n" +
				"                                        September 30,\n" +
				"                                      2025          2024\n" +
				"Revenue:\n" +
				"  Products                       $ 301,114     $ 289,553\n" +
				"  Services                         111,204        98,549\n" +
				"Total revenue                      412,318       388,102\n" +
				"Operating income                    48,002        39,337\n" +
				"Interest expense, net               (6,114)       (7,002)\n" +
				"Net income                       $  31,800     $  24,574\n",
			want: []string{
				"Revenue Q3 2025 = 412318000 USD", "Revenue [Products] Q3 2025 = 301114000 USD", "Revenue [Services] Q3 2024 = 98549000 USD",
				"InterestExpenseNet Q3 2025 = 6114000 USD", "InterestExpenseNet Q3 2024 = 7002000 USD",
			},
			none: []string{"InterestExpenseNet Q3 2025 = -6114000 USD"},
		},
		{
			name: "'Profit attributable to' and 'Total comprehensive income attributable to' split into owners and minority: the owners' rows are the company's shares, the split's own figures no share at all",
			file: "avikro-afs.html",
			text: "<html><body><p>Statement of profit or loss and other comprehensive income (in ZAR thousand)</p><table>" +
				"<tr><td></td><td>2019</td><td>2018</td></tr>" +
				"<tr><td>Profit for the year</td><td>471 951</td><td>401 608</td></tr>" +
				"<tr><td>Total comprehensive income for the year</td><td>464 924</td><td>368 406</td></tr>" +
				"<tr><td>Profit attributable to</td><td>471 951</td><td>401 608</td></tr><tr><td>Owners of company</td><td>471 160</td><td>400 649</td></tr><tr><td>Non-controlling interest</td><td>791</td><td>959</td></tr>" +
				"<tr><td>Total comprehensive income attributable to</td><td>464 924</td><td>368 406</td></tr><tr><td>Owners of company</td><td>463 316</td><td>367 907</td></tr><tr><td>Non-controlling interest</td><td>1 608</td><td>499</td></tr>" +
				"</table></body></html>",
			want: []string{
				"NetIncomeLoss FY2019 = 471951000 ZAR", "NetIncomeLossAttributableToParent FY2019 = 471160000 ZAR", "NetIncomeLossAttributableToParent FY2018 = 400649000 ZAR",
				"ComprehensiveIncomeLossAttributableToParent FY2019 = 463316000 ZAR", "ComprehensiveIncomeLossAttributableToParent FY2018 = 367907000 ZAR",
			},
			none: []string{"ComprehensiveIncomeLossAttributableToParent FY2019 = 464924000 ZAR", "NetIncomeLossAttributableToParent FY2019 = 471951000 ZAR"},
		},
		{
			name: "a text statement whose 'Notes' head sits at the labels' edge under a head spanning from the notes' column: the note references are no figures, 'Basic' and 'Diluted' under 'Earnings per share (HK cents)' are its figures",
			file: "lotus-interim.txt",
			text: "LOTUS BAY HOLDINGS LIMITED\n\nCONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS\n" +
				"                                              Six months ended 30 June\n" +
				"                                                   2025           2024\n" +
				"                                      Notes     HK$'000        HK$'000\n" +
				"Revenue                                   4   1,284,512      1,190,337\n" +
				"Profit for the period                           101,882         88,410\n" +
				"Earnings per share (HK cents)             8\n" +
				"  Basic                                            12.1           10.5\n" +
				"  Diluted                                          12.0           10.4\n",
			want: []string{"Revenue H1 2025 = 1284512000 HKD", "EPS H1 2025 = 0.12 HKD", "EPS H1 2024 = 0.104 HKD"},
			none: []string{"EPS H1 2025 = 0.08 HKD"},
		},
		{
			name: "a UK summary: figures per share in pence marked '(p)', a basic EPS alone is the EPS, 'Statutory operating profit' the reported one, a balance among the financial highlights at the year's end",
			file: "harrowgate-prelims.md",
			text: "# Harrowgate plc — Preliminary results for the year ended 31 March 2025\n\n" +
				"| £m | FY25 | FY24 | Change |\n|---|---:|---:|---:|\n| Revenue | 1,248.6 | 1,172.3 | 6.5% |\n| Statutory operating profit | 139.7 | 121.2 | 15.3% |\n" +
				"| Basic EPS (p) | 31.2 | 27.0 | 15.6% |\n| Adjusted EPS (p) | 36.4 | 33.1 | 10.0% |\n\n## Financial highlights\n\n| £m | FY25 | FY24 |\n|---|---:|---:|\n| Net debt | 212.0 | 248.3 |\n",
			fye:  time.March,
			want: []string{"Revenue FY2025 = 1248600000 GBP", "OperatingIncomeLoss FY2025 = 139700000 GBP", "EPS FY2025 = 0.312 GBP", "EPS FY2024 = 0.27 GBP", "AdjustedEPS FY2025 = 0.364 GBP", "NetDebt 2025-03-31 = 212000000 GBP", "NetDebt 2024-03-31 = 248300000 GBP"},
			none: []string{"AdjustedEPS FY2025 = 36.4 GBP"},
		},
		{
			name: "a statement's kinds of revenue give way to the segments a note gives, another breakdown",
			file: "corbel-10q.html",
			text: "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (In millions)</p><table>" +
				"<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>" +
				"<tr><td>Revenue:</td><td></td><td></td></tr><tr><td>Services</td><td>7,100</td><td>6,900</td></tr><tr><td>Sales</td><td>5,800</td><td>5,600</td></tr>" +
				"<tr><td>Financing</td><td>160</td><td>169</td></tr><tr><td>Total revenue</td><td>13,060</td><td>12,669</td></tr></table>" +
				"<p>Segment information</p><table><tr><td>Revenue by reportable segment:</td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>" +
				"<tr><td>Software</td><td>7,000</td><td>6,700</td></tr><tr><td>Consulting</td><td>5,900</td><td>5,800</td></tr><tr><td>Financing</td><td>160</td><td>169</td></tr></table></body></html>",
			want: []string{"Revenue Q2 2025 = 13060000000 USD", "Revenue [Software] Q2 2025 = 7000000000 USD", "Revenue [Financing] Q2 2025 = 160000000 USD"},
			none: []string{"Revenue [Services] Q2 2025 = 7100000000 USD", "Revenue [Services] Q2 2024 = 6900000000 USD"},
		},
		{
			name: "a plain text statement whose header sets the days of two columns one space apart, the years on the line below",
			file: "norwell-q4.txt",
			text: norwellStatement("September 27, September 28,  September 27, September 28,"),
			want: norwellWant,
			none: norwellNone,
		},
		{
			name: "the same header with every day one space apart: one line of days over the four columns",
			file: "norwell-q4.txt",
			text: norwellStatement("September 27, September 28, September 27, September 28,"),
			want: norwellWant,
			none: norwellNone,
		},
		{
			name: "a Markdown release: a margin row marked (%) is the margin, the corner names the concept of the segments' rows, 'Group' is the whole",
			file: "solvena-h1.md",
			text: "# Solvena SE: Results for the first half of 2025\n\n" +
				"| in EUR million | H1 2025 | H1 2024 |\n|---|---:|---:|\n| Sales | 1,284.6 | 1,201.3 |\n| EBITDA | 201.4 | 183.2 |\n| EBITDA margin (%) | 15.7 | 15.3 |\n\n" +
				"| Sales by segment, in EUR million | Q2 2025 | Q2 2024 |\n|---|---:|---:|\n| Coatings | 402.1 | 380.9 |\n| Adhesives | 251.7 | 240.0 |\n| Group | 653.8 | 620.9 |\n",
			want: []string{
				"Revenue H1 2025 = 1284600000 EUR", "EBITDA H1 2024 = 183200000 EUR", "EBITDAMargin H1 2025 = 0.157", "EBITDAMargin H1 2024 = 0.153",
				"Revenue [Coatings] Q2 2025 = 402100000 EUR", "Revenue [Adhesives] Q2 2024 = 240000000 EUR", "Revenue Q2 2025 = 653800000 EUR",
			},
			none: []string{"EBITDA H1 2025 = 15700000 EUR", "EBITDA H1 2024 = 15300000 EUR"},
		},
		{
			name: "segments as columns, the period in a row of the body; corporate and eliminations are no segments",
			file: "acme-10q.html",
			text: `<p>NOTE 17: OPERATING SEGMENTS Information about our operations by operating segment is as follows (in millions):</p>
<table>
<tr><td></td><td>Europe</td><td>Latin America</td><td>Corporate</td><td>Eliminations</td><td>Consolidated</td></tr>
<tr><td>Three Months Ended June 27, 2025</td></tr>
<tr><td>Total net operating revenues</td><td>3,176</td><td>1,587</td><td>39</td><td>(279)</td><td>12,535</td></tr>
<tr><td>Operating income (loss)</td><td>$ 1,325</td><td>$ 957</td><td>$ (329)</td><td>$ —</td><td>$ 4,280</td></tr>
<tr><td>Other segment information:</td></tr>
<tr><td>Depreciation and amortization</td><td>55</td><td>8</td><td>49</td><td>—</td><td>279</td></tr>
</table>`,
			want: []string{
				"Revenue [Europe] Q2 2025 = 3176000000 USD", "Revenue [Latin America] Q2 2025 = 1587000000 USD",
				"Revenue Q2 2025 = 12535000000 USD", "OperatingIncomeLoss Q2 2025 = 4280000000 USD",
				"DepreciationAndAmortization [Europe] Q2 2025 = 55000000 USD", "DepreciationAndAmortization Q2 2025 = 279000000 USD",
			},
			none: []string{"Revenue [Eliminations] Q2 2025 = -279000000 USD"},
		},
		{
			name: "a Markdown pipe table with quarters in its header",
			file: "release.md",
			text: "Key figures (EUR million)\n\n| | Q3 2025 | Q3 2024 |\n|---|---:|---:|\n| Revenue | 1,234.5 | 1,100.0 |\n| Net income | 56.7 | (12.3) |\n",
			want: []string{"Revenue Q3 2025 = 1234500000 EUR", "NetIncomeLoss Q3 2024 = -12300000 EUR"},
		},
		{
			name: "a caption cell spanning two header rows and three columns: the years below stand over their own columns",
			file: "xom-10q.html",
			text: `<p>CONDENSED CONSOLIDATED STATEMENT OF INCOME</p>
<table>
<tr><td colspan="3" rowspan="2">(millions of dollars, unless noted)</td><td colspan="6">Three Months Ended<br>June 30,</td><td colspan="6">Six Months Ended<br>June 30,</td></tr>
<tr><td colspan="3">2025</td><td colspan="3">2024</td><td colspan="3">2025</td><td colspan="3">2024</td></tr>
<tr><td colspan="3">Total revenues and other income</td><td colspan="2">81,506</td><td></td><td colspan="2">93,060</td><td></td><td colspan="2">164,636</td><td></td><td colspan="2">176,143</td><td></td></tr>
</table>`,
			want: []string{"Revenue Q2 2025 = 81506000000 USD", "Revenue Q2 2024 = 93060000000 USD", "Revenue H1 2025 = 164636000000 USD", "Revenue H1 2024 = 176143000000 USD"},
			none: []string{"Revenue Q2 2024 = 81506000000 USD"},
		},
		{
			name: "the scale in a row of its own between the header's rows; the period over the labels, the years over the figures",
			file: "ba-10k.html",
			text: `<p>Other Earnings Items</p>
<table>
<tr><td></td><td></td><td></td><td></td></tr>
<tr><td>(Dollars in millions)</td></tr>
<tr><td>Years ended December 31,</td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Loss from operations</td><td>($10,707)</td><td>($773)</td><td>($3,519)</td></tr>
<tr><td>Loss before income taxes</td><td>(12,210)</td><td>(2,005)</td><td>(5,022)</td></tr>
<tr><td>Income tax benefit/(expense)</td><td>381</td><td>(237)</td><td>(31)</td></tr>
<tr><td>Net loss</td><td>(11,829)</td><td>(2,242)</td><td>(5,053)</td></tr>
</table>`,
			want: []string{
				"OperatingIncomeLoss FY2024 = -10707000000 USD", "IncomeLossBeforeIncomeTaxes FY2022 = -5022000000 USD",
				"IncomeTaxExpenseBenefit FY2024 = -381000000 USD", "IncomeTaxExpenseBenefit FY2023 = 237000000 USD",
			},
		},
		{
			name: "a retailer names its fiscal year for the year it starts in: 'Fiscal 2024' ended in February 2025",
			file: "hd-10k.html",
			fye:  time.January,
			text: `<p>Our fiscal year is a 52- or 53-week period ending on the Sunday nearest to January 31.</p>
<table><tr><td>Fiscal Year</td><td>Fiscal Year Ended</td></tr>
<tr><td>fiscal 2023</td><td>Fiscal year ended January 28, 2024 (includes 52 weeks) fiscal 2023</td></tr>
<tr><td>fiscal 2024</td><td>Fiscal year ended February 2, 2025 (includes 53 weeks) fiscal 2024</td></tr></table>
<p>CONSOLIDATED STATEMENTS OF EARNINGS (in millions)</p>
<table>
<tr><td></td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
<tr><td>Net sales</td><td>$ 159,514</td><td>$ 152,669</td></tr>
</table>`,
			want: []string{"Revenue FY2025 = 159514000000 USD", "Revenue FY2024 = 152669000000 USD"},
			none: []string{"Revenue FY2024 = 159514000000 USD"},
		},
		{
			name: "segments as sections named with the word 'segment'",
			file: "tsla-10q.html",
			text: `<p>Note 12 – Segment Reporting. The following table presents revenues and gross profit by reportable segment (in millions):</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>Automotive segment</td></tr>
<tr><td>Revenues</td><td>$ 19,707</td><td>$ 22,486</td></tr>
<tr><td>Gross profit</td><td>$ 3,032</td><td>$ 3,838</td></tr>
<tr><td>Energy generation and storage segment</td></tr>
<tr><td>Revenues</td><td>$ 2,789</td><td>$ 3,014</td></tr>
</table>`,
			want: []string{"Revenue [Automotive] Q2 2025 = 19707000000 USD", "GrossProfit [Automotive] Q2 2024 = 3838000000 USD", "Revenue [Energy generation and storage] Q2 2025 = 2789000000 USD"},
			none: []string{"Revenue Q2 2025 = 19707000000 USD"},
		},
		{
			name: "segments under a section whose label has its loss in brackets: 'Earnings/(loss) from operations:'",
			file: "ba-10q.html",
			text: `<p>Summary of Business Segment Data (Unaudited)</p>
<table>
<tr><td>(Dollars in millions)</td><td colspan="2">Three months ended June 30</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Earnings/(loss) from operations:</td></tr>
<tr><td>Commercial Airplanes</td><td>($557)</td><td>($715)</td></tr>
<tr><td>Global Services</td><td>1,146</td><td>1,094</td></tr>
</table>`,
			want: []string{"OperatingIncomeLoss [Commercial Airplanes] Q2 2025 = -557000000 USD", "OperatingIncomeLoss [Global Services] Q2 2024 = 1094000000 USD"},
		},
		{
			name: "a total beats its part when both rows name one concept",
			file: "amzn-10k.html",
			text: `<p>CONSOLIDATED STATEMENTS OF OPERATIONS (in millions)</p>
<table>
<tr><td></td><td>2023</td><td>2024</td></tr>
<tr><td>Interest income</td><td>2,949</td><td>4,677</td></tr>
<tr><td>Other income (expense), net</td><td>938</td><td>(2,250)</td></tr>
<tr><td>Total non-operating income (expense)</td><td>705</td><td>21</td></tr>
</table>`,
			want: []string{"OtherIncomeExpense FY2023 = 705000000 USD", "OtherIncomeExpense FY2024 = 21000000 USD"},
			none: []string{"OtherIncomeExpense FY2023 = 938000000 USD"},
		},
		{
			name: "concepts as columns, segments as rows, each row's year in a cell of its own",
			file: "pg-10q.html",
			fye:  time.June,
			text: `<p>The following is a summary of reportable segment results (in millions):</p>
<table>
<tr><td></td><td></td><td colspan="2">Three Months Ended March 31</td></tr>
<tr><td></td><td></td><td>Net Sales</td><td>Net Earnings/(Loss)</td></tr>
<tr><td>Beauty</td><td>2025</td><td>$ 3,490</td><td>$ 539</td></tr>
<tr><td></td><td>2024</td><td>3,550</td><td>587</td></tr>
<tr><td>Grooming</td><td>2025</td><td>1,505</td><td>321</td></tr>
<tr><td>Total Company</td><td>2025</td><td>$ 19,776</td><td>$ 3,769</td></tr>
</table>`,
			want: []string{
				"Revenue [Beauty] Q3 FY2025 = 3490000000 USD", "NetIncomeLoss [Beauty] Q3 FY2024 = 587000000 USD",
				"NetIncomeLoss [Grooming] Q3 FY2025 = 321000000 USD", "Revenue Q3 FY2025 = 19776000000 USD",
			},
		},
		{
			name: "a segment table split at a page break: the second part takes the first's head",
			file: "ko-10k.html",
			text: `<p>NOTE 19: OPERATING SEGMENTS (in millions)</p>
<table>
<tr><td></td><td>Latin America</td><td>North America</td><td>Consolidated</td></tr>
<tr><td>Year Ended December 31, 2024</td></tr>
<tr><td>Total net operating revenues</td><td>6,335</td><td>17,646</td><td>47,061</td></tr>
</table>
<p>92</p>
<table>
<tr><td></td><td></td><td></td><td></td></tr>
<tr><td>Year Ended December 31, 2023</td></tr>
<tr><td>Total net operating revenues</td><td>5,830</td><td>16,774</td><td>45,754</td></tr>
</table>`,
			want: []string{"Revenue [Latin America] FY2024 = 6335000000 USD", "Revenue [North America] FY2023 = 16774000000 USD", "Revenue FY2023 = 45754000000 USD"},
			none: []string{"Revenue FY2023 = 5830000000 USD"},
		},
		{
			name: "a cash-flow statement: the cash it starts with, its $ in a cell of its own; segments named by the abbreviations the text defines",
			file: "acme-10k.html",
			text: `<p>We report North America, International and Amazon Web Services (“AWS”) segments.</p>
<p>CONSOLIDATED STATEMENTS OF CASH FLOWS (in millions)</p>
<table>
<tr><td></td><td colspan="4">Year Ended December 31,</td></tr>
<tr><td></td><td colspan="2">2023</td><td colspan="2">2024</td></tr>
<tr><td>CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, BEGINNING OF PERIOD</td><td>$</td><td>54,253</td><td>$</td><td>73,890</td></tr>
<tr><td>Cash, cash equivalents and restricted cash at December 31</td><td>$</td><td>73,890</td><td>$</td><td>82,312</td></tr>
</table>
<p>Information on reportable segments is as follows (in millions):</p>
<table>
<tr><td></td><td>2023</td><td>2024</td></tr>
<tr><td>AWS</td></tr>
<tr><td>Net sales</td><td>$ 90,757</td><td>$ 107,556</td></tr>
<tr><td>Operating income</td><td>24,631</td><td>39,834</td></tr>
</table>`,
			want: []string{
				"CashCashEquivalentsAndRestrictedCash 2022-12-31 = 54253000000 USD", "CashCashEquivalentsAndRestrictedCash 2024-12-31 = 82312000000 USD",
				"Revenue [Amazon Web Services] FY2024 = 107556000000 USD", "OperatingIncomeLoss [Amazon Web Services] FY2023 = 24631000000 USD",
			},
			none: []string{"Revenue [AWS] FY2024 = 107556000000 USD"},
		},
		{
			name: "the tax's sign from the statement's arithmetic; the owners' share attributable to common stockholders; an equity statement's repurchases are no cash paid",
			file: "acme-10k.html",
			text: `<p>CONSOLIDATED STATEMENTS OF OPERATIONS (in millions)</p>
<table>
<tr><td></td><td>Fiscal 2025</td><td>Fiscal 2024</td></tr>
<tr><td>Income before provision for income taxes</td><td>7,428</td><td>4,948</td></tr>
<tr><td>Provision for income taxes</td><td>(1,241)</td><td>(814)</td></tr>
<tr><td>Net income</td><td>6,187</td><td>4,134</td></tr>
<tr><td>Net income attributable to noncontrolling interests</td><td>62</td><td>23</td></tr>
<tr><td>Net income attributable to common stockholders</td><td>6,125</td><td>4,111</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY (in millions)</p>
<table>
<tr><td></td><td>Fiscal 2025</td><td>Fiscal 2024</td></tr>
<tr><td>Repurchases of common stock</td><td>(95,846)</td><td>(77,046)</td></tr>
<tr><td>Net income</td><td>6,187</td><td>4,134</td></tr>
</table>`,
			want: []string{
				"IncomeTaxExpenseBenefit FY2025 = 1241000000 USD", "IncomeTaxExpenseBenefit FY2024 = 814000000 USD",
				"NetIncomeLoss FY2025 = 6125000000 USD",
			},
			none: []string{"IncomeTaxExpenseBenefit FY2025 = -1241000000 USD", "ShareRepurchase FY2025 = 95846000000 USD"},
		},
		{
			name: "an IFRS statement: the group beside the parent company, R000's, thousands grouped by spaces, costs and tax bracketed",
			file: "afs.html",
			text: `<p>Avikro Industries Proprietary Limited. Statements of profit or loss for the year ended 30 June 2019.
The group's results for the year ended 30 June 2019 are set out below.</p>
<table>
<tr><td></td><td></td><td colspan="2">Group</td><td colspan="2">Company</td></tr>
<tr><td></td><td></td><td>2019</td><td>2018</td><td>2019</td><td>2018</td></tr>
<tr><td></td><td>Notes</td><td>R000's</td><td>R000's</td><td>R000's</td><td>R000's</td></tr>
<tr><td>Revenue</td><td>1</td><td>3 343 674</td><td>3 039 422</td><td>585</td><td>280 493</td></tr>
<tr><td>Cost of sales</td><td></td><td>(2 401 434)</td><td>(2 195 809)</td><td>0</td><td>0</td></tr>
<tr><td>Operating expenses</td><td></td><td>(384 389)</td><td>(329 362)</td><td>(500)</td><td>(665)</td></tr>
<tr><td>Taxation</td><td>5</td><td>(127 026)</td><td>(152 279)</td><td>(800)</td><td>5 417</td></tr>
<tr><td>Profit for the year</td><td></td><td>471 951</td><td>401 608</td><td>2 320</td><td>264 771</td></tr>
</table>`,
			want: []string{
				"Revenue FY2019 = 3343674000 ZAR", "Revenue FY2018 = 3039422000 ZAR",
				"CostOfRevenue FY2019 = 2401434000 ZAR", "IncomeTaxExpenseBenefit FY2019 = 127026000 ZAR",
				"NetIncomeLoss FY2018 = 401608000 ZAR",
			},
			none: []string{"Revenue FY2019 = 585000 ZAR", "IncomeTaxExpenseBenefit FY2018 = -5417000 ZAR", "IncomeTaxExpenseBenefit FY2019 = -127026000 ZAR"},
		},
		{
			name: "a plain text statement, columns aligned by spaces: a $ apart, a label over two lines, a header with the periods over the labels",
			file: "acme-10k.txt",
			fye:  time.June,
			text: `                         THE ACME COMPANY
                 Consolidated Statements of Earnings

Amounts in millions except per share amounts;                 2025          2024
years ended June 30

NET SALES                                               $   84,284    $   84,039
Cost of products sold                                       41,164        40,848
Indefinite-lived intangible asset impairment charge              —         1,341
Interest expense                                             (907)         (925)
Net earnings attributable to the shareholders of
The Acme Company                                        $   15,974    $   14,879
Diluted net earnings per common share (1)               $     6.51    $     6.02

CASH FLOWS
Net cash provided by operating
  activities                                                17,817        19,846
`,
			want: []string{
				"Revenue FY2025 = 84284000000 USD", "Revenue FY2024 = 84039000000 USD",
				"CostOfRevenue FY2025 = 41164000000 USD",
				"NetIncomeLoss FY2025 = 15974000000 USD", "EPS FY2024 = 6.02 USD",
				"NetCashFromOperating FY2025 = 17817000000 USD",
			},
			none: []string{"EPS FY2025 = 1 USD"},
		},
		{
			name: "plain text: 'Year Ended' centred over three years stands over them all; a table of shares of revenue holds no amounts",
			file: "acme-10k.txt",
			fye:  time.January,
			text: `The following table sets forth items in our statements of income expressed as a percentage of revenue.

                                     Year Ended
                          Jan 26, 2025   Jan 28, 2024
Revenue                        100.0 %        100.0 %
Cost of revenue                   25.0           27.3

                      Consolidated Statements of Income
                                (In millions)
                                              Year Ended
                          Jan 26, 2025      Jan 28, 2024      Jan 29, 2023
Revenue                   $   130,497       $    60,922       $    26,974
Cost of revenue                32,639            16,621            11,618
`,
			want: []string{"Revenue FY2025 = 130497000000 USD", "Revenue FY2023 = 26974000000 USD", "CostOfRevenue FY2024 = 16621000000 USD"},
			none: []string{"CostOfRevenue FY2025 = 25000000 USD", "CostOfRevenue FY2024 = 27300000 USD"},
		},
		{
			name: "plain text: segments as columns, their names wrapped over two lines, the year over them all",
			file: "pg-10k.txt",
			fye:  time.June,
			text: `NOTE 2 SEGMENT INFORMATION (in millions)

                               Fiscal Year Ended June 30, 2025
                                                     Fabric &
                      Beauty      Grooming         Home Care      Corporate

Net sales        $    14,964     $   6,662      $   29,617     $      794
`,
			want: []string{"Revenue [Beauty] FY2025 = 14964000000 USD", "Revenue [Fabric & Home Care] FY2025 = 29617000000 USD"},
			none: []string{"Revenue [Home Care] FY2025 = 29617000000 USD"},
		},
		{
			name: "plain text: a balance sheet's sections, blank lines between them, under its dates",
			file: "googl-10k.txt",
			text: `                         CONSOLIDATED BALANCE SHEETS
                      (in millions, except par value per share amounts)

                                               As of December 31,

                                              2023            2024

Assets

Current assets:

Cash and cash equivalents                 $   24,048      $    23,466

Marketable securities                         86,868           72,191
`,
			want: []string{"CashAndCashEquivalents 2023-12-31 = 24048000000 USD", "CashAndCashEquivalents 2024-12-31 = 23466000000 USD"},
		},
		{
			name: "plain text: a table with no currency sign takes the one most of the document's tables carry, not the euro the prose names",
			file: "nflx-10q.txt",
			text: `Our euro notes of €5.2 billion and €1.0 billion are hedged; we repaid €400 million and €300 million of them in euros.

(in thousands)                 Q2 2025        Q2 2024
Revenues                 $  11,079,166   $  9,559,310
Cost of revenues             5,325,311      5,174,143

A long paragraph of prose stands between the two tables, as a page break would.

(in thousands)                 Q2 2025        Q2 2024
Depreciation and amortization   80,013         81,227
Purchases of property and equipment  (155,889)  (78,287)
`,
			want: []string{"Revenue Q2 2025 = 11079166000 USD", "DepreciationAndAmortization Q2 2025 = 80013000 USD", "CapitalExpenditure Q2 2024 = 78287000 USD"},
			none: []string{"DepreciationAndAmortization Q2 2025 = 80013000 EUR"},
		},
		{
			name: "plain text: a long label with dashes for nil goes on with the balance sheet",
			file: "amzn-10k.txt",
			text: `CONSOLIDATED BALANCE SHEETS (in millions)
                                                 December 31,
                                               2023          2024
Long-term debt                               58,314        52,623
Commitments and contingencies (Note 7)
Stockholders' equity:
Preferred stock ($0.01 par value; 500 shares authorized; no shares        —            —
issued or outstanding)
Retained earnings                           113,618       172,866
`,
			want: []string{"LongTermBorrowings 2023-12-31 = 58314000000 USD", "AccumulatedDeficit 2024-12-31 = 172866000000 USD"},
		},
		{
			name: "plain text: a header over three lines, the month's day on the second beside the end of a long stub",
			file: "ba-10q.txt",
			text: `                    Condensed Consolidated Statements of Operations
(Dollars in millions, except per share   Six months ended June     Three months ended June
data)                                             30                        30

                                          2025         2024         2025         2024

Total revenues                          42,245       33,435       22,749       16,866
Total costs and expenses               (37,393)     (30,330)     (20,314)     (15,637)
`,
			want: []string{"Revenue H1 2025 = 42245000000 USD", "Revenue Q2 2024 = 16866000000 USD"},
			none: []string{"Revenue FY2025 = 42245000000 USD"},
		},
		{
			name: "plain text: segments as sections that repeat the same rows, figures set just above their label",
			file: "wmt-10k.txt",
			fye:  time.January,
			text: `                                                       Fiscal Years Ended January 31,
(Amounts in millions)                                     2025            2024

Walmart U.S.

Net sales                                            $ 462,415       $ 441,817

                                                         2,594           1,985
Membership and other income

Cost of sales                                          336,451         323,563

Walmart International

Net sales                                            $ 121,885       $ 114,641

Cost of sales                                           95,267          89,831
`,
			want: []string{
				"Revenue [Walmart U.S.] FY2025 = 462415000000 USD", "CostOfRevenue [Walmart U.S.] FY2024 = 323563000000 USD",
				"CostOfRevenue [Walmart International] FY2025 = 95267000000 USD",
			},
			none: []string{"CostOfRevenue FY2024 = 89831000000 USD", "CostOfRevenue FY2025 = 336451000000 USD"},
		},
		{
			name: "plain text: two period heads on two lines, each over its own columns",
			file: "ibm-10q.txt",
			text: `                              CONSOLIDATED INCOME STATEMENT
                                      Three Months Ended June
                                                                   Six Months Ended June 30,
                                                 30,
(Dollars in millions)                     2025          2024          2025          2024
Total revenue                           16,977        15,770        31,519        30,231
Gross profit                             9,977         8,950        18,008        16,692
`,
			want: []string{"Revenue Q2 2025 = 16977000000 USD", "Revenue H1 2024 = 30231000000 USD", "GrossProfit Q2 2024 = 8950000000 USD"},
			none: []string{"Revenue Q2 2025 = 31519000000 USD"},
		},
		{
			name: "a plain text table of segments under a heading, the figures of a section between two tables' worth of prose",
			file: "acme.txt",
			text: `Revenue grew in every region this quarter, as the table shows.

(In millions)                      Q3 2025      Q3 2024
Net sales by reportable segment:
  Americas                          44,565       41,664
  Europe                            24,015       22,321
Total net sales                     68,580       63,985

The outlook is unchanged at 3 to 4 percent for the year.
`,
			want: []string{"Revenue [Americas] Q3 2025 = 44565000000 USD", "Revenue [Europe] Q3 2024 = 22321000000 USD", "Revenue Q3 2025 = 68580000000 USD"},
		},
		{
			name: "plain text: segment names wrapped over two lines of the header, the period wrapped down the labels' side, a label over three lines with its figures on the middle one, rows whose figures went to the page beside",
			file: "acme-10q.txt",
			text: `NOTE 17: OPERATING SEGMENTS

Information about our operations by operating segment is as follows (in millions):

                          Europe, Middle         Latin         North      Bottling     Corporate  Consolidated
                           East & Africa       America       America   Investments

Three Months
Ended June 27,
2025

Total net
operating                      $   3,176     $   1,587     $   5,029     $   1,411      $     39     $  11,242
revenues
Cost of goods sold                   895           263         2,405         1,018          (64)         4,517
Selling, general
and                                  956           336         1,003           334           392         3,021
administrative
expenses
Other operating
charges                                —            31             —             —            40            71
Operating income               $   1,325     $     957     $   1,621     $      59     $   (329)     $   3,633

Interest income

Interest expense

Equity income
(loss) — net

Income before
income taxes

Other segment
information:

Capital
                               $      49     $       1     $     154     $     119     $     115     $     438
expenditures

Depreciation and
amortization                          55             8            81            76            49           269
`,
			want: []string{
				"Revenue [Latin America] Q2 2025 = 1587000000 USD", "Revenue [Europe, Middle East & Africa] Q2 2025 = 3176000000 USD",
				"Revenue [Bottling Investments] Q2 2025 = 1411000000 USD", "CostOfRevenue [Corporate] Q2 2025 = -64000000 USD",
				"CostOfRevenue [North America] Q2 2025 = 2405000000 USD", "OperatingIncomeLoss [Latin America] Q2 2025 = 957000000 USD",
				"DepreciationAndAmortization [Latin America] Q2 2025 = 8000000 USD", "CapitalExpenditure [North America] Q2 2025 = 154000000 USD",
			},
			none: []string{"Revenue [America] Q2 2025 = 1587000000 USD", "CostOfRevenue [Corporate] Q2 2025 = 64000000 USD"},
		},
		{
			name: "plain text: a segment note known by its rows (\"Other segment items\"), labels wrapped at a slash and around their figures",
			file: "acme-10k.txt",
			fye:  time.June,
			text: `No other customer represents more than 10% of our consolidated net sales. Amounts in millions of dollars.

                              Fiscal Year Ended June 30, 2025

                              Beauty      Grooming     Corporate

Net sales                $    14,964     $   6,662      $    794

Cost of
products sold                (5,822)       (2,675)       (1,118)

Other segment                    (1)             —         (294)
items(1)

Earnings/
(Loss) before                  3,454         1,952       (1,061)
income taxes

Net
                         $     2,715     $   1,577     $   (527)
earnings/(loss)
`,
			want: []string{
				"Revenue [Beauty] FY2025 = 14964000000 USD", "CostOfRevenue [Grooming] FY2025 = 2675000000 USD",
				"IncomeLossBeforeIncomeTaxes [Beauty] FY2025 = 3454000000 USD", "NetIncomeLoss [Grooming] FY2025 = 1577000000 USD",
				"NetIncomeLoss [Corporate] FY2025 = -527000000 USD",
			},
			none: []string{"NetIncomeLoss [Earnings/] FY2025 = 1577000000 USD"},
		},
		{
			name: "a heading above a table names the concept its rows of segments break down",
			file: "acme-10q.html",
			text: `<p>33 Table of Contents</p><p>Capital Expenditures</p>
<table>
<tr><td></td><td colspan="2">Six months ended June 30</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Commercial Airplanes</td><td>$243</td><td>$226</td></tr>
<tr><td>Global Services</td><td>69</td><td>71</td></tr>
<tr><td>Total</td><td>$1,101</td><td>$971</td></tr>
</table>
<p>Depreciation and Amortization</p>
<table>
<tr><td></td><td colspan="2">Six months ended June 30</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Commercial Airplanes</td><td>$212</td><td>$195</td></tr>
<tr><td>Total</td><td>$926</td><td>$883</td></tr>
</table>
<p>(Dollars in millions) Backlog</p>
<table>
<tr><td></td><td>June 30, 2025</td></tr>
<tr><td>Commercial Airplanes</td><td>$522,100</td></tr>
</table>`,
			want: []string{
				"CapitalExpenditure H1 2025 = 1101000000 USD", "CapitalExpenditure [Commercial Airplanes] H1 2024 = 226000000 USD",
				"DepreciationAndAmortization H1 2024 = 883000000 USD", "DepreciationAndAmortization [Commercial Airplanes] H1 2025 = 212000000 USD",
			},
			none: []string{"Revenue [Commercial Airplanes] 2025-06-30 = 522100000000 USD"},
		},
		{
			name: "earnings per share under a heading and a sub-heading: the diluted Total is the figure, the basic one is not",
			file: "acme-10q.html",
			text: `<p>CONSOLIDATED INCOME STATEMENT (Dollars in millions except per share amounts)</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>Earnings per share of common stock:</td></tr>
<tr><td>Assuming dilution:</td></tr>
<tr><td>Continuing operations</td><td>$ 2.31</td><td>$ 1.96</td></tr>
<tr><td>Discontinued operations</td><td>0.01</td><td>0.00</td></tr>
<tr><td>Total</td><td>$ 2.32</td><td>$ 1.96</td></tr>
<tr><td>Basic:</td></tr>
<tr><td>Continuing operations</td><td>$ 2.36</td><td>$ 1.99</td></tr>
<tr><td>Total</td><td>$ 2.37</td><td>$ 1.99</td></tr>
</table>`,
			want: []string{"EPS Q2 2025 = 2.32 USD", "EPS Q2 2024 = 1.96 USD"},
			none: []string{"EPS Q2 2025 = 2.37 USD", "EPS Q2 2025 = 2.31 USD"},
		},
		{
			name: "a segment's section with a footnote's mark",
			file: "acme-10k.html",
			text: `<p>Information for the Company's segments is provided as follows:</p>
<table>
<tr><td></td><td colspan="2">Fiscal Years Ended December 31,</td></tr>
<tr><td>(Amounts in millions)</td><td>2024</td><td>2023</td></tr>
<tr><td>Sam's Club U.S.(1)</td></tr>
<tr><td>Total revenues</td><td>92,561</td><td>88,230</td></tr>
<tr><td>Operating income</td><td>2,404</td><td>2,192</td></tr>
</table>`,
			want: []string{"Revenue [Sam's Club U.S.] FY2024 = 92561000000 USD", "OperatingIncomeLoss [Sam's Club U.S.] FY2023 = 2192000000 USD"},
			none: []string{"Revenue FY2024 = 92561000000 USD"},
		},
		{
			name: "a statement of equity gives the owners' equity on the days of its balance rows",
			file: "acme-10q.html",
			text: `<p>Acme Corporation Condensed Consolidated Statements of Shareholders' Equity (Unaudited)</p>
<table>
<tr><td></td><td colspan="2">Common Stock Outstanding</td><td>Retained Earnings</td><td colspan="3">Total Shareholders' Equity</td></tr>
<tr><td></td><td>Shares</td><td>Amount</td><td></td><td></td></tr>
<tr><td>(In millions)</td></tr>
<tr><td>Balances as of Apr 27, 2025</td><td>24,388</td><td>$ 24</td><td>72,158</td><td colspan="2">$ 83,843</td><td></td></tr>
<tr><td>Net income</td><td>—</td><td>—</td><td>26,422</td><td colspan="2">26,422</td><td></td></tr>
<tr><td>Balances as of Jul 27, 2025</td><td>24,347</td><td>$ 24</td><td>88,737</td><td colspan="2">$ 100,131</td><td></td></tr>
<tr><td>Balance as of January 1, 2024</td><td>24,000</td><td>$ 24</td><td>50,000</td><td colspan="2">$ 42,978</td><td></td></tr>
</table>`,
			want: []string{"StockholdersEquity 2025-04-27 = 83843000000 USD", "StockholdersEquity 2025-07-27 = 100131000000 USD", "StockholdersEquity 2023-12-31 = 42978000000 USD"},
			none: []string{"StockholdersEquity 2025-04-27 = 24388000000 USD"},
		},
		{
			name: "under \"Interest and other (income) expense\", an expense is positive and the figure is negative",
			file: "acme-10k.html",
			text: `<p>CONSOLIDATED STATEMENTS OF EARNINGS (in millions)</p>
<table>
<tr><td></td><td>Fiscal 2024</td><td>Fiscal 2023</td></tr>
<tr><td>Operating income</td><td>21,526</td><td>21,689</td></tr>
<tr><td>Interest and other (income) expense:</td></tr>
<tr><td>Interest income and other, net</td><td>(201)</td><td>(178)</td></tr>
<tr><td>Interest expense</td><td>2,321</td><td>1,943</td></tr>
<tr><td>Interest and other, net</td><td>2,120</td><td>1,765</td></tr>
</table>`,
			want: []string{"OtherIncomeExpense FY2024 = -2120000000 USD", "OtherIncomeExpense FY2023 = -1765000000 USD"},
			none: []string{"OtherIncomeExpense FY2024 = 2120000000 USD"},
		},
		{
			name: "a balance sheet's day over its labels, its years over the columns: instants, not years",
			file: "acme-10k.html",
			text: `<p>ACME COMPANY CONSOLIDATED BALANCE SHEETS (In millions except par value)</p>
<table>
<tr><td colspan="3">December 31,</td><td>2024</td><td>2023</td></tr>
<tr><td colspan="3">Cash and cash equivalents</td><td>$ 10,828</td><td>$ 9,366</td></tr>
<tr><td colspan="3">Reinvested earnings</td><td>76,054</td><td>73,782</td></tr>
</table>`,
			want: []string{"CashAndCashEquivalents 2024-12-31 = 10828000000 USD", "AccumulatedDeficit 2023-12-31 = 73782000000 USD"},
		},
		{
			name: "plain text: the owners' share with its label wrapped after \"attributable\" and \"to\", figures between or after",
			file: "acme-10k.txt",
			text: `                    CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME
                              (In millions)

                                                              Year Ended  Year Ended
                                                            December 31,December 31,
                                                                    2024        2023

Consolidated Net Income                                        $   3,803    $  2,401

Total Comprehensive Income                                         4,573       1,505

Less: Comprehensive income attributable to                            39          48
noncontrolling interests

Total Comprehensive Income Attributable to
                                                               $   4,534    $  1,457
Shareowners of Acme Company

NET EARNINGS                                                      16,065      14,974

NET EARNINGS ATTRIBUTABLE
TO ACME COMPANY                                                $  15,974    $ 14,879
`,
			want: []string{"ComprehensiveIncomeLossAttributableToParent FY2024 = 4534000000 USD", "NetIncomeLoss FY2023 = 14879000000 USD"},
			none: []string{"ComprehensiveIncomeLossAttributableToParent FY2024 = 4573000000 USD", "NetIncomeLoss FY2024 = 16065000000 USD"},
		},
		{
			name: "a statement of equity known by its balance rows moves balances: its compensation and dividends are not the expense and the cash paid",
			file: "acme-10q.html",
			text: `<p>(In millions)</p>
<table>
<tr><td></td><td>Three Months Ended June 28, 2025</td><td>Three Months Ended June 29, 2024</td></tr>
<tr><td>Total shareholders' equity, beginning balances</td><td>$ 66,796</td><td>$ 74,194</td></tr>
<tr><td>Share-based compensation</td><td>3,258</td><td>2,955</td></tr>
<tr><td>Dividends</td><td>(3,945)</td><td>(3,895)</td></tr>
<tr><td>Net income</td><td>23,434</td><td>21,448</td></tr>
</table>`,
			want: []string{"NetIncomeLoss Q2 2025 = 23434000000 USD"},
			none: []string{"ShareBasedCompensation Q2 2025 = 3258000000 USD", "DividendsPaid Q2 2025 = 3945000000 USD"},
		},
		{
			name: "a statement of equity known by its columns, parts of the owners' equity",
			file: "acme-10q.html",
			text: `<p>(In millions)</p>
<table>
<tr><td></td><td>CommonStock</td><td>Capital Surplus</td><td>ReinvestedEarnings</td><td>TreasuryStock</td><td>Total</td></tr>
<tr><td>Six Months Ended June 27, 2025</td></tr>
<tr><td>Dividends paid/payable to shareowners</td><td>—</td><td>—</td><td>(4,391)</td><td>—</td><td>(4,391)</td></tr>
<tr><td>Purchases of stock for treasury</td><td>—</td><td>—</td><td>—</td><td>(437)</td><td>(437)</td></tr>
</table>`,
			none: []string{"DividendsPaid H1 2025 = 4391000000 USD", "DividendsPaid H1 2025 = 0 USD", "ShareRepurchase H1 2025 = 437000000 USD"},
		},
		{
			name: "a column of counts of shares beside one of amounts gives no money",
			file: "acme-10k.html",
			text: `<p>The following table presents our share repurchases (in millions):</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31, 2023</td></tr>
<tr><td></td><td>Shares</td><td>Amount</td></tr>
<tr><td>Total share repurchases</td><td>528</td><td>$ 62,184</td></tr>
</table>`,
			want: []string{"ShareRepurchase FY2023 = 62184000000 USD"},
			none: []string{"ShareRepurchase FY2023 = 528000000 USD"},
		},
		{
			name: "plain text: the group's columns beside the company's, each name centred over its two",
			file: "acme-afs.txt",
			fye:  time.June,
			text: `             Acme Industries Proprietary Limited
             Statements of profit or loss and other comprehensive income
             for the year ended 30 June 2019

                                                Group                           Company

                                          2019            2018            2019            2018

                                        R000's          R000's          R000's          R000's

Gross profit                           942 240         843 613             585         280 493

Profit for the year                    471 951         401 608           2 320         264 771
`,
			want: []string{"GrossProfit FY2019 = 942240000 ZAR", "NetIncomeLoss FY2018 = 401608000 ZAR"},
			none: []string{"GrossProfit FY2019 = 585000 ZAR", "NetIncomeLoss FY2019 = 2320000 ZAR"},
		},
		{
			name: "plain text: \"(unaudited)\" under a column's date is a remark, not the end of the header",
			file: "acme-10q.txt",
			text: `                                        ACME, INC.
                                  Consolidated Balance Sheets
                              (in thousands, except share data)

                                                               As of

                                                            June 30,      December 31,
                                                                2025              2024

                                                         (unaudited)

Assets

Current assets:
Cash and cash equivalents                              $   8,177,405     $   7,804,733

Short-term investments                                       213,115         1,779,006
`,
			want: []string{"CashAndCashEquivalents 2025-06-30 = 8177405000 USD", "ShortTermInvestments 2024-12-31 = 1779006000 USD"},
		},
		{
			name: "plain text: a statement of equity's balance rows with their days on the line below",
			file: "acme-10q.txt",
			text: `                      Condensed Consolidated Statements of Shareholders' Equity

                          Additional        Retained           Total
                             Paid-in        Earnings   Shareholders'
                             Capital                          Equity

(In millions)

Balances as of            $   11,475      $   72,158    $     83,843
Apr 27, 2025

Net income                         —          26,422          26,422

Balances as of Jul 27,     $   11,200      $   88,737    $    100,131
2025
`,
			want: []string{"StockholdersEquity 2025-04-27 = 83843000000 USD", "StockholdersEquity 2025-07-27 = 100131000000 USD"},
		},
		{
			name: "plain text: a day centred over two columns stands over both",
			file: "acme-10q.txt",
			text: `                    CONDENSED CONSOLIDATED STATEMENT OF INCOME

                                                           Three Months Ended            Six Months Ended
                                                                 June 30,                    June 30,
        (millions of dollars, unless noted)

                                                                 2025         2024          2025           2024

        Revenues and other income

        Total revenues and other income                    81,506        93,060       164,636       176,143
`,
			want: []string{"Revenue H1 2025 = 164636000000 USD", "Revenue Q2 2025 = 81506000000 USD", "Revenue H1 2024 = 176143000000 USD"},
		},
		{
			name: "plain text: two columns' heads set one space apart (\"Corporate Eliminations\") are two heads",
			file: "acme-10q.txt",
			text: `Information about our operations by operating segment is as follows (in millions):

                                         Latin         North     Corporate Eliminations
                                       America       America

Three Months
Ended June 27,
2025

Net operating revenues                   1,587         5,029            39         (279)
Depreciation and amortization                8            81            49             —
`,
			want: []string{"Revenue [Corporate] Q2 2025 = 39000000 USD", "DepreciationAndAmortization [Corporate] Q2 2025 = 49000000 USD", "Revenue [North America] Q2 2025 = 5029000000 USD"},
			none: []string{"Revenue [Corporate Eliminations] Q2 2025 = 39000000 USD"},
		},
		{
			name: "debt that says nothing of its term is long-term under non-current liabilities, nothing under current ones",
			file: "acme-10k.html",
			text: `<p>CONSOLIDATED BALANCE SHEETS (In millions)</p>
<table>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td></tr>
<tr><td>Current liabilities:</td></tr>
<tr><td>Term debt</td><td>10,912</td><td>9,822</td></tr>
<tr><td>Non-current liabilities:</td></tr>
<tr><td>Term debt</td><td>85,750</td><td>95,281</td></tr>
</table>`,
			want: []string{"LongTermBorrowings 2024-09-28 = 85750000000 USD", "LongTermBorrowings 2023-09-30 = 95281000000 USD"},
			none: []string{"LongTermBorrowings 2024-09-28 = 10912000000 USD"},
		},
		{
			name: "costs set bracketed in every cell are costs, not negatives",
			file: "acme-10k.html",
			fye:  time.June,
			text: `<p>The following is a summary of reportable segment results (in millions):</p>
<table>
<tr><td></td><td>Beauty</td><td>Grooming</td><td>Total Company</td></tr>
<tr><td>Year ended June 30, 2025</td></tr>
<tr><td>Net sales</td><td>$ 15,000</td><td>$ 6,500</td><td>$ 21,500</td></tr>
<tr><td>Cost of products sold</td><td>(5,822)</td><td>(2,675)</td><td>(8,497)</td></tr>
</table>`,
			want: []string{"CostOfRevenue [Beauty] FY2025 = 5822000000 USD", "CostOfRevenue [Grooming] FY2025 = 2675000000 USD"},
		},
		{
			name: "an interim announcement's tables: a caption 'set out below' names the segments' measure, heads give the period over the measure and its unit, and years alone are the half's",
			file: "interim.md",
			text: "# INTERIM RESULTS ANNOUNCEMENT FOR THE SIX MONTHS ENDED 30 JUNE 2025\n\nRevenue increased to RMB3,538.7 million.\n\n" +
				"Revenue by business segment is set out below:\n\n| | Six months ended 30 June 2025 | | Six months ended 30 June 2024 | |\n|---|---|---|---|---|\n| | RMB'000 | % of total | RMB'000 | % of total |\n" +
				"| Contract logistics | 1,823,456 | 51.5 | 1,701,238 | 49.9 |\n| Freight forwarding | 1,715,204 | 48.5 | 1,708,619 | 50.1 |\n| **Total** | **3,538,660** | **100.0** | **3,409,857** | **100.0** |\n\n" +
				"### Gross profit and gross profit margin\n\n| | Six months ended 30 June 2025 | | Six months ended 30 June 2024 | |\n|---|---|---|---|---|\n| | Gross profit RMB'000 | Gross profit margin % | Gross profit RMB'000 | Gross profit margin % |\n" +
				"| Contract logistics | 310,187 | 17.0 | 282,406 | 16.6 |\n| Freight forwarding | 287,847 | 16.8 | 277,850 | 16.3 |\n\n" +
				"## SELECTED CASH FLOW INFORMATION\n\n| | 2025 RMB'000 | 2024 RMB'000 |\n|---|---|---|\n| Net cash flows from operating activities | 412,786 | 356,120 |\n| Net cash flows used in investing activities | (184,502) | (221,307) |\n",
			want: []string{"Revenue [Contract logistics] H1 2025 = 1823456000 CNY", "Revenue [Contract logistics] H1 2024 = 1701238000 CNY",
				"GrossProfit [Contract logistics] H1 2025 = 310187000 CNY", "GrossMargin [Freight forwarding] H1 2024 = 0.163",
				"NetCashFromOperating H1 2024 = 356120000 CNY", "NetCashFromInvesting H1 2024 = -221307000 CNY"},
			none: []string{"EBITDAMargin", "= 0.515", "NetCashFromOperating FY2024", "NetCashFromOperating FY2025"},
		},
		{
			name: "a heading 'Revenue by Region and Product Line' names the measure of the segments' rows under it, its asides aside",
			file: "release.md",
			fye:  time.April,
			text: "# Tallon Medical Reports Second Quarter Fiscal 2026 Results\n\nRevenue was $681.3 million.\n\n### Revenue by Region and Product Line (Unaudited)\n\n(in millions)\n\n" +
				"| | Q2 FY26 | Q2 FY25 | Reported growth |\n|---|---:|---:|---:|\n| United States | $412.8 | $371.4 | 11.1% |\n| International | 268.5 | 250.2 | 7.3% |\n| **Total revenue** | **$681.3** | **$621.6** | **9.6%** |\n",
			want: []string{"Revenue [United States] Q2 FY2026 = 412800000 USD", "Revenue [International] Q2 FY2025 = 250200000 USD"},
			none: []string{"= 0.111", "= 0.073"},
		},
		{
			name: "a row 'Adjusted EBITDA as % of revenue' is the margin of the profit it names, its cells written '12.2 %'",
			file: "release.txt",
			text: "COPPERLINE REPORTS FOURTH QUARTER AND FISCAL 2025 RESULTS\n\n                 (in thousands, except percentages)\n\n" +
				"                                        Fourth Quarter              Fiscal Year\n" +
				"                                       2025         2024         2025          2024\n" +
				"Adjusted EBITDA                     $  39,664    $  33,678   $   151,407   $   127,263\n" +
				"Adjusted EBITDA as % of revenue          12.2 %       11.3 %        11.9 %        10.8 %\n" +
				"Cost of sales as % of revenue            30.1 %       30.5 %        29.8 %        30.2 %\n",
			want: []string{"AdjustedEBITDAMargin Q4 2025 = 0.122", "AdjustedEBITDAMargin FY2024 = 0.108", "AdjustedEBITDA FY2025 = 151407000 USD"},
			none: []string{"= 0.301", "CostOfRevenue"},
		},
		{
			name: "a column headed 'YTD 2025' is the year to the end of the report's quarter",
			file: "release.txt",
			fye:  time.October,
			text: "MAPLEWOOD PRODUCTS REPORTS SECOND QUARTER FISCAL 2025 RESULTS\n\nRevenue for the second quarter was $486.2 million.\n\n" +
				"Segment Adjusted EBITDA\n(in millions of Canadian dollars)\n" +
				"                           Q2 2025    Q2 2024    YTD 2025    YTD 2024\n" +
				"Canada                        41.2       38.0        74.2        71.1\n" +
				"United States                 27.5       22.9        43.2        39.1\n" +
				"Total                         68.7       60.9       117.4       110.2\n",
			want: []string{"AdjustedEBITDA [Canada] H1 FY2025 = 74200000 CAD", "AdjustedEBITDA [United States] H1 FY2024 = 39100000 CAD", "AdjustedEBITDA [Canada] Q2 FY2025 = 41200000 CAD"},
			none: []string{"FY2025 = 74200000", "FY2024 = 71100000"},
		},
		{
			name: "a PDF's statement, laid out from the places of its text",
			file: "report.pdf",
			text: string(pdfgen.Make(pdfgen.Statement())),
			want: []string{"Revenue Q2 2025 = 94036000000 USD", "Revenue Q2 2024 = 85777000000 USD", "OtherIncomeExpense Q2 2025 = -171000000 USD"},
			none: []string{"Revenue Q2 2025 = 66613000000 USD"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := tableFacts(t, tc.file, tc.text, tc.fye)
			for _, w := range tc.want {
				if _, ok := got[w]; !ok {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range tc.none {
				if _, ok := got[n]; ok {
					t.Errorf("read %q", n)
				}
			}
			if t.Failed() {
				t.Logf("read %q", slices.Sorted(maps.Keys(got)))
			}
		})
	}
}

// TestTableProseLeftAlone holds that the prose reader does not read a
// table of figures as a run of words.
func TestTableProseLeftAlone(t *testing.T) {
	text := `<p>Revenue for the third quarter was $94.0 billion.</p>
<table><tr><td></td><td>Q3 2025</td><td>Q3 2024</td></tr>
<tr><td>Revenue (in millions)</td><td>94,036</td><td>85,777</td></tr>
<tr><td>Products and services</td><td>12</td><td>14</td></tr></table>`
	doc, err := Parse("acme.html", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Extract(doc, Options{}).Mentions {
		if m.Rule != RuleTable && strings.Contains(m.Stated, "85,777") {
			t.Errorf("the prose reader read the table's %q as %s", m.Stated, m.Key.Concept)
		}
	}
}

// TestCellNumbers reads cells as figures.
func TestCellNumbers(t *testing.T) {
	cases := []struct {
		cell  string
		value string
		ok    bool
		pct   bool
		nil   bool
	}{
		{"94,036", "94036", true, false, false},
		{"(1,234)", "-1234", true, false, false},
		{"(171", "-171", true, false, false},
		{"$ 1.57", "1.57", true, false, false},
		{"12.5 %", "12.5", true, true, false},
		{"—", "0", true, false, true},
		{"- %", "0", true, true, true},
		{"$", "", false, false, false},
		{")", "", false, false, false},
		{"Net sales", "", false, false, false},
		{"1,234 (1)", "1234", true, false, false},
		{"3 343 674", "3343674", true, false, false},
		{"(2\u00a0401\u00a0434)", "-2401434", true, false, false},
		{"2019 2018", "", false, false, false},
		{"-7.5%", "-7.5", true, true, false},
		{"−12.4", "-12.4", true, false, false},
		{"– 3.1", "-3.1", true, false, false},
		{"HK$ 1,234", "1234", true, false, false},
		{"+5.8%", "5.8", true, true, false},
		{"£412.3m", "412.3", true, false, false},
		{"€3.9 m", "3.9", true, false, false},
	}
	for _, c := range cases {
		n, ok := readCellNumber(c.cell)
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v", c.cell, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if n.value.String() != c.value || n.percent != c.pct || n.nil != c.nil {
			t.Errorf("%q: %s pct %v nil %v, want %s %v %v", c.cell, n.value, n.percent, n.nil, c.value, c.pct, c.nil)
		}
	}
}

// TestHeaderPeriods reads the periods of column headers.
func TestHeaderPeriods(t *testing.T) {
	sept := Calendar{FiscalYearEnd: 9}
	cases := []struct {
		header string
		cal    Calendar
		want   string
	}{
		{"Three Months Ended June 28, 2025", sept, "Q3 FY2025"},
		{"Nine Months Ended June 29, 2024", sept, "9M FY2024"},
		{"Year Ended December 31, 2024", Calendar{}, "FY2024"},
		{"December 31, 2024", Calendar{}, "2024-12-31"},
		{"Q3 2025", Calendar{}, "Q3 2025"},
		{"Fiscal 2024", Calendar{}, "FY2024"},
		{"13 Weeks Ended February 1, 2025", Calendar{FiscalYearEnd: 1}, "Q4 FY2025"},
		{"Q1–Q3 2025", Calendar{}, "9M 2025"},
		{"FY2025", Calendar{}, "FY2025"},
		{"Q4'25", Calendar{}, "Q4 2025"},
		{"4Q25", Calendar{}, "Q4 2025"},
		{"1H 2025", Calendar{}, "H1 2025"},
		{"Thirty-nine Weeks Ended June 28, 2025", sept, "9M FY2025"},
		{"Thirteen Weeks Ended June 28, 2025", sept, "Q3 FY2025"},
		{"Q1-Q2 2024", Calendar{}, "H1 2024"},
		{"January–September 2025", Calendar{}, "9M 2025"},
		{"1-6/2025", Calendar{}, "H1 2025"},
		{"Jul–Sep 2025", Calendar{}, "Q3 2025"},
		{"Apr-Jun\n2024", Calendar{}, "Q2 2024"},
		{"Oct–Dec 2025", Calendar{FiscalYearEnd: time.March}, "Q3 FY2026"},
		{"Apr–Sep 2025", Calendar{FiscalYearEnd: time.March}, "H1 FY2026"},
		{"Jan–Jun 2025", Calendar{}, "H1 2025"},
	}
	for _, c := range cases {
		p, ok := headerPeriod(c.header, c.cal)
		if !ok {
			t.Errorf("%q: no period", c.header)
			continue
		}
		if got := c.cal.Label(p); got != c.want {
			t.Errorf("%q: %s, want %s", c.header, got, c.want)
		}
	}
}

// TestBenefitFirst tells the tax rows that show a benefit positive from
// those that show an expense positive: the word in brackets is what a
// negative figure is.
func TestBenefitFirst(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"Income tax benefit/(expense)", true},
		{"Benefit (provision) for income taxes", true},
		{"(Provision for) benefit from income taxes", true},
		{"Total income tax (benefit)/expense", false},
		{"Income tax expense (benefit)", false},
		{"Provision for income taxes", false},
		{"Income tax benefit", false},
	}
	for _, tt := range tests {
		if got := benefitFirst(tt.label); got != tt.want {
			t.Errorf("benefitFirst(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestLabelConcept maps the labels statements give their rows to
// concepts: the words of the lexicon, with brackets, alternatives, owners
// and breakdowns read as meant.
func TestLabelConcept(t *testing.T) {
	doc, err := Parse("x.txt", []byte("Revenue was $5 million."), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(doc)
	tests := []struct{ label, want string }{
		{"Total net sales", "Revenue"},
		{"Net sales by reportable segment:", "Revenue"},
		{"Cost of sales, including buying and occupancy costs", "CostOfRevenue"},
		{"Long-term debt, net of current portion", "LongTermBorrowings"},
		{"Long-term debt, less current maturities", "LongTermBorrowings"},
		{"GAAP gross profit", "GrossProfit"},
		{"Research & development", "ResearchAndDevelopmentExpense"},
		{"Diluted EPS", "EPS"},
		{"Basic EPS", ""},
		{"Adjusted EBITDA", "AdjustedEBITDA"},
		{"Non-GAAP diluted EPS", "AdjustedEPS"},
		{"Net income (non-GAAP)", "AdjustedNetIncomeLoss"},
		{"Adjusted Americas", ""},
		{"Earnings/(loss) from operations:", "OperatingIncomeLoss"},
		{"(Loss)/earnings from operations", "OperatingIncomeLoss"},
		{"Comprehensive loss attributable to Boeing Shareholders", "ComprehensiveIncomeLossAttributableToParent"},
		{"Technology and development", "ResearchAndDevelopmentExpense"},
		{"Net income attributable to common stockholders", "NetIncomeLoss"},
		{"Net income attributable to noncontrolling interests", ""},
		{"CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, BEGINNING OF PERIOD", "CashCashEquivalentsAndRestrictedCash"},
		{"Americas", ""},
		{"Total Walmart shareholders' equity", "StockholdersEquity"},
		{"Mastercard Incorporated Stockholders' Equity", "StockholdersEquity"},
		{"Equity Attributable to Shareowners of The Coca-Cola Company", "StockholdersEquity"},
		{"ExxonMobil share of equity", "StockholdersEquity"},
		{"Equity", ""},
		{"Total cost", "CostOfRevenue"},
		{"Segment cost", "CostOfRevenue"},
		{"Purchases related to property and equipment and intangible assets", "CapitalExpenditure"},
		{"Interest and other income (expense)", "OtherIncomeExpense"},
		{"Interest and other, net", "OtherIncomeExpense"},
		{"Diluted Net Income Per Share1", "EPS"},
		{"Basic Net Income Per Share1", ""},
		{"Diluted Net Income Per Share 1", "EPS"},
		{"Cash, cash equivalents and restricted cash at January 1", "CashCashEquivalentsAndRestrictedCash"},
		{"Benefit (provision) for income taxes", "IncomeTaxExpenseBenefit"},
		{"(Provision for) benefit from income taxes", "IncomeTaxExpenseBenefit"},
		{"Repurchases of stock", "ShareRepurchase"},
		{"Net cash (used)/provided by operating activities", "NetCashFromOperating"},
		{"Net cash (outflow)/inflow from investing activities", "NetCashFromInvesting"},
		{"Purchases of stock for treasury", "ShareRepurchase"},
		{"Short-term and other investments", "ShortTermInvestments"},
	}
	for _, tt := range tests {
		got, _, ok := r.labelConcept(tt.label, "")
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("labelConcept(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

// TestTableFactsStand: of tables' figures that disagree, the one the
// statement gives stands: a statement's over a note's, the owners' row
// over the consolidated one, the whole over continuing operations, and no
// balance's change under "Changes in assets and liabilities".
func TestTableFactsStand(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
		none []string
	}{
		{
			name: "a statement's figure stands over a note's table that names the statement in a sentence",
			text: `<p>Stock-based compensation expense was included in the following line items in our consolidated statements of operations (in millions):</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>
<tr><td>Research and development</td><td>832</td><td>689</td></tr>
</table>
<p>Acme Corp. Consolidated Statements of Operations (in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>
<tr><td>Research and development</td><td>4,540</td><td>3,969</td></tr>
<tr><td>Net income</td><td>7,130</td><td>14,997</td></tr>
</table>`,
			want: []string{"ResearchAndDevelopmentExpense FY2024 = 4540000000 USD", "ResearchAndDevelopmentExpense FY2023 = 3969000000 USD"},
		},
		{
			name: "net income takes in discontinued operations, over income from continuing operations",
			text: `<p>ACME CORPORATION CONSOLIDATED INCOME STATEMENT (Dollars in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>
<tr><td>Income from continuing operations</td><td>2,193</td><td>1,830</td></tr>
<tr><td>Income from discontinued operations, net of tax</td><td>1</td><td>4</td></tr>
<tr><td>Net income</td><td>2,194</td><td>1,834</td></tr>
</table>`,
			want: []string{"NetIncomeLoss FY2024 = 2194000000 USD", "NetIncomeLoss FY2023 = 1834000000 USD"},
		},
		{
			name: "the owners' share is not what is left for common shareholders after preferred dividends",
			text: `<p>ACME HOLDINGS CONSOLIDATED STATEMENTS OF OPERATIONS (Dollars in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td></tr>
<tr><td>Net loss</td><td>(11,829)</td></tr>
<tr><td>Net loss attributable to Acme shareholders</td><td>(11,817)</td></tr>
<tr><td>Net loss attributable to Acme common shareholders</td><td>(11,875)</td></tr>
</table>
<p>Acme Holdings. Consolidated Statements of Operations (Dollars in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2023</td></tr>
<tr><td>Net loss attributable to Acme shareholders</td><td>(2,222)</td></tr>
<tr><td>Net loss attributable to Acme common shareholders</td><td>(2,242)</td></tr>
</table>`,
			want: []string{"NetIncomeLoss FY2024 = -11817000000 USD", "NetIncomeLoss FY2023 = -2222000000 USD"},
		},
		{
			name: "the owners' share, across two tables",
			text: `<p>Acme Holdings. Consolidated Statements of Operations (Dollars in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td></tr>
<tr><td>Net loss</td><td>(11,829)</td></tr>
<tr><td>Net loss attributable to Acme common shareholders</td><td>(11,875)</td></tr>
</table>
<p>Summary of results (Dollars in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td></tr>
<tr><td>Net loss attributable to Acme shareholders</td><td>(11,817)</td></tr>
</table>`,
			want: []string{"NetIncomeLoss FY2024 = -11817000000 USD"},
		},
		{
			name: "a statement's figure gives way to no sentence's figure that a growth rate would fit",
			text: `<p>ACME CORPORATION CONSOLIDATED INCOME STATEMENT (Dollars in millions)</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>Revenue</td><td>16,977</td><td>15,770</td></tr>
<tr><td>Net income</td><td>$ 2,194</td><td>$ 1,834</td></tr>
</table>
<p>In the second quarter of 2024, net income was $2.2 billion.</p>
<p>In the second quarter of 2025, we reported net income of $2.6 billion, an increase of 17.0 percent compared to the second quarter of 2024.</p>`,
			want: []string{"NetIncomeLoss Q2 2025 = 2194000000 USD", "NetIncomeLoss Q2 2024 = 1834000000 USD"},
		},
		{
			name: "a table headed by a segment's name is the segment's; a reconciliation's non-GAAP column is not the reported figure",
			text: `<p>Beauty net sales decreased 2% to $15.0 billion. Beauty net earnings decreased 8% to $2.7 billion. Grooming net sales were unchanged at $6.7 billion. Grooming net earnings increased 7% to $1.6 billion.</p>
<p>BEAUTY</p>
<table>
<tr><td>($ millions)</td><td>2025</td><td>2024</td><td>Change vs. 2024</td></tr>
<tr><td>Net sales</td><td>$14,964</td><td>$15,220</td><td>(2)%</td></tr>
<tr><td>Net earnings</td><td>$2,715</td><td>$2,963</td><td>(8)%</td></tr>
</table>
<p>Reconciliation of net earnings (amounts in millions):</p>
<table>
<tr><td></td><td colspan="3">Fiscal Year Ended June 30, 2025</td></tr>
<tr><td></td><td>As Reported (GAAP)</td><td>Incremental Restructuring</td><td>Core (Non-GAAP)</td></tr>
<tr><td>Net earnings attributable to Acme</td><td>15,974</td><td>801</td><td>16,775</td></tr>
</table>`,
			want: []string{"Revenue [Beauty] FY2025 = 14964000000 USD", "NetIncomeLoss [Beauty] FY2024 = 2963000000 USD", "NetIncomeLoss FY2025 = 15974000000 USD"},
			none: []string{"Revenue FY2025 = 14964000000 USD", "NetIncomeLoss FY2025 = 16775000000 USD"},
		},
		{
			name: "a change in a balance under the cash-flow statement's changes in assets and liabilities",
			text: `<p>ACME INC. CONSOLIDATED STATEMENTS OF CASH FLOWS (in millions)</p>
<table>
<tr><td></td><td>Year Ended December 31, 2024</td></tr>
<tr><td>Net income</td><td>100,118</td></tr>
<tr><td>Changes in assets and liabilities, net of effects of acquisitions:</td></tr>
<tr><td>Income taxes, net</td><td>(2,418)</td></tr>
<tr><td>Deferred revenue</td><td>1,059</td></tr>
<tr><td>Net cash provided by operating activities</td><td>125,299</td></tr>
</table>`,
			want: []string{"NetCashFromOperating FY2024 = 125299000000 USD", "NetIncomeLoss FY2024 = 100118000000 USD"},
			none: []string{"IncomeTaxExpenseBenefit", "DeferredRevenue"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := readText(t, "acme-10k.html", tc.text, 0)
			got := map[string]bool{}
			for _, f := range rep.Facts {
				line := factLine(rep, f)
				got[line] = true
				for _, n := range tc.none {
					// a concept, or a whole line
					if f.Concept == n || line == n {
						t.Errorf("read %q", factLine(rep, f))
					}
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q", w)
				}
			}
			if t.Failed() {
				t.Logf("read %q", slices.Sorted(maps.Keys(got)))
			}
		})
	}
}

// FuzzPlainLine checks the shortcut for lines of prose: a line plainLine
// passes is cut by chunkColumns into the one chunk textChunks gives.
func FuzzPlainLine(f *testing.F) {
	for _, s := range []string{
		"Revenue was $5.1 billion, up 9%.",
		"Net sales  $ 1,200   $ 1,100",
		"Total\t12\t13",
		" leading space",
		"trailing space ",
		"no\u00a0break",
		"Umsatz für Q3 2024: 1,2 Mrd €",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsRune(line, '\n') {
			return
		}
		got := textChunks(line, 0, len(line), nil)
		want := chunkColumns(line, 0, len(line))
		if !plainLine(line) {
			if !slices.Equal(got, want) {
				t.Fatalf("%q: textChunks %+v, chunkColumns %+v", line, got, want)
			}
			return
		}
		if len(got) > 1 || !slices.Equal(got, want) {
			t.Fatalf("%q: the plain line's chunks %+v, chunkColumns %+v", line, got, want)
		}
	})
}
