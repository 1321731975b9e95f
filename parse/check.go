package parse

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Checks test the facts against the arithmetic that ties them together:
// segments sum to the total, cost lines to cost of revenue, expense lines
// to operating expenses; revenue less cost is gross profit; a margin is its
// profit over revenue; a stated growth rate fits its two figures. Every
// figure is an interval (a stated value ± half its last digit), so a check
// passes whenever the figures could be roundings of consistent values.
//
// A check decides a conflict when exactly one choice of the competing
// values satisfies it. A check that fails marks the facts it touches for
// review, with the value the arithmetic implies; when exactly one
// misreading of one figure (a scale slip, a repeated digit, "seventy" for
// "seventeen") lands on the implied value, the figure is corrected to it
// and the correction is said.
// slot is a fact's place, currency aside: margins have none, and a
// figure's currency never makes it another figure for the checks.
type slot struct {
	Entity, Concept, Segment string
	Period                   Period
	Scenario                 Scenario
	Bound                    Bound
}

func slotOf(k Key) slot {
	return slot{k.Entity, k.Concept, k.Segment, k.Period, k.Scenario, k.Bound}
}

// value is what the checks know of a slot.
type value struct {
	fact    *Fact // nil for a derived value
	iv      Interval
	how     string // for a derived value: how it was derived
	trusted bool   // passed another check, or a person confirmed it
}

// relation is the kind of an identity.
type relation int

const (
	relSum    relation = iota // members[0] = Σ members[1:]
	relAtMost                 // Σ members[1:] ≤ members[0] (parts of an incomplete list)
	relDiff                   // members[0] = members[1] - members[2]
	relRatio                  // members[0] = members[1] / members[2]
	relGrowth                 // |members[0]| = |members[1]| × (1 + rate)
)

// identity is one arithmetic relation among slots.
type identity struct {
	rel     relation
	kind    FindingKind
	members []slot
	rate    Interval // relGrowth
	growth  *Growth
	what    string // "segments", "cost lines": names the parts for messages
	// over and under are the shares of the total the parts may exceed it
	// by, or fall short of it by (relAtMost); under 1 means any shortfall
	over, under decimal.Decimal
}

// checker holds the store of values and the findings.
type checker struct {
	vals     map[slot]*value
	facts    []*Fact
	findings []*Finding
	// complete lists the segment sets proven to sum to their total.
	complete map[string]bool
}

// Check runs every check over the facts, settles the conflicts arithmetic
// decides, corrects the misreadings it can prove, marks the rest for
// review, and returns every finding (passed ones included).
func Check(facts []*Fact, growth []Growth) []*Finding {
	c := &checker{vals: map[slot]*value{}, facts: facts, complete: map[string]bool{}}
	for _, f := range facts {
		if f.Status == Rejected {
			continue
		}
		c.vals[slotOf(f.Key)] = &value{fact: f, iv: StatedInterval(f.Value, f.Decimals), trusted: f.Status == Confirmed || f.Status == Corrected}
	}
	ids := c.identities(growth)
	c.resolveConflicts(ids)
	// a first pass marks trusted facts and proves segment lists complete
	for _, id := range ids {
		if ok, known := c.holds(id); ok && known {
			c.trust(id)
		}
	}
	c.derive(growth)
	ids = c.identities(growth) // derived values open new checks
	for _, id := range ids {
		ok, known := c.holds(id)
		if !known {
			continue
		}
		if ok {
			c.trust(id)
			c.report(id, true, "")
			continue
		}
		if c.correct(id) {
			continue
		}
		c.flag(id)
	}
	c.readingFindings()
	c.conflictFindings()
	byKey := make(map[Key][]*Finding, len(c.findings))
	for _, fd := range c.findings {
		for i, k := range fd.Keys {
			if !slices.Contains(fd.Keys[:i], k) {
				byKey[k] = append(byKey[k], fd)
			}
		}
	}
	for _, f := range facts {
		f.Findings = append(f.Findings, byKey[f.Key]...)
	}
	return c.findings
}

