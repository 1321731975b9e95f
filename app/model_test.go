package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"facet/parse"

	"github.com/shopspring/decimal"
)

func TestFormatValue(t *testing.T) {
	tests := []struct {
		value string
		dec   int
		kind  parse.Kind
		exp   int
		want  string
	}{
		{"1625300000", -5, parse.Monetary, 6, "1,625.3"},
		{"3667464000", -3, parse.Monetary, 6, "3,667.464"},
		{"-166800000", -5, parse.Monetary, 6, "(166.8)"},
		{"10000000000", -9, parse.Monetary, 6, "10,000"},
		{"10000000000", -9, parse.Monetary, 9, "10"},
		{"2349200000", -5, parse.Monetary, 3, "2,349,200"},
		{"2349200000", -5, parse.Monetary, 0, "2,349,200,000"},
		{"1234", 0, parse.Monetary, 6, "0.001234"},
		{"0.173", 3, parse.Ratio, 6, "17.3%"},
		{"-0.033", 3, parse.Ratio, 6, "(3.3)%"},
		{"0.17", 2, parse.Ratio, 6, "17.0%"},
		{"-0.05", 2, parse.PerShare, 6, "(0.05)"},
		{"1.5", 1, parse.PerShare, 6, "1.50"},
		{"12000", 0, parse.Count, 6, "12,000"},
		{"0", -5, parse.Monetary, 6, "0.0"},
		{"-0.00001", -5, parse.Monetary, 6, "0.0"}, // rounds to zero: no "(0.0)"
	}
	for _, tt := range tests {
		got := formatValue(decimal.RequireFromString(tt.value), tt.dec, tt.kind, tt.exp)
		if got != tt.want {
			t.Errorf("formatValue(%s, dec %d, kind %d, exp %d) = %q, want %q", tt.value, tt.dec, tt.kind, tt.exp, got, tt.want)
		}
	}
}

func TestExcerptCutsAroundTheFigure(t *testing.T) {
	s := strings.Repeat("word ", 100) + "RMB1.2 billion" + strings.Repeat(" more", 100)
	lo := strings.Index(s, "RMB")
	before, fig, after := excerpt(s, lo, lo+len("RMB1.2 billion"), 20)
	if fig != "RMB1.2 billion" {
		t.Errorf("figure = %q", fig)
	}
	if !strings.HasPrefix(before, "…") || len([]rune(before)) > 21 {
		t.Errorf("before = %q, want about 20 characters after an ellipsis", before)
	}
	if !strings.HasSuffix(after, "…") || len([]rune(after)) > 21 {
		t.Errorf("after = %q", after)
	}
	b, f, a := excerpt("a\nbroken  line 5% here", 15, 17, 100)
	if b != "a broken line " || f != "5%" || a != " here" {
		t.Errorf("collapse: %q %q %q", b, f, a)
	}
}

func TestRowsShowEveryColumn(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	var rev *Row
	for i := 0; i < m.Rows(); i++ {
		if r := m.Row(i); r.Fact.Concept == "Revenue" && r.Fact.Segment == "" && r.Fact.Scenario == parse.Actual {
			rev = r
		}
	}
	if rev == nil {
		t.Fatal("no revenue row")
	}
	want := map[Column]string{
		ColStatus: "found", ColCompany: "Acme Cloud", ColConcept: "Revenue", ColPeriod: "Q2 2025",
		ColScenario: "actual", ColValue: "2,349.2", ColUnit: "CNY million", ColConfidence: "95%", ColSources: "1",
	}
	for c, w := range want {
		if got := rev.Cells[c]; got != w {
			t.Errorf("%s = %q, want %q", columnTitles[c], got, w)
		}
	}
	// a guided range says both ends
	for i := 0; i < m.Rows(); i++ {
		r := m.Row(i)
		if r.Fact.Scenario == parse.Forecast && r.Fact.Bound == parse.Min {
			if got := r.Cells[ColScenario]; got != "guidance, low end (to 10,000)" {
				t.Errorf("low end of the range: %q", got)
			}
			if got := r.Cells[ColPeriod]; got != "FY2025" {
				t.Errorf("guidance period %q", got)
			}
		}
	}
}

