package parse

import "strings"

// Whether a figure is a level at all, and its sign and bound: changes,
// effects, excluded items and lists after a change are no levels; losses
// are negative; bounds mark the ends of an outlook.

// isDelta reports whether a figure states a change ("increased by 5%",
// "up $117 million", "a $3 million increase") rather than a level.
func (r *reader) isDelta(a *amount, hits []hit) bool {
	// "increased earnings per share by $0.15": a figure right after "by" is
	// a change; "excluding the $74 million" an item set aside
	if a.lo > 0 && strings.EqualFold(r.tok(a.lo-1), "by") || r.excludedItem(a) {
		return true
	}
	// left: a change word, then only bounds or approximations; "by" with
	// only approximations after it ("impacted earnings per share by
	// approximately $0.08") is a change too
	k := a.lo - 1
	approxOnly := true
	for k >= 0 && k >= a.lo-4 {
		w := r.low(k)
		if w == "by" && approxOnly {
			return true
		}
		if w == "by" || w == "of" || w == "a" || w == "an" || w == "nearly" || w == "almost" || w == "only" || w == "just" || w == "over" && a.kind == aPercent ||
			strings.HasSuffix(w, "ly") && len(w) > 4 {
			approxOnly = approxOnly && (w == "nearly" || w == "almost" || w == "just" || strings.HasSuffix(w, "ly"))
			k--
			continue
		}
		if h := r.hitEndingAt(hits, k); h != nil {
			switch r.entry(*h).kind {
			case eChange:
				return true
			case eApprox:
				k = h.lo - 1
				continue
			case eLowBound, eHighBound:
				approxOnly = false
				k = h.lo - 1
				continue
			}
		}
		break
	}
	// "or $0.14 to EPS", "$31 million to net income": an effect on a figure
	if a.hi+1 < len(r.toks) && strings.EqualFold(r.tok(a.hi), "to") {
		if h := r.hitStartingAt(hits, a.hi+1); h != nil && r.entry(*h).kind == eConcept {
			return true
		}
	}
	// right: "a 24.2% year over year increase", "$800 million higher", "a
	// $0.03 tax benefit"
	nouns := 0
	for k := a.hi; k < min(a.hi+4, len(r.toks)); k++ {
		h := r.hitStartingAt(hits, k)
		if h == nil {
			w := r.low(k)
			if w == "more" || w == "less" || w == "higher" || w == "lower" || effectWords[w] {
				return true // "$800 million higher", "a $0.17 impact"
			}
			if r.toks[k].kind == tWord && (w == "year" || w == "in" || w == "on" || w == "a" || w == "organic" || w == "sequential" || effectSides[w]) {
				continue
			}
			if r.toks[k].kind == tWord && nouns == 0 && !nameStopWords[w] && k+1 < len(r.toks) && effectWords[r.low(k+1)] {
				nouns++
				continue // "tax" in "a $0.03 tax benefit"
			}
			return false
		}
		e := r.entry(*h)
		switch {
		case e.kind == eChange:
			w := strings.ToLower(r.text[h.start:h.end])
			switch w {
			case "increase", "decrease", "growth", "decline", "improvement", "higher", "lower", "reduction", "expansion", "change", "rise":
				return true
			}
			return false
		case e.kind == ePeriod && (e.period == pwYoY || e.period == pwQoQ):
			return a.kind == aPercent
		case e.kind == eAdjusted || e.kind == eGAAP:
			continue
		default:
			return false
		}
	}
	return false
}

func (r *reader) hitEndingAt(hits []hit, k int) *hit {
	for i := len(hits) - 1; i >= 0; i-- {
		if hits[i].hi-1 == k && int(r.toks[k].end) == hits[i].end {
			return &hits[i]
		}
	}
	return nil
}

func (r *reader) hitStartingAt(hits []hit, k int) *hit {
	for i := range hits {
		if hits[i].lo == k && int(r.toks[k].start) == hits[i].start {
			e := r.entry(hits[i])
			if e.kind == eContext || e.kind == eMonth {
				continue
			}
			return &hits[i]
		}
	}
	return nil
}

// excludedItem reports "excluding the $74 million in revenue …": a figure
// named to be set aside.
func (r *reader) excludedItem(a *amount) bool { return r.afterExcluding(a.lo) }

