package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

// editing starts editing the value of the first monetary figure found
// and types text over it; it returns the figure's key.
func editing(t *testing.T, u *UI, text string) parse.Key {
	t.Helper()
	f := selectWhere(t, u, func(f *parse.Fact) bool { return f.ConceptInfo().Kind == parse.Monetary && f.Status == parse.Found })
	press(u, fyne.KeyReturn)
	if u.editing == nil {
		t.Fatal("Enter did not start editing")
	}
	test.Type(u.editor, text) // over the value, which is selected
	return f.Key
}

// A value being typed is kept when the person clicks another row and
// presses Enter there: committed when it is a value, else the editor
// stays where it was, saying why.
func TestClickingAnotherRowKeepsTheValueBeingTyped(t *testing.T) {
	tests := []struct {
		name, text string
		committed  bool
	}{
		{"a value", "1,111.1", true},
		{"not a value", "1,11", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := startedUI(t, Config{})
			k := editing(t, u, tt.text)
			_, vi := u.model.Selected()
			other := (vi + 3) % u.model.Rows()
			otherKey := u.model.Row(other).Fact.Key
			u.table.Select(widget.TableCellID{Row: other, Col: int(ColConcept)}) // a click
			u.win.Canvas().Focus(u.table)
			press(u, fyne.KeyReturn)
			got := u.model.Report().Fact(k)
			if tt.committed {
				if got.Status != parse.Corrected || got.Value.String() != "1111100000" {
					t.Errorf("the value typed was not kept: %s %s", got.Value, got.Status)
				}
				if u.editing == nil || *u.editing != otherKey {
					t.Error("Enter on the row clicked does not edit it")
				}
				return
			}
			if len(u.model.Corrections()) != 0 {
				t.Error("text that is no value changed a figure")
			}
			if u.editing == nil || *u.editing != k || u.editor.Text != tt.text {
				t.Errorf("the editor did not stay with %q: editing %v, text %q", tt.text, u.editing, u.editor.Text)
			}
			if f, _ := u.model.Selected(); f.Key != k {
				t.Error("the row being edited is not selected")
			}
			if !strings.Contains(u.hint.Text, "not a value") {
				t.Errorf("hint %q", u.hint.Text)
			}
		})
	}
}

// A load finishing while a value is being typed keeps it.
func TestALoadFinishingKeepsTheValueBeingTyped(t *testing.T) {
	own := func(t *testing.T) string {
		p := filepath.Join(t.TempDir(), "acme.txt")
		os.WriteFile(p, []byte(fixtureText), 0o644)
		return p
	}
	tests := []struct {
		name  string
		first bool // the person's own documents are open, so more join them
		text  string
		check func(t *testing.T, u *UI, k parse.Key, leftReview string)
	}{
		{"a value, the samples left", false, "1,111.1", func(t *testing.T, u *UI, k parse.Key, left string) {
			rv, err := parse.LoadReview(left)
			if err != nil || len(rv.Corrections) != 1 || rv.Corrections[0].Value != "1111100000" {
				t.Errorf("the review left holds %v (%v)", rv, err)
			}
		}},
		{"not a value, the samples left", false, "1,11", func(t *testing.T, u *UI, k parse.Key, _ string) {
			if shown := texts(topOverlay(u)); !strings.Contains(shown, "“1,11”") || !strings.Contains(shown, "not kept") {
				t.Errorf("nothing says the value typed was not kept: %q", shown)
			}
		}},
		{"a value, documents added", true, "1,111.1", func(t *testing.T, u *UI, k parse.Key, _ string) {
			if f := u.model.Report().Fact(k); f == nil || f.Value.String() != "1111100000" {
				t.Errorf("the value typed was not kept: %v", f)
			}
		}},
		{"not a value, documents added", true, "1,11", func(t *testing.T, u *UI, k parse.Key, _ string) {
			if u.editing == nil || *u.editing != k || u.editor.Text != "1,11" {
				t.Errorf("the editor did not stay: editing %v, text %q", u.editing, u.editor.Text)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := startedUI(t, Config{})
			if tt.first {
				u.OpenFiles([]string{own(t)})
				u.Wait()
			}
			left := u.reviewPath
			k := editing(t, u, tt.text)
			u.OpenFiles([]string{own(t)})
			u.Wait()
			tt.check(t, u, k, left)
		})
	}
}

// Closing the window while a value is being typed keeps it, or asks.
func TestClosingKeepsTheValueBeingTyped(t *testing.T) {
	u, q, closed := closingUI(t, Config{})
	editing(t, u, "1,111.1")
	u.requestClose()
	q.settle(t, u)
	if !*closed {
		t.Fatalf("not closed: %q", texts(topOverlay(u)))
	}
	rv, err := parse.LoadReview(u.reviewPath)
	if err != nil || len(rv.Corrections) != 1 || rv.Corrections[0].Value != "1111100000" {
		t.Errorf("the review holds %v (%v)", rv, err)
	}

	u, q, closed = closingUI(t, Config{})
	editing(t, u, "1,11")
	u.requestClose()
	q.drain()
	if *closed {
		t.Fatal("the window closed, dropping the value being typed")
	}
	shown := texts(topOverlay(u))
	if !strings.Contains(shown, "“1,11”") || !strings.Contains(shown, "Keep editing") || !strings.Contains(shown, "Close without it") {
		t.Fatalf("dialog %q", shown)
	}
	test.Tap(findButton(t, topOverlay(u), "Keep editing"))
	if *closed || u.editing == nil || u.editor.Text != "1,11" {
		t.Errorf("Keep editing: closed %v, editing %v, text %q", *closed, u.editing, u.editor.Text)
	}
	u.requestClose()
	test.Tap(findButton(t, topOverlay(u), "Close without it"))
	q.settle(t, u)
	if !*closed {
		t.Error("Close without it did not close")
	}
}
