package parse

import (
	"strings"

	"github.com/shopspring/decimal"
)

// amountKind is what a recognised number measures.
type amountKind uint8

const (
	aMoney    amountKind = iota // currency, or a scale word on a figure that a concept makes money
	aPercent                    // 16.7%, 16.7 percent
	aBare                       // a number alone: a year, a count, a per-share figure without a sign
	aCount                      // a number of things: "2.4 million shares"
	aPoints                     // percentage points, basis points: a change, never a level
	aMultiple                   // "5.7 times"
)

// amount is a figure as the text writes it, before it is given a meaning.
type amount struct {
	lo, hi     int // tokens
	start, end int // bytes of the normalised text
	kind       amountKind
	value      decimal.Decimal // base units; a percentage as its ratio
	decimals   int
	digits     string // the digits as written, without separators
	places     int    // decimal places as written
	exp        int    // the scale's power of ten
	hasScale   bool
	currency   string // ISO 4217, "" when the text gives none
	sign       string // the currency as written: "RMB", "$", "US$"
	negative   bool
	perShare   bool
	cents      bool
	// translation marks a convenience translation in brackets, "(US$504.7
	// million)": the same figure as the one before it, not a new one.
	translation bool
	// rangeOf is the index of the other end of a range, -1 when none;
	// rangeLow is set on the low end.
	rangeOf  int
	rangeLow bool
	// replaced marks the old figure of a revision: "raising our guidance
	// from $2.40 to $2.60 per share to $2.55 to $2.65"
	replaced bool
	suspect  bool
	notes    []string
}

// scanAmounts finds the figures among tokens [lo, hi) of r's text.
func (r *reader) scanAmounts(lo, hi int, out []amount) []amount {
	first := len(out)
	for i := lo; i < hi; i++ {
		t := r.toks[i]
		var a amount
		var ok bool
		switch {
		case t.kind == tNum:
			a, ok = r.readAmount(i, lo, hi)
		case t.kind == tWord && t.end-t.start >= 3 && t.end-t.start <= 9:
			if _, said := spokenNumbers[r.low(i)]; said {
				a, ok = r.readSpoken(i, lo, hi) // "four thousand two hundred and fifteen crores"
			}
		}
		if !ok {
			continue
		}
		a.rangeOf = -1
		out = append(out, a)
		i = a.hi - 1
	}
	r.markTranslations(out[first:])
	r.pairRanges(out[first:], first)
	// a number alone is no figure unless a range or "per share" makes it one
	keep := out[:first]
	remap := make(map[int]int)
	for i := first; i < len(out); i++ {
		a := out[i]
		if a.kind == aBare && !a.perShare && a.rangeOf < 0 && !a.translation {
			continue
		}
		remap[i] = len(keep)
		keep = append(keep, a)
	}
	for i := first; i < len(keep); i++ {
		if keep[i].rangeOf >= 0 {
			keep[i].rangeOf = remap[keep[i].rangeOf]
		}
	}
	return keep
}

func (r *reader) tok(i int) string { return r.text[r.toks[i].start:r.toks[i].end] }

// low is token i in lower case (ASCII letters), without a copy.
func (r *reader) low(i int) string { return r.lower[r.toks[i].start:r.toks[i].end] }

func (r *reader) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(r.toks) && r.toks[i].kind == tPunct && r.text[r.toks[i].start] == c
}

// attached reports whether token i follows token i-1 with no space.
func (r *reader) attached(i int) bool { return i > 0 && r.toks[i].start == r.toks[i-1].end }

