package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"facet/parse"
)

// An edit shows in its row at once; the checks run again off the UI
// goroutine and show when they are done.
func TestAnEditShowsAtOnceAndTheChecksFollow(t *testing.T) {
	rep, _ := fixtureReport(t)
	u := newTestUI(t, Config{})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	q := queueUI(u)
	ebitda := key(t, rep, "AdjustedEBITDA", "", parse.Point)
	margin := key(t, rep, "AdjustedEBITDAMargin", "", parse.Point)
	marginBefore := u.model.Report().Fact(margin)
	if marginBefore.Status != parse.Found {
		t.Fatalf("the fixture's margin is %s", marginBefore.Status)
	}
	u.model.SelectKey(ebitda)
	press(u, fyne.KeyReturn)
	test.Type(u.editor, "500") // over the value, which is selected
	press(u, fyne.KeyReturn)
	// at once, before anything queued for the UI goroutine runs
	_, vi := u.model.Selected()
	if r := u.model.Row(vi); r == nil || r.Fact.Key != ebitda || r.Cells[ColValue] != "500" || r.Cells[ColStatus] != "corrected" {
		t.Fatalf("the edited row shows %v", r)
	}
	if !shownCells(u)["500"] {
		t.Error("the table does not show the new value")
	}
	if u.model.Report().Fact(margin) != marginBefore {
		t.Error("the checks ran again on the UI goroutine")
	}
	q.settle(t, u)
	if got := u.model.Report().Fact(margin).Status; got != parse.NeedsReview {
		t.Errorf("once the checks have run the margin is %s, want needs review", got)
	}
	u.model.SelectKey(margin)
	if shown := texts(u.checks); !strings.Contains(shown, "Margin against profit over revenue: do not agree") {
		t.Errorf("the checks panel does not show the failed margin:\n%s", shown)
	}
	if r := u.model.Row(u.model.selRow); r.Cells[ColStatus] != "needs review" {
		t.Errorf("the margin's row says %q", r.Cells[ColStatus])
	}
}

// backgroundRefresh runs a model's refreshes as the window does: the
// work on a goroutine of its own, the result handed back when the test,
// acting as the UI goroutine, takes it.
type backgroundRefresh struct {
	runs  int
	ready chan func()
}

func asyncModel(rep *parse.Report) (*Model, *backgroundRefresh) {
	b := &backgroundRefresh{ready: make(chan func(), 16)}
	m := NewModel(rep, Options{Now: fixedNow})
	m.SetAsync(func(work, done func()) {
		b.runs++
		go func() {
			work()
			b.ready <- done
		}()
	})
	return m, b
}

func (b *backgroundRefresh) settle(t *testing.T, m *Model) {
	t.Helper()
	for m.Refreshing() {
		select {
		case done := <-b.ready:
			done()
		case <-time.After(10 * time.Second):
			t.Fatal("the refresh did not land")
		}
	}
}

func fixedNow() time.Time { return time.Date(2025, 8, 1, 12, 0, 0, 0, time.UTC) }

// rowText is what the table shows of the row of fact k.
func rowText(m *Model, k parse.Key) string {
	for i := range m.AllRows() {
		if r := &m.rows[i]; r.Fact.Key == k {
			return strings.Join(r.Cells[:], "|")
		}
	}
	return "(no row)"
}

