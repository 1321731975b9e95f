package export

import (
	"facet/parse"
)

// subSegments finds the segments that are a part of another segment, not
// its peer: a business line a document reports inside a segment's section
// (HP's Supplies inside Print). A segment is one when, in a period where the
// company's revenue is stated, the segments add up to more than it, the
// others without it add up to it, and the text names it after the segment
// it belongs to: its parent is the nearest segment named before it in the
// same document whose revenue is larger. It returns each such segment's
// parent.
func subSegments(facts []*parse.Fact) map[string]string {
	out := map[string]string{}
	for _, c := range revenueByPeriod(facts) {
		if c.total == nil || len(c.parts) < 3 {
			continue
		}
		iv := parse.Interval{}
		for _, p := range c.parts {
			iv = iv.Add(parse.StatedInterval(p.Value, p.Decimals))
		}
		total := parse.StatedInterval(c.total.Value, c.total.Decimals)
		if !iv.Above(total) {
			continue // the segments do not exceed the total: peers
		}
		var sub *parse.Fact
		for _, x := range c.parts {
			rest := iv.Sub(parse.StatedInterval(x.Value, x.Decimals))
			// the others, to within their rounding, are the total
			if rest.Overlaps(total) {
				if sub != nil {
					sub = nil // two readings: neither
					break
				}
				sub = x
			}
		}
		if sub == nil {
			continue
		}
		if p := parentBefore(sub, c.parts); p != "" {
			out[sub.Segment] = p
		}
	}
	return out
}

// parentBefore is the segment named nearest before sub in sub's document
// whose figure is larger: the section sub's figure was reported in.
func parentBefore(sub *parse.Fact, peers []*parse.Fact) string {
	if len(sub.Sources) == 0 {
		return ""
	}
	at := sub.Sources[0]
	best, bestOff := "", -1
	for _, p := range peers {
		if p == sub || !p.Value.GreaterThan(sub.Value) {
			continue
		}
		for _, m := range p.Sources {
			if m.Doc == at.Doc && m.Span.Start < at.Span.Start && m.Span.Start > bestOff {
				best, bestOff = p.Segment, m.Span.Start
			}
		}
	}
	return best
}

// topSegment is the segment a line sorts under: its parent's for a part of
// a segment.
func (co *company) topSegment(segment string) string {
	if p := co.subOf[segment]; p != "" {
		return p
	}
	return segment
}

// regionBreakdown finds a second breakdown of revenue by region beside the
// lines of business ("On a line of business basis, … Energy Systems,
// Specialty, Motive Power. On a geographical basis, … the Americas, EMEA,
// Asia"): in a period whose revenue is stated, at least two regions make
// it up, and so do at least two other segments. The regions of every
// such period are then summed apart. Regions among businesses that make up the total together
// (Coca-Cola's operating segments), or a single region ("International"),
// are peers.
func regionBreakdown(facts []*parse.Fact, subOf map[string]string) map[string]bool {
	regions := map[string]bool{}
	for _, c := range revenueByPeriod(facts) {
		if c.total == nil {
			continue
		}
		var places, lines parse.Interval
		var placeNames []string
		nLines := 0
		for _, f := range c.parts {
			iv := parse.StatedInterval(f.Value, f.Decimals)
			switch {
			case subOf[f.Segment] != "":
			case parse.IsPlace(f.Segment):
				places = places.Add(iv)
				placeNames = append(placeNames, f.Segment)
			default:
				lines, nLines = lines.Add(iv), nLines+1
			}
		}
		total := parse.StatedInterval(c.total.Value, c.total.Decimals)
		if len(placeNames) < 2 || nLines < 2 || !places.Overlaps(total) || !lines.Overlaps(total) {
			continue
		}
		for _, n := range placeNames {
			regions[n] = true
		}
	}
	if len(regions) == 0 {
		return nil
	}
	return regions
}

// revenueCell is a period's revenue: the company's total, when stated,
// and its segments' figures.
type revenueCell struct {
	total *parse.Fact
	parts []*parse.Fact
}

// revenueByPeriod groups the revenue facts by currency and period.
func revenueByPeriod(facts []*parse.Fact) map[string]*revenueCell {
	byPeriod := map[string]*revenueCell{}
	for _, f := range facts {
		if f.Concept != "Revenue" {
			continue
		}
		k := f.Currency + "|" + f.Period.SortKey()
		c := byPeriod[k]
		if c == nil {
			c = &revenueCell{}
			byPeriod[k] = c
		}
		if f.Segment == "" {
			c.total = f
		} else {
			c.parts = append(c.parts, f)
		}
	}
	return byPeriod
}

// outsideSum reports a segment that is not summed with the company's
// segments: a part of another, or a region of a second breakdown.
func (co *company) outsideSum(segment string) bool {
	return co.subOf[segment] != "" || co.regions[segment]
}
