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
