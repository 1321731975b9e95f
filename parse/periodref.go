package parse

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// periodRef is a period expression as written, before it is resolved
// against the document's period: "the same period of 2023", "Q4 FY21",
// "six months ended June 30, 2024", "last quarter", "(H1 2024: …)".
type periodRef struct {
	lo, hi  int        // tokens
	word    periodWord // what it names
	year    int        // an explicit (fiscal) year; 0 when none
	years   []int      // a list of years: "2023 and 2024"
	date    Date       // an explicit day: instants, "ended June 30, 2024"
	hasDate bool
	// monthEnd: the date is a month's end the text did not write as a
	// day ("at the end of December")
	monthEnd bool
	label    bool // followed by a colon: "(previous year: EUR 43.7 million)"
	endOf    bool // "at the end of the first half": the instant the period ends
	// yearsBack counts back from the document's year: "the first quarter
	// last year" is 1.
	yearsBack int
	thisYear  bool // "of the year", "of this year"
}

// ofThisYear returns how many tokens of "of the year", "of this year", "of
// the fiscal year" start at token j, or 0.
func (r *reader) ofThisYear(j, hi int) int {
	if j+2 >= hi || !strings.EqualFold(r.tok(j), "of") {
		return 0
	}
	k := j + 1
	if w := r.low(k); w != "the" && w != "this" {
		return 0
	}
	k++
	if w := r.low(k); w == "fiscal" || w == "financial" || w == "current" {
		k++
	}
	if k < hi && strings.EqualFold(r.tok(k), "year") {
		return k + 1 - j
	}
	return 0
}

// plural reports a period word written in the plural at token k:
// "years", "quarters".
func (r *reader) plural(k int) bool {
	w := r.low(k)
	return w == "years" || w == "quarters"
}

// periodHitThrough reports a period phrase that starts at token k and
// runs past token end.
func (r *reader) periodHitThrough(hits []hit, k, end int) bool {
	for _, h := range hits {
		if h.lo == k && h.hi > end && r.entry(h).kind == ePeriod {
			return true
		}
	}
	return false
}

// isMarker reports whether the reference only says how comparatives run
// ("year over year") rather than naming a period.
func (p periodRef) isMarker() bool { return p.word == pwYoY || p.word == pwQoQ }

// isInstant reports whether the reference names a point in time.
func (p periodRef) isInstant() bool {
	return p.word == pwAsOf || p.word == pwPeriodEnd || p.word == pwYearEnd || p.word == pwNone && p.hasDate || p.endOf
}

