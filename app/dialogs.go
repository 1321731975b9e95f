package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

// documentExts are the files the open dialog offers.
var documentExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"}

// openDialog picks several documents in a folder at once: Fyne's file
// dialog opens one file at a time.
type openDialog struct {
	u      *UI
	folder *widget.Entry
	list   *fyne.Container
	checks []*widget.Check
	paths  []string
	count  *widget.Label
	// add keeps the documents open and adds these to them; unticked, these
	// replace them
	add *widget.Check
	dlg *dialog.ConfirmDialog
}

func (u *UI) showOpenDialog() {
	od := &openDialog{u: u, folder: widget.NewEntry(), list: container.NewVBox(), count: widget.NewLabel("")}
	start := u.app.Preferences().String(prefLastFolder)
	if start == "" {
		for _, d := range u.model.Report().Documents {
			if d.Path != "" {
				start = filepath.Dir(d.Path)
				break
			}
		}
	}
	if start == "" {
		start, _ = os.Getwd()
	}
	od.folder.OnSubmitted = func(string) { od.listFolder() }
	browse := widget.NewButton("Choose folder…", func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				od.folder.SetText(l.Path())
				od.listFolder()
			}
		}, u.win)
		if l, err := storage.ListerForURI(storage.NewFileURI(od.folder.Text)); err == nil {
			fd.SetLocation(l)
		}
		fd.Show()
	})
	all := widget.NewButton("Select all", func() { od.setAll(true) })
	none := widget.NewButton("Select none", func() { od.setAll(false) })
	top := container.NewBorder(nil, nil, widget.NewLabel("Folder"), browse, od.folder)
	open := len(u.model.Report().Documents)
	od.add = widget.NewCheck(fmt.Sprintf("Add them to the %s open (untick to open them instead)", plural(open, "document", "documents")), nil)
	od.add.SetChecked(!u.samplesOnly())
	bottom := container.NewVBox(container.NewHBox(all, none, od.count))
	if open > 0 {
		bottom.Add(od.add)
	}
	content := container.NewBorder(top, bottom, nil, nil, container.NewVScroll(od.list))
	od.dlg = dialog.NewCustomConfirm("Open documents", "Open", "Cancel", content, func(ok bool) {
		if ok {
			od.open()
		}
	}, u.win)
	od.dlg.Resize(fyne.NewSize(640, 480))
	od.folder.SetText(start)
	od.listFolder()
	u.openDlg = od
	u.showDialog(od.dlg)
}

func (od *openDialog) listFolder() {
	od.list.RemoveAll()
	od.checks, od.paths = nil, nil
	dir := strings.TrimSpace(od.folder.Text)
	entries, err := os.ReadDir(dir)
	if err != nil {
		od.list.Add(wrapped("This folder cannot be read. Type another, or choose one."))
		od.updateCount()
		return
	}
	for _, e := range entries {
		if e.IsDir() || !slices.Contains(documentExts, strings.ToLower(filepath.Ext(e.Name()))) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		label := e.Name()
		if info, err := e.Info(); err == nil {
			label += fmt.Sprintf("   (%s)", sizeText(info.Size()))
		}
		c := widget.NewCheck(label, func(bool) { od.updateCount() })
		od.checks = append(od.checks, c)
		od.paths = append(od.paths, p)
		od.list.Add(c)
	}
	if len(od.checks) == 0 {
		od.list.Add(wrapped("No documents here (.txt, .md, .html, .xhtml, .pdf)."))
	}
	od.updateCount()
}

func (od *openDialog) setAll(on bool) {
	for _, c := range od.checks {
		c.SetChecked(on)
	}
	od.updateCount()
}

func (od *openDialog) selected() []string {
	var out []string
	for i, c := range od.checks {
		if c.Checked {
			out = append(out, od.paths[i])
		}
	}
	return out
}

func (od *openDialog) updateCount() {
	od.count.SetText(plural(len(od.selected()), "document selected", "documents selected"))
}

