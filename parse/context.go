package parse

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// DocKind is the kind of document.
type DocKind int

const (
	UnknownKind DocKind = iota
	CallTranscript
	InterimReport
	AnnualReport
	PressRelease
)

var docKindNames = [...]string{"document", "call transcript", "interim report", "annual report", "press release"}

func (k DocKind) String() string {
	if int(k) < len(docKindNames) {
		return docKindNames[k]
	}
	return "document"
}

// Context is what a document says about itself: whose it is, what kind,
// which period it reports, in which currency, and its defaults.
type Context struct {
	Company  string
	Kind     DocKind
	Period   Period // the period the document reports
	Calendar Calendar
	// FiscalYearEndStated is set when the text (or the caller) fixed the
	// fiscal year end rather than Facet assuming December.
	FiscalYearEndStated bool
	// FiscalYearEndSet is set when a person chose the fiscal year end.
	FiscalYearEndSet bool
	// PeriodSet is set when a person said which period the document
	// reports.
	PeriodSet      bool
	Currency       string // ISO 4217 code figures are in unless they say otherwise
	CurrencyStated bool   // the text says so ("all figures … are denominated in RMB")
	// NonGAAP is set when the document says its figures are non-GAAP
	// unless stated otherwise: an unqualified figure is then the adjusted one.
	NonGAAP bool
	// PeriodGuessed is set when the text names no period and Facet took
	// it from the file name or the document's date.
	PeriodGuessed bool
	Notes         []string
}

// PeriodLabel names the document's period as analysts write it.
func (c Context) PeriodLabel() string { return c.Calendar.Label(c.Period) }

// readContext reads the document's context from its hits and amounts.
func (r *reader) readContext(opt Options) {
	c := &r.ctx
	c.Company = r.readCompany()
	c.Currency, c.CurrencyStated = r.readCurrency()
	c.NonGAAP = r.readNonGAAP()
	v := r.readPeriod()
	word, year, fye, guessed := v.word, v.year, v.fye, v.guessed
	if opt.FiscalYearEnd != 0 {
		fye = opt.FiscalYearEnd
		c.FiscalYearEndStated = true
	} else if fye != 0 {
		c.FiscalYearEndStated = true
	}
	c.Calendar = Calendar{FiscalYearEnd: fye, StartNamed: v.startNamed && fye == v.fye}
	if v.doubt != "" {
		c.Notes = append(c.Notes, v.doubt)
	}
	if year == 0 {
		today := opt.Today
		if today.IsZero() {
			today = time.Now()
		}
		year = today.Year()
		c.Notes = append(c.Notes, "the document names no year; assumed the current one")
		guessed = true
	}
	c.PeriodGuessed = guessed
	if p, ok := opt.Periods[r.doc.Name]; ok && !p.IsZero() {
		// the period a person says the document reports
		set := true
		switch kind, fy, n := c.Calendar.Describe(p); kind {
		case QuarterPeriod:
			word, year = pwQ1+periodWord(n-1), fy
		case HalfPeriod:
			word, year = pwH1, fy
			if n == 2 {
				word = pwH2
			}
		case NineMonthPeriod:
			word, year = pwNineMonths, fy
		case YearPeriod:
			word, year = pwFullYear, fy
		default:
			set = false // no period of the company's calendar: Facet's reading stands
		}
		if set {
			c.PeriodSet, c.PeriodGuessed = true, false
		}
	}
	switch word {
	case pwQ1, pwQ2, pwQ3, pwQ4:
		c.Period = c.Calendar.Quarter(year, int(word-pwQ1)+1)
	case pwH1:
		c.Period = c.Calendar.Half(year, 1)
	case pwH2:
		c.Period = c.Calendar.Half(year, 2)
	case pwNineMonths:
		c.Period = c.Calendar.NineMonths(year)
	default:
		c.Period = c.Calendar.FiscalYear(year)
	}
	c.Kind = r.readKind(word)
}

