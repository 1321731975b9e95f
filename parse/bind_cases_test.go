package parse

import "time"

type bindCase = struct {
	name string
	fye  time.Month
	file string // the document's name, its form by its extension; "acme-call.txt" when empty
	text string
	want []string
	none []string
}

// periodCases: how periods resolve against the document's own.
var periodCases = []bindCase{
	{
		name: "a signed per cent in brackets after a figure is its change, not the margin named after it",
		text: "Bernia Holding AG – Half-Year Report 2025\n\nBernia Holding AG reports net sales of CHF 1,234.5 million (–3.2%) for the first half of 2025. EBITDA reached CHF 201.3 million (+4.5%), and the EBITDA margin improved to 16.3% (H1 2024: 15.1%).\n",
		want: []string{"Revenue H1 2025 = 1234500000 CHF", "EBITDA H1 2025 = 201300000 CHF", "EBITDAMargin H1 2025 = 0.163", "EBITDAMargin H1 2024 = 0.151"},
		none: []string{"EBITDAMargin H1 2025 = 0.045"},
	},
	{
		name: "'Rs.' before a figure in crore is rupees, not the end of a sentence; PAT is profit after tax",
		text: "Operator: Welcome to the Q3 FY25 Earnings Conference Call of Vardhan Textiles Limited.\nRakesh Iyer: For the quarter ended December 31, 2024, our revenue from operations stood at Rs. 2,845 crore. For the nine months, revenue was Rs. 8,102 crore and PAT was Rs. 561 crore.\n",
		want: []string{"Revenue Q3 FY2025 = 28450000000 INR", "Revenue 9M FY2025 = 81020000000 INR", "NetIncomeLoss 9M FY2025 = 5610000000 INR"},
	},
	{
		name: "'operating result' and 'net result', as European releases write them in English, are operating profit and net income",
		text: "Lindeborg Industrial N.V.: Half-Year Report 2025\n\nThe operating result (EBIT) rose to €168.5 million (H1 2024: €146.0 million). The net result for the half year was €116.2 million (H1 2024: €100.3 million).\n",
		want: []string{"OperatingIncomeLoss H1 2025 = 168500000 EUR", "OperatingIncomeLoss H1 2024 = 146000000 EUR", "NetIncomeLoss H1 2025 = 116200000 EUR", "NetIncomeLoss H1 2024 = 100300000 EUR"},
	},
	{
		name: "net financial debt is net debt, on the days it is given",
		text: "Kronmark SE: Quarterly Statement Q1 2025\n\nNet financial debt stood at EUR 612.0 million as of 31 March 2025 (31 December 2024: EUR 655.3 million).\n",
		want: []string{"NetDebt 2025-03-31 = 612000000 EUR", "NetDebt 2024-12-31 = 655300000 EUR"},
	},
	{
		name: "highlights written 'A vs. B': B is the year before's",
		text: "Orion Fasteners Reports Fourth Quarter and Full Year 2024 Results\n\nFourth Quarter 2024 Highlights:\n- Operating income: $71.9 million vs. $64.2 million\n- Diluted EPS: $1.18 vs. $1.02\n- Gross margin: 34.1% vs. 32.8%\n",
		want: []string{"OperatingIncomeLoss Q4 2024 = 71900000 USD", "OperatingIncomeLoss Q4 2023 = 64200000 USD", "EPS Q4 2024 = 1.18 USD", "EPS Q4 2023 = 1.02 USD", "GrossMargin Q4 2024 = 0.341", "GrossMargin Q4 2023 = 0.328"},
	},
	{
		name: "a labelled bracket after the level a change reached is the level a year before",
		text: "Acme AG Quarterly Statement Q3 2025\n\nAcme increased revenue in Q3/2025 to EUR 318.4 million (Q3/2024: EUR 301.2 million).\n",
		want: []string{"Revenue Q3 2025 = 318400000 EUR", "Revenue Q3 2024 = 301200000 EUR"},
	},
	{
		name: "a figure joined by 'and' after a labelled bracket takes the period before the bracket, not the label's",
		text: "Nordwerk SE: Quarterly Statement Q3 2025\n\nIn the first nine months of 2025, sales rose by 4.1% to €1,221.8m.\n\nThe Automation segment generated sales of €251.0m in the third quarter (prior year: €240.6m) and EBIT of €24.3m (€22.0m).\n",
		want: []string{"Revenue [Automation] Q3 2025 = 251000000 EUR", "Revenue [Automation] Q3 2024 = 240600000 EUR", "OperatingIncomeLoss [Automation] Q3 2025 = 24300000 EUR", "OperatingIncomeLoss [Automation] Q3 2024 = 22000000 EUR"},
	},
	{
		name: "a figure alone in brackets after one of its kind is the year before's, as a label would say",
		text: "Alpina Holding AG: Half-Year Report 2025\n\nOperating profit (EBIT) rose to CHF 288.4 million (CHF 262.0 million). EBITDA margin 21.8% (21.0%); earnings per share CHF 3.41 (CHF 3.19).\n",
		want: []string{"OperatingIncomeLoss H1 2025 = 288400000 CHF", "OperatingIncomeLoss H1 2024 = 262000000 CHF", "EBITDAMargin H1 2025 = 0.218", "EBITDAMargin H1 2024 = 0.21", "EPS H1 2025 = 3.41 CHF", "EPS H1 2024 = 3.19 CHF"},
	},
	{
		name: "a figure in brackets in another currency, or with words, is no comparative",
		text: "Acme Holdings: Half-Year Report 2025\n\nRevenue was RMB 518.4 million (USD 71.3 million). Net profit was RMB 40.0 million (up 5%).\n",
		want: []string{"Revenue H1 2025 = 518400000 CNY", "NetIncomeLoss H1 2025 = 40000000 CNY"},
		none: []string{"Revenue H1 2024", "NetIncomeLoss H1 2024", "= 71300000 CNY", "= 71300000 USD"},
	},
	{
		name: "this quarter, the same quarter last year, last quarter",
		text: "Welcome to Acme's second quarter 2025 earnings call.\nRevenue was RMB 2,349.2 million this quarter, up from RMB 1,891.7 million in the same quarter last year and RMB 1,970.4 million last quarter.\n",
		want: []string{"Revenue Q2 2025 = 2349200000 CNY", "Revenue Q2 2024 = 1891700000 CNY", "Revenue Q1 2025 = 1970400000 CNY"},
	},
	{
		name: "'in 2023' in a half-year report is H1 2023",
		text: "Interim report for the six months ended June 30, 2024.\nGross margin improved to 16.7% in 2024, up from 10.8% in 2023.\n",
		want: []string{"GrossMargin H1 2024 = 0.167", "GrossMargin H1 2023 = 0.108"},
	},
	{
		name: "years in an annual report, one 'projected' for the report's own year",
		text: "Annual report for the year ended December 31, 2024.\nPublic Cloud Services revenues were RMB 5,360,282 thousand in 2022, decreasing to RMB 4,381,741 thousand in 2023, but projected to rise to RMB 5,007,251 thousand in 2024.\n",
		want: []string{"Revenue [Public Cloud Services] FY2022 = 5360282000 CNY", "Revenue [Public Cloud Services] FY2023 = 4381741000 CNY", "Revenue [Public Cloud Services] FY2024 = 5007251000 CNY"},
	},
	{
		name: "instants: as of a date, at the end of the quarter, a day without a year",
		fye:  time.August,
		text: "Welcome to Acme's first quarter fiscal 2022 earnings call. We expect fiscal 2022 revenue growth of 19% to 22%.\nOur cash balance at November 30th was $5.6 billion, compared with $8.2 billion at August 31st.\n",
		want: []string{"CashAndCashEquivalents 2021-11-30 = 5600000000 USD", "CashAndCashEquivalents 2021-08-31 = 8200000000 USD"},
	},
	{
		name: "a month's end dates a balance; 'we ended December with' ends the call's quarter, and a year ending in September",
		text: "Welcome to the Veridian first quarter fiscal 2026 earnings call.\nRevenue for the first quarter of fiscal '26 was $642.8 million, compared with $596.1 million in the first quarter of fiscal 2025.\nAnnual recurring revenue reached $968 million at the end of December, up 17%.\nWe ended December with $524.7 million in cash and cash equivalents.\n",
		want: []string{"Revenue Q1 FY2026 = 642800000 USD", "Revenue Q1 FY2025 = 596100000 USD", "AnnualRecurringRevenue 2025-12-31 = 968000000 USD", "CashAndCashEquivalents 2025-12-31 = 524700000 USD"},
	},
	{
		name: "a month's end dates a figure but never the fiscal year: 'the trailing 12 months ended March 2021'",
		text: "Welcome to the Acme first quarter 2021 earnings call.\nNet sales for the first quarter of 2021 were $501.2 million.\nNet sales of spices for the trailing 12 months ended March 2021 were $397.7 million, well above fiscal 2019.\nWe expect fiscal 2021 net sales of $2.05 billion to $2.1 billion.\n",
		want: []string{"Revenue Q1 2021 = 501200000 USD"},
	},
	{
		name: "a call's balance weeks after its quarter is an actual of that day, not a year before nor an outlook",
		text: "Welcome to the Acme third quarter 2025 earnings call.\nRevenue for the third quarter was $812 million.\nAt the end of October, cash and cash equivalents were $604 million.\nAs of November 7, our backlog was $2.3 billion.\n",
		want: []string{"Revenue Q3 2025 = 812000000 USD", "CashAndCashEquivalents 2025-10-31 = 604000000 USD", "Backlog 2025-11-07 = 2300000000 USD"},
	},
	{
		name: "a fiscal year ending in October",
		fye:  time.October,
		text: "Welcome to the fourth quarter of fiscal 2021 earnings call, the quarter ended October 31.\nIn Q4, net revenue was $16.7 billion.\nFor the full year, we grew revenue 12% to $63.5 billion.\n",
		want: []string{"Revenue Q4 FY2021 = 16700000000 USD", "Revenue FY2021 = 63500000000 USD"},
	},
	{
		name: "nine months and the third quarter in one release",
		text: "Acme reports its third quarter 2025.\nIn the third quarter, revenue reached EUR 437.4 million (previous year: EUR 443.1 million).\nAt EUR 1.274 billion, revenue after nine months was nearly level with the previous year (EUR 1.282 billion).\n",
		want: []string{"Revenue Q3 2025 = 437400000 EUR", "Revenue Q3 2024 = 443100000 EUR", "Revenue 9M 2025 = 1274000000 EUR", "Revenue 9M 2024 = 1282000000 EUR"},
	},
	{
		name: "a look back ('for perspective', 'if you go back two years to') names another period, not the call's own",
		text: "Welcome to the Cascadia Air third quarter earnings call.\nWe delivered record third-quarter results for fiscal 2025, with revenue of $912.4 million.\nAnd just for perspective, in the third quarter of fiscal 2023 revenue was $801.2 million.\nIf you go back two years to the third quarter of fiscal 2023, our load factor was lower.\n",
		want: []string{"Revenue Q3 2025 = 912400000 USD", "Revenue Q3 2023 = 801200000 USD"},
	},
	{
		name: "'statutory' is the UK's reported measure, never a segment",
		text: "Ashcombe Group plc: Full year results for the year ended 31 March 2025\nStatutory operating profit was £146.4m (FY24: £136.4m), a statutory operating margin of 10.7% (FY24: 10.6%).\n",
		want: []string{"OperatingIncomeLoss FY2025 = 146400000 GBP", "OperatingIncomeLoss FY2024 = 136400000 GBP", "OperatingMargin FY2025 = 0.107"},
		none: []string{"OperatingIncomeLoss [Statutory]"},
	},
	{
		name: "'from' inside 'cash flow from operations' compares nothing: 'for the year' in a fourth quarter's call is the year",
		text: "Welcome to the Acme fourth quarter 2021 earnings call.\nFourth quarter net sales were $1.7 billion.\nOur cash flow from operations for the year was $828 million.\n",
		want: []string{"Revenue Q4 2021 = 1700000000 USD", "NetCashFromOperating FY2021 = 828000000 USD"},
	},
	{
		name: "the days that fix a call's year end date the call too: a call on September 3, 2025 of a quarter ended July 31 is fiscal 2026's first",
		text: "BRIGHTLINE WORKFORCE PARTNERS FIRST QUARTER EARNINGS CONFERENCE CALL\nWednesday, September 3, 2025\n\nOperator: Good morning.\n\nTom Pettersen: We had a solid start to fiscal 2026. Revenue for the quarter ended July 31 was $486.2 million, up from $451.0 million in the same quarter last year. If you go back two years to the first quarter of fiscal 2024, we did $402.5 million.\n",
		want: []string{"Revenue Q1 FY2026 = 486200000 USD", "Revenue Q1 FY2025 = 451000000 USD"},
	},
	{
		name: "a heading naming the quarter sets the period of the bullets under it, though the sentence before it ends with a participle",
		text: "PRAIRIE CREST REPORTS THIRD QUARTER 2025 RESULTS\n\nCALGARY, Alberta, November 5, 2025 -- Prairie Crest today announced its results for the three and nine months ended September 30, 2025. All amounts are in millions unless otherwise stated.\n\nTHIRD QUARTER 2025 HIGHLIGHTS\n\n- Revenue of $612.4 million, up 7% from $571.8 million in the third quarter of 2024.\n",
		want: []string{"Revenue Q3 2025 = 612400000 USD", "Revenue Q3 2024 = 571800000 USD"},
	},
	{
		name: "periods of 52/53-week years end on a weekday after the month they close ('the three months ended October 2, 2021'), and a year wrapped onto the next line stays with its quarter",
		text: "Acme reports its third quarter 2021 results.\nIncome tax expense for the three months ended October 2, 2021 was $42.6 million.\nFor the thirty-nine weeks ended October 2, 2021, net sales were $3.40 billion, compared to $3.27 billion.\n- Adjusted EBITDA of $148.7 million, a record, compared to $131.2 million in Q3\n  2020; a fine quarter.\n",
		want: []string{"IncomeTaxExpenseBenefit Q3 2021 = 42600000 USD", "Revenue 9M 2021 = 3400000000 USD", "Revenue 9M 2020 = 3270000000 USD", "AdjustedEBITDA Q3 2020 = 131200000 USD"},
	},
	{
		name: "the figure a sentence compares with is a year before the period it opens with; a bracket that restates the figure rounded is no comparative",
		text: "Prairie Crest reports its third quarter 2025 results.\nIn the third quarter of 2025, revenue was $612.4 million compared to $571.8 million.\nFor the nine months ended September 30, 2025, consolidated revenue was $1,768.9 million ($1.77 billion) compared to $1,652.3 million.\n",
		want: []string{"Revenue Q3 2025 = 612400000 USD", "Revenue Q3 2024 = 571800000 USD", "Revenue 9M 2025 = 1768900000 USD", "Revenue 9M 2024 = 1652300000 USD"},
	},
	{
		name: "a balance whose bracketed comparative is dated before the period's end is the balance at that end, whatever year the passage spoke of",
		text: "Groupe Alveon reports its results for the first half of 2025.\nIn May 2025 the Group paid a dividend of €2.10 per share in respect of fiscal year 2024.\nCash and cash equivalents stood at €612.8m (31 December 2024: €745.1m).\n",
		want: []string{"CashAndCashEquivalents 2025-06-30 = 612800000 EUR", "CashAndCashEquivalents 2024-12-31 = 745100000 EUR"},
	},
	{
		name: "'In the third quarter alone' is an aside: the passage about nine months goes on after it",
		text: "Acme reports the first nine months of 2025.\nBUSINESS DEVELOPMENT IN THE FIRST NINE MONTHS\nOrder intake in the first nine months of 2025 amounted to EUR 3,812.4 million (prior year: EUR 3,655.0 million). In the third quarter alone, orders of EUR 1,247.8 million were booked (Q3 2024: EUR 1,198.3 million).\nGroup sales increased by 3.6% to EUR 3,605.7 million (prior year: EUR 3,478.9 million).\n",
		want: []string{"OrderIntake 9M 2025 = 3812400000 EUR", "OrderIntake Q3 2025 = 1247800000 EUR", "Revenue 9M 2025 = 3605700000 EUR", "Revenue 9M 2024 = 3478900000 EUR"},
	},
	{
		name: "a call's heading alone in its paragraph dates the paragraphs after it in the same turn; a quarter's aside does not end it",
		text: "Mathieu Renard -- Chief Financial Officer: Thank you. Let me start with the fourth quarter, April to June. Revenue in the quarter came in at €1,342 million, up 6% for the fiscal year 2024/25's last quarter.\n\nNow the full year, segment by segment.\n\nGrid Infrastructure, our largest segment, grew revenue by 11% to €2.31 billion. In the fourth quarter alone, Grid Infrastructure revenue was €634 million.\n\nE-Mobility had a more difficult year. E-Mobility revenue was €1.47 billion, up just 2%.\n\nOperator: Our first question comes from Anna Berg.\n\nAnna Berg -- Analyst: Thank you.\n\nMathieu Renard -- Chief Financial Officer: Revenue was €1,342 million in the quarter, as I said.\n",
		fye:  time.June,
		want: []string{"Revenue Q4 FY2025 = 1342000000 EUR", "Revenue [Grid Infrastructure] FY2025 = 2310000000 EUR", "Revenue [Grid Infrastructure] Q4 FY2025 = 634000000 EUR", "Revenue [E-Mobility] FY2025 = 1470000000 EUR"},
		none: []string{"Revenue [E-Mobility] Q4 FY2025", "Revenue [Grid Infrastructure] Q4 FY2025 = 2310000000 EUR", "Revenue FY2025 = 1342000000 EUR"},
	},
	{
		name: "'the largest division', 'our smallest market unit' rank a part, they do not name one",
		text: "Acme reports the first nine months of 2025.\nOur two divisions are Drive Systems and Automation Solutions.\nDrive Systems: Sales of the largest division grew to EUR 1,642.3 million (prior year: EUR 1,590.6 million), driven by high-efficiency motors.\n",
		none: []string{"Revenue [Largest]"},
	},
	{
		name: "labels in brackets name the comparatives of every figure in them",
		text: "Acme reports the first nine months of 2025.\nAdjusted EBITA for the first nine months was EUR 104.2 million, with an adjusted EBITA margin of 8.2% (previous year: EUR 117.6 million and 9.2%).\n",
		want: []string{"AdjustedEBITA 9M 2025 = 104200000 EUR", "AdjustedEBITA 9M 2024 = 117600000 EUR", "AdjustedEBITAMargin 9M 2025 = 0.082", "AdjustedEBITAMargin 9M 2024 = 0.092"},
	},
}

