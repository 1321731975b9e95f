package parse

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Options control extraction. The zero value reads every document as it is.
type Options struct {
	// FiscalYearEnd fixes the month a company's fiscal year ends; 0 reads
	// it from the documents, else takes December.
	FiscalYearEnd time.Month
	// FiscalYearEnds fixes, by company (as the report names it), the month
	// its fiscal year ends: a person's choice, over what the documents say
	// and over FiscalYearEnd.
	FiscalYearEnds map[string]time.Month
	// Periods fixes, by document (its name in the report), the period it
	// reports: a person's correction of the period Facet read. A quarter,
	// half-year, nine months or year of the company's calendar.
	Periods map[string]Period
	// Today is the date a document that names no year at all is taken to
	// be from (its period is then marked as guessed); zero means the day
	// Facet runs.
	Today time.Time
}

// reader holds one document while its figures are read.
type reader struct {
	doc  *Document
	text string // the normalised view
	// lower is text with ASCII letters in lower case, byte for byte, so
	// that a token's offsets slice both (see low)
	lower string
	toks  []token
	cls   []wordClass // per token (see classify)
	hits  []hit
	sents []sentence
	// sentHit[i] and sentAmt[i] index the first hit and amount of
	// sentence i; one extra entry closes the last sentence.
	sentHit []int
	amts    []amount
	sentAmt []int

	ctx     Context
	extra   []entry // entries the document taught: learned segments
	learned []learnedSegment
	aliases map[string]conceptCue // "earnings" means adjusted EBITA here
	scope   segmentScope
	openers []opener // per sentence, read once (see openerName)
	// validNames caches whether a name (lower case) can be a segment's
	validNames map[string]bool
	subjects   map[string]int  // names written as the subject of results, and how often (see subjectOfResults)
	call       int8            // isCall's answer: 0 not yet read, 1 a call, 2 not
	proper     map[string]bool // words (lower case) the text never writes in lower case (see properName)
	brands     map[string]bool // camel-case words (lower case) written twice or more (see repeatedBrand)
	tableExp   int             // the scale most of the document's tables state (see readTables)
	// tableSegments are the segments the document's tables name, in
	// order: the prose may name them without a word that marks them
	// ("Flexible Packaging posted revenue of EUR 498.7m")
	tableSegments []string
	// tableCurrency is the currency most of the document's table figures
	// carry a sign of (see readTables)
	tableCurrency string
	// currencyUnread is set when no sentence's figure named a currency:
	// the tables' then say the document's (see readCurrency)
	currencyUnread bool
	// costsBracketed is set while reading a table that shows costs as
	// negatives (see costsBracketed)
	costsBracketed bool
	abbrevs        map[string]string          // "AWS" → "Amazon Web Services" (see shortNames)
	labels         map[[2]string]labelReading // table labels read, by label and section
	startNamed     int                        // 1 when fiscal years are named for the year they start in, -1 when not, 0 unread
	// segmentColumns are the column heads of the tables of segments read so
	// far: a table under the same heads goes on with them
	segmentColumns map[string]bool
	last           lastNamed // the name of the last figure bound
	ptopic         periodTopic
	// htopic is the period a speaker's heading set, alone in its
	// paragraph: "Now the full year, segment by segment." holds for the
	// paragraphs after it in the same turn, each figure's own period aside
	htopic   periodTopic
	stopic   periodTopic   // a report's section: the period its heading names, to the next heading
	gtopic   periodTopic   // the period the last outlook named
	refs     [][]periodRef // per sentence, read once
	refsRead []bool
	// splitYear is set when the text names a fiscal year over two calendar
	// years ("the 2025/2026 financial year"): the year does not end in December
	splitYear bool
	thread    []int // per sentence: its paragraph, a heading joined to the one after
	mentions  []Mention
	growth    []Growth
}

// entry returns the lexicon entry of a hit.
func (r *reader) entry(h hit) *entry {
	if h.entry < len(lex.entries) {
		return &lex.entries[h.entry]
	}
	return &r.extra[h.entry-len(lex.entries)]
}

