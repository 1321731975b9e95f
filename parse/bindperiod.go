package parse

import (
	"sort"
	"strings"
)

// Which period a figure is of: its own period phrase (after it, or a label
// before it), its clause's, its sentence's, or the passage's; relative
// phrases count from the document's period or from the figure compared.

// isComparative reports a phrase of a period before the document's: "the
// same quarter last year", "last quarter", "year over year".
func isComparative(w periodWord) bool {
	return isRelative(w) && w != pwNextQuarter && w != pwNextYear
}

func isRelative(w periodWord) bool {
	switch w {
	case pwPriorYear, pwPriorQuarter, pwNextQuarter, pwNextYear, pwSamePeriodOf, pwYoY, pwQoQ:
		return true
	}
	return false
}

func (r *reader) docKind() PeriodKind {
	k, _, _ := r.ctx.Calendar.Describe(r.ctx.Period)
	return k
}

// ownPeriod finds the period expression that belongs to figure ai: one
// right after it (before the next figure), or a label right before it
// ("previous year: EUR 43.7 million"), or one right before it.
func (r *reader) ownPeriod(a *amount, ai int, amts []amount, refs []periodRef) (*periodRef, bool) {
	// the neighbouring figures, translations aside
	next := len(r.toks)
	skipLo, skipHi := -1, -1 // a comparative in brackets right after the figure
	for k := ai + 1; k < len(amts); k++ {
		if k == ai+1 && r.bareComparative(k, amts) {
			// "SEK 1,402 m (1,233) in the third quarter": the period after
			// the bracket is the figure's
			skipLo, skipHi = amts[k].lo, amts[k].hi
			continue
		}
		if !amts[k].translation {
			next = amts[k].lo
			break
		}
	}
	prevEnd := -1
	for k := ai - 1; k >= 0; k-- {
		if !amts[k].translation {
			prevEnd = amts[k].hi
			break
		}
	}
	// a label before, in the same bracket: "(H1 2024: EUR 51.2 million)",
	// "(previous year: EUR 117.6 million and 9.2%)"
	for k := range refs {
		ref := &refs[k]
		if ref.isMarker() || !ref.label || ref.hi >= a.lo {
			continue
		}
		if a.lo-ref.hi <= 2 && ref.lo >= prevEnd || r.sameLabelGroup(ref.hi, a.lo, amts) {
			return ref, true
		}
	}
	// after the figure, before the next one; a label, or a phrase right
	// before the next figure ("the previous year's 9.9%"), is the next one's
	for k := range refs {
		ref := &refs[k]
		if ref.isMarker() || ref.lo < a.hi || ref.lo >= next || ref.lo-a.hi > 8 {
			continue
		}
		if ref.label || ai+1 < len(amts) && r.leadsInto(ref.hi, next) {
			break
		}
		// only little words between: "RMB860.7 million this quarter", "EUR
		// 43.3 million in the third quarter", "A from last quarter"; not
		// "13.8%, matching the previous year's level"
		near := true
		for q := a.hi; q < ref.lo; q++ {
			if r.inTranslation(q, amts) || q >= skipLo && q < skipHi {
				continue
			}
			switch r.low(q) {
			case "in", "for", "during", "at", "as", "of", "the", "this", "that", "its", "our", ",", "(", ")", "from", "over",
				"on", "a", "preliminary", "reported", "basis", "expected", "anticipated", "forecast", "projected", "planned", "targeted":
			default:
				near = false
			}
		}
		if !near {
			break
		}
		return ref, true
	}
	// right before the figure ("compared with last year's RMB 2.1
	// million"), unless it follows the previous figure and so is its own
	for k := len(refs) - 1; k >= 0; k-- {
		ref := &refs[k]
		if ref.isMarker() || ref.hi > a.lo || ref.lo < prevEnd+2 && prevEnd >= 0 && !r.comparesFrom(ref.lo-1) {
			continue
		}
		if a.lo > ref.hi && !r.leadsInto(ref.hi, a.lo) && !(a.lo-ref.hi == 1 && (r.isPunct(ref.hi, ',') || strings.EqualFold(r.tok(ref.hi), "at"))) {
			continue
		}
		if strings.EqualFold(r.tok(ref.hi), "at") && r.comparedBefore(ref.lo, r.sentHits(r.sentenceOf(ref.lo))) {
			continue // "in line with the prior-year period at $1 billion": the figure is today's, level with it
		}
		if isRelative(ref.word) || ref.word == pwYear || ref.isInstant() {
			return ref, true
		}
	}
	return nil, false
}

