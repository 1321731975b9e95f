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
		kind := voteKind(clues, r.isCall(), r.halfYearly())
		var b strings.Builder
		for _, rd := range readYears(clues, kind, fye) {
			fmt.Fprintf(&b, "%s %d %g %v;", readingNames[rd.kind], rd.year, rd.weight, rd.bounds)
		}
		fmt.Printf("%s\t%d\t%s\n", filepath.Base(p), quarterOf(kind), b.String())
	}
}

var periodExplain = flag.String("period-explain", "", "a document: print every clue of its period with its words, and the votes")

// TestPeriodExplain prints how -period-explain's document's period is read.
func TestPeriodExplain(t *testing.T) {
	if *periodExplain == "" {
		t.Skip("no -period-explain document")
	}
	data, err := os.ReadFile(*periodExplain)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("document.txt", data, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(doc)
	clues := r.readPeriodClues()
	kind := voteKind(clues, r.isCall(), r.halfYearly())
	fye := r.statedFiscalYearEnd()
	end := endMonthOf(kind)
	current := currentOutlookYear(clues)
	roles := []string{"own", "compared", "since", "ahead", "ended", "dated", "target"}
	for _, c := range clues {
		lo := r.toks[max(0, c.lo-8)].start
		hi := r.toks[min(len(r.toks)-1, c.lo+7)].end
		y, k, ok := readYear(c, kind, end, current, fye)
		reading := "-"
		if ok {
			reading = fmt.Sprintf("%s %d", readingNames[k], y)
		}
		fmt.Printf("%-8s w=%d year=%d  -> %-22s  %q\n", roles[c.role], int(c.weight), c.year, reading, strings.ReplaceAll(r.text[lo:hi], "\n", " "))
	}
	fmt.Printf("kind Q%d, votes %v\n", quarterOf(kind), yearVotes(readYears(clues, kind, fye)))
}

// TestPeriodKindExplain prints the kind votes of -period-explain's document.
func TestPeriodKindExplain(t *testing.T) {
	if *periodExplain == "" {
		t.Skip("no -period-explain document")
	}
	data, err := os.ReadFile(*periodExplain)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("document.txt", data, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(doc)
	roles := []string{"own", "compared", "since", "ahead", "ended", "dated", "target"}
	for _, c := range r.readPeriodClues() {
		if c.word < pwQ1 || c.word > pwFullYear {
			continue
		}
		lo := r.toks[max(0, c.lo-8)].start
		hi := r.toks[min(len(r.toks)-1, c.lo+7)].end
		fmt.Printf("%-8s %-3d w=%d h=%v  %q\n", roles[c.role], c.word, int(c.weight), c.headline, strings.ReplaceAll(r.text[lo:hi], "\n", " "))
	}
	fmt.Printf("call %v, kind %d\n", r.isCall(), voteKind(r.readPeriodClues(), r.isCall(), r.halfYearly()))
}