// readCompany finds the company the document is about: the name that most
// often stands where names stand ("Welcome to X's", "X reports",
// "attributable to X", "X Holdings Limited", "NASDAQ:KC X"), without legal
// suffixes. Failing that, the file name's first word stands in.
func (r *reader) readCompany() string {
	if name := registrantName(r.text, r.lower); name != "" {
		return name
	}
	votes := map[string]int{}
	strong := map[string]bool{} // names some context marks as the company's
	firm := map[string]bool{}   // names a context marks beyond doubt: "Welcome to X's", a title's "X plc"
	display := map[string]string{}
	persons := r.personFirstNames()
	add := func(words []string, weight int) {
		for len(words) > 0 && legalSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], "."))] {
			words = words[:len(words)-1]
		}
		if len(words) == 0 {
			return
		}
		for _, w := range words {
			if stop, _ := lookupLower(nameStops, w); stop {
				return // a joined word: "M&A", "Q&A"
			}
		}
		name := strings.Join(words, " ")
		lname := strings.ToLower(name)
		if weight > 0 && (placeNames[lname] || len(words) <= 2 && persons[strings.ToLower(words[0])]) {
			return // "The Americas delivered", "As Bruce indicated": a market, a speaker
		}
		key := strings.ReplaceAll(lname, " ", "")
		if len(key) < 2 || len(key) == 2 && strings.ToUpper(name) != name {
			return // "HP" is a name; "Hi" is not
		}
		votes[key] += weight
		if weight >= 2 {
			strong[key] = true
		}
		if weight >= 3 {
			firm[key] = true
		}
		if d, ok := display[key]; !ok || strings.Count(name, " ") > strings.Count(d, " ") {
			display[key] = name
		}
	}
	// capsFrom reads capitalised words from token i on.
	capsFrom := func(i int) []string {
		var words []string
		for k := i; k < len(r.toks) && len(words) < 5; k++ {
			t := r.toks[k]
			w := r.tok(k)
			if t.kind == tPunct && (w == "&" || w == "-") && len(words) > 0 {
				if k+1 < len(r.toks) && r.attached(k) && r.attached(k+1) && r.toks[k+1].kind == tWord {
					words[len(words)-1] += w + r.tok(k+1) // "PSE&G", "La-Z-Boy": one word
					k++
				}
				continue
			}
			if stop, _ := lookupLower(nameStops, w); t.kind != tWord || !t.has(fUpper) || stop || t.has(fNewline) && len(words) > 0 {
				break
			}
			words = append(words, w)
			if k+1 < len(r.toks) && r.isPunct(k+1, '\'') {
				break // "Kingsoft Cloud's"
			}
		}
		return words
	}
	capsBefore := func(i int) []string {
		var words []string
		for k := i - 1; k >= 0 && len(words) < 4; k-- {
			t := r.toks[k]
			w := r.tok(k)
			if len(words) == 1 && (w == "," || w == ".") && legalSuffixes[strings.ToLower(words[0])] {
				continue // "Tarrow Brands, Inc. Reports"
			}
			if t.kind == tPunct && (w == "&" || w == "-") && len(words) > 0 {
				if k > 0 && r.attached(k) && r.attached(k+1) && r.toks[k-1].kind == tWord {
					words[0] = r.tok(k-1) + w + words[0] // "PSE&G's", "La-Z-Boy's": one word
					k--
				}
				continue // "American Axle & Manufacturing's", as capsFrom reads it
			}
			if stop, _ := lookupLower(nameStops, w); t.kind != tWord || !t.has(fUpper) || stop {
				break
			}
			words = append([]string{w}, words...)
			if t.has(fNewline) {
				break
			}
		}
		return words
	}
	for _, h := range r.hits {
		e := r.entry(h)
		if e.kind != eContext {
			continue
		}
		switch e.ctx {
		case cxWelcome:
			i := h.hi
			for i < len(r.toks) && strings.EqualFold(r.tok(i), "the") {
				i++
			}
			add(capsFrom(i), 3)
			// "welcome to the Q3 FY25 Earnings Conference Call of Vardhan
			// Textiles Limited": the name after the call's
			for k := i; k+2 < min(len(r.toks), i+12); k++ {
				if r.isPunct(k, '.') {
					break
				}
				if w := r.low(k); (w == "call" || w == "webcast") && r.low(k+1) == "of" {
					add(capsFrom(k+2), 3)
					break
				}
			}
		case cxReports:
			k := h.lo
			if k > 0 && r.isPunct(k-1, '.') {
				k-- // "Acme Stores Inc. reports"
			}
			weight := 2
			if int(r.toks[h.lo].start) < r.titleEnd() || r.reportsResultsAt(h.hi) {
				weight = 3 // "Acme Stores Inc. reports results for the fourth quarter", a title's "X Reports"
			}
			add(capsBefore(k), weight)
		case cxAttributable:
			add(capsFrom(h.hi), 3) // "net income attributable to Waste Connections": the company's own
		}
	}
	for i := 0; i+1 < len(r.toks); i++ {
		t := r.toks[i]
		w := r.tok(i)
		if t.kind != tWord || !t.has(fUpper) && w != "plc" { // "Halden Group plc"
			continue
		}
		legal, _ := lookupLower(legalSuffixes, w)
		if legal && !strings.EqualFold(w, "company") && !strings.EqualFold(w, "group") && !strings.EqualFold(w, "co") {
			weight := 1 // often a client's or a partner's name
			if int(t.start) < r.titleEnd() || r.definesCompanyAfter(i+1) {
				weight = 3 // the title's "Halden Group plc"; "Halden Group plc ("Halden" or "the Group")"
			}
			add(capsBefore(i), weight)
		}
		switch {
		case (strings.EqualFold(w, "nasdaq") || strings.EqualFold(w, "nyse") || strings.EqualFold(w, "hkex")) && r.isPunct(i+1, ':') && i+3 < len(r.toks):
			add(capsFrom(i+3), 3)
		case r.isPunct(i+1, '\'') && i+2 < len(r.toks) && r.tok(i+2) == "s":
			// "Kingsoft Cloud's accumulated deficit", "Omnicom's results": a
			// possessive name; one capitalised word only when it does not
			// merely open a sentence
			words := capsBefore(i + 1)
			if len(words) >= 2 || len(words) == 1 && len(words[0]) > 3 && (r.toks[i].has(fAllCaps|fGlued) || !r.startsClause(i)) {
				add(words, 1)
			}
			// "Harsco's revenues totaled", "Greenhill's Head of Investor
			// Relations": the company's own things, of a proper name
			if i+3 < len(r.toks) && companyPossessions[r.low(i+3)] && len(words) > 0 && r.properName(words) && !r.conceptAt(i+1-len(words)) {
				weight := 2
				if titleWords[r.low(i+3)] && r.isPunct(i-len(words), ',') || r.resultsPeriodAt(i+3) {
					weight = 3 // "Greenhill's Head of Investor Relations", "Graham's fiscal 2021 third quarter results"
				}
				add(words, weight)
			}
		case i+1 < len(r.toks) && resultsVerbs[r.low(i+1)] && !r.isPunct(i+1, '\''):
			// "Watsco delivered another record quarter", "Harsco recycled"
			if words := capsBefore(i + 1); len(words) > 0 && r.properName(words) && !r.conceptAt(i+1-len(words)) {
				weight := 2
				if r.reportsResultsAt(i + 2) {
					weight = 3 // "Today, FCX reported second quarter 2021 net income", "Winnebago Industries delivered record results"
				}
				add(words, weight)
			}
		}
		// "the Rail segment", "our Clean Earth business": a part of it;
		// "Personal Systems revenue": most often a part's
		if i+1 < len(r.toks) && r.is(i+1, wcSegmentWord) {
			if words := capsBefore(i + 1); len(words) > 0 {
				add(words, -2)
			}
		} else if i+1 < len(r.toks) && r.conceptAt(i+1) {
			if words := capsBefore(i + 1); len(words) > 0 {
				add(words, -1)
			}
		}
	}
	best, bestVotes := "", 0
	// a file named after the company ("accenture-q1-fy2022-call.txt",
	// "kingsoft-cloud-h1-2024-interim-summary.txt"), when the text writes
	// that name with capitals, is good evidence; the fullest such name counts
	words := fileNameWords(r.doc.Name)
	for n := len(words); n >= 1; n-- {
		key := strings.Join(words[:n], "")
		if len(key) < 2 {
			break
		}
		if _, ok := votes[key]; ok {
			votes[key] += 3
			strong[key], firm[key] = true, true
			break
		}
		if name, count := r.capitalised(words[:n]); count >= 2 {
			votes[key] += 3
			strong[key], firm[key] = true, true
			display[key] = name
			break
		}
	}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// names are compared without spaces ("KingsoftCloud" is "Kingsoft
	// Cloud"); the most votes win, and on a tie the fuller name
	for _, k := range keys {
		if v := votes[k]; v > bestVotes || v == bestVotes && len(k) > len(best) {
			best, bestVotes = k, v
		}
	}
	// a name no context marks beyond doubt must recur: a company names
	// itself throughout its call, while "Flint delivered good growth"
	// names a business once or twice
	if best != "" && bestVotes >= 2 && strong[best] && (firm[best] || bestVotes >= minPlainVotes || r.writtenOften(display[best])) {
		words := strings.Fields(display[best])
		if len(words) > 1 && strings.ToUpper(display[best]) == display[best] {
			// an announcement's "PEARL HARBOUR LOGISTICS HOLDINGS LIMITED";
			// one word in capitals is a brand's own writing ("HEICO")
			for k, w := range words {
				if len(w) > 3 || spokenWord(w) {
					words[k] = titleWord(w)
				}
			}
		}
		return strings.Join(words, " ")
	}
	return companyFromFileName(r.doc.Name)
}

