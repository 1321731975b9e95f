package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"facet/parse"

	"github.com/shopspring/decimal"
)

// BenchmarkStartToTable is a start of the window on the five samples:
// decode them, read and reconcile every figure, and lay out the table
// with its first rows drawn (a software frame of the whole window).
func BenchmarkStartToTable(b *testing.B) {
	a := test.NewTempApp(b)
	dir := b.TempDir()
	for b.Loop() {
		u := New(a, Config{Samples: sampleDocuments, ReviewDir: dir, SaveDelay: time.Hour, DetailsDelay: -1})
		q := queueUI(u)
		u.Start(nil, "")
		q.settle(b, u)
		if u.model.AllRows() == 0 {
			b.Fatal("empty table")
		}
		u.win.Canvas().(test.WindowlessCanvas).Capture()
		u.win.Close()
	}
}

// manyFacts is a report of n facts: mentions with distinct keys across
// concepts, segments and quarters, reconciled by Refresh as the parser's
// would be.
func manyFacts(b testing.TB, n int) *parse.Report {
	doc, err := parse.Parse("big.txt", []byte("Revenues were RMB1,234.5 million in the quarter.\n"), parse.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	doc.Context.Company = "Big Co"
	m0, _ := doc.MentionAt(parse.Span{Start: 14, End: 32})
	concepts := parse.Concepts()
	ms := make([]parse.Mention, 0, n)
	for i := 0; len(ms) < n; i++ {
		c := concepts[i%len(concepts)]
		q := (i / len(concepts)) % 40
		seg := ""
		if s := i / (len(concepts) * 40); s > 0 {
			seg = fmt.Sprintf("Segment %d", s)
		}
		m := m0
		cur := "CNY"
		if c.Kind == parse.Ratio {
			cur = ""
		}
		m.Key = parse.Key{Entity: "Big Co", Concept: c.Name, Segment: seg, Period: parse.Calendar{}.Quarter(2000+q/4, q%4+1), Currency: cur}
		m.Value = decimal.New(int64(1000+i), 5)
		m.Decimals = -5
		m.Confidence = 0.5 + float64(i%50)/100
		ms = append(ms, m)
	}
	rep := &parse.Report{Documents: []*parse.Document{doc}, Mentions: ms}
	rep.Refresh(nil)
	if len(rep.Facts) != n {
		b.Fatalf("%d facts, want %d", len(rep.Facts), n)
	}
	return rep
}

// BenchmarkTable10k draws the window on 10,000 facts (a software-rendered
// frame of the whole window), and scrolls the table through them a page
// at a time: each step lays out and fills the visible cells, the work the
// window does per frame as a person pages through a big review. (The
// scroll steps are not painted: fyne's software painter, which stands in
// for GL in tests, fails on stroked rectangles cut by the scroll edge.)
func BenchmarkTable10k(b *testing.B) {
	rep := manyFacts(b, 10_000)
	a := test.NewTempApp(b)
	u := New(a, Config{ReviewDir: b.TempDir(), SaveDelay: time.Hour})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	q := queueUI(u) // as the real driver: the checks run in the background
	u.showDetails() // the panels once the selection settles
	c := u.win.Canvas().(test.WindowlessCanvas)
	rows := u.model.Rows()
	b.Run("first-frame", func(b *testing.B) {
		for b.Loop() {
			u.table.ScrollToTop()
			u.table.Refresh()
			c.Capture()
		}
	})
	b.Run("scroll-page", func(b *testing.B) {
		row := 0
		for b.Loop() {
			row = (row + pageRows) % rows
			u.table.ScrollTo(widget.TableCellID{Row: row})
		}
	})
	b.Run("arrow-down", func(b *testing.B) {
		u.selectRow(0)
		u.focusTable()
		for b.Loop() {
			if _, vi := u.model.Selected(); vi == rows-1 {
				u.selectRow(0)
			}
			u.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		}
		q.drain()
	})
	b.Run("details", func(b *testing.B) {
		// the source and checks panels filled for a selected figure
		for b.Loop() {
			u.showDetails()
		}
	})
	b.Run("parse-refresh", func(b *testing.B) {
		// parse's share of an edit: reconcile, apply corrections, check
		for b.Loop() {
			rep.Refresh(u.model.Corrections())
		}
	})
	b.Run("confirm-and-refresh", func(b *testing.B) {
		// the UI goroutine's share of an edit and its undo: the rows the
		// edit touches, the table redrawn, and the refreshes that landed
		// meanwhile taken in (the checks run in the background)
		for b.Loop() {
			f, _ := u.model.Selected()
			if f == nil {
				u.selectRow(0)
				f, _ = u.model.Selected()
			}
			u.model.Confirm(f.Key)
			u.model.Undo()
			q.drain()
		}
		q.settle(b, u)
	})
	b.Run("confirm-until-checked", func(b *testing.B) {
		// an edit until its checks show: corrections applied, checks
		// rerun and rows made in the background, then taken in
		for b.Loop() {
			f, _ := u.model.Selected()
			u.model.Confirm(f.Key)
			q.settle(b, u)
			u.model.Undo()
			q.settle(b, u)
		}
	})
	b.Run("filter", func(b *testing.B) {
		for b.Loop() {
			u.filterText.SetText("margin")
			u.filterText.SetText("")
		}
	})
	// the model view of the same 10,000 figures
	u.centerTabs.SelectIndex(1)
	company := u.model.Report().Entities()[0]
	b.Run("model-first-frame", func(b *testing.B) {
		for b.Loop() {
			u.grid.grid = nil // laid out afresh, as after an edit
			u.grid.refresh(company)
			u.grid.ScrollToTop()
			c.Capture()
		}
	})
	b.Run("model-scroll-page", func(b *testing.B) {
		n := len(u.grid.grid.Rows)
		row := 0
		for b.Loop() {
			row = (row + pageRows) % max(n, 1)
			u.grid.ScrollTo(widget.TableCellID{Row: row, Col: 0})
		}
	})
	b.Run("model-filter", func(b *testing.B) {
		for b.Loop() {
			u.filterText.SetText("margin")
			u.filterText.SetText("")
		}
	})
}

// BenchmarkEditSamples is one confirmation and its undo on the samples
// through the window: corrections applied, checks rerun, rows rebuilt,
// table and panels redrawn. Each op is two edits. "ui" is what blocks the
// UI goroutine; "until-checked" is the time until the checks show.
func BenchmarkEditSamples(b *testing.B) {
	a := test.NewTempApp(b)
	u := New(a, Config{Samples: sampleDocuments, ReviewDir: b.TempDir(), SaveDelay: time.Hour, DetailsDelay: -1})
	q := queueUI(u)
	u.Start(nil, "")
	q.settle(b, u)
	b.Run("ui", func(b *testing.B) {
		// the UI goroutine's share, the checks running in the background
		for b.Loop() {
			u.confirmSelected()
			u.undo()
			q.drain()
		}
		q.settle(b, u)
	})
	b.Run("until-checked", func(b *testing.B) {
		for b.Loop() {
			u.confirmSelected()
			q.settle(b, u)
			u.undo()
			q.settle(b, u)
		}
	})
}
