package export

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Colours of the workbook. Inputs are blue and formulas black, the
// modelling convention; fills mark what a person should still look at.
const (
	colorInput    = "0000FF"
	colorFormula  = "000000"
	colorMuted    = "595959"
	colorGuidance = "7030A0" // the company's own outlook, in a forecast column
	colorRule     = "808080"
	fillBulk      = "E8F3E3" // confirmed in bulk with other sure figures, not one by one
	fillPending   = "FFF4CC" // read from the documents, not yet confirmed
	fillCheck     = "FFC978" // a check or the reading casts doubt on it
	fillConflict  = "F4B6B6" // the documents disagree
	fillHeader    = "DDEBF7"
)

// mark is how a figure's cell is marked for review.
type mark int

const (
	markNone     mark = iota // confirmed or corrected by a person, nothing open
	markBulk                 // confirmed in bulk ("Confirm sure ones"), not one by one
	markPending              // not yet confirmed
	markCheck                // needs review, or a check against it fails
	markConflict             // sources disagree
)

var markFills = [...]string{"", fillBulk, fillPending, fillCheck, fillConflict}

// numKind is how a number is written.
type numKind int

const (
	numMoney    numKind = iota // scaled to the display scale
	numPercent                 // ratios and growth: one decimal
	numPerShare                // two decimals, never scaled
	numCount                   // whole numbers
)

// cellStyle is everything that decides a cell's look.
type cellStyle struct {
	num    numKind
	font   string // colorInput, colorFormula or colorMuted
	italic bool
	bold   bool
	mark   mark
	places int // Facts sheet values: decimal places shown
	raw    bool
	top    bool // aligned to the top of a tall row
}

// styles creates each distinct style once.
type styles struct {
	f     *excelize.File
	scale int
	cache map[cellStyle]int
	named map[string]int
	err   error
}

func newStyles(f *excelize.File, scale int) *styles {
	return &styles{f: f, scale: scale, cache: map[cellStyle]int{}, named: map[string]int{}}
}

// moneyFormat shows money as the cells hold it, in the display scale:
// thousands whole, millions to a tenth, billions to a hundredth.
func moneyFormat(scale int) string {
	places := map[int]string{3: "", 6: ".0", 9: ".00"}[scale]
	n := "#,##0" + places
	return n + `_);(` + n + `);"–"_)`
}

const (
	percentFormat  = `0.0%_);(0.0%);"–"_)`
	perShareFormat = `#,##0.00_);(#,##0.00);"–"_)`
	countFormat    = `#,##0_);(#,##0);"–"_)`
)

// rawFormat shows an exact value with all its decimal places.
func rawFormat(places int) string {
	n := "#,##0"
	if places > 0 {
		n += "." + strings.Repeat("0", places)
	}
	return n + `_);(` + n + `)`
}

func (s *styles) number(cs cellStyle) int {
	if id, ok := s.cache[cs]; ok {
		return id
	}
	var numFmt string
	switch {
	case cs.raw:
		numFmt = rawFormat(cs.places)
	case cs.num == numMoney:
		numFmt = moneyFormat(s.scale)
	case cs.num == numPercent:
		numFmt = percentFormat
	case cs.num == numPerShare:
		numFmt = perShareFormat
	default:
		numFmt = countFormat
	}
	st := &excelize.Style{
		Font:         &excelize.Font{Color: cs.font, Bold: cs.bold, Italic: cs.italic},
		CustomNumFmt: &numFmt,
		Alignment:    &excelize.Alignment{Horizontal: "right"},
	}
	if cs.top {
		st.Alignment.Vertical = "top"
	}
	if fill := markFills[cs.mark]; fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}}
	}
	id, err := s.f.NewStyle(st)
	if err != nil && s.err == nil {
		s.err = fmt.Errorf("a cell style: %w", err)
	}
	s.cache[cs] = id
	return id
}

// text styles, by name.
func (s *styles) text(name string) int {
	if id, ok := s.named[name]; ok {
		return id
	}
	st := textStyles[name]
	if st == nil {
		st = &excelize.Style{}
	}
	id, err := s.f.NewStyle(st)
	if err != nil && s.err == nil {
		s.err = fmt.Errorf("style %s: %w", name, err)
	}
	s.named[name] = id
	return id
}

func dateStyle() *excelize.Style {
	f := "d mmm yyyy"
	return &excelize.Style{CustomNumFmt: &f, Alignment: &excelize.Alignment{Horizontal: "right"}}
}

