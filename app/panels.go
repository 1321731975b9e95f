package app

import (
	"fmt"
	"sort"
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
	period  *tipButton // corrects the period the document reports
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
	it.period = newTipButton(u.tips, "", theme.CalendarIcon(), "The period this document reports: correct it when Facet read it wrong", func() {
		if it.doc != nil {
			u.showPeriodDialog(it.doc)
		}
	})
	it.ExtendBaseWidget(it)
	return it
}

func (it *docItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewVBox(it.period, it.remove),
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
	switch {
	case c.PeriodSet:
		about += " (period set by you)"
	case c.PeriodGuessed || len(c.Notes) > 0:
		about += " (period uncertain)"
	}
	if c.Company != "" {
		month, how := it.u.model.FiscalYearEndOf(c.Company)
		about += " · year ends " + month.String()[:3]
		if how != "read from the documents" {
			about += " (" + strings.SplitN(how, ":", 2)[0] + ")"
		}
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
		box.add(widget.NewLabelWithStyle("The sources disagree. Take one value, or set a mention apart below:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, a := range d.Alternatives {
			a := a
			label := "Take " + a.Value
			if a.Current {
				label = "Keep " + a.Value
			}
			b := widget.NewButton(label, func() { u.takeValue(d, a) })
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
			u.docView.showFact(d.Fact, mv.index)
		})
		show.Importance = widget.LowImportance
		buttons := container.NewHBox(show)
		if len(d.Alternatives) > 0 {
			// a mention that is another figure is set apart from this one
			own := widget.NewButtonWithIcon("Its own figure…", theme.ContentAddIcon(), func() { u.showDetachDialog(d.Fact, mv.Mention) })
			aside := widget.NewButtonWithIcon("Set aside", theme.ContentRemoveIcon(), func() { u.detach(d.Fact, mv.Mention, nil) })
			own.Importance, aside.Importance = widget.LowImportance, widget.LowImportance
			buttons.Add(own)
			buttons.Add(aside)
		}
		box.add(container.NewBorder(nil, nil, nil, buttons, widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
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
	switch {
	case len(u.model.Report().Facts) == 0:
		objs = append(objs, wrapped("No documents are open. Open some with File ▸ Open (Ctrl+O), or drop files on the window: transcripts, reports and press releases as .txt, .md, .html, tagged filings or .pdf."))
	case len(open) == 0:
		objs = append(objs, wrapped("Every check passes."))
	default:
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
	word := canvas.NewText(checkHeading(fv), u.th.Color(colorConfirmed, fyne.CurrentApp().Settings().ThemeVariant()))
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

// documentView shows a document's text. It reads as rich text, the figure
// in bold and underlined in the accent colour and the other mentions of
// the same figure in bold, its sentence at the top; Earlier and Later step
// from one mention of the figure to the next (or page through a document
// shown without a figure). "Select text" turns it into a read-only entry
// in which a person selects a figure the parser missed.
type documentView struct {
	u       *UI
	content fyne.CanvasObject
	pick    *escSelect
	reading *widget.RichText
	scroll  *container.Scroll
	text    *readOnlyEntry // the passage, selectable, while selecting
	note    *widget.Label
	doc     *parse.Document
	base    int // byte offset of the shown text in doc.Text
	end     int // and its end
	earlier *widget.Button
	later   *widget.Button
	selectB *widget.Button
	// fig is the figure shown, marks the other mentions of the same
	// figure in the document; mentions are the figure's sources, which
	// Earlier and Later step through, at the one shown
	fig       parse.Span
	marks     []parse.Span
	mentions  []parse.Mention
	at        int
	selecting bool
	from      int // where the passage of the figure about to be shown starts: its sentence; -1 none
}

func newDocumentView(u *UI) *documentView {
	v := &documentView{u: u, text: newReadOnlyEntry(), note: widget.NewLabel(""), reading: widget.NewRichText(), fig: parse.Span{Start: -1, End: -1}, from: -1}
	v.text.onEscape = u.focusTable
	v.reading.Wrapping = fyne.TextWrapWord
	v.scroll = container.NewVScroll(v.reading)
	v.pick = newEscSelect(nil, func(name string) {
		for _, d := range u.model.Report().Documents {
			if d.Name == name && d != v.doc {
				v.mentions = nil
				v.show(d, -1, -1)
			}
		}
	}, u.focusTable)
	v.pick.PlaceHolder = "Choose a document"
	add := widget.NewButtonWithIcon("Add figure from selection…", theme.ContentAddIcon(), v.addFromSelection)
	v.selectB = widget.NewButtonWithIcon("Select text", theme.ContentCutIcon(), func() { v.setSelecting(!v.selecting) })
	v.earlier = widget.NewButtonWithIcon("Earlier", theme.NavigateBackIcon(), func() { v.step(-1) })
	v.later = widget.NewButtonWithIcon("Later", theme.NavigateNextIcon(), func() { v.step(+1) })
	v.earlier.Disable()
	v.later.Disable()
	v.note.Truncation = fyne.TextTruncateEllipsis
	v.text.Hide()
	v.content = container.NewBorder(container.NewBorder(nil, nil, container.NewHBox(v.pick, v.earlier, v.later), container.NewHBox(v.selectB, add), v.note),
		nil, nil, nil, container.NewStack(v.scroll, v.text))
	v.setNote("")
	return v
}

func (v *documentView) setNote(s string) {
	if s == "" {
		s = "Select text to add a figure the parser missed."
	}
	v.note.SetText(s)
}

// shown is the passage shown.
func (v *documentView) shown() string {
	if v.doc == nil {
		return ""
	}
	return v.doc.Text[v.base:v.end]
}

// highlighted is the text of the figure shown, "" when none is.
func (v *documentView) highlighted() string {
	if v.doc == nil || v.fig.Start < v.base || v.fig.End > v.end {
		return ""
	}
	return v.doc.Text[v.fig.Start:v.fig.End]
}

// showFact shows mention i of f's sources, the others of the same
// document marked; Earlier and Later step through them.
func (v *documentView) showFact(f *parse.Fact, i int) {
	if f == nil || i < 0 || i >= len(f.Sources) {
		return
	}
	v.mentions, v.at = f.Sources, i
	m := f.Sources[i]
	v.marks = v.marks[:0]
	for j, o := range f.Sources {
		if j != i && o.Doc == m.Doc {
			v.marks = append(v.marks, o.Span)
		}
	}
	v.from = m.Sentence.Start // the figure's whole sentence in view
	if m.Sentence.End <= m.Sentence.Start || v.from > m.Span.Start {
		v.from = m.Span.Start
	}
	v.show(m.Doc, m.Span.Start, m.Span.End)
	v.from = -1
	where := fmt.Sprintf("%s, %s", m.Doc.Name, m.Doc.Where(m.Span.Start))
	if len(f.Sources) > 1 {
		where = fmt.Sprintf("Mention %d of %d: %s", i+1, len(f.Sources), where)
	}
	v.setNote(where + ": “" + collapse(m.Doc.Text[m.Span.Start:m.Span.End]) + "” is underlined" + map[bool]string{true: "; the figure's other mentions here are in bold.", false: "."}[len(v.marks) > 0])
}

// step goes to the previous or next mention of the figure, or pages
// through a document shown without one.
func (v *documentView) step(dir int) {
	if len(v.mentions) > 1 {
		i := v.at + dir
		if i >= 0 && i < len(v.mentions) {
			f := &parse.Fact{Sources: v.mentions}
			v.showFact(f, i)
		}
		return
	}
	if dir < 0 {
		v.showPassage(v.base - passage/2)
	} else {
		v.showPassage(v.end)
	}
}

// show shows doc, with the figure [start, end) highlighted when start ≥
// 0: the passage from the figure's sentence, or the document's first
// passage.
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
	if start < 0 { // a document, not a figure: nothing to step between
		v.mentions, v.marks = nil, nil
	}
	v.fig = parse.Span{Start: start, End: end}
	if v.doc != doc || start >= 0 && (start < v.base || end > v.end || start-v.base > passage/3) || start < 0 && v.base > 0 {
		v.doc = doc
		v.pick.SetSelected(doc.Name)
		from := start
		if v.from >= 0 && v.from <= start {
			from = v.from
		}
		v.showPassage(max(0, from)) // from the figure's sentence: it is in view
	} else {
		v.render()
	}
	if start >= 0 && v.highlighted() != "" {
		v.setNote(fmt.Sprintf("%s, %s: “%s” is underlined.", doc.Name, doc.Where(start), collapse(doc.Text[start:end])))
	} else {
		v.setNote("")
	}
	v.updateSteps()
}

// updateSteps enables Earlier and Later: between the figure's mentions,
// or between passages.
func (v *documentView) updateSteps() {
	if len(v.mentions) > 1 {
		setEnabled(v.earlier, v.at > 0)
		setEnabled(v.later, v.at < len(v.mentions)-1)
		return
	}
	setEnabled(v.earlier, v.base > 0)
	setEnabled(v.later, v.doc != nil && v.end < len(v.doc.Text))
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
	v.base, v.end = lo, hi
	v.render()
	v.scroll.ScrollToTop()
	v.updateSteps()
	v.setNote("")
}

// render lays out the passage as rich text: the figure bold, underlined
// and in the accent colour, the figure's other mentions bold in it; and,
// while selecting, puts the passage in the entry with the figure selected.
func (v *documentView) render() {
	t := v.doc.Text
	type run struct {
		span parse.Span
		fig  bool
	}
	var runs []run
	if v.fig.Start >= v.base && v.fig.End <= v.end && v.fig.Start < v.fig.End {
		runs = append(runs, run{v.fig, true})
	}
	for _, m := range v.marks {
		if m.Start >= v.base && m.End <= v.end && (m.End <= v.fig.Start || m.Start >= v.fig.End) {
			runs = append(runs, run{m, false})
		}
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].span.Start < runs[j].span.Start })
	var segs []widget.RichTextSegment
	at := v.base
	plain := func(to int) {
		if to > at {
			segs = append(segs, &widget.TextSegment{Text: t[at:to], Style: widget.RichTextStyleInline})
		}
	}
	for _, r := range runs {
		if r.span.Start < at {
			continue // overlapping mentions: the first wins
		}
		plain(r.span.Start)
		style := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
		if r.fig {
			style.TextStyle.Underline = true
		}
		segs = append(segs, &widget.TextSegment{Text: t[r.span.Start:r.span.End], Style: style})
		at = r.span.End
	}
	plain(v.end)
	v.reading.Segments = segs
	v.reading.Refresh()
	if v.selecting {
		v.fillEntry()
	}
}

// setSelecting turns selecting text on or off.
func (v *documentView) setSelecting(on bool) {
	v.selecting = on
	if on {
		v.scroll.Hide()
		v.text.Show()
		v.selectB.SetText("Done selecting")
		if v.doc != nil {
			v.fillEntry()
		}
		v.setNote("Drag over the figure's text (or Shift and the arrows), then Add figure from selection.")
		return
	}
	v.text.Hide()
	v.scroll.Show()
	v.selectB.SetText("Select text")
	v.setNote("")
}

// fillEntry puts the passage in the entry, with the figure selected.
func (v *documentView) fillEntry() {
	v.text.SetText(v.shown())
	if f := v.highlighted(); f != "" {
		v.selectRunes(utf8.RuneCountInString(v.doc.Text[v.base:v.fig.Start]), utf8.RuneCountInString(f))
	}
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
	if v.doc == nil || sel == "" || !v.selecting {
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
		if !v.selecting {
			v.setSelecting(true)
		}
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

// checkNames say what each check compares, in a person's words.
var checkNames = map[string]string{
	"sum":      "Parts and their total",
	"margin":   "Margin against profit over revenue",
	"growth":   "Growth rate against the two figures",
	"gross":    "Revenue less cost against gross profit",
	"conflict": "Sources against each other",
	"reading":  "How the figure was written",
}

// checkHeading heads a check's result: "Parts and their total: agree".
func checkHeading(fv FindingView) string {
	name := checkNames[fv.Kind]
	if name == "" {
		name = fv.Kind
	}
	verdict := map[string]string{"passes": "agree", "fails": "do not agree", "decided the value": "settled the value"}[fv.Status]
	if fv.Kind == "reading" {
		verdict = map[string]string{"passes": "nothing odd", "fails": "looks odd", "decided the value": "corrected"}[fv.Status]
	}
	if verdict == "" {
		verdict = fv.Status
	}
	return name + ": " + verdict
}
