package parse

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
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