func TestFilters(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	all := m.Rows()
	tests := []struct {
		name   string
		filter Filter
		check  func(r *Row) bool
		want   int // -1: at least one
	}{
		{"text in segment", Filter{Text: "public"}, func(r *Row) bool { return r.Fact.Segment == "Public cloud services" }, 1},
		{"two words", Filter{Text: "revenue enterprise"}, func(r *Row) bool { return r.Fact.Segment == "Enterprise cloud services" }, 1},
		{"concept name", Filter{Text: "AdjustedEBITDAMargin"}, func(r *Row) bool { return r.Fact.Concept == "AdjustedEBITDAMargin" }, 1},
		{"company", Filter{Company: "Acme Cloud"}, func(r *Row) bool { return r.Fact.Entity == "Acme Cloud" }, all},
		{"other company", Filter{Company: "Nobody"}, nil, 0},
		{"guidance sheet", Filter{Sheet: GuidanceSheet}, func(r *Row) bool { return r.Fact.Scenario == parse.Forecast }, 2},
		{"segments sheet has no guidance", Filter{Sheet: SegmentsSheet}, func(r *Row) bool { return r.Fact.Scenario == parse.Actual }, -1},
		{"cash flow", Filter{Sheet: CashFlowSheet}, func(r *Row) bool { return r.Fact.Concept == "NetCashFromOperating" }, 1},
		{"conflicts", Filter{Status: ConflictsOnly}, func(r *Row) bool { return r.Fact.Status == parse.Conflict }, 1},
		{"to review", Filter{Status: ToReview}, func(r *Row) bool {
			return r.Fact.Status == parse.Conflict || r.Fact.Status == parse.NeedsReview
		}, -1},
		{"confirmed: none yet", Filter{Status: ConfirmedOnly}, nil, 0},
	}
	for _, tt := range tests {
		m.SetFilter(tt.filter)
		if tt.want >= 0 && m.Rows() != tt.want || tt.want < 0 && m.Rows() == 0 {
			t.Errorf("%s: %d rows, want %d", tt.name, m.Rows(), tt.want)
		}
		for i := 0; i < m.Rows(); i++ {
			if !tt.check(m.Row(i)) {
				t.Errorf("%s: row %q should not show", tt.name, m.Row(i).Cells)
			}
		}
	}
	m.SetFilter(Filter{})
	if m.Rows() != all {
		t.Errorf("no filter shows %d of %d", m.Rows(), all)
	}
}

func TestSort(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	m.SortBy(ColValue)
	for i := 1; i < m.Rows(); i++ {
		if m.Row(i).Fact.Value.LessThan(m.Row(i - 1).Fact.Value) {
			t.Fatalf("ascending by value: row %d %s after %s", i, m.Row(i).Fact.Value, m.Row(i-1).Fact.Value)
		}
	}
	m.SortBy(ColValue) // again: descending
	if c, desc, ok := m.Sort(); !ok || c != ColValue || !desc {
		t.Fatalf("Sort() = %v %v %v", c, desc, ok)
	}
	for i := 1; i < m.Rows(); i++ {
		if m.Row(i).Fact.Value.GreaterThan(m.Row(i - 1).Fact.Value) {
			t.Fatalf("descending by value: row %d", i)
		}
	}
	m.SortBy(ColStatus)
	if m.Row(0).Fact.Status != parse.Conflict {
		t.Errorf("status sort puts %s first, want the conflict", m.Row(0).Fact.Status)
	}
	m.SortBy(ColPeriod)
	if m.Row(0).Fact.Period.SortKey() > m.Row(m.Rows()-1).Fact.Period.SortKey() {
		t.Error("period sort is not in time order")
	}
}