var textStyles = map[string]*excelize.Style{
	"title":      {Font: &excelize.Font{Bold: true, Size: 14}},
	"units":      {Font: &excelize.Font{Italic: true, Color: colorMuted}},
	"key":        {Font: &excelize.Font{Color: colorMuted, Size: 9}},
	"keyInput":   {Font: &excelize.Font{Color: colorInput, Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box()},
	"keyFormula": {Font: &excelize.Font{Color: colorFormula, Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box()},
	"keyPending": {Font: &excelize.Font{Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box(),
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillPending}}},
	"keyCheck": {Font: &excelize.Font{Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box(),
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillCheck}}},
	"keyBulk": {Font: &excelize.Font{Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box(),
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillBulk}}},
	"keyConflict": {Font: &excelize.Font{Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box(),
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillConflict}}},
	"group": {Font: &excelize.Font{Bold: true, Color: colorMuted}, Alignment: &excelize.Alignment{Horizontal: "center"},
		Border: []excelize.Border{{Type: "bottom", Color: colorRule, Style: 1}}},
	"period": {Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "right"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillHeader}}},
	"periodForecast": {Font: &excelize.Font{Bold: true, Color: colorGuidance}, Alignment: &excelize.Alignment{Horizontal: "right"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDE4F5"}}},
	"keyGuidance": {Font: &excelize.Font{Color: colorGuidance, Size: 9}, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: box()},
	"periodLabel": {Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillHeader}}},
	"ends": {Font: &excelize.Font{Color: colorMuted, Size: 8}, Alignment: &excelize.Alignment{Horizontal: "right"},
		Border: []excelize.Border{{Type: "bottom", Color: colorRule, Style: 1}}},
	"endsLabel": {Border: []excelize.Border{{Type: "bottom", Color: colorRule, Style: 1}}},
	"label":     {},
	"label1":    {Alignment: &excelize.Alignment{Indent: 1}},
	"label2":    {Alignment: &excelize.Alignment{Indent: 2}},
	"label3":    {Alignment: &excelize.Alignment{Indent: 3}},
	"total":     {Font: &excelize.Font{Bold: true}},
	"growth0":   {Font: &excelize.Font{Italic: true, Color: colorMuted}},
	"growth1":   {Font: &excelize.Font{Italic: true, Color: colorMuted}, Alignment: &excelize.Alignment{Indent: 1}},
	"growth2":   {Font: &excelize.Font{Italic: true, Color: colorMuted}, Alignment: &excelize.Alignment{Indent: 2}},
	"growth3":   {Font: &excelize.Font{Italic: true, Color: colorMuted}, Alignment: &excelize.Alignment{Indent: 3}},
	"pending":   {Font: &excelize.Font{Italic: true, Color: colorMuted}},
	"heading":   {Font: &excelize.Font{Bold: true, Italic: true, Color: colorMuted}},
	"note":      {Font: &excelize.Font{Color: colorMuted, Size: 9}},
	"noteWrap":  {Font: &excelize.Font{Color: colorMuted, Size: 9}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
	"empty":     {Font: &excelize.Font{Italic: true, Color: colorMuted}},
	"header": {Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fillHeader}},
		Border: []excelize.Border{{Type: "bottom", Color: colorRule, Style: 1}}},
	"wrap":     {Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
	"top":      {Alignment: &excelize.Alignment{Vertical: "top"}},
	"hold":     {Font: &excelize.Font{Color: "375623"}, Alignment: &excelize.Alignment{Vertical: "top"}},
	"fail":     {Font: &excelize.Font{Bold: true, Color: "C00000"}, Alignment: &excelize.Alignment{Vertical: "top"}},
	"resolved": {Font: &excelize.Font{Color: "9C5700"}, Alignment: &excelize.Alignment{Vertical: "top"}},
	"date":     dateStyle(),
	"int":      {NumFmt: 3, Alignment: &excelize.Alignment{Vertical: "top"}},
	"pct0":     {NumFmt: 9, Alignment: &excelize.Alignment{Vertical: "top"}},
	"section":  {Font: &excelize.Font{Bold: true, Size: 12}},
}

func box() []excelize.Border {
	return []excelize.Border{
		{Type: "left", Color: colorRule, Style: 1}, {Type: "right", Color: colorRule, Style: 1},
		{Type: "top", Color: colorRule, Style: 1}, {Type: "bottom", Color: colorRule, Style: 1},
	}
}