// readAmount reads the figure whose first digit is token i.
func (r *reader) readAmount(i, lo, hi int) (amount, bool) {
	t := r.toks[i]
	a := amount{lo: i, hi: i + 1, start: int(t.start), end: int(t.end), kind: aBare}
	if t.has(fBadNum) {
		return a, false
	}
	// A clock time or a timestamp ("00:23:50", "8:15AM") is no figure.
	if r.isPunct(i+1, ':') && i+2 < hi && r.toks[i+2].kind == tNum && r.attached(i+1) ||
		r.isPunct(i-1, ':') && i-2 >= lo && r.toks[i-2].kind == tNum && r.attached(i) {
		return a, false
	}
	// a number glued to letters before it is a period's ("Q4", "H1",
	// "FY2021") or a name's ("COVID19"), unless the letters are a currency
	if r.attached(i) && i-1 >= lo && r.toks[i-1].kind == tWord && !r.currencyLettersAt(i-1) {
		return a, false
	}
	raw := r.tok(i)
	a.digits, a.places = digitsOf(raw)
	value, err := decimal.NewFromString(strings.ReplaceAll(raw, ",", ""))
	if err != nil {
		return a, false
	}
	if t.has(fGrouped) && irregularGrouping(raw) {
		a.notes = append(a.notes, "digits grouped irregularly ("+raw+"), read as "+GroupDigits(strings.ReplaceAll(raw, ",", "")))
		a.suspect = true
	}

	r.readLeft(&a, i, lo)
	j := i + 1
	// accounting brackets: "RMB (717.3) million", "$(12.3) million"
	if r.isPunct(i-1, '(') && r.isPunct(i+1, ')') && i-2 >= lo && r.attached(i) && r.attached(i+1) {
		if sym := r.tok(i - 2); currencySigns[sym] != "" || currencyCodes[sym] != "" && len(sym) >= 3 {
			if a.currency == "" {
				a.currency, a.sign = currencySigns[sym]+currencyCodes[sym], sym
				a.start, a.lo = int(r.toks[i-2].start), i-2
			}
			a.negative = true
			j = i + 2
		}
	}

	// Transcribed speech: "RMB207 1,000,000" is 207 million, "RMB18
	// 35,400,000" is 1,835.4 million, "RMB 600 57.2 million" is 657.2 million.
	if j < hi && r.toks[j].kind == tNum && !r.attached(j) && !t.has(fGrouped) && a.places == 0 {
		next := r.tok(j)
		switch {
		case next == "1,000,000" || next == "1,000,000,000":
			exp := 6
			if next == "1,000,000,000" {
				exp = 9
			}
			a.exp, a.hasScale = exp, true
			a.notes = append(a.notes, "read '"+raw+" "+next+"' as "+raw+scaleName(exp)+" (a transcribed scale word)")
			a.suspect = true
			j++
		case value.GreaterThanOrEqual(decimal.NewFromInt(1)) && value.LessThan(decimal.NewFromInt(100)) && a.sign != "" && r.attached(i) && r.toks[j].has(fGrouped):
			n, err := decimal.NewFromString(strings.ReplaceAll(next, ",", ""))
			if err == nil && n.GreaterThanOrEqual(decimal.NewFromInt(1e6)) && n.LessThan(decimal.NewFromInt(1e8)) && n.Mod(decimal.NewFromInt(100000)).IsZero() {
				joined := value.Mul(decimal.NewFromInt(1e8)).Add(n)
				a.notes = append(a.notes, "read the spoken '"+raw+" "+next+"' as "+GroupDigits(joined.String()))
				a.suspect = true
				value = joined
				a.digits, a.places = digitsOf(joined.String())
				j++
			}
		case value.Mod(decimal.NewFromInt(100)).IsZero() && value.GreaterThanOrEqual(decimal.NewFromInt(100)) && value.LessThan(decimal.NewFromInt(1000)):
			n, err := decimal.NewFromString(strings.ReplaceAll(next, ",", ""))
			if err == nil && n.LessThan(decimal.NewFromInt(100)) && j+1 < hi && r.scaleAt(j+1) > 0 {
				joined := value.Add(n)
				a.notes = append(a.notes, "read the spoken '"+raw+" "+next+"' as "+joined.String())
				a.suspect = true
				value = joined
				a.digits, a.places = digitsOf(joined.String())
				j++
			}
		}
	}

	return r.readRight(a, value, i, j, hi), true
}