func (r *reader) sentHits(si int) []hit { return r.hits[r.sentHit[si]:r.sentHit[si+1]] }

func (r *reader) sentAmounts(si int) []amount { return r.amts[r.sentAmt[si]:r.sentAmt[si+1]] }

// Reading is what one document yields: every figure it states, bound to
// its concept, period and unit, and the growth rates it gives.
type Reading struct {
	Mentions []Mention
	Growth   []Growth
}

// Growth is a stated rate of change: "up 31.7% from RMB 1,234.5 million",
// "decreased by 10% from last quarter". The checks test the two figures
// against it, or derive one from the other.
type Growth struct {
	Key      Key             // the figure now
	Rate     decimal.Decimal // +0.317; -0.10
	Decimals int
	Months   int // how far back the comparison runs: 12 or 3
	Doc      *Document
	Span     Span
	Quote    string // the sentence that states the rate
}

// Extract reads a document's context into doc.Context and returns every
// figure it states.
func Extract(doc *Document, opt Options) Reading {
	r := newReader(doc)
	r.readContext(opt)
	var tagged []Mention
	if doc.Format == "ixbrl" {
		filing, err := readInlineXBRL(doc.Text)
		if err != nil {
			r.ctx.Notes = append(r.ctx.Notes, "some of the filing's tags could not be read: "+ixBreak(err))
		}
		r.ctx.applyDEI(filing.dei)
		tagged = r.taggedMentions(filing)
	}
	var tables []table
	tableText := doc.tableText()
	switch doc.Format {
	case "html", "ixbrl":
		tables = htmlTables(tableText)
	case "markdown":
		tables = markdownTables(tableText)
	case "text", "pdf":
		tables = textTables(tableText, doc.runs)
		if doc.Format == "text" {
			// a Markdown table pasted into a text file
			tables = append(tables, ruledPipeTables(tableText)...)
			slices.SortStableFunc(tables, func(a, b table) int { return a.span.Start - b.span.Start })
		}
	}
	tableMentions, tableSpans := r.readTables(tables)
	if r.currencyUnread {
		// a document of tables alone ("HK$'000" over its columns) is in
		// the currency most of their figures are in
		if cur := mostCurrency(tableMentions); cur != "" {
			r.ctx.Currency = cur
		}
	}
	r.inferScales()
	for _, m := range tableMentions {
		if m.Key.Segment != "" && !slices.Contains(r.tableSegments, m.Key.Segment) {
			r.tableSegments = append(r.tableSegments, m.Key.Segment)
		}
	}
	r.learnSegments()
	r.headingSegments(tableMentions)
	r.indexHits()
	r.learnAliases()
	doc.Context = r.ctx
	r.threads()
	inTable := r.sentencesIn(tableSpans)
	for si := range r.sents {
		if inTable[si] {
			continue // a table's figures are read as a table
		}
		r.noteScope(si)
		if r.sentAmt[si] < r.sentAmt[si+1] {
			r.bindSentence(si)
		} else {
			r.notePeriodTopic(si)
		}
	}
	mentions := append(append(r.mentions, dropRevenueLines(tableMentions, r.mentions)...), tagged...)
	return Reading{Mentions: dedupeRepeats(mentions), Growth: dedupeGrowth(r.growth)}
}

// dropRevenueLines leaves out a statement's lines of revenue ("Products",
// "Services" under "Revenue:") when the document gives its revenue by
// segment too, in a note's table or in its prose: kinds of revenue and
// segments are two breakdowns, and one sum of both would count revenue
// twice ("Financing" is both a kind of IBM's revenue and a segment).
func dropRevenueLines(tables, prose []Mention) []Mention {
	lines := map[string]bool{}
	for _, m := range tables {
		if m.revenueLine {
			lines[m.Key.Segment] = true
		}
	}
	if len(lines) == 0 {
		return tables
	}
	segmented := false
	for _, ms := range [][]Mention{tables, prose} {
		for _, m := range ms {
			if m.Key.Concept == "Revenue" && m.Key.Segment != "" && !m.revenueLine && !lines[m.Key.Segment] {
				segmented = true
			}
		}
	}
	if !segmented {
		return tables
	}
	out := tables[:0]
	for _, m := range tables {
		if !m.revenueLine {
			out = append(out, m)
		}
	}
	return out
}

