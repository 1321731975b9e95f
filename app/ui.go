// Package app is Facet's window: the documents, the table of every figure
// found, the checks and the source text beside each figure, and the
// dialogs to open, correct and export. The UI is thin: it shows a Model
// and sends it edits; everything it decides is in the Model and testable
// without a window. It never imports fyne.io/fyne/v2/app, so its tests
// run headless on fyne's test driver.
package app

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
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

	filterText                      *escEntry
	companySel, sheetSel, statusSel *escSelect
	undoBtn, redoBtn                *tipButton
	undoItem, redoItem              *fyne.MenuItem
	recentMenu                      *fyne.Menu
	mainMenu                        *fyne.MainMenu
	// refreshMenu redraws the menu bar (mainMenu.Refresh); tests count it.
	refreshMenu func()

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
	saveSeq      int    // the last write heard of (saveResult.seq)
	rescueDir    string // where Close keeps a review it cannot save

	loadCancel context.CancelFunc
	loadID     int
	// loadStarts, when set, holds loads back until it is sent to: tests
	// use it to act while a load is under way.
	loadStarts chan struct{}
	// background runs long work off the UI goroutine (go f()). Fyne's
	// test driver runs fyne.Do on the calling goroutine, so tests run the
	// work in line instead, keeping one goroutine on the widgets.
	background func(f func())
	// doOnUI runs f on the UI goroutine: fyne.Do, which the real driver
	// queues and Fyne's test driver runs at once. Tests that need the
	// real driver's queue put their own here.
	doOnUI func(f func())
	tasks  taskCount
	// buildReport reads and reconciles documents: parse.Build, which
	// cannot be stopped once started.
	buildReport func([]*parse.Document, parse.Options) *parse.Report
	building    chan struct{} // held while a build runs: one at a time
	// askSavePath asks where to save a review (Fyne's file dialog) and
	// calls then with the path chosen; tests answer it themselves.
	askSavePath func(name string, then func(path string))

	shownKey     parse.Key
	shownGen     int
	detailsTimer *time.Timer
	shownAny     bool
	shownRow     int
	docFacts     map[*parse.Document]int
	docFactsGen  int

	tips     *tips         // the toolbar's tooltips
	dialog   dialog.Dialog // the dialog on top, if any
	closeDlg dialog.Dialog // the dialog asking what to do before closing
	closed   bool          // Close has run
	// timerGate guards timersOff: a timer firing as the window closes
	// either sends its work before shutdown or not at all (Stop alone
	// cannot stop a timer whose function has started).
	timerGate sync.Mutex
	timersOff bool

	// the open dialogs, for tests to drive
	openDlg   *openDialog
	exportDlg *exportDialog
	rekeyDlg  dialog.Dialog
	rekeyForm *figureForm
	keysDlg   dialog.Dialog // Help ▸ Keyboard
	// the model view: a company's figures by line and period
	centerTabs *container.AppTabs
	// the table's columns shown, in order; its header cells; dense rows
	columns     []Column
	headers     []*headerCell
	compact     bool
	fiscalBtn   *tipButton // the documents panel's way to the fiscal years
	grid        *gridView
	gridCompany *escSelect
	// periodDlg corrects the period a document reports
	periodDlg  dialog.Dialog
	periodPick *typeAhead
	// fyDlg sets companies' fiscal year ends; fyPicks are its choices
	fyDlg   *dialog.ConfirmDialog
	fyPicks map[string]*widget.Select
	// enterCloses: the dialog shown is a notice, which Enter closes
	enterCloses bool
	// whichDlg asks which value a conflict takes; detachDlg and detachForm
	// make a mention a figure of its own
	whichDlg   *dialog.CustomDialog
	detachDlg  dialog.Dialog
	detachForm *figureForm
	// confirmAllDlg asks before the sure figures are confirmed in bulk
	confirmAllDlg *dialog.ConfirmDialog
	// the Ctrl+K dialog's sentence on what the change does to the value,
	// and the choice of value when two figures become one
	rekeyOutcome *widget.Label
	rekeyKeep    *widget.RadioGroup
	addDlg       dialog.Dialog
	addForm      *figureForm
	addValue     *widget.Entry
}

