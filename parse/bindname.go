package parse

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Which concept and segment name a figure: the frame before it, a name
// right after it, its modifiers (adjusted, GAAP), and the segment of its
// clause or paragraph.

// frameFor returns the concept named last before the figure that can
// name it.
func (r *reader) frameFor(st *sentenceState, a *amount, kind amountKind, perShare bool) *frame {
	for i := len(st.frames) - 1; i >= 0; i-- {
		f := &st.frames[i]
		if f.lo >= a.lo {
			continue
		}
		if i > 0 && r.excludedName(st.frames[i-1].hi, f.lo) {
			continue // "adjusted earnings per share, excluding … tax benefits from …, is": a name the measure leaves out
		}
		if compatible(f.cue, kind, perShare, a) {
			return f
		}
	}
	return nil
}

// excludedName reports an adjustment's lead ("excluding", "exclusive of")
// between tokens lo and hi: a name after it is one the measure before it
// leaves out.
func (r *reader) excludedName(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if exclusionWords[r.low(k)] {
			return true
		}
	}
	return false
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
			w := r.low(k)
			switch w {
			case "in", "of", "for", "the", "a", ",", "our", "its", "adjusted", "non", "-", "gaap", "total", "net":
			default:
				if !first {
					ok = false
				}
			}
		}
		if ok && first && h.lo-a.hi > 4 && r.figureSoonAfter(h.hi) {
			// "We completed the $300 million acquisition of Zeta, and
			// revenue was $1.5 billion": a name with a figure of its own
			return nil
		}
		if ok {
			return &frame{cue: cue, lo: h.lo, hi: h.hi, text: r.text[h.start:h.end]}
		}
		return nil
	}
	return nil
}

// figureSoonAfter reports a figure within four tokens from k: "revenue
// was $1.5 billion", "an order book of £1.27bn".
func (r *reader) figureSoonAfter(k int) bool {
	for q := k; q < min(k+4, len(r.toks)); q++ {
		if t := r.toks[q]; t.kind == tNum || t.kind == tSym && currencySigns[r.tok(q)] != "" {
			return true
		}
		if !linkWords[r.low(q)] {
			return false // "through dividends and used $190 million for": another clause's figure
		}
	}
	return false
}

