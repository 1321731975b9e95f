package export

import (
	"github.com/shopspring/decimal"

	"facet/parse"
)

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

// shown is what a statement cell holds of a value: money in the display
// scale (1835.4 for RMB 1,835.4 million), so that a figure a modeller
// types in millions is right beside it; per-share figures, counts and
// ratios as they are.
func (b *bookWriter) shown(c parse.Concept, v decimal.Decimal) float64 {
	if c.Kind == parse.Monetary {
		return toFloat(v.Shift(int32(-b.scale)))
	}
	return toFloat(v)
}
