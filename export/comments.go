package export

import (
	"fmt"
	"strings"

	"facet/parse"
)

// markOf says how a fact's cell is marked: a conflict, a doubt (the fact
// needs review, or a check against it fails), not yet confirmed, or
// nothing when a person has confirmed or corrected it and nothing is open.
func markOf(f *parse.Fact) mark {
	switch {
	case f == nil:
		return markNone
	case f.Status == parse.Conflict:
		return markConflict
	case f.Status == parse.NeedsReview || openFinding(f):
		return markCheck
	case f.Status == parse.Found:
		return markPending
	case f.Status == parse.Confirmed && f.InBulk:
		return markBulk
	}
	return markNone
}

// openFinding reports whether a check against the fact fails: one whose
// subject it is (a check also names the figures it compares, which it
// does not doubt). A growth rate that does not fit is left out, as the
// checks leave it out: rates are often on another basis (constant
// currency, organic).
func openFinding(f *parse.Fact) bool {
	for _, fd := range f.Findings {
		if against(fd, f) && fd.Kind != parse.GrowthCheck {
			return true
		}
	}
	return false
}

// against reports whether a finding fails against fact f.
func against(fd *parse.Finding, f *parse.Fact) bool {
	return !fd.OK && fd.Subject == f.Key
}

// statusText says where a fact stands, in words.
func statusText(f *parse.Fact) string {
	switch f.Status {
	case parse.Found:
		return "found, not yet confirmed by a person"
	case parse.Conflict:
		return "the documents disagree; the best-supported value is shown"
	case parse.NeedsReview:
		return "needs review"
	case parse.Confirmed:
		if f.InBulk {
			return "confirmed in bulk with other sure figures, not looked at one by one"
		}
		return "confirmed by a person"
	case parse.Corrected:
		return "corrected by a person"
	}
	return f.Status.String()
}

// note is a comment being written: runs of text, each plain, bold or
// muted, and a count of lines for the box's height.
type note struct {
	runs  []run
	lines int
	size  int
}

type runStyle int

const (
	plain runStyle = iota
	bold
	muted
)

type run struct {
	text  string
	style runStyle
}

const (
	noteWidth    = 330 // points
	noteChars    = 70  // characters a line of the box holds
	noteMaxBytes = 2400
)

// para adds a paragraph: strings, each in the style given before it.
func (n *note) para(parts ...any) {
	if len(n.runs) > 0 {
		n.add("\n", plain)
	}
	width := 0
	style := plain
	for _, p := range parts {
		switch v := p.(type) {
		case runStyle:
			style = v
		case string:
			n.add(v, style)
			width += len([]rune(v))
		}
	}
	n.lines += 1 + width/noteChars
}

func (n *note) add(text string, style runStyle) {
	if n.size >= noteMaxBytes || text == "" {
		return
	}
	text = truncate(text, noteMaxBytes-n.size)
	n.size += len(text)
	n.runs = append(n.runs, run{text, style})
}

// factNote writes what a person needs to judge a figure: what it is, its
// value and status, the sentences it came from with the figure in bold,
// the values of a conflict, and the findings and notes against it.
func (w *bookWriter) factNote(f *parse.Fact, title string) *note {
	n := &note{}
	info := f.ConceptInfo()
	n.para(bold, title)
	value := valueText(f.Value, f.Decimals, info, f.Currency, w.scale)
	if info.Kind == parse.Monetary { // the cell holds it in the display scale; this is the exact figure
		value += " (exactly " + parse.GroupDigits(f.Value.StringFixed(int32(max(0, f.Decimals)))) + ")"
	}
	n.para(plain, "Value: "+value+" · "+statusText(f)+fmt.Sprintf(" · confidence %.0f%%", f.Confidence*100))
	if f.Derived && !f.Stated.IsZero() {
		n.para(plain, "The documents state "+valueText(f.Stated, f.Decimals, info, f.Currency, w.scale)+"; the checks read it as above.")
	}
	alts := f.Alternatives()
	shown := 0
	for _, m := range f.Sources {
		if !agreesWith(m, f) {
			continue
		}
		if shown == 3 {
			break
		}
		w.quote(n, m)
		shown++
	}
	if more := countAgreeing(f) - shown; more > 0 {
		n.para(muted, fmt.Sprintf("…and %d more %s stating the same figure.", more, plural(more, "source", "sources")))
	}
	for _, a := range alts {
		n.para(bold, "Also stated: "+valueText(a.Value, a.Decimals, info, f.Currency, w.scale))
		for i, m := range a.Mentions {
			if i == 2 {
				n.para(muted, fmt.Sprintf("…and %d more.", len(a.Mentions)-2))
				break
			}
			w.quote(n, m)
		}
	}
	for _, fd := range f.Findings {
		if against(fd, f) {
			n.para(bold, "Check: ", plain, fd.Message)
		}
	}
	for _, s := range f.Notes {
		n.para(muted, "Note: "+s)
	}
	return n
}

