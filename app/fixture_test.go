package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"facet/parse"

	"github.com/shopspring/decimal"
)

// fixtureText is a small call transcript whose figures the fixture report
// states by hand, so the tests do not depend on how well the parser reads.
const fixtureText = `Acme Cloud second quarter 2025 earnings call.
Total revenues were RMB2,349.2 million, up 31.7% year over year.
Revenues from public cloud services were RMB1,625.3 million, and revenues from enterprise cloud services were RMB723.9 million.
Adjusted EBITDA was RMB406.0 million, and adjusted EBITDA margin was 17.3%.
Adjusted operating loss was RMB166.8 million.
Later in the call: adjusted operating loss was RMB166.1 million.
We expect full year 2025 revenues between RMB9.5 billion and RMB10.0 billion.
Net cash from operating activities was RMB120.5 million.
`

// fixtureReport builds a report from mentions placed by hand in
// fixtureText: agreeing segments, a margin, a conflict and a guided range.
func fixtureReport(t testing.TB) (*parse.Report, *parse.Document) {
	t.Helper()
	doc, err := parse.Parse("acme-q2-2025-call.txt", []byte(fixtureText), parse.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc.Context = parse.Context{Company: "Acme Cloud", Kind: parse.CallTranscript, Currency: "CNY",
		Period: parse.Calendar{}.Quarter(2025, 2)}
	q2 := parse.Calendar{}.Quarter(2025, 2)
	fy := parse.Calendar{}.FiscalYear(2025)
	var ms []parse.Mention
	add := func(figure string, occurrence int, concept, segment string, p parse.Period, sc parse.Scenario, b parse.Bound, value string, dec int, conf float64) {
		start := -1
		from := 0
		for i := 0; i <= occurrence; i++ {
			start = strings.Index(fixtureText[from:], figure) + from
			from = start + len(figure)
		}
		if start < 0 {
			t.Fatalf("fixture: %q not in the text", figure)
		}
		m, ok := doc.MentionAt(parse.Span{Start: start, End: start + len(figure)})
		if !ok {
			t.Fatalf("fixture: no mention at %q", figure)
		}
		cur := "CNY"
		if c, _ := parse.LookupConcept(concept); c.Kind == parse.Ratio {
			cur = ""
		}
		m.Key = parse.Key{Entity: "Acme Cloud", Concept: concept, Segment: segment, Period: p, Scenario: sc, Bound: b, Currency: cur}
		m.Value = decimal.RequireFromString(value)
		m.Decimals = dec
		m.Confidence = conf
		m.Rule = "fixture"
		ms = append(ms, m)
	}
	add("RMB2,349.2 million", 0, "Revenue", "", q2, parse.Actual, parse.Point, "2349200000", -5, 0.95)
	add("RMB1,625.3 million", 0, "Revenue", "Public cloud services", q2, parse.Actual, parse.Point, "1625300000", -5, 0.95)
	add("RMB723.9 million", 0, "Revenue", "Enterprise cloud services", q2, parse.Actual, parse.Point, "723900000", -5, 0.95)
	add("RMB406.0 million", 0, "AdjustedEBITDA", "", q2, parse.Actual, parse.Point, "406000000", -5, 0.95)
	add("17.3%", 0, "AdjustedEBITDAMargin", "", q2, parse.Actual, parse.Point, "0.173", 3, 0.95)
	add("RMB166.8 million", 0, "AdjustedOperatingIncomeLoss", "", q2, parse.Actual, parse.Point, "-166800000", -5, 0.8)
	add("RMB166.1 million", 0, "AdjustedOperatingIncomeLoss", "", q2, parse.Actual, parse.Point, "-166100000", -5, 0.7)
	add("RMB9.5 billion", 0, "Revenue", "", fy, parse.Forecast, parse.Min, "9500000000", -8, 0.9)
	add("RMB10.0 billion", 0, "Revenue", "", fy, parse.Forecast, parse.Max, "10000000000", -8, 0.9)
	add("RMB120.5 million", 0, "NetCashFromOperating", "", q2, parse.Actual, parse.Point, "120500000", -5, 0.95)
	rep := &parse.Report{Documents: []*parse.Document{doc}, Mentions: ms}
	rep.Refresh(nil)
	return rep, doc
}

// key finds a fact's key in rep by concept and segment (and scenario
// bound for guidance).
func key(t testing.TB, rep *parse.Report, concept, segment string, b parse.Bound) parse.Key {
	t.Helper()
	for _, f := range rep.Facts {
		if f.Concept == concept && f.Segment == segment && f.Bound == b {
			return f.Key
		}
	}
	t.Fatalf("no fact %s %q in the report", concept, segment)
	return parse.Key{}
}

// sampleDocuments decodes the five built-in samples as package main
// does, with no path: as samples.
func sampleDocuments() ([]*parse.Document, error) {
	paths, err := filepath.Glob("../testdata/samples/*.txt")
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no samples in ../testdata/samples")
	}
	var docs []*parse.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := parse.Parse(filepath.Base(p), data, parse.LoadOptions{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// uiQueue stands in for the real driver's fyne.Do, which queues work for
// the UI goroutine, where Fyne's test driver runs it at once: what the
// window sends to the UI goroutine waits here until the test, acting as
// the UI goroutine, runs it. Background work runs on goroutines of its
// own, as in the real window.
type uiQueue struct{ ch chan func() }

func queueUI(u *UI) *uiQueue {
	q := &uiQueue{ch: make(chan func(), 1<<14)}
	u.doOnUI = func(f func()) { q.ch <- f }
	u.background = func(f func()) { go f() }
	return q
}

// drain runs what is queued now and says how many it ran.
func (q *uiQueue) drain() int {
	n := 0
	for {
		select {
		case f := <-q.ch:
			f()
			n++
		default:
			return n
		}
	}
}

// settle runs what is sent to the UI goroutine until no background work
// is under way and nothing is queued.
func (q *uiQueue) settle(t testing.TB, u *UI) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case f := <-q.ch:
			f()
		case <-u.tasks.idleChan():
			if q.drain() == 0 && !u.tasks.busy() {
				return
			}
		case <-deadline:
			t.Fatal("the background work did not finish")
		}
	}
}
