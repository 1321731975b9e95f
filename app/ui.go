// Package app is Facet's window: the documents, the table of every figure
// found, the checks and the source text beside each figure, and the
// dialogs to open, correct and export. The UI is thin: it shows a Model
// and sends it edits; everything it decides is in the Model and testable
// without a window. It never imports fyne.io/fyne/v2/app, so its tests
// run headless on fyne's test driver.
package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

// Config sets up the window. The zero value is usable.
type Config struct {
	// Samples returns the built-in sample documents, opened when no
	// documents are given; nil means there are none.
	Samples func() ([]*parse.Document, error)
	// ReviewDir is where a review is saved before the person names one;
	// "" means a "facet/reviews" folder in the user's configuration folder.
	ReviewDir string
	// SaveDelay is how long after a change the review is saved; 0 means
	// 500 ms, so that a crash loses nothing done more than a second before.
	SaveDelay time.Duration
	// Export writes the outputs; nil means writeOutputs.
	Export ExportFunc
	// Parse is passed to parse.Build.
	Parse parse.Options
	// Model tunes the view model.
	Model Options
	// Icon is the window's icon; nil leaves the app's.
	Icon fyne.Resource
	// DetailsDelay is how long the source and checks panels wait for the
	// selection to settle; 0 means 60 ms, negative means at once.
	DetailsDelay time.Duration
}

func (c Config) reviewDir() string {
	if c.ReviewDir != "" {
		return c.ReviewDir
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "facet", "reviews")
	}
	return filepath.Join(os.TempDir(), "facet-reviews")
}

// PrefAppearance is the preference that holds the chosen Appearance.
const PrefAppearance = "appearance"

// Preference keys.
const (
	prefRecent     = "recentReviews"
	prefAppearance = PrefAppearance
	prefLastFolder = "lastFolder"
)

// UI is Facet's main window.
type UI struct {
	cfg   Config
	app   fyne.App
	win   fyne.Window
	model *Model
	th    *facetTheme

	table      *factTable
	hint       *widget.Label
	editor     *editEntry
	editing    *parse.Key
	editorCell *tableCell

	filterText                      *widget.Entry
	companySel, sheetSel, statusSel *widget.Select
	undoBtn, redoBtn                *tipButton
	undoItem, redoItem              *fyne.MenuItem
	recentMenu                      *fyne.Menu
	mainMenu                        *fyne.MainMenu

	docsList  *widget.List
	docsTitle *widget.Label
	checks    *fyne.Container
	sources   *fyne.Container
	srcTitle  *widget.Label
	srcTabs   *container.AppTabs
	docView   *documentView

	counts     *widget.Label
	saveState  *widget.Label
	progress   *widget.ProgressBar
	progressTx *widget.Label
	progressUI *fyne.Container

	// the review file
	saver        *saver
	reviewPath   string
	reviewNamed  bool
	reviewOnDisk bool
	scheduledGen int
	savedGen     int
	savedAt      time.Time
	saveErr      error

	loadCancel context.CancelFunc
	loadID     int
	// loadStarts, when set, holds loads back until it is sent to: tests
	// use it to act while a load is under way.
	loadStarts chan struct{}
	// background runs long work off the UI goroutine (go f()). Fyne's
	// test driver runs fyne.Do on the calling goroutine, so tests run the
	// work in line instead, keeping one goroutine on the widgets.
	background func(f func())
	tasks      sync.WaitGroup

	shownKey     parse.Key
	shownGen     int
	detailsTimer *time.Timer
	shownAny     bool
	shownRow     int
	docFacts     map[*parse.Document]int
	docFactsGen  int

	dialog dialog.Dialog // the dialog on top, if any

	// the open dialogs, for tests to drive
	openDlg       *openDialog
	exportDlg     *exportDialog
	rekeyDlg      *dialog.FormDialog
	rekeyForm     *figureForm
	addDlg        *dialog.FormDialog
	addForm       *figureForm
	addValue      *widget.Entry
	lastExport    []string
	lastExportErr error
}