// New builds the window on a, with no documents yet; Start loads them.
func New(a fyne.App, cfg Config) *UI {
	u := &UI{cfg: cfg, app: a, th: &facetTheme{}, background: func(f func()) { go f() }, doOnUI: fyne.Do}
	u.askSavePath = u.chooseSavePath
	u.buildReport = parse.Build
	u.building = make(chan struct{}, 1)
	u.rescueDir = os.TempDir()
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
	u.saver = &saver{delay: delay, done: func(r saveResult) {
		u.fromTimer(func() { u.timerSaved(r) })
	}}
	u.build()
	u.setModel(u.model)
	u.sync()
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.SetOnDropped(u.dropped)
	u.win.Canvas().SetOnTypedKey(u.typedKey)
	u.win.SetCloseIntercept(u.requestClose)
	return u
}

// requestClose is what closing the window and File > Quit do: save what
// is pending and close, or, when the review cannot be saved, ask what to
// do with the corrections.
func (u *UI) requestClose() {
	if u.closed || u.dialog != nil && u.dialog == u.closeDlg {
		return
	}
	if !u.settleEdit() {
		u.askAboutTyping()
		return
	}
	if err := u.flushSave(); err != nil {
		u.askBeforeClosing(err, u.reviewPath)
		return
	}
	u.closeWindow(false)
}

// askBeforeClosing offers, when the review could not be written to path,
// to save it elsewhere, to close without it, or not to close.
func (u *UI) askBeforeClosing(err error, path string) {
	msg := wrapped("Facet " + saveProblemSentence(err, path) + ". Your corrections are still here: save them somewhere else, or close without them.")
	var d *dialog.CustomDialog
	saveAs := widget.NewButton("Save review as…", func() {
		d.Hide()
		u.askSavePath(reviewFileName(u.reviewPath), func(p string) {
			if err := u.SaveReviewAs(p); err != nil {
				u.askBeforeClosing(err, reviewPathFor(p))
				return
			}
			u.closeWindow(false)
		})
	})
	saveAs.Importance = widget.HighImportance
	discard := widget.NewButton("Close without saving", func() {
		d.Hide()
		u.closeWindow(true)
	})
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Your corrections are not saved", container.NewGridWrap(fyne.NewSize(480, msg.MinSize().Height*2), msg), u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, saveAs})
	u.closeDlg = d
	u.showDialog(d)
}

// askAboutTyping asks, when the window is to close while the value being
// typed is no value, whether to go on typing or close without it.
func (u *UI) askAboutTyping() {
	msg := wrapped(fmt.Sprintf("The value you are typing, “%s”, is not one Facet can read. Go on typing it, or close without it (your other corrections are kept).", u.editor.Text))
	var d *dialog.CustomDialog
	keep := widget.NewButton("Keep editing", func() {
		d.Hide()
		u.win.Canvas().Focus(u.editor)
	})
	keep.Importance = widget.HighImportance
	leave := widget.NewButton("Close without it", func() {
		d.Hide()
		u.cancelEdit()
		u.requestClose()
	})
	d = dialog.NewCustomWithoutButtons("The value is not kept yet", container.NewGridWrap(fyne.NewSize(480, msg.MinSize().Height*2), msg), u.win)
	d.SetButtons([]fyne.CanvasObject{leave, keep})
	d.SetOnClosed(func() {
		if u.dialog == d {
			u.dialog = nil
			if u.editing != nil {
				u.win.Canvas().Focus(u.editor)
			}
		}
	})
	u.closeDlg = d
	u.dialog = d
	d.Show()
}

// closeWindow closes the window; discard leaves the corrections not yet
// saved unsaved, as the person chose.
func (u *UI) closeWindow(discard bool) {
	if discard {
		u.saveView()
		u.shutdown()
	} else {
		u.Close()
	}
	u.win.Close()
}

// doAndWait runs f on the UI goroutine and waits for it; it must not be
// called on the UI goroutine.
func (u *UI) doAndWait(f func()) {
	done := make(chan struct{})
	u.doOnUI(func() {
		defer close(done)
		f()
	})
	<-done
}

// setModel makes m the window's model, refreshing in the background; the
// model before it is detached.
func (u *UI) setModel(m *Model) {
	if u.model != nil && u.model != m {
		u.model.Detach()
	}
	u.model = m
	m.SetAsync(u.runRefresh)
	m.Changed = u.sync
}