// frameRightAfter reads "$219 million in cash dividends", "$3.5 billion of
// revenue", "$764 billion in operating profit": a name joined to the
// figure by "in" or "of" names it, whatever the sentence named before.
func (r *reader) frameRightAfter(a *amount, hits []hit, kind amountKind, perShare bool) *frame {
	if a.hi+1 >= len(r.toks) {
		return nil
	}
	if w := r.low(a.hi); w != "in" && w != "of" && !(w == "on" && r.spentBefore(a.lo)) {
		return nil
	}
	if f := r.objectNounAfter(a); f != nil && kind == aMoney && !perShare {
		return f
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
			if w := r.low(q); !gapWords[w] && !rightAfterGap[w] && !r.inHit(hits, q, eAdjusted) {
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

// spentBefore reports a verb of spending right before token k: "spent
// $71 million on capital expenditures", "invested $40 million in".
func (r *reader) spentBefore(k int) bool {
	for q := k - 1; q >= max(0, k-2); q-- {
		switch r.low(q) {
		case "spent", "spend", "spending", "invested", "invest", "investing":
			return true
		}
	}
	return false
}

// rangeNameAfter returns, for the low end of a range, the name joined
// right after the high end: "$0.20 to $0.30 in adjusted earnings per
// share" names both.
func (r *reader) rangeNameAfter(a *amount, ai int, amts []amount, hits []hit) *frame {
	if a.rangeOf <= ai {
		return nil
	}
	b := &amts[a.rangeOf]
	return r.frameRightAfter(b, hits, b.kind, b.perShare)
}

// objectNounAfter reads "we closed the quarter with $1.9 billion in
// cash", "we spent $420 million in capital": a plain noun that names a
// concept only as the object a figure is "in" or "of", after a verb that
// fits (see objectNouns).
func (r *reader) objectNounAfter(a *amount) *frame {
	k := a.hi + 1
	w := r.low(k)
	if k+1 < len(r.toks) && r.toks[k+1].kind == tWord && strings.EqualFold(r.tok(k+1), "flow") {
		return nil // "in cash flow"
	}
	for _, o := range objectNouns {
		if o.noun != w {
			continue
		}
		lo := r.sents[r.sentenceOf(a.lo)].lo
		for q := a.lo - 1; q >= max(lo, a.lo-8); q-- {
			if slices.Contains(o.verbs, r.low(q)) {
				return &frame{cue: conceptCue{money: o.concept}, lo: k, hi: k + 1, text: r.tok(k)}
			}
		}
	}
	return nil
}

// segmentShare reports a per-share figure of a part of the company: a
// segment named in the sentence before it, "segment" in its clause, or a
// capitalised name right before its own ("our Utility earnings per
// share", "Earnings from our contracted services segment were $0.10 per
// share"). The company's earnings per share are not a segment's.
func (r *reader) segmentShare(st *sentenceState, a *amount, f *frame) bool {
	lo := r.sents[r.sentenceOf(a.lo)].lo
	if st.segment != "" && st.segLo < a.lo && (st.segLo-lo <= 3 || !r.punctBetween(st.segLo, f.lo)) {
		// "In Utility, earnings per share were", "our Utility earnings per
		// share"; not "from this cemetery sales guidance increase, we are
		// adjusting our earnings per share guidance", another clause's
		return true
	}
	for k := a.lo - 1; k >= max(lo, f.lo-6); k-- {
		if w := r.low(k); w == "segment" || w == "segments" || w == "division" || w == "subsidiary" {
			return true
		}
	}
	k := f.lo - 1
	if k < lo || r.startsClause(k) || f.cue.weak {
		return false // "Cullen/Frost earned $93.1 million or $1.47 per share": the company's
	}
	if partNouns[r.low(k)] {
		return true // "our utility earnings per share": a part's
	}
	t := r.toks[k]
	w := r.low(k)
	if t.kind != tWord || !t.has(fUpper) || notSegment[w] || t.has(fAllCaps) && len(w) <= 4 {
		return false // "GAAP", "EPS", "Q2" and such are no parts
	}
	for _, c := range strings.Fields(strings.ToLower(r.ctx.Company)) {
		if w == c {
			return false
		}
	}
	return true
}

// punctBetween reports a comma or a semicolon between tokens lo and hi.
func (r *reader) punctBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.isPunct(k, ',') || r.isPunct(k, ';') {
			return true
		}
	}
	return false
}

// inHit reports token q inside a hit of the kind.
func (r *reader) inHit(hits []hit, q int, kind entryKind) bool {
	for _, h := range hits {
		if q >= h.lo && q < h.hi && r.entry(h).kind == kind {
			return true
		}
	}
	return false
}

// cueOf returns a concept hit's cue, the document's alias applied.
func (r *reader) cueOf(h hit) conceptCue {
	cue := r.entry(h).cue
	if alias, ok := r.aliases[strings.ToLower(r.text[h.start:h.end])]; ok && cue.weak {
		return alias
	}
	return cue
}

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

// adjustedAfter reports a basis qualifier that stands wholly between
// tokens from and to and modifies no name there.
func (r *reader) adjustedAfter(from, to int, hits []hit) bool {
	for i, h := range hits {
		if h.lo >= from && h.hi <= to && r.entry(h).kind == eAdjusted && !r.modifiesNextName(hits[i+1:], h.hi) {
			return true
		}
	}
	return false
}

// modifiesNextName reports a name among the hits after a modifier that
// ends at token end, within two words of it.
func (r *reader) modifiesNextName(after []hit, end int) bool {
	for _, h := range after {
		if h.lo > end+2 {
			return false
		}
		if r.entry(h).kind == eConcept {
			return true
		}
	}
	return false
}

// adjustedBefore reports an adjusted modifier right before the name, or
// "(non-GAAP)" right after it.
func (r *reader) adjustedBefore(f *frame, hits []hit) bool {
	return r.modifierNear(f, hits, eAdjusted)
}

// adjustedAround reports a basis qualifier in the figure's clause that
// is not its name's own modifier: between the name and the figure
// ("Net income per diluted share on an adjusted non-GAAP basis was
// $1.70", "diluted EPS, adjusted for special items, was $0.02", "Economic
// earnings, a non-GAAP metric, was $0.2 million"), or right after the
// figure or its range ("$0.80 on an adjusted basis", "$0.94 adjusted",
// "$0.35 to $0.40 per share on an adjusted basis").
func (r *reader) adjustedAround(a *amount, ai int, amts []amount, f *frame, hits []hit) bool {
	end := a.hi
	if a.rangeOf > ai {
		end = amts[a.rangeOf].hi
	}
	for i, h := range hits {
		if r.entry(h).kind != eAdjusted {
			continue
		}
		// a modifier of the next name is not this figure's: "$0.94 and
		// adjusted EPS of", "$4.4 billion, adjusted segment EBITDA of"
		if r.modifiesNextName(hits[i+1:], h.hi) {
			continue
		}
		if h.lo >= f.hi && h.hi <= a.lo {
			return true
		}
		if h.lo >= end && h.lo <= end+1 && (h.lo == end || r.isPunct(end, ',')) {
			return true
		}
	}
	return r.adjustedRelative(end, hits)
}

// adjustedRelative reports a relative clause right after a figure that
// puts its change on an adjusted basis: "diluted earnings per share of
// $3.21, which is an 81% increase on an adjusted basis over the prior
// year". Another name in the clause, or GAAP, ends it.
func (r *reader) adjustedRelative(end int, hits []hit) bool {
	if end+1 >= len(r.toks) || !r.isPunct(end, ',') || r.low(end+1) != "which" {
		return false
	}
	s := r.sents[r.sentenceOf(end)]
	stop := s.hi
	for k := end + 2; k < s.hi; k++ {
		if r.isPunct(k, ',') || r.isPunct(k, ';') || r.isPunct(k, '.') {
			stop = k
			break
		}
	}
	for _, h := range hits {
		if h.lo <= end+1 || h.lo >= stop {
			continue
		}
		switch r.entry(h).kind {
		case eAdjusted:
			// an adjusted basis; not a modifier of another name ("compared
			// to Q2 2019 adjusted earnings per share"), nor an underlying or
			// organic rate of growth ("flat on an underlying basis")
			if t := strings.ToLower(r.text[h.start:h.end]); strings.Contains(t, "basis") && (strings.Contains(t, "adjusted") || strings.Contains(t, "non")) {
				return true
			}
		case eConcept, eGAAP:
			return false
		}
	}
	return false
}

// reportedBefore reports "reported" right before a name, determiners and
// "diluted" aside: "reported diluted earnings per share" is the GAAP one.
func (r *reader) reportedBefore(f *frame) bool {
	for k := f.lo - 1; k >= 0 && k >= f.lo-3; k-- {
		switch w := r.low(k); w {
		case "reported":
			return true
		case "diluted", "basic", "our", "the", "net":
			continue
		}
		return false
	}
	return false
}

func (r *reader) gaapBefore(f *frame, hits []hit) bool {
	return r.modifierNear(f, hits, eGAAP)
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
				if !gapWords[r.low(k)] && !covered(k) {
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

// segmentAfter reads "to EUR 45.1 million in the Environmental Services
// segment": a segment a preposition joins to the figure, in its sentence.
func (r *reader) segmentAfter(a *amount, hits []hit) string {
	for _, h := range hits {
		if h.lo < a.hi || h.lo > a.hi+3 || r.entry(h).kind != eSegment {
			continue
		}
		ok := true
		for q := a.hi; q < h.lo; q++ {
			switch r.low(q) {
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

// unnamedSegment reports a name that speaks of a segment without naming
// it: "revenue for the segment", "the segment's sales", "segment revenue".
func (r *reader) unnamedSegment(f *frame, hits []hit) bool {
	for _, h := range hits {
		if r.segmentWordNear(f, h) {
			return true
		}
	}
	return false
}

// segmentWordNear reports hit h a segment word within three tokens of
// name f, before or after it.
func (r *reader) segmentWordNear(f *frame, h hit) bool {
	return r.entry(h).kind == eSegmentWord && (h.hi <= f.lo && f.lo-h.hi <= 3 || h.lo >= f.hi && h.lo-f.hi <= 3)
}

// segmentAnaphor reports "the segment", "this division", "the segment's"
// beside a name: one segment spoken of again; not "our segments" or "each
// segment".
func (r *reader) segmentAnaphor(f *frame, hits []hit) bool {
	for _, h := range hits {
		if !r.segmentWordNear(f, h) {
			continue
		}
		switch r.low(h.lo) {
		case "segment", "division":
		default:
			continue
		}
		if h.lo > 0 {
			switch r.low(h.lo - 1) {
			case "the", "this", "that":
				return true
			}
		}
	}
	return false
}

// ours reports a name the company owns: "our sales", "our revenue".
func (r *reader) ours(f *frame) bool {
	for k := f.lo - 1; k >= 0 && k >= f.lo-3; k-- {
		switch r.low(k) {
		case "our", "its", "total", "company", "consolidated", "group":
			return true
		}
	}
	return false
}

// basicName reports a name per share stated as basic and not diluted:
// "Basic earnings per share", "basic EPS"; not "basic and diluted EPS".
func (r *reader) basicName(f *frame) bool {
	if f == nil {
		return false
	}
	basic := false
	for k := max(0, f.lo-3); k < f.hi; k++ {
		switch r.low(k) {
		case "basic":
			basic = true
		case "diluted", "dilution":
			return false
		}
	}
	return basic
}

// wholeName reports a name stated as the company's whole: "total
// revenue", "consolidated fourth quarter net sales", "our revenue",
// "Harsco's revenues" (the company's name), across period words.
func (r *reader) wholeName(f *frame) bool {
	if f == nil {
		return false
	}
	// "25% of consolidated sales": a share of the whole, not the whole
	shareOf := func(k int) bool { return k > 0 && r.low(k-1) == "of" }
	if wholeWords[r.low(f.lo)] {
		return !shareOf(f.lo) // the name itself: "total revenue"
	}
	for k := f.lo - 1; k >= 0 && k >= f.lo-6; k-- {
		w := r.low(k)
		switch {
		case wholeWords[w]:
			return !shareOf(k)
		case w == "s" || w == "'" || w == "’":
			continue
		case r.ctx.Company != "" && strings.EqualFold(r.tok(k), r.ctx.Company):
			return true
		case nameSkipWords[w] || r.toks[k].kind == tNum:
			continue
		}
		return false
	}
	return false
}

// streamName reports a name stated as one stream of the total: a stream
// noun right before it ("franchise revenues", "Service revenue").
func (r *reader) streamName(f *frame) bool {
	return f != nil && f.lo > 0 && streamNouns[r.low(f.lo-1)]
}

// companySubject reports a sentence whose subject is the company: "We grew
// fourth quarter net sales …", "Our revenue …".
func (r *reader) companySubject(si int) bool {
	s := r.sents[si]
	switch r.low(s.lo) {
	case "we", "our", "overall", "consolidated", "total":
		return true
	case "the":
		// "The Executive Board confirms its forecast", "The Group expects"
		if s.lo+1 < s.hi && companyOrgans[r.low(s.lo+1)] {
			return true
		}
	}
	return false
}

// companyOrgans speak for the whole company after "the": "The Executive
// Board confirms its forecast", "The Group expects".
var companyOrgans = map[string]bool{
	"executive": true, "management": true, "board": true, "group": true, "company": true,
	"supervisory": true,
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
	w := r.low(next)
	return t.kind == tWord && (t.has(fUpper) && !notSegment[w] || w == "providing" || w == "selling")
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
	// the list: the level figures before the cue, counted back from it; a
	// range is one item ("$1.05 to $1.10 and $1.40 to $1.45, respectively")
	var list []int
	partner := map[int]int{} // an item's lower end, by its upper end's index
	for i := len(amts) - 1; i >= 0; i-- {
		a := amts[i]
		if a.lo > cue || a.translation {
			continue
		}
		if len(list) > 0 {
			prev := amts[list[len(list)-1]]
			if prev.rangeOf == i {
				partner[list[len(list)-1]] = i // the range's lower end joins its item
				continue
			}
			gap := strings.ToLower(r.text[a.end:prev.start])
			if lo, ok := partner[list[len(list)-1]]; ok {
				gap = strings.ToLower(r.text[a.end:amts[lo].start])
			}
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
	// each override goes to the item's lower end too
	defer func() {
		for hi, lo := range partner {
			out[lo] = out[hi]
		}
	}()
	first := amts[list[0]].lo
	if lo, ok := partner[list[0]]; ok {
		first = amts[lo].lo
	}
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
	if len(frames) >= 1 && len(list) == 2 {
		// "GAAP and adjusted earnings per share were $0.06 a share and
		// $0.12 a share, respectively": two bases of one name
		f := frames[len(frames)-1]
		if bases := r.basisPairBefore(f.lo, hits); bases != nil {
			for i, ai := range list {
				out[ai] = override{set: true, frame: &f, basis: bases[i]}
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

// pairedLists pairs a second list of figures with the names of a first,
// item by item: "$640 million of cash and $210 million of short-term
// investments, versus $580 million and $95 million as of December 31,
// 2023". It sets the overrides of the second list's figures.
func (r *reader) pairedLists(hits []hit, amts []amount, out []override) {
	for i := 0; i+3 < len(amts); i++ {
		a1, a2 := &amts[i], &amts[i+1]
		f1, f2 := r.frameRightAfter(a1, hits, a1.kind, a1.perShare), r.frameRightAfter(a2, hits, a2.kind, a2.perShare)
		if f1 == nil || f2 == nil || f1.cue == f2.cue || a2.lo-f1.hi > 2 {
			continue
		}
		b1, b2 := &amts[i+2], &amts[i+3]
		if !r.listedAfter(*b1, *b2) || out[i+2].set || out[i+3].set {
			continue
		}
		// a comparison word between the lists, and nothing that names
		compared := false
		for _, h := range hits {
			if h.lo >= f2.hi && h.hi <= b1.lo {
				switch r.entry(h).kind {
				case eCompare:
					compared = true
				case eConcept:
					compared = false
				}
			}
		}
		if !compared || b1.lo-f2.hi > 4 {
			continue
		}
		out[i+2] = override{set: true, frame: f1}
		out[i+3] = override{set: true, frame: f2}
	}
}

// override pins what "respectively" pairs with a figure.
// basisPairBefore returns the two bases joined by "and" right before a
// name at token lo ("GAAP and adjusted", "adjusted and reported"), in
// order, or nil.
func (r *reader) basisPairBefore(lo int, hits []hit) []entryKind {
	var bases []entryKind
	var ends []int
	for k := max(0, lo-5); k < lo; k++ {
		if r.low(k) == "reported" {
			bases, ends = append(bases, eGAAP), append(ends, k+1)
			continue
		}
		for _, h := range hits {
			if h.lo == k && h.hi <= lo {
				if kind := r.entry(h).kind; kind == eGAAP || kind == eAdjusted {
					bases, ends = append(bases, kind), append(ends, h.hi)
					k = h.hi - 1
					break
				}
			}
		}
	}
	if len(bases) != 2 || bases[0] == bases[1] || !strings.EqualFold(r.tok(ends[0]), "and") {
		return nil
	}
	return bases
}

type override struct {
	set     bool
	frame   *frame
	segment string
	period  *periodRef
	// basis is set when a list of bases pairs with the figures: "GAAP and
	// adjusted earnings per share were $0.06 and $0.12, respectively"
	basis entryKind // eGAAP, eAdjusted, or 0
}

// marginLinks join a bare "margin" to its per cent.
var marginLinks = map[string]bool{
	"of": true, "was": true, "is": true, "were": true, "at": true, "came": true, "in": true,
	"reached": true, "stood": true, "to": true, "improved": true, "expanded": true, "rose": true,
}

// marginWordsAround reports a per cent that the words around it make a
// margin of a profit named before: "a margin of 17.0%", "or 14.1% of
// sales", "14.1% of net revenue".
func (r *reader) marginWordsAround(a *amount) bool {
	k := a.lo - 1
	for n := 0; n < 3 && k >= 2 && marginLinks[r.low(k)]; n++ {
		k-- // "margin was", "margin came in at", "margin improved to"
	}
	if k < a.lo-1 && k >= 1 && r.low(k) == "margin" {
		// "a margin of", "…, margin of", "and margin was", "its margin
		// of"; not "a decremental margin of 25%"
		switch w := r.low(k - 1); {
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "and" || r.isPunct(k-1, ','):
			return true
		}
		return false
	}
	k = a.hi
	if r.isPunct(k, '(') {
		// "or 13.4% (12.8) of net sales": past the year before's
		for j := k + 1; j < min(k+5, len(r.toks)); j++ {
			if r.isPunct(j, ')') {
				k = j + 1
				break
			}
		}
	}
	if k+1 >= len(r.toks) || r.low(k) != "of" {
		return false
	}
	k++
	if w := r.low(k); w == "net" || w == "total" {
		k++
	}
	switch r.low(min(k, len(r.toks)-1)) {
	case "sales", "revenue", "revenues", "turnover":
		return true
	}
	return false
}
