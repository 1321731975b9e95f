package parse

import (
	"sort"
	"strings"
)

// The lexicon: every phrase Facet recognises, grouped by what it tells the
// binder. Each group is a list of data; the binder reads the entries a
// sentence contains and applies small rules to them. Phrases are matched
// by their letters (see matcher.go), so "R and D", "R&D" and "R & D" need
// separate entries only where their letters differ.

// entryKind is what a lexicon entry tells the binder.
type entryKind uint8

const (
	eConcept       entryKind = iota // names what a figure is
	eSegment                        // names a segment (a known one, with aliases)
	eSegmentWord                    // "segment", "division": marks a named segment nearby
	eAdjusted                       // non-GAAP: "adjusted", "non-GAAP", "excluding share-based compensation"
	eGAAP                           // explicitly GAAP: "GAAP", "reported"
	eTotal                          // company-wide: "total", "consolidated", "group"
	ePeriod                         // a period word (see periodWord)
	eMonth                          // a month name
	eGuidance                       // expectation: "expect", "guidance", "outlook"
	eCompare                        // introduces a comparative: "compared with", "from", "versus"
	eChange                         // a change: a figure right after it is a difference, not a level
	eChangeTo                       // "to", "reaching": what follows is the new level
	eLowBound                       // "at least", "in excess of"
	eHighBound                      // "up to", "no more than"
	eApprox                         // "approximately", "around"
	eBetween                        // "between", "in the range of": a range follows
	eNegative                       // "negative", "a loss of", "outflow": the figure is negative
	eRespectively                   // pairs lists of names with lists of figures
	eBlock                          // figures in this clause are not the company's facts
	eIncluding                      // "including": what follows is a part, not the total
	eCurrency                       // a currency written as a word
	eScale                          // a scale word
	eCountNoun                      // "shares", "customers": the figure counts things
	ePerShareBasis                  // "on a per share basis": the sentence's small figures are per share
	eContext                        // a document-context phrase (see ctxKind)
)

// conceptCue says which concept a phrase names, by the kind of figure it
// is bound to: "dividend" is DividendsPaid for money, DividendsPerShare per
// share.
type conceptCue struct {
	money, ratio, perShare, count string
	sign                          int8 // -1: the phrase names a loss or an outflow
	// opposite: the phrase names the concept turned round, its figure's
	// sign to be turned ("a financial result of EUR -12.3 million" is a
	// net interest expense of 12.3 million)
	opposite bool
	adjusted bool // the phrase itself is non-GAAP ("core earnings")
	weak     bool // a generic word that yields to a specific one nearby
	fuzzy    bool // matched loosely: a transcriber's variant
}

type entry struct {
	kind     entryKind
	text     string
	cue      conceptCue
	segment  string     // eSegment: canonical name
	period   periodWord // ePeriod
	month    int        // eMonth
	currency string     // eCurrency
	scale    int        // eScale: power of ten
	ctx      ctxKind    // eContext
	// sentenceWide marks an eBlock phrase that blocks its whole sentence.
	sentenceWide bool
}

// periodWord is what a period phrase means before it is resolved against
// the document's own period.
type periodWord uint8

const (
	pwNone         periodWord = iota
	pwQuarter                 // "quarter" with a number: see pwQ1…
	pwQ1                      // first quarter
	pwQ2                      // second quarter
	pwQ3                      // third quarter
	pwQ4                      // fourth quarter
	pwH1                      // first half, six months ended
	pwH2                      // second half
	pwNineMonths              // first nine months
	pwFullYear                // full year, fiscal year, year ended
	pwYearToDate              // year to date
	pwThisQuarter             // this quarter, the quarter
	pwThisPeriod              // this period, the reporting period
	pwThisYear                // this year, current year
	pwPriorYear               // same quarter last year, previous year
	pwPriorQuarter            // last quarter, previous quarter
	pwNextQuarter             // next quarter
	pwNextYear                // next year
	pwYoY                     // "year over year": comparatives are a year back
	pwQoQ                     // "quarter over quarter": comparatives are a quarter back
	pwFiscal                  // "fiscal", "FY": a year follows
	pwAsOf                    // "as of", "at": an instant follows
	pwPeriodEnd               // "end of the quarter", "quarter end"
	pwYearEnd                 // "end of the year", "year end"
	pwEnded                   // "ended", "ending": a date follows
	pwSamePeriodOf            // "the same period of/in": a year follows
	pwQuarterOf               // "quarter" alone (Q4 '20 style handled by tokens)
	pwYear                    // "year" alone, before a number: "year 2024"
)

// ctxKind is a document-context phrase.
type ctxKind uint8

const (
	cxNone         ctxKind = iota
	cxCall                 // an earnings call
	cxInterim              // an interim report
	cxAnnual               // an annual report
	cxRelease              // a press release
	cxDenominated          // "denominated in", "expressed in", "in millions of": a currency follows
	cxUnless               // "unless otherwise stated": a default follows
	cxNonGAAPAll           // "on a non-GAAP basis", "adjusted basis"
	cxFYEnd                // "fiscal year ending", "fiscal year ended": a date follows
	cxTranscript           // "transcript", "operator"
	cxWelcome              // "welcome to": a company name follows
	cxReports              // "reports", "announces": a company name precedes
	cxAttributable         // "attributable to": a company name follows
	cxThousands            // "in thousands": figures are in thousands
	cxMillions             // "in millions"
)

