package export

import (
	"hash/fnv"
	"sort"

	"github.com/shopspring/decimal"

	"facet/parse"
)

// The cells of a company's statement sheets are computed one slice at a
// time: a slice is the lines of one segment across the sheets, or the
// company's own lines (segment ""). A segment's figures are computed only
// from its own (gross profit from its revenue and cost, a margin from its
// profit and revenue), and a total needs of its segments only what they
// add up to in each column, gathered as each segment is computed. So a
// segment's cells are computed again whenever its rows, its growth or its
// checks are written, at most one segment's are held at a time, and the
// company's own are given up once its sheets are written: the memory the
// sheets take does not grow with the number of segments, and so with the
// number of facts.

// segmentParts is what the segments of one total (a concept in one
// currency) add up to, column by column, gathered one segment at a time.
type segmentParts struct {
	sheet *statement
	lines []*line // the segments' lines, in row order
	cols  []partsColumn
	// runs are the rows of the segments shown, once numbered, as runs
	// without a gap: a sum covers them all (a segment with no figure in a
	// column adds nothing to it), and skips the rows of a segment's parts,
	// which sit under it.
	runs [][2]int
}

type partsColumn struct {
	n        int             // segments with a figure in the column
	value    decimal.Decimal // what they add up to
	iv       parse.Interval
	decimals int    // the finest precision among them; noDecimals when none
	set      uint64 // which segments have a figure (setOf)
	// the figures stated in the documents only, before any formula: they
	// tell whether the segments make up their total
	statedN   int
	statedIV  parse.Interval
	statedSet uint64
}

// noDecimals marks a precision not known.
const noDecimals = -99

// setOf adds a name to a set of names kept as a sum of their hashes: the
// same names give the same set in any order, and a set is a word.
func setOf(set uint64, kind, name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(name))
	return set + h.Sum64()
}

// partsID names a set of parts of a total (segments or lines), to
// remember which sets are known to be complete.
type partsID struct {
	concept, currency string
	set               uint64
}

// slice is the lines of one segment across the sheets (or of the company
// as a whole, segment ""), with the facts that fill them.
type slice struct {
	segment string
	facts   []*parse.Fact
	guided  []*parse.Fact // guidance for the forecast columns
	lines   []*line       // sheet by sheet, in line order: the order cells are derived in
}

// split groups the lines and facts into slices by segment, and sets up
// the sums of each total's segments with the figures the documents state.
func (co *company) split(facts, guided []*parse.Fact) {
	bySegment := map[string]*slice{"": {}}
	co.own = bySegment[""]
	co.parts = map[lineKey]*segmentParts{}
	for _, st := range co.sheets {
		for _, l := range st.lines {
			if l.kind != figureLine {
				continue
			}
			sl := bySegment[l.key.segment]
			if sl == nil {
				sl = &slice{segment: l.key.segment}
				bySegment[l.key.segment] = sl
				co.segments = append(co.segments, sl)
			}
			sl.lines = append(sl.lines, l)
			l.slice = sl
			if l.key.segment != "" && l.link == nil && !co.outsideSum(l.key.segment) {
				total := lineKey{l.key.concept, "", l.key.currency}
				sp := co.parts[total]
				if sp == nil {
					sp = &segmentParts{sheet: st, cols: make([]partsColumn, len(st.cols))}
					for i := range sp.cols {
						sp.cols[i].decimals = noDecimals
					}
					co.parts[total] = sp
				}
				sp.lines = append(sp.lines, l)
			}
		}
	}
	sort.Slice(co.segments, func(i, j int) bool { return co.segments[i].segment < co.segments[j].segment })
	for _, f := range facts {
		l := co.home[keyOf(f)]
		l.slice.facts = append(l.slice.facts, f)
		if sp := co.parts[lineKey{f.Concept, "", f.Currency}]; sp != nil && f.Segment != "" && !co.outsideSum(f.Segment) {
			pc := &sp.cols[l.sheet.colOf[f.Period]]
			pc.statedN++
			pc.statedIV = pc.statedIV.Add(parse.StatedInterval(f.Value, f.Decimals))
			pc.statedSet = setOf(pc.statedSet, "segment", f.Segment)
		}
	}
	for _, f := range guided {
		l := co.home[keyOf(f)]
		l.slice.guided = append(l.slice.guided, f)
	}
}

