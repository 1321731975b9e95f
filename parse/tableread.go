package parse

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// RuleTable names the reading of a figure from a table: its concept from
// the row's label (and the section above it), its period from the
// column's header, its scale from the caption.
const RuleTable = "table"

// cellNumber is what a cell says as a figure.
type cellNumber struct {
	value    decimal.Decimal
	decimals int
	percent  bool
	nil      bool   // "—": nothing, read as zero
	currency string // a sign in the cell: "$" is USD unless the document says otherwise
	year     bool   // a four-digit year, most likely a header
	// scaled marks a figure that writes its own scale ("£412.3m",
	// "$1.2bn"), exp its power of ten, over the table's
	scaled bool
	exp    int
	pence  bool // "13.6p": hundredths of the currency, per share
	// bound is the end of a guided range the figure is: a cell "$541
	// million – $545 million" gives two figures, Min and Max; floor marks
	// a bound alone ("at least $400 million"), with no other end
	bound Bound
	floor bool
}

var (
	cellNumberRE = regexp.MustCompile(`^\(?\s*(` + tableCurrencies + `)?\s*\(?\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \x{a0}\x{202f}]\d{3})+|\d+)(\.\d+)?(?:\s?(billion|million|thousand|bn|mn|m|k|p)\b)?\s*\)?\s*(%)?\s*\)?(?:\s*\(\d\)|\s*\*+)?$`)
	// cellRangeRE splits a cell of a guided range: "$541 million – $545
	// million", "16.5% – 17.0%", "$0.50 to $0.52"
	cellRangeRE = regexp.MustCompile(`^(.*\d\s*(?:%|[a-z]+)?)\s*(?:–|—|-|\bto\b)\s*(\S.*\d.*)$`)
	dashCellRE  = regexp.MustCompile(`^[$€£]?\s*[—–-]+\s*%?$`)
	// cellFootnoteRE finds a footnote's mark after a figure: "1,234 (1)".
	cellFootnoteRE = regexp.MustCompile(`^(.*\d\)?)\s+\((?:\d{1,2}|[a-z])\)$`)
)

// readCellNumber reads a cell as a figure: "94,036", "(1,234)" (negative),
// "$ 1.57", "12.5 %", "—" (nil). A cell of "$" or ")" alone is layout.
func readCellNumber(text string) (cellNumber, bool) {
	return readCell(text, true)
}

// readCell reads a cell's figure; ranged allows a guided range, whose
// low end it returns with its high end in a second figure (see
// readCellRange).
func readCell(text string, ranged bool) (cellNumber, bool) {
	text = strings.TrimSpace(text)
	for len(text) > 2 && (text[0] == '*' || text[0] == '_') && text[len(text)-1] == text[0] {
		text = strings.TrimSpace(text[1 : len(text)-1]) // "**64.2**": Markdown's bold, a total's
	}
	if !strings.ContainsAny(text, "0123456789") {
		if dashCellRE.MatchString(text) {
			return nilCell(text), true // "— %" is no change, not an amount
		}
		return cellNumber{}, false // a label: no figure, and no need of the patterns below
	}
	if m := cellFootnoteRE.FindStringSubmatch(text); m != nil {
		text = m[1] // "1,234 (1)": a footnote's mark
		if dashCellRE.MatchString(text) {
			return nilCell(text), true // "— (1)"
		}
	}
	text = strings.TrimPrefix(text, "+") // "+5.8%": a change up
	minus := false
	for _, sign := range []string{"-", "−", "–"} {
		if rest, ok := strings.CutPrefix(text, sign); ok && rest != "" && !strings.HasPrefix(rest, "(") {
			text, minus = strings.TrimLeft(rest, " "), true // "-7.5%", "−12.4": a minus sign, not a bracket
			break
		}
	}
	var bound Bound
	if ranged {
		// an outlook's cell: "approximately 20.5%", "at least $400 million"
		if q := cellQualifierRE.FindStringSubmatch(text); q != nil {
			text = text[len(q[0]):]
			switch strings.ToLower(strings.Join(strings.Fields(q[1]), " ")) {
			case "at least", "more than", "over", "above", "minimum of":
				bound = Min
			case "up to", "at most", "below", "less than", "maximum of":
				bound = Max
			}
		}
	}
	m := cellNumberRE.FindStringSubmatch(text)
	if m == nil {
		if lo, _, ok := readCellRange(text); ok && ranged && !minus {
			return lo, true
		}
		return cellNumber{}, false
	}
	digits := strings.NewReplacer(",", "", " ", "", "\u00a0", "", "\u202f", "").Replace(m[2])
	v, err := decimal.NewFromString(digits + m[3])
	if err != nil {
		return cellNumber{}, false
	}
	n := cellNumber{value: v, percent: m[5] != "", currency: cellCurrency(m[1])}
	if m[3] != "" {
		n.decimals = len(m[3]) - 1
	}
	switch m[4] {
	case "":
	case "p":
		n.pence = true // "13.6p": pence per share
	default:
		n.scaled, n.exp = true, tableScaleExp(m[4])
	}
	if minus || strings.HasPrefix(text, "(") || strings.HasSuffix(strings.TrimRight(text, "%* "), ")") && strings.Contains(text, "(") {
		n.value = n.value.Neg()
	}
	n.year = !minus && m[1] == "" && m[3] == "" && !strings.Contains(m[2], ",") && len(digits) == 4 && digits >= "1990" && digits <= "2100" && !strings.Contains(text, "(")
	if bound != Point {
		n.bound, n.year = bound, false
		n.floor = true
	}
	return n, true
}

// nilCell is a dash's cell: nothing, read as zero.
func nilCell(text string) cellNumber {
	return cellNumber{value: decimal.Zero, nil: true, percent: strings.HasSuffix(text, "%")}
}

// cellQualifierRE finds the word an outlook's cell sets before its figure.
var cellQualifierRE = regexp.MustCompile(`(?i)^(approximately|approx\.|about|around|roughly|~|at\s+least|more\s+than|over|above|minimum\s+of|up\s+to|at\s+most|below|less\s+than|maximum\s+of)\s*`)

// readCellRange reads a cell of a guided range, "$541 million – $545
// million", "16.5% – 17.0%": its two ends, of one kind, the low first.
// A scale or per cent written once, after the high end ("$2.1 – 2.3
// billion"), is the low end's too.
func readCellRange(text string) (lo, hi cellNumber, ok bool) {
	text = strings.TrimSpace(text)
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") && asideWordsRE.MatchString(text[i:]) {
		text = text[:i] // "$70 million to $90 million (previously $60 million to $90 million)"
	}
	m := cellRangeRE.FindStringSubmatch(text)
	if m == nil {
		return cellNumber{}, cellNumber{}, false
	}
	lo, okLo := readCell(m[1], false)
	hi, okHi := readCell(m[2], false)
	if !okLo || !okHi || lo.nil || hi.nil || lo.year || hi.year {
		return cellNumber{}, cellNumber{}, false
	}
	if !lo.scaled && hi.scaled {
		lo.scaled, lo.exp = true, hi.exp
	}
	if !lo.percent && hi.percent {
		lo.percent = true
	}
	if lo.currency == "" {
		lo.currency = hi.currency
	}
	if lo.percent != hi.percent || lo.scaled != hi.scaled || lo.exp != hi.exp || lo.value.GreaterThan(hi.value) {
		return cellNumber{}, cellNumber{}, false
	}
	lo.bound, hi.bound = Min, Max
	return lo, hi, true
}

func cellCurrency(sign string) string {
	if code, ok := currencySigns[sign]; ok {
		return code
	}
	return currencyCodes[strings.ToUpper(sign)]
}

// tableCurrencies is a pattern of every currency sign and code of
// currencyTable, the longest first: "HK$" before "$".
var tableCurrencies = func() string {
	var all []string
	for _, c := range currencyTable {
		for _, s := range append(append([]string{}, c.signs...), c.letters...) {
			if s != "US" && s != "Rs" {
				all = append(all, regexp.QuoteMeta(s))
			}
		}
	}
	slices.SortStableFunc(all, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return strings.Join(all, "|")
}()

// tableUnitRE finds the unit a column's head gives: a currency and its
// scale ("R000's", "EUR'000", "€m", "HK$ million", "TEUR", "MSEK").
var tableUnitRE = regexp.MustCompile(`(?i)(?:^|[\s(])(?:(` + tableCurrencies + `|R)\s?(?:['’]?000(?:['’]?s)?|(m|mn|bn|millions?|billions?|thousands?))|([MTK])(EUR|SEK|NOK|DKK|USD|CHF|GBP|PLN|ISK))(?:$|[\s),])`)

// cellScaleRE is a cell that is nothing but a currency and a scale: "€
// million", "EUR thousand", "in CHF m".
var cellScaleRE = regexp.MustCompile(`(?i)^\s*(?:in\s+)?(` + tableCurrencies + `)\s*(thousands?|millions?|billions?|crores?|lakhs?|mn|m|bn|k|'000)\s*$`)

// tableScaleRE finds the scale a caption gives: "(In millions, except
// per-share amounts)", "in EUR thousand", "$ in billions", "(€m)".
var tableScaleRE = regexp.MustCompile(`(?i)(?:\b(?:in|amounts in|expressed in)\s+|\()(?:(` + tableCurrencies + `|R)\s*)?(thousands|thousand|millions|million|billions|billion|crores?|lakhs?|mn|m|bn|'000)(?:\b|\))(?:\s+of\s+(U\.?S\.?\s+dollars|(?:Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)\s+dollars|dollars|euros?|rand|pounds|yen|yuan|renminbi|rupees|won|kronor))?`)

// tableScaleExp is the power of ten of a scale word in a table, as the
// lexicon's scales give it: "millions", "bn", "m", "k", "'000", "crores".
func tableScaleExp(w string) int {
	w = strings.ToLower(w)
	switch {
	case w == "'000":
		return 3
	case scaleWords[w] > 0:
		return scaleWords[w]
	case gluedScales[w] > 0:
		return gluedScales[w]
	}
	return scaleWords[strings.TrimSuffix(w, "s")] // "crores", "lakhs"
}

// tableScale reads the scale and currency a table's caption or header
// states: "(In millions)" is 10^6.
func tableScale(texts ...string) (exp int, currency string, ok bool) {
	for _, s := range texts {
		if m := cellScaleRE.FindStringSubmatch(s); m != nil {
			// a corner cell "€ million", "EUR thousand", "in CHF m"
			return tableScaleExp(m[2]), cellCurrency(m[1]), true
		}
		m := tableScaleRE.FindStringSubmatch(s)
		if m == nil {
			if u := tableUnitRE.FindStringSubmatch(s); u != nil {
				// a column's unit: "R000's", "EUR '000", "€m", "TEUR"
				exp = 3 // "R000's", "EUR '000"
				if u[2] != "" {
					exp = tableScaleExp(u[2])
				}
				currency = cellCurrency(u[1])
				if strings.EqualFold(u[1], "R") {
					currency = "ZAR"
				}
				if u[3] != "" {
					// "MSEK", "TEUR", "KNOK": a scale's letter before an ISO code
					currency = strings.ToUpper(u[4])
					if strings.EqualFold(u[3], "M") {
						exp = 6
					}
				}
				return exp, currency, true
			}
			continue
		}
		exp = tableScaleExp(m[2]) // "(₹ crore, except per share data)": India's ten million
		currency = cellCurrency(m[1])
		switch strings.ToLower(strings.Fields(m[3] + " x")[0]) {
		case "euro", "euros":
			currency = "EUR"
		case "rand":
			currency = "ZAR"
		case "pounds":
			currency = "GBP"
		case "dollars", "u.s.", "us":
			currency = "USD"
		case "canadian":
			currency = "CAD" // "(in millions of Canadian dollars)"
		case "australian":
			currency = "AUD"
		case "hong":
			currency = "HKD"
		case "singapore":
			currency = "SGD"
		case "new":
			currency = "NZD"
		case "yen":
			currency = "JPY" // "(Billions of yen)"
		case "yuan", "renminbi":
			currency = "CNY"
		case "rupees":
			currency = "INR"
		case "won":
			currency = "KRW"
		case "kronor":
			currency = "SEK"
		}
		if m[1] == "R" {
			currency = "ZAR"
		}
		return exp, currency, true
	}
	return 0, "", false
}

// column is what a table's header says of one grid column.
type column struct {
	// changes marks a column of changes or shares: "% Change", "Volume",
	// "Price", "Foreign Exchange Impact", "% of Net Sales"
	changes bool
	// parent marks a column of the parent company's own statements beside
	// the group's ("Group" | "Company"): not the company's figures
	parent bool
	header string
	name   string // the header's first line when it names no period: a segment's, in a table of segments
	period Period
	ok     bool // the header names a period
}

// changeColumnRE finds the heads of columns that hold changes or shares,
// not amounts.
var changeColumnRE = regexp.MustCompile(`(?i)%|\bpercent|\bchange\b|\bchanges\b|\bgrowth\b|\bvariance\b|\bvolume\b|\bprice\b|\bmix\b|\bimpact\b|\bforeign exchange\b|\bbps\b|\bbasis points\b|\bmargin\b|\bincrease\b|\bdecrease\b`)

// headerPeriodRE pieces: a month and day, a year, a quarter or half.
var (
	headerDateRE   = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})\b,?`)
	headerDayFirst = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
	headerISORE    = regexp.MustCompile(`\b(19\d\d|20\d\d)-(\d\d)-(\d\d)\b`)
	headerYearRE   = regexp.MustCompile(`(?i)(?:\bfy\s?|\bfiscal\s+(?:year\s+)?|'|\b)((?:19|20)\d\d)\b|(?:\bfy\s?'?|')(\d\d)\b`)
	// quarterFirstRE and halfFirstRE find a quarter or a half written
	// number first: "4Q25", "4Q'25", "1H 2025"
	quarterFirstRE = regexp.MustCompile(`(?i)\b([1-4])q'?(\d\d)\b`)
	halfFirstRE    = regexp.MustCompile(`(?i)\b([12])h\b`)
	headerPartRE   = regexp.MustCompile(`(?i)\b(?:q([1-4])|([1-4])q|h([12])|([1-4])(?:st|nd|rd|th)\s+quarter|(first|second|third|fourth)\s+quarter|(first|second)\s+half|9m|(nine|six|three|twelve)\s+months|(\d{2})\s+weeks|(quarter|year|years)\s+ended)\b`)
)

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// unendedYears reads columns headed by a year alone ("2025 RMB'000",
// "2024 RMB'000") in a report on a half year, which ends before that
// year does: "2025" cannot be a year not yet over, so the columns are the
// report's period and the same period of the other years. A balance
// sheet's years are left as they are (its "2024" is the year's end).
func (r *reader) unendedYears(before string, cols map[int]column) {
	doc := r.ctx.Period
	cal := r.ctx.Calendar
	kind, fy, _ := cal.Describe(doc)
	if kind != HalfPeriod || balanceCaptionRE.MatchString(lastRunes(before, 100)) {
		// (a quarter's report sets bare years over its quarter's and its
		// year-to-date tables alike: which is which, the years do not say)
		return
	}
	unended := false
	for _, c := range cols {
		if k, y, _ := cal.Describe(c.period); c.ok && k == YearPeriod && y == fy && doc.End.Before(c.period.End) && bareYearHeadRE.MatchString(c.header) {
			unended = true
		}
	}
	if !unended {
		return
	}
	for k, c := range cols {
		if kd, y, _ := cal.Describe(c.period); c.ok && kd == YearPeriod && bareYearHeadRE.MatchString(c.header) {
			c.period = doc.Shift(12 * (y - fy))
			cols[k] = c
		}
	}
}

