package parse

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// agrees reports whether two figures state the same value to the precision
// of the less precise one: RMB 3,667.5 million agrees with RMB 3,667,464
// thousand, and RMB 1.84 billion with RMB 1,835.4 million.
func agrees(a decimal.Decimal, ad int, b decimal.Decimal, bd int) bool {
	d := min(ad, bd)
	tol := decimal.New(5, int32(-d-1))
	return a.Sub(b).Abs().LessThanOrEqual(tol)
}

// Reconcile merges mentions into facts: one per key across all documents,
// with every mention kept as a source. Mentions that agree to rounding
// support each other and the most precise value stands; mentions that
// disagree make a conflict, settled by support for now and by arithmetic
// in Check.
func Reconcile(mentions []Mention) []*Fact {
	groups := map[Key][]Mention{}
	var order []Key
	for _, m := range mentions {
		if _, ok := groups[m.Key]; !ok {
			order = append(order, m.Key)
		}
		groups[m.Key] = append(groups[m.Key], m)
	}
	facts := make([]*Fact, 0, len(order))
	for _, k := range order {
		facts = append(facts, reconcileKey(k, groups[k]))
	}
	sortFacts(facts)
	return facts
}

// cluster is a set of mentions that agree with its most precise member.
type cluster struct {
	best     Mention
	mentions []Mention
	support  float64
}