// periodsIn reads every period expression in tokens [lo, hi) given the
// lexicon hits that fall there. Amount tokens are never years.
func (r *reader) periodsIn(lo, hi int, hits []hit, amts []amount) []periodRef {
	// amounts and hits are in token order: cursors walk them with i
	ak := 0
	inAmount := func(i int) bool {
		for ak < len(amts) && amts[ak].hi <= i {
			ak++
		}
		for k := ak; k < len(amts) && amts[k].lo <= i; k++ {
			if i < amts[k].hi && (amts[k].currency != "" || amts[k].hasScale || amts[k].kind == aPercent) {
				return true
			}
		}
		return false
	}
	var refs []periodRef
	hk := 0
	hitAt := func(i int) *hit {
		for hk < len(hits) && hits[hk].lo < i {
			hk++
		}
		for k := hk; k < len(hits) && hits[k].lo == i; k++ {
			if e := r.entry(hits[k]); e.kind == ePeriod || e.kind == eMonth {
				return &hits[k]
			}
		}
		return nil
	}
	for i := lo; i < hi; i++ {
		var ref periodRef
		ok := false
		if h := hitAt(i); h != nil {
			e := r.entry(*h)
			if e.kind == eMonth {
				if ref, ok = r.readMonthRange(h, hi); !ok {
					ref, ok = r.readDate(i, hi, h)
				}
			} else {
				ref, ok = r.readPeriodWord(i, hi, h, e.period, lo)
				if ok && (e.period == pwThisYear || e.period == pwThisQuarter) && r.plural(h.hi-1) {
					ok = false // "the years ahead", "in the quarters to come": no one period
				}
				if ok && r.periodHitThrough(hits, ref.hi-1, ref.hi) {
					// "The year-over-year increase", "fiscal year-to-date",
					// "the first quarter one year ago": the longer phrase
					// its last word opens
					ok = false
				}
			}
		} else if t := r.toks[i]; t.kind == tNum || t.end-t.start == 1 {
			// only a number or a single letter ("Q", "H") starts a form
			// written without lexicon words
			ref, ok = r.readPeriodToken(i, lo, hi, inAmount)
		}
		if !ok {
			continue
		}
		if r.inARow(ref.hi, hi) {
			i = ref.hi - 1
			continue // "for the third quarter in a row": a count, no period
		}
		// "(H1 2024(1): EUR 3.9 million)": a footnote's mark between a label
		// and its colon changes nothing
		if colon := r.skipFootnote(ref.hi, hi); colon < hi && r.isPunct(colon, ':') {
			ref.label = true
			ref.hi = colon
		}
		// "the first quarter last year", "the fourth quarter of the prior
		// year", "the second quarter last fiscal year"
		if n := len(refs); n > 0 && ref.word == pwPriorYear {
			prev := &refs[n-1]
			if prev.year == 0 && !prev.hasDate && r.onlyFillers(prev.hi, ref.lo) && (prev.word >= pwQ1 && prev.word <= pwNineMonths) {
				prev.yearsBack, prev.hi = 1, ref.hi
				i = ref.hi - 1
				continue
			}
		}
		// "YTD Q3 2024": the year up to the quarter's end
		if n := len(refs); n > 0 && refs[n-1].word == pwYearToDate && refs[n-1].hi == ref.lo && quarterOf(ref.word) > 0 {
			ref.lo = refs[n-1].lo
			ref.word = [...]periodWord{pwQ1, pwH1, pwNineMonths, pwFullYear}[quarterOf(ref.word)-1]
			refs = refs[:n-1]
		}
		// "2021's first quarter", "in 2020's fourth quarter": the quarter of
		// the possessive year
		if n := len(refs); n > 0 && refs[n-1].word == pwYear && refs[n-1].year != 0 && ref.year == 0 && !ref.hasDate &&
			ref.word >= pwQ1 && ref.word <= pwNineMonths && r.possessiveAt(refs[n-1].hi) && refs[n-1].hi+2 == ref.lo {
			ref.lo, ref.year = refs[n-1].lo, refs[n-1].year
			refs = refs[:n-1]
		}
		// "fiscal 2021 fourth quarter": the quarter took the year the
		// fiscal year phrase read
		if n := len(refs); n > 0 && refs[n-1].word == pwFullYear && ref.lo < refs[n-1].hi && ref.year == refs[n-1].year {
			ref.lo = refs[n-1].lo
			refs = refs[:n-1]
		}
		refs = append(refs, ref)
		i = ref.hi - 1
	}
	return refs
}

// onlyFillers reports only "of", "the", "in" between tokens from and to
// (at most two): "the fourth quarter of the prior year".
func (r *reader) onlyFillers(from, to int) bool {
	if to < from || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		switch r.low(k) {
		case "of", "the", "in":
		default:
			return false
		}
	}
	return true
}

// inARow reports "in a row" at token k: "the third quarter in a row".
func (r *reader) inARow(k, hi int) bool {
	return k+2 < hi && strings.EqualFold(r.tok(k), "in") && strings.EqualFold(r.tok(k+1), "a") && strings.EqualFold(r.tok(k+2), "row")
}

// skipFootnote returns the token after a footnote's mark at token k ("(1)",
// "[7]", "*", "¹"), or k.
func (r *reader) skipFootnote(k, hi int) int {
	switch {
	case k < hi && r.isPunct(k, '*'):
		return k + 1
	case k+2 < hi && (r.isPunct(k, '(') && r.isPunct(k+2, ')') || r.isPunct(k, '[') && r.isPunct(k+2, ']')) && r.toks[k+1].kind == tNum && len(r.tok(k+1)) <= 2:
		return k + 3
	}
	return k
}

// yearAfter reads a year that follows token j, skipping "of", "the",
// "fiscal", "FY", "financial", "year", "calendar", "report", "results":
// "first quarter of fiscal 2021", "Q4 FY21", "Q2 '23", "full year 2025",
// "2025/2026", "Half-Year Report 2025".
// It returns the year and the token after it.
func (r *reader) yearAfter(j, hi int, fiscal bool) (int, int) {
	for k := j; k < hi && k < j+5; k++ {
		w := r.tok(k)
		switch strings.ToLower(w) {
		case "of", "the", "fiscal", "fy", "financial", "year", "calendar", "in", "for", "/",
			"report", "results": // a title: "Half-Year Report 2025", "Q3 Results 2024"
			if strings.EqualFold(w, "fiscal") || strings.EqualFold(w, "fy") {
				fiscal = true
			}
			continue
		case "'":
			if k+1 < hi && r.toks[k+1].kind == tNum && len(r.tok(k+1)) == 2 {
				return 2000 + atoi(r.tok(k+1)), k + 2
			}
			return 0, j
		}
		if r.toks[k].kind == tNum {
			if y, ok := yearOf(w); ok {
				// "2025/2026 financial year", "fiscal year 2024/25": the
				// year it ends
				if k+2 < hi && r.splitYearAt(k+1, y) {
					r.splitYear = true
					return y + 1, k + 3
				}
				return y, k + 1
			}
			if len(w) == 2 && (fiscal || r.attached(k)) {
				return 2000 + atoi(w), k + 1
			}
		}
		return 0, j
	}
	return 0, j
}