// comparesFrom reports a word at token k that sets what follows against
// the figure before it: "up 4.2% versus last year's £1,772 million".
func (r *reader) comparesFrom(k int) bool {
	if k < 0 {
		return false
	}
	switch r.low(k) {
	case "versus", "vs", "from", "against", "on":
		return true
	}
	return false
}

// bareComparative reports figure ai alone in brackets right after a
// figure of the same kind and currency: "CHF 288.4 million (CHF 262.0
// million)", "21.8% (21.0%)", "CHF 3.41 (CHF 3.19)", the way European
// reports give the prior year's figure. A figure in another currency there
// is a translation (see markTranslations).
func (r *reader) bareComparative(ai int, amts []amount) bool {
	if ai == 0 {
		return false
	}
	a, prev := &amts[ai], &amts[ai-1]
	if a.translation || prev.translation || a.rangeOf >= 0 || prev.rangeOf >= 0 {
		return false
	}
	if a.lo-1 != prev.hi || !r.isPunct(a.lo-1, '(') || !r.isPunct(a.hi, ')') {
		return false
	}
	if a.kind != prev.kind || a.currency != prev.currency || a.hasScale != prev.hasScale {
		return false
	}
	if agrees(a.value, a.decimals, prev.value, prev.decimals) {
		return false // "$1,768.9 million ($1.77 billion)": the figure again, rounded
	}
	return a.kind == aPercent || a.kind == aMoney && a.currency != ""
}

// statedPreviously reports figure ai, or the range it ends or starts,
// followed by "previously" or "prior": "from $5.00 to $5.08 previously",
// "versus $2.10 prior".
func (r *reader) statedPreviously(ai int, amts []amount) bool {
	end := amts[ai].hi
	if j := amts[ai].rangeOf; j > ai {
		end = amts[j].hi
	} else if ai+1 < len(amts) && amts[ai+1].lo == end+1 && strings.EqualFold(r.tok(end), "to") {
		end = amts[ai+1].hi // "from $5.00 to $5.08 previously", read as a walk
	}
	for k := end; k < min(len(r.toks), end+2); k++ {
		switch r.low(k) {
		case "previously", "prior":
			return k+1 >= len(r.toks) || r.toks[k+1].kind == tPunct
		case ")", ",":
			continue
		}
		return false
	}
	return false
}

// contrastBetween reports "while" or "whereas" between tokens from and
// to: a clause set against the one before.
func (r *reader) contrastBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if w := r.low(k); w == "while" || w == "whereas" {
			return true
		}
	}
	return false
}

// onFigureBefore reports the words from token from up to a figure at
// token to that say the figure before was earned on it: "on revenue of",
// "per share on net sales of".
func (r *reader) onFigureBefore(from, to int) bool {
	if to-1 <= from || r.low(to-1) != "of" {
		return false
	}
	for k := to - 2; k >= max(from, to-6); k-- {
		switch {
		case r.low(k) == "on":
			return true
		case r.toks[k].kind != tWord:
			return false
		}
	}
	return false
}

// leadsInto reports whether the words from token from up to a figure at
// token to join a period phrase to that figure: "the previous year's
// 9.9%", "the previous year (EUR 12.6 million)", "previous year: EUR 4.8
// million", "last year's figure of".
func (r *reader) leadsInto(from, to int) bool {
	if to-from > 3 || to < from {
		return false
	}
	for k := from; k < to; k++ {
		switch r.low(k) {
		case "'", "s", "(", ":", "of", "figure", "level":
		default:
			return false
		}
	}
	return true
}

