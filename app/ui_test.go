package app

import (
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"facet/export"
	"facet/internal/pdfgen"
	"facet/parse"
)

// newTestUI makes the window on fyne's headless test app. Reviews go to a
// temporary folder and are written when the test waits (Wait flushes).
func newTestUI(t *testing.T, cfg Config) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	if cfg.ReviewDir == "" {
		cfg.ReviewDir = t.TempDir()
	}
	if cfg.SaveDelay == 0 {
		cfg.SaveDelay = time.Hour
	}
	if cfg.Samples == nil {
		cfg.Samples = sampleDocuments
	}
	if cfg.DetailsDelay == 0 {
		cfg.DetailsDelay = -1 // the panels follow the selection at once
	}
	u := New(a, cfg)
	u.background = func(f func()) { f() }
	u.rescueDir = t.TempDir()
	t.Cleanup(func() { u.Close() })
	return u
}

// startedUI opens the window on the samples and waits for them.
func startedUI(t *testing.T, cfg Config) *UI {
	t.Helper()
	u := newTestUI(t, cfg)
	u.Start(nil, "")
	u.Wait()
	if u.model.AllRows() == 0 {
		t.Fatal("the samples gave no facts")
	}
	return u
}

// walk visits o and everything visible inside it, through the renderers
// the window really uses.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	f(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, ch := range test.WidgetRenderer(c).Objects() {
			walk(ch, f)
		}
	case *fyne.Container:
		for _, ch := range c.Objects {
			walk(ch, f)
		}
	}
}

// texts is every text shown inside o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(x fyne.CanvasObject) {
		switch v := x.(type) {
		case *canvas.Text:
			b.WriteString(v.Text + "\n")
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *widget.RichText:
			b.WriteString(v.String() + "\n")
		case *widget.Button:
			b.WriteString(v.Text + "\n")
		case *tipButton:
			b.WriteString(v.Text + "\n")
		}
	})
	return b.String()
}

// topOverlay is the dialog on top, or nil.
func topOverlay(u *UI) fyne.CanvasObject { return u.win.Canvas().Overlays().Top() }

// findButton finds a button by its text inside o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) fyne.Tappable {
	t.Helper()
	var found fyne.Tappable
	walk(o, func(x fyne.CanvasObject) {
		if found != nil {
			return
		}
		if b, ok := x.(*widget.Button); ok && strings.HasPrefix(b.Text, text) {
			found = b
		}
		if b, ok := x.(*tipButton); ok && strings.HasPrefix(b.Text, text) {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in:\n%s", text, texts(o))
	}
	return found
}

// shownCells is what the table's visible cells show, row by row.
func shownCells(u *UI) map[string]bool {
	out := map[string]bool{}
	walk(u.table, func(x fyne.CanvasObject) {
		if c, ok := x.(*tableCell); ok {
			out[c.full] = true
		}
	})
	return out
}

func press(u *UI, name fyne.KeyName) { u.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: name}) }

func shortcut(u *UI, s fyne.Shortcut) {
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func selectedFact(t *testing.T, u *UI) *parse.Fact {
	t.Helper()
	f, _ := u.model.Selected()
	if f == nil {
		t.Fatal("no fact selected")
	}
	return f
}

// selectWhere selects, through the filter box, the first row whose fact
// matches, and returns it.
func selectWhere(t *testing.T, u *UI, match func(*parse.Fact) bool) *parse.Fact {
	t.Helper()
	for i := 0; i < u.model.Rows(); i++ {
		if f := u.model.Row(i).Fact; match(f) {
			u.selectRow(i)
			return f
		}
	}
	t.Fatal("no row matches")
	return nil
}

func TestStartShowsTheSamplesInTheTable(t *testing.T) {
	u := startedUI(t, Config{})
	m := u.model
	if len(m.Report().Documents) != 5 {
		t.Fatalf("%d documents, want the 5 samples", len(m.Report().Documents))
	}
	cells := shownCells(u)
	first := m.Row(0)
	for _, c := range []Column{ColStatus, ColConcept, ColPeriod, ColValue, ColUnit} {
		if !cells[first.Cells[c]] {
			t.Errorf("the table does not show the first row's %s %q; it shows %v", columnTitles[c], first.Cells[c], cells)
		}
	}
	if got := u.counts.Text; !strings.HasPrefix(got, m.Counts().String()) || !strings.Contains(got, "facts") {
		t.Errorf("status bar %q", got)
	}
	if got := texts(u.docsList); !strings.Contains(got, "Kingsoft Cloud") || !strings.Contains(got, "call transcript") || !strings.Contains(got, "figures") {
		t.Errorf("documents panel shows %q", got)
	}
	if f, vi := m.Selected(); f == nil || vi != 0 {
		t.Error("the first row is selected once the documents are open")
	}
	if !strings.Contains(texts(u.sources), first.Fact.Sources[0].Doc.Name) {
		t.Error("the source panel shows the selected fact's document")
	}
	if u.win.Canvas().Focused() != u.table {
		t.Error("the table has the keyboard once loaded")
	}
}

func TestKeyboardMovesConfirmsAndUndoes(t *testing.T) {
	u := startedUI(t, Config{})
	press(u, fyne.KeyDown)
	press(u, fyne.KeyDown)
	if _, vi := u.model.Selected(); vi != 2 {
		t.Fatalf("two Downs select row 2, got %d", vi)
	}
	press(u, fyne.KeyUp)
	f := selectedFact(t, u)
	k := f.Key
	press(u, fyne.KeySpace)
	if got := u.model.Report().Fact(k).Status; got != parse.Confirmed {
		t.Fatalf("Space: %s, want confirmed", got)
	}
	if _, vi := u.model.Selected(); vi != 2 {
		t.Errorf("Space moves on to the next row, got row %d", vi)
	}
	if !shownCells(u)["confirmed"] {
		t.Error("the table shows the word confirmed")
	}
	if !strings.HasPrefix(u.win.Title(), "*") {
		t.Errorf("title %q should mark unsaved changes", u.win.Title())
	}
	shortcut(u, &fyne.ShortcutUndo{})
	if got := u.model.Report().Fact(k).Status; got == parse.Confirmed {
		t.Fatal("Ctrl+Z did not undo the confirmation")
	}
	shortcut(u, &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if got := u.model.Report().Fact(k).Status; got != parse.Confirmed {
		t.Fatal("Ctrl+Shift+Z did not redo")
	}
	// Delete rejects
	u.model.SelectKey(k)
	press(u, fyne.KeyDelete)
	if got := u.model.Report().Fact(k).Status; got != parse.Rejected {
		t.Errorf("Delete: %s", got)
	}
	press(u, fyne.KeyEnd)
	if _, vi := u.model.Selected(); vi != u.model.Rows()-1 {
		t.Errorf("End selects the last row, got %d", vi)
	}
	press(u, fyne.KeyHome)
	press(u, fyne.KeyPageDown)
	if _, vi := u.model.Selected(); vi != pageRows {
		t.Errorf("Page Down moves %d rows, got %d", pageRows, vi)
	}
}

func TestEditValueInPlace(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.ConceptInfo().Kind == parse.Monetary && f.Status == parse.Found })
	k := f.Key
	old := f.Value
	press(u, fyne.KeyReturn)
	if u.win.Canvas().Focused() != u.editor || u.editing == nil {
		t.Fatal("Enter opens the value editor")
	}
	found := false
	walk(u.table, func(x fyne.CanvasObject) { found = found || x == u.editor })
	if !found {
		t.Fatal("the editor is not inside the table")
	}
	if u.editor.SelectedText() != u.editor.Text || u.editor.Text == "" {
		t.Errorf("the editor starts with the value selected, so typing replaces it: %q of %q", u.editor.SelectedText(), u.editor.Text)
	}
	// invalid: says what is wrong, changes nothing, keeps editing
	test.Type(u.editor, "1,23")
	press(u, fyne.KeyReturn)
	if !strings.Contains(u.hint.Text, "not a value") || u.hint.Importance != widget.DangerImportance {
		t.Errorf("hint after invalid input: %q", u.hint.Text)
	}
	if len(u.model.Corrections()) != 0 || !u.model.Report().Fact(k).Value.Equal(old) {
		t.Fatal("invalid input changed the figure")
	}
	if u.editing == nil {
		t.Fatal("editing should go on after invalid input")
	}
	u.editor.SetText("")
	test.Type(u.editor, "(1,234.5)")
	press(u, fyne.KeyReturn)
	got := u.model.Report().Fact(k)
	if got.Status != parse.Corrected || got.Value.String() != "-1234500000" {
		t.Fatalf("after typing (1,234.5): %s %s", got.Value, got.Status)
	}
	if !shownCells(u)["(1,234.5)"] {
		t.Error("the table shows the corrected value in parentheses")
	}
	if u.win.Canvas().Focused() != u.table {
		t.Error("the table has the keyboard again after the edit")
	}
	// a digit starts editing with that digit; Escape leaves the value
	u.table.TypedRune('7')
	if u.editor.Text != "7" {
		t.Errorf("typing a digit starts editing with it: %q", u.editor.Text)
	}
	press(u, fyne.KeyEscape)
	if u.editing != nil || len(u.model.Corrections()) != 1 {
		t.Error("Escape leaves the value as it was")
	}
	shortcut(u, &fyne.ShortcutUndo{})
	if !u.model.Report().Fact(k).Value.Equal(old) {
		t.Error("undo restores the value")
	}
}

