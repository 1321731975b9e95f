package parse

import "github.com/shopspring/decimal"

// Interval is the range a figure may truly lie in, given how precisely it
// was stated: "RMB 1.84 billion" is anything from 1.835 to 1.845 billion.
// Checks compare intervals, not values, so that figures rounded
// differently still agree. The bounds are exact decimals: sums,
// differences and products are exact, and a quotient is widened outward
// by one unit in its last place, so the true range is always inside.
//
// NoLo and NoHi mark a side without bound ("at least", "at most", or
// nothing known); the zero Interval is the single value 0.
type Interval struct {
	Lo, Hi     decimal.Decimal
	NoLo, NoHi bool
}

// quotientPlaces is how many decimal places a quotient is carried to:
// far below any stated precision, far above float64's.
const quotientPlaces = 24

var quotientUlp = decimal.New(1, -quotientPlaces)

// StatedInterval is v ± half a unit in its last stated place (XBRL
// decimals: 2 for 0.01, -6 for millions).
func StatedInterval(v decimal.Decimal, decimals int) Interval {
	half := decimal.New(5, int32(-decimals-1))
	return Interval{Lo: v.Sub(half), Hi: v.Add(half)}
}

// Exactly is the interval of a value known exactly.
func Exactly(v decimal.Decimal) Interval { return Interval{Lo: v, Hi: v} }

// Unknown is the interval of a value nothing is known of.
func Unknown() Interval { return Interval{NoLo: true, NoHi: true} }

// AtLeast is [lo, ∞).
func AtLeast(lo decimal.Decimal) Interval { return Interval{Lo: lo, NoHi: true} }

// Add is a + b.
func (a Interval) Add(b Interval) Interval {
	return Interval{Lo: a.Lo.Add(b.Lo), Hi: a.Hi.Add(b.Hi), NoLo: a.NoLo || b.NoLo, NoHi: a.NoHi || b.NoHi}
}

// Sub is a − b.
func (a Interval) Sub(b Interval) Interval {
	return Interval{Lo: a.Lo.Sub(b.Hi), Hi: a.Hi.Sub(b.Lo), NoLo: a.NoLo || b.NoHi, NoHi: a.NoHi || b.NoLo}
}

// Neg is −a.
func (a Interval) Neg() Interval {
	return Interval{Lo: a.Hi.Neg(), Hi: a.Lo.Neg(), NoLo: a.NoHi, NoHi: a.NoLo}
}

// Scale is a × k for a constant k ≥ 0.
func (a Interval) Scale(k decimal.Decimal) Interval {
	return Interval{Lo: a.Lo.Mul(k), Hi: a.Hi.Mul(k), NoLo: a.NoLo, NoHi: a.NoHi}
}

// Mul is a × b. A product with an unbounded side is taken as unknown:
// the checks never need more.
func (a Interval) Mul(b Interval) Interval {
	if a.unbounded() || b.unbounded() {
		return Unknown()
	}
	p := [4]decimal.Decimal{a.Lo.Mul(b.Lo), a.Lo.Mul(b.Hi), a.Hi.Mul(b.Lo), a.Hi.Mul(b.Hi)}
	return Interval{Lo: decimal.Min(p[0], p[1:]...), Hi: decimal.Max(p[0], p[1:]...)}
}

// Div is a ÷ b; ok is false when b may be zero.
func (a Interval) Div(b Interval) (Interval, bool) {
	if b.unbounded() || !b.Lo.IsPositive() && !b.Hi.IsNegative() {
		return Interval{}, false
	}
	if a.unbounded() {
		return Unknown(), true
	}
	q := [4]decimal.Decimal{quo(a.Lo, b.Lo), quo(a.Lo, b.Hi), quo(a.Hi, b.Lo), quo(a.Hi, b.Hi)}
	lo, hi := decimal.Min(q[0], q[1:]...), decimal.Max(q[0], q[1:]...)
	return Interval{Lo: lo.Sub(quotientUlp), Hi: hi.Add(quotientUlp)}, true
}

func quo(x, y decimal.Decimal) decimal.Decimal { return x.DivRound(y, quotientPlaces) }

// Abs is |a|.
func (a Interval) Abs() Interval {
	switch {
	case !a.NoLo && !a.Lo.IsNegative():
		return a
	case !a.NoHi && !a.Hi.IsPositive():
		return a.Neg()
	}
	hi := decimal.Max(a.Lo.Neg(), a.Hi)
	return Interval{Hi: hi, NoHi: a.NoLo || a.NoHi}
}

// Overlaps reports whether a and b share a value.
func (a Interval) Overlaps(b Interval) bool {
	return (a.NoLo || b.NoHi || a.Lo.LessThanOrEqual(b.Hi)) && (b.NoLo || a.NoHi || b.Lo.LessThanOrEqual(a.Hi))
}

// Above reports whether every value of a exceeds every value of b.
func (a Interval) Above(b Interval) bool {
	return !a.NoLo && !b.NoHi && a.Lo.GreaterThan(b.Hi)
}

// Mid is the middle of a bounded interval, or its one bound.
func (a Interval) Mid() decimal.Decimal {
	switch {
	case a.NoLo && a.NoHi:
		return decimal.Zero
	case a.NoHi:
		return a.Lo
	case a.NoLo:
		return a.Hi
	}
	return a.Lo.Add(a.Hi).Div(decimal.NewFromInt(2))
}

// Width is Hi − Lo; ok is false for an unbounded interval.
func (a Interval) Width() (decimal.Decimal, bool) {
	if a.unbounded() {
		return decimal.Decimal{}, false
	}
	return a.Hi.Sub(a.Lo), true
}

func (a Interval) unbounded() bool { return a.NoLo || a.NoHi }
