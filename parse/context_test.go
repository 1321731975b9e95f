package parse

import (
	"testing"
	"time"
)

// contextCases: what a document says about itself.
var contextCases = []struct {
	name, file, text string
	company          string // "" when the text names none
	kind             DocKind
	period           string // as the document's calendar labels it
	fye              time.Month
	currency         string
	nonGAAP          bool
	guessed          bool // the document names no period of its own
}{
	{
		name:    "a call transcript with its quarter and company",
		file:    "call.txt",
		text:    "Operator: Good day and welcome to the Kingsoft Cloud second quarter 2025 earnings conference call.\nOperator: Please go ahead.\nOperator: Thank you. Unless otherwise stated, all financial figures mentioned during this call are denominated in RMB.\nTotal revenues for the second quarter of 2025 were RMB 2,349.2 million.\n",
		company: "Kingsoft Cloud", kind: CallTranscript, period: "Q2 2025", fye: time.December, currency: "CNY",
	},
	{
		name:    "a fiscal year end read from the quarter's last day",
		file:    "hp.txt",
		text:    "Welcome to the HP Inc. fourth quarter fiscal 2021 earnings call.\nFor the fourth quarter of fiscal 2021, the quarter ended October 31, 2021, net revenue was $16.7 billion, and fourth quarter revenue grew 9%.\n",
		company: "HP", kind: CallTranscript, period: "Q4 FY2021", fye: time.October, currency: "USD",
	},
	{
		name:    "a fiscal year end read from a first quarter's balances beside the year's end",
		file:    "consult.txt",
		text:    "Welcome to Acme Consulting's first quarter fiscal 2022 earnings call.\nRevenues for the first quarter were $15.0 billion.\nOur cash balance at November 30th was $5.3 billion, compared with $8.2 billion at August 31st.\n",
		company: "Acme Consulting", kind: CallTranscript, period: "Q1 FY2022", fye: time.August, currency: "USD",
	},
	{
		name:    "one balance day alone fixes no fiscal year end",
		file:    "cal.txt",
		text:    "Welcome to Acme Cloud's first quarter 2022 earnings call.\nRevenues for the first quarter were $15.0 billion.\nOur cash balance at March 31st was $5.3 billion.\n",
		company: "Acme Cloud", kind: CallTranscript, period: "Q1 2022", fye: time.December, currency: "USD",
	},
	{
		name:    "a fiscal year end stated",
		file:    "retail.txt",
		text:    "Acme Stores Inc. reports results for the fourth quarter of its fiscal year ending January 31, 2022. Fourth quarter net sales were $2.1 billion.\n",
		company: "Acme Stores", kind: CallTranscript, period: "Q4 FY2022", fye: time.January, currency: "USD",
	},
	{
		name:    "figures non-GAAP unless stated",
		file:    "c.txt",
		text:    "Welcome to Acme's first quarter 2021 earnings call. Unless otherwise noted, all figures discussed today are on a non-GAAP basis.\nEarnings per share were $1.24 in the first quarter of 2021.\n",
		company: "Acme", kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD", nonGAAP: true,
	},
	{
		name:    "a press release in euros, nine months into a year",
		file:    "indus.md",
		text:    "# INDUS Records Strong Third Quarter\n\nBERGISCH GLADBACH - November 12, 2025 (NEWMEDIAWIRE) - INDUS Group increased its revenue. In the third quarter of 2025, revenue reached EUR 437.4 million. Revenue after nine months was EUR 1.274 billion. In the third quarter, EBIT was EUR 43.3 million.\n",
		company: "INDUS", kind: PressRelease, period: "Q3 2025", fye: time.December, currency: "EUR",
	},
	{
		name:    "a quarterly filing whose exhibits list a press release",
		file:    "acme-10q.txt",
		text:    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-Q\nAcme Inc.\nAcme's total net sales were $94,036 million in the second quarter of 2025.\nExhibit 99.1 Press release of Acme Inc. dated July 31, 2025.\n",
		company: "Acme", kind: InterimReport, period: "Q2 2025", fye: time.December, currency: "USD",
	},
	{
		name:    "a filing's cover names the registrant",
		file:    "filing-2.txt",
		text:    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\nTHE COCA-COLA COMPANY\n(Exact name of Registrant as specified in its charter)\nDelaware\nNet operating revenues were $47,061 million in 2024.\n",
		company: "Coca-Cola", kind: AnnualReport, period: "FY2024", fye: time.December, currency: "USD",
	},
	{
		name:    "a year of 52 or 53 weeks ending in the first days of February is a January year",
		file:    "homedepot-10k.txt",
		text:    "FORM 10-K\nFor the fiscal year ended February 2, 2025\nTHE HOME DEPOT, INC.\n(Exact name of registrant as specified in its charter)\nNet sales were $159.5 billion for the fiscal year ended February 2, 2025, compared with $152.7 billion for the fiscal year ended January 28, 2024.\n",
		company: "Home Depot", kind: AnnualReport, period: "FY2025", fye: time.January, currency: "USD",
	},
	{
		name:    "a half-year report",
		file:    "000.txt",
		text:    "Revenue for the first six months of 2024 was RMB 3,667,464 thousand. The net loss attributable to Kingsoft Cloud Holdings Limited for the six months ended June 30, 2024 was RMB 712,586 thousand. The reporting period for the interim report is the six months ended June 30, 2024.\n",
		company: "Kingsoft Cloud", kind: InterimReport, period: "H1 2024", fye: time.December, currency: "CNY",
	},
	{
		name:    "nine months of a financial year over two calendar years",
		file:    "acme-9m.md",
		text:    "Acme AG reports results for the first nine months of the 2025/2026 financial year (April 1 to December 31, 2025).\nRevenue for the first nine months was EUR 500.0 million (previous year: EUR 450.0 million).\n",
		company: "Acme", kind: InterimReport, period: "9M FY2026", fye: time.March, currency: "EUR",
	},
	{
		name:    "a split year's end from the period's dated end",
		file:    "acme-h1.md",
		text:    "Acme AG reports its first half of the 2025/2026 financial year. As of March 31, 2026, cash was EUR 80.0 million. Revenue for the six months ended March 31, 2026 was EUR 300.0 million.\n",
		company: "Acme", kind: InterimReport, period: "H1 FY2026", fye: time.September, currency: "EUR",
	},
	{
		name:    "a year after the comparative's, the file's name agreeing",
		file:    "ACME_q2_2020.txt",
		text:    "Net income was $8 million this quarter, compared with $12 million in the second quarter of 2019. Second quarter revenue was $1.2 billion.\n",
		company: "ACME", kind: CallTranscript, period: "Q2 2020", fye: time.December, currency: "USD",
	},
	{
		name:    "the dated quarter's fiscal year over a year named only in a walk from last year",
		file:    "industrial-call.txt",
		text:    "Welcome to Acme Motion's first quarter earnings call. I will review our first quarter performance and the guidance for the full year fiscal 2021.\nRevenue in the quarter ended September 30, 2020 was $3.2 billion.\nThe walk from adjusted earnings per share of $3.05 for the first quarter of fiscal 2020 to $3.07 for the first quarter of this year is on slide 18.\n",
		company: "Acme Motion", kind: CallTranscript, period: "Q1 FY2021", fye: time.June, currency: "USD",
	},
	{
		name:    "a dated quarter never moves the year back",
		file:    "acme-q2.txt",
		text:    "Welcome to Acme's second quarter 2021 earnings call. Second quarter 2021 revenue was $1.2 billion, up from $1.0 billion in the quarter ended June 30, 2020. Second quarter 2021 net income was $80 million.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a year only in the file's name: taken, marked as guessed",
		file:    "ACME_q3_2020.txt",
		text:    "Welcome to Acme's third quarter earnings call. Revenue was $1.2 billion this quarter.\n",
		company: "Acme", kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD", guessed: true,
	},
	{
		name: "class 1: an outlook year, the results' year, a comparative of the year before",
		file: "call.txt",
		text: "Today we review our results for 2023 and our outlook for 2024. In the fourth quarter, net sales rose 9% to $2.4 billion. Comparing with the fourth quarter of 2022, freight costs were lower.\n",
		kind: CallTranscript, period: "Q4 2023", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a fiscal year ending in August, guidance initiated for the next",
		file: "call.txt",
		text: "We are initiating guidance for fiscal 2025 today. Fourth quarter revenue was $880 million. When benchmarked to the fourth quarter of fiscal 2023, our gross margin improved by 150 basis points. The fourth quarter ended August 31, 2024.\n",
		kind: CallTranscript, period: "Q4 FY2024", fye: time.August, currency: "USD",
	},
	{
		name: "class 1: comparatives years back and an event ahead are no votes for the call's own year",
		file: "call.txt",
		text: "Welcome, everyone. Second quarter revenue was $1.1 billion, up 12% on the second quarter of last year's, our best result since the third quarter of 2016 and well above pre-pandemic levels of 2019. Our new plant opens in the second quarter of 2026. For the rest of 2021, we expect revenue growth of 8% to 10%.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a quarter dating a figure a comparison introduces, with the figure's own words between",
		file: "call.txt",
		text: "Welcome to Acme's fourth quarter call. Adjusted earnings were $3.74 per share, compared to a loss of $0.48 in the fourth quarter of 2019. Revenue of $2.1 billion compares favorably to $1.9 billion in the fourth quarter of 2019. The net loss of $12 million compares to the $47 million net loss posted in the fourth quarter of 2019.\n",
		kind: CallTranscript, period: "Q4 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a quarter compared with the same quarter of a named year tells the call's kind, not only its year",
		file: "call.txt",
		text: "Most of our second quarter bookings were cancelled. We have obtained a waiver of covenants for the second quarter. The second quarter will be difficult. Now to our results. Revenue was $306 million, up 7% from the 2019 first quarter. The net loss was $10.6 million versus a loss of $17.8 million in the 2019 first quarter. EBITDA was $6.9 million, up from $2.2 million in the 2019 first quarter. We expect a cash outflow of $40 million in the second quarter.\n",
		kind: CallTranscript, period: "Q1 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the results a call says it discusses name its period wherever the sentence stands",
		file: "call.txt",
		text: "Good morning. Our markets improved through the quarter. Paper volumes were slightly above the first quarter of 2019. Demand was steady. Pricing held. Costs rose. We appreciate you joining today's call to discuss our first quarter 2021 results. The new satellite plant should be operational in the second quarter of 2022. Sales were $456 million.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the second term of 'compare A to B' is the comparative, a year or more before the call's own",
		file: "call.txt",
		text: "Welcome to Acme's third quarter earnings call. When we compare this year's third quarter to the third quarter of 2019, revenue is up 4%. Third quarter revenue was $875 million.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a quarter set against a figure's decline in another quarter is no vote for the call's quarter",
		file: "call.txt",
		text: "Welcome to Acme's earnings call. In the fourth quarter, revenue was $5.1 billion, down 6%, a significant improvement from the 14% decline in the third quarter. Gross profit improved from the 17% decline in the third quarter. SG&A was 12.8% of revenue in the fourth quarter, an improvement from the 16% decline in the third quarter. We expect these actions will continue into 2021.\n",
		kind: CallTranscript, period: "Q4 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: 'into 2021' in a first quarter's call may be the year just entered: no vote",
		file: "call.txt",
		text: "Welcome to Acme's first quarter earnings call. First quarter sales were $1.2 billion, up 8% from $1.1 billion in the first quarter of 2020. We are carrying our growth momentum with these customers into 2021.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: 'our third quarter fiscal year 2021 slides' names the call's own period",
		file: "call.txt",
		text: "Good morning. We include reconciliations of our non-GAAP measures in our third quarter fiscal year 2021 slides. Revenue grew 4% to $2.1 billion. We expect to see stronger performance in FY '22.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a year the text moves on to is the next one, not the call's",
		file: "call.txt",
		text: "Welcome to Acme's third quarter earnings call. This year has brought both turmoil and tranquility. Although many can't wait to move on to 2021, we believe we are well placed. Third quarter operating earnings were $0.42 per share.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a year that dates an event ('expected to retire in 2024') is no vote for the call's year",
		file: "call.txt",
		text: "Welcome to Acme's first quarter earnings call. As we announced in January, Mill Creek Unit 1 is expected to retire in 2024. Results were $0.02 per share higher than our comparable results in Q1 2020. First quarter earnings were $0.63 per share.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a goal the company surpassed in a year is that year's result, not the outlook the call guides",
		file: "call.txt",
		text: "Welcome to Acme's third quarter earnings call. We surpassed our organic sales growth goal in 2020, delivering growth of $80 million, and we expect growth of $40 million in 2021. Turning now to full year 2021 guidance. Third quarter revenue was $1.8 billion.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: of two years an outlook's sentences speak of as much, the one the outlook names is the year guided",
		file: "call.txt",
		text: "Welcome to Acme's second quarter earnings call. The midpoint of the updated guidance at $6.05 is above our prior peak pre-COVID adjusted earnings per share of $6.02 in 2019. The divested unit, with sales of $40 million, is excluded from our 2021 guidance. Second quarter sales were $800 million.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a call that names only last year's end ('since year-end 2020') reports a quarter of the year after",
		file: "call.txt",
		text: "Welcome to our third quarter call. When we compare this quarter to the third quarter of 2019, revenue grew 10%. Total debt has declined about $225 million since year-end 2020 to $2.3 billion. Revenue was $875 million.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a balance set against last year's end ('an increase of $468 million from December 31, 2019') dates a quarter of the year after",
		file: "call.txt",
		text: "Welcome to our third quarter call. Sales in the quarter rose 10% to $1.3 billion. We ended the quarter with $1.5 billion in cash, an increase of $468 million from December 31, 2019. Total debt was $812 million compared to $121 million at December 31, 2019.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: in a fourth quarter's call a year end compared with is its own ('ended January down 3% compared to December 31, 2021')",
		file: "call.txt",
		text: "Welcome to our fourth quarter call. Our performance during the quarter and full year 2021 was strong: revenue was $1.9 billion. Book value ended January down 3% compared to December 31, 2021. Book value ended January down 3% compared to December 31, 2021.\n",
		kind: CallTranscript, period: "Q4 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a day a future event is set against is no evidence ('we do not expect to exceed $10 billion come December 31, 2021')",
		file: "call.txt",
		text: "Welcome to our third quarter call. Loans were $8.2 billion as of September 30, 2021.\nAs a result, total assets grew $84 million to $10 billion.\nWe do not anticipate exceeding these total asset level, come December 31, 2021.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the year an outlook names ('our updated full-year '21 outlook') is the year guided, not a later year a guidance sentence ends with ('will be in four-star plans for 2023')",
		file: "call.txt",
		text: "Welcome to our third quarter call. Revenue in the quarter was $72 billion. We expect 87% of our members will be in four-star plans or better for 2023, up 9 points. We expect 80% of new members will be in four-star plans or better for 2023, up 5 points. Our updated full-year '21 outlook reflects higher care costs.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the year an outlook opens with ('For fiscal year 2022, we expect') is the year guided, not a target year the call speaks of more often",
		file: "call.txt",
		text: "Welcome to our fourth quarter call. Fourth quarter revenue was $600 million. For fiscal year 2022, we expect revenue of $2.4 billion. We will double earnings per share to $3 in fiscal year 2025. We expect free cash flow of $400 million in fiscal 2025.\n",
		kind: CallTranscript, period: "Q4 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the quarter whose results a speaker goes through ('I'm going to review our results for the fourth quarter') is the call's, however often another quarter is named",
		file: "call.txt",
		text: "Good morning. Today, I'm going to review our results for the fourth quarter and full year. Adjusted revenue was $300 million. Revenue was 10% higher than in 2019 despite the market pullback in the first quarter of 2020, to $1.1 billion. Expenses should increase in the second quarter.\n",
		kind: CallTranscript, period: "Q4 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a target's year ('on track to exceed our $500 million target in fiscal year 2023') is no evidence of the call's year",
		file: "call.txt",
		text: "Welcome to our fourth quarter call. Fourth quarter net sales were $2.1 billion. Our coffee brand is on track to exceed our $500 million target in fiscal year 2023. Pet food is on track to exceed our $900 million target in fiscal year 2023. Fiscal 2021 was a year like no other.\n",
		kind: CallTranscript, period: "Q4 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a release that announces its conference call is a release: its dateline says so",
		file:    "release.md",
		text:    "# Quillfeather Reports First Quarter Fiscal 2026 Financial Results\n\nSEATTLE, Nov. 06, 2025 (GLOBE NEWSWIRE) -- Quillfeather Software, Inc. today announced financial results for its first quarter of fiscal 2026, which ended September 30, 2025. Revenue was $48.2 million.\n\nConference Call\n\nQuillfeather will host a conference call today at 2:00 p.m. PT.\n",
		company: "Quillfeather", kind: PressRelease, period: "Q1 FY2026", fye: time.June, currency: "USD",
	},
	{
		name: "a first line that ends with a full stop is no title: a call that opens with 'These reports, when filed, are available' is a call",
		file: "notes.txt",
		text: "These reports, when filed, are available on our investor relations website.\nI'm joined today by our CFO. On this call, we'll discuss our fourth quarter results. Revenue in the fourth quarter of 2021 was $27.8 billion.\nThank you, and we'll now take your questions on this call.\n",
		kind: CallTranscript, period: "Q4 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "class 1: the half a call's title names with its quarter ('the results for the second quarter and first half of 2025') is the call's, however often a later year is spoken of",
		file:    "call.txt",
		text:    "Operator: Ladies and gentlemen, welcome to the Vestra Industrial AG conference call on the results for the second quarter and first half of 2025.\nStefan Brenner: Revenue increased to €4.21 billion.\nStefan Brenner: We see the segment reaching 11% to 12% margin in 2026.\nStefan Brenner: We see the other segment reaching 9% margin in 2026.\n",
		company: "Vestra Industrial", kind: CallTranscript, period: "Q2 2025", fye: time.December, currency: "EUR",
	},
	{
		name:    "class 1: the day a quarter 'ended on' fixes the fiscal year's end ('Our third quarter of fiscal 2025 ended on June 29, 2025')",
		file:    "call.txt",
		text:    "Operator: Welcome to the Brightwater Semiconductor fiscal 2025 third quarter earnings conference call.\nDana Whitfield: Our third quarter of fiscal 2025 ended on June 29, 2025.\nPriya Raman: Revenue for the third quarter was $1.42 billion.\n",
		company: "Brightwater Semiconductor", kind: CallTranscript, period: "Q3 FY2025", fye: time.September, currency: "USD",
	},
	{
		name:    "a release whose title names its year alone reports the year, however much it says of the fourth quarter",
		file:    "release.txt",
		text:    "Brennerwerk Maschinenbau AG: Record order intake and double-digit EBIT growth in fiscal year 2025\n\nStuttgart, 12 March 2026 – Brennerwerk Maschinenbau AG today published its preliminary figures for fiscal year 2025.\n\nRevenue: EUR 1,234.5 million (previous year: EUR 1,187.3 million).\n\nIn the fourth quarter, revenue amounted to EUR 348.9 million (Q4 2024: EUR 331.2 million). In the fourth quarter, EBIT was EUR 41.2 million.\n",
		company: "Brennerwerk Maschinenbau", kind: PressRelease, period: "FY2025", fye: time.December, currency: "EUR",
	},
	{
		name: "class 1: a year's end in an assumption ('a year-end 2021 rate of 6%') is no evidence of the call's year",
		file: "call.txt",
		text: "Welcome to our first quarter call. Revenue in the first quarter of 2021 was $2.8 billion. Our assumptions include a year-end 2021 unemployment rate of 6%.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the call's date follows its quarter",
		file: "call.txt",
		text: "Good morning and welcome to our call on Thursday, October 28, 2021. Revenue in the quarter was $5.1 billion, compared with $4.2 billion in the third quarter of 2019.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a call that never names itself is known by its speech, and reports the quarter that closes its half",
		file: "notes.txt",
		text: "I'm joined today by our CFO, and you'll hear from him in a moment. We're pleased with the first half of 2021: revenue was $2.2 billion. I'd say we've built real momentum. The Annual Report on Form 10-K lists the risks.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "a release that says the company 'today reported' its quarter is no call, though it never says 'press release'",
		file: "notes.txt",
		text: "Norwell Instruments Reports Fourth Quarter Results\n\nBOSTON, November 12, 2025 -- Norwell Instruments, Inc. today reported results for its fourth quarter of 2025. Net sales were $612.4 million, up 7.2%.\n",
		kind: PressRelease, period: "Q4 2025", fye: time.December, currency: "USD",
	},
	{
		name:    "a half year that ends in September ends a year in March; a title with a legal suffix names the company",
		file:    "interim.txt",
		text:    "Halden Group plc\nInterim results for the six months ended 30 September 2025\n\nRevenue of £412.3m (H1 FY25: £398.1m), up 3.6%.\n",
		company: "Halden", kind: InterimReport, period: "H1 FY2026", fye: time.March, currency: "GBP",
	},
	{
		name:    "the bracket of definitions after a name names the company: Kestrel Holdings Limited (the \"Company\")",
		file:    "results.txt",
		text:    "RESULTS ANNOUNCEMENT\n\nThe board of directors of Kestrel Holdings Limited (the \"Company\") announces the interim results for the six months ended 30 June 2025. Revenue was HK$412.3 million, up 3.6%.\n",
		company: "Kestrel", kind: InterimReport, period: "H1 2025", fye: time.December, currency: "HKD",
	},
	{
		name:    "a Hong Kong announcement names its company in capitals over '(Incorporated in …)', after the exchange's disclaimer",
		file:    "announcement.txt",
		text:    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.\n\nPEARL HARBOUR LOGISTICS HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n(Stock Code: 1234)\n\nANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED 31 MARCH 2025\n\nRevenue increased by 8.4% to HK$2,846.3 million (2024: HK$2,625.7 million).\n",
		company: "Pearl Harbour Logistics", kind: AnnualReport, period: "FY2025", fye: time.March, currency: "HKD",
	},
	{
		name:    "a report titled by its nine months that names its third quarter in passing is the nine months'; a dateline marks a release",
		file:    "vireo.md",
		text:    "# Vireo Group AG: Results for the first nine months of 2025\n\nZug, 23 October 2025 – Vireo Group AG reported net sales of CHF 1,912.4 million for the first nine months of 2025 (9M 2024: CHF 1,845.0 million).\n\nDiagnostics: Net sales rose to CHF 1,104.2 million (9M 2024: CHF 1,052.7 million).\n\nIn the third quarter alone, net sales amounted to CHF 641.7 million (Q3 2024: CHF 618.3 million).\n",
		company: "Vireo", kind: PressRelease, period: "9M 2025", fye: time.December, currency: "CHF",
	},
	{
		name:    "a quarter's release with a dateline and no word that names it a release",
		file:    "notes.txt",
		text:    "BOSTON, Nov. 12, 2025 -- Norwell Instruments reported third quarter 2025 net sales of $612.4 million, up 7.2%.\n",
		company: "Norwell Instruments", kind: PressRelease, period: "Q3 2025", fye: time.December, currency: "USD",
	},
	{
		name:    "a call that speaks of fiscal years and names its quarter's last day once, without the year, fixes the year end",
		file:    "call.txt",
		text:    "Thank you for joining us for Tessaro's fiscal 2025 fourth quarter earnings call.\nWe closed fiscal '25 on a high note. For the quarter ended October 31, revenue was $1.06 billion, up 8% year-over-year.\n",
		company: "Tessaro", kind: CallTranscript, period: "Q4 FY2025", fye: time.October, currency: "USD",
	},
	{
		name:    "a title that says the company reports its results makes a release",
		file:    "notes.txt",
		text:    "Corvell Industries Reports Second Quarter 2025 Results\n\nNet sales: $418.2 million (prior year: $392.1 million)\nDiluted EPS: $0.97 (prior year: $0.79)\n",
		company: "Corvell Industries", kind: PressRelease, period: "Q2 2025", fye: time.December, currency: "USD",
	},
	{
		name:    "an Indian call: the company after 'Earnings Conference Call of', rupees written 'Rs.', a year ending in March",
		file:    "call.txt",
		text:    "Operator: Ladies and gentlemen, good day and welcome to the Q3 FY25 Earnings Conference Call of Vardhan Textiles Limited.\nRakesh Iyer: Thank you. For the quarter ended December 31, 2024, our revenue from operations stood at Rs. 2,845 crore, a growth of 11% year-on-year.\n",
		company: "Vardhan Textiles", kind: CallTranscript, period: "Q3 FY2025", fye: time.March, currency: "INR",
	},
	{
		name:    "a release's quarter 'which ended June 28, 2025' fixes a year ending in September; 'Tarrow Brands, Inc. Reports' names the company",
		file:    "notes.txt",
		text:    "Tarrow Brands, Inc. Reports Third Quarter Fiscal 2025 Results\n\nDALLAS, August 7, 2025 -- Tarrow Brands, Inc. today reported results for its third quarter of fiscal 2025, which ended June 28, 2025. Net sales increased 4.2% to $1.03 billion.\n",
		company: "Tarrow Brands", kind: PressRelease, period: "Q3 FY2025", fye: time.September, currency: "USD",
	},
	{
		name:    "'All amounts are in Canadian dollars unless otherwise noted' states the currency",
		file:    "call.txt",
		text:    "Operator: Good morning and welcome to the Northgate Resources third quarter 2025 conference call.\nKaren Liu: Thank you. All amounts are in Canadian dollars unless otherwise noted.\nKaren Liu: Revenue for the quarter was $1.48 billion, compared with $1.36 billion a year ago.\n",
		company: "Northgate Resources", kind: CallTranscript, period: "Q3 2025", fye: time.December, currency: "CAD",
	},
	{
		name:    "a document of tables alone is in the currency of its tables' figures",
		file:    "dragon.html",
		text:    "<html><body><p>DRAGON PEAK PROPERTIES LIMITED</p><p>(Incorporated in Bermuda with limited liability)</p><p>ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025</p><table><tr><td></td><td>Six months ended 30 June 2025</td><td>Six months ended 30 June 2024</td></tr><tr><td></td><td>HK$'000</td><td>HK$'000</td></tr><tr><td>Revenue</td><td>2,115,408</td><td>1,987,220</td></tr><tr><td>Gross profit</td><td>713,291</td><td>675,315</td></tr></table></body></html>",
		company: "Dragon Peak Properties", kind: InterimReport, period: "H1 2025", fye: time.December, currency: "HKD",
	},
	{
		name:    "'Fiscal 2025 ended on October 31' in a call that speaks of fiscal years fixes the year end",
		file:    "call.txt",
		text:    "Welcome to Acme's fiscal 2025 fourth quarter call. Fiscal 2025 ended on October 31. Fourth quarter revenue was $1.2 billion.\n",
		company: "Acme", kind: CallTranscript, period: "Q4 FY2025", fye: time.October, currency: "USD",
	},
	{
		name:    "'fiscal 2024, which ended September 28, 2024' fixes the year end",
		file:    "call.txt",
		text:    "Welcome to Acme's fiscal 2025 second quarter call. Revenue for fiscal 2024, which ended September 28, 2024, was $4 billion. Second quarter revenue was $1.2 billion.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 FY2025", fye: time.September, currency: "USD",
	},
	{
		name:    "'our third quarter, which ended February 28' without its year still fixes a year ending in May",
		file:    "call.txt",
		text:    "Operator: Good morning, and welcome to the Brightwater Foods Fiscal 2025 Third Quarter Earnings Conference Call.\nTom Reyes: Our third quarter, which ended February 28, was a good one. Net sales increased 6% to $1.42 billion.\nAlicia Grant: For fiscal 2025, which ends May 31, we now expect net sales of $5.55 billion to $5.60 billion.\n",
		company: "Brightwater Foods", kind: CallTranscript, period: "Q3 FY2025", fye: time.May, currency: "USD",
	},
	{
		name: "a release quoting its chief executive is no call",
		file: "notes.txt",
		text: "Acme Corp. today announced revenue of $2.2 billion for the first half of 2021. \"I'm proud of the team,\" said the chief executive. \"You can see it in every number.\"\n",
		kind: PressRelease, period: "H1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a year the text goes into is the next one",
		file: "call.txt",
		text: "Welcome to our third quarter earnings call. Third quarter revenue was $1.2 billion. As we look ahead to fiscal '23, we see the momentum carrying into 2023.\n",
		kind: CallTranscript, period: "Q3 2022", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: only a year looked ahead to, not gone into: that year, marked as guessed",
		file: "call.txt",
		text: "Welcome to our second quarter earnings call. Second quarter revenue was $1.2 billion, and we see the momentum holding throughout 2021.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD", guessed: true,
	},
	{
		name: "class 1: a multiple sets the quarter after it against the call's ('double the number recorded in')",
		file: "call.txt",
		text: "Welcome to our third quarter call. Operating income of $640 million was double the number recorded in the third quarter of 2019. We expect to open 40 stores in 2021.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: must not change: 'double-digit growth in' a quarter is no comparison",
		file: "call.txt",
		text: "Welcome to our third quarter call. We delivered double-digit growth in the third quarter of 2021, and orders rose 12%.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a 'high-level' summary of the year's results compares nothing",
		file: "call.txt",
		text: "Welcome to our fourth quarter call. Turning to slide nine, which is a high-level summary of our full year 2020 results. Revenue was $1.9 billion.\n",
		kind: CallTranscript, period: "Q4 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a deal's closing date is no vote for the call's quarter",
		file: "call.txt",
		text: "Good morning, and thank you for joining us. Slide 4 shows our reported financial results at the top of the page for the second quarter. The acquisition is on track to close in the fourth quarter. As I mentioned, we're on track to close in the fourth quarter. We remain on track to close the deal in the fourth quarter, which will expand our capabilities.\n",
		kind: CallTranscript, period: "Q2 2019", fye: time.December, currency: "USD", guessed: true,
	},
	{
		name: "class 1: must not change: 'to close' a year the call looks ahead to is its outlook",
		file: "call.txt",
		text: "Welcome to our third quarter call. Third quarter revenue was $480 million. We expect to close fiscal 2021 with revenue of about $2 billion.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: growth on top of a quarter's growth sets that quarter against the call's",
		file: "call.txt",
		text: "Welcome to our second quarter call. Second quarter revenue was $2.1 billion, up 9% on top of 20% growth in the second quarter of 2020. Our priorities for 2021 are unchanged.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: growth on top of growth, the figure's words between, is set against that quarter",
		file: "call.txt",
		text: "Soma posted a 30% comp sales increase over last year's third quarter on top of an 11% comp sales increase in the third quarter of 2019. Third quarter sales were $400 million.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the second item of a comparison's list, after last year's quarter, is compared too",
		file: "call.txt",
		text: "Diluted earnings per share were $0.15 for the quarter, compared to a $0.48 loss per share in last year's third quarter and a $0.7 loss per share for the third quarter of 2019. Third quarter sales were $400 million.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a quarter of this year in a list beside figures is still the call's own",
		file: "call.txt",
		text: "Third quarter sales were $400 million and operating income was $41 million in the third quarter of 2021, and $0.52 per share in the same quarter.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a year the quarter came into is the year in progress, not the one before",
		file: "call.txt",
		text: "Welcome to our first quarter call. First quarter revenue was $1.2 billion, better than the pace of growth we planned coming into 2021. Our outlook for 2021 is unchanged.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: months into a year are months of the year in progress",
		file: "call.txt",
		text: "Welcome to our second quarter call. Second quarter revenue was $1.2 billion. Six months into fiscal 2021, we are well on our way to our goals.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the same period in two years, both spoken of as results: the later is the call's",
		file: "call.txt",
		text: "Welcome to our third quarter call. Cash from operations was $400 million for the first nine months of 2021. That compares with $2.1 billion in the first nine months of 2020. Excluding relief payments, cash from operations was $667 million for the first nine months of 2020.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: in a fourth quarter's call, years beyond the one guided are targets",
		file: "call.txt",
		text: "Welcome to our fourth quarter call. Fourth quarter revenue was $16 billion. We expect fiscal '23 revenue of $51 billion. In fiscal '23, we plan to open 20 stores, and our fiscal '23 guidance assumes a flat market. We expect fiscal '23 margins of 5%, and as we look to fiscal '25, our fiscal '25 targets are higher.\n",
		kind: CallTranscript, period: "Q4 2022", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a market's size years ahead is no outlook of the call's",
		file: "call.txt",
		text: "Welcome to our third quarter call. Third quarter revenue was $16 billion, against the third quarter of 2019. We now expect to exceed the high end of our $500 million to $600 million goal for targeted improvements in 2020. The market for functional beverages could be as large as $190 billion in 2024.\n",
		kind: CallTranscript, period: "Q3 2020", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: guidance a past event has driven is no outlook",
		file: "call.txt",
		text: "Welcome to our third quarter call. Third quarter revenue was $1.2 billion. These factors have driven our 2020 EBIT guidance down to $165 million. We are reducing our 2021 free cash flow guidance to at least $100 million.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a horizon says nothing of the call's year",
		file: "call.txt",
		text: "Welcome to our third quarter call. Third quarter revenue was $1.2 billion, against $1.1 billion in the third quarter of 2020. Our notes are callable through the end of 2022, and our lease runs until 2024.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a negative figure compared with, and a rate comparable to, a quarter a year back",
		file: "call.txt",
		text: "Welcome to our first quarter call. Free cash flow was $32 million, as compared to negative $8 million in the first quarter of 2020. The tax rate was 28%, comparable to the first quarter of 2020. Our priorities for 2021 are unchanged.\n",
		kind: CallTranscript, period: "Q1 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the last annual report filed is last year's, in an earlier quarter's call",
		file: "call.txt",
		text: "Thank you, operator. Good morning, everyone, and thanks for joining us on our second quarter call. I'm joined today by our CFO. Risks are described in our 2020 Annual Report on Form 10-K. Second quarter revenue was $2.1 billion. We redeemed notes due in 2023.\n",
		kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: a Form 10-K for a year ended names last year, in an earlier quarter's call",
		file: "call.txt",
		text: "Thank you, operator. Good morning, everyone, and thanks for joining us on our third quarter call. I'm joined today by our CFO. Please refer to our Form 10-K for the year ended December 31, 2020. Third quarter revenue was $2.1 billion.\n",
		kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a call's company is the proper name its results belong to, not a segment's or a place's",
		file:    "call-0001.txt",
		text:    "Welcome to our second quarter 2021 call. Puerto Rico's economy improved. Harsco's revenues totaled $570 million in the second quarter. The Rail segment delivered revenue of $101 million, and the Rail team delivered again. Harsco delivered a strong quarter.\n",
		company: "Harsco", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a company's name written in its web address is still a proper name",
		file:    "call-0001.txt",
		text:    "You can access this announcement on our website, www.aam.com.\nJoining me on the call today is Mike Simonte, AAM's President.\nAAM delivered solid operating performance in the third quarter of 2021. AAM sales for the third quarter of 2021 were $1.21 billion.\n",
		company: "AAM", kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a name ending in a common noun, with a legal word after it, is still a proper name",
		file:    "call-0001.txt",
		text:    "Our results for the third quarter of 2021 continue to build on our momentum.\nIn the third quarter, Winnebago Industries grew net sales to a record $960.7 million. Many industries recovered.\nWinnebago Industries delivered record results.\n",
		company: "Winnebago Industries", kind: CallTranscript, period: "Q3 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a place's possessive alone names no company: the file's name stands",
		file:    "acme-call.txt",
		text:    "Welcome to our second quarter 2021 call. Puerto Rico's economy improved, and Puerto Rico's tourism too. Revenue was $570 million in the second quarter.\n",
		company: "acme", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name:    "a statement of the figures' currency sets the document's; a loan's currency does not",
		file:    "acme-call.txt",
		text:    "Welcome to Acme's second quarter 2021 call. Unless otherwise stated, all financial figures mentioned during this call are denominated in RMB. Revenue was $570 million in the second quarter.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "CNY",
	},
	{
		name:    "loans denominated in pounds sterling leave a dollar document in dollars",
		file:    "acme-call.txt",
		text:    "Welcome to Acme's second quarter 2021 call. Revenue was $570 million in the second quarter and net income was $52 million. The credit agreement sets a rate for loans denominated in pounds sterling.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD",
	},
	{
		name: "class 1: the year guided named by the day it ends, against a quarter of two years back",
		file: "call.txt",
		text: "First quarter sales rose 14% to $82 million. Compared to the first quarter of fiscal 2020, before the pandemic, sales are up 9%, the best fiscal first quarter we have had. We expect total sales growth to exceed 12% for the full year ending July 31, 2022.\n",
		kind: CallTranscript, period: "Q1 FY2022", fye: time.July, currency: "USD",
	},
	{
		name: "class 1: a retailer's year ending in January is no vote (it may be named for either year)",
		file: "call.txt",
		text: "Third quarter sales were $1.2 billion, up 8% from the third quarter of 2020. We expect full-year sales growth of 6% for the fiscal year ending January 29, 2022.\n",
		kind: CallTranscript, period: "Q3 FY2021", fye: time.January, currency: "USD",
	},
	{
		name: "years named for their start, as the text defines them ('“fiscal 2024” refers to the fiscal year from April 1, 2024 to March 31, 2025')",
		file: "results.txt",
		text: "Consolidated Financial Results for the Fiscal Year Ended March 31, 2025\n\n(In this document, \"fiscal 2024\" refers to the fiscal year from April 1, 2024 to March 31, 2025.)\n\n1. CONSOLIDATED RESULTS FOR FISCAL 2024\n\nNet sales increased 6.2% to ¥1,248.6 billion (fiscal 2023: ¥1,175.7 billion).\n\n2. FORECASTS FOR FISCAL 2025 (APRIL 1, 2025 TO MARCH 31, 2026)\n\nFor fiscal 2025, the Company forecasts net sales of ¥1,300.0 billion.\n",
		kind: AnnualReport, period: "FY2024", fye: time.March, currency: "JPY",
	},
	{
		name: "years named for their end, dated so, stay so",
		file: "results.txt",
		text: "Consolidated Financial Results for the Fiscal Year Ended March 31, 2025\n\n(In this document, \"fiscal 2025\" refers to the fiscal year from April 1, 2024 to March 31, 2025.)\n\nNet sales increased 6.2% to ¥1,248.6 billion in fiscal 2025 (fiscal 2024: ¥1,175.7 billion). For fiscal 2026 (April 1, 2025 to March 31, 2026), the Company forecasts net sales of ¥1,300.0 billion.\n",
		kind: AnnualReport, period: "FY2025", fye: time.March, currency: "JPY",
	},
	{
		name:    "a release whose safe harbour names the 'Annual Report on Form 10-K' is a release",
		file:    "pinecrest.txt",
		text:    "Pinecrest Outfitters Reports Third Quarter 2025 Results\n\nNet sales for the third quarter of 2025 were $1.1 billion.\n\nRisks are described in the Company's Annual Report on Form 10-K for the fiscal year ended December 31, 2024.\n",
		company: "Pinecrest Outfitters", kind: PressRelease, period: "Q3 2025", fye: time.December, currency: "USD",
	},
	{
		name:    "'unless we specifically indicate' makes the default a call's core measures set",
		file:    "acme-call.txt",
		text:    "Welcome to Acme's second quarter 2021 call. We'll be discussing our results using core performance measures unless we specifically indicate our comments relate to GAAP data. Sales were $3.6 billion in the second quarter.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 2021", fye: time.December, currency: "USD", nonGAAP: true,
	},
	{
		name:    "no year anywhere: the year of Options.Today, marked as guessed",
		file:    "acme-call.txt",
		text:    "Welcome to Acme's second quarter earnings call. Revenue was $1.2 billion this quarter.\n",
		company: "Acme", kind: CallTranscript, period: "Q2 2019", fye: time.December, currency: "USD", guessed: true,
	},
}

