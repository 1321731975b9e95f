package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"facet/parse"

	"github.com/shopspring/decimal"
)

// Scales a person can show money in, as powers of ten. There are no
// units: a review file and the export both read 0 as "not set" (millions).
var displayScales = []struct {
	Exp  int
	Name string
}{{3, "thousands"}, {6, "millions"}, {9, "billions"}}

// DefaultDisplayScale shows money in millions, as analysts model it.
const DefaultDisplayScale = 6

// scaleWord is the word a unit column uses for a power of ten.
func scaleWord(exp int) string {
	switch exp {
	case 3:
		return "thousand"
	case 6:
		return "million"
	case 9:
		return "billion"
	}
	return ""
}

// scaleName names a display scale in the export dialog's choice.
func scaleName(exp int) string {
	for _, s := range displayScales {
		if s.Exp == exp {
			return s.Name
		}
	}
	return "millions"
}

func scaleOfName(name string) int {
	for _, s := range displayScales {
		if s.Name == name {
			return s.Exp
		}
	}
	return DefaultDisplayScale
}

// formatValue writes a fact's value the way the table shows it: money in
// the display scale, percentages for ratios, thousands separators, and
// negatives in parentheses. The places shown follow the figure's precision,
// so RMB 1,625.3 million reads 1,625.3 and not 1,625.300000.
func formatValue(v decimal.Decimal, decimals int, kind parse.Kind, exp int) string {
	switch kind {
	case parse.Ratio:
		return groupNegative(v.Shift(2), clampPlaces(decimals-2, 1, 4)) + "%"
	case parse.PerShare:
		return groupNegative(v, clampPlaces(decimals, 2, 6))
	case parse.Count:
		return groupNegative(v, clampPlaces(decimals, 0, 6))
	}
	return groupNegative(v.Shift(int32(-exp)), clampPlaces(decimals+exp, 0, 6))
}

func clampPlaces(p, lo, hi int) int { return max(lo, min(hi, p)) }

// groupNegative writes v with places decimals, commas between thousands,
// and a negative number in parentheses.
func groupNegative(v decimal.Decimal, places int) string {
	s := parse.GroupDigits(v.Abs().StringFixed(int32(places)))
	if v.IsNegative() && strings.Trim(s, "0.,") != "" {
		return "(" + s + ")"
	}
	return s
}

// unitText is the unit column: "CNY million", "%", "USD/share".
func unitText(k parse.Key, kind parse.Kind, exp int) string {
	switch kind {
	case parse.Ratio:
		return "%"
	case parse.PerShare:
		return k.Currency + "/share"
	case parse.Count:
		return "count"
	}
	return strings.TrimSpace(k.Currency + " " + scaleWord(exp))
}

// scenarioText is the actual/guidance column; a range names both ends.
func scenarioText(k parse.Key, other *parse.Fact, kind parse.Kind, exp int) string {
	if k.Scenario != parse.Forecast {
		return "actual"
	}
	switch k.Bound {
	case parse.Min:
		if other != nil {
			return "guidance, low end (to " + formatValue(other.Value, other.Decimals, kind, exp) + ")"
		}
		return "guidance, at least"
	case parse.Max:
		if other != nil {
			return "guidance, high end (from " + formatValue(other.Value, other.Decimals, kind, exp) + ")"
		}
		return "guidance, at most"
	}
	return "guidance"
}

// excerpt cuts a long sentence to about width characters around the
// figure at [lo, hi), on rune boundaries, marking the cuts with "…".
func excerpt(s string, lo, hi, width int) (before, figure, after string) {
	lo, hi = max(0, min(lo, len(s))), max(0, min(hi, len(s)))
	if hi < lo {
		hi = lo
	}
	before, figure, after = s[:lo], s[lo:hi], s[hi:]
	if n := utf8.RuneCountInString(before); n > width {
		r := []rune(before)
		before = "…" + strings.TrimLeft(string(r[n-width:]), " ")
	}
	if n := utf8.RuneCountInString(after); n > width {
		r := []rune(after)
		after = strings.TrimRight(string(r[:width]), " ") + "…"
	}
	return collapse(before), figure, collapse(after)
}

// collapse turns line breaks and runs of blanks into single spaces, so a
// sentence that a conversion broke over lines reads as one.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	lead := strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\n")
	trail := strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\n")
	out := strings.Join(strings.Fields(s), " ")
	if lead && out != "" {
		out = " " + out
	}
	if trail && out != "" {
		out += " "
	}
	return out
}

// percentText writes a confidence: 0.95 is "95%".
func percentText(x float64) string { return fmt.Sprintf("%.0f%%", x*100) }

// plural writes "1 fact", "2 facts".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
