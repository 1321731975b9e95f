package app

// Documents in: the command line, the open dialog and drag and drop,
// loaded off the UI goroutine with progress a person can cancel.

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"facet/parse"
)

// Start loads the documents at paths (the built-in samples when there are
// none) and, when reviewPath is set, the review there with its documents.
func (u *UI) Start(paths []string, reviewPath string) {
	var docs []string
	for _, p := range paths {
		if strings.HasSuffix(p, ReviewExt) && reviewPath == "" {
			reviewPath = p // facet my.facet.json opens the review
			continue
		}
		docs = append(docs, p)
	}
	paths = docs
	if reviewPath != "" {
		// a review that cannot be read is explained, and the documents open
		u.openReview(reviewPath, func() { u.Start(paths, "") })
		return
	}
	u.load(loadRequest{paths: paths, samples: len(paths) == 0, fresh: true})
}

// loadRequest is one load of documents off the UI goroutine.
type loadRequest struct {
	paths   []string
	samples bool              // the built-in samples too
	keep    []*parse.Document // documents already open, kept
	fresh   bool              // a new set of documents: look for its saved review
	review  *parse.Review     // a review to restore once loaded
	revPath string
	notes   []string // sentences to show once loaded
	// openReview is a review file to read first, in the background, with
	// its documents; when it cannot be read the person is told why and
	// fallback, if any, runs instead.
	openReview string
	fallback   func()
	// fyes are the fiscal year ends a person chose, by company: the
	// documents are read in those calendars; periods the periods they
	// said documents report
	fyes    map[string]time.Month
	periods map[string]parse.Period
}