// signCases: losses, outflows and negatives.
var signCases = []bindCase{
	{
		name: "cash flow that was 'a use of' a sum is negative",
		text: "Welcome to Sablewood's first quarter 2026 earnings call.\nAs is typical in our first quarter, operating cash flow was a use of $42 million, and free cash flow was a net use of $71 million.\n",
		want: []string{"NetCashFromOperating Q1 2026 = -42000000 USD", "FreeCashFlow Q1 2026 = -71000000 USD"},
		none: []string{"NetCashFromOperating Q1 2026 = 42000000 USD"},
	},
	{
		name: "a net loss and its comparative are negative",
		text: "Interim report for the six months ended June 30, 2024.\nNet loss decreased by 35.2% to RMB 717,334 thousand in the first six months of 2024, compared to RMB 1,107,093 thousand for the same period in 2023.\n",
		want: []string{"NetIncomeLoss H1 2024 = -717334000 CNY", "NetIncomeLoss H1 2023 = -1107093000 CNY"},
	},
	{
		name: "a loss of, negative, a gross loss",
		text: "Welcome to Acme's second quarter 2023 earnings call.\nNormalized adjusted EBITDA narrowed from negative RMB163.7 million in the same period of last year to negative RMB59.9 million this quarter.\nGross profit of public cloud services was RMB59.7 million which was significantly improved from the gross loss of RMB30.7 million in the same period last year.\n",
		want: []string{"NormalizedAdjustedEBITDA Q2 2022 = -163700000 CNY", "NormalizedAdjustedEBITDA Q2 2023 = -59900000 CNY",
			"GrossProfit [Public cloud services] Q2 2023 = 59700000 CNY", "GrossProfit [Public cloud services] Q2 2022 = -30700000 CNY"},
	},
	{
		name: "net cash used and an outflow are negative; costs are positive",
		text: "Annual report for the year ended December 31, 2024.\nNet cash used in investing activities was RMB3,620.4 million in 2024. The company generated net cash from operating activities of RMB628.4 million in 2024, contrasting with a net cash outflow of RMB169.1 million in 2023. Capital expenditures were RMB3,672.1 million in 2024.\n",
		want: []string{"NetCashFromInvesting FY2024 = -3620400000 CNY", "NetCashFromOperating FY2024 = 628400000 CNY", "NetCashFromOperating FY2023 = -169100000 CNY", "CapitalExpenditure FY2024 = 3672100000 CNY"},
	},
	{
		name: "a loss margin is negative, an explicit minus is not doubled",
		text: "Annual report for the year ended December 31, 2024.\nOperating loss margin improved from 29.9% in 2023 to 22.3% in 2024. Adjusted net loss margin (non-GAAP) improved to -14.1% in 2024.\n",
		want: []string{"OperatingMargin FY2023 = -0.299", "OperatingMargin FY2024 = -0.223", "AdjustedNetMargin FY2024 = -0.141"},
	},
	{
		name: "net interest and tax keep the sign the words give; a cost does not",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nNet interest expense was negative $3.1 million in the quarter. Income tax expense was negative $1.2 million. Cost of revenue was negative $40.0 million.\n",
		want: []string{"InterestExpenseNet Q3 2025 = -3100000 USD", "IncomeTaxExpenseBenefit Q3 2025 = -1200000 USD", "CostOfRevenue Q3 2025 = 40000000 USD"},
	},
}