// concept phrases: the words a company uses for each concept.
var conceptLexicon = []struct {
	text string
	cue  conceptCue
}{
	// revenue
	{"revenue", conceptCue{money: "Revenue"}},
	{"revenues", conceptCue{money: "Revenue"}},
	{"total revenue", conceptCue{money: "Revenue"}},
	{"net revenue", conceptCue{money: "Revenue"}},
	{"sales", conceptCue{money: "Revenue"}},
	{"net sales", conceptCue{money: "Revenue"}},
	{"turnover", conceptCue{money: "Revenue"}},
	{"top line", conceptCue{money: "Revenue"}},
	{"revenue from related parties", conceptCue{money: "RelatedPartyRevenue"}},
	{"related party revenue", conceptCue{money: "RelatedPartyRevenue"}},
	{"related party transactions", conceptCue{money: "RelatedPartyRevenue", weak: true}},
	{"billings", conceptCue{money: "Billings"}},
	{"total billings", conceptCue{money: "Billings"}},
	{"AI gross billing", conceptCue{money: "AIGrossBilling"}},
	{"AI gross billings", conceptCue{money: "AIGrossBilling"}},
	{"bookings", conceptCue{money: "OrderIntake"}},
	{"new bookings", conceptCue{money: "OrderIntake"}},
	{"order intake", conceptCue{money: "OrderIntake"}},
	{"incoming orders", conceptCue{money: "OrderIntake"}},
	{"orders", conceptCue{money: "OrderIntake", weak: true}},
	{"new orders", conceptCue{money: "OrderIntake"}},
	{"order backlog", conceptCue{money: "Backlog"}},
	{"backlog", conceptCue{money: "Backlog"}},
	{"order book", conceptCue{money: "Backlog"}},
	{"remaining performance obligations", conceptCue{money: "RemainingPerformanceObligations"}},
	{"RPO", conceptCue{money: "RemainingPerformanceObligations"}},
	{"annual recurring revenue", conceptCue{money: "AnnualRecurringRevenue"}},
	{"ARR", conceptCue{money: "AnnualRecurringRevenue"}},
	{"deferred revenue", conceptCue{money: "DeferredRevenue"}},
	{"contract liabilities", conceptCue{money: "DeferredRevenue"}},

	// cost of revenue and its parts
	{"cost of revenue", conceptCue{money: "CostOfRevenue"}},
	{"costs of revenue", conceptCue{money: "CostOfRevenue"}},
	{"cost of revenues", conceptCue{money: "CostOfRevenue"}},
	{"costs of revenues", conceptCue{money: "CostOfRevenue"}},
	{"cost of sales", conceptCue{money: "CostOfRevenue"}},
	{"cost of goods sold", conceptCue{money: "CostOfRevenue"}},
	{"COGS", conceptCue{money: "CostOfRevenue"}},
	{"IDC costs", conceptCue{money: "IDCCost"}},
	{"IDC cost", conceptCue{money: "IDCCost"}},
	{"internet data center costs", conceptCue{money: "IDCCost"}},
	{"depreciation and amortization costs", conceptCue{money: "DepreciationAndAmortizationCost"}},
	{"depreciation and amortisation costs", conceptCue{money: "DepreciationAndAmortizationCost"}},
	{"solution development and services costs", conceptCue{money: "SolutionDevelopmentCost"}},
	{"solution development and service costs", conceptCue{money: "SolutionDevelopmentCost"}},
	{"solution developments and services costs", conceptCue{money: "SolutionDevelopmentCost"}},
	{"solution development and services cost", conceptCue{money: "SolutionDevelopmentCost"}},
	{"fulfillment costs", conceptCue{money: "FulfillmentCost"}},
	{"fulfilment costs", conceptCue{money: "FulfillmentCost"}},
	{"fulfillment cost", conceptCue{money: "FulfillmentCost"}},
	{"other costs", conceptCue{money: "OtherCost"}},

	// profit
	{"gross profit", conceptCue{money: "GrossProfit"}},
	{"gross profits", conceptCue{money: "GrossProfit"}},
	{"gross loss", conceptCue{money: "GrossProfit", sign: -1}},
	// "gross margin" in money is gross profit, as US companies say it: "we
	// delivered $576 million in gross margin or 37.4% of sales"
	{"gross margin", conceptCue{money: "GrossProfit", ratio: "GrossMargin"}},
	{"gross margins", conceptCue{ratio: "GrossMargin"}},
	{"gross profit margin", conceptCue{ratio: "GrossMargin"}},
	{"gross loss margin", conceptCue{ratio: "GrossMargin", sign: -1}},
	{"operating income", conceptCue{money: "OperatingIncomeLoss", perShare: "EPS"}},
	{"operating profit", conceptCue{money: "OperatingIncomeLoss"}},
	// recurring results leave out one-offs, as French and Belgian
	// companies report them ("résultat opérationnel courant"); not
	// "recurring revenue"
	{"recurring operating income", conceptCue{money: "OperatingIncomeLoss", adjusted: true}},
	{"recurring operating profit", conceptCue{money: "OperatingIncomeLoss", adjusted: true}},
	{"current operating income", conceptCue{money: "OperatingIncomeLoss", adjusted: true}},
	{"recurring operating margin", conceptCue{ratio: "OperatingMargin", adjusted: true}},
	{"current operating margin", conceptCue{ratio: "OperatingMargin", adjusted: true}},
	{"recurring EBIT", conceptCue{money: "OperatingIncomeLoss", adjusted: true}},
	{"recurring EBITDA", conceptCue{money: "EBITDA", ratio: "EBITDAMargin", adjusted: true}},
	{"recurring net income", conceptCue{money: "NetIncomeLoss", perShare: "EPS", adjusted: true}},
	{"recurring net profit", conceptCue{money: "NetIncomeLoss", perShare: "EPS", adjusted: true}},
	{"operating loss", conceptCue{money: "OperatingIncomeLoss", sign: -1}},
	{"operating losses", conceptCue{money: "OperatingIncomeLoss", sign: -1}},
	{"income from operations", conceptCue{money: "OperatingIncomeLoss"}},
	{"loss from operations", conceptCue{money: "OperatingIncomeLoss", sign: -1}},
	{"EBIT", conceptCue{money: "OperatingIncomeLoss"}},
	{"operating margin", conceptCue{ratio: "OperatingMargin"}},
	// a segment's margin is its profit's: "This segment's margin was 11.9%"
	{"segments margin", conceptCue{ratio: "OperatingMargin"}},
	// "segment profit" is the operating profit a company reports each
	// segment by: "Segment profit was $82 million, and segment margin was
	// 15.0%"
	{"segment profit", conceptCue{money: "OperatingIncomeLoss"}},
	{"segment profits", conceptCue{money: "OperatingIncomeLoss"}},
	{"segment loss", conceptCue{money: "OperatingIncomeLoss", sign: -1}},
	{"segment margin", conceptCue{ratio: "OperatingMargin"}},
	{"segment margins", conceptCue{ratio: "OperatingMargin"}},
	{"segment profit margin", conceptCue{ratio: "OperatingMargin"}},
	{"operating margins", conceptCue{ratio: "OperatingMargin"}},
	{"operating profit margin", conceptCue{ratio: "OperatingMargin"}},
	{"operating loss margin", conceptCue{ratio: "OperatingMargin", sign: -1}},
	{"EBIT margin", conceptCue{ratio: "OperatingMargin"}},
	{"EBITDA", conceptCue{money: "EBITDA", ratio: "EBITDAMargin"}},
	{"OIBDA", conceptCue{money: "EBITDA", ratio: "EBITDAMargin"}}, // operating income before depreciation and amortisation, a media company's EBITDA
	{"EBITDA loss", conceptCue{money: "EBITDA", sign: -1}},
	{"EBITDA margin", conceptCue{ratio: "EBITDAMargin"}},
	{"EBITDA margins", conceptCue{ratio: "EBITDAMargin"}},
	{"EBITA", conceptCue{money: "EBITA"}},
	{"EBITA margin", conceptCue{ratio: "EBITAMargin"}},
	{"normalized adjusted EBITDA", conceptCue{money: "NormalizedAdjustedEBITDA"}},
	{"normalised adjusted EBITDA", conceptCue{money: "NormalizedAdjustedEBITDA"}},
	{"normalized adjusted EBITDA margin", conceptCue{ratio: "NormalizedAdjustedEBITDAMargin"}},
	{"normalised adjusted EBITDA margin", conceptCue{ratio: "NormalizedAdjustedEBITDAMargin"}},
	{"net income", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"net profit", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"net earnings", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"net loss", conceptCue{money: "NetIncomeLoss", perShare: "EPS", sign: -1}},
	{"net losses", conceptCue{money: "NetIncomeLoss", sign: -1}},
	{"earnings after taxes", conceptCue{money: "NetIncomeLoss"}},
	{"earnings after tax", conceptCue{money: "NetIncomeLoss"}},
	{"profit after tax", conceptCue{money: "NetIncomeLoss"}},
	{"PAT", conceptCue{money: "NetIncomeLoss"}},  // profit after tax
	{"NPAT", conceptCue{money: "NetIncomeLoss"}}, // net profit after tax, as Australian companies write it
	{"net profit after tax", conceptCue{money: "NetIncomeLoss"}},
	{"profit for the period", conceptCue{money: "NetIncomeLoss"}},
	{"loss for the period", conceptCue{money: "NetIncomeLoss", sign: -1}},
	// "result" as Dutch, German and Nordic releases write it in English:
	// "the operating result (EBIT) rose to", "net result", "the result
	// for the period"
	{"operating result", conceptCue{money: "OperatingIncomeLoss"}},
	{"net result", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"result for the period", conceptCue{money: "NetIncomeLoss"}},
	{"result for the year", conceptCue{money: "NetIncomeLoss"}},
	{"net margin", conceptCue{ratio: "NetMargin"}},
	{"net profit margin", conceptCue{ratio: "NetMargin"}},
	{"net income margin", conceptCue{ratio: "NetMargin"}},
	{"net loss margin", conceptCue{ratio: "NetMargin", sign: -1}},
	{"net income attributable to", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}},
	// "Net income, Group share" ("résultat net part du Groupe"): the owners'
	{"net income group share", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}},
	{"net profit group share", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}},
	{"net loss attributable to", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS", sign: -1}},
	{"net profit attributable to", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}},
	{"net earnings attributable to", conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}},
	// IFRS wording, as Hong Kong and European releases have it: "profit
	// for the year"; "profit attributable to owners of the Company" is
	// built from ownersOfParent below
	{"profit for the year", conceptCue{money: "NetIncomeLoss"}},
	{"loss for the year", conceptCue{money: "NetIncomeLoss", sign: -1}},
	{"income from continuing operations", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"earnings from continuing operations", conceptCue{money: "NetIncomeLoss", perShare: "EPS"}},
	{"earnings from ongoing operations", conceptCue{money: "NetIncomeLoss", perShare: "EPS", adjusted: true}},
	{"ongoing earnings", conceptCue{money: "NetIncomeLoss", perShare: "EPS", adjusted: true}},
	// verbs of a result: "Acme earned $84.2 million, or $1.37 per share"
	{"earned", conceptCue{money: "NetIncomeLoss", perShare: "EPS", weak: true}},
	{"lost", conceptCue{money: "NetIncomeLoss", perShare: "EPS", sign: -1, weak: true}},
	{"comprehensive loss attributable to", conceptCue{money: "ComprehensiveIncomeLossAttributableToParent", sign: -1}},
	{"comprehensive income attributable to", conceptCue{money: "ComprehensiveIncomeLossAttributableToParent"}},
	{"income before income taxes", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"loss before income taxes", conceptCue{money: "IncomeLossBeforeIncomeTaxes", sign: -1}},
	{"profit before tax", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"earnings before taxes", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"pre-tax income", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"income tax expense", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"income tax benefit", conceptCue{money: "IncomeTaxExpenseBenefit", sign: -1}},
	{"tax benefit", conceptCue{money: "IncomeTaxExpenseBenefit", sign: -1}},
	{"tax expense", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"provision for income taxes", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"after income taxes of", conceptCue{money: "IncomeTaxExpenseBenefit"}}, // "After income taxes of EUR 17.9 million, net income was"; not "net of income taxes of"
	{"income taxes were", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"income taxes amounted to", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"income tax charge", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"taxes on income", conceptCue{money: "IncomeTaxExpenseBenefit"}},
	{"earnings before income taxes", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"income before taxes", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"income before tax", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"profit before taxation", conceptCue{money: "IncomeLossBeforeIncomeTaxes"}},
	{"net interest expense", conceptCue{money: "InterestExpenseNet"}},
	{"interest expense, net", conceptCue{money: "InterestExpenseNet"}},
	{"net finance costs", conceptCue{money: "InterestExpenseNet"}},
	{"cost of net financial debt", conceptCue{money: "InterestExpenseNet"}}, // "coût de l'endettement financier net"
	{"finance costs", conceptCue{money: "InterestExpenseNet"}},
	// a net of financial income and expense, negative when a cost: "Net
	// financial items were SEK -38 m", "The financial result came to EUR
	// -12.3 million"
	{"net financial items", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"financial items, net", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"financial result", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"net financial result", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"financial net", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"net financial income", conceptCue{money: "InterestExpenseNet", opposite: true}},
	{"net financial expense", conceptCue{money: "InterestExpenseNet"}},
	{"net financial expenses", conceptCue{money: "InterestExpenseNet"}},
	{"other income", conceptCue{money: "OtherIncomeExpense"}},
	{"other income and expense", conceptCue{money: "OtherIncomeExpense"}},
	{"OI&E", conceptCue{money: "OtherIncomeExpense"}},
	{"OI&E expense", conceptCue{money: "OtherIncomeExpense", sign: -1}},
	{"other expense", conceptCue{money: "OtherIncomeExpense", sign: -1}},

	// per share
	{"earnings per share", conceptCue{perShare: "EPS"}},
	{"earnings per common share", conceptCue{perShare: "EPS"}},
	{"earnings per diluted common share", conceptCue{perShare: "EPS"}},
	{"earnings per fully diluted share", conceptCue{perShare: "EPS"}},
	{"net income per diluted share", conceptCue{perShare: "EPS"}},
	{"DEPS", conceptCue{perShare: "EPS"}},
	{"earnings per share loss", conceptCue{perShare: "EPS", sign: -1}},
	{"earnings per diluted share", conceptCue{perShare: "EPS"}},
	{"diluted earnings per share", conceptCue{perShare: "EPS"}},
	{"net earnings per share", conceptCue{perShare: "EPS"}},
	{"net income per share", conceptCue{perShare: "EPS"}},
	{"income per share", conceptCue{perShare: "EPS"}},
	{"income per diluted share", conceptCue{perShare: "EPS"}},
	{"loss per share", conceptCue{perShare: "EPS", sign: -1}},
	{"loss per diluted share", conceptCue{perShare: "EPS", sign: -1}},
	{"net loss per share", conceptCue{perShare: "EPS", sign: -1}},
	{"EPS", conceptCue{perShare: "EPS"}},
	{"diluted EPS", conceptCue{perShare: "EPS"}},
	{"earnings", conceptCue{perShare: "EPS", weak: true}},
	{"income", conceptCue{perShare: "EPS", weak: true}},
	{"profit", conceptCue{perShare: "EPS", weak: true}},
	{"loss", conceptCue{perShare: "EPS", sign: -1, weak: true}},
	{"operating earnings per share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating earnings per common share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating earnings per diluted share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating earnings per diluted common share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating income per diluted share", conceptCue{perShare: "EPS", adjusted: true}},
	{"net operating income per share", conceptCue{perShare: "EPS", adjusted: true}},
	{"core net operating earnings", conceptCue{perShare: "EPS", adjusted: true}},
	{"core net operating income", conceptCue{perShare: "EPS", adjusted: true}},
	{"core earnings", conceptCue{perShare: "EPS", adjusted: true}},
	{"cash earnings per share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating income per share", conceptCue{perShare: "EPS", adjusted: true}},
	{"operating earnings", conceptCue{perShare: "EPS", adjusted: true}},
	{"dividend", conceptCue{money: "DividendsPaid", perShare: "DividendsPerShare"}},
	{"dividends", conceptCue{money: "DividendsPaid", perShare: "DividendsPerShare"}},
	{"cash dividend", conceptCue{money: "DividendsPaid", perShare: "DividendsPerShare"}},
	{"cash dividends", conceptCue{money: "DividendsPaid", perShare: "DividendsPerShare"}},
	{"dividends paid", conceptCue{money: "DividendsPaid"}},
	{"dividend per share", conceptCue{perShare: "DividendsPerShare"}},

	// operating expenses
	{"operating expenses", conceptCue{money: "OperatingExpenses"}},
	{"operating expense", conceptCue{money: "OperatingExpenses"}},
	{"operational expenses", conceptCue{money: "OperatingExpenses"}},
	{"opex", conceptCue{money: "OperatingExpenses"}},
	{"research and development expenses", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"research and development expense", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"research and development", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"research expenses", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"R&D", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"R&D expenses", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"R and D expenses", conceptCue{money: "ResearchAndDevelopmentExpense"}},
	{"selling and marketing expenses", conceptCue{money: "SellingAndMarketingExpense"}},
	{"sales and marketing expenses", conceptCue{money: "SellingAndMarketingExpense"}},
	{"sales and marketing expense", conceptCue{money: "SellingAndMarketingExpense"}},
	{"selling and marketing", conceptCue{money: "SellingAndMarketingExpense"}},
	{"sales and marketing", conceptCue{money: "SellingAndMarketingExpense"}},
	{"selling expenses", conceptCue{money: "SellingAndMarketingExpense"}},
	// IFRS statements' names (Hong Kong, UK, Singapore)
	{"selling and distribution expenses", conceptCue{money: "SellingAndMarketingExpense"}},
	{"selling and distribution costs", conceptCue{money: "SellingAndMarketingExpense"}},
	{"distribution costs", conceptCue{money: "SellingAndMarketingExpense"}},
	{"S&M expenses", conceptCue{money: "SellingAndMarketingExpense"}},
	{"general and administrative expenses", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"general and administrative expense", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"general and administration expenses", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"general and administrative", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"administrative expenses", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"G&A", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"G&A expenses", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"G and A expenses", conceptCue{money: "GeneralAndAdministrativeExpense"}},
	{"selling, general and administrative expenses", conceptCue{money: "SellingGeneralAndAdministrativeExpense"}},
	{"SG&A", conceptCue{money: "SellingGeneralAndAdministrativeExpense"}},
	{"employee benefit expenses", conceptCue{money: "EmployeeBenefitsExpense"}},
	{"employee benefits expenses", conceptCue{money: "EmployeeBenefitsExpense"}},
	{"employee benefit expense", conceptCue{money: "EmployeeBenefitsExpense"}},
	{"personnel expenses", conceptCue{money: "EmployeeBenefitsExpense"}},
	{"staff costs", conceptCue{money: "EmployeeBenefitsExpense"}},
	{"share-based compensation", conceptCue{money: "ShareBasedCompensation"}},
	{"share based compensation expenses", conceptCue{money: "ShareBasedCompensation"}},
	{"stock-based compensation", conceptCue{money: "ShareBasedCompensation"}},
	{"equity incentive expenses", conceptCue{money: "ShareBasedCompensation"}},
	{"depreciation and amortization", conceptCue{money: "DepreciationAndAmortization"}},
	{"depreciation and amortization expenses", conceptCue{money: "DepreciationAndAmortization"}},
	{"depreciation and amortisation", conceptCue{money: "DepreciationAndAmortization"}},
	{"D&A", conceptCue{money: "DepreciationAndAmortization"}},

	// cash flow
	{"net cash from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash provided by operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash generated from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash generated by operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"cash generated by operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"cash generated from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"cash provided by operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash used in operating activities", conceptCue{money: "NetCashFromOperating", sign: -1}},
	{"cash from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"operating cash flow", conceptCue{money: "NetCashFromOperating"}},
	{"operating cash flows", conceptCue{money: "NetCashFromOperating"}},
	{"cash flow from operations", conceptCue{money: "NetCashFromOperating"}},
	{"cash flow from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"cash from operations", conceptCue{money: "NetCashFromOperating"}},
	{"cash flows from operations", conceptCue{money: "NetCashFromOperating"}},
	{"net cash used in investing activities", conceptCue{money: "NetCashFromInvesting", sign: -1}},
	{"net cash from investing activities", conceptCue{money: "NetCashFromInvesting"}},
	{"net cash provided by investing activities", conceptCue{money: "NetCashFromInvesting"}},
	{"cash used in investing activities", conceptCue{money: "NetCashFromInvesting", sign: -1}},
	{"net cash generated from financing activities", conceptCue{money: "NetCashFromFinancing"}},
	{"net cash provided by financing activities", conceptCue{money: "NetCashFromFinancing"}},
	{"net cash from financing activities", conceptCue{money: "NetCashFromFinancing"}},
	{"net cash used in financing activities", conceptCue{money: "NetCashFromFinancing", sign: -1}},
	// "Net cash flows from operating activities", as IFRS statements head
	// their rows
	{"net cash flows from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash flow from operating activities", conceptCue{money: "NetCashFromOperating"}},
	{"net cash flows used in operating activities", conceptCue{money: "NetCashFromOperating", sign: -1}},
	{"net cash flows from investing activities", conceptCue{money: "NetCashFromInvesting"}},
	{"net cash flow from investing activities", conceptCue{money: "NetCashFromInvesting"}},
	{"net cash flows used in investing activities", conceptCue{money: "NetCashFromInvesting", sign: -1}},
	{"net cash flows from financing activities", conceptCue{money: "NetCashFromFinancing"}},
	{"net cash flow from financing activities", conceptCue{money: "NetCashFromFinancing"}},
	{"net cash flows used in financing activities", conceptCue{money: "NetCashFromFinancing", sign: -1}},
	{"capital expenditures", conceptCue{money: "CapitalExpenditure"}},
	{"capital expenditure", conceptCue{money: "CapitalExpenditure"}},
	{"cap expenditures", conceptCue{money: "CapitalExpenditure"}},
	{"capex", conceptCue{money: "CapitalExpenditure"}},
	{"capital spending", conceptCue{money: "CapitalExpenditure"}},
	{"purchase of property and equipment", conceptCue{money: "CapitalExpenditure"}},
	{"purchases of property and equipment", conceptCue{money: "CapitalExpenditure"}},
	{"purchases of property, plant and equipment", conceptCue{money: "CapitalExpenditure"}},
	// "investments in property, plant and equipment and intangible assets
	// amounted to EUR 38.5 million", as German releases name capex
	{"investments in property, plant and equipment", conceptCue{money: "CapitalExpenditure"}},
	{"investment in property, plant and equipment", conceptCue{money: "CapitalExpenditure"}},
	{"investments in property and equipment", conceptCue{money: "CapitalExpenditure"}},
	{"property and equipment additions", conceptCue{money: "CapitalExpenditure"}},
	{"free cash flow", conceptCue{money: "FreeCashFlow"}},
	{"free cash flows", conceptCue{money: "FreeCashFlow"}},
	{"FCF", conceptCue{money: "FreeCashFlow"}},
	{"share repurchases", conceptCue{money: "ShareRepurchase"}},
	{"share repurchase", conceptCue{money: "ShareRepurchase"}},
	{"share buybacks", conceptCue{money: "ShareRepurchase"}},
	{"buybacks", conceptCue{money: "ShareRepurchase"}},
	{"repurchased", conceptCue{money: "ShareRepurchase"}},
	{"bought back", conceptCue{money: "ShareRepurchase"}},
	{"buying back shares", conceptCue{money: "ShareRepurchase"}},
	{"repurchases", conceptCue{money: "ShareRepurchase"}},
	{"finance lease payments", conceptCue{money: "CapitalLeasePayments"}},
	{"capital lease payments", conceptCue{money: "CapitalLeasePayments"}},
	{"principal payments on finance leases", conceptCue{money: "CapitalLeasePayments"}},
	{"operating lease payments", conceptCue{money: "OperatingLeasePayments"}},
	{"proceeds from short-term borrowings", conceptCue{money: "ProceedsFromShortTermDebt"}},
	{"from short-term borrowings", conceptCue{money: "ProceedsFromShortTermDebt"}},

	// balances
	{"cash and cash equivalents", conceptCue{money: "CashAndCashEquivalents"}},
	{"cash and cash equivalent", conceptCue{money: "CashAndCashEquivalents"}},
	{"cash and equivalents", conceptCue{money: "CashAndCashEquivalents"}},
	{"cash balance", conceptCue{money: "CashAndCashEquivalents"}},
	{"cash and bank balances", conceptCue{money: "CashAndCashEquivalents"}}, // Hong Kong's and the UK's wording
	{"bank balances and cash", conceptCue{money: "CashAndCashEquivalents"}},
	{"liquidity", conceptCue{money: "CashAndCashEquivalents", weak: true}},
	{"cash, cash equivalents and restricted cash", conceptCue{money: "CashCashEquivalentsAndRestrictedCash"}},
	{"cash and cash equivalents and short term investments", conceptCue{money: "CashAndShortTermInvestments"}},
	{"cash and cash equivalents and short-term investments", conceptCue{money: "CashAndShortTermInvestments"}},
	{"cash and short-term investments", conceptCue{money: "CashAndShortTermInvestments"}},
	{"cash, cash equivalents and short-term investments", conceptCue{money: "CashAndShortTermInvestments"}},
	{"short-term investments", conceptCue{money: "ShortTermInvestments"}},
	{"short-term borrowings", conceptCue{money: "ShortTermBorrowings"}},
	{"short-term third-party borrowings", conceptCue{money: "ShortTermBorrowings"}},
	{"short-term bank loans", conceptCue{money: "ShortTermBorrowings"}},
	{"long-term borrowings", conceptCue{money: "LongTermBorrowings"}},
	{"bank borrowings due within one year", conceptCue{money: "ShortTermBorrowings"}},
	{"bank borrowings due after one year", conceptCue{money: "LongTermBorrowings"}},
	{"long-term debt", conceptCue{money: "LongTermBorrowings"}},
	{"net debt", conceptCue{money: "NetDebt"}},
	{"net financial debt", conceptCue{money: "NetDebt"}},
	{"finance lease liabilities", conceptCue{money: "FinanceLeaseLiabilities"}},
	{"financial lease liabilities", conceptCue{money: "FinanceLeaseLiabilities"}},
	{"accumulated deficit", conceptCue{money: "AccumulatedDeficit", sign: -1}},
	{"retained earnings", conceptCue{money: "AccumulatedDeficit"}},
	{"shareholders' equity", conceptCue{money: "StockholdersEquity"}},
	{"stockholders' equity", conceptCue{money: "StockholdersEquity"}},
	{"total equity", conceptCue{money: "StockholdersEquity"}},
	{"net current liabilities", conceptCue{money: "NetCurrentLiabilities"}},

	// key metrics
	{"premium customers", conceptCue{count: "Customers"}},
}

// modifierLexicon holds the phrases that change a figure's concept,
// sign or role without naming a concept.
var modifierLexicon = []struct {
	text string
	kind entryKind
}{
	{"adjusted", eAdjusted},
	{"adj", eAdjusted}, // "Adj. EBIT", in a table's head
	{"non-GAAP", eAdjusted},
	{"non-IFRS", eAdjusted},
	{"underlying", eAdjusted},
	{"core", eAdjusted},
	{"comparable", eAdjusted},
	{"pro forma", eAdjusted},
	{"proforma", eAdjusted},
	{"distributable", eAdjusted},
	{"on an adjusted basis", eAdjusted},
	{"on a non-GAAP basis", eAdjusted},
	{"on an adjusted non-GAAP basis", eAdjusted},
	{"on a non-GAAP adjusted basis", eAdjusted},
	{"on a core basis", eAdjusted},
	{"on a comparable basis", eAdjusted},
	{"on an underlying basis", eAdjusted},
	{"on an operating basis", eAdjusted},
	{"on a pro forma basis", eAdjusted},
	{"as adjusted", eAdjusted},
	{"adjusted for", eAdjusted},
	{"adjusting for", eAdjusted},
	{"net of these adjusting items", eAdjusted},
	{"net of this adjusting item", eAdjusted},
	{"net of adjusting items", eAdjusted},
	{"a non-GAAP measure", eAdjusted},
	{"a non-GAAP metric", eAdjusted},
	{"a non-GAAP financial measure", eAdjusted},
	{"GAAP", eGAAP},
	{"on a GAAP basis", eGAAP},
	{"as reported", eGAAP},
	{"on a reported basis", eGAAP},
	{"statutory", eGAAP}, // a UK company's IFRS figure beside its "underlying" one
	{"on a statutory basis", eGAAP},
	{"on an IFRS basis", eGAAP},
	{"total", eTotal},
	{"consolidated", eTotal},
	{"group", eTotal},
	{"company-wide", eTotal},
	{"worldwide", eTotal}, // "Worldwide revenue for the second quarter": the company's, no segment's
	{"overall", eTotal},
	{"expect", eGuidance},
	{"expects", eGuidance},
	{"expected", eGuidance},
	{"expecting", eGuidance},
	{"expectation", eGuidance},
	{"expectations", eGuidance},
	{"guidance", eGuidance},
	{"guide", eGuidance},
	{"guiding", eGuidance},
	{"outlook", eGuidance},
	{"forecast", eGuidance},
	{"forecasts", eGuidance},
	{"project", eGuidance},
	{"projects", eGuidance},
	{"projected", eGuidance},
	{"anticipate", eGuidance},
	{"anticipates", eGuidance},
	{"sees", eGuidance},
	{"forecasting", eGuidance},
	{"projecting", eGuidance},
	{"anticipating", eGuidance},
	{"anticipated", eGuidance},
	{"targeting", eGuidance},
	{"looking for", eGuidance},
	{"is expected", eGuidance},
	{"are expected", eGuidance},
	{"should be", eGuidance},
	{"we see", eGuidance},
	{"we estimate", eGuidance},
	{"will generate", eGuidance},
	{"will deliver", eGuidance},
	{"will earn", eGuidance},
	{"we'll generate", eGuidance},
	{"we'll deliver", eGuidance},
	{"we currently estimate", eGuidance},
	{"we now estimate", eGuidance},
	{"is estimated to be", eGuidance},
	{"are estimated to be", eGuidance},
	{"target", eGuidance},
	{"targets", eGuidance},
	{"goal", eGuidance},
	{"goals", eGuidance},
	{"ambition", eGuidance},
	{"aspiration", eGuidance},
	{"plans to", eGuidance},
	{"plan to", eGuidance},
	{"is planned at", eGuidance}, // "Capital expenditure is planned at around EUR 55 million"
	{"are planned at", eGuidance},
	{"will be", eGuidance},
	{"to be in the range", eGuidance},
	{"than expected", eCompare}, // "better than expected sales of $2.3 billion": an actual
	{"than we expected", eCompare},
	{"than anticipated", eCompare},
	{"than we anticipated", eCompare},
	{"than forecast", eCompare},
	{"than planned", eCompare},
	{"as expected", eCompare},
	{"compared with", eCompare},
	{"compared to", eCompare},
	{"compared", eCompare},
	{"compares to", eCompare},
	{"compares with", eCompare},
	{"compares favorably to", eCompare},
	{"compares favorably with", eCompare},
	{"compares unfavorably to", eCompare},
	{"compares unfavorably with", eCompare},
	{"from", eCompare},
	{"versus", eCompare},
	{"vs", eCompare},
	{"against", eCompare},
	{"over", eCompare},
	{"contrasting with", eCompare},
	{"similar to", eCompare},
	{"in line with", eCompare},
	{"consistent with", eCompare},
	{"relative to", eCompare},
	// a look back sets another period beside the one reported: "if you go
	// back two years to the first quarter of fiscal 2024", "for
	// perspective, in the third quarter of fiscal 2023 we did …"
	{"go back", eCompare},
	{"going back", eCompare},
	{"for perspective", eCompare},
	{"for context", eCompare},
	{"for reference", eCompare},
	{"increase", eChange},
	{"increased", eChange},
	{"increases", eChange},
	{"increasing", eChange},
	{"decrease", eChange},
	{"decreased", eChange},
	{"decreasing", eChange},
	{"decline", eChange},
	{"declined", eChange},
	{"declining", eChange},
	{"grew", eChange},
	{"grow", eChange},
	{"growth", eChange},
	{"growing", eChange},
	{"rose", eChange},
	{"rise", eChange},
	{"fell", eChange},
	{"up", eChange},
	{"down", eChange},
	{"improved", eChange},
	{"improvement", eChange},
	{"raised", eChange},
	{"raise", eChange},
	{"lowered", eChange},
	{"expanded", eChange},
	{"expansion", eChange},
	{"narrowed", eChange},
	{"reduction", eChange},
	{"reduced", eChange},
	{"higher", eChange},
	{"lower", eChange},
	{"change", eChange},
	{"beat", eChange},
	{"missed by", eChange},
	{"to", eChangeTo},
	{"reaching", eChangeTo},
	{"reached", eChangeTo},
	{"at least", eLowBound},
	{"in excess of", eLowBound},
	{"more than", eLowBound},
	{"no less than", eLowBound},
	{"minimum of", eLowBound},
	{"a minimum of", eLowBound},
	{"exceed", eLowBound},
	{"above", eLowBound},
	{"upwards of", eLowBound},
	{"below", eHighBound},
	{"under", eHighBound},
	{"less than", eHighBound},
	{"up to", eHighBound},
	{"no more than", eHighBound},
	{"at most", eHighBound},
	{"maximum of", eHighBound},
	{"approximately", eApprox},
	{"around", eApprox},
	{"about", eApprox},
	{"roughly", eApprox},
	{"some", eApprox},
	{"between", eBetween},
	{"range of", eBetween},
	{"in the range of", eBetween},
	{"range", eBetween},
	{"corridor", eBetween},
	{"negative", eNegative},
	{"loss of", eNegative},
	{"a loss of", eNegative},
	{"outflow", eNegative},
	{"a use of", eNegative}, // "operating cash flow was a use of $42 million"
	{"a net use of", eNegative},
	{"net cash outflow", eNegative},
	{"outflows", eNegative},
	{"respectively", eRespectively},
	{"on a per share basis", ePerShareBasis},
	{"on a per-share basis", ePerShareBasis},
	{"on a per diluted share basis", ePerShareBasis},
	{"including", eIncluding},
	{"included", eIncluding},
	{"includes", eIncluding},
	{"reflects", eIncluding},
	{"reflected", eIncluding},
	{"include", eIncluding},
	{"of which", eIncluding},
	{"segment", eSegmentWord},
	{"segments", eSegmentWord},
	{"division", eSegmentWord},
	{"business segment", eSegmentWord},
	{"reportable segment", eSegmentWord},
}

// adjustmentLeads and adjustedItems make the phrases that say a measure
// leaves items out, and so is non-GAAP: "excluding share-based
// compensation", "before special items", "ex D&A".
var (
	adjustmentLeads = []string{"excluding", "before", "ex", "prior to", "exclusive of"}
	adjustedItems   = []string{
		"share-based compensation", "share based compensation", "stock-based compensation",
		"stock based compensation", "items", "special items", "one-time items", "certain items",
		"notable items", "unusual items", "non-recurring items", "significant items",
		"reportable catastrophes", "amortization", "D&A", "depreciation and amortization",
		"acquisition-related items", "restructuring", "restructuring charges",
		"non-operational items", "non-operating items", "amortization expense", "intangible amortization",
		"amortization of intangible assets", "amortization of intangibles", "amortization of acquired intangibles",
		"acquisition-related costs", "special charges", "discrete items", "non-cash items", "certain charges",
		"non-cash expense", "noncash expense", "non-cash expenses", "noncash expenses",
	}
)

// currencyTable is every currency Facet reads and every way it is
// written. The amount reader and the matcher both take it from here.
var currencyTable = []struct {
	code    string   // ISO 4217
	letters []string // a code written beside a figure: "RMB 3.2 billion", "3.2 billion RMB"
	signs   []string // a symbol before a figure, with the letters glued to it: "$", "US$"
	names   []string // the currency's name, before or after a figure: "yuan", "euros"
}{
	{"CNY", []string{"RMB", "Rmb", "rmb", "CNY"}, []string{"元"}, []string{"yuan", "renminbi"}},
	{"USD", []string{"USD", "US"}, []string{"$", "US$", "U.S.$"}, []string{"dollars", "US dollars", "U.S. dollars"}},
	{"EUR", []string{"EUR"}, []string{"€"}, []string{"euros", "euro"}},
	{"GBP", []string{"GBP"}, []string{"£"}, []string{"pounds sterling", "sterling"}},
	{"HKD", []string{"HKD", "HK"}, []string{"HK$"}, []string{"Hong Kong dollars"}}, // "HK26.1 cents"
	{"JPY", []string{"JPY"}, []string{"¥"}, []string{"yen"}},
	{"CHF", []string{"CHF"}, nil, []string{"Swiss francs"}},
	{"SEK", []string{"SEK"}, nil, []string{"Swedish kronor"}},
	{"NOK", []string{"NOK"}, nil, []string{"Norwegian kroner"}},
	{"DKK", []string{"DKK"}, nil, []string{"Danish kroner"}},
	{"INR", []string{"INR", "Rs"}, []string{"₹"}, []string{"rupees"}},
	{"CAD", []string{"CAD"}, []string{"C$", "CA$"}, []string{"Canadian dollars"}},
	{"AUD", []string{"AUD"}, []string{"A$", "AU$"}, []string{"Australian dollars"}},
	{"NZD", []string{"NZD"}, []string{"NZ$"}, nil},
	{"SGD", []string{"SGD"}, []string{"S$"}, nil},
	{"TWD", []string{"TWD"}, []string{"NT$"}, nil},
	{"KRW", []string{"KRW"}, []string{"₩"}, nil},
	{"BRL", []string{"BRL"}, []string{"R$"}, []string{"reais"}},
	{"MXN", []string{"MXN"}, []string{"MX$"}, []string{"Mexican pesos"}},
	{"ZAR", []string{"ZAR"}, nil, nil},
	{"PLN", []string{"PLN"}, nil, []string{"zloty"}},
	{"CZK", []string{"CZK"}, nil, nil},
	{"RUB", []string{"RUB"}, []string{"₽"}, []string{"rubles", "roubles"}},
	{"TRY", []string{"TRY"}, []string{"₺"}, []string{"Turkish lira"}},
}

// Lookups built from currencyTable.
var (
	currencySigns = map[string]string{} // "$", "US$" → ISO code
	currencyCodes = map[string]string{} // "RMB", "US" → ISO code
	// currencyNames are the names as lower-case words, longest first:
	// "us dollars" before "dollars".
	currencyNames []currencyName
)

type currencyName struct {
	words []string
	code  string
}

// scaleTable holds the words that scale a figure: "RMB 3.2 billion",
// "$5m". A glued one counts only written against the figure ("$5m", not
// "5 m"); caseful ones only as written ("MM", not "mm").
var scaleTable = []struct {
	text    string
	exp     int
	glued   bool
	caseful bool
}{
	{"thousand", 3, false, false}, {"thousands", 3, false, false}, {"million", 6, false, false},
	{"millions", 6, false, false}, {"billion", 9, false, false}, {"billions", 9, false, false},
	{"trillion", 12, false, false}, {"mn", 6, false, false}, {"mln", 6, false, false},
	{"mil", 6, false, false}, {"bn", 9, false, false}, {"bln", 9, false, false},
	{"MM", 6, false, true}, {"crore", 7, false, false}, {"crores", 7, false, false},
	{"lakh", 5, false, false}, {"lakhs", 5, false, false}, {"lac", 5, false, false}, {"lacs", 5, false, false},
	{"Cr", 7, false, true}, {"Crs", 7, false, true}, {"cr", 7, false, true}, {"crs", 7, false, true}, // "Rs. 1,938 Cr.", "5,640 Crs"
	{"m", 6, true, true}, {"M", 6, true, true}, {"b", 9, true, true}, {"B", 9, true, true},
	{"k", 3, true, true}, {"K", 3, true, true},
}

// Lookups built from scaleTable.
var (
	scaleWords  = map[string]int{} // spaced or glued: "million", "Million", "MILLION", "bn"
	gluedScales = map[string]int{} // glued only: "m", "K"
)

// percentWords and pointWords follow a figure: "16.7 percent" is a
// ratio; "20 basis points" and "2 points" are changes.
var (
	percentWords = map[string]bool{"percent": true, "pct": true}
	pointWords   = map[string]bool{"points": true, "point": true, "pts": true, "bps": true, "bp": true, "pp": true, "ppts": true, "ppt": true}
)

// centsPrefixes are the currencies written before "cents": "42.5 HK
// cents", "8.1 US cents", "12 euro cents".
var centsPrefixes = map[string]string{"hk": "HKD", "us": "USD", "s": "SGD", "a": "AUD", "nz": "NZD", "euro": "EUR", "rmb": "CNY"}

// countNouns follow figures that count things rather than measure money:
// "2.4 million shares", "1,200 customers".
var countNouns = []string{
	"shares", "customers", "employees", "people", "hospitals", "options", "stores", "units", "days",
	"hours", "months", "years", "clients", "companies", "users", "ads", "ADSs", "awards", "restricted",
	"ordinary", "training", "subscribers", "members", "locations", "vehicles", "tons", "tonnes",
	"barrels", "square", "feet", "visits", "accounts", "downloads", "transactions", "providers",
	"patients", "times",
}

var countNounSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range countNouns {
		m[strings.ToLower(w)] = true
	}
	return m
}()

func init() {
	for _, c := range currencyTable {
		for _, s := range c.signs {
			currencySigns[s] = c.code
		}
		for _, l := range c.letters {
			currencyCodes[l] = c.code
		}
		for _, n := range c.names {
			currencyNames = append(currencyNames, currencyName{strings.Fields(strings.ToLower(strings.ReplaceAll(n, ".", ""))), c.code})
		}
	}
	sort.SliceStable(currencyNames, func(i, j int) bool { return len(currencyNames[i].words) > len(currencyNames[j].words) })
	for _, s := range scaleTable {
		switch {
		case s.glued:
			gluedScales[s.text] = s.exp
		case s.caseful:
			scaleWords[s.text] = s.exp
		default:
			scaleWords[s.text] = s.exp
			scaleWords[strings.ToUpper(s.text[:1])+s.text[1:]] = s.exp
			scaleWords[strings.ToUpper(s.text)] = s.exp
		}
	}
}

// ownersOfParent name the company's owners after "profit attributable
// to": "owners of the Company", "equity holders of the parent". A table's
// "Profit attributable to" alone heads the split between the owners and
// the minority, and names neither.
var ownersOfParent = []string{
	"owners", "the owners", "shareholders", "the shareholders", "equity holders", "the equity holders",
	"equity shareholders", "ordinary shareholders", "common shareholders", "stockholders",
	"the company", "the group", "the parent", "members",
}

// blockerLexicon holds the phrases that make figures no facts of the
// company: near the figure ("estimated savings of", "a fair value of"),
// or, for the sentence-wide ones, anywhere in the sentence (an analyst's
// estimate, a consensus, a beat or a miss).
var blockerLexicon = []struct {
	text     string
	sentence bool
}{
	{"estimate", false},
	{"estimates", false},
	// the minority's share of a result, not the company's: "net income
	// attributable to noncontrolling interests was $5 million"
	{"noncontrolling interest", false},
	{"minority interest", false},
	{"minority shareholders", false},
	{"consensus", false},
	{"analysts", false},
	{"analyst", false},
	{"expected revenue", false},
	{"savings", false},
	{"taxable income", false}, // a REIT's "estimated taxable income … $0.10 per share": no earnings
	{"market size", false},
	{"market value", false},
	{"market capitalization", false},
	{"price target", false},
	{"per contract", false},
	{"average revenue per", false}, // per customer or user: no revenue of the company
	{"average revenues per", false},
	{"fair value", false},
	{"would have been", false}, // "our EPS under this definition would have been $1.71": no actual
	{"would have", false},
	{"FFO", false}, // funds from operations, a REIT's measure: no earnings per share
	{"AFFO", false},
	{"funds from operations", false},
	{"book value", false},
	{"tangible book value", false},
	{"exercise price", false},
	{"in exchange for", false},
	{"purchase commitments", false},
	{"purchase commitment", false},
	{"annual cap", false},
	{"carrying amount", false},
	{"impairment", false},
	{"impairments", false},
	{"provision", false},
	{"restructuring", false},
	{"acquisitions", false},
	{"acquisition", false},
	{"authorization", false},
	{"authority", false},
	{"average", false},
	{"weekly", false},
	{"per week", false},
	{"per store", false},
	{"per unit", false},
	{"same-store", false},
	{"same store", false},
	{"comparable store", false},
	{"incremental", false}, // "$1.8 to $2.1 billion in incremental sales": a change
	{"additional", false},  // "additional earnings between $1.58 and $1.66 per share"
	{"run rate", false},
	{"run-rate", false},
	{"annualized", false},
	{"loss of revenue", false},
	{"revenue loss", false},
}

// periodLexicon holds period words.
var periodLexicon = []struct {
	text string
	word periodWord
}{
	{"first quarter", pwQ1}, {"second quarter", pwQ2}, {"third quarter", pwQ3}, {"fourth quarter", pwQ4},
	{"1st quarter", pwQ1}, {"2nd quarter", pwQ2}, {"3rd quarter", pwQ3}, {"4th quarter", pwQ4},
	{"quarter one", pwQ1}, {"quarter two", pwQ2}, {"quarter three", pwQ3}, {"quarter four", pwQ4},
	{"first fiscal quarter", pwQ1}, {"second fiscal quarter", pwQ2}, {"third fiscal quarter", pwQ3}, {"fourth fiscal quarter", pwQ4},
	{"first half", pwH1}, {"first six months", pwH1}, {"six months ended", pwH1}, {"six months ending", pwH1},
	{"half year", pwH1}, {"half-year", pwH1}, {"interim period", pwH1}, {"first half-year", pwH1},
	{"second half", pwH2}, {"second half of the year", pwH2}, {"back half", pwH2},
	{"first nine months", pwNineMonths}, {"nine months ended", pwNineMonths}, {"nine months", pwNineMonths},
	{"three months ended", pwThisQuarter}, {"three months ending", pwThisQuarter}, {"quarter ended", pwThisQuarter},
	{"first three quarters", pwNineMonths},
	// a retailer's year of 52 or 53 weeks
	{"thirteen weeks ended", pwThisQuarter}, {"thirteen weeks ending", pwThisQuarter}, {"fourteen weeks ended", pwThisQuarter},
	{"twenty-six weeks ended", pwH1}, {"twenty-six weeks ending", pwH1}, {"twenty-seven weeks ended", pwH1},
	{"thirty-nine weeks ended", pwNineMonths}, {"thirty-nine weeks ending", pwNineMonths}, {"forty weeks ended", pwNineMonths},
	{"fifty-two weeks ended", pwFullYear}, {"fifty-two weeks ending", pwFullYear}, {"fifty-three weeks ended", pwFullYear}, {"fifty-three weeks ending", pwFullYear},
	{"full year", pwFullYear}, {"full-year", pwFullYear}, {"fiscal year", pwFullYear}, {"financial year", pwFullYear},
	{"year ended", pwFullYear}, {"year ending", pwFullYear}, {"twelve months ended", pwFullYear}, {"whole year", pwFullYear},
	{"full fiscal year", pwFullYear}, {"the year", pwThisYear}, {"annual", pwFullYear},
	{"nine-month", pwNineMonths}, {"six-month", pwH1}, {"twelve-month", pwFullYear},
	{"last fiscal year", pwPriorYear}, {"prior fiscal year", pwPriorYear}, {"previous fiscal year", pwPriorYear},
	{"year to date", pwYearToDate}, {"year-to-date", pwYearToDate}, {"YTD", pwYearToDate},
	{"this quarter", pwThisQuarter}, {"the quarter", pwThisQuarter}, {"current quarter", pwThisQuarter},
	{"current year quarter", pwThisQuarter}, {"current-year quarter", pwThisQuarter}, {"current year period", pwThisPeriod},
	{"current-year period", pwThisPeriod},
	{"quarterly", pwThisQuarter}, {"in the quarter", pwThisQuarter}, {"reporting period", pwThisPeriod},
	{"the period", pwThisPeriod}, {"this period", pwThisPeriod}, {"current period", pwThisPeriod},
	{"this year", pwThisYear}, {"current year", pwThisYear}, {"current fiscal year", pwThisYear}, {"this fiscal year", pwThisYear},
	{"same quarter last year", pwPriorYear}, {"same quarter of last year", pwPriorYear}, {"same period last year", pwPriorYear},
	{"same period of last year", pwPriorYear}, {"prior year period", pwPriorYear}, {"prior-year period", pwPriorYear},
	{"prior year quarter", pwPriorYear}, {"prior-year quarter", pwPriorYear}, {"year ago quarter", pwPriorYear},
	{"year ago period", pwPriorYear}, {"year-ago period", pwPriorYear}, {"the year ago period", pwPriorYear},
	{"the year ago quarter", pwPriorYear}, {"the year-ago period", pwPriorYear}, {"the year-ago quarter", pwPriorYear},
	{"year-ago quarter", pwPriorYear}, {"a year ago", pwPriorYear}, {"year-ago", pwPriorYear}, {"last year", pwPriorYear},
	{"previous year", pwPriorYear}, {"prior year", pwPriorYear}, {"same quarter a year ago", pwPriorYear},
	{"same time last year", pwPriorYear}, {"previous year's", pwPriorYear}, {"year earlier", pwPriorYear},
	// the "prior corresponding period" of Australian reports, the
	// "Corresponding Period" Hong Kong announcements define
	{"prior corresponding period", pwPriorYear}, {"pcp", pwPriorYear}, {"corresponding period", pwPriorYear},
	{"last quarter", pwPriorQuarter}, {"previous quarter", pwPriorQuarter}, {"prior quarter", pwPriorQuarter},
	{"preceding quarter", pwPriorQuarter}, {"sequential quarter", pwPriorQuarter}, {"linked quarter", pwPriorQuarter},
	{"next quarter", pwNextQuarter}, {"coming quarter", pwNextQuarter}, {"upcoming quarter", pwNextQuarter},
	{"next year", pwNextYear}, {"next fiscal year", pwNextYear},
	{"year over year", pwYoY}, {"year-on-year", pwYoY}, {"YoY", pwYoY}, {"year on year", pwYoY},
	{"quarter over quarter", pwQoQ}, {"quarter-on-quarter", pwQoQ}, {"sequentially", pwQoQ}, {"QoQ", pwQoQ},
	{"fiscal", pwFiscal}, {"FY", pwFiscal},
	{"as of", pwAsOf}, {"as at", pwAsOf}, {"at the end of", pwAsOf},
	{"end of the quarter", pwPeriodEnd}, {"quarter end", pwPeriodEnd}, {"quarter-end", pwPeriodEnd},
	{"end of the period", pwPeriodEnd}, {"end of the first half", pwPeriodEnd},
	{"end of the year", pwYearEnd}, {"year end", pwYearEnd}, {"year-end", pwYearEnd},
	{"ended", pwEnded}, {"ending", pwEnded},
	{"same period of", pwSamePeriodOf}, {"same period in", pwSamePeriodOf}, {"same quarter of", pwSamePeriodOf},
	{"same quarter in", pwSamePeriodOf},
	{"quarter", pwQuarterOf}, {"year", pwYear},
}

var monthLexicon = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// contextLexicon holds the phrases that tell a document's kind and defaults.
var contextLexicon = []struct {
	text string
	ctx  ctxKind
}{
	{"earnings call", cxCall}, {"earnings conference call", cxCall}, {"conference call", cxCall},
	{"earnings call transcript", cxTranscript}, {"operator", cxTranscript}, {"transcript", cxTranscript},
	{"interim report", cxInterim}, {"interim results", cxInterim}, {"half-year report", cxInterim},
	{"half year report", cxInterim}, {"six months ended", cxInterim}, {"quarterly statement", cxInterim},
	{"annual report", cxAnnual}, {"form 10-K", cxAnnual}, {"year ended december", cxAnnual},
	{"annual results", cxAnnual}, {"final results", cxAnnual}, // Hong Kong's "announcement of annual results"
	{"press release", cxRelease}, {"announced today", cxRelease}, {"today announced", cxRelease},
	{"NEWMEDIAWIRE", cxRelease}, {"PRNewswire", cxRelease}, {"GLOBE NEWSWIRE", cxRelease},
	{"Business Wire", cxRelease}, {"original release", cxRelease}, {"today reported", cxRelease},
	{"today reports", cxRelease}, {"today released", cxRelease},
	{"denominated in", cxDenominated}, {"expressed in", cxDenominated}, {"presented in", cxDenominated},
	{"stated in", cxDenominated}, {"are in", cxDenominated}, {"reported in", cxDenominated}, // "All amounts are in Canadian dollars"
	{"unless otherwise stated", cxUnless}, {"unless otherwise noted", cxUnless},
	{"unless otherwise indicated", cxUnless}, {"unless otherwise specified", cxUnless},
	{"unless stated otherwise", cxUnless}, {"unless noted otherwise", cxUnless},
	{"unless specifically stated otherwise", cxUnless}, {"unless we specifically note otherwise", cxUnless},
	{"unless I specifically note otherwise", cxUnless}, {"unless we specifically indicate", cxUnless},
	{"unless we specify otherwise", cxUnless}, {"unless I say otherwise", cxUnless}, {"unless we say otherwise", cxUnless},
	{"unless specifically described otherwise", cxUnless}, {"unless noted", cxUnless},
	{"on a non-GAAP basis", cxNonGAAPAll}, {"on an adjusted basis", cxNonGAAPAll},
	{"fiscal year ending", cxFYEnd}, {"fiscal year ended", cxFYEnd}, {"fiscal year ends", cxFYEnd},
	{"financial year ending", cxFYEnd}, {"financial year ended", cxFYEnd},
	{"welcome to", cxWelcome}, {"joining", cxWelcome},
	{"reports", cxReports}, {"announces", cxReports}, {"records", cxReports},
	{"attributable to", cxAttributable},
	{"in thousands", cxThousands}, {"in millions", cxMillions},
}

// spokenWords are the words of people speaking, rare in what is written
// for print: "I", "you", and the contractions "we're", "I've", "we'll",
// "I'm" (by the part after the apostrophe). See speechWords.
var spokenWords = map[string]bool{"I": true, "you": true, "You": true}
var contractionEnds = map[string]bool{"re": true, "ve": true, "ll": true, "m": true}

// Word lists the readers consult word by word (rather than through the
// matcher), grouped by the reader that uses them.

// --- figures as levels, changes and effects ---

// effectWords after a figure make it an effect on something else, not a
// level: "a $17 million favorable impact on net sales".
var effectWords = map[string]bool{
	"impact": true, "impacts": true, "benefit": true, "headwind": true, "headwinds": true, "tailwind": true,
	"tailwinds": true, "effect": true, "effects": true, "contribution": true, "swing": true, "drag": true,
}

// effectSides may stand between a figure and its effect word: "a $17
// million favorable impact".
var effectSides = map[string]bool{
	"favorable": true, "unfavorable": true, "favourable": true, "unfavourable": true,
	"adverse": true, "positive": true,
}

// compareGap are the words that may stand between a comparison word and
// its figure.
var compareGap = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "negative": true, "loss": true, "level": true,
	"approximately": true, "about": true, ",": true, "gross": true, "net": true, "positive": true,
	".": true, // "vs. $64.2 million": an abbreviation's point, inside a sentence
}

