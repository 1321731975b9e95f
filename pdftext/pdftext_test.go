package pdftext

import (
	"errors"
	"strings"
	"testing"

	"facet/internal/pdfgen"
)

func TestRead(t *testing.T) {
	second := pdfgen.Page{Texts: []pdfgen.Text{{X: 72, Y: 700, Size: 10, S: "Revenue was $94.0 billion in the quarter."}}}
	pages, err := Shared.Read(pdfgen.Make(pdfgen.Statement(), second))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("read %d pages, want 2", len(pages))
	}
	var text []string
	for _, l := range pages[0].Lines {
		text = append(text, l.Text)
	}
	got := strings.Join(text, "\n")
	for _, want := range []string{"CONSOLIDATED STATEMENTS OF OPERATIONS", "Net sales:", "Products", "66,613", "(171)"} {
		if !strings.Contains(got, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, got)
		}
	}
	// the figures of one column end in the same column of text
	ends := map[string]int{}
	for _, l := range pages[0].Lines {
		for _, fig := range []string{"66,613", "27,423", "94,036", "(171)"} {
			if i := strings.Index(l.Text, fig); i >= 0 {
				ends[fig] = i + len(fig)
			}
		}
	}
	if len(ends) != 4 || ends["66,613"] != ends["27,423"] || ends["27,423"] != ends["94,036"] || ends["94,036"] != ends["(171)"] {
		t.Errorf("the first column's figures end in columns %v, want one column:\n%s", ends, got)
	}
	if len(pages[1].Lines) != 1 || strings.TrimSpace(pages[1].Lines[0].Text) != "Revenue was $94.0 billion in the quarter." {
		t.Errorf("page 2 = %+v", pages[1].Lines)
	}
}

func TestReadFailures(t *testing.T) {
	good := pdfgen.Make(pdfgen.Statement())
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"scan", pdfgen.Make(pdfgen.Page{Shapes: "0.5 g 72 72 400 600 re f"}), ErrNoText},
		{"truncated", good[:len(good)/3], ErrDamaged},
		{"garbage", []byte("%PDF-1.7\n\x00\x01\x02 this is no PDF at all"), ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Shared.Read(tt.data)
			if !errors.Is(err, tt.want) {
				t.Errorf("Read = %v, want %v", err, tt.want)
			}
		})
	}
	// a failure leaves the engine able to read the next PDF
	if _, err := Shared.Read(good); err != nil {
		t.Errorf("after the failures: %v", err)
	}
}

func TestLayout(t *testing.T) {
	r := func(text string, left, right, bottom float64) Rect {
		return Rect{Text: text, Left: left, Right: right, Bottom: bottom, Top: bottom + 8}
	}
	tests := []struct {
		name  string
		rects []Rect
		want  []string
	}{
		{"words of one line one space apart", []Rect{r("Revenue was ", 50, 100, 700), r("$94.0 billion", 102, 150, 700)},
			[]string{"Revenue was $94.0 billion"}},
		{"words close together one space apart", []Rect{r("Total", 50, 70, 700), r("1,234", 75, 95, 700)},
			[]string{"Total 1,234"}},
		{"columns far apart stand where they are", []Rect{r("Total", 50, 70, 700), r("1,234", 90, 110, 700)},
			[]string{"Total     1,234"}},
		{"figures flush right", []Rect{r("A", 50, 55, 700), r("1,234", 100, 120, 700), r("B", 50, 55, 680), r("34", 112, 120, 680)},
			[]string{"A            1,234", "", "B               34"}},
		{"lines top down, a wide gap one blank line", []Rect{r("second", 50, 80, 600), r("first", 50, 75, 700)},
			[]string{"first", "", "second"}},
		{"a label set lower than its figures", []Rect{r("Net income", 50, 95, 697), r("3,125", 150, 175, 702)},
			[]string{"Net income             3,125"}},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range Layout(tt.rects) {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Layout =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDropRunningLines(t *testing.T) {
	var pages []Page
	for i := 1; i <= 4; i++ {
		pages = append(pages, Page{Lines: []Line{{Text: "Acme Inc. | Q3 2025 Form 10-Q"}, {Text: "body " + strings.Repeat("x", i)}, {Text: "page " + strings.Repeat("1", i)}}})
	}
	dropRunningLines(pages)
	for i, p := range pages {
		if len(p.Lines) != 1 || !strings.HasPrefix(p.Lines[0].Text, "body") {
			t.Errorf("page %d keeps %+v, want its body only", i+1, p.Lines)
		}
	}
}

func FuzzRead(f *testing.F) {
	good := pdfgen.Make(pdfgen.Statement())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := Shared.Read(data)
		if err != nil {
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrEncrypted) {
				t.Fatalf("an error of no kind: %v", err)
			}
			return
		}
		for _, p := range pages {
			for _, l := range p.Lines {
				for _, r := range l.Runs {
					if r.Start < 0 || r.End > len(l.Text) || r.Start > r.End {
						t.Fatalf("run %+v outside its line %q", r, l.Text)
					}
				}
			}
		}
	})
}

// A table that goes on over a page break keeps its columns: the pages of
// a document share one column width and left edge.
func TestColumnsOverPages(t *testing.T) {
	one := pdfgen.Page{Texts: []pdfgen.Text{{X: 60, Y: 700, Size: 9, S: "Net product sales"}, pdfgen.Right(400, 700, 9, "242,901")}}
	two := pdfgen.Page{Texts: []pdfgen.Text{{X: 90, Y: 700, Size: 7, S: "Cost of sales"}, pdfgen.Right(400, 700, 9, "288,831")}}
	pages, err := Shared.Read(pdfgen.Make(one, two))
	if err != nil {
		t.Fatal(err)
	}
	end := func(p Page, fig string) int {
		for _, l := range p.Lines {
			if i := strings.Index(l.Text, fig); i >= 0 {
				return i + len(fig)
			}
		}
		return -1
	}
	if a, b := end(pages[0], "242,901"), end(pages[1], "288,831"); a < 0 || a != b {
		t.Errorf("the figures end in columns %d and %d, want one column:\n%+v\n%+v", a, b, pages[0].Lines, pages[1].Lines)
	}
}