// identities lists every relation the stored values allow.
func (c *checker) identities(growth []Growth) []identity {
	type group struct {
		entity   string
		period   Period
		scenario Scenario
		bound    Bound
	}
	by := map[group][]slot{}
	var groups []group
	for s := range c.vals {
		g := group{s.Entity, s.Period, s.Scenario, s.Bound}
		if _, ok := by[g]; !ok {
			groups = append(groups, g)
		}
		by[g] = append(by[g], s)
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.entity != b.entity {
			return a.entity < b.entity
		}
		if a.period != b.period {
			return a.period.SortKey() < b.period.SortKey()
		}
		if a.scenario != b.scenario {
			return a.scenario < b.scenario
		}
		return a.bound < b.bound
	})
	var ids []identity
	for _, g := range groups {
		slots := by[g]
		sort.Slice(slots, func(i, j int) bool {
			if slots[i].Concept != slots[j].Concept {
				return slots[i].Concept < slots[j].Concept
			}
			return slots[i].Segment < slots[j].Segment
		})
		has := func(concept, segment string) (slot, bool) {
			s := slot{g.entity, concept, segment, g.period, g.scenario, g.bound}
			_, ok := c.vals[s]
			return s, ok
		}
		// segments sum to the total
		for _, concept := range []string{"Revenue", "GrossProfit", "OrderIntake", "Billings"} {
			var parts []slot
			for _, s := range slots {
				if s.Concept == concept && s.Segment != "" {
					parts = append(parts, s)
				}
			}
			total, ok := has(concept, "")
			if !ok || len(parts) < 2 {
				continue
			}
			for _, parts := range c.breakdowns(total, parts) {
				id := c.sumIdentity(total, parts, "segments")
				if ok, _ := c.holds(id); !ok && len(parts) >= 3 {
					// one segment may be part of another (supplies within
					// print): a single subset that meets the total is the whole
					if sub := c.exactSubset(total, parts); sub != nil {
						id = identity{rel: relSum, kind: SumCheck, members: append([]slot{total}, sub...), what: "segments"}
					}
				}
				ids = append(ids, id)
			}
		}
		// cost lines and expense lines sum to their totals
		for _, s := range slots {
			info, _ := LookupConcept(s.Concept)
			if s.Segment != "" || info.Kind != Monetary {
				continue
			}
			var parts []slot
			for _, p := range slots {
				pi, _ := LookupConcept(p.Concept)
				if pi.Parent == s.Concept && p.Segment == "" {
					parts = append(parts, p)
				}
			}
			if len(parts) >= 2 {
				what := "cost lines"
				if strings.Contains(s.Concept, "OperatingExpenses") {
					what = "expense lines"
				}
				// every line the table knows is there: the sum is the total;
				// otherwise the lines present are at most the total
				id := identity{rel: relAtMost, kind: SumCheck, members: append([]slot{s}, parts...), what: what, under: anyShortfall}
				if len(parts) == len(childrenOf(s.Concept)) {
					id.rel = relSum
				}
				ids = append(ids, id)
			}
		}
		// revenue less cost of revenue is gross profit; margins
		for _, s := range slots {
			switch {
			case s.Concept == "GrossProfit":
				rev, ok1 := has("Revenue", s.Segment)
				cost, ok2 := has("CostOfRevenue", s.Segment)
				if ok1 && ok2 {
					ids = append(ids, identity{rel: relDiff, kind: DiffCheck, members: []slot{s, rev, cost}})
				}
			}
			info, _ := LookupConcept(s.Concept)
			if info.Kind != Ratio || info.Profit == "" {
				continue
			}
			profit, ok1 := has(info.Profit, s.Segment)
			rev, ok2 := has("Revenue", s.Segment)
			if ok1 && ok2 {
				ids = append(ids, identity{rel: relRatio, kind: MarginCheck, members: []slot{s, profit, rev}})
			}
		}
	}
	// growth rates
	for i := range growth {
		g := &growth[i]
		cur := slotOf(g.Key)
		prior := cur
		prior.Period = cur.Period.Shift(-g.Months)
		v1, ok1 := c.vals[cur]
		v2, ok2 := c.vals[prior]
		if !ok1 || !ok2 || v1.fact == nil || v2.fact == nil && strings.Contains(v2.how, "change") {
			continue // a rate tested against a value another rate gave proves nothing
		}
		rate := StatedInterval(g.Rate, g.Decimals)
		ids = append(ids, identity{rel: relGrowth, kind: GrowthCheck, members: []slot{cur, prior}, rate: rate, growth: g})
	}
	return ids
}