// fallWords say a change was a fall.
var fallWords = map[string]bool{
	"decrease": true, "decreased": true, "decreasing": true, "decline": true, "declined": true,
	"declining": true, "down": true, "fell": true, "lower": true, "reduction": true, "reduced": true,
	"narrowed": true,
}

// figureGap are the little words that may stand between a figure and the
// period phrase that dates it: "$12 million in the second quarter of 2019",
// "$3.05 for the first quarter".
var figureGap = map[string]bool{
	"in": true, "the": true, "for": true, "of": true, "a": true, "an": true, "at": true, "during": true,
	"per": true, "share": true, "diluted": true, "basic": true, "million": true, "billion": true,
	"thousand": true, "percent": true, "or": true, "and": true, "approximately": true, "about": true,
	"around": true, "roughly": true, "nearly": true, "almost": true, "just": true, "over": true,
	"negative": true, "positive": true,
}

// futureMarkers and pastMarkers tell the time a clause speaks of, for the
// period phrases in it: "will open in 2026" is ahead; "we generated in
// 2020" is past. Guidance words (the lexicon's) mark the future too.
var futureMarkers = map[string]bool{
	"will": true, "ll": true, "shall": true, "going": true, "should": true, "would": true, "could": true,
	"might": true, "plan": true, "plans": true, "planned": true, "planning": true, "intend": true,
	"intends": true, "aim": true, "aims": true, "hope": true, "hopes": true, "upcoming": true, "coming": true,
	"next": true, "into": true, "until": true, "toward": true, "towards": true, "beyond": true,
	"expect": true, "expects": true, "expected": true, "expecting": true, "anticipate": true,
	"anticipates": true, "anticipated": true, "forecast": true, "guidance": true, "outlook": true,
	"targeting": true, "remainder": true, "rest": true,
}

