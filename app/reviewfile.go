package app

// The review file: saved on its own as corrections are made, opened,
// saved under a name, remembered among the recent ones; and the window
// title and status that say whether it is saved.

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"facet/parse"
)

// reviewTitle names the review open: the file's name, or, for a review
// saved on its own, its documents' ("samples review").
func (u *UI) reviewTitle() string {
	switch {
	case u.reviewNamed:
		return reviewName(u.reviewPath)
	case u.reviewPath != "":
		return autoReviewTitle(u.reviewPath)
	}
	return "no documents"
}

func (u *UI) updateTitle() {
	name := u.reviewTitle()
	mark := ""
	if u.unsaved() {
		mark = "*"
	}
	if title := fmt.Sprintf("%s%s — Facet", mark, name); title != u.win.Title() {
		u.win.SetTitle(title)
	}
	text, importance := "no corrections yet", widget.MediumImportance
	switch {
	case u.saveErr != nil:
		text, importance = "review NOT saved: "+saveProblem(u.saveErr), widget.DangerImportance
	case u.unsaved():
		text = "saving review…"
	case !u.savedAt.IsZero():
		text = "review saved " + u.savedAt.Local().Format("15:04:05")
	}
	if text != u.saveState.Text || importance != u.saveState.Importance {
		u.saveState.Text, u.saveState.Importance = text, importance
		u.saveState.Refresh()
	}
}

// autoReviewTitle names a review saved on its own without its hash:
// "samples-1a2b3c4d5e6f.facet.json" is "samples review".
func autoReviewTitle(path string) string {
	n := reviewName(path)
	if i := strings.LastIndexByte(n, '-'); i > 0 {
		n = n[:i]
	}
	return n + " review"
}

func saveProblem(err error) string {
	var re *parse.ReviewError
	if errors.As(err, &re) && errors.Unwrap(re) != nil {
		if errors.Is(re, os.ErrPermission) {
			return "no permission to write " + re.Path + "; use File > Save review as"
		}
		return "could not write " + re.Path + "; use File > Save review as"
	}
	return "could not write the review; use File > Save review as"
}

func (u *UI) unsaved() bool {
	return u.wantsSaving() && u.savedGen != u.model.Generation()
}

// wantsSaving: a review is written once there is something in it, and
// from then on after every change (an undo back to nothing included).
func (u *UI) wantsSaving() bool {
	return u.reviewPath != "" && (u.reviewOnDisk || len(u.model.Corrections()) > 0 || len(u.model.fyes) > 0 || len(u.model.periods) > 0)
}

func (u *UI) scheduleSave() {
	gen := u.model.Generation()
	if !u.wantsSaving() || gen == u.scheduledGen || gen == u.savedGen {
		return
	}
	u.scheduledGen = gen
	u.reviewOnDisk = true
	u.saver.schedule(u.reviewPath, u.model.Review(), gen)
}

// noteSave takes in the result of a write on the UI goroutine. It reports
// whether the result was news: about the review open now, and later than
// any result heard of before.
func (u *UI) noteSave(r saveResult) bool {
	if r.seq <= u.saveSeq || r.path != u.reviewPath {
		return false
	}
	u.saveSeq = r.seq
	u.saveErr = r.err
	if r.err == nil && r.gen >= u.savedGen {
		u.savedGen, u.savedAt = r.gen, r.at
	}
	u.updateTitle()
	return true
}

// timerSaved is told, on the UI goroutine, what a write the timer made
// came to. A failure gets a dialog once per run of failures; the status
// bar keeps saying it after.
func (u *UI) timerSaved(r saveResult) {
	if u.closed {
		return
	}
	if r.err != nil && r.path != u.reviewPath && r.seq > u.saveSeq {
		// a review left while its write was under way
		log.Printf("facet: the review could not be saved to %s: %v", r.path, r.err)
		u.showProblems("Your corrections are not saved", []string{
			fmt.Sprintf("Facet %s, so the last corrections of the review you left are not in it.", saveProblemSentence(r.err, r.path)),
		})
		return
	}
	hadErr := u.saveErr != nil
	if !u.noteSave(r) || r.err == nil || hadErr {
		return
	}
	u.showProblems("Your corrections are not saved", []string{
		fmt.Sprintf("Facet %s. Your corrections are still here; choose File > Save review as to keep them somewhere else. Facet tries again after your next change.", saveProblemSentence(r.err, r.path)),
	})
}