// yearBefore reads a year right before token j: "the 2025 financial year",
// "2025/2026 financial year", "2021 first quarter".
func (r *reader) yearBefore(j, lo int) (int, int) {
	k := j - 1
	if k < lo || r.toks[k].kind != tNum {
		return 0, j
	}
	y, ok := yearOf(r.tok(k))
	if !ok {
		// "the 2024/25 financial year"
		if y0, ok := yearOf(r.tok(max(k-2, 0))); ok && k-2 >= lo && r.splitYearAt(k-1, y0) {
			r.splitYear = true
			return y0 + 1, k - 2
		}
		return 0, j
	}
	if k-2 >= lo && r.isPunct(k-1, '/') {
		if y0, ok := yearOf(r.tok(k - 2)); ok && y0 == y-1 {
			r.splitYear = true
			return y, k - 2
		}
	}
	return y, k
}

// splitYearAt reports the second half of a year written over two, at the
// slash or dash k after year y: "2024/2025", "2024/25", "2024-25"; not
// "the 2020-2021 ski season", two years a season spans.
func (r *reader) splitYearAt(k, y int) bool {
	slash, dash := r.isPunct(k, '/'), r.isPunct(k, '-') && r.attached(k) && r.attached(k+1)
	if !slash && !dash || k+1 >= len(r.toks) || r.toks[k+1].kind != tNum {
		return false
	}
	w := r.tok(k + 1)
	if y2, ok := yearOf(w); ok {
		return slash && y2 == y+1
	}
	return len(w) == 2 && atoi(w) == (y+1)%100
}

func (r *reader) readPeriodWord(i, hi int, h *hit, w periodWord, lo int) (periodRef, bool) {
	ref := periodRef{lo: h.lo, hi: h.hi, word: w}
	switch w {
	case pwQ1, pwQ2, pwQ3, pwQ4, pwH1, pwH2, pwNineMonths, pwFullYear, pwYearToDate:
		if y, next := r.yearAfter(h.hi, hi, false); y != 0 {
			ref.year, ref.hi = y, next
		} else if y, start := r.yearBefore(h.lo, lo); y != 0 {
			ref.year, ref.lo = y, start
		} else if n := r.ofThisYear(h.hi, hi); n > 0 {
			// "the first half of the year": this fiscal year's
			ref.hi, ref.thisYear = h.hi+n, true
		}
		r.readEnded(&ref, hi)
		r.readYearList(&ref, hi)
		return ref, true
	case pwFiscal, pwYear:
		y, next := r.yearAfter(h.hi, hi, w == pwFiscal)
		if y == 0 {
			return ref, false
		}
		ref.word, ref.year, ref.hi = pwFullYear, y, next
		// "fiscal 2022 first quarter"
		return ref, true
	case pwYearEnd:
		// "since year-end 2020": that year's end
		if y, next := r.yearAfter(h.hi, hi, false); y != 0 {
			ref.year, ref.hi = y, next
		}
		return ref, true
	case pwSamePeriodOf:
		y, next := r.yearAfter(h.hi, hi, false)
		if y == 0 {
			ref.word = pwPriorYear
			return ref, true
		}
		ref.year, ref.hi = y, next
		return ref, true
	case pwAsOf, pwEnded:
		// "as of June 30, 2025", "as of the end of the quarter"
		for k := h.hi; k < min(hi, h.hi+3); k++ {
			if d, ok := r.dateAt(k, hi); ok {
				ref.word, ref.date, ref.hasDate, ref.hi, ref.monthEnd = pwAsOf, d.date, true, d.hi, d.monthEnd
				return ref, true
			}
		}
		// "at the end of 2020": the year's end
		if w == pwAsOf && strings.Contains(strings.ToLower(r.text[h.start:h.end]), "end") {
			if y, next := r.yearAfter(h.hi, hi, false); y != 0 {
				ref.word, ref.year, ref.hi, ref.endOf = pwFullYear, y, next, true
				return ref, true
			}
		}
		// "at the end of the first half of the year": the period's end
		if w == pwAsOf {
			k := sort.Search(len(r.hits), func(k int) bool { return r.hits[k].lo >= h.hi })
			for _, g := range r.hits[k:] {
				if g.lo > h.hi+1 {
					break
				}
				if e := r.entry(g); e.kind == ePeriod && e.period != pwAsOf {
					inner, ok := r.readPeriodWord(g.lo, hi, &g, e.period, lo)
					if ok && !inner.isInstant() {
						inner.lo, inner.endOf = h.lo, true
						return inner, true
					}
				}
			}
		}
		return ref, w == pwAsOf
	case pwQuarterOf:
		// "quarter ended October 31": a quarter ending on a date
		if d, ok := r.endedDate(h.hi, hi); ok {
			ref.word, ref.date, ref.hasDate, ref.hi, ref.monthEnd = pwThisQuarter, d.date, true, d.hi, d.monthEnd
			return ref, true
		}
		return ref, false
	case pwThisQuarter:
		// "the quarter ended October 31, 2021", "three months ended July 31"
		r.readEnded(&ref, hi)
	case pwThisYear:
		// "the year ended December 31, 2024": that fiscal year
		if r.readEnded(&ref, hi); ref.hasDate {
			ref.word = pwFullYear
		}
	case pwNone:
		return ref, false
	}
	return ref, true
}

