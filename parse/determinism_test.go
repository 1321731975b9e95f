package parse

import (
	"fmt"
	"strings"
	"testing"
)

// digest writes down everything a build decides, so two builds can be
// compared: facts with their status, notes and sources, growth rates, and
// findings.
func digest(rep *Report) string {
	var b strings.Builder
	for _, f := range rep.Facts {
		fmt.Fprintf(&b, "%s %s conf=%.3f %v\n", factLine(rep, f), f.Status, f.Confidence, f.Notes)
		for _, m := range f.Sources {
			fmt.Fprintf(&b, "  %s %v %s\n", m.Doc.Name, m.Span, m.Rule)
		}
	}
	for _, g := range rep.Growth {
		fmt.Fprintf(&b, "growth %s %s %s %v\n", g.Key.Concept, g.Key.Segment, g.Rate, g.Span)
	}
	for _, fd := range rep.Findings {
		fmt.Fprintf(&b, "finding %s %v\n", fd.Message, fd.OK)
	}
	return b.String()
}

// TestDeterministic: the same documents give the same report every time,
// whatever order Go's maps are walked in.
func TestDeterministic(t *testing.T) {
	var docs []*Document
	for i, text := range sampleTexts(t) {
		doc, err := Parse(fmt.Sprintf("sample-%d.txt", i), text, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	// two quarter-ends named equally often: the fiscal year end is a tie
	tie, err := Parse("tie.txt", []byte("Welcome to Acme's fourth quarter earnings call.\n"+
		"For the quarter ended October 31, 2021, revenue was $16.7 billion. In the quarter ended October 31, 2021, net income was $3.1 billion.\n"+
		"For the quarter ended July 31, 2021, revenue was $15.3 billion. In the quarter ended July 31, 2021, net income was $1.0 billion.\n"), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string][]*Document{"the samples": docs, "a tied fiscal year end": {tie}}
	for name, set := range sets {
		first := digest(Build(set, Options{}))
		for range 20 {
			if got := digest(Build(set, Options{})); got != first {
				t.Fatalf("%s: two builds differ:\n%s", name, firstDiff(first, got))
			}
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  %s\n  %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}