func TestEditsAndUndo(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	rev := key(t, rep, "Revenue", "", parse.Point)
	fact := func(k parse.Key) *parse.Fact {
		t.Helper()
		f := m.Report().Fact(k)
		if f == nil {
			t.Fatalf("fact %v is gone", k)
		}
		return f
	}

	// invalid input changes nothing and says what is wrong
	gen := m.Generation()
	err := m.SetValue(rev, "1,23")
	var te *parse.TypedValueError
	if !errors.As(err, &te) || te.Reason == "" {
		t.Fatalf("SetValue(1,23) = %v, want a TypedValueError with a reason", err)
	}
	if m.Generation() != gen || len(m.Corrections()) != 0 || !fact(rev).Value.Equal(decimal.RequireFromString("2349200000")) {
		t.Fatal("an invalid value changed the model")
	}

	tests := []struct {
		input string
		want  string
	}{
		{"2,350.1", "2350100000"},
		{"(12.3)", "-12300000"},
		{"-12.3", "-12300000"},
		{"2.35 billion", "2350000000"},
		{"2349.2", "2349200000"},
	}
	for _, tt := range tests {
		if err := m.SetValue(rev, tt.input); err != nil {
			t.Fatalf("SetValue(%q): %v", tt.input, err)
		}
		if f := fact(rev); !f.Value.Equal(decimal.RequireFromString(tt.want)) || f.Status != parse.Corrected {
			t.Errorf("after %q: %s %s, want %s corrected", tt.input, f.Value, f.Status, tt.want)
		}
	}
	if len(m.Corrections()) != len(tests) {
		t.Fatalf("%d corrections, want %d", len(m.Corrections()), len(tests))
	}
	if label, ok := m.CanUndo(); !ok || label != "Undo set value" {
		t.Errorf("CanUndo = %q %v", label, ok)
	}
	for range tests {
		m.Undo()
	}
	if f := fact(rev); f.Status != parse.Found || !f.Value.Equal(decimal.RequireFromString("2349200000")) {
		t.Errorf("after undoing all: %s %s", f.Value, f.Status)
	}
	if _, ok := m.CanUndo(); ok {
		t.Error("nothing should be left to undo")
	}
	m.Redo()
	m.Redo()
	if f := fact(rev); !f.Value.Equal(decimal.RequireFromString("-12300000")) {
		t.Errorf("after two redos: %s", f.Value)
	}
	// a new change forgets what was undone
	if err := m.Confirm(rev); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.CanRedo(); ok {
		t.Error("redo should be empty after a new change")
	}
	if fact(rev).Status != parse.Confirmed {
		t.Error("confirm did not confirm")
	}
	if err := m.Reject(rev); err != nil || fact(rev).Status != parse.Rejected {
		t.Errorf("reject: %v %s", err, fact(rev).Status)
	}
}

func TestChecksRerunOnEveryChange(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	margin := key(t, rep, "AdjustedEBITDAMargin", "", parse.Point)
	failing := func() int {
		n := 0
		for _, f := range m.Report().Findings {
			if !f.OK && !f.Resolved && f.Kind == parse.MarginCheck {
				n++
			}
		}
		return n
	}
	if failing() != 0 {
		t.Fatal("the fixture's margin should fit EBITDA over revenue")
	}
	if err := m.SetValue(margin, "73%"); err != nil {
		t.Fatal(err)
	}
	if failing() == 0 {
		t.Error("a margin of 73% where EBITDA over revenue gives 17.3% should fail the margin check at once")
	}
	m.Undo()
	if failing() != 0 {
		t.Error("undo should make the margin check pass again")
	}
}