// readEnded extends a reference with "ended June 30, 2024"; the phrase may
// hold "ended" itself ("six months ended").
func (r *reader) readEnded(ref *periodRef, hi int) {
	if d, ok := r.endedDate(ref.hi, hi); ok {
		ref.date, ref.hasDate, ref.hi, ref.monthEnd = d.date, true, d.hi, d.monthEnd
		return
	}
	if last := r.low(ref.hi - 1); last == "ended" || last == "ending" {
		if d, ok := r.dateAt(r.skipOn(ref.hi, hi), hi); ok {
			ref.date, ref.hasDate, ref.hi, ref.monthEnd = d.date, true, d.hi, d.monthEnd
		}
	}
}

// readYearList extends "the first six months of 2023 and 2024".
func (r *reader) readYearList(ref *periodRef, hi int) {
	if ref.year <= 0 {
		return
	}
	k := ref.hi
	years := []int{ref.year}
	for k+1 < hi && (strings.EqualFold(r.tok(k), "and") || r.isPunct(k, ',')) {
		y, ok := yearOf(r.tok(k + 1))
		if !ok {
			break
		}
		years = append(years, y)
		k += 2
	}
	if len(years) > 1 {
		ref.years, ref.hi = years, k
	}
}

type dateMatch struct {
	date Date
	hi   int
	// monthEnd marks a month read as its last day ("at the end of
	// December"): good for dating a balance, too loose to date a document
	monthEnd bool
}

// endedDate reads "ended June 30, 2024" at token j, or ", which ended
// June 28, 2025" ("our third quarter of fiscal 2025, which ended June 28,
// 2025").
func (r *reader) endedDate(j, hi int) (dateMatch, bool) {
	if k := j; k+2 < hi && r.isPunct(k, ',') && (strings.EqualFold(r.tok(k+1), "which") || strings.EqualFold(r.tok(k+1), "that")) {
		j = k + 2
	} else if k+1 < hi && strings.EqualFold(r.tok(k), "which") || k+1 < hi && strings.EqualFold(r.tok(k), "that") {
		j = k + 1
	}
	if j < hi && (strings.EqualFold(r.tok(j), "ended") || strings.EqualFold(r.tok(j), "ending")) {
		return r.dateAt(r.skipOn(j+1, hi), hi)
	}
	return dateMatch{}, false
}

// skipOn passes over an "on" at token k before the day a period ended:
// "our third quarter of fiscal 2025 ended on June 29, 2025".
func (r *reader) skipOn(k, hi int) int {
	if k < hi && strings.EqualFold(r.tok(k), "on") {
		return k + 1
	}
	return k
}

