package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
)

// shownTip reports whether the window shows tip anywhere: over the
// content or among the overlays.
func shownTip(u *UI, tip string) bool {
	found := false
	look := func(o fyne.CanvasObject) {
		walk(o, func(x fyne.CanvasObject) {
			if t, ok := x.(*canvas.Text); ok && t.Text == tip {
				found = true
			}
		})
	}
	look(u.win.Content())
	for _, o := range u.win.Canvas().Overlays().List() {
		look(o)
	}
	return found
}

// typeKey sends a key the way the window does when no widget takes it.
func typeKey(u *UI, k fyne.KeyName) {
	u.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

func TestATipLeavesTheKeyboardToTheTable(t *testing.T) {
	u := startedUI(t, Config{})
	b := u.undoBtn
	b.MouseIn(&desktop.MouseEvent{})
	b.stopTimer()
	b.showTip() // what the timer does
	if !shownTip(u, b.Tip) {
		t.Fatal("no tip on the undo button")
	}
	_, before := u.model.Selected()
	typeKey(u, fyne.KeyDown)
	if _, vi := u.model.Selected(); vi != before+1 {
		t.Errorf("Down while a tip shows: row %d, want %d", vi, before+1)
	}
	if u.win.Canvas().Focused() != u.table {
		t.Fatalf("the tip took the keyboard: %T has it", u.win.Canvas().Focused())
	}
	press(u, fyne.KeyDown) // the focused table, as the driver sends it
	if _, vi := u.model.Selected(); vi != before+2 {
		t.Errorf("Down to the focused table: row %d, want %d", vi, before+2)
	}
	b.MouseOut()
	if shownTip(u, b.Tip) {
		t.Error("the tip stays after the pointer leaves")
	}
}

func TestATipComingLateDoesNotShow(t *testing.T) {
	u := startedUI(t, Config{})
	b := u.undoBtn
	b.MouseIn(&desktop.MouseEvent{})
	b.MouseOut()
	b.showTip() // the timer fired as the pointer left
	if shownTip(u, b.Tip) {
		t.Error("a tip shows though the pointer left the button")
	}
}