// spokenWord reports a short word in capitals that is a word, not
// initials: a consonant, a vowel, a consonant ("BAY", "SUN"), where "HSBC",
// "AIA" and "CK" are letters read one by one.
func spokenWord(w string) bool {
	vowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	return len(w) == 3 && !vowel(w[0]) && vowel(w[1]) && !vowel(w[2])
}

// titleEnd returns the byte offset where the text's title ends: its
// first line, when that is short enough to be one; 0 when it is not (a
// transcript's first paragraph).
func (r *reader) titleEnd() int {
	start := len(r.text) - len(strings.TrimLeft(r.text, " \t\r\n"))
	end := strings.IndexByte(r.text[start:], '\n')
	if end < 0 || end > maxTitle || strings.HasSuffix(strings.TrimRight(r.text[start:start+end], " \t\r"), ".") {
		return 0 // a line that ends with a full stop is a sentence: "These reports, when filed, are available …."
	}
	return start + end
}

// maxTitle is the longest first line read as a title, in bytes.
const maxTitle = 120

// definesCompanyAfter reports the bracket a release or an announcement
// puts after the company's full name: the definitions `("Halden" or "the
// Group")`, `(the "Company")`, or a Hong Kong announcement's
// "(Incorporated in Bermuda with limited liability)".
func (r *reader) definesCompanyAfter(i int) bool {
	if i >= len(r.toks) || !r.isPunct(i, '(') {
		return false
	}
	if w := r.low(min(i+1, len(r.toks)-1)); w == "incorporated" || w == "stock" && strings.EqualFold(r.tok(min(i+2, len(r.toks)-1)), "code") {
		return true
	}
	for k := i + 1; k < min(len(r.toks), i+10) && !r.isPunct(k, ')'); k++ {
		if w := r.low(k); (w == "company" || w == "group" || w == "issuer") && strings.EqualFold(r.tok(k-1), "the") || k > i+1 && r.low(k-1) == "the" && r.isPunct(k, '"') {
			return true
		}
	}
	return false
}

