package parse

import (
	"facet/internal/pdfgen"
	"facet/pdftext"

	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// badInputs are files Facet cannot read, and the sentence each gets.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("big.txt", bytes.Repeat([]byte("Revenue was RMB 1 million. "), 100))
	cases := []struct {
		name   string
		path   string
		opt    LoadOptions
		is     error
		reason string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), LoadOptions{}, os.ErrNotExist, "the file does not exist"},
		{"folder", dir, LoadOptions{}, ErrFolder, "this is a folder, not a document"},
		{"empty", write("empty.txt", nil), LoadOptions{}, ErrEmpty, "the file is empty"},
		{"blank", write("blank.txt", []byte(" \n\t\n")), LoadOptions{}, ErrEmpty, "the file is empty"},
		{"binary", write("data.txt", []byte("abc\x00\x01\x02def")), LoadOptions{}, ErrBinary, "not a text document"},
		{"damaged pdf", write("report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")), LoadOptions{}, pdftext.ErrDamaged, "this PDF is damaged"},
		{"scanned pdf", write("scan.pdf", pdfgen.Make(pdfgen.Page{Shapes: "0.5 g 72 72 400 600 re f"})), LoadOptions{}, pdftext.ErrNoText, "no text, only pictures of its pages"},
		{"docx", write("report.docx", []byte("PK\x03\x04\x14\x00\x06\x00")), LoadOptions{}, ErrBinary, "Word, Excel or zip"},
		{"image", write("chart.png", []byte("\x89PNG\r\n\x1a\n\x00\x00")), LoadOptions{}, ErrBinary, "an image"},
		{"too large", big, LoadOptions{MaxSize: 1000}, ErrTooLarge, "over the 1000 bytes limit"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Load(tc.path, tc.opt)
			if err == nil {
				t.Fatalf("loaded %s", doc.Name)
			}
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %T %v is no *LoadError", err, err)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if !strings.Contains(le.Reason, tc.reason) {
				t.Errorf("reason %q does not say %q", le.Reason, tc.reason)
			}
			if !strings.HasPrefix(err.Error(), tc.path+": ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	t.Run("unreadable", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root reads every file")
		}
		p := write("secret.txt", []byte("Revenue was RMB 1 million."))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		_, err := Load(p, LoadOptions{})
		var le *LoadError
		if !errors.As(err, &le) || !strings.Contains(le.Reason, "permission denied") {
			t.Errorf("error %v does not say permission denied", err)
		}
	})
	t.Run("binary offset and line", func(t *testing.T) {
		_, err := Parse("x.txt", []byte("line one\nline two\x00more"), LoadOptions{})
		var le *LoadError
		if !errors.As(err, &le) || le.Offset != 17 || le.Line != 2 {
			t.Errorf("error %v: want byte 17, line 2", err)
		}
	})
	t.Run("control characters in UTF-16 are placed by line", func(t *testing.T) {
		text := "line one\nline two\n" + strings.Repeat("\x01\x02", 40)
		data := []byte{0xFF, 0xFE}
		for _, r := range text {
			data = append(data, byte(r), 0)
		}
		_, err := Parse("x.txt", data, LoadOptions{})
		var le *LoadError
		if !errors.As(err, &le) || le.Line != 3 || le.Offset != -1 || !strings.Contains(err.Error(), "(line 3)") {
			t.Errorf("error %v: want line 3 and no byte offset (the offset would be into the decoded text)", err)
		}
	})
	t.Run("the others still load", func(t *testing.T) {
		good := write("good.txt", []byte("Revenue was RMB 1,234.5 million in 2024."))
		docs, errs := LoadAll([]string{filepath.Join(dir, "nope.txt"), good, dir}, LoadOptions{})
		if len(docs) != 1 || len(errs) != 2 {
			t.Errorf("loaded %d, %d errors; want 1 and 2", len(docs), len(errs))
		}
	})
}

// TestEncodings reads the same sentence in every encoding Facet accepts;
// byte offsets stay in the decoded text.
func TestEncodings(t *testing.T) {
	const s = "收入为 RMB 1,234.5 million，同比增长 – revenue “grew”."
	utf16le := func(bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	utf16be := func() []byte {
		b := []byte{0xFE, 0xFF}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, enc string
		data      []byte
	}{
		{"utf-8", "UTF-8", []byte(s)},
		{"utf-8 bom", "UTF-8", append([]byte{0xEF, 0xBB, 0xBF}, s...)},
		{"utf-16le", "UTF-16LE", utf16le(true)},
		{"utf-16be", "UTF-16BE", utf16be()},
		{"gb18030", "GB18030", gb},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("x.txt", tc.data, LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tc.enc || doc.Text != s {
				t.Errorf("read %q as %s, want %q as %s", doc.Text, doc.Encoding, s, tc.enc)
			}
			r := newReader(doc)
			if len(r.amts) != 1 {
				t.Fatalf("read %d figures, want 1", len(r.amts))
			}
			sp := doc.norm.origSpan(Span{r.amts[0].start, r.amts[0].end})
			if got := doc.Text[sp.Start:sp.End]; got != "RMB 1,234.5 million" {
				t.Errorf("figure spans %q", got)
			}
		})
	}
	t.Run("latin-1", func(t *testing.T) {
		doc, err := Parse("x.txt", []byte("Umsatz \xfcber EUR 5 Mio."), LoadOptions{})
		if err != nil || doc.Encoding != "Windows-1252" || !strings.Contains(doc.Text, "über") {
			t.Errorf("read %v, %v", doc, err)
		}
	})
}

