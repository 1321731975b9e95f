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
	type cell struct {
		total *parse.Fact
		parts []*parse.Fact
	}
	byPeriod := map[string]*cell{}
	for _, f := range facts {
		if f.Concept != "Revenue" {
			continue
		}
		k := f.Currency + "|" + f.Period.SortKey()
		c := byPeriod[k]
		if c == nil {
			c = &cell{}
			byPeriod[k] = c
		}
		if f.Segment == "" {
			c.total = f
		} else {
			c.parts = append(c.parts, f)
		}
	}
	out := map[string]string{}
	for _, c := range byPeriod {
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
// it up, and so do at least two other segments. The regions are then
// summed apart. Regions among businesses that make up the total together
// (Coca-Cola's operating segments), or a single region ("International"),
// are peers.
func regionBreakdown(facts []*parse.Fact, subOf map[string]string) map[string]bool {
	type cell struct {
		total           *parse.Fact
		places, lines   parse.Interval
		nPlaces, nLines int
		placeNames      []string
	}
	byPeriod := map[string]*cell{}
	for _, f := range facts {
		if f.Concept != "Revenue" || subOf[f.Segment] != "" {
			continue
		}
		k := f.Currency + "|" + f.Period.SortKey()
		c := byPeriod[k]
		if c == nil {
			c = &cell{}
			byPeriod[k] = c
		}
		iv := parse.StatedInterval(f.Value, f.Decimals)
		switch {
		case f.Segment == "":
			c.total = f
		case parse.IsPlace(f.Segment):
			c.places, c.nPlaces = c.places.Add(iv), c.nPlaces+1
			c.placeNames = append(c.placeNames, f.Segment)
		default:
			c.lines, c.nLines = c.lines.Add(iv), c.nLines+1
		}
	}
	for _, c := range byPeriod {
		if c.total == nil || c.nPlaces < 2 || c.nLines < 2 {
			continue
		}
		total := parse.StatedInterval(c.total.Value, c.total.Decimals)
		if !c.places.Overlaps(total) || !c.lines.Overlaps(total) {
			continue
		}
		regions := map[string]bool{}
		for _, n := range c.placeNames {
			regions[n] = true
		}
		return regions
	}
	return nil
}

// outsideSum reports a segment that is not summed with the company's
// segments: a part of another, or a region of a second breakdown.
func (co *company) outsideSum(segment string) bool {
	return co.subOf[segment] != "" || co.regions[segment]
}