// contextToday is the day the context tests run on, for documents that
// name no year.
var contextToday = time.Date(2019, time.August, 1, 0, 0, 0, 0, time.UTC)

func TestContext(t *testing.T) {
	for _, tc := range contextCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse(tc.file, []byte(tc.text), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			Extract(doc, Options{Today: contextToday})
			c := doc.Context
			if c.PeriodGuessed != tc.guessed {
				t.Errorf("period guessed %v, want %v", c.PeriodGuessed, tc.guessed)
			}
			if tc.company != "" && c.Company != tc.company {
				t.Errorf("company %q, want %q", c.Company, tc.company)
			}
			if c.Kind != tc.kind {
				t.Errorf("kind %v, want %v", c.Kind, tc.kind)
			}
			if got := c.PeriodLabel(); got != tc.period {
				t.Errorf("period %s, want %s", got, tc.period)
			}
			if c.Calendar.fye() != tc.fye {
				t.Errorf("fiscal year end %v, want %v", c.Calendar.fye(), tc.fye)
			}
			if c.Currency != tc.currency {
				t.Errorf("currency %s, want %s", c.Currency, tc.currency)
			}
			if c.NonGAAP != tc.nonGAAP {
				t.Errorf("non-GAAP default %v, want %v", c.NonGAAP, tc.nonGAAP)
			}
		})
	}
}