// sameLabelGroup reports whether the words from a label's end to a figure
// are only other figures, "and" and commas, inside one bracket.
func (r *reader) sameLabelGroup(from, to int, amts []amount) bool {
	for q := from; q < to; q++ {
		if r.isPunct(q, ')') {
			return false
		}
		if r.isPunct(q, ':') || r.isPunct(q, ',') || strings.EqualFold(r.tok(q), "and") {
			continue
		}
		inFigure := false
		for _, a := range amts {
			if q >= a.lo && q < a.hi {
				inFigure = true
			}
		}
		if !inFigure {
			return false
		}
	}
	return true
}

// inTranslation reports whether token q belongs to a convenience
// translation or its brackets.
func (r *reader) inTranslation(q int, amts []amount) bool {
	for _, a := range amts {
		if a.translation && q >= a.lo-1 && q <= a.hi {
			return true
		}
	}
	return false
}

// periodBetween finds a period phrase between a figure's name and the
// figure, with no other figure between: "guidance range for the full year
// to $1.40"; not one the figure is compared with.
func (r *reader) periodBetween(f *frame, a *amount, ai int, amts []amount, refs []periodRef, hits []hit) (*periodRef, bool) {
	if f.hi > a.lo {
		return nil, false
	}
	for j := ai - 1; j >= 0; j-- {
		if amts[j].hi > f.hi && !amts[j].translation {
			return nil, false
		}
	}
	for k := len(refs) - 1; k >= 0; k-- {
		ref := &refs[k]
		if ref.lo < f.hi || ref.hi > a.lo || ref.isMarker() || ref.label || isComparative(ref.word) || ref.word == pwThisPeriod {
			continue
		}
		if r.comparedBefore(ref.lo, hits) {
			continue // "was in line with the fourth quarter of 2018 at $0.45": the period compared with
		}
		return ref, true
	}
	return nil, false
}

// joinedByAnd reports only "and", a comma or modifiers between tokens
// from and to: a name that continues a list.
func (r *reader) joinedByAnd(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch w := r.low(k); {
		case w == "and":
			and = true
		case w == ",", gapWords[w], w == "adjusted", w == "non", w == "gaap":
		default:
			return false
		}
	}
	return and
}

// clausePeriod finds a period named right before a figure's concept, its
// modifiers aside: "first quarter GAAP diluted net earnings per share",
// "Q4 free cash flow". In an outlook (forecast), "<word> quarter" before
// the concept is taken for the coming quarter with its ordinal lost.
func (r *reader) clausePeriod(f *frame, refs []periodRef, forecast bool) (*periodRef, bool) {
	for k := range refs {
		ref := &refs[k]
		if ref.isMarker() || ref.label || ref.hi > f.lo || f.lo-ref.hi > 4 || r.basisBefore(ref.lo) {
			continue // "After a solid first half, capital expenditure is expected": the grounds
		}
		ok := true
		from := ref.hi
		possessive := r.possessiveAt(from)
		if possessive {
			from += 2 // "2020's adjusted earnings of $1.64", "last year's revenue of"
		}
		for q := from; q < f.lo; q++ {
			if !gapWords[r.low(q)] && !strings.EqualFold(r.tok(q), "gaap") && !strings.EqualFold(r.tok(q), "adjusted") && !strings.EqualFold(r.tok(q), "non") {
				ok = false
			}
		}
		if ok && (!isRelative(ref.word) || possessive) {
			return ref, true
		}
	}
	if !forecast {
		return nil, false // "a record quarter revenue of …" names no quarter
	}
	// "we expect growth quarter non-GAAP diluted EPS to be …": a transcribed
	// ordinal lost, "quarter" before an outlook's name is the coming one
	for k := f.lo - 1; k >= max(0, f.lo-6); k-- {
		if strings.EqualFold(r.tok(k), "quarter") {
			ok := true
			for q := k + 1; q < f.lo; q++ {
				if w := r.low(q); !gapWords[w] && w != "gaap" && w != "non" && w != "adjusted" {
					ok = false
				}
			}
			if ok && k > 0 && r.toks[k-1].kind == tWord && !quarterNotNamed[r.low(k-1)] {
				return &periodRef{lo: k, hi: k + 1, word: pwNextQuarter}, true
			}
		}
	}
	return nil, false
}