// afterExcluding reports token lo right after "excluding" or "excludes"
// (an article between allowed): what stands there is left out.
func (r *reader) afterExcluding(lo int) bool {
	k := lo - 1
	if k >= 0 && (strings.EqualFold(r.tok(k), "the") || strings.EqualFold(r.tok(k), "a") || strings.EqualFold(r.tok(k), "any")) {
		k--
	}
	return k >= 0 && (strings.EqualFold(r.tok(k), "excluding") || strings.EqualFold(r.tok(k), "excludes") || strings.EqualFold(r.tok(k), "exclude"))
}

// listedAfter reports b following a in a list: only "and", "a", "an" and
// commas between.
func (r *reader) listedAfter(a, b amount) bool {
	if b.lo <= a.hi {
		return false
	}
	for k := a.hi; k < b.lo; k++ {
		switch r.low(k) {
		case "and", ",", "a", "an", "or":
		default:
			return false
		}
	}
	return true
}

// blockedBefore reports a local blocker between the name and the figure:
// "estimated annual savings of RMB2.4 billion", "a fair value of".
func (r *reader) blockedBefore(a *amount, hits []hit, f *frame) bool {
	for _, h := range hits {
		e := r.entry(h)
		// "$1.8 billion to $2.1 billion in incremental sales": a name after
		// the figure, modified by a blocker
		if f.lo > a.lo && e.kind == eBlock && h.hi <= f.lo && f.lo-h.hi <= 1 && h.lo >= a.hi {
			return true
		}
		// "$0.03 in earnings per share in savings": a name after the
		// figure, the figure itself what the blocker names
		if f.lo > a.lo && e.kind == eBlock && h.lo >= f.hi && h.lo-f.hi <= 1 && strings.EqualFold(r.tok(f.hi), "in") {
			return true
		}
		if h.lo >= a.lo {
			continue
		}
		// a blocker that modifies the name: "annualized revenue of $115
		// million", "same-store sales of"
		if e.kind == eBlock && h.hi <= f.lo && f.lo-h.hi <= 1 {
			return true
		}
		if h.hi <= f.hi && f.lo < a.lo {
			continue
		}
		if e.kind == eBlock && a.lo-h.hi <= 6 {
			return true
		}
		if e.kind == eIncluding && h.lo > f.hi && h.lo < a.lo && a.lo-h.hi <= 3 {
			return true // "…, including around EUR 8 million in tax income"
		}
	}
	return false
}

// toShareholders reports "$2 billion to shareholders": capital returned,
// repurchases and dividends together, which no concept here names.
func (r *reader) toShareholders(a *amount) bool {
	for q := a.hi; q < min(a.hi+3, len(r.toks)); q++ {
		if strings.EqualFold(r.tok(q), "shareholders") || strings.EqualFold(r.tok(q), "stockholders") {
			return strings.EqualFold(r.tok(q-1), "to") || strings.EqualFold(r.tok(q-1), "our")
		}
	}
	return false
}

// adjustedFurther reports an adjusted measure adjusted once more between
// its name and its figure: "Adjusted earnings per share, excluding the
// notable item, was $2.30" is not the adjusted EPS the company reports,
// and would dispute it. The standard adjustments that define a non-GAAP
// measure ("excluding share-based compensation") are lexicon phrases
// of their own and do not count.
func (r *reader) adjustedFurther(a *amount, hits []hit, f *frame) bool {
	if !f.cue.adjusted && !r.adjustedBefore(f, hits) {
		return false
	}
	for k := f.hi; k < a.lo; k++ {
		if !strings.EqualFold(r.tok(k), "excluding") {
			continue
		}
		defines := false
		for _, h := range hits {
			if h.lo == k && r.entry(h).kind == eAdjusted {
				defines = true
			}
		}
		if !defines && !r.definingList(k+1, a.lo) {
			return true
		}
	}
	return false
}

// definingList reports the items an adjusted measure leaves out, listed
// between tokens lo and hi, as the measure's definition rather than a
// further adjustment: several items ("the nonrecurring business
// interruption expenses, idle mine expenses and other nonrecurring
// income"), or items called nonrecurring or one-time.
func (r *reader) definingList(lo, hi int) bool {
	comma, and := false, false
	for k := lo; k < hi; k++ {
		switch w := r.low(k); {
		case w == ",":
			comma = true
		case w == "and" && comma:
			and = true
		case nonRecurringWords[w]:
			return true
		}
	}
	return and
}

