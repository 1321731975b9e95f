package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text tables: columns aligned by spaces, as a PDF's text or a
// terminal export gives them.
//
//	                        Three Months Ended
//	                      June 28,     June 29,
//	                        2025         2024
//	Net sales:
//	   Products        $  66,613    $  61,564
//	Total net sales       94,036       85,777
//
// A line is cut into chunks at runs of two spaces or more. Lines whose
// chunks after the label are all figures make a table's body; the figures'
// chunks, which overlap where they are set flush right, give its grid
// columns; the lines above the body with text over those columns are its
// header, each chunk covering the columns it stands over.

// textChunk is a piece of a line between runs of two spaces or more.
type textChunk struct {
	text       string
	span       Span // in the document
	start, end int  // columns (runes, tabs to the next stop of 8) of the line
}

// textLine is one line of the document, cut into chunks.
type textLine struct {
	span   Span
	chunks []textChunk
	label  int // chunks before the figures: 0 or 1 in a row of figures
	figure bool
	nils   bool // a label and dashes for nil only: "Preferred stock …  —  —"
}

// maxTextLabel bounds a section row's label: a longer line is prose.
const maxTextLabel = 70

// placedRun is a run of a PDF's text and the columns it stands over on
// paper, which the laid out text may have pushed right to make room.
type placedRun struct {
	span     Span
	from, to int
}

// textChunks cuts text[lo:hi], one line, into chunks; a chunk made of a
// PDF's runs stands where they stand on paper.
func textChunks(text string, lo, hi int, runs []placedRun) []textChunk {
	if len(runs) == 0 && plainLine(text[lo:hi]) {
		// most lines of prose: one chunk, no column to find
		end := hi
		if end > lo && text[end-1] == ' ' {
			end--
		}
		if end == lo {
			return nil
		}
		return []textChunk{{text: text[lo:end], span: Span{lo, end}, start: 0, end: utf8.RuneCountInString(text[lo:end])}}
	}
	out := chunkColumns(text, lo, hi)
	if len(runs) > 0 {
		i, _ := slices.BinarySearchFunc(runs, lo, func(r placedRun, off int) int { return r.span.Start - off })
		for k := range out {
			placed := false
			for ; i < len(runs) && runs[i].span.Start < out[k].span.End; i++ {
				r := runs[i]
				if !placed {
					out[k].start, out[k].end, placed = r.from, r.to, true
				}
				out[k].start, out[k].end = min(out[k].start, r.from), max(out[k].end, r.to)
			}
		}
	}
	return out
}

// chunkColumns cuts text[lo:hi] where two spaces or a tab part it, each
// chunk with the columns it spans.
func chunkColumns(text string, lo, hi int) []textChunk {
	var out []textChunk
	col, spaces := 0, 0
	cur := -1 // index in out of the chunk being written
	for i := lo; i < hi; {
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case c == '\t':
			spaces += 8 - col%8
			col += 8 - col%8
		case c == ' ' || c == '\u00a0' || c == '\r':
			spaces++
			col++
		default:
			if cur >= 0 && spaces < 2 {
				out[cur].span.End = i + n
				out[cur].end = col + 1
			} else {
				out = append(out, textChunk{span: Span{i, i + n}, start: col, end: col + 1})
				cur = len(out) - 1
			}
			spaces = 0
			col++
		}
		i += n
	}
	for k := range out {
		out[k].text = text[out[k].span.Start:out[k].span.End]
	}
	return out
}

// plainLine reports a line with no tab, no run of spaces, no no-break
// space or carriage return and no space to open it: textChunks would give
// it as one chunk from column 0.
func plainLine(line string) bool {
	if line == "" || line[0] == ' ' {
		return false
	}
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\t', '\r':
			return false
		case ' ':
			if i+1 < len(line) && line[i+1] == ' ' {
				return false
			}
		case 0xC2:
			if i+1 < len(line) && line[i+1] == 0xA0 {
				return false
			}
		}
	}
	return true
}