// TestCalendar checks fiscal periods and their labels.
func TestCalendar(t *testing.T) {
	cases := []struct {
		cal   Calendar
		p     Period
		label string
	}{
		{Calendar{}, Calendar{}.Quarter(2025, 2), "Q2 2025"},
		{Calendar{}, Calendar{}.Half(2024, 1), "H1 2024"},
		{Calendar{}, Calendar{}.NineMonths(2025), "9M 2025"},
		{Calendar{}, Calendar{}.FiscalYear(2024), "FY2024"},
		{Calendar{FiscalYearEnd: time.August}, Calendar{FiscalYearEnd: time.August}.Quarter(2022, 1), "Q1 FY2022"},
		{Calendar{FiscalYearEnd: time.October}, Calendar{FiscalYearEnd: time.October}.FiscalYear(2021), "FY2021"},
		{Calendar{}, InstantAt(Date{2025, time.June, 30}), "2025-06-30"},
	}
	for _, tc := range cases {
		if got := tc.cal.Label(tc.p); got != tc.label {
			t.Errorf("%v labelled %q, want %q", tc.p, got, tc.label)
		}
	}
	q1 := Calendar{FiscalYearEnd: time.August}.Quarter(2022, 1)
	if q1.Start != (Date{2021, time.September, 1}) || q1.End != (Date{2021, time.November, 30}) {
		t.Errorf("Q1 FY2022 of an August year is %v", q1)
	}
	if p := (Calendar{}).Quarter(2024, 1).Shift(-3); p != (Calendar{}).Quarter(2023, 4) {
		t.Errorf("a quarter before Q1 2024 is %v", p)
	}
	// a retailer's fiscal 2025 starts in February 2025 and ends in January 2026
	retail := Calendar{FiscalYearEnd: time.January, StartNamed: true}
	if q3 := retail.Quarter(2025, 3); q3.Start != (Date{2025, time.August, 1}) || q3.End != (Date{2025, time.October, 31}) || retail.Label(q3) != "Q3 FY2025" {
		t.Errorf("Q3 of a retailer's fiscal 2025 is %v, %q", q3, retail.Label(q3))
	}
	if fy := retail.FiscalYearOf(Date{2026, time.January, 31}); fy != 2025 {
		t.Errorf("31 January 2026 falls in a retailer's fiscal %d, want 2025", fy)
	}
}