// yearToDate reads a column headed "YTD 2025" or "Year to date 2025" as
// the year's part up to the end of the report's period: in a second
// quarter's report, its first six months.
func (r *reader) yearToDate(cols map[int]column) {
	months := 3 * r.docQuarter()
	if months == 0 {
		return
	}
	cal := r.ctx.Calendar
	for k, c := range cols {
		if kind, fy, _ := cal.Describe(c.period); c.ok && kind == YearPeriod && ytdHeadRE.MatchString(c.header) {
			c.period = cal.Part(fy, 0, months)
			cols[k] = c
		}
	}
}

// ytdHeadRE finds a column's head that says year to date.
var ytdHeadRE = regexp.MustCompile(`(?i)\bytd\b|\byear[- ]to[- ]date\b`)

// bareYearHeadRE finds a column's head that is a year and nothing more
// than its unit or an aside: "2025", "2024 RMB'000", "2025 (Unaudited)".
var bareYearHeadRE = regexp.MustCompile(`^\s*(?:19|20)\d\d(?:\s+[^A-Za-z\s]*(?:[A-Z]{2,3}\$?|[$€£¥])?\s*['’]?000|\s*\([A-Za-z]+\))*\s*$`)

// balanceCaptionRE finds the caption of a balance sheet.
var balanceCaptionRE = regexp.MustCompile(`(?i)financial\s+position|balance\s+sheets?|assets\s+and\s+liabilities`)

var ordinalNumbers = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// headerPeriod reads a column's header: "Three Months Ended June 28, 2025"
// is a quarter, "June 28, 2025" alone an instant (a balance sheet's),
// "2024" under "Year Ended December 31," a year, "Q3 2025" a quarter.
func headerPeriod(h string, cal Calendar) (Period, bool) {
	h = quarterFirstRE.ReplaceAllString(h, "Q$1 '$2")
	h = halfFirstRE.ReplaceAllString(h, "H$1")
	// "Thirty-nine Weeks Ended": the weeks in figures
	h = weekWordsRE.ReplaceAllStringFunc(h, func(w string) string {
		return weekNumbers[strings.ToLower(strings.NewReplacer("-", "", " ", "").Replace(w))]
	})
	months := 0
	quarter, half := 0, 0
	if m := headerPartRE.FindAllStringSubmatch(h, -1); m != nil {
		for _, g := range m {
			switch {
			case g[1] != "":
				quarter = int(g[1][0] - '0')
			case g[2] != "":
				quarter = int(g[2][0] - '0')
			case g[3] != "":
				half = int(g[3][0] - '0')
			case g[4] != "":
				quarter = int(g[4][0] - '0')
			case g[5] != "":
				quarter = ordinalNumbers[strings.ToLower(g[5])]
			case g[6] != "":
				half = ordinalNumbers[strings.ToLower(g[6])]
			case strings.EqualFold(g[0], "9m"):
				months = 9
			case g[7] != "":
				months = map[string]int{"three": 3, "six": 6, "nine": 9, "twelve": 12}[strings.ToLower(g[7])]
			case g[8] != "":
				weeks := int(g[8][0]-'0')*10 + int(g[8][1]-'0')
				months = (weeks*12 + 26) / 52
			case g[9] != "":
				if strings.EqualFold(g[9], "quarter") {
					months = 3
				} else {
					months = 12
				}
			}
		}
	}
	if m := quarterRangeRE.FindStringSubmatch(h); m != nil {
		// "Q1–Q3 2025": the quarters from the first, nine months
		quarter, half, months = 0, 0, 3*int(m[1][0]-'0')
	}
	var rangeEnd time.Month // "Jul–Sep 2025": the months end with September's
	if quarter == 0 && half == 0 && months == 0 {
		if m := monthRangeRE.FindStringSubmatch(h); m != nil {
			// "January–September 2025", "Jul–Sep", "1-9/2025": a run of months
			switch {
			case m[3] != "":
				months = atoi(m[3])
			case strings.EqualFold(m[1], "jan"):
				months = int(monthNumbers[strings.ToLower(m[2])])
			default:
				from, to := monthNumbers[strings.ToLower(m[1])], monthNumbers[strings.ToLower(m[2])]
				months, rangeEnd = int(to-from+12)%12+1, to
			}
		}
	}
	year := 0
	if m := headerYearRE.FindAllStringSubmatch(h, -1); m != nil {
		g := m[len(m)-1]
		if g[1] != "" {
			year = atoi(g[1])
		} else {
			year = 2000 + atoi(g[2])
		}
	}
	if m := splitYearHeadRE.FindStringSubmatch(h); m != nil {
		// "2024/25", "FY 2024-25": the year over two calendar years is
		// named for the one it ends in
		if y, next := atoi(m[1]), atoi(m[2]); next%100 == (y+1)%100 {
			year = y + 1
		}
	}
	var day Date
	if rangeEnd != 0 && year != 0 {
		day = monthEnd(year, rangeEnd, 0)
	} else if m := headerISORE.FindStringSubmatch(h); m != nil {
		day = MakeDate(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
		year = day.Year
	} else if m := headerDateRE.FindStringSubmatch(h); m != nil && year != 0 {
		day = MakeDate(year, monthNumbers[strings.ToLower(m[1])[:3]], atoi(m[2]))
	} else if m := headerDayFirst.FindStringSubmatch(h); m != nil && year != 0 {
		day = MakeDate(year, monthNumbers[strings.ToLower(m[2])[:3]], atoi(m[1]))
	}
	switch {
	case !day.IsZero() && months > 0:
		return durationEnding(day, months), true
	case !day.IsZero():
		return InstantAt(day), true
	case year != 0 && quarter > 0:
		return cal.Quarter(year, quarter), true
	case year != 0 && half > 0:
		return cal.Half(year, half), true
	case year != 0 && months == 9:
		return cal.NineMonths(year), true
	case year != 0 && months == 6:
		return cal.Half(year, 1), true
	case year != 0 && (months == 12 || months == 0):
		return cal.FiscalYear(year), true
	}
	return Period{}, false
}

// splitYearHeadRE finds a fiscal year over two calendar years in a
// column's head: "2024/25", "2023-24", "2024/2025".
var splitYearHeadRE = regexp.MustCompile(`\b((?:19|20)\d\d)\s*[/–-]\s*((?:19|20)?\d\d)\b`)

// weekWordsRE finds a number of weeks written in words before "weeks".
var weekWordsRE = regexp.MustCompile(`(?i)\b(?:thirteen|fourteen|twenty[- ]?six|twenty[- ]?seven|thirty[- ]?nine|forty|fifty[- ]?two|fifty[- ]?three)\b(?:\s+weeks\b)`)

// weekNumbers gives a number of weeks written in words, with "weeks".
var weekNumbers = map[string]string{
	"thirteenweeks": "13 weeks", "fourteenweeks": "14 weeks", "twentysixweeks": "26 weeks", "twentysevenweeks": "27 weeks",
	"thirtynineweeks": "39 weeks", "fortyweeks": "40 weeks", "fiftytwoweeks": "52 weeks", "fiftythreeweeks": "53 weeks",
}

// quarterRangeRE finds a header's run of quarters from the first: "Q1–Q3",
// "Q1-Q2".
var quarterRangeRE = regexp.MustCompile(`(?i)\bQ1\s*[-–—/]\s*Q([234])\b`)

// monthRangeRE finds a header's run of months from the year's first:
// "January–September", "Jan.-Sep.", "1-9/2025".
var monthRangeRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*\.?)\s*[-–—]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b1\s*[-–]\s*(6|9|12)\s*/\s*(?:19|20)\d\d\b`)

// durationEnding returns the period of n months that ends on a day, as
// whole months when the day is within a week of a month's end.
func durationEnding(day Date, n int) Period {
	return snapToMonths(Period{Start: MakeDate(day.Year, day.Month-time.Month(n), day.Day+1), End: day})
}

// tableRow is a row of a table as the reader sees it: its label, the
// figures of its cells, and whether it is a header.
type tableRow struct {
	label   string
	cells   []tableCell  // the cells holding figures
	numbers []cellNumber // their figures
	header  bool
}

// readRows sorts a table's rows into header rows and rows of figures. The
// rows above the first row with a label and a figure (years included,
// which head a column more often than they are figures) are the header.
func readRows(t *table) []tableRow {
	rows := make([]tableRow, len(t.rows))
	body := false
	notes := noteColumns(t)
	for i, cells := range t.rows {
		var label []string
		row := tableRow{}
		years, days := 0, 0
		for _, c := range cells {
			if c.text == "" || c.cols == 1 && notes[c.col] {
				continue
			}
			if n, ok := readCellNumber(c.text); ok && (len(label) > 0 || n.year || body) {
				row.cells = append(row.cells, c)
				row.numbers = append(row.numbers, n)
				if n.bound == Min && !n.floor {
					// a guided range: its high end, from the same cell
					_, hi, _ := readCellRange(c.text)
					row.cells = append(row.cells, c)
					row.numbers = append(row.numbers, hi)
				}
				if n.year {
					years++
				}
				if isDay(c.text) {
					days++ // "30" under "Six months ended June"
				}
				continue
			}
			if len(row.cells) == 0 && (c.col == 0 || !signCell(c.text)) {
				label = append(label, c.text) // a "$" before the first figure is no part of it
			}
		}
		row.label = strings.TrimSpace(strings.Join(label, " "))
		// a row with text only in its first column ("Americas:", "Three
		// Months Ended June 27, 2025") heads a section of the body, not a
		// column
		labelOnly := true
		for _, c := range cells {
			if c.text != "" && c.col > 0 {
				labelOnly = false
			}
		}
		switch {
		case !body && len(row.cells) == 0 && labelOnly && row.label != "" && headerRows(rows[:i]):
		case !body && (len(row.cells) == 0 || years == len(row.cells) || row.label == ""),
			!body && days == len(row.cells) && headerRows(rows[:i]):
			row.header = true
		default:
			body = true
		}
		rows[i] = row
	}
	return rows
}

// noteColumns finds the columns of note references in a statement whose
// header has "Notes": columns of small whole numbers ("4", "12") alone,
// which are no figures.
func noteColumns(t *table) map[int]bool {
	named := false
	for i, cells := range t.rows {
		if i >= 6 {
			break
		}
		for _, c := range cells {
			if w := strings.ToLower(strings.TrimSpace(c.text)); w == "notes" || w == "note" {
				named = true
			}
		}
	}
	if !named {
		return nil
	}
	refs, other := map[int]int{}, map[int]bool{}
	for _, cells := range t.rows {
		for _, c := range cells {
			if c.col == 0 || c.text == "" {
				continue
			}
			switch w := strings.ToLower(strings.TrimSpace(c.text)); {
			case noteRefRE.MatchString(c.text):
				refs[c.col]++
			case c.cols > 1:
				// a head over several columns ("Six months ended 30 June"),
				// laid out from the notes' column on
			case w != "notes" && w != "note": // the column's own head
				other[c.col] = true
			}
		}
	}
	notes := map[int]bool{}
	for col, n := range refs {
		if n >= 2 && !other[col] {
			notes[col] = true
		}
	}
	return notes
}

// noteRefRE is a reference to a note of the accounts: "4", "12(b)".
var noteRefRE = regexp.MustCompile(`^\d{1,2}(?:\s*\([a-z]\))?$`)

// signCell reports a cell of a currency's sign alone: "$", "US$", "€".
func signCell(s string) bool {
	return len(s) <= 4 && s != "" && cellCurrency(s) != "" && !strings.ContainsAny(s, "0123456789")
}

// tableTop returns the text of a table's first rows, where a scale is
// stated: "(Dollars in millions, except per share data)".
func tableTop(t *table) string {
	var b strings.Builder
	for i, cells := range t.rows {
		if i >= 4 {
			break
		}
		for _, c := range cells {
			b.WriteString(c.text + " ")
		}
	}
	return b.String()
}

// headerRows reports a header row among rows: one with text over a
// column other than the labels'.
func headerRows(rows []tableRow) bool {
	for _, r := range rows {
		if r.header {
			return true
		}
	}
	return false
}

// emptyAfter returns how many empty cells follow cell j of header row i
// that a period head spans, as a Markdown table writes a span: "| Three
// Months Ended June 30, |  |" over "| 2025 | 2024 |". The empties must
// stand over heads of the rows below.
func emptyAfter(t *table, rows []tableRow, i, j int) int {
	cells := t.rows[i]
	c := cells[j]
	if c.col == 0 || c.cols != 1 || !periodWordsRE.MatchString(c.text) {
		return 0
	}
	n := 0
	for k := j + 1; k < len(cells) && cells[k].text == "" && cells[k].col == c.col+1+n; k++ {
		below := false
		for b := i + 1; b < len(rows) && rows[b].header; b++ {
			for _, d := range t.rows[b] {
				below = below || d.text != "" && d.col == cells[k].col
			}
		}
		if !below {
			break
		}
		n++
	}
	return n
}

// gridSpan returns how many columns after cell j of header row i it
// heads besides those it spans, when the row's heads stand at a regular step
// over heads of the rows below that repeat, as a text table sets each
// measure over its periods: "Revenue   EBIT   EBIT margin (%)" over
// "Q2 2025  Q2 2024" three times. The last head reaches the last column.
func gridSpan(t *table, rows []tableRow, i, j int) int {
	var heads, widths []int
	for _, c := range t.rows[i] {
		if c.text == "" || c.col == 0 {
			continue
		}
		heads, widths = append(heads, c.col), append(widths, c.cols)
	}
	if len(heads) < 2 || t.rows[i][j].col == 0 {
		return 0
	}
	step := heads[1] - heads[0]
	for k := 2; k < len(heads); k++ {
		if heads[k]-heads[k-1] != step {
			return 0
		}
	}
	last := 0
	below := map[int]string{}
	for b := i + 1; b < len(rows); b++ {
		for _, d := range t.rows[b] {
			last = max(last, d.col+d.cols-1)
			if rows[b].header && d.text != "" {
				below[d.col] = d.text
			}
		}
	}
	if step < 2 || heads[len(heads)-1]+step-1 != last || slices.Max(widths) > step {
		return 0
	}
	// the heads below repeat under every head: the same periods
	for _, h := range heads {
		for k := 0; k < step; k++ {
			if below[h+k] == "" || below[h+k] != below[heads[0]+k] {
				return 0
			}
		}
	}
	return step - t.rows[i][j].cols
}

// columns reads the header rows of a table: the text over each grid column,
// from the top down, and the period it names.
func columns(t *table, rows []tableRow, cal Calendar) map[int]column {
	texts := map[int][]string{}
	wide := map[int][]bool{} // per text of texts: its cell spans other columns too
	var stub []string        // "fiscal years ended June 30" over the labels: said of every column
	var corner Period        // the period the corner names, for columns that name none
	for i, r := range rows {
		if !r.header {
			if len(r.cells) > 0 {
				break // the body
			}
			continue // "(Dollars in millions)" between two rows of the header
		}
		for j, c := range t.rows[i] {
			if c.text == "" {
				continue
			}
			c.cols += max(emptyAfter(t, rows, i, j), gridSpan(t, rows, i, j))
			if c.col == 0 && c.cols == 1 && corner.End.IsZero() {
				if p, ok := headerPeriod(c.text, cal); ok && !yearAloneRE.MatchString(strings.TrimSpace(c.text)) {
					corner = p // "Fiscal 2026 Guidance" over a column "Range"
				}
			}
			if c.col == 0 && (c.cols == 1 && (periodWordsRE.MatchString(c.text) || cornerPartRE.MatchString(c.text)) || monthDayRE.MatchString(c.text)) {
				stub = append(stub, c.text)
				continue
			}
			for k := c.col; k < c.col+c.cols; k++ {
				if n := len(texts[k]); n == 0 || texts[k][n-1] != c.text {
					texts[k] = append(texts[k], c.text)
					wide[k] = append(wide[k], c.cols > 1)
				}
			}
		}
	}
	cols := map[int]column{}
	for k, ts := range texts {
		h := strings.Join(ts, " ")
		p, ok := headerPeriod(h, cal)
		if len(stub) > 0 && k > 0 && (!ok || !headerDateRE.MatchString(h)) {
			if sp, sok := headerPeriod(strings.Join(stub, " ")+" "+h, cal); sok {
				p, ok = sp, true
			}
		}
		if !ok && !corner.End.IsZero() && k > 0 && !changeColumnRE.MatchString(h) {
			p, ok = corner, true
		}
		col := column{header: h, period: p, ok: ok, changes: changeColumnRE.MatchString(h)}
		var name []string // "Fabric &" over "Home Care": one name
		lastWide := false
		for i, t := range ts {
			if _, _, unit := tableScale(t); unit {
				continue // "R000's", "(in millions)": no name
			}
			if _, dated := headerPeriod(t, cal); !dated && !periodWordsRE.MatchString(t) && !monthDayRE.MatchString(t) {
				// a line that ends finished is a name of its own and the last
				// stands, unless both lines stand over this column alone:
				// "Latin" over "America" is one name wrapped, "Operating
				// segments" over several columns heads them
				if n := len(name); n > 0 && !connectorEnd(name[n-1]) && (lastWide || wide[k][i]) {
					name = name[:0]
				}
				name = append(name, t)
				lastWide = wide[k][i]
			}
		}
		col.name = strings.Join(name, " ")
		cols[k] = col
	}
	// the group's statements beside the parent company's own: the group's
	// are the company's figures
	group := false
	for _, c := range cols {
		group = group || groupColumnRE.MatchString(c.name)
	}
	if group {
		for k, c := range cols {
			if parentColumnRE.MatchString(c.name) {
				c.parent = true
				cols[k] = c
			}
		}
	}
	return cols
}

var (
	groupColumnRE  = regexp.MustCompile(`(?i)^(?:the\s+)?(?:group|consolidated)$`)
	parentColumnRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:company|parent(?:\s+company)?|separate)$`)
)