// splitSigns cuts a currency's sign off the end of a label it was set
// close to: "Europe, Middle East & Africa $" is a label and a "$".
func splitSigns(chunks []textChunk) []textChunk {
	for k := 0; k < len(chunks); k++ {
		c := chunks[k]
		i := strings.LastIndexByte(c.text, ' ')
		if i <= 0 || !signCell(c.text[i+1:]) || figureChunk(c.text) || strings.HasSuffix(c.text[:i], ",") {
			continue // "Earnings per share, SEK": the row's unit, part of its label
		}
		label := strings.TrimRight(c.text[:i], " ")
		sign := textChunk{text: c.text[i+1:], span: Span{c.span.Start + i + 1, c.span.End}, start: c.end - utf8.RuneCountInString(c.text[i+1:]), end: c.end}
		c.text, c.span.End = label, c.span.Start+len(label)
		c.end = min(c.end, c.start+utf8.RuneCountInString(label))
		chunks = append(chunks[:k], append([]textChunk{c, sign}, chunks[k+1:]...)...)
		k++
	}
	return chunks
}

// figureChunk reports a chunk that holds a figure, a nil dash or a sign
// of one standing apart ("$", "%", ")").
func figureChunk(s string) bool {
	if len(s) > 40 {
		return false // a figure is short: most chunks are words, and the regexps cost
	}
	if c, _ := utf8.DecodeRuneInString(s); unicode.IsLower(c) {
		return false
	}
	if _, ok := readCellNumber(s); ok {
		return true
	}
	return strings.Trim(s, "$€£¥%)(") == "" || s == "—" || s == "–" || s == "-"
}

// readTextLine cuts a line and tells whether it is a row of figures: a
// label or none, then figures only, one at least a number.
func readTextLine(text string, lo, hi int, runs []placedRun) textLine {
	l := textLine{span: Span{lo, hi}, chunks: splitSigns(textChunks(text, lo, hi, runs))}
	if ruleLine(l.chunks) {
		// "   ----------    ----------" under a column's last figures: as
		// a blank line, the table goes on below it
		return textLine{span: l.span}
	}
	numbers, years, nils := 0, 0, 0
	for k, c := range l.chunks {
		if !figureChunk(c.text) {
			if k > 0 {
				return l
			}
			l.label = 1
			continue
		}
		if n, ok := readCellNumber(c.text); ok && !n.nil {
			numbers++
			if n.year {
				years++
			}
		} else if ok {
			nils++
		}
	}
	apart := l.label == 0 || len(l.chunks) > 1 && l.chunks[0].end < l.chunks[1].start
	l.figure = numbers > years && apart
	l.nils = numbers == 0 && nils > 0 && l.label == 1 && apart
	return l
}

// ruleLine reports a line of rules only: dashes, equals signs,
// underscores or box-drawing lines, three at least in each chunk.
func ruleLine(chunks []textChunk) bool {
	for _, c := range chunks {
		if len(c.text) < 3 || strings.Trim(c.text, "-=_─━═") != "" {
			return false
		}
	}
	return len(chunks) > 0
}

// dayRow reports a row of days of the month, the second line of a header
// ("Six months ended June" over "30"): its figures are whole numbers from
// 1 to 31, written plain.
func dayRow(l textLine) bool {
	for _, c := range l.chunks[l.label:] {
		if !isDay(c.text) {
			return false
		}
	}
	return true
}

// isDay reports a day of the month written alone: "30", "30,".
func isDay(s string) bool {
	s = strings.TrimSuffix(s, ",")
	if s == "" || len(s) > 2 || strings.Trim(s, "0123456789") != "" {
		return false
	}
	n := atoi(s)
	return n >= 1 && n <= 31
}

// sectionLine reports a line that may stand inside a table's body: a short
// label alone ("Net sales:", "Americas") or the first line of a long one.
func sectionLine(l textLine) bool {
	if len(l.chunks) != 1 {
		return false
	}
	s := l.chunks[0].text
	return utf8.RuneCountInString(s) <= maxTextLabel && !sentenceEnd(s)
}

// sentenceEnd reports text that ends as a sentence does, a word in lower
// case and a full stop ("as follows."), not as "Walmart U.S." does.
func sentenceEnd(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "."))
	return unicode.IsLower(c)
}

// longLabel reports a line that may be the first line of a long label
// wrapped over two: one piece, no full stop at its end.
func longLabel(l textLine) bool {
	return len(l.chunks) == 1 && !sentenceEnd(l.chunks[0].text) && utf8.RuneCountInString(l.chunks[0].text) <= 2*maxTextLabel+20
}

