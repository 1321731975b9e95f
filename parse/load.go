package parse

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"facet/pdftext"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxSize is the size limit of a document when Options.MaxSize is 0.
const DefaultMaxSize = 64 << 20

// Errors a load can wrap; test with errors.Is.
var (
	ErrEmpty    = errors.New("the file is empty")
	ErrBinary   = errors.New("not a text document")
	ErrTooLarge = errors.New("the file is too large")
	ErrFolder   = errors.New("a folder, not a document")
)

// LoadError says which file could not be loaded and why, in words a person
// can act on; Offset and Line say where in the file, when that is known.
type LoadError struct {
	Path   string
	Offset int64 // byte offset of the problem in the file, -1 if not known
	Line   int   // 1-based line of the problem, 0 if not known
	Reason string
	Err    error
}

func (e *LoadError) Error() string {
	s := e.Path + ": " + e.Reason
	switch {
	case e.Line > 0 && e.Offset >= 0:
		s += fmt.Sprintf(" (line %d, byte %d)", e.Line, e.Offset)
	case e.Line > 0:
		s += fmt.Sprintf(" (line %d)", e.Line)
	case e.Offset >= 0:
		s += fmt.Sprintf(" (byte %d)", e.Offset)
	}
	return s
}

func (e *LoadError) Unwrap() error { return e.Err }

// Document is one loaded text and what was read of its context.
type Document struct {
	Name     string // the file's base name, unique among the loaded documents
	Path     string // where it was loaded from ("" for built-in samples)
	Hash     string // hex SHA-256 of the file's bytes
	Size     int64
	Encoding string // how the bytes were decoded: UTF-8, UTF-16LE, GB18030…
	Text     string // the decoded text; every Span indexes it
	Format   string // "text", "markdown", "html", "ixbrl" (HTML with inline-XBRL tags) or "pdf"
	// Pages holds, for a PDF, the offset in Text where each page's text
	// starts; Text is the pages laid out as lines (see package pdftext)
	Pages []int

	runs []placedRun // a PDF's runs of text, where each stands on paper
	// continental marks a text that writes "1.052,3" (see notation.go):
	// its view and its tables are read with the marks swapped
	continental bool
	apostrophes bool   // a text that groups thousands with apostrophes: "CHF 1'412.6 million"
	written     string // the view as written, before the swap: what quotes show

	Context Context

	norm normText
}

// readNotation notes how the document writes its numbers' marks and
// reads its view in that notation (see notation.go). A tagged filing's
// figures say their own format.
func (d *Document) readNotation() {
	if d.Format == "ixbrl" {
		return
	}
	grouped := groupApostrophes(d.norm.s)
	d.apostrophes = grouped != d.norm.s
	d.continental = continentalNotation(grouped)
	if d.rewritesNumbers() {
		d.written, d.norm.s = d.norm.s, d.readNumbers(d.norm.s)
	}
}

// rewritesNumbers reports a document whose numbers are read with their
// marks rewritten in place.
func (d *Document) rewritesNumbers() bool { return d.continental || d.apostrophes }

// readNumbers rewrites the marks of text's numbers in the document's
// notation, byte for byte in place: apostrophes that group thousands
// made commas, continental marks swapped.
func (d *Document) readNumbers(text string) string {
	if d.apostrophes {
		text = groupApostrophes(text)
	}
	if d.continental {
		text = swapNumberMarks(text)
	}
	return text
}

// writtenView is the document's view as written: the same bytes as the
// view read, but for the marks of its numbers.
func (d *Document) writtenView() string {
	if d.rewritesNumbers() {
		return d.written
	}
	return d.norm.s
}

// tableText is the text the document's tables are read from: its own,
// its numbers' marks read in its notation.
func (d *Document) tableText() string { return d.readNumbers(d.Text) }

// LoadOptions limit what Load accepts. The zero value is usable.
type LoadOptions struct {
	MaxSize int64 // bytes; 0 means DefaultMaxSize
	// PDF reads PDFs; nil means pdftext.Shared, started on the first PDF
	PDF *pdftext.Engine
}

// Load reads a document from disk. Its error is always a *LoadError.
func Load(path string, opt LoadOptions) (*Document, error) {
	fail := func(reason string, err error) (*Document, error) {
		return nil, &LoadError{Path: path, Offset: -1, Reason: reason, Err: err}
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail("the file does not exist", err)
	case errors.Is(err, fs.ErrPermission):
		return fail("the file cannot be read: permission denied", err)
	case err != nil:
		return fail("the file cannot be read", err)
	case info.IsDir():
		return fail("this is a folder, not a document", ErrFolder)
	}
	max := opt.maxSize()
	if info.Size() > max {
		return fail(fmt.Sprintf("the file is %s, over the %s limit", byteSize(info.Size()), byteSize(max)), ErrTooLarge)
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fail("the file cannot be read: permission denied", err)
		}
		return fail("the file cannot be read", err)
	}
	defer f.Close()
	// Read one byte past the limit: a file that grew since Stat is caught too.
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return fail("the file cannot be read", err)
	}
	doc, err := Parse(path, data, opt)
	if err != nil {
		return nil, err
	}
	doc.Path = path
	return doc, nil
}

