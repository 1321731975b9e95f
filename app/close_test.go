package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"facet/parse"
)

// unwritableDir is a reviews folder that cannot be made: a file is in
// the way.
func unwritableDir(t *testing.T) string {
	t.Helper()
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(blocker, "reviews")
}

// closingUI opens the samples, then runs the window as the real driver
// does (fyne.Do queued) and notes when the window closes.
func closingUI(t *testing.T, cfg Config) (*UI, *uiQueue, *bool) {
	t.Helper()
	u := startedUI(t, cfg)
	q := queueUI(u)
	closed := new(bool)
	u.win.SetOnClosed(func() { *closed = true })
	return u, q, closed
}

func TestClosingWhenTheReviewCannotBeSavedAsks(t *testing.T) {
	tests := []struct {
		name       string
		earlier    bool   // the timer's save failed before the window is closed
		choose     string // the button pressed in the dialog
		wantClosed bool
		wantSaved  bool // the correction is in the file chosen
	}{
		{"pending save fails, cancel", false, "Cancel", false, false},
		{"pending save fails, close without saving", false, "Close without saving", true, false},
		{"pending save fails, save as", false, "Save review as", true, true},
		{"earlier save failed, cancel", true, "Cancel", false, false},
		{"earlier save failed, save as", true, "Save review as", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, q, closed := closingUI(t, Config{ReviewDir: unwritableDir(t)})
			press(u, fyne.KeySpace)
			if tt.earlier {
				if r, ok := u.saver.write(); ok { // what the timer does; its news is queued
					u.saver.done(r)
				}
				q.drain()
				if topOverlay(u) == nil {
					t.Fatal("no dialog about the failed save")
				}
				u.dialog.Hide()
			}
			dest := filepath.Join(t.TempDir(), "safe")
			u.askSavePath = func(_ string, then func(string)) { then(dest) }
			u.requestClose()
			q.drain()
			if *closed {
				t.Fatal("the window closed though the correction could not be saved")
			}
			shown := texts(topOverlay(u))
			for _, want := range []string{"could not write the review", "Save review as", "Close without saving", "Cancel"} {
				if !strings.Contains(shown, want) {
					t.Errorf("the dialog lacks %q:\n%s", want, shown)
				}
			}
			test.Tap(findButton(t, topOverlay(u), tt.choose))
			q.settle(t, u)
			if *closed != tt.wantClosed {
				t.Errorf("closed = %v, want %v", *closed, tt.wantClosed)
			}
			rv, err := parse.LoadReview(dest + ReviewExt)
			if saved := err == nil && len(rv.Corrections) == 1; saved != tt.wantSaved {
				t.Errorf("saved as %s: %v (%v), want %v", dest, saved, err, tt.wantSaved)
			}
			if !tt.wantClosed && len(u.model.Corrections()) != 1 {
				t.Error("the correction was lost")
			}
		})
	}
}