var fileWord = regexp.MustCompile(`^[A-Za-z][A-Za-z.&]*`)

// fileNameWords returns the leading words of a file name that may be a
// company's name: "kingsoft-cloud-h1-2024-interim-summary.txt" gives
// kingsoft, cloud.
func fileNameWords(name string) []string {
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	var out []string
	for _, w := range strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' }) {
		if w == "" || w[0] < 'a' || w[0] > 'z' || fileNameNotName[w] || periodWordRE.MatchString(w) {
			break
		}
		out = append(out, w)
	}
	return out
}

var periodWordRE = regexp.MustCompile(`^(q[1-4]|h[12]|9m|fy\d*)$`)

// conceptAt reports a concept's name starting at token i.
func (r *reader) conceptAt(i int) bool {
	k := sort.Search(len(r.hits), func(j int) bool { return r.hits[j].lo >= i })
	for ; k < len(r.hits) && r.hits[k].lo == i; k++ {
		if r.entry(r.hits[k]).kind == eConcept {
			return true
		}
	}
	return false
}

// properName reports words the text never writes in lower case: a name,
// not a word that opens a sentence ("Revenue reported …").
func (r *reader) properName(words []string) bool {
	for i, w := range words {
		lw := strings.ToLower(w)
		if lw == w {
			return false
		}
		if i > 0 && (legalSuffixes[strings.Trim(lw, ".")] || nameNouns[lw]) {
			continue // "Winnebago Industries": the text may write "industries" too
		}
		if proper, ok := r.proper[lw]; ok {
			if !proper {
				return false
			}
			continue
		}
		if r.proper == nil {
			r.proper = map[string]bool{}
		}
		r.proper[lw] = r.neverLower(lw)
		if !r.proper[lw] {
			return false
		}
	}
	return true
}