// readRight reads what is written after the digits of figure a, from
// token j on: its scale, percent or cents, currency, what it counts and
// "per share"; then sets its value in base units from the number read,
// value. i is the figure's first digit.
func (r *reader) readRight(a amount, value decimal.Decimal, i, j, hi int) amount {
	// Scale, percent, currency after the figure.
	if !a.hasScale && j < hi {
		if exp := r.scaleAt(j); exp > 0 {
			a.exp, a.hasScale = exp, true
			j++
		} else if exp, ok := gluedScales[r.tok(j)]; ok && (r.attached(j) || r.spacedMillion(a, j)) && r.toks[j].kind == tWord && !r.yearAt(j+1) && !(r.isPunct(j+1, '/') && r.yearAt(j+2)) {
			a.exp, a.hasScale = exp, true
			j++
		}
	}
	if j < hi {
		switch w := r.tok(j); {
		case w == "%" && r.toks[j].kind == tSym:
			a.kind = aPercent
			j++
		case percentWords[strings.ToLower(w)]:
			a.kind = aPercent
			j++
		case strings.EqualFold(w, "per") && j+1 < hi && strings.EqualFold(r.tok(j+1), "cent"):
			a.kind = aPercent
			j += 2
		case centsPrefixes[strings.ToLower(w)] != "" && j+1 < hi && (strings.EqualFold(r.tok(j+1), "cents") || strings.EqualFold(r.tok(j+1), "cent")):
			// "42.5 HK cents", "8.1 US cents": hundredths of that currency
			a.cents = true
			a.currency, a.sign = centsPrefixes[strings.ToLower(w)], w+" cents"
			j += 2
		case (strings.EqualFold(w, "cents") || strings.EqualFold(w, "cent")) && a.sign == "$":
			j++ // "$0.71 cents": a transcriber's doubled unit; the dollars stand
		case strings.EqualFold(w, "cents") || strings.EqualFold(w, "cent"):
			a.cents = true
			if a.currency == "" {
				a.currency, a.sign = "USD", "cents"
			}
			j++
		case a.sign == "" && (w == "p" && r.attached(j) && r.toks[j].kind == tWord || strings.EqualFold(w, "pence")):
			// "basic EPS 13.2p", "a dividend of 5.1 pence": hundredths of a pound
			a.cents = true
			a.currency, a.sign = "GBP", w
			j++
		}
	}
	if a.currency == "" && a.kind != aPercent && j < hi && r.toks[j].kind == tWord {
		if code, n := r.currencyWordAt(j, hi); code != "" {
			a.currency, a.sign = code, r.text[r.toks[j].start:r.toks[j+n-1].end]
			j += n
		}
	}
	a.hi = j
	a.end = int(r.toks[j-1].end)

	// What follows says whether this is a level at all: "7.8 percentage
	// points", "20 basis points", "2 points" and "5.7 times" are changes.
	if j < hi {
		w := r.low(j)
		switch {
		case pointWords[w]:
			a.kind = aPoints
		case (w == "percentage" || w == "basis") && j+1 < hi && strings.HasPrefix(r.low(j+1), "point"):
			a.kind = aPoints
		case w == "times" || w == "x" && r.attached(j):
			a.kind = aMultiple
		}
	}
	if a.kind == aPercent && r.signedChangeInBrackets(i, j) {
		a.kind = aPoints // "CHF 201.3 million (+4.5%)": the figure's change, no level
	}
	if a.kind == aBare && a.currency != "" || a.kind == aBare && a.hasScale {
		a.kind = aMoney
	}
	if a.kind == aMoney && a.currency == "" && r.countNounAfter(j, hi) {
		a.kind = aCount
	}
	if a.kind == aMoney || a.kind == aBare {
		if n := r.perShareAfter(j, hi); n > 0 {
			a.perShare = true
			j += n // "$0.36 per share" is one figure
			a.hi, a.end = j, int(r.toks[j-1].end)
		} else if r.perOtherAfter(j, hi) {
			a.kind = aCount // "RMB 40,000,000 per contract": a rate of something else
		}
	}

	// Value in base units and how precise the text was.
	switch {
	case a.kind == aPercent:
		a.value = value.Shift(-2)
		a.decimals = a.places + 2
	case a.cents:
		a.value = value.Shift(-2)
		a.decimals = a.places + 2
	default:
		a.value = value.Shift(int32(a.exp))
		a.decimals = a.places - a.exp
		if !a.hasScale && a.places == 0 && value.GreaterThanOrEqual(decimal.NewFromInt(10000)) {
			a.decimals = -trailingZeros(a.digits)
		}
	}
	if a.negative {
		a.value = a.value.Neg()
	}
	return a
}

// spacedMillion reports the "m" of "SEK 252 m (209)", a space before it,
// as Nordic reports write millions: a currency code before the figure
// (or the euro's sign) makes it a scale, not metres.
func (r *reader) spacedMillion(a amount, j int) bool {
	return r.tok(j) == "m" && a.currency != "" && len(a.sign) == 3
}

