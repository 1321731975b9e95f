package parse

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// The binder reads one sentence at a time. It walks the sentence's
// lexicon hits and figures in order, keeping a small state: the concept
// last named (the frame), the segment, whether the sentence gives
// guidance, and its period. Each figure takes its meaning from that state
// and from the words right around it, by these rules:
//
//   - a figure right after a change word ("increased by 5%", "up $117
//     million") is a difference, not a level, and is no fact;
//   - a percentage is a fact only where a ratio concept frames it (a margin);
//   - "X were A, up N% from B in the same quarter last year": A and B are
//     both X, B in the period its own words give;
//   - "X and Y were A and B respectively" pairs names and figures in order;
//   - "from A to B": A is the comparative, B the level now;
//   - a guidance word before a figure makes it an outlook, unless the
//     period it names is over;
//   - loss words ("net loss", "a loss of", "negative", "outflow") make it
//     negative.

// frame is the concept a sentence last named.
type frame struct {
	cue    conceptCue
	lo, hi int // tokens of the phrase
	text   string
}

// sentenceState is what the binder knows at a point in a sentence.
type sentenceState struct {
	frames   []frame // every concept named so far, in order
	segment  string
	segLo    int
	guidance int // token of the first guidance word, -1 if none
	blocked  bool
	adjusted bool // "excluding share-based compensation, …"
	gaap     bool // "on a GAAP basis"
	yoy, qoq bool
	anchor   anchor // the sentence's own period, else the document's
	anchored bool   // the sentence names its period before its first figure
	last     anchor // the period of the sentence's last actual figure
	// lastNegative is set when the last figure bound was negative
	lastNegative bool
}

// bindSentence gives meaning to the figures of sentence si.
func (r *reader) bindSentence(si int) {
	s := r.sents[si]
	amts := r.sentAmounts(si)
	if len(amts) == 0 {
		return
	}
	hits := r.sentHits(si)
	refs := r.sentRefs(si)
	st := sentenceState{guidance: -1, anchor: anchor{period: r.ctx.Period, kind: r.docKind()}}

	// Sentence-wide cues: blockers, markers, the sentence's own period.
	firstAmount := amts[0].lo
	for _, h := range hits {
		e := r.entry(h)
		switch e.kind {
		case eBlock:
			if sentenceBlockers[strings.ToLower(r.text[h.start:h.end])] {
				st.blocked = true
			}
		case eGAAP:
			if strings.Contains(strings.ToLower(r.text[h.start:h.end]), "basis") {
				st.gaap = true
			}
		case eContext:
			if e.ctx == cxNonGAAPAll && h.lo < firstAmount {
				st.adjusted = true
			}
		}
	}
	if st.blocked {
		return
	}
	// "Excluding the restructuring charges, our EPS was $1.48": what the
	// sentence states excludes items, so it is non-GAAP
	for k := s.lo; k < firstAmount; k++ {
		if strings.EqualFold(r.tok(k), "excluding") {
			st.adjusted = true
		}
	}
	// the sentence's period: a period phrase before its first figure, else
	// one no figure claims as its own ("At EUR 1.274 billion, the company's
	// revenue after nine months"), else the paragraph's (see periodTopic)
	owned := map[int]bool{}
	for ai := range amts {
		if ref, ok := r.ownPeriod(&amts[ai], ai, amts, refs); ok {
			owned[ref.lo] = true
		}
	}
	for pass := 0; pass < 2 && !st.anchored; pass++ {
		for _, ref := range refs {
			if ref.label || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod {
				continue
			}
			compared := r.comparedBefore(ref.lo, hits) && !r.namesGuidance(ref.hi)
			if pass == 0 && ref.lo >= firstAmount || compared || pass == 1 && (owned[ref.lo] || !r.nearFirstFigure(ref, amts, hits)) {
				continue
			}
			if p, ok := r.ctx.resolve(ref, r.guidanceBefore(ref.lo, hits), st.anchor); ok {
				kind, _, _ := r.ctx.Calendar.Describe(p)
				st.anchor = anchor{period: p, kind: kind}
				st.anchored = true
				break
			}
		}
	}
	for _, ref := range refs {
		switch ref.word {
		case pwYoY:
			st.yoy = true
		case pwQoQ:
			st.qoq = true
		}
	}
	if !st.anchored {
		if t, ok := r.periodTopic(si); ok {
			st.anchor = t
		}
		// a passage about nine months names them with its first figure:
		// "revenue … rose to EUR 453.5 million in the first nine months"
		if ref, ok := r.ownPeriod(&amts[0], 0, amts, refs); ok && !guidanceIn(r, hits) && !isRelative(ref.word) && !ref.isInstant() && !ref.label {
			if p, ok := r.ctx.resolve(*ref, false, st.anchor); ok {
				kind, _, _ := r.ctx.Calendar.Describe(p)
				r.ptopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si}
			}
		}
	} else if !guidanceIn(r, hits) {
		r.ptopic = periodTopic{anchor: st.anchor, thread: r.thread[si], sent: si}
	} else if r.ctx.Period.End.Before(st.anchor.period.End) {
		r.gtopic = periodTopic{anchor: st.anchor, thread: r.thread[si], sent: si}
	}
	overrides := r.respectively(si, hits, amts, refs)

	hi := 0 // next hit to apply
	seen := map[Key]decimal.Decimal{}
	perShareBefore := false // a figure per share came earlier in the sentence
	prevDelta := -1         // the last figure read as a change
	type rate struct {
		g  Growth
		ai int
	}
	var growth []rate
	boundAt := map[int]int{} // mention index → figure index
	for ai := range amts {
		a := &amts[ai]
		// apply every hit that starts before this figure
		for ; hi < len(hits) && hits[hi].lo < a.lo; hi++ {
			r.applyHit(&st, hits[hi], a.lo)
		}
		if a.translation || a.kind == aPoints || a.kind == aMultiple || a.kind == aCount || a.kind == aBare && !a.perShare {
			continue
		}
		// "by $223.1 million and a $1.03 respectively": figures listed after a
		// change are changes too
		listed := prevDelta >= 0 && r.listedAfter(amts[prevDelta], *a)
		if listed || r.isDelta(a, hits) {
			prevDelta = ai
			if a.kind == aPercent && st.guidance < 0 {
				if g, ok := r.noteGrowth(&st, a, hits); ok {
					growth = append(growth, rate{g, ai})
				}
			}
			continue
		}
		// "income of $0.36 per share … compared to a loss of $0.17": the
		// second figure is per share like the first
		if perShareBefore && a.kind == aMoney && !a.perShare && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(100)) {
			a.perShare = true
		}
		m, ok := r.bindAmount(&st, si, ai, amts, hits, refs, overrides[ai])
		if !ok {
			continue
		}
		if c, _ := LookupConcept(m.Key.Concept); c.Kind == PerShare {
			perShareBefore = true
		}
		if v, dup := seen[m.Key]; dup && !v.Equal(m.Value) {
			continue // one sentence gives one value per fact: this figure is something else
		}
		seen[m.Key] = m.Value
		st.lastNegative = m.Value.IsNegative()
		if m.Key.Scenario == Actual && !m.Key.Period.IsInstant() && !m.labelled {
			kind, _, _ := r.ctx.Calendar.Describe(m.Key.Period)
			st.last = anchor{period: m.Key.Period, kind: kind}
		}
		boundAt[len(r.mentions)] = ai
		r.mentions = append(r.mentions, m)
	}
	// a rate counts only right beside the figure it describes: "RMB 350.6
	// million, increased by 8.4% year over year", "up 52.6% to RMB 611.6 million"
	for _, g := range growth {
		for mi, ai := range boundAt {
			m := r.mentions[mi]
			if adjacentFigures(amts, ai, g.ai) && m.Key.Concept == g.g.Key.Concept && m.Key.Scenario == Actual && m.Key.Period == g.g.Key.Period {
				g.g.Key = m.Key
				r.growth = append(r.growth, g.g)
				break
			}
		}
	}
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

