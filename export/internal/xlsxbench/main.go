// Command xlsxbench measures the workbook writer on a synthetic report,
// for /usr/bin/time -v beside export/testdata/xlsxwriter_bench.py:
//
//	go build -o /tmp/xlsxbench ./export/internal/xlsxbench
//	/usr/bin/time -v /tmp/xlsxbench -facts 100000 -companies 1 -periods 50 -o /tmp/b.xlsx
//	/usr/bin/time -v /tmp/xlsxbench -facts 100000 -companies 1 -periods 50 -report-only
//
// It prints the live heap of the report alone and the peak while the
// workbook is written; -memprofile FILE keeps a heap profile of that peak.
//
// export/testdata/xlsxwriter_bench.py writes the same rows with XlsxWriter
// for the comparison.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"facet/export"
	"facet/export/internal/synth"
	"facet/internal/atomic"
)

func main() {
	var opt synth.Options
	flag.IntVar(&opt.Facts, "facts", 100000, "about how many facts")
	flag.IntVar(&opt.Companies, "companies", 1, "companies (0: one per thousand facts)")
	flag.IntVar(&opt.Periods, "periods", 50, "periods per company (0: fitted to the facts)")
	flag.IntVar(&opt.Segments, "segments", 0, "segments per company (0: as many as the facts need)")
	out := flag.String("o", "/tmp/xlsxbench.xlsx", "the workbook to write")
	reportOnly := flag.Bool("report-only", false, "build the report and stop: the memory the report itself takes")
	memProfile := flag.String("memprofile", "", "write the heap profile taken when the live heap peaks to this file")
	flag.Parse()

	t0 := time.Now()
	rep := synth.Report(opt)
	built := time.Since(t0)
	runtime.GC()
	reportLive := liveHeap()
	fmt.Fprintf(os.Stderr, "report: %d facts, %d documents in %v; live heap %.1f MB\n", len(rep.Facts), len(rep.Documents), built, mb(reportLive))
	if *reportOnly {
		return
	}
	peak := watchPeak(*memProfile)
	t1 := time.Now()
	err := atomic.WriteFile(*out, func(w io.Writer) error { return export.WriteWorkbook(w, rep, export.WorkbookOptions{}) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "xlsxbench:", err)
		os.Exit(1)
	}
	info, _ := os.Stat(*out)
	elapsed := time.Since(t1)
	top := peak()
	fmt.Fprintf(os.Stderr, "workbook: %s, %d bytes in %v (%.1f MB/s of xlsx, %.0f facts/s)\n", *out, info.Size(), elapsed,
		float64(info.Size())/1e6/elapsed.Seconds(), float64(len(rep.Facts))/elapsed.Seconds())
	fmt.Fprintf(os.Stderr, "peak live heap while writing: %.1f MB, %.1f MB above the report\n", mb(top), mb(top)-mb(reportLive))
}

func mb(n uint64) float64 { return float64(n) / 1e6 }

// liveHeap is the heap the last collection found live.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// watchPeak samples the live heap (as of the last collection) until the
// returned function is called, which gives its peak. With a path, it
// writes a heap profile there each time the peak grows, so that the file
// left holds what was live at the largest.
func watchPeak(path string) (stop func() uint64) {
	done := make(chan struct{})
	finished := make(chan struct{})
	var peak uint64
	go func() {
		defer close(finished)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			live := liveHeap()
			if live <= peak {
				continue
			}
			grew := live > peak+peak/50
			peak = live
			if path != "" && grew {
				if f, err := os.Create(path); err == nil {
					_ = pprof.WriteHeapProfile(f)
					f.Close()
				}
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return max(peak, liveHeap())
	}
}