// negativeBefore reports a loss word between the name and the figure:
// "compared to a loss of RMB 191.9 million", "negative RMB163.7 million".
func (r *reader) negativeBefore(a *amount, hits []hit, f *frame) bool {
	for _, h := range hits {
		if h.hi > a.lo || a.lo-h.hi > 3 {
			continue
		}
		e := r.entry(h)
		if e.kind == eNegative {
			return true
		}
		if e.kind == eConcept && e.cue.sign < 0 && h.lo > f.lo {
			return true // "improved from the gross loss of RMB30.7 million"
		}
	}
	return false
}

// orOfNegative reports "a loss of $5 million or 1% of sales": a
// percentage after "or" restates the negative figure before it.
func (r *reader) orOfNegative(a *amount, ai int, amts []amount, st *sentenceState) bool {
	return ai > 0 && a.lo-amts[ai-1].hi == 1 && strings.EqualFold(r.tok(a.lo-1), "or") && st.lastNegative
}

// boundBefore reads "at least", "in excess of", "up to" before a figure.
func (r *reader) boundBefore(a *amount, hits []hit) Bound {
	for _, h := range hits {
		if h.hi > a.lo || a.lo-h.hi > 2 {
			continue
		}
		switch r.entry(h).kind {
		case eLowBound:
			return Min
		case eHighBound:
			if h.lo > 0 && risenToVerbs[r.low(h.lo-1)] && strings.EqualFold(r.tok(h.lo), "up") {
				continue // "revenue was up to $147.7 million": risen to it, no ceiling
			}
			return Max
		case eCompare:
			if strings.EqualFold(r.text[h.start:h.end], "over") && a.lo-h.hi <= 1 {
				return Min
			}
		}
	}
	return Point
}

// compareBefore reports a figure that a comparison word introduces:
// "compared with B", "from B", "versus B", "up from B".
func (r *reader) compareBefore(a *amount, hits []hit, amts []amount, ai int) bool {
	for _, h := range hits {
		if h.hi > a.lo || a.lo-h.hi > 4 {
			continue
		}
		if r.entry(h).kind != eCompare {
			continue
		}
		// only little words between: "compared to a loss of", "from the"
		near := true
		for k := h.hi; k < a.lo; k++ {
			if !compareGap[r.low(k)] {
				near = false
			}
		}
		if !near {
			continue
		}
		// only words that do not belong to an earlier figure in between
		if ai > 0 && amts[ai-1].hi > h.lo {
			continue
		}
		if strings.EqualFold(r.text[h.start:h.end], "over") {
			continue
		}
		return true
	}
	return false
}

// noteGrowth records a growth rate for the concept the sentence frames:
// "increased by 8.4% year over year", "decreased by 10% from last quarter".
func (r *reader) noteGrowth(st *sentenceState, a *amount, hits []hit) (Growth, bool) {
	f := r.frameFor(st, a, aMoney, false)
	if f == nil || a.value.IsNegative() {
		return Growth{}, false
	}
	concept, _ := pickConcept(f.cue, aMoney, false, a)
	if concept == "" {
		return Growth{}, false
	}
	if (f.cue.adjusted || r.adjustedBefore(f, hits) || st.adjusted || r.ctx.NonGAAP) && !(r.gaapBefore(f, hits) || st.gaap) {
		concept = Adjusted(concept)
	}
	info, ok := LookupConcept(concept)
	if !ok || info.Instant {
		return Growth{}, false
	}
	// direction: the change word nearest the rate
	rate := a.value
	for _, h := range hits {
		if r.entry(h).kind != eChange || h.hi < a.lo-4 || h.lo > a.hi+4 {
			continue
		}
		if fallWords[strings.ToLower(r.text[h.start:h.end])] {
			rate = rate.Neg()
		}
		break
	}
	// the comparison: the words right after the rate, else the sentence's
	months := 12
	if st.qoq && !st.yoy {
		months = 3
	}
	for _, h := range hits {
		if h.lo < a.hi || h.lo > a.hi+5 {
			continue
		}
		if e := r.entry(h); e.kind == ePeriod {
			switch e.period {
			case pwYoY, pwPriorYear:
				months = 12
			case pwQoQ, pwPriorQuarter:
				months = 3
			default:
				continue
			}
			break
		}
	}
	segment := ""
	if info.Segmentable {
		segment = st.segment
	}
	return Growth{
		Key:      Key{Entity: r.ctx.Company, Concept: info.Name, Segment: segment, Period: st.anchor.period},
		Rate:     rate,
		Decimals: a.decimals,
		Months:   months,
		Doc:      r.doc,
		Span:     r.doc.norm.origSpan(Span{a.start, a.end}),
		Quote:    strings.Clone(r.sentenceText(a.lo)),
	}, true
}