// adjectiveLeads before a participle make it an adjective: "on a
// reported basis", "of reported growth" (see participleAsAdjective).
var adjectiveLeads = map[string]bool{
	"a": true, "an": true, "the": true, "our": true, "its": true, "their": true, "on": true, "of": true,
	"and": true, "in": true, "with": true, "to": true, "both": true, "or": true, "versus": true, "vs": true,
}

// aheadPrepositions are the futureMarkers that point ahead only when no
// verb of the past leads them: "momentum into 2022", not "projects we
// pulled forward into 2020".
var aheadPrepositions = map[string]bool{"into": true, "until": true, "toward": true, "towards": true, "beyond": true}

// speechVerbs after "will" make the future the talk's, not the period's:
// "I will review first quarter 2021 against the same period in 2019".
var speechVerbs = map[string]bool{
	"review": true, "discuss": true, "talk": true, "walk": true, "cover": true, "provide": true,
	"present": true, "share": true, "go": true, "comment": true, "begin": true, "start": true,
	"update": true, "turn": true, "focus": true, "highlight": true, "touch": true, "summarize": true,
	"recap": true, "address": true, "describe": true, "take": true, "give": true, "spend": true,
}

var pastMarkers = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "delivered": true, "reported": true,
	"achieved": true, "generated": true, "grew": true, "finished": true, "completed": true, "closed": true,
	"ended": true, "posted": true, "recorded": true, "came": true, "rose": true, "fell": true,
	"declined": true, "increased": true, "decreased": true, "improved": true, "saw": true, "experienced": true,
	"returned": true, "repurchased": true, "paid": true, "made": true, "drove": true, "exceeded": true,
	"surpassed": true, "initiated": true, "launched": true, "acquired": true, "opened": true, "ago": true,
	"last": true, "previous": true, "prior": true, "since": true, "during": true,
	// irregular verbs in the past
	"set": true, "began": true, "brought": true, "built": true, "bought": true, "chose": true,
	"felt": true, "found": true, "gave": true, "got": true, "held": true, "kept": true, "knew": true,
	"led": true, "left": true, "lost": true, "met": true, "put": true, "ran": true, "said": true,
	"sent": true, "sold": true, "spent": true, "stood": true, "took": true, "told": true, "thought": true,
	"went": true, "won": true, "wrote": true, "became": true,
	"driven": true, "grown": true, "seen": true, "done": true, "taken": true, "given": true, "begun": true,
}

