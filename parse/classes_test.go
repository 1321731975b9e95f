package parse

import (
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// The classes of failure measured on documents of companies nobody tuned
// for (issue 13), each with invented sentences: the issue's own and more,
// and sentences that must read as they did.

// spendCases: what a company spent a figure on names it.
var spendCases = []bindCase{
	{
		name: "spent A on a concept, invested B in one",
		text: "Welcome to Marlow's first quarter 2025 earnings call.\nWe generated operating cash flow of $288 million and spent $71 million on capital expenditures. We spent $5 million on the launch.\n",
		want: []string{"NetCashFromOperating Q1 2025 = 288000000 USD", "CapitalExpenditure Q1 2025 = 71000000 USD"},
		none: []string{"= 5000000 USD"},
	},
}

// perShareCases: class 3, per-share and other wording.
var perShareCases = []bindCase{
	{
		name: "a per-share figure in savings, or of taxable income, is no earnings per share",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWe reported a loss of $1.97 per share. In the third quarter, we achieved $0.03 in earnings per share in savings from our restructuring program. We had REIT taxable income of $0.09 per share in the quarter.\n",
		want: []string{"EPS Q3 2021 = -1.97 USD"},
		none: []string{"= 0.03 USD", "= 0.09 USD"},
	},
	{
		name: "earned A, or B per diluted common share",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nIn the quarter, Acme earned $84.2 million, or $1.37 per diluted common share.\n",
		want: []string{"NetIncomeLoss Q2 2021 = 84200000 USD", "EPS Q2 2021 = 1.37 USD"},
	},
	{
		name: "per fully diluted share, a share, per common share",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe reported net income of $34 million or $0.94 per fully diluted share. Diluted earnings per common share were $3.33 for the first quarter of 2021.\n",
		want: []string{"NetIncomeLoss Q2 2021 = 34000000 USD", "EPS Q2 2021 = 0.94 USD", "EPS Q1 2021 = 3.33 USD"},
	},
	{
		name: "DEPS and lost per share",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nAdjusted DEPS was $3.60, 18% above prior year.\nOn a GAAP basis, we lost $0.07 per share in the third quarter.\n",
		want: []string{"AdjustedEPS Q3 2021 = 3.6 USD", "EPS Q3 2021 = -0.07 USD"},
	},
	{
		name: "net income attributable to the company, and its per-share twin",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nNet income attributable to Acme was $274.6 million or $6.72 per diluted share for the third quarter of fiscal 2021, compared to net income attributable to Acme of $152.5 million or $3.74 per diluted share in the prior year.\n",
		want: []string{"NetIncomeLossAttributableToParent Q3 2021 = 274600000 USD", "EPS Q3 2021 = 6.72 USD", "NetIncomeLossAttributableToParent Q3 2020 = 152500000 USD", "EPS Q3 2020 = 3.74 USD"},
	},
	{
		name: "a loss attributable, per share, is negative",
		text: "Welcome to Acme's third quarter 2020 earnings call.\nFor the third quarter of 2020, we reported a net loss attributable to common stockholders of $28 million or $0.13 per diluted share.\n",
		want: []string{"NetIncomeLossAttributableToParent Q3 2020 = -28000000 USD", "EPS Q3 2020 = -0.13 USD"},
	},
	{
		name: "an earnings-per-share loss, and a net profit's per-share twin",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nWe reported a GAAP earnings per share loss of $0.11 versus earnings per share of $0.74 in the prior-year period.\n",
		want: []string{"EPS Q4 2020 = -0.11 USD", "EPS Q4 2019 = 0.74 USD"},
	},
	{
		name: "a net profit and its per-share twin",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe reported a net profit of $28.1 million or $0.66 per share.\n",
		want: []string{"NetIncomeLoss Q2 2021 = 28100000 USD", "EPS Q2 2021 = 0.66 USD"},
	},
	{
		name: "an effect on earnings per share is no level of it",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nYesterday, we announced second quarter 2021 earnings of $0.80 per share.\nHigher operations expenses decreased earnings $0.02 per share, and the rate design change reduced earnings by $0.19 per share.\nOur China factory inefficiencies impacted our global earnings per share by approximately $0.08.\n",
		want: []string{"EPS Q2 2021 = 0.8 USD"},
	},
	{
		name: "on a per share basis",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nOn a per share basis, third quarter earnings were $1.52 compared with $2.52 last year.\n",
		want: []string{"EPS Q3 2021 = 1.52 USD", "EPS Q3 2020 = 2.52 USD"},
	},
	{
		name: "an income tax benefit, the result for the period, cash at the close",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe recorded an income tax benefit of $12.5 million. We closed the quarter with $1.9 billion in cash.\n",
		want: []string{"IncomeTaxExpenseBenefit Q2 2021 = -12500000 USD", "CashAndCashEquivalents 2021-06-30 = 1900000000 USD"},
	},
	{
		name: "spent in capital, capital lease payments",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nIn the quarter, we spent $420 million in capital and made capital lease payments of $35 million.\n",
		want: []string{"CapitalExpenditure Q2 2021 = 420000000 USD", "CapitalLeasePayments Q2 2021 = 35000000 USD"},
	},
	{
		name: "unchanged: GAAP and non-GAAP income per share",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWe reported a GAAP income of $0.36 per share in the first quarter of 2021 compared to a GAAP loss of $0.17 in the first quarter of 2020.\n",
		want: []string{"EPS Q1 2021 = 0.36 USD", "EPS Q1 2020 = -0.17 USD"},
	},
}

// basisCases: class 4, GAAP and adjusted.
var basisCases = []bindCase{
	{
		name: "a relative clause after the figure puts it on an adjusted basis; an underlying rate of growth does not",
		text: "Welcome to Lowe's first quarter 2021 earnings call.\nDiluted earnings per share were $3.21, which is an 81% increase on an adjusted basis over the prior year.\nAt Mercer, revenue in the quarter was $1.3 billion, which was flat on an underlying basis.\n",
		want: []string{"AdjustedEPS Q1 2021 = 3.21 USD", "Revenue [Mercer] Q1 2021 = 1300000000 USD"},
		none: []string{"EPS", "AdjustedRevenue"},
	},
	{
		name: "one figure stated for both bases is a fact of each",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nGAAP and adjusted earnings per share were $2.59, up 44% compared to last year.\n",
		want: []string{"EPS Q2 2021 = 2.59 USD", "AdjustedEPS Q2 2021 = 2.59 USD"},
	},
	{
		name: "GAAP and an adjusted name, one figure: a fact of each",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nThe first quarter results were solid with fully diluted GAAP and operating earnings per share of $0.97.\n",
		want: []string{"EPS Q1 2021 = 0.97 USD", "AdjustedEPS Q1 2021 = 0.97 USD"},
	},
	{
		name: "names an adjusted measure leaves out are not its name",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOur full year 2021 adjusted earnings per diluted share, excluding noncash expense for stock options, tax benefits from stock option exercises and other discrete items, is estimated to be in the range of $18.20 to $18.50.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 18.2 USD", "AdjustedEPS FY2021 forecast-max = 18.5 USD"},
	},
	{
		name: "a list of items left out defines an adjusted measure; it is no further adjustment",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nNon-GAAP adjusted net income for the third quarter, excluding the business interruption expenses, idle mine expenses and other nonrecurring income was $0.97 per diluted share compared to a loss of $0.28 per diluted share in the same quarter last year.\n",
		want: []string{"AdjustedEPS Q3 2021 = 0.97 USD", "AdjustedEPS Q3 2020 = -0.28 USD"},
	},
	{
		name: "a name's own basis word outweighs a basis stated in another clause",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nAnd adjusted earnings per share were $0.38, while on a GAAP basis, we had a loss of $0.95 per share.\n",
		want: []string{"AdjustedEPS Q4 2020 = 0.38 USD", "EPS Q4 2020 = -0.95 USD"},
	},
	{
		name: "two bases of one name pair with the figures of a respectively list",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nGAAP and adjusted earnings per share were $0.06 a share and $0.12 a share, respectively, during the quarter. Adjusted and reported EPS for the first half were $0.36 and $0.30, respectively.\n",
		want: []string{"EPS Q2 2021 = 0.06 USD", "AdjustedEPS Q2 2021 = 0.12 USD", "AdjustedEPS H1 2021 = 0.36 USD", "EPS H1 2021 = 0.3 USD"},
	},
	{
		name: "'adjusted' before a segment word and a name modifies that name, not the figure before",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nSales of $4.4 billion, adjusted segment EBITDA of $670 million, and adjusted earnings per share of $0.61 in the quarter were all in line with the prior-year quarter.\n",
		want: []string{"Revenue Q2 2021 = 4400000000 USD", "AdjustedEPS Q2 2021 = 0.61 USD"},
		none: []string{"AdjustedRevenue"},
	},
	{
		name: "net of adjusting items, before the name",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNet of these adjusting items, earnings per share were $2.44.\n",
		want: []string{"AdjustedEPS Q2 2021 = 2.44 USD"},
		none: []string{"EPS"},
	},
	{
		name: "on an adjusted basis, after the figures",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe expect third quarter earnings of $0.35 to $0.40 per share on an adjusted basis.\nThis resulted in earnings per share of $0.76 per diluted share, or $0.80 on an adjusted basis.\n",
		want: []string{"AdjustedEPS Q3 2021 forecast-min = 0.35 USD", "AdjustedEPS Q3 2021 forecast-max = 0.4 USD", "EPS Q2 2021 = 0.76 USD", "AdjustedEPS Q2 2021 = 0.8 USD"},
	},
	{
		name: "adjusted for special items, after the name",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nFor the quarter, diluted EPS, adjusted for special items, was $0.02.\n",
		want: []string{"AdjustedEPS Q1 2021 = 0.02 USD"},
		none: []string{"EPS"},
	},
	{
		name: "adjusted for unusual items, before the figure",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nEarnings per share adjusted for unusual items of $7.02 represent an increase of 86.7%.\n",
		want: []string{"AdjustedEPS Q3 2021 = 7.02 USD"},
		none: []string{"EPS"},
	},
	{
		name: "comparable, pro forma",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nFirst-quarter comparable earnings per share of $0.55 is an increase of 8%.\nPro forma net income was $41 million.\n",
		want: []string{"AdjustedEPS Q1 2021 = 0.55 USD", "AdjustedNetIncomeLoss Q1 2021 = 41000000 USD"},
		none: []string{"EPS", "NetIncomeLoss"},
	},
	{
		name: "ongoing operations, after an adjusting lead-in",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nAdjusting for these special items, second-quarter earnings from ongoing operations were $0.19 per share compared with $0.20 per share a year ago.\n",
		want: []string{"AdjustedEPS Q2 2021 = 0.19 USD", "AdjustedEPS Q2 2020 = 0.2 USD"},
		none: []string{"EPS"},
	},
	{
		name: "GAAP figure, then the adjusted one after 'or'",
		text: "Welcome to Acme's fourth quarter 2019 earnings call.\nDiluted earnings per share were $0.97, or $0.94 adjusted.\n",
		want: []string{"EPS Q4 2019 = 0.97 USD", "AdjustedEPS Q4 2019 = 0.94 USD"},
	},
	{
		name: "a non-GAAP metric in apposition",
		text: "Welcome to Acme's second quarter 2020 earnings call.\nEconomic earnings, a non-GAAP metric, was $0.2 million, or $0.03 per share in the current quarter.\n",
		want: []string{"AdjustedEPS Q2 2020 = 0.03 USD"},
		none: []string{"EPS"},
	},
	{
		name: "on an adjusted non-GAAP basis, between the name and its figures",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNet income per diluted share on an adjusted non-GAAP basis was $1.70 compared to $0.23 last year.\n",
		want: []string{"AdjustedEPS Q2 2021 = 1.7 USD", "AdjustedEPS Q2 2020 = 0.23 USD"},
		none: []string{"EPS"},
	},
	{
		name: "before share-based compensation is an adjustment",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOperating profit before share-based compensation was $120 million in the quarter.\n",
		want: []string{"AdjustedOperatingIncomeLoss Q2 2021 = 120000000 USD"},
		none: []string{"OperatingIncomeLoss"},
	},
	{
		name: "figures non-GAAP unless stated: revenue keeps its name",
		text: "Welcome to Acme's second quarter 2021 earnings call. Unless otherwise noted, all figures discussed today are on a non-GAAP basis.\nRevenue was $1.2 billion and operating income was $120 million. Free cash flow was $80 million.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD", "AdjustedOperatingIncomeLoss Q2 2021 = 120000000 USD", "FreeCashFlow Q2 2021 = 80000000 USD"},
		none: []string{"AdjustedRevenue", "AdjustedFreeCashFlow"},
	},
}

