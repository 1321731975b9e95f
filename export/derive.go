package export

import (
	"strings"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// How a cell comes to hold a formula: the candidates arithmetic offers
// for it (a sum of parts, revenue less cost, profit over revenue, a link),
// weighed against what the documents state, settled, and reconciled for
// the Checks sheet.

// candidate is one way to compute a cell from others.
type candidate struct {
	f  *formula
	ok bool // every operand has a value
	// complete is false for a sum whose parts may leave one out: it may
	// stand where the documents state the total and it agrees, but never
	// fill an empty cell.
	complete bool
	// full is set on a sum when every part the company reports anywhere
	// is there: only then is it weighed against a stated total.
	full bool
	tag  uint8 // which kind of candidate, so that each is weighed once
}

// derive turns every cell of lines (one slice) that arithmetic over
// other cells can give into a formula: totals from their parts, gross
// profit from revenue and cost, margins from profit and revenue, and
// Summary's links. A stated figure stays an input when the formula would
// not reproduce it; the Checks sheet then shows both.
func (co *company) derive(lines []*line) {
	// The relations run one way (parts → totals → gross profit → links →
	// margins); each pass weighs them in that order, so that a formula is
	// built over operands that are already settled, and passes repeat
	// while one gives operands to another.
	for pass := 0; pass < 8; pass++ {
		changed := false
		for _, tag := range []uint8{tagSegments | tagLines, tagPeriods, tagCash, tagDiff, tagLink, tagRatio} {
			for _, l := range lines {
				for col := range l.cells {
					if co.deriveCell(l, col, tag) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	settle(lines)
	reconcile(lines)
}

// settle recomputes every formula from its operands' final values, so
// that the value cached in each cell is the one Excel computes. A formula
// standing for a stated figure that no longer reproduces it gives way to
// the figure again; that may move other formulas, so it repeats.
func settle(lines []*line) {
	for round := 0; round < 8; round++ {
		done := map[*cell]bool{}
		var eval func(c *cell)
		eval = func(c *cell) {
			if c.kind != formulaCell || done[c] {
				return
			}
			done[c] = true
			for _, a := range c.f.args {
				eval(a.cell())
			}
			if v, iv, nm, ok := evaluate(c.f); ok {
				c.value, c.iv, c.nm = v, iv, nm
			}
		}
		reverted := false
		for _, l := range lines {
			for i := range l.cells {
				c := &l.cells[i]
				eval(c)
				if c.kind == formulaCell && c.fact != nil && !reproduces(c.fact, c.value) {
					*c = cell{kind: inputCell, fact: c.fact, value: c.fact.Value, iv: parse.StatedInterval(c.fact.Value, c.fact.Decimals), weighed: c.weighed}
					reverted = true
				}
			}
		}
		if !reverted {
			return
		}
	}
}

// reconcile lists, for the Checks sheet, each stated figure beside every
// formula weighed against it, and marks the stated figures the
// arithmetic contradicts: a margin that is not profit over revenue, gross
// profit that is not revenue less cost. A total its parts miss is not
// doubted: the documents may leave out a part, corporate costs or
// eliminations.
func reconcile(lines []*line) {
	for _, l := range lines {
		l.checks = l.checks[:0]
		for col := range l.cells {
			c := &l.cells[col]
			if c.fact == nil || c.weighed == nil {
				continue
			}
			for _, f := range c.weighed.formulas {
				if c.kind == formulaCell && f == c.f {
					l.checks = append(l.checks, reconciliation{at: ref{l, col}, stated: c.fact, f: f, value: c.value, holds: true})
					continue
				}
				v, iv, _, ok := evaluate(f)
				if !ok {
					continue
				}
				agrees := parse.StatedInterval(c.fact.Value, c.fact.Decimals).Overlaps(iv)
				l.checks = append(l.checks, reconciliation{at: ref{l, col}, stated: c.fact, f: f, value: v, rounding: agrees, holds: reproduces(c.fact, v)})
				// a sum that misses proves little: a part, corporate
				// costs or eliminations may be left out
				if !agrees && c.kind == inputCell && f.op != opSum {
					c.doubt = true
				}
			}
		}
	}
}

const (
	tagSegments uint8 = 1 << iota
	tagLines
	tagDiff
	tagRatio
	tagLink
	tagPeriods
	tagCash
)

// candidates lists the formulas that could give cell col of line l, most
// telling first.
func (co *company) candidates(l *line, col int) []candidate {
	st := l.sheet
	period := st.cols[col].period
	var out []candidate
	at := func(k lineKey) (ref, bool) {
		h := co.home[k]
		if h == nil {
			return ref{}, false
		}
		c, ok := h.sheet.colOf[period]
		if !ok {
			return ref{}, false
		}
		return ref{h, c}, !h.cells[c].empty()
	}
	if l.link != nil {
		if r, ok := at(l.link.key); ok {
			out = append(out, candidate{f: &formula{op: opLink, args: []ref{r}}, ok: true, complete: true, tag: tagLink})
		}
		return out
	}
	k := l.key
	if k.segment == "" && l.concept.Kind == parse.Monetary {
		// full: every part the company reports anywhere is here, and
		// there are at least two: one line is no breakdown
		if sp := co.parts[k]; sp != nil && sp.cols[col].n > 0 {
			pc := &sp.cols[col]
			out = append(out, candidate{f: &formula{op: opSum, parts: sp, col: col},
				ok: true, full: pc.n == len(sp.lines) && pc.n > 1, complete: co.complete[partsID{k.concept, k.currency, pc.set}], tag: tagSegments})
		}
		// the lines a total is made of (the cost lines of cost of revenue)
		var parts []ref
		var set uint64
		full := true
		for _, s := range st.lines {
			if !isPartOf(s, k) {
				continue
			}
			if s.cells[col].empty() {
				full = false
				continue
			}
			parts = append(parts, ref{s, col})
			set = setOf(set, "line", s.key.concept)
		}
		if len(parts) > 0 {
			out = append(out, candidate{f: &formula{op: opSum, args: parts},
				ok: true, full: full && len(parts) > 1, complete: co.complete[partsID{k.concept, k.currency, set}], tag: tagLines})
		}
	}
	if base := strings.TrimPrefix(k.concept, "Adjusted"); base == "GrossProfit" {
		adj := strings.TrimSuffix(k.concept, "GrossProfit")
		rev, ok1 := at(lineKey{"Revenue", k.segment, k.currency})
		cost, ok2 := at(lineKey{adj + "CostOfRevenue", k.segment, k.currency})
		if rev.line != nil && cost.line != nil {
			out = append(out, candidate{f: &formula{op: opDiff, args: []ref{rev, cost}}, ok: ok1 && ok2, complete: true, tag: tagDiff})
		}
	}
	if l.concept.Profit != "" {
		cur := co.currency
		profit, ok1 := at(lineKey{l.concept.Profit, k.segment, cur})
		rev, ok2 := at(lineKey{"Revenue", k.segment, cur})
		// on Summary, divide by Summary's own revenue line when it has one
		if rev.line != nil && st.kind == parse.Summary {
			for _, s := range st.lines {
				if s.link == rev.line && !s.cells[col].empty() {
					rev = ref{s, col}
				}
			}
		}
		if profit.line != nil && rev.line != nil {
			out = append(out, candidate{f: &formula{op: opRatio, args: []ref{profit, rev}}, ok: ok1 && ok2, complete: true, tag: tagRatio})
		}
	}
	if st.cols[col].forecast {
		return out
	}
	out = append(out, co.periodCandidates(l, col)...)
	if c := co.cashCandidate(l, col, at); c != nil {
		out = append(out, *c)
	}
	return out
}

// periodCandidates are the formulas that give a flow from other periods of
// the same line: a year as the sum of its four quarters, a quarter as its
// year less the other three. Balances, ratios, per-share figures and
// counts do not add up over time.
func (co *company) periodCandidates(l *line, col int) []candidate {
	if l.concept.Kind != parse.Monetary || l.concept.Instant || l.link != nil {
		return nil
	}
	qs, ok := co.time.quarters[col]
	if !ok {
		return nil
	}
	year := co.time.year[col]
	if year == col { // a year: the sum of its four quarters
		var args []ref
		for _, q := range qs {
			if q < 0 || l.cells[q].empty() {
				return nil
			}
			args = append(args, ref{l, q})
		}
		return []candidate{{f: &formula{op: opLinear, args: args, minus: make([]bool, 4), desc: "the sum of its four quarters"},
			ok: true, complete: true, tag: tagPeriods}}
	}
	// a quarter: its year less the other three
	if year < 0 || l.cells[year].empty() {
		return nil
	}
	args, minus := []ref{{l, year}}, []bool{false}
	for _, q := range qs {
		if q == col {
			continue
		}
		if q < 0 || l.cells[q].empty() {
			return nil
		}
		args, minus = append(args, ref{l, q}), append(minus, true)
	}
	return []candidate{{f: &formula{op: opLinear, args: args, minus: minus, desc: "the year less its other three quarters"},
		ok: true, complete: true, tag: tagPeriods}}
}

// cashCandidate is the formula of free cash flow (operating cash flow less
// capital expenditure, and less finance lease payments when the company
// counts them), of net debt (borrowings less cash and short-term
// investments), or of a balance repeated in a later column that ends on
// the same day.
func (co *company) cashCandidate(l *line, col int, at func(lineKey) (ref, bool)) *candidate {
	k := l.key
	if k.segment != "" || l.link != nil {
		return nil
	}
	linear := func(desc string, plus, minus []lineKey) *candidate {
		var f formula
		f.op, f.desc = opLinear, desc
		n := [2]int{}
		for i, keys := range [][]lineKey{plus, minus} {
			for _, key := range keys {
				if r, ok := at(key); ok {
					f.args, f.minus = append(f.args, r), append(f.minus, i == 1)
					n[i]++
				}
			}
		}
		if n[0] == 0 || n[1] == 0 {
			return nil
		}
		return &candidate{f: &f, ok: true, complete: true, tag: tagCash}
	}
	cur := k.currency
	switch k.concept {
	case "FreeCashFlow":
		ocf, ok1 := at(lineKey{"NetCashFromOperating", "", cur})
		capex, ok2 := at(lineKey{"CapitalExpenditure", "", cur})
		if !ok1 || !ok2 {
			return nil
		}
		f := &formula{op: opLinear, args: []ref{ocf, capex}, minus: []bool{false, true}, desc: "operating cash flow less capital expenditure"}
		if co.fcfLeases {
			leases, ok := at(lineKey{"CapitalLeasePayments", "", cur})
			if !ok {
				return nil
			}
			f.args, f.minus = append(f.args, leases), append(f.minus, true)
			f.desc += " and finance lease payments"
		}
		return &candidate{f: f, ok: true, complete: true, tag: tagCash}
	case "NetDebt":
		cash := []lineKey{{"CashAndCashEquivalents", "", cur}, {"ShortTermInvestments", "", cur}}
		if _, ok := at(lineKey{"CashAndShortTermInvestments", "", cur}); ok {
			cash = []lineKey{{"CashAndShortTermInvestments", "", cur}}
		}
		return linear("borrowings less cash and short-term investments",
			[]lineKey{{"ShortTermBorrowings", "", cur}, {"LongTermBorrowings", "", cur}}, cash)
	}
	if home, ok := co.time.linkTo[col]; ok && l.concept.Instant && !l.cells[home].empty() {
		return &candidate{f: &formula{op: opLink, args: []ref{{l, home}}}, ok: true, complete: true, tag: tagLink}
	}
	return nil
}

// leasesInFreeCashFlow reports whether the company counts finance lease
// payments against free cash flow: a free cash flow it states is operating
// cash flow less capital expenditure and lease payments, and not less
// capital expenditure alone. It reads the company's own stated cells.
func (co *company) leasesInFreeCashFlow() bool {
	line := func(name string) *line { return co.home[lineKey{name, "", co.currency}] }
	fcf, ocf, capex, leases := line("FreeCashFlow"), line("NetCashFromOperating"), line("CapitalExpenditure"), line("CapitalLeasePayments")
	if fcf == nil || ocf == nil || capex == nil || leases == nil {
		return false
	}
	with, without := false, false
	for col := range fcf.cells {
		stated := fcf.cells[col]
		if stated.kind != inputCell || ocf.cells[col].kind != inputCell || capex.cells[col].kind != inputCell {
			continue
		}
		plain := ocf.cells[col].value.Sub(capex.cells[col].value)
		without = without || reproduces(stated.fact, plain)
		if leases.cells[col].kind == inputCell {
			with = with || reproduces(stated.fact, plain.Sub(leases.cells[col].value))
		}
	}
	return with && !without
}

// isPartOf reports whether s is one of the lines the company's total k is
// made of.
func isPartOf(s *line, k lineKey) bool {
	return s.kind == figureLine && s.link == nil && s.key.segment == "" && s.concept.Parent == k.concept && s.key.currency == k.currency
}

func lowerFirst(s string) string {
	if len(s) < 2 || (s[1] >= 'A' && s[1] <= 'Z') {
		return s // keep acronyms: "EBITDA"
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// completeParts finds the sets of parts known to make up their total: a
// set is complete when, in some period, the documents state the total and
// its parts and they agree, and in no period does a stated total exceed
// its parts (which would show a part the documents leave out).
//
// It runs on the company's own cells, loaded and not yet derived, with the
// segments' stated figures gathered as the report's facts were sliced.
func (co *company) completeParts() map[partsID]bool {
	agreed, short := map[partsID]bool{}, map[partsID]bool{}
	for _, st := range co.sheets {
		for _, l := range st.lines {
			if l.kind != figureLine || l.link != nil || l.key.segment != "" || l.concept.Kind != parse.Monetary {
				continue
			}
			for col := range l.cells {
				total := l.cells[col]
				if total.kind != inputCell {
					continue
				}
				judge := func(id partsID, sum parse.Interval) {
					width, _ := total.iv.Width()
					precise := width.LessThanOrEqual(total.value.Abs().Shift(-2)) // to 1%
					// a remainder under a thousandth of the total is
					// immaterial: "other revenue" of RMB 0.7 million
					// beside 1,835.4 leaves the segments the whole of it
					slack := total.value.Abs().Shift(-3)
					sum = sum.Add(parse.Interval{Lo: slack.Neg(), Hi: slack})
					switch {
					case total.iv.Overlaps(sum) && precise:
						agreed[id] = true
					case total.iv.Above(sum):
						short[id] = true
					}
				}
				if sp := co.parts[l.key]; sp != nil && sp.cols[col].statedN > 0 {
					pc := &sp.cols[col]
					judge(partsID{l.key.concept, l.key.currency, pc.statedSet}, pc.statedIV)
				}
				var set uint64
				n, sum := 0, parse.Interval{}
				for _, s := range st.lines {
					if isPartOf(s, l.key) && s.cells[col].kind == inputCell {
						set = setOf(set, "line", s.key.concept)
						sum = sum.Add(s.cells[col].iv)
						n++
					}
				}
				if n > 0 {
					judge(partsID{l.key.concept, l.key.currency, set}, sum)
				}
			}
		}
	}
	// segments that make up the company's revenue make up its gross
	// profit too, unless a stated total says otherwise
	for id := range agreed {
		if id.concept != "Revenue" {
			continue
		}
		for _, gp := range []string{"GrossProfit", "AdjustedGrossProfit"} {
			// a set of segments is named alike under every concept
			agreed[partsID{gp, id.currency, id.set}] = true
		}
	}
	for k := range short {
		delete(agreed, k)
	}
	return agreed
}

// deriveCell gives cell col of line l a formula when one applies; it
// reports whether the cell changed.
func (co *company) deriveCell(l *line, col int, tags uint8) bool {
	c := &l.cells[col]
	if c.kind == formulaCell {
		return false
	}
	for _, cand := range co.candidates(l, col) {
		if cand.tag&tags == 0 || !cand.ok || c.weighed != nil && c.weighed.tags&cand.tag != 0 {
			continue
		}
		v, iv, nm, ok := evaluate(cand.f)
		if !ok {
			continue
		}
		switch c.kind {
		case emptyCell:
			if !cand.complete {
				continue
			}
			*c = cell{kind: formulaCell, value: v, iv: iv, nm: nm, f: cand.f}
			return true
		case inputCell:
			if cand.f.op == opSum && !cand.full && !cand.complete {
				continue
			}
			if c.weighed == nil {
				c.weighed = &weighing{}
			}
			c.weighed.tags |= cand.tag
			c.weighed.formulas = append(c.weighed.formulas, cand.f)
			// A stated total, a year or quarter, free cash flow and net
			// debt stay typed, with the formula beside them on Checks: a
			// model keeps what the company reported. A margin or gross
			// profit the arithmetic reproduces is the live formula, so that
			// a corrected revenue flows into it.
			if (cand.f.op == opRatio || cand.f.op == opDiff) && reproduces(c.fact, v) {
				*c = cell{kind: formulaCell, fact: c.fact, value: v, iv: iv, f: cand.f, weighed: c.weighed}
				return true
			}
		}
	}
	return false
}

// evaluate computes a formula over the current cell values, exactly, and
// the interval its inputs' precision allows.
func evaluate(f *formula) (v decimal.Decimal, iv parse.Interval, nm, ok bool) {
	for _, a := range f.args {
		if a.cell().empty() || a.cell().nm {
			return v, iv, false, false
		}
	}
	arg := func(i int) *cell { return f.args[i].cell() }
	switch f.op {
	case opSum:
		if f.parts != nil {
			pc := &f.parts.cols[f.col]
			return pc.value, pc.iv, false, pc.n > 0
		}
		for i := range f.args {
			v = v.Add(arg(i).value)
			iv = iv.Add(arg(i).iv)
		}
	case opDiff:
		v = arg(0).value.Sub(arg(1).value)
		iv = arg(0).iv.Sub(arg(1).iv)
	case opRatio:
		if arg(1).value.IsZero() {
			return v, iv, false, false
		}
		v = arg(0).value.DivRound(arg(1).value, 16)
		if iv, ok = arg(0).iv.Div(arg(1).iv); !ok {
			iv = parse.Unknown()
		}
	case opGrowth:
		cur, prior := arg(0).value, arg(1).value
		if prior.IsZero() || cur.Sign() != prior.Sign() {
			return v, iv, true, true
		}
		v = cur.Sub(prior).DivRound(prior.Abs(), 16)
		iv = parse.Exactly(v)
	case opLink:
		return arg(0).value, arg(0).iv, arg(0).nm, true
	case opLinear:
		for i := range f.args {
			if f.minus[i] {
				v, iv = v.Sub(arg(i).value), iv.Sub(arg(i).iv)
			} else {
				v, iv = v.Add(arg(i).value), iv.Add(arg(i).iv)
			}
		}
	}
	return v, iv, false, true
}