func TestConflictPickAndKeep(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	k := key(t, rep, "AdjustedOperatingIncomeLoss", "", parse.Point)
	f := m.Report().Fact(k)
	if f.Status != parse.Conflict {
		t.Fatalf("fixture conflict is %s", f.Status)
	}
	m.SelectKey(k)
	d := m.Details()
	if len(d.Alternatives) != 2 || !d.Alternatives[0].Current {
		t.Fatalf("alternatives: %+v", d.Alternatives)
	}
	if !strings.Contains(d.Alternatives[1].Where, "acme-q2-2025-call.txt line 6") {
		t.Errorf("the other side says where it is stated: %q", d.Alternatives[1].Where)
	}
	other := d.Alternatives[1]
	if err := m.PickAlternative(k, other.index); err != nil {
		t.Fatal(err)
	}
	f = m.Report().Fact(k)
	if f.Status != parse.Corrected || !f.Value.Equal(decimal.RequireFromString("-166100000")) {
		t.Errorf("after picking: %s %s", f.Value, f.Status)
	}
	m.Undo()
	if err := m.KeepValue(k); err != nil {
		t.Fatal(err)
	}
	if f := m.Report().Fact(k); f.Status != parse.Corrected || !f.Value.Equal(decimal.RequireFromString("-166800000")) {
		t.Errorf("after keeping: %s %s", f.Value, f.Status)
	}
}

func TestConfirmAllHighConfidence(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	doubtful := map[parse.Key]bool{}
	for _, f := range m.Report().Facts {
		if f.Status != parse.Found || f.Confidence < 0.9 || hasOpenFinding(f) {
			doubtful[f.Key] = true
		}
	}
	if len(doubtful) == 0 {
		t.Fatal("the fixture should have doubtful facts")
	}
	n := m.ConfirmAllHighConfidence()
	if n == 0 || n+len(doubtful) != len(m.Report().Facts) {
		t.Fatalf("confirmed %d of %d facts, %d doubtful", n, len(m.Report().Facts), len(doubtful))
	}
	for _, f := range m.Report().Facts {
		if f.Status == parse.Confirmed && doubtful[f.Key] {
			t.Errorf("%s was confirmed though doubtful", f.Key)
		}
	}
	if label, _ := m.CanUndo(); !strings.Contains(label, "confirm") {
		t.Errorf("undo label %q", label)
	}
	m.Undo() // one step takes all back
	for _, f := range m.Report().Facts {
		if f.Status == parse.Confirmed {
			t.Errorf("%s still confirmed after one undo", f.Key)
		}
	}
}

func TestRekeyAndAddFigure(t *testing.T) {
	rep, doc := fixtureReport(t)
	m := NewModel(rep, Options{})
	k := key(t, rep, "NetCashFromOperating", "", parse.Point)
	to := k
	to.Concept = "FreeCashFlow"
	if err := m.Rekey(k, to, false); err != nil {
		t.Fatal(err)
	}
	if m.Report().Fact(k) != nil || m.Report().Fact(to) == nil {
		t.Fatal("the fact did not move")
	}
	if f, _ := m.Selected(); f == nil || f.Key != to {
		t.Error("the moved fact should stay selected")
	}
	m.Undo()
	if m.Report().Fact(k) == nil {
		t.Fatal("undo did not move it back")
	}
	if f, _ := m.Selected(); f == nil || f.Key != k {
		t.Error("after undo the fact is selected where it was")
	}
	// guidance: the same figure as an outlook
	g := k
	g.Scenario = parse.Forecast
	if err := m.Rekey(k, g, false); err != nil {
		t.Fatal(err)
	}
	if f := m.Report().Fact(g); f == nil || f.Status != parse.Corrected {
		t.Fatal("rekey to guidance")
	}
	m.Undo()

	// a missed figure, selected in the text
	text := "up 31.7% year over year"
	start := strings.Index(doc.Text, "31.7%")
	_ = text
	add := parse.Key{Entity: "Acme Cloud", Concept: "GrossMargin", Period: parse.Calendar{}.Quarter(2025, 2), Currency: "CNY"}
	if err := m.AddFigure(doc, parse.Span{Start: start, End: start + 5}, add, "31.7%"); err != nil {
		t.Fatal(err)
	}
	add.Currency = "" // a ratio has no unit
	f := m.Report().Fact(add)
	if f == nil || !f.Value.Equal(decimal.RequireFromString("0.317")) || len(f.Sources) != 1 {
		t.Fatalf("added fact: %+v", f)
	}
	if f.Sources[0].Doc != doc || f.Sources[0].Span.Start != start {
		t.Error("the added figure's source is the selected text")
	}
	if err := m.AddFigure(doc, parse.Span{Start: 5, End: 2}, add, "1"); err == nil {
		t.Error("an empty selection should be refused")
	}
	if err := m.AddFigure(doc, parse.Span{Start: start, End: start + 5}, add, "abc"); err == nil {
		t.Error("an unreadable value should be refused")
	}
}