// ownershipCases: class 7, which figure is the company's.
var ownershipCases = []bindCase{
	{
		name: "a figure of one store or one unit is no company total",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nThis compares to year one sales volumes of about $1.4 million for a traditional Acme store. New stores average $1.8 million in sales per store.\n",
		none: []string{"Revenue"},
	},
	{
		name: "an amount a measure was adjusted by is no level of it",
		text: "Welcome to Acme's first quarter fiscal 2021 earnings call.\nPrior year first quarter earnings per share were adjusted by a net $0.45. On slide 8, you'll find the walk from adjusted earnings per share of $3.05 for the first quarter of fiscal 2020 to $3.07 for the first quarter of this year.\n",
		want: []string{"AdjustedEPS Q1 2021 = 3.07 USD", "AdjustedEPS Q1 2020 = 3.05 USD"},
	},
	{
		name: "a figure worked toward is a target",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWe delivered record revenues of $4.3 billion. We are positioned to lead our progress toward $50 billion in revenue.\n",
		want: []string{"Revenue Q1 2021 = 4300000000 USD"},
	},
	{
		name: "a per-share amount of another noun is no earnings per share",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nDiluted earnings per share were $0.46 in the quarter.\nDiluted earnings per share for the quarter reflects lower merger expenses of $0.36 per share, higher customer usage of $0.22 per share and lower administrative costs. Net income attributable to common stockholders was $0.08 per share in the prior year quarter.\n",
		want: []string{"EPS Q4 2020 = 0.46 USD"},
	},
	{
		name: "an amount above another period's is a difference; a level named with 'of' is not",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOur second quarter adjusted earnings per share was $0.09 above our second quarter 2020 results. Highlights include total revenues of $329 million, below the prior year period.\n",
		want: []string{"Revenue Q2 2021 = 329000000 USD"},
		none: []string{"AdjustedEPS"},
	},
	{
		name: "an amount a verb of effect takes is a change, not a level",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nRate increases added $4 million of revenue. Transmission spending added $0.02 per share of first quarter net income, while higher usage contributes about $0.04 per share.\nFirst quarter earnings per share were $0.27.\n",
		want: []string{"EPS Q1 2021 = 0.27 USD"},
		none: []string{"Revenue"},
	},
	{
		name: "a part contributing its revenue states a level",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nTotal revenue was $3.1 billion, with Cloud contributing $2.4 billion of revenue.\n",
		want: []string{"Revenue Q1 2021 = 3100000000 USD", "Revenue [Cloud] Q1 2021 = 2400000000 USD"},
	},
	{
		name: "was up to a figure is a rise to it, not a ceiling",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nOur operating revenue for the quarter was up to $147.7 million from $125.6 million in the first quarter of 2020.\n",
		want: []string{"Revenue Q1 2021 = 147700000 USD", "Revenue Q1 2020 = 125600000 USD"},
	},
	{
		name: "a blocker that modifies the name ('annualized revenue', 'average weekly sales') is no company figure",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe closed 14 acquisitions with annualized revenue of approximately $115 million. Average weekly sales were approximately $26,000 in January. Revenue was $1.5 billion in the quarter.\n",
		want: []string{"Revenue Q2 2021 = 1500000000 USD"},
	},
	{
		name: "a consensus in the sentence blocks only itself",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nIn the fourth quarter, net income of $25.7 million drove earnings per share of $0.27, beating the consensus estimate of $0.23 per share.\n",
		want: []string{"EPS Q4 2020 = 0.27 USD"},
		none: []string{"EPS Q4 2020 = 0.23"},
	},
	{
		name: "a beat is a difference",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nAdjusted earnings per share of $1.52 was a beat of $0.15 above the top end of our Q2 guidance.\n",
		want: []string{"AdjustedEPS Q2 2021 = 1.52 USD"},
	},
	{
		name: "a segment's earnings per share is not the company's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOn a GAAP earnings per share basis, we reported $0.37 for the second quarter of 2021. Our Utility earnings per share was $0.28 for the second quarter of 2021. Earnings from our contracted services segment were $0.10 per share for the quarter.\n",
		want: []string{"EPS Q2 2021 = 0.37 USD"},
	},
	{
		name: "an increase, an authorisation, backlog are not revenue",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nRevenue was $1.2 billion, up $500 million. The board approved a $5.6 billion repurchase authorization. Backlog reached $3 billion.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD", "Backlog 2021-06-30 = 3000000000 USD"},
		none: []string{"ShareRepurchase"},
	},
	{
		name: "trailing twelve months and annual run rates are not the quarter's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nRevenue was $1.2 billion in the quarter and $4.5 billion on a trailing twelve-month basis. Our revenue run rate is now $5 billion.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD"},
	},
	{
		name: "the figure of the sentence that names the period outweighs effects",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nYesterday, we announced second quarter 2021 earnings of $0.80 per share.\nWeather lowered earnings by $0.05 per share, and timing of tax expense lowered earnings $0.02 per share.\n",
		want: []string{"EPS Q2 2021 = 0.8 USD"},
	},
}

// yearEndCases: balances and flows dated by the end of a year, and a
// comparative of "the same period" of another year.
var yearEndCases = []bindCase{
	{
		name: "a balance at the end of last year in a first quarter's call is that year's end",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nCash and cash equivalents were $1.025 billion, compared to $997 million at the end of 2020.\n",
		want: []string{"CashAndCashEquivalents 2021-03-31 = 1025000000 USD", "CashAndCashEquivalents 2020-12-31 = 997000000 USD"},
	},
	{
		name: "a sentence opened by the end of a year speaks of that year, though it looks ahead after the figure",
		text: "Welcome to Acme's fourth quarter 2021 call.\nAt the end of 2021, we had cash and cash equivalents of $1.2 billion, which are expected to increase further in 2022. Revenue was $500 million in the fourth quarter.\n",
		want: []string{"CashAndCashEquivalents 2021-12-31 = 1200000000 USD", "Revenue Q4 2021 = 500000000 USD"},
	},
	{
		name: "a flow dated by the end of a year is the year's",
		text: "Welcome to Acme's fourth quarter 2020 call.\nElectric segment revenues grew to $7.8 billion at the end of 2020.\n",
		want: []string{"Revenue [Electric] FY2020 = 7800000000 USD"},
	},
	{
		name: "'The year-over-year increase' and 'the year-to-date' name no year for the passage: the quarter's figure stays the quarter's",
		text: "Welcome to Acme's third quarter 2021 call.\nCorporate and other expense was $33 million. The year-over-year increase was from deal costs.\nAdjusted earnings per share of $2.33 was better than expected.\nThe year-to-date operating cash flow was $1.2 billion.\n",
		want: []string{"AdjustedEPS Q3 2021 = 2.33 USD", "NetCashFromOperating 9M 2021 = 1200000000 USD"},
	},
	{
		name: "a heading's bracketed period is the comparative: 'Key figures H1 2025 (H1 2024)' dates the list that follows H1 2025",
		text: "Alpenwerk Holding AG: Half-year results 2025\n\nKey figures H1 2025 (H1 2024)\n- Net sales: CHF 1,482.6 million (CHF 1,401.9 million), +5.8%\n- EBITDA: CHF 241.7 million (CHF 222.0 million)\n",
		want: []string{"Revenue H1 2025 = 1482600000 CHF", "Revenue H1 2024 = 1401900000 CHF", "EBITDA H1 2025 = 241700000 CHF"},
		none: []string{"Revenue H1 2023 = 1401900000 CHF"},
	},
	{
		name: "'fiscal year-to-date' is the months to date, not the fiscal year",
		text: "Welcome to Acme's third quarter fiscal 2021 call.\nRegarding cash returned to shareholders fiscal year-to-date, we paid $9.7 million in dividends.\n",
		want: []string{"DividendsPaid 9M 2021 = 9700000 USD"},
	},
	{
		name: "in a fourth quarter's call, 'The year-over-year increase' does not turn the next figure into the year's",
		text: "Welcome to Acme's fourth quarter 2021 call.\nCorporate and other expense was $33 million. The year-over-year increase was from deal costs.\nAdjusted earnings per share of $2.33 was better than expected.\n",
		want: []string{"AdjustedEPS Q4 2021 = 2.33 USD"},
	},
	{
		name: "a comparative dated by its adjective year ('a 2019 net loss') dates the revenue it was earned on",
		text: "Welcome to Acme's fourth quarter 2020 call.\nFor the fourth quarter of 2020, we reported a net loss of $25 million on revenue of $424 million.\nThis compared to a 2019 net loss of $348 million or $3.52 per share on revenue of $2 billion.\n",
		want: []string{"Revenue Q4 2020 = 424000000 USD", "NetIncomeLoss Q4 2020 = -25000000 USD", "NetIncomeLoss FY2019 = -348000000 USD", "EPS FY2019 = -3.52 USD", "Revenue FY2019 = 2000000000 USD"},
		none: []string{"Revenue Q4 2020 = 2000000000 USD"},
	},
	{
		name: "a half the passage spoke of does not date an outlook that names no period: it is the year's; one that names its half keeps it",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOverall, we expect strong second-half margins compared to the first half of the year. This yields an adjusted earnings per share guidance range of $2.55 to $2.70 and free cash flow guidance of $300 million to $330 million.\nWe expect second half revenue of $560 million to $600 million.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 2.55 USD", "AdjustedEPS FY2021 forecast-max = 2.7 USD", "FreeCashFlow FY2021 forecast-min = 300000000 USD", "Revenue H2 2021 forecast-min = 560000000 USD"},
		none: []string{"AdjustedEPS H2 2021 forecast-min = 2.55 USD", "FreeCashFlow H2 2021 forecast-min = 300000000 USD"},
	},
	{
		name: "an analyst's question supposes figures that are not the company's; a statement's mark mistyped as a question stays a statement",
		text: "Welcome to Corvane's third quarter 2025 earnings call.\nThird quarter revenue was $1.42 billion, up 7%.\nIf I take the midpoint of $4.45 and assume fourth quarter revenue of about $1.5 billion, does that imply margins near 20%? And could revenue reach $6 billion next year?\nWe ended the quarter with cash and cash equivalents of $359 million?\n",
		want: []string{"Revenue Q3 2025 = 1420000000 USD", "CashAndCashEquivalents 2025-09-30 = 359000000 USD"},
		none: []string{"Revenue Q4 2024 = 1500000000 USD", "Revenue Q4 2025 forecast = 1500000000 USD", "Revenue FY2026 forecast = 6000000000 USD"},
	},
	{
		name: "the figures of a relative clause are of the period it describes: 'finished the year with a strong fourth quarter, which included …'",
		text: "Welcome to Horton's fourth quarter 2021 call.\nThe team finished the year with a strong fourth quarter, which included a 63% increase in consolidated pre-tax income to $1.7 billion and a 27% increase in revenue to $8.1 billion.\n",
		want: []string{"Revenue Q4 2021 = 8100000000 USD", "IncomeLossBeforeIncomeTaxes Q4 2021 = 1700000000 USD"},
		none: []string{"Revenue FY2021 = 8100000000 USD"},
	},
	{
		name: "an outlook passage goes on while its sentences give its figures, asides between",
		text: "Welcome to our second quarter 2021 call.\nNow moving to our outlook for fiscal Q3.\nRevenue is expected to be in the range of $4.95 billion to $5.45 billion.\nThis estimate does not contemplate any impact related to the customer consignment change.\nAt this time, we no longer expect the change to occur within our fiscal 2021.\nNon-GAAP net income is expected to be in the range of $99.9 million to $110.4 million.\nAnd non-GAAP diluted earnings per share is expected to be in the range of $1.90 to $2.10.\n",
		want: []string{"Revenue Q3 2021 forecast-min = 4950000000 USD", "AdjustedNetIncomeLoss Q3 2021 forecast-min = 99900000 USD", "AdjustedEPS Q3 2021 forecast-min = 1.9 USD", "AdjustedEPS Q3 2021 forecast-max = 2.1 USD"},
		none: []string{"AdjustedEPS FY2021 forecast-min = 1.9 USD"},
	},
	{
		name: "what an acquisition contributes to EPS and an EPS headwind are effects, not the outlook; a range EPS 'increases between' is the outlook",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nWe now project Z-Medica to contribute between $0.21 and $0.26 of adjusted earnings per share in 2021. Currency will result in an adjusted earnings per share headwind of between $0.33 and $0.38.\nWe now expect fiscal year 2021 diluted earnings per share to increase between $8.05 and $8.25.\n",
		want: []string{"EPS FY2021 forecast-min = 8.05 USD", "EPS FY2021 forecast-max = 8.25 USD"},
		none: []string{"AdjustedEPS FY2021 forecast-min = 0.21 USD", "AdjustedEPS FY2021 forecast-max = 0.26 USD", "AdjustedEPS FY2021 forecast-min = 0.33 USD", "AdjustedEPS FY2021 forecast-max = 0.38 USD"},
	},
	{
		name: "the size of a headwind or an impact is no level of what it weighs on",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nCurrency will result in an adjusted earnings per share headwind of between $0.33 and $0.38.\nTaxes will be an impact of $12 million on net income.\n",
		none: []string{"AdjustedEPS FY2021 forecast-min = 0.33 USD", "AdjustedEPS FY2021 forecast-max = 0.38 USD", "NetIncomeLoss FY2021 forecast = 12000000 USD"},
	},
	{
		name: "'the same period' of another year is the period of the figure it is set against",
		text: "Welcome to the fourth quarter 2019 call.\nAs it relates to capital spending, we invested $122 million in 2019, compared with $151 million in the same period in 2018.\n",
		want: []string{"CapitalExpenditure FY2019 = 122000000 USD", "CapitalExpenditure FY2018 = 151000000 USD"},
	},
}