// load puts the cells of a slice in memory, computing them when they are
// not there. The company's own cells stay until releaseAll; of the
// segments, only the one asked for last is kept.
func (co *company) load(sl *slice) {
	switch {
	case sl == co.own:
		if !co.ownIn {
			co.compute(sl)
			co.ownIn = true
		}
	case sl != co.loaded:
		co.release()
		co.compute(sl)
		co.loaded = sl
	}
}

// release gives up the loaded segment's cells.
func (co *company) release() {
	if co.loaded != nil {
		co.drop(co.loaded)
		co.loaded = nil
	}
}

// releaseAll gives up every cell of the company: its sheets are written,
// and what is read of them later is computed again.
func (co *company) releaseAll() {
	co.release()
	if co.ownIn {
		co.drop(co.own)
		co.ownIn = false
	}
}

func (co *company) drop(sl *slice) {
	for _, l := range sl.lines {
		co.live -= len(l.cells)
		l.cells, l.checks = nil, nil
	}
}

// cellsOf gives a line's cells, loading its slice; a growth line's are
// computed from the line it measures.
func (co *company) cellsOf(l *line) []cell {
	switch l.kind {
	case growthLine:
		co.load(l.of.slice)
		return l.sheet.growthCells(l)
	case shareLine:
		co.load(l.of.slice)
		return co.shareCells(l)
	case figureLine:
		co.load(l.slice)
		return l.cells
	}
	return nil
}

// compute fills a slice's cells: the facts as inputs, then every formula
// arithmetic over them gives. The company's own slice is computed after
// every segment, when what they add up to is known.
func (co *company) compute(sl *slice) {
	for _, l := range sl.lines {
		l.cells, l.checks = make([]cell, len(l.sheet.cols)), nil
		co.live += len(l.cells)
	}
	co.peak = max(co.peak, co.live)
	for _, f := range sl.facts {
		l := co.home[keyOf(f)]
		l.cells[l.sheet.colOf[f.Period]] = cell{kind: inputCell, fact: f, value: f.Value, iv: parse.StatedInterval(f.Value, f.Decimals)}
	}
	for _, f := range sl.guided {
		l := co.home[keyOf(f)]
		c := &l.cells[co.time.forecastOf[f.Period]]
		if c.guide == nil {
			*c = cell{kind: guideCell, guide: &outlook{}}
		}
		switch f.Bound {
		case parse.Min:
			c.guide.low = f
		case parse.Max:
			c.guide.high = f
		default:
			c.guide.point = f
		}
		c.value, c.fact = c.guide.value()
		c.iv = parse.Exactly(c.value)
	}
	if sl == co.own {
		co.complete = co.completeParts()
		co.fcfLeases = co.leasesInFreeCashFlow()
	}
	co.derive(sl.lines)
}

// record keeps what the layout needs of a slice's settled cells.
func (co *company) record(sl *slice) {
	for _, l := range sl.lines {
		l.filled, l.nChecks = false, len(l.checks)
		revenue := l.key.segment != "" && l.link == nil && l.key.concept == "Revenue" && l.key.currency == co.currency
		for col := range l.cells {
			if !l.cells[col].empty() {
				l.filled = true
				if revenue {
					l.sheet.segmentRevenue[col] = true
				}
			}
		}
		l.growth = l.sheet.kind != parse.CashFlow && growthCount(l) > 0
	}
}

// gather adds a segment's settled figures to the sums of its totals.
func (co *company) gather(sl *slice) {
	for _, l := range sl.lines {
		if l.link != nil || co.outsideSum(l.key.segment) {
			continue // a part of a segment is in its parent's figure already; a region in another breakdown
		}
		sp := co.parts[lineKey{l.key.concept, "", l.key.currency}]
		if sp == nil {
			continue
		}
		for col := range l.cells {
			c := &l.cells[col]
			if c.empty() {
				continue
			}
			pc := &sp.cols[col]
			pc.n++
			pc.value = pc.value.Add(c.value)
			pc.iv = pc.iv.Add(c.iv)
			pc.set = setOf(pc.set, "segment", l.key.segment)
			switch {
			case c.kind == inputCell && c.fact != nil:
				pc.decimals = max(pc.decimals, c.fact.Decimals)
			case c.kind == formulaCell:
				pc.decimals = max(pc.decimals, formulaDecimals(c))
			}
		}
	}
}