// wordBounded reports text[at:end] as whole words: no letter right
// before or after it.
func wordBounded(text string, at, end int) bool {
	return (at == 0 || !isAlpha(text[at-1])) && (end == len(text) || !isAlpha(text[end]))
}

// neverLower reports that the text never writes the word lw in lower
// case, as a word of its own.
func (r *reader) neverLower(lw string) bool {
	for off := 0; ; {
		j := strings.Index(r.text[off:], lw)
		if j < 0 {
			return true
		}
		at := off + j
		end := at + len(lw)
		inDomain := end+1 < len(r.text) && r.text[end] == '.' && isAlpha(r.text[end+1]) ||
			at >= 2 && r.text[at-1] == '.' && isAlpha(r.text[at-2]) // "www.aam.com": a web address, not a word
		if wordBounded(r.text, at, end) && !inDomain {
			return false
		}
		off = end
	}
}

// capitalised counts the places the text writes words (in sequence, each
// capitalised) and returns the first as written.
func (r *reader) capitalised(words []string) (string, int) {
	n, first := 0, ""
	for i := 0; i+len(words) <= len(r.toks); i++ {
		ok := true
		for k, w := range words {
			t := r.toks[i+k]
			if t.kind != tWord || !t.has(fUpper) || !strings.EqualFold(r.tok(i+k), w) {
				ok = false
				break
			}
		}
		if ok {
			if n == 0 {
				first = r.text[r.toks[i].start:r.toks[i+len(words)-1].end]
			}
			n++
		}
	}
	return first, n
}

// resultsPeriodAt reports a period of results at token k: "fiscal",
// "quarter", "first quarter", "full year"; not "second largest customer".
func (r *reader) resultsPeriodAt(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	next := ""
	if k+1 < len(r.toks) {
		next = r.low(k + 1)
	}
	switch r.low(k) {
	case "fiscal", "quarter", "quarterly":
		return true
	case "first", "second", "third", "fourth":
		return next == "quarter" || next == "fiscal" || next == "half"
	case "full":
		return next == "year"
	}
	return false
}

