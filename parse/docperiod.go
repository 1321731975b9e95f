package parse

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// The document's own period is read from all the evidence the text gives,
// not from how often it names a year. A call dates its comparatives ("up
// on the second quarter of 2020") and its outlook ("for fiscal 2022 we
// expect") far more often than its own quarter, which it calls "the
// quarter" or "Q2". So each period phrase is a clue of one of a few kinds
// (the document's own period, a comparative, a period ahead, a lower
// bound, a dated end, a date), and each clue says which period the
// document reports given the kind of period it is about: a comparative of
// the same quarter a year back says the year after; an outlook for the
// fiscal year, in a fourth quarter's call, says the year before. The kind
// of period (the quarter, half, nine months or year) is voted first, then
// the year with the clues read relative to it.

// clueRole is how a period phrase stands to the document's own period.
type clueRole uint8

const (
	clueOwn      clueRole = iota // "In the second quarter, revenue was …"
	clueCompared                 // "compared with the second quarter of 2020"
	clueSince                    // "the best since the third quarter of 2016": a lower bound
	clueAhead                    // "for fiscal 2022 we expect", "the plant opens in 2026"
	clueEnded                    // "the quarter ended September 30, 2021"
	clueDated                    // a day: the call's date, "as of June 30, 2021"
	clueTarget                   // "by fiscal 2025": a long-range target, which says nothing of the document's year
)

// periodClue is one period phrase read as evidence of the document's period.
type periodClue struct {
	word   periodWord // pwQ1…pwQ4, pwH1, pwH2, pwNineMonths, pwFullYear, pwYear; pwNone for a day
	year   int        // the year written, 0 when none
	date   Date       // for clueEnded and clueDated
	role   clueRole
	weight float64 // heavier in a sentence that states figures
	lo     int     // the phrase's first token
	// outlook marks a clue in a sentence that gives guidance: a bare year
	// there ("for 2022, we expect") is the fiscal year guided.
	outlook bool
	listed  bool // one of a list of years: "the second quarter of 2021 and 2020"
	// report marks the year of an annual report: "our 2020 Annual Report
	// on Form 10-K", the last one filed
	report bool
	// guided marks a year an outlook is for: "our outlook for 2021",
	// "2022 guidance", "for 2023" in a sentence that gives guidance
	guided bool
	// named marks a year an outlook names or opens with: "our outlook
	// for 2021", "2022 guidance", "For fiscal 2022, we expect"; not
	// "members will be in four-star plans for 2023"
	named bool
	// rest marks "the rest of 2021", "the balance of the year 2021": the
	// year in progress
	rest bool
	// into marks a year the text goes into ("into 2022", "entering
	// 2022", "as we look ahead to fiscal '23"): the one after the year in
	// progress
	into bool
	// headline marks a clue in the document's title or in a sentence that
	// names the call or the results: "Welcome to Acme's fourth quarter
	// 2020 earnings call"
	headline bool
	title    bool // in the document's first sentence, its title
	past     bool // its clause speaks of the past: "the growth we generated in 2020"
	// yearEnd marks the end of a year: "since year-end 2020", "at the end
	// of 2020"; an earlier quarter's call sets its balances against the
	// last one
	yearEnd bool
	// compared marks a day a figure is set against: "an increase of $468
	// million from December 31, 2019"
	compared bool
}

// periodVerdict is the document's period as the evidence gives it.
type periodVerdict struct {
	word    periodWord
	year    int
	fye     time.Month // 0 when the text does not fix it
	guessed bool       // no year in the text: from the file name or the day Facet runs
	// startNamed: the company names its fiscal years for the year they
	// start in (see Calendar.StartNamed); year is then so named
	startNamed bool
	doubt      string // why a reviewer should check it: the evidence disagrees
}

const (
	// weightFileName is the vote a file's name gives its period's year:
	// little, since a name may say anything.
	weightFileName = 0.5
	// boundDiscount weighs the votes for a year earlier than the ones
	// the document compares with.
	boundDiscount = 0.25
)

// opensWithFor reports a period phrase that opens its sentence after
// "for", a word or two in: "For fiscal 2022, we expect", "Now for 2021,".
func (r *reader) opensWithFor(lo, sentLo int) bool {
	return lo-1 >= sentLo && lo-1 <= sentLo+2 && r.low(lo-1) == "for"
}

// readPeriodClues reads every period phrase of the document as a clue.
func (r *reader) readPeriodClues() []periodClue {
	var clues []periodClue
	for si := range r.sents {
		hits := r.sentHits(si)
		guidance := false
		for _, h := range hits {
			if r.entry(h).kind == eGuidance {
				guidance = true
			}
		}
		s := r.sents[si]
		// "revenue was above our guidance for the third quarter": an
		// outlook spoken of in the past is the period's actual
		if guidance && r.pastTense(s.lo-1, s.hi) {
			guidance = false
		}
		weight := 1.0
		if r.sentAmt[si] < r.sentAmt[si+1] {
			weight = 2 // "In the fourth quarter, revenue was $5.1 billion"
		}
		// a title, or the opening's "welcome to our second quarter 2021
		// earnings call"; not "as mentioned in our Q2 2020 earnings call"
		headline := si == 0 || si < 6 && r.namesResults(si, hits)
		for _, ref := range r.writtenRefs(si) {
			if ref.isMarker() || isRelative(ref.word) {
				continue
			}
			c := periodClue{word: ref.word, year: ref.year, weight: weight, outlook: guidance, lo: ref.lo, listed: len(ref.years) > 1, rest: r.restOf(ref), into: r.goesInto(ref)}
			c.named = r.namesGuidance(ref.hi) || r.namesGuidanceBefore(ref.lo) || guidance && r.opensWithFor(ref.lo, s.lo)
			c.guided = c.named || guidance && ref.lo > s.lo && strings.EqualFold(r.tok(ref.lo-1), "for")
			c.report = ref.word == pwYear && r.annualReportAfter(ref.hi) || ref.word == pwFullYear && ref.hasDate && r.annualReportBefore(ref.lo)
			c.headline = headline || r.callResultsAt(ref) || r.reviewsResults(ref)
			c.title = si == 0
			c.past = r.clauseTense(ref, hits) == tensePast
			if c.into && (c.past || r.laterThanAheadBefore(ref, s)) {
				// "the growth we saw coming into 2021", "opening early
				// next year and continuing into 2024": not the year after
				// the one in progress
				c.into = false
			}
			if r.timeInto(ref) {
				c.into, c.rest = false, true // "six months into fiscal 2021": the year in progress
			}
			c.yearEnd = ref.year != 0 && (ref.word == pwYearEnd || ref.endOf && (ref.word == pwYear || ref.word == pwFullYear))
			switch ref.word {
			case pwYearEnd:
				if ref.year == 0 {
					continue
				}
			case pwQ1, pwQ2, pwQ3, pwQ4, pwH1, pwH2, pwNineMonths, pwFullYear, pwYear:
				d := ref.date
				if ref.hasDate && d.Year == 0 && ref.year != 0 {
					d.Year = ref.year // "the third quarter of 2025, which ended September 27"
				}
				if ref.hasDate && (d.Year > 0 || quarterOf(ref.word) > 0) {
					// "the six months ended June 30, 2021", "the year ended
					// December 31, 2024", "our third quarter, which ended
					// February 28": a period that ended that day
					c.role, c.date = clueEnded, d
				}
			case pwThisQuarter:
				if !ref.hasDate {
					continue
				}
				c.role, c.date = clueEnded, ref.date
			case pwAsOf, pwNone:
				if !ref.hasDate || ref.date.Year == 0 {
					continue
				}
				c.word, c.role, c.date = pwNone, clueDated, ref.date
			default:
				continue
			}
			role := r.clueRoleOf(ref, hits, guidance)
			if c.into && role == clueOwn {
				role = clueAhead // "many can't wait to move on to 2021": the year the text goes into
			}
			if ref.yearsBack > 0 {
				role = clueCompared // "the first quarter of last year"
			}
			if role == clueAhead && ref.year != 0 && r.nextYearBefore(ref, s) {
				// "opening early next year and continuing into 2024": a year
				// beyond the one ahead, which dates nothing of the document's
				role = clueTarget
			}
			switch {
			case c.role == clueOwn:
				c.role = role
			case role == clueAhead && c.role == clueEnded && c.word == pwFullYear && c.date.Year > 0 && c.date.Month > time.February:
				// "growth to exceed 12% for the full year ending July 31,
				// 2022": the year guided, named for the year it ends in
				// (not so a retailer's year ending in January)
				c.year, c.role = c.date.Year, clueAhead
			case role == clueAhead:
				continue // a day ahead: a dividend's, an event's
			case role == clueCompared && c.role == clueEnded:
				// "up from the quarter ended June 30, 2020": a comparative
				c.year, c.role = c.date.Year, clueCompared
			case role == clueCompared && c.role == clueDated:
				// "compared to $121 million at December 31, 2019"; not "we
				// do not anticipate exceeding it come December 31, 2020"
				if r.clauseTense(ref, hits) == tenseFuture {
					continue
				}
				c.compared = true
			case role != clueOwn:
				continue
			}
			clues = append(clues, c)
		}
	}
	return clues
}

