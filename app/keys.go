package app

import (
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