// reportsResultsAt reports what a company reports at token k: its results
// or a period of them ("reports results for", "reported second quarter").
func (r *reader) reportsResultsAt(k int) bool {
	if k < len(r.toks) && r.low(k) == "record" {
		k++ // "reports record third quarter results", "delivered record results"
	}
	if k < len(r.toks) && r.low(k) == "results" {
		return true
	}
	for k < len(r.toks) && (r.low(k) == "its" || r.low(k) == "the" || r.low(k) == "their") {
		k++
	}
	return r.resultsPeriodAt(k)
}

// minPlainVotes is the weight of plain evidence (possessives, results
// verbs) that makes a name the company's without a firm context:
// "Harsco's revenues totaled", "Harsco delivered a strong quarter".
const minPlainVotes = 4

// minCompanyMentions is how often a text writes its company's name when
// no context marks the name beyond doubt.
const minCompanyMentions = 3

// writtenOften reports a name the text writes, capitalised, at least
// minCompanyMentions times.
func (r *reader) writtenOften(name string) bool {
	_, n := r.capitalised(strings.Fields(name))
	return n >= minCompanyMentions
}

// personFirstNames reads the first names of the people a text speaks of:
// a call's roll ("Bruce Broussard, Humana's President"), a hand-over
// ("over to Mark", "Thank you, Susan") and a reference to what one said
// ("As Bruce indicated"). Lower case.
func (r *reader) personFirstNames() map[string]bool {
	names := map[string]bool{}
	upperWord := func(k int) bool {
		return k >= 0 && k < len(r.toks) && r.toks[k].kind == tWord && r.toks[k].has(fUpper) && !r.toks[k].has(fAllCaps)
	}
	for k := 0; k+2 < len(r.toks); k++ {
		if !upperWord(k) {
			continue
		}
		switch {
		case upperWord(k+1) && r.isPunct(k+2, ','):
			// the title right after the comma, or after its company's
			// name: "Susan Diamond, Chief Financial Officer", "Bruce
			// Broussard, Humana's President"; not "Kingsoft Cloud, we
			// have our CEO"
			for q := k + 3; q < min(len(r.toks), k+8); q++ {
				if titleWords[r.low(q)] {
					names[r.low(k)] = true
					break
				}
				if w := r.low(q); !r.toks[q].has(fUpper) && w != "'" && w != "s" && w != "our" && w != "the" {
					break
				}
			}
		case k >= 2 && r.low(k-1) == "to" && r.low(k-2) == "over",
			k >= 3 && r.isPunct(k-1, ',') && (r.low(k-2) == "you" && r.low(k-3) == "thank" || r.low(k-2) == "thanks"),
			k >= 1 && r.low(k-1) == "as" && personVerbs[r.low(k+1)]:
			names[r.low(k)] = true
		}
	}
	return names
}

// companyFromFileName takes the first word of a file name: "AAN_q1_2021.txt"
// is AAN's.
func companyFromFileName(name string) string {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	if w := fileWord.FindString(base); len(w) >= 2 {
		return w
	}
	return base
}

// readCurrency reads "all figures … are denominated in RMB", else counts
// the currencies the figures are written in.
func (r *reader) readCurrency() (string, bool) {
	for _, h := range r.hits {
		e := r.entry(h)
		if e.kind != eContext || e.ctx != cxDenominated || !r.figuresBefore(h.lo) {
			continue
		}
		for k := h.hi; k < min(len(r.toks), h.hi+4); k++ {
			w := r.tok(k)
			if code, ok := currencyCodes[w]; ok && len(w) >= 3 {
				return code, true
			}
			if code, n := r.currencyWordAt(k, len(r.toks)); n > 0 {
				return code, true
			}
		}
	}
	count := map[string]int{}
	for _, a := range r.amts {
		if a.translation || a.currency == "" || a.kind == aPercent {
			continue
		}
		count[a.currency]++
	}
	best := mostCommon(count)
	if best == "" {
		r.currencyUnread = true
		return "USD", false
	}
	return best, false
}