// TestRetailYears: a release of "the thirteen weeks ended November 1, 2025
// (third quarter) of fiscal 2025" names its years for their start; one
// that pairs "fiscal 2025" with a year ended in January 2025 names them for
// their end.
func TestRetailYears(t *testing.T) {
	cases := []struct {
		name, text string
		start      bool
		period     Period
	}{
		{
			name:   "weeks ended in the year the name says",
			text:   "Harbor & Pine Outfitters Reports Third Quarter Fiscal 2025 Results\n\nHarbor & Pine Outfitters today reported results for the thirteen weeks ended November 1, 2025 (\"third quarter\") of fiscal 2025.\nNet sales increased 4.5% to $1,109.3 million, compared to $1,061.7 million in the third quarter of fiscal 2024.\nFor the 13 weeks ended November 1, 2025, diluted EPS was $1.20.\n",
			start:  true,
			period: Period{Start: Date{2025, time.August, 1}, End: Date{2025, time.October, 31}},
		},
		{
			name:   "a year named for its end",
			text:   "Best Value Reports Third Quarter Fiscal 2026 Results\n\nBest Value today reported results for the 13 weeks ended November 1, 2025 (\"third quarter\") of fiscal 2026.\nNet sales were $9.4 billion in the third quarter of fiscal 2026.\n",
			start:  false,
			period: Period{Start: Date{2025, time.August, 1}, End: Date{2025, time.October, 31}},
		},
	}
	for _, tc := range cases {
		doc, err := Parse("release.md", []byte(tc.text), LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		Extract(doc, Options{})
		c := doc.Context
		if c.Calendar.StartNamed != tc.start || c.Calendar.FiscalYearEnd != time.January || c.Period != tc.period {
			t.Errorf("%s: calendar %+v, period %v; want start-named %v, January, %v", tc.name, c.Calendar, c.Period, tc.start, tc.period)
		}
	}
}

// TestIntoClues: a year the text goes "into" is the one after the year in
// progress only when nothing nearer is looked ahead to first.
func TestIntoClues(t *testing.T) {
	cases := []struct {
		text string
		year int
		into bool
		rest bool
	}{
		{"We remain well positioned as we head into fiscal 2023.", 2023, true, false},
		{"We expect to open new communities in 2021 and well into 2022.", 2022, false, false},
		{"The first center opens early next year, continuing into 2024.", 2024, false, false},
		{"We saw strong demand coming into 2021.", 2021, false, false},
		{"Six months into fiscal 2021, we are on track.", 2021, false, true},
		{"To date into 2021, we have repurchased $183 million of shares.", 2021, false, true},
		{"We will invest for share gains as we move toward fiscal 2022.", 2022, true, false},
		{"As we look towards 2022, demand stays strong.", 2022, true, false},
		{"Traffic is trending back toward 2019 levels.", 2019, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			doc, err := Parse("call.txt", []byte(tc.text+"\n"), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := newReader(doc)
			found := false
			for _, c := range r.readPeriodClues() {
				if c.year != tc.year {
					continue
				}
				found = true
				if c.into != tc.into || c.rest != tc.rest {
					t.Errorf("into %v rest %v, want into %v rest %v", c.into, c.rest, tc.into, tc.rest)
				}
			}
			if !found {
				t.Errorf("no clue of %d", tc.year)
			}
		})
	}
}

// TestBeyondNextYear: a year written after "next year" in its sentence
// lies beyond the year ahead and dates nothing of the document's; the
// comparative still dates the call.
func TestBeyondNextYear(t *testing.T) {
	cases := []struct {
		name, text string
		year       int
	}{
		{"a year after next year", "In the third quarter, net income was $41 million, up from $35 million in the third quarter of 2020. " +
			"We are preparing the Dallas expansion, with the first center opening early next year and continuing into 2024.", 2021},
		{"a year ahead alone still dates the call", "In the third quarter, net income was $41 million, up from $35 million in the third quarter of 2020. " +
			"We expect the Dallas expansion to add to earnings in 2022.", 2021},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("call.txt", []byte(tc.text+"\n"), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if v := newReader(doc).readPeriod(); v.year != tc.year {
				t.Errorf("year %d, want %d (%s)", v.year, tc.year, v.doubt)
			}
		})
	}
}