// TestClasses runs the cases of the classes of issue 13 like TestBind.
func TestClasses(t *testing.T) {
	runBindCases(t, slices.Concat(spendCases, segmentClassCases, perShareCases, basisCases, phraseCases, outlookCases, ownershipCases, clauseCases, yearEndCases, europeanCases, halfYearCallCases, sectionCases))
}

// segmentClassCases: class 2, the segments of a company Facet has not seen.
var segmentClassCases = []bindCase{
	{
		name: "a paragraph that opens with a segment and a verb of results, its figures in the next sentence, is the segment's; a remark on a segment followed by no figures sets none",
		text: "Welcome to Tessaline's second quarter 2025 earnings call.\nFlow Control sales were $642 million, up 8%.\nFree cash flow was $90 million.\n" +
			"Flow Control delivered its third consecutive quarter of growth. Display was up sequentially.\nGross margin improved 200 basis points to 37.8%.\n" +
			"Aerospace Components had another excellent quarter. Revenue grew 12% to $431 million from $385 million. Segment operating profit was $71.5 million.\n",
		want: []string{"Revenue [Flow Control] Q2 2025 = 642000000 USD", "Revenue [Aerospace Components] Q2 2025 = 431000000 USD", "Revenue [Aerospace Components] Q2 2024 = 385000000 USD",
			"OperatingIncomeLoss [Aerospace Components] Q2 2025 = 71500000 USD", "GrossMargin Q2 2025 = 0.378"},
		none: []string{"Revenue Q2 2025 = 431000000 USD", "GrossMargin [Flow Control]"},
	},
	{
		name: "a segment's name may hold a hyphen ('E-Mobility had a more difficult year.'), as a paragraph's lead",
		text: "Welcome to Voltena's fourth quarter 2025 earnings call.\nRevenue in our Grid Infrastructure segment grew 11% to EUR 2.31 billion.\n\n" +
			"E-Mobility had a more difficult year. Revenue was EUR 1.47 billion, up just 2%. Adjusted EBITDA was EUR 142 million.\n",
		want: []string{"Revenue [Grid Infrastructure] Q4 2025 = 2310000000 EUR", "Revenue [E-Mobility] Q4 2025 = 1470000000 EUR", "AdjustedEBITDA [E-Mobility] Q4 2025 = 142000000 EUR"},
		none: []string{"Revenue Q4 2025 = 1470000000 EUR", "[E]"},
	},
	{
		name: "a peer division after 'while' with its own bracketed comparative; 'Kronberg expects' names no segment",
		text: "Kronberg Maschinenbau AG: Annual Results 2024\n\nThe Machine Tools division increased revenue to EUR 1,402 million (previous year: EUR 1,330 million), while the Services division contributed EUR 782 million (previous year: EUR 721 million).\n\nFor 2025, Kronberg expects revenue of between EUR 2.25 billion and EUR 2.35 billion.\n",
		want: []string{"Revenue [Machine Tools] FY2024 = 1402000000 EUR", "Revenue [Machine Tools] FY2023 = 1330000000 EUR", "Revenue [Services] FY2024 = 782000000 EUR", "Revenue [Services] FY2023 = 721000000 EUR", "Revenue FY2025 forecast-min = 2250000000 EUR", "Revenue FY2025 forecast-max = 2350000000 EUR"},
		none: []string{"[Kronberg"},
	},
	{
		name: "segments listed clause by clause, the last after '; and'; the next sentence, opened by its period, is the company's",
		text: "Welcome to Pinecrest's third quarter 2025 earnings call.\nTotal revenue for the third quarter was $2.04 billion. Diagnostics revenue was $1.12 billion, up 11%; Devices revenue was $655 million, up 8%; and Digital Health revenue was $265 million, up 5%.\nYear-to-date, revenue totaled $5.91 billion.\n",
		want: []string{"Revenue Q3 2025 = 2040000000 USD", "Revenue [Diagnostics] Q3 2025 = 1120000000 USD", "Revenue [Devices] Q3 2025 = 655000000 USD", "Revenue [Digital Health] Q3 2025 = 265000000 USD", "Revenue 9M 2025 = 5910000000 USD"},
	},
	{
		name: "a peer that 'reported net sales' beside a division is a segment, though a company writes so of itself; the company's own name, written throughout, is none",
		text: "Alpenwerk Holding AG: Half-year results 2025\n\nThe Building Technology division increased net sales to CHF 812.3 million (CHF 771.5 million); its EBIT margin rose to 13.2%. Industrial Solutions reported net sales of CHF 455.9 million (CHF 431.0 million). Net sales of the Services division reached CHF 214.4 million.\nFor the first half of 2025, Alpenwerk reported net sales of CHF 1,482.6 million. Alpenwerk expects growth. Alpenwerk thanks its staff.\n",
		want: []string{"Revenue [Industrial Solutions] H1 2025 = 455900000 CHF", "Revenue [Industrial Solutions] H1 2024 = 431000000 CHF", "Revenue H1 2025 = 1482600000 CHF"},
		none: []string{"[Alpenwerk"},
	},
	{
		name: "a cash flow or a figure per share after a segment's passage is the company's, and so is what follows it",
		text: "Welcome to Harwick's fourth quarter 2025 earnings call.\nTurning to our segments. Flow Control sales were $398 million, up 3%. Sales in our Sensors & Electronics segment were $270 million, up 5%. Free cash flow for the year was $512 million, and we repurchased $150 million of shares in the fourth quarter. Backlog at year end was $3.1 billion.\n",
		want: []string{"Revenue [Flow Control] Q4 2025 = 398000000 USD", "Revenue [Sensors & Electronics] Q4 2025 = 270000000 USD", "FreeCashFlow FY2025 = 512000000 USD", "Backlog 2025-12-31 = 3100000000 USD"},
		none: []string{"Backlog [Sensors & Electronics] 2025-12-31 = 3100000000 USD"},
	},
	{
		name: "after a sentence of two segments' figures, a bare figure is the company's",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nTotal company net sales of $338 million were up 16%. Industrial Division net sales of $219 million were up 12%, Agricultural Division net sales of $119 million were up 25%.\nOperating income of $30 million was down 3%.\n",
		want: []string{"Revenue [Industrial] Q3 2021 = 219000000 USD", "Revenue [Agricultural] Q3 2021 = 119000000 USD", "OperatingIncomeLoss Q3 2021 = 30000000 USD"},
	},
	{
		name: "a segment that contributed revenue, its peer after 'while' with the same period, and the board's outlook the company's",
		text: "Brenner Logistik AG - Quarterly Statement Q3/2025\n\nConsolidated net profit after nine months stood at EUR 28.4 million.\nThe Contract Logistics division contributed revenue of EUR 188.0 million in the third quarter, while Freight Forwarding generated EUR 130.4 million.\nThe Executive Board confirms its forecast for the 2025 financial year: revenue of EUR 1.22 to 1.26 billion.\n",
		want: []string{"NetIncomeLoss 9M 2025 = 28400000 EUR", "Revenue [Contract Logistics] Q3 2025 = 188000000 EUR", "Revenue [Freight Forwarding] Q3 2025 = 130400000 EUR", "Revenue FY2025 forecast-min = 1220000000 EUR", "Revenue FY2025 forecast-max = 1260000000 EUR"},
	},
	{
		name: "a subsidiary that contributed net income gives no figure of the company's",
		text: "Welcome to Loews's third quarter 2021 earnings call.\nNet income was $220 million. Boardwalk segment results were strong. Boardwalk contributed net income of $38 million.\n",
		want: []string{"NetIncomeLoss Q3 2021 = 220000000 USD"},
		none: []string{"= 38000000 USD"},
	},
	{
		name: "names that head lines with a colon before their own measures are segments; one such line alone is not",
		text: "Helvetia Precision Group reports 2024 results\n\nNet sales were CHF 2.84 billion in 2024.\nDivision overview\nMedical Devices: sales CHF 1.21 billion (+7.9%), EBIT margin 18.2%\nAerospace: sales CHF 610 million (+6.3%), EBIT margin 12.0%\n",
		want: []string{"Revenue FY2024 = 2840000000 CHF", "Revenue [Medical Devices] FY2024 = 1210000000 CHF", "OperatingMargin [Medical Devices] FY2024 = 0.182", "Revenue [Aerospace] FY2024 = 610000000 CHF", "OperatingMargin [Aerospace] FY2024 = 0.12"},
	},
	{
		name: "one line headed by a label with a colon names no segment",
		text: "Acme reports 2024 results\n\nHighlights: sales CHF 2.84 billion, EBIT margin 14.5%\n",
		want: []string{"Revenue FY2024 = 2840000000 CHF", "OperatingMargin FY2024 = 0.145"},
	},
	{
		name: "an outlook right after a sentence of a segment's actuals is the company's",
		text: "Welcome to Kestrel's second quarter 2025 earnings call.\nServices revenue was $147.5 million, flat year over year. For the third quarter, we expect revenue between $860 million and $875 million.\n",
		want: []string{"Revenue [Services] Q2 2025 = 147500000 USD", "Revenue Q3 2025 forecast-min = 860000000 USD", "Revenue Q3 2025 forecast-max = 875000000 USD"},
		none: []string{"[Services] Q3"},
	},
	{
		name: "'the segment' in the sentence after one named in passing is that segment; 'our segments' is none",
		text: "Welcome to Corvane's fourth quarter 2024 earnings call.\nIn Specialty Materials, revenue declined 3% to $301 million, as destocking continued. Operating margin for the segment was 14.2%.\nGrowth in our segments yielded sales of $1.42 billion.\n",
		want: []string{"Revenue [Specialty Materials] Q4 2024 = 301000000 USD", "OperatingMargin [Specialty Materials] Q4 2024 = 0.142"},
		none: []string{"= 1420000000 USD"},
	},
	{
		name: "a Hong Kong announcement: its title's year end, IFRS words, a segment in lower case, the minority's share no fact",
		text: "ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED 31 MARCH 2025\n\nProfit attributable to owners of the Company amounted to HK$1,234.5 million (2024: HK$1,098.3 million). Profit attributable to non-controlling interests was HK$45.0 million.\n\nThe hotels segment recorded revenue of HK$3,880.2 million, compared with HK$3,401.9 million in the previous year.\n\nAs at 31 March 2025, cash and bank balances amounted to HK$6,780.0 million.\n",
		want: []string{"NetIncomeLossAttributableToParent FY2025 = 1234500000 HKD", "NetIncomeLossAttributableToParent FY2024 = 1098300000 HKD", "Revenue [Hotels] FY2025 = 3880200000 HKD", "Revenue [Hotels] FY2024 = 3401900000 HKD", "CashAndCashEquivalents 2025-03-31 = 6780000000 HKD"},
		none: []string{"= 45000000 HKD", "= -45000000 HKD", "[Hotels Segment Recorded]", "[Hotels Segment]"},
	},
	{
		name: "a verb or an adverb ends a segment's name written in lower case",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nRevenue was $2.1 billion. The historically profitable segment posted revenue of $400 million. The bank collected revenue of $12 million in the second quarter.\n",
		want: []string{"Revenue Q3 2021 = 2100000000 USD", "Revenue Q2 2021 = 12000000 USD"},
		none: []string{"[historically", "[Historically", "[bank", "[Bank"},
	},
	{
		name: "'its' right after a sentence about a division is the division's; after the company's, the company's",
		text: "Alpina Holding AG: Half-Year Report 2025\n\nThe Building Solutions division grew net sales by 7.2% to CHF 1,104.9 million. Its EBITDA reached CHF 268.3 million.\n\nAlpina grew net sales to CHF 1,842.6 million. Its EBITDA reached CHF 402.1 million.\n",
		want: []string{"Revenue [Building Solutions] H1 2025 = 1104900000 CHF", "EBITDA [Building Solutions] H1 2025 = 268300000 CHF", "Revenue H1 2025 = 1842600000 CHF", "EBITDA H1 2025 = 402100000 CHF"},
	},
	{
		name: "words that judge, size or date a figure name no segment",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nDouble-digit revenue growth continued. Companywide revenues were $1.5 billion. Significant orders of $570 million came in. After beginning operations, the mill's EBITDA was $200 million. Turning to our financial results. Operating income was $98 million.\n",
		want: []string{"Revenue Q3 2021 = 1500000000 USD", "OrderIntake Q3 2021 = 570000000 USD", "OperatingIncomeLoss Q3 2021 = 98000000 USD"},
		none: []string{"[Double", "[Companywide", "[Significant", "[After", "[Financial"},
	},
	{
		name: "an outlook right after a segment's opener stays the segment's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nTurning now to Marine Systems on slide 7. Net sales climbed 11% to $912 million in the quarter. For the third quarter, we expect net sales of about $950 million.\n",
		want: []string{"Revenue [Marine Systems] Q2 2021 = 912000000 USD", "Revenue [Marine Systems] Q3 2021 forecast = 950000000 USD"},
	},
	{
		name: "an outlook well after a segment's passage opened is the company's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nTurning to our Industrial segment. Its sales grew 20%. Orders were strong. Margins expanded. Backlog is at a record.\nFor the third quarter, we expect sales to be approximately $3.7 billion.\n",
		want: []string{"Revenue Q3 2021 forecast = 3700000000 USD"},
	},
	{
		name: "turning to the company's results closes a segment's passage",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nOur Performance Solutions segment is launching 34 programs expected to yield annualized revenues of $200 million.\nTurning to Page 5.\nLet's take a look at an overview of our third quarter results.\nRevenue was $4.3 billion, up 2% year-over-year.\n",
		want: []string{"Revenue Q3 2021 = 4300000000 USD"},
	},
	{
		name: "a segment named in passing opens no passage",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWith me today is Tom, who runs our Packaging business, and Bob, our Chief Financial Officer.\nFirst quarter net sales were $1.8 billion in 2021 and $1.7 billion in 2020.\n",
		want: []string{"Revenue Q1 2021 = 1800000000 USD", "Revenue Q1 2020 = 1700000000 USD"},
		none: []string{"Revenue [Packaging]"},
	},
	{
		name: "a sentence that ends on a segment opens its passage",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nNow let's move to slide five, where I'll provide an overview of the performance of our Exchange segment.\nThird quarter net revenues totaled $959 million, an increase of 16% year-over-year.\n",
		want: []string{"Revenue [Exchange] Q3 2021 = 959000000 USD"},
	},
	{
		name: "a segment in the subject after a short opening phrase opens its passage",
		text: "Acme reports its third quarter 2025.\n\nDefying the market trend, revenue in the Infrastructure segment rose to EUR 453.5 million in the first nine months. Segment earnings amounted to EUR 48.8 million.\n",
		want: []string{"Revenue [Infrastructure] 9M 2025 = 453500000 EUR"},
	},
	{
		name: "a lone word in -ing, -ed or -ly before a measure ('our improving revenue growth') names no segment",
		text: "Welcome to Acme's third quarter 2020 earnings call.\nAs a result of our improving revenue growth and profitability, we achieved adjusted earnings per share of $1.42 for the third quarter.\n",
		want: []string{"AdjustedEPS Q3 2020 = 1.42 USD"},
	},
	{
		name: "a name in camel case that the text repeats ('SendTech') is a segment's, not words run together",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nRevenue was $899 million and grew 6% over prior year. Within SendTech, revenue was $346 million and grew 6%. SendTech is our mailing business.\n",
		want: []string{"Revenue Q2 2021 = 899000000 USD", "Revenue [SendTech] Q2 2021 = 346000000 USD"},
	},
	{
		name: "a topic word inside a capitalised name ('Performance Materials') does not unmake it",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nWe delivered sales of $477 million. Fourth-quarter sales for Performance Materials were $256.2 million, 17% higher than the prior year. Our performance was strong.\n",
		want: []string{"Revenue Q4 2021 = 477000000 USD", "Revenue [Performance Materials] Q4 2021 = 256200000 USD"},
	},
	{
		name: "a segment word before another noun ('retail unit demand') and 'comp sales' name no segment",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe anticipate the US marine industry retail unit demand to grow high single-digit percent versus 2020; net sales of between $5.65 billion and $5.75 billion. We expect a comp sales decline of 1% to 2% with earnings per share in the range of $2.25 to $2.35.\n",
		want: []string{"Revenue FY2021 forecast-min = 5650000000 USD", "Revenue FY2021 forecast-max = 5750000000 USD", "EPS FY2021 forecast-min = 2.25 USD", "EPS FY2021 forecast-max = 2.35 USD"},
	},
	{
		name: "a call handed to another speaker ends the segment's passage",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nTurning now to Marine Systems on slide 7. Net sales climbed 11% to $912 million in the quarter. Now I'd like to pass the call to Mary to review the financial highlights of the second quarter. In the second quarter, revenue was $1.534 billion, above our outlook.\n",
		want: []string{"Revenue [Marine Systems] Q2 2021 = 912000000 USD", "Revenue Q2 2021 = 1534000000 USD"},
	},
	{
		name: "an opener keeps its segment for the figures of its passage",
		text: "Welcome to Halvard's second quarter 2021 earnings call.\nTurning now to Marine Systems on slide 7. Net sales climbed 11% to $912 million in the quarter. Operating profit was $104 million, an 11.4% operating margin for the segment.\n",
		want: []string{"Revenue [Marine Systems] Q2 2021 = 912000000 USD", "OperatingIncomeLoss [Marine Systems] Q2 2021 = 104000000 USD", "OperatingMargin [Marine Systems] Q2 2021 = 0.114"},
		none: []string{"Revenue Q2 2021", "OperatingIncomeLoss Q2 2021"},
	},
	{
		name: "revenue from the X business, in lower case, two segments",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nRevenue from the payments and lending business rose to RMB 3,204.6 million, while revenue from the wealth management business was RMB 811.2 million.\n",
		want: []string{"Revenue [Payments and lending] Q2 2021 = 3204600000 CNY", "Revenue [Wealth management] Q2 2021 = 811200000 CNY"},
		none: []string{"Revenue Q2 2021"},
	},
	{
		name: "consolidated before a segment passage stays the company's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nConsolidated net sales were $1.05 billion. Let me now cover the Specialty Coatings business. Second quarter net sales there reached a record $412 million.\n",
		want: []string{"Revenue Q2 2021 = 1050000000 USD", "Revenue [Specialty Coatings] Q2 2021 = 412000000 USD"},
	},
	{
		name: "an enumeration of reporting segments",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe report three segments, Marine, Industrial and Energy. Industrial revenue was $300 million. Energy revenue was $200 million.\n",
		want: []string{"Revenue [Industrial] Q2 2021 = 300000000 USD", "Revenue [Energy] Q2 2021 = 200000000 USD"},
		none: []string{"Revenue Q2 2021"},
	},
	{
		name: "a negated name is another segment",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nBranded revenue was $300 million. Non-Branded revenue was $120 million.\n",
		want: []string{"Revenue [Branded] Q2 2021 = 300000000 USD"},
		none: []string{"Revenue [Branded] Q2 2021 = 120000000"},
	},
	{
		name: "In X, figures: a one-sentence statement of a geography",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nIn China, sales were $120 million. First quarter sales of $769 million increased 21%.\n",
		want: []string{"Revenue [China] Q1 2021 = 120000000 USD", "Revenue Q1 2021 = 769000000 USD"},
	},
	{
		name: "the company's own name or initials are no segment",
		text: "Welcome to American Axle & Manufacturing's third quarter 2021 earnings call.\nAAM sales for the third quarter of 2021 were $1.21 billion, down 14% compared to $1.41 billion in the third quarter of 2020.\n",
		want: []string{"Revenue Q3 2021 = 1210000000 USD", "Revenue Q3 2020 = 1410000000 USD"},
	},
	{
		name: "a topic that is no segment ends the passage",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nTurning to Marine Systems. Revenue was $912 million in the quarter. Turning to the balance sheet. We ended the quarter with cash of $1.2 billion. Revenue for the company was $2.1 billion.\n",
		want: []string{"Revenue [Marine Systems] Q2 2021 = 912000000 USD", "Revenue Q2 2021 = 2100000000 USD"},
	},
}

