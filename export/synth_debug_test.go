package export

import (
	"io"
	"testing"
	"time"

	"facet/export/internal/synth"
)

func TestSynthQuick(t *testing.T) {
	for _, o := range []synth.Options{{Facts: 100000}, {Facts: 100000, Companies: 1, Periods: 50}, {Facts: 100000, Companies: 20}} {
		rep := synth.Report(o)
		t0 := time.Now()
		if err := WriteWorkbook(io.Discard, rep, WorkbookOptions{}); err != nil {
			t.Fatal(err)
		}
		t.Logf("%+v (%d) in %v", o, len(rep.Facts), time.Since(t0))
	}
}
