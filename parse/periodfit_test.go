package parse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var periodFeatures = flag.String("period-features", "", "a folder of documents: write the evidence of each one's year to stdout (for scripts/fit-period.py)")

// TestPeriodFeatures writes, for each document of -period-features, the
// kind of period it reports and every reading of its year, one document
// a line: "NAME<TAB>KIND<TAB>reading year weight bounds;…". Documents are
// read under a neutral name, so that nothing comes from their file names.
func TestPeriodFeatures(t *testing.T) {
	if *periodFeatures == "" {
		t.Skip("no -period-features folder")
	}
	paths, err := filepath.Glob(filepath.Join(*periodFeatures, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no documents in %s (%v)", *periodFeatures, err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse("document.txt", data, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r := newReader(doc)
		clues := r.readPeriodClues()
		fye := r.statedFiscalYearEnd()
		kind := voteKind(clues, r.isCall())
		var b strings.Builder
		for _, rd := range readYears(clues, kind, fye) {
			fmt.Fprintf(&b, "%s %d %g %v;", readingNames[rd.kind], rd.year, rd.weight, rd.bounds)
		}
		fmt.Printf("%s\t%d\t%s\n", filepath.Base(p), quarterOf(kind), b.String())
	}
}