// phraseCases: class 5, periods in a phrase.
var phraseCases = []bindCase{
	{
		name: "a quarter named with the measure, a fiscal year with the figures: that quarter of that year",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nFirst quarter sales are expected to increase from $160 million in fiscal 2020 to a range of $220 million to $240 million in fiscal 2021.\n",
		want: []string{"Revenue Q1 2021 forecast-min = 220000000 USD", "Revenue Q1 2021 forecast-max = 240000000 USD"},
	},
	{
		name: "a bare figure beside one that names the passage's period is the document's own",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nLet me turn to the first half of the year.\nThe growth in revenue resulted in record non-GAAP earnings per share of $1.70, which was up 65% year-on-year, and $3.20 year-to-date.\n",
		want: []string{"AdjustedEPS Q2 2021 = 1.7 USD", "AdjustedEPS H1 2021 = 3.2 USD"},
	},
	{
		name: "a measure defined by leaving items out is no further adjustment; the year ago period is last year's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nAdjusted diluted EPS, excluding non-operational items and amortization expense was $1.18 per share compared with $0.96 per share in the year ago period, which was primarily driven by lower costs.\n",
		want: []string{"AdjustedEPS Q2 2021 = 1.18 USD", "AdjustedEPS Q2 2020 = 0.96 USD"},
	},
	{
		name: "a possessive year's quarter; operating earnings per common share are adjusted",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nDiluted net operating earnings per common share were $3.45 for the recent quarter, up from $3.41 in 2021's first quarter and up from $1.76 in the second quarter of 2020.\n",
		want: []string{"AdjustedEPS Q2 2021 = 3.45 USD", "AdjustedEPS Q1 2021 = 3.41 USD", "AdjustedEPS Q2 2020 = 1.76 USD"},
	},
	{
		name: "looking back on a year opens a passage about it",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nFourth quarter sales were $2.426 billion. Our team is strong. We thank them.\nNow, if we just look back on 2020, our team performed incredibly well.\nSales reached a record $8.6 billion, growing 5% in U.S. dollars.\n",
		want: []string{"Revenue Q4 2020 = 2426000000 USD", "Revenue FY2020 = 8600000000 USD"},
	},
	{
		name: "a figure compared with one of a named year is that year's successor",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nOur teams executed well. They did so across the company. Our customers stayed with us. We thank them all.\nNet operating income per diluted common share was $14.11, compared with $10.02 in 2020, up 41%. GAAP earnings per share of $6.65 increased $0.98 from $5.67 in 2020.\n",
		want: []string{"AdjustedEPS FY2021 = 14.11 USD", "AdjustedEPS FY2020 = 10.02 USD", "EPS FY2021 = 6.65 USD", "EPS FY2020 = 5.67 USD"},
	},
	{
		name: "in a passage about the quarter, a year loosely named for last year's quarter stays the quarter's",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nTurning to the fourth quarter results. On the bottom line, adjusted earnings per share was $2.46, down 12% compared to $2.81 in 2019.\n",
		want: []string{"AdjustedEPS Q4 2020 = 2.46 USD"},
	},
	{
		name: "a comparative's period does not carry to the next sentence",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWhile sales were down 22% from Q3 of last year, our actions generated net income of $19.7 million, down about 10% from the same period of the prior year. This resulted in earnings per share of $0.76 per diluted share, or $0.80 on an adjusted basis.\n",
		want: []string{"EPS Q3 2021 = 0.76 USD", "AdjustedEPS Q3 2021 = 0.8 USD"},
	},
	{
		name: "the date of an event told in passing sets no passage's period",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nGAAP earnings per share increased 15% to $2.63 this quarter versus $2.29 in the prior year. Again, this improvement is a result of the impairment charge we recorded in the fourth quarter of 2020. Adjusted diluted earnings per share remained flat year-over-year at $2.88.\n",
		want: []string{"EPS Q4 2021 = 2.63 USD", "EPS Q4 2020 = 2.29 USD", "AdjustedEPS Q4 2021 = 2.88 USD"},
	},
	{
		name: "a figure level with a period compared with is today's",
		text: "Welcome to Acme's fourth quarter 2019 earnings call.\nFor the fourth quarter of 2019, adjusted loss per diluted share was in line with the fourth quarter of 2018 at $0.45, and net sales were in line with the prior-year period at $1 billion.\n",
		want: []string{"AdjustedEPS Q4 2019 = -0.45 USD", "Revenue Q4 2019 = 1000000000 USD"},
	},
	{
		name: "a year after 'our' or 'the' before a measure or an outlook dates it ('our 2020 consolidated revenue')",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nCompared to 2019, our 2020 consolidated revenue declined 11% to $1.8 billion. We repaid the 2022 notes.\n",
		want: []string{"Revenue FY2020 = 1800000000 USD"},
		none: []string{"Revenue Q4 2020"},
	},
	{
		name: "the current year quarter is the document's quarter",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNon-GAAP earnings per share was $0.82 per diluted share in the current year quarter versus $0.52 in last year's second quarter.\n",
		want: []string{"AdjustedEPS Q2 2021 = 0.82 USD", "AdjustedEPS Q2 2020 = 0.52 USD"},
		none: []string{"AdjustedEPS FY2021"},
	},
	{
		name: "a quarter before the name and a year after each figure make the quarter of that year",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nSecond quarter net sales were $1.9 billion in 2021 and $1.5 billion in 2020.\n",
		want: []string{"Revenue Q2 2021 = 1900000000 USD", "Revenue Q2 2020 = 1500000000 USD"},
		none: []string{"Revenue FY2021", "Revenue FY2020"},
	},
	{
		name: "YTD Q3 is nine months; Q3/2024 and 9M/2024",
		text: "Acme reports its third quarter 2024 results.\nRevenue in Q3/2024 was EUR 120.0 million. Revenue YTD Q3 2024 was EUR 350.0 million, against EUR 330.0 million in 9M/2023.\n",
		want: []string{"Revenue Q3 2024 = 120000000 EUR", "Revenue 9M 2024 = 350000000 EUR", "Revenue 9M 2023 = 330000000 EUR"},
	},
	{
		name: "9 months, 6 months, nine-month",
		text: "Acme reports its third quarter 2025 results.\nRevenue for the 9 months 2025 was EUR 900.0 million. The nine-month EBIT was EUR 90.0 million. In the 6 months 2025, revenue was EUR 600.0 million.\n",
		want: []string{"Revenue 9M 2025 = 900000000 EUR", "OperatingIncomeLoss 9M 2025 = 90000000 EUR", "Revenue H1 2025 = 600000000 EUR"},
	},
	{
		name: "Q3 FY '21 and the quarter of the prior year",
		fye:  time.September,
		text: "Welcome to Acme's third quarter fiscal 2021 earnings call.\nRevenue in Q3 FY '21 was $2.1 billion, compared with $1.9 billion in the third quarter of the prior year.\n",
		want: []string{"Revenue Q3 FY2021 = 2100000000 USD", "Revenue Q3 FY2020 = 1900000000 USD"},
	},
	{
		name: "the second quarter last fiscal year, a year earlier",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nRevenue was $1.2 billion, up from $1.0 billion in the second quarter last fiscal year. Net income was $80 million, against $60 million a year earlier.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD", "Revenue Q2 2020 = 1000000000 USD", "NetIncomeLoss Q2 2021 = 80000000 USD", "NetIncomeLoss Q2 2020 = 60000000 USD"},
	},
	{
		name: "this year's second quarter and the fiscal 2021 second quarter are the document's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nThis year's second quarter revenue was $1.2 billion. In the fiscal 2021 second quarter, net income was $80 million.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD", "NetIncomeLoss Q2 2021 = 80000000 USD"},
	},
	{
		name: "the Nth quarter in a row is no period",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nFor the third quarter in a row, revenue grew, reaching $1.2 billion.\n",
		want: []string{"Revenue Q2 2021 = 1200000000 USD"},
		none: []string{"Revenue Q3 2021", "Revenue Q3 2020"},
	},
	{
		name: "a quarter's number before 'to' is no figure",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nNon-GAAP operating income increased 8% year-over-year in Q4 to $1.133 billion.\n",
		want: []string{"AdjustedOperatingIncomeLoss Q4 2020 = 1133000000 USD"},
	},
	{
		name: "footnote markers change nothing",
		text: "Acme reports its first half 2025.\nRevenue¹ rose to EUR 4.2 million (H1 2024(1): EUR 3.9 million). EBITDA [7] was EUR 0.8 million*.\n",
		want: []string{"Revenue H1 2025 = 4200000 EUR", "Revenue H1 2024 = 3900000 EUR", "EBITDA H1 2025 = 800000 EUR"},
	},
}