// clueRoleOf tells how a period phrase stands to the document's period
// from the words before it and the sentence it is in.
func (r *reader) clueRoleOf(ref periodRef, hits []hit, guidance bool) clueRole {
	lo := r.sents[r.sentenceOf(ref.lo)].lo
	if ref.label && r.bracketOpenBefore(ref.lo, 6) {
		return clueCompared // "(Q2 2020: EUR 12.1 million)"; not "We're pleased with the first half of 2021: revenue was"
	}
	if r.relativeRefBefore(ref) {
		return clueCompared // "the prior year Q3 2020", "last year's fourth quarter of 2020"
	}
	if ref.hi < len(r.toks) && (strings.EqualFold(r.tok(ref.hi), "levels") || strings.EqualFold(r.tok(ref.hi), "level")) {
		return clueCompared // "under fiscal '20 levels"
	}
	if r.targetYear(ref) {
		return clueTarget // "an operating margin of 10% by fiscal year 2025"
	}
	if r.eventDateOf(ref) {
		return clueTarget // "Mill Creek Unit 1 is expected to retire in 2024": an event's date, no outlook's period
	}
	for k := ref.lo - 1; k >= max(lo, ref.lo-12); k-- {
		w := r.low(k)
		near := ref.lo-k <= 4
		if ref.lo-k > 6 && !r.onTopOf(k) && !farComparedWords[w] || ref.lo-k > 8 && !r.onTopOf(k) {
			// "than" reaches eight words, "on top of" twelve: "on top of
			// an 11% comp sales increase in the third quarter of 2019"
			continue
		}
		if sinceWords[w] && near {
			return clueSince
		}
		if comparedWords[w] && (near || w == "than" || r.multiple(k)) && !r.levelAdjective(k) || r.onTopOf(k) || w == "ahead" && near && strings.EqualFold(r.tok(k+1), "of") {
			return clueCompared // "well ahead of fiscal 2020", "higher than our comparable results in Q2 2020"
		}
	}
	if r.comparedWithin(ref.lo, hits, 4) && !r.namesGuidance(ref.hi) || r.comparedFigureBefore(ref, hits) || r.compareToBefore(ref, lo) {
		return clueCompared
	}
	// "we expect … in the third quarter", "For fiscal 2022, we expect",
	// "our 2021 guidance", "fiscal '22 will be"; not "our first quarter
	// results put us on track to achieve our guidance", "the growth we
	// generated in 2020"
	switch r.clauseTense(ref, hits) {
	case tenseFuture:
		return clueAhead
	case tensePast:
		if !r.namesGuidance(ref.hi) {
			return clueOwn
		}
	}
	if r.namesGuidance(ref.hi) || guidance && (quarterOf(ref.word) == 0 || r.guidanceBefore(ref.lo, hits)) {
		return clueAhead
	}
	return clueOwn
}

// multiple reports a multiple at token k that sets what follows against
// it as "than" does: "double the number recorded in the third quarter of
// 2019", "twice the EBITDA of"; not "double-digit growth in".
func (r *reader) multiple(k int) bool {
	switch r.low(k) {
	case "double", "twice", "triple":
		return k+1 >= len(r.toks) || r.tok(k+1) != "-" && !strings.HasPrefix(r.low(k+1), "digit")
	}
	return false
}

// levelAdjective reports "level" at token k as the end of an adjective,
// "a high-level summary of our full year 2020 results", which compares
// nothing, unlike "pre-pandemic levels" or "2019 levels".
func (r *reader) levelAdjective(k int) bool {
	w := r.low(k)
	return (w == "level" || w == "levels") && k >= 2 && r.tok(k-1) == "-" && r.low(k-2) != "pre"
}

