package parse

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with what the code reads now")

// TestSamplesFactsGolden holds every fact the five samples yield, with its
// status, against testdata/samples.facts: the gold labels score only the
// figures they name, and a new wrong fact beside them (a segment read
// from "the industry", a gross profit given to the segment named the
// sentence before) must show as a change. Refresh with -update after
// checking the diff.
func TestSamplesFactsGolden(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/samples/*.txt")
	docs, errs := LoadAll(paths, LoadOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rep := Build(docs, Options{})
	var b strings.Builder
	for _, f := range rep.Facts {
		b.WriteString(f.Status.String() + "\t" + factLine(rep, f) + "\n")
	}
	got := b.String()
	golden := filepath.Join("testdata", "samples.facts")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./parse -run TestSamplesFactsGolden -update to write it)", err)
	}
	if got == string(want) {
		return
	}
	wantLines := map[string]bool{}
	for _, l := range strings.Split(string(want), "\n") {
		wantLines[l] = true
	}
	gotLines := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		gotLines[l] = true
		if !wantLines[l] {
			t.Errorf("new:  %s", l)
		}
	}
	for _, l := range strings.Split(string(want), "\n") {
		if !gotLines[l] {
			t.Errorf("gone: %s", l)
		}
	}
}
