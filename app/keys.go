package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The keyboard comes back to the table after any choice in a filter, and
// on Escape from any part of the window: these widgets give Escape (and a
// finished choice) back instead of keeping the keyboard.

// escSelect is a drop-down whose Escape hands the keyboard back.
type escSelect struct {
	widget.Select
	onEscape func()
}

func newEscSelect(options []string, changed func(string), onEscape func()) *escSelect {
	s := &escSelect{onEscape: onEscape}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *escSelect) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && s.onEscape != nil {
		s.onEscape()
		return
	}
	s.Select.TypedKey(k)
}

// escEntry is a one-line entry whose Escape hands the keyboard back,
// keeping what was typed.
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry(onEscape func()) *escEntry {
	e := &escEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// typeAhead is a picker that narrows its list to what has been typed:
// "cash" offers "Net cash from operating activities", "Free cash flow"…
// A choice is an option whose name is typed in full, or the only one
// left.
type typeAhead struct {
	widget.SelectEntry
	Options []string // every option, in order
	// Selected is the option chosen, "" while what is typed names none
	Selected string
	// OnPicked is called whenever the choice may have changed.
	OnPicked func(string)
	// Matches says, under the picker, what the words typed match.
	Matches *widget.Label
	// onEscape closes the dialog the picker is in: Escape in a field
	// leaves the dialog as it does anywhere else
	onEscape func()
}

func (p *typeAhead) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && p.onEscape != nil {
		p.onEscape()
		return
	}
	p.SelectEntry.TypedKey(k)
}

func newTypeAhead(options []string) *typeAhead {
	p := &typeAhead{Options: options, Matches: widget.NewLabel("")}
	p.Matches.Wrapping = fyne.TextWrapWord
	p.Matches.Importance = widget.LowImportance
	p.ExtendBaseWidget(p)
	p.SetOptions(options)
	p.OnChanged = p.narrow
	return p
}

// narrow shows the options that hold every word typed, and picks one
// named in full or left alone.
func (p *typeAhead) narrow(typed string) {
	words := strings.Fields(strings.ToLower(typed))
	var left []string
	exact := ""
	for _, o := range p.Options {
		low := strings.ToLower(o)
		if low == strings.ToLower(strings.TrimSpace(typed)) {
			exact = o
		}
		all := true
		for _, w := range words {
			if !strings.Contains(low, w) {
				all = false
				break
			}
		}
		if all {
			left = append(left, o)
		}
	}
	p.SetOptions(left)
	switch {
	case len(words) == 0 || exact != "":
		p.Matches.SetText("")
	case len(left) == 0:
		p.Matches.SetText("Nothing matches; the arrow lists every choice once the text is cleared.")
	case len(left) <= 4:
		p.Matches.SetText("Matches: " + strings.Join(left, " · "))
	default:
		p.Matches.SetText(fmt.Sprintf("%d match: %s · … (the arrow lists them)", len(left), strings.Join(left[:3], " · ")))
	}
	switch {
	case exact != "":
		p.Selected = exact
	case len(left) == 1:
		p.Selected = left[0]
	default:
		p.Selected = ""
	}
	if p.OnPicked != nil {
		p.OnPicked(p.Selected)
	}
}

// SetSelected chooses an option, as typing its name does.
func (p *typeAhead) SetSelected(option string) { p.SetText(option) }

// ClearSelected empties the picker.
func (p *typeAhead) ClearSelected() { p.SetText("") }

// SelectedIndex is the option chosen's place among Options, or -1.
func (p *typeAhead) SelectedIndex() int {
	for i, o := range p.Options {
		if o == p.Selected && o != "" {
			return i
		}
	}
	return -1
}