// guidanceCases: outlooks are facts of their own.
var guidanceCases = []bindCase{
	{
		name: "a bare year in an outlook of a nine months' report is the fiscal year, not its nine months",
		text: "# Vireo Group AG: Results for the first nine months of 2025\n\nVireo reported net sales of CHF 1,912.4 million for the first nine months of 2025.\n\nFor 2025, Vireo confirms its guidance of an EBIT margin of 12.5-13.0%. Net sales are expected to reach CHF 2.55-2.60 billion.\n",
		want: []string{"OperatingMargin FY2025 forecast-min = 0.125", "OperatingMargin FY2025 forecast-max = 0.13", "Revenue FY2025 forecast-max = 2600000000 CHF"},
		none: []string{"OperatingMargin 9M 2025"},
	},
	{
		name: "an actual measured against 'our previously provided outlook' leaves that outlook no forecast; one reaffirmed stays",
		text: "Welcome to Halberd's fourth quarter fiscal 2025 earnings call.\nNon-GAAP diluted net earnings per share was $0.93, above the high end of our previously provided outlook of $0.85 to $0.90.\nWe are reaffirming our previously provided non-GAAP EPS outlook of $3.45 to $3.65 for fiscal 2026.\n",
		want: []string{"AdjustedEPS Q4 2025 = 0.93 USD", "AdjustedEPS FY2026 forecast-min = 3.45 USD", "AdjustedEPS FY2026 forecast-max = 3.65 USD"},
		none: []string{"= 0.85 USD", "= 0.9 USD"},
	},
	{
		name: "a figureless outlook sentence that dates an event ('to occur within our fiscal 2021') keeps the outlook's quarter",
		text: "Welcome to Acme's second quarter fiscal 2021 earnings call.\nNow moving to our outlook for fiscal Q3.\nRevenue is expected to be in the range of $4.95 billion to $5.45 billion.\nAt this time, we no longer expect the change to occur within our fiscal 2021.\nNon-GAAP net income is expected to be in the range of $99.9 million to $110.4 million.\n",
		want: []string{"Revenue Q3 2021 forecast-min = 4950000000 USD", "AdjustedNetIncomeLoss Q3 2021 forecast-min = 99900000 USD", "AdjustedNetIncomeLoss Q3 2021 forecast-max = 110400000 USD"},
		none: []string{"AdjustedNetIncomeLoss FY2021 forecast-min"},
	},
	{
		name: "an outlook raised from a range stated as previous: the old range is no outlook",
		text: "Welcome to Pinecrest's third quarter 2025 earnings call.\nWe are raising our full-year 2025 non-GAAP EPS guidance to a range of $5.10 to $5.14, from $5.00 to $5.08 previously.\n",
		want: []string{"AdjustedEPS FY2025 forecast-min = 5.1 USD", "AdjustedEPS FY2025 forecast-max = 5.14 USD"},
		none: []string{"= 5 USD", "= 5.08 USD", "AdjustedEPS FY2025 forecast"},
	},
	{
		name: "a guided range for the full year and the next quarter",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nFor the full year, we expect consolidated revenues of between $1.725 billion and $1.775 billion.\nFor the second quarter, we now expect sales in the range of $2.415 billion to $2.475 billion and adjusted diluted earnings per share in the range of $0.53 to $0.55.\n",
		want: []string{"Revenue FY2021 forecast-min = 1725000000 USD", "Revenue FY2021 forecast-max = 1775000000 USD",
			"Revenue Q2 2021 forecast-min = 2415000000 USD", "Revenue Q2 2021 forecast-max = 2475000000 USD",
			"AdjustedEPS Q2 2021 forecast-min = 0.53 USD", "AdjustedEPS Q2 2021 forecast-max = 0.55 USD"},
	},
	{
		name: "bounds: at least, in excess of; a point estimate",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nFor 2022, we expect free cash flow to be at least $4.5 billion and capital expenditure of approximately $700 million.\n",
		want: []string{"FreeCashFlow FY2022 forecast-min = 4500000000 USD", "CapitalExpenditure FY2022 forecast = 700000000 USD"},
	},
	{
		name: "in excess of",
		text: "INDUS reports its third quarter of 2025.\nThe Board of Management continues to project free cash flow in excess of EUR 90 million for the full year.\n",
		want: []string{"FreeCashFlow FY2025 forecast-min = 90000000 EUR"},
	},
	{
		name: "a guided margin range",
		text: "INDUS reports its third quarter of 2025.\nThe adjusted EBITA margin is still expected to be between 7.5% and 9.0% for the full year 2025.\n",
		want: []string{"AdjustedEBITAMargin FY2025 forecast-min = 0.075", "AdjustedEBITAMargin FY2025 forecast-max = 0.09"},
	},
	{
		name: "an actual compared with guidance stays an actual",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nA loss per share of $0.14 was within our guidance range.\n",
		want: []string{"EPS Q3 2021 = -0.14 USD"},
	},
	{
		name: "analysts' estimates are no facts of the company",
		text: "Acme Q2 2023 Earnings Report. Actual EPS -$0.30 Consensus EPS -$0.25 Beat/Miss Missed by -$0.05. Expected Revenue $270.84 million.\nWelcome to Acme's second quarter 2023 earnings call.\n",
		none: []string{"EPS", "Revenue"},
	},
	{
		name: "a customer's savings and a market's size are no facts of the company",
		text: "Welcome to Acme's second quarter 2023 earnings call.\nThe project has estimated annual savings of RMB2.4 billion for the province.\n",
		none: []string{"Revenue", "NetIncomeLoss", "CostOfRevenue"},
	},
}