// attainedVerbs before an outlook word put it in the past: a goal
// reached is a result ("we surpassed our growth goal in 2020").
var attainedVerbs = map[string]bool{
	"exceeded": true, "surpassed": true, "beat": true, "topped": true, "achieved": true, "met": true,
	"reached": true, "delivered": true, "outperformed": true, "hit": true,
}

// notPastTense are words ending in "-ed" that do not put a clause in the
// past: adjectives ("adjusted", "diluted") and outlook words ("expected").
var notPastTense = map[string]bool{
	"adjusted": true, "diluted": true, "expected": true, "anticipated": true, "projected": true,
	"planned": true, "targeted": true, "estimated": true, "forecasted": true, "based": true, "related": true,
	"combined": true, "consolidated": true, "unaudited": true, "audited": true, "extended": true,
	"limited": true, "need": true, "speed": true, "red": true, "bed": true, "shed": true, "feed": true,
	"seed": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true, "hundred": true,
	"united": true, "owned": true, "advanced": true, "detailed": true, "dedicated": true, "sustained": true,
	"elevated": true, "required": true, "committed": true, "focused": true, "scheduled": true,
	"intended": true, "guided": true, "used": true, "skilled": true, "talented": true, "balanced": true,
	"reduced": true, "increased": true, "improved": true, "continued": true, "embedded": true,
}

// comparedWords before a period phrase make it a comparative beyond the
// lexicon's comparison words: "higher than in Q2 2020", "lapping the
// second quarter of 2020", "pre-pandemic levels of 2019".
var comparedWords = map[string]bool{
	"than": true, "lapping": true, "lapped": true, "lap": true, "laps": true, "vs": true,
	"levels": true, "level": true, "pre": true, "above": true, "below": true, "exceeded": true,
	"surpassed": true, "double": true, "twice": true, "compare": true, "compares": true,
	"comparing": true, "comparison": true, "comparisons": true, "after": true, "comparable": true,
}

// farComparedWords set a period phrase up to eight words on against the
// document's own: "comping 15% earnings per share growth in 2020".
var farComparedWords = map[string]bool{"comping": true, "cycling": true, "lapping": true}

// eventWords date an event by the period phrase after them, which is no
// period of the company's results or outlook: "retire in 2024", "opens in
// the second quarter of 2026", "operational in", "matures in 2025".
var eventWords = map[string]bool{
	"retire": true, "retires": true, "retired": true, "open": true, "opens": true, "opened": true,
	"operational": true, "online": true, "commissioned": true, "mature": true, "matures": true,
	"expire": true, "expires": true, "launch": true, "launches": true, "completed": true,
	"complete": true, "begins": true, "commence": true, "commences": true,
}

// closeWords date a deal's closing by the period phrase after "in", "by"
// or "during": "expected to close in the fourth quarter".
var closeWords = map[string]bool{"close": true, "closes": true, "closing": true}

// horizonWords before a year make it a target or a horizon, which says
// nothing of the document's own year: "by 2025", "through the end of 2022".
var horizonWords = map[string]bool{"by": true, "through": true, "until": true, "till": true}

// targetNouns before "in", "for" or "of" and a year make it a target's,
// which says nothing of the document's own year: "our $500 million target
// in fiscal year 2023", "our goals for 2025".
var targetNouns = map[string]bool{
	"target": true, "targets": true, "goal": true, "goals": true, "ambition": true,
	"ambitions": true, "objective": true, "objectives": true, "aspiration": true, "aspirations": true,
}

// eventLimitWords bound an event in time before a period phrase, which is
// then no outlook's period: "to occur within our fiscal 2021", "by the
// end of 2022" (see eventLimitBefore); horizonWords mark targets alike.
var eventLimitWords = map[string]bool{"within": true, "by": true, "until": true, "till": true, "before": true, "after": true, "beyond": true}

// intoWords before a year the text looks ahead to make it the next one:
// "into 2022", "entering 2022", "heading into 2022".
var intoWords = map[string]bool{"into": true, "entering": true, "enter": true}

// singularSegmentWords name one segment, whose name may join two words
// with "and": "our Foodservice and Ingredients segment"; the plural names
// two.
var singularSegmentWords = map[string]bool{"segment": true, "division": true, "business": true, "unit": true}

// revenueKindWords name kinds of revenue, not businesses: "Products and
// Services revenues" are the company's.
var revenueKindWords = map[string]bool{"products": true, "product": true, "services": true, "service": true, "goods": true, "merchandise": true}

// translationWords open a bracket that gives a figure in another
// currency: "RMB3,667.5 million (equivalent to approximately HK$4,003.6
// million)".
var translationWords = map[string]bool{
	"equivalent": true, "equal": true, "to": true, "approximately": true, "approx": true,
	"about": true, "around": true, "or": true, "c": true, ".": true,
}

// reviewingWords go through results a call presents: "I'll review our
// results for the fourth quarter", "walk you through our third quarter
// results", "go over our results".
var reviewingWords = map[string]bool{
	"review": true, "reviewing": true, "discuss": true, "discussing": true, "cover": true,
	"covering": true, "through": true, "over": true, "present": true, "presenting": true,
}

// reviewedWords name a period's results after a period phrase or before
// "for" one: "our fourth quarter results", "our performance for the
// quarter".
var reviewedWords = map[string]bool{"results": true, "performance": true}

// goingWords before "toward" make the year after it the next one too: "as
// we move toward fiscal 2022", "we look toward 2022"; not "trending back
// toward 2019", a level compared with.
var goingWords = map[string]bool{
	"move": true, "moving": true, "look": true, "looking": true, "work": true, "working": true,
	"head": true, "heading": true, "transition": true, "transitioning": true,
}

// sinceWords before a period phrase make it a lower bound: "the highest
// since the third quarter of 2016", "for the first time since 2019".
var sinceWords = map[string]bool{"since": true}

// estimateWords and surpriseWords together mark a table of results set
// against analysts' estimates (see surpriseTable).
var (
	estimateWords = map[string]bool{"consensus": true, "analyst": true, "analysts": true, "estimate": true, "estimates": true, "street": true, "expected": true}
	surpriseWords = map[string]bool{"actual": true, "surprise": true}
)

// objectNouns name a concept only as what a figure is "in" or "of", after
// one of their verbs: "we closed the quarter with $1.9 billion in cash",
// "we spent $420 million in capital".
var objectNouns = []struct {
	noun, concept string
	verbs         []string
}{
	{"cash", "CashAndCashEquivalents", []string{"closed", "ended", "finished", "had", "have", "hold", "held", "with"}},
	{"capital", "CapitalExpenditure", []string{"spent", "invested", "spend", "invest", "deployed"}},
}

// risenToVerbs before "up to" make it a rise to the figure, not a
// ceiling: "revenue was up to $147.7 million", "it went up to".
var risenToVerbs = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "went": true, "came": true, "moved": true,
	"ticked": true, "climbed": true, "grew": true, "rose": true, "jumped": true, "been": true,
}

// wholeWords before a name state it as the company's total (see
// wholeName); nameSkipWords may stand between them.
var (
	wholeWords    = map[string]bool{"total": true, "consolidated": true, "overall": true, "companywide": true}
	nameSkipWords = map[string]bool{
		"the": true, "first": true, "second": true, "third": true, "fourth": true, "quarter": true, "quarterly": true,
		"full": true, "year": true, "fiscal": true, "q1": true, "q2": true, "q3": true, "q4": true, "net": true,
		"reported": true, "statutory": true, "gaap": true, "-": true, "half": true, "operating": true,
	}
)