// figuresBefore reports that the sentence of token i speaks of the
// figures before it ("all financial figures … are denominated in RMB"),
// as a statement of the document's currency does; "loans denominated in
// pounds sterling" is a loan's.
func (r *reader) figuresBefore(i int) bool {
	si := r.sentenceOf(i)
	if si >= len(r.sents) {
		return false
	}
	for k := r.sents[si].lo; k < i; k++ {
		if reportingWords[r.low(k)] {
			return true
		}
	}
	return false
}

// reportingWords are the words for a document's figures as a whole.
var reportingWords = map[string]bool{"figures": true, "amounts": true, "numbers": true, "statements": true, "information": true, "results": true, "all": true, "data": true}

// readNonGAAP reports whether the document says its figures are non-GAAP
// unless stated otherwise.
func (r *reader) readNonGAAP() bool {
	for si := range r.sents {
		unless, adjusted, nonGAAPBasis := false, false, false
		for _, h := range r.sentHits(si) {
			e := r.entry(h)
			switch {
			case e.kind == eContext && e.ctx == cxUnless:
				unless = true
			case e.kind == eAdjusted:
				adjusted = true
			case e.kind == eContext && e.ctx == cxNonGAAPAll:
				nonGAAPBasis = true
			}
		}
		if unless && (adjusted || nonGAAPBasis) {
			return true
		}
	}
	return false
}