func (od *openDialog) open() {
	paths := od.selected()
	if len(paths) == 0 {
		return
	}
	od.u.app.Preferences().SetString(prefLastFolder, strings.TrimSpace(od.folder.Text))
	var docs []string
	for _, p := range paths {
		if strings.HasSuffix(p, ReviewExt) {
			od.u.openReview(p, nil)
			continue
		}
		docs = append(docs, p)
	}
	if len(docs) > 0 {
		od.u.openDocuments(docs, od.add.Checked)
	}
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// --- review files ---

func (u *UI) showOpenReviewDialog() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.openReview(path, nil)
	}, u.win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	fd.Show()
}

func (u *UI) showSaveReviewDialog() {
	u.askSavePath(reviewFileName(u.reviewPath), func(path string) {
		if err := u.SaveReviewAs(path); err != nil {
			u.showProblems("The review was not saved", []string{
				"Facet " + saveProblemSentence(err, reviewPathFor(path)) + ". Your corrections are still here; choose another place.",
			})
		}
	})
}

// chooseSavePath asks, with Fyne's file dialog, where to save a file
// suggested to be called name.
func (u *UI) chooseSavePath(name string, then func(path string)) {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		then(path)
	}, u.win)
	fd.SetFileName(name)
	fd.Show()
}

// --- export ---

// exportDialog is the Ctrl+E dialog: where, in which scale, which outputs.
type exportDialog struct {
	u                    *UI
	path                 *widget.Entry
	scale                *widget.Select
	workbook, json, csv  *widget.Check
	bar                  *widget.ProgressBar
	state                *widget.Label
	dlg                  *dialog.CustomDialog
	exportBtn, cancelBtn *widget.Button
	pending              *widget.Label // how many figures still want a look
	replaceDlg           *dialog.ConfirmDialog
}

func (u *UI) showExportDialog() {
	if len(u.model.Report().Facts) == 0 {
		u.showProblems("Nothing to export", []string{"No figures are open. Open documents first (Ctrl+O)."})
		return
	}
	ed := &exportDialog{u: u, path: widget.NewEntry(), bar: widget.NewProgressBar(), state: widget.NewLabel("")}
	ed.path.SetText(u.defaultExportBase())
	var names []string
	for _, s := range displayScales {
		names = append(names, s.Name)
	}
	ed.scale = widget.NewSelect(names, nil)
	ed.scale.SetSelected(scaleName(u.model.DisplayScale()))
	ed.workbook = widget.NewCheck("Workbook (.xlsx)", nil)
	ed.json = widget.NewCheck("xBRL-JSON (.json)", nil)
	ed.csv = widget.NewCheck("xBRL-CSV (a folder)", nil)
	ed.workbook.SetChecked(true)
	ed.json.SetChecked(true)
	ed.bar.Hide()
	ed.state.Wrapping = fyne.TextWrapWord
	browse := widget.NewButton("Choose…", func() {
		fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			p := w.URI().Path()
			w.Close()
			os.Remove(p) // the dialog creates the file; the export writes its own
			ed.path.SetText(strings.TrimSuffix(strings.TrimSuffix(p, ".xlsx"), ".json"))
		}, u.win)
		fd.SetFileName(filepath.Base(ed.path.Text) + ".xlsx")
		fd.Show()
	})
	form := widget.NewForm(
		widget.NewFormItem("Save as", container.NewBorder(nil, nil, nil, browse, ed.path)),
		widget.NewFormItem("Money in", ed.scale),
		widget.NewFormItem("Outputs", container.NewVBox(ed.workbook, ed.json, ed.csv)),
	)
	ed.exportBtn = widget.NewButton("Export", ed.run)
	ed.exportBtn.Importance = widget.HighImportance
	ed.cancelBtn = widget.NewButton("Close", func() { ed.dlg.Hide() })
	ed.pending = widget.NewLabel(pendingText(u.model.Report().Facts))
	ed.pending.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(form, ed.pending, ed.bar, ed.state)
	ed.dlg = dialog.NewCustomWithoutButtons("Export", content, u.win)
	ed.dlg.SetButtons([]fyne.CanvasObject{ed.cancelBtn, ed.exportBtn})
	ed.dlg.Resize(fyne.NewSize(620, 340))
	u.exportDlg = ed
	u.showDialog(ed.dlg)
}