// ofNameWords may stand before "of" and a per-share figure and still be
// its name's: "earnings per diluted share of", "a range of", "a total of".
var ofNameWords = map[string]bool{
	"share": true, "shares": true, "basis": true, "range": true, "total": true, "level": true,
	"eps": true, "earnings": true, "income": true, "profit": true, "loss": true, "guidance": true,
	"outlook": true, "estimate": true, "forecast": true, "midpoint": true, "record": true, "result": true,
	"results": true, "amount": true, "figure": true, "value": true, "increase": true, "decrease": true,
	"stockholders": true, "shareholders": true, "holders": true, "unitholders": true, "owners": true,
}

// differenceWords right after a figure set it against another period's
// (see differenceFigure).
var differenceWords = map[string]bool{
	"above": true, "below": true, "higher": true, "lower": true, "better": true, "worse": true, "ahead": true,
}

// nameModifiers may stand before a concept's name: "adjusted diluted
// earnings per share", "non-GAAP revenue".
var nameModifiers = map[string]bool{"adjusted": true, "diluted": true, "non": true, "gaap": true, "-": true, "basic": true, "reported": true, "statutory": true, "core": true}

// streamNouns right before "revenue" or "sales" name a stream of it, a
// part of the company's: "franchise revenues", "service revenue",
// "subscription sales".
var streamNouns = map[string]bool{
	"franchise": true, "service": true, "services": true, "product": true, "products": true,
	"subscription": true, "subscriptions": true, "license": true, "licensing": true, "rental": true,
	"software": true, "hardware": true, "maintenance": true, "advertising": true, "fee": true,
	"fees": true, "commission": true, "royalty": true, "royalties": true, "equipment": true,
	"transaction": true, "consulting": true, "cloud": true, "retail": true, "wholesale": true,
	"online": true, "digital": true, "international": true, "domestic": true, "aftermarket": true,
	"parts": true, "testing": true, "merchandise": true, "membership": true, "premium": true,
}

// nonRecurringWords call excluded items the kind an adjusted measure is
// defined to leave out: "excluding nonrecurring expenses".
var nonRecurringWords = map[string]bool{"nonrecurring": true, "non-recurring": true, "one-time": true, "unusual": true, "special": true}

// unitNouns after "per" or "for a" make a figure one unit's, not the
// company's (see perUnitFigure).
var unitNouns = map[string]bool{
	"store": true, "restaurant": true, "location": true, "vehicle": true, "home": true,
	"unit": true, "branch": true, "clinic": true, "hotel": true, "room": true, "customer": true, "member": true,
}

// approxWords soften a figure without changing what it is: "about $0.04".
var approxWords = map[string]bool{
	"about": true, "approximately": true, "around": true, "roughly": true, "nearly": true,
	"almost": true, "an": true, "estimated": true, "another": true, "some": true,
}

// effectVerbs before a name make the figure after it an effect on the
// name, not its level: "decreased earnings $0.02 per share".
var effectVerbs = map[string]bool{
	"increased": true, "decreased": true, "reduced": true, "lowered": true, "raised": true,
	"boosted": true, "hurt": true, "impacted": true, "affected": true, "benefited": true,
	"benefitted": true, "added": true, "contributed": true, "helped": true, "offset": true,
	"penalized": true, "pressured": true, "weighed": true, "increase": true, "decrease": true,
	"reduce": true, "lower": true, "impact": true, "affect": true, "benefit": true, "add": true,
	"contribute": true, "help": true, "hurting": true, "reducing": true, "impacting": true,
}

// rightAfterGap may stand between a figure and the name "in" or "of"
// joins to it, besides gapWords and adjustment words: "$40 million of
// incremental revenue", "$0.20 in non-GAAP earnings per share".
var rightAfterGap = map[string]bool{"incremental": true, "non": true, "gaap": true, "additional": true}

// partNouns right before "earnings per share" name a part of the company,
// whose share of earnings is not the company's: "our utility earnings per
// share", "holding company earnings per share".
var partNouns = map[string]bool{
	"utility": true, "utilities": true, "parent": true, "holding": true, "subsidiary": true,
	"subsidiaries": true, "segment": true, "segments": true, "division": true, "divisional": true,
	"business": true, "unit": true, "affiliate": true, "midstream": true, "upstream": true,
	"downstream": true, "insurance": true, "banking": true, "bank": true,
}

// supersededWords before a guidance word make it an outlook replaced:
// "our prior guidance", "the original outlook".
var supersededWords = map[string]bool{
	"prior": true, "previous": true, "previously": true, "initial": true, "original": true,
	"earlier": true, "old": true, "former": true,
}

// guidanceNouns name an outlook; one before another's marks where that
// other's phrase begins.
var guidanceNouns = map[string]bool{"guidance": true, "outlook": true, "forecast": true}

// updateVerbs in the past before a guidance word give the outlook now:
// "we raised our guidance to", "we have updated our outlook"; other verbs
// of the past ("we issued guidance of") tell an earlier one.
var updateVerbs = map[string]bool{
	"raised": true, "increased": true, "updated": true, "narrowed": true, "lowered": true,
	"reaffirmed": true, "reiterated": true, "tightened": true, "revised": true,
	"confirmed": true, "maintained": true, "improved": true, "reduced": true, "decreased": true,
	"expanded": true, "extended": true, "introduced": true, "initiated": true, "established": true,
}

// affirmingStems begin the verbs that state an outlook anew (see
// affirmingVerb).
var affirmingStems = []string{"reaffirm", "reconfirm", "reiterat", "confirm", "maintain", "affirm", "rais", "increas",
	"updat", "narrow", "lower", "tighten", "revis", "introduc", "initiat", "provid", "issuing"}

// revisingStems begin the verbs that revise an outlook from one figure to
// another (see revision).
var revisingStems = []string{"rais", "increas", "lower", "reduc", "narrow", "tighten", "updat", "revis", "chang",
	"mov", "lift", "cut", "trim", "widen", "decreas", "improv"}

// givingVerbs before "initial" make the outlook today's: "we are
// providing initial 2021 guidance".
var givingVerbs = map[string]bool{
	"providing": true, "provide": true, "introducing": true, "introduce": true, "issuing": true,
	"issue": true, "initiating": true, "initiate": true, "giving": true, "give": true, "sharing": true,
	"share": true, "establishing": true, "establish": true, "announcing": true, "announce": true,
}

// measuredWords before a guidance word, in a sentence of the past, make it
// the outlook a result was measured against: "revenue was $1.45 billion,
// within our expected range of", "came in above our guidance of"; not
// "earnings remain within our guidance of".
var measuredWords = map[string]bool{
	"within": true, "above": true, "below": true, "exceeded": true, "exceeding": true, "beat": true,
	"beating": true, "surpassed": true, "topped": true, "line": true,
}

// --- names and their modifiers ---

// gapWords may stand between a modifier and the name it modifies.
var gapWords = map[string]bool{
	"diluted": true, "basic": true, "net": true, "total": true, "consolidated": true, "quarterly": true,
	"basis": true, ",": true, "-": true, "(": true, ")": true, "and": true, "normalized": true,
	"fully": true, "group": true, "operating": true, "preliminary": true, "on": true, "a": true,
	"full": true, "year": true, "annual": true, "our": true, "the": true,
}

// --- periods ---

// quarterNotNamed are words before "quarter" that name no quarter.
var quarterNotNamed = map[string]bool{
	"a": true, "per": true, "each": true, "every": true, "one": true, "three": true, "last": true,
	"this": true, "the": true, "that": true, "next": true, "prior": true, "previous": true,
}

// --- segments ---

// notSegment are capitalised words that begin no segment name.
var notSegment = map[string]bool{
	"total": true, "net": true, "gross": true, "our": true, "the": true, "this": true, "that": true,
	"its": true, "their": true, "group": true, "company": true, "worldwide": true, "consolidated": true, "quarterly": true,
	"annual": true, "adjusted": true, "gaap": true, "non": true, "core": true, "organic": true,
	"reported": true, "statutory": true, "record": true, "first": true, "final": true, "remaining": true, "second": true, "third": true, "fourth": true,
	"fiscal": true, "full": true, "year": true, "half": true, "operating": true, "overall": true,
	"underlying": true, "comparable": true, "comp": true, "comps": true, "same-store": true, "same": true, "constant": true, "local": true, "currency": true, "currencies": true,
	"operational": true, "recurring": true, "deferred": true, "other": true, "interest": true, "q": true, "h": true,
	"fy": true, "diluted": true, "basic": true, "free": true, "cash": true, "both": true,
	"segment": true, "strong": true, "higher": true, "lower": true, "new": true, "solid": true,
	"positive": true, "negative": true, "revenue": true, "revenues": true, "sales": true,
	"ebitda": true, "ebita": true, "ebit": true, "months": true, "preliminary": true, "current": true,
	"prior": true, "previous": true, "last": true, "next": true, "in": true, "for": true, "at": true,
	"as": true, "on": true, "by": true, "with": true, "and": true, "or": true, "but": true, "so": true,
	"also": true, "then": true, "while": true, "each": true, "all": true, "some": true, "further": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "nine": true, "six": true, "three": true, "twelve": true, "we": true,
	"i": true, "a": true, "an": true, "these": true, "those": true, "such": true, "average": true,
	"non-gaap": true, "ai": true, "us": true, "u": true, "global": true,
	"today": true, "yesterday": true,
	"however": true, "finally": true, "moreover": true, "additionally": true, "meanwhile": true,
	"turning": true, "looking": true, "excluding": true, "including": true, "segments": true,
	"billings": true, "bookings": true, "margin": true, "profit": true, "income": true,
	"cost": true, "costs": true, "expenses": true, "earnings": true, "eps": true, "it": true,
	"quarter": true, "period": true, "business": true, "businesses": true, "division": true,
	"unit": true, "units": true, "customer": true, "customers": true, "if": true, "when": true,
	"there": true, "here": true, "what": true, "which": true, "who": true, "how": true, "why": true,
	"you": true, "they": true, "he": true, "she": true, "my": true, "his": true, "her": true,
	"trailing": true, "sequential": true, "year-over-year": true, "ttm": true, "ytd": true,
	// words that judge or size a figure, or date it, name no business:
	// "Significant orders", "Double-digit revenue growth", "Companywide
	// revenues", "After beginning operations", "our financial results"
	"significant": true, "meaningful": true, "good": true, "great": true, "little": true, "low": true,
	"high": true, "big": true, "small": true, "large": true, "robust": true, "healthy": true,
	"modest": true, "substantial": true, "excellent": true, "digit": true, "digits": true, "wide": true,
	"companywide": true, "firmwide": true, "day": true, "days": true, "week": true, "weeks": true,
	"beginning": true, "revised": true, "estimated": true, "financial": true, "fee": true, "fees": true,
	"spec": true, "gallon": true, "exceptional": true, "individual": true, "own": true, "stand": true,
	"alone": true, "standalone": true,
}

// segmentConcepts lead to a name: concepts a company reports by segment.
var segmentConcepts = map[string]bool{
	"Revenue": true, "OrderIntake": true, "OperatingIncomeLoss": true, "OperatingMargin": true,
	"GrossProfit": true, "GrossMargin": true, "EBITA": true, "EBITDA": true, "Billings": true,
}

// peerVerbs are the verbs a segment's name governs its figure by, after
// "while" in a sentence about another segment: "while Freight Forwarding
// generated EUR 130.4 million".
// runPeerVerbs after a proper name that opens a sentence among segments'
// sentences make it a segment: "Foodservice delivered net sales of".
// Verbs of change ("grew", "rose") are left out: "Volume grew 4%".
var runPeerVerbs = map[string]bool{
	"generated": true, "contributed": true, "posted": true, "reported": true, "recorded": true,
	"delivered": true, "had": true, "achieved": true, "totaled": true, "totalled": true,
}

var peerVerbs = map[string]bool{
	"generated": true, "contributed": true, "posted": true, "reported": true, "recorded": true,
	"delivered": true, "grew": true, "rose": true, "increased": true, "declined": true,
	"decreased": true, "fell": true, "reached": true, "achieved": true, "totaled": true,
	"totalled": true, "was": true, "were": true, "had": true,
}

// topicIntroducers open a passage about what follows them.
var topicIntroducers = [][]string{
	{"moving", "on", "to"}, {"moving", "to"}, {"moving", "now", "to"}, {"turning", "to"}, {"turning", "now", "to"},
	{"turning", "next", "to"}, {"now", "to"}, {"as", "for"}, {"in", "terms", "of"}, {"with", "regard", "to"},
	{"with", "respect", "to"}, {"regarding"}, {"let", "me", "turn", "to"}, {"let", "me", "now", "turn", "to"},
	{"let", "me", "move", "to"}, {"let", "me", "now", "move", "to"}, {"let", "me", "now", "cover"},
	{"let", "me", "cover"}, {"let", "'", "s", "turn", "to"}, {"let", "'", "s", "move", "to"}, {"let", "'", "s", "look", "at"},
	{"now", "turning", "to"}, {"looking", "at"}, {"switching", "to"}, {"shifting", "to"}, {"on", "to"},
	{"starting", "with"}, {"beginning", "with"}, {"i", "'", "ll", "start", "with"}, {"i", "will", "start", "with"},
	{"i", "'", "ll", "turn", "to"}, {"next", "is"}, {"finally"},
	{"let", "'", "s", "start", "with"}, {"let", "me", "start", "with"}, {"let", "'", "s", "begin", "with"},
	{"let", "me", "begin", "with"}, {"let", "us", "turn", "to"}, {"we", "'", "ll", "start", "with"},
	{"we", "will", "start", "with"},
}

// ordinalWords count segments as a speaker goes through them: "our final
// segment, Process Tech", "our next segment".
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "next": true, "final": true, "last": true, "remaining": true}

// priorOutlookPhrases after a range date it as an outlook given before
// the one in force: "versus $3.38 to $3.46 last quarter".
var priorOutlookPhrases = [][]string{
	{"last", "quarter"}, {"prior", "guidance"}, {"previous", "guidance"}, {"initial", "guidance"},
	{"original", "guidance"}, {"prior", "outlook"}, {"previous", "outlook"}, {"initial", "outlook"},
	{"previously"}, {"we", "gave"}, {"we", "provided"}, {"we", "issued"}, {"we", "set"},
}

// otherMeasureNouns name measures Facet keeps no concept for, which take
// the figure before them: "$1.9 billion of liquidity".
var otherMeasureNouns = map[string]bool{"liquidity": true, "headroom": true, "availability": true, "capacity": true}

// startWords open a talk with what comes first, a business only when its
// name is capitalised: "Let's start with Large Agriculture", not "Let me
// start with a review of the quarter".
var startWords = map[string]bool{"start": true, "begin": true, "starting": true, "beginning": true}

// openerFillers may stand before an opener: "And turning to …", "So now
// moving on to …".
var openerFillers = map[string]bool{"and": true, "so": true, "now": true, "next": true, "then": true, "okay": true, "ok": true, "lastly": true, "finally": true, ",": true}

