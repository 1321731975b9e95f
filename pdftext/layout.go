package pdftext

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rect is a run of text on a page and the box it fills, in points from the
// page's bottom left corner (Top > Bottom), as PDFium gives it.
type Rect struct {
	Text                     string
	Left, Right, Top, Bottom float64
}

func (r Rect) height() float64  { return r.Top - r.Bottom }
func (r Rect) middle() float64  { return (r.Top + r.Bottom) / 2 }
func (r Rect) trimmed() string  { return strings.TrimSpace(r.Text) }
func (r Rect) runeLen() float64 { return float64(utf8.RuneCountInString(r.trimmed())) }

// Layout lays a page's runs of text out as lines of a fixed-width page, as
// a terminal would show it: runs on one baseline make one line; a run
// stands at the column its position on paper gives, figures by their
// right edge, since figures are set flush right; runs far apart are two
// spaces apart at least, so a table's columns stay apart, and words of
// one sentence one space apart; a wide gap between lines leaves one blank
// line. The unit of a column is a narrow character's width (see columnWidth).
func Layout(rects []Rect) []Line {
	return layoutPage(rects, columnWidth(rects), leftEdge(rects))
}

// leftEdge returns the leftmost point any run starts at.
func leftEdge(rects []Rect) float64 {
	left := math.Inf(1)
	for _, r := range rects {
		left = min(left, r.Left)
	}
	if math.IsInf(left, 1) {
		return 0
	}
	return left
}

// layoutPage lays a page out in columns of width cw from the point left:
// the pages of one document share them, so a table going on over a page
// break keeps its columns.
func layoutPage(rects []Rect, cw, left float64) []Line {
	if len(rects) == 0 {
		return nil
	}
	sorted := slices.Clone(rects)
	slices.SortStableFunc(sorted, func(a, b Rect) int {
		switch {
		case a.middle() > b.middle():
			return -1
		case a.middle() < b.middle():
			return 1
		}
		return 0
	})
	// runs whose boxes overlap by half the lower one's height share a line
	var lines [][]Rect
	var top, bottom float64
	for _, r := range sorted {
		if n := len(lines); n > 0 {
			overlap := min(top, r.Top) - max(bottom, r.Bottom)
			if overlap >= 0.5*min(top-bottom, r.height()) {
				lines[n-1] = append(lines[n-1], r)
				top, bottom = max(top, r.Top), min(bottom, r.Bottom)
				continue
			}
		}
		lines = append(lines, []Rect{r})
		top, bottom = r.Top, r.Bottom
	}
	lines = joinLabels(lines)
	var out []Line
	prevBottom := math.NaN()
	for _, line := range lines {
		slices.SortStableFunc(line, func(a, b Rect) int {
			switch {
			case a.Left < b.Left:
				return -1
			case a.Left > b.Left:
				return 1
			}
			return 0
		})
		h, lineTop, lineBottom := 0.0, math.Inf(-1), math.Inf(1)
		for _, r := range line {
			h = max(h, r.height())
			lineTop, lineBottom = max(lineTop, r.Top), min(lineBottom, r.Bottom)
		}
		if !math.IsNaN(prevBottom) && prevBottom-lineTop > 0.8*h && len(out) > 0 {
			out = append(out, Line{})
		}
		prevBottom = lineBottom
		out = append(out, layLine(line, left, cw))
	}
	return out
}

// joinLabels puts a line of figures alone on the line of its label when a
// table sets the label a little lower or higher than the figures (a label
// centred in a taller row, or wrapped over two lines with the figures
// between): the label line that overlaps it most, on the left of it.
func joinLabels(lines [][]Rect) [][]Rect {
	extent := func(line []Rect) (top, bottom, left, right float64, figures, labels bool) {
		top, bottom, left, right = math.Inf(-1), math.Inf(1), math.Inf(1), math.Inf(-1)
		figures = true
		first := math.Inf(1)
		for _, r := range line {
			top, bottom = max(top, r.Top), min(bottom, r.Bottom)
			left, right = min(left, r.Left), max(right, r.Right)
			f := isFigure(r.trimmed())
			figures = figures && f
			if r.Left < first {
				first, labels = r.Left, !f // a label may end in a footnote's mark
			}
		}
		return
	}
	for i := 0; i < len(lines); i++ {
		top, bottom, left, _, figures, _ := extent(lines[i])
		if !figures {
			continue
		}
		best, most := -1, 0.0
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(lines) {
				continue
			}
			t, b, _, right, _, labels := extent(lines[k])
			overlap := min(top, t) - max(bottom, b)
			if labels && right < left && overlap > most {
				best, most = k, overlap
			}
		}
		if best < 0 {
			continue
		}
		lines[best] = append(lines[best], lines[i]...)
		lines = append(lines[:i], lines[i+1:]...)
		i--
	}
	return lines
}

// Line is a line of a laid out page: its text, and where each run of it
// stands on paper, in columns.
type Line struct {
	Text string
	Runs []Run
}

// Run is a run of a line's text: Text[Start:End] stands from column From
// to column To on paper, whatever spaces the layout had to add before it.
type Run struct {
	Start, End int
	From, To   int
}

// layLine writes one line's runs at their columns.
func layLine(line []Rect, left, cw float64) Line {
	var b strings.Builder
	var runs []Run
	pos := 0 // runes written
	prevRight := math.NaN()
	for _, r := range line {
		text := r.trimmed()
		n := utf8.RuneCountInString(text)
		target := int(math.Round((r.Left - left) / cw))
		if isFigure(text) {
			target = int(math.Round((r.Right-left)/cw)) - n
		}
		start := target
		if !math.IsNaN(prevRight) {
			gap := r.Left - prevRight
			switch {
			case gap < 0.15*r.height():
				start = pos // one word set in two fonts
			case gap < 1.5*cw:
				start = pos + 1 // words of one phrase
			default:
				start = max(target, pos+2)
			}
		}
		start = max(start, pos)
		b.WriteString(strings.Repeat(" ", start-pos))
		from := b.Len()
		b.WriteString(text)
		runs = append(runs, Run{Start: from, End: b.Len(),
			From: int(math.Round((r.Left - left) / cw)), To: int(math.Round((r.Right - left) / cw))})
		pos = start + n
		prevRight = r.Right
	}
	return Line{Text: b.String(), Runs: runs}
}

// columnWidth returns the width of a column of the laid out page: narrow
// enough that the runs of text seldom outrun their place (so a label does
// not push the figures after it out of their column), the tenth part of
// the runs' widths per character, a digit's width at most.
func columnWidth(rects []Rect) float64 {
	var figures, all []float64
	for _, r := range rects {
		n := r.runeLen()
		if n < 4 || r.Right <= r.Left {
			continue
		}
		w := (r.Right - r.Left) / n
		all = append(all, w)
		if isFigure(r.trimmed()) {
			figures = append(figures, w)
		}
	}
	if len(all) == 0 {
		return 5
	}
	slices.Sort(all)
	w := all[len(all)/4]
	if len(figures) > 0 {
		slices.Sort(figures)
		w = min(w, figures[len(figures)/2])
	}
	return max(w, 0.5) // a page of zero-width runs: some width, not a division by zero
}

// isFigure reports text set as a figure: digits with their signs, commas,
// points, brackets and a currency sign, or a dash for nil.
func isFigure(s string) bool {
	digits := 0
	for _, c := range s {
		switch {
		case unicode.IsDigit(c):
			digits++
		case strings.ContainsRune("$€£¥,.()%-–—", c):
		default:
			return false
		}
	}
	return digits > 0 || s == "—" || s == "–" || s == "-"
}
