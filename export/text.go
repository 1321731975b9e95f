package export

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// currencyText writes a currency as finance staff read it: RMB rather
// than CNY, US$ rather than USD.
func currencyText(code string) string {
	switch code {
	case "CNY":
		return "RMB"
	case "USD":
		return "US$"
	case "HKD":
		return "HK$"
	}
	return code
}

// scaleWord names a display scale (3, 6 or 9; displayScale has checked).
func scaleWord(scale int) string {
	switch scale {
	case 3:
		return "thousand"
	case 9:
		return "billion"
	}
	return "million"
}

// unitText is the units a line's figures are shown in: "RMB million",
// "%", "RMB per share".
func unitText(c parse.Concept, currency string, scale int) string {
	switch c.Kind {
	case parse.Ratio:
		return "%"
	case parse.PerShare:
		return currencyText(currency) + " per share"
	case parse.Count:
		return "number"
	}
	if currency == "" {
		return scaleWord(scale)
	}
	return currencyText(currency) + " " + scaleWord(scale)
}

// valueText writes a fact's value for a person, in the display scale and
// to the precision the documents stated it: "RMB 1,625.3 million",
// "17.3%", "RMB -0.31 per share".
func valueText(v decimal.Decimal, decimals int, c parse.Concept, currency string, scale int) string {
	switch c.Kind {
	case parse.Ratio:
		places := max(0, decimals-2)
		return parse.GroupDigits(v.Shift(2).StringFixed(int32(places))) + "%"
	case parse.PerShare:
		return currencyText(currency) + " " + parse.GroupDigits(v.StringFixed(int32(max(2, decimals)))) + " per share"
	case parse.Count:
		return parse.GroupDigits(v.StringFixed(int32(max(0, decimals))))
	}
	places := max(0, scale+decimals)
	s := parse.GroupDigits(v.Shift(int32(-scale)).StringFixed(int32(places)))
	s += " " + scaleWord(scale)
	if currency != "" {
		s = currencyText(currency) + " " + s
	}
	return s
}

// lineIndex finds the line of a byte offset without rescanning the
// document for every figure.
type lineIndex map[*parse.Document][]int

func (li lineIndex) line(d *parse.Document, off int) int {
	if d == nil {
		return 0
	}
	nl, ok := li[d]
	if !ok {
		for i := 0; i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				nl = append(nl, i)
			}
		}
		li[d] = nl
	}
	return sort.SearchInts(nl, off) + 1
}

// where names a mention's place: "call.txt, line 12".
func (li lineIndex) where(m parse.Mention) string {
	if m.Doc == nil {
		return "added by a person"
	}
	return m.Doc.Name + ", line " + strconv.Itoa(li.line(m.Doc, m.Span.Start))
}

// snippet cuts a mention's sentence to a readable length around its
// figure, with whitespace collapsed: before, figure and after.
func snippet(m parse.Mention, before, after int) (string, string, string) {
	q := m.Quote
	lo, hi := m.Figure.Start, m.Figure.End
	if lo < 0 || hi > len(q) || lo > hi {
		return "", squeeze(q), ""
	}
	pre, fig, post := q[:lo], q[lo:hi], q[hi:]
	if len(pre) > before {
		cut := len(pre) - before
		for cut < len(pre) && !utf8.RuneStart(pre[cut]) {
			cut++
		}
		if sp := strings.IndexByte(pre[cut:], ' '); sp >= 0 && sp < 20 {
			cut += sp + 1
		}
		pre = "…" + pre[cut:]
	}
	if len(post) > after {
		cut := after
		for cut > 0 && !utf8.RuneStart(post[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(post[:cut], ' '); sp > after-20 {
			cut = sp
		}
		post = post[:cut] + "…"
	}
	return squeezeKeepEnds(pre), squeeze(fig), squeezeKeepEnds(post)
}

// squeeze collapses runs of whitespace into one space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// squeezeKeepEnds collapses whitespace but keeps one space at either end,
// so that the parts of a snippet join as they read.
func squeezeKeepEnds(s string) string {
	if s == "" {
		return ""
	}
	out := squeeze(s)
	if isSpace(s[0]) && out != "" {
		out = " " + out
	}
	if isSpace(s[len(s)-1]) && out != "" {
		out += " "
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// truncate shortens s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