// leadWords may come before a name that leads its sentence (see
// leadsSentence).
var leadWords = map[string]bool{
	"our": true, "the": true, "in": true, "at": true, "for": true, "within": true, "turning": true, "to": true,
	"moving": true, "on": true, "looking": true, "as": true, "with": true, "regarding": true, "across": true,
}

// clauseWords make the words before a name a clause of their own (see
// clauseBetween).
var clauseWords = map[string]bool{
	"who": true, "which": true, "that": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "runs": true, "run": true, "leads": true, "manages": true,
}

// contributionVerbs follow a part of a total and come before its figure:
// "with public cloud services contributing RMB 2,421.9 million".
var contributionVerbs = map[string]bool{
	"contributing": true, "contributed": true, "accounting": true, "generating": true, "representing": true,
}

// notSegmentTopics are the things a passage opens onto that are no
// segments: "Turning to guidance.", "In addition, …", "Looking at the
// numbers, …".
var notSegmentTopics = map[string]bool{
	"guidance": true, "outlook": true, "forecast": true, "expectations": true, "balance": true,
	"sheet": true, "liquidity": true, "capital": true, "allocation": true, "expenses": true,
	"expense": true, "margins": true, "pricing": true, "price": true, "prices": true, "mix": true,
	"volume": true, "volumes": true, "financials": true, "numbers": true, "performance": true,
	"summary": true, "addition": true, "date": true, "detail": true, "details": true, "terms": true,
	"conclusion": true, "closing": true, "covid": true, "pandemic": true, "world": true, "days": true,
	"questions": true, "comparison": true, "basis": true, "sum": true, "rest": true, "remainder": true,
	"where": true, "when": true, "what": true, "how": true, "why": true, "whereas": true, "although": true,
	"though": true, "because": true, "since": true, "if": true, "given": true, "overall": true,
	"slide": true, "slides": true, "page": true, "chart": true, "taxes": true, "tax": true, "debt": true,
	"dividend": true, "dividends": true, "buybacks": true, "repurchases": true, "share": true,
	"shares": true, "profitability": true, "results": true, "highlights": true, "trends": true,
	"items": true, "item": true, "charges": true, "impact": true, "contrast": true, "fact": true,
	"particular": true, "short": true, "general": true, "aggregate": true, "practice": true,
	"reality": true, "turn": true, "line": true, "context": true, "light": true, "view": true,
	"order": true, "total": true, "connection": true, "respect": true, "regard": true, "spite": true,
	"each": true, "every": true, "many": true, "most": true, "other": true, "others": true,
	"inflation": true, "demand": true, "supply": true, "growth": true, "momentum": true,
}

// determiners stand before a name, never in it.
var determiners = map[string]bool{
	"the": true, "our": true, "its": true, "their": true, "this": true, "that": true, "these": true,
	"those": true, "a": true, "an": true, "each": true, "both": true, "all": true, "his": true, "her": true,
}

// nameStopWords end a segment's name: prepositions, verbs, pronouns and
// conjunctions ("and" and "&" join a name's words).
var nameStopWords = map[string]bool{
	"of": true, "in": true, "for": true, "on": true, "at": true, "to": true, "with": true, "from": true,
	"by": true, "as": true, "into": true, "over": true, "under": true, "via": true, "per": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "grew": true, "rose": true, "fell": true, "increased": true, "decreased": true,
	"declined": true, "totaled": true, "totalled": true, "reached": true, "delivered": true,
	"reported": true, "generated": true, "came": true, "improved": true, "which": true, "who": true,
	"that": true, "while": true, "whereas": true, "but": true, "or": true, "so": true, "we": true,
	"i": true, "it": true, "they": true, "you": true, "there": true, "here": true, "then": true,
	"also": true, "again": true, "slide": true, "page": true, "chart": true, "results": true,
	"compared": true, "versus": true, "vs": true, "than": true, "up": true, "down": true, "about": true,
	"approximately": true, "around": true, "nearly": true, "s": true, "will": true, "would": true,
	"can": true, "could": true, "should": true, "may": true, "did": true, "do": true, "does": true,
	"not": true, "no": true, "more": true, "less": true, "very": true, "quite": true, "just": true,
}

// periodNameWords are the words of periods: no segment's name holds one.
var periodNameWords = map[string]bool{
	"quarter": true, "quarters": true, "year": true, "years": true, "fiscal": true, "month": true,
	"months": true, "week": true, "weeks": true, "half": true, "period": true, "ytd": true, "today": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"first": true, "second": true, "third": true, "fourth": true, "q": true, "fy": true, "annual": true,
	"quarterly": true, "sequential": true, "prior": true, "last": true, "next": true, "current": true,
}

// --- the document's company ---

var legalSuffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "holdings": true, "holding": true, "limited": true,
	"ltd": true, "ag": true, "se": true, "plc": true, "nv": true, "sa": true, "group": true, "llc": true,
	"co": true, "company": true, "incorporated": true, "lp": true, "kgaa": true, "gmbh": true,
}

// outlookNames name an outlook (see namesGuidance): "our 2021 guidance",
// "the full year outlook".
var outlookNames = map[string]bool{
	"guidance": true, "outlook": true, "target": true, "targets": true, "forecast": true, "expectations": true,
}

// resultsWords after a period name its results: "first quarter results",
// "first half sales performance" (see resultsAfter).
var resultsWords = map[string]bool{"results": true, "performance": true}

// exclusionWords lead the items an adjusted measure leaves out (see
// excludedName); adjustmentLeads make the lexicon's phrases of them.
var exclusionWords = map[string]bool{"excluding": true, "excludes": true, "exclude": true, "exclusive": true}

// resultsNouns after "our" name the company's own results (see
// companyResultsTopic).
var resultsNouns = map[string]bool{"results": true, "financials": true, "financial": true}

// nameNouns end many company names and are common words as well:
// "Winnebago Industries", "Teradata Systems"; after a proper name they
// may be written in lower case elsewhere in the text.
var nameNouns = map[string]bool{
	"industries": true, "technologies": true, "systems": true, "solutions": true, "brands": true,
	"partners": true, "enterprises": true, "resources": true, "international": true, "financial": true,
	"energy": true, "capital": true, "services": true, "products": true, "pharmaceuticals": true,
	"therapeutics": true, "laboratories": true, "communications": true, "networks": true,
	"materials": true, "foods": true, "properties": true, "bancorp": true, "bancshares": true,
}

// genericNouns, alone and in lower case, name no segment: "the
// industry", "the market", "the business".
var genericNouns = map[string]bool{
	"industry": true, "industries": true, "market": true, "markets": true, "economy": true, "sector": true,
	"sectors": true, "environment": true, "landscape": true, "space": true, "business": true,
	"businesses": true, "company": true, "portfolio": true, "region": true, "regions": true,
	"country": true, "countries": true, "customer": true, "customers": true, "team": true,
}

// businessQualifiers before "business" in lower case say which part of
// it, not which line: "our base business", "the core business", "our
// acquired businesses".
var businessQualifiers = map[string]bool{
	"base": true, "core": true, "major": true, "overall": true, "total": true, "existing": true,
	"new": true, "legacy": true, "underlying": true, "whole": true, "entire": true, "broader": true,
	"organic": true, "acquired": true, "remaining": true, "other": true, "own": true, "current": true,
	"recurring": true, "combined": true, "consolidated": true, "traditional": true, "key": true,
	"main": true, "largest": true, "biggest": true, "smaller": true, "larger": true, "growing": true,
	"strong": true, "healthy": true, "profitable": true, "global": true, "domestic": true,
	"local": true, "ongoing": true, "continuing": true, "discontinued": true, "divested": true,
	"exited": true, "same": true,
}

// rankWords before a segment word rank it among the others rather than
// name it: "the largest division", "our fastest-growing segment".
var rankWords = map[string]bool{
	"largest": true, "biggest": true, "smallest": true, "strongest": true, "weakest": true,
	"fastest": true, "best": true, "worst": true, "leading": true, "second": true, "third": true,
}

// compoundHeads after a segment word make it a modifier of theirs, no
// segment's: "retail unit demand", "West Coast franchise markets",
// "business model".
var compoundHeads = map[string]bool{
	"demand": true, "volume": true, "volumes": true, "growth": true, "economics": true, "count": true,
	"counts": true, "shipments": true, "pricing": true, "price": true, "prices": true, "market": true,
	"markets": true, "model": true, "models": true, "level": true, "levels": true, "mix": true, "trends": true,
}

// asideFillers are the little words an aside may hold beside its period
// phrase and still be about the period only: "Revenue, in the fourth
// quarter of this year, was" (see inWordyAside).
var asideFillers = map[string]bool{
	"in": true, "of": true, "the": true, "a": true, "an": true, "for": true, "during": true, "at": true,
	"on": true, "our": true, "this": true, "that": true, "its": true, "and": true, "as": true, "well": true,
}

// asideVerbs after a comma resume a clause an aside interrupted: "These
// pressures, combined with …, are expected to".
var asideVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "should": true,
	"could": true, "has": true, "have": true, "had": true, "remain": true, "remains": true,
	"continue": true, "continues": true, "drove": true, "drive": true, "drives": true, "resulted": true,
}

// handoverVerbs, with "over", "back" or "the call to" after them, hand a
// call to another speaker (see handsOver).
var handoverVerbs = map[string]bool{"turn": true, "turning": true, "pass": true, "hand": true, "handing": true}

// companyPossessions after a name's "'s" make the name the company's:
// "Harsco's revenues", "Greenhill's Head of Investor Relations", "3M's
// second quarter".
var companyPossessions = map[string]bool{
	"revenue": true, "revenues": true, "sales": true, "results": true, "earnings": true, "performance": true,
	"quarter": true, "first": true, "second": true, "third": true, "fourth": true, "fiscal": true,
	"full": true, "annual": true, "board": true, "management": true, "team": true, "ceo": true,
	"cfo": true, "chief": true, "head": true, "president": true, "chairman": true, "director": true,
	"vice": true, "shareholders": true, "employees": true, "history": true, "strategy": true,
	"balance": true, "adjusted": true, "consolidated": true, "total": true, "net": true,
}

// resultsVerbs after a name make it the subject of the results: "Watsco
// delivered another record quarter".
var resultsVerbs = map[string]bool{
	"reported": true, "delivered": true, "posted": true, "achieved": true,
}

// nameStops end a company name: "Kingsoft Cloud Second Quarter …".
var nameStops = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fiscal": true, "earnings": true,
	"conference": true, "call": true, "quarter": true, "annual": true, "results": true, "reports": true,
	"records": true, "financial": true, "full": true, "half": true, "year": true, "strong": true,
	"announces": true, "interim": true, "preliminary": true, "publication": true, "transcript": true,
	"the": true, "and": true, "to": true, "q": true, "h": true, "fy": true, "today": true, "shareholders": true,
	"reported": true, "delivers": true, "posts": true, "for": true, "of": true, "in": true, "a": true,
	"thank": true, "welcome": true, "hello": true, "good": true, "i": true, "we": true, "our": true,
	"this": true, "ladies": true, "operator": true, "everyone": true, "all": true, "us": true, "you": true,
	"nasdaq": true, "nyse": true, "hkex": true, "ir": true, "investor": true, "relations": true,
	"covid": true, "covid-19": true, "coronavirus": true,
	"m&a": true, "q&a": true, "r&d": true, "sg&a": true, "p&l": true, "d&a": true, "e&p": true,
}

// placeNames are regions, countries and states: a text names them as
// markets or segments ("The Americas delivered revenues up 9%", "Canada
// delivered record results"), never as the company. Lower case; a name
// of several words is matched whole.
var placeNames = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// regions
		"americas|north america|south america|latin america|central america|america|europe|western europe|" +
			"eastern europe|continental europe|asia|asia pacific|apac|apj|apmea|emea|emeia|africa|middle east|" +
			"greater china|nordics|benelux|dach|iberia|scandinavia|caribbean|oceania|pacific|international|" +
			"rest of world|rest of the world|north|south|east|west|midwest|northeast|southeast|southwest|northwest",
		// countries and territories
		"united states|u.s|us|usa|united kingdom|uk|britain|great britain|england|scotland|canada|mexico|brazil|" +
			"argentina|chile|colombia|peru|germany|france|italy|spain|portugal|netherlands|belgium|switzerland|" +
			"austria|sweden|norway|denmark|finland|poland|russia|turkey|ireland|greece|israel|saudi arabia|uae|" +
			"united arab emirates|qatar|egypt|south africa|nigeria|china|japan|india|korea|south korea|taiwan|" +
			"hong kong|singapore|malaysia|indonesia|thailand|vietnam|philippines|australia|new zealand|puerto rico",
		// the states of the United States
		"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|" +
			"illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|" +
			"mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|" +
			"north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|" +
			"south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming",
	} {
		for _, n := range strings.Split(list, "|") {
			m[n] = true
		}
	}
	return m
}()

// IsPlace reports a name that is a region, a country or a state:
// "Americas", "EMEA", "Canada". Case does not matter.
func IsPlace(name string) bool { return placeNames[strings.ToLower(name)] }

// personVerbs follow a person's first name where the text refers to what
// they said: "As Bruce indicated", "as Mark mentioned".
var personVerbs = map[string]bool{
	"mentioned": true, "said": true, "indicated": true, "noted": true, "discussed": true,
	"described": true, "highlighted": true, "outlined": true, "explained": true, "covered": true,
}

// titleWords stand in the title after a person's name in a call's roll:
// "Bruce Broussard, Humana's President and Chief Executive Officer".
var titleWords = map[string]bool{
	"president": true, "officer": true, "ceo": true, "cfo": true, "coo": true, "chairman": true,
	"chairwoman": true, "chair": true, "vice": true, "director": true, "treasurer": true,
	"controller": true, "head": true, "chief": true, "senior": true, "executive": true, "evp": true,
	"svp": true, "founder": true, "general": true, "manager": true,
}

// fileNameNotName are words of file names that name no company.
var fileNameNotName = map[string]bool{
	"call": true, "calls": true, "transcript": true, "report": true, "summary": true, "release": true,
	"earnings": true, "interim": true, "annual": true, "results": true, "press": true, "webpage": true,
	"quarter": true, "quarterly": true, "fy": true, "the": true, "of": true, "and": true,
}

// --- sentences ---

// abbreviations end in a '.' that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "prof": true, "inc": true, "co": true,
	"corp": true, "ltd": true, "vs": true, "no": true, "st": true, "approx": true, "jr": true,
	"sr": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "est": true,
	"e": true, "i": true, "u": true, "s": true, "etc": true, "al": true, "fig": true, "ir": true,
	"rs": true, // "Rs. 2,845 crore"
}