func (o LoadOptions) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Parse decodes a document from bytes; name is used in errors and to tell
// the format by its extension. Its error is always a *LoadError.
func Parse(name string, data []byte, opt LoadOptions) (*Document, error) {
	fail := func(off int64, reason string, err error) (*Document, error) {
		e := &LoadError{Path: name, Offset: off, Reason: reason, Err: err}
		if off >= 0 {
			e.Line = bytes.Count(data[:min(int(off), len(data))], []byte{'\n'}) + 1
		}
		return nil, e
	}
	if max := opt.maxSize(); int64(len(data)) > max {
		return fail(-1, fmt.Sprintf("the file is over the %s limit", byteSize(max)), ErrTooLarge)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(-1, "the file is empty", ErrEmpty)
	}
	if bytes.HasPrefix(data, []byte("%PDF")) {
		return parsePDF(name, data, opt)
	}
	if kind := binaryKind(data); kind != "" {
		return fail(-1, kind, ErrBinary)
	}
	text, enc, bad := decode(data)
	if bad != nil {
		e := &LoadError{Path: name, Offset: bad.offset, Line: bad.line, Reason: bad.reason, Err: ErrBinary}
		if bad.err != nil {
			e.Err = fmt.Errorf("%w: %w", ErrBinary, bad.err)
		}
		return nil, e
	}
	doc := newDocument(name, data, text, enc, formatOf(name, text))
	if doc.Format == "html" && IsInlineXBRL(doc.Text) {
		doc.Format = "ixbrl"
	}
	isHTML := doc.Format == "html" || doc.Format == "ixbrl"
	doc.norm = normalizeMarkup(doc.Text, isHTML, isHTML || doc.Format == "markdown")
	doc.readNotation()
	return doc, nil
}

// newDocument is a document of the file name's bytes data, read as text.
func newDocument(name string, data []byte, text, enc, format string) *Document {
	sum := sha256.Sum256(data)
	return &Document{
		Name:     filepath.Base(name),
		Hash:     hex.EncodeToString(sum[:]),
		Size:     int64(len(data)),
		Encoding: enc,
		Text:     text,
		Format:   format,
	}
}

func formatOf(name, text string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "markdown"
	}
	head := strings.ToLower(text[:min(len(text), 512)])
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") {
		return "html"
	}
	return "text"
}

// binaryKind names well-known binary formats a person may try to open.
func binaryKind(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "this is a Word, Excel or zip file, not text; save it as text first"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "this is an old Office file, not text; save it as text first"
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}), bytes.HasPrefix(data, []byte("GIF8")):
		return "this is an image, not a text document"
	}
	return ""
}

// notText says where decoding found a file not to be text. For a file
// read as UTF-8 the offset is a byte of the file; for one decoded from
// another encoding it is -1 and only the line (of the decoded text) is
// known.
type notText struct {
	offset int64
	line   int
	reason string
	err    error // the decoder's, if it failed
}

const binaryReason = "this is not a text document (binary data)"

// decode returns the text as UTF-8 and the encoding it was read in, or
// where the bytes stop being text.
func decode(data []byte) (text, enc string, bad *notText) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(strings.ToValidUTF8(string(data[3:]), "\uFFFD"), "UTF-8", 3)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "UTF-16LE")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "UTF-16BE")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", &notText{offset: int64(i), line: bytes.Count(data[:i], []byte{'\n'}) + 1, reason: binaryReason}
	}
	if utf8.Valid(data) {
		return checkText(string(data), "UTF-8", 0)
	}
	if validGB18030(data) {
		return decodeWith(simplifiedchinese.GB18030, data, "GB18030")
	}
	return decodeWith(charmap.Windows1252, data, "Windows-1252")
}

func decodeWith(e encoding.Encoding, data []byte, name string) (string, string, *notText) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &notText{offset: -1, reason: "the file cannot be read as " + name + " text", err: err}
	}
	text, _, bad := checkText(string(out), name, 0)
	if bad != nil {
		bad.offset = -1 // an offset into the decoded text is no place in the file
	}
	return text, name, bad
}