func TestRemoveDocumentUndo(t *testing.T) {
	docs, err := sampleDocuments()
	if err != nil {
		t.Fatal(err)
	}
	rep := parse.Build(docs, parse.Options{})
	m := NewModel(rep, Options{})
	n, facts := len(rep.Documents), m.AllRows()
	gone := rep.Documents[0]
	m.RemoveDocument(gone)
	if len(m.Report().Documents) != n-1 || m.AllRows() >= facts {
		t.Fatalf("after remove: %d documents, %d facts", len(m.Report().Documents), m.AllRows())
	}
	for _, f := range m.Report().Facts {
		for _, s := range f.Sources {
			if s.Doc == gone {
				t.Fatal("a fact still cites the removed document")
			}
		}
	}
	m.Undo()
	if len(m.Report().Documents) != n || m.AllRows() != facts {
		t.Errorf("after undo: %d documents, %d facts; want %d, %d", len(m.Report().Documents), m.AllRows(), n, facts)
	}
	m.Redo()
	if len(m.Report().Documents) != n-1 {
		t.Error("redo did not remove it again")
	}
}

func TestReviewRoundTrip(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	rev := key(t, rep, "Revenue", "", parse.Point)
	margin := key(t, rep, "AdjustedEBITDAMargin", "", parse.Point)
	if err := m.SetValue(rev, "2,350"); err != nil {
		t.Fatal(err)
	}
	if err := m.Confirm(margin); err != nil {
		t.Fatal(err)
	}
	m.SetDisplayScale(9)
	path := filepath.Join(t.TempDir(), "r"+ReviewExt)
	if err := parse.SaveReview(path, m.Review()); err != nil {
		t.Fatal(err)
	}
	rv, err := parse.LoadReview(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Documents) != 1 || rv.Documents[0].Hash == "" || rv.DisplayScale != 9 {
		t.Errorf("review documents %+v, scale %d", rv.Documents, rv.DisplayScale)
	}
	rep2, _ := fixtureReport(t)
	m2 := NewModel(rep2, Options{})
	m2.Restore(rv.Corrections, rv.DisplayScale)
	if f := m2.Report().Fact(rev); f.Status != parse.Corrected || !f.Value.Equal(decimal.RequireFromString("2350000000")) {
		t.Errorf("restored revenue: %s %s", f.Value, f.Status)
	}
	if f := m2.Report().Fact(margin); f.Status != parse.Confirmed {
		t.Errorf("restored margin: %s", f.Status)
	}
	if m2.DisplayScale() != 9 {
		t.Errorf("display scale %d", m2.DisplayScale())
	}
	if _, ok := m2.CanUndo(); ok {
		t.Error("a restored review starts a fresh undo history")
	}
}

func TestStaleCorrectionsAreShown(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	ghost := parse.KeyOf(parse.Key{Entity: "Acme Cloud", Concept: "Revenue", Period: parse.Calendar{}.Quarter(2019, 1), Currency: "CNY"})
	m.Restore([]parse.Correction{{Action: parse.Confirm, Key: ghost}}, 6)
	notes := m.StaleNotes()
	if len(notes) != 1 || !strings.Contains(notes[0], "no longer applies") {
		t.Errorf("stale notes: %q", notes)
	}
}