// New builds the window on a, with no documents yet; Start loads them.
func New(a fyne.App, cfg Config) *UI {
	u := &UI{cfg: cfg, app: a, th: &facetTheme{}, background: func(f func()) { go f() }}
	u.th.appearance = Appearance(a.Preferences().IntWithFallback(prefAppearance, 0))
	a.Settings().SetTheme(u.th)
	u.win = a.NewWindow("Facet")
	if cfg.Icon != nil {
		u.win.SetIcon(cfg.Icon)
	}
	u.model = NewModel(nil, cfg.Model)
	delay := cfg.SaveDelay
	if delay <= 0 {
		delay = 500 * time.Millisecond
	}
	u.saver = &saver{delay: delay, done: func(path string, gen int, at time.Time, err error) {
		fyne.Do(func() { u.saved(path, gen, at, err) })
	}}
	u.build()
	u.model.Changed = u.sync
	u.sync()
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.SetOnDropped(u.dropped)
	u.win.Canvas().SetOnTypedKey(u.typedKey)
	u.win.SetCloseIntercept(func() {
		u.Close()
		u.win.Close()
	})
	return u
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Model is the window's model.
func (u *UI) Model() *Model { return u.model }

// Wait blocks until the work started in the background (loading,
// exporting) and any pending save are done: for tests and screenshots.
func (u *UI) Wait() {
	u.tasks.Wait()
	u.saver.flush()
}

// Close saves what is pending, and where the person was.
func (u *UI) Close() {
	u.saveView()
	u.saver.flush()
}

func (u *UI) theme() fyne.Theme { return u.th }

// --- layout ---

func (u *UI) build() {
	u.editor = newEditEntry()
	u.editor.onCancel = u.cancelEdit
	u.editor.OnSubmitted = u.commitEdit

	u.table = newFactTable(u)
	u.hint = widget.NewLabel("")
	u.hint.Truncation = fyne.TextTruncateEllipsis
	u.setHint("", false)

	u.filterText = widget.NewEntry()
	u.filterText.SetPlaceHolder("Filter (Ctrl+F)")
	u.filterText.OnChanged = func(string) { u.applyFilter() }
	u.companySel = widget.NewSelect([]string{"All companies"}, func(string) { u.applyFilter() })
	u.companySel.SetSelectedIndex(0)
	u.sheetSel = widget.NewSelect(sheetNames, func(string) { u.applyFilter() })
	u.sheetSel.SetSelectedIndex(0)
	u.statusSel = widget.NewSelect(statusFilterNames, func(string) { u.applyFilter() })
	u.statusSel.SetSelectedIndex(0)

	openBtn := newTipButton("Open", theme.FolderOpenIcon(), "Open documents (Ctrl+O)", u.showOpenDialog)
	exportBtn := newTipButton("Export", theme.DocumentSaveIcon(), "Export the workbook and XBRL data (Ctrl+E)", u.showExportDialog)
	u.undoBtn = newTipButton("", theme.ContentUndoIcon(), "Undo (Ctrl+Z)", u.undo)
	u.redoBtn = newTipButton("", theme.ContentRedoIcon(), "Redo (Ctrl+Shift+Z)", u.redo)
	confirmBtn := newTipButton("Confirm", theme.ConfirmIcon(), "Confirm the selected figure (Space)", u.confirmSelected)
	rejectBtn := newTipButton("Reject", theme.CancelIcon(), "Reject: this is no figure of the company (Delete)", u.rejectSelected)
	changeBtn := newTipButton("Change…", theme.DocumentCreateIcon(), "Change the figure's concept, segment, period or guidance (Ctrl+K)", u.showRekeyDialog)
	confirmAllBtn := newTipButton("Confirm sure ones", theme.ConfirmIcon(), "Confirm every figure found with high confidence that no check doubts", u.confirmAll)

	filters := container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()),
		container.NewHBox(u.companySel, u.sheetSel, u.statusSel), u.filterText)
	toolbar := container.NewBorder(nil, nil,
		container.NewHBox(openBtn, exportBtn, widget.NewSeparator(), u.undoBtn, u.redoBtn, widget.NewSeparator(),
			confirmBtn, rejectBtn, changeBtn, confirmAllBtn, widget.NewSeparator()),
		nil, filters)

	// documents
	u.docsTitle = widget.NewLabelWithStyle("Documents", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.docsList = widget.NewList(
		func() int { return len(u.model.Report().Documents) },
		func() fyne.CanvasObject { return newDocItem(u) },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*docItem).show(i) })
	u.docsList.OnSelected = func(i widget.ListItemID) {
		docs := u.model.Report().Documents
		if i < len(docs) {
			u.docView.show(docs[i], -1, -1)
		}
		u.docsList.UnselectAll()
	}
	docsPanel := container.NewBorder(u.docsTitle, nil, nil, nil, u.docsList)

	// checks
	u.checks = container.NewVBox()
	checksPanel := container.NewBorder(widget.NewLabelWithStyle("Checks", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, container.NewVScroll(u.checks))

	// source
	u.sources = container.NewVBox()
	u.srcTitle = widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.srcTitle.Truncation = fyne.TextTruncateEllipsis
	u.docView = newDocumentView(u)
	u.srcTabs = container.NewAppTabs(
		container.NewTabItem("Sources of the figure", container.NewVScroll(u.sources)),
		container.NewTabItem("Document text", u.docView.content))
	u.srcTabs.OnSelected = func(tab *container.TabItem) {
		if u.srcTabs.SelectedIndex() != 1 {
			return
		}
		if f, _ := u.model.Selected(); f != nil && len(f.Sources) > 0 {
			m := f.Sources[0]
			u.docView.show(m.Doc, m.Span.Start, m.Span.End)
		} else if u.docView.doc == nil && len(u.model.Report().Documents) > 0 {
			u.docView.show(u.model.Report().Documents[0], -1, -1)
		}
	}
	sourcePanel := container.NewBorder(u.srcTitle, nil, nil, nil, u.srcTabs)

	tablePanel := container.NewBorder(u.hint, nil, nil, nil, u.table)
	right := container.NewHSplit(tablePanel, checksPanel)
	right.Offset = 0.8
	top := container.NewHSplit(docsPanel, right)
	top.Offset = 0.16
	center := container.NewVSplit(top, sourcePanel)
	center.Offset = 0.63

	u.counts = widget.NewLabel("")
	u.saveState = widget.NewLabel("")
	u.progress = widget.NewProgressBar()
	u.progressTx = widget.NewLabel("")
	cancel := newTipButton("Cancel", theme.CancelIcon(), "Stop loading", u.cancelLoad)
	u.progressUI = container.NewHBox(u.progressTx, container.NewGridWrap(fyne.NewSize(200, u.progress.MinSize().Height), u.progress), cancel)
	u.progressUI.Hide()
	status := container.NewBorder(nil, nil, u.counts, container.NewHBox(u.progressUI, u.saveState))

	u.win.SetContent(container.NewBorder(container.NewVBox(toolbar, widget.NewSeparator()), status, nil, nil, center))
	u.buildMenu()
	u.addShortcuts()
}