// readLeft reads the sign and the currency written before the figure.
func (r *reader) readLeft(a *amount, i, lo int) {
	k := i - 1
	minusAt := func(k int) bool {
		// a '-' glued to what follows and not to a word before it: "-5.2%"
		return r.isPunct(k, '-') && r.attached(k+1) && (k == lo || !r.attached(k) || r.isPunct(k-1, '(') || r.toks[k-1].kind == tSym)
	}
	if minusAt(k) {
		a.negative = true
		a.start = int(r.toks[k].start)
		a.lo = k
		k--
	}
	if k >= lo && r.toks[k].kind == tSym && r.tok(k) != "%" {
		sym := r.tok(k)
		a.lo, a.start = k, int(r.toks[k].start)
		// letters glued before the sign: "US$", "HK$"; "U.S.$" is rare enough to skip
		if k-1 >= lo && r.toks[k-1].kind == tWord && r.attached(k) {
			if code, ok := currencySigns[r.tok(k-1)+sym]; ok {
				a.currency, a.sign = code, r.tok(k-1)+sym
				a.lo, a.start = k-1, int(r.toks[k-1].start)
				k--
			}
		}
		if a.currency == "" {
			if code, ok := currencySigns[sym]; ok {
				a.currency, a.sign = code, sym
			}
		}
		k--
		// "RMB $5,464.1 million", "R&B $183.1 million": the code names the
		// currency; the sign is noise.
		if k >= lo && r.toks[k].kind == tWord {
			if code, ok := currencyCodes[r.tok(k)]; ok && code != a.currency && len(r.tok(k)) > 2 {
				a.notes = append(a.notes, "written '"+r.tok(k)+" "+a.sign+"': read as "+r.tok(k))
				a.currency, a.sign = code, r.tok(k)
				a.lo, a.start = k, int(r.toks[k].start)
				k--
			} else if r.isRandB(k, lo) {
				a.notes = append(a.notes, "written 'R&B "+a.sign+"': read as RMB")
				a.currency, a.sign = "CNY", "R&B"
				a.lo, a.start = k-2, int(r.toks[k-2].start)
				k -= 3
			}
		}
		if minusAt(k) {
			a.negative = true
			a.lo, a.start = k, int(r.toks[k].start)
		}
		return
	}
	if k-1 >= lo && r.isPunct(k, '.') && r.toks[k-1].kind == tWord && currencyCodes[r.tok(k-1)] != "" && abbreviations[r.low(k-1)] {
		k-- // "Rs. 2,845 crore": a code written as an abbreviation
	}
	if k >= lo && r.toks[k].kind == tWord {
		w := r.tok(k)
		if code, ok := currencyCodes[w]; ok && (w != "US" || r.attached(k+1)) {
			a.currency, a.sign = code, w
			a.lo, a.start = k, int(r.toks[k].start)
			if minusAt(k - 1) {
				a.negative = true
				a.lo, a.start = k-1, int(r.toks[k-1].start)
			}
			return
		}
		// "R&B 657.2 million": a transcriber's RMB.
		if r.isRandB(k, lo) {
			a.currency, a.sign = "CNY", "R&B"
			a.notes = append(a.notes, "currency written 'R&B', read as RMB")
			a.lo, a.start = k-2, int(r.toks[k-2].start)
			return
		}
		// "ofRMB628.4million": a code glued to the words before it.
		if r.attached(k+1) && len(w) > 3 {
			for _, code := range gluedCodes {
				if n := len(code); len(w) > n && strings.HasSuffix(w, code) && w[len(w)-n-1] >= 'a' && w[len(w)-n-1] <= 'z' {
					a.currency, a.sign = currencyCodes[code], code
					a.start = int(r.toks[k].end) - n
					return
				}
			}
		}
	}
}

// signedChangeInBrackets reports a per cent with its sign written, alone
// in brackets right after a figure: "CHF 1,234.5 million (–3.2%)",
// "EBITDA … (+4.5%)". i is its number's token, j the token after it.
func (r *reader) signedChangeInBrackets(i, j int) bool {
	k := i - 1
	if k < 1 || !r.attached(i) {
		return false
	}
	switch r.tok(k) {
	case "+", "-", "–", "−":
	default:
		return false
	}
	if !r.isPunct(k-1, '(') || !r.isPunct(j, ')') || k-2 < 0 {
		return false
	}
	prev := r.toks[k-2] // the figure's last token: its number or its scale
	return prev.kind == tNum || scaleWords[r.tok(k-2)] > 0
}