// load loads, reads and reconciles documents off the UI goroutine,
// showing progress that a person can cancel; the window stays usable.
func (u *UI) load(req loadRequest) {
	if u.loadCancel != nil {
		u.loadCancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.loadCancel = cancel
	u.loadID++
	id := u.loadID
	total := len(req.paths)
	u.progress.Max = float64(max(total, 1))
	u.progress.SetValue(0)
	u.progressTx.SetText("Opening documents…")
	if req.openReview != "" {
		u.progressTx.SetText("Opening the review " + reviewName(req.openReview) + "…")
	}
	u.progressUI.Show()
	keep := make([]*parse.Document, len(req.keep))
	for i, d := range req.keep {
		c := *d // Build rewrites documents' names and contexts: work on copies
		keep[i] = &c
	}
	u.tasks.add()
	u.background(func() {
		defer u.tasks.done()
		if u.loadStarts != nil {
			<-u.loadStarts
		}
		if req.openReview != "" {
			var ok bool
			if req, ok = u.readReview(ctx, id, req); !ok {
				return
			}
		}
		res := loadFiles(ctx, req.paths, func(done, total int, name string) {
			u.doOnUI(func() {
				if u.closed || id != u.loadID {
					return
				}
				u.progress.Max = float64(max(total, 1))
				u.progress.SetValue(float64(done))
				if name != "" {
					u.progressTx.SetText(fmt.Sprintf("Opening %d of %d: %s", done+1, total, name))
				}
			})
		})
		var sampleErr error
		if req.samples && u.cfg.Samples != nil && !res.canceled {
			var s []*parse.Document
			s, sampleErr = u.cfg.Samples()
			res.docs = append(s, res.docs...)
		}
		var rep *parse.Report
		if !res.canceled && ctx.Err() == nil {
			u.doOnUI(func() {
				if !u.closed && id == u.loadID {
					u.progressTx.SetText("Reading the figures…")
				}
			})
			// the copies of the documents kept, a review's samples, the files
			docs := append(append(keep, req.keep[len(keep):]...), res.docs...)
			rep = u.buildOne(ctx, docs, req.fyes, req.periods)
		}
		u.doAndWait(func() {
			if u.closed || id != u.loadID || ctx.Err() != nil {
				return // cancelled: the window stays as it was
			}
			u.loadCancel = nil
			u.progressUI.Hide()
			if sampleErr != nil {
				log.Printf("facet: the built-in samples: %v", sampleErr)
				req.notes = append(req.notes, "The built-in samples could not be opened.")
			}
			u.loaded(req, rep, res.errs)
		})
	})
}

// readReview reads the review a load opens, and finds its documents:
// off the UI goroutine. When the review cannot be read it tells the
// person, runs the request's fallback, and reports false.
func (u *UI) readReview(ctx context.Context, id int, req loadRequest) (loadRequest, bool) {
	rv, err := parse.LoadReview(req.openReview)
	if err != nil {
		u.doAndWait(func() {
			if u.closed || id != u.loadID || ctx.Err() != nil {
				return
			}
			u.loadCancel = nil
			u.progressUI.Hide()
			u.showProblems("The review could not be opened", []string{reviewProblem(err) + " The documents stay open; nothing was lost."})
			if req.fallback != nil {
				req.fallback()
			}
		})
		return req, false
	}
	var samples []*parse.Document
	if u.cfg.Samples != nil {
		if samples, err = u.cfg.Samples(); err != nil {
			log.Printf("facet: the built-in samples: %v", err)
		}
	}
	paths, fromSamples, problems := reviewDocuments(rv, samples)
	req.paths, req.review, req.revPath = paths, rv, req.openReview
	req.fyes, req.periods = rv.FiscalYearEndMonths(), rv.DocumentPeriods()
	req.keep = append(req.keep, fromSamples...) // fresh copies: Build may rewrite them
	req.notes = append(req.notes, problems...)
	return req, true
}

// buildOne builds the report of docs, one build at a time: parse.Build
// cannot be stopped, so a load that follows a cancelled one waits for
// that build to end rather than run beside it. It returns nil when ctx is
// cancelled first; a build cancelled while it runs is dropped by the
// caller.
func (u *UI) buildOne(ctx context.Context, docs []*parse.Document, fyes map[string]time.Month, periods map[string]parse.Period) *parse.Report {
	select {
	case u.building <- struct{}{}:
	case <-ctx.Done():
		return nil
	}
	defer func() { <-u.building }()
	if ctx.Err() != nil {
		return nil
	}
	opt := u.cfg.Parse
	if len(fyes) > 0 {
		opt.FiscalYearEnds = fyes
	}
	if len(periods) > 0 {
		opt.Periods = periods
	}
	return u.buildReport(docs, opt)
}

func (u *UI) cancelLoad() {
	if u.loadCancel == nil {
		return
	}
	u.loadCancel()
	u.loadCancel = nil
	u.loadID++
	u.progressUI.Hide()
	u.setHint("Loading was cancelled; the documents already open stay as they were.", false)
}

// loaded shows a load's report, restores a review, and tells the person
// which files could not be opened and why.
func (u *UI) loaded(req loadRequest, rep *parse.Report, errs []error) {
	var notes []string
	for _, err := range errs {
		notes = append(notes, loadProblem(err))
	}
	notes = append(notes, req.notes...)
	// the value being typed is kept: set when it is a value; else, when
	// its review goes, the person is told, and when it stays, so does the
	// editor
	typed := u.editing != nil && !u.settleEdit()
	if typed && (req.review != nil || req.fresh) {
		notes = append(notes, u.dropEdit())
		typed = false
	}
	var offer func()
	if req.review != nil || req.fresh {
		offer = u.leaveReview()
		u.setHint("", false) // what was said of the documents before is no longer true
	}
	switch {
	case req.review != nil:
		u.setModel(NewModel(rep, u.cfg.Model))
		u.model.Restore(req.review.Corrections, req.review.DisplayScale)
		u.model.fyes, u.model.periods = req.fyes, req.periods
		u.setReview(req.revPath, true, true)
		notes = append(notes, changedDocuments(req.review, rep.Documents)...)
		u.addRecent(req.revPath)
	case req.fresh:
		u.setModel(NewModel(rep, u.cfg.Model))
		u.setReview("", false, false)
		if len(rep.Documents) > 0 {
			u.setReview(autoReviewPath(u.cfg.reviewDir(), rep.Documents), false, false)
			notes = append(notes, u.restoreAuto()...)
		}
	default:
		u.model.Replace(rep)
		u.model.fyes, u.model.periods = req.fyes, req.periods
	}
	u.docFacts, u.shownAny, u.shownGen = nil, false, -1
	u.refreshCompanies()
	u.docsList.Refresh()
	u.docsTitle.SetText(fmt.Sprintf("Documents (%d)", len(rep.Documents)))
	if req.review != nil || req.fresh {
		u.restoreView()
	}
	u.applyFilter()
	if _, vi := u.model.Selected(); vi < 0 && u.model.Rows() > 0 {
		u.selectRow(0)
	}
	u.sync()
	if typed && u.model.Report().Fact(*u.editing) != nil {
		u.model.SelectKey(*u.editing)
		u.win.Canvas().Focus(u.editor)
	} else {
		if typed {
			notes = append(notes, u.dropEdit())
		}
		u.focusTable()
	}
	if len(notes) > 0 {
		u.showProblems("Some things need your attention", notes)
	}
	if offer != nil {
		offer()
	}
}

// OpenFiles adds documents to those open (what the open dialog and drag
// and drop do); the person's first documents replace the built-in
// samples. A review file among them is opened as a review.
func (u *UI) OpenFiles(paths []string) {
	var docs []string
	for _, p := range paths {
		if strings.HasSuffix(p, ReviewExt) {
			u.openReview(p, nil)
			continue
		}
		docs = append(docs, p)
	}
	if len(docs) == 0 {
		return
	}
	u.openDocuments(docs, !u.samplesOnly())
}

// samplesOnly reports whether the documents open are the built-in samples
// alone (or none): a person's own documents replace them by default.
func (u *UI) samplesOnly() bool {
	for _, d := range u.model.Report().Documents {
		if d.Path != "" {
			return false
		}
	}
	return true
}

// openDocuments opens documents beside those open (add) or in their
// place, with the review kept for that set (whose review stays saved,
// should the person come back to them).
func (u *UI) openDocuments(paths []string, add bool) {
	open := u.model.Report().Documents
	if !add || len(open) == 0 {
		u.load(loadRequest{paths: paths, fresh: true})
		return
	}
	u.load(loadRequest{paths: paths, keep: open, fyes: u.model.FiscalYearEnds(), periods: u.model.DocumentPeriods()})
}

// SetFiscalYearEnds reads the documents open again with the fiscal year
// ends a person chose; corrections stay (those naming periods that move
// no longer apply, and the checks pane lists them).
func (u *UI) SetFiscalYearEnds(fyes map[string]time.Month) {
	u.model.SetFiscalYearEnds(fyes)
	u.load(loadRequest{keep: u.model.Report().Documents, fyes: fyes, periods: u.model.DocumentPeriods()})
}

// SetDocumentPeriod reads the documents open again with the period a
// person says doc reports.
func (u *UI) SetDocumentPeriod(doc *parse.Document, p parse.Period) {
	periods := u.model.DocumentPeriods()
	if periods == nil {
		periods = map[string]parse.Period{}
	}
	periods[doc.Name] = p
	u.model.SetDocumentPeriods(periods)
	u.load(loadRequest{keep: u.model.Report().Documents, fyes: u.model.FiscalYearEnds(), periods: periods})
}

func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, x := range uris {
		if x.Scheme() == "file" {
			paths = append(paths, x.Path())
		}
	}
	u.OpenFiles(paths)
}

// RemoveDocument takes a document out; Ctrl+Z puts it back.
func (u *UI) RemoveDocument(d *parse.Document) {
	if !u.settleEdit() {
		if note := u.dropEdit(); note != "" {
			u.showProblems("The value you were typing", []string{note})
		}
	}
	u.model.RemoveDocument(d)
	u.refreshCompanies()
	u.docsList.Refresh()
	u.docsTitle.SetText(fmt.Sprintf("Documents (%d)", len(u.model.Report().Documents)))
	u.setHint(fmt.Sprintf("Removed %s and its figures. Ctrl+Z puts it back.", d.Name), false)
}