// sumIdentity makes segments-sum-to-total an upper bound: a company may
// leave a little revenue unallocated ("others"), so segments that fall
// short of the total are no error, and segments that exceed it are.
// Completeness, proven where the sum meets the total, serves deriving
// totals and deciding conflicts.
func (c *checker) sumIdentity(total slot, parts []slot, what string) identity {
	id := identity{rel: relAtMost, kind: SumCheck, members: append([]slot{total}, parts...), what: what, over: eliminations, under: anyShortfall}
	if c.complete[segmentSetKey(total, parts)] {
		// these segments met their total in another period: they are the
		// whole but for a small unallocated rest, and must meet it here too
		id.over, id.under = decimal.Zero, unallocated
	}
	return id
}

// eliminations is how far segments may exceed their total: sales between
// segments are counted in each and eliminated from the total.
// unallocated is how far a complete set of segments may fall short of it:
// a company's small "others". anyShortfall lets the parts fall short by
// any amount.
var (
	eliminations = decimal.New(5, -2)
	unallocated  = decimal.New(1, -2)
	anyShortfall = decimal.NewFromInt(1)
	one          = decimal.NewFromInt(1)
)

func segmentSetKey(total slot, parts []slot) string {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.Segment
	}
	sort.Strings(names)
	return total.Entity + "|" + total.Concept + "|" + strings.Join(names, "|")
}

// implied returns the interval the other members give member i.
func (c *checker) implied(id identity, i int, get func(slot) (Interval, bool)) (Interval, bool) {
	ivs := make([]Interval, len(id.members))
	for k, s := range id.members {
		if k == i {
			continue
		}
		iv, ok := get(s)
		if !ok {
			return Interval{}, false
		}
		ivs[k] = iv
	}
	switch id.rel {
	case relSum, relAtMost:
		sum := Interval{}
		for k := 1; k < len(ivs); k++ {
			if k != i {
				sum = sum.Add(ivs[k])
			}
		}
		if i == 0 {
			if id.rel == relAtMost {
				// the parts are the total less at most its unallocated
				// share, plus at most the eliminations
				lo, _ := Interval{Lo: sum.Lo, Hi: sum.Lo}.Div(Exactly(one.Add(id.over)))
				out := Interval{Lo: lo.Lo, NoHi: true}
				if id.under.LessThan(one) {
					hi, _ := Interval{Lo: sum.Hi, Hi: sum.Hi}.Div(Exactly(one.Sub(id.under)))
					out.Hi, out.NoHi = hi.Hi, sum.NoHi
				}
				out.NoLo = sum.NoLo
				return out, true
			}
			return sum, true
		}
		out := ivs[0].Sub(sum)
		if id.rel == relAtMost {
			lo := decimal.Min(decimal.Zero, out.Lo)
			noLo := out.NoLo
			if id.under.LessThan(one) {
				lo = ivs[0].Lo.Mul(one.Sub(id.under)).Sub(sum.Hi)
				noLo = ivs[0].NoLo || sum.NoHi
			}
			return Interval{Lo: lo, Hi: out.Hi.Add(id.over.Mul(ivs[0].Hi)), NoLo: noLo, NoHi: out.NoHi}, true
		}
		return out, true
	case relDiff:
		switch i {
		case 0:
			return ivs[1].Sub(ivs[2]), true
		case 1:
			return ivs[0].Add(ivs[2]), true
		default:
			return ivs[1].Sub(ivs[0]), true
		}
	case relRatio:
		switch i {
		case 0:
			return ivs[1].Div(ivs[2])
		case 1:
			return ivs[0].Mul(ivs[2]), true
		default:
			return ivs[1].Div(ivs[0])
		}
	case relGrowth:
		f := Exactly(one).Add(id.rate)
		if i == 0 {
			return ivs[1].Abs().Mul(f), true
		}
		return ivs[0].Abs().Div(f)
	}
	return Interval{}, false
}

