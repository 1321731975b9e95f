package parse

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Corrections: when a check fails, the misreadings of each untrusted
// figure are tried against what the other figures imply; exactly one
// that fits is applied, and said.

// correct tries the misreadings of each untrusted stated member; when
// exactly one lands on what the other members imply, it applies it.
func (c *checker) correct(id identity) bool {
	type fit struct {
		member int
		h      hypothesis
	}
	var fits []fit
	for i, s := range id.members {
		v := c.vals[s]
		if v == nil || v.fact == nil || v.trusted || v.fact.Derived {
			continue
		}
		imp, ok := c.implied(id, i, c.get)
		if !ok {
			continue
		}
		if id.rel == relGrowth {
			imp = signLike(imp, v.fact.Value)
		}
		info, _ := LookupConcept(s.Concept)
		var mine []hypothesis
		for _, h := range hypotheses(v.fact.Value, v.fact.Decimals, info.Kind == Ratio) {
			if StatedInterval(h.value, h.decimals).Overlaps(imp) {
				mine = append(mine, h)
			}
		}
		mine = preferKept(mine, v.fact.Decimals)
		if len(mine) == 1 {
			fits = append(fits, fit{i, mine[0]})
		} else if len(mine) > 1 {
			return false
		}
	}
	if len(fits) != 1 {
		return false
	}
	ft := fits[0]
	s := id.members[ft.member]
	v := c.vals[s]
	f := v.fact
	imp, _ := c.implied(id, ft.member, c.get)
	f.Stated = f.Value
	f.Value, f.Decimals = ft.h.value, ft.h.decimals
	f.Derived = true
	f.Status = NeedsReview
	msg := fmt.Sprintf("the documents state %s, but %s: the other figures imply %s. Read as %s (%s); confirm against the source",
		formatValue(f.Key, f.Stated), c.describe(id), formatInterval(s, imp), formatValue(f.Key, f.Value), ft.h.why)
	f.Notes = append(f.Notes, msg)
	v.iv = StatedInterval(f.Value, f.Decimals)
	c.findings = append(c.findings, &Finding{Kind: id.kind, Message: capitalize(msg), Keys: c.keys(id), Subject: f.Key, Stated: f.Stated, Implied: f.Value, Resolved: true})
	return true
}

func signLike(iv Interval, v decimal.Decimal) Interval {
	if v.IsNegative() {
		return iv.Neg()
	}
	return iv
}

// hypothesis is one way a figure may have been misread.
type hypothesis struct {
	value    decimal.Decimal
	decimals int
	why      string
	kept     bool // the figure keeps its written precision
}

// preferKept keeps, among several fitting readings, those that keep the
// figure's written digits and precision, when that leaves any.
func preferKept(hs []hypothesis, dec int) []hypothesis {
	if len(hs) < 2 {
		return hs
	}
	var kept []hypothesis
	for _, h := range hs {
		if h.kept {
			kept = append(kept, h)
		}
	}
	// the same value reached two ways is one reading
	uniq := func(hs []hypothesis) []hypothesis {
		var out []hypothesis
		for _, h := range hs {
			dup := false
			for _, o := range out {
				if o.value.Equal(h.value) {
					dup = true
				}
			}
			if !dup {
				out = append(out, h)
			}
		}
		return out
	}
	if len(kept) > 0 {
		return uniq(kept)
	}
	return uniq(hs)
}

// hypotheses lists the misreadings of a figure that transcripts and broken
// conversions produce: a scale slip (million for billion, 亿 read as a
// billion), a digit written twice ("1004.2" for 104.2), and for
// percentages "seventy" heard for "seventeen", or "seventeen point three"
// written "73".
func hypotheses(v decimal.Decimal, dec int, ratio bool) []hypothesis {
	var out []hypothesis
	neg := v.IsNegative()
	abs := v.Abs()
	sign := func(d decimal.Decimal) decimal.Decimal {
		if neg {
			return d.Neg()
		}
		return d
	}
	if !ratio {
		for _, k := range []int32{-9, -6, -3, -1, 1, 3, 6, 9} {
			why := "a scale misread by a factor of " + GroupDigits(decimal.New(1, absInt32(k)).String())
			if k == 1 || k == -1 {
				why = "a scale misread by a factor of ten (亿 read as a billion?)"
			}
			out = append(out, hypothesis{sign(abs.Shift(k)), dec - int(k), why, true})
		}
	}
	// the written digits, counted in the unit of the last one: RMB 1,004.2
	// million (decimals -5) is 10042; 73% (decimals 2) is 73
	mant := abs.Shift(int32(dec)).Round(0).String()
	mk := func(digits string, places int, why string, kept bool) {
		d, err := decimal.NewFromString(digits)
		if err != nil {
			return
		}
		out = append(out, hypothesis{sign(d.Shift(int32(-dec - places))), dec + places, why, kept})
	}
	// a digit written twice
	for i := 1; i < len(mant); i++ {
		if mant[i] == mant[i-1] {
			mk(mant[:i]+mant[i+1:], 0, "a digit written twice", true)
		}
	}
	if ratio && len(mant) <= 3 {
		// "seventy" for "seventeen": 70 → 17
		if len(mant) == 2 && mant[1] == '0' && mant[0] >= '2' {
			mk("1"+mant[:1], 0, "\"seventy\" heard for \"seventeen\"", true)
		}
		// a lost "1" and decimal point: 73 → 17.3
		for p := 1; p <= len(mant); p++ {
			mk("1"+mant, p, "a lost leading 1 and decimal point", false)
			if p < len(mant) {
				mk(mant, p, "a lost decimal point", false)
			}
		}
	}
	return out
}

func absInt32(k int32) int32 {
	if k < 0 {
		return -k
	}
	return k
}
