package app

// What a person does in the window: move through the figures, edit,
// confirm, reject, undo, filter and sort. Each sends the model one edit
// and lets sync show the result.

import (
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

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

// focusTable gives the keyboard to the facts table, or to the model view
// when that is shown.
func (u *UI) focusTable() {
	if c := u.win.Canvas(); c != nil {
		if u.modelShown() {
			c.Focus(u.grid)
			return
		}
		c.Focus(u.table)
	}
}

// modelShown reports whether the model view is the centre's tab.
func (u *UI) modelShown() bool { return u.centerTabs != nil && u.centerTabs.SelectedIndex() == 1 }

func (u *UI) confirmSelected() {
	f, vi := u.model.Selected()
	if f == nil {
		u.setHint("Select a figure to confirm it.", true)
		return
	}
	if f.Status == parse.Conflict && len(f.Alternatives()) > 0 {
		u.askWhichValue(f) // the value shown is only the best-supported one
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

// confirmAll asks before it confirms the sure figures in one step: many
// figures at once is not a person's look at each.
func (u *UI) confirmAll() {
	n := len(u.model.SureOnes())
	if n == 0 {
		u.setHint("No figure is both found with high confidence and free of findings, so nothing was confirmed.", false)
		return
	}
	d := dialog.NewConfirm(fmt.Sprintf("Confirm %s?", plural(n, "figure", "figures")),
		fmt.Sprintf("%s found with high confidence, and no check doubts %s.\nThey will be marked \"confirmed in bulk\" in the table, the review file and the workbook,\napart from the figures you confirm one by one. Ctrl+Z takes it back.",
			plural(n, "figure was", "figures were"), map[bool]string{true: "it", false: "them"}[n == 1]),
		func(ok bool) {
			if !ok {
				u.setHint("Nothing was confirmed.", false)
				return
			}
			done := u.model.ConfirmAllHighConfidence()
			u.setHint(fmt.Sprintf("Confirmed %s in bulk: found with high confidence and no findings. Ctrl+Z takes it back.", plural(done, "figure", "figures")), false)
		}, u.win)
	d.SetConfirmText("Confirm")
	d.SetDismissText("Cancel")
	u.confirmAllDlg = d
	u.showDialog(d)
}

func (u *UI) undo() {
	if e, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok && u.isTextEntry(e) {
		e.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	if u.editing != nil {
		// the first Ctrl+Z leaves the value being typed, as Escape does
		u.cancelEdit()
		u.setHint("Left the value you were typing; the figure is as it was. Ctrl+Z again undoes your last change.", false)
		return
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
	if u.editing != nil {
		if *u.editing == f.Key {
			u.win.Canvas().Focus(u.editor) // back to the value being typed
			return
		}
		// the value being typed in another row is kept first
		clicked := f.Key
		if !u.settleEdit() {
			return
		}
		u.model.SelectKey(clicked)
		if f, vi = u.model.Selected(); f == nil || vi < 0 {
			return
		}
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
	id := widget.TableCellID{Row: vi, Col: max(0, u.tableCol(ColValue))}
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

// commitEdit is Enter in the editor.
func (u *UI) commitEdit(string) {
	if u.editing == nil {
		return
	}
	_, vi := u.model.Selected()
	if u.settleEdit() {
		u.afterEdit(vi, false)
	}
}

// settleEdit keeps the value being typed, if any: it sets the figure to
// it when it is a value, and reports true. When it is not, the figure's
// row is selected again with the editor, the hint says why, and it
// reports false: what a person typed is never dropped without a word.
func (u *UI) settleEdit() bool {
	if u.editing == nil {
		return true
	}
	k := *u.editing
	text := u.editor.Text
	f := u.model.Report().Fact(k)
	if f == nil {
		u.cancelEdit()
		u.setHint(fmt.Sprintf("The figure whose value you were typing (“%s”) is gone, so the value was not kept.", text), true)
		return true
	}
	if strings.TrimSpace(text) == formatValue(f.Value, f.Decimals, f.ConceptInfo().Kind, u.model.DisplayScale()) {
		u.cancelEdit() // nothing changed
		return true
	}
	if err := u.model.SetValue(k, text); err != nil {
		if sel, _ := u.model.Selected(); sel == nil || sel.Key != k {
			u.model.SelectKey(k)
		}
		u.win.Canvas().Focus(u.editor)
		u.setHint(valueProblem(err), true)
		return false
	}
	u.editing = nil
	u.table.Refresh()
	if f := u.model.Report().Fact(k); f != nil {
		u.setHint(fmt.Sprintf("%s is now %s. The checks run again.", conceptLabel(f.Concept), u.model.valueOf(f.Value, f.Decimals, f.Key)), false)
	}
	return true
}

// dropEdit leaves the value being typed, saying so; it returns a
// sentence for a dialog, or "" when nothing was being typed.
func (u *UI) dropEdit() string {
	if u.editing == nil {
		return ""
	}
	text := u.editor.Text
	u.cancelEdit()
	return fmt.Sprintf("The value you were typing, “%s”, is not one Facet can read, so it was not kept.", text)
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
	switch {
	case errors.Is(err, ErrNoFact):
		return "Select a figure first."
	case errors.Is(err, errUnknownConcept):
		return "Facet does not know that concept: choose one from the list. Nothing was changed."
	case errors.Is(err, errNoConcept):
		return "Choose a concept. Nothing was changed."
	case errors.Is(err, errNoPeriod):
		return "Choose a period. Nothing was changed."
	case errors.Is(err, errNoSelection):
		return "Select the figure's text in the document first. Nothing was changed."
	case errors.Is(err, errNoAlternative):
		return "That value is no longer among the figure's sources. Nothing was changed."
	case errors.Is(err, errSameFigure):
		return "That is the figure the mention is in: choose another concept, segment or period for it. Nothing was changed."
	}
	log.Printf("facet: an edit was refused: %v", err)
	return "Facet could not make that change. Nothing was changed."
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
	u.layoutColumns() // the company's column when there are several
}