// errNotSaved says the review could not be written, when no write said why.
var errNotSaved = errors.New("the review is not saved")

// flushSave writes what is not yet on disk of the review now, on the UI
// goroutine, and returns why it could not when it could not. A save
// error still outstanding is tried again.
func (u *UI) flushSave() error {
	if u.unsaved() {
		u.scheduledGen = -1 // the current state, whatever was scheduled
		u.scheduleSave()
	}
	u.noteSave(u.saver.flush())
	if !u.unsaved() {
		return nil
	}
	if u.saveErr != nil {
		return u.saveErr
	}
	return errNotSaved
}

// rescue writes the review, which could not be saved where it belongs
// (err), to the temporary folder: the window is closing without asking.
// It returns an error whose text says, as the end of a sentence after
// "facet: ", where the corrections are, or that they are lost.
func (u *UI) rescue(err error) error {
	log.Printf("facet: the review could not be saved to %s: %v", u.reviewPath, err)
	path := filepath.Join(u.rescueDir, "facet-unsaved-"+time.Now().Format("20060102-150405")+ReviewExt)
	if werr := parse.SaveReview(path, u.model.Review()); werr != nil {
		log.Printf("facet: nor to %s: %v", path, werr)
		return fmt.Errorf("%s, nor to %s: the last corrections are lost", saveProblemSentence(err, u.reviewPath), path)
	}
	return fmt.Errorf("%s; the corrections are in %s instead", saveProblemSentence(err, u.reviewPath), path)
}

func saveProblemSentence(err error, path string) string {
	if errors.Is(err, os.ErrPermission) {
		return "may not write the review to " + path
	}
	return "could not write the review to " + path
}

// leaveReview saves the review being left, on the UI goroutine. When it
// cannot, it returns a function that offers the person to keep its
// corrections elsewhere, for after the new review is open.
func (u *UI) leaveReview() (offer func()) {
	u.saveView()
	err := u.flushSave()
	if err == nil {
		return nil
	}
	rv, path, title := u.model.Review(), u.reviewPath, u.reviewTitle()
	if u.reviewNamed {
		title = "review " + title
	}
	return func() { u.offerToKeep(rv, path, title, err) }
}