func TestFiltersThroughTheToolbar(t *testing.T) {
	u := startedUI(t, Config{})
	all := u.model.Rows()
	shortcut(u, ctrl(fyne.KeyF))
	if u.win.Canvas().Focused() != u.filterText {
		t.Fatal("Ctrl+F focuses the filter")
	}
	test.Type(u.filterText, "gross margin")
	if u.model.Rows() == 0 || u.model.Rows() >= all {
		t.Fatalf("filter 'gross margin': %d of %d rows", u.model.Rows(), all)
	}
	for i := 0; i < u.model.Rows(); i++ {
		if !strings.Contains(strings.ToLower(u.model.Row(i).Cells[ColConcept]), "gross margin") {
			t.Errorf("row %q does not match", u.model.Row(i).Cells[ColConcept])
		}
	}
	if !strings.Contains(u.counts.Text, "showing") {
		t.Errorf("the status bar says how many are shown: %q", u.counts.Text)
	}
	u.filterText.SetText("")
	u.statusSel.SetSelected("Needs review")
	n := u.model.Rows()
	if n == 0 || n != u.model.Counts().ToReview {
		t.Errorf("needs-review filter shows %d, count says %d", n, u.model.Counts().ToReview)
	}
	u.statusSel.SetSelected("All statuses")
	u.sheetSel.SetSelected("Guidance")
	for i := 0; i < u.model.Rows(); i++ {
		if u.model.Row(i).Fact.Scenario != parse.Forecast {
			t.Error("the Guidance sheet shows only guidance")
		}
	}
	u.sheetSel.SetSelected("All sheets")
	if len(u.companySel.Options) < 2 {
		t.Fatal("the company filter lists the companies")
	}
	u.companySel.SetSelected(u.companySel.Options[1])
	for i := 0; i < u.model.Rows(); i++ {
		if u.model.Row(i).Fact.Entity != u.companySel.Options[1] {
			t.Error("the company filter shows one company")
		}
	}
	u.clearFilter()
	if u.model.Rows() != all {
		t.Errorf("clearing the filters shows %d of %d", u.model.Rows(), all)
	}
}

func TestSortByTappingAHeader(t *testing.T) {
	u := startedUI(t, Config{})
	var header *headerCell
	walk(u.table, func(x fyne.CanvasObject) {
		if h, ok := x.(*headerCell); ok && h.text.Text == "Status" {
			header = h
		}
	})
	if header == nil {
		t.Fatal("no Status header")
	}
	test.Tap(header)
	if c, _, ok := u.model.Sort(); !ok || c != ColStatus {
		t.Fatal("tapping the header sorts by it")
	}
	if s := u.model.Row(0).Fact.Status; s != parse.Conflict && s != parse.NeedsReview {
		t.Errorf("sorted by status, the first row is %s", s)
	}
	if header.text.Text != "Status ▲" {
		t.Errorf("the header shows the order: %q", header.text.Text)
	}
}

func TestConflictShowsEverySideAndTakesOne(t *testing.T) {
	rep, _ := fixtureReport(t)
	u := newTestUI(t, Config{})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.Status == parse.Conflict })
	if shown := texts(u.checks); !strings.Contains(shown, "Sources against each other: do not agree") || !strings.Contains(shown, "Sources disagree") {
		t.Errorf("the checks panel does not show the conflict: %q", shown)
	}
	shown := texts(u.sources)
	for _, want := range []string{"disagree", "(166.8)", "(166.1)", "line 5", "line 6"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the source panel lacks %q:\n%s", want, shown)
		}
	}
	test.Tap(findButton(t, u.sources, "Take (166.1)"))
	got := u.model.Report().Fact(f.Key)
	if got.Status != parse.Corrected || got.Value.String() != "-166100000" {
		t.Errorf("after taking (166.1): %s %s", got.Value, got.Status)
	}
	if shown := texts(u.checks); !strings.Contains(shown, "corrected") || strings.Contains(shown, "conflict check fails") {
		t.Errorf("once a value is taken the checks panel shows the figure corrected, its conflict gone: %q", shown)
	}
}

func TestChangeFigureDialog(t *testing.T) {
	rep, _ := fixtureReport(t)
	u := newTestUI(t, Config{})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.Concept == "NetCashFromOperating" })
	shortcut(u, ctrl(fyne.KeyK))
	if u.rekeyDlg == nil || topOverlay(u) == nil {
		t.Fatal("Ctrl+K opens the change dialog")
	}
	u.rekeyForm.concept.SetSelected("Free cash flow")
	u.rekeyForm.scenario.SetSelected("guidance")
	u.rekeyForm.bound.SetSelected(boundNames[1])
	test.Tap(findButton(t, topOverlay(u), "Change"))
	to := f.Key
	to.Concept, to.Scenario, to.Bound = "FreeCashFlow", parse.Forecast, parse.Min
	if g := u.model.Report().Fact(to); g == nil || g.Status != parse.Corrected {
		t.Fatalf("the figure did not become low-end free cash flow guidance")
	}
	if u.model.Report().Fact(f.Key) != nil {
		t.Error("the old identity is gone")
	}
	if s := selectedFact(t, u); s.Key != to {
		t.Error("the changed figure stays selected")
	}
}

func TestAddAMissedFigureBySelectingText(t *testing.T) {
	rep, doc := fixtureReport(t)
	u := newTestUI(t, Config{})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	u.docView.show(doc, -1, -1)
	u.docView.setSelecting(true)
	// select "31.7%": the cursor before it, then Shift and Right five times
	at := strings.Index(doc.Text, "31.7%")
	e := u.docView.text
	u.win.Canvas().Focus(e)
	u.docView.selectRunes(utf8.RuneCountInString(doc.Text[:at]), 0)
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range 5 {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if e.SelectedText() != "31.7%" {
		t.Fatalf("selected %q", e.SelectedText())
	}
	// the text cannot be changed
	e.TypedRune('x')
	if e.Text != doc.Text {
		t.Fatal("the document text changed")
	}
	u.docView.addFromSelection()
	if u.addDlg == nil {
		t.Fatal("no add dialog")
	}
	if u.addValue.Text != "31.7%" {
		t.Errorf("the value offered is %q", u.addValue.Text)
	}
	u.addForm.concept.SetSelected("Gross margin")
	test.Tap(findButton(t, topOverlay(u), "Add"))
	k := parse.Key{Entity: "Acme Cloud", Concept: "GrossMargin", Period: parse.Calendar{}.Quarter(2025, 2)}
	f := u.model.Report().Fact(k)
	if f == nil || f.Value.String() != "0.317" || len(f.Sources) != 1 || f.Sources[0].Span.Start != at {
		t.Fatalf("added fact: %+v", f)
	}
}

func TestRemoveDocumentAndUndo(t *testing.T) {
	u := startedUI(t, Config{})
	var item *docItem
	walk(u.docsList, func(x fyne.CanvasObject) {
		if it, ok := x.(*docItem); ok && item == nil && it.doc != nil {
			item = it
		}
	})
	if item == nil {
		t.Fatal("no document in the panel")
	}
	name := item.doc.Name
	test.Tap(item.remove)
	if len(u.model.Report().Documents) != 4 || !strings.Contains(u.docsTitle.Text, "4") {
		t.Fatalf("after remove: %d documents, title %q", len(u.model.Report().Documents), u.docsTitle.Text)
	}
	if strings.Contains(texts(u.docsList), name) {
		t.Error("the removed document is still listed")
	}
	shortcut(u, &fyne.ShortcutUndo{})
	if len(u.model.Report().Documents) != 5 {
		t.Error("Ctrl+Z puts the document back")
	}
}

func TestReviewIsSavedAndRestored(t *testing.T) {
	dir := t.TempDir()
	u := startedUI(t, Config{ReviewDir: dir})
	f := selectedFact(t, u)
	k := f.Key
	press(u, fyne.KeySpace)
	if !strings.HasPrefix(u.win.Title(), "*") || !strings.Contains(u.saveState.Text, "saving") {
		t.Errorf("before the save: title %q, status %q", u.win.Title(), u.saveState.Text)
	}
	u.Wait() // what the timer would do
	m, _ := filepath.Glob(filepath.Join(dir, "*"+ReviewExt))
	if len(m) != 1 {
		t.Fatalf("reviews in the folder: %v", m)
	}
	path := m[0]
	rv, err := parse.LoadReview(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Documents) != 5 || rv.Documents[0].Hash == "" || len(rv.Corrections) != 1 || rv.Corrections[0].Action != parse.Confirm {
		t.Errorf("review: %d documents, corrections %+v", len(rv.Documents), rv.Corrections)
	}
	if strings.HasPrefix(u.win.Title(), "*") || !strings.Contains(u.saveState.Text, "review saved") {
		t.Errorf("after saving: title %q, status %q", u.win.Title(), u.saveState.Text)
	}
	// an undo back to nothing is saved too
	shortcut(u, &fyne.ShortcutUndo{})
	u.Wait()
	if rv, _ = parse.LoadReview(path); len(rv.Corrections) != 0 {
		t.Errorf("after undoing everything the review holds %d corrections", len(rv.Corrections))
	}
	shortcut(u, &fyne.ShortcutRedo{})
	u.Wait()

	// the same documents again: the window is as it was
	u2 := startedUI(t, Config{ReviewDir: dir})
	if got := u2.model.Report().Fact(k); got == nil || got.Status != parse.Confirmed {
		t.Fatal("reopening the documents did not restore the confirmation")
	}
	if !strings.Contains(u2.hint.Text, "are back") {
		t.Errorf("hint %q", u2.hint.Text)
	}
}

// The window saves half a second after a change: a crash loses nothing
// done more than a second before.
func TestSaveDelayIsUnderASecond(t *testing.T) {
	u := New(test.NewTempApp(t), Config{ReviewDir: t.TempDir()})
	if u.saver.delay <= 0 || u.saver.delay > 500*time.Millisecond {
		t.Errorf("the review is saved %v after a change", u.saver.delay)
	}
}

func TestSaverWritesOnceAfterABurst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r"+ReviewExt)
	writes := make(chan int, 10)
	// The edits come 5 ms apart against a delay of 400 ms: a loaded
	// machine's pauses must not split the burst.
	s := &saver{delay: 400 * time.Millisecond, done: func(r saveResult) {
		if r.err != nil {
			t.Error(r.err)
		}
		writes <- r.gen
	}}
	start := time.Now()
	for gen := 1; gen <= 5; gen++ { // a burst of edits
		s.schedule(path, &parse.Review{Corrections: make([]parse.Correction, 0, gen)}, gen)
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case gen := <-writes:
		if gen != 5 {
			t.Errorf("wrote generation %d, want the last, 5", gen)
		}
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("the save came %v after the first edit", took)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("nothing was saved")
	}
	s.flush()
	if len(writes) != 0 {
		t.Errorf("%d more writes: a burst should be one", len(writes))
	}
	if _, err := parse.LoadReview(path); err != nil {
		t.Errorf("the saved review does not load: %v", err)
	}
}

