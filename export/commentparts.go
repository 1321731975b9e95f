package export

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Cell comments are written here rather than with excelize's AddComment:
// that re-reads the sheet's drawing for every comment, so a sheet of n
// comments costs n², and keeps them all in memory until the file is
// saved. Instead each sheet's comments stream into two temporary files,
// the comments part and its VML drawing, as the sheet is written. One
// placeholder comment per sheet through AddComment gives the package its
// relationships and content types; when the zip is written, the
// placeholder parts are replaced by the streamed ones.

// commentParts holds the streamed comment parts of a workbook. Sheets
// are written one after another, so each sheet's comments take one run of
// each of two temporary files: the comments, and their drawing.
type commentParts struct {
	f         *excelize.File
	parts     map[string]*streamedPart // zip entry → its content
	nextBlock int                      // VML shape ids come in blocks of 1024 per drawing
	xml, vml  *spool
}

// spool is a temporary file written in runs, each read back later.
type spool struct {
	file *os.File
	w    *bufio.Writer
	size int64
}

func (s *spool) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.size += int64(n)
	return n, err
}

func (s *spool) WriteString(p string) (int, error) {
	n, err := s.w.WriteString(p)
	s.size += int64(n)
	return n, err
}

// streamedPart is a part whose body is a run of a spool, between a head
// and a tail written when the part is copied into the zip.
type streamedPart struct {
	head, tail string
	body       *io.SectionReader
}

func newCommentParts(f *excelize.File) *commentParts {
	return &commentParts{f: f, parts: map[string]*streamedPart{}, nextBlock: 1}
}

// sheetComments gathers the comments of one sheet.
type sheetComments struct {
	cp                 *commentParts
	sheet              string
	first              string
	xmlStart, vmlStart int64
	n                  int
	blocks             []int // the VML shape-id blocks this sheet's drawing uses
	err                error
}

func (cp *commentParts) sheet(name string) *sheetComments {
	return &sheetComments{cp: cp, sheet: name}
}

// open creates the spools at the first comment of the workbook.
func (cp *commentParts) open() error {
	if cp.xml != nil {
		return nil
	}
	for _, s := range []**spool{&cp.xml, &cp.vml} {
		f, err := os.CreateTemp("", "facet-comments-*")
		if err != nil {
			cp.close()
			return fmt.Errorf("a temporary file for cell comments: %w", err)
		}
		*s = &spool{file: f, w: bufio.NewWriterSize(f, 256<<10)}
	}
	return nil
}

// close removes the temporary files.
func (cp *commentParts) close() {
	for _, s := range []**spool{&cp.xml, &cp.vml} {
		if *s != nil {
			(*s).file.Close()
			os.Remove((*s).file.Name())
			*s = nil
		}
	}
}

var runProps = map[runStyle]string{
	plain: `<rPr><rFont val="Tahoma"/><family val="2"/><sz val="9"/></rPr>`,
	bold:  `<rPr><rFont val="Tahoma"/><family val="2"/><b/><sz val="9"/></rPr>`,
	muted: `<rPr><rFont val="Tahoma"/><family val="2"/><color rgb="FF595959"/><sz val="9"/></rPr>`,
}

// add writes the comment of the cell at col, row (1-based).
func (sc *sheetComments) add(col, row int, n *note) {
	if sc.err != nil {
		return
	}
	if sc.n == 0 {
		if sc.err = sc.cp.open(); sc.err != nil {
			return
		}
		sc.xmlStart, sc.vmlStart = sc.cp.xml.size, sc.cp.vml.size
		sc.first = cellName(col, row)
	}
	if sc.n%1024 == 0 {
		sc.blocks = append(sc.blocks, sc.cp.nextBlock)
		sc.cp.nextBlock++
	}
	shapeID := sc.blocks[len(sc.blocks)-1]*1024 + sc.n%1024 + 1
	sc.n++
	w := sc.cp.xml
	w.WriteString(`<comment ref="` + cellName(col, row) + `" authorId="0"><text>`)
	for _, r := range n.runs {
		w.WriteString(`<r>` + runProps[r.style] + `<t xml:space="preserve">`)
		_ = xml.EscapeText(w, []byte(r.text))
		w.WriteString(`</t></r>`)
	}
	w.WriteString(`</text></comment>`)
	// The drawing places the box, shown on hover, beside its cell.
	height := min(450, 18+n.lines*11)
	fmt.Fprintf(sc.cp.vml, `<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:%dpt;height:%dpt;z-index:%d;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`+
		`<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>`+
		`<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>`+
		`<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>%d, 15, %d, 2, %d, 15, %d, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>`+"\n",
		shapeID, noteWidth, height, sc.n, col, max(row-2, 0), col+4, max(row-2, 0)+height/15, row-1, col-1)
}

