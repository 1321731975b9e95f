package parse

import (
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
//
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
	including    int // the token after the last "including"
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
	type bound struct{ mention, figure int }
	var boundAt []bound // in the order read, so the first figure beside a rate takes it
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
		boundAt = append(boundAt, bound{len(r.mentions), ai})
		r.mentions = append(r.mentions, m)
	}
	// a rate counts only right beside the figure it describes: "RMB 350.6
	// million, increased by 8.4% year over year", "up 52.6% to RMB 611.6 million"
	for _, g := range growth {
		for _, b := range boundAt {
			m := r.mentions[b.mention]
			if adjacentFigures(amts, b.figure, g.ai) && m.Key.Concept == g.g.Key.Concept && m.Key.Scenario == Actual && m.Key.Period == g.g.Key.Period {
				g.g.Key = m.Key
				r.growth = append(r.growth, g.g)
				break
			}
		}
	}
}

// sentenceBlockers make every figure of their sentence no fact of the
// company: an analyst's estimate, a consensus, a beat or a miss.
var sentenceBlockers = map[string]bool{
	"consensus": true, "analysts": true, "analyst": true, "expected revenue": true, "beat": true, "missed by": true,
}

// applyHit updates the state with a hit that comes before figure at.
func (r *reader) applyHit(st *sentenceState, h hit, at int) {
	e := r.entry(h)
	switch e.kind {
	case eIncluding:
		st.including = h.hi
	case eConcept:
		// "capital expenditure, including sales, procurement, …": names
		// listed after "including" are parts, not the sentence's subject
		if st.including > 0 && h.lo-st.including <= 2 && h.hi < len(r.toks) && (r.isPunct(h.hi, ',') || strings.EqualFold(r.tok(h.hi), "and")) {
			return
		}
		// "non-GAAP net income, excluding share-based compensation, was":
		// a name set aside is not the subject either
		if r.afterExcluding(h.lo) {
			return
		}
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
	if r.blockedBefore(a, hits, f) || r.fromCustomer(f, hits) || r.toShareholders(a) || r.adjustedFurther(a, hits, f) {
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
	if !own && ov.frame != nil {
		// "over the previous year (EUR 148.4 million and EUR 20.5 million,
		// respectively)": the figures of a list share its period
		for j := ai - 1; j >= 0 && !own && r.listedAfter(amts[j], amts[j+1]); j-- {
			ref, own = r.ownPeriod(&amts[j], j, amts, refs)
		}
	}
	forecast := st.guidance >= 0 && st.guidance < a.lo && !r.pastTense(st.guidance, a.lo)
	if !own {
		ref, own = r.clausePeriod(f, refs, forecast)
	}
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
		// right after "Moving on to Enterprise Cloud Services.", even "Total
		// revenues were …" are the segment's
		introduced := r.topic.introduced && si-r.topic.sent == 1 && r.topic.para == r.sents[si].para
		if segment == "" && !forecast && (introduced || !r.ours(f) && !r.companySubject(si)) {
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
	if info.Balance == Debit && info.Kind == Monetary && !info.Signed && !a.negative {
		value = value.Abs() // costs are positive whatever words surround them
	}

	// Currency.
	currency := a.currency
	suspect := a.suspect || f.cue.fuzzy // a loosely matched name is a guess until a person or a clean mention agrees
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