func TestShowInDocumentSelectsTheFigure(t *testing.T) {
	rep, doc := fixtureReport(t)
	u := newTestUI(t, Config{})
	u.loaded(loadRequest{fresh: true}, rep, nil)
	selectWhere(t, u, func(f *parse.Fact) bool { return f.Concept == "AdjustedEBITDAMargin" })
	test.Tap(findButton(t, u.sources, "Show in document"))
	if u.srcTabs.SelectedIndex() != 1 || u.docView.doc != doc {
		t.Fatal("Show in document shows the document")
	}
	if got := u.docView.highlighted(); got != "17.3%" || !underlined(u.docView.reading, "17.3%") {
		t.Errorf("the figure highlighted is %q", got)
	}
	if !strings.HasPrefix(u.docView.shown(), "") || strings.Index(u.docView.shown(), "17.3%") > passage/3 {
		t.Errorf("the figure is %d bytes down the passage: not in view", strings.Index(u.docView.shown(), "17.3%"))
	}
	u.docView.setSelecting(true) // to add a figure, the text is selectable, the figure selected
	if got := u.docView.text.SelectedText(); got != "17.3%" {
		t.Errorf("the figure is selected: %q", got)
	}
	span, sel, ok := u.docView.selection()
	if !ok || sel != "17.3%" || doc.Text[span.Start:span.End] != "17.3%" {
		t.Errorf("selection() = %v %q %v", span, sel, ok)
	}
}

func TestSaveAsAndOpenReview(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectedFact(t, u)
	press(u, fyne.KeySpace)
	path := filepath.Join(t.TempDir(), "kingsoft")
	u.SaveReviewAs(path)
	path += ReviewExt
	if _, err := os.Stat(path); err != nil {
		t.Fatal("save as wrote nothing")
	}
	if !strings.Contains(u.win.Title(), "kingsoft") {
		t.Errorf("title %q names the review", u.win.Title())
	}
	if r := u.RecentReviews(); len(r) == 0 || filepath.Base(r[0]) != filepath.Base(path) {
		t.Errorf("recent reviews %v", r)
	}
	u2 := newTestUI(t, Config{})
	u2.Start(nil, path)
	u2.Wait()
	if got := u2.model.Report().Fact(f.Key); got == nil || got.Status != parse.Confirmed {
		t.Fatal("opening the review did not restore it")
	}
	if len(u2.model.Report().Documents) != 5 {
		t.Errorf("the review's sample documents: %d", len(u2.model.Report().Documents))
	}
}

func TestCorruptOrMissingReviewStillOpensTheDocuments(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad"+ReviewExt)
	writeFile(t, bad, []byte(`{"version": 1, "corrections": [`))
	tests := []struct {
		name, path, want string
	}{
		{"corrupt", bad, "damaged"},
		{"missing", filepath.Join(dir, "gone"+ReviewExt), "does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, Config{})
			u.Start(nil, tt.path)
			u.Wait()
			shown := texts(u.win.Canvas().Overlays().List()[0])
			if !strings.Contains(shown, tt.want) || !strings.Contains(shown, filepath.Base(tt.path)) {
				t.Errorf("dialog says %q, want %q and the file's name", shown, tt.want)
			}
			if strings.Contains(shown, "json:") || strings.Contains(shown, "unexpected") {
				t.Errorf("the dialog shows a Go error: %q", shown)
			}
			if len(u.model.Report().Documents) != 5 || u.model.Rows() == 0 {
				t.Error("the documents did not open")
			}
		})
	}
}

// A damaged review saved on its own is moved aside, the person is told
// where, and the corrections made after are saved where the next start
// finds them.
func TestADamagedAutosaveIsMovedAsideAndSavingGoesOn(t *testing.T) {
	dir := t.TempDir()
	u := startedUI(t, Config{ReviewDir: dir})
	auto := u.reviewPath
	u.Close()
	writeFile(t, auto, []byte("not json"))

	u2 := startedUI(t, Config{ReviewDir: dir})
	if u2.reviewPath != auto {
		t.Errorf("the review is saved to %s, not where the next start looks (%s)", u2.reviewPath, auto)
	}
	aside, _ := filepath.Glob(filepath.Join(dir, "*.damaged-*.json"))
	if len(aside) != 1 {
		t.Fatalf("moved aside: %v", aside)
	}
	if data, _ := os.ReadFile(aside[0]); string(data) != "not json" {
		t.Error("the damaged review was changed")
	}
	if strings.HasSuffix(aside[0], ReviewExt) {
		t.Errorf("%s would be taken for a review", aside[0])
	}
	shown := texts(topOverlay(u2))
	if !strings.Contains(shown, "could not be used") || !strings.Contains(shown, filepath.Base(aside[0])) {
		t.Errorf("the dialog does not say where the damaged review went: %q", shown)
	}
	u2.dialog.Hide()
	k := selectedFact(t, u2).Key
	press(u2, fyne.KeySpace)
	u2.Wait()
	u2.Close()

	u3 := startedUI(t, Config{ReviewDir: dir})
	if f := u3.model.Report().Fact(k); f == nil || f.Status != parse.Confirmed {
		t.Error("the correction made after the damaged review is not found again")
	}
	if topOverlay(u3) != nil {
		t.Errorf("a dialog on the third start: %q", texts(topOverlay(u3)))
	}
}

func TestOpenFilesReportsEachUnreadableFile(t *testing.T) {
	u := startedUI(t, Config{})
	dir := t.TempDir()
	good := filepath.Join(dir, "acme-q2-2025-call.txt")
	writeFile(t, good, []byte(fixtureText))
	binary := filepath.Join(dir, "photo.txt")
	writeFile(t, binary, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3, 0, 0})
	missing := filepath.Join(dir, "missing.txt")
	u.OpenFiles([]string{good, binary, missing})
	u.Wait()
	shown := texts(topOverlay(u))
	// each named with its path, so the person knows which file it is
	for _, want := range []string{"photo.txt (" + binary + ") could not be opened", "missing.txt (" + missing + ") could not be opened", "does not exist"} {
		if !strings.Contains(shown, want) {
			t.Errorf("dialog lacks %q:\n%s", want, shown)
		}
	}
	if docs := u.model.Report().Documents; len(docs) != 1 || docs[0].Path != good {
		t.Errorf("%d documents: the readable one should replace the samples", len(docs))
	}
}

func TestOpenDialogOpensSeveralFiles(t *testing.T) {
	u := startedUI(t, Config{})
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.md", "c.html"} {
		writeFile(t, filepath.Join(dir, n), []byte(fixtureText))
	}
	writeFile(t, filepath.Join(dir, "d.pdf"), pdfgen.Make(pdfgen.Page{Texts: []pdfgen.Text{{X: 72, Y: 700, Size: 10, S: "Revenue was $5 million."}}}))
	writeFile(t, filepath.Join(dir, "skip.docx"), []byte("PK\x03\x04"))
	shortcut(u, ctrl(fyne.KeyO))
	od := u.openDlg
	if od == nil {
		t.Fatal("Ctrl+O opens the dialog")
	}
	od.folder.SetText(dir)
	od.folder.OnSubmitted(dir)
	if len(od.checks) != 4 {
		t.Fatalf("the dialog lists %d documents, want 4 (the PDF, no docx)", len(od.checks))
	}
	test.Tap(od.checks[0])
	test.Tap(od.checks[2])
	if !strings.Contains(od.count.Text, "2 documents") {
		t.Errorf("count %q", od.count.Text)
	}
	test.Tap(findButton(t, topOverlay(u), "Open"))
	u.Wait()
	if len(u.model.Report().Documents) != 2 {
		t.Errorf("%d documents after opening two in place of the samples", len(u.model.Report().Documents))
	}
	// more documents join the person's own
	shortcut(u, ctrl(fyne.KeyO))
	u.openDlg.folder.OnSubmitted(dir)
	test.Tap(u.openDlg.checks[1])
	test.Tap(findButton(t, topOverlay(u), "Open"))
	u.Wait()
	if len(u.model.Report().Documents) != 3 {
		t.Errorf("%d documents after adding one to two", len(u.model.Report().Documents))
	}
}

func TestDropFilesOnTheWindow(t *testing.T) {
	u := startedUI(t, Config{})
	p := filepath.Join(t.TempDir(), "acme.txt")
	writeFile(t, p, []byte(fixtureText))
	u.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(p)})
	u.Wait()
	if len(u.model.Report().Documents) != 1 {
		t.Errorf("dropping a file: %d documents", len(u.model.Report().Documents))
	}
}

func TestLoadingCanBeCancelled(t *testing.T) {
	u := startedUI(t, Config{})
	before := len(u.model.Report().Documents)
	dir := t.TempDir()
	var paths []string
	for i := range 40 {
		p := filepath.Join(dir, "doc"+string(rune('a'+i%26))+string(rune('a'+i/26))+".txt")
		writeFile(t, p, []byte(fixtureText))
		paths = append(paths, p)
	}
	u.background = func(f func()) { go f() } // a real load in the background
	u.loadStarts = make(chan struct{})
	u.OpenFiles(paths)
	if !u.progressUI.Visible() {
		t.Error("loading shows progress")
	}
	test.Tap(findButton(t, u.progressUI, "Cancel"))
	close(u.loadStarts)
	u.Wait()
	if u.progressUI.Visible() {
		t.Error("the progress stays after cancelling")
	}
	if got := len(u.model.Report().Documents); got != before {
		t.Errorf("after cancelling: %d documents, want %d", got, before)
	}
}