// currencyLettersAt reports a currency's letters at token k, alone or at
// the end of a glued word: "RMB628.4", "EUR1.2m", "ofRMB628.4million", "R&B".
func (r *reader) currencyLettersAt(k int) bool {
	w := r.tok(k)
	if _, ok := currencyCodes[w]; ok {
		return true
	}
	if w == "B" && r.isRandB(k, 0) {
		return true
	}
	for _, code := range gluedCodes {
		if strings.HasSuffix(w, code) {
			return true
		}
	}
	return false
}

// gluedCodes are the codes looked for at the end of glued words, longest first.
var gluedCodes = []string{"RMB", "USD", "EUR", "CNY", "GBP", "HKD", "US"}

// yearAt reports whether token j is a year, 1900 to 2099.
func (r *reader) yearAt(j int) bool {
	if j >= len(r.toks) || r.toks[j].kind != tNum {
		return false
	}
	_, ok := yearOf(r.tok(j))
	return ok
}

func yearOf(s string) (int, bool) {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	return y, y >= 1900 && y <= 2099
}

// isRandB reports "R&B" ending at token k: a transcriber's RMB.
func (r *reader) isRandB(k, lo int) bool {
	return k-2 >= lo && r.tok(k) == "B" && r.isPunct(k-1, '&') && r.tok(k-2) == "R" && r.attached(k) && r.attached(k-1)
}

// scaleAt returns the power of ten of a scale word at token j, or 0.
func (r *reader) scaleAt(j int) int {
	if j >= len(r.toks) || r.toks[j].kind != tWord {
		return 0
	}
	return scaleWords[r.tok(j)]
}

// currencyWordAt reads a currency written after a figure: "billion RMB",
// "million euros", "US dollars". It returns the code and the tokens it took.
func (r *reader) currencyWordAt(j, hi int) (string, int) {
	w := r.tok(j)
	if code, ok := currencyCodes[w]; ok && len(w) == 3 {
		return code, 1
	}
	if r.toks[j].kind != tWord {
		return "", 0
	}
	for _, n := range currencyNames {
		k := j
		for _, nw := range n.words {
			for k < hi && r.isPunct(k, '.') {
				k++ // "U.S. dollars"
			}
			if k >= hi || !strings.EqualFold(r.tok(k), nw) {
				k = -1
				break
			}
			k++
		}
		if k > j {
			return n.code, k - j
		}
	}
	return "", 0
}

func (r *reader) countNounAfter(j, hi int) bool {
	return j < hi && r.toks[j].kind == tWord && countNounSet[r.low(j)]
}

// perShareAfter returns how many tokens of "per share" or a kin follow
// token j right away ("$0.52 per diluted share", "52 cents a share", "RMB
// 0.20 per ADS"), 0 when none do.
func (r *reader) perShareAfter(j, hi int) int {
	if j+1 >= hi {
		return 0
	}
	w := r.low(j)
	if w != "per" && w != "a" {
		return 0
	}
	switch n := r.low(j + 1); n {
	case "share", "ads":
		return 2
	case "diluted", "basic", "ordinary", "common", "fully":
		k := j + 2
		if n == "fully" && k < hi && strings.EqualFold(r.tok(k), "diluted") {
			k++ // "per fully diluted share"
		}
		// "per diluted common share"
		if k < hi && (strings.EqualFold(r.tok(k), "common") || strings.EqualFold(r.tok(k), "ordinary")) {
			k++
		}
		if k < hi && (strings.EqualFold(r.tok(k), "share") || strings.EqualFold(r.tok(k), "ads")) {
			return k + 1 - j
		}
	}
	return 0
}

// perOtherAfter reports "per contract", "per customer", "per unit": a
// figure that is a rate of something other than shares.
func (r *reader) perOtherAfter(j, hi int) bool {
	if j+1 >= hi || !strings.EqualFold(r.tok(j), "per") {
		return false
	}
	switch r.low(j + 1) {
	case "share", "diluted", "basic", "ads", "american", "ordinary", "cent", "annum", "year", "quarter", "month":
		return false
	}
	return r.toks[j+1].kind == tWord
}