// mostCurrency returns the currency most of ms are in, "" when none is.
func mostCurrency(ms []Mention) string {
	count := map[string]int{}
	for _, m := range ms {
		if c := m.Key.Currency; c != "" {
			count[c]++
		}
	}
	return mostCommon(count)
}

// mostCommon returns the key counted most, the first in order on a tie
// (the same every run), "" when none is counted.
func mostCommon(count map[string]int) string {
	best, n := "", 0
	for k, v := range count {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// sentencesIn marks the sentences that lie inside the given spans of the
// document (sorted, in the original text).
func (r *reader) sentencesIn(spans []Span) []bool {
	in := make([]bool, len(r.sents))
	if len(spans) == 0 {
		return in
	}
	k := 0
	for si, s := range r.sents {
		o := r.doc.norm.origSpan(Span{int(r.toks[s.lo].start), int(r.toks[s.hi-1].end)})
		for k < len(spans) && spans[k].End <= o.Start {
			k++
		}
		in[si] = k < len(spans) && spans[k].Start <= o.Start && o.End <= spans[k].End
	}
	return in
}

func newReader(doc *Document) *reader {
	r := &reader{doc: doc, text: doc.norm.s, lower: lowerASCII(doc.norm.s), aliases: map[string]conceptCue{}, last: lastNamed{sent: -1}}
	r.toks = scanTokens(r.text, make([]token, 0, len(r.text)/5+1))
	r.classify()
	r.hits = dropContained(lex.m.find(r.text, r.toks, nil))
	r.addFuzzyHits()
	wrap := 0
	if doc.Format != "pdf" {
		wrap = wrapWidth(r.text) // a PDF's lines are its layout's, read by position
	}
	r.sents = splitSpeakerTurns(r.text, r.toks, splitSentences(r.text, r.toks, wrap, nil))
	r.indexHits()
	r.sentAmt = make([]int, len(r.sents)+1)
	for si, s := range r.sents {
		r.sentAmt[si] = len(r.amts)
		if r.hasNumber(s) {
			r.amts = r.scanAmounts(s.lo, s.hi, r.amts)
		}
	}
	r.sentAmt[len(r.sents)] = len(r.amts)
	r.mentions = make([]Mention, 0, len(r.amts)+len(r.amts)/8) // a figure is a mention or none, now and then two
	// scanAmounts gives rangeOf as an index into the document's figures;
	// make it one into the sentence's, as the binder reads them
	for si := range r.sents {
		base := r.sentAmt[si]
		for i := base; i < r.sentAmt[si+1]; i++ {
			if r.amts[i].rangeOf >= 0 {
				r.amts[i].rangeOf -= base
			}
		}
	}
	return r
}

func (r *reader) hasNumber(s sentence) bool {
	said := false // a number word before: "four thousand … crores"
	for i := s.lo; i < s.hi; i++ {
		t := r.toks[i]
		if t.kind == tNum {
			return true
		}
		if t.kind != tWord || t.end-t.start < 2 {
			continue
		}
		if said && r.scaleAt(i) > 0 {
			return true
		}
		if !said && t.end-t.start >= 3 && t.end-t.start <= 9 {
			_, said = spokenNumbers[r.low(i)]
		}
	}
	return false
}

// indexHits assigns hits to sentences by their first token.
func (r *reader) indexHits() {
	r.sentHit = make([]int, len(r.sents)+1)
	h := 0
	for si, s := range r.sents {
		for h < len(r.hits) && r.hits[h].lo < s.lo {
			h++
		}
		r.sentHit[si] = h
	}
	r.sentHit[len(r.sents)] = len(r.hits)
}

// hitGroup puts entry kinds that compete for the same words together: a
// hit inside a longer hit of its group is dropped ("GAAP" in "non-GAAP",
// "revenue" in "cost of revenue", "up" in "up to").
func hitGroup(k entryKind) int {
	switch k {
	case eConcept:
		return 1
	case eSegment:
		return 2
	case ePeriod:
		return 3
	case eMonth:
		return 4
	case eContext:
		return 5
	case eCurrency:
		return 6
	case eScale:
		return 7
	}
	return 8
}

func dropContained(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		g := hitGroup(lex.entries[h.entry].kind)
		contained := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-12; k-- {
			o := out[k]
			if o.start <= h.start && h.end <= o.end && (o.end-o.start) > (h.end-h.start) {
				ok := lex.entries[o.entry].kind
				// a concept inside a blocker is no concept: "the loss of
				// revenue"; nor inside an adjustment: "before share-based
				// compensation" names what a measure leaves out
				// and a period word inside a concept is no period: "annual
				// recurring revenue"
				if hitGroup(ok) == g || (ok == eBlock || ok == eAdjusted) && g == hitGroup(eConcept) || ok == eConcept && g == hitGroup(ePeriod) {
					contained = true
					break
				}
			}
		}
		if !contained {
			out = append(out, h)
		}
	}
	return out
}

// learnAliases reads "Earnings (adjusted EBITA)": in this document the
// generic word names the concept in brackets.
func (r *reader) learnAliases() {
	for i, h := range r.hits {
		e := r.entry(h)
		if e.kind != eConcept || !e.cue.weak || i+1 >= len(r.hits) {
			continue
		}
		if !r.isPunct(h.hi, '(') {
			continue
		}
		for _, g := range r.hits[i+1:] {
			if g.lo > h.hi+3 {
				break
			}
			ge := r.entry(g)
			if ge.kind == eConcept && !ge.cue.weak {
				cue := ge.cue
				for _, m := range r.hits[i+1:] {
					if m.lo > g.lo {
						break
					}
					if r.entry(m).kind == eAdjusted {
						cue.adjusted = true
					}
				}
				r.aliases[strings.ToLower(r.text[h.start:h.end])] = cue
				break
			}
		}
	}
}

// inferScales gives figures written with a currency but no scale the
// scale the document uses for figures of their shape: "RMB 712,586" in a
// report of "RMB 3,667,464 thousand" is thousands; "RMB 2010" in a call of
// "RMB 1,625.3 million" is millions.
func (r *reader) inferScales() {
	type shape struct{ grouped, decimal bool }
	votes := map[shape]map[int]int{}
	all := map[int]int{}
	for _, a := range r.amts {
		if a.kind != aMoney || !a.hasScale || a.currency == "" || a.translation {
			continue
		}
		sh := shape{strings.Contains(r.text[a.start:a.end], ","), a.places > 0}
		if votes[sh] == nil {
			votes[sh] = map[int]int{}
		}
		votes[sh][a.exp]++
		all[a.exp]++
	}
	best := func(m map[int]int) (int, int) {
		e, n := 0, 0
		for k, v := range m {
			if v > n || v == n && k > e {
				e, n = k, v
			}
		}
		return e, n
	}
	total := 0
	for _, v := range all {
		total += v
	}
	if total < 3 {
		return
	}
	for i := range r.amts {
		a := &r.amts[i]
		if a.kind != aMoney || a.hasScale || a.currency == "" || a.translation || a.perShare || a.cents {
			continue
		}
		if a.value.Abs().IntPart() < 100 {
			continue // prices and per-share figures
		}
		if a.value.Abs().GreaterThanOrEqual(decimal.NewFromInt(1e6)) || trailingZeros(a.digits) >= 3 {
			continue // "RMB 40,000,000" is written in full
		}
		sh := shape{r.toks[a.lo].has(fGrouped) || strings.Contains(r.text[a.start:a.end], ","), a.places > 0}
		exp, n := best(votes[sh])
		if n == 0 {
			exp, _ = best(all)
		}
		if exp == 0 {
			continue
		}
		a.exp, a.hasScale = exp, true
		a.value = a.value.Shift(int32(exp))
		a.decimals = a.places - exp
		a.notes = append(a.notes, "no scale written; read in"+scaleName(exp)+"s like the document's other figures")
		a.suspect = true
	}
}

// dedupeRepeats drops mentions of a passage the document repeats (a
// transcript pasted twice, a paragraph in two translations): the same
// figure in the same words counts once.
func dedupeRepeats(ms []Mention) []Mention {
	type sig struct {
		key   Key
		value string
		quote uint64
	}
	seen := map[sig]bool{}
	out := ms[:0]
	for _, m := range ms {
		s := sig{m.Key, m.Value.String(), quoteHash(m.Quote)}
		if seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, m)
	}
	return out
}