func (c *checker) get(s slot) (Interval, bool) {
	v, ok := c.vals[s]
	if !ok {
		return Interval{}, false
	}
	return v.iv, true
}

// holds reports whether the identity holds; known is false when a member
// is missing.
func (c *checker) holds(id identity) (ok, known bool) {
	return c.holdsWith(id, c.get)
}

func (c *checker) holdsWith(id identity, get func(slot) (Interval, bool)) (ok, known bool) {
	own, have := get(id.members[0])
	if !have {
		return false, false
	}
	imp, have := c.implied(id, 0, get)
	if !have {
		return false, false
	}
	if id.rel == relGrowth {
		own = own.Abs()
	}
	return own.Overlaps(imp), true
}

// trust marks the stated members of a passing identity as corroborated
// and proves a segment list complete.
func (c *checker) trust(id identity) {
	stated := 0
	for _, s := range id.members {
		if v := c.vals[s]; v != nil && v.fact != nil {
			stated++
		}
	}
	if stated < 2 {
		return
	}
	for _, s := range id.members {
		if v := c.vals[s]; v != nil && v.fact != nil {
			v.trusted = true
		}
	}
	if id.kind == SumCheck && id.what == "segments" {
		whole := identity{rel: relAtMost, members: id.members, under: unallocated}
		if ok, _ := c.holds(whole); ok {
			c.complete[segmentSetKey(id.members[0], id.members[1:])] = true
		}
	}
}

// plausibleTotal reports, for an identity of a total and its segments,
// two competing values of the total (of the open facts, with their
// choices) or more from the parts' sum to twice it: arithmetic cannot
// tell which is the whole while a segment may be missing.
func (c *checker) plausibleTotal(id identity, open []*Fact, choices [][]Alternative) bool {
	sum := decimal.Zero
	for _, s := range id.members[1:] {
		iv, ok := c.get(s)
		if !ok || iv.NoLo {
			return false
		}
		sum = sum.Add(iv.Lo)
	}
	if !sum.IsPositive() {
		return false
	}
	lo, hi := sum.Mul(decimal.NewFromFloat(0.98)), sum.Mul(decimal.NewFromInt(2)) // the parts' rounding below
	n := 0
	for i, f := range open {
		if slotOf(f.Key) != id.members[0] {
			continue
		}
		for _, a := range choices[i] {
			if a.Value.GreaterThanOrEqual(lo) && a.Value.LessThanOrEqual(hi) {
				n++
			}
		}
	}
	return n > 1
}