func TestExportDialog(t *testing.T) {
	u := startedUI(t, Config{})
	shortcut(u, ctrl(fyne.KeyE))
	ed := u.exportDlg
	if ed == nil {
		t.Fatal("Ctrl+E opens the export dialog")
	}
	base := filepath.Join(t.TempDir(), "kingsoft")
	ed.path.SetText(base)
	ed.scale.SetSelected("thousands")
	test.Tap(ed.exportBtn)
	u.Wait()
	if wb, err := os.ReadFile(base + ".xlsx"); err != nil || !strings.HasPrefix(string(wb), "PK") {
		t.Fatalf("no workbook written: %v", err)
	}
	if _, err := os.Stat(base + "-xbrl-csv"); err == nil {
		t.Error("the xBRL-CSV report was written though it was not ticked")
	}
	data, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatalf("no xBRL-JSON written: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil || doc["facts"] == nil {
		t.Fatal("the xBRL-JSON is not a report")
	}
	if !strings.Contains(texts(topOverlay(u)), base+".json") {
		t.Errorf("the notice names the path: %q", texts(topOverlay(u)))
	}

	// a failure is a sentence in the dialog
	u2 := startedUI(t, Config{Export: func(*parse.Report, ExportTargets) error {
		return &os.PathError{Op: "open", Path: "/root/x.xlsx", Err: os.ErrPermission}
	}})
	shortcut(u2, ctrl(fyne.KeyE))
	u2.exportDlg.path.SetText(filepath.Join(t.TempDir(), "x"))
	test.Tap(u2.exportDlg.exportBtn)
	u2.Wait()
	if got := u2.exportDlg.state.Text; !strings.Contains(got, "may not write there") {
		t.Errorf("failure says %q", got)
	}
	// the targets the dialog asks for
	var got ExportTargets
	u3 := startedUI(t, Config{Export: func(_ *parse.Report, t ExportTargets) error {
		got = t
		t.Progress(1, 1)
		return nil
	}})
	shortcut(u3, ctrl(fyne.KeyE))
	u3.exportDlg.path.SetText(base)
	u3.exportDlg.csv.SetChecked(true)
	u3.exportDlg.scale.SetSelected("billions")
	test.Tap(u3.exportDlg.exportBtn)
	// the workbook and xBRL-JSON written above are there: it asks first
	if u3.exportDlg.replaceDlg == nil || !strings.Contains(texts(topOverlay(u3)), base+".xlsx") || got.Workbook != "" {
		t.Fatalf("no question before replacing %s.xlsx (exported to %q)", base, got.Workbook)
	}
	test.Tap(findButton(t, topOverlay(u3), "Replace"))
	u3.Wait()
	want := ExportTargets{Workbook: base + ".xlsx", XBRLJSON: base + ".json", XBRLCSV: base + "-xbrl-csv", DisplayScale: 9}
	if got.Workbook != want.Workbook || got.XBRLJSON != want.XBRLJSON || got.XBRLCSV != want.XBRLCSV || got.DisplayScale != want.DisplayScale {
		t.Errorf("targets %+v, want %+v", got, want)
	}
}

func TestExportFailureIsASentence(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone", "kingsoft")
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"the writer's own reason", writeOutputs(&parse.Report{}, ExportTargets{Workbook: missing + ".xlsx"}), "Facet could not write kingsoft.xlsx: the folder " + filepath.Dir(missing) + " does not exist."},
		{"a bad scale", writeOutputs(&parse.Report{}, ExportTargets{Workbook: missing + ".xlsx", DisplayScale: 4}), "thousands, millions or billions"},
		{"a bare permission error", &os.PathError{Op: "open", Path: "/root/x.xlsx", Err: os.ErrPermission}, "may not write there (/root)"},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := exportProblem(tc.err); !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q, want it to say %q", tc.name, got, tc.want)
		}
	}
}

func TestThemesAndStatusColours(t *testing.T) {
	u := startedUI(t, Config{})
	u.setAppearance(DarkAppearance)
	dark := u.th.Color(colorConflict, theme.VariantLight)
	u.setAppearance(LightAppearance)
	light := u.th.Color(colorConflict, theme.VariantDark)
	if dark == light {
		t.Error("the conflict colour is the same in light and dark")
	}
	if u.app.Preferences().Int(prefAppearance) != int(LightAppearance) {
		t.Error("the theme choice is remembered")
	}
	// a status is a word as well as a colour
	for _, s := range []parse.Status{parse.Found, parse.Conflict, parse.NeedsReview, parse.Confirmed, parse.Corrected, parse.Rejected} {
		if !strings.Contains(texts(statusBadge(u, s)), s.String()) {
			t.Errorf("the %s badge has no word", s)
		}
	}
}

func TestTooltips(t *testing.T) {
	u := startedUI(t, Config{})
	b := u.undoBtn
	b.MouseIn(&desktop.MouseEvent{})
	b.stopTimer()
	b.showTip() // what the timer does
	if !shownTip(u, b.Tip) || !strings.Contains(b.Tip, "Undo") {
		t.Fatal("no tooltip on the undo button")
	}
	b.MouseOut()
	if shownTip(u, b.Tip) {
		t.Error("the tooltip stays after the pointer leaves")
	}
	u.model.Confirm(selectedFact(t, u).Key)
	if !strings.Contains(u.undoBtn.Tip, "Undo confirm") {
		t.Errorf("the undo tooltip says what it undoes: %q", u.undoBtn.Tip)
	}
}

func menuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	var walkMenu func(items []*fyne.MenuItem) *fyne.MenuItem
	walkMenu = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if strings.HasPrefix(it.Label, label) {
				return it
			}
			if it.ChildMenu != nil {
				if f := walkMenu(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	for _, m := range u.mainMenu.Items {
		if it := walkMenu(m.Items); it != nil {
			return it
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestMenus(t *testing.T) {
	u := startedUI(t, Config{})
	for label, want := range map[string]string{
		"Open documents": "CustomDesktop:Control+O", "Export": "CustomDesktop:Control+E",
		"Save review": "CustomDesktop:Control+S", "Undo": "Undo", "Redo": "CustomDesktop:Shift+Control+Z",
		"Filter": "CustomDesktop:Control+F", "Change figure": "CustomDesktop:Control+K",
	} {
		it := menuItem(t, u, label)
		if it.Shortcut == nil || it.Shortcut.ShortcutName() != want {
			t.Errorf("%s: shortcut %v, want %s", label, it.Shortcut, want)
		}
	}
	if it := menuItem(t, u, "Undo"); !it.Disabled {
		t.Error("Undo is disabled with nothing to undo")
	}
	press(u, fyne.KeySpace)
	if it := menuItem(t, u, "Undo"); it.Disabled || it.Label != "Undo confirm" {
		t.Errorf("the Undo item says what it undoes: %q disabled=%v", it.Label, it.Disabled)
	}
	menuItem(t, u, "Money in billions").Action()
	if u.model.DisplayScale() != 9 || u.model.Row(0).Cells[ColUnit] != "CNY billion" {
		t.Errorf("display scale %d, unit %q", u.model.DisplayScale(), u.model.Row(0).Cells[ColUnit])
	}
	menuItem(t, u, "Show what needs review").Action()
	if u.model.Filter().Status != ToReview {
		t.Error("View > Show what needs review filters")
	}
	menuItem(t, u, "Export").Action()
	if u.exportDlg == nil {
		t.Error("File > Export opens the dialog")
	}
	if !strings.HasPrefix(u.win.Title(), "*samples review") {
		t.Errorf("title %q", u.win.Title())
	}
}

func TestReviewFileOnTheCommandLine(t *testing.T) {
	u := startedUI(t, Config{})
	press(u, fyne.KeySpace)
	path := filepath.Join(t.TempDir(), "mine")
	u.SaveReviewAs(path)
	u2 := newTestUI(t, Config{})
	u2.Start([]string{path + ReviewExt}, "")
	u2.Wait()
	if len(u2.model.Corrections()) != 1 || !u2.reviewNamed || !strings.Contains(u2.win.Title(), "mine") {
		t.Errorf("facet mine.facet.json: %d corrections, title %q", len(u2.model.Corrections()), u2.win.Title())
	}
}

func TestEscapeClosesADialogAndTheTableHasTheKeyboard(t *testing.T) {
	u := startedUI(t, Config{})
	shortcut(u, ctrl(fyne.KeyE))
	if topOverlay(u) == nil {
		t.Fatal("no dialog")
	}
	u.win.Canvas().Unfocus()
	u.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if topOverlay(u) != nil {
		t.Fatal("Escape did not close the dialog")
	}
	if u.win.Canvas().Focused() != u.table {
		t.Error("the table has the keyboard after the dialog")
	}
}

func TestDocumentTextFollowsTheSelection(t *testing.T) {
	u := startedUI(t, Config{})
	u.srcTabs.SelectIndex(1) // the Document text tab
	for range 8 {
		f := selectedFact(t, u)
		m := f.Sources[0]
		if u.docView.doc != m.Doc {
			t.Fatalf("the document view shows %v, want %s", u.docView.doc, m.Doc.Name)
		}
		if got, want := u.docView.highlighted(), m.Doc.Text[m.Span.Start:m.Span.End]; got != want || !underlined(u.docView.reading, want) {
			t.Errorf("highlighted %q, want the figure %q", got, want)
		}
		if len(u.docView.shown()) > passage+1000 {
			t.Errorf("the view holds %d bytes, more than a passage", len(u.docView.shown()))
		}
		press(u, fyne.KeyPageDown)
	}
	// the passages of a long document are all reachable
	doc := u.docView.doc
	u.docView.show(doc, -1, -1)
	seen := len(u.docView.shown())
	for !u.docView.later.Disabled() {
		test.Tap(u.docView.later)
		seen += len(u.docView.shown())
	}
	if seen < len(doc.Text) {
		t.Errorf("Later reaches %d of %d bytes", seen, len(doc.Text))
	}
}

func TestNextToReview(t *testing.T) {
	u := startedUI(t, Config{})
	u.table.TypedRune('n')
	f := selectedFact(t, u)
	if f.Status != parse.NeedsReview && f.Status != parse.Conflict {
		t.Fatalf("N selects %s", f.Status)
	}
	first := f.Key
	for range u.model.Counts().ToReview {
		u.table.TypedRune('n')
	}
	if selectedFact(t, u).Key != first {
		t.Error("N goes round all the figures to review and back to the first")
	}
	u.table.TypedRune('p')
	u.table.TypedRune('n')
	if selectedFact(t, u).Key != first {
		t.Error("P then N comes back")
	}
}

func TestReopeningShowsTheWindowAsItWas(t *testing.T) {
	dir := t.TempDir()
	u := startedUI(t, Config{ReviewDir: dir})
	u.statusSel.SetSelected("Needs review")
	u.sortBy(ColValue)
	u.sortBy(ColValue) // descending
	press(u, fyne.KeyDown)
	want := selectedFact(t, u).Key
	u.Close()

	cfg := Config{ReviewDir: dir, Samples: sampleDocuments, SaveDelay: time.Hour, DetailsDelay: -1}
	u2 := New(u.app, cfg) // the same app: the same preferences
	u2.background = func(f func()) { f() }
	u2.Start(nil, "")
	u2.Wait()
	if u2.model.Filter().Status != ToReview || u2.statusSel.Selected != "Needs review" {
		t.Errorf("filter %+v, select %q", u2.model.Filter(), u2.statusSel.Selected)
	}
	if c, desc, ok := u2.model.Sort(); !ok || c != ColValue || !desc {
		t.Errorf("sort %v %v %v", c, desc, ok)
	}
	if got := selectedFact(t, u2).Key; got != want {
		t.Errorf("selected %v, want %v", got, want)
	}
}

func TestAReviewThatCannotBeSavedIsSaid(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	writeFile(t, blocker, []byte("x"))
	u := startedUI(t, Config{ReviewDir: filepath.Join(blocker, "reviews")})
	press(u, fyne.KeySpace)
	u.Wait()
	if !strings.Contains(u.saveState.Text, "NOT saved") {
		t.Errorf("status %q", u.saveState.Text)
	}
	if shown := texts(topOverlay(u)); !strings.Contains(shown, "could not write the review") || !strings.Contains(shown, "Save review as") {
		t.Errorf("dialog: %q", shown)
	}
	if len(u.model.Corrections()) != 1 {
		t.Error("the correction is kept")
	}
	// saved elsewhere, it is safe again
	u.SaveReviewAs(filepath.Join(t.TempDir(), "elsewhere"))
	if u.saveErr != nil || strings.Contains(u.saveState.Text, "NOT") {
		t.Errorf("after Save as: %v, %q", u.saveErr, u.saveState.Text)
	}
}

// TestChangeFigureKeepsItsValue: changing what a figure is never changes
// its value unless the person says so. Adjusted gross margin Q2 2024 reads
// 17.0% because a check corrected the transcript's "seventy"; made a gross
// margin, it stays 17.0%, and the dialog says so before the change. One
// undo takes the change back whole.
func TestChangeFigureKeepsItsValue(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool {
		return f.Concept == "AdjustedGrossMargin" && f.Derived && f.Period.Months() == 3 && f.Period.End.Year == 2024
	})
	before := f.Value
	if before.String() != "0.17" || f.Stated.String() != "0.7" {
		t.Fatalf("the sample's figure is %s, stated %s: want the check's 17%% of the stated 70%%", before, f.Stated)
	}
	shortcut(u, ctrl(fyne.KeyK))
	u.rekeyForm.concept.SetSelected("Gross margin")
	if got := u.rekeyOutcome.Text; !strings.Contains(got, "The value stays 17.0%") || !strings.Contains(got, "70.0%") {
		t.Errorf("before the change the dialog says %q, want that 17.0%% stays and why", got)
	}
	test.Tap(findButton(t, topOverlay(u), "Change"))
	u.Wait()
	to := f.Key
	to.Concept = "GrossMargin"
	g := u.model.Report().Fact(to)
	if g == nil || !g.Value.Equal(before) {
		t.Fatalf("the figure became %v, want gross margin 17%%", g)
	}
	if !strings.Contains(u.hint.Text, "17.0%") {
		t.Errorf("the hint %q does not give the value", u.hint.Text)
	}
	u.undo()
	u.Wait()
	if back := u.model.Report().Fact(f.Key); back == nil || !back.Value.Equal(before) || u.model.Report().Fact(to) != nil {
		t.Errorf("one undo does not take the change back: %v", back)
	}
}

// TestChangeFigureOntoAnotherAsksWhichValue: when a figure already stands
// at the new identity, the two become one, and the dialog asks which
// value it keeps; the default is the figure the person is changing.
func TestChangeFigureOntoAnotherAsksWhichValue(t *testing.T) {
	for _, keepMine := range []bool{true, false} {
		rep, _ := fixtureReport(t)
		u := newTestUI(t, Config{})
		u.loaded(loadRequest{fresh: true}, rep, nil)
		var target *parse.Fact
		f := selectWhere(t, u, func(f *parse.Fact) bool {
			if f.Segment == "" || f.Concept != "Revenue" {
				return false
			}
			for _, g := range rep.Facts {
				if g.Concept == "Revenue" && g.Segment != "" && g.Segment != f.Segment && g.Period == f.Period && !g.Value.Equal(f.Value) {
					target = g
					return true
				}
			}
			return false
		})
		mine, theirs := f.Value, target.Value
		shortcut(u, ctrl(fyne.KeyK))
		u.rekeyForm.segment.SetText(target.Segment)
		if !strings.Contains(u.rekeyOutcome.Text, "already a figure there") || u.rekeyKeep.Hidden || len(u.rekeyKeep.Options) != 2 {
			t.Fatalf("the dialog says %q, offers %v", u.rekeyOutcome.Text, u.rekeyKeep.Options)
		}
		if u.rekeyKeep.Selected != u.rekeyKeep.Options[0] {
			t.Errorf("the default is %q, want this figure's value", u.rekeyKeep.Selected)
		}
		if !keepMine {
			u.rekeyKeep.SetSelected(u.rekeyKeep.Options[1])
		}
		test.Tap(findButton(t, topOverlay(u), "Change"))
		got := u.model.Report().Fact(target.Key)
		want := theirs
		if keepMine {
			want = mine
		}
		if got == nil || !got.Value.Equal(want) {
			t.Errorf("keep mine %v: the figure is %v, want %s", keepMine, got, want)
		}
	}
}

// TestConfirmSureOnesAsksAndSaysWho: "Confirm sure ones" asks first, and
// the figures it confirms are marked confirmed in bulk in the table, the
// review file and the workbook, apart from a figure a person confirmed.
func TestConfirmSureOnesAsksAndSaysWho(t *testing.T) {
	u := startedUI(t, Config{})
	n := len(u.model.SureOnes())
	if n < 2 {
		t.Fatalf("%d sure figures in the samples", n)
	}
	one := u.model.SureOnes()[0].Key
	if err := u.model.Confirm(one); err != nil { // a person's own look
		t.Fatal(err)
	}
	u.Wait()
	test.Tap(findButton(t, u.win.Content(), "Confirm sure ones"))
	if u.confirmAllDlg == nil || topOverlay(u) == nil {
		t.Fatal("no question before confirming many figures")
	}
	test.Tap(findButton(t, topOverlay(u), "Cancel"))
	u.Wait()
	for _, f := range u.model.Report().Facts {
		if f.InBulk {
			t.Fatalf("Cancel confirmed %v", f.Key)
		}
	}
	test.Tap(findButton(t, u.win.Content(), "Confirm sure ones"))
	test.Tap(findButton(t, topOverlay(u), "Confirm"))
	u.Wait()
	bulk := 0
	for _, f := range u.model.Report().Facts {
		if f.InBulk {
			bulk++
			if f.StatusText() != "confirmed in bulk" {
				t.Errorf("%v: status %q", f.Key, f.StatusText())
			}
		}
	}
	if bulk != n-1 {
		t.Errorf("%d confirmed in bulk, want %d", bulk, n-1)
	}
	if f := u.model.Report().Fact(one); f.InBulk || f.StatusText() != "confirmed" {
		t.Errorf("the figure a person confirmed reads %q", f.StatusText())
	}
	shown := false
	for i := 0; i < u.model.Rows(); i++ {
		if r := u.model.Row(i); r.Fact.InBulk && r.Cells[ColStatus] == "confirmed in bulk" {
			shown = true
		}
	}
	if !shown {
		t.Error("the table does not say which figures were confirmed in bulk")
	}
	var bulkSaved int
	for _, c := range u.model.Corrections() {
		if c.Bulk {
			bulkSaved++
		}
	}
	if bulkSaved != n-1 {
		t.Errorf("the review keeps %d bulk confirmations, want %d", bulkSaved, n-1)
	}
}

// TestExportSaysWhatNeedsReviewAndAsksBeforeReplacing: the export dialog
// says how many figures still need review or conflict, and a file of the
// same name is replaced only when the person says so.
func TestExportSaysWhatNeedsReviewAndAsksBeforeReplacing(t *testing.T) {
	calls := 0
	u := startedUI(t, Config{Export: func(*parse.Report, ExportTargets) error { calls++; return nil }})
	review, conflict := 0, 0
	for _, f := range u.model.Report().Facts {
		switch f.Status {
		case parse.NeedsReview:
			review++
		case parse.Conflict:
			conflict++
		}
	}
	if review == 0 || conflict == 0 {
		t.Fatalf("the samples have %d to review, %d in conflict", review, conflict)
	}
	shortcut(u, ctrl(fyne.KeyE))
	said := u.exportDlg.pending.Text
	if !strings.Contains(said, fmt.Sprintf("%d figures need review", review)) || !strings.Contains(said, "in conflict") {
		t.Errorf("the dialog says %q", said)
	}
	base := filepath.Join(t.TempDir(), "kingsoft")
	writeFile(t, base+".xlsx", []byte("an analyst's own workbook"))
	u.exportDlg.path.SetText(base)
	test.Tap(u.exportDlg.exportBtn)
	if u.exportDlg.replaceDlg == nil {
		t.Fatal("no question before replacing a workbook")
	}
	test.Tap(findButton(t, topOverlay(u), "Cancel"))
	u.Wait()
	if data, _ := os.ReadFile(base + ".xlsx"); calls != 0 || string(data) != "an analyst's own workbook" {
		t.Errorf("Cancel exported (%d calls) or touched the file", calls)
	}
}

// TestOpenAddsOrReplaces: the open dialog adds documents to the person's
// own by default, and replaces the built-in samples; the person can
// choose either way.
func TestOpenAddsOrReplaces(t *testing.T) {
	u := startedUI(t, Config{})
	dir := t.TempDir()
	mine := filepath.Join(dir, "acme.txt")
	writeFile(t, mine, []byte("Acme Corp reported revenue of $120.5 million for the second quarter of 2025.\n"))
	shortcut(u, ctrl(fyne.KeyO))
	if u.openDlg == nil || u.openDlg.add.Checked {
		t.Fatal("over the samples alone, the open dialog should replace them by default")
	}
	u.openDlg.folder.SetText(dir)
	u.openDlg.listFolder()
	u.openDlg.setAll(true)
	u.openDlg.add.SetChecked(true) // keep the samples this time
	u.openDlg.open()
	u.Wait()
	if n := len(u.model.Report().Documents); n != 6 {
		t.Fatalf("%d documents open, want the 5 samples and acme.txt", n)
	}
	shortcut(u, ctrl(fyne.KeyO))
	if !u.openDlg.add.Checked {
		t.Error("with the person's own documents open, the dialog should add to them by default")
	}
	u.openDlg.folder.SetText(dir)
	u.openDlg.listFolder()
	u.openDlg.setAll(true)
	u.openDlg.add.SetChecked(false)
	u.openDlg.open()
	u.Wait()
	if docs := u.model.Report().Documents; len(docs) != 1 || docs[0].Path != mine {
		t.Errorf("unticked, the documents are replaced: %d open", len(docs))
	}
}

// TestNoStaleState: a filter that hides the selected figure empties the
// source and checks panes (and keys act on nothing hidden); a figure just
// edited stays in a "needs review" view until the selection moves on; a
// new set of documents clears what the hint said of the old one.
func TestNoStaleState(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.Concept == "Revenue" && f.Segment != "" })
	u.showDetails()
	if !strings.Contains(u.srcTitle.Text, f.Segment) {
		t.Fatalf("the source pane shows %q", u.srcTitle.Text)
	}
	u.filterText.SetText("no figure has these words")
	u.sync()
	u.showDetails()
	if g, _ := u.model.Selected(); g != nil || strings.Contains(u.srcTitle.Text, f.Segment) || len(u.sources.Objects) != 0 {
		t.Errorf("hidden by the filter, the figure is still shown: %q", u.srcTitle.Text)
	}
	press(u, fyne.KeySpace)
	u.Wait()
	if g := u.model.Report().Fact(f.Key); g.Status == parse.Confirmed {
		t.Error("Space confirmed a figure the filter hides")
	}
	u.filterText.SetText("")
	u.statusSel.SetSelectedIndex(int(ToReview))
	u.Wait()
	if u.model.Rows() < 2 {
		t.Fatalf("%d rows need review", u.model.Rows())
	}
	u.selectRow(0)
	first, _ := u.model.Selected()
	if err := u.model.Confirm(first.Key); err != nil {
		t.Fatal(err)
	}
	u.Wait()
	if g, vi := u.model.Selected(); g == nil || vi < 0 || g.Status != parse.Confirmed {
		t.Fatalf("the figure just confirmed left the view at once (row %d)", vi)
	}
	u.selectRow(1)
	u.Wait()
	for i := 0; i < u.model.Rows(); i++ {
		if u.model.Row(i).Fact.Key == first.Key {
			t.Error("the confirmed figure stays in the needs-review view after the selection moved on")
		}
	}
	u.undo()
	if !strings.HasPrefix(u.hint.Text, "Undo") {
		t.Fatalf("the hint says %q", u.hint.Text)
	}
	u.openDocuments([]string{filepath.Join("..", "testdata", "samples", "kingsoft-cloud-q2-2023-call-webpage.txt")}, false)
	u.Wait()
	if strings.HasPrefix(u.hint.Text, "Undo") {
		t.Errorf("after new documents the hint still says %q", u.hint.Text)
	}
}

// TestKeyboardComesBackToTheTable: after a filter's drop-down is used,
// after a click into the document text and a click on a row, and on
// Escape from a filter or the document text, the table's keys work.
func TestKeyboardComesBackToTheTable(t *testing.T) {
	u := startedUI(t, Config{})
	focused := func() fyne.Focusable { return u.win.Canvas().Focused() }
	// a choice in the status filter
	u.win.Canvas().Focus(u.statusSel)
	u.statusSel.SetSelectedIndex(int(ToReview))
	if focused() != u.table {
		t.Fatalf("after a filter's choice the keyboard is with %T", focused())
	}
	u.selectRow(0)
	press(u, fyne.KeyDown)
	if _, vi := u.model.Selected(); vi != 1 || u.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Down after a filter: row %d, a drop-down open %v", vi, u.win.Canvas().Overlays().Top() != nil)
	}
	// a click into the document text, then on a row
	u.win.Canvas().Focus(u.docView.text)
	u.table.Select(widget.TableCellID{Row: 0, Col: int(ColConcept)})
	if focused() != u.table {
		t.Fatalf("a click on a row leaves the keyboard with %T", focused())
	}
	press(u, fyne.KeyReturn)
	if u.editing == nil {
		t.Fatal("Enter after a click on a row does not edit")
	}
	press(u, fyne.KeyEscape)
	// Escape from the document text, a drop-down and the filter's text
	for _, w := range []fyne.Focusable{u.docView.text, u.sheetSel, u.filterText, u.docView.pick} {
		u.win.Canvas().Focus(w)
		press(u, fyne.KeyEscape)
		if focused() != u.table {
			t.Errorf("Escape from %T leaves the keyboard with %T", w, focused())
		}
	}
}