// possessiveAt reports "'s" at token k.
func (r *reader) possessiveAt(k int) bool {
	return k+1 < len(r.toks) && r.isPunct(k, '\'') && r.attached(k) && strings.EqualFold(r.tok(k+1), "s") && r.attached(k+1)
}

// nearFirstFigure reports whether a period phrase closes the first
// figure's clause: after it, before the second figure, within twelve words.
func (r *reader) nearFirstFigure(ref periodRef, amts []amount, hits []hit) bool {
	first := amts[0]
	if ref.lo < first.hi || ref.lo-first.hi > 12 {
		return false
	}
	for _, a := range amts[1:] {
		if !a.translation && a.lo < ref.lo {
			return false
		}
	}
	for _, h := range hits {
		if h.lo >= first.hi && h.lo < ref.lo && r.entry(h).kind == eIncluding {
			return false
		}
	}
	return true
}

// periodTopic returns the passage's period for sentence si: the last
// period a sentence of the same paragraph named, up to three sentences
// back; in a report or a release, whose paragraphs follow one thread, the
// previous paragraph's too.
func (r *reader) periodTopic(si int) (anchor, bool) {
	t := r.ptopic
	if t.anchor.period.IsZero() || si <= t.sent || r.ctx.Period.End.Before(t.anchor.period.End) {
		return anchor{}, false // a year still running is an outlook's topic, not the figures'
	}
	th := r.thread[si]
	reach := 3
	if r.ctx.Kind == CallTranscript && !t.heading && !(t.fronted && r.sameLine(t.sent, si)) {
		// speech has no paragraphs: a figure's period carries to the next
		// sentence only; "Let me begin …, starting with the full year." to
		// the passage it opens
		reach = 1
	}
	switch {
	case th == t.thread && si-t.sent <= reach:
		return t.anchor, true
	case r.ctx.Kind == CallTranscript && t.heading && th == t.thread && r.sameLine(t.sent, si):
		// "Now to the full year." holds to the end of the speaker's line
		return t.anchor, true
	case th == t.thread+1 && r.ctx.Kind != CallTranscript && si-t.sent <= 6:
		return t.anchor, true
	}
	if h := r.htopic; r.ctx.Kind == CallTranscript && !h.anchor.period.IsZero() && si > h.sent && th > h.thread && th-h.thread <= headingParagraphs && !r.turnBetween(h.sent, si) {
		return h.anchor, true
	}
	if h := r.stopic; !h.anchor.period.IsZero() && si > h.sent {
		return h.anchor, true // a report's section under a heading that names its period: "Third quarter"
	}
	return anchor{}, false
}

// sameLine reports sentences a to b written on one line.
func (r *reader) sameLine(a, b int) bool {
	from, to := r.toks[r.sents[a].lo].start, r.toks[r.sents[b].lo].start
	return from <= to && strings.IndexByte(r.text[from:to], '\n') < 0
}

// headingParagraphs is how many paragraphs a speaker's heading alone in
// its paragraph dates: a passage of segments, one paragraph each.
const headingParagraphs = 8

// turnBetween reports a speaker's turn opening in sentences (from, to].
func (r *reader) turnBetween(from, to int) bool {
	for k := from + 1; k <= to && k < len(r.sents); k++ {
		if r.sents[k].turn {
			return true
		}
	}
	return false
}