// reconcileCases: one fact per key, mentions that agree support each other.
var reconcileCases = []bindCase{
	{
		name: "a $ in a document that states its figures are in Canadian dollars is the Canadian dollar",
		text: "Welcome to the Northgate Resources third quarter 2025 conference call. All amounts are in Canadian dollars unless otherwise noted.\nRevenue for the quarter was $1.48 billion.\n",
		want: []string{"Revenue Q3 2025 = 1480000000 CAD"},
		none: []string{"Revenue Q3 2025 = 1480000000 USD"},
	},
	{
		name: "a basic figure per share gives way to the diluted one of the same period; HK cents are hundredths of a Hong Kong dollar",
		text: "Kestrel Holdings Limited\nANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2025\n\nBasic earnings per share were HK26.1 cents (2024: HK23.5 cents). Diluted earnings per share were HK26.0 cents (2024: HK23.4 cents).\n",
		want: []string{"EPS FY2025 = 0.26 HKD", "EPS FY2024 = 0.234 HKD"},
		none: []string{"EPS FY2025 = 0.261 HKD"},
	},
	{
		name: "a figure written three ways is one fact, the most precise",
		text: "Interim report for the six months ended June 30, 2024.\nRevenue for the first six months of 2024 was RMB 3,667,464 thousand. Total revenue reached RMB 3,667.5 million. Revenue reached RMB 3.67 billion in the first half of 2024.\n",
		want: []string{"Revenue H1 2024 = 3667464000 CNY"},
	},
	{
		name: "segments under two names are one segment",
		text: "Interim report for the six months ended June 30, 2024.\nIndustry cloud services revenue for the six months ended June 30, 2024, was RMB 1,245,400 thousand. Revenue from enterprise cloud services was RMB 1,245.4 million in the first half of 2024.\n",
		want: []string{"Revenue [Enterprise cloud services] H1 2024 = 1245400000 CNY"},
	},
	{
		name: "a $ figure in an RMB document is RMB, and marked",
		text: "Welcome to Acme's second quarter 2025 earnings call. Unless otherwise stated, all financial figures are denominated in RMB.\nAdjusted selling and marketing expenses were $109.5 million this quarter.\n",
		want: []string{"AdjustedSellingAndMarketingExpense Q2 2025 = 109500000 CNY"},
	},
}