func (u *UI) defaultExportBase() string {
	dir, _ := os.Getwd()
	rep := u.model.Report()
	for _, d := range rep.Documents {
		if d.Path != "" {
			dir = filepath.Dir(d.Path)
			break
		}
	}
	if home, err := os.UserHomeDir(); err == nil && dir == "" {
		dir = home
	}
	name := "facet-export"
	if es := rep.Entities(); len(es) > 0 {
		name = slug(es[0])
	}
	return filepath.Join(dir, name)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// pendingText says, before an export, how many figures still want a
// person's look: they are written as they stand, marked.
func pendingText(facts []*parse.Fact) string {
	review, conflict := parse.OpenCounts(facts)
	var parts []string
	if review > 0 {
		parts = append(parts, plural(review, "figure needs", "figures need")+" review")
	}
	if conflict > 0 {
		parts = append(parts, plural(conflict, "figure is", "figures are")+" in conflict")
	}
	if len(parts) == 0 {
		return "No figure needs review or is in conflict."
	}
	return strings.Join(parts, " and ") + ": they are exported as they stand, marked amber and rose in the workbook. N in the table goes to the next one."
}

// run exports, asking first when a file of the same name is there.
func (ed *exportDialog) run() { ed.start(false) }

func (ed *exportDialog) start(replace bool) {
	u := ed.u
	base := strings.TrimSpace(ed.path.Text)
	if base == "" {
		ed.state.SetText("Type where to save the export.")
		return
	}
	t := exportPaths(base, ed.workbook.Checked, ed.json.Checked, ed.csv.Checked, scaleOfName(ed.scale.Selected))
	if t.Workbook == "" && t.XBRLJSON == "" && t.XBRLCSV == "" {
		ed.state.SetText("Tick at least one output.")
		return
	}
	if fi, err := os.Stat(filepath.Dir(base)); err != nil || !fi.IsDir() {
		ed.state.SetText("The folder " + filepath.Dir(base) + " does not exist. Choose another.")
		return
	}
	if there := existing(t); len(there) > 0 && !replace {
		d := dialog.NewConfirm("Replace what is there?", "These are there already:\n"+strings.Join(there, "\n")+"\nExporting replaces them.",
			func(ok bool) {
				if ok {
					ed.start(true)
				}
			}, u.win)
		d.SetConfirmText("Replace")
		d.SetDismissText("Cancel")
		ed.replaceDlg = d
		u.showDialog(d)
		return
	}
	ed.exportBtn.Disable()
	ed.bar.Show()
	ed.bar.SetValue(0)
	ed.state.SetText("Exporting…")
	t.Progress = func(done, total int) {
		u.doOnUI(func() {
			if !u.closed {
				ed.bar.SetValue(float64(done) / float64(max(total, 1)))
			}
		})
	}
	current := u.model.Current()
	exp := u.cfg.Export
	if exp == nil {
		exp = writeOutputs
	}
	u.tasks.add()
	u.background(func() {
		defer u.tasks.done()
		err := exp(current(), t)
		u.doAndWait(func() {
			if !u.closed {
				ed.finished(t, err)
			}
		})
	})
}

func (ed *exportDialog) finished(t ExportTargets, err error) {
	u := ed.u
	ed.exportBtn.Enable()
	ed.bar.Hide()
	if err != nil {
		ed.state.SetText(exportProblem(err))
		ed.state.Importance = widget.DangerImportance
		ed.state.Refresh()
		return
	}
	ed.dlg.Hide()
	var wrote []string
	for _, p := range []string{t.Workbook, t.XBRLJSON, t.XBRLCSV} {
		if p != "" {
			wrote = append(wrote, p)
		}
	}
	u.showProblems("Exported", append([]string{"Facet wrote:"}, wrote...))
}

// --- what a figure is: concept, segment, period, guidance ---

// figureForm edits a fact's identity.
type figureForm struct {
	concept  *typeAhead
	segment  *widget.SelectEntry
	period   *typeAhead
	scenario *widget.RadioGroup
	bound    *widget.Select
	concepts []parse.Concept
	periods  map[string]parse.Period
}

var boundNames = []string{"a single figure", "the low end of a range", "the high end of a range"}

func newFigureForm(rep *parse.Report, k parse.Key) *figureForm {
	ff := &figureForm{periods: map[string]parse.Period{}}
	var labels []string
	for _, c := range parse.Concepts() {
		ff.concepts = append(ff.concepts, c)
		labels = append(labels, c.Label)
	}
	ff.concept = newTypeAhead(labels)
	ff.concept.SetPlaceHolder("type to narrow: revenue, margin, cash…")
	if c, ok := parse.LookupConcept(k.Concept); ok {
		ff.concept.SetSelected(c.Label)
	}
	segs := map[string]bool{}
	for _, f := range rep.Facts {
		if f.Segment != "" && f.Entity == k.Entity {
			segs[f.Segment] = true
		}
	}
	segList := []string{"(whole company)"}
	for s := range segs {
		segList = append(segList, s)
	}
	sort.Strings(segList[1:])
	ff.segment = widget.NewSelectEntry(segList)
	ff.segment.SetText(k.Segment)
	if k.Segment == "" {
		ff.segment.SetText(segList[0])
	}
	cal := rep.CalendarOf(k.Entity)
	add := func(p parse.Period) {
		if !p.IsZero() {
			ff.periods[cal.Label(p)] = p
		}
	}
	for _, f := range rep.Facts {
		if f.Entity == k.Entity {
			add(f.Period)
		}
	}
	for _, d := range rep.Documents {
		if d.Context.Company == k.Entity {
			add(d.Context.Period)
			add(d.Context.Period.Shift(-12))
		}
	}
	add(k.Period)
	var plist []string
	for l := range ff.periods {
		plist = append(plist, l)
	}
	sort.Slice(plist, func(i, j int) bool { return ff.periods[plist[i]].SortKey() < ff.periods[plist[j]].SortKey() })
	ff.period = newTypeAhead(plist)
	ff.period.SetPlaceHolder("type to narrow: Q2, 2024, FY…")
	ff.period.SetSelected(cal.Label(k.Period))
	ff.bound = widget.NewSelect(boundNames, nil)
	ff.bound.SetSelectedIndex(int(k.Bound))
	ff.scenario = widget.NewRadioGroup([]string{"actual", "guidance"}, func(s string) {
		if s == "guidance" {
			ff.bound.Enable()
		} else {
			ff.bound.Disable()
		}
	})
	ff.scenario.Horizontal = true
	if k.Scenario == parse.Forecast {
		ff.scenario.SetSelected("guidance")
	} else {
		ff.scenario.SetSelected("actual")
	}
	return ff
}

func (ff *figureForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Concept", container.NewVBox(ff.concept, ff.concept.Matches)),
		widget.NewFormItem("Segment", ff.segment),
		widget.NewFormItem("Period", container.NewVBox(ff.period, ff.period.Matches)),
		widget.NewFormItem("Actual or guidance", ff.scenario),
		widget.NewFormItem("Guidance is", ff.bound),
	}
}