func TestClosingSavesWhatIsPending(t *testing.T) {
	dir := t.TempDir()
	u, q, closed := closingUI(t, Config{ReviewDir: dir})
	press(u, fyne.KeySpace)
	u.requestClose()
	q.settle(t, u)
	if !*closed || topOverlay(u) != nil {
		t.Fatalf("closed %v, dialog %q", *closed, texts(topOverlay(u)))
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*"+ReviewExt))
	if len(m) != 1 {
		t.Fatalf("reviews: %v", m)
	}
	if rv, err := parse.LoadReview(m[0]); err != nil || len(rv.Corrections) != 1 {
		t.Errorf("the review holds %v (%v)", rv, err)
	}
}

func TestQuitGoesThroughTheSamePath(t *testing.T) {
	u, q, closed := closingUI(t, Config{ReviewDir: unwritableDir(t)})
	quit := menuItem(t, u, "Quit")
	if !quit.IsQuit || quit.Shortcut == nil || quit.Shortcut.ShortcutName() != "CustomDesktop:Control+Q" {
		t.Errorf("Quit item: IsQuit %v, shortcut %v", quit.IsQuit, quit.Shortcut)
	}
	press(u, fyne.KeySpace)
	quit.Action()
	q.drain()
	if *closed || !strings.Contains(texts(topOverlay(u)), "Close without saving") {
		t.Fatalf("File > Quit: closed %v, dialog %q", *closed, texts(topOverlay(u)))
	}
	u.dialog.Hide()
	shortcut(u, ctrl(fyne.KeyQ))
	q.drain()
	if *closed || topOverlay(u) == nil {
		t.Error("Ctrl+Q closed the window without asking")
	}
}

// Saving the person asks for is reported when it is done, not when the
// driver gets round to the news: a failed save never says "saved".
func TestAFailedSaveIsNeverCalledSaved(t *testing.T) {
	tests := []struct {
		name string
		save func(u *UI)
	}{
		{"Ctrl+S", func(u *UI) { shortcut(u, ctrl(fyne.KeyS)) }},
		{"Save review as", func(u *UI) {
			u.askSavePath = func(_ string, then func(string)) { then(filepath.Join(unwritableDir(t), "mine")) }
			menuItem(t, u, "Save review as").Action()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := unwritableDir(t)
			u, q, _ := closingUI(t, Config{ReviewDir: dir})
			if tt.name != "Ctrl+S" {
				u.cfg.ReviewDir = t.TempDir() // only the place chosen fails
			}
			press(u, fyne.KeySpace)
			before := u.RecentReviews()
			tt.save(u)
			if strings.Contains(u.hint.Text, "saved in") {
				t.Errorf("hint %q after a failed save", u.hint.Text)
			}
			if shown := texts(topOverlay(u)); !strings.Contains(shown, "not saved") || !strings.Contains(shown, "could not write") {
				t.Errorf("no dialog says the review was not saved: %q", shown)
			}
			if got := u.RecentReviews(); len(got) != len(before) {
				t.Errorf("a review that was not saved is among the recent ones: %v", got)
			}
			q.settle(t, u)
			if !strings.Contains(u.saveState.Text, "NOT saved") && !strings.HasPrefix(u.win.Title(), "*") {
				t.Errorf("status %q, title %q", u.saveState.Text, u.win.Title())
			}
		})
	}
}

// Leaving a review (opening other documents) saves it on the UI
// goroutine; when that fails, the person may keep the corrections
// elsewhere.
func TestLeavingAReviewThatCannotBeSavedOffersToKeepIt(t *testing.T) {
	u, q, _ := closingUI(t, Config{ReviewDir: unwritableDir(t)})
	press(u, fyne.KeySpace)
	doc := filepath.Join(t.TempDir(), "acme.txt")
	os.WriteFile(doc, []byte(fixtureText), 0o644)
	u.OpenFiles([]string{doc})
	q.settle(t, u)
	if len(u.model.Report().Documents) != 1 {
		t.Fatalf("%d documents open", len(u.model.Report().Documents))
	}
	shown := texts(topOverlay(u))
	if !strings.Contains(shown, "samples review") || !strings.Contains(shown, "Save them as") {
		t.Fatalf("no offer to keep the samples' corrections: %q", shown)
	}
	dest := filepath.Join(t.TempDir(), "kept")
	u.askSavePath = func(_ string, then func(string)) { then(dest) }
	test.Tap(findButton(t, topOverlay(u), "Save them as"))
	rv, err := parse.LoadReview(dest + ReviewExt)
	if err != nil || len(rv.Corrections) != 1 || len(rv.Documents) != 5 {
		t.Fatalf("kept review: %v %v", rv, err)
	}
}

// When the window goes without asking (the program is told to stop) and
// the review cannot be saved, a copy is kept and its place said.
func TestClosingWithoutAskingKeepsACopy(t *testing.T) {
	u := startedUI(t, Config{ReviewDir: unwritableDir(t)})
	press(u, fyne.KeySpace)
	err := u.Close()
	if err == nil {
		t.Fatal("Close says nothing of the review it could not save")
	}
	copies, _ := filepath.Glob(filepath.Join(u.rescueDir, "facet-unsaved-*"+ReviewExt))
	if len(copies) != 1 || !strings.Contains(err.Error(), copies[0]) {
		t.Fatalf("copies %v; Close says %q", copies, err)
	}
	if rv, lerr := parse.LoadReview(copies[0]); lerr != nil || len(rv.Corrections) != 1 {
		t.Errorf("the copy holds %v (%v)", rv, lerr)
	}
}