// TestNormalizedOffsets checks that spans in the normalised view map back
// to the original bytes whatever was replaced.
func TestNormalizedOffsets(t *testing.T) {
	texts := []string{
		"Margin was −5.2% and revenue ＲＭＢ１２３.４ million.",
		"A\u00a0figure: RMB\u2009100\u202fmillion “quoted” — done…",
		"<p>Revenue was <b>RMB&nbsp;1,234.5 million</b> &amp; more.</p><script>var x = '$5 billion';</script>",
		"<p>x</p><script>ȺȺȺȺȺȺȺȺȺȺ</SCRIPT><p>Revenue was $5 million</p>", // Ⱥ grows when lower-cased
	}
	for _, text := range texts {
		n := normalize(text, strings.HasPrefix(text, "<"))
		for i := 0; i <= len(n.s); i++ {
			o := n.orig(i)
			if o < 0 || o > len(text) {
				t.Fatalf("%q: view offset %d maps to %d, outside the text", text, i, o)
			}
			if i > 0 && o < n.orig(i-1) {
				t.Fatalf("%q: offsets run backwards at %d", text, i)
			}
		}
	}
	n := normalize(texts[2], true)
	if strings.Contains(n.s, "$5 billion") || !strings.Contains(n.s, "RMB 1,234.5 million") {
		t.Errorf("HTML view %q", n.s)
	}
	if n := normalize(texts[3], true); strings.Contains(n.s, "Ⱥ") || !strings.Contains(n.s, "Revenue was $5 million") {
		t.Errorf("HTML view %q", n.s)
	}
}

// TestSourceSpans: a figure's span covers the figure in the original text,
// not the markup or the replaced characters around it.
func TestSourceSpans(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a bold figure", "<p>Revenue was <b>RMB 1,234.5 million</b> in the quarter.</p>", "RMB 1,234.5 million"},
		{"closing tags in a row", "<p>Revenue was <i><b>RMB 1,234.5 million</b></i>.</p>", "RMB 1,234.5 million"},
		{"an entity inside", "<p>Revenue was RMB&nbsp;1,234.5&nbsp;million.</p>", "RMB&nbsp;1,234.5&nbsp;million"},
		{"full-width digits", "Revenue was RMB １,２３４.５ million in the quarter.", "RMB １,２３４.５ million"},
	}
	for _, tc := range tests {
		name := "a.txt"
		if strings.HasPrefix(tc.text, "<") {
			name = "a.html"
		}
		doc, err := Parse(name, []byte(tc.text), LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ms := Extract(doc, Options{}).Mentions
		if len(ms) == 0 {
			t.Errorf("%s: no figure found", tc.name)
			continue
		}
		if got := doc.Text[ms[0].Span.Start:ms[0].Span.End]; got != tc.want {
			t.Errorf("%s: span %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLoadPDF reads a PDF's pages as text: figures from its tables and
// its sentences, each placed by page and line.
func TestLoadPDF(t *testing.T) {
	prose := pdfgen.Page{Texts: []pdfgen.Text{{X: 72, Y: 700, Size: 10, S: "Revenue was $94.0 billion in the second quarter of 2025."}}}
	doc, err := Parse("report.pdf", pdfgen.Make(pdfgen.Statement(), prose), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "pdf" || len(doc.Pages) != 2 {
		t.Fatalf("format %q with %d pages, want pdf with 2", doc.Format, len(doc.Pages))
	}
	where := map[string]string{}
	for _, m := range Extract(doc, Options{}).Mentions {
		where[m.Stated] = doc.Where(m.Span.Start)
		if !strings.Contains(doc.Text[m.Span.Start:m.Span.End], strings.Trim(m.Stated, "$() ")) {
			t.Errorf("%s: span %q", m.Stated, doc.Text[m.Span.Start:m.Span.End])
		}
	}
	if w := where["$94.0 billion"]; w != "page 2, line 1" {
		t.Errorf("the sentence's figure is at %q, want page 2, line 1 (all: %v)", w, where)
	}
	if w := where["94,036"]; !strings.HasPrefix(w, "page 1, line ") {
		t.Errorf("the table's total is at %q, want on page 1 (all: %v)", w, where)
	}
}
