package parse

import (
	"sort"
	"strings"
)

// Kind is what sort of number a concept holds.
type Kind int

const (
	Monetary Kind = iota // an amount of money
	Ratio                // a pure ratio: 16.7% is 0.167
	PerShare             // money per share (EPS)
	Count                // a number of things (customers, shares)
)

// Balance is the XBRL balance attribute of a monetary concept.
type Balance int

const (
	NoBalance Balance = iota
	Debit
	Credit
)

// Sheet is the workbook statement sheet a concept belongs on.
type Sheet int

const (
	NoSheet Sheet = iota
	Summary
	Segments
	Costs
	CashFlow
)

func (s Sheet) String() string {
	switch s {
	case Summary:
		return "Summary"
	case Segments:
		return "Segments"
	case Costs:
		return "Costs"
	case CashFlow:
		return "Cash flow"
	}
	return ""
}

// Concept describes one thing a figure can be. Name is the local name the
// design notes fix (and the gold labels use); XBRL is its qualified name.
type Concept struct {
	Name string
	XBRL string
	// Tagged lists the other XBRL names that filers tag this concept with
	// (us-gaap alternatives and the ifrs-full names), the closest first; a
	// tagged filing's facts of these names are read as this concept where
	// the filing tags no closer name for the same context.
	Tagged  []string
	Label   string
	Kind    Kind
	Instant bool // measured at a point in time (balance-sheet items)
	Balance Balance
	Sheet   Sheet
	// Parent is the total this concept is one part of: the cost lines sum
	// to CostOfRevenue, the operating-expense lines to OperatingExpenses.
	Parent string
	// Profit names, for a margin, the profit it divides by revenue.
	Profit string
	// Order places the concept's row on its sheet.
	Order int
	// Adjusted is set on the non-GAAP twin of a concept (AdjustedEBITDA).
	Adjusted bool
	// Base names, for an adjusted concept, the concept it adjusts.
	Base string
	// Outflow is set on a payment a statement shows as cash going out
	// ("(9,447)"): capital spent, dividends paid, shares repurchased; Facet
	// keeps it positive.
	Outflow bool
	// Signed is set on a debit that can be negative (net interest expense
	// is negative when income exceeds it, a tax expense when it is a
	// benefit, a balance when overdrawn); other debits (costs, expenses)
	// are positive whatever words surround them.
	Signed bool
	// Adjustable concepts have a non-GAAP twin, AdjustedX. Guidance, cash
	// items and balances are not adjusted in practice.
	Adjustable bool
	// Segmentable concepts are broken down by segment.
	Segmentable bool
	// Additive concepts have parts that sum to them: a segment's revenue
	// is smaller than the company's, never larger.
	Additive bool
	// NonGAAPDefault concepts (profits, margins, expenses, EPS) are read as
	// their adjusted twin, unqualified, in a document whose figures are
	// non-GAAP unless stated otherwise; revenue and cash flows keep their
	// plain names there.
	NonGAAPDefault bool
}

// Unitless reports whether the concept's facts carry no unit in XBRL:
// ratios; money, per-share figures and counts have one.
func (c Concept) Unitless() bool { return c.Kind == Ratio }