// key reads the form into a key based on k (entity and currency stay).
func (ff *figureForm) key(k parse.Key) (parse.Key, error) {
	i := ff.concept.SelectedIndex()
	if i < 0 {
		return k, errNoConcept
	}
	k.Concept = ff.concepts[i].Name
	seg := strings.TrimSpace(ff.segment.Text)
	if seg == "(whole company)" {
		seg = ""
	}
	k.Segment = seg
	p, ok := ff.periods[ff.period.Selected]
	if !ok {
		return k, errNoPeriod
	}
	k.Period = p
	k.Scenario, k.Bound = parse.Actual, parse.Point
	if ff.scenario.Selected == "guidance" {
		k.Scenario = parse.Forecast
		k.Bound = parse.Bound(max(0, ff.bound.SelectedIndex()))
	}
	if ff.concepts[i].Kind == parse.Ratio {
		k.Currency = ""
	}
	return k, nil
}

func (u *UI) showRekeyDialog() {
	f, _ := u.model.Selected()
	if f == nil {
		u.setHint("Select a figure to change what it is.", true)
		return
	}
	k := f.Key
	ff := newFigureForm(u.model.Report(), k)
	u.rekeyForm = ff
	// what the change does to the value, said before it is done
	outcome := widget.NewLabel("")
	outcome.Wrapping = fyne.TextWrapWord
	mine := "Keep this figure's " + u.model.valueText(f)
	keep := widget.NewRadioGroup(nil, nil)
	keep.Hide()
	update := func() {
		to, err := ff.key(k)
		if err != nil || to == k {
			outcome.SetText("The value is " + u.model.valueText(f) + "; changing what the figure is keeps it.")
			keep.Hide()
			return
		}
		out := u.model.RekeyOutcome(k, to)
		outcome.SetText(out.Text)
		if out.Existing == nil {
			keep.Hide()
			return
		}
		theirs := "Keep the " + u.model.valueText(out.Existing) + " already there"
		if len(keep.Options) != 2 || keep.Options[1] != theirs {
			keep.Options = []string{mine, theirs}
			keep.SetSelected(mine)
		}
		keep.Show()
	}
	ff.onChange(update)
	u.rekeyOutcome, u.rekeyKeep = outcome, keep
	items := append(ff.items(), widget.NewFormItem("Value", container.NewVBox(outcome, keep)))
	u.rekeyDlg = u.showFigureDialog("Change what this figure is", "Change", items, fyne.NewSize(560, 460), func() error {
		to, err := ff.key(k)
		if err == nil {
			err = u.model.Rekey(k, to, !keep.Hidden && keep.Selected == mine)
		}
		if err != nil {
			return err
		}
		u.setHint("The figure is now "+u.model.detailsOf(mustFact(u.model, to, f)).Title+", "+u.model.valueText(mustFact(u.model, to, f))+". The checks run again.", false)
		return nil
	})
	update()
}

