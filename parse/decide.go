package parse

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Binding one figure is a run of named decisions, each over the words
// around the figure and the sentence's state: what the figure is (its
// concept), whether it is the adjusted measure, which period and scenario
// it belongs to, whose segment it is, its sign and its currency. Each
// decision returns its value; the doubts it raises lower the figure's
// confidence by the amounts in one table, and the notes it writes tell a
// reviewer why.

// doubt is something in how a figure was read that makes it less certain.
type doubt int

const (
	nameAfterFigure doubt = iota // named only after the figure, at a distance: "$5 million … in revenue"
	weakName                     // a generic word: "earnings", "income"
	fuzzyName                    // a loosely matched name: "cost of renews"
	farFromName                  // per token beyond twelve between the name and the figure (at most twenty)
	pastOutlook                  // an outlook for a period already over, moved to the next one
	noCurrency                   // no currency written: the document's is taken
	otherCurrency                // a currency other than the document's
	suspectReading               // a transcription artefact or a sign at odds with the document
	ownPeriod                    // (a confidence gain) the figure names its own period
)

// penalties is how much each doubt lowers a figure's confidence, which
// starts at baseConfidence; a negative penalty raises it.
var penalties = [...]float64{
	nameAfterFigure: 0.1,
	weakName:        0.1,
	fuzzyName:       0.15,
	farFromName:     0.01,
	pastOutlook:     0.15,
	noCurrency:      0.1,
	otherCurrency:   0.1,
	suspectReading:  0.2,
	ownPeriod:       -0.05,
}

const baseConfidence = 0.9

// figure is one figure of a sentence while it is bound: what the
// decisions read, and the verdict they build.
type figure struct {
	r    *reader
	st   *sentenceState
	si   int // the sentence
	ai   int // the figure among the sentence's
	a    *amount
	amts []amount
	hits []hit
	refs []periodRef
	ov   override

	conf    float64
	notes   []string
	rule    string
	suspect bool
}

func (fg *figure) doubt(d doubt, times float64) { fg.conf -= penalties[d] * times }

func (fg *figure) note(s string) { fg.notes = append(fg.notes, s) }

// naming is what the concept decision found: the name and the concept
// it gives this figure.
type naming struct {
	frame    *frame
	concept  string // before adjustment
	perShare bool   // the concept is per share
}

// timing is what the period decision found.
type timing struct {
	period   Period
	forecast bool
	bound    Bound
	own      bool // the figure names its own period
	labelled bool // … by a label: "(previous year: …)"
}

// bindAmount gives figure ai of sentence si its meaning.
func (r *reader) bindAmount(st *sentenceState, si, ai int, amts []amount, hits []hit, refs []periodRef, ov override) (Mention, bool) {
	fg := &figure{r: r, st: st, si: si, ai: ai, a: &amts[ai], amts: amts, hits: hits, refs: refs, ov: ov, conf: baseConfidence, rule: "frame"}
	name, ok := fg.decideConcept()
	if !ok {
		return Mention{}, false
	}
	info, ok := LookupConcept(fg.decideAdjusted(name))
	if !ok {
		return Mention{}, false
	}
	t, ok := fg.decidePeriod(name, info)
	if !ok {
		return Mention{}, false
	}
	segment, ok := fg.decideSegment(name, info, t.forecast)
	if !ok {
		return Mention{}, false
	}
	value := fg.decideSign(name, info)
	currency := fg.decideCurrency(name)
	if fg.suspect {
		fg.doubt(suspectReading, 1)
	}
	if t.own {
		fg.doubt(ownPeriod, 1)
	}
	if t.forecast && t.bound != Point && fg.a.rangeOf >= 0 && fg.a.rangeOf < len(fg.amts) {
		// a range's lower end is its smaller figure, the larger loss when
		// it speaks of a loss: "a net loss of $10 million to $20 million",
		// "a net loss per share of $0.20 to $0.14", however written
		other := fg.amts[fg.a.rangeOf].value
		if value.IsNegative() && !fg.a.negative && other.IsPositive() {
			other = other.Neg() // the loss the words say is the other end's too
		}
		if !value.Equal(other) {
			t.bound = Max
			if value.LessThan(other) {
				t.bound = Min
			}
		}
	}
	key := Key{Entity: r.ctx.Company, Concept: info.Name, Segment: segment, Period: t.period, Currency: currency}
	if t.forecast {
		key.Scenario, key.Bound = Forecast, t.bound
	}
	a := fg.a
	sentStart, sentEnd := int(r.toks[r.sents[si].lo].start), int(r.toks[r.sents[si].hi-1].end)
	return Mention{
		Doc:        r.doc,
		Span:       r.doc.norm.origSpan(Span{a.start, a.end}),
		Sentence:   r.doc.norm.origSpan(Span{sentStart, sentEnd}),
		Quote:      strings.Clone(r.doc.writtenView()[sentStart:sentEnd]),
		Figure:     Span{a.start - sentStart, a.end - sentStart},
		Stated:     strings.Join(strings.Fields(r.doc.writtenView()[a.start:a.end]), " "), // "$1,768.9\nmillion" wrapped in a text file reads as one line
		Key:        key,
		Value:      value,
		Decimals:   a.decimals,
		Confidence: clamp01(fg.conf),
		Rule:       fg.rule,
		Notes:      fg.notes,
		Suspect:    fg.suspect,
		labelled:   t.labelled,
		whole:      segment == "" && r.wholeName(name.frame),
		stream:     segment == "" && r.streamName(name.frame),
		basic:      info.Kind == PerShare && r.basicName(name.frame),
	}, true
}