// markTranslations marks a bracketed figure right after another figure as
// its convenience translation: "RMB 518.4 million (USD 71.3 million)",
// "RMB 712,586 (98,056)", "RMB628.4million(US86.1 million)".
func (r *reader) markTranslations(as []amount) {
	for k := 1; k < len(as); k++ {
		a, prev := &as[k], &as[k-1]
		if r.bracketedBare(a, prev) {
			lendUnit(a, prev)
			continue
		}
		if prev.kind != aMoney && prev.kind != aBare {
			continue
		}
		open := a.lo - 1
		// "(equivalent to approximately HK$4,003.6 million)"
		for open > prev.hi && open > a.lo-5 && translationWords[r.low(open)] {
			open--
		}
		if open < a.lo-1 && (!r.isPunct(open, '(') || a.currency == "" || a.currency == prev.currency) {
			open = a.lo - 1
		}
		if !r.isPunct(open, '(') || open != prev.hi || !r.isPunct(a.hi, ')') {
			// ", or US$14 million" is a translation too
			if open == prev.hi+1 && r.isPunct(prev.hi, ',') && strings.EqualFold(r.tok(open), "or") && a.currency != "" && a.currency != prev.currency {
				a.translation = true
			}
			continue
		}
		if a.kind == aPercent || a.kind == aPoints {
			continue
		}
		if a.currency == "" || prev.currency == "" || a.currency != prev.currency {
			a.translation = true
		}
	}
}

// bracketedBare reports a number written alone in brackets right after
// a figure, with as many decimals and of a like size: "SEK 3,298m
// (3,187)", "13.7% (13.1)", "SEK 2.18 (2.02)", the way Nordic reports
// give the prior year's figure. A footnote's mark ("$452 million (1)")
// is one digit, or far from the figure's size.
func (r *reader) bracketedBare(a, prev *amount) bool {
	if a.kind != aBare && !(a.kind == aMoney && a.hasScale) || a.currency != "" || a.perShare || prev.cents || prev.translation {
		return false
	}
	if a.hasScale && (prev.kind != aMoney || !prev.hasScale || a.exp != prev.exp) {
		return false // "NOK 305 million (221 million)": the same scale, written again
	}
	if prev.kind != aPercent && !(prev.kind == aMoney && prev.currency != "") {
		return false
	}
	if !r.isPunct(a.lo-1, '(') || a.lo-1 != prev.hi || !r.isPunct(a.hi, ')') || a.places != prev.places || len(a.digits) < 2 {
		return false
	}
	raw := a.value.Abs()
	if a.hasScale {
		raw = raw.Shift(int32(-a.exp))
	}
	if raw.IsZero() {
		return false
	}
	size := prev.value.Abs()
	if prev.kind == aPercent {
		size = size.Shift(2)
	} else {
		size = size.Shift(int32(-prev.exp))
	}
	ratio := size.Div(raw)
	return ratio.GreaterThan(decimal.NewFromFloat(0.2)) && ratio.LessThan(decimal.NewFromInt(5))
}

// lendUnit gives a bracketed bare number the unit and scale of the
// figure before it.
func lendUnit(a, prev *amount) {
	a.kind, a.currency, a.sign, a.perShare = prev.kind, prev.currency, prev.sign, prev.perShare
	if prev.kind == aPercent {
		a.value, a.decimals = a.value.Shift(-2), a.places+2
		return
	}
	if a.hasScale {
		return // its value is scaled already
	}
	a.exp, a.hasScale = prev.exp, prev.hasScale
	a.value, a.decimals = a.value.Shift(int32(prev.exp)), a.places-prev.exp
}

