package parse

import (
	"slices"
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

// lastNamed is the name the last bound figure took, for a clause that
// continues its sentence.
type lastNamed struct {
	frame   frame
	segment string
	sent    int
}

// frameOf returns the last name before figure a, or nil.
func (st *sentenceState) frameOf(a *amount) *frame {
	for i := len(st.frames) - 1; i >= 0; i-- {
		if st.frames[i].lo < a.lo {
			return &st.frames[i]
		}
	}
	return nil
}

// sentenceState is what the binder knows at a point in a sentence.
type sentenceState struct {
	frames   []frame // every concept named so far, in order
	segment  string
	segLo    int
	guidance int  // token of the first guidance word, -1 if none
	adjusted bool // "excluding share-based compensation, …"
	// perShare is set by "on a per share basis": money without a scale,
	// under 100, is per share
	perShare bool
	gaap     bool // "on a GAAP basis"
	yoy, qoq bool
	anchor   anchor // the sentence's own period, else the document's
	anchored bool   // the sentence names its period before its first figure
	last     anchor // the period of the sentence's last actual figure
	// prevRef is the period phrase the figure prevAi took as its own, for
	// a figure joined to it by "and": "annual revenue of $1.6 billion and
	// adjusted earnings per share of $11.20"
	prevRef *periodRef
	prevAi  int
	// groupRef is the period phrase of the figure before prevAi's bracket,
	// when prevAi's is a label in brackets: "sales of €251.0m in the third
	// quarter (prior year: €240.6m) and EBIT of €24.3m" joins EBIT to
	// the third quarter, not to the label
	groupRef *periodRef
	// named is the period figure namedAt named as its own, an actual not
	// compared with: "revenue of EUR 188.0 million in the third quarter"
	named   Period
	namedAt int
	// lastNegative is set when the last figure bound was negative
	lastNegative bool
	including    int // the token after the last "including"
}

// bindSentence gives meaning to the figures of sentence si.
func (r *reader) bindSentence(si int) {
	amts := r.sentAmounts(si)
	if len(amts) == 0 {
		return
	}
	hits := r.sentHits(si)
	refs := r.thisYearAsPeriod(r.sentRefs(si))
	st, ok := r.sentenceCues(si, amts, hits, refs)
	if !ok {
		return
	}
	r.anchorSentence(si, &st, amts, hits, refs)
	r.continueClause(si, &st, hits)
	overrides := r.respectively(si, hits, amts, refs)
	r.pairedLists(hits, amts, overrides)

	hi := 0 // next hit to apply
	seen := map[Key]decimal.Decimal{}
	seenAt := map[Key]int{} // the mention and token of the value seen
	seenLo := map[Key]int{}
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
		if a.translation || a.replaced || a.kind == aPoints || a.kind == aMultiple || a.kind == aCount || a.kind == aBare && !a.perShare {
			continue
		}
		// "by $223.1 million and a $1.03 respectively": figures listed after a
		// change are changes too
		listed := prevDelta >= 0 && r.listedAfter(amts[prevDelta], *a)
		// "$30 million to $35 million lower than": a range of changes
		rangeDelta := a.rangeOf > ai && r.isDelta(&amts[a.rangeOf], hits)
		if listed || rangeDelta || r.isDelta(a, hits) {
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
		if (perShareBefore || st.perShare) && a.kind == aMoney && !a.perShare && !a.hasScale && a.value.Abs().LessThan(decimal.NewFromInt(100)) {
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
			if m.Key.Scenario == Forecast && r.revisedTo(si, seenLo[m.Key], a.lo) {
				// "we are raising our guidance ranges for EPS of between
				// $5.89 and $6.39 to EPS of between $6.39 and $6.64": the
				// later value replaces the one it was revised from
				r.mentions[seenAt[m.Key]] = m
				seen[m.Key], seenLo[m.Key] = m.Value, a.lo
			}
			continue // one sentence gives one value per fact: this figure is something else
		}
		seen[m.Key] = m.Value
		seenAt[m.Key], seenLo[m.Key] = len(r.mentions), a.lo
		st.lastNegative = m.Value.IsNegative()
		if m.Key.Scenario == Actual && !m.Key.Period.IsInstant() && !m.labelled {
			kind, _, _ := r.ctx.Calendar.Describe(m.Key.Period)
			st.last = anchor{period: m.Key.Period, kind: kind}
		}
		boundAt = append(boundAt, bound{len(r.mentions), ai})
		r.mentions = append(r.mentions, m)
		if twin, ok := r.bothBases(m, &st, a, hits, overrides[ai]); ok {
			r.mentions = append(r.mentions, twin) // "GAAP and adjusted earnings per share were $2.59": one figure, both
		}
		if f := st.frameOf(a); f != nil {
			r.last = lastNamed{frame: *f, segment: m.Key.Segment, sent: si}
		}
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

// thisYearAsPeriod reads "this year" as the document's own period where
// the sentence sets it against last year in a report of a quarter or a
// half: "$32.9 million this year, down 48% from $63.5 million last year".
// It returns refs, copied when it changes them.
func (r *reader) thisYearAsPeriod(refs []periodRef) []periodRef {
	if k := r.docKind(); k != QuarterPeriod && k != HalfPeriod {
		return refs
	}
	this, prior := -1, false
	for i, ref := range refs {
		switch {
		case ref.word == pwThisYear && ref.hi-ref.lo == 2 && strings.EqualFold(r.tok(ref.lo), "this"):
			this = i
		case ref.word == pwPriorYear:
			prior = true
		}
	}
	if this < 0 || !prior {
		return refs
	}
	out := slices.Clone(refs)
	out[this].word = pwThisPeriod
	return out
}

// surpriseTable reports a sentence that sets a result against analysts'
// estimates, as a web page's table does ("Actual EPS -$0.30 Consensus EPS
// -$0.25 Beat/Miss Missed by -$0.05"): none of its figures is the
// company's own statement. A company's "we beat the consensus of $0.55"
// blocks only the estimate (see blockerLexicon).
func (r *reader) surpriseTable(si int) bool {
	estimate, actual := false, false
	s := r.sents[si]
	for k := s.lo; k < s.hi; k++ {
		estimate = estimate || r.is(k, wcEstimate)
		actual = actual || r.is(k, wcSurprise)
		if r.toks[k].has(fGlued) {
			// a table flattened into one run: "ResultsActual Revenue$253.11
			// millionExpected Revenue"
			for _, w := range camelParts(r.tok(k)) {
				estimate = estimate || estimateWords[w]
				actual = actual || surpriseWords[w]
			}
		}
	}
	return estimate && actual
}

// camelParts splits a word run together at its capitals, in lower case:
// "ResultsActual" is "results" and "actual".
func camelParts(w string) []string {
	var parts []string
	start := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			parts = append(parts, strings.ToLower(w[start:i]))
			start = i
		}
	}
	return append(parts, strings.ToLower(w[start:]))
}

// leadsClause reports an adjustment phrase that opens its sentence and
// names no measure itself: "Adjusting for special items, second-quarter
// earnings from ongoing operations were $0.55 per share".
func (r *reader) leadsClause(h hit) bool {
	s := r.sents[r.sentenceOf(h.lo)]
	if h.lo != s.lo {
		return false
	}
	w := strings.ToLower(r.text[h.start:h.end])
	return strings.HasPrefix(w, "adjusting") || strings.HasPrefix(w, "net of") || strings.HasPrefix(w, "excluding")
}

// continueClause lets a clause that names nothing after a semicolon
// speak of what the clause before it named: "Revenue rose 5% to EUR 230
// million in Q3 2024; YTD 7% to EUR 640 million."
func (r *reader) continueClause(si int, st *sentenceState, hits []hit) {
	if si == 0 || r.last.sent != si-1 || !r.isPunct(r.sents[si-1].hi-1, ';') || r.sents[si].para != r.sents[si-1].para {
		return
	}
	for _, h := range hits {
		if r.entry(h).kind == eConcept {
			return
		}
	}
	f := r.last.frame
	f.lo, f.hi = r.sents[si].lo, r.sents[si].lo // the name stands before the clause
	st.frames = append(st.frames, f)
	if st.segment == "" {
		st.segment, st.segLo = r.last.segment, r.sents[si].lo
	}
}

// inWordyAside reports a period phrase inside commas that part a subject
// from its verb, before the figure at token first, among more words than
// a period needs: an aside about something else ("…, combined with the anticipated volume declines in
// the first half of the year, …"), not "Revenue, in the fourth quarter,
// was".
func (r *reader) inWordyAside(si int, ref periodRef, first int) bool {
	s := r.sents[si]
	open := -1
	for k := ref.lo - 1; k >= s.lo; k-- {
		if r.isPunct(k, ',') {
			open = k
			break
		}
	}
	closing := -1
	for k := ref.hi; k < first; k++ {
		if r.isPunct(k, ',') {
			closing = k
			break
		}
	}
	// an aside parts a subject from its verb: "…, are expected to"
	if open < 0 || closing < 0 || closing+1 >= s.hi || !asideVerbs[r.low(closing+1)] {
		return false
	}
	words := 0
	for k := open + 1; k < closing; k++ {
		if (k < ref.lo || k >= ref.hi) && r.toks[k].kind == tWord && !asideFillers[r.low(k)] {
			words++
		}
	}
	return words > 3
}

// looksAhead reports a sentence about a period to come: it gives guidance
// or a range of figures, and no verb of the past ("For the full year, we
// now target adjusted earnings per share in the range of $2.64 to $2.66",
// "The revenue range for the third quarter is between $265 million and
// $285 million"). A period it names without a year is the coming one.
func (r *reader) looksAhead(si int, amts []amount, hits []hit) bool {
	s := r.sents[si]
	if r.pastTense(s.lo-1, s.hi) {
		return false
	}
	if guidanceIn(r, hits) {
		return true
	}
	for _, a := range amts {
		if a.rangeOf >= 0 {
			return true
		}
	}
	return false
}

// sentenceCues reads the cues that hold for the whole sentence: whether
// it is blocked (an analyst's estimate), whether it is stated on a GAAP or
// adjusted basis, and whether its comparatives run a year or a quarter
// back. It returns false for a blocked sentence.
// question reports a sentence that asks: its figures are an analyst's
// hypothesis ("If I take the midpoint of $4.45 and assume fourth quarter
// revenue of about $1.5 billion, does that imply margins near 20%?"),
// not the company's.
func (r *reader) question(si int) bool {
	s := r.sents[si]
	asks := false
	for k := s.hi - 1; k >= s.lo; k-- {
		if !r.isPunct(k, ')') && !r.isPunct(k, '"') {
			asks = r.isPunct(k, '?')
			break
		}
	}
	if !asks {
		return false
	}
	// a question's words, not a statement's mark mistyped ("Offsetting
	// this debt with cash of $359 million?")
	for k := s.lo; k < s.hi; k++ {
		if questionWords[r.low(k)] {
			return true
		}
	}
	return false
}

// questionWords ask, or suppose: an analyst's question, not a
// transcriber's slip of the mark.
var questionWords = map[string]bool{
	"if": true, "assume": true, "assuming": true, "imply": true, "implies": true, "could": true,
	"would": true, "should": true, "how": true, "what": true, "why": true, "does": true, "do": true,
	"can": true, "is": true, "are": true, "will": true,
}

func (r *reader) sentenceCues(si int, amts []amount, hits []hit, refs []periodRef) (sentenceState, bool) {
	st := sentenceState{guidance: -1, namedAt: -1, anchor: anchor{period: r.ctx.Period, kind: r.docKind()}}
	if r.surpriseTable(si) || r.question(si) {
		return st, false
	}
	firstAmount := amts[0].lo
	for _, h := range hits {
		e := r.entry(h)
		switch e.kind {
		case eBlock:
			if e.sentenceWide {
				return st, false
			}
		case eGAAP:
			if strings.Contains(strings.ToLower(r.text[h.start:h.end]), "basis") {
				st.gaap = true
			}
		case eContext:
			if e.ctx == cxNonGAAPAll && h.lo < firstAmount {
				st.adjusted = true
			}
		case ePerShareBasis:
			st.perShare = true
		case eAdjusted:
			// "Net of these adjusting items, earnings per share were …",
			// "Adjusting for special items, …": a lead-in qualifies the sentence
			if h.lo <= r.sents[si].lo+1 && h.lo < firstAmount && r.isPunct(h.hi, ',') || r.leadsClause(h) {
				st.adjusted = true
			}
		}
	}
	// "Excluding the restructuring charges, our EPS was $1.48": what the
	// sentence states excludes items, so it is non-GAAP
	for k := r.sents[si].lo; k < firstAmount; k++ {
		if strings.EqualFold(r.tok(k), "excluding") {
			st.adjusted = true
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
	if r.underOutlookLeadIn(si) {
		st.guidance = r.sents[si].lo // "Lumenpeak expects:" over "-- Revenue of $142 million, plus or minus $5 million."
	}
	return st, true
}

// underOutlookLeadIn reports a line of a list that an outlook's lead-in
// introduces ("For the third quarter of fiscal 2025, Lumenpeak expects:"):
// the lines between open lines of their own, the lead-in ends with a
// colon and speaks of what is expected.
func (r *reader) underOutlookLeadIn(si int) bool {
	for k := si - 1; k >= max(0, si-maxLeadInItems); k-- {
		s := r.sents[k+1]
		if !r.opensLine(s.lo) || r.thread[k] != r.thread[si] {
			return false
		}
		prev := r.sents[k]
		if r.isPunct(prev.hi-1, ':') {
			return guidanceIn(r, r.sentHits(k)) && !r.pastTense(prev.lo-1, prev.hi)
		}
	}
	return false
}

// maxLeadInItems bounds the lines a lead-in introduces.
const maxLeadInItems = 8

// opensLine reports token k at the start of its line, a bullet before it
// at most: "  -- Revenue of …", "• Revenue of …".
func (r *reader) opensLine(k int) bool {
	for q := k; q >= 0 && q >= k-2; q-- {
		if r.toks[q].has(fNewline) || q == 0 {
			return true
		}
		if r.toks[q-1].kind != tPunct {
			return false
		}
	}
	return false
}

// bothBases returns m's twin of the other basis when its name is preceded
// by a pair of bases and one figure stands for both: "GAAP and adjusted
// earnings per share were $2.59", "GAAP and operating earnings per share of
// $0.97". A list of figures ("… $0.06 and $0.12, respectively") pairs
// them one by one instead.
func (r *reader) bothBases(m Mention, st *sentenceState, a *amount, hits []hit, ov override) (Mention, bool) {
	if ov.set {
		return Mention{}, false
	}
	f := st.frameOf(a)
	if f == nil {
		return Mention{}, false
	}
	k := f.lo - 1
	for k >= 0 && (r.low(k) == "diluted" || r.low(k) == "basic") {
		k--
	}
	// "GAAP and adjusted …", or "GAAP and" before a name that is itself
	// adjusted ("operating earnings per share")
	paired := r.basisPairBefore(f.lo, hits) != nil ||
		f.cue.adjusted && k >= 2 && r.low(k) == "and" && (r.low(k-1) == "gaap" || r.low(k-1) == "reported")
	if !paired {
		return Mention{}, false
	}
	base := Unadjusted(m.Key.Concept)
	adjusted := Adjusted(base)
	if base == adjusted {
		return Mention{}, false // no twin of the other basis
	}
	twin := m
	twin.Key.Concept = adjusted
	if m.Key.Concept == adjusted {
		twin.Key.Concept = base
	}
	return twin, true
}

// revisedTo reports an outlook revised in sentence si from a value at
// token from to one at token to: a verb of revising before the first and
// "to" between them.
func (r *reader) revisedTo(si, from, to int) bool {
	revising := false
	for k := r.sents[si].lo; k < from; k++ {
		if revisingVerb(r.low(k)) {
			revising = true
		}
	}
	if !revising {
		return false
	}
	for k := from + 1; k < to; k++ {
		if r.low(k) == "to" && k+1 < len(r.toks) && r.toks[k+1].kind == tWord && currencyCodes[r.tok(k+1)] == "" {
			return true // "… and $6.50 to GAAP earnings per share of"; not a range's "to $6.64"
		}
	}
	return false
}

// basisWords open the grounds an outlook stands on: "Based on the strong
// first half", "Following a solid third quarter", "On the back of";
// "after" and "following" only before "a" ("After nine months, revenue
// totalled" names the period).
var basisWords = [][]string{{"based", "on"}, {"following"}, {"after"}, {"given"}, {"on", "the", "back", "of"}, {"in", "light", "of"}}

// basisBefore reports a period phrase at token lo that the grounds of a
// sentence name, a few words after a basis word: "Based on the strong
// first half", "After a record first quarter".
func (r *reader) basisBefore(lo int) bool {
	start := r.sents[r.sentenceOf(lo)].lo
	for k := lo - 1; k >= max(start, lo-4); k-- {
		for _, b := range basisWords {
			at := k - len(b) + 1
			if at < start || !r.wordsAt(at, b) {
				continue
			}
			if (b[0] == "after" || b[0] == "following") && r.low(at+1) != "a" && r.low(at+1) != "an" {
				continue // "After nine months, Group revenue totalled": the period itself, not grounds
			}
			if at == start || r.isPunct(at-1, ',') {
				return true // the sentence's opening, or a clause's: not "revenue after the first half"
			}
		}
	}
	return false
}

// anchorSentence sets the sentence's own period: a period phrase before
// its first figure, else one no figure claims as its own ("At EUR 1.274
// billion, the company's revenue after nine months"), else the passage's
// (see periodTopic). It updates the passage's period, or the outlook's,
// for the sentences that follow.
func (r *reader) anchorSentence(si int, st *sentenceState, amts []amount, hits []hit, refs []periodRef) {
	firstAmount := amts[0].lo
	aside, fronted := false, false
	owned := map[int]bool{}
	for ai := range amts {
		if ref, ok := r.ownPeriod(&amts[ai], ai, amts, refs); ok {
			owned[ref.lo] = true
		}
	}
	if ref := r.clauseHead(refs, firstAmount); ref != nil {
		// "finished the year with a strong fourth quarter, which included
		// … a 27% increase in revenue to $8.1 billion": the figures of a
		// relative clause are of the period it describes
		if p, ok := r.ctx.resolve(*ref, false, st.anchor); ok {
			kind, _, _ := r.ctx.Calendar.Describe(p)
			st.anchor = anchor{period: p, kind: kind}
			st.anchored = true
		}
	}
	for pass := 0; pass < 2 && !st.anchored; pass++ {
		for _, ref := range refs {
			if ref.endOf && ref.word == pwFullYear && ref.year != 0 {
				ref.endOf = false // "At the end of 2021, we had liquidity of $1.2 billion": the sentence speaks of 2021
			}
			if ref.label || ref.isInstant() || isComparative(ref.word) || ref.isMarker() || ref.word == pwThisPeriod {
				continue
			}
			compared := r.comparedBefore(ref.lo, hits) && !r.namesGuidance(ref.hi)
			if pass == 0 && ref.lo >= firstAmount || compared || pass == 1 && (owned[ref.lo] || !r.nearFirstFigure(ref, amts, hits)) {
				continue
			}
			if ref.hi <= firstAmount && r.inWordyAside(si, ref, firstAmount) {
				continue // "pressures, combined with volume declines in the first half of the year, are expected to …"
			}
			if ref.hi <= firstAmount && r.basisBefore(ref.lo) {
				continue // "Based on the strong first half, we now expect full-year 2025 revenue of": the grounds, not the period
			}
			// "turn to the second quarter guidance": a period an outlook
			// word names is the one ahead; not "was consistent with our
			// full year guidance"
			if p, ok := r.ctx.resolve(ref, r.guidanceBefore(ref.lo, hits) || r.namesGuidance(ref.hi) && !r.pastTense(r.sents[si].lo-1, ref.lo) || r.looksAhead(si, amts, hits), st.anchor); ok {
				kind, _, _ := r.ctx.Calendar.Describe(p)
				st.anchor = anchor{period: p, kind: kind}
				st.anchored = true
				fronted = r.frontedPeriod(si, ref)
				// "In the third quarter alone, orders of €1,247.8 million
				// were booked": an aside in a passage about nine months,
				// which goes on after it
				aside = r.low(ref.hi) == "alone"
				break
			}
		}
	}
	switch {
	case aside:
	case !st.anchored:
		if t, ok := r.periodTopic(si); ok {
			st.anchor = t
			if r.ptopic.heading && r.ctx.Kind != CallTranscript && r.bulletLine(si) {
				// a report's heading ("THIRD QUARTER 2025") holds for every
				// bullet below it, not the first three: each it dates
				// carries it on
				r.ptopic.sent, r.ptopic.thread = si, r.thread[si]
			}
		}
		// a passage about nine months names them with its first figure:
		// "revenue … rose to EUR 453.5 million in the first nine months"
		// (not "sales were down 22% from Q3 of last year": a comparative)
		// (the first figure with a period of its own: "increased by 14% to
		// SEK 1,402 m in the third quarter" names it with the second)
		for ai := range amts {
			ref, ok := r.ownPeriod(&amts[ai], ai, amts, refs)
			if !ok {
				if amts[ai].kind == aPercent && ai+1 < len(amts) {
					continue // a change before the figure it leads to
				}
				break
			}
			if !guidanceIn(r, hits) && !isRelative(ref.word) && !ref.isInstant() && !ref.label && ref.yearsBack == 0 && !r.comparedBefore(ref.lo, hits) {
				if p, ok := r.ctx.resolve(*ref, false, st.anchor); ok {
					kind, _, _ := r.ctx.Calendar.Describe(p)
					r.ptopic = periodTopic{anchor: anchor{period: p, kind: kind}, thread: r.thread[si], sent: si}
				}
			}
			break
		}
	case r.ctx.Period.End.Before(st.anchor.period.End) && (guidanceIn(r, hits) || r.looksAhead(si, amts, hits)):
		r.gtopic = periodTopic{anchor: st.anchor, thread: r.thread[si], sent: si}
	case !guidanceIn(r, hits):
		r.ptopic = periodTopic{anchor: st.anchor, thread: r.thread[si], sent: si, fronted: fronted}
	}
}

// frontedPeriod reports a period phrase that opens sentence si, a comma
// after it: "For FY25, consolidated revenue …", "In the first half,
// sales …".
func (r *reader) frontedPeriod(si int, ref periodRef) bool {
	k := r.sents[si].lo
	for k < ref.lo && (r.toks[k].kind == tPunct || frontedOpeners[r.low(k)]) {
		k++
	}
	return k == ref.lo && r.isPunct(ref.hi, ',')
}

// frontedOpeners may come before a period phrase that opens a sentence.
var frontedOpeners = map[string]bool{"for": true, "in": true, "during": true, "over": true, "the": true, "so": true, "now": true, "and": true}

// clauseHead returns the period phrase a relative clause that holds the
// sentence's first figure describes: "a strong fourth quarter, which
// included …", "the second quarter, including …"; nil when there is none.
func (r *reader) clauseHead(refs []periodRef, firstAmount int) *periodRef {
	for i := range refs {
		ref := &refs[i]
		if ref.hi+1 >= firstAmount || ref.label || ref.isInstant() || isRelative(ref.word) || ref.isMarker() || ref.year == 0 && quarterOf(ref.word) == 0 {
			continue
		}
		if !r.isPunct(ref.hi, ',') {
			continue
		}
		if w := r.low(ref.hi + 1); w != "which" && w != "including" {
			continue
		}
		// no other period between the clause's head and the figure
		for _, other := range refs[i+1:] {
			if other.lo < firstAmount {
				return nil
			}
		}
		return ref
	}
	return nil
}

// inAside reports token i inside an aside that closes before the figure
// at token at: ", which excluded share-based compensation,", "(which
// includes X)". The aside's names are not the figure's.
func (r *reader) inAside(i, at int) bool { return r.asideAround(i, at, 8, false) }

// inListAside reports token i inside an aside that may list things
// before it: "Transaction-based revenues, which include NIC portal,
// payment processing and e-filing revenues and are included in
// subscriptions, were $171.2 million". A segment named there is not the
// figure's.
func (r *reader) inListAside(i, at int) bool { return r.asideAround(i, at, 16, true) }

// asideAround reports token i inside an aside opened at most reach tokens
// before it, by a bracket or ", which", that closes before token at; a
// list's commas lie inside when throughCommas.
func (r *reader) asideAround(i, at, reach int, throughCommas bool) bool {
	lo := r.sents[r.sentenceOf(i)].lo
	open := -1
	for k := i - 1; k >= lo && k >= i-reach; k-- {
		if r.isPunct(k, '(') {
			open = k
			break
		}
		if r.isPunct(k, ',') {
			if w := r.low(k + 1); w == "which" || w == "who" || w == "whose" {
				open = k
				break
			}
			if !throughCommas {
				break
			}
		}
	}
	if open < 0 {
		return false
	}
	closer := byte(',')
	if r.isPunct(open, '(') {
		closer = ')'
	}
	for k := i + 1; k < at; k++ {
		if r.isPunct(k, closer) {
			return true
		}
	}
	return false
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
		if r.afterExcluding(h.lo) || r.inAside(h.lo, at) {
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
		if r.inListAside(h.lo, at) {
			return
		}
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

// bulletLine reports sentence si on a line that opens with a bullet: "-
// Net sales increased by 3% to SEK 3,298m".
func (r *reader) bulletLine(si int) bool {
	return opensBullet(strings.TrimLeft(r.lineBefore(r.sents[si].lo), " \t"))
}