var fileNamePeriod = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])(q[1-4]|h[1-2]|9m|fy)[-_ ]?(?:fy)?[-_ ]?((?:19|20)\d\d)(?:[^0-9]|$)`)

// periodFromFileName reads a period from names like "AAN_q1_2021.txt" or
// "accenture-q1-fy2022-call.txt".
func periodFromFileName(name string) (periodWord, int) {
	m := fileNamePeriod.FindStringSubmatch(name)
	if m == nil {
		return pwNone, 0
	}
	y := atoi(m[2])
	switch w := strings.ToLower(m[1]); w {
	case "q1", "q2", "q3", "q4":
		return pwQ1 + periodWord(w[1]-'1'), y
	case "h1":
		return pwH1, y
	case "h2":
		return pwH2, y
	case "9m":
		return pwNineMonths, y
	}
	return pwFullYear, y
}

// registrantName reads the company an SEC filing's cover names: the words
// right above "(Exact name of registrant as specified in its charter)",
// less a legal suffix ("Apple Inc." is Apple).
func registrantName(text, lower string) string {
	i := strings.Index(lower[:min(len(lower), 50000)], "exact name of registrant")
	if i < 0 {
		return ""
	}
	before := strings.TrimRight(text[max(0, i-200):i], " \t\r\n(")
	// the name is the last line, or the last run after a wide gap
	if k := strings.LastIndexAny(before, "\n\t"); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.LastIndex(before, "   "); k >= 0 {
		before = before[k+3:]
	}
	words := strings.Fields(before)
	for len(words) > 0 && legalSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
	}
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for k, w := range words {
		if len(w) > 3 && strings.ToUpper(w) == w {
			words[k] = titleWord(w) // "THE COCA-COLA COMPANY" is Coca-Cola
		}
	}
	name := strings.TrimRight(strings.Join(words, " "), ",")
	if name == "" || len(name) > 60 || strings.ToLower(name) == name {
		return ""
	}
	return name
}

// titleWord writes an upper-case word with a capital after each hyphen:
// "COCA-COLA" is "Coca-Cola", "AMAZON.COM" "Amazon.com".
func titleWord(w string) string {
	b := []byte(strings.ToLower(w))
	for i := range b {
		if (i == 0 || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// readKind tells the document's kind from the phrases it uses.
func (r *reader) readKind(word periodWord) DocKind {
	votes := map[ctxKind]int{}
	for _, h := range r.hits {
		if e := r.entry(h); e.kind == eContext {
			votes[e.ctx]++
		}
	}
	head := r.lower[:min(len(r.lower), 20000)]
	switch {
	case r.isCall():
		return CallTranscript
	case r.titleReports() || r.datelined():
		// "Pinecrest Reports Third Quarter Fiscal 2025 Results": a
		// release, whatever its safe harbour names ("our Annual Report on
		// Form 10-K")
		return PressRelease
	case strings.Contains(head, "form 10-q"):
		return InterimReport // a filing's cover names its form before any press release its exhibits list
	case strings.Contains(head, "form 10-k") || strings.Contains(head, "form 20-f"):
		return AnnualReport
	case votes[cxRelease] > 0 || r.datelined():
		return PressRelease
	case votes[cxInterim] > 0 || word == pwH1 || word == pwNineMonths:
		return InterimReport
	case votes[cxAnnual] > 0 || word == pwFullYear:
		return AnnualReport
	case word >= pwQ1 && word <= pwQ4 && r.titleReports():
		return PressRelease // "Corvell Industries Reports Second Quarter 2025 Results"
	case word >= pwQ1 && word <= pwQ4:
		return CallTranscript
	}
	return UnknownKind
}

// titleReports reports a title that says the company reports or
// announces: "Corvell Industries Reports Second Quarter 2025 Results".
func (r *reader) titleReports() bool {
	end := r.titleEnd()
	for _, h := range r.hits {
		if h.start >= end {
			break
		}
		if e := r.entry(h); e.kind == eContext && e.ctx == cxReports {
			return true
		}
	}
	return false
}

// datelineRE finds a release's dateline: "BOSTON, November 12, 2025 --",
// "Zug, 23 October 2025 –".
// datelined reports a release's dateline near the text's start:
// "SEATTLE, Nov. 06, 2025 (GLOBE NEWSWIRE) --".
func (r *reader) datelined() bool { return datelineRE.MatchString(r.text[:min(len(r.text), 1500)]) }

var datelineRE = regexp.MustCompile(`(?m)^[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)*(?:, [A-Z][A-Za-z.]+)?, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}) ?(?:\([\w ]+\) ?)?(?:--|–|—|-|/)`)

// speakerTurns counts the lines that open with the operator's turn
// ("Operator:"), up to three: the mark of a call transcript.
func (r *reader) speakerTurns() int {
	n := 0
	for i := 1; i < len(r.toks) && n < 3; i++ {
		if r.toks[i].has(fNewline) && r.toks[i].kind == tWord && strings.EqualFold(r.tok(i), "operator") {
			n++
		}
	}
	return n
}

// spoken reports a text of people speaking: three of its words or more,
// and two in a thousand, spoken ones (see spokenWords). A call transcript
// may lack every word that names it; a report or a release quotes a
// sentence or two at most.
func (r *reader) spoken() bool {
	n := 0
	for i, t := range r.toks {
		if t.kind != tWord {
			continue
		}
		w := r.tok(i)
		if spokenWords[w] || contractionEnds[w] && i > 0 && r.isPunct(i-1, '\'') && r.attached(i) && r.attached(i-1) {
			n++
		}
	}
	return n >= 3 && n*1000 >= 2*len(r.toks)
}

// lookupLower looks a word up in a map of lower-case keys without
// allocating a lower-case copy.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [32]byte
	if len(s) > len(buf) {
		var zero V
		return zero, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// monthsLeft is how many months of the fiscal year follow a period of
// this kind: three after nine months, six after a first half.
func monthsLeft(w periodWord) int {
	switch w {
	case pwQ1:
		return 9
	case pwQ2, pwH1:
		return 6
	case pwQ3, pwNineMonths:
		return 3
	}
	return 0
}