// textTables finds the tables of a plain text document, or of a PDF's
// text with its runs placed.
func textTables(text string, runs []placedRun) []table {
	var lines []textLine
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		lines = append(lines, readTextLine(text, off, end, runs))
		off = end + 1
	}
	var out []table
	lastEnd, floor := 0, 0 // where the last table ends, in bytes and lines
	var prev *table        // the last table with a header
	var prevCols []colRange
	prevHeader := 0 // its header rows
	for i := 0; i < len(lines); {
		if !lines[i].figure || dayRow(lines[i]) {
			i++
			continue
		}
		// the body: rows of figures, with blank lines (two in a row at
		// most) and section rows (two in a row at most) between them
		first, last := i, i
		rows := 1
		// where the figures start: a label line that ends before them is on
		// the labels' side, as a table split over two pages leaves the rows
		// whose figures went to the other ("Interest income", "Equity
		// income" / "(loss) — net" with the consolidated column alone)
		figuresAt := lines[i].chunks[lines[i].label].start
		for j, blanks, labels := i+1, 0, 0; j < len(lines) && blanks <= 2 && labels <= 3; j++ {
			switch l := lines[j]; {
			case l.figure:
				last, blanks, labels = j, 0, 0
				rows++
			case l.nils:
				last, blanks, labels = j, 0, 0 // a row of nil goes on with the table
			case len(l.chunks) == 0:
				blanks++
			case sectionLine(l) && l.chunks[0].end < figuresAt && labels < 12 && nextFigures(lines, j, 12):
				blanks, labels = 0, max(labels, 1) // a short label on the labels' side, figures below
			case sectionLine(l):
				blanks, labels = 0, labels+1
			case longLabel(l) && j+1 < len(lines) && lines[j+1].figure && lines[j+1].label == 1:
				// "Common stock, $0.001 par value; 80,000 shares authorized;
				// 24,477 shares issued and" over the rest of its label
				blanks, labels = 0, labels+1
			default:
				labels = 99
			}
		}
		i = last + 1
		if rows < 2 && len(lines[first].chunks)-lines[first].label < 2 {
			continue // one figure on one line: a sentence's, not a table's
		}
		t, cols, header := textTable(text, lines, floor, first, last, lastEnd)
		if t == nil {
			continue
		}
		if header == 0 && prev != nil && sameColumns(cols, prevCols) {
			// a table going on after a page break or a long label: the
			// header of the one before stands over it
			t.rows = append(slices.Clone(prev.rows[:prevHeader]), t.rows...)
			t.before = prev.before + " " + t.before
			header = prevHeader
		}
		out = append(out, *t)
		lastEnd, floor = t.span.End, last+1
		if header > 0 {
			prev, prevCols, prevHeader = t, cols, header
		}
	}
	return out
}

// spreadSpans widens a header row's cells that name a kind of period
// ("Year Ended", "Three Months Ended") or a day of it ("30" under "Six
// months ended June") over the columns nearer to them
// than to the row's other cells: centred over a table, "Year Ended"
// stands over all three years, not the middle one alone.
func spreadSpans(row []tableCell, chunks []textChunk, cols []colRange) {
	var mids []int          // the middles of the row's cells over the figures
	centre := map[int]int{} // cell index → middle column
	extent := map[int]textChunk{}
	for i, c := range row {
		if c.col == 0 {
			continue
		}
		// the chunk the cell was made from, or its part when the cell was
		// cut from it (see splitColumnWords)
		for _, ch := range chunks {
			if ch.span.Start == c.span.Start && c.span.End >= ch.span.End {
				centre[i] = (ch.start + ch.end) / 2
				extent[i] = ch
				mids = append(mids, centre[i])
			} else if ch.span.Start <= c.span.Start && c.span.End <= ch.span.End {
				part := ch
				part.start += c.span.Start - ch.span.Start
				part.end = part.start + c.span.End - c.span.Start
				centre[i] = (part.start + part.end) / 2
				extent[i] = part
				mids = append(mids, centre[i])
			}
		}
	}
	width := 0 // a column's width, with its gap
	if len(cols) > 1 {
		width = (cols[len(cols)-1].end - cols[0].start) / len(cols)
	}
	allMid := (cols[0].start + cols[len(cols)-1].end) / 2
	for i, c := range row {
		m, ok := centre[i]
		// a kind of period, or whose statements: "Group" beside "Company"
		group := groupColumnRE.MatchString(c.text) || parentColumnRE.MatchString(c.text)
		if !ok || !periodWordsRE.MatchString(c.text) && !isDay(c.text) && !monthDayRE.MatchString(c.text) && !group {
			continue
		}
		// a head alone on its line stands over all the columns when it is
		// centred over them, else over those under it ("Three Months Ended
		// June" on one line, "Six Months Ended June 30," on the next)
		lone := len(mids) == 1 && abs(m-allMid) > width/2
		lo, hi := -1, -1
		for k, col := range cols {
			mid := (col.start + col.end) / 2
			nearest := true
			for _, other := range mids {
				if other != m && abs(mid-other) < abs(mid-m) {
					nearest = false
				}
			}
			if lone {
				// a day ("30,") is short: it reaches the columns a width away
				ch, slack := extent[i], width/2
				if !periodWordsRE.MatchString(c.text) {
					slack = width
				}
				nearest = mid >= ch.start-slack && mid <= ch.end+slack
			}
			if nearest {
				if lo < 0 {
					lo = k
				}
				hi = k
			}
		}
		if lo >= 0 && lo+1 <= c.col && hi+1 >= c.col+c.cols-1 {
			row[i].col, row[i].cols = lo+1, hi-lo+1
		}
	}
}