// outlookCases: class 6, guidance.
var outlookCases = []bindCase{
	{
		name: "a lead-in that ends its paragraph with a colon after another sentence dates the bullets below; a release's safe harbour naming 'Annual Report on Form 10-K' leaves it a release",
		fye:  time.January,
		file: "pinecrest-q3.html",
		text: "<html><body><h1>Pinecrest Reports Third Quarter Fiscal 2025 Results</h1><p>Net sales for the third quarter of fiscal 2025 were $1.1 billion.</p><h2>Outlook</h2>" +
			"<p>Fiscal 2025 is a 52-week year. For the fourth quarter of fiscal 2025, the Company expects:</p><ul><li>Net sales of $1.46 billion to $1.50 billion;</li><li>Diluted earnings per share of $2.77 to $2.97.</li></ul>" +
			"<p>For the full fiscal year 2025, the Company now expects:</p><ul><li>Diluted earnings per share of $6.21 to $6.41.</li></ul>" +
			"<p>Risks are described in the Company's Annual Report on Form 10-K for the fiscal year ended February 1, 2025.</p></body></html>",
		want: []string{"Revenue Q4 FY2025 forecast-min = 1460000000 USD", "EPS Q4 FY2025 forecast-max = 2.97 USD", "EPS FY2025 forecast-min = 6.21 USD"},
		none: []string{"Revenue FY2025 forecast-min", "EPS FY2025 forecast-max = 2.97 USD"},
	},
	{
		name: "the grounds an outlook stands on ('Based on the strong first half') are not its period; the year it names holds for the sentences after it",
		text: "# Lindeborg Industrial N.V. Half-Year Report 2025\n\nRevenue in the first half of 2025 was EUR 1,262.0 million.\n\n## Outlook\n\nBased on the strong first half, Lindeborg now expects full-year 2025 revenue of EUR 2.55-2.65 billion. The EBITDA margin is expected to be in the range of 17.5% to 18.5%. After a solid first half, capital expenditure is expected to be around EUR 130 million.\n",
		want: []string{"Revenue FY2025 forecast-min = 2550000000 EUR", "EBITDAMargin FY2025 forecast-min = 0.175", "EBITDAMargin FY2025 forecast-max = 0.185", "CapitalExpenditure FY2025 forecast = 130000000 EUR"},
		none: []string{"EBITDAMargin FY2026 forecast-min", "EBITDAMargin FY2026 forecast-max", "CapitalExpenditure H1 2026 forecast", "CapitalExpenditure FY2026 forecast"},
	},
	{
		name: "a period after 'after' inside a clause, not its opening, or right after it ('After nine months, revenue totalled'), still dates the figure",
		text: "Acme AG: Quarterly Statement Q3 2025\n\nRevenue in the third quarter of 2025 was EUR 381.9 million. Revenue after the first half of 2025 stood at EUR 812.0 million.\n\nAfter nine months, Group revenue totalled EUR 1,121.6 million (previous year: EUR 1,052.3 million).\n",
		want: []string{"Revenue H1 2025 = 812000000 EUR", "Revenue 9M 2025 = 1121600000 EUR", "Revenue 9M 2024 = 1052300000 EUR"},
	},
	{
		name: "a heading without figures sets the outlook's period",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nTurning to our third quarter guidance. We expect revenue of $1.2 billion to $1.3 billion. Adjusted EPS is expected to be $0.50 to $0.55.\n",
		want: []string{"Revenue Q3 2021 forecast-min = 1200000000 USD", "Revenue Q3 2021 forecast-max = 1300000000 USD", "AdjustedEPS Q3 2021 forecast-min = 0.5 USD", "AdjustedEPS Q3 2021 forecast-max = 0.55 USD"},
	},
	{
		name: "we estimate; a revenue range for the next quarter",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOur revenue range for the next quarter is $265 million to $285 million. For net sales in fiscal 2021, we estimate $5.8 billion to $6 billion.\n",
		want: []string{"Revenue Q3 2021 forecast-min = 265000000 USD", "Revenue Q3 2021 forecast-max = 285000000 USD", "Revenue FY2021 forecast-min = 5800000000 USD", "Revenue FY2021 forecast-max = 6000000000 USD"},
	},
	{
		name: "the results' quarter in an outlook's lead-in sets no outlook period",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWith our better-than-expected first quarter results, we are raising our previously issued guidance for 2021.\nWe now expect sales in the range of $1.015 billion to $1.05 billion compared to net sales of $1.12 billion in 2019.\n",
		want: []string{"Revenue FY2021 forecast-min = 1015000000 USD", "Revenue FY2021 forecast-max = 1050000000 USD"},
	},
	{
		name: "a lead-in carries to the bullets below it",
		text: "Acme reports its first half 2025.\n\nOur outlook for the year is confirmed:\n\n- Revenue of EUR 2.1 - EUR 2.4 billion\n- EBITDA of EUR 210 million to EUR 240 million\n",
		want: []string{"Revenue FY2025 forecast-min = 2100000000 EUR", "Revenue FY2025 forecast-max = 2400000000 EUR", "EBITDA FY2025 forecast-min = 210000000 EUR", "EBITDA FY2025 forecast-max = 240000000 EUR"},
	},
	{
		name: "range from A to B; a loss range keeps min below max",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nFor 2022, we expect adjusted EPS to range from $4.10 to $4.25, and a net loss of $10 million to $20 million.\n",
		want: []string{"AdjustedEPS FY2022 forecast-min = 4.1 USD", "AdjustedEPS FY2022 forecast-max = 4.25 USD", "NetIncomeLoss FY2022 forecast-min = -20000000 USD", "NetIncomeLoss FY2022 forecast-max = -10000000 USD"},
	},
	{
		name: "superseded guidance is not the current one",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe now expect full year revenue of $5.2 billion to $5.3 billion, compared to our initial guidance range of $4.9 billion to $5.0 billion.\n",
		want: []string{"Revenue FY2021 forecast-min = 5200000000 USD", "Revenue FY2021 forecast-max = 5300000000 USD"},
	},
	{
		name: "an initial outlook named far before its figures is superseded, however it is introduced",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nOur full year 2021 adjusted earnings per diluted share are now estimated to be in the range of $18.20 to $18.50. The revised guidance compares to our initial 2021 guidance of adjusted earnings per diluted share of $17 to $17.50.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 18.2 USD", "AdjustedEPS FY2021 forecast-max = 18.5 USD"},
	},
	{
		name: "the results' half named in an outlook's lead-in sets no outlook period",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe are raising our net sales guidance, reflecting strong first half sales performance and outlook for the remainder of the year. For net sales, we estimate $5.4 billion to $5.5 billion.\n",
		want: []string{"Revenue FY2021 forecast-min = 5400000000 USD", "Revenue FY2021 forecast-max = 5500000000 USD"},
	},
	{
		name: "a later quarter of the year named before an outlook is the outlook's",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nThird quarter revenues were $869 million.\nResults also for the fourth quarter look promising. We guide to a sales range between $805 million and $845 million.\n",
		want: []string{"Revenue Q3 2021 = 869000000 USD", "Revenue Q4 2021 forecast-min = 805000000 USD", "Revenue Q4 2021 forecast-max = 845000000 USD"},
	},
	{
		name: "quarters listed in an outlook's lead-in leave its year to set the period",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWe expect the fourth quarter to be seasonally lower.\nTaking into consideration this market backdrop combined with our solid performance in the first three quarters we are narrowing our full year revenue and earnings per share guidance. We expect sales of $7.9 billion to $8.05 billion and adjusted earnings per share to be between $4.20 and $4.30 per share.\n",
		want: []string{"Revenue FY2021 forecast-min = 7900000000 USD", "Revenue FY2021 forecast-max = 8050000000 USD", "AdjustedEPS FY2021 forecast-min = 4.2 USD", "AdjustedEPS FY2021 forecast-max = 4.3 USD"},
	},
	{
		name: "a figure's own name after an old outlook's word starts a new phrase",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nWe now expect organic revenue growth at the high end of our original guidance and higher adjusted earnings per share of $2.10 to $2.30.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 2.1 USD", "AdjustedEPS FY2021 forecast-max = 2.3 USD"},
	},
	{
		name: "a part named in another clause does not make the company's earnings per share a part's",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nPreneed cemetery sales grew 10% in the quarter.\nPrimarily, from this preneed cemetery sales production guidance increase, we are adjusting our annual earnings per share guidance to $2.70 to $3.\n",
		want: []string{"EPS FY2021 forecast-min = 2.7 USD", "EPS FY2021 forecast-max = 3 USD"},
	},
	{
		name: "a period an outlook word names carries to the outlook's next sentences; one compared with in the past does not",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nThis guidance assumes current exchange rates for the rest of the year.\nNow let's turn to the second quarter guidance, assuming FX rates remain constant through the end of the quarter, second quarter revenue is expected to be between $3,225 million and $3,300 million, which represents reported growth of 27.9% to 30.9%.\nAdjusted EBITDA is expected to be between $690 million and $715 million, which represents reported growth of 42.9% to 48%.\nAnd finally, adjusted diluted earnings per share is expected to be between $2 and $2.10.\n",
		want: []string{"Revenue Q2 2021 forecast-min = 3225000000 USD", "AdjustedEBITDA Q2 2021 forecast-min = 690000000 USD", "AdjustedEPS Q2 2021 forecast-min = 2 USD", "AdjustedEPS Q2 2021 forecast-max = 2.1 USD"},
	},
	{
		name: "a year an outlook word names, compared with in the past, is the year closed",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nOur $4.2 billion of free cash flow was consistent with our full year guidance.\n",
		want: []string{"FreeCashFlow FY2021 = 4200000000 USD"},
	},
	{
		name: "an outlook per share that names nothing else is one of earnings per share",
		text: "Welcome to Acme's third quarter fiscal 2020 earnings call.\nLooking forward to fiscal '21 we are expecting a material increase in earnings per share when compared to fiscal '20.\nWe are initiating preliminary guidance in the range of $3.40 to $3.70 per share, an increase of nearly 27% at the midpoint.\n",
		want: []string{"EPS FY2021 forecast-min = 3.4 USD", "EPS FY2021 forecast-max = 3.7 USD"},
	},
	{
		name: "an outlook revised from one list of ranges to another takes the later",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWe are raising our full year 2021 guidance ranges for GAAP earnings per share of between $5.89 and $6.39 and adjusted earnings per share of between $6 and $6.50 to GAAP earnings per share of between $6.39 and $6.64 and adjusted earnings per share of between $6.50 and $6.75.\n",
		want: []string{"EPS FY2021 forecast-min = 6.39 USD", "EPS FY2021 forecast-max = 6.64 USD", "AdjustedEPS FY2021 forecast-min = 6.5 USD", "AdjustedEPS FY2021 forecast-max = 6.75 USD"},
	},
	{
		name: "a new range stated first, the old one after 'from', stays the new",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe are raising our full-year revenue guidance to between $880 million and $910 million, increased from prior guidance of $850 million to $890 million.\n",
		want: []string{"Revenue FY2021 forecast-min = 880000000 USD", "Revenue FY2021 forecast-max = 910000000 USD"},
	},
	{
		name: "a year an outlook word follows sets the outlook's period",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nIn the second half of the year, we anticipate an improved price cost dynamic. Based on this outlook, our 2022 guidance is as follows.\nNet sales are approximately $2 billion to $2.2 billion.\n",
		want: []string{"Revenue FY2022 forecast-min = 2000000000 USD", "Revenue FY2022 forecast-max = 2200000000 USD"},
	},
	{
		name: "both ends of a previous range are superseded",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe expect full-year adjusted earnings per share to be in the range of $32.60 to $32.90. This compares to previous guidance of adjusted earnings per share in the range of $31.45 to $31.90.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 32.6 USD", "AdjustedEPS FY2021 forecast-max = 32.9 USD"},
	},
	{
		name: "sales in local currency name no segment, and take no outlook from the company",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nLocal currency sales grew 23% for the six months.\nWith respect to the third quarter, we would expect local currency sales growth to be in the range of 11% to 13% and expect adjusted earnings per share to be in a range of $8.12 to $8.27.\n",
		want: []string{"AdjustedEPS Q3 2021 forecast-min = 8.12 USD", "AdjustedEPS Q3 2021 forecast-max = 8.27 USD"},
	},
	{
		name: "guidance previously issued that is being updated is today's",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe are also updating our previously issued guidance ranges for company-level performance including revenue of between $880 million and $910 million, increased from prior guidance of $850 million to $890 million.\n",
		want: []string{"Revenue FY2021 forecast-min = 880000000 USD", "Revenue FY2021 forecast-max = 910000000 USD"},
	},
	{
		name: "a verb of the past in another clause does not make an outlook an old one",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWe anticipate limits on our ability to meet all demand indicated by our customer orders and we think revenue in 2021 will be in the $4.20 to $4.325 billion range.\n",
		want: []string{"Revenue FY2021 forecast-min = 4200000000 USD", "Revenue FY2021 forecast-max = 4325000000 USD"},
	},
	{
		name: "'reported' qualifying growth is no verb of the past; 'we reported' is",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNow for the third fiscal quarter, we're expecting revenue to range from $1.51 billion to $1.54 billion, representing reported growth of 20% to 22%. We reported revenue of $1.45 billion for the quarter, within our expected range of $1.4 billion to $1.5 billion.\n",
		want: []string{"Revenue Q3 2021 forecast-min = 1510000000 USD", "Revenue Q3 2021 forecast-max = 1540000000 USD", "Revenue Q2 2021 = 1450000000 USD"},
		none: []string{"Revenue Q3 2020", "Revenue Q2 2021 forecast"},
	},
	{
		name: "'from' far before the outlook's word is no comparison with an old outlook; 'up from our guidance of' is",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nWe expect adjusted diluted earnings per share from continuing operations to be in the range of $4.32 to $4.66, up from our guidance of $4.10 to $4.40.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 4.32 USD", "AdjustedEPS FY2021 forecast-max = 4.66 USD"},
	},
	{
		name: "a period named with a possessive before the name ('2020's adjusted earnings of') is the figure's; periods listed set no outlook's period",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nWe expect restructuring charges to come through in the first and second quarters. Adjusted earnings per share is expected to be in the range of $1.65 to $1.90, up 16% from 2020's adjusted earnings of $1.64 per share.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 1.65 USD", "AdjustedEPS FY2021 forecast-max = 1.9 USD", "AdjustedEPS FY2020 = 1.64 USD"},
		none: []string{"AdjustedEPS Q2 2021", "AdjustedEPS FY2021 forecast = 1.64 USD"},
	},
	{
		name: "a range's upper end shares the period named between the name and its lower end",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nBased on our strong first quarter bookings, we tightened our adjusted earnings per share guidance range for the full year to $1.40 to $1.60 per share.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 1.4 USD", "AdjustedEPS FY2021 forecast-max = 1.6 USD"},
		none: []string{"AdjustedEPS Q1 2022"},
	},
	{
		name: "a basis stated after the figures before is these figures' ('and on a non-GAAP basis $16.35 to $16.45')",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nAnd for the full year 2021, our GAAP earnings per share outlook is $9.13 to $9.29 and on a non-GAAP basis $16.35 to $16.45.\n",
		want: []string{"EPS FY2021 forecast-min = 9.13 USD", "EPS FY2021 forecast-max = 9.29 USD", "AdjustedEPS FY2021 forecast-min = 16.35 USD", "AdjustedEPS FY2021 forecast-max = 16.45 USD"},
	},
	{
		name: "'the outlook for 2021' heads the year's outlook; 'Turning to the second quarter.' inside it turns to that quarter's",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nRevenue in the quarter was $420 million.\nMoving on to the outlook for 2021.\nWe expect revenue of approximately $1.95 to $2.05 billion.\nTurning to the second quarter.\nWe expect revenue in the range of $450 million to $480 million, up 17% at the midpoint sequentially versus Q1.\n",
		want: []string{"Revenue Q1 2021 = 420000000 USD", "Revenue FY2021 forecast-min = 1950000000 USD", "Revenue FY2021 forecast-max = 2050000000 USD", "Revenue Q2 2021 forecast-min = 450000000 USD", "Revenue Q2 2021 forecast-max = 480000000 USD"},
	},
	{
		name: "a range of changes ('$30 million to $35 million lower than') and incremental sales are no outlook of the level",
		text: "Welcome to Acme's fourth quarter 2020 earnings call.\nIn 2021, we expect our revenues on the frames program to be $30 million to $35 million lower than in 2020. New products will contribute $1.8 billion to $2.1 billion in incremental sales by 2030. We are providing initial 2021 guidance as follows: revenue of between $850 million and $890 million.\n",
		want: []string{"Revenue FY2021 forecast-min = 850000000 USD", "Revenue FY2021 forecast-max = 890000000 USD"},
	},
	{
		name: "an outlook a verb of the past gave ('recall that we issued guidance of') is an earlier one; 'we raised our guidance to' gives today's; additional earnings are a change",
		text: "Welcome to Acme's first quarter 2021 earnings call.\nBack in February, recall that we issued adjusted earnings per share guidance of $2.50 to $2.90 per share. We project additional earnings between $0.10 and $0.15 per share from the acquisition. Today we raised our adjusted earnings per share guidance to $2.70 to $3.00.\n",
		want: []string{"AdjustedEPS FY2021 forecast-min = 2.7 USD", "AdjustedEPS FY2021 forecast-max = 3 USD"},
	},
	{
		name: "an outlook reaffirmed ('reconfirming our previously issued guidance of', 'guidance, reaffirming our ranges of') is today's; 'Reported earnings per share is expected' looks ahead",
		text: "Welcome to Acme's third quarter 2020 earnings call.\nWe are reconfirming our previously issued full-year GAAP earnings per share guidance of $2.10 per share to $2.35 per share. We shared our detailed full year guidance, reaffirming our ranges of $4.4 billion to $4.6 billion of revenue. Adjusted earnings per share is expected to be in the range of $2.60 to $2.80.\n",
		want: []string{"EPS FY2020 forecast-min = 2.1 USD", "EPS FY2020 forecast-max = 2.35 USD", "Revenue FY2020 forecast-min = 4400000000 USD", "Revenue FY2020 forecast-max = 4600000000 USD", "AdjustedEPS FY2020 forecast-min = 2.6 USD", "AdjustedEPS FY2020 forecast-max = 2.8 USD"},
	},
	{
		name: "an outlook revised from old figures to new ones keeps the new ('from $2.40 to $2.60 per share to $2.55 to $2.65'); actuals that rose from A to B keep both",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nRevenue increased from $4.1 billion to $4.3 billion. We are raising and narrowing our operating earnings guidance from $2.40 to $2.60 per share to $2.55 to $2.65 per share. We are raising our full year revenue guidance from $16.1 billion to $16.3 billion.\n",
		want: []string{"Revenue Q3 2021 = 4300000000 USD", "Revenue Q3 2020 = 4100000000 USD", "AdjustedEPS FY2021 forecast-min = 2.55 USD", "AdjustedEPS FY2021 forecast-max = 2.65 USD", "Revenue FY2021 forecast = 16300000000 USD"},
		none: []string{"AdjustedEPS FY2021 forecast = 2.4"},
	},
	{
		name: "inside an outlook, 'Turning to the full year.' in a fourth quarter's call turns to the year just closed",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nWe expect revenue of about $5 billion for 2022.\nTurning to the full year.\nNon-GAAP operating profit was $5.8 billion, up 42%.\n",
		want: []string{"AdjustedOperatingIncomeLoss FY2021 = 5800000000 USD"},
		none: []string{"AdjustedOperatingIncomeLoss FY2022"},
	},
	{
		name: "better than expected is an actual",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nWe delivered better than expected second quarter sales of $2.3 billion.\n",
		want: []string{"Revenue Q2 2021 = 2300000000 USD"},
		none: []string{"Revenue Q2 2022"},
	},
}

