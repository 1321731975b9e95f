package parse

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// TypedValueError says why a value a person typed is not a number.
type TypedValueError struct {
	Input  string
	Reason string
}

func (e *TypedValueError) Error() string { return fmt.Sprintf("%q: %s", e.Input, e.Reason) }

// ParseTyped reads a value as a person types it into the review table:
// "1,234.5", "(12.3)", "-12.3", "2.35 billion", "17.3%". A figure without
// a scale word is in the display scale exp (6: millions) when the concept
// is money; a ratio is a percentage ("17.3" and "17.3%" are both 0.173);
// per-share and count figures are taken as written. It returns the value in
// base units and its XBRL decimals.
func ParseTyped(input string, kind Kind, exp int) (decimal.Decimal, int, error) {
	fail := func(reason string) (decimal.Decimal, int, error) {
		return decimal.Zero, 0, &TypedValueError{Input: input, Reason: reason}
	}
	s := strings.TrimSpace(input)
	if s == "" {
		return fail("type a number, like 1,234.5 or (12.3)")
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, strings.TrimSpace(s[1:len(s)-1])
	}
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		if neg {
			return fail("use either brackets or a minus sign, not both")
		}
		neg = true
		s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−"))
	}
	percent := false
	if strings.HasSuffix(s, "%") {
		percent, s = true, strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	// a scale word: "2.35 billion", "2.35bn", "500k"
	scale, scaled := 0, false
	lower := strings.ToLower(s)
	for _, w := range []struct {
		suffix string
		exp    int
	}{{"trillion", 12}, {"billion", 9}, {"million", 6}, {"thousand", 3}, {"bn", 9}, {"mn", 6}, {"m", 6}, {"k", 3}, {"b", 9}} {
		if strings.HasSuffix(lower, w.suffix) {
			num := strings.TrimSpace(s[:len(s)-len(w.suffix)])
			if num != "" && strings.IndexFunc(num[len(num)-1:], func(r rune) bool { return r >= '0' && r <= '9' || r == '.' }) == 0 {
				scale, scaled, s = w.exp, true, num
				break
			}
		}
	}
	if percent && scaled {
		return fail("a percentage takes no scale word")
	}
	// digits with thousands separators
	clean := strings.ReplaceAll(s, ",", "")
	if clean == "" || strings.Count(clean, ".") > 1 || strings.TrimLeft(clean, "0123456789.") != "" {
		return fail("type digits, with commas between thousands and a point for decimals, like 1,234.5")
	}
	if strings.Contains(s, ",") {
		intPart := s
		if i := strings.IndexByte(s, '.'); i >= 0 {
			intPart = s[:i]
		}
		groups := strings.Split(intPart, ",")
		for i, g := range groups {
			if i > 0 && len(g) != 3 || i == 0 && (len(g) == 0 || len(g) > 3) {
				return fail("the commas are not between thousands; type 1,234,567.8")
			}
		}
	}
	v, err := decimal.NewFromString(clean)
	if err != nil {
		return fail("type digits, like 1,234.5")
	}
	places := 0
	if i := strings.IndexByte(clean, '.'); i >= 0 {
		places = len(clean) - i - 1
	}
	if neg {
		v = v.Neg()
	}
	switch {
	case kind == Ratio:
		return v.Shift(-2), places + 2, nil
	case percent:
		return fail("this figure is an amount, not a percentage")
	case kind == Monetary:
		if !scaled {
			scale = exp
		}
		return v.Shift(int32(scale)), places - scale, nil
	}
	return v.Shift(int32(scale)), places - scale, nil
}