// underlined reports whether rt shows text as the highlighted figure:
// bold and underlined.
func underlined(rt *widget.RichText, text string) bool {
	for _, seg := range rt.Segments {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Text == text && ts.Style.TextStyle.Bold && ts.Style.TextStyle.Underline {
			return true
		}
	}
	return false
}

// TestDocumentShowsEveryMentionOfTheFigure: the document view marks the
// figure's other mentions, and Earlier and Later step between them.
func TestDocumentShowsEveryMentionOfTheFigure(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool {
		if len(f.Sources) < 3 {
			return false
		}
		for _, m := range f.Sources[1:] {
			if m.Doc == f.Sources[0].Doc {
				return true
			}
		}
		return false
	})
	u.docView.showFact(f, 0)
	v := u.docView
	if v.earlier.Disabled() == false || v.later.Disabled() {
		t.Fatal("at the first of several mentions: Earlier off, Later on")
	}
	bold := 0
	for _, seg := range v.reading.Segments {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold && !ts.Style.TextStyle.Underline {
			bold++
		}
	}
	if bold == 0 {
		t.Error("the figure's other mentions in the passage are not marked")
	}
	for i := 1; i < len(f.Sources); i++ {
		test.Tap(v.later)
		m := f.Sources[i]
		if v.doc != m.Doc || v.highlighted() != m.Doc.Text[m.Span.Start:m.Span.End] || !strings.Contains(v.note.Text, fmt.Sprintf("Mention %d of %d", i+1, len(f.Sources))) {
			t.Fatalf("Later to mention %d: %s %q, note %q", i+1, v.doc.Name, v.highlighted(), v.note.Text)
		}
	}
	if !v.later.Disabled() {
		t.Error("Later is on at the last mention")
	}
	test.Tap(v.earlier)
	if v.at != len(f.Sources)-2 {
		t.Errorf("Earlier goes to mention %d", v.at+1)
	}
}