// dateAt reads a date at token j: "June 30, 2024", "30 June 2025",
// "December31,2024", "November 30th" (year 0 when not written).
func (r *reader) dateAt(j, hi int) (dateMatch, bool) {
	if j >= hi {
		return dateMatch{}, false
	}
	if r.toks[j].kind == tNum {
		// "as of 31.12.2025", "(30.06.2024: EUR 776.9 million)": a day
		// written in numbers, day first, as European releases do
		if m := dottedDateRE.FindStringSubmatch(r.tok(j)); m != nil {
			d, mo, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
				return dateMatch{Date{y, time.Month(mo), d}, j + 1, false}, true
			}
		}
	}
	month := func(k int) int { return r.monthAt(k, hi) }
	day := func(k int) (int, int) {
		if k >= hi || r.toks[k].kind != tNum {
			return 0, k
		}
		d := atoi(r.tok(k))
		if d < 1 || d > 31 || len(r.tok(k)) > 2 {
			return 0, k
		}
		k++
		if k < hi && r.toks[k].kind == tWord && r.attached(k) {
			switch r.low(k) {
			case "st", "nd", "rd", "th":
				k++
			}
		}
		return d, k
	}
	year := func(k int) (int, int) {
		if k < hi && r.isPunct(k, ',') {
			k++
		}
		if k < hi {
			if y, ok := yearOf(r.tok(k)); ok {
				return y, k + 1
			}
		}
		return 0, k
	}
	if m := month(j); m > 0 {
		k := j + 1
		if r.isPunct(k, '.') {
			k++
		}
		if d, next := day(k); d > 0 {
			y, end := year(next)
			if y == 0 {
				end = next
			}
			return dateMatch{Date{y, time.Month(m), d}, end, false}, true
		}
		if j >= 1 && (r.low(j-1) == "ended" || j >= 2 && r.low(j-1) == "of" && r.low(j-2) == "end") {
			// "at the end of December", "we ended March with": the
			// month's last day
			y, end := year(k)
			if y == 0 {
				end = k
			}
			return dateMatch{Date{y, time.Month(m), monthEndDay(y, time.Month(m))}, end, true}, true
		}
		return dateMatch{}, false
	}
	if d, next := day(j); d > 0 {
		if m := month(next); m > 0 {
			y, end := year(next + 1)
			if y == 0 {
				end = next + 1
			}
			return dateMatch{Date{y, time.Month(m), d}, end, false}, true
		}
	}
	return dateMatch{}, false
}

// monthAt returns the month a word at token k names ("September",
// "Sep", "Sept"), 1 to 12, or 0.
func (r *reader) monthAt(k, hi int) int {
	if k >= hi || r.toks[k].kind != tWord || r.toks[k].end-r.toks[k].start < 3 {
		return 0
	}
	// months begin with these letters; most words do not, and need no lowering
	if c := r.text[r.toks[k].start] | 0x20; !strings.ContainsRune("jfmasond", rune(c)) && !r.toks[k].has(fGlued) {
		return 0
	}
	w := r.low(k)
	// a month glued to words before it: "asofDecember"
	for i, m := range monthLexicon {
		lm := strings.ToLower(m)
		if w == lm || len(w) >= 3 && strings.HasPrefix(lm, w) && len(w) <= len(lm) && (len(w) == 3 || w == "sept") ||
			r.toks[k].has(fGlued) && strings.HasSuffix(w, lm) {
			return i + 1
		}
	}
	return 0
}

// readMonthRange reads a run of months written as its first and last
// ("January–September 2025", "Jul-Sep", "April to June") at the month
// hit h: the period that ends with the last month's end, like "the
// nine months ended September 30, 2025".
func (r *reader) readMonthRange(h *hit, hi int) (periodRef, bool) {
	k := h.hi
	dotted := r.isPunct(k, '.') // "Jan.-Sep."
	if dotted {
		k++
	}
	if k+1 >= hi || !(r.isPunct(k, '-') || r.low(k) == "to" || r.low(k) == "through") {
		return periodRef{}, false
	}
	from, to := r.monthAt(h.lo, hi), r.monthAt(k+1, hi)
	if from == 0 || to == 0 {
		return periodRef{}, false
	}
	// the period its length makes: "July–September" is a quarter
	w := monthsWord[strconv.Itoa((to-from+12)%12+1)]
	if w == pwNone {
		return periodRef{}, false
	}
	end := k + 2
	if dotted && r.isPunct(end, '.') {
		end++
	}
	y, next := r.yearAfter(end, hi, false)
	if y != 0 {
		end = next
	}
	d := Date{y, time.Month(to), monthEndDay(y, time.Month(to))}
	// without a year ("the April to June period") the months are too loose
	// to date the document or fix its fiscal year's end (see writtenRefs)
	return periodRef{lo: h.lo, hi: end, word: w, year: y, date: d, hasDate: true, monthEnd: y == 0}, true
}