func reconcileKey(k Key, ms []Mention) *Fact {
	ms = dilutedOverBasic(ms)
	// most precise first; among equals, the unsuspected and most confident.
	// A precise reading in doubt ("RMB1159,500,000") that a plain coarser
	// one agrees with ("RMB1.16 billion") is corroborated by it and stands.
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Decimals != ms[j].Decimals {
			return ms[i].Decimals > ms[j].Decimals
		}
		if ms[i].Suspect != ms[j].Suspect {
			return !ms[i].Suspect
		}
		return ms[i].Confidence > ms[j].Confidence
	})
	var cs []*cluster
	for _, m := range ms {
		var into *cluster
		for _, c := range cs {
			if agrees(m.Value, m.Decimals, c.best.Value, c.best.Decimals) {
				into = c
				break
			}
		}
		if into == nil {
			into = &cluster{best: m}
			cs = append(cs, into)
		}
		into.mentions = append(into.mentions, m)
	}
	for _, c := range cs {
		c.support = support(c.mentions)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].support > cs[j].support })
	// the one figure whose words state it as the company's total ("total
	// revenue", "Harsco's revenues") stands over figures without them
	stated := -1
	for i, c := range cs {
		if hasWhole(c.mentions) {
			if stated >= 0 {
				stated = -2 // two: the words decide nothing
				break
			}
			stated = i
		}
	}
	statedWhole := stated >= 0
	if stated > 0 {
		cs[0], cs[stated] = cs[stated], cs[0]
	}
	// a figure stated as one stream of the total ("franchise revenues")
	// gives way to one that is not
	if !statedWhole && len(cs) > 1 && onlyStreams(cs[0].mentions) {
		for i, c := range cs[1:] {
			if !onlyStreams(c.mentions) {
				cs[0], cs[i+1] = cs[i+1], cs[0]
				break
			}
		}
	}
	whole := false
	if info, _ := LookupConcept(k.Concept); len(cs) > 1 && info.Additive && k.Segment == "" && !statedWhole {
		// a total disputed by much smaller figures: those are usually parts
		// the reader could not name (a segment, a brand, a subsidiary), so
		// the largest stands, unless it is a scale slip of another
		big := cs[0]
		for _, c := range cs[1:] {
			if c.best.Value.Abs().GreaterThan(big.best.Value.Abs()) {
				big = c
			}
		}
		// a figure stated twice, in two sentences, is the total repeated
		// rather than a part
		if big != cs[0] && distinctQuotes(cs[0].mentions) < 2 && big.best.Value.Abs().GreaterThan(cs[0].best.Value.Abs().Mul(decimal.NewFromInt(3))) && slipBetween(cs[0].best.Value, big.best.Value) == "" {
			for i, c := range cs {
				if c == big {
					cs[0], cs[i] = cs[i], cs[0]
				}
			}
			whole = true
		}
	}
	// a figure the filer tagged decides: its concept, period and unit are
	// the filer's own; a table's figure outweighs a sentence's (the checks
	// may still decide otherwise)
	tagged, tabled := false, false
	for i, c := range cs {
		if hasRule(c.mentions, RuleTagged) {
			cs[0], cs[i] = cs[i], cs[0]
			tagged, whole = true, false
			break
		}
	}
	if !tagged {
		// a table's figure outweighs a sentence's; of two tables' figures,
		// the one whose row says it is the owners' share ("Total Walmart
		// shareholders' equity") is the company's, and a statement's
		// stands over a note's or a summary's
		rank := func(c *cluster) int {
			if !hasRule(c.mentions, RuleTable) {
				return 0
			}
			n := 1 + 2*ownedLabel(c.mentions)
			if fromStatement(c.mentions) {
				n++
			}
			return n
		}
		best := 0
		for i, c := range cs {
			if rank(c) > rank(cs[best]) {
				best = i
			}
		}
		if best > 0 {
			tabled = rank(cs[0]) == 0
			cs[0], cs[best] = cs[best], cs[0]
			whole = false
		}
	}
	win := cs[0]
	f := &Fact{
		Key:        k,
		Value:      win.best.Value,
		Decimals:   win.best.Decimals,
		Confidence: confidenceOf(win),
		Sources:    ms,
	}
	// the most precise mention may be a suspect reading; a precise one
	// that is not suspect stands instead when they agree
	if len(cs) == 1 {
		switch n := len(win.mentions); {
		case n > 1:
			f.Notes = append(f.Notes, fmt.Sprintf("%d mentions agree to rounding; the most precise stands", n))
		}
		if f.Confidence < 0.5 {
			f.Status = NeedsReview
			f.Notes = append(f.Notes, "read with low confidence: check the source")
		}
		return f
	}
	if tagged {
		// the tag stands; the text that disagrees with it is a finding
		var parts []string
		for _, c := range cs[1:] {
			parts = append(parts, fmt.Sprintf("%s (%s)", c.best.Stated, plural(len(c.mentions), "mention")))
		}
		f.Status = NeedsReview
		f.Notes = append(f.Notes, "the filer's tag says "+win.best.Stated+"; the text also states "+strings.Join(parts, ", ")+": check which the text means")
		return f
	}
	f.Status = Conflict
	f.Confidence = min(f.Confidence, 0.5)
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s (%s)", c.best.Stated, plural(len(c.mentions), "mention")))
	}
	f.Notes = append(f.Notes, "sources disagree: "+strings.Join(parts, " vs "))
	if whole {
		f.Notes = append(f.Notes, "the largest figure is taken as the total; the smaller ones may be parts of it (a segment or a business)")
	}
	if statedWhole && win == cs[0] && hasWhole(win.mentions) {
		f.Notes = append(f.Notes, "the text calls "+win.best.Stated+" the company's own total; the others may be parts of it")
	}
	if tabled {
		f.Notes = append(f.Notes, "a table states "+win.best.Stated+"; the table's figure stands over the text's")
	}
	for _, c := range cs[1:] {
		if why := slipBetween(win.best.Value, c.best.Value); why != "" {
			f.Notes = append(f.Notes, c.best.Stated+" is "+why+" the other figure: "+slipReason(why))
		}
	}
	return f
}

// dilutedOverBasic drops, of a figure per share, the mentions stated as
// basic when others are not: "Basic earnings per share were HK26.1
// cents" beside the statement's diluted 26.0 is another measure, not a
// conflict. Facet's figure per share is the diluted one.
func dilutedOverBasic(ms []Mention) []Mention {
	basic, other := 0, 0
	for _, m := range ms {
		if m.basic {
			basic++
		} else {
			other++
		}
	}
	if basic == 0 || other == 0 {
		return ms
	}
	out := make([]Mention, 0, other)
	for _, m := range ms {
		if !m.basic {
			out = append(out, m)
		}
	}
	return out
}

// fromStatement reports a mention among ms read from a primary statement.
func fromStatement(ms []Mention) bool {
	for _, m := range ms {
		if m.statement {
			return true
		}
	}
	return false
}