// pairRanges joins "A to B", "A - B", "between A and B" into ranges, and
// lends the high end's scale, currency and percent sign to a low end
// written without them ("$1.725 to $1.775 billion", "7.5 - 8.5%").
func (r *reader) pairRanges(as []amount, base int) {
	defer r.markPriorRanges(as, base)
	for k := 0; k+1 < len(as); k++ {
		a, b := &as[k], &as[k+1]
		if a.translation || b.translation || a.rangeOf >= 0 {
			continue
		}
		if n := r.revision(as, k, base); n > 0 {
			// the old figure or range is replaced; a new range after it
			// pairs as any range does
			for j := k; j < k+n; j++ {
				as[j].replaced = true
			}
			if n == 2 {
				a.rangeOf, b.rangeOf = base+k+1, base+k
				a.rangeLow = true
			}
			k += n - 1
			continue
		}
		join := r.skipAnnotation(a.hi) // "$14.69 [Phonetic] and $15.09"
		gap := b.lo - join
		if gap != 1 || a.kind == aBare && r.yearAt(a.lo) {
			continue
		}
		w := r.low(join)
		between := false
		for q := a.lo - 1; q >= max(0, a.lo-5); q-- {
			if x := r.low(q); x == "between" || x == "range" || x == "ranging" || x == "ranges" || x == "corridor" {
				between = true
				break
			}
		}
		// "from A to B" and "increased A to B" are changes, not ranges;
		// "to range from A to B" and "increased to A to B" are ranges
		if r.changeBefore(a.lo) && !between && !strings.EqualFold(r.tok(a.lo-1), "to") {
			continue
		}
		if !(w == "to" || w == "-" || w == "through" || w == "and" && between) {
			continue
		}
		if a.kind == aBare && (b.kind == aPercent || b.kind == aMoney) || a.kind == b.kind {
			if a.kind == aBare && b.kind == aPercent {
				a.kind = aPercent
				a.value = a.value.Shift(-2)
				a.decimals = a.places + 2
			}
			if !a.hasScale && b.hasScale && b.kind == aMoney {
				a.exp, a.hasScale = b.exp, true
				a.value = a.value.Shift(int32(b.exp))
				a.decimals = a.places - b.exp
				a.kind = aMoney
			}
			if a.currency == "" {
				a.currency, a.sign = b.currency, b.sign
			}
			if b.currency == "" {
				b.currency, b.sign = a.currency, a.sign
			}
			if a.kind == aBare && b.kind == aMoney {
				a.kind = aMoney
			}
			if a.perShare || b.perShare {
				a.perShare, b.perShare = true, true
			}
			a.rangeOf, b.rangeOf = base+k+1, base+k
			a.rangeLow = true
			k++
		}
	}
}

// revision reports an outlook revised from old figures to new ones at
// figure k: "raising our guidance from $2.40 to $2.60 per share to $2.55
// to $2.65", "we increased our revenue guidance from $4.1 billion to $4.3
// billion". It returns how many figures are old (1, or 2 for a range),
// 0 when none.
func (r *reader) revision(as []amount, k, base int) int {
	a := as[k]
	to := func(i, j int) bool { return r.toAfter(as, i, j) }
	if k >= 2 && as[k-1].rangeOf == base+k-2 && a.lo >= 2 && r.low(a.lo-1) == "from" && !r.rangeFrom(a) && to(k, k+1) && r.revisingBefore(a.lo-1, 20) {
		// "raising revenue guidance to $2.49 billion to $2.50 billion,
		// from $2.44 billion to $2.46 billion": the new range first, the
		// old one after it
		return 2
	}
	if a.lo < 2 || r.low(a.lo-1) != "from" || r.rangeFrom(a) || !r.revisingBefore(a.lo-1, 10) || !guidanceIn(r, r.sentHits(r.sentenceOf(a.lo))) {
		return 0 // "revenue increased from $4.1 billion to $4.3 billion": a change of actuals
	}
	switch {
	case to(k, k+1) && to(k+1, k+2):
		return 2 // from A to B to C …
	case to(k, k+1):
		return 1 // from A to B
	}
	return 0
}

// toAfter reports figure j right after figure i and "to": "from A to B".
func (r *reader) toAfter(as []amount, i, j int) bool {
	next := r.skipAnnotation(as[i].hi)
	return j < len(as) && r.low(next) == "to" && as[j].lo == next+1
}

// rangeFrom reports "range from" or "ranging from" right before a figure:
// a range stated, not a figure revised from.
func (r *reader) rangeFrom(a amount) bool {
	return a.lo >= 2 && strings.HasPrefix(r.low(a.lo-2), "rang")
}

// markPriorRanges marks the ranges a sentence says are an outlook given
// before: "versus $3.38 to $3.46 last quarter", "up from 23.5% to 24.5%
// in our prior guidance", "the outlook of $3.70 to $3.80 we gave at the
// start of the year".
func (r *reader) markPriorRanges(as []amount, base int) {
	for k := range as {
		a := &as[k]
		if a.rangeOf != base+k+1 || k+1 >= len(as) {
			continue // the low end of a range written in order
		}
		b := &as[k+1]
		if r.priorOutlookAfter(b.hi) || r.comparedRangeBefore(as, k) {
			a.replaced, b.replaced = true, true
		}
	}
	// "up from 23.5% to 24.5% in our prior guidance": a movement's two
	// figures, the old outlook's
	for k := 0; k+1 < len(as); k++ {
		a, b := &as[k], &as[k+1]
		if a.rangeOf < 0 && b.rangeOf < 0 && a.lo >= 1 && r.low(a.lo-1) == "from" && r.toAfter(as, k, k+1) && r.priorOutlookAfter(b.hi) {
			a.replaced, b.replaced = true, true
		}
	}
}