func (u *UI) buildMenu() {
	ctrl := fyne.KeyModifierShortcutDefault
	sc := func(k fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: mod}
	}
	openItem := fyne.NewMenuItem("Open documents…", u.showOpenDialog)
	openItem.Shortcut = sc(fyne.KeyO, ctrl)
	openReview := fyne.NewMenuItem("Open review…", u.showOpenReviewDialog)
	u.recentMenu = fyne.NewMenu("Open recent review")
	recent := fyne.NewMenuItem("Open recent review", nil)
	recent.ChildMenu = u.recentMenu
	save := fyne.NewMenuItem("Save review", u.saveNow)
	save.Shortcut = sc(fyne.KeyS, ctrl)
	saveAs := fyne.NewMenuItem("Save review as…", u.showSaveReviewDialog)
	exp := fyne.NewMenuItem("Export…", u.showExportDialog)
	exp.Shortcut = sc(fyne.KeyE, ctrl)
	file := fyne.NewMenu("File", openItem, openReview, recent, fyne.NewMenuItemSeparator(), save, saveAs, fyne.NewMenuItemSeparator(), exp)

	u.undoItem = fyne.NewMenuItem("Undo", u.undo)
	u.undoItem.Shortcut = &fyne.ShortcutUndo{}
	u.redoItem = fyne.NewMenuItem("Redo", u.redo)
	u.redoItem.Shortcut = sc(fyne.KeyZ, ctrl|fyne.KeyModifierShift)
	editValue := fyne.NewMenuItem("Edit value", func() { u.beginEdit("") })
	editValue.Shortcut = sc(fyne.KeyF2, 0)
	change := fyne.NewMenuItem("Change figure…", u.showRekeyDialog)
	change.Shortcut = sc(fyne.KeyK, ctrl)
	confirm := fyne.NewMenuItem("Confirm (Space)", u.confirmSelected)
	reject := fyne.NewMenuItem("Reject (Delete)", u.rejectSelected)
	confirmAll := fyne.NewMenuItem("Confirm all high-confidence figures", u.confirmAll)
	addFig := fyne.NewMenuItem("Add figure from selected text…", u.docView.addFromSelection)
	next := fyne.NewMenuItem("Next figure to review (N)", func() { u.nextToReview(1) })
	prev := fyne.NewMenuItem("Previous figure to review (P)", func() { u.nextToReview(-1) })
	find := fyne.NewMenuItem("Filter…", u.focusFilter)
	find.Shortcut = sc(fyne.KeyF, ctrl)
	edit := fyne.NewMenu("Edit", u.undoItem, u.redoItem, fyne.NewMenuItemSeparator(), editValue, change, confirm, reject,
		confirmAll, addFig, fyne.NewMenuItemSeparator(), next, prev, find)

	var scaleItems []*fyne.MenuItem
	for _, s := range displayScales {
		exp := s.Exp
		scaleItems = append(scaleItems, fyne.NewMenuItem("Money in "+s.Name, func() { u.model.SetDisplayScale(exp) }))
	}
	scale := fyne.NewMenuItem("Display scale", nil)
	scale.ChildMenu = fyne.NewMenu("", scaleItems...)
	var themeItems []*fyne.MenuItem
	for i, n := range appearanceNames {
		a := Appearance(i)
		themeItems = append(themeItems, fyne.NewMenuItem(n, func() { u.setAppearance(a) }))
	}
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("", themeItems...)
	toReview := fyne.NewMenuItem("Show what needs review", func() { u.statusSel.SetSelectedIndex(int(ToReview)) })
	toReview.Shortcut = sc(fyne.KeyR, ctrl)
	showAll := fyne.NewMenuItem("Show all figures", u.clearFilter)
	view := fyne.NewMenu("View", toReview, showAll, fyne.NewMenuItemSeparator(), scale, themes)

	keys := fyne.NewMenuItem("Keyboard", func() {
		dialog.ShowInformation("Keyboard", keyboardHelp, u.win)
	})
	help := fyne.NewMenu("Help", keys)
	u.mainMenu = fyne.NewMainMenu(file, edit, view, help)
	u.win.SetMainMenu(u.mainMenu)
	u.refreshRecent()
}

const keyboardHelp = `Up, Down, Page Up, Page Down, Home, End: move through the figures
Enter or F2 (or a digit): edit the value; Enter keeps it, Escape leaves it
Space: confirm the figure     Delete: reject it
N, P: the next or previous figure that needs review
Ctrl+K: change concept, segment, period or guidance
Ctrl+Z: undo     Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+F: filter   Ctrl+R: show what needs review
Ctrl+O: open documents     Ctrl+S: save the review     Ctrl+E: export`

// addShortcuts puts the menu's shortcuts on the canvas too, where the
// driver sends them when no menu bar takes them (and where tests send them).
func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	ctrl := fyne.KeyModifierShortcutDefault
	add := func(s fyne.Shortcut, f func()) { c.AddShortcut(s, func(fyne.Shortcut) { f() }) }
	add(&fyne.ShortcutUndo{}, u.undo)
	add(&fyne.ShortcutRedo{}, u.redo)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: ctrl | fyne.KeyModifierShift}, u.redo)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: ctrl}, u.showOpenDialog)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: ctrl}, u.showExportDialog)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: ctrl}, u.focusFilter)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: ctrl}, u.saveNow)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: ctrl}, u.showRekeyDialog)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: ctrl}, func() { u.statusSel.SetSelectedIndex(int(ToReview)) })
}

// --- showing the model ---

