package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"facet/parse"
)

// The change and add dialogs check what was entered before they close:
// a problem is said in the dialog, which stays open with the input.
func TestFigureDialogsKeepTheInputWhenItIsWrong(t *testing.T) {
	tests := []struct {
		name   string
		open   func(t *testing.T, u *UI, doc *parse.Document)
		title  string
		button string
		spoil  func(u *UI) // makes the input wrong
		want   string      // what the dialog says then
		kept   func(u *UI) bool
		mend   func(u *UI)
		done   func(u *UI) bool
	}{
		{
			name: "add a figure, the value unreadable",
			open: func(t *testing.T, u *UI, doc *parse.Document) {
				at := strings.Index(doc.Text, "31.7%")
				u.showAddFigureDialog(doc, parse.Span{Start: at, End: at + 5}, "31.7%")
				u.addForm.concept.SetSelected("Gross margin")
			},
			title: "Add a figure the parser missed", button: "Add",
			spoil: func(u *UI) { u.addValue.SetText("31,7 %%") },
			want:  "is not a value Facet can read",
			kept:  func(u *UI) bool { return u.addValue.Text == "31,7 %%" && u.addForm.concept.Selected == "Gross margin" },
			mend:  func(u *UI) { u.addValue.SetText("31.7%") },
			done: func(u *UI) bool {
				f := u.model.Report().Fact(parse.Key{Entity: "Acme Cloud", Concept: "GrossMargin", Period: parse.Calendar{}.Quarter(2025, 2)})
				return f != nil && f.Value.String() == "0.317"
			},
		},
		{
			name: "change a figure, no concept",
			open: func(t *testing.T, u *UI, _ *parse.Document) {
				selectWhere(t, u, func(f *parse.Fact) bool { return f.Concept == "NetCashFromOperating" })
				shortcut(u, ctrl(fyne.KeyK))
				u.rekeyForm.segment.SetText("Cloud")
			},
			title: "Change what this figure is", button: "Change",
			spoil: func(u *UI) { u.rekeyForm.concept.ClearSelected() },
			want:  "Choose a concept",
			kept:  func(u *UI) bool { return u.rekeyForm.segment.Text == "Cloud" },
			mend:  func(u *UI) { u.rekeyForm.concept.SetSelected("Free cash flow") },
			done: func(u *UI) bool {
				f, _ := u.model.Selected()
				return f != nil && f.Concept == "FreeCashFlow" && f.Segment == "Cloud"
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, doc := fixtureReport(t)
			u := newTestUI(t, Config{})
			u.loaded(loadRequest{fresh: true}, rep, nil)
			tt.open(t, u, doc)
			tt.spoil(u)
			test.Tap(findButton(t, topOverlay(u), tt.button))
			shown := texts(topOverlay(u))
			if !strings.Contains(shown, tt.title) {
				t.Fatalf("the dialog closed on wrong input; on top: %q", shown)
			}
			if !strings.Contains(shown, tt.want) {
				t.Errorf("the dialog does not say %q:\n%s", tt.want, shown)
			}
			if !tt.kept(u) {
				t.Error("the input was not kept")
			}
			tt.mend(u)
			test.Tap(findButton(t, topOverlay(u), tt.button))
			if topOverlay(u) != nil {
				t.Errorf("the dialog stays open on good input: %q", texts(topOverlay(u)))
			}
			if !tt.done(u) {
				t.Error("the good input was not applied")
			}
		})
	}
}