// dollarCurrency reports a currency of dollars, whose figures are written
// with a "$" at home: CAD ("C$"), AUD, HKD, SGD…
func dollarCurrency(code string) bool {
	for _, c := range currencyTable {
		if c.code != code {
			continue
		}
		for _, sign := range c.signs {
			if strings.HasSuffix(sign, "$") {
				return true
			}
		}
	}
	return false
}

// ofOtherMeasure reports a figure of a measure Facet keeps no concept for,
// named right after it: "$1.9 billion of liquidity, including $240
// million of cash" is no cash.
func (r *reader) ofOtherMeasure(a *amount) bool {
	k := a.hi
	if k+1 >= len(r.toks) || r.low(k) != "of" {
		return false
	}
	// "of liquidity", "of available liquidity", "of homebuilding liquidity"
	for q := k + 1; q < min(len(r.toks), k+4); q++ {
		if otherMeasureNouns[r.low(q)] {
			return true
		}
		if r.toks[q].kind != tWord || r.toks[q].has(fUpper) {
			return false
		}
	}
	return false
}

func clamp01(x float64) float64 { return max(0.05, min(1, x)) }

// decideConcept finds the name the figure belongs to and the concept it
// gives a figure of this kind: the name a list pairs with it
// ("respectively"), a name joined right after it ("$3.5 billion of
// revenue"), the last name before it, else a name shortly after it.
// Figures a blocker, a customer or an adjustment set aside are no facts.
func (fg *figure) decideConcept() (naming, bool) {
	r, a := fg.r, fg.a
	var f *frame
	if fg.ov.frame != nil {
		f, fg.rule = fg.ov.frame, "respectively"
	} else if r.ofOtherMeasure(a) {
		return naming{}, false // "we had $1.9 billion of liquidity": a measure of its own
	} else if g := r.frameRightAfter(a, fg.hits, a.kind, a.perShare); g != nil {
		f, fg.rule = g, "name after figure"
	} else if g := r.rangeNameAfter(a, fg.ai, fg.amts, fg.hits); g != nil {
		f, fg.rule = g, "name after range" // "$0.20 to $0.30 in adjusted earnings per share"
	} else {
		f = r.frameFor(fg.st, a, a.kind, a.perShare)
	}
	if f == nil {
		if g := r.frameAfter(a, fg.hits, a.kind, a.perShare, fg.ai == 0); g != nil {
			f, fg.rule = g, "name after figure"
			fg.doubt(nameAfterFigure, 1)
		}
	}
	if f == nil && a.kind == aPercent && (fg.r.marginWordsAround(a) || fg.comparativeOfMargin()) {
		// "Operating income was $49.6 million, a margin of 17.0%", "…, or
		// 14.1% of sales": the margin of the profit just named
		if g := fg.profitFrameBefore(); g != nil {
			f, fg.rule = g, "margin of the profit before"
		}
	}
	if f == nil && a.perShare {
		// "We are initiating preliminary guidance in the range of $3.40 to
		// $3.70 per share": an outlook per share that names nothing else
		// is one of earnings per share
		if g := r.guidanceWordBefore(fg.hits, a.lo, 12); g >= 0 && !r.kindIn(fg.hits, eConcept) {
			f = &frame{cue: conceptCue{perShare: "EPS", weak: true}, lo: g, hi: g + 1, text: r.tok(g)}
			fg.rule = "outlook per share"
		}
	}
	if f == nil || f.cue.opposite && strings.HasSuffix(strings.ToLower(f.text), "results") {
		// (a "financial result" is a net of financial items; "financial
		// results" are all of a company's)
		return naming{}, false
	}
	if r.blockedBefore(a, fg.hits, f) || r.fromCustomer(f, fg.hits) || r.toShareholders(a) || r.adjustedFurther(a, fg.hits, f) || r.effectOnName(a, f) || r.effectFigure(a) || a.rangeOf >= 0 && a.rangeOf < fg.ai && r.effectFigure(&fg.amts[a.rangeOf]) || r.perShareOfOther(a, f) || r.differenceFigure(a) || r.targetFigure(a) || r.perUnitFigure(a) {
		return naming{}, false
	}
	concept, perShare := pickConcept(f.cue, a.kind, a.perShare, a)
	if concept == "" {
		return naming{}, false
	}
	if perShare && r.segmentShare(fg.st, a, f) {
		return naming{}, false // "our Utility earnings per share was $0.28": a part's, not the company's
	}
	if !perShare && a.kind == aMoney && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(1000)) {
		return naming{}, false // "$0.39 quarterly dividend" is no company total
	}
	if f.cue.weak {
		fg.doubt(weakName, 1)
	}
	if f.cue.fuzzy {
		fg.doubt(fuzzyName, 1)
		fg.note("read '" + f.text + "' as " + lowerFirst(mustConcept(concept).Label) + " (a transcription slip?)")
	}
	// a bare figure far from its name is a weak reading
	if dist := a.lo - f.hi; dist > 12 {
		fg.doubt(farFromName, float64(min(dist-12, 20)))
	}
	return naming{frame: f, concept: concept, perShare: perShare}, true
}