// onChange calls fn whenever the form's identity changes.
func (ff *figureForm) onChange(fn func()) {
	ff.concept.OnPicked = func(string) { fn() }
	ff.segment.OnChanged = func(string) { fn() }
	ff.period.OnPicked = func(string) { fn() }
	prev := ff.scenario.OnChanged
	ff.scenario.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		fn()
	}
	ff.bound.OnChanged = func(string) { fn() }
}

// showFigureDialog shows a form that checks its input before it closes:
// submit's error is said in the form, which stays open with what was
// entered; nil closes it.
func (u *UI) showFigureDialog(title, confirm string, items []*widget.FormItem, size fyne.Size, submit func() error) dialog.Dialog {
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	var d *dialog.CustomDialog
	ok := widget.NewButton(confirm, func() {
		if err := submit(); err != nil {
			problem.SetText(valueProblem(err))
			problem.Show()
			return
		}
		d.Hide()
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	for _, it := range items {
		if e, isEntry := it.Widget.(*widget.Entry); isEntry {
			e.OnSubmitted = func(string) { ok.OnTapped() }
		}
	}
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewForm(items...), problem), u.win)
	for _, it := range items {
		walkObjects(it.Widget, func(o fyne.CanvasObject) {
			if p, isPicker := o.(*typeAhead); isPicker {
				p.onEscape = d.Hide
			}
		})
	}
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(size)
	u.showDialog(d)
	return d
}

func mustFact(m *Model, k parse.Key, fallback *parse.Fact) *parse.Fact {
	if f := m.Report().Fact(k); f != nil {
		return f
	}
	return fallback
}

// stripMoney takes currency words and signs off selected text, so
// "RMB 2.35 billion" offers "2.35 billion" to type over.
func stripMoney(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimLeftFunc(s, func(r rune) bool {
			return unicode.IsLetter(r) && !strings.HasPrefix(strings.ToLower(s), "negative") || r == '$' || r == '€' || r == '£' || r == '¥' || r == ' '
		})
		if t == s {
			break
		}
		s = t
	}
	return strings.TrimSpace(s)
}

func (u *UI) showAddFigureDialog(doc *parse.Document, span parse.Span, selected string) {
	k := parse.Key{Entity: doc.Context.Company, Currency: doc.Context.Currency, Period: doc.Context.Period}
	ff := newFigureForm(u.model.Report(), k)
	value := widget.NewEntry()
	value.SetText(stripMoney(selected))
	items := append([]*widget.FormItem{
		widget.NewFormItem("Selected", widget.NewLabel(fmt.Sprintf("“%s” in %s, %s", collapse(selected), doc.Name, doc.Where(span.Start)))),
		widget.NewFormItem("Value", value),
	}, ff.items()...)
	u.addForm, u.addValue = ff, value
	u.addDlg = u.showFigureDialog("Add a figure the parser missed", "Add", items, fyne.NewSize(580, 480), func() error {
		to, err := ff.key(k)
		if err == nil {
			err = u.model.AddFigure(doc, span, to, value.Text)
		}
		if err != nil {
			return err
		}
		u.setHint("Added the figure; the checks run again.", false)
		return nil
	})
}