// adjacentFigures reports whether figures i and j of a sentence follow one
// another, translations aside.
func adjacentFigures(amts []amount, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		if !amts[k].translation {
			return false
		}
	}
	return i != j
}

// sentenceText is the sentence that holds token i, as the view has it.
func (r *reader) sentenceText(i int) string {
	s := r.sents[r.sentenceOf(i)]
	return r.text[r.toks[s.lo].start:r.toks[s.hi-1].end]
}

// effectFigure reports a figure a verb of effect takes as its object,
// an amount of change and no level: "spending added $0.02 per share of
// net income", "higher usage contributes about $0.04 per share", "the rate
// increase added $4 million of revenue". A part may contribute its own
// level of a total ("Cloud contributed $2.4 billion of revenue"), so for
// money a contribution verb is no effect.
func (r *reader) effectFigure(a *amount) bool {
	k := a.lo - 1
	between := false
	for k >= 0 && (approxWords[r.low(k)] || r.low(k) == "net" || r.low(k) == "a" || r.low(k) == "between") {
		between = between || r.low(k) == "between"
		k--
	}
	if k < 0 {
		return false
	}
	w := r.low(k)
	if between && !contributionVerbs[w] && w != "contribute" && w != "contributes" && w != "of" {
		return false // "earnings per share to increase between $8.05 and $8.25": the level the range spans
	}
	if w == "of" && k > 0 && effectNouns[r.low(k-1)] {
		return true // "an adjusted earnings per share headwind of between $0.33 and $0.38"
	}
	if w == "by" && k > 0 && (effectVerbs[r.low(k-1)] || r.low(k-1) == "adjusted") {
		return true // "earnings per share were adjusted by a net $0.45", "reduced by $12 million"
	}
	if !effectVerbs[w] && w != "adds" && w != "adding" && w != "contributes" {
		return false
	}
	return a.perShare || r.ofPerShareAfter(a) || !contributionVerbs[w] && w != "contributes" && w != "contribute"
}

// effectNouns before "of" and a figure make it an effect's size: "a
// headwind of $0.33", "an impact of $12 million"; not "an income tax
// benefit of $12.5 million", the benefit itself.
var effectNouns = map[string]bool{
	"impact": true, "impacts": true, "headwind": true, "headwinds": true, "tailwind": true,
	"tailwinds": true, "effect": true, "effects": true, "drag": true, "swing": true,
}

// ofPerShareAfter reports a figure, or the range it opens, followed by
// "of" and a figure per share's name: "between $0.21 and $0.26 of
// adjusted earnings per share".
func (r *reader) ofPerShareAfter(a *amount) bool {
	k := a.hi
	for q := k; q < min(len(r.toks), k+4); q++ {
		if r.low(q) != "of" {
			continue
		}
		for _, h := range r.sentHits(r.sentenceOf(q)) {
			if h.lo > q && h.lo <= q+3 && r.entry(h).kind == eConcept && r.entry(h).cue.perShare != "" && r.entry(h).cue.money == "" {
				return true
			}
		}
		return false
	}
	return false
}

// perShareOfOther reports a per-share figure that another noun than its
// name takes with "of": "lower merger expenses of $0.36 per share", "a
// benefit of $0.05 per share" after "Diluted earnings per share
// reflects": an amount of that noun, not earnings per share.
func (r *reader) perShareOfOther(a *amount, f *frame) bool {
	if !a.perShare || a.lo < 2 || f.hi >= a.lo || r.low(a.lo-1) != "of" {
		return false
	}
	k := a.lo - 2
	if k < f.hi || r.toks[k].kind != tWord || r.is(k, wcPeriodName) || ofNameWords[r.low(k)] {
		return false
	}
	return true
}

// targetFigure reports a figure the company works toward: "progress
// toward $50 billion in revenue", a long-range target and no result.
func (r *reader) targetFigure(a *amount) bool {
	k := a.lo - 1
	for k >= 0 && approxWords[r.low(k)] {
		k--
	}
	return k >= 0 && (r.low(k) == "toward" || r.low(k) == "towards")
}

