// Package synth makes reports of any size for the exporters' tests and
// benchmarks: companies with segments, quarters and years, cost and
// expense lines that add up, guidance with ranges, and here and there a
// conflict or a finding, every fact with a source sentence in a document.
package synth

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// Options shape a report. The zero value makes a small one.
type Options struct {
	Facts     int // about how many facts; 0 means 500
	Companies int // 0 means one per thousand facts
	// Periods fixes how many periods (four fifths quarters, the rest
	// years) each company reports; 0 fits them to Facts.
	Periods int
	// Segments is how many segments each company's revenue is broken
	// into; 0 means 4, or as many as Facts needs when Periods is set.
	Segments int
}

// line is one statement line the generator fills per period.
type line struct {
	concept, segment string
	decimals         int
}

// Report builds a report of about opt.Facts facts.
func Report(opt Options) *parse.Report {
	if opt.Facts <= 0 {
		opt.Facts = 500
	}
	if opt.Companies <= 0 {
		opt.Companies = max(1, opt.Facts/1000)
	}
	perCompany := max(1, opt.Facts/opt.Companies)
	if opt.Segments <= 0 {
		opt.Segments = 4
		if opt.Periods > 0 {
			opt.Segments = max(1, perCompany/opt.Periods-len(fixedLines)-1)
		}
	}
	rep := &parse.Report{}
	for c := 0; c < opt.Companies; c++ {
		g := &gen{rep: rep, company: fmt.Sprintf("Company %03d Holdings", c+1), segments: opt.Segments, seed: uint64(c + 1)}
		g.run(perCompany, opt.Periods)
	}
	return rep
}

// fixedLines are the lines every company reports besides its segments.
var fixedLines = []string{"CostOfRevenue", "IDCCost", "DepreciationAndAmortizationCost", "SolutionDevelopmentCost", "OtherCost",
	"GrossProfit", "GrossMargin", "OperatingExpenses", "ResearchAndDevelopmentExpense", "SellingAndMarketingExpense",
	"GeneralAndAdministrativeExpense", "OperatingIncomeLoss", "NetIncomeLoss", "EPS", "AdjustedEBITDA", "AdjustedEBITDAMargin",
	"NetCashFromOperating", "CapitalExpenditure", "CashAndCashEquivalents"}

type gen struct {
	rep      *parse.Report
	company  string
	segments int
	seed     uint64
	text     strings.Builder
	pending  []pendingMention
	facts    []*parse.Fact
}

// pendingMention waits for the document's text to be complete.
type pendingMention struct {
	fact         *parse.Fact
	start, end   int // the sentence
	figLo, figHi int // the figure inside it
	stated       string
	value        decimal.Decimal
	decimals     int
}

// rand is a small deterministic generator: the same options give the
// same report.
func (g *gen) rand() uint64 {
	g.seed ^= g.seed << 13
	g.seed ^= g.seed >> 7
	g.seed ^= g.seed << 17
	return g.seed
}

func (g *gen) run(n, periods int) {
	cal := parse.Calendar{}
	lines := g.lines()
	if periods <= 0 {
		periods = max(1, n/len(lines))
	}
	quarters := periods * 4 / 5
	years := periods - quarters
	start := 2025 - max(quarters/4, years) - 1
	var ps []parse.Period
	for q := 0; q < quarters; q++ {
		ps = append(ps, cal.Quarter(start+q/4, q%4+1))
	}
	for y := 0; y < years; y++ {
		ps = append(ps, cal.FiscalYear(start+y))
	}
	for i, p := range ps {
		months := p.Months()
		scale := decimal.NewFromInt(int64(months))
		growth := decimal.NewFromFloat(1 + 0.02*float64(i%12))
		g.period(p, lines, scale.Mul(growth))
	}
	// guidance for the year after the last: a range and a point
	next := cal.FiscalYear(2026)
	g.guide(next, "Revenue", parse.Min, decimal.RequireFromString("41000000000"))
	g.guide(next, "Revenue", parse.Max, decimal.RequireFromString("43000000000"))
	g.guide(next, "CapitalExpenditure", parse.Point, decimal.RequireFromString("2500000000"))
	g.finish(cal)
}

