package app

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

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