// segmentCases: segments named, learned and carried through a paragraph.
var segmentCases = []bindCase{
	{
		name: "a line's label with a colon ('Revenue: $812 million') is no speaker's turn: the segment above it still holds",
		text: "Acme Corp Reports Second Quarter 2025 Results\n\nSegment results\n\nThe Aerospace Systems segment:\nRevenue: $812 million, up 9%\nOperating margin: 21.4%\n\nThe Industrial Automation segment:\nRevenue: $644 million\n",
		want: []string{"Revenue [Aerospace Systems] Q2 2025 = 812000000 USD", "OperatingMargin [Aerospace Systems] Q2 2025 = 0.214", "Revenue [Industrial Automation] Q2 2025 = 644000000 USD"},
	},
	{
		name: "'Next, Climate Solutions.' opens a segment's passage; a peer after it is still learned (the sentences' hits are indexed again once the segments are known)",
		text: "Good morning and welcome to Kestrel Industries' fiscal 2025 second quarter earnings call.\nFor the second quarter, sales were $2.31 billion, up 5%, and adjusted EPS was $2.07.\nTurning to our segments. Starting with Aerospace Systems on slide 6. Sales were $812 million, up 9%, and segment operating margin was 21.4%.\nMoving on to Industrial Automation. Sales declined 2% to $644 million. Operating margin was 17.9%.\nNext, Climate Solutions. Sales grew 7% to $421 million with a margin of 15.2%.\nIn Flow Technologies, sales were $298 million, up 4%.\nAnd finally, Specialty Materials delivered sales of $135 million.\n",
		want: []string{"Revenue [Climate Solutions] Q2 2025 = 421000000 USD", "Revenue [Flow Technologies] Q2 2025 = 298000000 USD", "Revenue [Specialty Materials] Q2 2025 = 135000000 USD", "Revenue Q2 2025 = 2310000000 USD"},
	},
	{
		name: "'Operational EBITA' names a measure's basis, not a segment",
		text: "Welcome to the Helvion third quarter 2025 results call.\nOperational EBITA was CHF 221m, a margin of 18.4%.\n",
		want: []string{"EBITA Q3 2025 = 221000000 CHF"},
		none: []string{"[Operational]"},
	},
	{
		name: "a line of business in lower case that governs a measure's figure is a segment; not 'our core business', nor one that grew a per cent",
		text: "Welcome to the Tessaro fourth quarter 2025 earnings call.\nRevenue was $1.06 billion. Our semiconductor test business delivered revenue of $512 million, up 12%. Our core business delivered revenue of $900 million. Our digital business grew 49%, and gross margin was 57%.\n",
		want: []string{"Revenue [Semiconductor test] Q4 2025 = 512000000 USD", "GrossMargin Q4 2025 = 0.57"},
		none: []string{"[Core]", "[Digital]"},
	},
	{
		name: "a proper name that opens a sentence among segments' sentences and delivers a figure is a segment; a new speaker ends the passage",
		text: "Operator: Welcome to the Brightwater Foods third quarter 2025 earnings call.\nTom Reyes: In North America Retail, net sales were $742 million, up 5%. Foodservice delivered net sales of $318 million, an increase of 9%, and segment operating profit rose 14% to $52 million. Our Pet segment posted net sales of $139 million.\nAlicia Grant: Thanks, Tom. Gross margin was 31.4%, up 80 basis points.\n",
		want: []string{"Revenue [Foodservice] Q3 2025 = 318000000 USD", "OperatingIncomeLoss [Foodservice] Q3 2025 = 52000000 USD", "Revenue [Pet] Q3 2025 = 139000000 USD", "GrossMargin Q3 2025 = 0.314"},
		none: []string{"Revenue Q3 2025 = 318000000 USD", "GrossMargin [Pet]"},
	},
	{
		name: "a peer in a run of segments' sentences may be two names joined by '&' or 'and', or an 'X & Other'; its figure is never the segment's before it",
		text: "Operator: Welcome to the Brightwater Foods third quarter 2025 earnings call.\nTom Reyes: Let me now turn to our segment results. In North America Retail, net sales were $742 million, up 5%. Our Pet segment posted net sales of $139 million. Finally, Ingredients & Other had sales of $21 million.\nTom Reyes: Turning to our segments. In Consumer Foods, net sales were $601 million. Finally, Aerospace and Defense had sales of $88 million.\n",
		want: []string{"Revenue [Pet] Q3 2025 = 139000000 USD", "Revenue [Ingredients & Other] Q3 2025 = 21000000 USD", "Revenue [Aerospace and Defense] Q3 2025 = 88000000 USD"},
		none: []string{"Revenue [Pet] Q3 2025 = 21000000 USD", "Revenue [Consumer Foods] Q3 2025 = 88000000 USD"},
	},
	{
		name: "a speaker's label ('Priya Raman: Revenue was …') is no segment, and the speech after it opens its sentence ('Priya Raman: Turning to Analog & Mixed Signal on slide 7.')",
		text: "Operator: Welcome to the Brightwater Semiconductor third quarter 2025 earnings call.\nMarcus Lindqvist: Thanks, Dana. Revenue was $1.42 billion, up 12%.\nPriya Raman: Thank you, Marcus.\nPriya Raman: Gross profit was $829 million.\nPriya Raman: Turning to Analog & Mixed Signal on slide 7. Revenue was $612 million, up 9% year over year.\nPriya Raman: Moving on to Power and Sensor Solutions. Revenue grew 18% to $447 million.\n",
		want: []string{"Revenue Q3 2025 = 1420000000 USD", "GrossProfit Q3 2025 = 829000000 USD", "Revenue [Analog & Mixed Signal] Q3 2025 = 612000000 USD", "Revenue [Power and Sensor Solutions] Q3 2025 = 447000000 USD"},
		none: []string{"[Priya Raman]", "[Marcus Lindqvist]", "Revenue Q3 2025 = 612000000 USD"},
	},
	{
		name: "one segment's name may join two words with 'and' before a segment word or a measure ('our Foodservice and Ingredients segment', 'Licensing and Support revenue'); two kinds of revenue do not make one ('Products and Services revenues')",
		text: "Welcome to the Calderon Foods fourth quarter 2025 earnings call.\nNet sales were $2.86 billion. In our Foodservice and Ingredients segment, net sales increased 6% to $684 million. Licensing and Support revenue was $256 million, up 2%. On a consolidated basis, Products and Services revenues increased 18% to $2.86 billion.\n",
		want: []string{"Revenue [Foodservice and Ingredients] Q4 2025 = 684000000 USD", "Revenue [Licensing and Support] Q4 2025 = 256000000 USD", "Revenue Q4 2025 = 2860000000 USD"},
		none: []string{"[Ingredients]", "[Support]", "[Products and Services]"},
	},
	{
		name: "a segment's name may open with the company's ('Northgate Consulting delivered revenue of …'), or with a proper name before words the text also writes in lower case ('Brightwater Foundry Services' beside 'our foundry services')",
		text: "Operator: Good afternoon, and welcome to Northgate Software's conference call for the first quarter of 2025.\nTotal revenue was $842 million. Cloud Platform Services revenue was $498 million, up 24%. Northgate Consulting delivered revenue of $88 million. Brightwater Foundry Services delivered revenue of $130 million, as our foundry services ramp.\n",
		want: []string{"Revenue [Northgate Consulting] Q1 2025 = 88000000 USD", "Revenue [Brightwater Foundry Services] Q1 2025 = 130000000 USD", "Revenue Q1 2025 = 842000000 USD"},
		none: []string{"Revenue Q1 2025 = 88000000 USD", "Revenue Q1 2025 = 130000000 USD"},
	},
	{
		name: "a document in continental notation ('EUR 187,4 million', 'EUR -0,41', '1.052,3') is read with a decimal comma",
		text: "Testwerk AG Half-Year Report 2025\n\nRevenue: EUR 187,4 million (H1 2024: EUR 201,9 million). EBIT: EUR -3,9 million (H1 2024: EUR 5,8 million). Earnings per share: EUR -0,41 (H1 2024: EUR 0,07). Order intake reached EUR 1.052,3 million.\n",
		want: []string{"Revenue H1 2025 = 187400000 EUR", "Revenue H1 2024 = 201900000 EUR", "OperatingIncomeLoss H1 2025 = -3900000 EUR", "EPS H1 2025 = -0.41 EUR", "EPS H1 2024 = 0.07 EUR", "OrderIntake H1 2025 = 1052300000 EUR"},
	},
	{
		name: "a fiscal year written over two calendar years ('the 2024/25 financial year', '(2023/24: EUR …)', 'fiscal year 2025/26') is the one ending in the second",
		text: "Testwerk AG: Annual results 2024/25\n\nIn the 2024/25 financial year, which ended on 30 September 2025, revenue rose to EUR 1,412.3 million (2023/24: EUR 1,371.9 million). For fiscal year 2025/26 we expect revenue of EUR 1.45 to 1.50 billion. The 2021/2022 season opened well.\n",
		want: []string{"Revenue FY2025 = 1412300000 EUR", "Revenue FY2024 = 1371900000 EUR", "Revenue FY2026 forecast-min = 1450000000 EUR"},
		none: []string{"Revenue FY2023", "Revenue FY2025 = 1371900000 EUR"},
	},
	{
		name: "nine months of a fiscal year written over two ('the first nine months of fiscal year 2024/25 (1 October 2024 to 30 June 2025)'); the third quarter's comparative in brackets ('Q3 2023/24')",
		text: "Testwerk AG: Quarterly statement 9M 2024/25\n\nTestwerk AG published its quarterly statement for the first nine months of fiscal year 2024/25 (1 October 2024 to 30 June 2025).\n\nRevenue of EUR 1,052.3 million (previous year: EUR 1,071.9 million).\n\nIn the third quarter (April to June 2025), revenue reached EUR 358.7 million (Q3 2023/24: EUR 349.0 million).\n",
		want: []string{"Revenue 9M FY2025 = 1052300000 EUR", "Revenue 9M FY2024 = 1071900000 EUR", "Revenue Q3 FY2025 = 358700000 EUR", "Revenue Q3 FY2024 = 349000000 EUR"},
	},
	{
		name: "class 6: an outlook's heading of its own line ('Fourth Quarter 2025:') sets the period of the bullets below it",
		text: "Acme Widgets Reports Third Quarter 2025 Results\n\nAUSTIN, Texas, Nov. 4, 2025 /PRNewswire/ -- Acme Widgets, Inc. today announced results for its third quarter ended September 30, 2025. Total revenue was $188.1 million.\n\nFinancial Outlook\n\nFourth Quarter 2025:\n\n  -- Total revenue is expected to be in the range of $192.0 million to $196.0 million.\n\nFull Year 2025:\n\n  -- Total revenue is expected to be in the range of $726.0 million to $730.0 million.\n",
		want: []string{"Revenue Q4 2025 forecast-min = 192000000 USD", "Revenue Q4 2025 forecast-max = 196000000 USD", "Revenue FY2025 forecast-min = 726000000 USD"},
		none: []string{"Revenue FY2025 forecast-min = 192000000 USD"},
	},
	{
		name: "class 6: a long lead-in that ends with a colon ('For the fourth quarter of fiscal 2026, ending January 31, 2026, Vantyx expects:') carries to its bullets",
		text: "Vantyx Announces Third Quarter Fiscal 2026 Financial Results\n\nSAN FRANCISCO, Dec. 3, 2025 /PRNewswire/ -- Vantyx Cloud, Inc. today announced results for its third quarter of fiscal 2026, ended October 31, 2025. Total revenue was $441.3 million.\n\nFor the fourth quarter of fiscal 2026, ending January 31, 2026, Vantyx expects:\n\n  -- Total revenue of $462 million to $466 million.\n\nFor the full fiscal year 2026, Vantyx now expects:\n\n  -- Total revenue of $1.722 billion to $1.726 billion.\n",
		want: []string{"Revenue Q4 FY2026 forecast-min = 462000000 USD", "Revenue FY2026 forecast-max = 1726000000 USD"},
		none: []string{"Revenue FY2026 forecast-min = 462000000 USD"},
	},
	{
		name: "class 6: the lines an outlook's lead-in introduces are the outlook, point figures too ('Lumenpeak expects:' over '-- Revenue of $142 million, plus or minus $5 million.'); a list under a lead-in of results is not",
		text: "Lumenpeak Semiconductor Announces Second Quarter 2025 Financial Results\n\nSAN JOSE, Calif., Aug. 5, 2025 /PRNewswire/ -- Lumenpeak Semiconductor, Inc. today reported financial results for the second quarter of 2025. Revenue was $138.3 million.\n\nSecond quarter highlights:\n\n  -- GAAP gross margin of 46.1%.\n\nFor the third quarter of 2025, Lumenpeak expects:\n\n  -- Revenue of $142 million, plus or minus $5 million.\n  -- GAAP gross margin of 47.5% plus or minus 1 percentage point.\n",
		want: []string{"Revenue Q3 2025 forecast = 142000000 USD", "GrossMargin Q3 2025 forecast = 0.475", "GrossMargin Q2 2025 = 0.461", "Revenue Q2 2025 = 138300000 USD"},
		none: []string{"Revenue Q2 2025 = 142000000 USD", "GrossMargin Q2 2025 = 0.475"},
	},
	{
		name: "class 6: a range's lower end is its smaller figure however written: a loss range keeps min below max ('net loss per share of $0.20 to $0.14', 'an adjusted EBITDA loss of $30 million to $20 million'), a range across zero too",
		text: "Welcome to the Solvane Mobility third quarter 2025 earnings call.\nFor the fourth quarter, we expect GAAP net loss per share of $0.20 to $0.14 and an adjusted EBITDA loss of $30 million to $20 million. We expect EBITDA in the range of $-1.0 million to $0.5 million for the year.\n",
		want: []string{"EPS Q4 2025 forecast-min = -0.2 USD", "EPS Q4 2025 forecast-max = -0.14 USD", "AdjustedEBITDA Q4 2025 forecast-min = -30000000 USD", "AdjustedEBITDA Q4 2025 forecast-max = -20000000 USD", "EBITDA FY2025 forecast-min = -1000000 USD", "EBITDA FY2025 forecast-max = 500000 USD"},
	},
	{
		name: "class 3: income taxes named as a release writes them ('After income taxes of EUR 17.9 million …, net income … was EUR 43.7 million', 'Income taxes were', 'income before taxes'); a charge after tax is no tax ('an after-tax charge of $39 million'), nor taxes a figure is net of",
		text: "Testco AG annual results 2025\n\nAfter income taxes of EUR 17.9 million (previous year: EUR 26.4 million), net income for the period was EUR 43.7 million (previous year: EUR 64.5 million). Income before taxes was EUR 61.6 million. We recorded an after-tax charge of EUR 39 million. The gain was EUR 5 million, net of income taxes of EUR 1 million.\n",
		want: []string{"IncomeTaxExpenseBenefit FY2025 = 17900000 EUR", "IncomeTaxExpenseBenefit FY2024 = 26400000 EUR", "NetIncomeLoss FY2025 = 43700000 EUR", "IncomeLossBeforeIncomeTaxes FY2025 = 61600000 EUR"},
		none: []string{"NetIncomeLoss FY2025 = 17900000 EUR", "IncomeTaxExpenseBenefit FY2025 = 39000000 EUR", "IncomeTaxExpenseBenefit FY2025 = 5000000 EUR", "IncomeTaxExpenseBenefit FY2025 = 1000000 EUR"},
	},
	{
		name: "class 4: recurring results leave out one-offs ('Recurring operating income of €198.5 million' beside 'Operating income of €161.2 million'); recurring revenue is no adjusted revenue",
		text: "Testco SA first-half 2025 results\n\n- Recurring operating income of €198.5 million (H1 2024: €184.3 million)\n- Operating income of €161.2 million (H1 2024: €179.0 million)\n- Recurring revenue of €512.0 million\n",
		want: []string{"AdjustedOperatingIncomeLoss H1 2025 = 198500000 EUR", "AdjustedOperatingIncomeLoss H1 2024 = 184300000 EUR", "OperatingIncomeLoss H1 2025 = 161200000 EUR"},
		none: []string{"OperatingIncomeLoss H1 2025 = 198500000 EUR", "AdjustedRevenue"},
	},
	{
		name: "Swiss notation groups thousands with apostrophes ('CHF 1'412.6 million')",
		text: "Helvetor AG: Half-year results 2025\n\nZug, 24 July 2025 – Helvetor AG today reported results for the first half of 2025.\n\n- Sales of CHF 1'412.6 million (H1 2024: CHF 1'356.2 million)\n- Net debt of CHF 1'087.3 million at 30 June 2025\n",
		want: []string{"Revenue H1 2025 = 1412600000 CHF", "Revenue H1 2024 = 1356200000 CHF", "NetDebt 2025-06-30 = 1087300000 CHF"},
	},
	{
		name: "where the operator speaks, every line's label is a speaker's though each of the speaker's lines gives figures ('Grace Holloway: Energy Storage & Charging delivered revenue of $176 million')",
		text: "Operator: Welcome to Solvane Mobility's third quarter 2025 earnings call.\nGrace Holloway: Total revenue for the quarter was $1.12 billion.\nGrace Holloway: Energy Storage & Charging delivered revenue of $176 million and gross profit of $19 million.\nGrace Holloway: Fleet Services revenue was $102 million.\n",
		want: []string{"Revenue Q3 2025 = 1120000000 USD", "Revenue [Energy Storage & Charging] Q3 2025 = 176000000 USD", "GrossProfit [Energy Storage & Charging] Q3 2025 = 19000000 USD"},
		none: []string{"[Grace Holloway]"},
	},
	{
		name: "'Let's start with Large Agriculture.' opens a segment's passage; 'Let me start with a review of the quarter.' names none",
		text: "Operator: Welcome to the Kestrel Agricultural Equipment fourth quarter fiscal 2025 earnings call.\nJulia Feldman: Let me start with a review of the quarter. Net sales and revenues for the fourth quarter were $3.64 billion.\nJulia Feldman: Let's start with Large Agriculture. Net sales were $1.86 billion, down 17%, and operating profit was $221 million. This segment's margin was 11.9%.\nJulia Feldman: Let's move to Small Agriculture. Net sales were $1.12 billion.\n",
		want: []string{"Revenue Q4 2025 = 3640000000 USD", "Revenue [Large Agriculture] Q4 2025 = 1860000000 USD", "OperatingIncomeLoss [Large Agriculture] Q4 2025 = 221000000 USD", "OperatingMargin [Large Agriculture] Q4 2025 = 0.119"},
		none: []string{"[Review]", "Revenue Q4 2025 = 1860000000 USD"},
	},
	{
		name: "an opener that counts the segments names the one its apposition gives ('let's turn to our final segment, Process Tech'); 'final' names no segment",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nRevenue for the year was $5.5 billion. Let's turn to our Network segment. Revenues for the year were $1.4 billion. Now let's turn to our final segment, Process Tech. Revenues for the year were $519 million.\n",
		want: []string{"Revenue [Network] FY2020 = 1400000000 USD", "Revenue [Process Tech] FY2020 = 519000000 USD", "Revenue FY2020 = 5500000000 USD"},
		none: []string{"[Final]", "Revenue [Network] FY2020 = 519000000 USD"},
	},
	{
		name: "class 6: an outlook given before is no outlook in force: the range after the new one ('to $2.49 billion to $2.50 billion, from $2.44 billion to $2.46 billion'), set against it ('versus $3.38 to $3.46 last quarter'), dated ('up from 23.5% to 24.5% in our prior guidance', 'the outlook of $3.70 to $3.80 we gave at the start of the year')",
		text: "Welcome to Quillon's second quarter 2025 earnings call.\nFor the full year 2025, we are raising revenue guidance to $2.49 billion to $2.50 billion, from $2.44 billion to $2.46 billion. We are raising non-GAAP EPS guidance to $3.52 to $3.58, versus $3.38 to $3.46 last quarter. We expect non-GAAP operating margin of 24.5% to 25.0% for 2025, up from 23.5% to 24.5% in our prior guidance. Adjusted EPS is running ahead of the outlook of $3.70 to $3.80 we gave at the start of the year.\n",
		want: []string{"Revenue FY2025 forecast-min = 2490000000 USD", "Revenue FY2025 forecast-max = 2500000000 USD", "AdjustedEPS FY2025 forecast-min = 3.52 USD", "AdjustedOperatingMargin FY2025 forecast-min = 0.245"},
		none: []string{"= 2440000000 USD", "= 3.38 USD", "= 3.46 USD", "= 0.235", "= 3.7 USD", "= 3.8 USD"},
	},
	{
		name: "a segment's net income ('Consumer Banking reported net income of $512 million') is no company figure; the company's stands",
		text: "Operator: Good morning, and welcome to the Harborline Financial third quarter 2025 earnings call.\nSusan Patel: Total revenue was $4.38 billion. Net income was $1.21 billion in the third quarter.\nSusan Patel: Consumer Banking reported net income of $512 million on revenue of $2.05 billion.\nSusan Patel: Commercial Banking revenue was $1.41 billion.\n",
		want: []string{"NetIncomeLoss Q3 2025 = 1210000000 USD", "Revenue [Consumer Banking] Q3 2025 = 2050000000 USD"},
		none: []string{"NetIncomeLoss Q3 2025 = 512000000 USD"},
	},
	{
		name: "a day written in numbers, day first ('as of 30.09.2025', '(31.12.2024: EUR 776.9 million)'), dates a balance",
		text: "Zeta Logistics N.V. Q3 2025 results\n\nRevenue was EUR 412.3 million in the third quarter of 2025.\n\nThe order backlog stood at EUR 845.2 million as of 30.09.2025 (31.12.2024: EUR 776.9 million).\n",
		want: []string{"Backlog 2025-09-30 = 845200000 EUR", "Backlog 2024-12-31 = 776900000 EUR"},
	},
	{
		name: "two sentences in a row that each open with a name delivering a figure are peers, with no segment named before ('Infrastructure Services delivered revenue of £301.2m …', 'Environmental Consulting reported revenue of £223.6m …')",
		text: "Beta Group plc\nInterim results for the six months ended 30 September 2025\n\nRevenue up 5.4% to £524.8m (H1 FY25: £498.1m).\n\nDivisional review\n\nInfrastructure Services delivered revenue of £301.2m (H1 FY25: £280.4m) and adjusted operating profit of £35.8m (H1 FY25: £31.9m).\n\nEnvironmental Consulting reported revenue of £223.6m (H1 FY25: £217.7m).\n",
		want: []string{"Revenue [Infrastructure Services] H1 FY2026 = 301200000 GBP", "Revenue [Environmental Consulting] H1 FY2026 = 223600000 GBP", "AdjustedOperatingIncomeLoss [Infrastructure Services] H1 FY2026 = 35800000 GBP", "Revenue H1 FY2026 = 524800000 GBP"},
		none: []string{"AdjustedOperatingIncomeLoss H1 FY2026 = 35800000 GBP"},
	},
	{
		name: "OIBDA, operating income before depreciation and amortisation, is a media company's EBITDA ('Adjusted OIBDA was $486 million'), not its revenue",
		text: "Operator: Welcome to the Ashbury Media Group fourth quarter 2025 earnings call.\nDavid Hirsch: Total revenue in the fourth quarter was $2.37 billion. Adjusted OIBDA was $486 million, up 9%.\nDavid Hirsch: For 2026, we expect adjusted OIBDA of $2.05 billion to $2.15 billion.\n",
		want: []string{"Revenue Q4 2025 = 2370000000 USD", "AdjustedEBITDA Q4 2025 = 486000000 USD", "AdjustedEBITDA FY2026 forecast-min = 2050000000 USD"},
		none: []string{"AdjustedRevenue"},
	},
	{
		name: "a figure of a measure Facet keeps no concept for ('$1.9 billion of liquidity', '$4.1 billion of homebuilding liquidity') takes no concept from the words around it; the cash it includes is cash",
		text: "Operator: Good afternoon, and welcome to Crestview Realty Trust's fourth quarter 2025 earnings call.\nOmar Siddiqui: At year-end, we had $1.9 billion of liquidity, including $240 million of cash. Our debt to adjusted EBITDA was 5.1 times and we had $4.1 billion of homebuilding liquidity.\n",
		want: []string{"CashAndCashEquivalents 2025-12-31 = 240000000 USD"},
		none: []string{"= 1900000000 USD", "= 4100000000 USD"},
	},
	{
		name: "a verb of an outlook ends a name before a measure ('Brightwave reiterates revenue of …' is the company's outlook, no segment 'Brightwave reiterates')",
		text: "Brightwave Audio Reports First Quarter Fiscal 2026 Results\n\nSANTA BARBARA, Calif., Feb. 4, 2026 /PRNewswire/ -- Brightwave Audio, Inc. today reported results. Revenue was $412.1 million.\n\nBrightwave reiterates revenue of $1.38 billion to $1.42 billion for fiscal 2026.\n",
		want: []string{"Revenue FY2026 forecast-min = 1380000000 USD", "Revenue FY2026 forecast-max = 1420000000 USD"},
		none: []string{"[Brightwave reiterates]"},
	},
	{
		name: "class 5: a figure takes the period its bracketed comparative's label names, a year on ('increased sales to CHF 786.4 million (H1 2024: CHF 752.9 million)'), not the quarter a sentence before spoke of",
		text: "Iota AG half-year report 2025\n\nIn the second quarter, sales reached CHF 721.3 million (Q2 2024: CHF 689.0 million).\n\nThe Flavours division increased sales to CHF 786.4 million (H1 2024: CHF 752.9 million). Fragrances achieved sales of CHF 626.2 million (H1 2024: CHF 603.3 million).\n",
		want: []string{"Revenue Q2 2025 = 721300000 CHF", "Revenue [Flavours] H1 2025 = 786400000 CHF", "Revenue [Fragrances] H1 2025 = 626200000 CHF", "Revenue [Fragrances] H1 2024 = 603300000 CHF"},
		none: []string{"Revenue [Flavours] Q2 2025"},
	},
	{
		name: "a name that opens with a letter and a hyphen ('E-commerce fulfilment') is a segment's",
		text: "Pearl Logistics Holdings Limited: Annual Results for the year ended 31 December 2025\n\nFreight forwarding segment revenue was HK$1,502.1 million (2024: HK$1,411.8 million).\nE-commerce fulfilment segment revenue was HK$452.8 million (2024: HK$371.9 million).\n",
		want: []string{"Revenue [Freight forwarding] FY2025 = 1502100000 HKD", "Revenue [E-commerce fulfilment] FY2025 = 452800000 HKD", "Revenue [E-commerce fulfilment] FY2024 = 371900000 HKD"},
		none: []string{"Revenue [Freight forwarding] FY2025 = 452800000 HKD"},
	},
	{
		name: "a business listed in an aside is not the segment the figure after it belongs to",
		text: "Welcome to the Acme first quarter 2021 earnings call.\nTurning now to Advanced Surface Technologies, which includes Alluxa, LeanTeq and the Technetics Semiconductor businesses, first quarter sales of $54.7 million increased 49%.\n",
		want: []string{"Revenue [Advanced Surface Technologies] Q1 2021 = 54700000 USD"},
		none: []string{"Revenue [Technetics Semiconductor]"},
	},
	{
		name: "a paragraph about a segment, and the next one about the group",
		text: "Acme reports the first half of 2025.\n\nThe Hydrogen & Renewable Energies segment continued to grow. The segment's sales rose by 45.4% to EUR 15.7 million (H1 2024: EUR 10.8 million).\n\nAdjusted EBITDA declined to EUR -0.1 million compared to EUR 4.8 million in the first half of 2024.\n",
		want: []string{"Revenue [Hydrogen & Renewable Energies] H1 2025 = 15700000 EUR", "Revenue [Hydrogen & Renewable Energies] H1 2024 = 10800000 EUR",
			"AdjustedEBITDA H1 2025 = -100000 EUR", "AdjustedEBITDA H1 2024 = 4800000 EUR"},
	},
	{
		name: "a segment named after a sentence's last figure places it, and is no topic for the next",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nThe second quarter included charges of $81 million for a tax reserve in our International segment.\nRevenue from operations for the third quarter was $524 million.\n",
		want: []string{"Revenue Q3 2021 = 524000000 USD"},
		none: []string{"Revenue [International]"},
	},
	{
		name: "segment names learned from where they stand, found again in lower case",
		fye:  time.October,
		text: "Welcome to the fourth quarter of fiscal 2021 earnings call.\nIn Q4, net revenue was $16.7 billion.\nIn Q4, Personal Systems revenue was $11.8 billion.\nPrint operating profit increased $117 million to $830 million.\nQ4 total print revenue was $4.9 billion.\n",
		want: []string{"Revenue Q4 FY2021 = 16700000000 USD", "Revenue [Personal Systems] Q4 FY2021 = 11800000000 USD",
			"OperatingIncomeLoss [Print] Q4 FY2021 = 830000000 USD", "Revenue [Print] Q4 FY2021 = 4900000000 USD"},
	},
	{
		name: "'Moving on to' a segment makes the next sentence's totals the segment's",
		text: "Welcome to Acme's second quarter 2023 earnings call. All figures are denominated in RMB.\nMoving on to Enterprise Cloud Services. Total revenues were RMB675 1,000,000 with a gross margin of 21.7 percent, a significant improvement from 15.3% in the same quarter last year.\n",
		want: []string{"Revenue [Enterprise Cloud Services] Q2 2023 = 675000000 CNY", "GrossMargin [Enterprise Cloud Services] Q2 2023 = 0.217", "GrossMargin [Enterprise Cloud Services] Q2 2022 = 0.153"},
		none: []string{"GrossMargin Q2 2023", "GrossMargin Q2 2022", "Revenue Q2 2023"},
	},
	{
		name: "a total among segments",
		text: "Interim report for the six months ended June 30, 2024.\nTotal revenue reached RMB 3,667.5 million, with public cloud services contributing RMB 2,421.9 million and industry cloud services contributing RMB 1,245.4 million.\n",
		want: []string{"Revenue H1 2024 = 3667500000 CNY", "Revenue [Public cloud services] H1 2024 = 2421900000 CNY", "Revenue [Industry cloud services] H1 2024 = 1245400000 CNY"},
	},
}

