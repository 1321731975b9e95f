package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tooltipDelay is how long the pointer rests on a button before its tip
// shows.
const tooltipDelay = 600 * time.Millisecond

// tipButton is a toolbar button that says what it does when the pointer
// rests on it: Fyne's own buttons have no tooltips.
type tipButton struct {
	widget.Button
	Tip string

	timer *time.Timer
	popup *widget.PopUp
}

func newTipButton(label string, icon fyne.Resource, tip string, tapped func()) *tipButton {
	b := &tipButton{Tip: tip}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.stopTimer()
	b.timer = time.AfterFunc(tooltipDelay, func() { fyne.Do(b.showTip) })
}

func (b *tipButton) MouseMoved(e *desktop.MouseEvent) { b.Button.MouseMoved(e) }

func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.stopTimer()
	b.hideTip()
}

func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.stopTimer()
	b.hideTip()
	b.Button.Tapped(e)
}

func (b *tipButton) stopTimer() {
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
}

func (b *tipButton) showTip() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.Tip == "" || b.popup != nil {
		return
	}
	text := canvas.NewText(b.Tip, theme.Color(theme.ColorNameForeground))
	text.TextSize = theme.CaptionTextSize()
	b.popup = widget.NewPopUp(container.NewPadded(text), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height+2))
	// keep the tip inside the window
	if w := c.Size().Width; pos.X+b.popup.MinSize().Width > w {
		pos.X = max(0, w-b.popup.MinSize().Width)
	}
	b.popup.ShowAtPosition(pos)
}

func (b *tipButton) hideTip() {
	if b.popup != nil {
		b.popup.Hide()
		b.popup = nil
	}
}