// comparativeOfMargin reports a per cent in brackets right after a margin
// stated after a profit: "a margin of 19.0% (prior year: 18.1%)".
func (fg *figure) comparativeOfMargin() bool {
	if fg.ai == 0 {
		return false
	}
	r, p, a := fg.r, &fg.amts[fg.ai-1], fg.a
	if p.kind == aPercent && r.isPunct(p.hi, '(') && a.lo-p.hi <= 5 && r.isPunct(a.hi, ')') && r.marginWordsAround(p) {
		return true
	}
	// "margin was 18.0%, up 70 basis points from 17.3% last year", "19.0%
	// versus 18.1% a year ago": the margin compared with, past a change in
	// points
	if a.kind != aPercent || !(r.low(a.lo-1) == "from" || r.comparedWithin(a.lo, fg.hits, 3)) {
		return false
	}
	for k := fg.ai - 1; k >= 0; k-- {
		p := &fg.amts[k]
		switch {
		case p.kind == aPercent:
			return a.lo-p.hi <= 12 && r.marginWordsAround(p)
		case r.pointsAfter(p.hi):
			continue // "up 70 basis points"
		}
		return false
	}
	return false
}

// pointsAfter reports "basis points", "bps", "percentage points" at token k.
func (r *reader) pointsAfter(k int) bool {
	w := r.low(k)
	return pointWords[w] || w == "basis" || w == "percentage"
}

// profitFrameBefore returns, for a per cent, the name of the nearest
// profit figure before it in its sentence as the name of that profit's
// margin, or nil.
func (fg *figure) profitFrameBefore() *frame {
	for k := fg.ai - 1; k >= 0; k-- {
		p := &fg.amts[k]
		if p.kind != aMoney || p.perShare {
			continue
		}
		g := fg.r.frameFor(fg.st, p, aMoney, false)
		if g == nil {
			return nil
		}
		margin := MarginOf(g.cue.money)
		if margin == "" || g.cue.weak {
			return nil
		}
		m := *g
		m.cue = conceptCue{ratio: margin, adjusted: g.cue.adjusted}
		return &m
	}
	return nil
}

