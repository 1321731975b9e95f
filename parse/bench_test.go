package parse

import (
	"os"
	"path/filepath"
	"testing"
)

func sampleTexts(b *testing.B) [][]byte {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/samples/*.txt")
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