// resolveConflicts settles conflicts that arithmetic decides: when exactly
// one choice of competing values makes an identity hold.
func (c *checker) resolveConflicts(ids []identity) {
	for _, id := range ids {
		var open []*Fact
		for _, s := range id.members {
			if v := c.vals[s]; v != nil && v.fact != nil && v.fact.Status == Conflict {
				open = append(open, v.fact)
			}
		}
		if len(open) == 0 || id.rel == relRatio && !(len(open) == 1 && slotOf(open[0].Key) == id.members[0]) {
			// a margin may settle its own reading, not which revenue is
			// the total: a margin and profit read in a segment's paragraph
			// whose name was missed agree with that segment's revenue
			continue
		}
		choices := make([][]Alternative, len(open))
		combos := 1
		for i, f := range open {
			choices[i] = []Alternative{{Value: f.Value, Decimals: f.Decimals}}
			fromStatement := statedByStatement(f)
			for _, a := range f.Alternatives() {
				if fromStatement && !hasRule(a.Mentions, RuleTable) {
					continue // a statement's figure gives way to another table's, never to a sentence's
				}
				choices[i] = append(choices[i], a)
			}
			combos *= len(choices[i])
		}
		if combos > 256 {
			continue
		}
		if id.rel == relAtMost && id.what == "segments" && !c.complete[segmentSetKey(id.members[0], id.members[1:])] && c.plausibleTotal(id, open, choices) {
			// deciding takes the segments for the whole; unless another
			// period has shown them to be, a total up to twice their sum
			// may hold a segment the reader missed ("$196 million" over
			// two segments' $125 million): it decides only against totals
			// far off (a scale slip, another period's)
			continue
		}
		var winners [][]Alternative
		pick := make([]Alternative, len(open))
		var walk func(i int)
		walk = func(i int) {
			if i == len(open) {
				get := func(s slot) (Interval, bool) {
					for k, f := range open {
						if slotOf(f.Key) == s {
							return StatedInterval(pick[k].Value, pick[k].Decimals), true
						}
					}
					return c.get(s)
				}
				if id.rel == relAtMost && id.what == "segments" {
					id.over, id.under = decimal.Zero, unallocated // deciding needs the segments to be the whole
				}
				if ok, known := c.holdsWith(id, get); ok && known {
					winners = append(winners, append([]Alternative(nil), pick...))
				}
				return
			}
			for _, a := range choices[i] {
				pick[i] = a
				walk(i + 1)
			}
		}
		walk(0)
		if len(winners) == 0 || !sameChoice(winners) {
			continue
		}
		for k, f := range open {
			a := winners[0][k]
			old := f.Value
			f.Value, f.Decimals = a.Value, a.Decimals
			f.Status = Found
			f.Confidence = max(f.Confidence, 0.8)
			msg := fmt.Sprintf("sources disagreed; %s decides: %s", c.describe(id), formatValue(f.Key, f.Value))
			if !old.Equal(a.Value) {
				msg += fmt.Sprintf(" (not %s)", formatValue(f.Key, old))
			}
			f.Notes = append(f.Notes, msg)
			c.vals[slotOf(f.Key)].iv = StatedInterval(f.Value, f.Decimals)
			c.findings = append(c.findings, &Finding{Kind: ConflictCheck, Message: capitalize(msg), Keys: c.keys(id), Subject: f.Key, Stated: old, Implied: f.Value, Resolved: true, OK: true})
		}
	}
}

// statedByStatement reports a fact whose value a primary statement's
// table states.
func statedByStatement(f *Fact) bool {
	for _, m := range f.Sources {
		if m.statement && agrees(m.Value, m.Decimals, f.Value, f.Decimals) {
			return true
		}
	}
	return false
}

func sameChoice(ws [][]Alternative) bool {
	for _, w := range ws[1:] {
		for k := range w {
			if !w[k].Value.Equal(ws[0][k].Value) {
				return false
			}
		}
	}
	return true
}

// derive adds values the documents imply but do not state: a total from
// segments proven complete in another period, a comparative from a
// figure and its growth rate. Derived values serve other checks only.
func (c *checker) derive(growth []Growth) {
	// totals from complete segment lists
	type tk struct {
		entity, concept string
		period          Period
		scenario        Scenario
		bound           Bound
	}
	parts := map[tk][]slot{}
	for s := range c.vals {
		if s.Segment != "" {
			k := tk{s.Entity, s.Concept, s.Period, s.Scenario, s.Bound}
			parts[k] = append(parts[k], s)
		}
	}
	for k, ps := range parts {
		total := slot{k.entity, k.concept, "", k.period, k.scenario, k.bound}
		if _, ok := c.vals[total]; ok || len(ps) < 2 || !c.complete[segmentSetKey(total, ps)] {
			continue
		}
		sum := Interval{}
		for _, p := range ps {
			sum = sum.Add(c.vals[p].iv)
		}
		c.vals[total] = &value{iv: sum, how: "the sum of its segments"}
	}
	// comparatives from growth rates
	for i := range growth {
		g := &growth[i]
		cur := slotOf(g.Key)
		prior := cur
		prior.Period = cur.Period.Shift(-g.Months)
		vc, ok := c.vals[cur]
		if !ok || vc.fact == nil {
			continue
		}
		if _, ok := c.vals[prior]; ok {
			continue
		}
		rate := StatedInterval(g.Rate, g.Decimals)
		iv, ok := vc.iv.Abs().Div(Exactly(one).Add(rate))
		if !ok {
			continue
		}
		if !vc.iv.NoHi && vc.iv.Hi.IsNegative() {
			iv = iv.Neg()
		}
		c.vals[prior] = &value{iv: iv, how: fmt.Sprintf("%s and its stated change of %s", formatValue(vc.fact.Key, vc.fact.Value), percentText(g.Rate))}
	}
}