// decideAdjusted returns the concept, made its adjusted twin when the
// name's own modifiers, the sentence's or the document's say the figure
// is non-GAAP and nothing says it is GAAP.
func (fg *figure) decideAdjusted(n naming) string {
	r, f, hits, st, a := fg.r, n.frame, fg.hits, fg.st, fg.a
	// "operating", "core" and "cash" earnings per share are non-GAAP measures
	text := strings.ToLower(f.text)
	opEPS := n.perShare && (strings.Contains(text, "operating") || strings.HasPrefix(text, "cash "))
	ownAdjusted := f.cue.adjusted || r.adjustedBefore(f, hits) || opEPS
	ownGAAP := r.gaapBefore(f, hits)
	adjusted := ownAdjusted || st.adjusted
	// "reported diluted earnings per share", unless "reported adjusted …"
	gaap := ownGAAP || st.gaap || !adjusted && r.reportedBefore(f)
	if ownAdjusted && !ownGAAP {
		// the name's own word outweighs another clause's: "adjusted earnings
		// per share were $0.38, while on a GAAP basis, we had a loss of"
		gaap = false
	}
	if !adjusted && !gaap {
		// "adjusted earnings per share … a $1.47 in earnings per share": the
		// sentence named the measure adjusted once already
		for i := range st.frames {
			g := &st.frames[i]
			if g.lo < f.lo && g.cue == f.cue && r.adjustedBefore(g, hits) {
				adjusted = true
			}
		}
		if !adjusted && n.concept == "EPS" {
			for i := range st.frames {
				g := &st.frames[i]
				if gc, _ := pickConcept(g.cue, a.kind, a.perShare, a); g.lo < f.lo && gc == "EPS" && r.adjustedBefore(g, hits) {
					adjusted = true
				}
			}
		}
	}
	if !adjusted && !gaap {
		adjusted = r.adjustedAround(fg.a, fg.ai, fg.amts, f, hits)
	}
	if c, _ := LookupConcept(n.concept); !adjusted && !gaap && r.ctx.NonGAAP && c.NonGAAPDefault {
		adjusted = true
		fg.note("read as non-GAAP: the document's figures are non-GAAP unless stated otherwise")
	}
	first := fg.ai // the range's first figure
	if a.rangeOf >= 0 && a.rangeOf < first {
		first = a.rangeOf
	}
	if gaap && first > 0 && r.adjustedAfter(fg.amts[first-1].hi, fg.amts[first].lo, hits) {
		// "our GAAP earnings per share outlook is $9.13 to $9.29 and on a
		// non-GAAP basis $16.35 to $16.45": a basis stated after the
		// figures before, for these
		adjusted, gaap = true, false
	}
	switch fg.ov.basis {
	case eAdjusted:
		adjusted, gaap = true, false
	case eGAAP:
		adjusted, gaap = false, true
	}
	if adjusted && !gaap {
		return Adjusted(n.concept)
	}
	return n.concept
}