// existing lists the outputs of t already on disk.
func existing(t ExportTargets) []string {
	var out []string
	for _, p := range []string{t.Workbook, t.XBRLJSON, t.XBRLCSV} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// --- a conflict: one value, or a mention set apart ---

// takeValue settles a conflict with one of its values.
func (u *UI) takeValue(d *Details, a AlternativeView) {
	var err error
	if a.Current {
		err = u.model.KeepValue(d.Fact.Key)
	} else {
		err = u.model.PickAlternative(d.Fact.Key, a.index)
	}
	if err != nil {
		u.setHint(valueProblem(err), true)
		return
	}
	u.setHint("The figure now takes "+a.Value+"; the checks run again.", false)
}

// askWhichValue asks which of a conflict's values the figure takes: Space
// on a conflict never confirms the value shown without asking.
func (u *UI) askWhichValue(f *parse.Fact) {
	d := u.model.detailsOf(f)
	box := container.NewVBox(wrapped("The sources disagree on " + d.Title + ". Which value is right? (A mention that is another figure can be set apart in the Sources pane.)"))
	var dlg *dialog.CustomDialog
	for _, a := range d.Alternatives {
		a := a
		label := "Take " + a.Value
		if a.Current {
			label = "Keep " + a.Value + " (shown now)"
		}
		b := widget.NewButton(label, func() {
			dlg.Hide()
			u.takeValue(d, a)
		})
		box.Add(container.NewBorder(nil, nil, b, nil, wrapped("stated in "+a.Where)))
	}
	dlg = dialog.NewCustom("Which value?", "Cancel", box, u.win)
	dlg.Resize(fyne.NewSize(560, 300))
	u.whichDlg = dlg
	u.showDialog(dlg)
}

// detach takes a mention out of a figure: into one of its own at to, or
// set aside when to is nil.
func (u *UI) detach(f *parse.Fact, m parse.Mention, to *parse.Key) {
	if err := u.model.DetachMention(f.Key, m, to); err != nil {
		u.setHint(valueProblem(err), true)
		return
	}
	stated := m.Stated
	if stated == "" && m.Doc != nil {
		stated = m.Doc.Text[m.Span.Start:m.Span.End]
	}
	if to == nil {
		u.setHint("“"+stated+"” is set aside: it is no mention of "+u.model.detailsOf(f).Title+". Ctrl+Z takes it back.", false)
		return
	}
	u.setHint("“"+stated+"” is now a figure of its own. Ctrl+Z takes it back.", false)
}

// showDetachDialog asks what a mention set apart from a figure is.
func (u *UI) showDetachDialog(f *parse.Fact, m parse.Mention) {
	ff := newFigureForm(u.model.Report(), f.Key)
	u.detachForm = ff
	stated := m.Stated
	if stated == "" && m.Doc != nil {
		stated = m.Doc.Text[m.Span.Start:m.Span.End]
	}
	intro := widget.NewFormItem("Mention", wrapped("“"+stated+"” in "+m.Doc.Name+", "+m.Doc.Where(m.Span.Start)+" becomes a figure of its own, with the value it states. Say what it is:"))
	u.detachDlg = u.showFigureDialog("Make the mention a figure of its own", "Make it a figure", append([]*widget.FormItem{intro}, ff.items()...), fyne.NewSize(580, 460), func() error {
		to, err := ff.key(f.Key)
		if err != nil {
			return err
		}
		if err := u.model.DetachMention(f.Key, m, &to); err != nil {
			return err
		}
		u.setHint("“"+stated+"” is now "+u.model.detailsOf(mustFact(u.model, to, f)).Title+". Ctrl+Z takes it back.", false)
		return nil
	})
}

// --- fiscal years ---

// monthNames are the months' names, January first, as time writes them.
var monthNames = func() (out []string) {
	for m := time.January; m <= time.December; m++ {
		out = append(out, m.String())
	}
	return out
}()

// showFiscalYearsDialog shows, for each company, the month its fiscal year
// ends and how Facet knows, and lets the person set it: the documents are
// then read in that calendar, and the labels (Q1 FY22), the workbook and
// the XBRL follow. The review keeps the choice.
func (u *UI) showFiscalYearsDialog() {
	companies := u.model.Report().Entities()
	if len(companies) == 0 {
		u.showProblems("No companies", []string{"No documents are open. Open documents first (Ctrl+O)."})
		return
	}
	form := widget.NewForm()
	picks := map[string]*widget.Select{}
	for _, c := range companies {
		month, how := u.model.FiscalYearEndOf(c)
		sel := widget.NewSelect(monthNames, nil)
		sel.SetSelectedIndex(int(month) - 1)
		picks[c] = sel
		form.Append(c, container.NewVBox(sel, wrapped("Ends in "+month.String()+": "+how+".")))
	}
	u.fyPicks = picks
	d := dialog.NewCustomConfirm("Fiscal years", "Apply", "Cancel", container.NewVBox(
		wrapped("The month each company's fiscal year ends. The documents are read again in that calendar: periods, labels (Q1 FY22), the workbook and the XBRL follow. Corrections that name a period that moves no longer apply, and the Checks pane lists them."),
		form), func(ok bool) {
		if !ok {
			return
		}
		fyes := u.model.FiscalYearEnds()
		if fyes == nil {
			fyes = map[string]time.Month{}
		}
		changed := false
		for c, sel := range picks {
			m := time.Month(sel.SelectedIndex() + 1)
			if was, _ := u.model.FiscalYearEndOf(c); m != was || fyes[c] != 0 && fyes[c] != m {
				fyes[c] = m
				changed = true
			}
		}
		if !changed {
			u.setHint("The fiscal years are as they were.", false)
			return
		}
		u.SetFiscalYearEnds(fyes)
		u.setHint("Reading the documents again in the fiscal years chosen…", false)
	}, u.win)
	d.Resize(fyne.NewSize(560, 200+90*float32(len(companies))))
	u.fyDlg = d
	u.showDialog(d)
}

// walkObjects calls fn with o and every object in the containers inside it.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			walkObjects(x, fn)
		}
	}
}