// offerToKeep asks where to keep the corrections of review rv, which
// could not be saved to path (err), now that another review is open.
func (u *UI) offerToKeep(rv *parse.Review, path, title string, err error) {
	msg := wrapped(fmt.Sprintf("Facet %s, so the corrections of the %s are not saved. Save them somewhere else to keep them; File > Open review brings them back.",
		saveProblemSentence(err, path), title))
	var d *dialog.CustomDialog
	keep := widget.NewButton("Save them as…", func() {
		d.Hide()
		u.askSavePath(reviewName(path)+ReviewExt, func(p string) {
			p = reviewPathFor(p)
			werr := os.MkdirAll(filepath.Dir(p), 0o755)
			if werr == nil {
				werr = parse.SaveReview(p, rv)
			}
			if werr != nil {
				log.Printf("facet: keep the review in %s: %v", p, werr)
				u.offerToKeep(rv, p, title, werr)
				return
			}
			u.addRecent(p)
			u.setHint("The corrections of the review you left are saved in "+p+".", false)
		})
	})
	keep.Importance = widget.HighImportance
	discard := widget.NewButton("Discard them", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Corrections not saved", container.NewGridWrap(fyne.NewSize(480, msg.MinSize().Height*2), msg), u.win)
	d.SetButtons([]fyne.CanvasObject{discard, keep})
	u.showDialog(d)
}

// restoreAuto brings back the review saved on its own for these documents.
func (u *UI) restoreAuto() []string {
	if _, err := os.Stat(u.reviewPath); err != nil {
		return nil
	}
	rv, err := parse.LoadReview(u.reviewPath)
	if err != nil {
		log.Printf("facet: %v", err)
		bad := u.reviewPath
		aside, merr := moveAside(bad)
		if merr != nil {
			// the folder cannot be changed: keep the damaged file there and
			// save anew beside it
			log.Printf("facet: moving %s aside: %v", bad, merr)
			u.setReview(strings.TrimSuffix(bad, ReviewExt)+time.Now().Format("-20060102-150405")+ReviewExt, false, false)
			return []string{reviewProblem(err) + " Facet could not move it aside, so the documents are open without it and your new corrections are saved to " + filepath.Base(u.reviewPath) + "."}
		}
		// the canonical path is free again: new corrections go there, where
		// the next start looks
		return []string{reviewProblem(err) + " Facet moved it aside, to " + filepath.Base(aside) + " in the same folder, for you to look at. The documents are open without it, and your new corrections are saved as before."}
	}
	u.model.Restore(rv.Corrections, rv.DisplayScale)
	if fyes, periods := rv.FiscalYearEndMonths(), rv.DocumentPeriods(); len(fyes) > 0 || len(periods) > 0 {
		// the documents were read before the review said their calendars
		// and periods
		u.model.fyes, u.model.periods = fyes, periods
		defer u.load(loadRequest{keep: u.model.Report().Documents, fyes: fyes, periods: periods})
	}
	u.reviewOnDisk = true
	u.savedGen = u.model.Generation()
	u.scheduledGen = u.savedGen
	u.savedAt = rv.Saved
	if n := len(rv.Corrections); n > 0 {
		u.setHint(fmt.Sprintf("Your %s of %s are back.", plural(n, "correction", "corrections"), rv.Saved.Local().Format("2 Jan 15:04")), false)
	}
	return nil
}

// setReview makes path the review file; leaveReview has saved the one
// before.
// moveAside renames a damaged review "name.damaged-<time>.json", a name
// no one takes for a review, and returns the new path.
func moveAside(path string) (string, error) {
	base := strings.TrimSuffix(path, ReviewExt) + ".damaged-" + time.Now().Format("20060102-150405")
	aside := base + ".json"
	for i := 2; ; i++ {
		if _, err := os.Lstat(aside); errors.Is(err, os.ErrNotExist) {
			break
		}
		aside = fmt.Sprintf("%s-%d.json", base, i)
	}
	return aside, os.Rename(path, aside)
}

func (u *UI) setReview(path string, named, onDisk bool) {
	u.reviewPath, u.reviewNamed, u.reviewOnDisk = path, named, onDisk
	u.saveErr = nil
	u.savedAt = time.Time{}
	u.scheduledGen, u.savedGen = u.model.Generation(), u.model.Generation()
	if !onDisk {
		u.scheduledGen, u.savedGen = -1, -1
	}
}

// openReview opens a review file and its documents, read in the
// background with the progress bar. When the review cannot be read, the
// person is told why and fallback (if any) opens documents instead.
func (u *UI) openReview(path string, fallback func()) {
	u.load(loadRequest{openReview: path, fallback: fallback})
}

func (u *UI) saveNow() {
	if u.reviewPath == "" {
		u.showSaveReviewDialog()
		return
	}
	u.reviewOnDisk = true
	u.savedGen = -1 // written again, even when nothing changed
	if err := u.flushSave(); err != nil {
		u.showProblems("The review was not saved", []string{
			"Facet " + saveProblemSentence(err, u.reviewPath) + ". Your corrections are still here; choose File > Save review as to keep them somewhere else.",
		})
		return
	}
	u.setHint("The review is saved in "+u.reviewPath+".", false)
}

// reviewPathFor is where Save review as writes when the person chose path.
func reviewPathFor(path string) string {
	if !strings.HasSuffix(path, ReviewExt) {
		path = strings.TrimSuffix(path, ".json") + ReviewExt
	}
	return path
}

// reviewFileName is the name offered for saving the review at path.
func reviewFileName(path string) string {
	name := "review"
	if path != "" {
		name = reviewName(path)
	}
	return name + ReviewExt
}

// SaveReviewAs writes the review to path now and keeps saving there. When
// it cannot, the review stays where it was and the error is returned for
// the caller to tell the person.
func (u *UI) SaveReviewAs(path string) error {
	path = reviewPathFor(path)
	gen := u.model.Generation()
	r := u.saver.saveTo(path, u.model.Review(), gen)
	if r.err != nil {
		log.Printf("facet: save review as %s: %v", path, r.err)
		if u.reviewPath != "" {
			// what was pending for the review's own file is written there
			u.scheduledGen = -1
			u.scheduleSave()
		}
		return r.err
	}
	u.reviewPath, u.reviewNamed, u.reviewOnDisk = path, true, true
	u.saveErr = nil
	u.saveSeq = r.seq
	u.savedGen, u.scheduledGen, u.savedAt = gen, gen, r.at
	u.addRecent(path)
	u.updateTitle()
	u.setHint("The review is saved in "+path+".", false)
	return nil
}

func (u *UI) addRecent(path string) {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	p := u.app.Preferences()
	list := slices.DeleteFunc(p.StringList(prefRecent), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > 8 {
		list = list[:8]
	}
	p.SetStringList(prefRecent, list)
	u.refreshRecent()
}

func (u *UI) refreshRecent() {
	list := u.app.Preferences().StringList(prefRecent)
	u.recentMenu.Items = nil
	for _, p := range list {
		path := p
		u.recentMenu.Items = append(u.recentMenu.Items, fyne.NewMenuItem(reviewName(path)+"  ("+filepath.Dir(path)+")", func() { u.openReview(path, nil) }))
	}
	if len(list) == 0 {
		none := fyne.NewMenuItem("No recent reviews", nil)
		none.Disabled = true
		u.recentMenu.Items = append(u.recentMenu.Items, none)
	}
	if u.refreshMenu != nil {
		u.refreshMenu()
	}
}

// viewState is where a person was in a review: kept in the app's
// preferences beside the review, so reopening it shows the same rows.
type viewState struct {
	Selected *parse.FactKey `json:"selected,omitempty"`
	Filter   Filter         `json:"filter"`
	SortCol  Column         `json:"sortCol"`
	SortDesc bool           `json:"sortDesc,omitempty"`
	Sorted   bool           `json:"sorted,omitempty"`
}

func viewPref(reviewPath string) string { return "view:" + reviewPath }

// saveView remembers the filter, the sort and the selected figure of the
// current review. It runs when the review is left or the window closes:
// preferences are written to disk on every change, too often for every
// key press.
func (u *UI) saveView() {
	if u.reviewPath == "" || u.model == nil {
		return
	}
	vs := viewState{Filter: u.model.Filter()}
	vs.SortCol, vs.SortDesc, vs.Sorted = u.model.Sort()
	if f, _ := u.model.Selected(); f != nil {
		fk := parse.KeyOf(f.Key)
		vs.Selected = &fk
	}
	data, err := json.Marshal(vs)
	if err == nil {
		u.app.Preferences().SetString(viewPref(u.reviewPath), string(data))
	}
}

// restoreView shows the review where the person left it.
func (u *UI) restoreView() {
	data := u.app.Preferences().String(viewPref(u.reviewPath))
	var vs viewState
	if data == "" || json.Unmarshal([]byte(data), &vs) != nil {
		return
	}
	u.filterText.SetText(vs.Filter.Text)
	if slices.Contains(u.companySel.Options, vs.Filter.Company) {
		u.companySel.SetSelected(vs.Filter.Company)
	}
	if int(vs.Filter.Sheet) < len(sheetNames) && vs.Filter.Sheet >= 0 {
		u.sheetSel.SetSelectedIndex(int(vs.Filter.Sheet))
	}
	if int(vs.Filter.Status) < len(statusFilterNames) && vs.Filter.Status >= 0 {
		u.statusSel.SetSelectedIndex(int(vs.Filter.Status))
	}
	if vs.Sorted && vs.SortCol >= 0 && vs.SortCol < numColumns {
		u.model.SortBy(vs.SortCol)
		if vs.SortDesc {
			u.model.SortBy(vs.SortCol)
		}
	}
	if vs.Selected != nil {
		if k, err := vs.Selected.Key(); err == nil && u.model.Report().Fact(k) != nil {
			u.model.SelectKey(k)
		}
	}
}

// RecentReviews lists the reviews opened or saved lately, newest first.
func (u *UI) RecentReviews() []string { return u.app.Preferences().StringList(prefRecent) }
