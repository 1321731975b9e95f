package parse

import (
	"html"
	"strconv"
	"strings"
)

// The figures an analyst models from sit mostly in tables: the income
// statement, the segment note, the cash-flow statement, the balance sheet.
// A table is read as a grid: each cell knows the grid columns it covers,
// so a header that spans two columns ("Three Months Ended") stands over
// the figures beneath it, whatever cells of "$" and ")" the layout adds.

// tableCell is one cell of a table's grid.
type tableCell struct {
	text string // as a person reads it: entities decoded, spaces collapsed
	span Span   // its text in the document
	col  int    // the first grid column it covers
	cols int    // how many it covers
	rows int    // how many rows it covers, when more than one (an HTML rowspan)
}

// table is a grid of cells, row by row, with where it stands.
type table struct {
	span   Span // the whole table in the document
	rows   [][]tableCell
	before string // the text just before it: a caption, "(In millions)"
}

// rowGroups turns a first cell that spans rows beside the rows' own
// labels into a row of its own above them: "Fluid Handling" (rowspan 3)
// beside "Net sales", "Segment operating income" and "Segment operating
// margin" heads those rows as a section row does.
func rowGroups(t *table) {
	var rows [][]tableCell
	for _, row := range t.rows {
		if len(row) > 1 && row[0].col == 0 && row[0].rows > 1 && row[0].text != "" && row[1].col == 1 && row[1].text != "" {
			if _, number := readCellNumber(row[1].text); !number {
				head := row[0]
				head.rows = 0
				rows = append(rows, []tableCell{head})
				row = row[1:]
			}
		}
		rows = append(rows, row)
	}
	t.rows = rows
}

// maxTableCols bounds a grid's width: a colspan beyond it is a layout
// error, not a table.
const maxTableCols = 200