// notePeriodTopic lets a sentence without figures set the passage's
// period: "Let me begin … starting with the full year."
func (r *reader) notePeriodTopic(si int) {
	hits := r.sentHits(si)
	heading := r.ctx.Kind != CallTranscript && r.isHeading(si)
	if heading {
		r.stopic = periodTopic{} // a report's heading ends the section the last one dated
	}
	if guidanceIn(r, hits) {
		r.noteGuidanceTopic(si, hits)
		return
	}
	refs := r.sentRefs(si)
	if _, ok := r.guidanceTopic(si); ok {
		// inside an outlook, "Turning to the second quarter." turns to the
		// outlook for that quarter
		for _, ref := range refs {
			if ref.label && !r.headingLabel(ref) || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod || ref.word == pwYear {
				continue
			}
			// "the full year" in a fourth quarter's call is the year just
			// closed, not next year's outlook
			if now, ok := r.ctx.resolve(ref, false, anchor{period: r.ctx.Period, kind: r.docKind()}); ok && now.End == r.ctx.Period.End {
				break
			}
			if p, ok := r.ctx.resolve(ref, true, anchor{period: r.ctx.Period, kind: r.docKind()}); ok && r.ctx.Period.End.Before(p.End) {
				kind, _, _ := r.ctx.Calendar.Describe(p)
				r.gtopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si, heading: true}
				return
			}
		}
	}
	for i := len(refs) - 1; i >= 0; i-- {
		// the last: "Before I provide detail on the quarter, here are a few
		// highlights for the full year."
		ref := refs[i]
		// a heading's "after nine months" names its section's period
		after := heading && ref.lo > 0 && r.low(ref.lo-1) == "after"
		if ref.label && !r.headingLabel(ref) && !heading || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod || r.comparedBefore(ref.lo, hits) && !after {
			continue
		}
		if r.bracketOpenBefore(ref.lo, 2) {
			continue // "Key figures H1 2025 (H1 2024)": the bracket's is the comparative
		}
		if i > 0 && isComparative(refs[i-1].word) && ref.lo-refs[i-1].hi <= 3 {
			continue // "the prior corresponding period, the half year ended 31 December 2023": the comparative named again
		}
		if r.clauseTense(ref, hits) == tenseFuture || r.clueRoleOf(ref, hits, false) != clueOwn && !after {
			continue // "some spending will shift into the second half of the year", "since 2016"
		}
		if r.pastVerbWithin(ref.lo, 3) {
			continue // "the impairment charge we recorded in the fourth quarter of 2020": an event's date, no passage's period
		}
		// "Results for the fourth quarter look promising." in a third
		// quarter's call: a later quarter of the year, not spoken of in the
		// past, is the coming one
		ahead := ref.year == 0 && r.clauseTense(ref, hits) != tensePast && quarterOf(ref.word) > r.docQuarter()
		if p, ok := r.ctx.resolve(ref, ahead, anchor{period: r.ctx.Period, kind: r.docKind()}); ok && !p.End.Before(r.ctx.Period.End.AddDays(-400)) {
			kind, _, _ := r.ctx.Calendar.Describe(p)
			if r.ctx.Period.End.Before(p.End) {
				// a period ahead is the topic of the outlook that follows
				r.gtopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si, heading: true}
				return
			}
			r.ptopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si, heading: true}
			r.htopic = periodTopic{}
			if r.aloneInParagraph(si) {
				r.htopic = r.ptopic
			}
			if heading && p.End == r.ctx.Period.End {
				// "Third quarter" over the paragraphs of a report on nine
				// months: they are the quarter's to the next heading
				r.stopic = r.ptopic
			}
			return
		}
	}
}

// aloneInParagraph reports sentence si as a paragraph of its own.
func (r *reader) aloneInParagraph(si int) bool {
	s := r.sents[si]
	return (si == 0 || r.sents[si-1].para != s.para) && (si+1 == len(r.sents) || r.sents[si+1].para != s.para)
}

// headingLabel reports a period phrase that heads the lines below it, a
// colon ending its line: "Fourth Quarter 2025:" over the outlook's
// bullets, not "(H1 2024: EUR 3.9m)".
func (r *reader) headingLabel(ref periodRef) bool {
	k := ref.hi
	if !r.isPunct(k, ':') {
		return false
	}
	return k+1 >= len(r.toks) || r.toks[k+1].has(fNewline)
}

