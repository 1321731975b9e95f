package app

import (
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// After Close nothing runs on its own: the save, details and tooltip
// timers are stopped, and one that fires as the window closes sends
// nothing, so none of them sends work to the UI goroutine once Close has
// returned. (A slow machine may let a timer fire before Close: that is
// allowed, and not counted.)
func TestNothingRunsAfterClose(t *testing.T) {
	for _, delay := range []time.Duration{0, time.Millisecond, 100 * time.Millisecond} {
		u := startedUI(t, Config{}) // no timer is under way yet
		var closed atomic.Bool
		var sent atomic.Int32
		u.doOnUI = func(func()) { // recorded, never run
			if closed.Load() {
				sent.Add(1)
			}
		}
		u.cfg.DetailsDelay = delay + time.Nanosecond // 0 would mean the default
		u.saver.delay = delay + time.Nanosecond
		u.tips.delay = delay + time.Nanosecond
		press(u, fyne.KeySpace) // a save scheduled
		press(u, fyne.KeyDown)  // the panels scheduled
		u.undoBtn.MouseIn(&desktop.MouseEvent{})
		if err := u.Close(); err != nil {
			t.Fatal(err)
		}
		closed.Store(true)
		time.Sleep(delay + 150*time.Millisecond)
		if n := sent.Load(); n != 0 {
			t.Errorf("timers of %v: %d sent work to the UI goroutine after Close", delay, n)
		}
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