// priorOutlookAfter reports words that date an outlook before the one in
// force, within five tokens from k: "last quarter", "in our prior
// guidance", "we gave at the start of the year".
func (r *reader) priorOutlookAfter(k int) bool {
	s := r.sents[r.sentenceOf(max(k-1, 0))]
	q := k
	for q < min(s.hi, k+3) && (r.low(q) == "in" || r.low(q) == "our" || r.low(q) == "the" || r.low(q) == "that") {
		q++ // "in our prior guidance"; not ", compared to our initial guidance range of …"
	}
	for _, words := range priorOutlookPhrases {
		if q < s.hi && r.wordsAt(q, words) {
			return true
		}
	}
	return false
}

// comparedRangeBefore reports a range set against another range before
// it in a sentence that revises an outlook: "raising … to $3.52 to $3.58,
// versus $3.38 to $3.46".
func (r *reader) comparedRangeBefore(as []amount, k int) bool {
	a := as[k]
	if k < 2 || as[k-2].rangeOf < 0 || a.lo < 1 {
		return false
	}
	w := r.low(a.lo - 1)
	if w != "versus" && w != "vs" && w != "from" || a.lo-as[k-1].hi > 4 || r.rangeFrom(a) {
		return false // "…, which means Q4 revenue should range from $280 million to $310 million": another outlook
	}
	return r.revisingBefore(a.lo-1, 20) && guidanceIn(r, r.sentHits(r.sentenceOf(a.lo)))
}

// revisingBefore reports a verb that revises an outlook among the n
// words before token i of its sentence: "raising", "narrowed", "update".
func (r *reader) revisingBefore(i, n int) bool {
	lo := r.sents[r.sentenceOf(i)].lo
	for k := i - 1; k >= max(lo, i-n); k-- {
		if w := r.low(k); revisingVerb(w) {
			return true
		}
	}
	return false
}

// skipAnnotation returns the token after a transcriber's note in
// brackets at token k ("[Phonetic]", "[indiscernible]", "[ph]"), or k.
func (r *reader) skipAnnotation(k int) int {
	if !r.isPunct(k, '[') {
		return k
	}
	for j := k + 1; j < min(k+5, len(r.toks)); j++ {
		if r.isPunct(j, ']') {
			return j + 1
		}
		if r.toks[j].kind != tWord {
			return k
		}
	}
	return k
}

// digitsOf returns the digits of a written number and its decimal places.
func digitsOf(s string) (string, int) {
	s = strings.ReplaceAll(s, ",", "")
	places := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		places = len(s) - i - 1
		s = s[:i] + s[i+1:]
	}
	return strings.TrimLeft(s, "-"), places
}

func trailingZeros(digits string) int {
	n := 0
	for i := len(digits) - 1; i > 0 && digits[i] == '0'; i-- {
		n++
	}
	return n
}

// irregularGrouping reports a number whose first group has more than
// three digits: "1159,500,000".
func irregularGrouping(s string) bool {
	i := strings.IndexByte(s, ',')
	return i > 3
}

// GroupDigits puts thousands separators into a decimal string's integer
// part: "-1234567.5" is "-1,234,567.5".
func GroupDigits(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	frac := ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String() + frac
	if neg {
		out = "-" + out
	}
	return out
}

func scaleName(exp int) string {
	switch exp {
	case 3:
		return " thousand"
	case 6:
		return " million"
	case 9:
		return " billion"
	case 12:
		return " trillion"
	}
	return ""
}

// changeBefore reports "from", or a verb of change, within two words before
// token i.
func (r *reader) changeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch r.low(k) {
		case "from", "increased", "decreased", "grew", "rose", "fell", "declined", "improved", "up", "down", "by", "raised", "lowered", "narrowed", "widened":
			return true
		}
	}
	return false
}
