package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"facet/internal/pdfgen"
	"facet/pdftext"
)

// sampleTexts reads the five built-in samples.
func sampleTexts(b testing.TB) [][]byte {
	b.Helper()
	paths, err := filepath.Glob("../testdata/samples/*.txt")
	if err != nil || len(paths) != 5 {
		b.Fatalf("the samples: %d files, %v", len(paths), err)
	}
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// BenchmarkExtractSamples reads the five samples: decode, scan, match,
// bind; the figures of each are kept.
func BenchmarkExtractSamples(b *testing.B) {
	texts := sampleTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			doc, err := Parse(filepath.Base(string(rune('a'+i)))+".txt", t, LoadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			Extract(doc, Options{})
		}
	}
}

// BenchmarkBuildSamples is the whole of what opening the samples costs:
// extraction, reconciliation across the five documents, the checks and
// the corrections they propose.
func BenchmarkBuildSamples(b *testing.B) {
	texts := sampleTexts(b)
	docs := make([]*Document, len(texts))
	n := 0
	for i, t := range texts {
		doc, err := Parse(string(rune('a'+i))+".txt", t, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if rep := Build(docs, Options{}); len(rep.Facts) == 0 {
			b.Fatal("no facts")
		}
	}
}

// corpus generates documents like the samples, with the figures varied,
// until size bytes; each document is about 20 KB.
type corpus struct {
	seeds [][]byte
}

func (c *corpus) doc(i int) []byte {
	seed := c.seeds[i%len(c.seeds)]
	out := make([]byte, 0, len(seed)+64)
	// vary the digits so no two documents are the same text
	d := byte(i % 10)
	for _, b := range seed {
		if b >= '0' && b <= '9' {
			b = '0' + (b-'0'+d)%10
		}
		out = append(out, b)
	}
	return out
}

// BenchmarkExtractCorpus reads 50 MB of generated documents one at a
// time, as facet export does, and reports the largest heap seen: memory
// grows with one document, not with all of them.
func BenchmarkExtractCorpus(b *testing.B) {
	c := &corpus{seeds: sampleTexts(b)}
	const size = 50 << 20
	var docs int
	for n := 0; n < size; docs++ {
		n += len(c.doc(docs))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		mentions := 0
		for i := 0; i < docs; i++ {
			b.StopTimer() // making the document is no part of reading it
			data := c.doc(i)
			b.StartTimer()
			doc, err := Parse("doc.txt", data, LoadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			mentions += len(Extract(doc, Options{}).Mentions)
			if i%200 == 0 {
				b.StopTimer() // ReadMemStats stops the world: not reading's cost
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
				b.StartTimer()
			}
		}
		if mentions == 0 {
			b.Fatal("no figures read")
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// filingRows are the rows of a statement a generated filing repeats.
var filingRows = []string{"Net sales", "Cost of sales", "Gross margin", "Research and development",
	"Selling, general and administrative", "Total operating expenses", "Operating income",
	"Other income/(expense), net", "Income before provision for income taxes", "Provision for income taxes", "Net income"}

// filingHTML generates a filing of about size bytes as a 10-K's HTML is:
// statements and notes as tables of cells styled one by one, between
// paragraphs of prose.
func filingHTML(size int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><p>ACME CORP. FORM 10-K for the fiscal year ended September 27, 2025.</p>")
	for n := 0; b.Len() < size; n++ {
		fmt.Fprintf(&b, `<p style="font-family:Helvetica">Note %d. The following table shows the results of operations (in millions). Net sales were $%d.%d billion, up %d%% from a year earlier, as demand grew in every region.</p>`, n, 90+n%9, n%10, 3+n%7)
		b.WriteString(`<table><tr><td style="width:50%"></td><td colspan="3" style="text-align:center">Years ended</td></tr><tr><td></td><td>September 27, 2025</td><td>September 28, 2024</td><td>September 30, 2023</td></tr>`)
		for i, label := range filingRows {
			fmt.Fprintf(&b, `<tr><td style="padding-left:%dpt">%s</td><td style="text-align:right">$</td><td style="text-align:right">%d,%03d</td><td style="text-align:right">%d,%03d</td><td style="text-align:right">(%d)</td></tr>`,
				i%3, label, 10+i+n%50, (n*37+i*11)%1000, 9+i, (n*17+i)%1000, 100+i)
		}
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return []byte(b.String())
}

// filingPDF generates a PDF of pages like a 10-K's statements: a
// caption, a header of three years, a statement's rows, a paragraph.
func filingPDF(pages int) []byte {
	ps := make([]pdfgen.Page, pages)
	for n := range ps {
		p := &ps[n]
		add := func(t pdfgen.Text) { p.Texts = append(p.Texts, t) }
		add(pdfgen.Text{X: 180, Y: 750, Size: 11, S: "CONSOLIDATED STATEMENTS OF OPERATIONS"})
		add(pdfgen.Text{X: 230, Y: 736, Size: 8, S: "(In millions, except per-share amounts)"})
		add(pdfgen.Text{X: 330, Y: 716, Size: 9, S: "Years ended"})
		for k, y := range []string{"September 27, 2025", "September 28, 2024", "September 30, 2023"} {
			add(pdfgen.Right(360+float64(k)*80, 704, 8, y))
		}
		for i, label := range filingRows {
			y := 680 - float64(i)*16
			add(pdfgen.Text{X: 60 + float64(i%3)*6, Y: y, Size: 9, S: label})
			for k := range 3 {
				add(pdfgen.Right(360+float64(k)*80, y, 9, fmt.Sprintf("%d,%03d", 10+i+n%50, (n*37+i*11+k)%1000)))
			}
		}
		for l := range 20 {
			add(pdfgen.Text{X: 60, Y: 480 - float64(l)*12, Size: 9, S: fmt.Sprintf("Net sales were $%d.%d billion in fiscal %d, and gross margin rose %d basis points on a favourable mix.", 90+l%9, n%10, 2025-l%3, 10+l)})
		}
	}
	return pdfgen.Make(ps...)
}

// BenchmarkExtractFilingHTML reads a 2 MB filing's HTML: its tables as
// grids and its prose.
func BenchmarkExtractFilingHTML(b *testing.B) {
	benchExtract(b, "filing.html", filingHTML(2<<20))
}

// benchExtract parses and extracts one document per iteration.
func benchExtract(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := Parse(name, data, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(Extract(doc, Options{}).Mentions) == 0 {
			b.Fatal("no figures")
		}
	}
}

// BenchmarkExtractFilingPDF reads a PDF filing through PDFium (started
// before the clock) and extracts its figures.
func BenchmarkExtractFilingPDF(b *testing.B) {
	data := filingPDF(360)
	if err := pdftext.Shared.Start(); err != nil {
		b.Fatal(err)
	}
	benchExtract(b, "filing.pdf", data)
}