// noteGuidanceTopic lets a sentence about guidance without figures set
// the period of the outlook that follows: "Turning to Slide 14 for a
// review of our third quarter 2020 guidance.", "We are providing revenue
// and earnings per share guidance for the third quarter."
func (r *reader) noteGuidanceTopic(si int, hits []hit) {
	s := r.sents[si]
	if r.pastTense(s.lo-1, s.hi) {
		return
	}
	for _, ref := range r.sentRefs(si) {
		if ref.word == pwYear && ref.year != 0 && (r.namesGuidanceBefore(ref.lo) || r.namesGuidance(ref.hi)) {
			ref.word = pwFullYear // "Moving on to the outlook for 2021.", "our 2022 guidance is as follows"
		}
		if ref.label || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod || ref.word == pwYear {
			continue
		}
		if w := r.low(ref.hi - 1); w == "quarters" || w == "halves" {
			continue // "split evenly in the first and second quarters": periods listed, no topic
		}
		if r.eventLimitBefore(ref.lo) {
			continue // "we no longer expect the change to occur within our fiscal 2021": an event's time, no outlook's period
		}
		own := anchor{period: r.ctx.Period, kind: r.docKind()}
		if p, ok := r.ctx.resolve(ref, false, own); ok && ref.year == 0 && (p == r.ctx.Period || !r.ctx.Period.End.Before(p.End) && r.resultsAfter(ref.hi)) {
			// "with our better-than-expected first quarter results, we are
			// raising our guidance", "reflecting strong first half sales
			// performance": the results' period
			continue
		}
		if p, ok := r.ctx.resolve(ref, true, own); ok && r.ctx.Period.End.Before(p.End) {
			kind, _, _ := r.ctx.Calendar.Describe(p)
			r.gtopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si, heading: true}
			return
		}
	}
}

// eventLimitBefore reports a preposition that bounds an event in time
// right before a period phrase at token k (a possessive or "the" between):
// "within our fiscal 2021", "by the end of 2022", "until the second half".
func (r *reader) eventLimitBefore(k int) bool {
	for q := k - 1; q >= max(0, k-3); q-- {
		switch w := r.low(q); {
		case w == "our" || w == "the" || w == "its" || w == "end" || w == "of":
			continue
		case eventLimitWords[w]:
			return true
		}
		return false
	}
	return false
}

// docQuarter is the fiscal quarter that closes the document's period, 1
// to 4 (a half's second or fourth, nine months' third, a year's fourth),
// or 0 when its period is none of these.
func (r *reader) docQuarter() int {
	switch kind, _, n := r.ctx.Calendar.Describe(r.ctx.Period); kind {
	case QuarterPeriod:
		return n
	case HalfPeriod:
		return 2 * n // a half's report closes its second or fourth quarter
	case NineMonthPeriod:
		return 3
	case YearPeriod:
		return 4
	}
	return 0
}

// resultsAfter reports a word for results within three tokens from k:
// "first half sales performance", "second quarter results".
func (r *reader) resultsAfter(k int) bool {
	for q := k; q < min(k+3, len(r.toks)); q++ {
		if resultsWords[r.low(q)] {
			return true
		}
	}
	return false
}

// guidanceTopic returns the period the last outlook sentence named, for an
// outlook sentence shortly after that names none.
func (r *reader) guidanceTopic(si int) (Period, bool) {
	t := r.gtopic
	if t.anchor.period.IsZero() || si <= t.sent || si-t.sent > 4 || r.thread[si] != t.thread {
		return Period{}, false
	}
	return t.anchor.period, true
}

// guidanceIn reports a guidance word among a sentence's hits.
func guidanceIn(r *reader, hits []hit) bool { return r.kindIn(hits, eGuidance) }

// kindIn reports a hit of the kind among a sentence's hits.
func (r *reader) kindIn(hits []hit, kind entryKind) bool {
	for _, h := range hits {
		if r.entry(h).kind == kind {
			return true
		}
	}
	return false
}

