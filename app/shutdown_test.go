package app

import (
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// After Close nothing runs on its own: the save, details and tooltip
// timers are stopped, so none of them sends work to the UI goroutine.
func TestNothingRunsAfterClose(t *testing.T) {
	u := startedUI(t, Config{}) // no timer is under way yet
	var sent atomic.Int32
	u.doOnUI = func(func()) { sent.Add(1) } // recorded, never run
	u.cfg.DetailsDelay = 20 * time.Millisecond
	u.saver.delay = 20 * time.Millisecond
	u.tips.delay = 20 * time.Millisecond
	press(u, fyne.KeySpace) // a save scheduled
	press(u, fyne.KeyDown)  // the panels scheduled
	u.undoBtn.MouseIn(&desktop.MouseEvent{})
	sent.Store(0)
	if err := u.Close(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	if n := sent.Load(); n != 0 {
		t.Errorf("%d timers sent work to the UI goroutine after Close", n)
	}
}

// Moving through the table leaves the menu bar alone: it is redrawn only
// when one of its labels changes.
func TestArrowKeysLeaveTheMenuAlone(t *testing.T) {
	u := startedUI(t, Config{})
	n := 0
	u.refreshMenu = func() { n++ }
	for range 5 {
		press(u, fyne.KeyDown)
	}
	if n != 0 {
		t.Errorf("five arrow keys redrew the menu %d times", n)
	}
	press(u, fyne.KeySpace)
	if n != 1 || menuItem(t, u, "Undo").Label != "Undo confirm" {
		t.Errorf("a confirmation redrew the menu %d times (want 1), Undo reads %q", n, menuItem(t, u, "Undo").Label)
	}
}