// clauseCases: class 8, clauses.
var clauseCases = []bindCase{
	{
		name: "a per cent after a profit, as its margin ('a margin of 17.0%', 'or 14.1% of sales'), is that profit's margin, adjusted when it is",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nGAAP operating income was $262.0 million, or 14.1% of sales. Adjusted operating income was $301.4 million, an adjusted operating margin of 16.2%. " +
			"Gross profit was $80.1 million, a margin of 31.2%. Revenue grew 4%, or 2% of which came from pricing. " +
			"From a financial perspective, we delivered solid earnings per share of $0.57, exceptional segment decremental margin of 25%, record free cash flow of $169 million.\n",
		want: []string{"OperatingMargin Q3 2025 = 0.141", "AdjustedOperatingMargin Q3 2025 = 0.162", "GrossMargin Q3 2025 = 0.312"},
		none: []string{"= 0.02", "= 0.25"},
	},
	{
		name: "a margin stated after a profit keeps its bracketed comparative",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nAdjusted operating income was $59.6 million (prior year: $50.1 million), a margin of 19.0% (prior year: 18.1%).\n",
		want: []string{"AdjustedOperatingMargin Q3 2025 = 0.19", "AdjustedOperatingMargin Q3 2024 = 0.181"},
	},
	{
		name: "a bare margin joined to a profit by 'and' or 'its' is that profit's; 'segment profit' and 'segment margin' are a segment's operating profit and margin",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nTurning to Industrial Solutions, revenue was $1.31 billion, up 4%. Operating profit was $236 million, and margin was 18.0%, driven by pricing.\n" +
			"Aftermarket Services revenue was $494 million, up 3%. Services operating profit was $104 million, and its margin of 21.1% remains the highest in the portfolio.\n" +
			"Outdoor Performance revenue was $548 million, up 7%. Segment profit was $82 million, and segment margin was 15.0%, up 90 basis points.\n" +
			"EBITA excluding items affecting comparability amounted to $1,335 million (1,228), or 13.4% (12.8) of net sales.\n",
		want: []string{"OperatingMargin [Industrial Solutions] Q3 2025 = 0.18", "OperatingMargin [Services] Q3 2025 = 0.211",
			"OperatingIncomeLoss [Outdoor Performance] Q3 2025 = 82000000 USD", "OperatingMargin [Outdoor Performance] Q3 2025 = 0.15",
			"AdjustedEBITAMargin Q3 2025 = 0.134", "AdjustedEBITAMargin Q3 2024 = 0.128"},
		none: []string{"OperatingMargin Q3 2025", "= 0.04", "= 0.03", "= 0.07"},
	},
	{
		name: "a margin after a profit is compared with last year's past a change in points ('up 70 basis points from 17.3% last year', 'versus 18.1% a year ago'); growth in per cent is no margin",
		text: "Welcome to Corvane's fourth quarter 2025 earnings call.\nTurning to Industrial Solutions, revenue was $1.31 billion, up 4% from 3% growth last year. Operating profit was $236 million, and margin was 18.0%, up 70 basis points from 17.3% last year, driven by productivity.\n" +
			"Aerospace Components revenue was $640 million. Operating profit was $122 million, and margin was 19.0% versus 18.1% a year ago.\n",
		want: []string{"OperatingMargin [Industrial Solutions] Q4 2025 = 0.18", "OperatingMargin [Industrial Solutions] Q4 2024 = 0.173",
			"OperatingMargin [Aerospace Components] Q4 2025 = 0.19", "OperatingMargin [Aerospace Components] Q4 2024 = 0.181"},
		none: []string{"= 0.03", "= 0.04", "= 0.007"},
	},
	{
		name: "ranges in a respectively list are items, paired with the bases in order",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nWe now expect reported and adjusted full year earnings per share of $1.05 to $1.10 and $1.40 to $1.45, respectively.\n",
		want: []string{"EPS FY2021 forecast-min = 1.05 USD", "EPS FY2021 forecast-max = 1.1 USD", "AdjustedEPS FY2021 forecast-min = 1.4 USD", "AdjustedEPS FY2021 forecast-max = 1.45 USD"},
	},
	{
		name: "a period in an aside between subject and verb is not the figures' ('…, combined with … in the first half of the year, are expected')",
		text: "Welcome to Acme's fourth quarter 2021 earnings call.\nThese cost pressures, combined with the anticipated volume declines in battery in the first half of the year, are expected to result in adjusted earnings per share in the range of $3 to $3.30. With that said, let's dive into our fourth-quarter results starting with revenue, which was down 3% to $1.4 billion compared to the prior year.\n",
		want: []string{"AdjustedEPS FY2022 forecast-min = 3 USD", "AdjustedEPS FY2022 forecast-max = 3.3 USD", "Revenue Q4 2021 = 1400000000 USD"},
		none: []string{"AdjustedEPS H1"},
	},
	{
		name: "the subject of the main clause owns the figure",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNon-GAAP research and development expenses, which excluded share-based compensation, were $54.2 million.\n",
		want: []string{"AdjustedResearchAndDevelopmentExpense Q2 2021 = 54200000 USD"},
		none: []string{"ShareBasedCompensation"},
	},
	{
		name: "a continuation clause inherits the concept and changes the period",
		text: "Acme reports its third quarter 2024 results.\nRevenue rose 5% to EUR 230 million in Q3 2024; YTD 7% to EUR 640 million.\n",
		want: []string{"Revenue Q3 2024 = 230000000 EUR", "Revenue 9M 2024 = 640000000 EUR"},
	},
	{
		name: "which has now fallen to",
		text: "Welcome to Acme's second quarter 2021 earnings call.\nNet debt was $40 million at the end of the first quarter, which has now fallen to $16 million.\n",
		want: []string{"NetDebt 2021-06-30 = 16000000 USD", "NetDebt 2021-03-31 = 40000000 USD"},
	},
	{
		name: "two-by-two lists pair item by item",
		text: "Welcome to Acme's first quarter 2024 earnings call.\nWe ended the quarter with $640 million of cash and $210 million of short-term investments, versus $580 million and $95 million as of December 31, 2023.\n",
		want: []string{"CashAndCashEquivalents 2024-03-31 = 640000000 USD", "ShortTermInvestments 2024-03-31 = 210000000 USD", "CashAndCashEquivalents 2023-12-31 = 580000000 USD", "ShortTermInvestments 2023-12-31 = 95000000 USD"},
	},
}