// guidanceBefore reports a guidance word before token i: "For FY '22, we
// expect …" looks ahead; "consistent with our full year guidance" does not.
func (r *reader) guidanceBefore(i int, hits []hit) bool {
	for _, h := range hits {
		if h.lo < i && r.entry(h).kind == eGuidance {
			return true
		}
	}
	// "For FY '22, we expect": a phrase that opens the sentence, an outlook
	// word soon after it
	s := r.sents[r.sentenceOf(i)]
	if i-s.lo > 2 {
		return false
	}
	for _, h := range hits {
		if h.lo > i && h.lo-i <= 7 && r.entry(h).kind == eGuidance {
			return !r.pastTense(i, h.lo)
		}
	}
	return false
}

// guidanceWordBefore returns the token of the last guidance word within n
// tokens before token at, or -1.
func (r *reader) guidanceWordBefore(hits []hit, at, n int) int {
	g := -1
	for _, h := range hits {
		if h.hi <= at && at-h.hi <= n && r.entry(h).kind == eGuidance {
			g = h.lo
		}
	}
	return g
}

// supersededGuidance reports an outlook that the figure at token at is
// not the current one of: "compared to our guidance range of $490
// million", "up from our prior guidance of", "our initial guidance of",
// "was $1.45 billion, within our expected range of".
// g is the guidance word's token.
func (r *reader) supersededGuidance(g, at int) bool {
	lo := r.sents[r.sentenceOf(g)].lo
	// "recall that we issued adjusted earnings per share guidance of": an
	// outlook given before; "we raised our guidance to" gives a new one
	past := false
	for k := g - 1; k >= max(lo, g-12) && !r.isPunct(k, ','); k-- {
		w := r.low(k)
		if guidanceNouns[w] {
			break // "the revised guidance compares to our initial guidance of": another outlook's words
		}
		if (updateVerbs[w] || affirmingVerb(w)) && k > lo && supersededWords[r.low(k-1)] && r.yardstickBefore(lo, k) {
			// "above the high end of our previously provided outlook of":
			// the verb names when the old outlook was given; a verb further
			// back may still make it today's ("we are reaffirming our
			// previously provided outlook")
			past = true
			k--
			continue
		}
		if updateVerbs[w] || affirmingVerb(w) {
			// "we are reconfirming our previously issued guidance of",
			// "we are updating our previously issued guidance ranges for
			// revenue of": today's
			return false
		}
		if r.pastVerb(k) && !r.participleAsAdjective(k) {
			past = true
		}
		if w == "we" {
			break // the clause's subject: a verb before it is another clause's
		}
	}
	for k := g + 1; k < at && past; k++ {
		if affirmingVerb(r.low(k)) {
			past = false // "we shared our full year guidance, reaffirming our ranges of"
		}
	}
	if past {
		return true
	}
	for k := g - 1; k >= max(lo, g-4); k-- {
		w := r.low(k)
		if w == "initial" && r.givingBefore(k, lo) {
			continue // "we are providing initial 2021 guidance as follows": today's
		}
		if supersededWords[w] || measuredWords[w] && r.pastTense(lo-1, k) {
			return true
		}
		// "from our guidance of", "compared to the outlook of"; not "per
		// share from continuing operations to be in the range of"
		if g-k > 2 {
			continue
		}
		if w == "to" && k > lo && strings.EqualFold(r.tok(k-1), "compared") || w == "versus" || w == "vs" || w == "than" || w == "from" || w == "with" && k > lo && strings.EqualFold(r.tok(k-1), "compared") {
			return true
		}
	}
	return false
}

// yardstickBefore reports a word between tokens lo and k that measures a
// figure against what follows: "above the high end of our previously
// provided outlook", "within", "exceeded", "beat".
func (r *reader) yardstickBefore(lo, k int) bool {
	for q := lo; q < k; q++ {
		if w := r.low(q); measuredWords[w] || w == "beyond" || w == "than" {
			return true
		}
	}
	return false
}

// namesGuidance reports "full year guidance", "annual outlook": a period
// phrase that names an outlook, which a figure compared with it shares.
func (r *reader) namesGuidance(i int) bool {
	if i >= len(r.toks) {
		return false
	}
	return outlookNames[r.low(i)]
}

