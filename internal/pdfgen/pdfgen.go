// Package pdfgen writes small PDFs for tests: text set at given places on
// a page, in Helvetica, as a word processor's print of a report sets it.
package pdfgen

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Text is a run of text with its baseline's left end at X, Y (points from
// the page's bottom left) in a font of Size points.
type Text struct {
	X, Y, Size float64
	S          string
}

// Right is a run set flush right, its right end at X: figures in a column.
func Right(x, y, size float64, s string) Text {
	return Text{X: x - Width(s, size), Y: y, Size: size, S: s}
}

// Width is the width of s in Helvetica of the given size: digits are
// 0.556 em, the rest near enough.
func Width(s string, size float64) float64 {
	w := 0.0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9', c == '$':
			w += 0.556
		case c == ',' || c == '.' || c == ' ':
			w += 0.278
		case c == '(' || c == ')':
			w += 0.333
		case c >= 'A' && c <= 'Z':
			w += 0.667
		default:
			w += 0.5
		}
	}
	return w * size
}

// Page is what one page holds; Shapes are raw drawing operators ("0 0 100
// 100 re f"), a scan's picture in the small.
type Page struct {
	Texts  []Text
	Shapes string
}

// Make returns a PDF of the pages, US Letter.
func Make(pages ...Page) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	// objects: 1 catalog, 2 pages, 3 font, then a page and its content each
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	for i, p := range pages {
		var c strings.Builder
		c.WriteString(p.Shapes)
		for _, t := range p.Texts {
			fmt.Fprintf(&c, "\nBT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET", t.Size, t.X, t.Y, escape(t.S))
		}
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// escape writes s as the bytes of a PDF string in WinAnsi: "—" and "€"
// as the font's codes, brackets and backslashes escaped.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			c = '?'
		}
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x80:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Statement is a page of an income statement as a report prints it: a
// caption and its scale, "Three Months Ended" over two dated columns, a
// section, "$" set apart from the figures, figures flush right, a
// negative in brackets.
func Statement() Page {
	const size = 9
	return Page{Texts: []Text{
		{X: 200, Y: 740, Size: 11, S: "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"},
		{X: 230, Y: 726, Size: 8, S: "(In millions, except per-share amounts)"},
		{X: 300, Y: 700, Size: size, S: "Three Months Ended"},
		Right(335, 688, size, "June 28,"),
		Right(420, 688, size, "June 29,"),
		Right(335, 678, size, "2025"),
		Right(420, 678, size, "2024"),
		{X: 60, Y: 660, Size: size, S: "Net sales:"},
		{X: 72, Y: 645, Size: size, S: "Products"},
		{X: 280, Y: 645, Size: size, S: "$"},
		Right(335, 645, size, "66,613"),
		{X: 365, Y: 645, Size: size, S: "$"},
		Right(420, 645, size, "61,564"),
		{X: 72, Y: 630, Size: size, S: "Services"},
		Right(335, 630, size, "27,423"),
		Right(420, 630, size, "24,213"),
		{X: 60, Y: 615, Size: size, S: "Total net sales"},
		Right(335, 615, size, "94,036"),
		Right(420, 615, size, "85,777"),
		{X: 60, Y: 600, Size: size, S: "Other income/(expense), net"},
		Right(335, 600, size, "(171)"),
		Right(420, 600, size, "142"),
	}}
}