// perUnitFigure reports a figure of one store, restaurant or vehicle,
// no company total: "$1.8 million average sales per store", "sales
// volumes of about $1.4 million for a traditional store".
func (r *reader) perUnitFigure(a *amount) bool {
	for k := a.hi; k < min(len(r.toks), a.hi+6); k++ {
		w := r.low(k)
		if r.toks[k].kind == tPunct || w == "and" || w == "or" {
			return false
		}
		if w != "per" && !(w == "for" && k+1 < len(r.toks) && (r.low(k+1) == "a" || r.low(k+1) == "each")) {
			continue
		}
		for q := k + 1; q < min(len(r.toks), k+6); q++ {
			if unitNouns[r.low(q)] {
				return true
			}
		}
		return false
	}
	return false
}

// differenceFigure reports a figure set against another period's by the
// words right after it, an amount of difference, no level: "adjusted
// earnings per share was $0.09 above our second quarter 2020 results",
// "$12 million higher than last year". Against an outlook or a consensus
// ("$1.20 above consensus") it is the level.
func (r *reader) differenceFigure(a *amount) bool {
	k := a.hi
	if k >= len(r.toks) || !differenceWords[r.low(k)] || a.lo > 0 && r.low(a.lo-1) == "of" {
		return false // "total revenues of $329 million below the prior year period": the level, and how it fared
	}
	k++
	if k < len(r.toks) && (r.low(k) == "than" || r.low(k) == "of") {
		k++
	}
	si := r.sentenceOf(a.lo)
	for _, ref := range r.sentRefs(si) {
		if ref.lo >= k && ref.lo-k <= 3 {
			return true // "above our second quarter 2020 results", "higher than last year"
		}
	}
	return false
}

// bracketAfterLevel reports a figure at token i in a bracket right after
// a figure that a change reached: "to EUR 318.4 million (previous year:
// EUR 301.2 million)", "reaching $5 billion ($4.6 billion)".
func (r *reader) bracketAfterLevel(i int) bool {
	open := -1
	for k := i - 1; k >= max(0, i-6); k-- {
		if r.isPunct(k, ')') {
			return false
		}
		if r.isPunct(k, '(') {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	k := open - 1
	figure := false
	for ; k >= 0 && k >= open-6; k-- {
		t := r.toks[k]
		if t.kind == tNum || t.kind == tSym || scaleWords[r.tok(k)] > 0 || currencyCodes[r.tok(k)] != "" || r.isPunct(k, '.') || r.isPunct(k, ',') {
			figure = figure || t.kind == tNum
			continue
		}
		break
	}
	return figure && k >= 0 && (r.low(k) == "to" || r.low(k) == "reaching" || peerVerbs[r.low(k)] && r.segmentBetween(max(0, k-6), k))
}

// segmentBetween reports a segment named between tokens from and to.
func (r *reader) segmentBetween(from, to int) bool {
	for _, h := range r.sentHits(r.sentenceOf(to)) {
		if h.lo >= from && h.hi <= to && r.entry(h).kind == eSegment {
			return true
		}
	}
	return false
}

// effectOnName reports a name that a verb of change or effect governs,
// with the figure after it no level of the name: "higher expenses
// decreased earnings $0.02 per share", "the week added revenue of $40
// million". A figure after "to" is the level reached: "we increased
// revenue to $5 billion".
func (r *reader) effectOnName(a *amount, f *frame) bool {
	if a.lo > 0 && (strings.EqualFold(r.tok(a.lo-1), "to") || strings.EqualFold(r.tok(a.lo-1), "reaching")) {
		return false
	}
	if r.bracketAfterLevel(a.lo) {
		return false // "increased revenue to EUR 318.4 million (previous year: EUR 301.2 million)": the level a year before
	}
	if a.lo > 0 && peerVerbs[r.low(a.lo-1)] && r.segmentBetween(f.hi, a.lo) {
		// "… increased revenue to EUR 1,402 million, while the Aftermarket
		// division contributed EUR 782 million": the other segment's level
		return false
	}
	for k := f.lo - 1; k >= 0 && k >= f.lo-3; k-- {
		w := r.low(k)
		if effectVerbs[w] {
			// "The Contract Logistics division contributed revenue of EUR
			// 188.0 million": a segment's own level, not an effect on it
			return !((w == "contributed" || w == "contributes") && segmentConcepts[f.cue.money] && r.segmentBetween(r.sents[r.sentenceOf(k)].lo, k))
		}
		switch w {
		case "our", "the", "its", "their", "diluted", "net", "gaap", "global", "total", "reported":
			continue
		}
		return false
	}
	return false
}