// sameColumns reports two tables' columns that stand in the same places.
func sameColumns(a, b []colRange) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].start > b[k].end+2 || b[k].start > a[k].end+2 {
			return false
		}
	}
	return true
}

// textTable builds the grid of the table whose body is lines[first:last+1];
// its header goes up to lines[floor] at most, where the last table ended.
// It returns the grid's columns of figures and how many rows head it.
func textTable(text string, lines []textLine, floor, first, last, lastEnd int) (*table, []colRange, int) {
	// grid columns from the figures' chunks, a sign apart joined to its figure
	var spans []colRange
	for _, l := range lines[first : last+1] {
		if !l.figure {
			continue
		}
		for _, c := range l.chunks[l.label:] {
			spans = append(spans, colRange{c.start, c.end})
		}
	}
	slices.SortFunc(spans, func(a, b colRange) int { return a.start - b.start })
	var cols []colRange
	for _, s := range spans {
		if n := len(cols); n > 0 && s.start < cols[n-1].end+1 {
			cols[n-1].end = max(cols[n-1].end, s.end)
			continue
		}
		cols = append(cols, s)
	}
	// a "$" standing apart makes a column of its own: join it to the next
	for k := 0; k+1 < len(cols); {
		if signOnly(text, lines[first:last+1], cols[k].start, cols[k].end) {
			cols[k+1].start = cols[k].start
			cols = append(cols[:k], cols[k+1:]...)
			continue
		}
		k++
	}
	if len(cols) == 0 {
		return nil, nil, 0
	}
	colOf := func(start, end int) (lo, hi int) {
		lo, hi = -1, -1
		for k, c := range cols {
			if start < c.end && c.start < end {
				if lo < 0 {
					lo = k
				}
				hi = k
			}
		}
		return lo, hi
	}
	// section rows right above the body ("Net sales:") belong to it; above
	// them, the lines with text over the columns are the header
	head := first
	sections := first
	for j, n, blank := first-1, 0, 0; j >= floor && n < 6 && blank <= 2; j-- {
		l := lines[j]
		if len(l.chunks) == 0 {
			blank++
			continue
		}
		if !sectionLine(l) || l.chunks[0].start >= cols[0].start {
			break
		}
		head, sections, n, blank = j, j, n+1, 0
	}
	var scales []int // lines inside the header that state the scale
	for j, blank := head-1, 0; j >= floor && head-j <= 8; j-- {
		l := lines[j]
		if len(l.chunks) == 0 {
			if blank++; blank > 2 {
				break
			}
			continue
		}
		blank = 0
		if len(l.chunks) == 1 {
			if _, _, ok := tableScale(l.chunks[0].text); ok {
				scales = append(scales, j) // "(in thousands)" between the dates and the figures
				continue
			}
			if asideLineRE.MatchString(l.chunks[0].text) {
				continue // "(unaudited)" under a column's date
			}
		}
		if !headerLine(l, cols[0].start) {
			break
		}
		head = j
	}
	t := &table{span: Span{lines[head].span.Start, lines[last].span.End}}
	t.before = strings.Join(strings.Fields(text[max(lastEnd, t.span.Start-600):t.span.Start]), " ")
	header := 0
	skip := map[int]bool{} // the second line of a label, read with its figures
	for _, j := range scales {
		if j > head {
			skip[j] = true
			t.before += " " + lines[j].chunks[0].text
		}
	}
	for j := head; j <= last; j++ {
		l := lines[j]
		if len(l.chunks) == 0 || skip[j] {
			continue
		}
		var row []tableCell
		chunks := l.chunks
		for k := 0; k < len(chunks); k++ {
			c := chunks[k]
			at := c // where the cell stands: its figure's place
			if k+1 < len(chunks) && strings.Trim(c.text, "$€£¥") == "" && figureChunk(chunks[k+1].text) {
				// "$    66,613": the sign and its figure are one cell, in
				// the figure's column (a sign set far left may stand
				// under the column before)
				n := chunks[k+1]
				c = textChunk{text: text[c.span.Start:n.span.End], span: Span{c.span.Start, n.span.End}, start: c.start, end: n.end}
				at = n
				k++
			}
			cell := tableCell{text: strings.Join(strings.Fields(c.text), " "), span: c.span}
			lo, hi := colOf(at.start, at.end)
			switch {
			case at.start < cols[0].start-1 && (j >= sections || lo < 0 || at.start < cols[0].start-(cols[0].end-cols[0].start)) && !(j < sections && (k > 0 || periodHeadRE.MatchString(c.text)) && lo >= 0):
				// (a head after the stub that reaches over the figures is
				// theirs, however far left it starts: "Jul–Sep 2025" set
				// right over "1,462")
				cell.col, cell.cols = 0, 1 // a label, however far it runs; a head a little left of its columns is theirs
			case lo >= 0:
				cell.col, cell.cols = lo+1, hi-lo+1
			case at.end <= cols[0].start:
				cell.col, cell.cols = 0, 1
			default:
				cell.col, cell.cols = nearestColumn(cols, (at.start+at.end)/2)+1, 1
			}
			row = append(row, cell)
		}
		if j < sections {
			row = splitColumnWords(row)
			spreadSpans(row, l.chunks, cols)
		}
		// a label wrapped over two lines: "Net cash provided by operating"
		// above "activities  1,234", or the figures set between the two
		// lines of their label
		n := len(t.rows)
		prevLabel := n > 0 && len(t.rows[n-1]) == 1 && t.rows[n-1][0].col == 0 && !strings.HasSuffix(t.rows[n-1][0].text, ":")
		adjacent := prevLabel && t.rows[n-1][0].span.End >= lines[j-1].span.Start // no blank line between
		periodEnd := adjacent && periodOpenRE.MatchString(t.rows[n-1][0].text)    // "Ended June 27," above "2025"
		if j > head && (!l.figure || periodEnd && yearAloneRE.MatchString(row[0].text)) && len(row) == 1 && row[0].col == 0 && prevLabel && (startsLower(row[0].text) || periodEnd || adjacent && j >= sections && connectorEnd(t.rows[n-1][0].text)) {
			// a section's label wrapped: "Change in unrealized gains," above
			// "net of tax:", "Six Months" above "Ended June 27," above "2025"
			t.rows[n-1][0].text += " " + row[0].text
			t.rows[n-1][0].span.End = row[0].span.End
			continue
		}
		if j > head && l.figure {
			wrapped := n > 0 && len(t.rows[n-1]) == 1 && t.rows[n-1][0].col == 0 && !strings.HasSuffix(t.rows[n-1][0].text, ":")
			switch {
			case wrapped && l.label == 1 && (startsLower(l.chunks[0].text) || t.rows[n-1][0].span.Start >= lines[j-1].span.Start && connectorEnd(t.rows[n-1][0].text)):
				prev := t.rows[n-1][0]
				row[0].text = prev.text + " " + row[0].text
				row[0].span.Start = prev.span.Start
				t.rows = t.rows[:n-1]
				if adjacentTail(lines, j, last+1, cols[0].start, row[0].text) {
					// wrapped over three lines, the figures on the middle one:
					// "Total net" / "operating  3,176" / "revenues"
					c := lines[j+1].chunks[0]
					row[0].text += " " + c.text
					row[0].span.End = c.span.End
					skip[j+1] = true
				}
			case l.label == 1 && adjacentTail(lines, j, last+1, cols[0].start, row[0].text):
				c := lines[j+1].chunks[0]
				row[0].text += " " + c.text
				row[0].span.End = c.span.End
				skip[j+1] = true
			case wrapped && l.label == 0:
				label := t.rows[n-1][0]
				if next := nextLine(lines, j, last+1); next >= 0 && len(lines[next].chunks) == 1 && (startsLower(lines[next].chunks[0].text) || connectorEnd(label.text)) && lines[next].chunks[0].start < cols[0].start {
					c := lines[next].chunks[0]
					label.text += " " + c.text
					label.span.End = c.span.End
					skip[next] = true
				}
				row = append([]tableCell{label}, row...)
				t.rows = t.rows[:n-1]
			case l.label == 0 && labelBelow(lines, j, cols[0].start):
				// the figures set just above their label: "2,594  1,985"
				// over "Membership and other income"
				c := lines[j+1].chunks[0]
				row = append([]tableCell{{text: strings.Join(strings.Fields(c.text), " "), span: c.span, col: 0, cols: 1}}, row...)
				skip[j+1] = true
			}
		}
		t.rows = append(t.rows, row)
		if j < sections {
			header = len(t.rows)
		}
	}
	return t, cols, header
}