// europeanCases: the forms of Nordic, British and other European
// reports: periods written as their months, the prior year's figure alone
// in brackets after this year's, lines wrapped at a fixed width.
var europeanCases = []bindCase{
	{
		name: "a segment a table names is one in prose too, without a word that marks it ('Flexible Packaging posted revenue of'), and the next sentence is its",
		file: "valtane-h1.md",
		text: "# Valtane S.A.: Half-Year Report 2025\n\nGroup revenue was EUR 1,384.6m (H1 2024: EUR 1,327.9m). Group EBITDA was EUR 203.5m (EUR 188.2m).\n\n" +
			"| EUR m | Revenue H1 2025 | Revenue H1 2024 |\n|---|---:|---:|\n| Rigid Packaging | 612.3 | 590.4 |\n| Flexible Packaging | 498.7 | 481.2 |\n| Group | 1,384.6 | 1,327.9 |\n\n" +
			"Flexible Packaging posted revenue of EUR 498.7m. EBITDA was EUR 70.3m.\n",
		want: []string{"EBITDA [Flexible Packaging] H1 2025 = 70300000 EUR", "EBITDA H1 2025 = 203500000 EUR", "Revenue H1 2025 = 1384600000 EUR"},
		none: []string{"EBITDA H1 2025 = 70300000 EUR", "Revenue H1 2025 = 498700000 EUR"},
	},
	{
		name: "a Markdown paragraph that opens with a segment in bold ('**Rigid Packaging** revenue rose') is that segment's, its next sentence too",
		file: "valtane-h1.md",
		text: "# Valtane S.A.: Half-Year Report 2025\n\nGroup revenue was EUR 1,384.6m (H1 2024: EUR 1,327.9m). Group EBITDA was EUR 203.5m (EUR 188.2m).\n\n" +
			"| EUR m | Revenue H1 2025 | Revenue H1 2024 |\n|---|---:|---:|\n| Rigid Packaging | 612.3 | 590.4 |\n| Flexible Packaging | 498.7 | 481.2 |\n| Group | 1,384.6 | 1,327.9 |\n\n" +
			"**Rigid Packaging** revenue rose 3.7% to EUR 612.3m (H1 2024: EUR 590.4m). EBITDA came to EUR 94.1m (EUR 88.6m).\n\n" +
			"**Flexible Packaging** posted revenue of EUR 498.7m (EUR 481.2m), up 3.6%. EBITDA was EUR 70.3m (EUR 66.0m).\n",
		want: []string{"EBITDA [Rigid Packaging] H1 2025 = 94100000 EUR", "EBITDA [Rigid Packaging] H1 2024 = 88600000 EUR", "Revenue [Flexible Packaging] H1 2025 = 498700000 EUR",
			"EBITDA [Flexible Packaging] H1 2025 = 70300000 EUR"},
		none: []string{"EBITDA H1 2025 = 94100000 EUR", "EBITDA H1 2024 = 88600000 EUR"},
	},
	{
		name: "a bracketed comparative that writes the scale again ('NOK 305 million (221 million)') is the year before's, a period after the bracket the figure's; a bracket far off in size is a translation",
		text: "Hestoy ASA: Third quarter 2025 results\n\nCash flow from operating activities was NOK 305 million (221 million) in the third quarter. Propulsion had revenue of NOK 758 million (672 million) and EBIT of NOK 71 million (58 million), an EBIT margin of 9.4% (8.6%).\n",
		want: []string{"NetCashFromOperating Q3 2025 = 305000000 NOK", "NetCashFromOperating Q3 2024 = 221000000 NOK", "Revenue Q3 2024 = 672000000 NOK",
			"OperatingIncomeLoss Q3 2024 = 58000000 NOK", "OperatingMargin Q3 2024 = 0.086"},
		none: []string{"NetCashFromOperating Q3 2025 = 221000000 NOK"},
	},
	{
		name: "a bracketed figure in the scale of the one before but of another size is its translation, no comparative",
		text: "Acme Holdings: Interim Results 2025\n\nRevenue for the first half of 2025 was RMB 628.4 million (86.1 million).\n",
		want: []string{"Revenue H1 2025 = 628400000 CNY"},
		none: []string{"Revenue H1 2024"},
	},
	{
		name: "capex named as investments in property, plant and equipment; 'is planned at' an outlook",
		text: "Kessler AG: Quarterly statement Q3 2025\n\nIn the first nine months, investments in property, plant and equipment and intangible assets amounted to EUR 38.5 million (previous year: EUR 41.2 million). Capital expenditure is planned at around EUR 55 million for 2025.\n",
		want: []string{"CapitalExpenditure 9M 2025 = 38500000 EUR", "CapitalExpenditure 9M 2024 = 41200000 EUR", "CapitalExpenditure FY2025 forecast = 55000000 EUR"},
		none: []string{"CapitalExpenditure 9M 2025 = 55000000 EUR"},
	},
	{
		name: "a heading's period ('THIRD QUARTER 2025') holds for every bullet below it, up to the next heading",
		text: "NORDWERK GROUP AB\nINTERIM REPORT JANUARY–SEPTEMBER 2025\n\nTHIRD QUARTER 2025\n- Order intake increased by 6% to SEK 3,412m (3,205)\n- Net sales increased by 3% to SEK 3,298m (3,187)\n" +
			"- EBITA amounted to SEK 452m (418)\n- Profit for the period was SEK 263m (243)\n- Earnings per share after dilution amounted to SEK 2.18 (2.02)\n\n" +
			"JANUARY–SEPTEMBER 2025\n- Net sales increased by 4% to SEK 9,951m (9,602)\n- EBITA amounted to SEK 1,288m (1,206)\n- Profit for the period was SEK 737m (692)\n- Earnings per share after dilution amounted to SEK 6.11 (5.75)\n",
		want: []string{"NetIncomeLoss Q3 2025 = 263000000 SEK", "NetIncomeLoss Q3 2024 = 243000000 SEK", "EPS Q3 2025 = 2.18 SEK", "EPS 9M 2025 = 6.11 SEK", "NetIncomeLoss 9M 2025 = 737000000 SEK"},
		none: []string{"EPS 9M 2025 = 2.18 SEK", "NetIncomeLoss 9M 2025 = 263000000 SEK"},
	},
	{
		name: "a release wrapped at a fixed width: a figure's comparative on the next line is still its sentence's",
		text: "Calder plc\nFull year results for the year ended 31 March 2025\n\n" +
			"Calder plc, the infrastructure and building services group, today announces\n" +
			"its results for the year ended 31 March 2025. Trading was in line with the\n" +
			"expectations the Board set out at the half year, with good growth in all\n" +
			"three divisions and a strong finish to the year in Infrastructure Services,\n" +
			"where the water and rail programmes continued to ramp up through the last\n" +
			"quarter. The Board is recommending a final dividend, and the Group enters\n" +
			"the new financial year with a record order book and a strong balance sheet\n" +
			"that supports both organic investment and selective acquisitions across the\n" +
			"markets we serve. Revenue for the year grew by 6.3% to £1,486.2m, driven by\n" +
			"volume growth in every division. Adjusted operating profit increased to £155.8m\n" +
			"(FY24: £141.7m), giving a margin of 10.5% on the Group's revenue for the year.\n" +
			"Net debt at the year end was £181.2m, lower than expected at the half year.\n",
		fye:  time.March,
		want: []string{"Revenue FY2025 = 1486200000 GBP", "AdjustedOperatingIncomeLoss FY2025 = 155800000 GBP", "AdjustedOperatingIncomeLoss FY2024 = 141700000 GBP"},
	},
	{
		name: "periods written as their months ('January–September 2025', 'July–September'), the prior year's figures bare in brackets",
		text: "Nordwerk Group AB\nInterim report January–September 2025\n\nIn July–September, operating profit was SEK 398 million (369) and EBITA amounted to SEK 452m (418), an EBITA margin of 13.7% (13.1).\n" +
			"Net sales for the January–September period amounted to SEK 9,951 million (9,602). Earnings per share after dilution amounted to SEK 6.11 (5.75).\n",
		want: []string{"OperatingIncomeLoss Q3 2025 = 398000000 SEK", "OperatingIncomeLoss Q3 2024 = 369000000 SEK", "EBITA Q3 2024 = 418000000 SEK", "EBITAMargin Q3 2024 = 0.131",
			"Revenue 9M 2025 = 9951000000 SEK", "Revenue 9M 2024 = 9602000000 SEK", "EPS 9M 2025 = 6.11 SEK", "EPS 9M 2024 = 5.75 SEK"},
	},
	{
		name: "earnings per share in a currency's cents ('42.5 HK cents'), its comparative in the same",
		text: "Harbour Holdings Limited interim results for the six months ended 30 June 2025\n\nBasic earnings per share were 42.5 HK cents (2024: 27.1 HK cents).\n",
		want: []string{"EPS H1 2025 = 0.425 HKD", "EPS H1 2024 = 0.271 HKD"},
		none: []string{"= 42.5", "USD"},
	},
	{
		name: "a footnote's mark after a figure, or a number of another size in brackets, is no comparative",
		text: "Welcome to Acme's third quarter 2025 earnings call.\nRevenue was $452 million (1) in the quarter. Operating income was $4,520 million (12) for the year.\n",
		want: []string{"Revenue Q3 2025 = 452000000 USD"},
		none: []string{"= 1000000 USD", "= 12000000 USD"},
	},
	{
		name: "months without a year ('the April to June period') date no call: its own year and quarter stand",
		text: "Good morning, everyone.\nRevenue was $505 million in the first quarter, up from $480 million in the first quarter of 2020. Historically, the brand generated about 20% of its full year net sales in the April to June period.\n",
		want: []string{"Revenue Q1 2021 = 505000000 USD"},
	},
}

