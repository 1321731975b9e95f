package parse

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// How findings read: a check written with its figures, and the figures
// written as a person reads them.

// keys returns the keys of an identity's stated members.
func (c *checker) keys(id identity) []Key {
	var out []Key
	for _, s := range id.members {
		if v := c.vals[s]; v != nil && v.fact != nil {
			out = append(out, v.fact.Key)
		}
	}
	return out
}

// report records the outcome of an identity.
func (c *checker) report(id identity, ok bool, extra string) *Finding {
	f := &Finding{Kind: id.kind, OK: ok, Keys: c.keys(id), Subject: c.subject(id)}
	if ok {
		f.Message = capitalize(c.describe(id)) + ": holds"
	} else {
		f.Message = capitalize(c.describe(id)) + ": does not hold" + extra
	}
	c.findings = append(c.findings, f)
	return f
}

func (c *checker) subject(id identity) Key {
	if v := c.vals[id.members[0]]; v != nil && v.fact != nil {
		return v.fact.Key
	}
	for _, s := range id.members {
		if v := c.vals[s]; v != nil && v.fact != nil {
			return v.fact.Key
		}
	}
	return Key{}
}

// describe writes an identity with its figures: "gross margin 73% =
// adjusted EBITDA 406 / revenue 2,349.2".
func (c *checker) describe(id identity) string {
	name := func(s slot) string {
		info, _ := LookupConcept(s.Concept)
		n := lowerFirst(info.Label)
		if s.Segment != "" {
			n += " of " + s.Segment
		}
		v := c.vals[s]
		if v == nil {
			return n
		}
		if v.fact != nil {
			return n + " " + formatValue(v.fact.Key, v.fact.Value)
		}
		return n + " " + formatInterval(s, v.iv) + " (" + v.how + ")"
	}
	m := id.members
	switch id.rel {
	case relSum, relAtMost:
		parts := make([]string, 0, len(m)-1)
		for _, s := range m[1:] {
			parts = append(parts, name(s))
		}
		op := " = "
		if id.rel == relAtMost {
			op = " ≥ "
		}
		return name(m[0]) + op + strings.Join(parts, " + ")
	case relDiff:
		return name(m[0]) + " = " + name(m[1]) + " − " + name(m[2])
	case relRatio:
		return name(m[0]) + " = " + name(m[1]) + " / " + name(m[2])
	case relGrowth:
		return fmt.Sprintf("%s = %s %s", name(m[0]), name(m[1]), growthText(id.rate))
	}
	return ""
}

func (c *checker) othersText(id identity, i int) string {
	if i == 0 {
		return "the other figures"
	}
	info, _ := LookupConcept(id.members[i].Concept)
	return "for " + lowerFirst(info.Label) + ", the other figures"
}

// impliesText says what the others imply, verb agreeing with subject.
func impliesText(others string) string { return others + " imply" }

// readingFindings reports facts whose every source was read with doubt.
func (c *checker) readingFindings() {
	for _, f := range c.facts {
		suspect, clean := 0, 0
		var why []string
		for _, m := range f.Sources {
			if m.Suspect {
				suspect++
				why = append(why, m.Notes...)
			} else {
				clean++
			}
		}
		if suspect == 0 {
			continue
		}
		why = uniqueStrings(why)
		msg := fmt.Sprintf("%s: %s", formatValue(f.Key, f.Value), strings.Join(why, "; "))
		fd := &Finding{Kind: ReadingCheck, Message: capitalize(msg), Keys: []Key{f.Key}, Subject: f.Key, OK: clean > 0}
		c.findings = append(c.findings, fd)
		if clean == 0 && f.Status == Found {
			f.Status = NeedsReview
			f.Notes = append(f.Notes, "every source was read with doubt: "+strings.Join(why, "; "))
		}
	}
}

// conflictFindings reports the conflicts nothing decided.
func (c *checker) conflictFindings() {
	for _, f := range c.facts {
		if f.Status != Conflict {
			continue
		}
		alts := f.Alternatives()
		parts := []string{fmt.Sprintf("%s (%s)", formatValue(f.Key, f.Value), plural(len(f.Sources)-countAlt(alts), "source"))}
		for _, a := range alts {
			parts = append(parts, fmt.Sprintf("%s (%s)", formatValue(f.Key, a.Value), plural(len(a.Mentions), "source")))
		}
		msg := "sources disagree: " + strings.Join(parts, " vs ") + "; the best-supported value stands until a person decides"
		c.findings = append(c.findings, &Finding{Kind: ConflictCheck, Message: capitalize(msg), Keys: []Key{f.Key}, Subject: f.Key})
	}
}

func countAlt(alts []Alternative) int {
	n := 0
	for _, a := range alts {
		n += len(a.Mentions)
	}
	return n
}

func uniqueStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// formatValue writes a fact's value as a person reads it: "RMB 2,349.2
// million", "17.3%", "USD 0.94 per share".
func formatValue(k Key, v decimal.Decimal) string {
	info, _ := LookupConcept(k.Concept)
	switch info.Kind {
	case Ratio:
		return v.Shift(2).String() + "%"
	case PerShare:
		return k.Currency + " " + v.String() + " per share"
	case Count:
		return GroupDigits(v.String())
	}
	return moneyText(k.Currency, v)
}

// moneyText writes money in millions from a million up, as the table and
// the workbook show it by default, so one screen does not mix "CNY 2.0104
// billion" with "2,010.4 CNY million"; a loss keeps its sign.
func moneyText(cur string, v decimal.Decimal) string {
	a := v.Abs()
	sign := ""
	if v.IsNegative() {
		sign = "-"
	}
	if a.GreaterThanOrEqual(decimal.New(1, 6)) {
		return fmt.Sprintf("%s %s%s million", cur, sign, GroupDigits(a.Shift(-6).String()))
	}
	return fmt.Sprintf("%s %s%s", cur, sign, GroupDigits(v.Abs().String()))
}

func formatInterval(s slot, iv Interval) string {
	info, _ := LookupConcept(s.Concept)
	switch {
	case iv.NoLo && iv.NoHi:
		return "anything"
	case iv.NoHi:
		return "at least " + formatApprox(info, iv.Lo)
	case iv.NoLo || iv.Lo.IsZero() && info.Kind != Ratio && iv.Hi.IsPositive():
		return "at most " + formatApprox(info, iv.Hi)
	}
	return "about " + formatApprox(info, iv.Mid())
}

// formatApprox writes an implied value as a person reads it, rounded to
// what the arithmetic can tell: 17.3%, 1.84 billion, 767.2 million.
func formatApprox(info Concept, x decimal.Decimal) string {
	if info.Kind == Ratio {
		return x.Shift(2).StringFixed(1) + "%"
	}
	if x.Abs().GreaterThanOrEqual(decimal.New(1, 6)) {
		return GroupDigits(x.Shift(-6).StringFixed(1)) + " million"
	}
	return x.StringFixed(2)
}

func percentText(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

func growthText(rate Interval) string {
	m := rate.Mid().Shift(2)
	if !m.IsNegative() {
		return "× (1 + " + m.StringFixed(1) + "%)"
	}
	return "× (1 − " + m.Neg().StringFixed(1) + "%)"
}