// squashQuote keeps a sentence's letters and digits, so that a repeat with
// other spacing or a speaker's timestamp before it still matches.
func squashQuote(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else if c >= 'A' && c <= 'Z' {
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}

// dedupeGrowth keeps one of each rate a repeated passage states twice.
func dedupeGrowth(gs []Growth) []Growth {
	type sig struct {
		key    Key
		rate   string
		months int
	}
	seen := map[sig]bool{}
	out := gs[:0]
	for _, g := range gs {
		s := sig{g.Key, g.Rate.String(), g.Months}
		if !seen[s] {
			seen[s] = true
			out = append(out, g)
		}
	}
	return out
}

// threads numbers the paragraphs a reader follows: a heading (a paragraph
// of one short sentence without a full stop) belongs to the paragraph
// after it.
func (r *reader) threads() {
	r.thread = make([]int, len(r.sents))
	th := 0
	for si, s := range r.sents {
		if si > 0 && s.para != r.sents[si-1].para && !r.isHeading(si-1) && !r.leadIn(si-1) {
			th++
		}
		r.thread[si] = th
	}
}

// leadIn reports a sentence that ends its paragraph with a colon,
// introducing the lines below: "…, the Company expects:" after another
// sentence of its paragraph.
func (r *reader) leadIn(si int) bool {
	s := r.sents[si]
	last := r.toks[s.hi-1]
	return last.kind == tPunct && r.text[last.start] == ':' && s.hi-s.lo <= 40 &&
		(si+1 == len(r.sents) || r.sents[si+1].para != s.para)
}

func (r *reader) isHeading(si int) bool {
	s := r.sents[si]
	if si > 0 && r.sents[si-1].para == s.para || si+1 < len(r.sents) && r.sents[si+1].para == s.para {
		return false // not alone in its paragraph
	}
	last := r.toks[s.hi-1]
	if last.kind == tPunct && r.text[last.start] == ':' {
		// a lead-in carries on to the lines it introduces: "For the fourth
		// quarter of fiscal 2026, ending January 31, 2026, Vantyx expects:"
		return s.hi-s.lo <= 40
	}
	return s.hi-s.lo <= 15 && !(last.kind == tPunct && r.text[last.start] == '.')
}

// sentRefs returns the period phrases of sentence si, read once.
func (r *reader) sentRefs(si int) []periodRef {
	if r.refs == nil {
		r.refs = make([][]periodRef, len(r.sents))
		r.refsRead = make([]bool, len(r.sents))
	}
	if !r.refsRead[si] {
		s := r.sents[si]
		r.refs[si] = r.periodsIn(s.lo, s.hi, r.sentHits(si), r.sentAmounts(si))
		r.refsRead[si] = true
	}
	return r.refs[si]
}

// quoteHash hashes a sentence's letters and digits (FNV-1a): equal for a
// repeat with other spacing, punctuation or case.
func quoteHash(q string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			continue
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