// listCases: names listed after "including" are parts, not the subject.
var listCases = []bindCase{
	{
		name: "names and figures paired by 'respectively'",
		text: "Acme reports the second quarter of 2023.\nFulfillment costs and other costs were RMB71.7 million and RMB41.3 million respectively in the second quarter of 2023.\n",
		want: []string{"FulfillmentCost Q2 2023 = 71700000 CNY", "OtherCost Q2 2023 = 41300000 CNY"},
	},
	{
		name: "a 'respectively' list shares the period its first figure names",
		text: "Acme AG reports the third quarter of 2025. Earnings (adjusted EBITA) were EUR 48.1 million.\n\nIn the third quarter, both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8% over the previous year (EUR 148.4 million and EUR 20.5 million, respectively).\n",
		want: []string{"Revenue Q3 2025 = 161400000 EUR", "Revenue Q3 2024 = 148400000 EUR", "AdjustedEBITA Q3 2024 = 20500000 EUR"},
	},
	{
		name: "a favorable impact on sales is no sales figure",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWe are reporting first-quarter 2021 net revenues of $652 million.\nChanges in foreign currency rates had a $17 million favorable impact on first-quarter 2021 net sales.\n",
		want: []string{"Revenue Q1 2021 = 652000000 USD"},
	},
	{
		name: "a list after 'including' leaves the subject",
		text: "Welcome to Acme's second quarter 2025 earnings call. All figures are denominated in RMB.\nFor this year's capital expenditure, including sales, procurement, and leased models, for the total year it's around RMB 10 billion.\n",
		want: []string{"CapitalExpenditure FY2025 forecast = 10000000000 CNY"},
		none: []string{"Revenue"},
	},
}