// quote adds a mention's sentence, the figure in bold, and its place.
func (w *bookWriter) quote(n *note, m parse.Mention) {
	pre, fig, post := snippet(m, 150, 110)
	if fig == "" {
		n.para(muted, "— "+w.lines.where(m))
		return
	}
	n.para(plain, "“"+pre, bold, fig, plain, post+"”")
	n.para(muted, "— "+w.lines.where(m))
}

func agreesWith(m parse.Mention, f *parse.Fact) bool {
	for _, a := range f.Alternatives() {
		for _, am := range a.Mentions {
			if am.Span == m.Span && am.Doc == m.Doc {
				return false
			}
		}
	}
	return true
}

func countAgreeing(f *parse.Fact) int {
	n := len(f.Sources)
	for _, a := range f.Alternatives() {
		n -= len(a.Mentions)
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// formulaNote explains a formula that stands where the documents state a
// figure: what it computes, and the stated figure with its sources.
func (w *bookWriter) formulaNote(c *cell, title string) *note {
	f := c.fact
	info := f.ConceptInfo()
	n := w.factNote(f, title)
	head := &note{}
	head.para(bold, "Formula: "+c.f.what()+".")
	head.para(plain, "It gives "+valueText(c.value, formulaDecimals(c), info, f.Currency, w.scale)+
		"; the documents state "+valueText(f.Value, f.Decimals, info, f.Currency, w.scale)+", which it reproduces to the stated precision. Change an input and this follows.")
	head.add("\n", plain)
	n.runs = append(head.runs, n.runs...)
	n.lines += head.lines
	return n
}

// derivedNote says that a formula stands where no document states the
// figure, and what it computes.
func (w *bookWriter) derivedNote(c *cell) *note {
	n := &note{}
	n.para(bold, "Derived: ", plain, capitalize(c.f.what())+". No document states this figure; change an input and it follows.")
	return n
}

// guideNote gives the company's guidance a forecast cell holds: the point
// or the range, and where it was said.
func (w *bookWriter) guideNote(c *cell, title string) *note {
	o := c.guide
	n := w.factNote(c.fact, title)
	head := &note{}
	info := c.fact.ConceptInfo()
	text := func(f *parse.Fact) string { return valueText(f.Value, f.Decimals, info, f.Currency, w.scale) }
	switch {
	case o.point != nil:
		head.para(bold, "Guidance: ", plain, text(o.point)+", the company's own outlook; not an actual.")
	case o.low != nil && o.high != nil:
		head.para(bold, "Guidance: ", plain, "the midpoint of "+text(o.low)+" to "+text(o.high)+", the company's own outlook; not an actual.")
	case o.low != nil:
		head.para(bold, "Guidance: ", plain, "at least "+text(o.low)+", the company's own outlook; not an actual.")
	default:
		head.para(bold, "Guidance: ", plain, "at most "+text(o.high)+", the company's own outlook; not an actual.")
	}
	head.add("\n", plain)
	n.runs = append(head.runs, n.runs...)
	n.lines += head.lines
	return n
}

// linkNote says where a linked cell's figure comes from, and what is
// known of it there.
func (w *bookWriter) linkNote(c, src *cell) *note {
	n := &note{}
	n.para(bold, "Linked: ", plain, "the figure in "+c.f.args[0].at(nil)+" on the "+c.f.args[0].line.sheet.name+" sheet; its sources are in the comment there.")
	if src.kind == formulaCell {
		n.para(plain, "There it is a formula: "+src.f.what()+".")
	}
	if src.fact != nil {
		status := strings.ToLower(src.fact.Status.String()) + " by a person"
		switch markOf(src.fact) {
		case markConflict:
			status = "the documents disagree on it"
		case markCheck:
			status = "check it: a finding or a doubtful reading"
		case markBulk:
			status = "confirmed in bulk with other sure figures, not looked at one by one"
		case markPending:
			status = "not yet confirmed by a person"
		}
		if src.doubt {
			status = "check it: the workbook's own arithmetic contradicts it"
		}
		n.para(plain, "Status: "+status+".")
	}
	return n
}

// titleOf names a figure: "Revenue · Public cloud services · Q2 2025".
func titleOf(f *parse.Fact, cal parse.Calendar) string {
	parts := []string{f.ConceptInfo().Label}
	if f.Segment != "" {
		parts = append(parts, f.Segment)
	}
	parts = append(parts, periodLabel(cal, f.Period))
	if f.Scenario == parse.Forecast {
		parts = append(parts, "guidance"+map[parse.Bound]string{parse.Min: " (low end)", parse.Max: " (high end)"}[f.Bound])
	}
	return strings.Join(parts, " · ")
}

// periodLabel names a period as analysts write it; an instant is its day.
func periodLabel(cal parse.Calendar, p parse.Period) string {
	if p.IsInstant() {
		return dayText(p.End)
	}
	return cal.Label(p)
}