// --- the period a document reports ---

// periodChoices are the periods a document may report, around the one
// Facet read: the quarters, half-years, nine months and years of the
// fiscal years before and after.
func periodChoices(cal parse.Calendar, around parse.Period) ([]string, map[string]parse.Period) {
	fy := cal.FiscalYearOf(around.End)
	var labels []string
	by := map[string]parse.Period{}
	add := func(p parse.Period) {
		l := cal.Label(p)
		if _, seen := by[l]; !seen {
			labels = append(labels, l)
			by[l] = p
		}
	}
	for y := fy - 2; y <= fy+1; y++ {
		for q := 1; q <= 4; q++ {
			add(cal.Quarter(y, q))
		}
		add(cal.Half(y, 1))
		add(cal.Half(y, 2))
		add(cal.NineMonths(y))
		add(cal.FiscalYear(y))
	}
	return labels, by
}

// showPeriodDialog lets a person say which period a document reports when
// Facet read it wrong: the document is read again with it, and the review
// keeps it.
func (u *UI) showPeriodDialog(doc *parse.Document) {
	c := doc.Context
	labels, by := periodChoices(c.Calendar, c.Period)
	pick := newTypeAhead(labels)
	pick.SetSelected(c.PeriodLabel())
	why := "Facet read it as " + c.PeriodLabel()
	switch {
	case c.PeriodSet:
		why = "You set it to " + c.PeriodLabel()
	case c.PeriodGuessed:
		why += ", a guess: the text names no period of its own"
	}
	if len(c.Notes) > 0 {
		why += " (" + strings.Join(c.Notes, "; ") + ")"
	}
	u.periodPick = pick
	u.periodDlg = u.showFigureDialog("The period "+doc.Name+" reports", "Read it so", []*widget.FormItem{
		widget.NewFormItem("Read", wrapped(why+".")),
		widget.NewFormItem("Period", container.NewVBox(pick, pick.Matches)),
	}, fyne.NewSize(560, 320), func() error {
		p, ok := by[pick.Selected]
		if !ok {
			return errNoPeriod
		}
		if p == c.Period {
			return nil
		}
		u.SetDocumentPeriod(doc, p)
		u.setHint("Reading "+doc.Name+" again as "+pick.Selected+"…", false)
		return nil
	})
}