// close ends the sheet's comments: a placeholder through AddComment gives
// the sheet its relationships, and the streamed parts stand in for the
// placeholder's when the zip is written.
func (sc *sheetComments) close() error {
	if sc.err != nil || sc.n == 0 {
		return sc.err
	}
	for _, s := range []*spool{sc.cp.xml, sc.cp.vml} {
		if err := s.w.Flush(); err != nil {
			return fmt.Errorf("cell comments: %w", err)
		}
	}
	before := slices.Collect(maps.Keys(sc.cp.f.Comments))
	if err := sc.cp.f.AddComment(sc.sheet, excelize.Comment{Cell: sc.first, Author: "Facet", Text: "…"}); err != nil {
		return fmt.Errorf("comments of sheet %s: %w", sc.sheet, err)
	}
	var commentsPart string
	for k := range sc.cp.f.Comments {
		if !slices.Contains(before, k) {
			commentsPart = k
		}
	}
	num := strings.TrimSuffix(strings.TrimPrefix(commentsPart, "xl/comments"), ".xml")
	if commentsPart == "" || num == commentsPart {
		return fmt.Errorf("comments of sheet %s: excelize named no comments part", sc.sheet)
	}
	sc.cp.parts[commentsPart] = &streamedPart{
		head: xml.Header + `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Facet</author></authors><commentList>`,
		body: io.NewSectionReader(sc.cp.xml.file, sc.xmlStart, sc.cp.xml.size-sc.xmlStart),
		tail: `</commentList></comments>`,
	}
	ids := make([]string, len(sc.blocks))
	for i, b := range sc.blocks {
		ids[i] = fmt.Sprint(b)
	}
	sc.cp.parts["xl/drawings/vmlDrawing"+num+".vml"] = &streamedPart{
		head: `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
			`<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="` + strings.Join(ids, ",") + `"/></o:shapelayout>` +
			`<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` + "\n",
		body: io.NewSectionReader(sc.cp.vml.file, sc.vmlStart, sc.cp.vml.size-sc.vmlStart),
		tail: "</xml>",
	}
	return nil
}

// zipWriter writes the workbook's zip, putting the streamed comment parts
// in place of excelize's placeholders.
type zipWriter struct {
	zw *zip.Writer
	cp *commentParts
}

func newZipWriter(w io.Writer, cp *commentParts) *zipWriter {
	zw := zip.NewWriter(w)
	// Fast compression: the workbook is written often and read once.
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return &zipWriter{zw: zw, cp: cp}
}

func (z *zipWriter) Create(name string) (io.Writer, error) {
	w, err := z.zw.Create(name)
	if err != nil {
		return nil, err
	}
	p, ok := z.cp.parts[name]
	if !ok {
		return w, nil
	}
	if err := p.copyTo(w); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return io.Discard, nil // the placeholder excelize writes now goes nowhere
}

func (z *zipWriter) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }
func (z *zipWriter) Close() error           { return z.zw.Close() }

// copyTo writes the part: its head, its body and its tail.
func (p *streamedPart) copyTo(w io.Writer) error {
	if _, err := io.WriteString(w, p.head); err != nil {
		return err
	}
	if _, err := io.Copy(w, p.body); err != nil {
		return err
	}
	_, err := io.WriteString(w, p.tail)
	return err
}
