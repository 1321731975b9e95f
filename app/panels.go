package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

// --- documents panel ---

// docItem is one document in the documents panel: company, kind and
// period, how many figures it is a source of, and a remove button.
type docItem struct {
	widget.BaseWidget
	u       *UI
	company *widget.Label
	about   *widget.Label
	file    *widget.Label
	remove  *tipButton
	doc     *parse.Document
}

func newDocItem(u *UI) *docItem {
	it := &docItem{u: u,
		company: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		about:   widget.NewLabel(""),
		file:    widget.NewLabel(""),
	}
	for _, l := range []*widget.Label{it.company, it.about, it.file} {
		l.Truncation = fyne.TextTruncateEllipsis
	}
	it.file.SizeName = theme.SizeNameCaptionText
	it.remove = newTipButton(u.tips, "", theme.DeleteIcon(), "Remove this document and its figures (Ctrl+Z puts it back)", func() {
		if it.doc != nil {
			u.RemoveDocument(it.doc)
		}
	})
	it.ExtendBaseWidget(it)
	return it
}

func (it *docItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewCenter(it.remove),
		container.New(&tightVBox{}, it.company, it.about, it.file)))
}

func (it *docItem) show(i int) {
	docs := it.u.model.Report().Documents
	if i >= len(docs) {
		return
	}
	d := docs[i]
	it.doc = d
	c := d.Context
	company := c.Company
	if company == "" {
		company = "Unknown company"
	}
	it.company.SetText(company)
	about := c.Kind.String()
	if p := c.PeriodLabel(); p != "" {
		about = p + " " + about
	}
	n := it.u.docFacts[d]
	it.about.SetText(about)
	it.file.SetText(plural(n, "figure", "figures") + " · " + d.Form() + " · " + d.Name)
}

// tightVBox stacks objects with no padding, for compact list items.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - 2*theme.Padding()
		o.Move(fyne.NewPos(0, y-theme.Padding()))
		o.Resize(fyne.NewSize(s.Width, h+2*theme.Padding()))
		y += h
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height - 2*theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// --- source panel ---