// flag marks a failing identity's untrusted stated members for review,
// each with the value the others imply.
func (c *checker) flag(id identity) {
	var lines []string
	for i, s := range id.members {
		v := c.vals[s]
		if v == nil || v.fact == nil {
			continue
		}
		imp, ok := c.implied(id, i, c.get)
		if !ok {
			continue
		}
		if id.kind == GrowthCheck && v.fact.Value.IsNegative() {
			imp = imp.Neg() // growth is reckoned on a loss's size: say it as the loss it is
		}
		lines = append(lines, fmt.Sprintf("%s %s", impliesText(c.othersText(id, i)), formatInterval(s, imp)))
	}
	extra := ""
	if len(lines) > 0 {
		extra = "; " + strings.Join(lines, "; ")
	}
	fd := c.report(id, false, extra)
	if id.kind == GrowthCheck {
		return // rates are often on other bases (local currency, organic): a note, not a doubt
	}
	for _, s := range id.members {
		if v := c.vals[s]; v != nil && v.fact == nil {
			return // a derived value may be the wrong one: correct, never doubt, through it
		}
	}
	for i, s := range id.members {
		v := c.vals[s]
		if v == nil || v.fact == nil || v.trusted {
			continue
		}
		f := v.fact
		if f.Status == Found || f.Status == Conflict {
			if f.Status == Found {
				f.Status = NeedsReview
			}
			imp, ok := c.implied(id, i, c.get)
			note := "a check fails: " + c.describe(id)
			if ok {
				note += "; the other figures imply " + formatInterval(s, imp)
			}
			f.Notes = append(f.Notes, note)
			fd.Subject = f.Key
		}
	}
}

// childrenOf lists the concepts whose parent is the given total.
// breakdowns parts a company's segments into its regions and its lines of
// business when it reports both ("On a line of business basis, … Energy
// Systems …, Specialty …, Motive Power …. On a geographical basis, … the
// Americas …, EMEA …, Asia …"): together they exceed the total, and each
// makes it up on its own. Segments that fit together, or a mix of
// regions and businesses that is one breakdown (Coca-Cola's operating
// segments), stay one set.
func (c *checker) breakdowns(total slot, parts []slot) [][]slot {
	var places, lines []slot
	for _, p := range parts {
		if placeNames[strings.ToLower(p.Segment)] {
			places = append(places, p)
		} else {
			lines = append(lines, p)
		}
	}
	if len(places) < 2 || len(lines) < 2 {
		return [][]slot{parts}
	}
	if ok, _ := c.holds(c.sumIdentity(total, parts, "segments")); ok {
		return [][]slot{parts}
	}
	for _, set := range [][]slot{lines, places} {
		// each the whole: a breakdown that merely fits might be a part of
		// one set with the rest
		if ok, known := c.holds(identity{rel: relSum, members: append([]slot{total}, set...)}); !ok || !known {
			return [][]slot{parts}
		}
	}
	return [][]slot{lines, places}
}

func childrenOf(total string) []string {
	var out []string
	for _, c := range conceptIndex {
		if c.Parent == total {
			out = append(out, c.Name)
		}
	}
	return out
}

// exactSubset returns the one subset of two or more parts whose sum meets
// the total, or nil when none or several do.
func (c *checker) exactSubset(total slot, parts []slot) []slot {
	if len(parts) > 10 {
		return nil
	}
	var found []slot
	n := 0
	for mask := 1; mask < 1<<len(parts); mask++ {
		var sub []slot
		for i := range parts {
			if mask&(1<<i) != 0 {
				sub = append(sub, parts[i])
			}
		}
		if len(sub) < 2 || len(sub) == len(parts) {
			continue
		}
		if ok, _ := c.holds(identity{rel: relSum, members: append([]slot{total}, sub...)}); ok {
			n++
			found = sub
		}
	}
	if n != 1 {
		return nil
	}
	return found
}