func (g *gen) lines() []line {
	var ls []line
	ls = append(ls, line{"Revenue", "", -5})
	for s := 0; s < g.segments; s++ {
		ls = append(ls, line{"Revenue", fmt.Sprintf("Segment %d services", s+1), -5})
	}
	for _, c := range fixedLines {
		dec := -5
		switch c {
		case "GrossMargin", "AdjustedEBITDAMargin":
			dec = 3
		case "EPS":
			dec = 2
		}
		ls = append(ls, line{c, "", dec})
	}
	return ls
}

// period states one period's figures, all consistent with each other:
// segments add up to revenue, lines to their totals, margins to their
// ratios.
func (g *gen) period(p parse.Period, lines []line, scale decimal.Decimal) {
	million := decimal.New(1, 5) // 0.1 million, the stated precision
	seg := make([]decimal.Decimal, g.segments)
	revenue := decimal.Zero
	for s := range seg {
		seg[s] = decimal.NewFromInt(int64(2000+s*700) + int64(g.rand()%400)).Mul(million).Mul(scale).Round(-5)
		revenue = revenue.Add(seg[s])
	}
	costLines := []decimal.Decimal{}
	cost := decimal.Zero
	for i := 0; i < 4; i++ {
		v := revenue.Mul(decimal.NewFromFloat([]float64{0.35, 0.12, 0.15, 0.08}[i])).Round(-5)
		costLines = append(costLines, v)
		cost = cost.Add(v)
	}
	gross := revenue.Sub(cost)
	opexLines := []decimal.Decimal{}
	opex := decimal.Zero
	for i := 0; i < 3; i++ {
		v := revenue.Mul(decimal.NewFromFloat([]float64{0.09, 0.05, 0.06}[i])).Round(-5)
		opexLines = append(opexLines, v)
		opex = opex.Add(v)
	}
	operating := gross.Sub(opex)
	net := operating.Mul(decimal.NewFromFloat(0.8)).Round(-5)
	ebitda := operating.Add(costLines[1]).Round(-5)
	values := map[string]decimal.Decimal{
		"Revenue": revenue, "CostOfRevenue": cost, "IDCCost": costLines[0], "DepreciationAndAmortizationCost": costLines[1],
		"SolutionDevelopmentCost": costLines[2], "OtherCost": costLines[3], "GrossProfit": gross,
		"GrossMargin":       gross.DivRound(revenue, 3),
		"OperatingExpenses": opex, "ResearchAndDevelopmentExpense": opexLines[0], "SellingAndMarketingExpense": opexLines[1],
		"GeneralAndAdministrativeExpense": opexLines[2], "OperatingIncomeLoss": operating, "NetIncomeLoss": net,
		"EPS": net.DivRound(decimal.NewFromInt(3_000_000_000), 2), "AdjustedEBITDA": ebitda,
		"AdjustedEBITDAMargin": ebitda.DivRound(revenue, 3), "NetCashFromOperating": net.Add(costLines[1]).Round(-5),
		"CapitalExpenditure":     costLines[1].Mul(decimal.NewFromFloat(1.1)).Round(-5),
		"CashAndCashEquivalents": revenue.Mul(decimal.NewFromInt(2)).Round(-5),
	}
	for i, l := range lines {
		v := values[l.concept]
		if l.segment != "" {
			n := 0
			fmt.Sscanf(l.segment, "Segment %d", &n)
			v = seg[n-1]
		}
		period := p
		if l.concept == "CashAndCashEquivalents" {
			period = parse.InstantAt(p.End)
		}
		status := parse.Found
		switch {
		case i%53 == 7:
			status = parse.Conflict
		case i%41 == 3:
			status = parse.NeedsReview
		case i%9 == 0:
			status = parse.Confirmed
		}
		g.fact(parse.Key{Concept: l.concept, Segment: l.segment, Period: period, Currency: currencyOf(l.concept)}, v, l.decimals, status)
	}
}