// fillSources shows each mention's sentence with the figure highlighted,
// where it is, and a conflict's competing values with a button to take one.
func fillSources(u *UI, d *Details) {
	var box objects
	for _, n := range d.Notes {
		box.add(wrapped("• " + n))
	}
	if len(d.Alternatives) > 0 {
		box.add(widget.NewLabelWithStyle("The sources disagree. Take one value:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, a := range d.Alternatives {
			a := a
			label := "Take " + a.Value
			if a.Current {
				label = "Keep " + a.Value
			}
			b := widget.NewButton(label, func() {
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
			})
			if a.Current {
				b.Importance = widget.HighImportance
			}
			box.add(container.NewBorder(nil, nil, b, nil, wrapped("stated in "+a.Where)))
		}
		box.add(widget.NewSeparator())
	}
	if len(d.Mentions) == 0 {
		box.add(wrapped("No document states this figure: it was added by a person or derived by the checks."))
	}
	for _, mv := range d.Mentions {
		mv := mv
		head := mv.Where + " · states " + mv.Value
		if !mv.Agrees {
			head += " (differs)"
		}
		show := widget.NewButtonWithIcon("Show in document", theme.VisibilityIcon(), func() {
			u.docView.show(mv.Mention.Doc, mv.Mention.Span.Start, mv.Mention.Span.End)
		})
		show.Importance = widget.LowImportance
		box.add(container.NewBorder(nil, nil, nil, show, widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
		rt := widget.NewRichText(
			&widget.TextSegment{Text: mv.Before, Style: widget.RichTextStyleInline},
			&widget.TextSegment{Text: mv.Figure, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: mv.After, Style: widget.RichTextStyleInline},
		)
		rt.Wrapping = fyne.TextWrapWord
		box.add(rt)
		for _, n := range mv.Notes {
			box.add(wrapped("  ⚠ " + n))
		}
	}
	u.sources.Objects = box
	u.sources.Refresh()
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// --- checks panel ---

func fillChecks(u *UI, d *Details) {
	var box objects
	box.add(statusBadge(u, d.Fact.Status))
	if len(d.Findings) == 0 {
		box.add(wrapped("No check touches this figure."))
	}
	for _, fv := range d.Findings {
		box.add(findingView(u, fv))
	}
	u.checks.Objects = box
	addStale(u)
	u.checks.Refresh()
}

// objects collects a panel's content, set on its container at once: a
// container lays out again on every Add.
type objects []fyne.CanvasObject

func (o *objects) add(x fyne.CanvasObject) { *o = append(*o, x) }

// maxOverview is how many failed checks the checks panel lists when no
// figure is selected; the status filter finds the rest.
const maxOverview = 50

func (u *UI) fillChecksOverview() {
	open := u.model.OpenFindings()
	var objs []fyne.CanvasObject
	if len(open) == 0 {
		objs = append(objs, wrapped("Every check passes."))
	} else {
		objs = append(objs, wrapped(plural(len(open), "check needs", "checks need")+" a look:"))
	}
	for i, fv := range open {
		if i == maxOverview {
			objs = append(objs, wrapped(fmt.Sprintf("…and %d more: show Needs review to go through them.", len(open)-maxOverview)))
			break
		}
		objs = append(objs, findingView(u, fv))
	}
	u.checks.Objects = objs
	addStale(u)
	u.checks.Refresh()
}

func addStale(u *UI) {
	stale := u.model.StaleNotes()
	if len(stale) == 0 {
		return
	}
	box := objects(u.checks.Objects)
	box.add(widget.NewSeparator())
	box.add(widget.NewLabelWithStyle(plural(len(stale), "correction no longer applies", "corrections no longer apply"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, s := range stale {
		l := wrapped(s)
		l.Importance = widget.WarningImportance
		box.add(l)
	}
	u.checks.Objects = box
}

// statusBadge is a status as a colour and a word: never a colour alone.
func statusBadge(u *UI, s parse.Status) fyne.CanvasObject {
	clr := u.th.Color(statusColorName(s), fyne.CurrentApp().Settings().ThemeVariant())
	dot := canvas.NewCircle(clr)
	word := canvas.NewText(s.String(), clr)
	word.TextStyle.Bold = true
	return container.NewHBox(container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(12), dot)), word)
}

func findingView(u *UI, fv FindingView) fyne.CanvasObject {
	word := canvas.NewText(fv.Kind+" check "+fv.Status, u.th.Color(colorConfirmed, fyne.CurrentApp().Settings().ThemeVariant()))
	if fv.Failed {
		word.Color = u.th.Color(colorNeedsReview, fyne.CurrentApp().Settings().ThemeVariant())
	}
	word.TextStyle.Bold = true
	return container.NewVBox(word, wrapped(fv.Message))
}

// --- the document text, where a person selects a figure the parser missed ---

// passage is how much of a document the document view shows at once, in
// bytes: Fyne's Entry wraps its whole text on every change, which takes
// about 0.1 s per 8 KB, so a long document is read a passage at a time.
const passage = 6000

// documentView shows a document's text, read-only and selectable.
type documentView struct {
	u       *UI
	content fyne.CanvasObject
	pick    *escSelect
	text    *readOnlyEntry
	note    *widget.Label
	doc     *parse.Document
	base    int // byte offset of the shown text in doc.Text
	earlier *widget.Button
	later   *widget.Button
}

func newDocumentView(u *UI) *documentView {
	v := &documentView{u: u, text: newReadOnlyEntry(), note: widget.NewLabel("")}
	v.text.onEscape = u.focusTable
	v.pick = newEscSelect(nil, func(name string) {
		for _, d := range u.model.Report().Documents {
			if d.Name == name && d != v.doc {
				v.show(d, -1, -1)
			}
		}
	}, u.focusTable)
	v.pick.PlaceHolder = "Choose a document"
	add := widget.NewButtonWithIcon("Add figure from selection…", theme.ContentAddIcon(), v.addFromSelection)
	v.earlier = widget.NewButtonWithIcon("Earlier", theme.NavigateBackIcon(), func() { v.showPassage(v.base - passage/2) })
	v.later = widget.NewButtonWithIcon("Later", theme.NavigateNextIcon(), func() { v.showPassage(v.base + len(v.text.Text)) })
	v.earlier.Disable()
	v.later.Disable()
	v.note.Truncation = fyne.TextTruncateEllipsis
	v.content = container.NewBorder(container.NewBorder(nil, nil, container.NewHBox(v.pick, v.earlier, v.later), add, v.note), nil, nil, nil, v.text)
	v.setNote("")
	return v
}

func (v *documentView) setNote(s string) {
	if s == "" {
		s = "Select a figure the parser missed, then Add figure."
	}
	v.note.SetText(s)
}

// show shows doc, with the figure [start, end) selected when start ≥ 0:
// the passage around it, or the document's first passage.
func (v *documentView) show(doc *parse.Document, start, end int) {
	if doc == nil {
		return
	}
	v.u.srcTabs.SelectIndex(1) // laid out, so that its rows are known
	var names []string
	for _, d := range v.u.model.Report().Documents {
		names = append(names, d.Name)
	}
	v.pick.Options = names
	shownEnd := v.base + len(v.text.Text)
	if v.doc != doc || start >= 0 && (start < v.base || end > shownEnd) || start < 0 && v.base > 0 {
		v.doc = doc
		v.pick.SetSelected(doc.Name)
		v.showPassage(max(0, start-400)) // the figure near the top, with what leads to it
	}
	if start >= v.base && end <= v.base+len(v.text.Text) {
		v.selectRunes(utf8.RuneCountInString(doc.Text[v.base:start]), utf8.RuneCountInString(doc.Text[start:end]))
		v.setNote(fmt.Sprintf("%s, %s: “%s” is selected; click into the text to see it.", doc.Name, doc.Where(start), collapse(doc.Text[start:end])))
	} else {
		v.setNote("")
	}
}

// showPassage shows the passage of the document that starts near byte
// from, at a line or sentence break.
func (v *documentView) showPassage(from int) {
	t := v.doc.Text
	lo := max(0, min(from, len(t)))
	if lo > 0 {
		// start at a line or sentence break close before from
		window := t[max(0, lo-400):lo]
		if i := strings.LastIndexAny(window, "\n"); i >= 0 {
			lo = lo - len(window) + i + 1
		} else if i := strings.LastIndex(window, ". "); i >= 0 {
			lo = lo - len(window) + i + 2
		} else if i := strings.LastIndexByte(window, ' '); i >= 0 {
			lo = lo - len(window) + i + 1 // at least a whole word
		}
	}
	hi := min(len(t), lo+passage)
	if hi < len(t) {
		window := t[max(lo, hi-400):hi]
		if i := strings.LastIndexAny(window, "\n"); i >= 0 {
			hi = hi - len(window) + i + 1
		} else if i := strings.LastIndex(window, ". "); i >= 0 {
			hi = hi - len(window) + i + 2
		} else if i := strings.LastIndexByte(window, ' '); i >= 0 {
			hi = hi - len(window) + i + 1
		}
	}
	for lo > 0 && !utf8.RuneStart(t[lo]) {
		lo--
	}
	for hi < len(t) && !utf8.RuneStart(t[hi]) {
		hi++
	}
	v.base = lo
	v.text.SetText(t[lo:hi])
	setEnabled(v.earlier, lo > 0)
	setEnabled(v.later, hi < len(t))
	v.setNote("")
}

// selectRunes selects n runes from rune offset off as a person would,
// with Shift and an arrow: Entry can be told a cursor row and column but
// not a selection. The cursor goes straight to the last rune, so the
// (wrapped, costly) text is laid out once, not once per rune.
func (v *documentView) selectRunes(off, n int) {
	e := v.text
	if e.SelectedText() != "" {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // without Shift: ends the old selection
	}
	if n <= 0 {
		e.CursorRow, e.CursorColumn = v.rowCol(off)
		e.Refresh()
		return
	}
	e.CursorRow, e.CursorColumn = v.rowCol(off)
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft}) // the selection starts here
	e.CursorRow, e.CursorColumn = v.rowCol(off + n - 1)
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// rowCol finds the entry's row and column of a rune offset. The rows are
// wrapped rows, known only to the entry: they are found by binary search
// over the offsets it reports for each row's start.
func (v *documentView) rowCol(off int) (int, int) {
	e := v.text
	rowStart := func(r int) int {
		e.CursorRow, e.CursorColumn = r, 0
		return e.CursorTextOffset()
	}
	// rows past the last start at offset 0, like the first
	hi := 1
	for rowStart(hi) > 0 {
		hi *= 2
	}
	lo := 0
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; rowStart(mid) > 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	lo, hi = 0, lo
	for lo < hi {
		if mid := (lo + hi + 1) / 2; rowStart(mid) <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, off - rowStart(lo)
}

// selection returns the span of the selected text in the document.
func (v *documentView) selection() (parse.Span, string, bool) {
	sel := v.text.SelectedText()
	if v.doc == nil || sel == "" {
		return parse.Span{}, "", false
	}
	shown := v.text.Text
	cur := v.text.CursorTextOffset() // in runes
	n := utf8.RuneCountInString(sel)
	runes := []rune(shown)
	for _, start := range []int{cur - n, cur} {
		if start >= 0 && start+n <= len(runes) && string(runes[start:start+n]) == sel {
			b := len(string(runes[:start]))
			return parse.Span{Start: v.base + b, End: v.base + b + len(sel)}, sel, true
		}
	}
	return parse.Span{}, "", false
}

func (v *documentView) addFromSelection() {
	span, sel, ok := v.selection()
	if !ok {
		v.u.srcTabs.SelectIndex(1)
		v.setNote("First select the figure's text in the document (drag over it, or Shift and the arrows).")
		return
	}
	v.u.showAddFigureDialog(v.doc, span, sel)
}

// readOnlyEntry is a multi-line entry a person can select and copy from
// but not change: Fyne's Entry has no read-only mode.
type readOnlyEntry struct {
	widget.Entry
	onEscape func() // Escape gives the keyboard back to the table
}

func newReadOnlyEntry() *readOnlyEntry {
	e := &readOnlyEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *readOnlyEntry) TypedRune(rune) {}

func (e *readOnlyEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		if e.onEscape != nil {
			e.onEscape()
		}
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		e.Entry.TypedKey(k)
	}
}

func (e *readOnlyEntry) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
		e.Entry.TypedShortcut(s)
	}
}

func (e *readOnlyEntry) TappedSecondary(*fyne.PointEvent) {}
