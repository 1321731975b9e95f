package export

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

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
	}
	return markNone
}

// openFinding reports whether a check against the fact fails. A growth
// rate that does not fit is left out, as the checks leave it out: rates
// are often on another basis (constant currency, organic).
func openFinding(f *parse.Fact) bool {
	for _, fd := range f.Findings {
		if !fd.OK && fd.Kind != parse.GrowthCheck {
			return true
		}
	}
	return false
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
		return "confirmed by a person"
	case parse.Corrected:
		return "corrected by a person"
	}
	return f.Status.String()
}

// note is a comment being written: rich-text runs and a count of lines
// for the box's height.
type note struct {
	runs  []excelize.RichTextRun
	lines int
	size  int
}

const (
	noteWidth    = 440 // pixels
	noteChars    = 72  // characters a line of the box holds
	noteMaxBytes = 2400
)

var (
	noteBold  = &excelize.Font{Bold: true, Size: 9, Family: "Tahoma"}
	notePlain = &excelize.Font{Size: 9, Family: "Tahoma"}
	noteMuted = &excelize.Font{Size: 9, Family: "Tahoma", Color: colorMuted}
)

func (n *note) add(text string, font *excelize.Font) {
	if n.size >= noteMaxBytes || text == "" {
		return
	}
	text = truncate(text, noteMaxBytes-n.size)
	n.size += len(text)
	f := *font
	n.runs = append(n.runs, excelize.RichTextRun{Text: text, Font: &f})
}

// para adds a paragraph of runs and counts the lines it wraps to.
func (n *note) para(parts ...any) {
	if len(n.runs) > 0 {
		n.add("\n", notePlain)
	}
	width := 0
	font := notePlain
	for _, p := range parts {
		switch v := p.(type) {
		case *excelize.Font:
			font = v
		case string:
			n.add(v, font)
			width += len([]rune(v))
		}
	}
	n.lines += 1 + width/noteChars
}

func (n *note) comment(cell string) excelize.Comment {
	return excelize.Comment{Cell: cell, Author: "Facet", Paragraph: n.runs,
		Width: noteWidth, Height: uint(min(600, 24+n.lines*13))}
}

// factNote writes what a person needs to judge a figure: what it is, its
// value and status, the sentences it came from with the figure in bold,
// the values of a conflict, and the findings and notes against it.
func (w *bookWriter) factNote(f *parse.Fact, title string) *note {
	n := &note{}
	info := f.ConceptInfo()
	n.para(noteBold, title)
	n.para(notePlain, "Value: "+valueText(f.Value, f.Decimals, info, f.Currency, w.scale)+" · "+statusText(f)+fmt.Sprintf(" · confidence %.0f%%", f.Confidence*100))
	if f.Derived && !f.Stated.IsZero() {
		n.para(notePlain, "The documents state "+valueText(f.Stated, f.Decimals, info, f.Currency, w.scale)+"; the checks read it as above.")
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
		n.para(noteMuted, fmt.Sprintf("…and %d more %s stating the same figure.", more, plural(more, "source", "sources")))
	}
	for _, a := range alts {
		n.para(noteBold, "Also stated: "+valueText(a.Value, a.Decimals, info, f.Currency, w.scale))
		for i, m := range a.Mentions {
			if i == 2 {
				n.para(noteMuted, fmt.Sprintf("…and %d more.", len(a.Mentions)-2))
				break
			}
			w.quote(n, m)
		}
	}
	for _, fd := range f.Findings {
		if fd.OK {
			continue
		}
		n.para(noteBold, "Check: ", notePlain, fd.Message)
	}
	for _, s := range f.Notes {
		n.para(noteMuted, "Note: "+s)
	}
	return n
}

// quote adds a mention's sentence, the figure in bold, and its place.
func (w *bookWriter) quote(n *note, m parse.Mention) {
	pre, fig, post := snippet(m, 150, 110)
	if fig == "" {
		n.para(noteMuted, "— "+w.lines.where(m))
		return
	}
	n.para(notePlain, "“"+pre, noteBold, fig, notePlain, post+"”")
	n.para(noteMuted, "— "+w.lines.where(m))
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
	head.para(noteBold, "Formula: "+c.f.what+".")
	head.para(notePlain, "It gives "+valueText(c.value, f.Decimals-2, info, f.Currency, w.scale)+
		"; the documents state "+valueText(f.Value, f.Decimals, info, f.Currency, w.scale)+", which it reproduces to the stated precision. Change an input and this follows.")
	head.runs = append(head.runs, excelize.RichTextRun{Text: "\n", Font: notePlain})
	n.runs = append(head.runs, n.runs...)
	n.lines += head.lines + 1
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