// ownedLabel ranks mentions among ms by how plainly a table's row says
// the figure is the owners' share: 2 for "attributable to Walmart" or
// "Total IBM stockholders' equity", 1 for "attributable to Boeing common
// shareholders" (what is left after preferred dividends, where a company
// has both), 0 for none.
func ownedLabel(ms []Mention) int {
	best := 0
	for _, m := range ms {
		if m.Rule != RuleTable {
			continue
		}
		lab := cleanLabel(strings.SplitN(m.Quote, " — ", 2)[0])
		switch {
		case lab.commonOwners:
			best = max(best, 1)
		case lab.owned:
			best = 2
		}
	}
	return best
}

// hasWhole reports a mention among ms stated as the company's total.
func hasWhole(ms []Mention) bool {
	for _, m := range ms {
		if m.whole {
			return true
		}
	}
	return false
}

// onlyStreams reports mentions all stated as a stream of the total.
func onlyStreams(ms []Mention) bool {
	for _, m := range ms {
		if !m.stream {
			return false
		}
	}
	return true
}

// hasRule reports a mention read by a rule among ms: RuleTagged, RuleTable.
func hasRule(ms []Mention, rule string) bool {
	for _, m := range ms {
		if m.Rule == rule {
			return true
		}
	}
	return false
}

// distinctQuotes counts the sentences the mentions come from.
func distinctQuotes(ms []Mention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[squashQuote(m.Quote)] = true
	}
	return len(seen)
}

// support weighs a cluster's mentions: each sentence once per document,
// a second document counting more than a repeat in the same one.
func support(ms []Mention) float64 {
	docs := map[*Document]bool{}
	seen := map[string]bool{}
	s := 0.0
	for _, m := range ms {
		key := squashQuote(m.Quote)
		if seen[key] {
			continue
		}
		seen[key] = true
		s += m.Confidence
		if !docs[m.Doc] {
			docs[m.Doc] = true
			s += 0.5
		}
		// a document states its headline figures first: earlier mentions
		// weigh a little more, enough to break a tie
		if n := len(m.Doc.Text); n > 0 {
			s += 0.05 * (1 - float64(m.Span.Start)/float64(n))
		}
	}
	return s
}

func confidenceOf(c *cluster) float64 {
	best := 0.0
	for _, m := range c.mentions {
		best = max(best, m.Confidence)
	}
	// agreement among independent mentions raises confidence
	bonus := 0.05 * float64(min(len(c.mentions)-1, 4))
	return min(1, best+bonus)
}

// slipBetween names a factor of ten or a thousand between two values (to
// 2%), the signature of a misread scale.
func slipBetween(a, b decimal.Decimal) string {
	if a.IsZero() || b.IsZero() {
		return ""
	}
	r := b.Div(a).Abs()
	for _, f := range []struct {
		x    int64
		name string
	}{{10, "ten times"}, {1000, "a thousand times"}} {
		x := decimal.NewFromInt(f.x)
		if r.Sub(x).Abs().LessThan(x.Mul(decimal.NewFromFloat(0.02))) {
			return f.name
		}
		if r.Mul(x).Sub(decimal.NewFromInt(1)).Abs().LessThan(decimal.NewFromFloat(0.02)) {
			return "a " + strings.TrimSuffix(strings.TrimPrefix(f.name, "a "), " times") + "th of"
		}
	}
	return ""
}

func slipReason(why string) string {
	if strings.HasPrefix(why, "ten") || strings.HasPrefix(why, "a ten") {
		return "a misread scale (亿, a hundred million, read as a billion?)"
	}
	return "a misread scale (thousand, million, billion)"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// sortFacts orders facts for reading: by entity, sheet, concept, segment,
// then period.
func sortFacts(fs []*Fact) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Entity != b.Entity {
			return a.Entity < b.Entity
		}
		ca, _ := LookupConcept(a.Concept)
		cb, _ := LookupConcept(b.Concept)
		if ca.Order != cb.Order {
			return ca.Order < cb.Order
		}
		if a.Segment != b.Segment {
			return a.Segment < b.Segment
		}
		if a.Scenario != b.Scenario {
			return a.Scenario < b.Scenario
		}
		if a.Period != b.Period {
			return a.Period.SortKey() < b.Period.SortKey()
		}
		return a.Bound < b.Bound
	})
}
