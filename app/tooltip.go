package app

import (
	"image/color"
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

// tips shows the tip of one button at a time. A tip is drawn in a layer
// over the window's content that is neither focusable nor tappable, so
// the keys still reach the table and the pointer the widgets below:
// Fyne's pop-ups are overlays, which take the keyboard.
type tips struct {
	layer  *fyne.Container // over the content, without a layout
	box    *fyne.Container // the tip: a background and the text
	bg     *canvas.Rectangle
	text   *canvas.Text
	delay  time.Duration
	doOnUI func(func())

	timer   *time.Timer
	over    tipper // what the pointer is over
	shown   tipper // what the tip shows for
	stopped bool
}

// tipper is what can have a tip: a button that says what it does, a
// table cell whose text was cut to fit.
type tipper interface {
	fyne.CanvasObject
	tip() string
}

func newTips(doOnUI func(func())) *tips {
	t := &tips{delay: tooltipDelay, doOnUI: doOnUI,
		bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	t.bg.CornerRadius = 3
	t.bg.StrokeWidth = 1
	t.box = container.NewStack(t.bg, container.NewPadded(t.text))
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// hover notes that the pointer is over b (nil: over no button), and shows
// b's tip once it has rested there.
func (t *tips) hover(b tipper) {
	t.stopTimer()
	t.over = b
	if b != t.shown {
		t.hide()
	}
	if b == nil || t.stopped {
		return
	}
	t.timer = time.AfterFunc(t.delay, func() { t.doOnUI(func() { t.show(b) }) })
}

func (t *tips) stopTimer() {
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

// show shows b's tip below it, if the pointer is still over it: the
// timer may fire as the pointer leaves.
func (t *tips) show(b tipper) {
	if t.stopped || t.over != b || b.tip() == "" || !b.Visible() {
		return
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(b) == nil {
		return
	}
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	t.text.Text = b.tip()
	t.text.TextSize = theme.CaptionTextSize()
	t.text.Color = th.Color(theme.ColorNameForeground, v)
	t.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	t.bg.StrokeColor = th.Color(theme.ColorNameShadow, v)
	t.text.Refresh()
	size := t.box.MinSize()
	pos := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(t.layer)).Add(fyne.NewPos(0, b.Size().Height+2))
	// keep the tip inside the window
	if w := t.layer.Size().Width; w > 0 && pos.X+size.Width > w {
		pos.X = max(0, w-size.Width)
	}
	t.box.Move(pos)
	t.box.Resize(size)
	t.box.Show()
	t.box.Refresh()
	t.shown = b
}

func (t *tips) hide() {
	if t.shown != nil {
		t.box.Hide()
		t.shown = nil
	}
}

// stop hides the tip and shows none again: the window is closing.
func (t *tips) stop() {
	t.stopped = true
	t.stopTimer()
	t.hide()
}

// tipButton is a toolbar button that says what it does when the pointer
// rests on it: Fyne's own buttons have no tooltips.
type tipButton struct {
	widget.Button
	Tip  string
	tips *tips
}

func newTipButton(t *tips, label string, icon fyne.Resource, tip string, tapped func()) *tipButton {
	b := &tipButton{Tip: tip, tips: t}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

func (b *tipButton) tip() string { return b.Tip }

func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.tips.hover(b)
}

func (b *tipButton) MouseMoved(e *desktop.MouseEvent) { b.Button.MouseMoved(e) }

func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	if b.tips.over == tipper(b) {
		b.tips.hover(nil)
	}
}

func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.tips.stopTimer()
	b.tips.hide()
	b.Button.Tapped(e)
}

// stopTimer and showTip are what the pointer resting on b comes to.
func (b *tipButton) stopTimer() { b.tips.stopTimer() }

func (b *tipButton) showTip() { b.tips.show(b) }