// runRefresh runs a model's refresh: work in the background, then done
// on the UI goroutine.
func (u *UI) runRefresh(work, done func()) {
	u.tasks.add()
	u.background(func() {
		defer u.tasks.done()
		work()
		u.doOnUI(func() {
			if !u.closed {
				done()
			}
		})
	})
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Model is the window's model.
func (u *UI) Model() *Model { return u.model }

// Wait blocks until the work started in the background (loading,
// exporting) and any pending save are done: for tests and screenshots.
func (u *UI) Wait() {
	u.tasks.wait()
	r := u.saver.flush()
	u.doOnUI(func() { u.timerSaved(r) })
}

// Close saves what is pending and where the person was, and stops
// everything that would run on its own. When the review cannot be saved
// (the window is going without asking, as when the program is told to
// stop), a copy is written to the temporary folder and the returned
// error's text says where, in a sentence.
func (u *UI) Close() error {
	if u.closed {
		return nil
	}
	if !u.settleEdit() {
		log.Printf("facet: closing without the value being typed: %s", u.dropEdit())
	}
	u.saveView()
	err := u.flushSave()
	if err != nil {
		err = u.rescue(err)
	}
	u.shutdown()
	return err
}

// shutdown stops what would run on its own: after it the window changes
// nothing more.
func (u *UI) shutdown() {
	u.closed = true
	u.timerGate.Lock()
	u.timersOff = true
	u.timerGate.Unlock()
	u.saver.stop()
	u.tips.stop()
	if u.detailsTimer != nil {
		u.detailsTimer.Stop()
		u.detailsTimer = nil
	}
	if u.loadCancel != nil {
		u.loadCancel()
		u.loadCancel = nil
	}
}

// fromTimer sends f, a timer's work, to the UI goroutine unless the
// window has shut down.
func (u *UI) fromTimer(f func()) {
	u.timerGate.Lock()
	defer u.timerGate.Unlock()
	if !u.timersOff {
		u.doOnUI(f)
	}
}

func (u *UI) theme() fyne.Theme { return u.th }

// --- layout ---

func (u *UI) build() {
	u.tips = newTips(u.fromTimer)
	u.editor = newEditEntry()
	u.editor.onCancel = u.cancelEdit
	u.editor.OnSubmitted = u.commitEdit

	u.compact = u.app.Preferences().Bool(prefCompact)
	u.table = newFactTable(u)
	u.layoutColumns()
	u.hint = widget.NewLabel("")
	u.hint.Truncation = fyne.TextTruncateEllipsis
	u.setHint("", false)

	u.filterText = newEscEntry(u.focusTable)
	u.filterText.SetPlaceHolder("Filter (Ctrl+F)")
	u.filterText.OnChanged = func(string) { u.applyFilter() }
	u.filterText.OnSubmitted = func(string) { u.focusTable() }
	// a choice in a drop-down filters, then gives the keyboard back to
	// the table: Down would otherwise open the drop-down again
	chosen := func(string) {
		u.applyFilter()
		u.focusTable()
	}
	u.companySel = newEscSelect([]string{"All companies"}, chosen, u.focusTable)
	u.companySel.SetSelectedIndex(0)
	u.sheetSel = newEscSelect(sheetNames, chosen, u.focusTable)
	u.sheetSel.SetSelectedIndex(0)
	u.statusSel = newEscSelect(statusFilterNames, chosen, u.focusTable)
	u.statusSel.SetSelectedIndex(0)

	openBtn := newTipButton(u.tips, "Open", theme.FolderOpenIcon(), "Open documents (Ctrl+O)", u.showOpenDialog)
	exportBtn := newTipButton(u.tips, "Export", theme.DocumentSaveIcon(), "Export the workbook and XBRL data (Ctrl+E)", u.showExportDialog)
	u.undoBtn = newTipButton(u.tips, "", theme.ContentUndoIcon(), "Undo (Ctrl+Z)", u.undo)
	u.redoBtn = newTipButton(u.tips, "", theme.ContentRedoIcon(), "Redo (Ctrl+Shift+Z)", u.redo)
	confirmBtn := newTipButton(u.tips, "Confirm", theme.ConfirmIcon(), "Confirm the selected figure (Space)", u.confirmSelected)
	rejectBtn := newTipButton(u.tips, "Reject", theme.CancelIcon(), "Reject: this is no figure of the company (Delete)", u.rejectSelected)
	changeBtn := newTipButton(u.tips, "Change…", theme.DocumentCreateIcon(), "Change the figure's concept, segment, period or guidance (Ctrl+K)", u.showRekeyDialog)
	confirmAllBtn := newTipButton(u.tips, "Confirm sure ones", theme.ConfirmIcon(), "Confirm every figure found with high confidence that no check doubts", u.confirmAll)

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
	u.fiscalBtn = newTipButton(u.tips, "", theme.HistoryIcon(), "Fiscal years…: when each company's fiscal year ends, as read from the documents; set it here", u.showFiscalYearsDialog)
	fiscalBtn := u.fiscalBtn
	docsPanel := container.NewBorder(container.NewBorder(nil, nil, nil, fiscalBtn, u.docsTitle), nil, nil, nil, u.docsList)

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
			u.docView.showFact(f, 0)
		} else if u.docView.doc == nil && len(u.model.Report().Documents) > 0 {
			u.docView.show(u.model.Report().Documents[0], -1, -1)
		}
	}
	sourcePanel := container.NewBorder(u.srcTitle, nil, nil, nil, u.srcTabs)

	u.centerTabs = container.NewAppTabs(
		container.NewTabItem("Facts", u.table),
		container.NewTabItem("Model view", u.modelPanel()))
	u.centerTabs.OnSelected = func(*container.TabItem) {
		if u.modelShown() {
			u.showGrid()
		}
		u.focusTable()
	}
	tablePanel := container.NewBorder(u.hint, nil, nil, nil, u.centerTabs)
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
	cancel := newTipButton(u.tips, "Cancel", theme.CancelIcon(), "Stop loading", u.cancelLoad)
	u.progressUI = container.NewHBox(u.progressTx, container.NewGridWrap(fyne.NewSize(200, u.progress.MinSize().Height), u.progress), cancel)
	u.progressUI.Hide()
	status := container.NewBorder(nil, nil, u.counts, container.NewHBox(u.progressUI, u.saveState))

	main := container.NewBorder(container.NewVBox(toolbar, widget.NewSeparator()), status, nil, nil, center)
	u.win.SetContent(container.NewStack(main, u.tips.layer))
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
	// our own Quit, so that quitting saves or asks as closing does
	quit := fyne.NewMenuItem("Quit", u.requestClose)
	quit.IsQuit = true
	quit.Shortcut = sc(fyne.KeyQ, ctrl)
	file := fyne.NewMenu("File", openItem, openReview, recent, fyne.NewMenuItemSeparator(), save, saveAs, fyne.NewMenuItemSeparator(), exp,
		fyne.NewMenuItemSeparator(), quit)

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
	fiscal := fyne.NewMenuItem("Fiscal years…", u.showFiscalYearsDialog)
	edit := fyne.NewMenu("Edit", u.undoItem, u.redoItem, fyne.NewMenuItemSeparator(), editValue, change, confirm, reject,
		confirmAll, addFig, fyne.NewMenuItemSeparator(), fiscal, fyne.NewMenuItemSeparator(), next, prev, find)

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
	var colItems []*fyne.MenuItem
	for c := Column(0); c < numColumns; c++ {
		c := c
		it := fyne.NewMenuItem(columnTitles[c], func() { u.showColumn(c, !u.columnShown(c)) })
		it.Checked = u.columnShown(c)
		it.Disabled = c == ColStatus || c == ColConcept || c == ColValue
		colItems = append(colItems, it)
	}
	columnsItem := fyne.NewMenuItem("Columns", nil)
	columnsItem.ChildMenu = fyne.NewMenu("", colItems...)
	compact := fyne.NewMenuItem("Compact rows", func() { u.setCompact(!u.compact) })
	compact.Checked = u.compact
	view := fyne.NewMenu("View", toReview, showAll, fyne.NewMenuItemSeparator(), columnsItem, compact, fyne.NewMenuItemSeparator(), scale, themes)

	keys := fyne.NewMenuItem("Keyboard", func() {
		// through showDialog: Escape closes it, and Enter presses its OK
		d := dialog.NewInformation("Keyboard", keyboardHelp, u.win)
		u.keysDlg = d
		u.showNotice(d)
	})
	help := fyne.NewMenu("Help", keys)
	u.mainMenu = fyne.NewMainMenu(file, edit, view, help)
	u.refreshMenu = u.mainMenu.Refresh
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
Ctrl+O: open documents     Ctrl+S: save the review     Ctrl+E: export
Ctrl+Q: quit`

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
	add(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: ctrl}, u.requestClose)
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
	gen := m.Version()
	if gen != u.docFactsGen && !m.Refreshing() || u.docFacts == nil {
		u.docFacts, u.docFactsGen = m.Report().DocumentFacts(), gen
		u.docsList.Refresh()
	}
	moved := f == nil && u.shownAny || f != nil && (!u.shownAny || f.Key != u.shownKey)
	edited := gen != u.shownGen
	// An edit foreseen, its checks still running, leaves the panels for
	// when they land: laying them out twice would cost the UI goroutine
	// more than the edit.
	if moved || edited && !m.Refreshing() {
		u.scheduleDetails(edited && !m.Refreshing())
		u.shownAny, u.shownGen = f != nil, gen
		if f != nil {
			u.shownKey = f.Key
		}
	}
	if u.modelShown() {
		u.showGrid()
	}
	counts := m.Counts().String()
	if n := m.Rows(); n != m.AllRows() {
		counts += fmt.Sprintf(" | showing %d", n)
	}
	u.counts.SetText(counts)
	// the menu bar is redrawn only when a label changes, not on every key
	menu := false
	set := func(it *fyne.MenuItem, b *tipButton, label string, ok bool, keys string) {
		if it.Label != label || it.Disabled == ok {
			it.Label, it.Disabled = label, !ok
			menu = true
		}
		b.Tip = label + " (" + keys + ")"
		if b.Disabled() == ok {
			setEnabled(&b.Button, ok)
		}
	}
	label, ok := m.CanUndo()
	set(u.undoItem, u.undoBtn, label, ok, "Ctrl+Z")
	label, ok = m.CanRedo()
	set(u.redoItem, u.redoBtn, label, ok, "Ctrl+Shift+Z")
	if menu {
		u.refreshMenu()
	}
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
func (u *UI) currentCol() int { return max(0, u.tableCol(ColStatus)) }

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
	u.detailsTimer = time.AfterFunc(delay, func() {
		u.fromTimer(func() {
			if !u.closed { // the timer may fire as the window closes
				u.showDetails()
			}
		})
	})
}

func (u *UI) showDetails() {
	d := u.model.Details()
	if d == nil {
		u.sources.Objects = nil
		u.sources.Refresh()
		u.srcTitle.SetText("Source: select a figure to see where it comes from")
		if u.model.SelectionHidden() {
			u.srcTitle.SetText("Source: the filter hides the figure that was selected; select one in the table")
		}
		u.fillChecksOverview()
		return
	}
	u.srcTitle.SetText(d.Title + ": " + d.Value)
	fillSources(u, d)
	fillChecks(u, d)
	if len(d.Mentions) > 0 && u.srcTabs.SelectedIndex() == 1 {
		u.docView.showFact(d.Fact, 0)
	}
}

// showProblems shows sentences in one dialog.
func (u *UI) showProblems(title string, lines []string) {
	l := widget.NewLabel(strings.Join(lines, "\n\n"))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "OK", container.NewGridWrap(fyne.NewSize(520, max(80, min(420, l.MinSize().Height))), container.NewVScroll(l)), u.win)
	u.showNotice(d)
}

// showNotice shows a dialog whose only button is OK: Enter closes it, as
// Escape does.
func (u *UI) showNotice(d dialog.Dialog) {
	u.showDialog(d)
	u.enterCloses = true
}

// showDialog shows d as the window's current dialog: Escape closes it
// (when no text field has the keyboard), and the table has the keyboard
// again once it closes.
func (u *UI) showDialog(d dialog.Dialog) {
	u.dialog, u.enterCloses = d, false
	d.SetOnClosed(func() {
		if u.dialog == d {
			u.dialog = nil
			u.focusTable()
		}
	})
	d.Show()
}

// typedKey gets the keys no widget takes: Escape closes the dialog, and
// the table's keys reach the table when nothing has the keyboard. Keys
// are held back while a dialog or another overlay (Fyne's file dialog, a
// drop-down's menu) is open; tooltips are no overlays, so they never
// hold them.
func (u *UI) typedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && u.dialog != nil {
		u.dialog.Hide()
		return
	}
	if (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) && u.dialog != nil && u.enterCloses {
		u.dialog.Hide() // a notice's only button is OK
		return
	}
	if u.dialog == nil && u.win.Canvas().Overlays().Top() == nil {
		u.focusTable()
		if u.modelShown() {
			u.grid.TypedKey(e)
			return
		}
		u.table.TypedKey(e)
	}
}