// headerLine reports a line that may head a table whose figures start at
// column figures: its text stands over the figures, but for a label at
// most ("(In millions)"), and names a period or a column when it is one
// piece. A caption centred over the page runs into the labels' side.
func headerLine(l textLine, figures int) bool {
	over := 0
	for k, c := range l.chunks {
		if k > 0 && c.end > figures {
			if _, dated := headerPeriod(c.text, Calendar{}); dated {
				over++ // "Jul–Sep 2025" set right, wider than the figures under it
				continue
			}
		}
		if c.start < figures-3 && c.end > figures && (k > 0 || len(l.chunks) == 1) {
			return false // a caption (a stub over the labels may run long)
		}
		if c.start >= figures-3 {
			over++
		}
	}
	if over == 0 || over < len(l.chunks)-1 {
		return false
	}
	if len(l.chunks) == 1 {
		s := l.chunks[0].text
		_, dated := headerPeriod(s, Calendar{})
		return dated || periodWordsRE.MatchString(s) || daysOnly(s) || utf8.RuneCountInString(s) <= 30 && !strings.Contains(s, "|") && !strings.HasPrefix(s, "(")
	}
	return true
}

// adjacentTail reports that the line right after lines[j], with no blank
// line between, is the end of j's label: "(EMEA)", "activities".
func adjacentTail(lines []textLine, j, last, figures int, label string) bool {
	if j+1 > last || j+1 >= len(lines) {
		return false
	}
	l := lines[j+1]
	if len(l.chunks) != 1 || l.figure && !(periodOpenRE.MatchString(label) && yearAloneRE.MatchString(l.chunks[0].text)) || l.chunks[0].start >= figures {
		return false
	}
	s := l.chunks[0].text
	// "… activities" under "Net cash provided by operating", "Apr 27,
	// 2025" under "Balances as of": a label left unfinished takes the next
	// line whatever its case
	unfinished := (connectorEnd(label) || periodOpenRE.MatchString(label)) && utf8.RuneCountInString(s) <= 20
	return (startsLower(s) || strings.HasPrefix(s, "(") || unfinished) && !strings.HasSuffix(s, ":")
}