// Refreshed in the background, the model comes to exactly what it comes
// to refreshed in line, after every edit, undo and redo; and the rows an
// edit touches show it before the refresh lands.
func TestBackgroundRefreshEndsWhereInLineDoes(t *testing.T) {
	inRep, inDoc := fixtureReport(t)
	in := NewModel(inRep, Options{Now: fixedNow})
	bgRep, _ := fixtureReport(t)
	bg, runner := asyncModel(bgRep)
	rev := key(t, inRep, "Revenue", "", parse.Point)
	ebitda := key(t, inRep, "AdjustedEBITDA", "", parse.Point)
	cash := key(t, inRep, "NetCashFromOperating", "", parse.Point)
	low := key(t, inRep, "Revenue", "", parse.Min)
	free := cash
	free.Concept = "FreeCashFlow"
	margin := parse.Key{Entity: "Acme Cloud", Concept: "GrossMargin", Period: parse.Calendar{}.Quarter(2025, 2)}
	at := strings.Index(inDoc.Text, "31.7%")
	steps := []struct {
		name string
		do   func(m *Model) error
		keys []parse.Key // the rows it touches
	}{
		{"confirm", func(m *Model) error { return m.Confirm(rev) }, []parse.Key{rev}},
		{"set value", func(m *Model) error { return m.SetValue(ebitda, "500") }, []parse.Key{ebitda}},
		{"set a range's low end", func(m *Model) error { return m.SetValue(low, "9.6 billion") }, []parse.Key{low, otherEnd(low)}},
		{"reject", func(m *Model) error { return m.Reject(ebitda) }, []parse.Key{ebitda}},
		{"rekey", func(m *Model) error { return m.Rekey(cash, free, false) }, []parse.Key{free}},
		{"undo rekey", func(m *Model) error { m.Undo(); return nil }, []parse.Key{cash}},
		{"redo rekey", func(m *Model) error { m.Redo(); return nil }, []parse.Key{free}},
		{"add figure", func(m *Model) error {
			return m.AddFigure(m.Report().Documents[0], parse.Span{Start: at, End: at + 5}, margin, "31.7%")
		}, []parse.Key{margin}},
		{"undo add", func(m *Model) error { m.Undo(); return nil }, nil},
		{"undo reject", func(m *Model) error { m.Undo(); m.Undo(); return nil }, []parse.Key{ebitda}},
		{"confirm all", func(m *Model) error { m.ConfirmAllHighConfidence(); return nil }, nil},
		{"undo all", func(m *Model) error {
			for m.Undo() {
			}
			return nil
		}, []parse.Key{rev, ebitda, cash, low}},
		{"redo all", func(m *Model) error {
			for m.Redo() {
			}
			return nil
		}, []parse.Key{ebitda, cash, low}},
	}
	for _, st := range steps {
		if err := st.do(in); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if err := st.do(bg); err != nil {
			t.Fatalf("%s (background): %v", st.name, err)
		}
		for _, k := range st.keys {
			// the cells an edit changes; the checks' part comes later
			w, g := strings.Split(rowText(in, k), "|"), strings.Split(rowText(bg, k), "|")
			if len(g) != len(w) || len(w) < int(numColumns) || g[ColStatus] != w[ColStatus] || g[ColValue] != w[ColValue] || g[ColScenario] != w[ColScenario] || g[ColConcept] != w[ColConcept] {
				t.Errorf("%s: before the refresh lands the row of %v shows\n  %v\nwant\n  %v", st.name, k, g, w)
			}
		}
		runner.settle(t, bg)
		if w, g := factsText(in.Report()), factsText(bg.Report()); w != g {
			t.Fatalf("%s: refreshed in the background the facts differ:\n%s", st.name, firstDiff(w, g))
		}
		for i := range in.AllRows() {
			if in.rows[i].Cells != bg.rows[i].Cells {
				t.Fatalf("%s: row %d is %v, want %v", st.name, i, bg.rows[i].Cells, in.rows[i].Cells)
			}
		}
		if in.Counts() != bg.Counts() || in.Generation() != bg.Generation() {
			t.Errorf("%s: counts %v, generation %d; want %v, %d", st.name, bg.Counts(), bg.Generation(), in.Counts(), in.Generation())
		}
	}
}

// Edits made while a refresh is under way wait for it, and only the
// latest state is refreshed next: one refresh at a time, the latest wins.
func TestBackgroundRefreshesAreOneAtATimeAndTheLatestWins(t *testing.T) {
	rep, _ := fixtureReport(t)
	m, runner := asyncModel(rep)
	var keys []parse.Key
	for i := range 5 {
		keys = append(keys, m.Row(i).Fact.Key)
	}
	for _, k := range keys {
		if err := m.Confirm(k); err != nil {
			t.Fatal(err)
		}
	}
	if runner.runs != 1 {
		t.Errorf("%d refreshes started for five quick edits, want 1 under way", runner.runs)
	}
	runner.settle(t, m)
	if runner.runs != 2 {
		t.Errorf("%d refreshes in all, want 2: the first, then one for the latest", runner.runs)
	}
	for _, k := range keys {
		if f := m.Report().Fact(k); f == nil || f.Status != parse.Confirmed {
			t.Errorf("%v is not confirmed once the refreshes landed", k)
		}
	}
	if m.Refreshing() {
		t.Error("still refreshing")
	}
}

// An export while a refresh is under way gets every correction, checked.
func TestExportWhileRefreshingHasEveryCorrection(t *testing.T) {
	rep, _ := fixtureReport(t)
	m, runner := asyncModel(rep)
	ebitda := key(t, rep, "AdjustedEBITDA", "", parse.Point)
	margin := key(t, rep, "AdjustedEBITDAMargin", "", parse.Point)
	m.SetValue(ebitda, "500")
	got := m.Current()()
	if f := got.Fact(margin); f == nil || f.Status != parse.NeedsReview {
		t.Errorf("the exported margin is %v, want needs review", f)
	}
	runner.settle(t, m)
}
