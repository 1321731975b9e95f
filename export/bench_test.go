package export

import (
	"io"
	"testing"

	"facet/export/internal/synth"
)

// countingWriter counts what is written through it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkWorkbook writes 100,000 facts into the Facts sheet and the
// statement sheets: one company with many segments over 50 periods, and
// twenty companies with their own sheets. Bytes are the workbook's.
//
//	go test ./export -run '^$' -bench Workbook -benchmem
func BenchmarkWorkbook(b *testing.B) {
	cases := []struct {
		name string
		opt  synth.Options
	}{
		{"100k-facts-1-company", synth.Options{Facts: 100000, Companies: 1, Periods: 50}},
		{"100k-facts-20-companies", synth.Options{Facts: 100000, Companies: 20}},
		{"samples", synth.Options{}},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			rep := synth.Report(bc.opt)
			if bc.name == "samples" {
				rep = sampleReport(b)
			}
			var size countingWriter
			if err := WriteWorkbook(&size, rep, WorkbookOptions{}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size.n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := WriteWorkbook(io.Discard, rep, WorkbookOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rep.Facts))*float64(b.N)/b.Elapsed().Seconds(), "facts/s")
		})
	}
}