// periodOpenRE finds a period's name left unfinished at a line's end, on
// the labels' side of a table: "Three Months" above "Ended June 27," above
// "2025".
var periodOpenRE = regexp.MustCompile(`(?i)(?:\b(?:months|weeks|years?|quarters?|ended|ending)|\b(?:` + monthNames + `)\.?\s+\d{1,2},?)\s*$`)

// asideLineRE finds a header's line that only remarks on the columns:
// "(unaudited)", "(audited)", "(restated)".
var asideLineRE = regexp.MustCompile(`(?i)^\((?:un)?audited\)$|^\(restated\)$|^\(as\s+restated\)$`)

// columnWords are the heads of a segment note's columns beside its
// segments, which a PDF's text may set one space apart: "Corporate
// Eliminations" over two columns is two heads.
var columnWords = map[string]bool{"corporate": true, "eliminations": true, "consolidated": true, "total": true, "other": true, "adjustments": true, "unallocated": true}

// splitColumnWords cuts a header's cell over n columns into its n heads
// when each is a column's head of its own: words of columnWords
// ("Corporate Eliminations"), or days set one space apart ("September 27,
// September 28," over the two columns whose years the next line gives).
func splitColumnWords(row []tableCell) []tableCell {
	var out []tableCell
	for _, c := range row {
		words := strings.Fields(c.text)
		split := c.cols > 1 && len(words) == c.cols
		for _, w := range words {
			split = split && columnWords[strings.ToLower(w)]
		}
		if !split && c.cols > 1 {
			if days := monthDaysRE.FindAllString(c.text, -1); len(days) == c.cols && daysOnly(c.text) {
				words, split = days, true
			}
		}
		if !split {
			out = append(out, c)
			continue
		}
		off := c.span.Start
		for i, w := range words {
			at := off + strings.Index(c.text[off-c.span.Start:], w)
			off = at + len(w)
			out = append(out, tableCell{text: w, span: Span{at, at + len(w)}, col: c.col + i, cols: 1})
		}
	}
	return out
}