// columnOf returns the header of the first grid column a cell covers
// that names a period.
func columnOf(cols map[int]column, c tableCell) (column, bool) {
	for k := c.col; k < c.col+c.cols; k++ {
		if col, ok := cols[k]; ok && col.ok {
			return col, true
		}
	}
	return column{}, false
}

// readTables reads the figures of a document's tables, and returns the
// spans of the tables of figures, which the prose reader leaves alone.
func (r *reader) readTables(tables []table) ([]Mention, []Span) {
	var out []Mention
	var spans []Span
	// a note's table often leaves out the scale the statements give: the
	// scale most of the document's tables state stands for it
	counts := map[int]int{}
	for i := range tables {
		if exp, _, ok := tableScale(tables[i].before, tableTop(&tables[i])); ok {
			counts[exp]++
		}
	}
	r.tableExp = 0
	for exp, n := range counts {
		if n > counts[r.tableExp] {
			r.tableExp = exp
		}
	}
	// likewise the currency: the sign most of the tables' figures carry
	// ("$ 94,036" on a statement's first and total rows) stands for a
	// table that shows none, as a statement going on after a page break
	signs := map[string]int{}
	for i := range tables {
		for _, row := range tables[i].rows {
			for _, c := range row {
				if n, ok := readCellNumber(c.text); ok && n.currency != "" {
					signs[n.currency]++
				} else if signCell(c.text) {
					signs[cellCurrency(c.text)]++
				}
			}
		}
	}
	r.tableCurrency = mostCommon(signs)
	var prev *table // the last table with a header of columns
	for i := range tables {
		t := &tables[i]
		rows := readRows(t)
		cols := columns(t, rows, r.ctx.Calendar)
		switch {
		case headerRows(rows) && namedColumns(cols):
			prev = t
		case prev != nil && len(cols) == 0 && len(strings.TrimSpace(t.before)) < 200 && gridWidth(t) == gridWidth(prev):
			// a table split at a page break, its head left on the first
			// page: the head of the one before stands over it
			head := readRows(prev)
			var headRows [][]tableCell
			for k, row := range head {
				if !row.header {
					break
				}
				headRows = append(headRows, prev.rows[k])
			}
			t.rows = append(headRows, t.rows...)
			rows = readRows(t)
			cols = columns(t, rows, r.ctx.Calendar)
		}
		captionPeriods(t.before, cols, r.ctx.Calendar)
		r.unendedYears(t.before, cols)
		r.yearToDate(cols)
		ms, figures := r.readTable(t, rows, cols)
		out = append(out, ms...)
		if figures {
			spans = append(spans, t.span)
		}
	}
	return out, spans
}

// namedColumns reports a header that names its columns other than by
// period: segments, "As reported", "Consolidated".
func namedColumns(cols map[int]column) bool {
	for _, c := range cols {
		if c.name != "" && !c.ok {
			return true
		}
	}
	return false
}

// gridWidth is the number of grid columns a table's widest row covers.
func gridWidth(t *table) int {
	w := 0
	for _, row := range t.rows {
		for _, c := range row {
			w = max(w, c.col+c.cols)
		}
	}
	return w
}

// readTable reads one table: each row whose label names a concept (with
// the section above it, "Diluted" under "Earnings per share:") gives a
// figure per column whose header names a period. rows and cols are its
// rows and columns as readRows and columns read them.
func (r *reader) readTable(t *table, rows []tableRow, cols map[int]column) ([]Mention, bool) {
	if investeesRE.MatchString(lastRunes(t.before, 300)) {
		// "A summary of financial information for our equity method
		// investees in the aggregate": other companies' figures
		return nil, true
	}
	if r.startNamedYears() && !r.ctx.Calendar.StartNamed {
		for k, c := range cols {
			if fiscalYearRE.MatchString(c.header) {
				// "Fiscal 2024" of a year named for its start ends in 2025
				if p, ok := headerPeriod(nextFiscalYear(c.header), r.ctx.Calendar); ok {
					c.period, c.ok = p, true
					cols[k] = c
				}
			}
		}
	}
	dated, bodyRows := false, 0
	for _, c := range cols {
		dated = dated || c.ok
	}
	for _, row := range rows {
		if !row.header && len(row.cells) > 0 {
			bodyRows++
		}
	}
	var headers []string // the text above the first row of figures: "(Dollars in millions)"
	for i, row := range rows {
		if !row.header && len(row.cells) > 0 {
			break
		}
		for _, c := range t.rows[i] {
			headers = append(headers, c.text)
		}
	}
	exp, currency, stated := tableScale(append(headers, t.before)...)
	if !stated {
		exp = r.tableExp
	}
	if currency == "" {
		// the sign the table's own figures carry ("$ 94,036" on its first
		// and total rows), else the document's currency
		for _, row := range rows {
			for _, n := range row.numbers {
				if currency == "" && n.currency != "" {
					currency = n.currency
				}
			}
		}
		for _, cells := range t.rows {
			for _, c := range cells {
				if currency == "" && signCell(c.text) {
					currency = cellCurrency(c.text) // a "$" in a cell of its own
				}
			}
		}
	}
	if currency == "" {
		currency = r.tableCurrency
	}
	if currency == "" {
		currency = r.ctx.Currency
	}
	segments := segmentTable(t.before, headers)
	for _, row := range rows {
		// a section row of the body says so: "Net sales by reportable segment:"
		segments = segments || !row.header && segmentTable(row.label, nil)
	}
	segments = segments || r.repeatedSections(rows)
	// a table that goes on from one of segments ("Six Months Ended …" under
	// the same columns) is of segments too
	known := 0
	names := map[string]bool{}
	for _, c := range cols {
		if c.name != "" && !names[c.name] {
			names[c.name] = true
			if r.segmentColumns[c.name] {
				known++
			}
		}
	}
	segments = segments || known >= 2
	if segments {
		if r.segmentColumns == nil {
			r.segmentColumns = map[string]bool{}
		}
		for n := range names {
			if segmentName(n) {
				r.segmentColumns[n] = true
			}
		}
	}
	if !dated {
		if ms := r.readConceptColumns(t, rows, cols, exp, currency); len(ms) > 0 {
			return ms, bodyRows >= 2
		}
	} else if ms := r.readMeasureColumns(t, rows, cols, exp, currency); len(ms) > 0 {
		return ms, bodyRows >= 2
	}
	caption := r.captionConcept(t.before)
	if caption == "" && (segments || segmentCorner(rows)) {
		// "Sales by segment, in EUR million", "Segment revenue (HK$'000)"
		// over the segments' rows
		caption = cornerConcept(rows)
	}
	equity := equityStatementRE.MatchString(lastRunes(t.before, 200)) || equityRows(rows) || equityColumns(cols)
	statement := !equity && statementCaption(lastRunes(t.before, 200))
	// a table that reconciles reported figures to non-GAAP ones: only its
	// column of reported figures is the company's GAAP figure
	reconciliation := false
	for _, c := range cols {
		reconciliation = reconciliation || nonGAAPColumnRE.MatchString(c.name)
	}
	heading := ""
	if !statement && !segments {
		heading = tableHeading(t.before)
	}
	if shareOfRevenueRE.MatchString(lastRunes(t.before, 200)) {
		return nil, bodyRows >= 2 // "… as a percentage of revenue": shares, not amounts
	}
	if hedgeTable(t, rows) {
		return nil, bodyRows >= 2 // a statement's lines are where hedges' gains went, not the lines' amounts
	}
	r.costsBracketed = costsBracketed(r, rows)
	var out []Mention
	section, sectionConcept := "", ""
	justSection := false    // the last row read was a section's
	outer := ""             // the section a section is inside of: "Earnings per share:" over "Assuming dilution:"
	balanceChanges := false // under "Changes in operating assets and liabilities:"
	var rowPeriod Period    // a period a row of the body names: "Three Months Ended June 27, 2025"
	attributed := ""        // the concept a row "… attributable to" splits between owners and minority
	grossBlock := false     // the last line read was gross profit's or cost of revenue's: a reconciliation's add-backs there are parts
	basicOnly := basicPerShareOnly(rows)
	// sectionTotalled: the section's total row has passed; the rows after
	// it reconcile the total to another ("Restructuring charges" after
	// "Total segment operating income"), no segments of the section
	sectionTotalled := false
	for ri, row := range rows {
		if row.header {
			continue
		}
		label := row.label
		if strings.EqualFold(strings.TrimRight(strings.TrimSpace(label), ": "), "attributable to") && len(row.cells) == 0 {
			// "Profit for the year | 885,529" then "Attributable to:" over
			// "Owners of the Company": what the row above gave
			for k := ri - 1; k >= 0; k-- {
				if len(rows[k].cells) > 0 && !rows[k].header {
					label = rows[k].label + " attributable to"
					break
				}
			}
		}
		if c, ok := r.attributedConcept(label); ok {
			// "Profit attributable to | 471 951" then "Owners of company |
			// 471 160", "Non-controlling interest | 791": the row itself is
			// the whole again; the owners' row is the company's share
			attributed = c
			continue
		}
		owners := "" // the owners' share of the result split above
		switch {
		case attributed != "" && len(row.cells) > 0 && ownersRowRE.MatchString(row.label):
			owners = attributed
		case attributed != "" && !minorityRowRE.MatchString(row.label):
			attributed = ""
		}
		if len(row.cells) == 0 {
			if row.label == "" {
				continue
			}
			if p, ok := headerPeriod(row.label, r.ctx.Calendar); ok && periodWordsRE.MatchString(row.label) {
				rowPeriod, section, sectionConcept = p, "", ""
				continue
			}
			outer = ""
			if justSection && perShareHeadingRE.MatchString(section) {
				// a section inside one: "Earnings per share of common stock:"
				// then "Assuming dilution:"; the outer says what it is of
				outer = section + " "
			}
			// "Operating expenses:", "Earnings per share:", "Americas:", "Sam's Club U.S.(1)"
			section = strings.TrimSpace(footnoteMarkRE.ReplaceAllString(row.label, ""))
			justSection, sectionTotalled = true, false
			sectionConcept, _, _ = r.labelConcept(section, "")
			balanceChanges = balanceChangesRE.MatchString(section)
			continue
		}
		justSection = false
		if equity {
			if m, ok := r.equityBalance(t, row, cols, exp, currency); ok {
				out = append(out, m)
				continue
			}
		}
		name, perShare, ok := r.labelConcept(row.label, outer+section)
		if !ok && basicOnly && basicLabelRE.MatchString(row.label) {
			// a table of basic figures per share alone ("Basic EPS (p)"):
			// read as Facet's, marked basic, to give way to a diluted one
			name, perShare, ok = r.labelConcept(basicLabelRE.ReplaceAllString(row.label, "Diluted"), outer+section)
		}
		if owners != "" {
			name, perShare, ok = owners, false, true
		}
		segment := ""
		totalRow := section != "" && totalLabel(row.label)
		revenueLine := false // a statement's line of revenue: "Products" under "Revenue:"
		own := ok
		if ok && section != "" {
			_, _, own = r.labelConcept(row.label, "")
		}
		totalled := sectionTotalled // before this row
		sectionTotalled = sectionTotalled || totalRow
		switch {
		case owners != "":
		case ok && !own && segments && sectionConcept != "" && name == sectionConcept && segmentName(row.label):
			segment = row.label // the section's concept, of the segment the row names
		case ok && segments && sectionConcept == "" && segmentName(section):
			segment = section // "Americas:" then "Net sales"
		case !ok && segments && sectionConcept != "" && segmentName(row.label) && !totalled:
			// "Net sales by reportable segment:" then "Americas"
			name, segment, ok = sectionConcept, row.label, true
		case !ok && !segments && sectionConcept == "Revenue" && segmentName(row.label) && r.totalClosesSection(rows[ri+1:], "Revenue"):
			// a statement's "Revenue:" then "Products", "Services", "Total
			// revenue": the lines revenue is made of
			name, segment, ok, revenueLine = sectionConcept, row.label, true, true
		case ok && segments && sectionConcept != "" && strings.Contains(strings.ToLower(row.label), "segment"):
			continue // "Total segment operating income" is no company total
		case !ok && caption != "" && sectionConcept == "" && wholeRowLabels[strings.ToLower(strings.TrimRight(row.label, ": "))]:
			name, ok = caption, true // "The following table summarizes Revenues:" … "Total"
		case !ok && caption != "" && sectionConcept == "" && segmentName(row.label):
			name, segment, ok = caption, row.label, true // … "Commercial Airplanes"
		}
		if !ok {
			continue
		}
		if addBacks[name] && grossBlock {
			// "GAAP gross profit" then "Stock-based compensation 1,204":
			// the part in cost of revenue, not the company's total
			continue
		}
		if !addBacks[name] {
			grossBlock = name == "GrossProfit" || name == "CostOfRevenue" || name == "GrossMargin"
		}
		segment = segmentWordRE.ReplaceAllString(strings.TrimRight(segment, ": "), "") // "Automotive segment" is Automotive
		info, _ := LookupConcept(name)
		// "Segment operating margin:" over rows of segments in per cent
		marginSection := segment != "" && marginWordRE.MatchString(section) && percentRow(row)
		if info.Kind == Monetary && (marginWordRE.MatchString(row.label) || marginSection) && percentRow(row) {
			if m, ok := LookupConcept(MarginOf(info.Name)); ok {
				info = m // "EBIT margin | 12.6% | 12.1%": the margin; over amounts, the profit
			}
		}
		if balanceChanges && info.Sheet != CashFlow {
			continue // "Income taxes, net" under "Changes in assets and liabilities": a balance's change
		}
		marginCaption := (name == caption || marginSection) && info.Kind == Ratio // "EBITA margin by segment, %" over the segments
		if segment != "" && (info.Instant || info.Kind != Monetary && !marginCaption) {
			continue // a segment note breaks down flows of money, or their margins
		}
		if equity && !info.Instant && !equityFlows[info.Name] {
			// a statement of equity moves balances: shares retired at cost
			// are not the cash paid for them, dividends declared not those
			// paid, compensation credited to paid-in capital not its expense
			continue
		}
		// "EBITDA margin (%)": its numbers are per cent, as are those of
		// the rows a margin's caption heads
		inPercent := percentLabelRE.MatchString(row.label) || marginCaption
		for k, c := range row.cells {
			n := row.numbers[k]
			col, ok := columnOf(cols, c)
			if reconciliation && !reportedColumnRE.MatchString(columnName(cols, c)) {
				continue // a reconciliation's adjustments and its non-GAAP result
			}
			if changeColumn(cols, c) && info.Kind != Ratio || col.parent || info.Kind == Monetary && sharesColumnRE.MatchString(columnName(cols, c)) {
				continue // "% Change", "Foreign Exchange Impact": no amount; the parent's own; a count of shares
			}
			if !ok && !rowPeriod.End.IsZero() {
				col, ok = column{header: r.ctx.Calendar.Label(rowPeriod), period: rowPeriod, ok: true}, true
			}
			if !ok || (n.percent || inPercent) != (info.Kind == Ratio) {
				continue
			}
			seg := segment
			if segments && seg == "" {
				// segments as columns: "Latin America", "North America", … "Consolidated"
				name := columnName(cols, c)
				switch {
				case name == "" || consolidatedColumns[strings.ToLower(name)]:
				case segmentName(name) && !info.Instant && info.Kind == Monetary:
					seg = name
				default:
					continue // "Corporate", "Eliminations", "% Change"
				}
			}
			m, ok := r.tableMention(t, row, c, n, col, info, perShare, exp, currency, outer+" "+section)
			if ok && info.Name == "OtherIncomeExpense" && incomeBracketedRE.MatchString(row.label+" "+section) {
				// "Interest and other (income) expense:": an expense is shown
				// positive, income bracketed
				m.Value = m.Value.Neg()
			}
			if ok {
				m.statement = statement
				m.heading = heading
				m.Key.Segment = r.fullName(seg)
				m.basic = info.Kind == PerShare && basicLabelRE.MatchString(row.label) && !strings.Contains(strings.ToLower(row.label), "dilut")
				m.revenueLine = revenueLine
				out = append(out, m)
			}
		}
	}
	// a table of figures, which the prose reader leaves alone: one whose
	// columns or rows are dated
	out = taxFromArithmetic(out)
	return preferTotals(preferOwned(preferAllOperations(out))), (dated || !rowPeriod.End.IsZero()) && bodyRows >= 2
}

