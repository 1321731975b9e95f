package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// factsText writes facts one per line, with status, value and notes, to
// compare sets of facts.
func factsText(fs []*Fact) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s = %s (%d sources) %q\n", f.Key, f.Status, f.Value, len(f.Sources), f.Notes)
	}
	return b.String()
}

// TestApplyCorrectionsCopies checks that corrections never change the
// facts they are applied to, that they do what they say, and that their
// edits, taken back last first, give the facts back.
func TestApplyCorrectionsCopies(t *testing.T) {
	rep := readText(t, "c.txt", "Welcome to Acme's first quarter 2021 earnings call.\n"+
		"Revenue was $481.1 million in the first quarter of 2021 compared to $432.8 million in the first quarter of 2020.\n"+
		"Gross profit was $120.5 million and operating income was $40.2 million.\n", 0)
	key := func(concept, period string) FactKey {
		t.Helper()
		for _, f := range rep.Facts {
			if f.Concept == concept && rep.CalendarOf(f.Entity).Label(f.Period) == period {
				return KeyOf(f.Key)
			}
		}
		t.Fatalf("no %s %s among\n%s", concept, period, factsText(rep.Facts))
		return FactKey{}
	}
	rev21, rev20 := key("Revenue", "Q1 2021"), key("Revenue", "Q1 2020")
	gp, oi := key("GrossProfit", "Q1 2021"), key("OperatingIncomeLoss", "Q1 2021")
	ebitda := oi
	ebitda.Concept = "EBITDA"
	one := 0
	cs := []Correction{
		{Action: SetValue, Key: rev21, Value: "481200000", Decimals: &one},
		{Action: Confirm, Key: rev20},
		{Action: Rekey, Key: oi, To: &ebitda},
		{Action: Rekey, Key: ebitda, To: &gp}, // joins the gross profit already there
		{Action: Add, Key: ebitda, To: &ebitda, Value: "60000000"},
		{Action: Reject, Key: KeyOf(Key{Entity: "Acme", Concept: "Revenue", Period: Calendar{}.Quarter(2019, 1)})},
	}
	before := factsText(rep.Facts)
	given := slices.Clone(rep.Facts)
	got, stale, edits := ApplyCorrections(rep.Facts, rep.Documents, cs)
	if after := factsText(given); after != before {
		t.Fatalf("the facts given changed:\n%s\nwant\n%s", after, before)
	}
	if len(stale) != 1 || stale[0].Action != Reject {
		t.Errorf("stale = %+v, want the rejection of a quarter no document states", stale)
	}
	want := map[string]string{
		"Revenue Q1 2021":             "corrected 481200000",
		"Revenue Q1 2020":             "confirmed 432800000",
		"GrossProfit Q1 2021":         "found 120500000",
		"EBITDA Q1 2021":              "corrected 60000000",
		"OperatingIncomeLoss Q1 2021": "", // moved away
	}
	for _, f := range got {
		label := f.Concept + " " + rep.CalendarOf(f.Entity).Label(f.Period)
		w, ok := want[label]
		if !ok {
			continue
		}
		if g := f.Status.String() + " " + f.Value.String(); w != "" && g != w {
			t.Errorf("%s: %s, want %s", label, g, w)
		}
		if label == "GrossProfit Q1 2021" && len(f.Sources) != 2 {
			t.Errorf("gross profit has %d sources, want its own and the one moved to it", len(f.Sources))
		}
		delete(want, label)
	}
	if want["OperatingIncomeLoss Q1 2021"] == "" {
		delete(want, "OperatingIncomeLoss Q1 2021")
	}
	if len(want) > 0 {
		t.Errorf("missing after the corrections: %v\n%s", want, factsText(got))
	}
	// take the edits back, last first
	back := UndoEdits(got, edits)
	sortFacts(back)
	if g := factsText(back); g != before {
		t.Errorf("the edits taken back give\n%s\nwant\n%s", g, before)
	}
}