// concepts is the table of design.md with the additions Facet knows.
// Rows are in the order they appear on their sheet.
var concepts = []Concept{
	{Name: "Revenue", XBRL: "us-gaap:Revenues", Tagged: []string{"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "us-gaap:SalesRevenueNet", "ifrs-full:Revenue", "ifrs-full:RevenueFromContractsWithCustomers"}, Label: "Revenue", Balance: Credit, Sheet: Segments, Adjustable: true, Segmentable: true, Additive: true},
	{Name: "RelatedPartyRevenue", XBRL: "us-gaap:RevenueFromRelatedParties", Label: "Revenue from related parties", Balance: Credit, Sheet: Segments},
	{Name: "CostOfRevenue", XBRL: "us-gaap:CostOfRevenue", Tagged: []string{"us-gaap:CostOfGoodsAndServicesSold", "ifrs-full:CostOfSales"}, Label: "Cost of revenue", Balance: Debit, Sheet: Costs, Adjustable: true, Segmentable: true, Additive: true, NonGAAPDefault: true},
	{Name: "IDCCost", XBRL: "facet:IDCCost", Label: "IDC costs", Balance: Debit, Sheet: Costs, Parent: "CostOfRevenue"},
	{Name: "DepreciationAndAmortizationCost", XBRL: "facet:DepreciationAndAmortizationCost", Label: "Depreciation and amortization costs", Balance: Debit, Sheet: Costs, Parent: "CostOfRevenue"},
	{Name: "SolutionDevelopmentCost", XBRL: "facet:SolutionDevelopmentCost", Label: "Solution development and services costs", Balance: Debit, Sheet: Costs, Parent: "CostOfRevenue"},
	{Name: "FulfillmentCost", XBRL: "facet:FulfillmentCost", Label: "Fulfillment costs", Balance: Debit, Sheet: Costs, Parent: "CostOfRevenue"},
	{Name: "OtherCost", XBRL: "facet:OtherCost", Label: "Other costs", Balance: Debit, Sheet: Costs, Parent: "CostOfRevenue"},
	{Name: "GrossProfit", XBRL: "us-gaap:GrossProfit", Tagged: []string{"ifrs-full:GrossProfit"}, Label: "Gross profit", Balance: Credit, Sheet: Segments, Adjustable: true, Segmentable: true, Additive: true, NonGAAPDefault: true},
	{Name: "GrossMargin", XBRL: "facet:GrossMargin", Label: "Gross margin", Kind: Ratio, Sheet: Segments, Profit: "GrossProfit", Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "OperatingExpenses", XBRL: "us-gaap:OperatingExpenses", Label: "Operating expenses", Balance: Debit, Sheet: Costs, Adjustable: true, Additive: true, NonGAAPDefault: true},
	{Name: "ResearchAndDevelopmentExpense", XBRL: "us-gaap:ResearchAndDevelopmentExpense", Tagged: []string{"ifrs-full:ResearchAndDevelopmentExpense"}, Label: "Research and development expenses", Balance: Debit, Sheet: Costs, Parent: "OperatingExpenses", Adjustable: true, NonGAAPDefault: true},
	{Name: "SellingAndMarketingExpense", XBRL: "us-gaap:SellingAndMarketingExpense", Label: "Selling and marketing expenses", Balance: Debit, Sheet: Costs, Parent: "OperatingExpenses", Adjustable: true, NonGAAPDefault: true},
	{Name: "GeneralAndAdministrativeExpense", XBRL: "us-gaap:GeneralAndAdministrativeExpense", Label: "General and administrative expenses", Balance: Debit, Sheet: Costs, Parent: "OperatingExpenses", Adjustable: true, NonGAAPDefault: true},
	// selling, general and administrative expenses together: no line of
	// operating expenses, since selling and G&A may be listed besides
	{Name: "SellingGeneralAndAdministrativeExpense", XBRL: "us-gaap:SellingGeneralAndAdministrativeExpense", Tagged: []string{"ifrs-full:SellingGeneralAndAdministrativeExpense"}, Label: "Selling, general and administrative expenses", Balance: Debit, Sheet: Costs},
	{Name: "EmployeeBenefitsExpense", XBRL: "us-gaap:LaborAndRelatedExpense", Label: "Employee benefit expenses", Balance: Debit, Sheet: Costs},
	{Name: "ShareBasedCompensation", XBRL: "us-gaap:ShareBasedCompensation", Tagged: []string{"us-gaap:AllocatedShareBasedCompensationExpense"}, Label: "Share-based compensation", Balance: Debit, Sheet: Costs},
	{Name: "DepreciationAndAmortization", XBRL: "us-gaap:DepreciationDepletionAndAmortization", Tagged: []string{"us-gaap:DepreciationAndAmortization", "ifrs-full:DepreciationAndAmortisationExpense", "us-gaap:DepreciationAmortizationAndAccretionNet"}, Label: "Depreciation and amortization", Balance: Debit, Sheet: Costs},
	{Name: "OperatingIncomeLoss", XBRL: "us-gaap:OperatingIncomeLoss", Tagged: []string{"ifrs-full:ProfitLossFromOperatingActivities"}, Label: "Operating income (loss)", Balance: Credit, Sheet: Summary, Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "OperatingMargin", XBRL: "facet:OperatingMargin", Label: "Operating margin", Kind: Ratio, Sheet: Summary, Profit: "OperatingIncomeLoss", Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "EBITDA", XBRL: "facet:EBITDA", Label: "EBITDA", Balance: Credit, Sheet: Summary, Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "EBITDAMargin", XBRL: "facet:EBITDAMargin", Label: "EBITDA margin", Kind: Ratio, Sheet: Summary, Profit: "EBITDA", Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "EBITA", XBRL: "facet:EBITA", Label: "EBITA", Balance: Credit, Sheet: Summary, Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "EBITAMargin", XBRL: "facet:EBITAMargin", Label: "EBITA margin", Kind: Ratio, Sheet: Summary, Profit: "EBITA", Adjustable: true, Segmentable: true, NonGAAPDefault: true},
	{Name: "NormalizedAdjustedEBITDA", XBRL: "facet:NormalizedAdjustedEBITDA", Label: "Normalized adjusted EBITDA", Balance: Credit, Sheet: Summary},
	{Name: "NormalizedAdjustedEBITDAMargin", XBRL: "facet:NormalizedAdjustedEBITDAMargin", Label: "Normalized adjusted EBITDA margin", Kind: Ratio, Sheet: Summary, Profit: "NormalizedAdjustedEBITDA"},
	{Name: "InterestExpenseNet", XBRL: "facet:InterestExpenseNet", Label: "Net interest expense", Balance: Debit, Sheet: Summary, Signed: true},
	{Name: "OtherIncomeExpense", XBRL: "us-gaap:NonoperatingIncomeExpense", Tagged: []string{"us-gaap:OtherNonoperatingIncomeExpense"}, Label: "Other income (expense)", Balance: Credit, Sheet: Summary, Adjustable: true, NonGAAPDefault: true},
	{Name: "IncomeLossBeforeIncomeTaxes", XBRL: "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", Tagged: []string{"ifrs-full:ProfitLossBeforeTax", "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments"}, Label: "Income (loss) before income taxes", Balance: Credit, Sheet: Summary, Adjustable: true, NonGAAPDefault: true},
	{Name: "IncomeTaxExpenseBenefit", XBRL: "us-gaap:IncomeTaxExpenseBenefit", Tagged: []string{"ifrs-full:IncomeTaxExpenseContinuingOperations"}, Label: "Income tax expense (benefit)", Balance: Debit, Sheet: Summary, Signed: true, Adjustable: true, NonGAAPDefault: true},
	{Name: "NetIncomeLoss", XBRL: "us-gaap:NetIncomeLoss", Tagged: []string{"us-gaap:ProfitLoss", "ifrs-full:ProfitLoss"}, Label: "Net income (loss)", Balance: Credit, Sheet: Summary, Adjustable: true, NonGAAPDefault: true},
	{Name: "NetMargin", XBRL: "facet:NetMargin", Label: "Net margin", Kind: Ratio, Sheet: Summary, Profit: "NetIncomeLoss", Adjustable: true, NonGAAPDefault: true},
	{Name: "NetIncomeLossAttributableToParent", XBRL: "us-gaap:NetIncomeLossAttributableToParent", Tagged: []string{"ifrs-full:ProfitLossAttributableToOwnersOfParent"}, Label: "Net income (loss) attributable to shareholders", Balance: Credit, Sheet: Summary, Adjustable: true, NonGAAPDefault: true},
	{Name: "ComprehensiveIncomeLossAttributableToParent", XBRL: "us-gaap:ComprehensiveIncomeNetOfTaxAttributableToParent", Tagged: []string{"ifrs-full:ComprehensiveIncomeAttributableToOwnersOfParent", "us-gaap:ComprehensiveIncomeNetOfTax", "ifrs-full:ComprehensiveIncome"}, Label: "Comprehensive income (loss) attributable to shareholders", Balance: Credit, Sheet: Summary},
	{Name: "EPS", XBRL: "us-gaap:EarningsPerShareDiluted", Tagged: []string{"us-gaap:EarningsPerShareBasicAndDiluted", "us-gaap:EarningsPerShareBasic", "ifrs-full:DilutedEarningsLossPerShare", "ifrs-full:BasicAndDilutedEarningsLossPerShare", "ifrs-full:BasicEarningsLossPerShare"}, Label: "Diluted earnings (loss) per share", Kind: PerShare, Sheet: Summary, Adjustable: true, NonGAAPDefault: true},
	{Name: "DividendsPerShare", XBRL: "us-gaap:CommonStockDividendsPerShareDeclared", Label: "Dividend per share", Kind: PerShare, Sheet: Summary},
	{Name: "Billings", XBRL: "facet:Billings", Label: "Billings", Balance: Credit, Sheet: Segments, Segmentable: true, Additive: true},
	{Name: "OrderIntake", XBRL: "facet:OrderIntake", Label: "Order intake (bookings)", Sheet: Segments, Segmentable: true, Additive: true},
	{Name: "AIGrossBilling", XBRL: "facet:AIGrossBilling", Label: "AI gross billing", Sheet: Segments},
	{Name: "AnnualRecurringRevenue", XBRL: "facet:AnnualRecurringRevenue", Label: "Annual recurring revenue", Instant: true, Sheet: Segments, Segmentable: true},
	{Name: "RemainingPerformanceObligations", XBRL: "us-gaap:RevenueRemainingPerformanceObligation", Label: "Remaining performance obligations", Instant: true, Sheet: Segments},
	{Name: "Backlog", XBRL: "facet:Backlog", Label: "Order backlog", Instant: true, Sheet: Segments, Segmentable: true, Additive: true},
	{Name: "NetCashFromOperating", XBRL: "us-gaap:NetCashProvidedByUsedInOperatingActivities", Tagged: []string{"ifrs-full:CashFlowsFromUsedInOperatingActivities"}, Label: "Net cash from operating activities", Sheet: CashFlow},
	{Name: "NetCashFromInvesting", XBRL: "us-gaap:NetCashProvidedByUsedInInvestingActivities", Tagged: []string{"ifrs-full:CashFlowsFromUsedInInvestingActivities"}, Label: "Net cash from investing activities", Sheet: CashFlow},
	{Name: "NetCashFromFinancing", XBRL: "us-gaap:NetCashProvidedByUsedInFinancingActivities", Tagged: []string{"ifrs-full:CashFlowsFromUsedInFinancingActivities"}, Label: "Net cash from financing activities", Sheet: CashFlow},
	{Name: "CapitalExpenditure", XBRL: "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", Tagged: []string{"ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities", "us-gaap:PaymentsToAcquireProductiveAssets"}, Label: "Capital expenditure", Balance: Credit, Sheet: CashFlow, Outflow: true},
	{Name: "FreeCashFlow", XBRL: "facet:FreeCashFlow", Label: "Free cash flow", Sheet: CashFlow, Adjustable: true},
	{Name: "CapitalLeasePayments", XBRL: "us-gaap:FinanceLeasePrincipalPayments", Label: "Finance lease payments", Balance: Credit, Sheet: CashFlow, Outflow: true},
	{Name: "OperatingLeasePayments", XBRL: "us-gaap:OperatingLeasePayments", Label: "Operating lease payments", Balance: Credit, Sheet: CashFlow, Outflow: true},
	{Name: "ShareRepurchase", XBRL: "us-gaap:PaymentsForRepurchaseOfCommonStock", Label: "Share repurchases", Balance: Credit, Sheet: CashFlow, Outflow: true},
	{Name: "DividendsPaid", XBRL: "us-gaap:PaymentsOfDividends", Tagged: []string{"us-gaap:PaymentsOfDividendsCommonStock", "ifrs-full:DividendsPaidClassifiedAsFinancingActivities"}, Label: "Dividends paid", Balance: Credit, Sheet: CashFlow, Outflow: true},
	{Name: "ProceedsFromShortTermDebt", XBRL: "us-gaap:ProceedsFromShortTermDebt", Label: "Proceeds from short-term borrowings", Balance: Debit, Sheet: CashFlow},
	{Name: "CashAndCashEquivalents", XBRL: "us-gaap:CashAndCashEquivalentsAtCarryingValue", Tagged: []string{"ifrs-full:CashAndCashEquivalents"}, Label: "Cash and cash equivalents", Instant: true, Balance: Debit, Sheet: CashFlow, Signed: true},
	{Name: "CashCashEquivalentsAndRestrictedCash", XBRL: "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", Label: "Cash, cash equivalents and restricted cash", Instant: true, Balance: Debit, Sheet: CashFlow, Signed: true},
	{Name: "ShortTermInvestments", XBRL: "us-gaap:ShortTermInvestments", Label: "Short-term investments", Instant: true, Balance: Debit, Sheet: CashFlow, Signed: true},
	{Name: "CashAndShortTermInvestments", XBRL: "us-gaap:CashCashEquivalentsAndShortTermInvestments", Label: "Cash and short-term investments", Instant: true, Balance: Debit, Sheet: CashFlow, Signed: true},
	{Name: "ShortTermBorrowings", XBRL: "us-gaap:ShortTermBorrowings", Tagged: []string{"ifrs-full:ShorttermBorrowings"}, Label: "Short-term borrowings", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "LongTermBorrowings", XBRL: "us-gaap:LongTermDebtNoncurrent", Tagged: []string{"us-gaap:LongTermDebt", "ifrs-full:NoncurrentPortionOfNoncurrentBorrowings", "us-gaap:LongTermDebtAndCapitalLeaseObligations"}, Label: "Long-term borrowings", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "NetDebt", XBRL: "facet:NetDebt", Label: "Net debt", Instant: true, Sheet: CashFlow},
	{Name: "FinanceLeaseLiabilities", XBRL: "us-gaap:FinanceLeaseLiability", Label: "Finance lease liabilities", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "DeferredRevenue", XBRL: "us-gaap:ContractWithCustomerLiability", Tagged: []string{"us-gaap:DeferredRevenue"}, Label: "Deferred revenue", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "AccumulatedDeficit", XBRL: "us-gaap:RetainedEarningsAccumulatedDeficit", Tagged: []string{"ifrs-full:RetainedEarnings"}, Label: "Accumulated deficit", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "StockholdersEquity", XBRL: "us-gaap:StockholdersEquity", Tagged: []string{"ifrs-full:EquityAttributableToOwnersOfParent"}, Label: "Shareholders' equity", Instant: true, Balance: Credit, Sheet: CashFlow},
	{Name: "NetCurrentLiabilities", XBRL: "facet:NetCurrentLiabilities", Label: "Net current liabilities", Instant: true, Sheet: CashFlow},
	{Name: "Customers", XBRL: "facet:Customers", Label: "Customers", Kind: Count, Sheet: Segments},
}

var conceptIndex = func() map[string]Concept {
	m := make(map[string]Concept, 2*len(concepts))
	for i, c := range concepts {
		c.Order = i * 2
		m[c.Name] = c
	}
	for i, c := range concepts {
		if !c.Adjustable {
			continue
		}
		a := c
		a.Name = "Adjusted" + c.Name
		a.XBRL = "facet:" + a.Name
		a.Label = "Adjusted " + lowerFirst(c.Label)
		if c.Name == "EPS" {
			a.Label = "Adjusted diluted earnings (loss) per share"
		}
		a.Adjusted = true
		a.Adjustable = false
		a.Base = c.Name
		a.Order = i*2 + 1
		if c.Parent != "" {
			a.Parent = "Adjusted" + c.Parent
		}
		if c.Profit != "" {
			a.Profit = "Adjusted" + c.Profit
		}
		m[a.Name] = a
	}
	return m
}()

func lowerFirst(s string) string {
	if s == "" || (len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z') {
		return s // keep acronyms: "EBITDA"
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// LookupConcept returns the concept of a local name, adjusted forms included.
func LookupConcept(name string) (Concept, bool) {
	c, ok := conceptIndex[name]
	return c, ok
}

// Concepts returns every concept Facet knows, in sheet order.
func Concepts() []Concept {
	out := make([]Concept, 0, len(conceptIndex))
	for _, c := range conceptIndex {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Order < out[j].Order })
	return out
}

// Adjusted returns the non-GAAP twin of a concept name, or the name itself
// when the concept has none.
func Adjusted(name string) string {
	if c, ok := conceptIndex[name]; ok && c.Adjustable {
		return "Adjusted" + name
	}
	return name
}

// Unadjusted returns the GAAP concept an adjusted one is the twin of, or
// the name itself when it is no adjusted twin.
func Unadjusted(name string) string {
	if base := strings.TrimPrefix(name, "Adjusted"); base != name && Adjusted(base) == name {
		return base
	}
	return name
}

// MarginOf returns the margin concept of a profit concept ("" if none):
// GrossProfit → GrossMargin, AdjustedEBITDA → AdjustedEBITDAMargin.
func MarginOf(profit string) string {
	if profit == "" {
		return "" // most concepts have no profit: none is the margin of nothing
	}
	for _, c := range conceptIndex {
		if c.Profit == profit {
			return c.Name
		}
	}
	return ""
}