// lexicon is every entry above, with the matcher that finds them.
type lexicon struct {
	entries []entry
	m       *matcher
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{}
	var texts []string
	var idx []int
	add := func(e entry) {
		l.entries = append(l.entries, e)
		texts = append(texts, e.text)
		idx = append(idx, len(l.entries)-1)
	}
	for _, c := range conceptLexicon {
		add(entry{kind: eConcept, text: c.text, cue: c.cue})
	}
	for _, owners := range ownersOfParent {
		add(entry{kind: eConcept, text: "profit attributable to " + owners, cue: conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS"}})
		add(entry{kind: eConcept, text: "loss attributable to " + owners, cue: conceptCue{money: "NetIncomeLossAttributableToParent", perShare: "EPS", sign: -1}})
	}
	for _, m := range modifierLexicon {
		add(entry{kind: m.kind, text: m.text})
	}
	for _, lead := range adjustmentLeads {
		for _, item := range adjustedItems {
			add(entry{kind: eAdjusted, text: lead + " " + item})
		}
	}
	for _, b := range blockerLexicon {
		add(entry{kind: eBlock, text: b.text, sentenceWide: b.sentence})
	}
	for _, w := range countNouns {
		add(entry{kind: eCountNoun, text: w})
	}
	for _, c := range currencyTable {
		for _, l := range c.letters {
			if len(l) >= 3 {
				add(entry{kind: eCurrency, text: l, currency: c.code})
			}
		}
		for _, n := range c.names {
			add(entry{kind: eCurrency, text: n, currency: c.code})
		}
	}
	for _, sc := range scaleTable {
		if !sc.glued && len(sc.text) > 1 {
			add(entry{kind: eScale, text: sc.text, scale: sc.exp})
		}
	}
	for _, p := range periodLexicon {
		add(entry{kind: ePeriod, text: p.text, period: p.word})
	}
	for i, m := range monthLexicon {
		add(entry{kind: eMonth, text: m, month: i + 1})
		if len(m) > 4 {
			add(entry{kind: eMonth, text: m[:3], month: i + 1})
		}
	}
	add(entry{kind: eMonth, text: "Sept", month: 9})
	add(entry{kind: eMonth, text: "Jun", month: 6}) // "Apr-Jun", "Jul-Sep": four-letter months have short forms too
	add(entry{kind: eMonth, text: "Jul", month: 7})
	for _, c := range contextLexicon {
		add(entry{kind: eContext, text: c.text, ctx: c.ctx})
	}
	l.m = newMatcher(texts, idx)
	return l
}

// --- table rows ---

// tableLabelLexicon holds the labels financial statements give their rows,
// matched whole (by their letters, "Total" and "(loss)"-like asides aside)
// before the phrases of conceptLexicon are tried: "Income taxes" under an
// income statement is the tax expense, though not in a sentence.
var tableLabelLexicon = []struct {
	label   string
	concept string
}{
	{"net sales", "Revenue"}, {"revenues", "Revenue"}, {"revenue", "Revenue"}, {"net revenues", "Revenue"},
	{"revenue from operations", "Revenue"}, {"revenues from operations", "Revenue"}, // India's top line (Ind AS)
	{"segment results", "OperatingIncomeLoss"}, {"segment result", "OperatingIncomeLoss"}, // a segment's EBIT, as Indian releases head it
	{"net operating revenues", "Revenue"}, {"sales", "Revenue"}, {"revenues and other income", "Revenue"},
	{"cost of products sold", "CostOfRevenue"}, {"cost of goods and services sold", "CostOfRevenue"},
	{"cost of revenues", "CostOfRevenue"}, {"cost of goods sold", "CostOfRevenue"},
	{"cost", "CostOfRevenue"}, {"segment cost", "CostOfRevenue"},
	{"bank borrowings current", "ShortTermBorrowings"}, {"current bank borrowings", "ShortTermBorrowings"},
	{"bank borrowings non-current", "LongTermBorrowings"}, {"non-current bank borrowings", "LongTermBorrowings"},
	{"income before provision for income taxes", "IncomeLossBeforeIncomeTaxes"},
	{"earnings before provision for income taxes", "IncomeLossBeforeIncomeTaxes"},
	{"income before income tax", "IncomeLossBeforeIncomeTaxes"}, {"income before income taxes", "IncomeLossBeforeIncomeTaxes"},
	{"income from continuing operations before income taxes", "IncomeLossBeforeIncomeTaxes"},
	{"earnings before income taxes", "IncomeLossBeforeIncomeTaxes"}, {"profit before taxation", "IncomeLossBeforeIncomeTaxes"},
	{"income before taxes", "IncomeLossBeforeIncomeTaxes"}, {"profit before tax", "IncomeLossBeforeIncomeTaxes"},
	{"loss before income taxes", "IncomeLossBeforeIncomeTaxes"}, {"loss before taxes", "IncomeLossBeforeIncomeTaxes"},
	{"income from continuing operations before income tax", "IncomeLossBeforeIncomeTaxes"},
	{"income taxes", "IncomeTaxExpenseBenefit"}, {"provision for income taxes", "IncomeTaxExpenseBenefit"},
	{"income tax expense", "IncomeTaxExpenseBenefit"}, {"income tax", "IncomeTaxExpenseBenefit"},
	{"taxation", "IncomeTaxExpenseBenefit"}, {"income tax provision", "IncomeTaxExpenseBenefit"},
	{"benefit for income taxes", "IncomeTaxExpenseBenefit"}, {"benefit from income taxes", "IncomeTaxExpenseBenefit"},
	{"net income", "NetIncomeLoss"}, {"net earnings", "NetIncomeLoss"}, {"profit for the year", "NetIncomeLoss"},
	{"net loss", "NetIncomeLoss"}, {"profit for the period", "NetIncomeLoss"},
	{"comprehensive income", "ComprehensiveIncomeLossAttributableToParent"},
	{"comprehensive loss", "ComprehensiveIncomeLossAttributableToParent"},
	{"total comprehensive loss", "ComprehensiveIncomeLossAttributableToParent"},
	{"technology and development", "ResearchAndDevelopmentExpense"},
	{"operating income", "OperatingIncomeLoss"}, {"operating profit", "OperatingIncomeLoss"},
	{"segment operating income", "OperatingIncomeLoss"}, {"segment operating profit", "OperatingIncomeLoss"},
	{"income from operations", "OperatingIncomeLoss"}, {"loss from operations", "OperatingIncomeLoss"},
	{"earnings from operations", "OperatingIncomeLoss"}, {"operating earnings", "OperatingIncomeLoss"},
	{"earnings before income taxes", "IncomeLossBeforeIncomeTaxes"},
	{"other non-operating income", "OtherIncomeExpense"}, {"other income", "OtherIncomeExpense"},
	{"non-operating income", "OtherIncomeExpense"}, {"other non-operating income net", "OtherIncomeExpense"},
	{"interest and other income", "OtherIncomeExpense"}, {"interest and other", "OtherIncomeExpense"},
	{"capital expenditures", "CapitalExpenditure"}, {"additions to property, plant and equipment", "CapitalExpenditure"},
	{"purchases of property and equipment", "CapitalExpenditure"}, {"purchases of property, plant and equipment", "CapitalExpenditure"},
	{"payments for acquisition of property, plant and equipment", "CapitalExpenditure"},
	{"payments for property, plant and equipment", "CapitalExpenditure"},
	{"purchases related to property and equipment and intangible assets", "CapitalExpenditure"},
	{"cash dividends paid", "DividendsPaid"}, {"dividends paid", "DividendsPaid"}, {"dividend payments", "DividendsPaid"},
	{"payments of dividends", "DividendsPaid"}, {"payments for dividends and dividend equivalents", "DividendsPaid"},
	{"cash dividends", "DividendsPaid"}, {"dividends", "DividendsPaid"}, {"dividends paid to shareholders", "DividendsPaid"},
	{"repurchases of common stock", "ShareRepurchase"}, {"common stock repurchased", "ShareRepurchase"},
	{"common stock acquired", "ShareRepurchase"}, {"purchases of treasury stock", "ShareRepurchase"},
	{"treasury stock purchases", "ShareRepurchase"}, {"purchase of company stock", "ShareRepurchase"},
	{"payments related to repurchases of common stock", "ShareRepurchase"}, {"repurchase of common stock", "ShareRepurchase"},
	{"repurchases of common shares", "ShareRepurchase"}, {"purchases of common stock", "ShareRepurchase"},
	{"repurchases of stock", "ShareRepurchase"}, {"repurchases of capital stock", "ShareRepurchase"},
	{"purchases of stock for treasury", "ShareRepurchase"},
	{"principal repayments of finance leases", "CapitalLeasePayments"}, {"principal payments on finance leases", "CapitalLeasePayments"},
	{"financing cash flows from finance leases", "CapitalLeasePayments"}, {"financing cash flows used for finance leases", "CapitalLeasePayments"},
	{"financing cash flows finance leases", "CapitalLeasePayments"}, {"repayments of finance lease obligations", "CapitalLeasePayments"},
	{"cash paid for operating leases", "OperatingLeasePayments"}, {"operating cash flows from operating leases", "OperatingLeasePayments"},
	{"operating cash flows used for operating leases", "OperatingLeasePayments"}, {"operating cash outflows from operating leases", "OperatingLeasePayments"},
	{"operating cash outflows for operating leases", "OperatingLeasePayments"}, {"operating cash flows operating leases", "OperatingLeasePayments"},
	{"operating cash flow used for operating leases", "OperatingLeasePayments"},
	{"retained earnings", "AccumulatedDeficit"}, {"accumulated deficit", "AccumulatedDeficit"},
	{"reinvested earnings", "AccumulatedDeficit"}, {"earnings reinvested", "AccumulatedDeficit"},
	{"stockholders' equity", "StockholdersEquity"}, {"shareholders' equity", "StockholdersEquity"},
	{"shareholders' deficit", "StockholdersEquity"}, {"stockholders' deficit", "StockholdersEquity"},
	{"shareowners' equity", "StockholdersEquity"}, {"equity attributable to shareowners", "StockholdersEquity"},
	{"short-term debt", "ShortTermBorrowings"}, {"short-term borrowings", "ShortTermBorrowings"},
	{"long-term debt", "LongTermBorrowings"}, {"noncurrent debt", "LongTermBorrowings"},
	{"net cash used for investing activities", "NetCashFromInvesting"}, {"net cash used by investing activities", "NetCashFromInvesting"},
	{"investing activities", "NetCashFromInvesting"}, {"cash generated by investing activities", "NetCashFromInvesting"},
	{"net cash outflow from investing activities", "NetCashFromInvesting"}, {"net cash inflow from investing activities", "NetCashFromInvesting"},
	{"net cash inflow from financing activities", "NetCashFromFinancing"}, {"net cash outflow from operating activities", "NetCashFromOperating"},
	{"net cash used for financing activities", "NetCashFromFinancing"}, {"cash used in financing activities", "NetCashFromFinancing"},
	{"financing activities", "NetCashFromFinancing"}, {"net cash outflow from financing activities", "NetCashFromFinancing"},
	{"net cash used by financing activities", "NetCashFromFinancing"}, {"cash generated by financing activities", "NetCashFromFinancing"},
	{"net cash used by operating activities", "NetCashFromOperating"}, {"operating activities", "NetCashFromOperating"},
	{"net cash inflow from operating activities", "NetCashFromOperating"}, {"cash generated by operating activities", "NetCashFromOperating"},
	{"net cash used for operating activities", "NetCashFromOperating"},
	{"cash, cash equivalents and restricted cash", "CashCashEquivalentsAndRestrictedCash"},
	{"cash, cash equivalents, restricted cash and restricted cash equivalents", "CashCashEquivalentsAndRestrictedCash"},
	{"cash, cash equivalents, and restricted cash and cash equivalents", "CashCashEquivalentsAndRestrictedCash"},
	{"cash and cash equivalents including restricted", "CashCashEquivalentsAndRestrictedCash"},
	{"cash and cash equivalents", "CashAndCashEquivalents"},
	{"cash, cash equivalents and short-term investments", "CashAndShortTermInvestments"},
	{"cash, cash equivalents, and marketable securities", "CashAndShortTermInvestments"},
	{"short-term investments", "ShortTermInvestments"}, {"short-term and other investments", "ShortTermInvestments"},
	{"research and development", "ResearchAndDevelopmentExpense"}, {"research and development expense", "ResearchAndDevelopmentExpense"},
	{"research and development expenses", "ResearchAndDevelopmentExpense"},
	{"sales and marketing", "SellingAndMarketingExpense"}, {"sales and marketing expenses", "SellingAndMarketingExpense"},
	{"selling and marketing", "SellingAndMarketingExpense"}, {"general and administrative", "GeneralAndAdministrativeExpense"},
	{"selling, general and administrative", "SellingGeneralAndAdministrativeExpense"},
	{"operating expenses", "OperatingExpenses"},
	{"share-based compensation expense", "ShareBasedCompensation"}, {"stock-based compensation expense", "ShareBasedCompensation"},
	{"share-based compensation", "ShareBasedCompensation"}, {"stock-based compensation", "ShareBasedCompensation"},
	{"share-based plans expense", "ShareBasedCompensation"}, {"deferred revenue", "DeferredRevenue"},
	{"employee compensation expenses", "EmployeeBenefitsExpense"},
}

// tableLabelPrefixes begin labels that name a concept whatever follows:
// "Depreciation and amortization of property, equipment and intangibles".
var tableLabelPrefixes = []struct {
	prefix  string
	concept string
}{
	{"depreciation and amortization", "DepreciationAndAmortization"},
	{"depreciation, depletion and amortization", "DepreciationAndAmortization"},
	{"depreciation, amortization", "DepreciationAndAmortization"},
	{"depreciation and depletion", "DepreciationAndAmortization"},
	// British spelling: "Depreciation, amortisation and provisions"
	{"depreciation, amortisation", "DepreciationAndAmortization"},
}

// nameJoiners may stand in lower case inside a capitalised name: "Oil and
// Gas", "Bank of Ireland", "Tools for Business".
var nameJoiners = map[string]bool{"and": true, "of": true, "for": true, "de": true}

// linkWords join a measure to its figure: "revenue was $1.5 billion", "an
// order book of £1.27bn", "sales totalled EUR 4.1 billion".
var linkWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "of": true, "at": true, "to": true,
	"totaled": true, "totalled": true, "reached": true, "stood": true, "amounted": true,
	"came": true, "rose": true, "grew": true, "increased": true, "fell": true, "declined": true,
	"decreased": true, "improved": true,
}
