package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"facet/internal/pdfgen"
	"facet/parse"
	"facet/pdftext"
)

// A person sees sentences, never Go's error text.
func TestProblemsAreSentencesNotGoErrors(t *testing.T) {
	rep, doc := fixtureReport(t)
	m := NewModel(rep, Options{})
	k := key(t, rep, "Revenue", "", parse.Point)
	bogus := k
	bogus.Concept = "Bogus\tconcept"
	noPeriod := k
	noPeriod.Period = parse.Period{}
	damaged := filepath.Join(t.TempDir(), "damaged"+ReviewExt)
	os.WriteFile(damaged, []byte(`{"version": 1, "corrections": [{"action": "set-value", "key": {"entity": "A", "concept": "Revenue", "start": "2025-01-01", "end": "2025-03-31", "currency": "CNY"}, "value": "abc"}]}`), 0o644)
	_, reviewErr := parse.LoadReview(damaged)
	goText := io.ErrUnexpectedEOF.Error()
	scan := filepath.Join(t.TempDir(), "Scan.pdf")
	os.WriteFile(scan, pdfgen.Make(pdfgen.Page{Shapes: "0.5 g 72 72 400 600 re f"}), 0o644)
	_, scanErr := parse.Load(scan, parse.LoadOptions{})
	broken := filepath.Join(t.TempDir(), "Broken.pdf")
	os.WriteFile(broken, []byte("%PDF-1.7\n1 0 obj <<"), 0o644)
	_, brokenErr := parse.Load(broken, parse.LoadOptions{})
	tests := []struct {
		name   string
		said   string
		want   string   // part of the sentence
		banned []string // Go's text that must not show
	}{
		{"an edit refused for an unknown reason", valueProblem(fmt.Errorf("flush: %w", io.ErrUnexpectedEOF)), "Nothing was changed", []string{goText, "flush"}},
		{"a change to an unknown concept", valueProblem(m.Rekey(k, bogus, false)), "concept", []string{`\t`, `"Bogus`}},
		{"a figure added as an unknown concept", valueProblem(m.AddFigure(doc, parse.Span{Start: 0, End: 3}, bogus, "1")), "concept", []string{`\t`, `"Bogus`}},
		{"a change without a period", valueProblem(m.Rekey(k, noPeriod, false)), "period", nil},
		{"a document that cannot be opened, an unknown error", loadProblem(&fs.PathError{Op: "open", Path: "/x/a.txt", Err: io.ErrUnexpectedEOF}), "a.txt (/x/a.txt) could not be opened", []string{goText, "open /x"}},
		{"a scanned PDF", loadProblem(scanErr), "no text, only pictures of its pages", []string{pdftext.ErrNoText.Error()}},
		{"a damaged PDF", loadProblem(brokenErr), "damaged", []string{pdftext.ErrDamaged.Error() + ":", "incorrect format", "unable to read"}},
		{"a review that cannot be used, an unknown error", reviewProblem(fmt.Errorf("read: %w", io.ErrUnexpectedEOF)), "could not be used", []string{goText, "read:"}},
		{"a review with a damaged correction", reviewProblem(reviewErr), "correction 1 is damaged", []string{`"abc"`, "not a number"}},
		{"an export that fails for an unknown reason", exportProblem(errors.New("zip: write to closed file")), "export failed", []string{"zip:", "closed file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.said, tt.want) || !strings.HasSuffix(tt.said, ".") || strings.ToUpper(tt.said[:1]) != tt.said[:1] {
				t.Errorf("%q: want a sentence saying %q", tt.said, tt.want)
			}
			for _, b := range tt.banned {
				if strings.Contains(tt.said, b) {
					t.Errorf("%q shows Go's text %q", tt.said, b)
				}
			}
		})
	}
}

func TestSamplesThatCannotBeOpenedAreASentence(t *testing.T) {
	u := newTestUI(t, Config{Samples: func() ([]*parse.Document, error) {
		return nil, &fs.PathError{Op: "open", Path: "testdata/samples/a.txt", Err: fs.ErrNotExist}
	}})
	u.Start(nil, "")
	u.Wait()
	shown := texts(topOverlay(u))
	if !strings.Contains(shown, "built-in samples could not be opened") {
		t.Errorf("dialog %q", shown)
	}
	for _, b := range []string{"open testdata", "file does not exist", "the built-in samples: "} {
		if strings.Contains(shown, b) {
			t.Errorf("the dialog shows Go's text %q: %q", b, shown)
		}
	}
}