// daysOnly reports text that is nothing but days of a header set one
// space apart: "September 27, September 28, September 27, September 28,".
func daysOnly(s string) bool {
	days := monthDaysRE.FindAllString(s, -1)
	return len(days) > 1 && len(strings.Join(days, " ")) == len(s)
}

// monthDaysRE finds the days of a header written without their years:
// "September 27,", "Dec. 31".
var monthDaysRE = regexp.MustCompile(`(?i)\b(?:` + monthNames + `)\.?\s\d{1,2}\b,?`)

// yearAloneRE is a year written alone.
var yearAloneRE = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// connectorRE finds a label's last word that leaves it unfinished.
var connectorRE = regexp.MustCompile(`(?i)(?:\b(?:of|and|to|for|in|from|by|on|at|the|with|less|net of|attributable)|[,&—–/-])$`)

// connectorEnd reports a label that goes on on the next line: "Net
// Income Attributable to Shareowners of".
func connectorEnd(s string) bool {
	return connectorRE.MatchString(strings.TrimSpace(s))
}

// labelBelow reports that the line right after lines[j], with no blank
// line between, is a label alone on the labels' side, unfinished by a
// colon: the label of the figures of line j.
func labelBelow(lines []textLine, j, figures int) bool {
	if j+1 >= len(lines) {
		return false
	}
	l := lines[j+1]
	return len(l.chunks) == 1 && !l.figure && l.chunks[0].start < figures && !strings.HasSuffix(l.chunks[0].text, ":")
}

// nextFigures reports a row of figures within n lines after j, with only
// short labels and blank lines between.
func nextFigures(lines []textLine, j, n int) bool {
	for k := j + 1; k <= j+n && k < len(lines); k++ {
		switch l := lines[k]; {
		case l.figure:
			return true
		case len(l.chunks) == 0 || sectionLine(l):
		default:
			return false
		}
	}
	return false
}

// nextLine returns the index of the first line after j, up to last, that
// is not blank, or -1.
func nextLine(lines []textLine, j, last int) int {
	for k := j + 1; k <= last && k < len(lines); k++ {
		if len(lines[k].chunks) > 0 {
			return k
		}
	}
	return -1
}

// signOnly reports a column of the body between start and end that holds
// nothing but currency signs.
func signOnly(text string, lines []textLine, start, end int) bool {
	seen := false
	for _, l := range lines {
		for _, c := range l.chunks[l.label:] {
			if c.start >= start && c.end <= end {
				if strings.Trim(c.text, "$€£¥") != "" {
					return false
				}
				seen = true
			}
		}
	}
	return seen
}

// periodHeadRE finds a head that names a period, which heads the column
// it reaches over however far left it starts: "Fiscal 2023" set over
// "538.9".
var periodHeadRE = regexp.MustCompile(`(?i)^(?:fiscal(?:\s+year)?|fy|q[1-4]|h[12]|9m)\s*'?(?:19|20)?\d\d$`)

// colRange is a grid column's extent on a text line, in columns.
type colRange struct{ start, end int }

// nearestColumn returns the column whose middle is nearest to col.
func nearestColumn(cols []colRange, col int) int {
	best, dist := 0, -1
	for k, c := range cols {
		d := abs(col - (c.start+c.end)/2)
		if dist < 0 || d < dist {
			best, dist = k, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// startsLower reports text that begins with a lower-case letter: the
// second line of a wrapped label.
func startsLower(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(c)
}