// TestConflictAsksAndMentionsCanBeSetApart: Space on a conflict asks which
// value instead of confirming the one shown; a mention that is another
// figure is made a figure of its own, or set aside alone, and the
// conflict that was only its is settled.
func TestConflictAsksAndMentionsCanBeSetApart(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.Status == parse.Conflict && len(f.Alternatives()) == 1 })
	other := f.Alternatives()[0]
	press(u, fyne.KeySpace)
	if u.whichDlg == nil || topOverlay(u) == nil {
		t.Fatal("Space on a conflict does not ask which value")
	}
	if g := u.model.Report().Fact(f.Key); g.Status != parse.Conflict {
		t.Fatalf("Space changed the conflict to %v without an answer", g.Status)
	}
	otherText := u.model.valueOf(other.Value, other.Decimals, f.Key)
	test.Tap(findButton(t, topOverlay(u), "Take "+otherText))
	u.Wait()
	if g := u.model.Report().Fact(f.Key); !g.Value.Equal(other.Value) {
		t.Errorf("taking %s left %s", otherText, g.Value)
	}
	u.undo()
	u.Wait()

	// the other value's mention is another figure: the quarter before
	mt := other.Mentions[0]
	u.model.SelectKey(f.Key)
	u.showDetails()
	test.Tap(findButton(t, u.sources, "Its own figure…"))
	if u.detachDlg == nil {
		t.Fatal("no dialog to say what the mention is")
	}
	to := f.Key
	for _, label := range u.detachForm.period.Options { // a period with no such figure yet
		k := f.Key
		k.Period = u.detachForm.periods[label]
		if u.model.Report().Fact(k) == nil {
			to = k
			u.detachForm.period.SetSelected(label)
			break
		}
	}
	if to == f.Key {
		t.Fatal("every period offered has the figure")
	}
	test.Tap(findButton(t, topOverlay(u), "Make it a figure"))
	u.Wait()
	n := u.model.Report().Fact(to)
	if n == nil || !n.Value.Equal(mt.Value) || len(n.Sources) != 1 {
		t.Fatalf("the mention did not become a figure of its own: %v", n)
	}
	if g := u.model.Report().Fact(f.Key); g.Status == parse.Conflict || len(g.Alternatives()) != 0 || !g.Value.Equal(f.Value) {
		t.Errorf("the figure left is %v %s with %d alternatives", g.Status, g.Value, len(g.Alternatives()))
	}
	u.undo()
	u.Wait()
	if u.model.Report().Fact(to) != nil || u.model.Report().Fact(f.Key).Status != parse.Conflict {
		t.Fatal("undo does not put the mention back")
	}

	// or set aside alone
	u.model.SelectKey(f.Key)
	u.showDetails()
	buttons := findAllButtons(u.sources, "Set aside")
	var aside fyne.Tappable
	for i, m := range u.model.Report().Fact(f.Key).Sources {
		if m.Span == mt.Span && m.Doc == mt.Doc {
			aside = buttons[i]
		}
	}
	if aside == nil {
		t.Fatal("no Set aside for the differing mention")
	}
	test.Tap(aside)
	u.Wait()
	g := u.model.Report().Fact(f.Key)
	if g.Status == parse.Conflict || len(g.Sources) != len(f.Sources)-1 {
		t.Errorf("set aside: %v with %d sources, want %d", g.Status, len(g.Sources), len(f.Sources)-1)
	}
}

// findAllButtons finds every button whose text starts with text inside o,
// in the order they are laid out.
func findAllButtons(o fyne.CanvasObject, text string) []fyne.Tappable {
	var out []fyne.Tappable
	walk(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*widget.Button); ok && strings.HasPrefix(b.Text, text) {
			out = append(out, b)
		}
	})
	return out
}

// TestSmallThings: Help ▸ Keyboard closes with Enter and with Escape; the
// empty window says how to open documents; the checks are headed in
// words, not jargon.
func TestSmallThings(t *testing.T) {
	u := startedUI(t, Config{})
	var keys *fyne.MenuItem
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Keyboard" {
				keys = it
			}
		}
	}
	if keys == nil {
		t.Fatal("no Help ▸ Keyboard")
	}
	typed := u.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()
	for _, k := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		keys.Action()
		if topOverlay(u) == nil {
			t.Fatal("the keyboard help did not open")
		}
		u.win.Canvas().Unfocus()
		typed(&fyne.KeyEvent{Name: k})
		if topOverlay(u) != nil {
			t.Errorf("%s does not close the keyboard help", k)
			u.keysDlg.Hide()
		}
	}
	empty := newTestUI(t, Config{})
	empty.loaded(loadRequest{fresh: true}, &parse.Report{}, nil)
	empty.showDetails()
	if shown := texts(empty.checks); strings.Contains(shown, "Every check passes") || !strings.Contains(shown, "Ctrl+O") {
		t.Errorf("the empty window says %q", shown)
	}
	for _, kind := range []string{"sum", "margin", "growth", "gross", "conflict", "reading"} {
		for _, status := range []string{"passes", "fails", "decided the value"} {
			h := checkHeading(FindingView{Kind: kind, Status: status})
			if strings.Contains(h, " check ") || strings.HasPrefix(h, kind) {
				t.Errorf("%s %s is headed %q", kind, status, h)
			}
		}
	}
}

// TestFiscalYearSetInTheWindow: a company whose documents do not say when
// its fiscal year ends can be given one; the documents are read again in
// that calendar, the labels follow (Q4 FY2021 to 31 October), the
// documents panel says it was chosen, and the review keeps the choice.
func TestFiscalYearSetInTheWindow(t *testing.T) {
	dir := t.TempDir()
	hp := filepath.Join(dir, "hp-call.txt")
	text := "Welcome to the HP Inc. fourth quarter fiscal 2021 earnings call.\nIn Q4, net revenue was $16.7 billion, up 9%.\n"
	writeFile(t, hp, []byte(text))
	u := startedUI(t, Config{ReviewDir: t.TempDir()})
	u.openDocuments([]string{hp}, false)
	u.Wait()
	if month, how := u.model.FiscalYearEndOf("HP"); month != time.December || !strings.HasPrefix(how, "assumed") {
		t.Fatalf("before a choice: %v, %q", month, how)
	}
	test.Tap(u.fiscalBtn)
	if u.fyDlg == nil {
		t.Fatal("no fiscal years dialog")
	}
	u.fyPicks["HP"].SetSelected("October")
	test.Tap(findButton(t, topOverlay(u), "Apply"))
	u.Wait()
	month, how := u.model.FiscalYearEndOf("HP")
	if month != time.October || how != "chosen by you" {
		t.Fatalf("after the choice: %v, %q", month, how)
	}
	var rev *parse.Fact
	for _, f := range u.model.Report().Facts {
		if f.Concept == "Revenue" {
			rev = f
		}
	}
	if rev == nil || rev.Period.End.String() != "2021-10-31" {
		t.Fatalf("revenue is %v, want the quarter to 31 October 2021", rev)
	}
	found := false
	for i := 0; i < u.model.Rows(); i++ {
		if r := u.model.Row(i); r.Fact == rev && r.Cells[ColPeriod] == "Q4 FY2021" {
			found = true
		}
	}
	if !found {
		t.Error("the table does not label the quarter Q4 FY2021")
	}
	if rv := u.model.Review(); rv.FiscalYearEnds["HP"] != 10 {
		t.Errorf("the review keeps %v", rv.FiscalYearEnds)
	}
	u.docsList.Refresh()
	if shown := texts(u.docsList); !strings.Contains(shown, "year ends Oct (chosen by you)") {
		t.Errorf("the documents panel says %q", shown)
	}
	// the next time these documents are opened, the choice is back
	reviews := u.cfg.ReviewDir
	if err := u.Close(); err != nil {
		t.Fatal(err)
	}
	again := startedUI(t, Config{ReviewDir: reviews})
	again.openDocuments([]string{hp}, false)
	again.Wait()
	again.Wait() // the review's calendar reads the documents once more
	if month, how := again.model.FiscalYearEndOf("HP"); month != time.October || how != "chosen by you" {
		t.Errorf("reopened: %v, %q", month, how)
	}
}

// TestChangeFigureTypeAhead: the concept and period pickers of Ctrl+K
// narrow their lists to the words typed, and pick the one left.
func TestChangeFigureTypeAhead(t *testing.T) {
	u := startedUI(t, Config{})
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.Concept == "CapitalExpenditure" && f.Scenario == parse.Actual })
	shortcut(u, ctrl(fyne.KeyK))
	c := u.rekeyForm.concept
	c.SetText("")
	test.Type(c, "cash")
	if c.Selected != "" || len(c.Options) < 3 || !strings.Contains(c.Matches.Text, "Net cash from operating activities") {
		t.Fatalf("\"cash\" picks %q, says %q", c.Selected, c.Matches.Text)
	}
	test.Type(c, " oper")
	if c.Selected != "Net cash from operating activities" {
		t.Fatalf("\"cash oper\" picks %q", c.Selected)
	}
	p := u.rekeyForm.period
	p.SetText("")
	want := u.model.Report().CalendarOf(f.Entity).Label(f.Period)
	test.Type(p, want)
	if p.Selected != want {
		t.Fatalf("typing %q picks the period %q", want, p.Selected)
	}
	test.Tap(findButton(t, topOverlay(u), "Change"))
	u.Wait()
	to := f.Key
	to.Concept = "NetCashFromOperating"
	if u.model.Report().Fact(to) == nil {
		t.Error("the figure did not become operating cash flow")
	}
}

