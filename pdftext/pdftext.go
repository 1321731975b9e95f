// Package pdftext reads the text of a PDF with where each piece of it
// stands on the page, and lays each page out again as lines of text whose
// columns line up as they do on paper, so the table and prose readers of
// package parse read a PDF as they read a text file.
//
// PDFium does the reading, compiled to WebAssembly and run on wazero: pure
// Go, no cgo, nothing to install. Compiling the module is the costly part
// (seconds); the compiled code is kept in the user's cache folder, so only
// the first PDF a machine ever opens waits for it.
package pdftext

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Errors Read can wrap; test with errors.Is.
var (
	ErrNoText    = errors.New("the PDF has no text layer")
	ErrEncrypted = errors.New("the PDF is protected by a password")
	ErrDamaged   = errors.New("the PDF is damaged")
	ErrEngine    = errors.New("the PDF reader could not start")
)

// Page is one page's text, laid out as lines.
type Page struct {
	Lines []Line
}

// Engine reads PDFs. Its zero value is usable: it starts on the first
// Read, or earlier through Start. An Engine is safe for concurrent use;
// reads take turns, since one PDFium instance serves them all.
type Engine struct {
	// CacheDir keeps the compiled PDFium module between runs; "" means the
	// folder "facet/wazero" in the user's cache folder. A folder that
	// cannot be made leaves the engine uncached, only slower to start.
	CacheDir string

	once sync.Once
	err  error
	pool pdfium.Pool
	inst pdfium.Pdfium
	mu   sync.Mutex // one read at a time on inst
}

// Shared is the process's engine: compiling PDFium is done once per run.
var Shared = &Engine{}

// Start compiles and instantiates PDFium if that has not been done; call
// it off the UI goroutine. It returns the same error every time.
func (e *Engine) Start() error {
	e.once.Do(func() {
		rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if cache := e.cache(); cache != nil {
			rc = rc.WithCompilationCache(cache)
		}
		pool, err := webassembly.Init(webassembly.Config{
			MinIdle: 1, MaxIdle: 1, MaxTotal: 1,
			FSConfig:      wazero.NewFSConfig(), // no files: documents are passed as bytes
			RuntimeConfig: rc,
		})
		if err != nil {
			e.err = fmt.Errorf("%w: %w", ErrEngine, err)
			return
		}
		inst, err := pool.GetInstance(time.Minute)
		if err != nil {
			pool.Close()
			e.err = fmt.Errorf("%w: %w", ErrEngine, err)
			return
		}
		e.pool, e.inst = pool, inst
	})
	return e.err
}

func (e *Engine) cache() wazero.CompilationCache {
	dir := e.CacheDir
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "facet", "wazero")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil
	}
	cache, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		return nil
	}
	return cache
}

// Read returns the text of each page of a PDF, laid out by Layout. A PDF
// whose pages hold no text (a scan) is ErrNoText; one that needs a
// password is ErrEncrypted; one PDFium cannot open is ErrDamaged.
func (e *Engine) Read(data []byte) ([]Page, error) {
	if err := e.Start(); err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	doc, err := e.inst.OpenDocument(&requests.OpenDocument{File: &data})
	switch {
	case errors.Is(err, pdfiumerrors.ErrPassword), errors.Is(err, pdfiumerrors.ErrSecurity):
		return nil, fmt.Errorf("%w: %w", ErrEncrypted, err)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	defer e.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := e.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	all := make([][]Rect, 0, count.PageCount)
	chars := 0
	for i := 0; i < count.PageCount; i++ {
		ref := requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i}}
		res, err := e.inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: ref, Mode: requests.GetPageTextStructuredModeRects})
		if err != nil {
			return nil, fmt.Errorf("%w: page %d: %w", ErrDamaged, i+1, err)
		}
		rects := make([]Rect, 0, len(res.Rects))
		for _, r := range res.Rects {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			p := r.PointPosition
			rects = append(rects, Rect{Text: r.Text, Left: p.Left, Right: p.Right, Top: p.Top, Bottom: p.Bottom})
			chars += len(r.Text)
		}
		all = append(all, rects)
	}
	if chars == 0 {
		return nil, ErrNoText
	}
	// one column width and left edge for the whole document
	var flat []Rect
	for _, rs := range all {
		flat = append(flat, rs...)
	}
	cw, left := columnWidth(flat), leftEdge(flat)
	pages := make([]Page, len(all))
	for i, rs := range all {
		pages[i] = Page{Lines: layoutPage(rs, cw, left)}
	}
	dropRunningLines(pages)
	return pages, nil
}

// dropRunningLines removes the running heads and feet of a document's
// pages ("Apple Inc. | Q3 2025 Form 10-Q | 12", "Table of Contents"): lines
// among the first two or last three of a page that recur, digits aside, on
// three pages and a third of them at least. Left in, they would stand
// between a table and its continuation, and date nothing.
func dropRunningLines(pages []Page) {
	const head, foot = 2, 3
	edges := func(p Page, visit func(i int, key string)) {
		var idx []int
		for i, l := range p.Lines {
			if strings.TrimSpace(l.Text) != "" {
				idx = append(idx, i)
			}
		}
		for k, i := range idx {
			if k < head || k >= len(idx)-foot {
				visit(i, runningKey(p.Lines[i].Text))
			}
		}
	}
	counts := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		edges(p, func(_ int, key string) {
			if !seen[key] {
				seen[key] = true
				counts[key]++
			}
		})
	}
	need := max(3, (len(pages)+2)/3)
	for pi := range pages {
		drop := map[int]bool{}
		edges(pages[pi], func(i int, key string) {
			if counts[key] >= need {
				drop[i] = true
			}
		})
		if len(drop) == 0 {
			continue
		}
		kept := pages[pi].Lines[:0]
		for i, l := range pages[pi].Lines {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		pages[pi].Lines = kept
	}
}

// runningKey is a line with its spaces collapsed and each run of digits
// made one mark: page numbers differ from page to page.
func runningKey(line string) string {
	var b strings.Builder
	for _, f := range strings.Fields(line) {
		digit := false
		for _, c := range f {
			if c >= '0' && c <= '9' {
				if !digit {
					b.WriteByte('#')
				}
				digit = true
				continue
			}
			digit = false
			b.WriteRune(c)
		}
		b.WriteByte(' ')
	}
	return b.String()
}
