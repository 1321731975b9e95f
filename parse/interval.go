package parse

import (
	"math"

	"github.com/shopspring/decimal"
)

// interval is a value known to lie in [lo, hi].
type interval struct{ lo, hi float64 }

func statedInterval(v decimal.Decimal, dec int) interval {
	f := v.InexactFloat64()
	tol := 0.5 * math.Pow10(-dec)
	return interval{f - tol, f + tol}
}

func (a interval) add(b interval) interval { return interval{a.lo + b.lo, a.hi + b.hi} }

func (a interval) sub(b interval) interval { return interval{a.lo - b.hi, a.hi - b.lo} }

func (a interval) mul(b interval) interval {
	p := []float64{a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi}
	return interval{slicesMin(p), slicesMax(p)}
}

func (a interval) div(b interval) (interval, bool) {
	if b.lo <= 0 && b.hi >= 0 {
		return interval{}, false
	}
	return a.mul(interval{1 / b.hi, 1 / b.lo}), true
}

func (a interval) abs() interval {
	switch {
	case a.lo >= 0:
		return a
	case a.hi <= 0:
		return interval{-a.hi, -a.lo}
	}
	return interval{0, max(-a.lo, a.hi)}
}

func (a interval) overlaps(b interval) bool {
	scale := 1.0
	for _, x := range []float64{a.lo, a.hi, b.lo, b.hi} {
		if !math.IsInf(x, 0) {
			scale = max(scale, math.Abs(x))
		}
	}
	eps := 1e-9 * scale
	return a.lo <= b.hi+eps && b.lo <= a.hi+eps
}

func (a interval) mid() float64 { return (a.lo + a.hi) / 2 }

func slicesMin(p []float64) float64 {
	m := p[0]
	for _, x := range p[1:] {
		m = math.Min(m, x)
	}
	return m
}

func slicesMax(p []float64) float64 {
	m := p[0]
	for _, x := range p[1:] {
		m = math.Max(m, x)
	}
	return m
}
