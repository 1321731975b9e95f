package app

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"facet/internal/pdfgen"
	"facet/parse"
)

// A cancelled load's build cannot be stopped; a new load waits for it
// rather than build beside it, and the cancelled one's result is dropped.
func TestOneBuildAtATime(t *testing.T) {
	u := startedUI(t, Config{})
	q := queueUI(u)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(fixtureText), 0o644)
	os.WriteFile(b, []byte(fixtureText+"Later: total revenues were RMB9,999.9 million.\n"), 0o644)
	var running, most atomic.Int32
	started := make(chan string, 4)
	release := make(chan struct{})
	u.buildReport = func(docs []*parse.Document, opt parse.Options) *parse.Report {
		n := running.Add(1)
		defer running.Add(-1)
		if n > most.Load() {
			most.Store(n)
		}
		started <- docs[len(docs)-1].Name
		<-release
		return parse.Build(docs, opt)
	}
	u.OpenFiles([]string{a})
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the first build did not start")
	}
	u.cancelLoad()
	u.OpenFiles([]string{b})
	select {
	case name := <-started:
		t.Errorf("the build of %s started while the cancelled one still ran", name)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	q.settle(t, u)
	if most.Load() != 1 {
		t.Errorf("%d builds ran at once", most.Load())
	}
	docs := u.model.Report().Documents
	if len(docs) != 1 || docs[0].Path != b {
		t.Errorf("the window shows %v, want b.txt alone", docs)
	}
}

// Opening a review reads it, and the built-in samples it names, off the
// UI goroutine, with the progress bar.
func TestOpeningAReviewDoesNotBlockTheWindow(t *testing.T) {
	u := startedUI(t, Config{})
	k := selectedFact(t, u).Key
	press(u, fyne.KeySpace)
	path := filepath.Join(t.TempDir(), "mine")
	if err := u.SaveReviewAs(path); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	var blocked atomic.Bool
	u2 := newTestUI(t, Config{Samples: func() ([]*parse.Document, error) {
		select {
		case <-release:
		case <-time.After(2 * time.Second):
			blocked.Store(true) // no one could release it: the UI goroutine was waiting
		}
		return sampleDocuments()
	}})
	q := queueUI(u2)
	start := time.Now()
	u2.openReview(path+ReviewExt, nil)
	if took := time.Since(start); took > time.Second {
		t.Errorf("opening the review held the UI goroutine %v", took)
	}
	if !u2.progressUI.Visible() {
		t.Error("no progress while the review opens")
	}
	close(release)
	q.settle(t, u2)
	if blocked.Load() {
		t.Error("the samples were read on the UI goroutine")
	}
	if f := u2.model.Report().Fact(k); f == nil || f.Status != parse.Confirmed || u2.progressUI.Visible() {
		t.Errorf("the review did not open: %v", f)
	}
}

// A PDF opens like any document: read off the UI goroutine, its figures
// in the table, its form and pages in the documents panel.
func TestOpensAPDF(t *testing.T) {
	u := startedUI(t, Config{})
	q := queueUI(u)
	path := filepath.Join(t.TempDir(), "report.pdf")
	page := pdfgen.Page{Texts: []pdfgen.Text{
		{X: 72, Y: 720, Size: 11, S: "Acme Corp reports second quarter 2025 results"},
		{X: 72, Y: 700, Size: 10, S: "Revenue was $94.0 million in the second quarter of 2025."},
	}}
	os.WriteFile(path, pdfgen.Make(page, page), 0o644)
	u.OpenFiles([]string{path})
	q.settle(t, u)
	docs := u.model.Report().Documents
	if len(docs) != 1 || docs[0].Format != "pdf" {
		t.Fatalf("the window shows %v, want report.pdf", docs)
	}
	if u.docFacts[docs[0]] == 0 {
		t.Errorf("no figure read from the PDF")
	}
	it := newDocItem(u)
	it.show(0)
	if !strings.Contains(it.file.Text, "PDF, 2 pages") {
		t.Errorf("the documents panel says %q, want its form", it.file.Text)
	}
}