// preferRows keeps, of a table's figures that share a key (one concept
// and period from several rows), those whose row label says it is the
// one meant, when any does; a row gives a mention per column, so each
// label is judged once.
func preferRows(ms []Mention, meant func(label string) bool) []Mention {
	judged := map[string]bool{}
	isMeant := make([]bool, len(ms))
	keys := map[Key]bool{}
	for i, m := range ms {
		label := strings.SplitN(m.Quote, " — ", 2)[0]
		v, ok := judged[label]
		if !ok {
			v = meant(label)
			judged[label] = v
		}
		isMeant[i] = v
		if v {
			keys[m.Key] = true
		}
	}
	if len(keys) == 0 {
		return ms
	}
	out := ms[:0]
	for i, m := range ms {
		if keys[m.Key] && !isMeant[i] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// preferAllOperations: "Income from continuing operations" gives way to
// "Net income" below it, which takes in discontinued operations.
func preferAllOperations(ms []Mention) []Mention {
	return preferRows(ms, func(label string) bool {
		return !strings.Contains(strings.ToLower(label), "continuing operations")
	})
}

// preferTotals: the row that says it is the total, "Total non-operating
// income (expense)", over its part "Other income (expense), net".
func preferTotals(ms []Mention) []Mention { return preferRows(ms, totalLabel) }

// totalLabel reports a row label that opens with "Total": "Total
// segment operating income", "Total", "Total:".
func totalLabel(label string) bool {
	label = strings.TrimRight(strings.TrimSpace(label), ":")
	return strings.EqualFold(label, "total") || len(label) > 6 && strings.EqualFold(label[:6], "total ")
}

// preferOwned: a plain row gives way to one that says its figure is the
// owners' ("Net loss" and "Net loss attributable to Boeing
// shareholders"): the consolidated figure takes in the minority's share.
func preferOwned(ms []Mention) []Mention {
	return preferRows(ms, func(label string) bool { return cleanLabel(label).owned })
}

// monthDayRE finds a day without its year, as a balance sheet sets it
// over its labels with the years over its columns: "December 31,".
var monthDayRE = regexp.MustCompile(`(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?$`)

// periodWordsRE tells a row that names a period ("Three Months Ended June
// 27, 2025", "Year Ended December 31, 2024") from one that names a thing.
var periodWordsRE = regexp.MustCompile(`(?i)\b(months|weeks|quarter|year|years|ended|ending|as of|at)\b`)

// segmentTable reports a table about segments: its caption or header says
// so ("Information by reportable segment", "OPERATING SEGMENTS").
func segmentTable(before string, headers []string) bool {
	if strings.Contains(strings.ToLower(before), "segment") {
		return true
	}
	for _, h := range headers {
		if strings.Contains(strings.ToLower(h), "segment") {
			return true
		}
	}
	return false
}

// consolidatedColumns head the company's own figures in a table of
// segments.
var consolidatedColumns = map[string]bool{"consolidated": true, "total": true, "total company": true, "company total": true, "consolidated total": true,
	// a column of an outlook's figures, named for what they are
	"range": true, "guidance": true, "outlook": true, "estimate": true, "forecast": true, "target": true,
}

// notSegmentNames are the rows and columns of a segment table that are no
// segment.
var notSegmentNames = map[string]bool{
	"eliminations": true, "elimination": true, "intersegment": true, "other": true,
	"all other": true, "unallocated": true, "third party": true, "total": true, "consolidated": true,
	"corporate and other": true, "corporate and eliminations": true, "reconciling items": true,
	"change": true, "% change": true, "segment total": true, "total segments": true, "adjustments": true,
}

// notSegmentWordRE finds a word that makes a row no segment's wherever it
// stands: "Group-wide and eliminations", "Central costs and eliminations".
var notSegmentWordRE = regexp.MustCompile(`(?i)\b(?:eliminations?|unallocated|inter-?segment|reconciling)\b|\bgroup-wide\b`)

// segmentName reports a label or header that can name a segment: a
// capitalised name of a few words, no figure, no total.
func segmentName(s string) bool {
	s = segmentWordRE.ReplaceAllString(strings.TrimRight(strings.TrimSpace(s), ":"), "")
	low := strings.ToLower(s)
	if s == "" || notSegmentNames[low] || strings.HasPrefix(low, "total") || strings.HasPrefix(low, "less") || strings.HasPrefix(low, "other ") ||
		strings.Contains(low, "segment") || strings.Contains(low, "information") || strings.ContainsAny(s, "0123456789%$") || notSegmentWordRE.MatchString(s) {
		return false // "Other segment information:"
	}
	words := strings.Fields(s)
	if len(words) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return !periodWordsRE.MatchString(s)
}

// repeatedSections reports a table whose sections, each named like a
// segment ("Walmart U.S.", "Walmart International"), repeat the same
// rows: "Net sales", "Cost of sales", "Operating income" under each.
func (r *reader) repeatedSections(rows []tableRow) bool {
	section := ""
	under := map[string]map[string]bool{} // concept → sections it stands under
	for _, row := range rows {
		if row.header {
			continue
		}
		if len(row.cells) == 0 {
			section = ""
			if _, _, concept := r.labelConcept(row.label, ""); !concept && segmentName(row.label) {
				section = row.label
			}
			continue
		}
		if section == "" {
			continue
		}
		if name, _, ok := r.labelConcept(row.label, ""); ok {
			if under[name] == nil {
				under[name] = map[string]bool{}
			}
			under[name][section] = true
		}
	}
	for _, secs := range under {
		if len(secs) >= 2 {
			return true
		}
	}
	return false
}

// measureHeadRE cuts a column's head into the measure it names and its
// period: "Revenue Q3 2025", "EBIT 9M 2024".
var measureHeadRE = regexp.MustCompile(`(?i)^\s*([A-Za-z][A-Za-z &,./()%-]*?)\s+(?:fiscal\s+(?:year\s+)?(?:19|20)?\d\d\b|q[1-4]\b|h[12]\b|9m\b|fy|[1-4][qh]\b|(?:19|20)\d\d\b|(?:three|six|nine|twelve)\s+months|(?:first|second|third|fourth)\s+(?:quarter|half))`)

// periodFirstHeadRE cuts a column's head that names its period before its
// measure: "Six months ended 30 June 2025 Gross profit RMB'000", "FY2024
// EBITDA margin %".
var periodFirstHeadRE = regexp.MustCompile(`(?i)^\s*(?:(?:three|six|nine|twelve)\s+months\s+ended\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2},?)\s+(?:19|20)\d\d|(?:fy|q[1-4]|h[12]|9m)\s*'?(?:19|20)?\d\d|(?:19|20)\d\d)\s+([A-Za-z].*)$`)

// readMeasureColumns reads a table whose columns each name a measure and
// its period, and whose rows are segments:
//
//	in EUR million  Revenue Q3 2025  Revenue Q3 2024  EBIT Q3 2025
//	Drives          412.3            398.0            48.1
//	Group           802.8            763.5            88.6
//
// A row "Group" or "Total" is the company's whole.
func (r *reader) readMeasureColumns(t *table, rows []tableRow, cols map[int]column, exp int, currency string) []Mention {
	concepts := map[int]Concept{}
	for k, c := range cols {
		if !c.ok {
			continue
		}
		head := c.header
		if u := leadingAsideRE.FindString(head); u != "" {
			if _, _, unit := tableScale(u); unit {
				head = head[len(u):] // "(Billions of yen) Segment profit Fiscal 2024"
			}
		}
		m := measureHeadRE.FindStringSubmatch(headFootnoteRE.ReplaceAllString(head, ""))
		if m == nil {
			// the period first, the measure and its unit under it: "Six
			// months ended 30 June 2025 Gross profit RMB'000"
			// (its unit with it, as a head under a period's spanning one
			// gives it: a PDF's run of heads is no such head)
			if m = periodFirstHeadRE.FindStringSubmatch(head); m == nil || !strings.HasSuffix(strings.TrimSpace(m[1]), "%") && !tableUnitRE.MatchString(m[1]) {
				continue
			}
			m[1] = strings.TrimSpace(tableUnitRE.ReplaceAllString(strings.TrimSuffix(strings.TrimSpace(m[1]), "%"), " "))
		}
		name, perShare, ok := r.labelConcept(m[1], "")
		if !ok || perShare {
			continue
		}
		info, ok := LookupConcept(name)
		if ok && info.Kind == Monetary && marginWordRE.MatchString(m[1]) {
			// "Core operating margin H1 2025": the margin, its cells per cents
			info, ok = LookupConcept(MarginOf(info.Name))
		}
		if ok && (info.Kind == Monetary || info.Kind == Ratio) && !info.Instant {
			concepts[k] = info
		}
	}
	if len(concepts) < 2 || len(concepts) < len(cols)/2 {
		return nil
	}
	var out []Mention
	totalled := false // a total row has passed
	for _, row := range rows {
		if row.header || len(row.cells) == 0 {
			continue
		}
		totalled = totalled || totalLabel(row.label)
		segment := ""
		switch low := strings.ToLower(strings.TrimRight(row.label, ": ")); {
		case wholeRowLabels[low]:
		case segmentName(row.label):
			if _, _, isConcept := r.labelConcept(row.label, ""); isConcept {
				if totalled {
					return out // "Profit before tax" reconciling the segments' total below it
				}
				return nil // rows of measures: a table of another shape
			}
			segment = segmentWordRE.ReplaceAllString(row.label, "")
		default:
			continue
		}
		for k, c := range row.cells {
			n := row.numbers[k]
			info, ok := concepts[c.col]
			head := strings.TrimSpace(cols[c.col].header)
			pct := n.percent || percentLabelRE.MatchString(head) || strings.HasSuffix(head, "%") // "EBIT margin (%)", "Gross profit margin %" over "15.8"
			if !ok || c.cols != 1 || pct != (info.Kind == Ratio) {
				continue // a margin's column holds per cents, an amount's none
			}
			m, ok := r.tableMention(t, row, c, n, cols[c.col], info, false, exp, currency, "")
			if ok {
				m.Key.Segment = r.fullName(segment)
				out = append(out, m)
			}
		}
	}
	return out
}

// readConceptColumns reads a table whose columns are concepts and whose
// rows are segments, each row's year in a cell of its own:
//
//	            Three Months Ended March 31
//	            Net Sales   Net Earnings
//	Beauty  2025  3,490        539
//	        2024  3,550        587
//
// The column's head gives the kind of period, the row its year.
func (r *reader) readConceptColumns(t *table, rows []tableRow, cols map[int]column, exp int, currency string) []Mention {
	concepts := map[int]string{}
	distinct := map[string]bool{}
	for k, c := range cols {
		if c.ok || c.name == "" {
			continue
		}
		if name, _, ok := r.labelConcept(c.name, ""); ok {
			concepts[k] = name
			distinct[name] = true
		}
	}
	if len(distinct) < 2 {
		return nil
	}
	var out []Mention
	segment := ""
	for _, row := range rows {
		if row.header || len(row.cells) == 0 {
			continue
		}
		switch low := strings.ToLower(row.label); {
		case row.label == "":
			// the year's second row of the segment above
		case strings.HasPrefix(low, "total"):
			segment = ""
		case segmentName(row.label):
			segment = segmentWordRE.ReplaceAllString(row.label, "")
		default:
			continue
		}
		year := ""
		for k, n := range row.numbers {
			if n.year {
				year = row.cells[k].text
			}
		}
		if year == "" {
			continue
		}
		for k, c := range row.cells {
			n := row.numbers[k]
			if n.year {
				continue
			}
			name := ""
			var col column
			for g := c.col; g < c.col+c.cols && name == ""; g++ {
				name, col = concepts[g], cols[g]
			}
			if name == "" {
				continue
			}
			p, ok := headerPeriod(col.header+" "+year, r.ctx.Calendar)
			info, _ := LookupConcept(name)
			if !ok || info.Kind != Monetary || n.percent {
				continue
			}
			m, ok := r.tableMention(t, row, c, n, column{header: col.header + " " + year, period: p, ok: true}, info, false, exp, currency, "")
			if ok {
				m.Key.Segment = r.fullName(segment)
				out = append(out, m)
			}
		}
	}
	return out
}

// segmentWordRE finds the word "segment" after a segment's name.
var segmentWordRE = regexp.MustCompile(`(?i)\s+(?:reportable\s+|operating\s+|business\s+)?segments?$`)

// changeColumn reports a cell under the head of a column of changes.
func changeColumn(cols map[int]column, c tableCell) bool {
	for k := c.col; k < c.col+c.cols; k++ {
		if col, ok := cols[k]; ok && col.changes {
			return true
		}
	}
	return false
}

// columnName returns what the header over a cell names besides a period:
// "Latin America" in a table of segments.
func columnName(cols map[int]column, c tableCell) string {
	for k := c.col; k < c.col+c.cols; k++ {
		if col, ok := cols[k]; ok && col.name != "" {
			return col.name
		}
	}
	return ""
}

// tableMention makes the mention of one cell.
func (r *reader) tableMention(t *table, row tableRow, c tableCell, n cellNumber, col column, info Concept, perShare bool, exp int, currency, section string) (Mention, bool) {
	period := col.period
	switch {
	case info.Instant && !period.IsInstant():
		// "Cash … end of period" under a column of a duration
		switch cleanLabel(row.label).edge {
		case -1:
			period = InstantAt(period.Start.AddDays(-1))
		case 1:
			period = InstantAt(period.End)
		default:
			if !keyFigureTable(t) {
				return Mention{}, false
			}
			period = InstantAt(period.End) // "Net debt | 212.0" in a table of key figures: at the period's end
		}
	case !info.Instant && period.IsInstant():
		return Mention{}, false // a flow under a balance sheet's date
	}
	v, decimals := n.value, n.decimals
	if n.scaled {
		exp = n.exp // "£412.3m" in a table without a unit
	}
	switch info.Kind {
	case Monetary:
		v = v.Shift(int32(exp))
		decimals -= exp
	case Ratio:
		v = v.Shift(-2)
		decimals += 2
	case PerShare:
		if n.pence || centsUnitRE.MatchString(row.label+" "+col.header+" "+section) {
			v = v.Shift(-2) // "Basic (HK cents)", "Pence per share", "Diluted" under "Earnings per share (HK cents)": hundredths
			decimals += 2
		}
	}
	if info.Outflow || info.Balance == Debit && !info.Signed && info.Kind == Monetary && (r.costsBracketed || !mostlyPositive(row.numbers)) {
		// "Purchases of property and equipment (52,729)": capital spent is
		// positive, and so is a cost where costs are bracketed; in a row
		// of costs set positive, a bracketed one is negative ("Corporate
		// (253)" eliminating intersegment costs)
		v = v.Abs()
	}
	switch {
	case info.Name == "IncomeTaxExpenseBenefit" && benefitFirst(row.label):
		v = v.Neg() // "Income tax benefit/(expense)": an expense is shown negative
	case info.Balance == Debit && info.Signed && info.Kind == Monetary && r.costsBracketed:
		v = v.Neg() // "Taxation (127 026)" where every cost is bracketed
	case info.Name == "InterestExpenseNet" && !mostlyPositive(row.numbers):
		// "Interest expense, net (6,114)" in a statement that lists its
		// costs positive: bracketed as it is subtracted, an expense all
		// the same, the one a reconciliation adds back as 6,114
		v = v.Neg()
	}
	if info.Kind == PerShare && v.Abs().GreaterThan(decimal.NewFromInt(1000)) {
		return Mention{}, false // no figure per share runs to thousands: a count of shares
	}
	cur := currency
	if n.currency != "" {
		cur = n.currency
	}
	if cur == "" {
		cur = "USD"
	}
	if info.Kind == Ratio {
		cur = ""
	}
	stated := c.text
	if r.doc.rewritesNumbers() && c.span.End <= len(r.doc.Text) {
		// the cell as written ("187.412"), not as read ("187,412")
		if orig := strings.Join(strings.Fields(r.doc.Text[c.span.Start:c.span.End]), " "); len(orig) == len(stated) {
			stated = orig
		}
	}
	key := Key{Entity: r.ctx.Company, Concept: info.Name, Period: period, Currency: cur}
	if n.bound != Point || r.ctx.Period.End.Before(period.End) && outlookTable(t) {
		// a range, or a column ahead of the document's period in a table
		// of the outlook: guidance, not a result
		key.Scenario, key.Bound = Forecast, n.bound
	}
	quote := row.label + " — " + col.header + ": " + stated
	at := len(row.label) + len(" — ") + len(col.header) + len(": ")
	return Mention{
		Doc:        r.doc,
		Span:       c.span,
		Sentence:   t.span,
		Quote:      quote,
		Figure:     Span{at, at + len(stated)},
		Stated:     stated,
		Key:        key,
		Value:      v,
		Decimals:   decimals,
		Confidence: 0.95,
		Rule:       RuleTable,
	}, true
}

// asideWordsRE finds an aside in brackets after a guided range: the
// range it replaces, a note.
var asideWordsRE = regexp.MustCompile(`(?i)^\s*\((?:previously|prior|was|from|vs\.?|versus|unchanged|raised|lowered|updated|see|note)\b`)

// investeesRE finds the caption of a table of other companies' figures:
// the investees or affiliates a company accounts for by the equity method.
var investeesRE = regexp.MustCompile(`(?i)\bsummar[a-z]*\s+(?:of\s+)?(?:the\s+)?(?:combined\s+|condensed\s+)?financial\s+(?:information|data)\s+(?:of|for)\s+(?:our\s+|the\s+|its\s+)?(?:significant\s+)?(?:equity[- ]method\s+investees|investees|unconsolidated|joint\s+ventures|affiliates|equity\s+affiliates)`)

// outlookRE finds the words of an outlook in the text before a table.
var outlookRE = regexp.MustCompile(`(?i)\b(?:outlook|guidance|forecasts?|expects?|expected|anticipates?)\b`)

// outlookTable reports a table of the outlook: the text just before it,
// its caption or heading, speaks of one.
func outlookTable(t *table) bool { return outlookRE.MatchString(lastRunes(t.before, 300)) }

// marginWordRE finds a row label that names a margin.
var marginWordRE = regexp.MustCompile(`(?i)\bmargin\b`)

// percentRow reports a row whose figures are all per cent.
func percentRow(row tableRow) bool {
	for _, n := range row.numbers {
		if !n.percent {
			return false
		}
	}
	return len(row.numbers) > 0
}

// perShareNameRE finds a figure per share named in a short label:
// "Diluted EPS", "diluted earnings per share"; not "Diluted (in cents)".
var perShareNameRE = regexp.MustCompile(`\beps\b|per share`)

// centsUnitRE finds a per-share row or column given in hundredths of the
// currency: "(HK cents)", "RMB cents", "pence".
var centsUnitRE = regexp.MustCompile(`(?i)\b(?:cents?|pence)\b|\(p\)`)

// keyFigureTable reports a release's table of key figures ("Financial
// highlights", "Key figures"), whose balances stand at each period's end
// beside the period's flows: no statement, which dates its balances
// apart.
func keyFigureTable(t *table) bool {
	return keyFiguresRE.MatchString(lastRunes(t.before, 120))
}

// keyFiguresRE finds the heading of a table of key figures.
var keyFiguresRE = regexp.MustCompile(`(?i)\b(?:financial|key|group)\s+(?:highlights|figures|performance\s+indicators|summary)\b|\bkey\s+(?:financial\s+)?(?:data|metrics)\b|\bhighlights\b`)

// basicPerShareOnly reports a table whose figures per share are basic
// alone: a row calls itself basic, and none diluted.
func basicPerShareOnly(rows []tableRow) bool {
	basic := false
	for _, row := range rows {
		low := strings.ToLower(row.label)
		if strings.Contains(low, "dilut") {
			return false
		}
		basic = basic || basicLabelRE.MatchString(row.label)
	}
	return basic
}

// basicLabelRE finds a figure per share its row calls basic: "Basic",
// "Basic EPS (p)", "Basic earnings per share"; Facet's figure per share is
// the diluted one, and a basic one gives way to it.
var basicLabelRE = regexp.MustCompile(`(?i)\bbasic\b`)

// wholeRowLabels label the row of a table of parts that is the company's
// whole: "Total", "Group".
var wholeRowLabels = map[string]bool{"total": true, "group": true, "group total": true, "total group": true, "consolidated": true, "company total": true}

// cornerConcept reads the concept a table's corner names, the label of
// its header: "Sales by segment, in EUR million".
func cornerConcept(rows []tableRow) string {
	for _, row := range rows {
		if !row.header {
			break
		}
		// the concept first: "Sales by segment"; not "Walmart U.S. net
		// sales by merchandise category", one segment's parts
		label := segmentCornerRE.ReplaceAllString(row.label, "")
		if cornerPercentRE.MatchString(row.label) {
			// "EBITA margin by segment, %": the segments' margins
			if hs := conceptHits(label, func(c conceptCue) bool { return c.ratio != "" }); len(hs) > 0 && hs[0].lo == 0 {
				return lex.entries[hs[0].entry].cue.ratio
			}
		}
		if hs := moneyConceptHits(label); len(hs) > 0 && hs[0].lo == 0 {
			return lex.entries[hs[0].entry].cue.money
		}
	}
	return ""
}

// cornerPercentRE finds a header's corner that says the figures are per
// cent: "EBITA margin by segment, %", "Operating margin (%)".
var cornerPercentRE = regexp.MustCompile(`,\s*%(?:\s|$)|\(\s*%\s*\)`)

// segmentCornerRE finds a corner label that says its rows are segments:
// "Segment revenue (HK$'000)", "Segmental operating profit".
var segmentCornerRE = regexp.MustCompile(`(?i)^\s*segment(?:al)?\s+`)

// segmentCorner reports a header row whose label opens with "Segment":
// the rows below are segments though the text named none before.
func segmentCorner(rows []tableRow) bool {
	for _, row := range rows {
		if !row.header {
			return false
		}
		if segmentCornerRE.MatchString(row.label) {
			return true
		}
	}
	return false
}

// captionConcept reads the concept the sentence just above a table names
// when it introduces the table: "The following table summarizes Revenues:",
// "…our Research and development expense:". The table's rows are then
// its parts.
func (r *reader) captionConcept(before string) string {
	before = strings.TrimSpace(before)
	if !strings.HasSuffix(before, ":") {
		return r.headingConcept(before)
	}
	if i := strings.LastIndexAny(strings.TrimSuffix(before, ":"), ".:"); i >= 0 {
		before = before[i+1:]
	}
	if !introducesTableRE.MatchString(before) {
		return ""
	}
	hs := moneyConceptHits(before)
	if len(hs) == 0 {
		return ""
	}
	return lex.entries[hs[len(hs)-1].entry].cue.money
}

// introducesTableRE finds the words of a caption that introduces the
// table below it: "The following table summarizes", "Revenue by business
// segment is set out below:" (not "… is as follows:", which as often
// introduces a reconciliation of the measure it names).
var introducesTableRE = regexp.MustCompile(`(?i)\bfollowing table\b|\btable below\b|\bare as follows\b|\bset out below\b`)

// moneyConceptHits returns, in text order, the names of amounts of money
// a short text gives (a caption, a header cell), weak ones aside.
func moneyConceptHits(text string) []hit {
	return conceptHits(text, func(c conceptCue) bool { return c.money != "" })
}

// conceptHits returns, in text order, the names a short text gives whose
// cue keep accepts, weak ones aside.
func conceptHits(text string, keep func(conceptCue) bool) []hit {
	var out []hit
	for _, h := range dropContained(lex.m.find(text, scanTokens(text, nil), nil)) {
		if e := lex.entries[h.entry]; e.kind == eConcept && keep(e.cue) && !e.cue.weak {
			out = append(out, h)
		}
	}
	return out
}

// equityFlows are the flows a statement of equity states as the
// statements do: its net income is the income statement's.
var equityFlows = map[string]bool{"NetIncomeLoss": true, "ComprehensiveIncomeLossAttributableToParent": true}

// equityBalanceRE finds a row of a statement of equity that opens or
// closes a balance: "Total shareholders' equity, beginning balances",
// "Retained earnings, ending balance".
var equityBalanceRE = regexp.MustCompile(`(?i)(?:equity|paid-in\s+capital|retained\s+earnings)\b[^,]*,?\s*(?:beginning|ending)\s+balances?`)

// equityRows reports a table whose rows show it is a statement of equity,
// where a page break has left its caption far above.
func equityRows(rows []tableRow) bool {
	for _, row := range rows {
		if equityBalanceRE.MatchString(row.label) {
			return true
		}
	}
	return false
}

// equityPartRE finds the head of a column of a statement of equity: a
// part of the owners' equity.
var equityPartRE = regexp.MustCompile(`(?i)(?:retained|reinvested)\s*earnings|paid-in\s*capital|treasury\s*stock|accumulated\s*(?:other\s*)?comprehensive|capital\s*surplus|surplus\s*capital`)

// equityColumns reports a table whose columns are parts of the owners'
// equity: a statement of equity.
func equityColumns(cols map[int]column) bool {
	parts := map[string]bool{}
	for _, c := range cols {
		if m := equityPartRE.FindString(c.header); m != "" {
			parts[strings.ToLower(m)] = true
		}
	}
	return len(parts) >= 2
}

// sharesColumnRE finds the head of a column of counts of shares beside
// one of amounts: "Shares", "Number of Shares".
var sharesColumnRE = regexp.MustCompile(`(?i)^(?:number\s+of\s+)?shares(?:\s+repurchased)?$`)

// balanceRowRE finds the row of a statement of equity that gives the
// balances on a day: "Balance as of December 31, 2021", "Balances, Jan 28,
// 2024", "Balance at January 31, 2023".
var balanceRowRE = regexp.MustCompile(`(?i)^balances?\s*(?:,|\s+as\s+of|\s+at)?\s+(.*\d.*)$`)

// equityBalance reads a statement of equity's balance row: the figure in
// its column of the owners' total equity ("Total Shareholders' Equity";
// "Total Equity" where no column is the owners' alone) is the equity on
// the row's day, the day before where the day opens a month ("January 1,
// 2022" is the balance at the end of 2021).
func (r *reader) equityBalance(t *table, row tableRow, cols map[int]column, exp int, currency string) (Mention, bool) {
	m := balanceRowRE.FindStringSubmatch(cleanLabel(row.label).text)
	if m == nil {
		return Mention{}, false
	}
	p, ok := headerPeriod(m[1], r.ctx.Calendar)
	if !ok || !p.IsInstant() {
		return Mention{}, false
	}
	if p.End.Day == 1 {
		p = InstantAt(p.End.AddDays(-1))
	}
	rank := 0
	var equityCols []int // the grid columns under the head of that column
	for k, c := range cols {
		name, _, ok := r.labelConcept(c.header, "")
		if !ok || name != "StockholdersEquity" {
			continue
		}
		n := 1
		if ownersEquityRE.MatchString(c.header) {
			n = 2 // the owners' own, not the total with the minority's share
		}
		switch {
		case n > rank:
			equityCols, rank = []int{k}, n
		case n == rank:
			equityCols = append(equityCols, k)
		}
	}
	info, _ := LookupConcept("StockholdersEquity")
	for i, c := range row.cells {
		for _, k := range equityCols {
			if c.col <= k && k < c.col+c.cols && !row.numbers[i].year {
				return r.tableMention(t, row, c, row.numbers[i], column{header: cols[k].header, period: p, ok: true}, info, false, exp, currency, "")
			}
		}
	}
	return Mention{}, false
}

// ownersEquityRE finds a column of the owners' equity.
var ownersEquityRE = regexp.MustCompile(`(?i)(?:stock|share)\s*(?:holders|owners)`)

// debtLabels are the letters of labels of debt that say nothing of its
// term: under "Non-current liabilities:" they are long-term borrowings.
var debtLabels = map[string]bool{"termdebt": true, "debt": true, "borrowings": true, "notespayable": true}

// nonCurrentRE finds a balance sheet's section of non-current liabilities.
var nonCurrentRE = regexp.MustCompile(`(?i)\bnon-?current\s+liabilities\b`)

// perShareHeadingRE finds a section's heading of figures per share.
var perShareHeadingRE = regexp.MustCompile(`(?i)\bper\s+(?:common\s+|diluted\s+)?share\b`)

var (
	// nonGAAPColumnRE finds the head of a column of non-GAAP figures:
	// "Core (Non-GAAP)", "Adjusted (non-GAAP)".
	nonGAAPColumnRE = regexp.MustCompile(`(?i)\bnon-?gaap\b`)
	// reportedColumnRE finds the head of a reconciliation's column of the
	// figures as reported: "As Reported (GAAP)", "GAAP".
	reportedColumnRE = regexp.MustCompile(`(?i)\bas\s+reported\b|^\s*(?:u\.?s\.?\s+)?gaap\s*$|\(gaap\)`)
)

// tableHeading returns the heading a text ends with, right above a
// table: its last words in capitals ("BEAUTY", "HEALTH CARE"), at most
// five, with "&" and "," between them.
func tableHeading(before string) string {
	words := strings.Fields(lastRunes(before, 80))
	n := 0
	for i := len(words) - 1; i >= 0 && n < 5; i-- {
		w := strings.TrimRight(words[i], ",")
		if w != "&" && (strings.ToUpper(w) != w || strings.ToLower(w) == w) {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.Join(words[len(words)-n:], " ")
}

// headingSegments gives the figures of a table headed by a segment's name
// ("BEAUTY" above "Net sales", "Net earnings") to that segment, once the
// document's segments are known: an MD&A's table for each segment.
func (r *reader) headingSegments(ms []Mention) {
	names := map[string]string{} // letters of a learned name → the name
	for _, l := range r.learned {
		names[lettersOf(strings.Join(l.words, " "))] = l.name
	}
	for i := range ms {
		m := &ms[i]
		if m.heading == "" || m.Key.Segment != "" {
			continue
		}
		if name, ok := names[lettersOf(m.heading)]; ok {
			m.Key.Segment = name
		}
	}
}

// headingConcept reads the concept a heading right above a table names,
// in the words of a statement's row: "Capital Expenditures",
// "Depreciation and Amortization". A heading is the text's last words,
// each capitalised; the longest run that names a concept of money stands.
func (r *reader) headingConcept(before string) string {
	// "Segment Net Sales (in millions)": a heading of segments before its
	// asides; other headings so set ("Operating expenses (in millions)")
	// head rows that are no segments
	if bare := trailingAsideRE.ReplaceAllString(trailingAsideRE.ReplaceAllString(before, ""), ""); bare != before {
		if !segmentHeadingRE.MatchString(lastRunes(bare, 40)) || statementCaption(lastRunes(bare, 200)) {
			return ""
		}
		before = bare
	}
	if m := measureByRE.FindStringSubmatch(lastRunes(before, 80)); m != nil {
		// "Revenue by Region and Product Line": the measure before "by"
		words := strings.Fields(m[1])
		for n := min(4, len(words)); n >= 1; n-- {
			if name, perShare, ok := r.labelConcept(strings.Join(words[len(words)-n:], " "), ""); ok && !perShare {
				if info, _ := LookupConcept(name); info.Kind == Monetary {
					return name
				}
			}
		}
	}
	words := strings.Fields(lastRunes(before, 120))
	concept := ""
	for n := 1; n <= 6 && n <= len(words); n++ {
		w := words[len(words)-n]
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) && !headingSmallWords[w] {
			break
		}
		if headingSmallWords[w] {
			continue // "of" and "and" join a title's words but never open it
		}
		name, perShare, ok := r.labelConcept(strings.Join(words[len(words)-n:], " "), "")
		if info, _ := LookupConcept(name); ok && !perShare && info.Kind == Monetary {
			concept = name
		}
	}
	return concept
}

// measureByRE finds a heading that names a measure and what breaks it
// down: "Revenue by Region and Product Line", "Net Sales by Segment".
var measureByRE = regexp.MustCompile(`(?i)([A-Za-z][A-Za-z&' -]*?)\s+by\s+(?:region|segment|division|geograph\w*|business|product|reportable)[A-Za-z ,&-]*$`)

// segmentHeadingRE finds a heading that says its table's rows are
// segments: "Segment Net Sales", "Revenue by Division".
var segmentHeadingRE = regexp.MustCompile(`(?i)\bsegment(?:s|al)?\b|\bby\s+(?:division|region|geograph\w*|business|reportable)`)

// trailingAsideRE finds a short aside in brackets that ends a text: a
// table's scale or "(unaudited)" under its heading.
var trailingAsideRE = regexp.MustCompile(`\s*[*_]*\([^()]{1,60}\)[\s*_]*$`)

// headingSmallWords are the words a title leaves in lower case.
var headingSmallWords = map[string]bool{"and": true, "of": true, "&": true, "for": true, "in": true, "the": true}

// shareOfRevenueRE finds the caption of a table of shares of revenue.
var shareOfRevenueRE = regexp.MustCompile(`(?i)\bas\s+a\s+percent(?:age)?\s+of\s+(?:total\s+|net\s+)*(?:revenues?|sales)\b`)

// hedgeCaptionRE finds the caption of a table of what derivatives and
// hedges did to each line of the statements: "The Effect of Derivative
// Instruments in the Consolidated Income Statement", "Gains/(Losses) of
// Total Hedge Activity", "Reclassified from AOCI".
var hedgeCaptionRE = regexp.MustCompile(`(?i)\b(?:derivatives?|hedg(?:e|es|ing))\b|\breclassified\s+(?:from|out\s+of)\s+(?:aoci|accumulated\s+other)`)

// balanceChangesRE finds the section of a cash-flow statement whose rows
// are changes in balances: "Changes in operating assets and liabilities".
var balanceChangesRE = regexp.MustCompile(`(?i)\bchanges?\s+in\s+(?:operating\s+|certain\s+)?(?:assets|liabilities|working\s+capital)\b`)

// statementCaptionRE finds the caption of a primary statement:
// "CONSOLIDATED STATEMENTS OF OPERATIONS", "Consolidated Income
// Statement", "BALANCE SHEETS", "Statement of Financial Position".
var statementCaptionRE = regexp.MustCompile(`(?i)\b(?:(?:condensed\s+)?(?:consolidated\s+)?statements?\s+of\s+(?:income|operations|earnings|cash\s+flows|financial\s+position|profit\s+or\s+loss|comprehensive\s+(?:income|loss))|balance\s+sheets?|income\s+statements?)\b`)

// statementCaption reports text that ends in a statement's caption: its
// name capitalised as a title and not a phrase of a sentence ("…
// compensation included in our consolidated statements of operations:"
// introduces a note's table, not the statement).
func statementCaption(before string) bool {
	for _, loc := range statementCaptionRE.FindAllStringIndex(before, -1) {
		if c := before[loc[0]]; c < 'A' || c > 'Z' {
			continue
		}
		words := strings.Fields(before[:loc[0]])
		if len(words) > 0 {
			last := strings.ToLower(strings.Trim(words[len(words)-1], ",.;:"))
			if captionLeadIns[last] {
				continue // "in the Consolidated Statements of Operations"
			}
		}
		return true
	}
	return false
}

// captionLeadIns are the words that put a statement's name inside a
// sentence.
var captionLeadIns = map[string]bool{"in": true, "on": true, "the": true, "our": true, "its": true, "within": true, "from": true, "to": true, "of": true, "and": true, "into": true, "accompanying": true}

// hedgeTable reports a table of the effects of derivatives and hedges on
// the statements' lines, as its header says. (The text before a table is
// no guide: a statement of comprehensive income names derivatives in its
// rows, and a PDF's page break leaves those rows before the table.)
// Only header rows count: a section of the body ("Fair value hedges:")
// is a line of a statement.
func hedgeTable(t *table, rows []tableRow) bool {
	for i, row := range rows {
		if !row.header {
			break
		}
		for _, c := range t.rows[i] {
			if hedgeCaptionRE.MatchString(c.text) {
				return true
			}
		}
	}
	return false
}

// equityStatementRE finds the caption of a statement of changes in
// equity.
var equityStatementRE = regexp.MustCompile(`(?i)statements?\s+of\s+(?:changes\s+in\s+)?(?:consolidated\s+)?(?:share(?:holders|owners)['’]?|stock(?:holders)['’]?|)\s*(?:equity|deficit)`)

// lastRunes returns the end of s, about n bytes, cut at a rune.
func lastRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// taxFromArithmetic sets the sign of a table's tax by the statement's own
// arithmetic: income before taxes less the tax is net income. Statements
// write the tax as a deduction "(1,241)", an expense "1,241", or a benefit
// first "Income tax benefit/(expense) (381)"; the arithmetic says which.
func taxFromArithmetic(ms []Mention) []Mention {
	type slot struct {
		period Period
		seg    string
	}
	pretax, net := map[slot]decimal.Decimal{}, map[slot]decimal.Decimal{}
	for _, m := range ms {
		s := slot{m.Key.Period, m.Key.Segment}
		switch m.Key.Concept {
		case "IncomeLossBeforeIncomeTaxes":
			pretax[s] = m.Value
		case "NetIncomeLoss":
			if _, ok := net[s]; !ok {
				net[s] = m.Value // the first, the consolidated net income, before the minority's share
			}
		}
	}
	for i, m := range ms {
		if m.Key.Concept != "IncomeTaxExpenseBenefit" {
			continue
		}
		s := slot{m.Key.Period, m.Key.Segment}
		p, okP := pretax[s]
		n, okN := net[s]
		if !okP || !okN {
			continue
		}
		want := p.Sub(n)
		if want.Abs().Sub(m.Value.Abs()).Abs().LessThanOrEqual(decimal.New(1, int32(-m.Decimals))) && !want.IsZero() {
			ms[i].Value = m.Value.Abs().Mul(decimal.NewFromInt(int64(want.Sign())))
		}
	}
	return ms
}

// fiscalYearRE finds a fiscal year named in a header: "Fiscal 2024".
var fiscalYearRE = regexp.MustCompile(`(?i)\bfiscal\s+(?:year\s+)?(\d{4})\b`)

// nextFiscalYear names the year after the fiscal year a header names.
func nextFiscalYear(h string) string {
	return fiscalYearRE.ReplaceAllStringFunc(h, func(m string) string {
		y := fiscalYearRE.FindStringSubmatch(m)[1]
		return "fiscal " + strconv.Itoa(atoi(y)+1)
	})
}

// yearEndedRE and fiscalNamedRE pair a fiscal year's name with the day it
// ends: "the fiscal year ended February 2, 2025 (“fiscal 2024”)",
// "fiscal 2024   Fiscal year ended February 2, 2025" on one line or in
// two cells of a row.
var (
	yearEndedRE   = regexp.MustCompile(`(?i)\b(?:year|period)\s+end(?:ed|ing)\s+(january|february|march)\s+\d{1,2},\s+(\d{4})\s*\(\s*[“"]?fiscal\s+(?:year\s+)?(\d{4})\b`)
	fiscalNamedRE = regexp.MustCompile(`(?i)\bfiscal\s+(?:year\s+)?(\d{4})\b(?:[^.\n]{0,60}?|\s+fiscal\s+year\s+)end(?:ed|ing|s)\s+(january|february|march)\s+\d{1,2},\s+(\d{4})`)
	// "“fiscal 2024” refers to the fiscal year from April 1, 2024 to March
	// 31, 2025", "FISCAL 2025 (APRIL 1, 2025 TO MARCH 31, 2026)": a year
	// with both its ends
	fiscalRangeRE = regexp.MustCompile(`(?i)\bfiscal\s+(?:year\s+)?(\d{4})\b[^.\n\d]{0,60}?(?:` + monthDayYear + `),?\s*(?:to|through|until|-|–)\s*(?:` + monthDayYear + `)`)
)

// monthDayYear is a day in a sentence, "March 31, 2025", "31 March 2025",
// "March 2025", its year the regexp's last group.
const monthDayYear = `(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(\d{4})`

// startNamedYears reports a company that names a fiscal year for the
// calendar year it starts in, as retailers whose year ends early in the
// next do ("fiscal 2024" ended on February 2, 2025): the text pairs the
// names with their ends more often so than the other way.
func (r *reader) startNamedYears() bool {
	if r.startNamed == 0 {
		start, end := 0, 0
		vote := func(name, ended string) {
			switch atoi(ended) - atoi(name) {
			case 1:
				start++
			case 0:
				end++
			}
		}
		for _, m := range yearEndedRE.FindAllStringSubmatch(r.text, -1) {
			vote(m[3], m[2])
		}
		for _, m := range fiscalNamedRE.FindAllStringSubmatch(r.text, -1) {
			vote(m[1], m[3])
		}
		for _, m := range fiscalRangeRE.FindAllStringSubmatch(r.text, -1) {
			if atoi(m[3])-atoi(m[2]) == 1 { // a year's two ends, not a run of years
				vote(m[1], m[3]) // both its ends: as good as two
				vote(m[1], m[3])
			}
		}
		r.startNamed = -1
		if start >= 2 && start > end {
			r.startNamed = 1
		}
	}
	return r.startNamed > 0
}

// mostlyPositive reports a row whose figures are more often positive
// than negative.
func mostlyPositive(ns []cellNumber) bool {
	n := 0
	for _, x := range ns {
		n += x.value.Sign()
	}
	return n > 0
}

// costsBracketed reports a table that shows its costs as negatives,
// "Cost of sales (2 401 434)", as most statements outside the US do: its
// signed debits (tax, interest) are expenses when bracketed too.
func costsBracketed(r *reader, rows []tableRow) bool {
	neg, pos := 0, 0
	for _, row := range rows {
		if row.header || len(row.numbers) == 0 {
			continue
		}
		name, _, ok := r.labelConcept(row.label, "")
		if !ok {
			continue
		}
		info, _ := LookupConcept(name)
		if info.Balance != Debit || info.Signed || info.Outflow || info.Kind != Monetary || info.Instant {
			continue
		}
		for _, n := range row.numbers {
			switch n.value.Sign() {
			case -1:
				neg++
			case 1:
				pos++
			}
		}
	}
	return neg > pos
}

// benefitFirst reports a tax row that shows a benefit as positive:
// "Income tax benefit/(expense)", "Benefit (provision) for income taxes".
func benefitFirst(label string) bool {
	low := strings.ToLower(label)
	// the word in brackets is what a negative figure is: "(Provision
	// for) benefit" and "Benefit (provision)" show a benefit positive,
	// "(Benefit)/expense" an expense
	if m := bracketWordRE.FindStringSubmatch(low); m != nil {
		return m[1] != "benefit"
	}
	b := strings.Index(low, "benefit")
	if b < 0 {
		return false
	}
	for _, w := range []string{"expense", "provision"} {
		if i := strings.Index(low, w); i >= 0 && i < b {
			return false
		}
	}
	return strings.Contains(low, "expense") || strings.Contains(low, "provision")
}

// bracketWordRE finds the word of a tax row's label in brackets.
var bracketWordRE = regexp.MustCompile(`\((benefit|expense|provision)\b[^)]*\)`)

// labelFillers are the words a row's label may hold beside its concept's
// name: "Total net sales", "Net income (loss)", "Other income/(expense),
// net".
var labelFillers = map[string]bool{
	"total": true, "net": true, "consolidated": true, "and": true, "of": true, "the": true, "loss": true,
	"losses": true, "income": true, "expense": true, "expenses": true, "gain": true, "gains": true,
	"benefit": true, "provision": true, "for": true, "diluted": true, "basic": true, "share": true,
	"per": true, "common": true, "ordinary": true, "a": true, "statutory": true, "reported": true,
	"after": true, "dilution": true, // "Earnings per share after dilution"; not "before dilution", the basic figure
	"segment": true, // "Segment operating margin" over rows of segments
}

// tableLabels indexes tableLabelLexicon by the letters of each label.
var tableLabels = func() map[string]string {
	m := map[string]string{}
	for _, l := range tableLabelLexicon {
		m[lettersOf(l.label)] = l.concept
	}
	return m
}()

// lettersOf returns the lower-case letters of s: labels compare by them.
func lettersOf(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var (
	// labelAsideRE finds a label's asides: "(loss)", "(used in)", "(1)".
	labelAsideRE = regexp.MustCompile(`\([^)]*\)`)
	// labelLeadAltRE finds a bracketed alternative before the word it is
	// the other side of: "(Loss)/earnings", "Net cash (used)/provided by".
	labelLeadAltRE = regexp.MustCompile(`\([^)]*\)\s*/\s*`)
	// labelAltRE finds an alternative after a slash: "/benefit", "/(used in)".
	labelAltRE = regexp.MustCompile(`\s*/[A-Za-z]*`)
	// labelEdgeRE finds a balance's edge at the label's end: "at beginning of
	// period", ", end of year", "- beginning balances".
	// labelEdgeDayRE finds a balance's day in its label: "Cash … at January 1"
	labelEdgeDayRE = regexp.MustCompile(`(?i)[\s,–—-]*\b(?:at|as\s+of)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})\s*$`)
	labelEdgeRE    = regexp.MustCompile(`(?i)[\s,–—-]*(?:\bat\s+|\bas\s+of\s+)?(?:the\s+)?\b(beginning|end|ending)(?:\s+balances?)?(?:\s+of\s+(?:the\s+)?(?:period|year|quarter))?\s*$`)
	// labelOwnerRE finds whose figure a label says it is: "attributable to
	// Boeing shareholders", "to ExxonMobil".
	labelOwnerRE = regexp.MustCompile(`(?i)\s+(?:attributable\s+)?to\s+([^,]+)$`)
)

// incomeBracketedRE finds a label of income and expense that shows the
// income bracketed: "Interest and other (income) expense", "Other expense
// (income), net".
var incomeBracketedRE = regexp.MustCompile(`(?i)\(income\)\s*(?:/\s*)?expense|expense\s*/?\s*\(income\)`)

// commonOwnersRE finds owners named as the common shareholders.
var commonOwnersRE = regexp.MustCompile(`\bcommon\s+(?:stock|share)(?:holders|owners)\b`)

// ownerName reports words after "to" that name an owner: a name
// ("Walmart", "Boeing shareholders") or owners ("common stockholders",
// "noncontrolling interests"), not a thing ("related to property and
// equipment").
func ownerName(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c) || ownerWordRE.MatchString(s)
}

// ownerWordRE finds the words for owners.
var ownerWordRE = regexp.MustCompile(`(?i)holders|owners|interests?\b|\bparent|\bcompany|\bminority|\bcommon|\bpartners`)

// tableLabel is a row's label made ready to match: asides and
// alternatives dropped, the edge of a balance ("beginning of period") and
// the owner ("attributable to Boeing shareholders") taken off.
type tableLabel struct {
	text   string
	edge   int  // -1 the balance at the period's start, +1 at its end
	minor  bool // the figure of minority owners, not the company's
	common bool // what is left for common shareholders, after preferred dividends
	owned  bool // the company's owners' share: "attributable to Boeing shareholders"
	// commonOwners marks owners named as the common shareholders:
	// "attributable to Boeing common shareholders", what is left after
	// preferred dividends where a company has both
	commonOwners bool
}

func cleanLabel(label string) tableLabel {
	l := footnoteMarkRE.ReplaceAllString(label, "")
	if !monthEndRE.MatchString(l) {
		l = gluedMarkRE.ReplaceAllString(l, "$1$2") // "Diluted Net Income Per Share1", "… Per Share 1": a superscript flattened
	}
	l = labelLeadAltRE.ReplaceAllString(l, "") // "(Loss)/earnings from operations"
	l = labelAsideRE.ReplaceAllString(l, " ")
	l = labelAltRE.ReplaceAllString(l, " ")
	out := tableLabel{}
	if m := labelEdgeRE.FindStringSubmatch(l); m != nil {
		out.edge = 1
		if strings.EqualFold(m[1], "beginning") {
			out.edge = -1
		}
		l = l[:len(l)-len(m[0])]
	} else if m := labelEdgeDayRE.FindStringSubmatch(l); m != nil {
		// "… at January 1" opens a year; "… at June 30" closes one
		out.edge = 1
		if strings.EqualFold(m[1], "january") && m[2] == "1" {
			out.edge = -1
		}
		l = l[:len(l)-len(m[0])]
	}
	if m := labelOwnerRE.FindStringSubmatchIndex(l); m != nil && ownerName(l[m[2]:m[3]]) {
		owner := strings.ToLower(l[m[2]:m[3]])
		out.minor = strings.Contains(owner, "noncontrolling") || strings.Contains(owner, "non-controlling") || strings.Contains(owner, "minority")
		// what is "available to common" is left after preferred dividends;
		// what is "attributable to common stockholders" is the owners' share
		out.common = strings.Contains(owner, "common") && !strings.Contains(strings.ToLower(l[m[0]:m[2]]), "attributable")
		out.owned = !out.minor && !out.common
		out.commonOwners = out.owned && commonOwnersRE.MatchString(owner)
		l = l[:m[0]]
	}
	if m := labelUnitRE.FindStringSubmatchIndex(l); m != nil && (m[2] < 0 || currencyCodes[strings.ToUpper(l[m[2]:m[3]])] != "") {
		l = l[:m[0]] // "Earnings per share after dilution, SEK", "EBITA margin, %"
	}
	l = labelBreakdownRE.ReplaceAllString(strings.TrimRight(l, " :"), "")
	out.text = strings.Trim(strings.Join(strings.Fields(l), " "), " ,:;.-–—")
	if name, ok := equityOwner(out.text); ok && !out.minor {
		// "Total IBM stockholders' equity", "ExxonMobil share of equity":
		// the equity of the company the label names, not the minority's
		out.text, out.owned = "stockholders' equity", !ownerNotCompany[strings.ToLower(name)]
	} else if out.owned && strings.EqualFold(out.text, "equity") {
		out.text = "stockholders' equity" // "Equity attributable to shareowners of The Coca-Cola Company"
	}
	return out
}

var (
	// equityOwnerRE finds equity a label gives a name's owners: "Total
	// Walmart shareholders' equity", "Mastercard Incorporated Stockholders'
	// Equity", "ExxonMobil share of equity". The name is capitalised.
	equityOwnerRE = regexp.MustCompile(`^(?:[Tt]otal\s+)?((?:[A-Z][\w.&'’-]*\s+){1,4}?)(?:(?:[Ss]tock|[Ss]hare)(?:holders|owners)['’]?\s+(?:[Ee]quity|[Dd]eficit)|[Ss]hare\s+of\s+[Ee]quity)$`)
	// ownerNotCompany are the capitalised words before "stockholders'
	// equity" that name a class of shares, not the company
	ownerNotCompany = map[string]bool{"common": true, "preferred": true, "noncontrolling": true, "non-controlling": true, "minority": true, "total": true}
)

// equityOwner returns the name a label of owners' equity opens with.
func equityOwner(label string) (string, bool) {
	m := equityOwnerRE.FindStringSubmatch(label)
	if m == nil || strings.TrimSpace(m[1]) == "" {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

// addBacks are the costs a reconciliation adds back line by line under
// each GAAP measure, in part under gross profit.
var addBacks = map[string]bool{"ShareBasedCompensation": true, "DepreciationAndAmortization": true}

// ownersRowRE and minorityRowRE find the rows a result attributable to
// its owners is split into: "Owners of the company", "Equity holders of
// the parent"; "Non-controlling interests".
var (
	ownersRowRE   = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:owners|equity\s+holders|shareholders|stockholders|members)\s+of\s+(?:the\s+)?(?:company|parent|group)\s*$`)
	minorityRowRE = regexp.MustCompile(`(?i)^\s*(?:non-?\s*controlling|minority)\s+interests?\s*$`)
)

// resultWords name a period's result, bare: "Profit attributable to".
var resultWords = map[string]bool{
	"profit": true, "loss": true, "profit/(loss)": true, "(loss)/profit": true, "profit (loss)": true,
	"earnings": true, "net result": true, "result": true, "profit for the year": true, "profit for the period": true,
}

// attributedConcept reads a row that splits a result between its owners:
// "Profit attributable to", "Total comprehensive income attributable
// to:", and returns the concept of the owners' share.
func (r *reader) attributedConcept(label string) (string, bool) {
	lab := strings.ToLower(strings.TrimRight(strings.TrimSpace(label), ": "))
	base, ok := strings.CutSuffix(lab, " attributable to")
	if !ok {
		return "", false
	}
	name, _, ok := r.labelConcept(base, "")
	if resultWords[base] {
		name, ok = "NetIncomeLoss", true // "Profit attributable to", "(Loss)/profit attributable to"
	}
	switch {
	case !ok:
		return "", false
	case name == "NetIncomeLoss" || name == "NetIncomeLossAttributableToParent":
		return "NetIncomeLossAttributableToParent", true
	case name == "ComprehensiveIncomeLossAttributableToParent":
		return name, true
	}
	return "", false
}

// totalClosesSection reports a row of concept's total ("Total revenue")
// among the rows of a section before the next section begins.
func (r *reader) totalClosesSection(rows []tableRow, concept string) bool {
	for _, row := range rows {
		if row.header || len(row.cells) == 0 {
			return false
		}
		if name, _, ok := r.labelConcept(row.label, ""); ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(row.label)), "total") {
			return name == concept
		}
	}
	return false
}

// labelBreakdownRE finds what a section's label breaks its concept down
// by: "Net sales by reportable segment:", "Revenues by geographic area".
var labelBreakdownRE = regexp.MustCompile(`(?i)\s+by\s+(?:reportable\s+|reporting\s+|operating\s+|business\s+|geographic\s+)?(?:segments?|regions?|areas?|categor(?:y|ies)|geograph(?:y|ies))$`)

// labelConcept reads a row's label as a concept: a statement's label
// (tableLabelLexicon), else the lexicon's phrases, the longest that fits,
// with only filler words beside it; a label that says more ("Net income
// attributable to noncontrolling interests") names something else.
// "Basic" and "Diluted" under a heading of earnings per share are its
// figures.
func (r *reader) labelConcept(label, section string) (name string, perShare bool, ok bool) {
	// a table's labels repeat (a statement's rows in every note, a
	// segment's under each): read each once
	k := [2]string{label, section}
	if v, found := r.labels[k]; found {
		return v.name, v.perShare, v.ok
	}
	name, perShare, ok = r.readLabelConcept(label, section)
	if rest, cut := cutPrefixFold(label, "GAAP "); !ok && cut {
		// "GAAP gross profit" in a reconciliation: the reported measure
		name, perShare, ok = r.readLabelConcept(rest, section)
	}
	if m := labelTailRE.FindStringIndex(label); !ok && m != nil {
		// "Cost of sales, including buying and occupancy costs", "Long-term
		// debt, net of current portion": what the line takes in or leaves
		// to another line
		name, perShare, ok = r.readLabelConcept(label[:m[0]], section)
	}
	if !ok && strings.Contains(label, " & ") {
		// "Research & development", "Selling, general & administrative"
		name, perShare, ok = r.readLabelConcept(strings.ReplaceAll(label, " & ", " and "), section)
	}
	if m := shareOfSalesLabelRE.FindStringIndex(label); m != nil && m[0] > 0 {
		// "Adjusted EBITDA as % of revenue": the profit's margin
		if profit, ps, found := r.readLabelConcept(label[:m[0]], section); found && !ps {
			if margin := MarginOf(profit); margin != "" {
				name, perShare, ok = margin, false, true
			}
		}
	}
	if r.labels == nil {
		r.labels = map[[2]string]labelReading{}
	}
	r.labels[k] = labelReading{name, perShare, ok}
	return name, perShare, ok
}

// shareOfSalesLabelRE finds a label's tail that makes its figures shares
// of revenue: "Adjusted EBITDA as % of revenue", "Operating income as a
// percentage of net sales".
var shareOfSalesLabelRE = regexp.MustCompile(`(?i)\s+as\s+(?:a\s+)?(?:%|percent(?:age)?)\s+of\s+(?:total\s+|net\s+)*(?:revenues?|sales)\b.*$`)

// labelTailRE finds a label's tail that says what the line takes in or
// leaves to another: ", including buying and occupancy costs", ", net of
// current portion", ", less current maturities".
var labelTailRE = regexp.MustCompile(`(?i),\s*(?:including\s|net\s+of\s+current|less\s+current|excluding\s+current).*$`)

// cutPrefixFold cuts prefix from s, in any case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// labelReading is what labelConcept made of a label.
type labelReading struct {
	name     string
	perShare bool
	ok       bool
}

// readLabelConcept is labelConcept's reading, uncached.
func (r *reader) readLabelConcept(label, section string) (name string, perShare bool, ok bool) {
	if m := adjustedLabelRE.FindStringSubmatchIndex(label); m != nil {
		// "Adjusted EBITDA", "Non-GAAP diluted EPS", "Net income
		// (non-GAAP)": the measure's adjusted twin, or none
		rest := strings.TrimSpace(label[:m[0]] + " " + label[m[1]:])
		if name, perShare, ok = r.readLabelConcept(rest, section); ok {
			if adj := Adjusted(name); adj != name {
				return adj, perShare, true
			}
		}
		return "", false, false
	}
	lab := cleanLabel(label)
	if lab.minor || lab.common && !strings.Contains(strings.ToLower(label), "per") {
		return "", false, false // the minority's share; what is left for common shareholders
	}
	low := strings.ToLower(lab.text)
	if low == "" {
		return "", false, false
	}
	secLow := strings.ToLower(section)
	perShareSection := (strings.Contains(secLow, "per share") || strings.Contains(secLow, "per common share")) && !strings.Contains(secLow, "shares")
	if low == "diluted" || strings.HasPrefix(low, "diluted ") && len(low) < 20 && !perShareNameRE.MatchString(low) {
		if perShareSection {
			return "EPS", true, true
		}
		return "", false, false
	}
	if low == "basic" || strings.HasPrefix(low, "basic ") && len(low) < 20 {
		return "", false, false // the diluted figure is Facet's EPS
	}
	if low == "total" && perShareSection && strings.Contains(secLow, "dilut") {
		return "EPS", true, true // "Assuming dilution:" … "Total" under "Earnings per share:"
	}
	if debtLabels[lettersOf(low)] && nonCurrentRE.MatchString(secLow) {
		return "LongTermBorrowings", false, true // "Term debt" under "Non-current liabilities:"
	}
	key := strings.TrimPrefix(lettersOf(low), "total")
	if c, found := tableLabels[key]; found {
		if c == "CashAndCashEquivalents" && lab.edge != 0 {
			// the cash a cash-flow statement starts and ends with takes in
			// restricted cash, whatever its label says
			c = "CashCashEquivalentsAndRestrictedCash"
		}
		return c, false, true
	}
	if c, found := tableLabels[strings.TrimSuffix(key, "net")]; found {
		return c, false, true
	}
	for _, p := range tableLabelPrefixes {
		if strings.HasPrefix(low, p.prefix) {
			return p.concept, false, true
		}
	}
	text := lab.text
	toks := scanTokens(text, nil)
	hits := dropContained(lex.m.find(text, toks, nil))
	best := -1
	for i, h := range hits {
		if lex.entries[h.entry].kind != eConcept {
			continue
		}
		if best < 0 || h.hi-h.lo > hits[best].hi-hits[best].lo {
			best = i
		}
	}
	if best < 0 {
		return "", false, false
	}
	h := hits[best]
	cue := lex.entries[h.entry].cue
	for k, tk := range toks {
		if k >= h.lo && k < h.hi || tk.kind == tPunct {
			continue
		}
		if !labelFillers[strings.ToLower(text[tk.start:tk.end])] {
			return "", false, false
		}
	}
	if cue.adjusted {
		// "Current operating income", "Recurring EBITDA": an adjusted
		// measure by its name
		if name, perShare, ok := plainLabelCue(cue, low, label, perShareSection); ok {
			return Adjusted(name), perShare, true
		}
		return "", false, false
	}
	return plainLabelCue(cue, low, label, perShareSection)
}

// plainLabelCue is the concept a label's cue names, its adjustment aside.
func plainLabelCue(cue conceptCue, low, label string, perShareSection bool) (string, bool, bool) {
	perShareLabel := strings.Contains(low, "per share") || strings.Contains(low, "per common share") || strings.Contains(low, "per diluted share") ||
		perShareNameRE.MatchString(low) || perShareSection && cue.perShare != ""
	switch {
	case perShareLabel && cue.perShare != "":
		if strings.Contains(low, "basic") && !strings.Contains(low, "diluted") {
			return "", false, false
		}
		return cue.perShare, true, true
	case cue.ratio != "" && percentLabelRE.MatchString(label):
		return cue.ratio, false, true // "EBITDA margin (%)": the margin, in per cent
	case cue.money != "":
		return cue.money, false, true
	case cue.ratio != "":
		// "Gross margin" over amounts is the gross profit
		if c, ok := LookupConcept(cue.ratio); ok && c.Profit != "" {
			return c.Profit, false, true
		}
	}
	return "", false, false
}

// adjustedLabelRE finds the word that makes a row label name an adjusted
// measure: "Adjusted EBITDA", "Non-GAAP diluted EPS", "Net income
// (non-GAAP)", "Underlying EBIT".
var adjustedLabelRE = regexp.MustCompile(`(?i)^[\s*_]*(?:adjusted|adj\.|core|non-gaap|non-ifrs|underlying)\s+|\s*\((?:adjusted|non-gaap|non-ifrs)\)[\s*_]*$`)

// percentLabelRE finds a row label that says its numbers are per cent:
// "EBITDA margin (%)", "EBIT margin in %", "EBITA margin, %".
var percentLabelRE = regexp.MustCompile(`\(\s*%\s*\)|,\s*%\s*$|(?i:\bin\s+(?:%|per\s*cent\b|percent\b))`)

// labelUnitRE finds the unit a row label ends with after a comma, as
// Nordic reports write it: "Earnings per share, SEK", "EBITA margin, %",
// "Net debt, MSEK". The group is the currency's code, when one.
var labelUnitRE = regexp.MustCompile(`,\s*(?:%|[MTK]?([A-Z]{3})(?:\s?(?:m|bn|k|'000))?)\s*$`)

// gluedMarkRE finds a footnote's number set as a superscript and
// flattened onto a label's last word, or a space after it: "Per
// Share1", "Per Share 1", "Net income2".
var gluedMarkRE = regexp.MustCompile(`([A-Za-z])\s?\d$|([a-z])\d{2}$`)

// monthEndRE finds a label that ends in a day of a month ("… at January
// 1"): its number is the day, not a mark.
var monthEndRE = regexp.MustCompile(`(?i)\b(?:` + monthNames + `)\.?\s+\d{1,2}$`)

// monthNames matches a month's name, whole or cut short: "Jan", "Sept.".
const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// footnoteMarkRE finds the marks of footnotes in a label: "Revenue (1)",
// "Net income*", "Operating income(a)".
// leadingAsideRE finds a bracketed aside that opens a column's head.
var leadingAsideRE = regexp.MustCompile(`^\s*\([^)]*\)\s*`)

// headFootnoteRE finds a footnote's mark in a column's head: "Segment
// profit*1", "Revenue¹", "EBIT (2)".
var headFootnoteRE = regexp.MustCompile(`\*+\d?|[¹²³⁴⁵]|\s*\(\d\)`)

var footnoteMarkRE = regexp.MustCompile(`\s*\((?:\d{1,2}|[a-z])\)|\*+`)

// abbrevDefRE finds a name a text shortens once: "Amazon Web Services
// (“AWS”)", "Boeing Defense, Space & Security (BDS)".
var abbrevDefRE = regexp.MustCompile(`((?:[A-Z][A-Za-z'’.-]*,?\s+|(?:and|&|of|the)\s+){1,7})\(\s*[“"]?([A-Z]{2,6})[”"]?\s*\)`)

// shortNames reads the names the text shortens, each abbreviation to
// the shortest run of words before it whose capitals spell it in order.
func shortNames(text string) map[string]string {
	out := map[string]string{}
	for _, m := range abbrevDefRE.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[1])
		abbr := m[2]
		for start := len(words) - 1; start >= 0; start-- {
			if !strings.HasPrefix(words[start], abbr[:1]) {
				continue
			}
			k := 0
			for _, w := range words[start:] {
				if k < len(abbr) && w[0] == abbr[k] {
					k++
				}
			}
			if k == len(abbr) {
				out[abbr] = strings.TrimRight(strings.Join(words[start:], " "), ",")
			}
			break
		}
	}
	return out
}

// fullName returns the name a segment's abbreviation stands for in the
// text ("AWS" is "Amazon Web Services"), or the segment as it is.
func (r *reader) fullName(segment string) string {
	if len(segment) > 6 || strings.ToUpper(segment) != segment {
		return segment
	}
	if r.abbrevs == nil {
		r.abbrevs = shortNames(r.text)
	}
	if full, ok := r.abbrevs[segment]; ok {
		return full
	}
	return segment
}

// captionPeriodRE finds a caption that gives its table's columns their
// length: "For the six months ended 30 June 2025", "Three Months Ended",
// "Divisions (9M, in €m)".
var captionPeriodRE = regexp.MustCompile(`(?i)\b(?:three|six|nine|twelve|thirteen|twenty[- ]?six|thirty[- ]?nine|\d{1,2})\s+(?:months|weeks)\s+end(?:ed|ing)\b|\((?:9M|6M|H1|Q[1-4])\b`)

// cornerPartRE finds the part of a year a table's corner sets over
// columns headed by years: "9M, in €m", "H1 | 2025 | 2024".
var cornerPartRE = regexp.MustCompile(`(?i)^\W*(?:9M|6M|H[12]|Q[1-4])\b`)

// fiscalHeadRE finds a column's head that names a fiscal year as such
// ("FY25", "Fiscal 2024"), not by its number alone ("2025 HK$'000",
// "Sales 2025").
var fiscalHeadRE = regexp.MustCompile(`(?i)\bFY|\bfiscal\b`)

// captionPeriods gives columns headed by a year alone ("2025 HK$'000")
// the length of period the caption over the table names: the statement
// of an interim report "For the six months ended 30 June 2025" compares
// halves, not years.
func captionPeriods(before string, cols map[int]column, cal Calendar) {
	// the words just above the table: its caption ends the text before it
	tail := lastRunes(strings.TrimRight(before, "*_# \n"), 100)
	locs := captionPeriodRE.FindAllStringIndex(tail, -1)
	if len(locs) != 1 {
		return // none, or two over two groups of columns ("Six months ended … Three months ended …")
	}
	line := tail[locs[0][0]:]
	if len(line) > 60 {
		return
	}
	for k, c := range cols {
		if !c.ok || fiscalHeadRE.MatchString(c.header) || periodWordsRE.MatchString(c.header) {
			continue
		}
		if kind, _, _ := cal.Describe(c.period); kind != YearPeriod {
			continue
		}
		if p, ok := headerPeriod(line+" "+c.header, cal); ok && !p.IsInstant() {
			c.period = p
			cols[k] = c
		}
	}
}