// TestModelView: the model view lays out a company's figures by line and
// by the workbook's period columns, each cell tinted by its status;
// selecting a cell selects its figure, and Space, Enter and a typed value
// work there as in the table.
func TestModelView(t *testing.T) {
	u := startedUI(t, Config{})
	g := u.model.Grid("Kingsoft Cloud")
	tl := export.CompanyTimeline(u.model.Report(), "Kingsoft Cloud")
	if len(g.Columns) != len(tl.Columns) || g.Columns[0].Label != "Q2 2022" {
		t.Fatalf("the columns are not the workbook's timeline: %d, %q", len(g.Columns), g.Columns[0].Label)
	}
	var rev *GridRow
	for i := range g.Rows {
		if g.Rows[i].Concept == "Revenue" && g.Rows[i].Segment == "" {
			rev = &g.Rows[i]
		}
	}
	if rev == nil {
		t.Fatal("no revenue line")
	}
	at := -1
	for c, col := range g.Columns {
		if col.Label == "Q2 2025" {
			at = c
		}
	}
	if f := rev.Cells[at]; f == nil || f.Value.String() != "2349200000" || u.model.CellText(rev, at) != "2,349.2" {
		t.Fatalf("revenue Q2 2025 reads %v %q", f, u.model.CellText(rev, at))
	}
	u.centerTabs.SelectIndex(1)
	if u.win.Canvas().Focused() != u.grid || u.grid.grid == nil {
		t.Fatal("the model view does not have the keyboard")
	}
	row := -1
	for i := range u.grid.grid.Rows {
		if u.grid.grid.Rows[i].Concept == "Revenue" && u.grid.grid.Rows[i].Segment == "" {
			row = i
		}
	}
	u.grid.Select(widget.TableCellID{Row: row, Col: at})
	if f, _ := u.model.Selected(); f == nil || f.Key != rev.Cells[at].Key {
		t.Fatalf("selecting the cell selects %v", f)
	}
	press(u, fyne.KeySpace)
	u.Wait()
	if got := u.model.Report().Fact(rev.Cells[at].Key); got.Status != parse.Confirmed {
		t.Errorf("Space in the model view: %v", got.Status)
	}
	press(u, fyne.KeyReturn)
	if u.grid.editDlg == nil {
		t.Fatal("Enter does not edit in the model view")
	}
	u.grid.editEntry.SetText("2,350.0")
	test.Tap(findButton(t, topOverlay(u), "Set"))
	u.Wait()
	if got := u.model.Report().Fact(rev.Cells[at].Key); got.Value.String() != "2350000000" || got.Status != parse.Corrected {
		t.Errorf("the value typed in the model view: %s %v", got.Value, got.Status)
	}
	// tinted by status: a figure to review apart from one confirmed
	var review, fine color.Color
	u.grid.refresh("Kingsoft Cloud")
	for r, gr := range u.grid.grid.Rows {
		for c, f := range gr.Cells {
			if f == nil {
				continue
			}
			cell := newGridCell()
			u.grid.updateCell(widget.TableCellID{Row: r, Col: c}, cell)
			switch f.Status {
			case parse.NeedsReview:
				review = cell.bg.FillColor
			case parse.Corrected:
				fine = cell.bg.FillColor
			}
		}
	}
	if review == nil || fine == nil || review == fine {
		t.Errorf("cells are not told apart by status: %v %v", review, fine)
	}
	// the filter's words narrow the lines
	u.filterText.SetText("enterprise")
	u.showGrid()
	if len(u.grid.grid.Rows) == 0 {
		t.Fatal("filtered by \"enterprise\", the model view shows no line")
	}
	for _, r := range u.grid.grid.Rows {
		if !strings.Contains(strings.ToLower(r.Segment), "enterprise") {
			t.Errorf("filtered by \"enterprise\", the model view shows %s %s", r.Concept, r.Segment)
		}
	}
}

// TestTableShowsWhatMatters: the company's column comes right after the
// status when several companies are open; columns can be hidden and their
// widths are kept; values line up on their decimal points; a cut text
// shows whole on hover; compact rows are denser.
func TestTableShowsWhatMatters(t *testing.T) {
	u := startedUI(t, Config{})
	if u.columnShown(ColCompany) {
		t.Error("one company: its column is shown")
	}
	rep, _ := fixtureReport(t)
	two := &parse.Report{Documents: append(u.model.Report().Documents, rep.Documents...)}
	u.loaded(loadRequest{fresh: true}, parse.Build(two.Documents, parse.Options{}), nil)
	if len(u.model.Report().Entities()) < 2 {
		t.Fatalf("companies %v", u.model.Report().Entities())
	}
	if u.tableCol(ColCompany) != 1 {
		t.Errorf("several companies: the company's column is at %d, want right after the status", u.tableCol(ColCompany))
	}
	u.showColumn(ColUnit, false)
	if u.columnShown(ColUnit) || !strings.Contains(u.app.Preferences().String(prefHiddenColumns), "Unit") {
		t.Error("the Unit column was not hidden and remembered")
	}
	u.showColumn(ColUnit, true)
	if !u.columnShown(ColUnit) {
		t.Error("the Unit column did not come back")
	}
	// a dragged width is remembered
	u.win.Resize(fyne.NewSize(1400, 900))
	u.table.SetColumnWidth(u.tableCol(ColConcept), 311)
	u.table.Refresh()
	u.win.Canvas().(test.WindowlessCanvas).Capture()
	u.table.DragEnd()
	if !strings.Contains(u.app.Preferences().String(prefColumnWidths), "Concept=311") {
		t.Errorf("widths remembered: %q", u.app.Preferences().String(prefColumnWidths))
	}
	// decimal points line up
	point := func(text string) float32 {
		c := newTableCell()
		c.full, c.trailing, c.decimal = text, true, true
		c.text.TextSize = theme.TextSize()
		c.Resize(fyne.NewSize(120, 30))
		test.WidgetRenderer(c).Layout(c.Size())
		return c.text.Position().X + fyne.MeasureText(strings.TrimSuffix(text, decimalTail(text)), c.text.TextSize, c.text.TextStyle).Width
	}
	if a, b, p := point("2,349.2"), point("3,667.464"), point("(30.7)"); math.Abs(float64(a-b)) > 0.5 || math.Abs(float64(a-p)) > 0.5 {
		t.Errorf("decimal points at %v, %v, %v", a, b, p)
	}
	// a cut text shows whole on hover
	c := newTableCell()
	c.ui = u
	c.full = strings.Repeat("Comprehensive income attributable to shareholders ", 3)
	c.text.TextSize = theme.TextSize()
	c.Resize(fyne.NewSize(100, 30))
	test.WidgetRenderer(c).Layout(c.Size())
	c.MouseIn(nil)
	if u.tips.over != tipper(c) || c.tip() != c.full {
		t.Error("no tip with the whole text of a cut cell")
	}
	// compact rows
	roomy := test.WidgetRenderer(newTableCell()).MinSize().Height
	dense := newTableCell()
	dense.pad = 2
	if test.WidgetRenderer(dense).MinSize().Height >= roomy {
		t.Error("compact rows are not denser")
	}
	u.setCompact(true)
	if u.cellPadding() != 2 || !u.app.Preferences().Bool(prefCompact) {
		t.Error("compact rows are not kept")
	}
}

// TestEscapeInAPickerClosesTheDialog: Escape typed in Ctrl+K's concept
// picker closes the dialog, as Escape does elsewhere.
func TestEscapeInAPickerClosesTheDialog(t *testing.T) {
	u := startedUI(t, Config{})
	shortcut(u, ctrl(fyne.KeyK))
	u.win.Canvas().Focus(u.rekeyForm.concept)
	test.Type(u.rekeyForm.concept, "x")
	press(u, fyne.KeyEscape)
	if topOverlay(u) != nil {
		t.Error("Escape in the picker leaves the dialog open")
	}
}

// TestDocumentPeriodCorrected: the period a document reports can be
// corrected from the documents panel; the document is read again with it,
// its figures of "the quarter" follow, the panel says it was set, and the
// review keeps it.
func TestDocumentPeriodCorrected(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "acme-call.txt")
	text := "Welcome to Acme's earnings call for the second quarter of 2024.\nRevenue in the quarter was $120.5 million.\n"
	writeFile(t, path, []byte(text))
	u := startedUI(t, Config{})
	u.openDocuments([]string{path}, false)
	u.Wait()
	doc := u.model.Report().Documents[0]
	if doc.Context.PeriodLabel() != "Q2 2024" {
		t.Fatalf("read as %s", doc.Context.PeriodLabel())
	}
	u.showPeriodDialog(doc)
	u.periodPick.SetSelected("Q3 2024")
	test.Tap(findButton(t, topOverlay(u), "Read it so"))
	u.Wait()
	doc = u.model.Report().Documents[0]
	if doc.Context.PeriodLabel() != "Q3 2024" || !doc.Context.PeriodSet {
		t.Fatalf("after the correction: %s (set %v)", doc.Context.PeriodLabel(), doc.Context.PeriodSet)
	}
	for _, f := range u.model.Report().Facts {
		if f.Concept == "Revenue" && u.model.Report().CalendarOf(f.Entity).Label(f.Period) != "Q3 2024" {
			t.Errorf("revenue of the quarter is %v", f.Period)
		}
	}
	u.docsList.Refresh()
	if !strings.Contains(texts(u.docsList), "period set by you") {
		t.Errorf("the documents panel says %q", texts(u.docsList))
	}
	rv := u.model.Review()
	if len(rv.Documents) != 1 || rv.Documents[0].Period != "2024-07-01/2024-09-30" {
		t.Errorf("the review keeps %+v", rv.Documents)
	}
	if got := rv.DocumentPeriods(); got[doc.Name] != doc.Context.Period {
		t.Errorf("read back from the review: %v", got)
	}
}

// TestModelViewTypingAndN: in the model view a digit starts editing with
// it, and N goes to the next figure to review, whose cell is then the
// grid's.
func TestModelViewTypingAndN(t *testing.T) {
	u := startedUI(t, Config{})
	u.centerTabs.SelectIndex(1)
	u.grid.pick(0, 0)
	for c := range u.grid.grid.Columns {
		if u.grid.grid.Rows[0].Cells[c] != nil {
			u.grid.pick(0, c)
			break
		}
	}
	u.grid.TypedRune('7')
	if u.grid.editDlg == nil || u.grid.editEntry.Text != "7" {
		t.Fatal("a digit does not start editing with it")
	}
	u.grid.editDlg.Hide()
	u.grid.TypedRune('n')
	f, _ := u.model.Selected()
	if f == nil || (f.Status != parse.NeedsReview && f.Status != parse.Conflict) {
		t.Fatalf("N selects %v", f)
	}
	if g := u.grid.selected(); g == nil || g.Key != f.Key {
		t.Errorf("the grid's cell is %v, want the figure N went to", g)
	}
}

// writeFile writes data to path for a test, which stops if it cannot.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