// compareToBefore reports the second term of a comparison: "When we
// compare this year's third quarter to the third quarter of 2019", "if
// you compare this quarter with".
func (r *reader) compareToBefore(ref periodRef, lo int) bool {
	k := ref.lo - 1
	if k >= lo && r.low(k) == "the" {
		k--
	}
	if k < lo || r.low(k) != "to" && r.low(k) != "with" && r.low(k) != "against" {
		return false
	}
	for q := k - 1; q >= max(lo, k-10); q-- {
		switch r.low(q) {
		case "compare", "compares", "compared", "comparing":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// eventDateOf reports a period phrase that dates an event a few words
// before it: "expected to retire in 2024", "should be operational in the
// second quarter of 2022", "the notes mature in 2025".
func (r *reader) eventDateOf(ref periodRef) bool {
	lo := r.sents[r.sentenceOf(ref.lo)].lo
	for k := ref.lo - 1; k >= max(lo, ref.lo-4); k-- {
		w := r.low(k)
		if eventWords[w] {
			return true
		}
		if closeWords[w] && (r.low(k+1) == "in" || r.low(k+1) == "by" || r.low(k+1) == "during") {
			return true // "the acquisition is on track to close in the fourth quarter"; not "to close fiscal 2021 with"
		}
		switch w {
		case "in", "by", "during", "the", "early", "late", "mid", "of", "-", "be", "fully", "until":
			continue
		}
		return false
	}
	return false
}

// onTopOf reports "on top of" ending at token k: growth "on top of 135%
// growth in the second quarter of 2020" is set against that quarter.
func (r *reader) onTopOf(k int) bool {
	return k >= 2 && r.low(k) == "of" && r.low(k-1) == "top" && r.low(k-2) == "on"
}

// bracketOpenBefore reports a "(" among the n tokens before token i that
// no ")" closes before it.
func (r *reader) bracketOpenBefore(i, n int) bool {
	for k := i - 1; k >= max(0, i-n); k-- {
		switch {
		case r.isPunct(k, ')'):
			return false
		case r.isPunct(k, '('):
			return true
		}
	}
	return false
}

// relativeRefBefore reports a phrase of a prior period right before a
// dated one: "the prior year Q3 2020".
func (r *reader) relativeRefBefore(ref periodRef) bool {
	for _, p := range r.sentRefs(r.sentenceOf(ref.lo)) {
		if p.hi <= ref.lo && ref.lo-p.hi <= 1 && (p.word == pwPriorYear || p.word == pwPriorQuarter) {
			return true
		}
	}
	return false
}

// figureWords is how many words of a figure's own (its noun, a participle)
// may stand between a comparison's figure and the period it is dated by.
const figureWords = 3

// figureWord reports a word at token k that may belong to a figure's own
// phrase ("loss", "net", "posted", "margin"), not one that sets its time
// or its role: a comparison, an outlook, a period, a change.
func (r *reader) figureWord(hits []hit, k int) bool {
	if r.is(k, wcFuture) {
		return false
	}
	h := r.hitEndingAt(hits, k)
	if h == nil {
		return true
	}
	switch r.entry(*h).kind {
	case eConcept, eAdjusted, eGAAP, eNegative, eTotal, eChange: // "from the 14% decline in the third quarter"
		return true
	}
	return false
}

// comparedFigureBefore reports a period phrase that dates a figure a
// comparison introduces: "compared with $12 million in the second quarter
// of 2019", "from 35% -- $0.35 in the first quarter of 2020", and the
// start of a walk, "from $3.05 for the first quarter of fiscal 2020 to
// $3.07".
func (r *reader) comparedFigureBefore(ref periodRef, hits []hit) bool {
	si := r.sentenceOf(ref.lo)
	lo := r.sents[si].lo
	refs := r.sentRefs(si)
	figure := false
	// the figure's own words, between it and the period or before it: "a
	// $68 million loss in Q4 2019", "a loss of $0.48 in", "the $47 million
	// net loss posted in Q3 2020"
	words := 0
	from := r.withRelative(refs, ref.lo) // "a $0.48 loss in last year's third quarter"
	stop := max(lo, from-16)
	for k := from - 1; k >= stop; k-- {
		t := r.toks[k]
		w := r.low(k)
		if p := refEndingAt(refs, k); p != nil && figure {
			// "compared to $175.2 million in the first quarter of 2020 and
			// $6.4 million in the second quarter of 2019": through the
			// list's other periods, each item with its own figure and reach
			k = r.withRelative(refs, p.lo)
			stop = max(lo, k-16)
			figure, words = false, 0
			continue
		}
		switch {
		case t.kind == tNum || t.kind == tSym:
			figure = true
			continue
		case figureGap[w] || scaleWords[r.tok(k)] > 0 || currencyCodes[r.tok(k)] != "" || t.kind == tPunct && w != "," && w != ";" && w != ".":
			continue
		case t.kind == tWord && words < figureWords && r.figureWord(hits, k):
			words++
			continue
		}
		if h := r.hitEndingAt(hits, k); h != nil && r.entry(*h).kind == eCompare && figure {
			if !strings.EqualFold(r.text[h.start:h.end], "from") {
				return true
			}
			// "from A in Q1 2020 to B": a walk's start
			for j := ref.hi; j < min(ref.hi+3, r.sents[r.sentenceOf(ref.lo)].hi); j++ {
				if strings.EqualFold(r.tok(j), "to") {
					return true
				}
			}
			return r.numberWithin(h.hi, 3)
		}
		if w == "from" && figure {
			return true
		}
		return false
	}
	return false
}

// tense is the time a clause speaks of.
type tense int8

const (
	tenseUnknown tense = iota
	tensePast          // "we generated", "was", "delivered"
	tenseFuture        // "will", "we expect", "plan to", "is expected"
)

// clauseTense reads the tense of the clause a period phrase stands in: the
// nearest marker of time before it in its clause, else the first within
// a few words after it ("fiscal '21 was a solid year", "Fiscal '22 sales
// are expected to").
func (r *reader) clauseTense(ref periodRef, hits []hit) tense {
	s := r.sents[r.sentenceOf(ref.lo)]
	marker := func(k int) tense {
		w := r.low(k)
		switch {
		case aheadPrepositions[w] && r.pastVerbWithin(k, 3):
			return tenseUnknown // "projects we have pulled forward into 2020": the move is done; the verb decides
		case r.is(k, wcFuture) && r.speechAfter(k):
			return tenseUnknown // "I will review the first quarter of 2021": the talk lies ahead, not the quarter
		case r.is(k, wcFuture):
			return tenseFuture
		case w == "ahead" && !strings.EqualFold(r.tok(min(k+1, len(r.toks)-1)), "of"):
			return tenseFuture // "looking ahead to 2022"; "well ahead of fiscal 2020" compares
		case r.pastVerb(k):
			return tensePast // "the goal we originally set in June", "the growth we generated in 2020"
		}
		if h := r.hitStartingAt(hits, k); h != nil && r.entry(*h).kind == eGuidance {
			if r.attainedBefore(k) {
				return tensePast // "we surpassed our growth goal in 2020": an outlook met is the past
			}
			return tenseFuture
		}
		return tenseUnknown
	}
	boundary := func(k int) bool { return r.isPunct(k, ';') || r.isPunct(k, '.') || r.isPunct(k, ':') }
	for k := ref.lo - 1; k >= max(s.lo, ref.lo-10) && !boundary(k); k-- {
		if t := marker(k); t != tenseUnknown {
			return t
		}
	}
	for k := ref.hi; k < min(s.hi, ref.hi+5) && !boundary(k) && !r.isPunct(k, ','); k++ {
		if t := marker(k); t != tenseUnknown {
			return t
		}
	}
	return tenseUnknown
}

// attainedBefore reports a verb of reaching a goal among the few words
// before the outlook word at k: "surpassed our net organic sales growth
// goal", "exceeded the high end of our guidance"; not "raised our
// guidance".
func (r *reader) attainedBefore(k int) bool {
	lo := r.sents[r.sentenceOf(k)].lo
	for q := k - 1; q >= max(lo, k-8); q-- {
		if attainedVerbs[r.low(q)] {
			return true
		}
		if r.isPunct(q, ',') || r.isPunct(q, ';') {
			return false
		}
	}
	return false
}

// pastVerbWithin reports a verb of the past among the n tokens before k.
func (r *reader) pastVerbWithin(k, n int) bool {
	// within its sentence: "… unless otherwise stated. THIRD QUARTER 2025
	// HIGHLIGHTS" names a period no verb dates
	lo := 0
	if si := r.sentenceOf(k); si >= 0 && si < len(r.sents) {
		lo = r.sents[si].lo
	}
	for q := k - 1; q >= max(lo, k-n); q-- {
		if r.pastVerb(q) {
			return true
		}
	}
	return false
}

// pastVerb reports a verb of the past at token k: "was", "delivered",
// "pulled"; not "adjusted" or "expected".
func (r *reader) pastVerb(k int) bool {
	w := r.low(k)
	return r.is(k, wcPast) || len(w) > 4 && strings.HasSuffix(w, "ed") && !r.is(k, wcNotPast) && r.toks[k].kind == tWord
}

// targetYear reports a year a target is set for, or a horizon: "by
// fiscal year 2025", "by the end of 2030", "callable through the end of
// 2022", "not until 2021".
func (r *reader) targetYear(ref periodRef) bool {
	k := ref.lo - 1
	for k > 0 && (strings.EqualFold(r.tok(k), "of") || strings.EqualFold(r.tok(k), "end") || strings.EqualFold(r.tok(k), "the")) {
		k--
	}
	if k >= 1 && (r.low(k) == "in" || r.low(k) == "for" || r.low(k) == "of") && targetNouns[r.low(k-1)] {
		return true // "our $500 million target in fiscal year 2023", "our goals for 2025"
	}
	return k >= 0 && horizonWords[r.low(k)]
}

// refEndingAt returns the period phrase whose last token is k, or nil.
// withRelative returns where a period phrase starting at token lo begins
// with the "last year's" or "the prior year" before it.
func (r *reader) withRelative(refs []periodRef, lo int) int {
	end := lo - 1
	if end >= 1 && r.possessiveAt(end-1) {
		end -= 2 // "last year's"
	}
	if p := refEndingAt(refs, end); p != nil && (p.word == pwPriorYear || p.word == pwPriorQuarter) {
		return p.lo
	}
	return lo
}

func refEndingAt(refs []periodRef, k int) *periodRef {
	for i := range refs {
		if refs[i].hi-1 == k {
			return &refs[i]
		}
	}
	return nil
}

// restOf reports "the rest of 2021", "the remainder of fiscal 2022",
// "the balance of the year", "so far in fiscal year '22".
func (r *reader) restOf(ref periodRef) bool {
	k := ref.lo - 1
	in := k >= 0 && strings.EqualFold(r.tok(k), "in")
	if k >= 0 && (strings.EqualFold(r.tok(k), "of") || in) {
		k--
	}
	if k < 0 {
		return false
	}
	switch r.low(k) {
	case "rest", "remainder", "balance":
		return !in // not "with the remainder in 2022"
	case "far", "date":
		// "so far in fiscal year '22", "to date in 2021": the year in progress
		return k > 0 && (strings.EqualFold(r.tok(k-1), "so") || strings.EqualFold(r.tok(k-1), "thus") || strings.EqualFold(r.tok(k-1), "to"))
	}
	return false
}

// namesResults reports a sentence that names the call or the results it
// presents: "Welcome to the fourth quarter 2020 earnings call", "Acme
// reports second quarter 2021 results".
func (r *reader) namesResults(si int, hits []hit) bool {
	for _, h := range hits {
		e := r.entry(h)
		if e.kind != eContext {
			continue
		}
		switch e.ctx {
		case cxCall, cxReports, cxRelease:
			return true
		case cxAnnual, cxInterim:
			// "Announcement of annual results for the year ended 31 March
			// 2025", "Half-year report 2025"; a call's "our annual report on
			// Form 10-K" names another document
			if !r.isCall() {
				return true
			}
		}
	}
	return false
}

// reviewsResults reports a period phrase that names the results a
// speaker is about to go through: "I'll review our results for the fourth
// quarter", "we will discuss our third quarter results" (85 of 86 such
// phrases in the 1,132 calls name the call's own quarter).
func (r *reader) reviewsResults(ref periodRef) bool {
	if quarterOf(ref.word) == 0 && ref.word != pwThisQuarter {
		return false
	}
	k := ref.lo - 1
	if k >= 0 && (r.low(k) == "the" || r.low(k) == "our") {
		k--
	}
	after := ref.hi
	if after < len(r.toks) && (r.low(after) == "financial" || r.low(after) == "operating") {
		after++
	}
	if after < len(r.toks) && reviewedWords[r.low(after)] {
		// "review our fourth quarter results"
		return k >= 0 && reviewingWords[r.low(k)]
	}
	// "review our results for the fourth quarter"
	if k < 2 || r.low(k) != "for" && r.low(k) != "of" || !reviewedWords[r.low(k-1)] {
		return false
	}
	k -= 2
	if k >= 0 && (r.low(k) == "financial" || r.low(k) == "operating") {
		k--
	}
	if k >= 0 && (r.low(k) == "the" || r.low(k) == "our") {
		k--
	}
	return k >= 0 && reviewingWords[r.low(k)]
}

// callResultsAt reports a period phrase that names the results a call
// presents, wherever the sentence stands: "We appreciate you joining
// today's call to discuss our first quarter 2021 results".
func (r *reader) callResultsAt(ref periodRef) bool {
	if ref.year == 0 || ref.hi >= len(r.toks) || ref.lo == 0 || r.low(ref.lo-1) != "our" {
		return false
	}
	switch r.low(ref.hi) {
	case "slide", "slides", "presentation", "deck":
		return true // "in our third quarter fiscal year 2021 slides": the call's own
	case "results":
	default:
		return false
	}
	s := r.sents[r.sentenceOf(ref.lo)]
	for k := s.lo; k < ref.lo; k++ {
		if w := r.low(k); w == "call" || w == "webcast" {
			return true // "today's call to discuss", "this call covers"
		}
	}
	return false
}

// kindOf returns the quarter number of a quarter word (1-4), else 0.
func quarterOf(w periodWord) int {
	if w >= pwQ1 && w <= pwQ4 {
		return int(w-pwQ1) + 1
	}
	return 0
}

// endMonthOf is the month of the fiscal year a kind of period ends in, 1
// to 12 (3 for a first quarter or a first quarter's end, 12 for the year).
func endMonthOf(w periodWord) int {
	switch w {
	case pwQ1, pwQ2, pwQ3, pwQ4:
		return 3 * quarterOf(w)
	case pwH1:
		return 6
	case pwNineMonths:
		return 9
	}
	return 12
}

// voteKind chooses the kind of period the document reports. isCall says
// the text is a call's transcript, which reports a quarter.
func voteKind(clues []periodClue, isCall, halfYearly bool) periodWord {
	votes := map[periodWord]float64{}
	titled := map[periodWord]bool{}  // kinds a title or a headline names
	inTitle := map[periodWord]bool{} // kinds the first sentence names
	for _, c := range clues {
		w := c.word
		weight := c.weight
		switch c.role {
		case clueOwn, clueEnded: // "the six months ended June 30, 2024"
			if c.headline {
				weight *= 4 // "Welcome to Acme's second quarter 2021 earnings call"
				titled[w] = true
			}
			if c.title {
				inTitle[w] = true
			}
		case clueCompared:
			// "compared with the first quarter" is as often last quarter as
			// last year's; "compared with the first quarter of 2020" is the
			// same kind a year or two back, as often as an own clue is own
			// (0.83 of 2,382 in the dev calls)
			if c.year == 0 {
				weight *= 0.25
			}
		case clueAhead:
			// "for the third quarter, we expect": the quarter before it
			if n := quarterOf(w); n > 0 {
				w, weight = pwQ1+periodWord((n+2)%4), weight*0.5
			} else {
				continue
			}
		default:
			continue
		}
		switch w {
		case pwQ1, pwQ2, pwQ3, pwQ4, pwH1, pwNineMonths:
		case pwH2:
			if c.year == 0 {
				weight *= 0.3 // "the second half" is mostly an outlook
			}
		case pwFullYear:
			weight *= 0.5
		default:
			continue
		}
		votes[w] += weight
	}
	best, bestVote := pwNone, 0.0
	for _, w := range []periodWord{pwQ1, pwQ2, pwQ3, pwQ4, pwH1, pwH2, pwNineMonths, pwFullYear} {
		if v := votes[w]; v > bestVote {
			best, bestVote = w, v
		}
	}
	if !isCall && len(inTitle) == 1 {
		// a release or a report whose title names its half, nine months or
		// year alone ("Record order intake … in fiscal year 2025") reports
		// that period, however much it says of the quarter that closes it
		for w := range inTitle {
			if w == pwH1 || w == pwNineMonths || w == pwFullYear {
				return w
			}
		}
	}
	// a report of a quarter discusses the half, nine months or year it
	// closes too (a fifth as often will do: a half-year's report speaks
	// little of its second quarter); a call reports a quarter
	// a report titled by its half or nine months ("Results for the first
	// nine months of 2025") that names the quarter it closes in passing
	// ("In the third quarter alone") is the longer period's
	if closing := map[periodWord]periodWord{pwH1: pwQ2, pwNineMonths: pwQ3, pwFullYear: pwQ4}[best]; closing != pwNone {
		share := 0.2
		if !isCall && titled[best] && !titled[closing] {
			share = 0.5
		}
		if votes[closing] >= share*bestVote {
			return closing
		}
	}
	if best == pwFullYear || isCall && quarterOf(best) == 0 {
		q, qv := pwNone, 0.0
		for _, w := range []periodWord{pwQ1, pwQ2, pwQ3, pwQ4} {
			if votes[w] > qv {
				q, qv = w, votes[w]
			}
		}
		switch {
		case q != pwNone && (isCall || qv >= 0.4*bestVote):
			best = q
		case isCall && !(halfYearly && onlyHalves(votes)):
			// a call on its half year or its year ("the first half",
			// "fiscal 2021") is the call on the quarter that closes it
			best = map[periodWord]periodWord{pwH1: pwQ2, pwH2: pwQ4, pwNineMonths: pwQ3, pwFullYear: pwQ4}[best]
		}
	}
	return best
}

// onlyHalves reports votes for halves and none for a quarter: with a
// text that speaks of half-year results (halfYearly), a company that
// reports twice a year, on whose "half year results" call the half is
// the period, not a quarter closing it.
func onlyHalves(votes map[periodWord]float64) bool {
	return votes[pwQ1]+votes[pwQ2]+votes[pwQ3]+votes[pwQ4] == 0 && votes[pwH1]+votes[pwH2] > 0
}

// halfYearWords are a text's words for half-year results: "Half Year
// Results 2025", "our interim results", "In the half, we paid".
var halfYearWords = []string{"half year", "half-year", "interim results", "interim report", "interim period", "in the half", "for the half", "over the half", "during the half"}

// halfYearly reports a text that speaks of half-year results. (Plain
// searches of the lower-cased text: a case-blind regexp with word
// boundaries took half of Facet's time on a long text.)
func (r *reader) halfYearly() bool {
	for _, w := range halfYearWords {
		for off := 0; ; {
			i := strings.Index(r.lower[off:], w)
			if i < 0 {
				break
			}
			at, end := off+i, off+i+len(w)
			if wordBounded(r.lower, at, end) {
				return true
			}
			off = end
		}
	}
	return false
}

// reading is what one clue says of the document's year, and of what
// kind the clue is, which fixes its weight (see yearWeights).
type reading uint8

const (
	ownHeadline      reading = iota // "Welcome to Acme's second quarter 2021 earnings call"
	ownSameYear                     // "the second quarter of 2021" in a second quarter's report
	ownYearOfYear                   // "full year 2021" in a fourth quarter's or a year's report
	ownClosing                      // "the first three quarters of 2021" in a third quarter's: the part that ends with it
	ownPastYear                     // "a record year in 2020", spoken of in the past
	ownEarlierPart                  // "the first quarter of 2021" in a second quarter's
	ownLaterPart                    // "the fourth quarter of 2020" in a first quarter's: last year's
	ownBareYear                     // "in 2021"
	comparedSame                    // "compared with the second quarter of 2020": the year after
	comparedOther                   // "compared with the fourth quarter of 2020"
	comparedYear                    // "up 40% on 2019": after it, by one year or two
	sinceYear                       // "the best since 2016"
	aheadYear                       // "for fiscal 2022, we expect"
	aheadNextQuarter                // "for the third quarter, we expect" in a second quarter's
	aheadOther                      // another quarter or half ahead
	aheadBareYear                   // "in 2022 we will"
	aheadInto                       // "into 2022", "as we look ahead to fiscal '23": the next year
	restOfYear                      // "for the rest of 2021"
	endedOn                         // "the quarter ended September 30, 2021"
	datedOn                         // a day: the call's, "as of June 30, 2021"
	annualReport                    // "our 2020 Annual Report on Form 10-K" in an earlier quarter's call: the year after
	yearEndBefore                   // "since year-end 2020" in an earlier quarter's call: the year after
	yearEndOwn                      // "at the end of 2021" in a fourth quarter's
	comparedDay                     // "up $64 million from December 31, 2019": the last year end or the period's a year back
	numReadings
)

// yearWeights is how much each kind of reading counts, per clue (twice
// that beside figures). They were fitted on the 1,132 calls of the dev
// corpus, scored by their own quarter (scripts/fit-period.py: a softmax
// over each call's candidate years, then a search for the most calls
// right; fitted on half the calls, the weights read the other half as
// well, 0.89 to 0.91) and rounded. The outlook for the next quarter, the
// rest of the year, the day the period ended count most; a comparative
// little, since calls compare with two years back as often as one.
var yearWeights = [numReadings]float64{
	ownHeadline:      10, // set, not fitted (the calls of the corpus have no titles): a title outweighs the rest
	ownSameYear:      0.5,
	ownYearOfYear:    0.5,
	ownClosing:       0.65,
	ownPastYear:      0.45,
	ownEarlierPart:   0.3,
	ownLaterPart:     0.5,
	ownBareYear:      0.1,
	comparedSame:     0.15,
	comparedOther:    0,
	comparedYear:     0, // a bound only: two years back as often as one
	sinceYear:        0, // a bound only
	aheadYear:        0.6,
	aheadNextQuarter: 1,
	aheadOther:       0.7,
	aheadBareYear:    0.9,
	aheadInto:        1.5,
	restOfYear:       3,
	endedOn:          4,
	datedOn:          1,
	annualReport:     2, // set, not fitted: the last annual report filed is last year's in every earlier quarter's call of the corpus (20 of 20)
	yearEndBefore:    0.5,
	yearEndOwn:       0.3,
	comparedDay:      1,
}

var readingNames = [numReadings]string{
	"ownHeadline", "ownSameYear", "ownYearOfYear", "ownClosing", "ownPastYear", "ownEarlierPart", "ownLaterPart", "ownBareYear", "comparedSame",
	"comparedOther", "comparedYear", "sinceYear", "aheadYear", "aheadNextQuarter", "aheadOther",
	"aheadBareYear", "aheadInto", "restOfYear", "endedOn", "datedOn", "annualReport", "yearEndBefore", "yearEndOwn",
	"comparedDay",
}

// yearReading is one clue read as evidence of the document's year.
type yearReading struct {
	kind   reading
	year   int
	weight float64 // the clue's: 2 beside figures, else 1
	bounds bool    // a comparative that puts the document after year-1
}

// readYears reads, for a document about a period of kind w, the fiscal
// year each clue says the document reports. fye is the fiscal year end
// the text fixes, 0 when unknown.
func readYears(clues []periodClue, w periodWord, fye time.Month) []yearReading {
	var out []yearReading
	end := endMonthOf(w) // where in its fiscal year the document's period ends
	current := currentOutlookYear(clues)
	for _, c := range clues {
		if y, k, ok := readYear(c, w, end, current, fye); ok {
			yr := yearReading{kind: k, year: y, weight: c.weight}
			// "better than 2021" in an outlook bounds nothing, nor "2021 and
			// 2020" a list, nor a year a quarter is compared with ("higher
			// than our 2020 annual cost of capital")
			yr.bounds = (k == comparedSame || k == comparedOther || k == comparedYear && end == 12) && !c.outlook && !c.listed
			if k == datedOn {
				yr.weight = 1
			}
			out = append(out, yr)
		}
	}
	// the same kind of period in two years, each spoken of as the
	// document's ("$400 million for the first nine months of 2021 … $667
	// million for the first nine months of 2020"): the later is the
	// document's, the earlier its comparative
	later := map[reading]map[int]bool{}
	for _, yr := range out {
		if yr.kind == ownSameYear || yr.kind == ownClosing {
			if later[yr.kind] == nil {
				later[yr.kind] = map[int]bool{}
			}
			later[yr.kind][yr.year] = true
		}
	}
	for i, yr := range out {
		if later[yr.kind][yr.year+1] {
			out[i].kind, out[i].year = comparedSame, yr.year+1
		}
	}
	return out
}

// readYear reads one clue: the year it says the document reports, and
// what kind of reading that is.
func readYear(c periodClue, w periodWord, end, current int, fye time.Month) (int, reading, bool) {
	if c.report {
		if y := max(c.year, c.date.Year); y != 0 && end < 12 {
			return y + 1, annualReport, true
		}
		return 0, 0, false // a fourth quarter's call names the year it closes as often as the one before
	}
	switch c.role {
	case clueEnded:
		if c.word != pwThisQuarter && c.word != w && !(c.word == pwFullYear && w == pwQ4) {
			// "the fiscal year ending January 31, 2022" in an earlier
			// quarter's call: retailers name that year 2021, others 2022;
			// in the fourth quarter's, the year ends with the quarter
			return 0, 0, false
		}
		y, ok := yearOfDay(c, w, fye)
		return y, endedOn, ok
	case clueDated:
		if c.compared {
			y, ok := yearAfterDay(c.date, w, fye)
			return y, comparedDay, ok
		}
		y, ok := yearOfDay(c, w, fye)
		return y, datedOn, ok
	}
	y := c.year
	if y == 0 {
		return 0, 0, false
	}
	word := c.word
	if c.yearEnd {
		switch {
		case c.role == clueAhead:
			word = pwFullYear // "we expect leverage of 2.5 times at the end of 2021": the year ahead's end
		case c.role == clueCompared || c.role == clueSince || c.role == clueOwn && c.past && end < 12:
			// "debt has declined $225 million since year-end 2020", "at
			// the end of 2020, cash was" in an earlier quarter's call: the
			// year after
			return y + 1, yearEndBefore, true
		case c.role == clueOwn && end == 12:
			return y, yearEndOwn, true // "at year-end 2021, cash was" in a fourth quarter's
		default:
			return 0, 0, false // "a year-end 2021 unemployment rate of 6%": an assumption's date
		}
	}
	if c.rest && (word == pwYear || word == pwFullYear) {
		if end == 12 {
			y-- // "the rest of 2022" in a fourth quarter's call: next year's
		}
		return y, restOfYear, true // "for the rest of 2021": the year in progress
	}
	switch {
	case word == pwThisQuarter:
		word = w // "the quarter ended June 30, 2020", compared with: the same kind a year back
	case word == pwYear && c.outlook && (c.weight > 1 || c.guided):
		word = pwFullYear // "we expect capital expenditure of $1.2 billion in 2022", "our outlook for 2021"
	}
	cend := endMonthOf(word)
	same := word == w
	switch c.role {
	case clueOwn:
		switch {
		case same && c.headline:
			return y, ownHeadline, true
		case same:
			return y, ownSameYear, true
		case word == pwYear && c.past && end < 12:
			// "a record year in 2020": last year's as often as this year's,
			// in an earlier quarter's call
			return 0, 0, false
		case word == pwYear && c.past:
			return y, ownPastYear, true
		case word == pwYear:
			return y, ownBareYear, true // "in 2021": this year, most likely
		case cend == end && word != pwFullYear && c.headline:
			return y, ownHeadline, true // "the results for the second quarter and first half of 2025"
		case cend == end && word != pwFullYear:
			return y, ownClosing, true // "the first three quarters of 2021" in a third quarter's
		case word == pwFullYear && w != pwFullYear && w != pwQ4:
			return 0, 0, false // "fiscal 2021 is off to a good start" or last year's results: either
		case word == pwFullYear:
			return y, ownYearOfYear, true // "our fourth quarter and full year 2021 results"
		case cend > end && end <= 3:
			return y + 1, ownLaterPart, true // "the fourth quarter of 2020" in a first quarter's call: last year's
		case cend > end:
			return y, ownLaterPart, true // "the second half of 2021" in a second quarter's: this year's, mostly ahead
		case end == 12:
			return 0, 0, false // "the first quarter of 2022" in a fourth quarter's call: this year's or next year's
		default:
			return y, ownEarlierPart, true
		}
	case clueCompared, clueSince:
		// the first period of the document's kind after the one compared with
		if same || cend >= end || word == pwYear {
			y++
		}
		switch {
		case c.role == clueSince:
			return y, sinceYear, true
		case word == pwYear || word == pwFullYear && !same:
			return y, comparedYear, true // "up 40% compared to 2019", two years back as often as one
		case same:
			return y, comparedSame, true
		default:
			return y, comparedOther, true
		}
	case clueAhead:
		if (word == pwYear || word == pwFullYear && end == 12) && current != 0 && y > current+1 {
			return 0, 0, false // a target beyond the year guided: "our fiscal '25 targets"
		}
		if c.into && (word == pwYear || word == pwFullYear) {
			if end <= 3 {
				// "carrying our momentum into 2021" in a first quarter's call:
				// the year just entered as often as the next (18 to 10 of 31
				// in the dev calls): no reading
				return 0, 0, false
			}
			return y - 1, aheadInto, true
		}
		// the last period of the document's kind before the one ahead;
		// a bare year ahead ("into 2022") is the next one
		switch {
		case word == pwYear && end <= 3:
			// "credit losses in 2021 will be flat" in the first quarter's
			// call: the year in progress; in the second quarter's, this year
			// or the next as often (no reading); later, mostly the next
		case word == pwYear && end == 6:
			return 0, 0, false
		case cend <= end || word == pwYear:
			y--
		case word == pwFullYear && current != 0 && y > current:
			// the year in progress is the earliest one guided; a later
			// one is next year's, or a long-range target
			y = current
		}
		switch {
		case word == pwFullYear:
			return y, aheadYear, true
		case word == pwYear:
			return y, aheadBareYear, true
		case quarterOf(word) > 0 && quarterOf(w) > 0 && quarterOf(word) == quarterOf(w)%4+1:
			return y, aheadNextQuarter, true // "for the third quarter, we expect"
		default:
			return y, aheadOther, true
		}
	}
	return 0, 0, false
}

// yearVotes weighs the readings into votes per year. A document reports a
// later period than any it compares with in earnest (twice, or once
// beside figures), so the years before the year after the latest such
// keep a quarter of their weight.
func yearVotes(rs []yearReading) map[int]float64 {
	bound := map[int]float64{}
	for _, r := range rs {
		if r.bounds {
			bound[r.year] += r.weight
		}
	}
	low := 0
	for y, w := range bound {
		if w >= 2 && y > low {
			low = y
		}
	}
	votes := map[int]float64{}
	for _, r := range rs {
		v := yearWeights[r.kind] * r.weight
		if r.year < low {
			v *= boundDiscount
		}
		votes[r.year] += v
	}
	return votes
}

// currentOutlookYear returns the earliest fiscal year a document guides
// with some weight: the year in progress, when a call gives this year's
// outlook and next year's too; in a fourth quarter's call, next year's.
// 0 when none.
func currentOutlookYear(clues []periodClue) int {
	weights, named := map[int]float64{}, map[int]float64{}
	for _, c := range clues {
		if c.role == clueAhead && c.year != 0 && (c.word == pwFullYear || c.word == pwYear && c.outlook) {
			weights[c.year] += c.weight
			if c.named {
				named[c.year] += c.weight // "our 2021 guidance"
			}
		}
	}
	// of the years an outlook names ("our updated full-year '21 outlook",
	// "For fiscal 2022, we expect") if any, else of all: the year guided
	// most, or the one before it when that is guided too. A stray earlier
	// year ("from $474 billion in 2020") is no outlook, nor a year a
	// guidance sentence merely mentions ("members will be in four-star
	// plans for 2023"); of two guided as much, the one an outlook names
	// more, else the earlier. An unnamed year must be guided twice.
	top, topWeight := 0, 0.0
	for y, w := range weights {
		if named[y] > 0 != (named[top] > 0) && top != 0 {
			if named[y] > 0 {
				top, topWeight = y, w
			}
			continue
		}
		if w > topWeight || w == topWeight && (named[y] > named[top] || named[y] == named[top] && y < top) {
			top, topWeight = y, w
		}
	}
	if topWeight < 2 && named[top] == 0 {
		return 0
	}
	if weights[top-1] >= 2 {
		return top - 1
	}
	return top
}

// yearOfDay reads the fiscal year a day says the document reports: a
// quarter that ended that day is the document's own (its month fixes the
// fiscal year end when the text does not); a day that dates the document
// follows the end of its period by at most a hundred days.
func yearOfDay(c periodClue, w periodWord, fye time.Month) (int, bool) {
	d := c.date
	if d.Year == 0 {
		return 0, false
	}
	n := quarterOf(w)
	if c.role == clueEnded {
		if fye == 0 && (n > 0 || w == pwH1 || w == pwNineMonths) && (c.word == pwThisQuarter || c.word == w) {
			// the document's quarter, half or nine months ended that day:
			// its month fixes the year's end
			fye = time.Month((int(weekYearMonth(d))-1+monthsLeft(w))%12 + 1)
		}
		// a period ends at most a week into the month after its year's (a
		// year of 52 or 53 weeks): a week earlier is in the same year
		return Calendar{FiscalYearEnd: fye}.FiscalYearOf(d.AddDays(-7)), true
	}
	cal := Calendar{FiscalYearEnd: fye}
	var of func(fy int) Period
	switch w {
	case pwQ1, pwQ2, pwQ3, pwQ4:
		of = func(fy int) Period { return cal.Quarter(fy, n) }
	case pwH1:
		of = func(fy int) Period { return cal.Half(fy, 1) }
	case pwNineMonths:
		of = cal.NineMonths
	case pwFullYear:
		of = cal.FiscalYear
	default:
		return 0, false
	}
	for fy := d.Year + 1; fy >= d.Year-1; fy-- {
		p := of(fy)
		if days := int(d.time().Sub(p.End.time()).Hours() / 24); days >= 0 && days <= 100 {
			return fy, true
		}
	}
	return 0, false
}

// yearAfterDay reads the fiscal year a day a figure is compared with says
// the document reports: a balance is set against the last fiscal year's
// end or against the end of the same period a year back, both in the
// year before the document's. Another day (the quarter before, a day of
// the year before last) says nothing, nor a year end in a fourth
// quarter's call, which sets what followed against its own ("book value
// ended January down 3% compared to December 31, 2021").
func yearAfterDay(d Date, w periodWord, fye time.Month) (int, bool) {
	if d.Year == 0 || d.Day != 0 && d.Day < 28 || endMonthOf(w) == 12 {
		return 0, false
	}
	cal := Calendar{FiscalYearEnd: fye}
	fy := cal.FiscalYearOf(d)
	if d.Month == cal.fye() {
		return fy + 1, true
	}
	if n := quarterOf(w); n > 0 && cal.Quarter(fy, n).End.Month == d.Month {
		return fy + 1, true
	}
	return 0, false
}

// readPeriod finds the period the document reports and, when the text
// states it, the month its fiscal year ends.
func (r *reader) readPeriod() periodVerdict {
	clues := r.readPeriodClues()
	fye := r.statedFiscalYearEnd()
	isCall := r.isCall()
	v := periodVerdict{word: voteKind(clues, isCall, isCall && r.halfYearly()), fye: fye}
	hintWord, hintYear := periodFromFileName(r.doc.Name)
	if v.word == pwNone {
		v.word = hintWord
	}
	if v.word == pwNone {
		v.word = pwFullYear
	}
	readings := readYears(clues, v.word, fye)
	votes := yearVotes(readings)
	fromText := len(votes) > 0
	if hintYear != 0 && hintWord == v.word {
		votes[hintYear] += weightFileName // "AAN_q1_2021.txt": weak, the name may be anyone's
	}
	v.year, v.doubt = pickVotedYear(votes, v.word)
	v.guessed = !fromText // no year in the text: the file's name or, failing it, the day Facet runs
	if v.year == 0 {
		// no reading says it: the latest year the text speaks of in the
		// past, a guess a person should check
		if y := latestPastYear(clues); y != 0 {
			v.year = y
			v.doubt = fmt.Sprintf("no period in the text names the document's year; read as %d, the latest year it speaks of", y)
		} else if y := r.earliestYearAhead(clues); y != 0 {
			v.year = y
			v.doubt = fmt.Sprintf("no period in the text names the document's year; read as %d, from the years it looks ahead to", y)
		}
	}
	if v.fye == 0 {
		v.fye = r.endedFiscalYearEnd(clues, v.word)
		if v.fye != 0 && fromText {
			// the days that fixed the year's end date the call too:
			// "Wednesday, September 3, 2025" in a year ending in April is
			// fiscal 2026's first quarter, not calendar 2025's third
			if y, doubt := pickVotedYear(yearVotes(readYears(clues, v.word, v.fye)), v.word); y != 0 {
				v.year, v.doubt = y, doubt
			}
		}
	}
	if (v.fye == time.January || v.fye == time.February) && v.word != pwFullYear && v.word != pwYear {
		if y, ok := r.namesYearsForStart(clues, v); ok {
			v.year, v.startNamed = y, true
		}
	}
	retail := v.fye == time.January || v.fye == time.February
	if !v.startNamed && v.fye != 0 && v.fye != time.December && !(retail && (v.word == pwFullYear || v.word == pwYear)) && fromText && r.startNamedYears() {
		// the text pairs its years' names with ends a year later ("“fiscal
		// 2024” refers to the fiscal year from April 1, 2024 to March 31,
		// 2025", as Japanese companies may): its names are read a year on
		// to vote with its days, and the year so voted is named for its
		// start (a retailer's year ending in January or February is read
		// above when a sentence dates its own period, here when the text
		// says so in so many words: "Our fiscal 2025 runs from February
		// 1, 2025, to January 31, 2026"; a retailer's annual report
		// keeps its years named for their ends and reads its tables' heads
		// a year on)
		shifted := make([]periodClue, len(clues))
		for i, c := range clues {
			if c.year != 0 && c.role != clueEnded && c.role != clueDated {
				c.year++
			}
			shifted[i] = c
		}
		if y, doubt := pickVotedYear(yearVotes(readYears(shifted, v.word, v.fye)), v.word); y != 0 {
			v.year, v.doubt, v.startNamed = y-1, doubt, true
		}
	}
	return v
}

// namesYearsForStart reports a company whose fiscal years, ending in
// January or February, are named for the year they start in: a sentence
// dates its own period ("the thirteen weeks ended November 1, 2025") a
// year after the one it names ("(third quarter) of fiscal 2025"), which
// a year named for its end would have ended in October 2024. It
// returns the year so named. An annual report, which names years for
// both ends in its comparisons, keeps its years named for their ends;
// its tables' heads are read a year on (startNamedYears).
func (r *reader) namesYearsForStart(clues []periodClue, v periodVerdict) (int, bool) {
	endNamed := Calendar{FiscalYearEnd: v.fye}
	year, start, end := 0, 0, 0
	for _, e := range clues {
		if e.role != clueEnded || e.date.Year == 0 || e.word != v.word && e.word != pwThisQuarter {
			continue
		}
		ye := endNamed.FiscalYearOf(closingMonthEnd(e.date)) // "November 1" closes October
		si := r.sentenceOf(e.lo)
		// the name the same sentence gives it: "… (third quarter) of
		// fiscal 2025", "the fiscal year ended January 31, 2025 (fiscal
		// 2025)"
		for _, n := range clues {
			if n.lo == e.lo || n.year == 0 || n.role == clueEnded || n.word != v.word && n.word != pwFullYear || r.sentenceOf(n.lo) != si {
				continue
			}
			switch n.year {
			case ye - 1:
				start++
				year = ye - 1
			case ye:
				end++
			}
		}
	}
	return year, start > 0 && start > end
}

// annualReportAfter reports the name of an annual report at token k:
// "2020 Annual Report", "2020 Form 10-K", "2020 10-K".
func (r *reader) annualReportAfter(k int) bool {
	if k < len(r.toks) && r.low(k) == "annual" && k+1 < len(r.toks) && r.low(k+1) == "report" {
		return true
	}
	if k < len(r.toks) && r.low(k) == "form" {
		k++
	}
	return r.tenK(k)
}

// tenK reports "10-K" written from token k on.
func (r *reader) tenK(k int) bool {
	return k >= 0 && k+2 < len(r.toks) && r.low(k) == "10" && r.isPunct(k+1, '-') && r.low(k+2) == "k"
}

// annualReportBefore reports "10-K for" right before token k: "our Form
// 10-K for the year ended December 31, 2020".
func (r *reader) annualReportBefore(k int) bool {
	for q := k - 3; q >= max(0, k-6); q-- {
		if r.tenK(q) {
			return true
		}
	}
	return false
}

// latestPastYear returns the latest year a clue speaks of as the
// document's or the past (a comparative's year after), 0 when none.
func latestPastYear(clues []periodClue) int {
	y := 0
	for _, c := range clues {
		switch {
		case c.year == 0 || c.role == clueAhead || c.role == clueTarget:
		case c.role == clueCompared || c.role == clueSince:
			y = max(y, c.year+1)
		default:
			y = max(y, c.year)
		}
	}
	return y
}

// goesInto reports a year phrase the text goes into: "into 2022",
// "entering fiscal 2022", "as we look ahead to fiscal '23", "as we move
// to 2022".
func (r *reader) goesInto(ref periodRef) bool {
	k := ref.lo - 1
	if k >= 0 && r.low(k) == "fiscal" {
		k--
	}
	if k < 0 {
		return false
	}
	if intoWords[r.low(k)] {
		// "the pace of growth coming into 2021" looks back on the year's
		// start, where "heading into 2022" looks ahead
		return !(r.low(k) == "into" && k > 0 && r.low(k-1) == "coming")
	}
	if (r.low(k) == "toward" || r.low(k) == "towards") && k > 0 && goingWords[r.low(k-1)] {
		return true // "as we move toward fiscal 2022"
	}
	if r.low(k) == "to" && k > 1 && r.low(k-1) == "on" && r.low(k-2) == "move" {
		return true // "many can't wait to move on to 2021"
	}
	return r.low(k) == "to" && k > 0 && (r.low(k-1) == "ahead" || r.low(k-1) == "forward" || r.low(k-1) == "move" || r.low(k-1) == "transition")
}

// laterThanAheadBefore reports a period phrase before ref in its sentence
// that looks ahead to an earlier year: "next year", "in 2021 and well
// into 2022".
func (r *reader) laterThanAheadBefore(ref periodRef, s sentence) bool {
	for _, p := range r.sentRefs(r.sentenceOf(ref.lo)) {
		if p.hi > ref.lo || p.lo < s.lo {
			continue
		}
		if p.word == pwNextYear || p.year != 0 && p.year < ref.year && (p.word == pwYear || p.word == pwFullYear) {
			return true
		}
	}
	return false
}

// nextYearBefore reports "next year" before ref in its sentence: a
// year written after it ("opening early next year and continuing into
// 2024") lies beyond the year ahead.
func (r *reader) nextYearBefore(ref periodRef, s sentence) bool {
	for _, p := range r.sentRefs(r.sentenceOf(ref.lo)) {
		if p.hi <= ref.lo && p.lo >= s.lo && p.word == pwNextYear {
			return true
		}
	}
	return false
}

// timeInto reports a span of time into a year: "six months into fiscal
// 2021", "two quarters into the year".
func (r *reader) timeInto(ref periodRef) bool {
	k := ref.lo - 1
	if k >= 0 && r.low(k) == "fiscal" {
		k--
	}
	if k < 1 || r.low(k) != "into" {
		return false
	}
	switch r.low(k - 1) {
	case "months", "weeks", "days", "quarters", "way", "halfway", "date":
		return true
	}
	return false
}

// earliestYearAhead returns the earliest year a clue looks ahead to, as
// the document's: a year the text goes "into" or "enters" is the next
// one ("momentum into 2022"), 0 when none.
func (r *reader) earliestYearAhead(clues []periodClue) int {
	y := 0
	for _, c := range clues {
		if c.year == 0 || c.role != clueAhead {
			continue
		}
		cy := c.year
		if c.lo > 0 && intoWords[r.low(c.lo-1)] {
			cy--
		}
		if y == 0 || cy < y {
			y = cy
		}
	}
	return y
}

// pickVotedYear takes the year with the most weight; a close second makes
// the choice doubtful, and the doubt says why.
func pickVotedYear(votes map[int]float64, w periodWord) (int, string) {
	years := make([]int, 0, len(votes))
	total := 0.0
	for y, v := range votes {
		if v > 0 {
			years = append(years, y)
			total += v
		}
	}
	if len(years) == 0 {
		return 0, ""
	}
	sort.Slice(years, func(i, j int) bool {
		if votes[years[i]] != votes[years[j]] {
			return votes[years[i]] > votes[years[j]]
		}
		return years[i] > years[j] // a tie goes to the later year
	})
	best := years[0]
	if len(years) > 1 && votes[years[1]] > 0.6*votes[best] {
		return best, fmt.Sprintf("the text's periods point to %d (%.0f%% of the evidence) and to %d (%.0f%%): check the document's period",
			best, 100*votes[best]/total, years[1], 100*votes[years[1]]/total)
	}
	return best, ""
}

// statedFiscalYearEnd reads "fiscal year ending January 31": the month
// the text says the fiscal year ends, 0 when it does not.
func (r *reader) statedFiscalYearEnd() time.Month {
	var fye time.Month
	for _, h := range r.hits {
		if e := r.entry(h); e.kind != eContext || e.ctx != cxFYEnd {
			continue
		}
		for k := h.hi; k < min(h.hi+3, len(r.toks)); k++ {
			if d, ok := r.dateAt(k, min(len(r.toks), k+5)); ok {
				fye = weekYearMonth(d.date) // "ending February 1, 2026": a 52/53-week year of January
				break
			}
			if m := r.monthNamed(k); m != 0 {
				fye = m
			}
		}
	}
	if fye != 0 || !r.splitYear {
		return fye
	}
	// "the first nine months of the 2025/2026 financial year (April 1 to
	// December 31, 2025)": a year over two calendar years ends where its
	// dated range began
	for si := range r.sents {
		s := r.sents[si]
		for _, ref := range r.writtenRefs(si) {
			if ref.hasDate && ref.date.Year == 0 && ref.word == pwNone && ref.hi+1 < s.hi &&
				(strings.EqualFold(r.tok(ref.hi), "to") || strings.EqualFold(r.tok(ref.hi), "through")) && ref.date.Day == 1 {
				if d, ok := r.dateAt(ref.hi+1, s.hi); ok && d.date.Year > 0 {
					return time.Month((int(ref.date.Month)+10)%12 + 1)
				}
			}
		}
	}
	return 0
}

// endedFiscalYearEnd reads the fiscal year end from the days the
// document's periods end: "the fourth quarter … ended October 31" (said
// twice, or once with its year) ends a year in October; a split year's
// half or nine months ending on a day fixes it too.
func (r *reader) endedFiscalYearEnd(clues []periodClue, w periodWord) time.Month {
	votes := map[time.Month]int{}
	var latest Date
	for _, c := range clues {
		if c.role == clueEnded && c.word != pwFullYear && c.word != pwYear {
			// a period's end; a year's ("the year ended December 31,
			// 2020") is counted apart, below
			m := weekYearMonth(c.date)
			votes[m]++
			if c.date.Year > 0 {
				votes[m]++
			}
		}
	}
	if quarterOf(w) > 0 {
		for _, m := range r.monthsEndedWith() {
			votes[m]++
		}
	}
	for si := range r.sents {
		for _, ref := range r.writtenRefs(si) {
			if ref.hasDate && ref.date.Year > 0 && (ref.isInstant() || ref.word != pwNone) && latest.Before(ref.date) {
				latest = ref.date // "as of March 31, 2026", "six months ended …"
			}
		}
	}
	if r.splitYear && !latest.IsZero() {
		return time.Month((int(latest.Month)-1+monthsLeft(w))%12 + 1)
	}
	// once without its year will do in a text that speaks of fiscal
	// years: "fiscal 2025 fourth quarter … the quarter ended October 31"
	fiscal := r.fiscalSpoken()
	need := 2
	if fiscal {
		need = 1
	}
	var ended time.Month
	for m := time.January; m <= time.December; m++ { // in order: a tie goes the same way every run
		if v := votes[m]; v >= need && (ended == 0 || v > votes[ended]) {
			ended = m
		}
	}
	if n := quarterOf(w); ended != 0 && n > 0 {
		return time.Month((int(ended)-1+3*(4-n))%12 + 1)
	}
	if ended == 0 && fiscal {
		// "Fiscal 2025 ended on October 31", "fiscal 2024, which ended
		// September 28, 2024": the fiscal year's own last day
		for si := range r.sents {
			refs := r.writtenRefs(si)
			for k, ref := range refs {
				if ref.word != pwFullYear {
					continue
				}
				if ref.hasDate && ref.date.Month > 0 && ref.date.Day > 0 {
					return weekYearMonth(ref.date)
				}
				// the day read apart: "fiscal 2024, which ended September 28"
				if k+1 < len(refs) && refs[k+1].hasDate && refs[k+1].date.Day > 0 && refs[k+1].lo-ref.hi <= 4 && r.endedBetween(ref.hi, refs[k+1].lo+1) {
					return weekYearMonth(refs[k+1].date)
				}
			}
		}
	}
	if ended != 0 && (w == pwH1 || w == pwNineMonths) {
		// "Interim results for the six months ended 30 September 2025": a
		// year that ends in March
		return time.Month((int(ended)-1+monthsLeft(w))%12 + 1)
	}
	if n := quarterOf(w); n > 0 && n < 4 {
		if m := r.balanceYearEnd(n); m != 0 {
			return m
		}
	}
	// a report of a year: the month its year ends in, when the text says
	// "the year ended 30 June 2019" twice at least, or in its title
	yearEnded := map[time.Month]int{}
	for _, c := range clues {
		if c.role == clueEnded && (c.word == pwFullYear || c.word == pwYear) && c.date.Year > 0 {
			yearEnded[weekYearMonth(c.date)]++
			if c.headline {
				// the title's "Annual results for the year ended 31 March
				// 2025" says it once for all
				yearEnded[weekYearMonth(c.date)]++
			}
		}
	}
	if w == pwFullYear || w == pwYear {
		for m := time.January; m <= time.December; m++ {
			if yearEnded[m] >= 2 && yearEnded[m] == maxCount(yearEnded) {
				return m
			}
		}
	}
	return 0
}

// endedBetween reports "ended" or "ending" among tokens [lo, hi).
func (r *reader) endedBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := r.low(k); w == "ended" || w == "ending" {
			return true
		}
	}
	return false
}

// fiscalSpoken reports a text that names its years fiscal ones twice or
// more: "fiscal 2025", "fiscal '26", "FY25".
func (r *reader) fiscalSpoken() bool {
	n := 0
	for k := range r.toks {
		if w := r.low(k); w == "fiscal" || strings.HasPrefix(w, "fy") && len(w) <= 6 && r.toks[k].kind == tWord {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// monthsEndedWith lists the months a speaker closes the quarter's books
// on: "We ended December with $524.7 million in cash", "we ended March
// with a record backlog". Said of a month, never of a later day, it is
// the quarter's last month; "at the end of October" is not, since calls
// update their balances after the quarter.
func (r *reader) monthsEndedWith() []time.Month {
	var ms []time.Month
	for k := 0; k+2 < len(r.toks); k++ {
		if r.low(k) != "ended" || r.low(k+2) != "with" {
			continue
		}
		if m := r.monthNamed(k + 1); m != 0 {
			ms = append(ms, m)
		}
	}
	return ms
}

// balanceYearEnd reads the fiscal year end of a report of quarter n
// (1-3) from the days its balances are given on: a quarter's report sets
// its balances at the quarter's end beside the year's end before it ("at
// November 30th … compared with … at August 31st" in a first quarter).
// Only a pair of month ends that far apart counts: one day alone may be
// any balance's.
func (r *reader) balanceYearEnd(n int) time.Month {
	var ends [13]bool
	for si := range r.sents {
		for _, ref := range r.writtenRefs(si) {
			if ref.hasDate && ref.isInstant() && ref.date.Month >= 1 && ref.date.Month <= 12 &&
				ref.date.Day >= 28 && MakeDate(2001, ref.date.Month, ref.date.Day).AddDays(1).Day == 1 {
				ends[ref.date.Month] = true
			}
		}
	}
	found := time.Month(0)
	for q := time.January; q <= time.December; q++ {
		f := time.Month((int(q)-1+3*(4-n))%12 + 1)
		if ends[q] && ends[f] {
			if found != 0 {
				return 0 // two readings: none
			}
			found = f
		}
	}
	return found
}

// weekYearMonth is the month a period ending on day d closes (see
// closingMonthEnd): "February 2, 2025" closes January.
func weekYearMonth(d Date) time.Month { return closingMonthEnd(d).Month }

// monthNamed returns the month token k names in full ("December"), 0 if
// none.
func (r *reader) monthNamed(k int) time.Month {
	for i, m := range monthLexicon {
		if strings.EqualFold(r.tok(k), m) {
			return time.Month(i + 1)
		}
	}
	return 0
}

// maxCount returns the largest count of a tally.
func maxCount[K comparable](tally map[K]int) int {
	most := 0
	for _, n := range tally {
		most = max(most, n)
	}
	return most
}

// isCall reports a call's transcript: "earnings call" or "operator" said
// twice, or the operator's turns.
func (r *reader) isCall() bool {
	if r.call == 0 {
		r.call = 2
		if r.readIsCall() {
			r.call = 1
		}
	}
	return r.call == 1
}

// readIsCall is isCall's reading, once per document: the lexicon's hits
// do not change after the scan.
func (r *reader) readIsCall() bool {
	var call, release int
	for _, h := range r.hits {
		if e := r.entry(h); e.kind == eContext {
			switch e.ctx {
			case cxCall, cxTranscript:
				call++
			case cxRelease:
				release++
			}
		}
	}
	if r.speakerTurns() >= 3 {
		return true
	}
	if r.datelined() || r.titleReports() {
		// a release that announces its call ("Quillfeather will host a
		// conference call today") is no call
		return false
	}
	return call >= 2 || release == 0 && r.spoken()
}

// speechAfter reports a verb of speaking within two words after token k:
// "will review", "'ll talk about", "will now walk you through".
func (r *reader) speechAfter(k int) bool {
	for q := k + 1; q < min(k+4, len(r.toks)); q++ {
		if r.is(q, wcSpeech) {
			return true
		}
	}
	return false
}