func currencyOf(concept string) string {
	c, _ := parse.LookupConcept(concept)
	if c.Kind == parse.Ratio || c.Kind == parse.Count {
		return ""
	}
	return "CNY"
}

func (g *gen) guide(p parse.Period, concept string, b parse.Bound, v decimal.Decimal) {
	g.fact(parse.Key{Concept: concept, Period: p, Scenario: parse.Forecast, Bound: b, Currency: currencyOf(concept)}, v, -8, parse.Found)
}

// fact adds a fact and the sentence that states it.
func (g *gen) fact(k parse.Key, v decimal.Decimal, dec int, status parse.Status) {
	k.Entity = g.company
	f := &parse.Fact{Key: k, Value: v, Decimals: dec, Status: status, Confidence: 0.9}
	g.facts = append(g.facts, f)
	g.say(f, v, dec)
	if status == parse.Conflict {
		g.say(f, v.Add(decimal.New(3, int32(-dec))), dec)
	}
	if status == parse.NeedsReview {
		f.Notes = append(f.Notes, "a check fails: the parts do not add up to the total")
		fd := &parse.Finding{Kind: parse.SumCheck, Message: "Parts do not add up to " + k.Concept, Keys: []parse.Key{k}, Subject: k, Stated: v, Implied: v.Add(decimal.New(1, int32(-dec)))}
		f.Findings = append(f.Findings, fd)
		g.rep.Findings = append(g.rep.Findings, fd)
	}
}

func (g *gen) say(f *parse.Fact, v decimal.Decimal, dec int) {
	info, _ := parse.LookupConcept(f.Concept)
	what := strings.ToLower(info.Label)
	if f.Segment != "" {
		what += " of " + f.Segment
	}
	var stated string
	switch info.Kind {
	case parse.Ratio:
		stated = v.Shift(2).StringFixed(int32(max(0, dec-2))) + "%"
	case parse.PerShare:
		stated = "RMB" + v.StringFixed(2)
	default:
		stated = "RMB" + v.Shift(-6).StringFixed(int32(max(0, 6+dec))) + " million"
	}
	start := g.text.Len()
	pre := fmt.Sprintf("In the period ended %s, %s was ", f.Period.End, what)
	g.text.WriteString(pre)
	figLo := g.text.Len() - start
	g.text.WriteString(stated)
	figHi := g.text.Len() - start
	g.text.WriteString(", the company said.\n")
	g.pending = append(g.pending, pendingMention{fact: f, start: start, end: g.text.Len() - 1, figLo: figLo, figHi: figHi, stated: stated, value: v, decimals: dec})
}

// finish makes the document and points every mention into it.
func (g *gen) finish(cal parse.Calendar) {
	name := strings.ToLower(strings.ReplaceAll(g.company, " ", "-")) + "-results.txt"
	doc, err := parse.Parse(name, []byte(g.text.String()), parse.LoadOptions{MaxSize: 1 << 30})
	if err != nil {
		panic(fmt.Sprintf("synth: %v", err))
	}
	doc.Context = parse.Context{Company: g.company, Kind: parse.PressRelease, Period: cal.FiscalYear(2025), Calendar: cal,
		Currency: "CNY", CurrencyStated: true, FiscalYearEndStated: true}
	for _, pm := range g.pending {
		m := parse.Mention{
			Doc: doc, Span: parse.Span{Start: pm.start + pm.figLo, End: pm.start + pm.figHi},
			Sentence: parse.Span{Start: pm.start, End: pm.end}, Quote: doc.Text[pm.start:pm.end],
			Figure: parse.Span{Start: pm.figLo, End: pm.figHi}, Stated: pm.stated,
			Key: pm.fact.Key, Value: pm.value, Decimals: pm.decimals, Confidence: 0.9, Rule: "synthetic",
		}
		pm.fact.Sources = append(pm.fact.Sources, m)
	}
	g.rep.Documents = append(g.rep.Documents, doc)
	g.rep.Facts = append(g.rep.Facts, g.facts...)
}