// checkText rejects decoded text that is mostly control characters; base
// is added to the offset it reports.
func checkText(s, enc string, base int64) (string, string, *notText) {
	bad, first := 0, -1
	for i := 0; i < len(s); i++ { // control characters are single bytes in UTF-8
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7F {
			if first < 0 {
				first = i
			}
			bad++
		}
	}
	if bad > 0 && (bad > len(s)/100 || strings.IndexByte(s, 0) >= 0) {
		return "", "", &notText{offset: base + int64(first), line: strings.Count(s[:first], "\n") + 1, reason: binaryReason}
	}
	return s, enc, nil
}

// validGB18030 reports whether every non-ASCII byte of data forms a
// GB18030 sequence (two bytes 81–FE 40–FE but 7F, or four bytes 81–FE 30–39
// 81–FE 30–39) and the pairs look like Chinese text: most common
// characters have both bytes at A1 or above, where a Latin-1 letter
// followed by an ASCII one ("\xfcber") does not.
func validGB18030(data []byte) bool {
	pairs, high := 0, 0
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			i++
		case b == 0x80 || b == 0xFF || i+1 >= len(data):
			return false
		case data[i+1] >= 0x40 && data[i+1] <= 0xFE && data[i+1] != 0x7F:
			pairs++
			if b >= 0xA1 && data[i+1] >= 0xA1 {
				high++
			}
			i += 2
		case data[i+1] >= 0x30 && data[i+1] <= 0x39 && i+3 < len(data) &&
			data[i+2] >= 0x81 && data[i+2] <= 0xFE && data[i+3] >= 0x30 && data[i+3] <= 0x39:
			i += 4
		default:
			return false
		}
	}
	return pairs == 0 || 2*high >= pairs
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// parsePDF reads a PDF's text through PDFium, page by page, laid out in
// lines and columns as on paper.
func parsePDF(name string, data []byte, opt LoadOptions) (*Document, error) {
	engine := opt.PDF
	if engine == nil {
		engine = pdftext.Shared
	}
	pages, err := engine.Read(data)
	if err != nil {
		reason := "this PDF cannot be read"
		switch {
		case errors.Is(err, pdftext.ErrNoText):
			reason = "this PDF has no text, only pictures of its pages (a scan); Facet reads a PDF's text, so it needs a copy with text (run it through text recognition first)"
		case errors.Is(err, pdftext.ErrEncrypted):
			reason = "this PDF is protected by a password; save or print a copy without one, then open that"
		case errors.Is(err, pdftext.ErrDamaged):
			reason = "this PDF is damaged and cannot be read"
		case errors.Is(err, pdftext.ErrEngine):
			reason = "the PDF reader could not start on this machine"
		}
		return nil, &LoadError{Path: name, Offset: -1, Reason: reason, Err: err}
	}
	var b strings.Builder
	var runs []placedRun
	starts := make([]int, len(pages))
	for i, p := range pages {
		if i > 0 {
			b.WriteString("\n\n")
		}
		starts[i] = b.Len()
		for _, line := range p.Lines {
			at := b.Len()
			for _, r := range line.Runs {
				runs = append(runs, placedRun{span: Span{at + r.Start, at + r.End}, from: r.From, to: r.To})
			}
			b.WriteString(line.Text)
			b.WriteByte('\n')
		}
	}
	doc := newDocument(name, data, b.String(), "PDF", "pdf")
	doc.Pages, doc.runs = starts, runs
	doc.norm = normalize(doc.Text, false)
	doc.readNotation()
	return doc, nil
}

// Form names the document's form for a person: "PDF, 31 pages", "tagged
// filing (inline XBRL)", "web page", "Markdown", "text".
func (d *Document) Form() string {
	switch d.Format {
	case "pdf":
		if len(d.Pages) == 1 {
			return "PDF, 1 page"
		}
		return fmt.Sprintf("PDF, %d pages", len(d.Pages))
	case "ixbrl":
		return "tagged filing (inline XBRL)"
	case "html":
		return "web page"
	case "markdown":
		return "Markdown"
	}
	return "text"
}

// Where says where byte offset off of the text stands, for a person:
// "line 12", or "page 3, line 12" in a PDF (the line of the page).
func (d *Document) Where(off int) string {
	line, _ := d.LineCol(off)
	if len(d.Pages) == 0 {
		return fmt.Sprintf("line %d", line)
	}
	page := 0
	for page+1 < len(d.Pages) && d.Pages[page+1] <= off {
		page++
	}
	first, _ := d.LineCol(d.Pages[page])
	return fmt.Sprintf("page %d, line %d", page+1, line-first+1)
}

// LineCol returns the 1-based line and column (in characters) of byte
// offset off in the document's text; for display only.
func (d *Document) LineCol(off int) (line, col int) {
	off = max(0, min(off, len(d.Text)))
	before := d.Text[:off]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}