// decidePeriod finds the figure's period and whether it is an outlook:
// its own period phrase (or its range partner's, its list's, the name's),
// else the comparative the sentence sets up, the outlook's, or the
// sentence's own period. A figure for a period still to come is an
// outlook; an outlook for a period over is an actual, or a slip in the
// year. It fails for a bound ("above 20%") that is no exact actual.
func (fg *figure) decidePeriod(n naming, info Concept) (timing, bool) {
	r, st, a, ai, amts, refs, hits := fg.r, fg.st, fg.a, fg.ai, fg.amts, fg.refs, fg.hits
	if !info.Instant && a.hi+1 < len(r.toks) && r.low(a.hi) == "since" && r.monthNamed(a.hi+1) != 0 {
		// "which contributed revenue of EUR 17.3 million since April": a
		// run of months from a day, no period a report has
		return timing{}, false
	}
	ref, own := r.ownPeriod(a, ai, amts, refs)
	if fg.ov.period != nil {
		ref, own = fg.ov.period, true
	}
	if (!own || ref.lo >= a.hi) && !info.Instant && r.bareComparative(ai, amts) {
		// (a period after the bracket is the figure's before it: "NOK 305
		// million (221 million) in the third quarter")
		// "rose to CHF 288.4 million (CHF 262.0 million)": the year before
		// the figure it follows, as a label would say
		ref, own = &periodRef{lo: a.lo, hi: a.lo, word: pwPriorYear, label: true}, true
		fg.rule += ", comparative in brackets"
	}
	if !own && ai+1 < len(amts) && r.isPunct(a.hi, '(') {
		// the label of the comparative in brackets right after the figure
		// dates the figure too
		if cref, cown := r.ownPeriod(&amts[ai+1], ai+1, amts, refs); cown && cref.label && cref.lo == a.hi+1 {
			switch {
			case !info.Instant && cref.year != 0 && !isRelative(cref.word):
				// "increased sales to CHF 786.4 million (H1 2024: CHF 752.9
				// million)": the period the label names, a year on
				mirrored := *cref
				mirrored.year++
				mirrored.label = false
				ref, own = &mirrored, true
				fg.rule += ", period of its comparative's label"
			case info.Instant && cref.hasDate:
				// "Cash and cash equivalents stood at €612.8m (31 December
				// 2024: €745.1m)": a balance whose comparative's day is
				// before the period's end is the balance at that end
				if p, ok := r.ctx.resolve(*cref, false, st.anchor); ok && p.End.Before(r.ctx.Period.End) {
					ref, own = &periodRef{lo: a.lo, hi: a.lo, word: pwPeriodEnd}, true
					fg.rule += ", at the period's end before its comparative's day"
				}
			}
		}
	}
	if !own && a.rangeOf >= 0 {
		// "EUR 1.6 million to EUR 3.1 million in the second half": both ends
		ref, own = r.ownPeriod(&amts[a.rangeOf], a.rangeOf, amts, refs)
	}
	if !own && ai+1 < len(amts) && r.listedAfter(*a, amts[ai+1]) && strings.EqualFold(r.tok(amts[ai+1].lo-1), "or") {
		// "$13.7 million or $0.41 per diluted share for the three months ended …"
		ref, own = r.ownPeriod(&amts[ai+1], ai+1, amts, refs)
	}
	if !own && fg.ov.frame != nil {
		// "over the previous year (EUR 148.4 million and EUR 20.5 million,
		// respectively)": the figures of a list share its period
		for j := ai - 1; j >= 0 && !own && r.listedAfter(amts[j], amts[j+1]); j-- {
			ref, own = r.ownPeriod(&amts[j], j, amts, refs)
		}
		// "versus $580 million and $95 million as of December 31, 2023"
		for j := ai + 1; j < len(amts) && !own && r.listedAfter(amts[j-1], amts[j]); j++ {
			ref, own = r.ownPeriod(&amts[j], j, amts, refs)
		}
	}
	forecast := st.guidance >= 0 && st.guidance < a.lo && !r.pastTense(st.guidance, a.lo)
	at := a.lo
	if a.rangeOf >= 0 && a.rangeOf < ai {
		at = amts[a.rangeOf].lo // a range's upper end: the outlook its lower end is of
	}
	if g := r.guidanceWordBefore(fg.hits, at, 10); forecast && g >= 0 && !(n.frame != nil && n.frame.lo > g && !r.ofBefore(n.frame.lo)) && r.supersededGuidance(g, at) {
		// (the figure's own name after the outlook's word starts another
		// phrase: "the high end of our original guidance and higher
		// adjusted earnings per share of $2.10 to $2.30")
		return timing{}, false // "compared to our prior guidance of $4.9 billion to $5.0 billion"
	}
	if forecast && r.statedPreviously(ai, amts) {
		return timing{}, false // "to a range of $5.10 to $5.14, from $5.00 to $5.08 previously": the outlook replaced
	}
	if !own {
		// "our adjusted EPS guidance range for the full year to $1.40",
		// "revenue for the third quarter of 2021 was $1.2 billion"
		ref, own = r.periodBetween(n.frame, a, ai, amts, refs, hits)
	}
	if !own && a.rangeOf >= 0 && a.rangeOf < ai {
		// "… for the full year to $1.40 to $1.60": the range's upper end too
		ref, own = r.periodBetween(n.frame, &amts[a.rangeOf], a.rangeOf, amts, refs, hits)
	}
	if !own {
		ref, own = r.clausePeriod(n.frame, refs, forecast)
	} else if (ref.word == pwYear || ref.word == pwFullYear && ref.lo >= a.hi) && ref.year != 0 {
		// "Second quarter net sales were $1.9 billion in 2021 and $1.5
		// billion in 2020": the name's quarter, of the figure's year; "first
		// quarter sales … to a range of $220 million to $240 million in
		// fiscal 2021" too
		if c, ok := r.clausePeriod(n.frame, refs, false); ok && c.year == 0 && !c.hasDate && c.word >= pwQ1 && c.word <= pwNineMonths {
			combined := *c
			combined.year = ref.year
			ref = &combined
		}
	}
	if _, topic := r.periodTopic(fg.si); !own && !forecast && !st.anchored && !topic {
		// "$14.11, compared with $10.02 in 2020": a figure compared with
		// one of a named year is the year after's
		if y, ok := r.comparedYearAfter(ai, amts, refs, hits); ok {
			ref, own = &periodRef{lo: a.lo, hi: a.lo, word: pwFullYear, year: y}, true
		}
	}
	if !own && st.prevRef != nil && st.prevAi == ai-1 && r.joinedByAnd(amts[ai-1].hi, n.frame.lo) {
		// "annual revenue of $1.6 billion and adjusted EPS of $11.20"; a
		// label's period is its bracket's alone
		ref = st.prevRef
		if ref.label {
			ref = st.groupRef
		}
		own = ref != nil
	}
	if own {
		if !ref.label {
			st.groupRef = ref
		}
		st.prevRef, st.prevAi = ref, ai
	}
	if a.rangeOf >= 0 && !forecast {
		forecast = true // a range is an outlook unless its period is over (below)
	}
	compare := r.compareBefore(a, hits, amts, ai)
	if own && compare && !forecast && ai > 0 && ref.hi <= amts[0].lo && !ref.label && !isRelative(ref.word) && st.anchored && !periodAfter(a, refs) {
		// "In the third quarter of 2025, revenue was $1,768.9 million
		// compared to $1,652.3 million": the period the sentence opens with
		// is its first figure's; the one compared with it is a year before
		own = false
	}
	bound := r.boundBefore(a, hits)
	var period Period
	resolved := false
	if own {
		base := st.anchor
		if ref.word == pwThisQuarter && !ref.hasDate && !st.anchored {
			// "grew to $1.76 in the quarter": the document's quarter, whatever
			// the sentences before spoke of
			base = anchor{period: r.ctx.Period, kind: r.docKind()}
		}
		if isRelative(ref.word) && (ref.label || ref.word == pwSamePeriodOf && ref.year != 0) && !st.last.period.IsZero() {
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
			fg.rule += ", comparative"
		case forecast && !st.anchored:
			if g, ok := r.guidanceTopic(fg.si); ok {
				period = g // "For the third quarter of fiscal 2021, we expect … GAAP EPS is expected …"
				// an outlook passage goes on while its sentences give its
				// figures: "Now moving to our outlook for fiscal Q3. Revenue
				// … Non-GAAP net income … And non-GAAP diluted earnings per
				// share is expected …", asides between
				r.gtopic.sent = max(r.gtopic.sent, fg.si-1)
			} else {
				period, _ = r.ctx.resolve(periodRef{word: pwFullYear}, true, st.anchor)
			}
		case ai > 0 && !forecast && !st.last.period.IsZero() && r.onFigureBefore(amts[ai-1].hi, a.lo):
			// "a 2019 net loss of $348 million or $3.52 per share on revenue
			// of $2 billion": the revenue the result was earned on is of the
			// same period
			period = st.last.period
		case ai > 0 && st.namedAt == ai-1 && r.contrastBetween(amts[ai-1].hi, a.lo):
			// "contributed revenue of EUR 188.0 million in the third
			// quarter, while Freight Forwarding generated EUR 130.4 million":
			// a clause set against the one before shares the period that
			// one named
			period = st.named
		default:
			period = st.anchor.period
		}
	}
	if forecast && !resolved && period.Months() == 6 {
		// "we expect strong second-half margins … This yields an adjusted
		// earnings per share guidance range of $2.55 to $2.70", "…
		// transaction-adjusted free cash flow guidance of $3 billion to
		// $3.3 billion": a half the passage spoke of does not date an
		// outlook that names no period of its own; companies guide for a
		// quarter or the year ("second half revenue of $560 million to
		// $600 million" names its half and keeps it)
		period = r.ctx.Calendar.FiscalYear(r.ctx.Calendar.FiscalYearOf(period.End))
	}
	if !own && !forecast && !resolved && period != r.ctx.Period && r.laterFigureOwns(ai, amts, refs, period, st.anchor) {
		// "non-GAAP earnings per share of $1.70, up 65%, and $3.20
		// year-to-date" in a passage about the first half: the period a
		// later figure names is its own; the bare one is the document's
		period = r.ctx.Period
	}
	if !info.Instant && ref != nil && ref.hasDate && ref.date.Year == 0 && r.ctx.Period.End.Before(period.End) {
		// a day without its year dates a call's balances in the weeks
		// after the quarter (latestYear); a flow that ends on it is the
		// year before's, as a day at or before the period end would be
		period = period.Shift(-12)
	}
	if !forecast && r.ctx.Period.End.Before(period.End) && !r.ctx.PeriodGuessed && !r.balanceSince(info, period) {
		forecast = true // no company reports an actual for a period still to come
		bound = r.boundBefore(a, hits)
	}
	if info.Instant && !period.IsInstant() {
		period = InstantAt(period.End)
	} else if !info.Instant && period.IsInstant() {
		// a duration figure dated by an instant ("as of June 30"): the
		// period that ends then, of the sentence's length; "revenues grew
		// to $7.8 billion at the end of 2020": the year that ends then
		period = monthsEnding(period.End, max(3, st.anchor.period.Months()))
		if own && ref != nil && ref.endOf {
			inner := *ref
			inner.endOf = false
			if p, ok := r.ctx.resolve(inner, forecast, st.anchor); ok && !p.IsInstant() {
				period = p
			}
		}
	}
	if forecast && !r.ctx.Period.End.Before(period.End) {
		if a.rangeOf >= 0 && st.guidance >= 0 && own && ref != nil && !ref.isInstant() {
			// "we're expecting Q1 2020 … between $2.60 and $2.80" in a
			// report of Q4 2020: no outlook is for a period over, so the
			// year is a slip; the coming such period is meant
			next := period
			for months := period.Months(); !r.ctx.Period.End.Before(next.End) && months > 0; {
				next = next.Shift(12)
			}
			fg.note("an outlook for " + r.ctx.Calendar.Label(period) + ", a period already over: read as " + r.ctx.Calendar.Label(next))
			period = next
			fg.doubt(pastOutlook, 1)
		} else {
			// "projected to rise to … in 2024" in the 2024 report: an actual
			forecast = false
			if st.guidance >= 0 {
				fg.note("worded as an outlook, but the period is over: read as an actual")
			}
		}
	}
	if !forecast && bound != Point {
		return timing{}, false // "above 20%", "more than $100 million": no exact figure
	}
	if forecast && r.ctx.Calendar.FiscalYear(r.ctx.Calendar.FiscalYearOf(r.ctx.Period.End)+1).End.Before(period.End) {
		return timing{}, false // "our $10 billion revenue target for 2023" in a 2021 call: a long-range target, no outlook
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
	if own && !forecast && !compare && !ref.label && !isRelative(ref.word) {
		st.named, st.namedAt = period, ai
	}
	return timing{period: period, forecast: forecast, bound: bound, own: own, labelled: own && ref != nil && ref.label}, true
}

// laterFigureOwns reports a later figure of the sentence that names p
// as its own period.
func (r *reader) laterFigureOwns(ai int, amts []amount, refs []periodRef, p Period, base anchor) bool {
	for j := ai + 1; j < len(amts); j++ {
		ref, ok := r.ownPeriod(&amts[j], j, amts, refs)
		if !ok || isRelative(ref.word) || ref.isInstant() {
			continue
		}
		if q, ok := r.ctx.resolve(*ref, false, base); ok && q == p {
			return true
		}
	}
	return false
}

// ofBefore reports "of" or "for" right before token k: a name an outlook
// word governs ("our initial guidance of adjusted earnings per share").
func (r *reader) ofBefore(k int) bool {
	for k > 0 && nameModifiers[r.low(k-1)] {
		k-- // "of adjusted earnings per share"
	}
	return k > 0 && (r.low(k-1) == "of" || r.low(k-1) == "for")
}

// comparedYearAfter returns the year after the one the figure right after
// figure ai is dated by, when that figure is what ai is compared with:
// "net operating income per share was $14.11, compared with $10.02 in
// 2020", "of $6.65 increased $0.98 from $5.67 in 2020".
func (r *reader) comparedYearAfter(ai int, amts []amount, refs []periodRef, hits []hit) (int, bool) {
	for j := ai + 1; j < len(amts) && j <= ai+2; j++ {
		if !r.compareBefore(&amts[j], hits, amts, j) {
			continue
		}
		ref, ok := r.ownPeriod(&amts[j], j, amts, refs)
		if !ok || ref.year == 0 || ref.word != pwYear && ref.word != pwFullYear || r.possessiveAt(ref.hi) {
			return 0, false // not "$3.54 in 2020's fourth quarter"
		}
		if fy := r.ctx.Calendar.FiscalYear(ref.year + 1); r.ctx.Period.End.Before(fy.End) {
			return 0, false // a year not over is no actual's
		}
		return ref.year + 1, true
	}
	return 0, false
}

// decideSegment returns the segment a segmentable figure is of: the one
// its sentence or list names, one joined right after it, else the
// passage's (unless the figure speaks for the whole company). It fails
// for a segment the text speaks of without naming it.
func (fg *figure) decideSegment(n naming, info Concept, forecast bool) (string, bool) {
	r, st, si, hits, a := fg.r, fg.st, fg.si, fg.hits, fg.a
	if !info.Segmentable {
		// "Consumer Banking reported net income of $512 million": a
		// segment's figure of a measure Facet keeps for the company alone
		// is no company figure
		return "", !segmentResults[info.Name] || st.segment == "" || st.segLo > a.lo || !r.leadsSentence(si, st.segLo)
	}
	segment := st.segment
	if fg.ov.segment != "" {
		segment = fg.ov.segment
	}
	if seg := r.segmentAfter(a, hits); seg != "" && segment == "" {
		segment = seg
	}
	if segment == "" && (r.justOpened(si) || r.itsSegment(si, n.frame) || !r.ours(n.frame) && !r.companySubject(si)) {
		// the passage's segment: "Turning now to Marine Systems. Net sales
		// climbed 11% to $912 million."; "our sales" and "We grew …" speak
		// for the company
		segment = r.scopeSegment(si, hits, a.lo, forecast)
	}
	if segment == "" && r.unnamedSegment(n.frame, hits) {
		// "In Specialty Materials, revenue declined 3%. Operating margin for
		// the segment was 14.2%.": the segment named just before
		if sc := r.scope; sc.segment != "" && si > sc.sent && si-sc.sent <= 2 && r.segmentAnaphor(n.frame, hits) {
			return sc.segment, true
		}
		return "", false // "revenue for the segment of $291 million": a segment this reader cannot name
	}
	return segment, true
}

// segmentResults are the results a segment may report of its own that
// Facet keeps for the company alone: a bank's segments report net income.
var segmentResults = map[string]bool{"NetIncomeLoss": true, "NetIncomeLossAttributableToParent": true}

// decideSign returns the figure's value with its sign: negative for a
// loss, an outflow or a figure written negative; costs are positive
// whatever words surround them.
func (fg *figure) decideSign(n naming, info Concept) decimal.Decimal {
	r, a := fg.r, fg.a
	value := a.value
	negative := a.negative || n.frame.cue.sign < 0 || r.negativeBefore(a, fg.hits, n.frame) || a.kind == aPercent && r.orOfNegative(a, fg.ai, fg.amts, fg.st)
	if negative && value.IsPositive() {
		value = value.Neg()
	}
	if info.Balance == Debit && info.Kind == Monetary && !info.Signed && !a.negative {
		value = value.Abs()
	}
	if n.frame.cue.opposite {
		value = value.Neg()
	}
	return value
}

// decideCurrency returns the currency of money and per-share figures: the
// one written, else the document's. A "$" in a document of another
// currency is read as that currency, and the reading is suspect.
func (fg *figure) decideCurrency(n naming) string {
	r, a := fg.r, fg.a
	fg.suspect = fg.suspect || a.suspect || n.frame.cue.fuzzy // a loosely matched name is a guess until a person or a clean mention agrees
	fg.notes = append(fg.notes, a.notes...)
	if a.kind != aMoney && !n.perShare {
		return ""
	}
	currency := a.currency
	switch {
	case currency == "":
		currency = r.ctx.Currency
		fg.note("no currency written; read as " + currency + ", the document's currency")
		fg.doubt(noCurrency, 1)
	case a.sign == "$" && r.ctx.CurrencyStated && r.ctx.Currency != "USD" && dollarCurrency(r.ctx.Currency):
		// "All amounts are in Canadian dollars": its "$" is the Canadian one
		currency = r.ctx.Currency
		fg.note("written with a $ sign in a document that states its figures are in " + currency + ": read as " + currency)
	case a.sign == "$" && r.ctx.Currency != "USD" && r.ctx.Currency != "":
		fg.note("written with a $ sign in a document whose figures are in " + r.ctx.Currency + ": read as " + r.ctx.Currency + "; check the currency")
		currency = r.ctx.Currency
		fg.suspect = true
	case currency != r.ctx.Currency && r.ctx.CurrencyStated:
		fg.note("in " + currency + ", not the document's " + r.ctx.Currency)
		fg.doubt(otherCurrency, 1)
	}
	return currency
}

// balanceSince reports a balance a call gives as it stands weeks after
// its quarter: "At the end of October, cash was $604 million" in the call
// on the quarter to September 30 is an actual, not an outlook.
func (r *reader) balanceSince(info Concept, p Period) bool {
	return info.Instant && r.ctx.Kind == CallTranscript && !r.ctx.Period.End.AddDays(callLag).Before(p.End)
}

// periodAfter reports a period phrase right after figure a, or after the
// margin stated with it: "compared to $0.15 in fiscal '20", "compared to
// $26.7 million or 5% for fiscal year '20" date the figure itself.
func periodAfter(a *amount, refs []periodRef) bool {
	for _, ref := range refs {
		if ref.lo >= a.hi && ref.lo <= a.hi+6 {
			return true
		}
	}
	return false
}