// TestBulkConfirmation: a confirmation given to many figures at once marks
// them confirmed in bulk, survives the review file, and gives way to a
// person's own confirmation of one of them.
func TestBulkConfirmation(t *testing.T) {
	rep := readText(t, "c.txt", "Welcome to Acme's first quarter 2021 earnings call.\n"+
		"Revenue was $481.1 million in the first quarter of 2021 compared to $432.8 million in the first quarter of 2020.\n", 0)
	if len(rep.Facts) < 2 {
		t.Fatalf("facts:\n%s", factsText(rep.Facts))
	}
	a, b := KeyOf(rep.Facts[0].Key), KeyOf(rep.Facts[1].Key)
	rv := &Review{Corrections: []Correction{{Action: Confirm, Key: a, Bulk: true}, {Action: Confirm, Key: b, Bulk: true}, {Action: Confirm, Key: b}}}
	var buf strings.Builder
	if err := rv.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Count(buf.String(), `"bulk": true`) != 2 {
		t.Errorf("the review file keeps %d bulk marks, want 2:\n%s", strings.Count(buf.String(), `"bulk": true`), buf.String())
	}
	back, err := DecodeReview("review.json", []byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := ApplyCorrections(rep.Facts, rep.Documents, back.Corrections)
	status := map[FactKey]string{}
	for _, f := range got {
		status[KeyOf(f.Key)] = f.StatusText()
	}
	if status[a] != "confirmed in bulk" || status[b] != "confirmed" {
		t.Errorf("statuses %q and %q, want confirmed in bulk, then confirmed by a person's own look", status[a], status[b])
	}
}

// TestDetachMention: a mention taken out of a figure becomes a figure of
// its own with the value it states, or is set aside; the figure keeps its
// other mentions and its value, and a conflict that was only the
// mention's is settled. A mention no longer there is a stale correction.
func TestDetachMention(t *testing.T) {
	rep := readText(t, "c.txt", "Welcome to Acme's first quarter 2021 earnings call.\n"+
		"Revenue was $481.1 million in the first quarter of 2021.\n"+
		"Revenue in the first quarter of 2021 reached $5.6 billion, counting the authorisation.\n", 0)
	var f *Fact
	for _, g := range rep.Facts {
		if g.Concept == "Revenue" && len(g.Sources) == 2 {
			f = g
		}
	}
	if f == nil {
		t.Fatalf("no revenue with two mentions:\n%s", factsText(rep.Facts))
	}
	var odd Mention
	for _, m := range f.Sources {
		if !m.Value.Equal(f.Value) {
			odd = m
		}
	}
	if odd.Doc == nil {
		t.Fatalf("the two mentions agree: %s", factsText(rep.Facts))
	}
	ref := &SourceRef{Document: odd.Doc.Name, Hash: odd.Doc.Hash, Start: odd.Span.Start, End: odd.Span.End}
	to := KeyOf(f.Key)
	to.Concept = "RemainingPerformanceObligations"
	to.Start = ""
	cases := []struct {
		name  string
		c     Correction
		other bool // a figure of its own at to
	}{
		{"its own figure", Correction{Action: Detach, Key: KeyOf(f.Key), Source: ref, To: &to}, true},
		{"set aside", Correction{Action: Detach, Key: KeyOf(f.Key), Source: ref}, false},
	}
	for _, tc := range cases {
		got, stale, _ := ApplyCorrections(rep.Facts, rep.Documents, []Correction{tc.c})
		if len(stale) != 0 {
			t.Fatalf("%s: stale %v", tc.name, stale)
		}
		var left, own *Fact
		for _, g := range got {
			switch KeyOf(g.Key) {
			case KeyOf(f.Key):
				left = g
			case to:
				own = g
			}
		}
		if left == nil || len(left.Sources) != 1 || !left.Value.Equal(f.Value) || left.Status == Conflict || len(left.Alternatives()) != 0 {
			t.Errorf("%s: the figure left is %v", tc.name, left)
		}
		if tc.other != (own != nil) || own != nil && (!own.Value.Equal(odd.Value) || len(own.Sources) != 1) {
			t.Errorf("%s: the mention's own figure is %v", tc.name, own)
		}
	}
	gone := *ref
	gone.Start++
	if _, stale, _ := ApplyCorrections(rep.Facts, rep.Documents, []Correction{{Action: Detach, Key: KeyOf(f.Key), Source: &gone}}); len(stale) != 1 {
		t.Errorf("a mention no longer there: stale %v", stale)
	}
}