// sentenceBlockers make every figure of their sentence no fact of the
// company: an analyst's estimate, a consensus, a beat or a miss.
var sentenceBlockers = map[string]bool{
	"consensus": true, "analysts": true, "analyst": true, "expected revenue": true, "beat": true, "missed by": true,
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

// applyHit updates the state with a hit that comes before figure at.
func (r *reader) applyHit(st *sentenceState, h hit, at int) {
	e := r.entry(h)
	switch e.kind {
	case eConcept:
		cue := e.cue
		if alias, ok := r.aliases[strings.ToLower(r.text[h.start:h.end])]; ok && cue.weak {
			cue = alias
		}
		f := frame{cue: cue, lo: h.lo, hi: h.hi, text: r.text[h.start:h.end]}
		// a clarification in brackets names the same thing: "Earnings
		// (adjusted EBITA)" is adjusted EBITA.
		if n := len(st.frames); n > 0 && r.isPunct(h.lo-1, '(') && st.frames[n-1].hi == h.lo-1 {
			st.frames[n-1] = f
		} else {
			st.frames = append(st.frames, f)
		}
		if e.cue.money == "Revenue" && strings.Contains(strings.ToLower(f.text), "total") {
			st.segment = ""
		}
	case eSegment:
		st.segment, st.segLo = e.segment, h.lo
	case eTotal:
		if h.hi <= at {
			st.segment = ""
		}
	case eGuidance:
		if st.guidance < 0 {
			st.guidance = h.lo
		}
	case eBlock:
		// a local blocker: the figures right after it are no facts
	}
}

// isDelta reports whether a figure states a change ("increased by 5%",
// "up $117 million", "a $3 million increase") rather than a level.
func (r *reader) isDelta(a *amount, hits []hit) bool {
	// "increased earnings per share by $0.15": a figure right after "by" is
	// a change; "excluding the $74 million" an item set aside
	if a.lo > 0 && strings.EqualFold(r.tok(a.lo-1), "by") || r.excludedItem(a) {
		return true
	}
	// left: a change word, then only bounds or approximations
	k := a.lo - 1
	for k >= 0 && k >= a.lo-4 {
		w := strings.ToLower(r.tok(k))
		if w == "by" || w == "of" || w == "a" || w == "an" || w == "nearly" || w == "almost" || w == "only" || w == "just" || w == "over" && a.kind == aPercent ||
			strings.HasSuffix(w, "ly") && len(w) > 4 {
			k--
			continue
		}
		if h := r.hitEndingAt(hits, k); h != nil {
			switch r.entry(*h).kind {
			case eChange:
				return true
			case eLowBound, eApprox, eHighBound:
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
	// right: "a 24.2% year over year increase", "$800 million higher"
	for k := a.hi; k < min(a.hi+4, len(r.toks)); k++ {
		h := r.hitStartingAt(hits, k)
		if h == nil {
			w := strings.ToLower(r.tok(k))
			if w == "more" || w == "less" || w == "higher" || w == "lower" || effectWords[w] {
				return true // "$800 million higher", "a $0.17 impact"
			}
			if r.toks[k].kind == tWord && (w == "year" || w == "in" || w == "on" || w == "a" || w == "organic" || w == "sequential") {
				continue
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

// override pins what "respectively" pairs with a figure.
type override struct {
	set     bool
	frame   *frame
	segment string
	period  *periodRef
}

// respectively pairs the names before a list of figures with the figures
// in order: "Fulfillment costs and other costs were RMB71.7 million and
// RMB41.3 million respectively"; "for the first six months of 2023 and
// 2024 were RMB 43,106 and RMB 149,244 respectively".
func (r *reader) respectively(si int, hits []hit, amts []amount, refs []periodRef) []override {
	out := make([]override, len(amts))
	cue := -1
	for _, h := range hits {
		if r.entry(h).kind == eRespectively {
			cue = h.lo
		}
	}
	if cue < 0 {
		return out
	}
	// the list: the level figures before the cue, counted back from it
	var list []int
	for i := len(amts) - 1; i >= 0; i-- {
		a := amts[i]
		if a.lo > cue || a.translation {
			continue
		}
		if len(list) > 0 {
			prev := amts[list[len(list)-1]]
			gap := strings.ToLower(r.text[a.end:prev.start])
			gap = strings.Trim(gap, " ,")
			if gap != "and" && gap != "" && gap != "," && !strings.HasPrefix(gap, "and") || strings.Count(gap, " ") > 2 {
				break
			}
		}
		list = append(list, i)
	}
	if len(list) < 2 {
		return out
	}
	for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
		list[i], list[j] = list[j], list[i]
	}
	first := amts[list[0]].lo
	// names before the list: concepts, then segments, then years
	var frames []frame
	var segs []string
	for _, h := range hits {
		if h.lo >= first {
			break
		}
		e := r.entry(h)
		switch e.kind {
		case eConcept:
			cue := e.cue
			if alias, ok := r.aliases[strings.ToLower(r.text[h.start:h.end])]; ok && cue.weak {
				cue = alias
			}
			frames = append(frames, frame{cue: cue, lo: h.lo, hi: h.hi, text: r.text[h.start:h.end]})
		case eSegment:
			segs = append(segs, e.segment)
		}
	}
	// the figures of the list may repeat names given earlier in the
	// sentence: take the last len(list) names
	if len(frames) >= len(list) {
		frames = frames[len(frames)-len(list):]
		distinct := true
		for i := 1; i < len(frames); i++ {
			if frames[i].cue == frames[i-1].cue {
				distinct = false
			}
		}
		if distinct {
			for i, ai := range list {
				f := frames[i]
				out[ai] = override{set: true, frame: &f}
			}
			return out
		}
	}
	if len(segs) >= len(list) {
		segs = segs[len(segs)-len(list):]
		for i, ai := range list {
			out[ai] = override{set: true, segment: segs[i]}
		}
		return out
	}
	for k := range refs {
		if len(refs[k].years) == len(list) && refs[k].lo < first {
			for i, ai := range list {
				ref := refs[k]
				ref.year, ref.years = ref.years[i], nil
				out[ai] = override{set: true, period: &ref}
			}
			return out
		}
	}
	return out
}

// segmentable concepts can be broken down by segment.
var segmentable = map[string]bool{
	"Revenue": true, "GrossProfit": true, "GrossMargin": true, "OperatingIncomeLoss": true,
	"OperatingMargin": true, "EBITDA": true, "EBITDAMargin": true, "EBITA": true, "EBITAMargin": true,
	"OrderIntake": true, "Billings": true, "CostOfRevenue": true, "Backlog": true,
	"AnnualRecurringRevenue": true,
}

// bindAmount gives figure ai of sentence si its meaning.
func (r *reader) bindAmount(st *sentenceState, si, ai int, amts []amount, hits []hit, refs []periodRef, ov override) (Mention, bool) {
	a := &amts[ai]
	conf := 0.9
	var notes []string
	rule := "frame"

	// What kind of figure: money, a ratio, money per share.
	kind := a.kind
	perShare := a.perShare

	// The concept: the frame before the figure, else a name right after it.
	var f *frame
	if ov.frame != nil {
		f, rule = ov.frame, "respectively"
	} else if g := r.frameRightAfter(a, hits, kind, perShare); g != nil {
		f, rule = g, "name after figure"
	} else {
		f = r.frameFor(st, a, kind, perShare)
	}
	if f == nil {
		if g := r.frameAfter(a, hits, kind, perShare, ai == 0); g != nil {
			f, rule = g, "name after figure"
			conf -= 0.1
		}
	}
	if f == nil {
		return Mention{}, false
	}
	if r.blockedBefore(a, hits, f) || r.fromCustomer(f, hits) || r.toShareholders(a) {
		return Mention{}, false
	}
	concept, isPerShare := pickConcept(f.cue, kind, perShare, a)
	if concept == "" {
		return Mention{}, false
	}
	if !isPerShare && kind == aMoney && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(1000)) {
		return Mention{}, false // "$0.39 quarterly dividend" is no company total
	}
	if f.cue.weak {
		conf -= 0.1
	}
	if f.cue.fuzzy {
		conf -= 0.15
		notes = append(notes, "read '"+f.text+"' as "+lowerFirst(mustConcept(concept).Label)+" (a transcription slip?)")
	}
	// a bare figure far from its name is a weak reading
	if dist := a.lo - f.hi; dist > 12 {
		conf -= 0.01 * float64(min(dist-12, 20))
	}

	// Adjusted: the name's own modifiers, the sentence's, the document's.
	// "operating", "core" and "cash" earnings per share are non-GAAP measures
	opEPS := isPerShare && (strings.Contains(strings.ToLower(f.text), "operating") || strings.HasPrefix(strings.ToLower(f.text), "cash "))
	adjusted := f.cue.adjusted || r.adjustedBefore(f, hits) || st.adjusted || opEPS
	gaap := r.gaapBefore(f, hits) || st.gaap
	if !adjusted && !gaap {
		// "adjusted earnings per share … a $1.47 in earnings per share": the
		// sentence named the measure adjusted once already
		for i := range st.frames {
			g := &st.frames[i]
			if g.lo < f.lo && g.cue == f.cue && r.adjustedBefore(g, hits) {
				adjusted = true
			}
		}
		if !adjusted {
			if pc, _ := pickConcept(f.cue, kind, perShare, a); pc == "EPS" {
				for i := range st.frames {
					g := &st.frames[i]
					if gc, _ := pickConcept(g.cue, kind, perShare, a); g.lo < f.lo && gc == "EPS" && r.adjustedBefore(g, hits) {
						adjusted = true
					}
				}
			}
		}
	}
	if !adjusted && !gaap && r.ctx.NonGAAP {
		adjusted = true
		notes = append(notes, "read as non-GAAP: the document's figures are non-GAAP unless stated otherwise")
	}
	if adjusted && !gaap {
		concept = Adjusted(concept)
	}
	info, ok := LookupConcept(concept)
	if !ok {
		return Mention{}, false
	}

	// Period and scenario.
	ref, own := r.ownPeriod(a, ai, amts, refs)
	if ov.period != nil {
		ref, own = ov.period, true
	}
	if !own && a.rangeOf >= 0 {
		// "EUR 1.6 million to EUR 3.1 million in the second half": both ends
		ref, own = r.ownPeriod(&amts[a.rangeOf], a.rangeOf, amts, refs)
	}
	if !own && ai+1 < len(amts) && r.listedAfter(*a, amts[ai+1]) && strings.EqualFold(r.tok(amts[ai+1].lo-1), "or") {
		// "$13.7 million or $0.41 per diluted share for the three months ended …"
		ref, own = r.ownPeriod(&amts[ai+1], ai+1, amts, refs)
	}
	if !own {
		ref, own = r.clausePeriod(f, refs)
	}
	forecast := st.guidance >= 0 && st.guidance < a.lo && !r.pastTense(st.guidance, a.lo)
	if a.rangeOf >= 0 && !forecast {
		forecast = true // a range is an outlook unless its period is over (below)
	}
	compare := r.compareBefore(a, hits, amts, ai)
	bound := r.boundBefore(a, hits)
	var period Period
	resolved := false
	if own {
		base := st.anchor
		if isRelative(ref.word) && ref.label && !st.last.period.IsZero() {
			// "rose to EUR 453.5 million in the first nine months (previous
			// year: EUR 425.2 million)": a year before the figure compared with
			base = st.last
		}
		period, resolved = r.ctx.resolve(*ref, forecast, base)
	}
	if !resolved {
		switch {
		case compare && !forecast:
			period = st.anchor.period.Shift(-12)
			if st.qoq && !st.yoy {
				period = st.anchor.period.Shift(-3)
			}
			rule += ", comparative"
		case forecast && !st.anchored:
			if g, ok := r.guidanceTopic(si); ok {
				period = g // "For the third quarter of fiscal 2021, we expect … GAAP EPS is expected …"
			} else {
				period, _ = r.ctx.resolve(periodRef{word: pwFullYear}, true, st.anchor)
			}
		default:
			period = st.anchor.period
		}
	}
	if !forecast && r.ctx.Period.End.Before(period.End) && !r.ctx.PeriodGuessed {
		forecast = true // no company reports an actual for a period still to come
		bound = r.boundBefore(a, hits)
	}
	if info.Instant && !period.IsInstant() {
		period = InstantAt(period.End)
	} else if !info.Instant && period.IsInstant() {
		// a duration figure dated by an instant ("as of June 30"): the
		// period that ends then, of the sentence's length
		period = monthsEnding(period.End, max(3, st.anchor.period.Months()))
	}
	if forecast && !r.ctx.Period.End.Before(period.End) {
		if a.rangeOf >= 0 && st.guidance >= 0 && own && ref != nil && !ref.isInstant() {
			// "we're expecting Q1 2020 … between $2.60 and $2.80" in a
			// report of Q4 2020: no outlook is for a period over, so the
			// year is a slip; the coming such period is meant
			months := period.Months()
			next := period
			for !r.ctx.Period.End.Before(next.End) && months > 0 {
				next = next.Shift(12)
			}
			notes = append(notes, "an outlook for "+r.ctx.Calendar.Label(period)+", a period already over: read as "+r.ctx.Calendar.Label(next))
			period = next
			conf -= 0.15
		} else {
			// "projected to rise to … in 2024" in the 2024 report: an actual
			forecast = false
			if st.guidance >= 0 {
				notes = append(notes, "worded as an outlook, but the period is over: read as an actual")
			}
		}
	}
	if !forecast && bound != Point {
		return Mention{}, false // "above 20%", "more than $100 million": no exact figure
	}
	if forecast {
		switch {
		case a.rangeOf >= 0 && a.rangeLow:
			bound = Min
		case a.rangeOf >= 0:
			bound = Max
		default:
			bound = r.boundBefore(a, hits)
		}
	}

	// Segment.
	segment := ""
	if segmentable[info.Name] || segmentable[info.Base] {
		segment = st.segment
		if ov.segment != "" {
			segment = ov.segment
		}
		if seg := r.segmentAfter(a, hits); seg != "" && segment == "" {
			segment = seg
		}
		if segment == "" && !forecast && !r.ours(f) && !r.companySubject(si) {
			// a paragraph's segment, for its figures; an outlook and "our
			// sales" speak for the company
			segment = r.topicSegment(si, hits, a.lo)
		}
		if segment == "" && r.unnamedSegment(f, hits) {
			return Mention{}, false // "revenue for the segment of $291 million": a segment this reader cannot name
		}
	}

	// Sign.
	value := a.value
	negative := a.negative || f.cue.sign < 0 || r.negativeBefore(a, hits, f) || kind == aPercent && r.orOfNegative(a, ai, amts, st)
	if negative && value.IsPositive() {
		value = value.Neg()
	}
	if info.Balance == Debit && info.Kind == Monetary && info.Name != "CashAndCashEquivalents" && !strings.HasSuffix(info.Name, "Investments") && !a.negative {
		value = value.Abs() // costs are positive whatever words surround them
	}

	// Currency.
	currency := a.currency
	suspect := a.suspect
	notes = append(notes, a.notes...)
	if kind == aMoney || isPerShare {
		switch {
		case currency == "":
			currency = r.ctx.Currency
			notes = append(notes, "no currency written; read as "+currency+", the document's currency")
			conf -= 0.1
		case a.sign == "$" && r.ctx.Currency != "USD" && r.ctx.Currency != "":
			notes = append(notes, "written with a $ sign in a document whose figures are in "+r.ctx.Currency+": read as "+r.ctx.Currency+"; check the currency")
			currency = r.ctx.Currency
			suspect = true
		case currency != r.ctx.Currency && r.ctx.CurrencyStated:
			notes = append(notes, "in "+currency+", not the document's "+r.ctx.Currency)
			conf -= 0.1
		}
	} else {
		currency = ""
	}
	if suspect {
		conf -= 0.2
	}
	if own {
		conf += 0.05
	}
	key := Key{
		Entity:   r.ctx.Company,
		Concept:  info.Name,
		Segment:  segment,
		Period:   period,
		Currency: currency,
	}
	if forecast {
		key.Scenario, key.Bound = Forecast, bound
	}
	sentStart, sentEnd := int(r.toks[r.sents[si].lo].start), int(r.toks[r.sents[si].hi-1].end)
	m := Mention{
		Doc:        r.doc,
		Span:       r.doc.norm.origSpan(Span{a.start, a.end}),
		Sentence:   r.doc.norm.origSpan(Span{sentStart, sentEnd}),
		Quote:      strings.Clone(r.text[sentStart:sentEnd]),
		Figure:     Span{a.start - sentStart, a.end - sentStart},
		Stated:     strings.Clone(r.text[a.start:a.end]),
		Key:        key,
		Value:      value,
		Decimals:   a.decimals,
		Confidence: clamp01(conf),
		Rule:       rule,
		Notes:      notes,
		Suspect:    suspect,
		labelled:   own && ref != nil && ref.label,
	}
	return m, true
}

func clamp01(x float64) float64 { return max(0.05, min(1, x)) }

// pickConcept chooses among a cue's concepts by the kind of figure.
func pickConcept(cue conceptCue, kind amountKind, perShare bool, a *amount) (string, bool) {
	switch {
	case cue.weak && cue.money == "" && cue.ratio == "" && !perShare:
		return "", false // "earnings" alone names EPS only beside "per share"
	case kind == aPercent:
		return cue.ratio, false
	case perShare && cue.perShare != "":
		return cue.perShare, true
	case perShare:
		return "", false
	case cue.money == "" && cue.perShare != "" && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(1000)):
		return cue.perShare, true // "diluted earnings per share were $2.78"
	case cue.money != "" && cue.perShare != "" && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(100)) && a.currency != "":
		return cue.perShare, true // "net loss per share … RMB 0.20", "a cash dividend of $0.97"
	case kind == aMoney:
		return cue.money, false
	}
	return "", false
}

// compatible reports whether a cue can name a figure of this kind.
func compatible(cue conceptCue, kind amountKind, perShare bool, a *amount) bool {
	c, _ := pickConcept(cue, kind, perShare, a)
	return c != ""
}

// frameFor returns the concept named last before the figure that can
// name it.
func (r *reader) frameFor(st *sentenceState, a *amount, kind amountKind, perShare bool) *frame {
	for i := len(st.frames) - 1; i >= 0; i-- {
		f := &st.frames[i]
		if f.lo >= a.lo {
			continue
		}
		if compatible(f.cue, kind, perShare, a) {
			return f
		}
	}
	return nil
}

// frameAfter finds a name right after the figure: "$764 billion in
// operating profit", "$4.2 billion of free cash flow", and, for a figure
// that opens its sentence, "At EUR 1.274 billion, the … revenue".
func (r *reader) frameAfter(a *amount, hits []hit, kind amountKind, perShare bool, first bool) *frame {
	limit := a.hi + 4
	if first {
		limit = a.hi + 12
	}
	for _, h := range hits {
		if h.lo < a.hi || h.lo > limit {
			continue
		}
		e := r.entry(h)
		if e.kind != eConcept {
			if e.kind == eChange || e.kind == eCompare {
				return nil
			}
			continue
		}
		cue := r.cueOf(h)
		if !compatible(cue, kind, perShare, a) {
			continue // "segment earnings (adjusted EBITA)": the bracket names it
		}
		// only "in", "of", "for", "the", "a", "," and modifiers between
		ok := true
		for k := a.hi; k < h.lo; k++ {
			w := strings.ToLower(r.tok(k))
			switch w {
			case "in", "of", "for", "the", "a", ",", "our", "its", "adjusted", "non", "-", "gaap", "total", "net":
			default:
				if !first {
					ok = false
				}
			}
		}
		if ok {
			return &frame{cue: cue, lo: h.lo, hi: h.hi, text: r.text[h.start:h.end]}
		}
		return nil
	}
	return nil
}

// blockedBefore reports a local blocker between the name and the figure:
// "estimated annual savings of RMB2.4 billion", "a fair value of".
func (r *reader) blockedBefore(a *amount, hits []hit, f *frame) bool {
	for _, h := range hits {
		if h.lo >= a.lo || h.hi <= f.hi && f.lo < a.lo {
			continue
		}
		e := r.entry(h)
		if e.kind == eBlock && a.lo-h.hi <= 6 {
			return true
		}
		if e.kind == eIncluding && h.lo > f.hi && h.lo < a.lo {
			return true // "…, including around EUR 8 million in tax income"
		}
	}
	return false
}

// adjustedBefore reports an adjusted modifier right before the name, or
// "(non-GAAP)" right after it.
func (r *reader) adjustedBefore(f *frame, hits []hit) bool {
	return r.modifierNear(f, hits, eAdjusted)
}

func (r *reader) gaapBefore(f *frame, hits []hit) bool {
	return r.modifierNear(f, hits, eGAAP)
}

// gapWords may stand between a modifier and the name it modifies.
var gapWords = map[string]bool{
	"diluted": true, "basic": true, "net": true, "total": true, "consolidated": true, "quarterly": true,
	"basis": true, ",": true, "-": true, "(": true, ")": true, "and": true, "normalized": true,
	"fully": true, "group": true, "operating": true, "preliminary": true, "on": true, "a": true,
	"full": true, "year": true, "annual": true, "our": true, "the": true,
}

func (r *reader) modifierNear(f *frame, hits []hit, kind entryKind) bool {
	// tokens covered by period words or other names may stand between too:
	// "Adjusted second quarter net income and earnings per share"
	covered := func(k int) bool {
		for _, g := range hits {
			if k >= g.lo && k < g.hi {
				if e := r.entry(g); e.kind == ePeriod || e.kind == eConcept {
					return true
				}
			}
		}
		return false
	}
	for _, h := range hits {
		if r.entry(h).kind != kind {
			continue
		}
		if h.hi <= f.lo && f.lo-h.hi <= 8 {
			ok := true
			for k := h.hi; k < f.lo; k++ {
				if !gapWords[strings.ToLower(r.tok(k))] && !covered(k) {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
		// "Gross margin (non-GAAP)"
		if h.lo == f.hi+1 && r.isPunct(f.hi, '(') {
			return true
		}
		if h.lo >= f.lo && h.hi <= f.hi {
			return true // inside the phrase: "normalized adjusted EBITDA"
		}
	}
	return false
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
			if !compareGap[strings.ToLower(r.tok(k))] {
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

// compareGap are the words that may stand between a comparison word and
// its figure.
var compareGap = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "negative": true, "loss": true, "level": true,
	"approximately": true, "about": true, ",": true, "gross": true, "net": true, "positive": true,
}

// pastTense reports a verb of the past between a guidance word and the
// figure: "within our guidance range … was", "expected … reached".
func (r *reader) pastTense(from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch strings.ToLower(r.tok(k)) {
		case "was", "were", "reached", "came", "achieved", "delivered", "reported", "exceeded":
			return true
		}
	}
	return false
}

// ownPeriod finds the period expression that belongs to figure ai: one
// right after it (before the next figure), or a label right before it
// ("previous year: EUR 43.7 million"), or one right before it.
func (r *reader) ownPeriod(a *amount, ai int, amts []amount, refs []periodRef) (*periodRef, bool) {
	// the neighbouring figures, translations aside
	next := len(r.toks)
	for k := ai + 1; k < len(amts); k++ {
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
			if r.inTranslation(q, amts) {
				continue
			}
			switch strings.ToLower(r.tok(q)) {
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
		if ref.isMarker() || ref.hi > a.lo || ref.lo < prevEnd+2 && prevEnd >= 0 {
			continue
		}
		if a.lo > ref.hi && !r.leadsInto(ref.hi, a.lo) && !(a.lo-ref.hi == 1 && (r.isPunct(ref.hi, ',') || strings.EqualFold(r.tok(ref.hi), "at"))) {
			continue
		}
		if isRelative(ref.word) || ref.word == pwYear || ref.isInstant() {
			return ref, true
		}
	}
	return nil, false
}

// segmentAfter reads "to EUR 45.1 million in the Environmental Services
// segment": a segment a preposition joins to the figure, in its sentence.
func (r *reader) segmentAfter(a *amount, hits []hit) string {
	for _, h := range hits {
		if h.lo < a.hi || h.lo > a.hi+3 || r.entry(h).kind != eSegment {
			continue
		}
		ok := true
		for q := a.hi; q < h.lo; q++ {
			switch strings.ToLower(r.tok(q)) {
			case "in", "for", "at", "from", "of", "the", "its", "our", "their":
			default:
				ok = false
			}
		}
		if ok && a.hi < h.lo {
			return r.entry(h).segment
		}
	}
	return ""
}

// growthWords give a change's direction.
var fallWords = map[string]bool{
	"decrease": true, "decreased": true, "decreasing": true, "decline": true, "declined": true,
	"declining": true, "down": true, "fell": true, "lower": true, "reduction": true, "reduced": true,
	"narrowed": true,
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
	if segmentable[info.Name] || segmentable[info.Base] {
		segment = st.segment
	}
	return Growth{
		Key:      Key{Entity: r.ctx.Company, Concept: info.Name, Segment: segment, Period: st.anchor.period},
		Rate:     rate,
		Decimals: a.decimals,
		Months:   months,
		Doc:      r.doc,
		Span:     r.doc.norm.origSpan(Span{a.start, a.end}),
		Quote:    strings.Clone(r.text[a.start:min(len(r.text), a.end+40)]),
	}, true
}

// fromCustomer reports "revenue from Xiaomi and Kingsoft ecosystem",
// "revenue from providing public cloud services to Xiaomi Group": revenue
// from a named customer or partner, which is no company or segment total.
func (r *reader) fromCustomer(f *frame, hits []hit) bool {
	if f.cue.money != "Revenue" || f.hi+1 >= len(r.toks) || !strings.EqualFold(r.tok(f.hi), "from") {
		return false
	}
	next := f.hi + 1
	for _, h := range hits {
		if h.lo == next && r.entry(h).kind == eSegment {
			return false // "revenue from public cloud services"
		}
	}
	t := r.toks[next]
	w := strings.ToLower(r.tok(next))
	return t.kind == tWord && (t.has(fUpper) && !notSegment[w] || w == "providing" || w == "selling")
}

// guidanceIn reports a guidance word among a sentence's hits.
func guidanceIn(r *reader, hits []hit) bool {
	for _, h := range hits {
		if r.entry(h).kind == eGuidance {
			return true
		}
	}
	return false
}

// periodTopic is the period a passage is about: "At EUR 1.274 billion,
// the company's revenue after nine months …" makes the next sentences'
// "Adjusted EBITA for the period was …" nine-month figures.
type periodTopic struct {
	anchor anchor
	thread int
	sent   int
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
	switch {
	case th == t.thread && si-t.sent <= 3:
		return t.anchor, true
	case th == t.thread+1 && r.ctx.Kind != CallTranscript && si-t.sent <= 6:
		return t.anchor, true
	}
	return anchor{}, false
}

// notePeriodTopic lets a sentence without figures set the passage's
// period: "Let me begin … starting with the full year."
func (r *reader) notePeriodTopic(si int) {
	hits := r.sentHits(si)
	if guidanceIn(r, hits) {
		return
	}
	for _, ref := range r.sentRefs(si) {
		if ref.label || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod || r.comparedBefore(ref.lo, hits) {
			continue
		}
		if p, ok := r.ctx.resolve(ref, false, anchor{period: r.ctx.Period, kind: r.docKind()}); ok {
			kind, _, _ := r.ctx.Calendar.Describe(p)
			r.ptopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si}
			return
		}
	}
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

// leadsInto reports whether the words from token from up to a figure at
// token to join a period phrase to that figure: "the previous year's
// 9.9%", "the previous year (EUR 12.6 million)", "previous year: EUR 4.8
// million", "last year's figure of".
func (r *reader) leadsInto(from, to int) bool {
	if to-from > 3 || to < from {
		return false
	}
	for k := from; k < to; k++ {
		switch strings.ToLower(r.tok(k)) {
		case "'", "s", "(", ":", "of", "figure", "level":
		default:
			return false
		}
	}
	return true
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
			if w := strings.ToLower(r.text[h.start:h.end]); (w == "from" || w == "over") && i-h.hi > 2 && !r.numberWithin(h.hi, 3) {
				continue
			}
			return true
		}
	}
	return false
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

// clausePeriod finds a period named right before a figure's concept, its
// modifiers aside: "first quarter GAAP diluted net earnings per share",
// "Q4 free cash flow".
func (r *reader) clausePeriod(f *frame, refs []periodRef) (*periodRef, bool) {
	for k := range refs {
		ref := &refs[k]
		if ref.isMarker() || ref.label || ref.hi > f.lo || f.lo-ref.hi > 4 {
			continue
		}
		ok := true
		for q := ref.hi; q < f.lo; q++ {
			if !gapWords[strings.ToLower(r.tok(q))] && !strings.EqualFold(r.tok(q), "gaap") && !strings.EqualFold(r.tok(q), "adjusted") && !strings.EqualFold(r.tok(q), "non") {
				ok = false
			}
		}
		if ok && !isRelative(ref.word) {
			return ref, true
		}
	}
	// "we expect growth quarter non-GAAP diluted EPS to be …": a transcribed
	// ordinal lost, "quarter" before an outlook's name is the coming one
	for k := f.lo - 1; k >= max(0, f.lo-6); k-- {
		if strings.EqualFold(r.tok(k), "quarter") {
			ok := true
			for q := k + 1; q < f.lo; q++ {
				if w := strings.ToLower(r.tok(q)); !gapWords[w] && w != "gaap" && w != "non" && w != "adjusted" {
					ok = false
				}
			}
			if ok && k > 0 && r.toks[k-1].kind == tWord && !quarterNotNamed[strings.ToLower(r.tok(k-1))] {
				return &periodRef{lo: k, hi: k + 1, word: pwNextQuarter}, true
			}
		}
	}
	return nil, false
}

// quarterNotNamed are words before "quarter" that name no quarter.
var quarterNotNamed = map[string]bool{
	"a": true, "per": true, "each": true, "every": true, "one": true, "three": true, "last": true,
	"this": true, "the": true, "that": true, "next": true, "prior": true, "previous": true,
}

// frameRightAfter reads "$219 million in cash dividends", "$3.5 billion of
// revenue", "$764 billion in operating profit": a name joined to the
// figure by "in" or "of" names it, whatever the sentence named before.
func (r *reader) frameRightAfter(a *amount, hits []hit, kind amountKind, perShare bool) *frame {
	if a.hi >= len(r.toks) {
		return nil
	}
	if w := strings.ToLower(r.tok(a.hi)); w != "in" && w != "of" {
		return nil
	}
	for _, h := range hits {
		if h.lo <= a.hi || h.lo > a.hi+3 {
			continue
		}
		e := r.entry(h)
		if e.kind != eConcept {
			continue
		}
		for q := a.hi + 1; q < h.lo; q++ {
			if !gapWords[strings.ToLower(r.tok(q))] && !strings.EqualFold(r.tok(q), "incremental") && !strings.EqualFold(r.tok(q), "non") && !strings.EqualFold(r.tok(q), "gaap") {
				return nil
			}
		}
		cue := r.cueOf(h)
		if compatible(cue, kind, perShare, a) {
			return &frame{cue: cue, lo: h.lo, hi: h.hi, text: r.text[h.start:h.end]}
		}
		return nil
	}
	return nil
}

// cueOf returns a concept hit's cue, the document's alias applied.
func (r *reader) cueOf(h hit) conceptCue {
	cue := r.entry(h).cue
	if alias, ok := r.aliases[strings.ToLower(r.text[h.start:h.end])]; ok && cue.weak {
		return alias
	}
	return cue
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

// sentenceOf returns the sentence token i belongs to.
func (r *reader) sentenceOf(i int) int {
	return sort.Search(len(r.sents), func(k int) bool { return r.sents[k].hi > i })
}

// unnamedSegment reports a name that speaks of a segment without naming
// it: "revenue for the segment", "the segment's sales", "segment revenue".
func (r *reader) unnamedSegment(f *frame, hits []hit) bool {
	for _, h := range hits {
		if r.entry(h).kind == eSegmentWord && (h.hi <= f.lo && f.lo-h.hi <= 3 || h.lo >= f.hi && h.lo-f.hi <= 3) {
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

// effectWords after a figure make it an effect on something else, not a level.
var effectWords = map[string]bool{
	"impact": true, "benefit": true, "headwind": true, "headwinds": true, "tailwind": true,
	"tailwinds": true, "effect": true, "contribution": true, "swing": true, "drag": true,
}

// excludedItem reports "excluding the $74 million in revenue …": a figure
// named to be set aside.
func (r *reader) excludedItem(a *amount) bool {
	k := a.lo - 1
	if k >= 0 && (strings.EqualFold(r.tok(k), "the") || strings.EqualFold(r.tok(k), "a")) {
		k--
	}
	return k >= 0 && (strings.EqualFold(r.tok(k), "excluding") || strings.EqualFold(r.tok(k), "excludes"))
}

// orOfNegative reports "a loss of $5 million or 1% of sales": a
// percentage after "or" restates the negative figure before it.
func (r *reader) orOfNegative(a *amount, ai int, amts []amount, st *sentenceState) bool {
	return ai > 0 && a.lo-amts[ai-1].hi == 1 && strings.EqualFold(r.tok(a.lo-1), "or") && st.lastNegative
}

// namesGuidance reports "full year guidance", "annual outlook": a period
// phrase that names an outlook, which a figure compared with it shares.
func (r *reader) namesGuidance(i int) bool {
	if i >= len(r.toks) {
		return false
	}
	switch strings.ToLower(r.tok(i)) {
	case "guidance", "outlook", "target", "targets", "forecast", "expectations":
		return true
	}
	return false
}

// listedAfter reports b following a in a list: only "and", "a", "an" and
// commas between.
func (r *reader) listedAfter(a, b amount) bool {
	if b.lo <= a.hi {
		return false
	}
	for k := a.hi; k < b.lo; k++ {
		switch strings.ToLower(r.tok(k)) {
		case "and", ",", "a", "an", "or":
		default:
			return false
		}
	}
	return true
}

// ours reports a name the company owns: "our sales", "our revenue".
func (r *reader) ours(f *frame) bool {
	for k := f.lo - 1; k >= 0 && k >= f.lo-3; k-- {
		switch strings.ToLower(r.tok(k)) {
		case "our", "its", "total", "company", "consolidated", "group":
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

// companySubject reports a sentence whose subject is the company: "We grew
// fourth quarter net sales …", "Our revenue …".
func (r *reader) companySubject(si int) bool {
	s := r.sents[si]
	switch strings.ToLower(r.tok(s.lo)) {
	case "we", "our", "overall", "consolidated", "total":
		return true
	}
	return false
}