// htmlTables reads the tables of an HTML document. A table inside a table
// is read as text of the outer one's cell.
func htmlTables(text string) []table {
	var out []table
	var t *table
	depth := 0
	var row []tableCell
	var cell *tableCell
	var cellText strings.Builder
	cellStart, cellEnd := -1, -1
	occupied := map[int]int{} // grid column → rows a rowspan still covers
	col := 0
	lastEnd := 0 // where the text before the next table starts
	endCell := func() {
		if cell == nil {
			return
		}
		cell.text = strings.Join(strings.Fields(cellText.String()), " ")
		if cellStart >= 0 {
			cell.span = Span{cellStart, cellEnd}
		}
		row = append(row, *cell)
		cell = nil
	}
	endRow := func() {
		endCell()
		if row == nil {
			return // "</tr>" then "<tr>": one row ended, once
		}
		if t != nil {
			t.rows = append(t.rows, row)
		}
		row = nil
		col = 0
		for c, n := range occupied {
			if n <= 1 {
				delete(occupied, c)
			} else {
				occupied[c] = n - 1
			}
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '<' {
			end, name, closing := tagAt(text, i)
			switch {
			case name == "table" && !closing:
				depth++
				if depth == 1 {
					t = &table{span: Span{Start: i}, before: textBefore(text, lastEnd, i)}
					occupied = map[int]int{}
				}
			case name == "table" && closing && depth > 0:
				depth--
				if depth == 0 && t != nil {
					endRow()
					t.span.End = end
					if len(t.rows) > 0 {
						rowGroups(t)
						out = append(out, *t)
					}
					t, lastEnd = nil, end
				}
			case depth == 1 && name == "tr" && !closing:
				endRow()
				row = []tableCell{}
			case depth == 1 && name == "tr" && closing:
				endRow()
			case depth == 1 && (name == "td" || name == "th") && !closing:
				endCell()
				if row == nil {
					row = []tableCell{}
				}
				for occupied[col] > 0 {
					col++
				}
				span := attrInt(text[i:end], "colspan", 1)
				rowspan := attrInt(text[i:end], "rowspan", 1)
				cell = &tableCell{col: col, cols: span}
				if rowspan > 1 {
					cell.rows = rowspan
					for k := col; k < col+span; k++ {
						occupied[k] = rowspan
					}
				}
				col += span
				cellText.Reset()
				cellStart, cellEnd = -1, -1
			case depth == 1 && (name == "td" || name == "th") && closing:
				endCell()
			case cell != nil && (name == "br" || name == "p" || name == "div"):
				cellText.WriteByte(' ')
			}
			i = end
			continue
		}
		// text: into the open cell, if any
		j := i + 1
		for j < len(text) && text[j] != '<' {
			j++
		}
		if cell != nil {
			run := text[i:j]
			if strings.ContainsRune(run, '&') {
				run = decodeEntities(run)
			}
			if strings.TrimSpace(run) != "" {
				lead := len(text[i:j]) - len(strings.TrimLeft(text[i:j], " \t\r\n"))
				trail := len(strings.TrimRight(text[i:j], " \t\r\n"))
				if cellStart < 0 {
					cellStart = i + lead
				}
				cellEnd = i + trail
			}
			cellText.WriteString(normRunes(run))
		}
		i = j
	}
	return out
}

// tagAt reads the tag at text[i] ('<'): where it ends, its lower-case
// name, and whether it closes an element. Comments and scripts are
// skipped whole.
func tagAt(text string, i int) (end int, name string, closing bool) {
	end, _ = htmlTag(text, i)
	if end <= i+1 {
		return i + 1, "", false
	}
	s := text[i+1 : end-1]
	if strings.HasPrefix(s, "/") {
		closing, s = true, s[1:]
	}
	if k := strings.IndexAny(s, " \t\r\n/>"); k >= 0 {
		s = s[:k]
	}
	if k := strings.IndexByte(s, ':'); k >= 0 {
		s = s[k+1:] // "ix:nonFraction" is no table element; "xhtml:td" is
	}
	return end, strings.ToLower(s), closing
}

// attrInt reads a whole-number attribute of a start tag ("colspan"),
// within 1 and maxTableCols, else def.
func attrInt(tag, name string, def int) int {
	i := indexFoldASCII(tag, name+"=")
	if i < 0 {
		return def
	}
	v := tag[i+len(name)+1:]
	v = strings.TrimLeft(v, "\"'")
	n := 0
	for n < len(v) && v[n] >= '0' && v[n] <= '9' {
		n++
	}
	x, err := strconv.Atoi(v[:n])
	if err != nil || x < 1 || x > maxTableCols {
		return def
	}
	return x
}

// decodeEntities replaces the HTML entities of a run of text.
func decodeEntities(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if end, r := htmlEntity(s, i); end > i {
				b.WriteString(r)
				i = end
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// textBefore returns up to 600 characters of the text between two offsets
// of an HTML document, tags dropped: what stands above a table.
func textBefore(text string, from, to int) string {
	from = max(from, to-20000)
	var b strings.Builder
	for i := from; i < to; {
		if text[i] == '<' {
			end, repl := htmlTag(text, i)
			b.WriteString(repl)
			i = max(end, i+1)
			continue
		}
		j := i + 1
		for j < to && text[j] != '<' {
			j++
		}
		b.WriteString(decodeEntities(text[i:j]))
		i = j
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	if len(s) > 600 {
		s = s[len(s)-600:]
	}
	return s
}

// markdownTables reads the pipe tables of a Markdown document: "| Revenue |
// 1,234 | 1,100 |" under a header row and a "|---|---|" rule.
func markdownTables(text string) []table {
	var out []table
	var t *table
	lastEnd := 0
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line := text[off:end]
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "|") && strings.Count(trimmed, "|") >= 2 {
			if t == nil {
				t = &table{span: Span{Start: off}, before: strings.Join(strings.Fields(text[max(lastEnd, off-600):off]), " ")}
			}
			if !isRuleRow(trimmed) {
				t.rows = append(t.rows, pipeCells(text, off, end))
			}
			t.span.End = end
		} else if t != nil {
			out = append(out, *t)
			t, lastEnd = nil, off
		}
		off = end + 1
	}
	if t != nil {
		out = append(out, *t)
	}
	for i := range out {
		spanHeads(&out[i])
	}
	return out
}

// spanHeads widens a Markdown table's period heads over the empty cells
// after them, as a person writes a head that spans columns where pipes
// cannot: "| | 13 Weeks Ended | | | | 39 Weeks Ended | | | |" over "| |
// November 1, 2025 | | November 2, 2024 | |" over "$" and its figure; a
// measure's head over the heads of its periods. Only the rows above the
// first labelled one, and only heads that name a period or a day or stand
// over other heads: a bare year's empty neighbour may be a change column.
func spanHeads(t *table) {
	for i, row := range t.rows {
		if len(row) == 0 || row[0].text != "" {
			return
		}
		// a head over a row of heads spans the columns it stands over:
		// "| | Sales | | Adj. EBIT | |" over "| | 2025 | 2024 | 2025 | 2024 |"
		var below []tableCell
		if i+1 < len(t.rows) && len(t.rows[i+1]) > 0 && t.rows[i+1][0].text == "" {
			below = t.rows[i+1]
		}
		for k := 1; k < len(row); k++ {
			c := &row[k]
			if c.text == "" {
				continue
			}
			period := periodWordsRE.MatchString(c.text) || headerDateRE.MatchString(c.text)
			for n := k + 1; n < len(row) && row[n].text == "" && (period || headAt(below, row[n].col)); n++ {
				c.cols++
			}
		}
		for k := len(row) - 1; k >= 1; k-- {
			// the cells spanned are the head's now
			if row[k].text == "" && covered(row[:k], row[k].col) {
				row = append(row[:k], row[k+1:]...)
			}
		}
		t.rows[i] = row
	}
}

// headAt reports a non-empty cell of a row of heads at grid column col.
func headAt(row []tableCell, col int) bool {
	for _, c := range row {
		if c.col == col {
			return c.text != ""
		}
	}
	return false
}

// covered reports a grid column one of cells spans.
func covered(cells []tableCell, col int) bool {
	for _, c := range cells {
		if c.col < col && col < c.col+c.cols {
			return true
		}
	}
	return false
}

// ruledPipeTables returns the Markdown tables of a text file that have
// their rule row ("|---|---:|"): rows of pipes alone may be anything.
func ruledPipeTables(text string) []table {
	var out []table
	for _, t := range markdownTables(text) {
		for _, line := range strings.Split(text[t.span.Start:t.span.End], "\n") {
			if isRuleRow(strings.TrimSpace(line)) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// isRuleRow reports a Markdown table's rule row: "|---|:--:|".
func isRuleRow(line string) bool {
	return strings.Trim(line, "|-: \t") == "" && strings.Contains(line, "-")
}

// pipeCells splits a pipe-table line of text[lo:hi] into cells, one grid
// column each.
func pipeCells(text string, lo, hi int) []tableCell {
	var cells []tableCell
	line := text[lo:hi]
	start := strings.IndexByte(line, '|') + 1
	for col := 0; start < len(line); col++ {
		k := strings.IndexByte(line[start:], '|')
		if k < 0 {
			break
		}
		raw := line[start : start+k]
		lead := len(raw) - len(strings.TrimLeft(raw, " \t"))
		s := strings.TrimSpace(raw)
		// entities Markdown passes through: "&nbsp;&nbsp;Product" indents
		// a row's label
		cell := strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
		cells = append(cells, tableCell{text: strings.Join(strings.Fields(cell), " "), span: Span{lo + start + lead, lo + start + lead + len(s)}, col: col, cols: 1})
		start += k + 1
	}
	return cells
}