// TestFiscalYearEndChosen: a fiscal year end a person chose for a company
// reads its documents in that calendar, over what the text says (here
// nothing), and the documents say it was chosen.
func TestFiscalYearEndChosen(t *testing.T) {
	text := "Welcome to the HP Inc. fourth quarter fiscal 2021 earnings call.\nIn Q4, net revenue was $16.7 billion.\n"
	doc, err := Parse("hp.txt", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep := Build([]*Document{doc}, Options{})
	if got := rep.CalendarOf("HP").FiscalYearEnd; got != 0 && got != time.December {
		t.Fatalf("without a choice the year ends in %v", got)
	}
	doc2, _ := Parse("hp.txt", []byte(text), LoadOptions{})
	rep = Build([]*Document{doc2}, Options{FiscalYearEnds: map[string]time.Month{"HP": time.October}})
	if got := rep.CalendarOf("HP").FiscalYearEnd; got != time.October || !doc2.Context.FiscalYearEndSet {
		t.Fatalf("chosen October: the calendar ends in %v (set %v)", got, doc2.Context.FiscalYearEndSet)
	}
	var revenue *Fact
	for _, f := range rep.Facts {
		if f.Concept == "Revenue" {
			revenue = f
		}
	}
	if revenue == nil || revenue.Period.End.String() != "2021-10-31" {
		t.Errorf("revenue of Q4 FY2021 is %v, want the quarter to 31 October 2021", revenue)
	}
}

// TestDocumentPeriodSet: a period a person says a document reports
// replaces the one Facet read, and its figures of "the quarter" follow.
func TestDocumentPeriodSet(t *testing.T) {
	text := "Welcome to Acme's earnings call for the second quarter of 2024.\nRevenue in the quarter was $120.5 million.\n"
	doc, err := Parse("acme.txt", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	q3 := Calendar{}.Quarter(2024, 3)
	rep := Build([]*Document{doc}, Options{Periods: map[string]Period{"acme.txt": q3}})
	if doc.Context.Period != q3 || !doc.Context.PeriodSet || doc.Context.PeriodGuessed {
		t.Fatalf("the document reports %v (set %v)", doc.Context.Period, doc.Context.PeriodSet)
	}
	for _, f := range rep.Facts {
		if f.Concept == "Revenue" && f.Period != q3 {
			t.Errorf("revenue of \"the quarter\" is %v, want the quarter set, %v", f.Period, q3)
		}
	}
}

// TestDocumentPeriodSetIgnoresOddPeriods: a period of no kind the
// company's calendar has (two months) leaves Facet's reading standing.
func TestDocumentPeriodSetIgnoresOddPeriods(t *testing.T) {
	text := "Welcome to Acme's earnings call for the second quarter of 2024.\nRevenue in the quarter was $120.5 million.\n"
	doc, err := Parse("acme.txt", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	odd := Period{Start: MakeDate(2024, 5, 1), End: MakeDate(2024, 6, 30)}
	Build([]*Document{doc}, Options{Periods: map[string]Period{"acme.txt": odd}})
	if doc.Context.PeriodSet || doc.Context.Period != (Calendar{}).Quarter(2024, 2) {
		t.Errorf("a two-month period set: %v (set %v)", doc.Context.Period, doc.Context.PeriodSet)
	}
}

// TestCompanyName reads the company from calls that never open with the
// operator's "Welcome to X": a market, a speaker or a business named once
// is not the company; the file name (here a neutral one) stands in.
func TestCompanyName(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			"a region that delivers results is a market",
			"It's a pleasure to speak with you today. The Americas delivered revenues up 9% to $419.5 million. Growth within the Americas was driven by Vascular Access. We estimate that the Americas would have grown 12%.\n",
			"call",
		},
		{
			"a state that reported is a market",
			"Nebraska reported strong customer growth this quarter, and Nebraska and Colorado added load. Nebraska's rate review is on track.\n",
			"call",
		},
		{
			"the roll's first names are speakers; the possessive before the title is the company",
			"In a moment, Bruce Broussard, Humana's President and Chief Executive Officer; and Susan Diamond, Chief Financial Officer, will discuss our second quarter 2021 results. As Bruce indicated, Bruce's remarks cover Medicare. Bruce delivered a clear message on Medicare Advantage. Revenue was $20.9 billion.\n",
			"Humana",
		},
		{
			"a speaker handed the call is no company, though the text gives the name a quarter",
			"Thank you, Mark. As Mark mentioned, Mark's fourth quarter remarks cover pricing, and Mark reported strong demand. Hyatt's results were strong, and Hyatt's team delivered. Revenue was $1.1 billion.\n",
			"Hyatt",
		},
		{
			"a company's name before a comma is no speaker's",
			"Welcome to the Kingsoft Cloud second quarter 2025 earnings conference call. Joining us from Kingsoft Cloud, we have our CEO, Mr. Zou Tao. Revenue was RMB 2.35 billion.\n",
			"Kingsoft Cloud",
		},
		{
			"a business named once with a results verb is not the company",
			"Flint delivered good growth in the quarter. Revenue was $4.4 billion, up 12%.\n",
			"call",
		},
		{
			"a name reporting its own quarter is the company, said once",
			"Today, FCX reported second quarter 2021 net income of $1.4 billion.\n",
			"FCX",
		},
		{
			"what is attributable to a name is the company's, said once",
			"Adjusted net income attributable to Waste Connections was $187 million in the quarter.\n",
			"Waste Connections",
		},
		{
			"the pandemic is no company",
			"COVID's impact on results faded. COVID delivered another wave in August, and COVID cases rose. Revenue was $1.1 billion.\n",
			"call",
		},
		{
			"a name joined by '&' or '-' without spaces is written as the text writes it",
			"Welcome to PSE&G's second quarter 2021 call. La-Z-Boy's results are not ours. Revenue was $2.1 billion.\n",
			"PSE&G",
		},
		{
			"a joined abbreviation is no name",
			"M&A's contribution was small. M&A delivered growth, and M&A will continue. M&A's pipeline is full.\n",
			"call",
		},
		{
			"a name in capitals is written as a name: a short word ('BAY') like the long ones, initials ('HK') as they are",
			"LOTUS BAY HOLDINGS LIMITED\n(Incorporated in the Cayman Islands with limited liability)\n\nRevenue was HK$1,284.5 million.\n",
			"Lotus Bay",
		},
		{
			"a company that names itself throughout is read without a title",
			"Watsco delivered another record quarter. Watsco's scale is an advantage, and Watsco will keep investing. Revenue was $1.7 billion.\n",
			"Watsco",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("call-0001.txt", []byte(tc.text), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			Extract(doc, Options{Today: contextToday})
			if got := doc.Context.Company; got != tc.want {
				t.Errorf("company %q, want %q", got, tc.want)
			}
		})
	}
}