// A figure "since April" has no period a report gives: no mention is made
// of it, so it cannot dispute the segment's quarter.
func TestSinceAMonthIsNoPeriod(t *testing.T) {
	text := "# Kessler-Brandt AG: Quarterly Statement Q3 2025\n\n| EUR million | Revenue Q3 2025 | Revenue Q3 2024 |\n|---|---:|---:|\n| Drive Technology | 164.8 | 155.9 |\n| Fluid Systems | 126.0 | 121.4 |\n| Group | 290.8 | 277.3 |\n\n" +
		"**Fluid Systems:** Including Hoekstra Kleppen, which contributed revenue of EUR 17.3 million since April, the segment generated third-quarter revenue of EUR 126.0 million (Q3 2024: EUR 121.4 million).\n"
	doc, err := Parse("kessler-q3.md", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range Extract(doc, Options{}).Mentions {
		if m.Value.Equal(decimal.NewFromInt(17_300_000)) {
			t.Errorf("the figure since April was read as %s %v", m.Key.Concept, m.Key.Period)
		}
		found = found || m.Rule != RuleTable && m.Value.Equal(decimal.NewFromInt(126_000_000)) && m.Key.Segment == "Fluid Systems"
	}
	if !found {
		t.Error("the segment's quarter from the sentence is missing")
	}
}

// halfYearCallCases: calls of companies that report twice a year, and the
// forms their speakers and India's use.
var halfYearCallCases = []bindCase{
	{
		name: "a call on half-year results that never speaks of a quarter reports its half; 'statutory' figures are the reported ones beside 'underlying'",
		file: "call.txt",
		text: "Ashgrove plc Half Year Results 2025\n\nOperator: Good morning, and welcome to the Ashgrove half year results presentation.\n\n" +
			"Helen Carr, Chief Executive: Group revenue was £1,846 million, up 4.2% versus last year's £1,772 million. Underlying operating profit in the half was £196.4 million. On a statutory basis, operating profit was £162.3 million.\n",
		want: []string{"Revenue H1 2025 = 1846000000 GBP", "Revenue H1 2024 = 1772000000 GBP", "AdjustedOperatingIncomeLoss H1 2025 = 196400000 GBP", "OperatingIncomeLoss H1 2025 = 162300000 GBP"},
		none: []string{"Revenue Q2 2025", "AdjustedOperatingIncomeLoss H1 2025 = 162300000 GBP"},
	},
	{
		name: "must not change: a quarterly call that mentions its first half alone still reports the quarter",
		file: "call.txt",
		text: "Operator: Welcome to Acme's earnings call.\n\nCFO: We're pleased with the first half of 2021: revenue was $2.2 billion. The Annual Report on Form 10-K lists the risks.\n",
		want: []string{"Revenue Q2 2021 = 2200000000 USD"},
	},
	{
		name: "a name a paragraph opens with is a segment when it is written capitalised twice, though its first word is written in lower case elsewhere",
		file: "call.txt",
		text: "Ashgrove plc Half Year Results 2025\n\nHelen Carr: We focus on frameworks in infrastructure. In Infrastructure Services, we secured a new water framework. Group revenue was £1,846 million.\n\n" +
			"Building Technologies revenue was £584 million.\n\nInfrastructure Services had a strong half. Revenue was £962 million, up 4.5%.\n",
		want: []string{"Revenue [Infrastructure Services] H1 2025 = 962000000 GBP", "Revenue [Building Technologies] H1 2025 = 584000000 GBP"},
		none: []string{"Revenue H1 2025 = 962000000 GBP"},
	},
	{
		name: "a period phrase that opens a speaker's line dates the figures after it on that line; 'Cr.' and 'crores' scale rupees",
		file: "call.txt",
		fye:  time.March,
		text: "Operator: Welcome to the Q4 FY25 earnings call of Kaveri Industries.\n\n" +
			"Anjali Rao: For FY25, revenue from operations stood at Rs. 21,486 crores, as against Rs. 19,874 crores in FY24. EBITDA margin improved to 19.6% from 18.6%. Profit after tax was Rs. 1,938 Cr. compared to Rs. 1,611 Cr. in FY24.\n" +
			"Q4 revenue was Rs. 6,102 crores.\n",
		want: []string{"Revenue FY2025 = 214860000000 INR", "Revenue FY2024 = 198740000000 INR", "NetIncomeLoss FY2025 = 19380000000 INR", "NetIncomeLoss FY2024 = 16110000000 INR", "Revenue Q4 FY2025 = 61020000000 INR"},
		none: []string{"NetIncomeLoss Q4 FY2025 = 19380000000 INR", "Revenue FY2025 = 61020000000 INR"},
	},
	{
		name: "a speaker's 'Now to the full year.' dates the figures after it to the end of the line",
		file: "call.txt",
		text: "Operator: Welcome to Brightwell's fourth quarter fiscal 2024 earnings call.\n\nCFO: Fourth quarter net sales were $655 million. Now to the full year. Net sales were $2,614 million. Gross margin was 40.2%. Adjusted operating margin was 8.6%. GAAP diluted EPS was $2.31, compared with $1.97 last year.\nIn the fourth quarter, we repurchased $20 million of shares.\n",
		fye:  time.June,
		want: []string{"Revenue FY2024 = 2614000000 USD", "EPS FY2024 = 2.31 USD", "EPS FY2023 = 1.97 USD", "Revenue Q4 FY2024 = 655000000 USD"},
		none: []string{"EPS Q4 FY2024 = 2.31 USD"},
	},
	{
		name: "must not change: in a transcript that gives each sentence its line, a fronted period holds for its line only",
		file: "call.txt",
		text: "Operator: Welcome to Acme's fourth quarter 2020 earnings call.\nCFO: For the full-year 2020, our effective tax rate was 24%.\nWe continue to see 23% to 25% as our range.\nNon-GAAP diluted earnings per share were $3.17.\n",
		want: []string{"AdjustedEPS Q4 2020 = 3.17 USD"},
		none: []string{"AdjustedEPS FY2020 = 3.17 USD"},
	},
	{
		name: "a year ending in January that the text says is named for its start ('Our fiscal 2025 runs from February 1, 2025, to January 31, 2026')",
		file: "call.txt",
		fye:  time.January,
		text: "Stratus Software: Third Quarter Fiscal 2025 Results Call\n\nOperator: Welcome to Stratus's third quarter fiscal 2025 earnings call.\n\nIR: Our fiscal year ends on January 31. Our fiscal 2025 therefore runs from February 1, 2025, to January 31, 2026.\n\nCFO: Total revenue for the third quarter was $412.6 million, up 21% from $341.0 million in Q3 last year. We ended the quarter with cash and cash equivalents of $1.34 billion.\n",
		want: []string{"Revenue Q3 FY2025 = 412600000 USD", "Revenue Q3 FY2024 = 341000000 USD", "CashAndCashEquivalents 2025-10-31 = 1340000000 USD"},
		none: []string{"CashAndCashEquivalents 2024-10-31"},
	},
	{
		name: "a transcript's figures said in words are figures",
		file: "call.txt",
		fye:  time.March,
		text: "Operator: Welcome to the Q4 FY25 earnings call of Kaveri Industries.\n\nAnjali Rao: EBITDA for the year was four thousand two hundred and fifteen crores as compared to Rs. 3,702 crores last year. We run three segments and employ three thousand people.\n",
		want: []string{"EBITDA FY2025 = 42150000000 INR", "EBITDA FY2024 = 37020000000 INR"},
	},
}

// sectionCases: reports whose headings date and name their sections, and
// the sentences of Nordic and other European reports.
var sectionCases = []bindCase{
	{
		name: "a heading that names a period dates its section to the next heading; one that names a segment gives it its figures",
		file: "report.txt",
		text: "NORRBAKK AB INTERIM REPORT JANUARY-SEPTEMBER 2025\n\nTHE GROUP\n\nThird quarter\n\nOrder intake amounted to SEK 2,412 m (2,050), an increase of 18%.\n\n" +
			"Net financial items were SEK -38 m (-41). Profit before tax amounted to SEK 252 m (209).\n\n" +
			"January-September\n\nOrder intake increased to SEK 7,105 m (6,602).\n\n" +
			"Pumps\n\nNet sales in Pumps increased by 14% to SEK 1,402 m (1,233) in the third quarter. The increase was driven by projects. EBITA rose to SEK 214 m (176).\n\n" +
			"Field Services\n\nNet sales in Field Services amounted to SEK 943 m (868) in the third quarter.\n\nOTHER INFORMATION\n\nThe average number of employees was 4,318.\n",
		want: []string{"OrderIntake Q3 2025 = 2412000000 SEK", "OrderIntake Q3 2024 = 2050000000 SEK", "IncomeLossBeforeIncomeTaxes Q3 2025 = 252000000 SEK",
			"InterestExpenseNet Q3 2025 = 38000000 SEK", "OrderIntake 9M 2025 = 7105000000 SEK",
			"Revenue [Pumps] Q3 2025 = 1402000000 SEK", "Revenue [Pumps] Q3 2024 = 1233000000 SEK", "EBITA [Pumps] Q3 2025 = 214000000 SEK",
			"Revenue [Field Services] Q3 2025 = 943000000 SEK"},
		none: []string{"OrderIntake 9M 2025 = 2412000000 SEK", "EBITA Q3 2025 = 214000000 SEK", "Revenue [Field Services Amounted]"},
	},
	{
		name: "a financial result is net interest expense turned round; a company's 'financial results' are not",
		file: "report.md",
		text: "# Kessel AG: Half-Year Report 2025\n\nThe financial result came to EUR -12.3 million (previous year: EUR -11.0 million).\n\nOur financial results in the first half were strong, with earnings of EUR 42.0 million.\n",
		want: []string{"InterestExpenseNet H1 2025 = 12300000 EUR", "InterestExpenseNet H1 2024 = 11000000 EUR"},
		none: []string{"InterestExpenseNet H1 2025 = -42000000 EUR", "InterestExpenseNet H1 2025 = 42000000 EUR"},
	},
	{
		name: "a name with a figure of its own is no name of a figure far before it",
		text: "Welcome to Acme's fourth quarter 2025 earnings call.\nWe completed the $300 million acquisition of Zeta, and revenue was $1.5 billion.\nThe division secured the $140 million water framework and ended the year with an order book of $1.27 billion.\n",
		want: []string{"Revenue Q4 2025 = 1500000000 USD", "Backlog 2025-12-31 = 1270000000 USD"},
		none: []string{"Revenue Q4 2025 = 300000000 USD", "Backlog 2025-12-31 = 140000000 USD"},
	},
	{
		name: "Australian and Hong Kong forms: NPAT, the prior corresponding period ('pcp') and the defined 'Corresponding Period'",
		file: "results.txt",
		text: "Warrigal Health Limited: results for the half year ended 31 December 2024 (1H FY25)\n\nComparisons are with the prior corresponding period, the half year ended 31 December 2023 (1H FY24).\n\nHIGHLIGHTS\n\n* Underlying NPAT of $31.2m, up 18.2% on pcp ($26.4m). Statutory NPAT of $24.7m.\n\nOperating cash flow was $61.3m. Capital expenditure comprised purchases of property, plant and equipment of $156.3m (Corresponding Period: $171.9m).\n",
		fye:  time.June,
		want: []string{"AdjustedNetIncomeLoss H1 FY2025 = 31200000 USD", "AdjustedNetIncomeLoss H1 FY2024 = 26400000 USD", "NetIncomeLoss H1 FY2025 = 24700000 USD",
			"CapitalExpenditure H1 FY2025 = 156300000 USD", "CapitalExpenditure H1 FY2024 = 171900000 USD"},
	},
	{
		name: "'Worldwide revenue' is the company's, no segment's, and a sequential comparative is the quarter before",
		file: "release.txt",
		fye:  time.April,
		text: "Tallon Medical Reports Second Quarter Fiscal 2026 Results\n\nWorldwide revenue for the second quarter of fiscal 2026 was $681.3 million, compared with $621.6 million in the second quarter of fiscal 2025. On a sequential basis, revenue increased 4.1% from $654.6 million in the first quarter of fiscal 2026.\n",
		want: []string{"Revenue Q2 FY2026 = 681300000 USD", "Revenue Q2 FY2025 = 621600000 USD", "Revenue Q1 FY2026 = 654600000 USD"},
		none: []string{"[Worldwide]"},
	},
	{
		name: "must not change: a name a clause joins to a later figure still names the figure before it",
		text: "Welcome to Acme's third quarter 2021 earnings call.\nIn the third quarter, we returned $272 million of this cash to our shareholders through dividends and used $190 million for capital expenditures.\n",
		want: []string{"DividendsPaid Q3 2021 = 272000000 USD"},
		none: []string{"DividendsPaid 9M 2021 = 190000000 USD", "DividendsPaid Q3 2021 = 190000000 USD"},
	},
}