// revisingVerb reports a verb that revises an outlook, in any form:
// "raising", "lowered", "narrows", "updating".
func revisingVerb(w string) bool {
	for _, stem := range revisingStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// affirmingVerb reports a verb that states an outlook anew, in any form:
// "reaffirming", "reconfirm", "reiterates", "raising", "maintain".
func affirmingVerb(w string) bool {
	for _, stem := range affirmingStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// givingBefore reports a verb of giving guidance among the three words
// before token k, not before lo: "providing initial guidance".
func (r *reader) givingBefore(k, lo int) bool {
	for q := k - 1; q >= max(lo, k-3); q-- {
		if givingVerbs[r.low(q)] {
			return true
		}
	}
	return false
}

// namesGuidanceBefore reports "guidance for", "outlook for" right before
// token i.
func (r *reader) namesGuidanceBefore(i int) bool {
	return i >= 2 && r.low(i-1) == "for" && r.namesGuidance(i-2)
}

// sentenceOf returns the sentence token i belongs to.
func (r *reader) sentenceOf(i int) int {
	return sort.Search(len(r.sents), func(k int) bool { return r.sents[k].hi > i })
}

// comparedBefore reports a comparison word shortly before token i: "from
// the end of the 2024 financial year" names a comparative, not the
// sentence's period.
func (r *reader) comparedBefore(i int, hits []hit) bool { return r.comparedWithin(i, hits, 4) }

// comparedWithin reports a comparison word at most n tokens before token i.
func (r *reader) comparedWithin(i int, hits []hit, n int) bool {
	for _, h := range hits {
		if h.hi <= i && i-h.hi <= n && r.entry(h).kind == eCompare {
			// "from" and "over" compare only right before a figure or a
			// period: "an improvement from the 14% decline in the third
			// quarter" does; "revenue from operations for the quarter" not
			if w := strings.ToLower(r.text[h.start:h.end]); (w == "from" || w == "over") && (i-h.hi > 2 && !r.numberWithin(h.hi, 3) || r.insideConcept(h, hits)) {
				continue // "cash flow from operations for the year": the concept's own word
			}
			return true
		}
	}
	return false
}

// insideConcept reports a hit inside a concept's phrase: "from" in "cash
// flow from operations".
func (r *reader) insideConcept(h hit, hits []hit) bool {
	for _, c := range hits {
		if c.lo <= h.lo && h.hi <= c.hi && c.hi-c.lo > h.hi-h.lo && r.entry(c).kind == eConcept {
			return true
		}
	}
	return false
}

// numberWithin reports a number among the n tokens from token i.
func (r *reader) numberWithin(i, n int) bool {
	for k := i; k < min(len(r.toks), i+n); k++ {
		if r.toks[k].kind == tNum {
			return true
		}
	}
	return false
}

// pastTense reports a verb of the past between a guidance word and the
// figure: "within our guidance range … was", "expected … reached".
func (r *reader) pastTense(from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch r.low(k) {
		case "was", "were", "reached", "came", "achieved", "delivered", "exceeded":
			return true
		case "reported":
			if !r.participleAsAdjective(k) {
				return true
			}
		}
	}
	return false
}

// participleAsAdjective reports a participle at token k that qualifies a
// noun rather than states a deed: "representing reported growth of 20%",
// "on a reported basis", "and reported EPS", not "we reported".
func (r *reader) participleAsAdjective(k int) bool {
	if k == 0 || r.startsClause(k) {
		return k > 0 // "Reported earnings per share is expected to be"
	}
	w := r.low(k - 1)
	return adjectiveLeads[w] || len(w) > 4 && strings.HasSuffix(w, "ing")
}

// periodTopic is the period a passage is about: "At EUR 1.274 billion,
// the company's revenue after nine months …" makes the next sentences'
// "Adjusted EBITA for the period was …" nine-month figures.
type periodTopic struct {
	anchor  anchor
	thread  int
	sent    int
	heading bool // set by a sentence without figures: "Turning to the full year."
	// fronted: set by a period phrase that opens its sentence, "For FY25,
	// consolidated revenue …": a speaker's passage about that period,
	// which holds to the end of the line it is written on (a transcript
	// that gives each sentence its line says nothing of passages)
	fronted bool
}
