package app

import "sync"

// taskCount counts work under way in the background. Unlike a
// sync.WaitGroup it may be waited on while work is being added, which
// happens when background work hands a result to the UI goroutine and
// that starts more.
type taskCount struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n falls to 0
}

var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

func (t *taskCount) add() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.n == 0 {
		t.idle = make(chan struct{})
	}
	t.n++
}

func (t *taskCount) done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 {
		close(t.idle)
	}
}

// idleChan is closed once no work is under way.
func (t *taskCount) idleChan() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.n == 0 {
		return closedChan
	}
	return t.idle
}

func (t *taskCount) busy() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n > 0
}

// wait blocks until no work is under way.
func (t *taskCount) wait() {
	for t.busy() {
		<-t.idleChan()
	}
}