func TestCountsText(t *testing.T) {
	tests := []struct {
		c    Counts
		want string
	}{
		{Counts{Facts: 213, ToReview: 17, Conflicts: 2}, "213 facts, 17 need review (2 conflicts)"},
		{Counts{Facts: 1, ToReview: 1}, "1 fact, 1 needs review"},
		{Counts{Facts: 5}, "5 facts, none needs review"},
		{Counts{Facts: 5, Confirmed: 2, Corrected: 1}, "5 facts, none needs review, 2 confirmed, 1 corrected, 0 rejected"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestDetailsHighlightTheFigure(t *testing.T) {
	rep, _ := fixtureReport(t)
	m := NewModel(rep, Options{})
	m.SelectKey(key(t, rep, "AdjustedEBITDAMargin", "", parse.Point))
	d := m.Details()
	if d == nil || len(d.Mentions) != 1 {
		t.Fatalf("details: %+v", d)
	}
	mv := d.Mentions[0]
	if mv.Figure != "17.3%" || !strings.HasSuffix(mv.Before, "adjusted EBITDA margin was ") || mv.Where != "acme-q2-2025-call.txt, line 4" {
		t.Errorf("mention: %q [%q] %q at %q", mv.Before, mv.Figure, mv.After, mv.Where)
	}
	if d.Title != "Adjusted EBITDA margin · Q2 2025" {
		t.Errorf("title %q", d.Title)
	}
}

// factsText writes down every fact as the window and the export see it:
// identity, value, status, confidence, and each source in order.
func factsText(rep *parse.Report) string {
	var b strings.Builder
	for _, f := range rep.Facts {
		fmt.Fprintf(&b, "%v|%s|%d|%s|%.3f|%d findings", f.Key, f.Value, f.Decimals, f.Status, f.Confidence, len(f.Findings))
		for _, s := range f.Sources {
			fmt.Fprintf(&b, "|%s@%d", s.Doc.Name, s.Span.Start)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Removing a document and undoing it gives back the very same facts, in
// the same order, with their sources in the same order.
func TestRemoveDocumentThenUndoIsExact(t *testing.T) {
	docs, err := sampleDocuments()
	if err != nil {
		t.Fatal(err)
	}
	for _, background := range []bool{false, true} {
		for i := range docs {
			t.Run(fmt.Sprintf("%s/background=%v", docs[i].Name, background), func(t *testing.T) {
				docs, _ := sampleDocuments()
				rep := parse.Build(docs, parse.Options{})
				m, runner := NewModel(rep, Options{}), (*backgroundRefresh)(nil)
				if background {
					m, runner = asyncModel(rep)
				}
				settle := func() {
					if runner != nil {
						runner.settle(t, m)
					}
				}
				m.Confirm(m.Row(0).Fact.Key) // a correction too
				settle()
				before := factsText(m.Report())
				mentions := slices.Clone(m.Report().Mentions)
				m.RemoveDocument(m.Report().Documents[i])
				settle()
				m.Undo()
				// refreshed in the background, the facts are back at once
				if got := factsText(m.Report()); got != before {
					t.Errorf("after remove and undo the facts differ:\n%s", firstDiff(before, got))
				}
				settle()
				if got := factsText(m.Report()); got != before {
					t.Errorf("after remove and undo the facts differ:\n%s", firstDiff(before, got))
				}
				if !slices.EqualFunc(mentions, m.Report().Mentions, func(a, b parse.Mention) bool { return a.Doc == b.Doc && a.Span == b.Span }) {
					t.Error("the mentions are not back in their places")
				}
				m.Redo()
				settle()
				m.Undo()
				settle()
				if got := factsText(m.Report()); got != before {
					t.Errorf("after redo and undo the facts differ:\n%s", firstDiff(before, got))
				}
			})
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  was %s\n  now %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, now %d", len(al), len(bl))
}