// dottedDateRE finds a day written "31.12.2025".
var dottedDateRE = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$`)

// readDate reads a date that starts with a month hit.
func (r *reader) readDate(i, hi int, h *hit) (periodRef, bool) {
	d, ok := r.dateAt(h.lo, hi)
	if !ok {
		return periodRef{}, false
	}
	return periodRef{lo: h.lo, hi: d.hi, word: pwNone, date: d.date, hasDate: true, monthEnd: d.monthEnd}, true
}

// readPeriodToken reads the period forms written without lexicon words:
// "Q2 2023", "Q2'23", "2Q23", "H1 2024", "9M 2025", "in 2024", "30 June
// 2025", "(2024: …)".
func (r *reader) readPeriodToken(i, lo, hi int, inAmount func(int) bool) (periodRef, bool) {
	t := r.toks[i]
	w := r.tok(i)
	ref := periodRef{lo: i, hi: i + 1}
	switch {
	case t.kind == tWord && (w == "Q" || w == "H" || w == "q") && i+1 < hi && r.toks[i+1].kind == tNum && r.attached(i+1):
		n := atoi(r.tok(i + 1))
		switch {
		case (w == "Q" || w == "q") && n >= 1 && n <= 4:
			ref.word = pwQ1 + periodWord(n-1)
		case w == "H" && n >= 1 && n <= 2:
			ref.word = pwH1 + periodWord(n-1)
		default:
			return ref, false
		}
		ref.hi = i + 2
		if y, next := r.yearAfter(i+2, hi, false); y != 0 {
			ref.year, ref.hi = y, next
		}
		return ref, true
	case t.kind == tNum && i+1 < hi && r.attached(i+1) && (r.tok(i+1) == "Q" || r.tok(i+1) == "H" || r.tok(i+1) == "M"):
		n := atoi(w)
		switch {
		case r.tok(i+1) == "Q" && n >= 1 && n <= 4:
			ref.word = pwQ1 + periodWord(n-1)
		case r.tok(i+1) == "H" && n >= 1 && n <= 2:
			ref.word = pwH1 + periodWord(n-1)
		case r.tok(i+1) == "M" && n == 9:
			ref.word = pwNineMonths
		default:
			return ref, false
		}
		ref.hi = i + 2
		if y, next := r.yearAfter(i+2, hi, false); y != 0 {
			ref.year, ref.hi = y, next
		}
		return ref, true
	case t.kind == tNum && i+1 < hi && strings.EqualFold(r.tok(i+1), "weeks") && weeksWord[r.tok(i)] != pwNone && i+2 < hi && (r.low(i+2) == "ended" || r.low(i+2) == "ending"):
		// "13 weeks ended November 1, 2025": a retailer's quarter
		ref.word, ref.hi = weeksWord[r.tok(i)], i+2
		r.readEnded(&ref, hi)
		return ref, true
	case t.kind == tNum && i+1 < hi && strings.EqualFold(r.tok(i+1), "months") && monthsWord[r.tok(i)] != pwNone:
		// "the 9 months 2025", "6 months ended June 30"
		ref.word, ref.hi = monthsWord[r.tok(i)], i+2
		if y, next := r.yearAfter(i+2, hi, false); y != 0 {
			ref.year, ref.hi = y, next
		}
		r.readEnded(&ref, hi)
		return ref, true
	case t.kind == tNum && !inAmount(i):
		if d, ok := r.dateAt(i, hi); ok {
			return periodRef{lo: i, hi: d.hi, date: d.date, hasDate: true, monthEnd: d.monthEnd}, true
		}
		y, ok := yearOf(w)
		if !ok || t.has(fGrouped) {
			return ref, false
		}
		prev := ""
		if i > lo {
			prev = r.low(i - 1)
		}
		after := i + 1
		// a year over two as a label or in brackets, as a results
		// announcement sets its comparatives ("(2023/24: EUR 1,371.9
		// million)"); not "the 2021/2022 season"
		split := i+2 < hi && r.splitYearAt(i+1, y) && (r.isPunct(i+3, ':') || prev == "(")
		if split {
			// "(2023/24: EUR 1,371.9 million)": the fiscal year ending in
			// the second
			y, after = y+1, i+3
			r.splitYear = true
		}
		label := r.isPunct(after, ':')
		list := i+2 < hi && strings.EqualFold(r.tok(i+1), "and") && r.yearAt(i+2)
		switch prev {
		case "in", "for", "of", "during", "since", "to", "from", "than", "(", "vs", "versus", "and", "over", "as", "year",
			"throughout", "into", "until", "enter", "entering", "on", "at", "toward", "towards":
		case "our", "the", "its", "a":
			// "our 2020 consolidated revenue", "the 2021 outlook", "a 2019
			// net loss of $348 million": a year before a measure or an
			// outlook
			if !r.measureOrOutlookAfter(after, hi) && !r.annualReportAfter(after) && !label && !list && !split {
				return ref, false
			}
		default:
			if n := r.yearResultsAfter(after, hi); n > 0 {
				// "Acme reports 2024 results", "2024 Full-Year Results": the
				// year's results
				ref.word, ref.year, ref.hi = pwFullYear, y, after+n
				return ref, true
			}
			if !label && !list && !split {
				return ref, false
			}
		}
		ref.word, ref.year = pwYear, y
		if split {
			ref.word, ref.hi = pwFullYear, after
		}
		r.readYearList(&ref, hi)
		return ref, true
	}
	return ref, false
}

// yearResultsAfter returns how many tokens from k say "results" of a year:
// "results", "annual results", "full-year results", "financial
// results", "earnings"; 0 when they do not.
func (r *reader) yearResultsAfter(k, hi int) int {
	for q := k; q < min(hi, k+4); q++ {
		switch r.low(q) {
		case "full", "-", "year", "annual", "financial", "preliminary":
			continue
		case "results", "earnings":
			return q + 1 - k
		}
		return 0
	}
	return 0
}

// measureOrOutlookAfter reports a concept's name or an outlook's word
// within three words from token k: "2020 consolidated revenue", "2021
// guidance".
func (r *reader) measureOrOutlookAfter(k, hi int) bool {
	for q := k; q < min(hi, k+3); q++ {
		if r.namesGuidance(q) || r.conceptAt(q) {
			return true
		}
	}
	return false
}

// weeksWord names the periods of a year of 52 or 53 weeks written as a
// number of weeks: "13 weeks ended", "39 weeks ended".
var weeksWord = map[string]periodWord{"13": pwThisQuarter, "14": pwThisQuarter, "26": pwH1, "27": pwH1, "39": pwNineMonths, "40": pwNineMonths, "52": pwFullYear, "53": pwFullYear}

// monthsWord names the periods written as a number of months.
var monthsWord = map[string]periodWord{"3": pwThisQuarter, "6": pwH1, "9": pwNineMonths, "12": pwFullYear}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// anchor is the period that relative words in a sentence are counted from.
type anchor struct {
	period Period
	kind   PeriodKind
}

// resolve turns a reference into a period. forecast says whether the
// figure is guidance (an unqualified "second quarter" then lies ahead);
// base is the sentence's own period, or the document's.
func (c *Context) resolve(ref periodRef, forecast bool, base anchor) (Period, bool) {
	if ref.endOf {
		ref.endOf = false
		p, ok := c.resolve(ref, forecast, base)
		return InstantAt(p.End), ok
	}
	cal := c.Calendar
	docEnd := c.Period.End
	docFY := cal.FiscalYearOf(docEnd)
	// nearest picks, for a period named without a year, the latest one that
	// has ended by the document's period (or, for guidance, the first that
	// has not).
	nearest := func(of func(fy int) Period) Period {
		if forecast {
			for fy := docFY - 1; fy <= docFY+2; fy++ {
				if p := of(fy); docEnd.Before(p.End) {
					return p
				}
			}
		}
		for fy := docFY + 1; fy >= docFY-2; fy-- {
			if p := of(fy); !docEnd.Before(p.End) {
				return p
			}
		}
		return of(docFY)
	}
	named := func(of func(fy int) Period) (Period, bool) {
		if ref.year > 0 {
			return of(ref.year), true
		}
		if ref.yearsBack > 0 {
			return of(cal.FiscalYearOf(base.period.End) - ref.yearsBack), true
		}
		if ref.thisYear {
			return of(docFY), true
		}
		if ref.hasDate && ref.date.Year > 0 {
			return of(cal.FiscalYearOf(ref.date)), true
		}
		return nearest(of), true
	}
	switch ref.word {
	case pwQ1, pwQ2, pwQ3, pwQ4:
		q := int(ref.word-pwQ1) + 1
		return named(func(fy int) Period { return cal.Quarter(fy, q) })
	case pwH1:
		if ref.hasDate && ref.date.Year > 0 {
			return monthsEnding(closingMonthEnd(ref.date), 6), true
		}
		return named(func(fy int) Period { return cal.Half(fy, 1) })
	case pwH2:
		return named(func(fy int) Period { return cal.Half(fy, 2) })
	case pwNineMonths:
		if ref.hasDate && ref.date.Year > 0 {
			return monthsEnding(closingMonthEnd(ref.date), 9), true
		}
		return named(cal.NineMonths)
	case pwFullYear:
		if ref.hasDate && ref.date.Year > 0 {
			return monthsEnding(closingMonthEnd(ref.date), 12), true
		}
		if ref.year > 0 {
			return cal.FiscalYear(ref.year), true
		}
		if forecast {
			// guidance for "the full year": the year not yet complete
			if p := cal.FiscalYear(docFY); docEnd.Before(p.End) {
				return p, true
			}
			return cal.FiscalYear(docFY + 1), true
		}
		return nearest(cal.FiscalYear), true
	case pwThisYear:
		return cal.FiscalYear(docFY), true
	case pwYearToDate:
		return Period{Start: cal.FiscalYear(docFY).Start, End: docEnd}, true
	case pwYear:
		if forecast && base.kind != QuarterPeriod {
			// "For 2025, Vireo confirms its guidance" in a report of nine
			// months: an outlook is for the year
			return cal.FiscalYear(ref.year), true
		}
		return c.yearLike(ref.year, base), true
	case pwSamePeriodOf:
		// "the same quarter of 2020": the sentence's kind of period, that year
		if base.kind == QuarterPeriod || base.kind == HalfPeriod {
			_, _, n := cal.Describe(base.period)
			if base.kind == QuarterPeriod {
				return cal.Quarter(ref.year, n), true
			}
			return cal.Half(ref.year, n), true
		}
		return c.yearLike(ref.year, base), true
	case pwThisQuarter:
		if ref.hasDate {
			d := ref.date
			if d.Year == 0 {
				d.Year = c.latestYear(d)
			}
			return monthsEnding(closingMonthEnd(d), 3), true
		}
		if base.kind == QuarterPeriod {
			return base.period, true
		}
		return monthsEnding(docEnd, 3), true
	case pwThisPeriod:
		return c.Period, true
	case pwPriorYear:
		return base.period.Shift(-12), true
	case pwPriorQuarter:
		p := base.period
		if base.kind != QuarterPeriod {
			p = monthsEnding(docEnd, 3)
		}
		return p.Shift(-3), true
	case pwNextQuarter:
		return monthsEnding(docEnd, 3).Shift(3), true
	case pwNextYear:
		return cal.FiscalYear(docFY + 1), true
	case pwPeriodEnd:
		return InstantAt(docEnd), true
	case pwYearEnd:
		fy := docFY
		if ref.year > 0 {
			fy = ref.year
		} else if !forecast && docEnd.Before(cal.FiscalYear(docFY).End) {
			fy = docFY - 1
		}
		return InstantAt(cal.FiscalYear(fy).End), true
	case pwAsOf, pwNone:
		if ref.hasDate {
			d := ref.date
			if d.Year == 0 {
				d.Year = c.latestYear(d)
			}
			return InstantAt(d), true
		}
	}
	return Period{}, false
}

// yearLike resolves a bare year to a period of the sentence's kind: "in
// 2023" in a half-year report is H1 2023, in an annual report FY2023.
func (c *Context) yearLike(y int, base anchor) Period {
	cal := c.Calendar
	switch base.kind {
	case HalfPeriod:
		_, _, n := cal.Describe(base.period)
		return cal.Half(y, n)
	case NineMonthPeriod:
		return cal.NineMonths(y)
	case QuarterPeriod:
		if base.period != c.Period {
			_, _, n := cal.Describe(base.period)
			return cal.Quarter(y, n)
		}
	}
	return cal.FiscalYear(y)
}

// callLag is how long after its quarter a call may speak of a balance
// as it stands: calls are held a few weeks after the quarter ends.
const callLag = 62

// latestYear gives a day written without a year the year that puts it
// at or before the document's period end: "November 30th" in a quarter
// ending 30 November 2021 is 2021; "August 31st" is 2021 too.
func (c *Context) latestYear(d Date) int {
	// a call speaks a month or so after its quarter: "as of October 25"
	// in a call on the quarter to September 30 is the update since
	end := c.Period.End
	if c.Kind == CallTranscript {
		end = end.AddDays(callLag)
	}
	for y := end.Year + 1; y > end.Year-3; y-- {
		if !end.Before(Date{y, d.Month, d.Day}) {
			return y
		}
	}
	return end.Year
}

// monthEndDay is the last day of month m of year y; of a February whose
// year is not known, the 28th.
func monthEndDay(y int, m time.Month) int {
	if y == 0 {
		y = 2001
	}
	return monthEnd(y, m, 0).Day
}

// writtenRefs are a sentence's period references with the days the text
// writes: a month's end read as a day ("at the end of December") dates a
// balance but is too loose to date the document, so the readers of the
// document's period see it undated.
func (r *reader) writtenRefs(si int) []periodRef {
	refs := r.sentRefs(si)
	for i, ref := range refs {
		if ref.monthEnd {
			refs = slices.Clone(refs)
			for k := i; k < len(refs); k++ {
				if refs[k].monthEnd {
					refs[k].hasDate, refs[k].date, refs[k].monthEnd = false, Date{}, false
				}
			}
			break
		}
	}
	return refs
}

// closingMonthEnd is the last day of the month a period ending on day d
// closes: a year of 52 or 53 weeks ends its periods on a weekday near a
// month's end, so "the thirty-nine weeks ended November 1, 2025" are the
// nine months to October 31.
func closingMonthEnd(d Date) Date {
	if d.Day > 0 && d.Day <= 7 {
		return monthEnd(d.Year, d.Month, -1)
	}
	return d
}
