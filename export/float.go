package export

import (
	"math"

	"github.com/shopspring/decimal"
)

// interval is the range a figure may truly lie in, given how precisely it
// was stated: RMB 1.84 billion (decimals -7) is anything from 1.835 to
// 1.845 billion. The workbook uses it to decide whether a formula
// reproduces a stated figure; the cell values themselves stay decimal.
type interval struct{ lo, hi float64 }

// statedInterval is v ± half a unit in its last stated place.
func statedInterval(v decimal.Decimal, decimals int) interval {
	x := toFloat(v)
	half := 0.5 * math.Pow10(-decimals)
	return interval{x - half, x + half}
}

func (a interval) add(b interval) interval { return interval{a.lo + b.lo, a.hi + b.hi} }
func (a interval) sub(b interval) interval { return interval{a.lo - b.hi, a.hi - b.lo} }

// div is a/b; ok is false when b may be zero.
func (a interval) div(b interval) (interval, bool) {
	if b.lo <= 0 && b.hi >= 0 {
		return interval{}, false
	}
	q := []float64{a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi}
	r := interval{q[0], q[0]}
	for _, x := range q[1:] {
		r.lo, r.hi = math.Min(r.lo, x), math.Max(r.hi, x)
	}
	return r, true
}

// overlaps reports whether two intervals share a value, with a hair of
// slack for floating-point rounding.
func (a interval) overlaps(b interval) bool {
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(a.hi), math.Abs(b.hi)))
	return a.lo <= b.hi+eps && b.lo <= a.hi+eps
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// toFloat is the last step of a value into an xlsx cell: the float64
// nearest to d. A coefficient of up to 2^53 scaled by an exact power of
// ten needs one correctly rounded operation (as strconv's fast path does);
// anything else takes decimal's exact conversion.
func toFloat(d decimal.Decimal) float64 {
	exp := int(d.Exponent())
	if c := d.Coefficient(); c.IsInt64() && exp >= -22 && exp <= 22 {
		if n := c.Int64(); n <= 1<<53 && n >= -(1<<53) {
			if exp < 0 {
				return float64(n) / pow10[-exp]
			}
			return float64(n) * pow10[exp]
		}
	}
	return d.InexactFloat64()
}