// sync shows the model: called after every change to it.
func (u *UI) sync() {
	m := u.model
	u.table.Refresh()
	f, vi := m.Selected()
	if vi >= 0 && vi != u.shownRow {
		u.table.ScrollTo(widget.TableCellID{Row: vi, Col: u.currentCol()})
	}
	u.shownRow = vi
	gen := m.Generation()
	if gen != u.docFactsGen || u.docFacts == nil {
		u.docFacts, u.docFactsGen = m.Report().DocumentFacts(), gen
		u.docsList.Refresh()
	}
	if f == nil && u.shownAny || f != nil && (!u.shownAny || f.Key != u.shownKey) || gen != u.shownGen {
		u.scheduleDetails(gen != u.shownGen)
		u.shownAny, u.shownGen = f != nil, gen
		if f != nil {
			u.shownKey = f.Key
		}
	}
	counts := m.Counts().String()
	if n := m.Rows(); n != m.AllRows() {
		counts += fmt.Sprintf(" | showing %d", n)
	}
	u.counts.SetText(counts)
	label, ok := m.CanUndo()
	u.undoItem.Label, u.undoItem.Disabled = label, !ok
	u.undoBtn.Tip = label + " (Ctrl+Z)"
	setEnabled(&u.undoBtn.Button, ok)
	label, ok = m.CanRedo()
	u.redoItem.Label, u.redoItem.Disabled = label, !ok
	u.redoBtn.Tip = label + " (Ctrl+Shift+Z)"
	setEnabled(&u.redoBtn.Button, ok)
	u.mainMenu.Refresh()
	u.scheduleSave()
	u.updateTitle()
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// currentCol is the column selection scrolls to: the first, so that moving
// through the rows never hides what the figure is.
func (u *UI) currentCol() int { return int(ColStatus) }

// scheduleDetails fills the source and checks panels. After an edit it
// does so at once; while the selection moves it waits for it to settle,
// so that holding an arrow key moves through the table at full speed
// instead of laying out every passing row's sentences.
func (u *UI) scheduleDetails(now bool) {
	if u.detailsTimer != nil {
		u.detailsTimer.Stop()
		u.detailsTimer = nil
	}
	delay := u.cfg.DetailsDelay
	if delay == 0 {
		delay = 60 * time.Millisecond
	}
	if now || delay < 0 {
		u.showDetails()
		return
	}
	u.detailsTimer = time.AfterFunc(delay, func() { fyne.Do(u.showDetails) })
}

func (u *UI) showDetails() {
	d := u.model.Details()
	if d == nil {
		u.sources.Objects = nil
		u.sources.Refresh()
		u.srcTitle.SetText("Source: select a figure to see where it comes from")
		u.fillChecksOverview()
		return
	}
	u.srcTitle.SetText(d.Title + ": " + d.Value)
	fillSources(u, d)
	fillChecks(u, d)
	if len(d.Mentions) > 0 && u.srcTabs.SelectedIndex() == 1 {
		mt := d.Mentions[0].Mention
		u.docView.show(mt.Doc, mt.Span.Start, mt.Span.End)
	}
}

func (u *UI) updateTitle() {
	name := "no documents"
	switch {
	case u.reviewNamed:
		name = reviewName(u.reviewPath)
	case u.reviewPath != "":
		// a review saved on its own is named after its documents
		name = autoReviewTitle(u.reviewPath)
	}
	mark := ""
	if u.unsaved() {
		mark = "*"
	}
	u.win.SetTitle(fmt.Sprintf("%s%s — Facet", mark, name))
	switch {
	case u.saveErr != nil:
		u.saveState.SetText("review NOT saved: " + saveProblem(u.saveErr))
		u.saveState.Importance = widget.DangerImportance
	case u.unsaved():
		u.saveState.SetText("saving review…")
		u.saveState.Importance = widget.MediumImportance
	case !u.savedAt.IsZero():
		u.saveState.SetText("review saved " + u.savedAt.Local().Format("15:04:05"))
		u.saveState.Importance = widget.MediumImportance
	default:
		u.saveState.SetText("no corrections yet")
		u.saveState.Importance = widget.MediumImportance
	}
	u.saveState.Refresh()
}

// autoReviewTitle names a review saved on its own without its hash:
// "samples-1a2b3c4d5e6f.facet.json" is "samples review".
func autoReviewTitle(path string) string {
	n := reviewName(path)
	if i := strings.LastIndexByte(n, '-'); i > 0 {
		n = n[:i]
	}
	return n + " review"
}

func saveProblem(err error) string {
	var re *parse.ReviewError
	if errors.As(err, &re) && errors.Unwrap(re) != nil {
		if errors.Is(re, os.ErrPermission) {
			return "no permission to write " + re.Path + "; use File > Save review as"
		}
		return "could not write " + re.Path + "; use File > Save review as"
	}
	return "could not write the review; use File > Save review as"
}

func (u *UI) unsaved() bool {
	return u.wantsSaving() && u.savedGen != u.model.Generation()
}

// wantsSaving: a review is written once there is something in it, and
// from then on after every change (an undo back to nothing included).
func (u *UI) wantsSaving() bool {
	return u.reviewPath != "" && (u.reviewOnDisk || len(u.model.Corrections()) > 0)
}

func (u *UI) scheduleSave() {
	gen := u.model.Generation()
	if !u.wantsSaving() || gen == u.scheduledGen || gen == u.savedGen {
		return
	}
	u.scheduledGen = gen
	u.reviewOnDisk = true
	u.saver.schedule(u.reviewPath, u.model.Review(), gen)
}

// saved is told, on the UI goroutine, that a review was written.
func (u *UI) saved(path string, gen int, at time.Time, err error) {
	if path != u.reviewPath {
		return
	}
	u.saveErr = err
	if err == nil && gen >= u.savedGen {
		u.savedGen, u.savedAt = gen, at
	}
	u.updateTitle()
}

// --- selection and edits ---

func (u *UI) moveSelection(delta int) {
	_, vi := u.model.Selected()
	if vi < 0 {
		vi = 0
		if delta < 0 {
			vi = u.model.Rows()
		}
		delta = 0
		if u.model.Rows() == 0 {
			return
		}
	}
	u.selectRow(vi + delta)
}

func (u *UI) selectRow(i int) {
	n := u.model.Rows()
	if n == 0 {
		return
	}
	i = max(0, min(i, n-1))
	u.model.Select(i)
	u.table.ScrollTo(widget.TableCellID{Row: i, Col: u.currentCol()})
}

// nextToReview selects the next (dir 1) or previous (-1) figure that
// needs review or is in conflict, whatever the filter shows around it.
func (u *UI) nextToReview(dir int) {
	n := u.model.Rows()
	_, vi := u.model.Selected()
	for step := 1; step <= n; step++ {
		i := ((vi+dir*step)%n + n) % n
		if s := u.model.Row(i).Fact.Status; s == parse.NeedsReview || s == parse.Conflict {
			u.selectRow(i)
			return
		}
	}
	u.setHint("No figure needs review.", false)
}

// afterEdit keeps the person's place: when the edited figure leaves the
// filtered view, the row that took its place is selected.
func (u *UI) afterEdit(vi int, advance bool) {
	f, now := u.model.Selected()
	switch {
	case f != nil && now >= 0 && advance:
		u.selectRow(now + 1)
	case now < 0 && vi >= 0:
		u.selectRow(vi)
	}
	u.focusTable()
}

func (u *UI) focusTable() {
	if c := u.win.Canvas(); c != nil {
		c.Focus(u.table)
	}
}

func (u *UI) confirmSelected() {
	f, vi := u.model.Selected()
	if f == nil {
		u.setHint("Select a figure to confirm it.", true)
		return
	}
	_ = u.model.Confirm(f.Key)
	u.setHint(fmt.Sprintf("Confirmed %s.", conceptLabel(f.Concept)), false)
	u.afterEdit(vi, true)
}

func (u *UI) rejectSelected() {
	f, vi := u.model.Selected()
	if f == nil {
		u.setHint("Select a figure to reject it.", true)
		return
	}
	_ = u.model.Reject(f.Key)
	u.setHint(fmt.Sprintf("Rejected %s: it will not be exported.", conceptLabel(f.Concept)), false)
	u.afterEdit(vi, true)
}

func (u *UI) confirmAll() {
	n := u.model.ConfirmAllHighConfidence()
	if n == 0 {
		u.setHint("No figure is both found with high confidence and free of findings, so nothing was confirmed.", false)
		return
	}
	u.setHint(fmt.Sprintf("Confirmed %s found with high confidence and no findings. Ctrl+Z takes it back.", plural(n, "figure", "figures")), false)
}

func (u *UI) undo() {
	if e, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok && u.isTextEntry(e) {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	if u.editing != nil {
		u.cancelEdit()
	}
	if label, ok := u.model.CanUndo(); ok {
		u.model.Undo()
		u.setHint(label+": done.", false)
	}
}

func (u *UI) redo() {
	if e, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok && u.isTextEntry(e) {
		e.TypedShortcut(&fyne.ShortcutRedo{})
		return
	}
	if label, ok := u.model.CanRedo(); ok {
		u.model.Redo()
		u.setHint(label+": done.", false)
	}
}

// isTextEntry: inside a text field, undo and redo are the field's own.
func (u *UI) isTextEntry(o any) bool {
	switch o.(type) {
	case *widget.Entry, *editEntry:
		return true
	}
	return false
}

func (u *UI) beginEdit(initial string) {
	f, vi := u.model.Selected()
	if f == nil || vi < 0 {
		u.setHint("Select a figure to edit its value.", true)
		return
	}
	k := f.Key
	u.editing = &k
	text := initial
	if text == "" {
		text = u.model.Row(vi).Cells[ColValue]
	}
	u.editor.SetText(text)
	u.editor.CursorColumn = len([]rune(text))
	u.editor.Refresh()
	id := widget.TableCellID{Row: vi, Col: int(ColValue)}
	u.table.ScrollTo(id)
	u.table.RefreshItem(id)
	u.table.Refresh()
	u.win.Canvas().Focus(u.editor)
	if initial == "" {
		// typing replaces the value, as in a spreadsheet; arrows keep it
		u.editor.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
	kind := f.ConceptInfo().Kind
	how := "in " + scaleName(u.model.DisplayScale()) + " unless you type a scale word (2.35 billion)"
	if kind == parse.Ratio {
		how = "as a percentage (17.3)"
	} else if kind != parse.Monetary {
		how = "as written"
	}
	u.setHint("Type the value "+how+"; Enter keeps it, Escape leaves it as it was.", false)
}

func (u *UI) commitEdit(text string) {
	if u.editing == nil {
		return
	}
	k := *u.editing
	_, vi := u.model.Selected()
	if r := u.model.Row(vi); r != nil && r.Fact.Key == k && strings.TrimSpace(text) == r.Cells[ColValue] {
		u.cancelEdit() // nothing changed
		return
	}
	if err := u.model.SetValue(k, text); err != nil {
		u.setHint(valueProblem(err), true)
		return
	}
	u.editing = nil
	u.table.Refresh()
	f, _ := u.model.Selected()
	if f != nil {
		u.setHint(fmt.Sprintf("%s is now %s. The checks ran again.", conceptLabel(f.Concept), u.model.valueOf(f.Value, f.Decimals, f.Key)), false)
	}
	u.afterEdit(vi, false)
}

func (u *UI) cancelEdit() {
	if u.editing == nil {
		return
	}
	u.editing = nil
	u.table.Refresh()
	u.setHint("", false)
	u.focusTable()
}

// valueProblem says why typed text is not a value, and that nothing changed.
func valueProblem(err error) string {
	var te *parse.TypedValueError
	if errors.As(err, &te) {
		return fmt.Sprintf("“%s” is not a value Facet can read: %s. Nothing was changed.", te.Input, te.Reason)
	}
	if errors.Is(err, ErrNoFact) {
		return "Select a figure first."
	}
	return capitalize(err.Error()) + ". Nothing was changed."
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (u *UI) setHint(s string, problem bool) {
	if s == "" {
		s = "Arrows move · N next to review · Enter edits the value · Space confirms · Delete rejects · Ctrl+K changes what it is"
	}
	u.hint.SetText(s)
	if problem {
		u.hint.Importance = widget.DangerImportance
	} else {
		u.hint.Importance = widget.MediumImportance
	}
	u.hint.Refresh()
}

// --- filters ---

func (u *UI) applyFilter() {
	if u.model == nil || u.companySel == nil || u.sheetSel == nil || u.statusSel == nil {
		return
	}
	f := Filter{Text: u.filterText.Text, Sheet: Sheet(max(0, u.sheetSel.SelectedIndex())), Status: StatusFilter(max(0, u.statusSel.SelectedIndex()))}
	if i := u.companySel.SelectedIndex(); i > 0 {
		f.Company = u.companySel.Selected
	}
	u.model.SetFilter(f)
}

func (u *UI) clearFilter() {
	u.filterText.SetText("")
	u.companySel.SetSelectedIndex(0)
	u.sheetSel.SetSelectedIndex(0)
	u.statusSel.SetSelectedIndex(0)
}

func (u *UI) focusFilter() { u.win.Canvas().Focus(u.filterText) }

func (u *UI) sortBy(c Column) {
	u.model.SortBy(c)
	u.table.Refresh()
}

func (u *UI) setAppearance(a Appearance) {
	u.th.appearance = a
	u.app.Preferences().SetInt(prefAppearance, int(a))
	u.app.Settings().SetTheme(&facetTheme{appearance: a})
	u.th = u.app.Settings().Theme().(*facetTheme)
	u.table.Refresh()
	u.shownAny = !u.shownAny // redraw the panels in the new colours
	u.sync()
}

// refreshCompanies fills the company filter with the report's entities.
func (u *UI) refreshCompanies() {
	opts := append([]string{"All companies"}, u.model.Report().Entities()...)
	cur := u.companySel.Selected
	u.companySel.Options = opts
	if !slices.Contains(opts, cur) {
		u.companySel.SetSelectedIndex(0)
	}
	u.companySel.Refresh()
}

// --- documents in ---

// Start loads the documents at paths (the built-in samples when there are
// none) and, when reviewPath is set, the review there with its documents.
func (u *UI) Start(paths []string, reviewPath string) {
	var docs []string
	for _, p := range paths {
		if strings.HasSuffix(p, ReviewExt) && reviewPath == "" {
			reviewPath = p // facet my.facet.json opens the review
			continue
		}
		docs = append(docs, p)
	}
	paths = docs
	if reviewPath != "" {
		if u.openReview(reviewPath, func() { u.Start(paths, "") }) {
			return
		}
		return
	}
	u.load(loadRequest{paths: paths, samples: len(paths) == 0, fresh: true})
}

// loadRequest is one load of documents off the UI goroutine.
type loadRequest struct {
	paths   []string
	samples bool              // the built-in samples too
	keep    []*parse.Document // documents already open, kept
	fresh   bool              // a new set of documents: look for its saved review
	review  *parse.Review     // a review to restore once loaded
	revPath string
	notes   []string // sentences to show once loaded
}

// load loads, reads and reconciles documents off the UI goroutine,
// showing progress that a person can cancel; the window stays usable.
func (u *UI) load(req loadRequest) {
	if u.loadCancel != nil {
		u.loadCancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.loadCancel = cancel
	u.loadID++
	id := u.loadID
	total := len(req.paths)
	u.progress.Max = float64(max(total, 1))
	u.progress.SetValue(0)
	u.progressTx.SetText("Opening documents…")
	u.progressUI.Show()
	keep := make([]*parse.Document, len(req.keep))
	for i, d := range req.keep {
		c := *d // Build rewrites documents' names and contexts: work on copies
		keep[i] = &c
	}
	u.tasks.Add(1)
	u.background(func() {
		defer u.tasks.Done()
		if u.loadStarts != nil {
			<-u.loadStarts
		}
		res := loadFiles(ctx, req.paths, func(done, total int, name string) {
			fyne.Do(func() {
				if id != u.loadID {
					return
				}
				u.progress.SetValue(float64(done))
				if name != "" {
					u.progressTx.SetText(fmt.Sprintf("Opening %d of %d: %s", done+1, total, name))
				}
			})
		})
		var sampleErr error
		if req.samples && u.cfg.Samples != nil && !res.canceled {
			var s []*parse.Document
			s, sampleErr = u.cfg.Samples()
			res.docs = append(s, res.docs...)
		}
		var rep *parse.Report
		if !res.canceled && ctx.Err() == nil {
			fyne.Do(func() {
				if id == u.loadID {
					u.progressTx.SetText("Reading the figures…")
				}
			})
			rep = parse.Build(append(keep, res.docs...), u.cfg.Parse)
		}
		fyne.DoAndWait(func() {
			if id != u.loadID || ctx.Err() != nil {
				return // cancelled: the window stays as it was
			}
			u.loadCancel = nil
			u.progressUI.Hide()
			if sampleErr != nil {
				res.errs = append(res.errs, fmt.Errorf("the built-in samples: %w", sampleErr))
			}
			u.loaded(req, rep, res.errs)
		})
	})
}

func (u *UI) cancelLoad() {
	if u.loadCancel == nil {
		return
	}
	u.loadCancel()
	u.loadCancel = nil
	u.loadID++
	u.progressUI.Hide()
	u.setHint("Loading was cancelled; the documents already open stay as they were.", false)
}

// loaded shows a load's report, restores a review, and tells the person
// which files could not be opened and why.
func (u *UI) loaded(req loadRequest, rep *parse.Report, errs []error) {
	var notes []string
	for _, err := range errs {
		notes = append(notes, loadProblem(err))
	}
	notes = append(notes, req.notes...)
	u.cancelEdit()
	if req.review != nil || req.fresh {
		u.saveView() // where the person was in the review being left
	}
	switch {
	case req.review != nil:
		u.model = NewModel(rep, u.cfg.Model)
		u.model.Restore(req.review.Corrections, req.review.DisplayScale)
		u.setReview(req.revPath, true, true)
		notes = append(notes, changedDocuments(req.review, rep.Documents)...)
		u.addRecent(req.revPath)
	case req.fresh:
		u.model = NewModel(rep, u.cfg.Model)
		u.setReview("", false, false)
		if len(rep.Documents) > 0 {
			u.setReview(autoReviewPath(u.cfg.reviewDir(), rep.Documents), false, false)
			notes = append(notes, u.restoreAuto()...)
		}
	default:
		u.model.Replace(rep)
	}
	u.model.Changed = u.sync
	u.docFacts, u.shownAny, u.shownGen = nil, false, -1
	u.refreshCompanies()
	u.docsList.Refresh()
	u.docsTitle.SetText(fmt.Sprintf("Documents (%d)", len(rep.Documents)))
	if req.review != nil || req.fresh {
		u.restoreView()
	}
	u.applyFilter()
	if _, vi := u.model.Selected(); vi < 0 && u.model.Rows() > 0 {
		u.selectRow(0)
	}
	u.sync()
	u.focusTable()
	if len(notes) > 0 {
		u.showProblems("Some things need your attention", notes)
	}
}

// restoreAuto brings back the review saved on its own for these documents.
func (u *UI) restoreAuto() []string {
	if _, err := os.Stat(u.reviewPath); err != nil {
		return nil
	}
	rv, err := parse.LoadReview(u.reviewPath)
	if err != nil {
		// keep the damaged file for the person to look at; save anew beside it
		bad := u.reviewPath
		u.setReview(strings.TrimSuffix(bad, ReviewExt)+time.Now().Format("-20060102-150405")+ReviewExt, false, false)
		return []string{reviewProblem(err) + " The documents are open without it; your new corrections are saved to " + filepath.Base(u.reviewPath) + "."}
	}
	u.model.Restore(rv.Corrections, rv.DisplayScale)
	u.reviewOnDisk = true
	u.savedGen = u.model.Generation()
	u.scheduledGen = u.savedGen
	u.savedAt = rv.Saved
	if n := len(rv.Corrections); n > 0 {
		u.setHint(fmt.Sprintf("Your %s of %s are back.", plural(n, "correction", "corrections"), rv.Saved.Local().Format("2 Jan 15:04")), false)
	}
	return nil
}

func (u *UI) setReview(path string, named, onDisk bool) {
	u.saver.flush()
	u.reviewPath, u.reviewNamed, u.reviewOnDisk = path, named, onDisk
	u.saveErr = nil
	u.savedAt = time.Time{}
	u.scheduledGen, u.savedGen = u.model.Generation(), u.model.Generation()
	if !onDisk {
		u.scheduledGen, u.savedGen = -1, -1
	}
}

// OpenFiles adds documents to those open (what the open dialog and drag
// and drop do); the person's first documents replace the built-in
// samples. A review file among them is opened as a review.
func (u *UI) OpenFiles(paths []string) {
	var docs []string
	for _, p := range paths {
		if strings.HasSuffix(p, ReviewExt) {
			u.openReview(p, nil)
			continue
		}
		docs = append(docs, p)
	}
	if len(docs) == 0 {
		return
	}
	open := u.model.Report().Documents
	samplesOnly := len(open) > 0
	for _, d := range open {
		samplesOnly = samplesOnly && d.Path == ""
	}
	if samplesOnly || len(open) == 0 {
		// a person's own documents replace the built-in samples (whose
		// review stays saved, should they come back to them)
		u.saver.flush()
		u.load(loadRequest{paths: docs, fresh: true})
		return
	}
	u.load(loadRequest{paths: docs, keep: open})
}

func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, x := range uris {
		if x.Scheme() == "file" {
			paths = append(paths, x.Path())
		}
	}
	u.OpenFiles(paths)
}

// openReview opens a review file and its documents. When the review cannot
// be read, the person is told why and fallback (if any) opens documents
// instead. It reports whether the review was read.
func (u *UI) openReview(path string, fallback func()) bool {
	rv, err := parse.LoadReview(path)
	if err != nil {
		u.showProblems("The review could not be opened", []string{reviewProblem(err) + " The documents stay open; nothing was lost."})
		if fallback != nil {
			fallback()
		}
		return false
	}
	var samples []*parse.Document
	if u.cfg.Samples != nil {
		samples, _ = u.cfg.Samples()
	}
	paths, fromSamples, problems := reviewDocuments(rv, samples)
	req := loadRequest{paths: paths, keep: fromSamples, review: rv, revPath: path, notes: problems}
	u.load(req)
	return true
}

// RemoveDocument takes a document out; Ctrl+Z puts it back.
func (u *UI) RemoveDocument(d *parse.Document) {
	u.cancelEdit()
	u.model.RemoveDocument(d)
	u.refreshCompanies()
	u.docsList.Refresh()
	u.docsTitle.SetText(fmt.Sprintf("Documents (%d)", len(u.model.Report().Documents)))
	u.setHint(fmt.Sprintf("Removed %s and its figures. Ctrl+Z puts it back.", d.Name), false)
}

// showProblems shows sentences in one dialog.
func (u *UI) showProblems(title string, lines []string) {
	l := widget.NewLabel(strings.Join(lines, "\n\n"))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "OK", container.NewGridWrap(fyne.NewSize(520, max(80, min(420, l.MinSize().Height))), container.NewVScroll(l)), u.win)
	u.showDialog(d)
}

// showDialog shows d as the window's current dialog: Escape closes it
// (when no text field has the keyboard), and the table has the keyboard
// again once it closes.
func (u *UI) showDialog(d dialog.Dialog) {
	u.dialog = d
	d.SetOnClosed(func() {
		if u.dialog == d {
			u.dialog = nil
			u.focusTable()
		}
	})
	d.Show()
}

// typedKey gets the keys no widget takes: Escape closes the dialog, and
// the table's keys reach the table when nothing has the keyboard.
func (u *UI) typedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && u.dialog != nil {
		u.dialog.Hide()
		return
	}
	if u.dialog == nil && u.win.Canvas().Overlays().Top() == nil {
		u.focusTable()
		u.table.TypedKey(e)
	}
}

// --- the review file ---

func (u *UI) saveNow() {
	if u.reviewPath == "" {
		u.showSaveReviewDialog()
		return
	}
	u.reviewOnDisk = true
	u.scheduledGen = -1
	u.savedGen = -1
	u.scheduleSave()
	u.saver.flush()
	if u.saveErr == nil {
		u.setHint("The review is saved in "+u.reviewPath+".", false)
	}
}

// SaveReviewAs writes the review to path and keeps saving there.
func (u *UI) SaveReviewAs(path string) {
	if !strings.HasSuffix(path, ReviewExt) {
		path = strings.TrimSuffix(path, ".json") + ReviewExt
	}
	u.setReview(path, true, true)
	u.saveNow()
	if u.saveErr == nil {
		u.addRecent(path)
	}
}

func (u *UI) addRecent(path string) {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	p := u.app.Preferences()
	list := slices.DeleteFunc(p.StringList(prefRecent), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > 8 {
		list = list[:8]
	}
	p.SetStringList(prefRecent, list)
	u.refreshRecent()
}

func (u *UI) refreshRecent() {
	list := u.app.Preferences().StringList(prefRecent)
	u.recentMenu.Items = nil
	for _, p := range list {
		path := p
		u.recentMenu.Items = append(u.recentMenu.Items, fyne.NewMenuItem(reviewName(path)+"  ("+filepath.Dir(path)+")", func() { u.openReview(path, nil) }))
	}
	if len(list) == 0 {
		none := fyne.NewMenuItem("No recent reviews", nil)
		none.Disabled = true
		u.recentMenu.Items = append(u.recentMenu.Items, none)
	}
	if u.mainMenu != nil {
		u.mainMenu.Refresh()
	}
}

// viewState is where a person was in a review: kept in the app's
// preferences beside the review, so reopening it shows the same rows.
type viewState struct {
	Selected *parse.FactKey `json:"selected,omitempty"`
	Filter   Filter         `json:"filter"`
	SortCol  Column         `json:"sortCol"`
	SortDesc bool           `json:"sortDesc,omitempty"`
	Sorted   bool           `json:"sorted,omitempty"`
}

func viewPref(reviewPath string) string { return "view:" + reviewPath }

// saveView remembers the filter, the sort and the selected figure of the
// current review. It runs when the review is left or the window closes:
// preferences are written to disk on every change, too often for every
// key press.
func (u *UI) saveView() {
	if u.reviewPath == "" || u.model == nil {
		return
	}
	vs := viewState{Filter: u.model.Filter()}
	vs.SortCol, vs.SortDesc, vs.Sorted = u.model.Sort()
	if f, _ := u.model.Selected(); f != nil {
		fk := parse.KeyOf(f.Key)
		vs.Selected = &fk
	}
	data, err := json.Marshal(vs)
	if err == nil {
		u.app.Preferences().SetString(viewPref(u.reviewPath), string(data))
	}
}

// restoreView shows the review where the person left it.
func (u *UI) restoreView() {
	data := u.app.Preferences().String(viewPref(u.reviewPath))
	var vs viewState
	if data == "" || json.Unmarshal([]byte(data), &vs) != nil {
		return
	}
	u.filterText.SetText(vs.Filter.Text)
	if slices.Contains(u.companySel.Options, vs.Filter.Company) {
		u.companySel.SetSelected(vs.Filter.Company)
	}
	if int(vs.Filter.Sheet) < len(sheetNames) && vs.Filter.Sheet >= 0 {
		u.sheetSel.SetSelectedIndex(int(vs.Filter.Sheet))
	}
	if int(vs.Filter.Status) < len(statusFilterNames) && vs.Filter.Status >= 0 {
		u.statusSel.SetSelectedIndex(int(vs.Filter.Status))
	}
	if vs.Sorted && vs.SortCol >= 0 && vs.SortCol < numColumns {
		u.model.SortBy(vs.SortCol)
		if vs.SortDesc {
			u.model.SortBy(vs.SortCol)
		}
	}
	if vs.Selected != nil {
		if k, err := vs.Selected.Key(); err == nil && u.model.Report().Fact(k) != nil {
			u.model.SelectKey(k)
		}
	}
}

// RecentReviews lists the reviews opened or saved lately, newest first.
func (u *UI) RecentReviews() []string { return u.app.Preferences().StringList(prefRecent) }
